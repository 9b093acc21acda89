package io.github.camellifen.sandbox.fhir;

/**
 * A document that a client sent, as read from its request.
 *
 * @param title document title, or {@code null}
 * @param type document type code (LOINC), or {@code null}
 * @param contentType media type, or {@code null} if the request gave none
 * @param content decoded bytes, empty if the request referenced a document that could not be resolved
 */
record SentDocument(String title, String type, String contentType, byte[] content) {
}
