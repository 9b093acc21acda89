package io.github.camellifen.sandbox.fhir;

import ca.uhn.fhir.rest.annotation.IdParam;
import ca.uhn.fhir.rest.annotation.Operation;
import ca.uhn.fhir.rest.annotation.OperationParam;
import ca.uhn.fhir.rest.annotation.Read;
import ca.uhn.fhir.rest.annotation.ResourceParam;
import ca.uhn.fhir.rest.server.IResourceProvider;
import ca.uhn.fhir.rest.server.exceptions.InvalidRequestException;
import ca.uhn.fhir.rest.server.exceptions.ResourceNotFoundException;
import ca.uhn.fhir.rest.server.servlet.ServletRequestDetails;
import io.github.camellifen.sandbox.http.SandboxActivity;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Communication;
import org.hl7.fhir.r4.model.CommunicationRequest;
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.Parameters;
import org.hl7.fhir.r4.model.StringType;

/**
 * Lifen's CommunicationRequest operations: {@code $send-to-ehr} and {@code $tracking}, plus read.
 */
public final class CommunicationRequestProvider implements IResourceProvider {

    private final FhirStore store;
    private final DocumentInbox inbox;

    /**
     * Creates the provider.
     *
     * @param store the data
     * @param activity where received documents are recorded
     */
    public CommunicationRequestProvider(FhirStore store, SandboxActivity activity) {
        this.store = store;
        this.inbox = new DocumentInbox(store, activity);
    }

    @Override
    public Class<CommunicationRequest> getResourceType() {
        return CommunicationRequest.class;
    }

    /**
     * Sends a document to the EHR: checks the parameters, stores the document and returns 201 with its
     * tracking URL on the base the request came in on.
     *
     * @param body the request body, expected to be a Parameters resource
     * @param request the request
     * @return Parameters with a {@code tracking-url} valueString
     */
    @Operation(name = "$send-to-ehr")
    public Parameters sendToEhr(@ResourceParam IBaseResource body, ServletRequestDetails request) {
        String databaseReference = SearchSupport.databaseReference(request);
        SendToEhrRequest sendRequest = SendToEhrParser.parse(body, store, databaseReference);
        String transactionId = inbox.accept(sendRequest, databaseReference);

        String trackingUrl = request.getFhirServerBase() + "/Communication?based-on=CommunicationRequest/"
                + transactionId + "&_elements=status,notDoneReason";
        Parameters response = new Parameters();
        response.addParameter().setName("tracking-url").setValue(new StringType(trackingUrl));

        // HAPI sends 200 unless the method set another status on the servlet response, which it then keeps.
        request.getServletResponse().setStatus(201);
        return response;
    }

    /**
     * Returns the tracking Bundle of a transaction: a collection with its Communication.
     *
     * @param transactionId id returned in the tracking URL of {@code $send-to-ehr}
     * @param request the request
     * @return the Bundle
     */
    @Operation(name = "$tracking", idempotent = true)
    public Bundle tracking(@OperationParam(name = "transaction-id", min = 1, max = 1) StringType transactionId,
            ServletRequestDetails request) {
        if (transactionId == null || transactionId.isEmpty()) {
            throw new InvalidRequestException("Parameter transaction-id is required.");
        }

        String id = transactionId.getValue();
        Communication communication = store.trackedCommunication(SearchSupport.databaseReference(request), id)
                .orElseThrow(() -> new ResourceNotFoundException("Unknown transaction-id: " + id));

        Bundle bundle = new Bundle();
        bundle.setType(Bundle.BundleType.COLLECTION);
        bundle.setTotal(1);
        bundle.addEntry().setResource(communication);
        return bundle;
    }

    /**
     * Reads the CommunicationRequest of a transaction.
     *
     * @param id transaction id
     * @param request the request
     * @return the CommunicationRequest, without the document bytes
     */
    @Read
    public CommunicationRequest read(@IdParam IdType id, ServletRequestDetails request) {
        return store.communicationRequest(SearchSupport.databaseReference(request), id.getIdPart())
                .orElseThrow(() -> new ResourceNotFoundException(
                        "Unknown service (GET) : CommunicationRequest/" + id.getIdPart()));
    }
}
