package io.github.camellifen.component.fhir;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.camellifen.component.http.RequestBody;

/**
 * The parameters of {@code CommunicationRequest/$send-to-mss}: documents sent through the MSSanté secure messaging
 * to healthcare professionals or organisations.
 *
 * <p>NOTE: Lifen's API reference publishes only the generic shape of these Parameters (name with value[x], or
 * {@code part} lists of name and resource); the parameter names below are the ones the local sandbox checks.
 *
 * @param subject         patient reference such as {@code Patient/123}, or null when {@code detailedSubject} is set
 * @param detailedSubject a full Patient resource for a patient Lifen does not know, or null
 * @param context         encounter reference, or null
 * @param sender          sender reference ({@code Practitioner/...} or {@code Organization/...}), or null
 * @param senderIdentifier the sender's RPPS or FINESS identifier, or null
 * @param recipients      recipient references and identifiers; a value with a '/' is a reference
 * @param documents       the documents, each sent as a DocumentReference with its PDF base64-encoded
 */
public record MssSending(String subject, JsonNode detailedSubject, String context, String sender,
                         String senderIdentifier, List<String> recipients, List<Document> documents) {

    /** One document: its content, media type, title and LOINC type (title and type may be null). */
    public record Document(RequestBody content, String contentType, String title, String type) {
    }

    private static final String LOINC = "http://loinc.org";

    /** Returns the Parameters as a JSON body whose payloads are encoded while it is sent. */
    public RequestBody toParametersBody(long maxDocumentBytes) {
        String nonce = StreamingJsonBody.newNonce();
        ObjectNode parameters = FhirJson.MAPPER.createObjectNode();
        parameters.put("resourceType", "Parameters");
        ArrayNode list = parameters.putArray("parameter");

        SendToEhrDocument.addReference(list, "subject", subject);
        if (detailedSubject != null) {
            list.addObject().put("name", "detailed-subject").set("resource", detailedSubject);
        }
        SendToEhrDocument.addReference(list, "context", context);
        SendToEhrDocument.addReference(list, "sender", sender);
        SendToEhrDocument.addValue(list, "sender-identifier", "valueString", senderIdentifier);
        for (String recipient : recipients) {
            if (recipient.contains("/")) {
                SendToEhrDocument.addReference(list, "recipient", recipient);
            } else {
                SendToEhrDocument.addValue(list, "recipient-identifier", "valueString", recipient);
            }
        }

        List<RequestBody> contents = new ArrayList<>();
        for (int i = 0; i < documents.size(); i++) {
            Document document = documents.get(i);
            ObjectNode part = list.addObject().put("name", "document").putArray("part").addObject();
            part.put("name", "document-reference").set("resource",
                    documentReference(document, StreamingJsonBody.marker(nonce, i)));
            contents.add(document.content());
        }
        return StreamingJsonBody.split(parameters.toString(), nonce, contents, maxDocumentBytes);
    }

    private static ObjectNode documentReference(Document document, String payloadMarker) {
        ObjectNode reference = FhirJson.MAPPER.createObjectNode();
        reference.put("resourceType", "DocumentReference");
        reference.put("status", "current");
        if (document.type() != null) {
            reference.putObject("type").putArray("coding").addObject().put("system", LOINC)
                    .put("code", document.type());
        }
        ObjectNode attachment = reference.putArray("content").addObject().putObject("attachment");
        attachment.put("contentType", document.contentType());
        if (document.title() != null) {
            attachment.put("title", document.title());
        }
        attachment.put("data", payloadMarker);
        return reference;
    }

    @Override
    public String toString() {
        return "MssSending[subject=" + subject + ", " + recipients.size() + " recipients, " + documents.size()
                + " documents]";
    }
}
