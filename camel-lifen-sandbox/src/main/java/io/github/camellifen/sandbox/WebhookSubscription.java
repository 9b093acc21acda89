package io.github.camellifen.sandbox;

import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * A webhook subscription of the application, as set up in Lifen's developer portal: where the sandbox POSTs
 * batches, the secret that signs them, the webhook id written in each event, and the event types sent.
 *
 * <pre>{@code
 * WebhookSubscription subscription = WebhookSubscription.builder("http://127.0.0.1:8080/lifen/webhook", "s3cret")
 *         .eventTypes(WebhookEventType.PATIENT_UPDATED)
 *         .build();
 * }</pre>
 *
 * <p>The callback URL must be plain {@code http} to a loopback address, so that a sandbox never sends to
 * another host. Instances are immutable, and {@link #toString()} hides the secret.
 */
public final class WebhookSubscription {

    private static final Pattern IPV4_LITERAL = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");

    private final URI callbackUrl;
    private final String secret;
    private final String webhookId;
    private final Set<WebhookEventType> eventTypes;

    private WebhookSubscription(Builder builder) {
        this.callbackUrl = builder.callbackUrl;
        this.secret = builder.secret;
        this.webhookId = builder.webhookId;
        this.eventTypes = Set.copyOf(builder.eventTypes);
    }

    /**
     * Starts a subscription to every event type, with a random webhook id.
     *
     * @param callbackUrl {@code http} URL whose host is {@code localhost}, {@code [::1]} or an address of
     *        127.0.0.0/8
     * @param secret webhook secret that signs each batch (HMAC-SHA256), not blank
     * @return a new builder
     * @throws IllegalArgumentException if the URL is invalid, not {@code http}, has user info or is not on a
     *         loopback address, or if the secret is blank
     */
    public static Builder builder(String callbackUrl, String secret) {
        return new Builder(loopbackUrl(callbackUrl), secret);
    }

    /**
     * Returns the URL that receives the batches.
     *
     * @return an {@code http} URL on a loopback address
     */
    public URI callbackUrl() {
        return callbackUrl;
    }

    /**
     * Returns the secret that signs the batches.
     *
     * @return the secret
     */
    public String secret() {
        return secret;
    }

    /**
     * Returns the id written in the {@code webhook-id} of each event.
     *
     * @return the id given to the builder, or a random UUID
     */
    public String webhookId() {
        return webhookId;
    }

    /**
     * Returns the event types the subscription receives.
     *
     * @return an immutable, non-empty set
     */
    public Set<WebhookEventType> eventTypes() {
        return eventTypes;
    }

    /**
     * Tells whether the subscription receives events of this type.
     *
     * @param eventType the event type
     * @return true if it is one of {@link #eventTypes()}
     */
    public boolean includes(WebhookEventType eventType) {
        return eventTypes.contains(eventType);
    }

    @Override
    public String toString() {
        return "WebhookSubscription[callbackUrl=" + callbackUrl + ", webhookId=" + webhookId + ", eventTypes="
                + eventTypes + ", secret=****]";
    }

    private static URI loopbackUrl(String callbackUrl) {
        Objects.requireNonNull(callbackUrl, "callbackUrl");
        URI url;
        try {
            url = new URI(callbackUrl);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("Invalid webhook callback URL " + callbackUrl + ": " + e.getMessage(), e);
        }

        if (!"http".equalsIgnoreCase(url.getScheme())) {
            throw new IllegalArgumentException("Webhook callback URL " + callbackUrl
                    + " must use http: the sandbox sends to loopback receivers, which have no certificate");
        }
        if (url.getRawUserInfo() != null) {
            throw new IllegalArgumentException("Webhook callback URL must not contain user info");
        }
        if (url.getHost() == null || !isLoopback(url.getHost())) {
            throw new IllegalArgumentException("Webhook callback URL " + callbackUrl + " must point at a loopback "
                    + "address (localhost, 127.0.0.1 or [::1]): the sandbox never sends to another host");
        }
        return url;
    }

    // Only address literals and the name localhost: resolving any other name could lead to another host.
    private static boolean isLoopback(String host) {
        if (host.equalsIgnoreCase("localhost")) {
            return true;
        }
        boolean ipv6 = host.startsWith("[") && host.endsWith("]");
        if (!ipv6 && !IPV4_LITERAL.matcher(host).matches()) {
            return false;
        }
        String literal = ipv6 ? host.substring(1, host.length() - 1) : host;
        try {
            // A literal is parsed without any name lookup.
            return InetAddress.getByName(literal).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }

    /**
     * Settings of a {@link WebhookSubscription}.
     */
    public static final class Builder {

        private final URI callbackUrl;
        private final String secret;
        private String webhookId = UUID.randomUUID().toString();
        private Set<WebhookEventType> eventTypes = EnumSet.allOf(WebhookEventType.class);

        private Builder(URI callbackUrl, String secret) {
            if (secret == null || secret.isBlank()) {
                throw new IllegalArgumentException("Webhook secret must not be blank");
            }
            this.callbackUrl = callbackUrl;
            this.secret = secret;
        }

        /**
         * Sets the id written in the {@code webhook-id} of each event.
         *
         * @param webhookId not blank; a random UUID by default
         * @return this builder
         */
        public Builder webhookId(String webhookId) {
            if (webhookId == null || webhookId.isBlank()) {
                throw new IllegalArgumentException("Webhook id must not be blank");
            }
            this.webhookId = webhookId;
            return this;
        }

        /**
         * Sets the event types the subscription receives, replacing the earlier setting.
         *
         * @param eventTypes at least one; every type by default
         * @return this builder
         */
        public Builder eventTypes(WebhookEventType... eventTypes) {
            return eventTypes(Arrays.asList(eventTypes));
        }

        /**
         * Sets the event types the subscription receives, replacing the earlier setting.
         *
         * @param eventTypes at least one; every type by default
         * @return this builder
         */
        public Builder eventTypes(Collection<WebhookEventType> eventTypes) {
            // List.of(...).contains(null) throws, so nulls are looked for with a stream.
            if (eventTypes.isEmpty() || eventTypes.stream().anyMatch(Objects::isNull)) {
                throw new IllegalArgumentException("A webhook subscription needs at least one event type, and no "
                        + "null, not " + eventTypes);
            }
            this.eventTypes = EnumSet.copyOf(eventTypes);
            return this;
        }

        /**
         * Builds the subscription.
         *
         * @return the immutable subscription
         */
        public WebhookSubscription build() {
            return new WebhookSubscription(this);
        }
    }
}
