package io.github.camellifen.component.webhook;

import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Checks Lifen's webhook signature: the hex HMAC-SHA256 of the exact request body, keyed with the application's
 * webhook secret, in the header {@code x-lifen-platform-signature}.
 */
public final class WebhookSignature {

    /** The header that carries the signature. */
    public static final String HEADER = "x-lifen-platform-signature";

    private static final String ALGORITHM = "HmacSHA256";

    private final SecretKeySpec key;

    public WebhookSignature(String secret) {
        if (secret == null || secret.isEmpty()) {
            throw new IllegalArgumentException("Missing Lifen option webhookSecret: set "
                    + "camel.component.lifen.webhook-secret to the webhook secret of the application");
        }
        this.key = new SecretKeySpec(secret.getBytes(java.nio.charset.StandardCharsets.UTF_8), ALGORITHM);
    }

    /** Returns true when {@code signature} is the HMAC of {@code body}, compared in constant time. */
    public boolean matches(byte[] body, String signature) {
        if (signature == null || signature.length() != 64) {
            return false;
        }
        byte[] received;
        try {
            received = HexFormat.of().parseHex(signature.trim());
        } catch (IllegalArgumentException e) {
            return false;
        }
        return MessageDigest.isEqual(sign(body), received);
    }

    /** Computes the signature Lifen sends for {@code body}; tests and the sandbox use it to sign. */
    public String signatureOf(byte[] body) {
        return HexFormat.of().formatHex(sign(body));
    }

    private byte[] sign(byte[] body) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            return mac.doFinal(body);
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            // Every Java runtime ships HmacSHA256, and any byte string is a valid HMAC key
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }
}
