package io.github.camellifen.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class PagingTest {

    private static final String FAMILY = "PAGINATION";
    private static final int PATIENTS = 250;

    @RegisterExtension
    static LifenSandboxExtension extension = new LifenSandboxExtension(LifenSandbox.builder()
            .rateLimitPerSecond(0)
            .generatedPatients(PATIENTS, FAMILY));

    private static String token;

    @BeforeAll
    static void requestToken() {
        token = SandboxHttp.token(extension.sandbox());
    }

    @Test
    void postSearchPagesThroughEveryPatient(LifenSandbox sandbox) {
        SandboxHttp.Response first = SandboxHttp.postForm(sandbox.fhirV3Url() + "/Patient/_search", token,
                Map.of("family", FAMILY, "_count", "100"));

        List<SandboxHttp.Response> pages = followNextLinks(first, token);

        assertThat(pages).hasSize(3);
        assertThat(first.json().get("total").asInt()).isEqualTo(PATIENTS);
        assertThat(pages).extracting(page -> SandboxHttp.entryIds(page).size()).containsExactly(100, 100, 50);
        assertThat(SandboxHttp.link(first, "next")).startsWith(sandbox.fhirV3Url() + "?");
        assertThat(SandboxHttp.link(pages.get(1), "next")).startsWith(sandbox.fhirV3Url() + "?");
        assertThat(SandboxHttp.link(pages.get(2), "next")).isNull();
        assertThat(allIds(pages)).containsExactlyElementsOf(expectedIds());
    }

    @Test
    void getSearchPagesToo(LifenSandbox sandbox) {
        SandboxHttp.Response first = SandboxHttp.get(sandbox.fhirV2Url() + "/Patient?family=" + FAMILY + "&_count=100",
                token);

        List<SandboxHttp.Response> pages = followNextLinks(first, token);

        assertThat(pages).hasSize(3);
        assertThat(SandboxHttp.link(first, "next")).startsWith(sandbox.fhirV2Url() + "?");
        assertThat(allIds(pages)).containsExactlyElementsOf(expectedIds());
    }

    @Test
    void countAbove100IsCapped(LifenSandbox sandbox) {
        SandboxHttp.Response response = SandboxHttp.postForm(sandbox.fhirV3Url() + "/Patient/_search", token,
                Map.of("family", FAMILY, "_count", "500"));

        assertThat(SandboxHttp.entryIds(response)).hasSize(100);
        assertThat(response.json().get("total").asInt()).isEqualTo(PATIENTS);
    }

    @Test
    void countZeroIsRejected(LifenSandbox sandbox) {
        SandboxHttp.Response response = SandboxHttp.postForm(sandbox.fhirV3Url() + "/Patient/_search", token,
                Map.of("family", FAMILY, "_count", "0"));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().at("/issue/0/diagnostics").asText()).contains("_count");
    }

    @Test
    void generatedPatientsAreNumbered(LifenSandbox sandbox) {
        SandboxHttp.Response response = SandboxHttp.get(
                sandbox.fhirV3Url() + "/Patient/" + SandboxSeedData.GENERATED_PATIENT_ID_PREFIX + "7", token);

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().at("/name/0/family").asText()).isEqualTo(FAMILY);
        assertThat(response.json().at("/name/0/given/0").asText()).isEqualTo("Patient007");
        assertThat(response.json().at("/meta/tag/0/code").asText()).isEqualTo("DEFAULT");
        assertThat(SandboxHttp.entryIds(SandboxHttp.postForm(sandbox.fhirV3Url() + "/Patient/_search", token,
                Map.of("given", "Patient250")))).containsExactly(SandboxSeedData.GENERATED_PATIENT_ID_PREFIX + "250");
    }

    @Test
    void nextLinksSurviveMinutesAndConcurrency() throws Exception {
        MutableClock clock = new MutableClock(Instant.parse("2026-01-05T09:00:00Z"));
        try (LifenSandbox sandbox = LifenSandbox.builder()
                .rateLimitPerSecond(0)
                .clock(clock)
                .generatedPatients(PATIENTS, FAMILY)
                .start()) {
            String localToken = SandboxHttp.token(sandbox);
            ExecutorService executor = Executors.newFixedThreadPool(4);
            try {
                List<SandboxHttp.Response> firstPages = runAll(executor, IntStream.range(0, 8)
                        .mapToObj(i -> (Callable<SandboxHttp.Response>) () -> SandboxHttp.postForm(
                                sandbox.fhirV3Url() + "/Patient/_search", localToken,
                                Map.of("family", FAMILY, "_count", "100")))
                        .toList());

                clock.advance(Duration.ofMinutes(10));
                List<List<SandboxHttp.Response>> paged = runAll(executor, firstPages.stream()
                        .map(first -> (Callable<List<SandboxHttp.Response>>) () -> followNextLinks(first, localToken))
                        .toList());

                for (List<SandboxHttp.Response> pages : paged) {
                    assertThat(allIds(pages)).containsExactlyElementsOf(expectedIds());
                }
            } finally {
                executor.shutdownNow();
            }
        }
    }

    @Test
    void nextLinkExpiresAfterRetention() {
        MutableClock clock = new MutableClock(Instant.parse("2026-01-05T09:00:00Z"));
        try (LifenSandbox sandbox = LifenSandbox.builder()
                .rateLimitPerSecond(0)
                .clock(clock)
                .generatedPatients(30, FAMILY)
                .start()) {
            String localToken = SandboxHttp.token(sandbox);
            SandboxHttp.Response first = SandboxHttp.postForm(sandbox.fhirV3Url() + "/Patient/_search", localToken,
                    Map.of("family", FAMILY, "_count", "10"));
            String next = SandboxHttp.link(first, "next");

            clock.advance(Duration.ofMinutes(29));
            int beforeExpiry = SandboxHttp.get(next, localToken).status();
            clock.advance(Duration.ofMinutes(1));
            SandboxHttp.Response expired = SandboxHttp.get(next, localToken);

            assertThat(beforeExpiry).isEqualTo(200);
            assertThat(expired.status()).isEqualTo(410);
            assertThat(expired.json().get("resourceType").asText()).isEqualTo("OperationOutcome");
        }
    }

    @Test
    void nextLinkBelongsToItsDatabase() {
        try (LifenSandbox sandbox = LifenSandbox.builder()
                .rateLimitPerSecond(0)
                .generatedPatients(30, FAMILY)
                .client("multi-client", "multi-secret", Set.of(LifenSandbox.DEFAULT_AUDIENCE),
                        Set.of(LifenSandbox.DEFAULT_DATABASE_REFERENCE, "other-database"))
                .start()) {
            String localToken = SandboxHttp.token(sandbox);
            String otherToken = SandboxHttp.tokenFor(sandbox, "multi-client", "multi-secret", "other-database");
            SandboxHttp.Response first = SandboxHttp.postForm(sandbox.fhirV3Url() + "/Patient/_search", localToken,
                    Map.of("family", FAMILY, "_count", "10"));
            String next = SandboxHttp.link(first, "next");

            assertThat(SandboxHttp.get(next, otherToken).status()).isEqualTo(410);
            assertThat(SandboxHttp.get(next, localToken).status()).isEqualTo(200);
        }
    }

    private static List<SandboxHttp.Response> followNextLinks(SandboxHttp.Response first, String token) {
        List<SandboxHttp.Response> pages = new ArrayList<>();
        pages.add(first);
        String next = SandboxHttp.link(first, "next");
        // Bounded, so that a next link that loops fails the test instead of hanging it.
        while (next != null && pages.size() < 10) {
            SandboxHttp.Response page = SandboxHttp.get(next, token);
            assertThat(page.status()).as(page.body()).isEqualTo(200);
            pages.add(page);
            next = SandboxHttp.link(page, "next");
        }
        return pages;
    }

    private static List<String> allIds(List<SandboxHttp.Response> pages) {
        return pages.stream().flatMap(page -> SandboxHttp.entryIds(page).stream()).toList();
    }

    private static List<String> expectedIds() {
        return IntStream.rangeClosed(1, PATIENTS)
                .mapToObj(number -> SandboxSeedData.GENERATED_PATIENT_ID_PREFIX + number)
                .toList();
    }

    private static <T> List<T> runAll(ExecutorService executor, List<Callable<T>> tasks) throws Exception {
        List<T> results = new ArrayList<>();
        for (Future<T> future : executor.invokeAll(tasks)) {
            results.add(future.get());
        }
        return results;
    }
}
