package io.github.camellifen.sandbox.fhir;

import io.github.camellifen.sandbox.ReceivedDocument;
import io.github.camellifen.sandbox.ReceivedMssSending;
import io.github.camellifen.sandbox.http.SandboxActivity;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.hl7.fhir.r4.model.Attachment;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Communication;
import org.hl7.fhir.r4.model.CommunicationRequest;
import org.hl7.fhir.r4.model.HumanName;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Accepts checked {@code $send-to-mss} requests: records the sending and its documents, and creates the
 * CommunicationRequest and the in-progress Communication that tracks it, with one MSSanté medium per recipient.
 */
final class MssOutbox {

    /** Coding system of Lifen's communication media, as in its tracking example. */
    static final String MEDIUM_SYSTEM = "http://lifen.fr/fhir/ValueSet/communication-medium";

    private static final Logger LOG = LoggerFactory.getLogger(MssOutbox.class);
    private static final String LOINC = "http://loinc.org";

    private final FhirStore store;
    private final SandboxActivity activity;

    MssOutbox(FhirStore store, SandboxActivity activity) {
        this.store = store;
        this.activity = activity;
    }

    /**
     * Stores a sending.
     *
     * @param request the checked request
     * @param databaseReference database of the caller
     * @return the transaction id, which is also the CommunicationRequest id
     */
    String accept(SendToMssRequest request, String databaseReference) {
        String transactionId = UUID.randomUUID().toString();
        Instant now = store.clock().instant();

        CommunicationRequest communicationRequest =
                communicationRequest(transactionId, request, now, databaseReference);
        Communication communication = communication(transactionId, request, now, databaseReference);
        store.addTransmission(databaseReference, new Transmission(communicationRequest, communication, now));

        List<ReceivedDocument> documents = request.documents().stream()
                .map(document -> new ReceivedDocument(transactionId, request.subject(), request.context(),
                        document.type(), document.title(), document.contentType(), document.content()))
                .toList();
        documents.forEach(activity::documentReceived);
        activity.mssSendingReceived(new ReceivedMssSending(transactionId, request.subject(), detailedFamily(request),
                request.context(), request.sender(), request.recipientsAsSent(), documents));

        LOG.info("Received MSSanté sending {} in database {}: {} documents for {} recipients",
                transactionId, databaseReference, documents.size(), request.recipients().size());
        return transactionId;
    }

    private static CommunicationRequest communicationRequest(String transactionId, SendToMssRequest request,
            Instant now, String databaseReference) {
        CommunicationRequest communicationRequest = new CommunicationRequest();
        LifenResources.stamp(communicationRequest, transactionId, "1", LifenResources.instant(now), databaseReference);
        communicationRequest.setStatus(CommunicationRequest.CommunicationRequestStatus.ACTIVE);
        communicationRequest.setSubject(subject(request));
        if (request.context() != null) {
            communicationRequest.setEncounter(new Reference(request.context()));
        }
        if (request.sender() != null) {
            communicationRequest.setSender(sender(request));
        }
        for (Directory.DirectoryEntry recipient : request.recipients()) {
            communicationRequest.addRecipient(new Reference(recipient.reference()));
        }
        communicationRequest.addMedium(mssanteMedium(null));
        communicationRequest.setAuthoredOnElement(LifenResources.dateTime(now));

        // The document bytes stay in the received documents, so that reads stay small.
        for (SentDocument document : request.documents()) {
            communicationRequest.addPayload().setContent(new Attachment()
                    .setContentType(document.contentType())
                    .setTitle(document.title())
                    .setSize(document.content().length));
            if (document.type() != null) {
                communicationRequest.addCategory(new CodeableConcept(new Coding(LOINC, document.type(), null)));
            }
        }
        return communicationRequest;
    }

    private static Communication communication(String transactionId, SendToMssRequest request, Instant now,
            String databaseReference) {
        Communication communication = new Communication();
        LifenResources.stamp(communication, UUID.randomUUID().toString(), "1", LifenResources.instant(now),
                databaseReference);
        communication.addBasedOn(new Reference("CommunicationRequest/" + transactionId));
        communication.setStatus(Communication.CommunicationStatus.INPROGRESS);
        communication.setSubject(subject(request));
        if (request.context() != null) {
            communication.setEncounter(new Reference(request.context()));
        }
        for (Directory.DirectoryEntry recipient : request.recipients()) {
            communication.addRecipient(new Reference(recipient.reference()));
            communication.addMedium(mssanteMedium(recipient.mssanteAddress()));
        }
        communication.setSentElement(LifenResources.dateTime(now));
        return communication;
    }

    private static CodeableConcept mssanteMedium(String address) {
        CodeableConcept medium = new CodeableConcept(new Coding().setSystem(MEDIUM_SYSTEM).setCode("MSSANTE"));
        return address == null ? medium : medium.setText(address);
    }

    // A detailed subject has no id in the sandbox, so the reference only carries its name.
    private static Reference subject(SendToMssRequest request) {
        if (request.subject() != null) {
            return new Reference(request.subject());
        }
        HumanName name = request.detailedSubject().getNameFirstRep();
        return new Reference().setDisplay(name.getNameAsSingleString());
    }

    private static Reference sender(SendToMssRequest request) {
        if (request.senderIsReference()) {
            return new Reference(request.sender());
        }
        return new Reference().setIdentifier(new Identifier().setValue(request.sender()));
    }

    private static String detailedFamily(SendToMssRequest request) {
        if (request.detailedSubject() == null) {
            return null;
        }
        return request.detailedSubject().getName().stream()
                .map(HumanName::getFamily)
                .filter(family -> family != null && !family.isBlank())
                .findFirst()
                .orElse(null);
    }
}
