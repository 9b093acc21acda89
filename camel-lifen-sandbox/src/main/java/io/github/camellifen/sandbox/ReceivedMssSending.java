package io.github.camellifen.sandbox;

import java.util.List;
import java.util.Objects;

/**
 * A sending that the sandbox accepted through {@code CommunicationRequest/$send-to-mss}: documents sent to
 * practitioners or organizations over MSSanté, the French secure health messaging.
 *
 * @param transactionId transaction id returned to the client, also the id of the CommunicationRequest
 * @param subject patient reference as sent in {@code subject}, for example {@code Patient/sandbox-patient-1}, or
 *        {@code null} when the request had a {@code detailed-subject}
 * @param detailedSubjectFamily family name of the Patient sent in {@code detailed-subject}, or {@code null} when
 *        the request had a {@code subject}
 * @param context encounter reference as sent, or {@code null} when the request had no {@code context}
 * @param sender {@code sender} reference or {@code sender-identifier} value as sent, or {@code null}
 * @param recipients every {@code recipient} reference and {@code recipient-identifier} value as sent, in
 *        request order
 * @param documents the documents in request order; each is also in {@link LifenSandbox#receivedDocuments()}
 */
public record ReceivedMssSending(String transactionId, String subject, String detailedSubjectFamily,
        String context, String sender, List<String> recipients, List<ReceivedDocument> documents) {

    /**
     * Creates a received sending and copies its lists.
     */
    public ReceivedMssSending {
        Objects.requireNonNull(transactionId, "transactionId");
        recipients = List.copyOf(recipients);
        documents = List.copyOf(documents);
    }
}
