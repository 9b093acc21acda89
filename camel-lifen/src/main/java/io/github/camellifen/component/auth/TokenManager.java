package io.github.camellifen.component.auth;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;

import io.github.camellifen.component.http.RetryAfter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Owns the token lifecycle for one component: consults a {@link TokenRefreshPolicy} on whether the cached token may be
 * sent, keeps tokens in a {@link TokenStore}, and fetches through a {@link TokenClient}. However many exchanges
 * need a token at once, each credential set has at most one token request in flight, and every waiting exchange
 * gets its result: the same token, or the same failure. A failure is never cached, so the next exchange requests a token again.
 */
public final class TokenManager {

    private static final Logger LOG = LoggerFactory.getLogger(TokenManager.class);
    private static final Duration BACKGROUND_RETRY_DELAY = Duration.ofSeconds(5);
    private static final Duration HEALTH_RECHECK_DELAY = Duration.ofSeconds(5);

    private final TokenStore store;
    private final Executor executor;
    private final Map<TokenKey, CompletableFuture<AccessToken>> inFlight = new ConcurrentHashMap<>();
    private final AtomicLong tokenRequests = new AtomicLong();
    private final Map<TokenKey, Instant> backgroundRetryAt = new ConcurrentHashMap<>();
    private final Map<TokenKey, Instant> throttledUntil = new ConcurrentHashMap<>();
    private final Map<TokenKey, TokenStatistics> statistics = new ConcurrentHashMap<>();

    /** @param executor runs token requests, so a background refresh does not block the exchange that started it */
    public TokenManager(TokenStore store, Executor executor) {
        this.store = Objects.requireNonNull(store, "store must not be null");
        this.executor = Objects.requireNonNull(executor, "executor must not be null");
    }

    /** Returns the cached token when the policy allows it; otherwise waits for the one shared token request. */
    public AccessToken getToken(ClientCredentials credentials, TokenRefreshPolicy policy, TokenClient client) {
        AccessToken cached = store.get(credentials.key());

        Clock clock = policy.clock();
        switch (policy.decide(cached)) {
            case USE:
                return cached;
            case USE_AND_REFRESH:
                if (!isThrottled(credentials, clock)) {
                    refreshInBackground(credentials, client, clock);
                }
                return cached;
            default:
                requireNotThrottled(credentials, clock);
                return await(startFetch(credentials, client, clock), credentials, client.maxWait());
        }
    }

    /**
     * Returns a token for a health check without adding load on the token endpoint. The cached token is returned
     * while the policy allows sending it. Otherwise, if the last token request for these credentials failed less
     * than five seconds ago, that failure is thrown again without a request, so that many producers checked in
     * one round send one token request. Otherwise this waits for the one shared token request, as
     * {@link #getToken} does.
     *
     * @throws LifenTokenException when no token can be obtained; a recent failure is thrown again as it was
     */
    public AccessToken checkToken(ClientCredentials credentials, TokenRefreshPolicy policy, TokenClient client) {
        AccessToken cached = store.get(credentials.key());
        if (policy.decide(cached) != TokenRefreshPolicy.Decision.FETCH) {
            return cached;
        }

        TokenStatistics.Failure failure = statistics(credentials.key()).currentFailure();
        Instant now = policy.clock().instant();
        if (failure != null && now.isBefore(failure.at().plus(HEALTH_RECHECK_DELAY))) {
            throw failure.exception();
        }
        return getToken(credentials, policy, client);
    }

    /** Drops {@code rejected} if it is still the cached token for these credentials. */
    public void invalidate(ClientCredentials credentials, AccessToken rejected) {
        if (store.remove(credentials.key(), rejected)) {
            LOG.debug("Dropped the Lifen access token the API rejected for {}", credentials.key());
        }
    }

    /** Forgets every cached token, for example after the client secret was rotated. */
    public void clear() {
        store.clear();
    }

    /**
     * Forgets the tokens, counts and failures of every credential set outside {@code keys}, for example those
     * that a rotated client secret replaced.
     *
     * @return how many cached tokens were dropped
     */
    public int retainOnly(Set<TokenKey> keys) {
        int dropped = store.retainOnly(keys);
        statistics.keySet().retainAll(keys);
        backgroundRetryAt.keySet().retainAll(keys);
        throttledUntil.keySet().retainAll(keys);
        return dropped;
    }

    /** Returns the token request counts and last failure of one credential set. */
    public TokenStatistics statistics(TokenKey key) {
        return statistics.computeIfAbsent(key, k -> new TokenStatistics());
    }

    /** Returns how many token requests this manager has sent, failed ones included. */
    public long tokenRequestCount() {
        return tokenRequests.get();
    }

    /** Returns the store, for the tests and management views that inspect it. */
    public TokenStore store() {
        return store;
    }

    private void refreshInBackground(ClientCredentials credentials, TokenClient client, Clock clock) {
        // After a failed refresh, wait before the next try, or every exchange in the window would send one
        Instant retryAt = backgroundRetryAt.get(credentials.key());
        if (retryAt != null && clock.instant().isBefore(retryAt)) {
            return;
        }

        startFetch(credentials, client, clock).whenComplete((token, failure) -> {
            if (failure == null) {
                backgroundRetryAt.remove(credentials.key());
                return;
            }
            // The current token stays usable until its margin; the first exchange past it fetches and reports
            backgroundRetryAt.put(credentials.key(), clock.instant().plus(BACKGROUND_RETRY_DELAY));
            LOG.warn("Background refresh of the Lifen access token for {} failed, next try in {}: {}",
                    credentials.key(), BACKGROUND_RETRY_DELAY, unwrap(failure).getMessage());
        });
    }

    private boolean isThrottled(ClientCredentials credentials, Clock clock) {
        Instant until = throttledUntil.get(credentials.key());
        return until != null && clock.instant().isBefore(until);
    }

    /** Fails without a request while the token endpoint's Retry-After runs, as its 429 asked. */
    private void requireNotThrottled(ClientCredentials credentials, Clock clock) {
        if (isThrottled(credentials, clock)) {
            Instant until = throttledUntil.get(credentials.key());
            throw new LifenTokenException("[too_many_requests] The Lifen token endpoint " + credentials.tokenUrl()
                    + " limited client " + credentials.clientId() + " with HTTP 429; no token request is sent before "
                    + until + ", as its Retry-After asked", 429, "too_many_requests", null,
                    credentials.tokenUrl().toString(), null, null, null);
        }
    }

    private CompletableFuture<AccessToken> startFetch(ClientCredentials credentials, TokenClient client,
                                                      Clock clock) {
        TokenKey key = credentials.key();
        CompletableFuture<AccessToken> created = new CompletableFuture<>();
        CompletableFuture<AccessToken> existing = inFlight.putIfAbsent(key, created);
        if (existing != null) {
            return existing;
        }

        try {
            executor.execute(() -> runFetch(credentials, client, clock, created));
        } catch (RejectedExecutionException e) {
            inFlight.remove(key, created);
            created.completeExceptionally(new LifenTokenException("Cannot request a Lifen access token: the token "
                    + "executor is shut down (is the Camel context stopping?)", 0, null, null,
                    credentials.tokenUrl().toString(), null, null, e));
        }
        return created;
    }

    private void runFetch(ClientCredentials credentials, TokenClient client, Clock clock,
                          CompletableFuture<AccessToken> result) {
        TokenKey key = credentials.key();
        try {
            tokenRequests.incrementAndGet();
            AccessToken token = client.fetch(credentials);

            // Store before leaving the in-flight map, so a new caller finds either the request or its token
            store.put(key, token);
            statistics(key).recordSuccess(clock.instant());
            inFlight.remove(key, result);
            result.complete(token);
        } catch (RuntimeException e) {
            rememberThrottle(key, e, clock);
            statistics(key).recordFailure(clock.instant(), e, credentials.clientSecret());
            inFlight.remove(key, result);
            result.completeExceptionally(e);
        } catch (Error e) {
            inFlight.remove(key, result);
            result.completeExceptionally(e);
        }
    }

    private void rememberThrottle(TokenKey key, Throwable failure, Clock clock) {
        if (failure instanceof LifenTokenException token && token.getStatusCode() == 429) {
            Duration wait = RetryAfter.parse(token.getRetryAfter(), clock);
            if (wait != null) {
                throttledUntil.put(key, clock.instant().plus(wait));
            }
        }
    }

    private AccessToken await(CompletableFuture<AccessToken> pending, ClientCredentials credentials,
                              Duration maxWait) {
        try {
            return pending.get(maxWait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            throw asRuntime(unwrap(e));
        } catch (TimeoutException e) {
            throw new LifenTokenException("No Lifen access token within " + maxWait + " for client "
                    + credentials.clientId() + " (token endpoint " + credentials.tokenUrl()
                    + "); raise tokenRequestTimeout if the endpoint is slow", 0, null, null,
                    credentials.tokenUrl().toString(), null, null, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LifenTokenException("Interrupted while waiting for a Lifen access token for client "
                    + credentials.clientId(), 0, null, null, credentials.tokenUrl().toString(), null, null, e);
        }
    }

    private static Throwable unwrap(Throwable failure) {
        Throwable current = failure;
        while ((current instanceof ExecutionException || current instanceof CompletionException)
                && current.getCause() != null) {
            current = current.getCause();
        }
        return current;
    }

    private static RuntimeException asRuntime(Throwable failure) {
        if (failure instanceof RuntimeException runtime) {
            return runtime;
        }
        if (failure instanceof Error error) {
            throw error;
        }
        return new IllegalStateException("Lifen token request failed: " + failure, failure);
    }
}
