package io.github.camellifen.component.http;

import java.io.Closeable;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

import org.apache.hc.client5.http.classic.methods.HttpUriRequestBase;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.client5.http.io.HttpClientConnectionManager;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpEntity;
import org.apache.hc.core5.http.HttpHost;
import org.apache.hc.core5.http.io.entity.AbstractHttpEntity;
import org.apache.hc.core5.http.io.entity.ByteArrayEntity;
import org.apache.hc.core5.http.io.entity.EntityUtils;
import org.apache.hc.core5.io.CloseMode;
import org.apache.hc.core5.pool.PoolConcurrencyPolicy;
import org.apache.hc.core5.util.TimeValue;
import org.apache.hc.core5.util.Timeout;

/**
 * Pooled, blocking HTTP/1.1 connections to Lifen's hosts (Apache HttpClient 5 classic). A request runs on its
 * caller's thread from the first byte written to the reply's headers, so no thread hands the reply over to another.
 * The transport never follows a redirect, never retries and keeps no cookies: {@link ApiClient} decides redirects
 * and the producer decides retries.
 */
public final class HttpTransport implements Closeable {

    // Connections per host: a bound for runaway callers, far above the 10 requests per second Lifen allows
    private static final int MAX_CONNECTIONS_PER_HOST = 256;
    // A pooled connection idle this long is checked before reuse, since the server may have closed it
    private static final TimeValue VALIDATE_AFTER_INACTIVITY = TimeValue.ofSeconds(2);

    private final Duration connectTimeout;
    private final HttpClientConnectionManager connections;
    private final CloseableHttpClient client;
    private final ScheduledThreadPoolExecutor deadlines;
    // One entry per distinct requestTimeout and tokenRequestTimeout of the endpoints that share this transport
    private final Map<Duration, RequestConfig> requestConfigs = new ConcurrentHashMap<>();

    public HttpTransport(Duration connectTimeout) {
        this.connectTimeout = Objects.requireNonNull(connectTimeout, "connectTimeout must not be null");
        this.connections = PoolingHttpClientConnectionManagerBuilder.create()
                .useSystemProperties()
                .setConnectionFactory(UnloggedConnection.FACTORY)
                .setPoolConcurrencyPolicy(PoolConcurrencyPolicy.LAX)
                .setMaxConnPerRoute(MAX_CONNECTIONS_PER_HOST)
                .setDefaultConnectionConfig(ConnectionConfig.custom()
                        .setConnectTimeout(Timeout.of(connectTimeout))
                        .setValidateAfterInactivity(VALIDATE_AFTER_INACTIVITY)
                        .build())
                .build();
        this.client = HttpClients.custom()
                .setConnectionManager(connections)
                .disableRedirectHandling()
                .disableAutomaticRetries()
                .disableCookieManagement()
                .disableContentCompression()
                .disableAuthCaching()
                .disableConnectionState()
                .disableDefaultUserAgent()
                .build();
        this.deadlines = new ScheduledThreadPoolExecutor(1, runnable -> {
            Thread thread = new Thread(runnable, "lifen-request-deadlines");
            thread.setDaemon(true);
            return thread;
        });
        // A request that ends in time removes its deadline at once, so the queue holds only requests in flight
        this.deadlines.setRemoveOnCancelPolicy(true);
    }

    private static RequestConfig requestConfig(Duration timeout) {
        return RequestConfig.custom()
                .setResponseTimeout(Timeout.of(timeout))
                .setConnectionRequestTimeout(Timeout.of(timeout))
                .build();
    }

    /** Returns the entity that sends {@code body}, or null for a request without one. */
    public static HttpEntity entity(RequestBody body) {
        if (body == null) {
            return null;
        }
        if (body instanceof RequestBody.Bytes bytes) {
            return new ByteArrayEntity(bytes.bytes(), null);
        }
        return new StreamedEntity(body);
    }

    /**
     * Sends {@code request} and returns its reply once the headers arrive. A successful reply that is not JSON
     * keeps its body as a stream when {@code streamOtherBodies} is set. Every other body is read whole.
     *
     * @param timeout the longest wait for the reply once connected. For a request with a body it also bounds the
     *                upload, because a socket write has no timeout of its own.
     * @throws SocketTimeoutException when no reply arrived within {@code timeout}
     * @throws IOException            when the connection failed or the reply was cut short
     */
    public ApiResponse send(HttpUriRequestBase request, Duration timeout, boolean streamOtherBodies)
            throws IOException {
        URI uri = uri(request);
        request.setConfig(requestConfigs.computeIfAbsent(timeout, HttpTransport::requestConfig));
        ScheduledFuture<?> deadline = request.getEntity() == null ? null : deadlines.schedule(request::cancel,
                connectTimeout.plus(timeout).toMillis(), TimeUnit.MILLISECONDS);

        ClassicHttpResponse response;
        boolean inTime;
        try {
            response = client.executeOpen(HttpHost.create(uri), request, null);
        } catch (IOException e) {
            throw request.isCancelled() ? timedOut(timeout, e) : e;
        } finally {
            inTime = deadline == null || deadline.cancel(false);
        }

        if (!inTime) {
            // The deadline passed as the headers arrived, so the connection is already closed
            response.close();
            throw timedOut(timeout, null);
        }
        return read(response, uri, streamOtherBodies);
    }

    private static ApiResponse read(ClassicHttpResponse response, URI uri, boolean streamOtherBodies)
            throws IOException {
        int status = response.getCode();
        Map<String, List<String>> headers = headers(response);
        HttpEntity entity = response.getEntity();
        String contentType = ApiResponse.firstValue(headers, "Content-Type");

        if (entity != null && streamOtherBodies && status >= 200 && status < 300 && !isJson(contentType)) {
            return new ApiResponse(status, uri, headers, null, new ReplyStream(entity.getContent(), response));
        }
        try (response) {
            byte[] body = entity == null ? new byte[0] : EntityUtils.toByteArray(entity);
            return new ApiResponse(status, uri, headers, body, null);
        }
    }

    // FHIR replies are JSON. A reply without a content type is read too, because it is at most an empty body
    private static boolean isJson(String contentType) {
        return contentType == null || contentType.toLowerCase(Locale.ROOT).contains("json");
    }

    // Names in lower case, as HTTP/2 sends them, so a copy of the map that drops the ordering still finds them
    private static Map<String, List<String>> headers(ClassicHttpResponse response) {
        Map<String, List<String>> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        for (Header header : response.getHeaders()) {
            String name = header.getName().toLowerCase(Locale.ROOT);
            headers.computeIfAbsent(name, key -> new ArrayList<>(1)).add(header.getValue());
        }
        return headers;
    }

    private static URI uri(HttpUriRequestBase request) throws IOException {
        try {
            return request.getUri();
        } catch (java.net.URISyntaxException e) {
            throw new IOException("Invalid request URI: " + e.getMessage(), e);
        }
    }

    private static SocketTimeoutException timedOut(Duration timeout, IOException cause) {
        SocketTimeoutException timedOut = new SocketTimeoutException("Timed out after " + timeout + " without a reply");
        timedOut.initCause(cause);
        return timedOut;
    }

    @Override
    public void close() {
        deadlines.shutdownNow();
        client.close(CloseMode.GRACEFUL);
        connections.close(CloseMode.GRACEFUL);
    }

    /** A body read from its stream as the request is written, so only a buffer of it is in memory. */
    private static final class StreamedEntity extends AbstractHttpEntity {

        private final RequestBody body;

        StreamedEntity(RequestBody body) {
            super((String) null, null, body.length() < 0);
            this.body = body;
        }

        @Override
        public InputStream getContent() throws IOException {
            return body.open();
        }

        @Override
        public void writeTo(OutputStream out) throws IOException {
            try (InputStream in = body.open()) {
                in.transferTo(out);
            }
        }

        @Override
        public long getContentLength() {
            return body.length();
        }

        @Override
        public boolean isRepeatable() {
            return body.repeatable();
        }

        @Override
        public boolean isStreaming() {
            return !body.repeatable();
        }

        @Override
        public void close() {
        }
    }

    /** The body of a streamed reply; closing it also ends the response, so the connection is released. */
    private static final class ReplyStream extends FilterInputStream {

        private final ClassicHttpResponse response;

        ReplyStream(InputStream body, ClassicHttpResponse response) {
            super(body);
            this.response = response;
        }

        @Override
        public void close() throws IOException {
            try {
                super.close();
            } finally {
                response.close();
            }
        }
    }
}
