package io.github.camellifen.sandbox.fhir;

import ca.uhn.fhir.rest.annotation.Create;
import ca.uhn.fhir.rest.annotation.IdParam;
import ca.uhn.fhir.rest.annotation.ResourceParam;
import ca.uhn.fhir.rest.annotation.Update;
import ca.uhn.fhir.rest.api.MethodOutcome;
import ca.uhn.fhir.rest.api.server.RequestDetails;
import ca.uhn.fhir.rest.server.IResourceProvider;
import io.github.camellifen.sandbox.http.SandboxActivity;
import org.hl7.fhir.r4.model.CommunicationRequest;
import org.hl7.fhir.r4.model.IdType;

/**
 * CommunicationRequest create and update of Lifen's API v2. A created CommunicationRequest whose payload
 * holds or references documents counts as a sending (see {@link PayloadDocuments}); reads go through
 * {@link CommunicationRequestProvider}.
 */
public final class CommunicationRequestWriteProvider implements IResourceProvider {

    private final FhirStore store;
    private final ClientRestrictions restrictions;
    private final PayloadDocuments payloadDocuments;

    /**
     * Creates the provider.
     *
     * @param store the data
     * @param activity where received documents are recorded
     * @param restrictions per-client rejections of sending operations
     */
    public CommunicationRequestWriteProvider(FhirStore store, SandboxActivity activity,
            ClientRestrictions restrictions) {
        this.store = store;
        this.restrictions = restrictions;
        this.payloadDocuments = new PayloadDocuments(store, activity);
    }

    @Override
    public Class<CommunicationRequest> getResourceType() {
        return CommunicationRequest.class;
    }

    /**
     * Creates a CommunicationRequest and records the documents of its payload.
     *
     * @param communicationRequest the CommunicationRequest
     * @param request the request
     * @return the outcome, with the stored CommunicationRequest
     */
    @Create
    public MethodOutcome create(@ResourceParam CommunicationRequest communicationRequest, RequestDetails request) {
        restrictions.checkSendPermission(request, "CommunicationRequest create");
        MethodOutcome outcome = RestWrites.create(store, request, communicationRequest);
        CommunicationRequest stored = (CommunicationRequest) outcome.getResource();
        payloadDocuments.receive(stored, SearchSupport.databaseReference(request));
        return outcome;
    }

    /**
     * Updates a CommunicationRequest. Its payload documents were recorded at creation and are not recorded
     * again.
     *
     * @param id CommunicationRequest id
     * @param communicationRequest the new content
     * @param request the request
     * @return the outcome, with the stored CommunicationRequest
     */
    @Update
    public MethodOutcome update(@IdParam IdType id, @ResourceParam CommunicationRequest communicationRequest,
            RequestDetails request) {
        return RestWrites.update(store, request, id, communicationRequest);
    }
}
