package io.github.camellifen.component.fhir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import com.fasterxml.jackson.core.JsonGenerator;

/**
 * The parameters of {@code CommunicationRequest/$send-to-ehr}: a document for one patient's record.
 *
 * @param subject          patient reference, such as {@code Patient/123}; required
 * @param context          encounter reference, or null
 * @param contentType      the document's media type, such as {@code application/pdf}
 * @param documentType     LOINC code of the document type, such as {@code 11488-4}, or null
 * @param documentTitle    the title shown in the record, or null
 * @param senderIdentifier the sender's identifier at Lifen, or null
 * @param content          the document bytes, sent base64-encoded
 */
public record SendToEhrDocument(String subject, String context, String contentType, String documentType,
                                String documentTitle, String senderIdentifier, byte[] content) {

    /** Writes the FHIR {@code Parameters} resource as UTF-8 JSON. */
    public byte[] toParametersJson() {
        // NOTE: the whole base64 payload is built in memory, about 1.4 times the document size
        ByteArrayOutputStream out = new ByteArrayOutputStream(content.length * 4 / 3 + 1024);
        try (JsonGenerator json = FhirJson.MAPPER.getFactory().createGenerator(out)) {
            json.writeStartObject();
            json.writeStringField("resourceType", "Parameters");
            json.writeArrayFieldStart("parameter");
            writeReference(json, "subject", subject);
            writeReference(json, "context", context);
            writeValue(json, "content-type", "valueCode", contentType);
            writeValue(json, "document-type", "valueCode", documentType);
            writeValue(json, "document-title", "valueString", documentTitle);
            writeValue(json, "sender-identifier", "valueString", senderIdentifier);
            writePayload(json);
            json.writeEndArray();
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the $send-to-ehr Parameters", e);
        }
        return out.toByteArray();
    }

    private static void writeReference(JsonGenerator json, String name, String reference) throws IOException {
        if (reference == null) {
            return;
        }
        json.writeStartObject();
        json.writeStringField("name", name);
        json.writeObjectFieldStart("valueReference");
        json.writeStringField("reference", reference);
        json.writeEndObject();
        json.writeEndObject();
    }

    private static void writeValue(JsonGenerator json, String name, String type, String value) throws IOException {
        if (value == null) {
            return;
        }
        json.writeStartObject();
        json.writeStringField("name", name);
        json.writeStringField(type, value);
        json.writeEndObject();
    }

    private void writePayload(JsonGenerator json) throws IOException {
        json.writeStartObject();
        json.writeStringField("name", "payload");
        json.writeFieldName("valueString");
        // Jackson's default Base64 variant is MIME without line feeds, the standard alphabet FHIR expects
        json.writeBinary(content);
        json.writeEndObject();
    }

    @Override
    public String toString() {
        return "SendToEhrDocument[subject=" + subject + ", context=" + context + ", contentType=" + contentType
                + ", " + content.length + " bytes]";
    }
}
