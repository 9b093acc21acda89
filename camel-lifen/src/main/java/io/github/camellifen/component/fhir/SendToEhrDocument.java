package io.github.camellifen.component.fhir;

import java.util.List;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.camellifen.component.http.RequestBody;

/**
 * The parameters of {@code CommunicationRequest/$send-to-ehr}: a document for one patient's record.
 *
 * @param subject          patient reference, such as {@code Patient/123}; required
 * @param context          encounter reference, or null
 * @param contentType      the document's media type, such as {@code application/pdf}
 * @param documentType     LOINC code of the document type, such as {@code 11488-4}, or null
 * @param documentTitle    the title shown in the record, or null
 * @param senderIdentifier the sender's identifier at Lifen, or null
 * @param content          the document, sent base64-encoded
 */
public record SendToEhrDocument(String subject, String context, String contentType, String documentType,
                                String documentTitle, String senderIdentifier, RequestBody content) {

    /**
     * Returns the FHIR {@code Parameters} resource as a UTF-8 JSON body whose payload is encoded while it is sent.
     *
     * @param maxDocumentBytes the largest document accepted
     */
    public RequestBody toParametersBody(long maxDocumentBytes) {
        String nonce = StreamingJsonBody.newNonce();
        ObjectNode parameters = FhirJson.MAPPER.createObjectNode();
        parameters.put("resourceType", "Parameters");
        ArrayNode list = parameters.putArray("parameter");

        addReference(list, "subject", subject);
        addReference(list, "context", context);
        addValue(list, "content-type", "valueCode", contentType);
        addValue(list, "document-type", "valueCode", documentType);
        addValue(list, "document-title", "valueString", documentTitle);
        addValue(list, "sender-identifier", "valueString", senderIdentifier);
        addValue(list, "payload", "valueString", StreamingJsonBody.marker(nonce, 0));

        return StreamingJsonBody.split(parameters.toString(), nonce, List.of(content), maxDocumentBytes);
    }

    static void addReference(ArrayNode list, String name, String reference) {
        if (reference != null) {
            ObjectNode parameter = list.addObject().put("name", name);
            parameter.putObject("valueReference").put("reference", reference);
        }
    }

    static void addValue(ArrayNode list, String name, String type, String value) {
        if (value != null) {
            list.addObject().put("name", name).put(type, value);
        }
    }

    @Override
    public String toString() {
        return "SendToEhrDocument[subject=" + subject + ", context=" + context + ", contentType=" + contentType
                + ", " + content.length() + " bytes]";
    }
}
