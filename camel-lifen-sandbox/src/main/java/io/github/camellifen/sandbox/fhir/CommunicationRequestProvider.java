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
 * Lifen's CommunicationRequest operations: {@code $send-to-ehr}, {@code $send-to-mss} and {@code $tracking},
 * plus read.
 */
public final class CommunicationRequestProvider implements IResourceProvider {

    private final FhirStore store;
    private final Directory directory;
    private final ClientRestrictions restrictions;
    private final DocumentInbox inbox;
    private final MssOutbox outbox;

    /**
     * Creates the provider.
     *
     * @param store the data
     * @param directory the directory that MSSanté recipients come from
     * @param activity where received documents are recorded
     * @param restrictions per-client rejections of sending operations
     */
    public CommunicationRequestProvider(FhirStore store, Directory directory, SandboxActivity activity,
            ClientRestrictions restrictions) {
        this.store = store;
        this.directory = directory;
        this.restrictions = restrictions;
        this.inbox = new DocumentInbox(store, activity);
        this.outbox = new MssOutbox(store, activity);
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
        restrictions.checkSendPermission(request, "$send-to-ehr");
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
     * Sends documents to practitioners or organizations of the directory over MSSanté: checks the client and
     * the parameters (see {@link SendToMssParser}), records the sending and returns 201 with its tracking URL
     * and transaction id.
     *
     * @param request the request, whose body is expected to be a Parameters resource
     * @return Parameters with {@code tracking-url} and {@code transaction-id} valueStrings
     */
    @Operation(name = "$send-to-mss", manualRequest = true)
    public Parameters sendToMss(ServletRequestDetails request) {
        // Reads the body before any rejection, so that the connection stays usable for the client's next request.
        request.loadRequestContents();
        restrictions.checkSendPermission(request, "$send-to-mss");
        restrictions.checkSupportAddress(request);

        String databaseReference = SearchSupport.databaseReference(request);
        IBaseResource body = LenientBodies.parse(request);
        SendToMssRequest sendRequest = SendToMssParser.parse(body, store, directory, databaseReference);
        String transactionId = outbox.accept(sendRequest, databaseReference);

        String trackingUrl = request.getFhirServerBase() + "/CommunicationRequest/$tracking?transaction-id="
                + transactionId;
        Parameters response = new Parameters();
        response.addParameter().setName("tracking-url").setValue(new StringType(trackingUrl));
        response.addParameter().setName("transaction-id").setValue(new StringType(transactionId));

        request.getServletResponse().setStatus(201);
        return response;
    }

    /**
     * Returns the tracking Bundle of a transaction: a collection with its Communication.
     *
     * @param transactionId id returned in the tracking URL of {@code $send-to-ehr} or {@code $send-to-mss}
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
     * Reads the CommunicationRequest of a transaction, or one created through API v2.
     *
     * @param id transaction id or CommunicationRequest id
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
