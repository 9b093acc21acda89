package io.github.camellifen.component;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.camellifen.component.StubServer.Reply;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Following next links: same origin, another origin, a failed page, the page limit and token renewal. */
class PagingTest {

    private StubServer tokens;
    private StubServer api;
    private StubServer foreign;
    private final MutableClock clock = new MutableClock();

    @BeforeEach
    void startStubs() throws Exception {
        tokens = new StubServer();
        api = new StubServer();
        foreign = new StubServer().respond(request -> Reply.fhir(200, page(99, null)));
    }

    @AfterEach
    void stopStubs() {
        tokens.close();
        api.close();
        foreign.close();
    }

    /** Returns a searchset page with two patients, p{n}a and p{n}b, linking to {@code next} when it is not null. */
    private static String page(int number, String next) {
        String link = next == null ? "" : ",{\"relation\":\"next\",\"url\":\"" + next + "\"}";
        return "{\"resourceType\":\"Bundle\",\"type\":\"searchset\",\"total\":6,\"link\":[{\"relation\":\"self\","
                + "\"url\":\"self\"}" + link + "],\"entry\":[{\"resource\":{\"resourceType\":\"Patient\",\"id\":\"p"
                + number + "a\"}},{\"resource\":{\"resourceType\":\"Patient\",\"id\":\"p" + number + "b\"}}]}";
    }

    /** Serves three pages: the _search, then ?page=2 and ?page=3 on the same origin. */
    private void serveThreePages() {
        api.respond(request -> {
            if (request.path().endsWith("/_search")) {
                return Reply.fhir(200, page(1, api.url("/fhir/v3?page=2")));
            }
            return "page=2".equals(request.query()) ? Reply.fhir(200, page(2, "/fhir/v3?page=3"))
                    : Reply.fhir(200, page(3, null));
        });
    }

    private LifenTestContext lifen() {
        return new LifenTestContext(LifenTestContext.stubs(tokens, api).andThen(c -> c.setClock(clock)));
    }

    @Test
    void singleModeReturnsFirstPageOnly() {
        serveThreePages();
        try (LifenTestContext lifen = lifen()) {
            Exchange exchange = lifen.send("lifen:search/Patient");

            assertThat(exchange.getMessage().getBody(String.class)).contains("p1a").doesNotContain("p2a");
        }
        assertThat(api.count()).isEqualTo(1);
    }

    @Test
    void allModeMergesEveryPage() throws Exception {
        serveThreePages();
        try (LifenTestContext lifen = lifen()) {
            Exchange exchange = lifen.send("lifen:search/Patient?pagingMode=all");

            assertThat(exchange.getException()).isNull();
            JsonNode bundle = new ObjectMapper().readTree(exchange.getMessage().getBody(String.class));
            assertThat(bundle.get("entry")).hasSize(6);
            assertThat(bundle.get("link").toString()).doesNotContain("next");
        }
        assertThat(api.requests()).extracting(StubServer.Recorded::query).containsExactly(null, "page=2", "page=3");
        assertThat(api.requests()).allSatisfy(request ->
                assertThat(request.header("Authorization")).isEqualTo("Bearer token-1"));
    }

    @Test
    void streamModeFeedsStreamingSplit() throws Exception {
        serveThreePages();
        List<String> ids = new ArrayList<>();
        try (LifenTestContext lifen = lifen()) {
            lifen.camel.addRoutes(new RouteBuilder() {
                @Override
                public void configure() {
                    from("direct:all").to("lifen:search/Patient?pagingMode=stream")
                            .split(body()).streaming()
                            .process(e -> ids.add(new ObjectMapper().readTree(e.getMessage().getBody(String.class))
                                    .get("id").asText()));
                }
            });
            Exchange exchange = lifen.send("direct:all");

            assertThat(exchange.getException()).isNull();
        }
        assertThat(ids).containsExactly("p1a", "p1b", "p2a", "p2b", "p3a", "p3b");
    }

    @Test
    void streamModeRenewsTokenBetweenPages() throws Exception {
        serveThreePages();
        tokens.enqueue(Reply.token("T1", 120), Reply.token("T2", 3600));
        try (LifenTestContext lifen = lifen()) {
            @SuppressWarnings("unchecked")
            Iterator<String> entries = lifen.send("lifen:search/Patient?pagingMode=stream").getMessage()
                    .getBody(Iterator.class);
            entries.next();
            entries.next();
            clock.advance(Duration.ofMinutes(5));
            entries.next();
        }
        assertThat(api.requests()).extracting(request -> request.header("Authorization"))
                .containsExactly("Bearer T1", "Bearer T2");
    }

    @Test
    void foreignNextLinkFailsNamingHost() {
        api.respond(request -> Reply.fhir(200, page(1, foreign.url("/fhir?_getpages=abc&_getpagesoffset=20"))));
        try (LifenTestContext lifen = lifen()) {
            Exception failure = lifen.send("lifen:search/Patient?pagingMode=all").getException();

            assertThat(failure).isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("another origin, http://127.0.0.1:" + foreign.port())
                    .hasMessageContaining("the result is incomplete");
        }
        assertThat(foreign.count()).isZero();
    }

    @Test
    void foreignNextLinkWithNothingListening() {
        int closedPort = foreign.port();
        foreign.close();
        api.respond(request -> Reply.fhir(200, page(1, "http://127.0.0.1:" + closedPort + "/fhir?page=2")));
        try (LifenTestContext lifen = lifen()) {
            @SuppressWarnings("unchecked")
            Iterator<String> entries = lifen.send("lifen:search/Patient?pagingMode=stream").getMessage()
                    .getBody(Iterator.class);
            entries.next();
            entries.next();

            org.assertj.core.api.Assertions.assertThatThrownBy(entries::hasNext)
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("http://127.0.0.1:" + closedPort);
        }
    }

    @Test
    void failedPageSurfacesOnExchange() {
        api.respond(request -> request.path().endsWith("/_search")
                ? Reply.fhir(200, page(1, api.url("/fhir/v3?page=2")))
                : Reply.fhir(500, "{\"resourceType\":\"OperationOutcome\",\"issue\":[{\"severity\":\"error\","
                        + "\"code\":\"exception\"}]}"));
        try (LifenTestContext lifen = lifen()) {
            Exception failure = lifen.send("lifen:search/Patient?pagingMode=all").getException();

            assertThat(failure).isInstanceOf(LifenApiException.class);
            assertThat(((LifenApiException) failure).getStatusCode()).isEqualTo(500);
            assertThat(failure.getMessage()).contains("page=2");
        }
    }

    @Test
    void pageLimitFailsInsteadOfTruncating() {
        serveThreePages();
        try (LifenTestContext lifen = lifen()) {
            Exception failure = lifen.send("lifen:search/Patient?pagingMode=all&maxPages=2").getException();

            assertThat(failure).isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("more than 2 pages (option maxPages)");
        }
    }
}
