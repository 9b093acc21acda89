/**
 * Webhook batches sent by the sandbox: assembly with injected faults, HMAC-SHA256 signatures, delivery with
 * retries and suspension, and the endpoint that triggers an event over HTTP. The API lives in
 * {@link io.github.camellifen.sandbox.SandboxWebhooks}.
 */
package io.github.camellifen.sandbox.webhook;
