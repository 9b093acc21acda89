package io.github.camellifen.component;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import io.github.camellifen.component.auth.LifenTokenException;
import io.github.camellifen.component.StubServer.Reply;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Token expiry, refresh margin, background refresh and single flight, against a real token endpoint stub. */
class TokenLifecycleTest {

    private static final String READ = "lifen:read/Patient?resourceId=123";

    private StubServer tokens;
    private StubServer api;
    private final MutableClock clock = new MutableClock();

    @BeforeEach
    void startStubs() throws Exception {
        tokens = new StubServer();
        api = new StubServer().respond(request -> Reply.fhir(200, "{\"resourceType\":\"Patient\",\"id\":\"123\"}"));
    }

    @AfterEach
    void stopStubs() {
        tokens.close();
        api.close();
    }

    private LifenTestContext context(long marginMillis, long aheadMillis) {
        return new LifenTestContext(LifenTestContext.stubs(tokens, api).andThen(component -> {
            component.setClock(clock);
            component.getConfiguration().setTokenRefreshMargin(marginMillis);
            component.getConfiguration().setTokenRefreshAhead(aheadMillis);
        }));
    }

    @Test
    void expiredTokenIsReplacedByNewGrant() {
        tokens.enqueue(Reply.token("T1", 2), Reply.token("T2", 3600));
        try (LifenTestContext lifen = context(0, 0)) {
            assertThat(lifen.send(READ).getException()).isNull();
            clock.advance(Duration.ofSeconds(3));
            assertThat(lifen.send(READ).getException()).isNull();
        }

        assertThat(tokens.count()).isEqualTo(2);
        assertThat(tokens.requests()).allSatisfy(request ->
                assertThat(request.form()).containsEntry("grant_type", "client_credentials"));
        assertThat(api.requests().get(0).header("Authorization")).isEqualTo("Bearer T1");
        assertThat(api.requests().get(1).header("Authorization")).isEqualTo("Bearer T2");
    }

    @Test
    void marginRefreshesBeforeExpiry() {
        tokens.enqueue(Reply.token("T1", 120), Reply.token("T2", 120));
        try (LifenTestContext lifen = context(30_000, 0)) {
            lifen.send(READ);
            clock.advance(Duration.ofSeconds(85));
            lifen.send(READ);
            assertThat(tokens.count()).as("35 s left, more than the 30 s margin").isEqualTo(1);

            clock.advance(Duration.ofSeconds(10));
            lifen.send(READ);
        }

        assertThat(tokens.count()).as("25 s left is inside the margin").isEqualTo(2);
        assertThat(api.requests()).extracting(request -> request.header("Authorization"))
                .containsExactly("Bearer T1", "Bearer T1", "Bearer T2");
    }

    @Test
    void marginIsCappedForShortTokens() {
        tokens.enqueue(Reply.token("T1", 10), Reply.token("T2", 10));
        try (LifenTestContext lifen = context(60_000, 0)) {
            lifen.send(READ);
            clock.advance(Duration.ofSeconds(4));
            lifen.send(READ);
            assertThat(tokens.count()).as("6 s left of 10: the 60 s margin is capped at 5 s").isEqualTo(1);

            clock.advance(Duration.ofSeconds(2));
            lifen.send(READ);
        }
        assertThat(tokens.count()).isEqualTo(2);
        assertThat(api.last().header("Authorization")).isEqualTo("Bearer T2");
    }

    @Test
    void failedBackgroundRefreshWaitsBeforeRetrying() {
        tokens.enqueue(Reply.token("T1", 120), Reply.json(503, "{\"error\":\"temporarily_unavailable\"}"));
        try (LifenTestContext lifen = context(30_000, 60_000)) {
            lifen.send(READ);
            clock.advance(Duration.ofSeconds(70));
            lifen.send(READ);
            await().atMost(Duration.ofSeconds(5)).until(() -> tokens.count() == 2);

            // Inside the retry delay: exchanges keep the current token and send no token request
            for (int i = 0; i < 5; i++) {
                lifen.send(READ);
            }
            assertThat(tokens.count()).isEqualTo(2);

            clock.advance(Duration.ofSeconds(6));
            lifen.send(READ);
            await().atMost(Duration.ofSeconds(5)).until(() -> tokens.count() == 3);
        }
        assertThat(api.requests()).allSatisfy(request ->
                assertThat(request.header("Authorization")).isEqualTo("Bearer T1"));
    }

    @Test
    void backgroundRefreshKeepsExchangesFromWaiting() {
        tokens.enqueue(Reply.token("T1", 120), Reply.token("T2", 120).delayed(300));
        try (LifenTestContext lifen = context(30_000, 60_000)) {
            lifen.send(READ);

            // 50 s left: inside the 60 s ahead window, outside the 30 s margin
            clock.advance(Duration.ofSeconds(70));
            lifen.send(READ);
            assertThat(api.last().header("Authorization")).as("current token still sent").isEqualTo("Bearer T1");

            await().atMost(Duration.ofSeconds(5)).until(() -> tokens.count() == 2);
            await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> {
                lifen.send(READ);
                assertThat(api.last().header("Authorization")).isEqualTo("Bearer T2");
            });
        }
        assertThat(tokens.count()).isEqualTo(2);
    }

    @Test
    void expiresInAsStringOrNumberIsAccepted() {
        for (Object expiresIn : List.of("3600", 3600)) {
            try (StubServer tokenStub = new StubServer(); LifenTestContext lifen = new LifenTestContext(
                    LifenTestContext.stubs(tokenStub, api).andThen(component -> component.setClock(clock)))) {
                tokenStub.enqueue(Reply.token("T-" + expiresIn.getClass().getSimpleName(), expiresIn));
                lifen.send(READ);
                clock.advance(Duration.ofMinutes(50));
                Exchange exchange = lifen.send(READ);

                assertThat(exchange.getException()).isNull();
                assertThat(tokenStub.count()).as("one token for 50 minutes, expires_in " + expiresIn).isEqualTo(1);

                clock.advance(Duration.ofMinutes(10));
                lifen.send(READ);
                assertThat(tokenStub.count()).as("a new token after the hour, expires_in " + expiresIn)
                        .isEqualTo(2);
            } catch (Exception e) {
                throw new AssertionError(e);
            }
        }
    }

    @Test
    void missingExpiresInUsesDefaultLifetime() {
        tokens.enqueue(Reply.json(200, "{\"access_token\":\"T1\",\"token_type\":\"Bearer\"}"));
        try (LifenTestContext lifen = context(0, 0)) {
            lifen.component.getConfiguration().setDefaultTokenLifetime(600_000);
            lifen.send(READ);
            clock.advance(Duration.ofSeconds(599));
            lifen.send(READ);
            assertThat(tokens.count()).isEqualTo(1);

            clock.advance(Duration.ofSeconds(2));
            lifen.send(READ);
        }
        assertThat(tokens.count()).isEqualTo(2);
    }

    @Test
    void concurrentColdStartSendsOneTokenRequest() throws Exception {
        tokens.respond(request -> Reply.token("T-" + tokens.count(), 3600).delayed(500));
        try (LifenTestContext lifen = context(30_000, 0)) {
            assertThat(sendConcurrently(lifen, 20)).as("exchange failures").isEmpty();
            assertThat(tokens.count()).isEqualTo(1);

            clock.advance(Duration.ofHours(2));
            assertThat(sendConcurrently(lifen, 20)).as("exchange failures after expiry").isEmpty();
        }

        assertThat(tokens.count()).as("one request per cold start and one per expiry").isEqualTo(2);
        Set<String> bearers = new HashSet<>();
        api.requests().subList(0, 20).forEach(request -> bearers.add(request.header("Authorization")));
        assertThat(bearers).hasSize(1);
    }

    @Test
    void concurrentWaitersShareOneFailure() throws Exception {
        tokens.enqueue(Reply.json(401, "{\"error\":\"access_denied\",\"error_description\":\"Unauthorized\"}")
                .delayed(500));
        try (LifenTestContext lifen = context(30_000, 0)) {
            List<Exception> failures = sendConcurrently(lifen, 20);

            assertThat(failures).hasSize(20);
            assertThat(failures).allSatisfy(failure -> assertThat(failure)
                    .isInstanceOf(LifenTokenException.class)
                    .hasMessageStartingWith("[access_denied] Unauthorized (HTTP 401"));
            assertThat(tokens.count()).isEqualTo(1);
            assertThat(api.count()).isZero();

            Exchange next = lifen.send(READ);
            assertThat(next.getException()).isNull();
        }
        assertThat(tokens.count()).as("the failure was not cached").isEqualTo(2);
    }

    private static List<Exception> sendConcurrently(LifenTestContext lifen, int count) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(count);
        try {
            List<Callable<Exchange>> calls = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                calls.add(() -> lifen.send(READ));
            }
            List<Exception> failures = new ArrayList<>();
            for (Future<Exchange> result : pool.invokeAll(calls)) {
                Exception failure = result.get().getException();
                if (failure != null) {
                    failures.add(failure);
                }
            }
            return failures;
        } finally {
            pool.shutdownNow();
        }
    }
}
