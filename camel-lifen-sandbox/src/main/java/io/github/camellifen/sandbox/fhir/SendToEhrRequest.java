package io.github.camellifen.sandbox.fhir;

/**
 * The checked parameters of a {@code $send-to-ehr} request.
 *
 * @param subject patient reference, {@code Patient/<id>}
 * @param context encounter reference, {@code Encounter/<id>}, or {@code null}
 * @param contentType MIME type of the payload
 * @param documentType document type code, or {@code null}
 * @param documentTitle document title, or {@code null}
 * @param senderIdentifier sender identifier, or {@code null}
 * @param content decoded payload
 */
record SendToEhrRequest(String subject, String context, String contentType, String documentType,
        String documentTitle, String senderIdentifier, byte[] content) {
}
