package io.github.camellifen.sandbox.fhir;

import io.github.camellifen.sandbox.ReceivedDocument;
import io.github.camellifen.sandbox.http.SandboxActivity;
import java.time.Instant;
import java.util.UUID;
import org.hl7.fhir.r4.model.Attachment;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Communication;
import org.hl7.fhir.r4.model.CommunicationRequest;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.InstantType;
import org.hl7.fhir.r4.model.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Accepts checked {@code $send-to-ehr} requests: records the document and creates the CommunicationRequest
 * and the in-progress Communication that tracks it.
 */
final class DocumentInbox {

    private static final Logger LOG = LoggerFactory.getLogger(DocumentInbox.class);
    private static final String LOINC = "http://loinc.org";

    private final FhirStore store;
    private final SandboxActivity activity;

    DocumentInbox(FhirStore store, SandboxActivity activity) {
        this.store = store;
        this.activity = activity;
    }

    /**
     * Stores a document.
     *
     * @param request the checked request
     * @param databaseReference database of the caller
     * @return the transaction id, which is also the CommunicationRequest id
     */
    String accept(SendToEhrRequest request, String databaseReference) {
        String transactionId = UUID.randomUUID().toString();
        Instant now = store.clock().instant();

        CommunicationRequest communicationRequest = communicationRequest(transactionId, request, now, databaseReference);
        Communication communication = communication(transactionId, request, now, databaseReference);
        store.addTransmission(databaseReference, new Transmission(communicationRequest, communication, now));

        activity.documentReceived(new ReceivedDocument(transactionId, request.subject(), request.context(),
                request.documentType(), request.documentTitle(), request.contentType(), request.content()));
        LOG.info("Received document {} for {} in database {}: {} bytes of {}, document type {}",
                transactionId, request.subject(), databaseReference, request.content().length, request.contentType(),
                request.documentType() == null ? "not given" : request.documentType());
        return transactionId;
    }

    private static CommunicationRequest communicationRequest(String transactionId, SendToEhrRequest request,
            Instant now, String databaseReference) {
        CommunicationRequest communicationRequest = new CommunicationRequest();
        LifenResources.stamp(communicationRequest, transactionId, "1", LifenResources.instant(now), databaseReference);
        communicationRequest.setStatus(CommunicationRequest.CommunicationRequestStatus.ACTIVE);
        communicationRequest.setSubject(new Reference(request.subject()));
        if (request.context() != null) {
            communicationRequest.setEncounter(new Reference(request.context()));
        }
        if (request.documentType() != null) {
            // Lifen's example sends a LOINC code such as 11488-4.
            communicationRequest.addCategory(new CodeableConcept(new Coding(LOINC, request.documentType(), null)));
        }
        if (request.senderIdentifier() != null) {
            communicationRequest.setRequester(new Reference().setIdentifier(
                    new Identifier().setValue(request.senderIdentifier())));
        }
        communicationRequest.setAuthoredOnElement(LifenResources.dateTime(now));

        // The payload bytes stay in the received documents, so that reads stay small.
        Attachment attachment = new Attachment()
                .setContentType(request.contentType())
                .setTitle(request.documentTitle())
                .setSize(request.content().length);
        communicationRequest.addPayload().setContent(attachment);
        return communicationRequest;
    }

    private static Communication communication(String transactionId, SendToEhrRequest request, Instant now,
            String databaseReference) {
        Communication communication = new Communication();
        InstantType lastUpdated = LifenResources.instant(now);
        LifenResources.stamp(communication, UUID.randomUUID().toString(), "1", lastUpdated, databaseReference);
        communication.addBasedOn(new Reference("CommunicationRequest/" + transactionId));
        communication.setStatus(Communication.CommunicationStatus.INPROGRESS);
        communication.setSubject(new Reference(request.subject()));
        if (request.context() != null) {
            communication.setEncounter(new Reference(request.context()));
        }
        communication.setSentElement(LifenResources.dateTime(now));
        return communication;
    }
}
