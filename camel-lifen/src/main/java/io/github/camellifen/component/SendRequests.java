package io.github.camellifen.component;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.camellifen.component.http.RequestBody;
import io.github.camellifen.component.fhir.FhirNames;
import io.github.camellifen.component.fhir.FhirRequests;
import io.github.camellifen.component.fhir.MssSending;
import io.github.camellifen.component.fhir.SendToEhrDocument;
import io.github.camellifen.component.http.ApiRequest;
import org.apache.camel.InvalidPayloadException;
import org.apache.camel.Message;
import org.apache.camel.support.DefaultMessage;

import static io.github.camellifen.component.MessageValues.value;

/**
 * Builds the sending operations, send-to-ehr and send-to-mss, and checks Lifen's limits before anything is sent:
 * 1 to 10 recipients and 1 to 10 documents per MSSanté sending, PDF only over MSSanté, and maxDocumentSize.
 */
final class SendRequests {

    static final int MAX_MSS_RECIPIENTS = 10;
    static final int MAX_MSS_DOCUMENTS = 10;
    private static final String PDF = "application/pdf";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final LifenConfiguration config;
    private final FhirRequests fhir;

    SendRequests(LifenConfiguration config, FhirRequests fhir) {
        this.config = config;
        this.fhir = fhir;
    }

    ApiRequest sendToEhr(Message message) throws InvalidPayloadException, IOException {
        String subject = requireSubject(message);
        String context = context(message);
        String contentType = value(message, LifenConstants.CONTENT_TYPE, config.getContentType());

        RequestBody content = Documents.fromBody(message, config.getMaxDocumentSize(), contentType);
        SendToEhrDocument document = new SendToEhrDocument(subject, context, contentType,
                value(message, LifenConstants.DOCUMENT_TYPE, config.getDocumentType()),
                value(message, LifenConstants.DOCUMENT_TITLE, config.getDocumentTitle()),
                value(message, LifenConstants.SENDER_IDENTIFIER, config.getSenderIdentifier()), content);
        return fhir.sendToEhr(document, config.getMaxDocumentSize());
    }

    ApiRequest sendToMss(Message message) throws InvalidPayloadException, IOException {
        JsonNode detailedSubject = detailedSubject(message);
        String subject = detailedSubject == null ? requireSubject(message) : null;
        if (detailedSubject != null && value(message, LifenConstants.SUBJECT, config.getSubject()) != null) {
            throw new IllegalArgumentException("Both a subject and the header " + LifenConstants.DETAILED_SUBJECT
                    + " are set: send-to-mss takes one of them");
        }

        String sender = value(message, LifenConstants.SENDER, config.getSender());
        if (sender != null) {
            FhirNames.requireReference(sender, "the header " + LifenConstants.SENDER + " or the option sender");
        }

        MssSending sending = new MssSending(subject, detailedSubject, context(message), sender,
                value(message, LifenConstants.SENDER_IDENTIFIER, config.getSenderIdentifier()),
                recipients(message), mssDocuments(message));
        return fhir.sendToMss(sending, config.getMaxDocumentSize());
    }

    private String requireSubject(Message message) {
        String subject = value(message, LifenConstants.SUBJECT, config.getSubject());
        return FhirNames.requireReference(subject, "the header " + LifenConstants.SUBJECT + " or the option subject");
    }

    private String context(Message message) {
        String context = value(message, LifenConstants.CONTEXT, config.getContext());
        if (context != null) {
            FhirNames.requireReference(context, "the header " + LifenConstants.CONTEXT + " or the option context");
        }
        return context;
    }

    private List<String> recipients(Message message) {
        List<String> recipients = MessageValues.values(message, LifenConstants.RECIPIENTS, config.getRecipients());
        if (recipients.isEmpty() || recipients.size() > MAX_MSS_RECIPIENTS) {
            throw new IllegalArgumentException("send-to-mss takes 1 to " + MAX_MSS_RECIPIENTS + " recipients, not "
                    + recipients.size() + ": set the header " + LifenConstants.RECIPIENTS + " or the option "
                    + "recipients, and split larger sendings");
        }
        for (String recipient : recipients) {
            if (recipient.contains("/")) {
                FhirNames.requireReference(recipient, "the recipients");
            } else if (!recipient.matches("[0-9A-Za-z]{1,20}")) {
                throw new IllegalArgumentException("Invalid recipient '" + recipient + "': use a reference such as "
                        + "Practitioner/123, or an RPPS or FINESS identifier");
            }
        }
        return recipients;
    }

    private List<MssSending.Document> mssDocuments(Message message) throws InvalidPayloadException, IOException {
        String contentType = value(message, LifenConstants.CONTENT_TYPE, config.getContentType());
        if (contentType == null || !contentType.toLowerCase(Locale.ROOT).startsWith(PDF)) {
            throw new IllegalArgumentException("send-to-mss sends PDF documents only, but the content type is "
                    + contentType + ": send PDFs, with the option contentType or the header "
                    + LifenConstants.CONTENT_TYPE + " left at application/pdf");
        }
        String title = value(message, LifenConstants.DOCUMENT_TITLE, config.getDocumentTitle());
        String type = value(message, LifenConstants.DOCUMENT_TYPE, config.getDocumentType());

        Object body = message.getBody();
        List<Object> bodies = body instanceof Collection<?> collection ? new ArrayList<>(collection)
                : new ArrayList<>(List.of(body == null ? new byte[0] : body));
        if (bodies.isEmpty() || bodies.size() > MAX_MSS_DOCUMENTS) {
            throw new IllegalArgumentException("send-to-mss takes 1 to " + MAX_MSS_DOCUMENTS + " documents, not "
                    + bodies.size() + ": send one document, or a collection of them, as the body");
        }

        List<MssSending.Document> documents = new ArrayList<>();
        for (Object item : bodies) {
            documents.add(document(message, item, contentType, title, type));
        }
        return documents;
    }

    private MssSending.Document document(Message message, Object item, String contentType, String title, String type)
            throws InvalidPayloadException, IOException {
        if (item instanceof LifenDocument document) {
            RequestBody content = Documents.fromBody(wrap(message, document.content()),
                    config.getMaxDocumentSize(), contentType);
            return new MssSending.Document(content, contentType, firstSet(document.title(), title),
                    firstSet(document.type(), type));
        }
        RequestBody content = Documents.fromBody(wrap(message, item), config.getMaxDocumentSize(), contentType);
        return new MssSending.Document(content, contentType, title, type);
    }

    /** Gives one document of a collection the message's context, so Camel's type converters apply to it. */
    private static Message wrap(Message message, Object body) {
        Message single = new DefaultMessage(message.getExchange());
        single.setBody(body);
        return single;
    }

    private JsonNode detailedSubject(Message message) throws IOException, InvalidPayloadException {
        Object value = message.getHeader(LifenConstants.DETAILED_SUBJECT);
        if (value == null) {
            return null;
        }
        JsonNode patient = JSON.readTree(Bodies.toJsonBytes(wrap(message, value)));
        if (!"Patient".equals(patient.path("resourceType").asText())) {
            throw new IllegalArgumentException("The header " + LifenConstants.DETAILED_SUBJECT + " must hold a "
                    + "Patient resource, not " + patient.path("resourceType").asText("something without a "
                    + "resourceType"));
        }
        return patient;
    }

    private static String firstSet(String preferred, String fallback) {
        return preferred != null ? preferred : fallback;
    }
}
