package io.github.camellifen.sandbox.webhook;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Computes the {@code x-lifen-platform-signature} of a webhook body.
 */
public final class WebhookSignatures {

    private static final String ALGORITHM = "HmacSHA256";

    private WebhookSignatures() {
    }

    /**
     * Signs a body as Lifen does: HMAC-SHA256 of the exact body bytes, keyed with the UTF-8 bytes of the webhook
     * secret, in lower-case hex.
     *
     * @param secret the webhook secret
     * @param body the body bytes, exactly as sent
     * @return 64 lower-case hex digits
     */
    public static String sign(String secret, byte[] body) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), ALGORITHM));
            return HexFormat.of().formatHex(mac.doFinal(body));
        } catch (GeneralSecurityException e) {
            // Every Java platform must provide HmacSHA256, so this means a broken JDK.
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }
}
