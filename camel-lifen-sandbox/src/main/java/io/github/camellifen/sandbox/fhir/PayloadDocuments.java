package io.github.camellifen.sandbox.fhir;

import io.github.camellifen.sandbox.ReceivedDocument;
import io.github.camellifen.sandbox.http.SandboxActivity;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.hl7.fhir.r4.model.Attachment;
import org.hl7.fhir.r4.model.Binary;
import org.hl7.fhir.r4.model.Communication;
import org.hl7.fhir.r4.model.CommunicationRequest;
import org.hl7.fhir.r4.model.CommunicationRequest.CommunicationRequestPayloadComponent;
import org.hl7.fhir.r4.model.DocumentReference;
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Records the documents of a CommunicationRequest created through API v2, and creates the Communication that
 * tracks it.
 *
 * <p>A payload counts as a document when it references a Binary or a DocumentReference, or contains an
 * attachment. The bytes come from the Binary, from the DocumentReference's inline data or from the Binary that
 * its attachment URL points to, or from the attachment itself. When none of them resolves, the document is
 * recorded with empty content.
 */
final class PayloadDocuments {

    private static final Logger LOG = LoggerFactory.getLogger(PayloadDocuments.class);

    private final FhirStore store;
    private final SandboxActivity activity;

    PayloadDocuments(FhirStore store, SandboxActivity activity) {
        this.store = store;
        this.activity = activity;
    }

    /**
     * Records the documents of a stored CommunicationRequest, if it has any.
     *
     * @param communicationRequest the stored CommunicationRequest
     * @param databaseReference database of the caller
     */
    void receive(CommunicationRequest communicationRequest, String databaseReference) {
        String id = communicationRequest.getIdElement().getIdPart();
        String subject = communicationRequest.hasSubject() ? communicationRequest.getSubject().getReference() : null;
        String context = communicationRequest.hasEncounter()
                ? communicationRequest.getEncounter().getReference() : null;
        String category = communicationRequest.getCategoryFirstRep().getCodingFirstRep().getCode();

        List<ReceivedDocument> documents = new ArrayList<>();
        for (CommunicationRequestPayloadComponent payload : communicationRequest.getPayload()) {
            document(payload, databaseReference).ifPresent(document -> documents.add(new ReceivedDocument(id, subject,
                    context, document.type() == null ? category : document.type(), document.title(),
                    document.contentType(), document.content())));
        }
        if (documents.isEmpty()) {
            return;
        }

        Instant now = store.clock().instant();
        Communication communication = communication(communicationRequest, now, databaseReference);
        store.addTransmission(databaseReference, new Transmission(communicationRequest, communication, now));
        documents.forEach(activity::documentReceived);
        LOG.info("Received {} documents with CommunicationRequest {} in database {}", documents.size(), id,
                databaseReference);
    }

    private Optional<SentDocument> document(CommunicationRequestPayloadComponent payload,
            String databaseReference) {
        if (payload.hasContentReference()) {
            return referenced(payload.getContentReference(), databaseReference);
        }
        if (payload.hasContentAttachment()) {
            return Optional.of(fromAttachment(payload.getContentAttachment(), null, null, databaseReference));
        }
        return Optional.empty();
    }

    private Optional<SentDocument> referenced(Reference reference, String databaseReference) {
        IdType id = new IdType(reference.getReference());
        if ("Binary".equals(id.getResourceType())) {
            return Optional.of(store.read(databaseReference, Binary.class, id.getIdPart())
                    .map(PayloadDocuments::fromBinary)
                    .orElseGet(() -> unresolved(null, null, null)));
        }
        if ("DocumentReference".equals(id.getResourceType())) {
            return Optional.of(store.read(databaseReference, DocumentReference.class, id.getIdPart())
                    .map(documentReference -> fromDocumentReference(documentReference, databaseReference))
                    .orElseGet(() -> unresolved(null, null, null)));
        }
        return Optional.empty();
    }

    private SentDocument fromDocumentReference(DocumentReference documentReference,
            String databaseReference) {
        Attachment attachment = documentReference.getContentFirstRep().getAttachment();
        String title = attachment.hasTitle() ? attachment.getTitle() : documentReference.getDescription();
        String type = documentReference.getType().getCodingFirstRep().getCode();
        return fromAttachment(attachment, title, type, databaseReference);
    }

    private SentDocument fromAttachment(Attachment attachment, String title, String type,
            String databaseReference) {
        String documentTitle = title == null ? attachment.getTitle() : title;
        if (attachment.hasData()) {
            return new SentDocument(documentTitle, type, attachment.getContentType(), attachment.getData());
        }
        if (attachment.hasUrl()) {
            IdType id = new IdType(attachment.getUrl());
            Optional<Binary> binary = "Binary".equals(id.getResourceType())
                    ? store.read(databaseReference, Binary.class, id.getIdPart())
                    : Optional.empty();
            if (binary.isPresent()) {
                return new SentDocument(documentTitle, type, binary.get().getContentType(),
                        binary.get().getData());
            }
        }
        return unresolved(documentTitle, type, attachment.getContentType());
    }

    private static SentDocument fromBinary(Binary binary) {
        byte[] content = binary.getData() == null ? new byte[0] : binary.getData();
        return new SentDocument(null, null, binary.getContentType(), content);
    }

    private static SentDocument unresolved(String title, String type, String contentType) {
        return new SentDocument(title, type, contentType, new byte[0]);
    }

    private static Communication communication(CommunicationRequest communicationRequest, Instant now,
            String databaseReference) {
        Communication communication = new Communication();
        LifenResources.stamp(communication, UUID.randomUUID().toString(), "1", LifenResources.instant(now),
                databaseReference);
        communication.addBasedOn(new Reference("CommunicationRequest/" + communicationRequest.getIdPart()));
        communication.setStatus(Communication.CommunicationStatus.INPROGRESS);
        communication.setSubject(communicationRequest.getSubject());
        communication.setSentElement(LifenResources.dateTime(now));
        return communication;
    }
}
