package io.github.camellifen.sandbox;

/**
 * A fault that {@link SandboxWebhooks#injectIntoNextBatch(WebhookFault)} puts into a later batch, so that a
 * consumer's signature check and de-duplication can be tested.
 */
public enum WebhookFault {

    /**
     * The first attempt of the batch carries a well-formed signature computed with another key. Retries of the
     * batch are signed correctly, as a genuine delivery after a forged one would be.
     */
    WRONG_SIGNATURE,

    /**
     * The first attempt of the batch has no {@code x-lifen-platform-signature} header. Retries of the batch are
     * signed correctly.
     */
    MISSING_SIGNATURE,

    /**
     * After the batch is delivered with a 2xx reply, the same bytes (same {@code notification-uuid}, same
     * {@code event-uuid}s, same signature) are delivered once more, with retries of their own.
     */
    DUPLICATE_BATCH,

    /**
     * The batch also carries the last event published before it with the same event type and database
     * reference, unchanged (same {@code event-uuid}), after its own events. The fault waits for a batch that
     * has such an earlier event.
     */
    DUPLICATE_EVENT
}
