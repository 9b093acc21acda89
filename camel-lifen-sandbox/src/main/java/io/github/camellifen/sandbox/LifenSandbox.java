package io.github.camellifen.sandbox;

import io.github.camellifen.sandbox.auth.BearerTokenFilter;
import io.github.camellifen.sandbox.auth.ClientRegistration;
import io.github.camellifen.sandbox.auth.TokenRegistry;
import io.github.camellifen.sandbox.auth.TokenServlet;
import io.github.camellifen.sandbox.fhir.ClientRestrictions;
import io.github.camellifen.sandbox.fhir.Directory;
import io.github.camellifen.sandbox.fhir.FhirApiVersion;
import io.github.camellifen.sandbox.fhir.FhirStore;
import io.github.camellifen.sandbox.fhir.SandboxFhirServer;
import io.github.camellifen.sandbox.http.FaultFilter;
import io.github.camellifen.sandbox.http.FaultKind;
import io.github.camellifen.sandbox.http.RateLimiter;
import io.github.camellifen.sandbox.http.MediaTypeFilter;
import io.github.camellifen.sandbox.http.RequestSizeFilter;
import io.github.camellifen.sandbox.http.ResponseRecorder;
import io.github.camellifen.sandbox.http.SandboxActivity;
import io.github.camellifen.sandbox.webhook.DeliverySettings;
import io.github.camellifen.sandbox.webhook.WebhookTriggerServlet;
import jakarta.servlet.DispatcherType;
import java.time.Clock;
import java.time.Duration;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.eclipse.jetty.ee10.servlet.FilterHolder;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A local Lifen-compatible platform on 127.0.0.1: the token endpoints of Lifen's authentication API and a
 * FHIR R4 server with Lifen's Patient, Encounter, Coverage, Appointment, directory and CommunicationRequest
 * operations, seeded with the data of {@link SandboxSeedData}. API v2 adds create, read and update of Binary,
 * DocumentReference, CommunicationRequest and Patient.
 *
 * <p>Start one with {@link #start()} or {@link #builder()}, point a client at {@link #tokenUrlV3()} and
 * {@link #fhirV3Url()}, then read back what it received with {@link #receivedDocuments()},
 * {@link #receivedMssSendings()} and the counters. {@link #webhooks()} sends Lifen's webhook batches to a
 * receiver on loopback. Every method is thread-safe.
 */
public final class LifenSandbox implements AutoCloseable {

    /** Client id of the client registered by default. */
    public static final String DEFAULT_CLIENT_ID = "sandbox-client";
    /** Client secret of the client registered by default. */
    public static final String DEFAULT_CLIENT_SECRET = "sandbox-secret";
    /** Audience the default client is enabled for. */
    public static final String DEFAULT_AUDIENCE = "https://sandbox.platform-apis/";
    /** Database reference of the default client; the seed data lives there. */
    public static final String DEFAULT_DATABASE_REFERENCE = "sandbox-database";
    /** Default limit of request bodies: 40 MiB, room for a 15 MB PDF base64-encoded inside JSON (about 20 MB). */
    public static final long DEFAULT_MAX_REQUEST_BYTES = 40L * 1024 * 1024;

    private static final Logger LOG = LoggerFactory.getLogger(LifenSandbox.class);
    private static final String HOST = "127.0.0.1";

    private final Server server;
    private final String baseUrl;
    private final int port;
    private final TokenRegistry tokenRegistry;
    private final RateLimiter rateLimiter;
    private final SandboxActivity activity;
    private final SandboxWebhooks webhooks;

    private LifenSandbox(Builder builder) {
        this.activity = new SandboxActivity();
        this.rateLimiter = new RateLimiter(builder.clock, builder.rateLimitPerSecond);
        this.tokenRegistry = new TokenRegistry(builder.clock, builder.clients.values(), builder.tokenLifetime);

        FhirStore store = new FhirStore(builder.clock, builder.trackingCompletesAfter);
        store.seed(DEFAULT_DATABASE_REFERENCE);
        if (builder.generatedPatientCount > 0) {
            store.addGeneratedPatients(DEFAULT_DATABASE_REFERENCE, builder.generatedPatientCount,
                    builder.generatedPatientFamily);
        }
        ClientRestrictions restrictions = new ClientRestrictions(builder.clientsWithoutSendPermission,
                builder.clientsWithoutSupportAddress);
        this.webhooks = new SandboxWebhooks(store, builder.clock, builder.webhookDelivery, builder.webhookSubscription);

        this.server = createServer(store, restrictions, builder.maxRequestBytes, builder.faultInjection);
        ServerConnector connector = createConnector(server, builder.port);
        startServer(builder.port);

        this.port = connector.getLocalPort();
        this.baseUrl = "http://" + HOST + ":" + port;
        LOG.info("Lifen sandbox started: token URLs {} and {}, FHIR URLs {} and {}",
                tokenUrlV3(), tokenUrlV2(), fhirV3Url(), fhirV2Url());
    }

    /**
     * Returns a builder with the default client registered.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Starts a sandbox with the default settings on a free port.
     *
     * @return the running sandbox
     */
    public static LifenSandbox start() {
        return builder().start();
    }

    /**
     * Returns the base URL of the sandbox.
     *
     * @return {@code http://127.0.0.1:<port>}
     */
    public String baseUrl() {
        return baseUrl;
    }

    /**
     * Returns the port the sandbox listens on at 127.0.0.1.
     *
     * @return the port
     */
    public int port() {
        return port;
    }

    /**
     * Returns the FHIR base URL of Lifen's API v3.
     *
     * @return {@code baseUrl() + "/fhir/v3"}
     */
    public String fhirV3Url() {
        return baseUrl + "/fhir/v3";
    }

    /**
     * Returns the FHIR base URL of Lifen's API v2, which serves the same data as v3.
     *
     * @return {@code baseUrl() + "/fhir/v2"}
     */
    public String fhirV2Url() {
        return baseUrl + "/fhir/v2";
    }

    /**
     * Returns the token endpoint of Lifen's API v3.
     *
     * @return {@code baseUrl() + "/v1/token"}
     */
    public String tokenUrlV3() {
        return baseUrl + "/v1/token";
    }

    /**
     * Returns the token endpoint of Lifen's API v2.
     *
     * @return {@code baseUrl() + "/oauth/token"}
     */
    public String tokenUrlV2() {
        return baseUrl + "/oauth/token";
    }

    /**
     * Returns the base URL of the webhook controls, for demos against a standalone sandbox. Neither needs a token.
     * <ul>
     * <li>{@code POST <url>/patient.updated?patient-id=<id>} publishes {@code patient.updated} for a patient of
     * {@link #DEFAULT_DATABASE_REFERENCE}, {@link SandboxSeedData#PATIENT_MICHUE_ID} without {@code patient-id}.
     * The reply is 202 with the batch's {@code notification-uuid}, 404 for an unknown patient, or 409 when
     * {@link #webhooks()} cannot publish.</li>
     * <li>{@code POST <url>/resume} lifts a suspension of the subscription (204).</li>
     * </ul>
     *
     * @return {@code baseUrl() + "/sandbox/webhooks"}
     */
    public String webhookTriggerUrl() {
        return baseUrl + WebhookTriggerServlet.PATH;
    }

    /**
     * Returns the webhooks of this sandbox: the subscription, the publish methods, the injected faults and the
     * recorded delivery attempts.
     *
     * @return the webhooks, the same instance on every call
     */
    public SandboxWebhooks webhooks() {
        return webhooks;
    }

    /**
     * Returns the number of POST requests to either token path since start or the last {@link #reset()},
     * whatever their outcome.
     *
     * @return the count
     */
    public int tokenRequestCount() {
        return activity.tokenRequestCount();
    }

    /**
     * Returns the number of token requests that returned an access token since start or the last
     * {@link #reset()}.
     *
     * @return the count
     */
    public int successfulTokenRequestCount() {
        return activity.successfulTokenRequestCount();
    }

    /**
     * Returns how many responses had this path and HTTP status since start or the last {@link #reset()}.
     *
     * @param path request path as sent, without query string, for example {@code /fhir/v3/Patient/_search}
     * @param status HTTP status, for example 200
     * @return the count
     */
    public int requestCount(String path, int status) {
        return activity.responseCount(path, status);
    }

    /**
     * Returns how many responses had this path, whatever their status, since start or the last {@link #reset()}.
     *
     * @param path request path as sent, without query string, for example {@code /v1/token}
     * @return the count
     */
    public int requestCount(String path) {
        return activity.responseCount(path);
    }

    /**
     * Returns the documents received since start or the last {@link #reset()}: those accepted by
     * {@code $send-to-ehr} and {@code $send-to-mss}, and the payloads of CommunicationRequests created through
     * API v2.
     *
     * @return an immutable snapshot in arrival order
     */
    public List<ReceivedDocument> receivedDocuments() {
        return activity.documents();
    }

    /**
     * Returns the sendings accepted by {@code $send-to-mss} since start or the last {@link #reset()}.
     *
     * @return an immutable snapshot in arrival order
     */
    public List<ReceivedMssSending> receivedMssSendings() {
        return activity.mssSendings();
    }

    /**
     * Returns how many faults of this kind {@link FaultInjection} injected since start or the last
     * {@link #reset()}.
     *
     * @param kind {@code unauthorized}, {@code too-many-requests}, {@code server-error}, {@code slow},
     *        {@code reset-before} or {@code reset-after}
     * @return the count
     * @throws IllegalArgumentException for any other kind
     */
    public int faultCount(String kind) {
        FaultKind fault = FaultKind.fromLabel(kind).orElseThrow(() -> new IllegalArgumentException(
                "Unknown fault kind " + kind + ", expected one of " + Stream.of(FaultKind.values())
                        .map(FaultKind::label).collect(Collectors.joining(", "))));
        return activity.faultCount(fault);
    }

    /**
     * Revokes every access token issued so far, so that the FHIR endpoints return 401 for them from now on.
     */
    public void revokeAllTokens() {
        tokenRegistry.revokeAll();
        LOG.info("Revoked every access token");
    }

    /**
     * Replaces a client's secret, as a secret rotation does: from now on token requests with the
     * old secret get 401 {@code access_denied}. Tokens already issued stay valid until they expire or
     * {@link #revokeAllTokens()}.
     *
     * @param clientId id of a registered client, such as {@link #DEFAULT_CLIENT_ID}
     * @param newSecret the new client secret
     * @throws IllegalArgumentException if no client has this id
     */
    public void rotateClientSecret(String clientId, String newSecret) {
        tokenRegistry.replaceSecret(clientId, newSecret);
        LOG.info("Rotated the secret of client {}", clientId);
    }

    /**
     * Sets the lifetime of the tokens issued from now on; tokens already issued keep their expiry.
     *
     * @param lifetime at least one second
     */
    public void setTokenLifetime(Duration lifetime) {
        tokenRegistry.setTokenLifetime(lifetime);
    }

    /**
     * Clears the counters (fault counters included), the received documents and sendings, and the rate limit
     * windows, and resets the webhooks as {@link SandboxWebhooks#reset()} does. Seed data, issued tokens, resources
     * created through API v2, the tracking state of documents already sent, the position of the fault generator
     * and the webhook subscription stay.
     */
    public void reset() {
        activity.reset();
        rateLimiter.reset();
        webhooks.reset();
    }

    /**
     * Stops the server and the webhook deliveries. Calling it again does nothing.
     */
    @Override
    public void close() {
        webhooks.close();
        if (server.isStopped()) {
            return;
        }
        try {
            server.stop();
            LOG.info("Lifen sandbox at {} stopped", baseUrl);
        } catch (Exception e) {
            throw new IllegalStateException("Failed to stop the Lifen sandbox at " + baseUrl, e);
        }
    }

    private Server createServer(FhirStore store, ClientRestrictions restrictions, long maxRequestBytes,
            FaultInjection faults) {
        QueuedThreadPool threadPool = new QueuedThreadPool();
        threadPool.setName("lifen-sandbox");
        Server jetty = new Server(threadPool);

        ServletContextHandler context = new ServletContextHandler("/");
        EnumSet<DispatcherType> requests = EnumSet.of(DispatcherType.REQUEST);
        // In this order: 413 before any body is read, then 401 and 429, then injected faults, then 415.
        context.addFilter(new FilterHolder(new RequestSizeFilter(maxRequestBytes)), "/fhir/*", requests);
        context.addFilter(new FilterHolder(new BearerTokenFilter(tokenRegistry, rateLimiter)), "/fhir/*", requests);
        FaultFilter faultFilter = new FaultFilter(faults.newRandomFaults(), activity);
        context.addFilter(new FilterHolder(faultFilter), "/fhir/*", requests);
        context.addFilter(new FilterHolder(new MediaTypeFilter()), "/fhir/*", requests);

        ServletHolder token = new ServletHolder("token", new TokenServlet(tokenRegistry, rateLimiter, activity));
        context.addServlet(token, "/v1/token");
        context.addServlet(token, "/oauth/token");

        Directory directory = Directory.seeded();
        for (FhirApiVersion version : FhirApiVersion.values()) {
            SandboxFhirServer fhirServer = new SandboxFhirServer(version, store, directory, activity, restrictions,
                    webhooks::patientUpdatedThroughApi);
            ServletHolder fhir = new ServletHolder("fhir-" + version.name(), fhirServer);
            // Initializes HAPI at start, so that a broken setup fails start() and not the first request.
            fhir.setInitOrder(1);
            context.addServlet(fhir, version.path() + "/*");
        }
        context.addServlet(new ServletHolder("webhook-trigger", new WebhookTriggerServlet(webhooks)),
                WebhookTriggerServlet.PATH + "/*");

        jetty.setHandler(new ResponseRecorder(context, activity));
        return jetty;
    }

    private static ServerConnector createConnector(Server jetty, int port) {
        ServerConnector connector = new ServerConnector(jetty);
        connector.setHost(HOST);
        connector.setPort(port);
        jetty.addConnector(connector);
        return connector;
    }

    private void startServer(int requestedPort) {
        try {
            server.start();
        } catch (Exception e) {
            stopQuietly(e);
            webhooks.close();
            throw new IllegalStateException("Failed to start the Lifen sandbox on " + HOST + ":" + requestedPort
                    + ": " + e.getMessage(), e);
        }
    }

    private void stopQuietly(Exception cause) {
        try {
            server.stop();
        } catch (Exception stopFailure) {
            cause.addSuppressed(stopFailure);
        }
    }

    /**
     * Settings of a sandbox. The default client ({@link #DEFAULT_CLIENT_ID}) is registered from the start;
     * registering a client with the same id replaces it.
     */
    public static final class Builder {

        private int port;
        private final Map<String, ClientRegistration> clients = new LinkedHashMap<>();
        private Duration tokenLifetime = Duration.ofSeconds(172_800);
        private int rateLimitPerSecond = 10;
        private Duration trackingCompletesAfter = Duration.ZERO;
        private Clock clock = Clock.systemUTC();
        private long maxRequestBytes = DEFAULT_MAX_REQUEST_BYTES;
        private int generatedPatientCount;
        private String generatedPatientFamily;
        private final Set<String> clientsWithoutSupportAddress = new HashSet<>();
        private final Set<String> clientsWithoutSendPermission = new HashSet<>();
        private FaultInjection faultInjection = FaultInjection.builder().build();
        private WebhookSubscription webhookSubscription;
        private DeliverySettings webhookDelivery = DeliverySettings.DEFAULTS;

        private Builder() {
            client(DEFAULT_CLIENT_ID, DEFAULT_CLIENT_SECRET, Set.of(DEFAULT_AUDIENCE),
                    Set.of(DEFAULT_DATABASE_REFERENCE));
        }

        /**
         * Sets the port on 127.0.0.1.
         *
         * @param port 0 for a free port (the default), or 1 to 65535
         * @return this builder
         */
        public Builder port(int port) {
            if (port < 0 || port > 65_535) {
                throw new IllegalArgumentException("Port must be between 0 and 65535, not " + port);
            }
            this.port = port;
            return this;
        }

        /**
         * Registers a client, or replaces the client with the same id.
         *
         * @param clientId OAuth client id
         * @param clientSecret OAuth client secret
         * @param audiences audiences the client is enabled for
         * @param databaseReferences database references the client may request tokens for; only
         *        {@link #DEFAULT_DATABASE_REFERENCE} holds data
         * @return this builder
         */
        public Builder client(String clientId, String clientSecret, Set<String> audiences,
                Set<String> databaseReferences) {
            ClientRegistration client = new ClientRegistration(clientId, clientSecret, audiences, databaseReferences);
            clients.put(clientId, client);
            return this;
        }

        /**
         * Sets the lifetime of access tokens, 172800 seconds (48 hours) by default as on Lifen.
         *
         * @param lifetime at least one second
         * @return this builder
         */
        public Builder tokenLifetime(Duration lifetime) {
            if (lifetime == null || lifetime.toSeconds() < 1) {
                throw new IllegalArgumentException("Token lifetime must be at least one second, not " + lifetime);
            }
            this.tokenLifetime = lifetime;
            return this;
        }

        /**
         * Sets the maximum number of requests per second and client id, counted over the token endpoints and
         * the FHIR endpoints together. Requests over it get 429 with {@code Retry-After: 1}.
         *
         * @param limit 10 by default, 0 to turn the limit off
         * @return this builder
         */
        public Builder rateLimitPerSecond(int limit) {
            if (limit < 0) {
                throw new IllegalArgumentException("Rate limit must be 0 (off) or positive, not " + limit);
            }
            this.rateLimitPerSecond = limit;
            return this;
        }

        /**
         * Sets the time from a document's arrival to its Communication becoming {@code completed}. The status
         * changes on the first tracking read at or after that time. With the default of zero, the first read
         * already returns {@code completed}.
         *
         * @param delay zero or positive
         * @return this builder
         */
        public Builder trackingCompletesAfter(Duration delay) {
            if (delay == null || delay.isNegative()) {
                throw new IllegalArgumentException("Tracking delay must be zero or positive, not " + delay);
            }
            this.trackingCompletesAfter = delay;
            return this;
        }

        /**
         * Sets the clock behind token expiry, rate limit windows, resource dates and tracking delays.
         *
         * @param clock {@link Clock#systemUTC()} by default
         * @return this builder
         */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /**
         * Sets the largest request body that the FHIR endpoints accept. Larger bodies get 413; a body whose
         * Content-Length is over the limit is rejected before any of it is read.
         *
         * @param limit bytes, {@link #DEFAULT_MAX_REQUEST_BYTES} by default, from 1 to about 2 GiB
         *        ({@link RequestSizeFilter#MAX_LIMIT})
         * @return this builder
         */
        public Builder maxRequestBytes(long limit) {
            if (limit < 1 || limit > RequestSizeFilter.MAX_LIMIT) {
                throw new IllegalArgumentException("Request size limit must be between 1 and "
                        + RequestSizeFilter.MAX_LIMIT + " bytes, not " + limit);
            }
            this.maxRequestBytes = limit;
            return this;
        }

        /**
         * Adds numbered patients under {@link #DEFAULT_DATABASE_REFERENCE}, for example to page through large
         * search results. Their ids are {@code generated-patient-1} to {@code generated-patient-<count>}
         * ({@link SandboxSeedData#GENERATED_PATIENT_ID_PREFIX}), they share the family name, and their given
         * names are numbered: {@code Patient001}, {@code Patient002} and so on, zero-padded to the width of
         * {@code count}. They come after the seed patients in the default {@code _lastUpdated} order, in
         * numbering order. Calling this again replaces the earlier setting.
         *
         * @param count number of patients, 0 (the default) for none
         * @param family family name of every generated patient
         * @return this builder
         */
        public Builder generatedPatients(int count, String family) {
            if (count < 0) {
                throw new IllegalArgumentException("Generated patient count must be 0 or positive, not " + count);
            }
            if (count > 0 && (family == null || family.isBlank())) {
                throw new IllegalArgumentException("Generated patients need a family name");
            }
            this.generatedPatientCount = count;
            this.generatedPatientFamily = family;
            return this;
        }

        /**
         * Declares that a client has no support address on Lifen's portal, so that {@code $send-to-mss} returns
         * Lifen's 412 Precondition Failed for its tokens. Clients have a support address by default.
         *
         * @param clientId id of a client registered with {@link #client} or {@link #DEFAULT_CLIENT_ID}
         * @return this builder
         */
        public Builder clientWithoutSupportAddress(String clientId) {
            clientsWithoutSupportAddress.add(registeredClient(clientId));
            return this;
        }

        /**
         * Withdraws a client's right to send documents, so that {@code $send-to-ehr}, {@code $send-to-mss} and
         * API v2's CommunicationRequest create return 403 Forbidden for its tokens. Clients may send by default.
         *
         * @param clientId id of a client registered with {@link #client} or {@link #DEFAULT_CLIENT_ID}
         * @return this builder
         */
        public Builder clientWithoutSendPermission(String clientId) {
            clientsWithoutSendPermission.add(registeredClient(clientId));
            return this;
        }

        /**
         * Sets the random faults injected into FHIR requests. The token endpoints never get faults.
         *
         * @param faults the faults, none by default
         * @return this builder
         */
        public Builder faultInjection(FaultInjection faults) {
            this.faultInjection = Objects.requireNonNull(faults, "faults");
            return this;
        }

        /**
         * Sets the webhook subscription that receives the batches of {@link LifenSandbox#webhooks()}. It can
         * also be set once the sandbox runs, with {@link SandboxWebhooks#subscribe(WebhookSubscription)}.
         *
         * @param subscription the subscription, none by default
         * @return this builder
         */
        public Builder webhookSubscription(WebhookSubscription subscription) {
            this.webhookSubscription = Objects.requireNonNull(subscription, "subscription");
            return this;
        }

        /**
         * Sets the waits before each retry of a webhook batch whose attempt failed. The number of waits is the
         * number of retries; once they are used up, the subscription is suspended. The default,
         * {@link DeliverySettings#DEFAULT_RETRY_SCHEDULE}, is 5 retries over 3.85 seconds (100 ms, 250 ms, 500 ms,
         * 1 s, 2 s), scaled down for tests from Lifen's 5 retries over 15 minutes followed by 3 more over 3 hours
         * starting one hour later.
         *
         * @param schedule zero or positive waits; an empty list means no retry
         * @return this builder
         */
        public Builder webhookRetrySchedule(List<Duration> schedule) {
            this.webhookDelivery = webhookDelivery.withRetrySchedule(schedule);
            return this;
        }

        /**
         * Sets how long a webhook attempt waits to connect and for the status line and headers of the reply
         * before it counts as failed.
         *
         * @param timeout at least one millisecond; 10 seconds by default, the reply time Lifen expects
         * @return this builder
         */
        public Builder webhookReplyTimeout(Duration timeout) {
            this.webhookDelivery = webhookDelivery.withReplyTimeout(timeout);
            return this;
        }

        /**
         * Sets the longest wait taken from the {@code Retry-After} seconds of a 429 reply to a webhook attempt;
         * longer values are lowered to it, so that a test does not stall. Lifen has no such cap.
         *
         * @param cap zero or positive; 5 seconds by default
         * @return this builder
         */
        public Builder webhookMaxRetryAfter(Duration cap) {
            this.webhookDelivery = webhookDelivery.withMaxRetryAfter(cap);
            return this;
        }

        /**
         * Starts a sandbox with these settings.
         *
         * @return the running sandbox
         * @throws IllegalStateException if the server cannot start, for example because the port is taken
         */
        public LifenSandbox start() {
            return new LifenSandbox(this);
        }

        private String registeredClient(String clientId) {
            if (!clients.containsKey(clientId)) {
                throw new IllegalArgumentException("Unknown client " + clientId
                        + ": register it with client(...) first");
            }
            return clientId;
        }
    }
}
