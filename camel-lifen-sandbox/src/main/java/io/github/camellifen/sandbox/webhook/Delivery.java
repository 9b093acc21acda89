package io.github.camellifen.sandbox.webhook;

import io.github.camellifen.sandbox.SandboxWebhooks;
import io.github.camellifen.sandbox.WebhookBatch;
import io.github.camellifen.sandbox.WebhookFault;
import io.github.camellifen.sandbox.WebhookSubscription;
import java.net.http.HttpRequest;
import java.time.Duration;

/**
 * One delivery of a batch to a subscription: the first attempt and its retries.
 *
 * @param subscription where the batch goes and the secret that signs it
 * @param batch the batch
 * @param fault the injected fault the batch took, or {@code null}
 * @param repeat true for the second delivery of a {@link WebhookFault#DUPLICATE_BATCH} batch
 * @param generation generation of the {@link DeliveryLog} the delivery belongs to
 */
record Delivery(WebhookSubscription subscription, WebhookBatch batch, WebhookFault fault, boolean repeat,
        long generation) {

    // Any key but the secret gives a well-formed signature that does not verify.
    private static final String WRONG_KEY_SUFFIX = "#not-the-webhook-secret";

    /**
     * Returns the fault that an attempt of this delivery carries.
     *
     * @param attempt attempt number, from 1
     * @return the fault, or {@code null}
     */
    WebhookFault faultOf(int attempt) {
        if (fault == null) {
            return null;
        }
        return switch (fault) {
            case WRONG_SIGNATURE, MISSING_SIGNATURE -> attempt == 1 ? fault : null;
            case DUPLICATE_BATCH -> repeat ? fault : null;
            case DUPLICATE_EVENT -> fault;
        };
    }

    /** Tells whether the batch goes out once more after it is delivered. */
    boolean repeatsAfterSuccess() {
        return fault == WebhookFault.DUPLICATE_BATCH && !repeat;
    }

    /** Returns the second delivery of a duplicated batch. */
    Delivery repeated(long repeatGeneration) {
        return new Delivery(subscription, batch, fault, true, repeatGeneration);
    }

    /**
     * Builds the POST of one attempt.
     *
     * @param attempt attempt number, from 1
     * @param replyTimeout time to wait for the reply
     * @return the request, with the exact body bytes of the batch
     */
    HttpRequest request(int attempt, Duration replyTimeout) {
        byte[] body = batch.bodyBytes();
        HttpRequest.Builder request = HttpRequest.newBuilder(subscription.callbackUrl())
                .timeout(replyTimeout)
                .header("Content-Type", "application/json")
                .header(SandboxWebhooks.DATABASE_REFERENCE_HEADER, batch.databaseReference())
                .header(SandboxWebhooks.EVENT_TYPE_HEADER, batch.eventType().value())
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));

        WebhookFault attemptFault = faultOf(attempt);
        if (attemptFault == WebhookFault.WRONG_SIGNATURE) {
            request.header(SandboxWebhooks.SIGNATURE_HEADER,
                    WebhookSignatures.sign(subscription.secret() + WRONG_KEY_SUFFIX, body));
        } else if (attemptFault != WebhookFault.MISSING_SIGNATURE) {
            request.header(SandboxWebhooks.SIGNATURE_HEADER, WebhookSignatures.sign(subscription.secret(), body));
        }
        return request.build();
    }

    @Override
    public String toString() {
        // The subscription's own toString hides its secret.
        return "Delivery[batch=" + batch.notificationUuid() + ", subscription=" + subscription + ", fault=" + fault
                + ", repeat=" + repeat + "]";
    }
}
