package io.github.camellifen.sandbox;

import java.util.Arrays;
import java.util.Objects;

/**
 * A document that the sandbox accepted through {@code CommunicationRequest/$send-to-ehr}, through
 * {@code CommunicationRequest/$send-to-mss} (one record per document), or as the payload of a
 * CommunicationRequest created through API v2.
 *
 * <p>The record copies {@code content} on the way in and on the way out, so a snapshot never changes.
 *
 * @param transactionId id of the CommunicationRequest created for the document, also its tracking transaction
 *        id; the documents of one {@code $send-to-mss} request share it
 * @param subject patient reference as sent, for example {@code Patient/sandbox-patient-1}, or {@code null} when
 *        a {@code $send-to-mss} request had a {@code detailed-subject} or a v2 CommunicationRequest had no subject
 * @param context encounter reference as sent, or {@code null} when the request had none
 * @param documentType document type code as sent (a LOINC code such as {@code 11488-4}), or {@code null}
 * @param documentTitle document title as sent, or {@code null}
 * @param contentType media type of the payload, {@code application/pdf} when a {@code $send-to-ehr} request
 *        omitted it
 * @param content decoded payload bytes; empty for a v2 CommunicationRequest whose payload could not be resolved
 */
public record ReceivedDocument(String transactionId, String subject, String context, String documentType,
        String documentTitle, String contentType, byte[] content) {

    /**
     * Creates a received document and copies its content.
     */
    public ReceivedDocument {
        Objects.requireNonNull(transactionId, "transactionId");
        Objects.requireNonNull(content, "content");
        content = content.clone();
    }

    /**
     * Returns a copy of the decoded payload bytes.
     *
     * @return the payload bytes
     */
    @Override
    public byte[] content() {
        return content.clone();
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof ReceivedDocument that)) {
            return false;
        }
        return transactionId.equals(that.transactionId)
                && Objects.equals(subject, that.subject)
                && Objects.equals(context, that.context)
                && Objects.equals(documentType, that.documentType)
                && Objects.equals(documentTitle, that.documentTitle)
                && Objects.equals(contentType, that.contentType)
                && Arrays.equals(content, that.content);
    }

    @Override
    public int hashCode() {
        int result = Objects.hash(transactionId, subject, context, documentType, documentTitle, contentType);
        return 31 * result + Arrays.hashCode(content);
    }

    // Prints the content length instead of the bytes, which may be megabytes of PDF.
    @Override
    public String toString() {
        return "ReceivedDocument[transactionId=" + transactionId
                + ", subject=" + subject
                + ", context=" + context
                + ", documentType=" + documentType
                + ", documentTitle=" + documentTitle
                + ", contentType=" + contentType
                + ", contentLength=" + content.length + "]";
    }
}
