package io.github.camellifen.sandbox;

import static io.github.camellifen.sandbox.SandboxSeedData.PATIENT_MICHUE_ID;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class FaultInjectionTest {

    private static final String MICHUE_URL = "/Patient/" + PATIENT_MICHUE_ID;
    private static final String SEND_TO_EHR = "/CommunicationRequest/$send-to-ehr";
    private static final List<String> KINDS = List.of("unauthorized", "too-many-requests", "server-error", "slow",
            "reset-before", "reset-after");

    @Test
    void unauthorizedGetsInvalidTokenBody() {
        try (LifenSandbox sandbox = start(FaultInjection.builder().unauthorized(1))) {
            String token = SandboxHttp.token(sandbox);

            SandboxHttp.Response response = SandboxHttp.get(sandbox.fhirV3Url() + MICHUE_URL, token);

            assertThat(response.status()).isEqualTo(401);
            assertThat(response.json().at("/resourceType").asText()).isEqualTo("OperationOutcome");
            assertThat(response.json().at("/issue/0/diagnostics").asText()).isEqualTo("Invalid access token");
            assertThat(sandbox.faultCount("unauthorized")).isEqualTo(1);
        }
    }

    @Test
    void tooManyRequestsGetsRetryAfter() {
        try (LifenSandbox sandbox = start(FaultInjection.builder().tooManyRequests(1))) {
            String token = SandboxHttp.token(sandbox);

            SandboxHttp.Response response = SandboxHttp.get(sandbox.fhirV3Url() + MICHUE_URL, token);

            assertThat(response.status()).isEqualTo(429);
            assertThat(response.header("Retry-After")).isEqualTo("1");
            assertThat(response.json().at("/resourceType").asText()).isEqualTo("OperationOutcome");
            assertThat(response.json().at("/issue/0/code").asText()).isEqualTo("THROTTLED");
            assertThat(sandbox.faultCount("too-many-requests")).isEqualTo(1);
        }
    }

    @Test
    void serverErrorGetsOperationOutcome() {
        try (LifenSandbox sandbox = start(FaultInjection.builder().serverError(1))) {
            String token = SandboxHttp.token(sandbox);

            SandboxHttp.Response response = sendDocument(sandbox, token);

            assertThat(response.status()).isEqualTo(500);
            assertThat(response.json().at("/resourceType").asText()).isEqualTo("OperationOutcome");
            assertThat(sandbox.receivedDocuments()).isEmpty();
            assertThat(sandbox.faultCount("server-error")).isEqualTo(1);
        }
    }

    @Test
    void slowReplyEventuallyArrives() {
        try (LifenSandbox sandbox = start(FaultInjection.builder().slow(1, Duration.ofMillis(200)))) {
            String token = SandboxHttp.token(sandbox);

            SandboxHttp.Response response = SandboxHttp.get(sandbox.fhirV3Url() + MICHUE_URL, token);

            assertThat(response.status()).isEqualTo(200);
            assertThat(response.json().at("/id").asText()).isEqualTo(PATIENT_MICHUE_ID);
            assertThat(sandbox.faultCount("slow")).isEqualTo(1);
        }
    }

    @Test
    void resetBeforeProcessingLosesRequest() {
        try (LifenSandbox sandbox = start(FaultInjection.builder().resetBeforeProcessing(1))) {
            String token = SandboxHttp.token(sandbox);

            assertThatThrownBy(() -> sendDocument(sandbox, token))
                    .isInstanceOf(UncheckedIOException.class);

            assertThat(sandbox.receivedDocuments()).isEmpty();
            assertThat(sandbox.faultCount("reset-before")).isEqualTo(1);
        }
    }

    @Test
    void resetBeforeProcessingFailsRead() {
        try (LifenSandbox sandbox = start(FaultInjection.builder().resetBeforeProcessing(1))) {
            String token = SandboxHttp.token(sandbox);

            assertThatThrownBy(() -> SandboxHttp.get(sandbox.fhirV3Url() + MICHUE_URL, token))
                    .isInstanceOf(UncheckedIOException.class);

            // JDK 17's client sends a GET again when the connection closes before any reply, so once or twice.
            assertThat(sandbox.faultCount("reset-before")).isBetween(1, 2);
            assertThat(sandbox.requestCount("/fhir/v3" + MICHUE_URL)).isZero();
        }
    }

    @Test
    void resetAfterProcessingStoresDocument() {
        try (LifenSandbox sandbox = start(FaultInjection.builder().resetAfterProcessing(1))) {
            String token = SandboxHttp.token(sandbox);

            assertThatThrownBy(() -> sendDocument(sandbox, token))
                    .isInstanceOf(UncheckedIOException.class);

            assertThat(sandbox.receivedDocuments()).hasSize(1);
            assertThat(sandbox.receivedDocuments().get(0).subject()).isEqualTo("Patient/" + PATIENT_MICHUE_ID);
            assertThat(sandbox.faultCount("reset-after")).isEqualTo(1);
            assertThat(sandbox.requestCount("/fhir/v3" + SEND_TO_EHR)).isZero();
        }
    }

    @Test
    void tokenEndpointsNeverGetFaults() {
        FaultInjection faults = FaultInjection.builder().resetBeforeProcessing(0.5).serverError(0.5).build();
        try (LifenSandbox sandbox = LifenSandbox.builder().rateLimitPerSecond(0).faultInjection(faults).start()) {
            for (int i = 0; i < 5; i++) {
                SandboxHttp.Response v3 = SandboxHttp.postForm(sandbox.tokenUrlV3(), null,
                        SandboxHttp.defaultTokenFields());
                SandboxHttp.Response v2 = SandboxHttp.postForm(sandbox.tokenUrlV2(), null,
                        SandboxHttp.defaultTokenFields());

                assertThat(v3.status()).isEqualTo(200);
                assertThat(v2.status()).isEqualTo(200);
            }
            assertThat(KINDS).allSatisfy(kind -> assertThat(sandbox.faultCount(kind)).as(kind).isZero());
        }
    }

    @Test
    void invalidTokenGetsNormalUnauthorized() {
        try (LifenSandbox sandbox = start(FaultInjection.builder().resetBeforeProcessing(1))) {
            SandboxHttp.Response response = SandboxHttp.get(sandbox.fhirV3Url() + MICHUE_URL, "not-a-token");

            assertThat(response.status()).isEqualTo(401);
            assertThat(response.json().at("/issue/0/diagnostics").asText()).isEqualTo("Invalid access token");
            assertThat(sandbox.faultCount("reset-before")).isZero();
        }
    }

    @Test
    void sameSeedRepeatsSequence() {
        List<Integer> first = statusesWithSeed(42);
        List<Integer> second = statusesWithSeed(42);
        List<Integer> otherSeed = statusesWithSeed(7);

        assertThat(first).contains(200, 500);
        assertThat(second).isEqualTo(first);
        assertThat(otherSeed).isNotEqualTo(first);
    }

    @Test
    void resetClearsFaultCounters() {
        try (LifenSandbox sandbox = start(FaultInjection.builder().serverError(1).slow(1, Duration.ZERO))) {
            String token = SandboxHttp.token(sandbox);
            SandboxHttp.get(sandbox.fhirV3Url() + MICHUE_URL, token);
            assertThat(sandbox.faultCount("server-error")).isEqualTo(1);
            assertThat(sandbox.faultCount("slow")).isEqualTo(1);

            sandbox.reset();

            assertThat(KINDS).allSatisfy(kind -> assertThat(sandbox.faultCount(kind)).as(kind).isZero());
        }
    }

    @Test
    void withoutFaultInjectionRequestsSucceed() {
        try (LifenSandbox sandbox = LifenSandbox.builder().rateLimitPerSecond(0).start()) {
            String token = SandboxHttp.token(sandbox);

            assertThat(SandboxHttp.get(sandbox.fhirV3Url() + MICHUE_URL, token).status()).isEqualTo(200);
            assertThat(KINDS).allSatisfy(kind -> assertThat(sandbox.faultCount(kind)).as(kind).isZero());
        }
    }

    @Test
    void unknownFaultKindRejected() {
        try (LifenSandbox sandbox = LifenSandbox.builder().rateLimitPerSecond(0).start()) {
            assertThatThrownBy(() -> sandbox.faultCount("timeout"))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("timeout")
                    .hasMessageContaining("reset-after");
        }
    }

    static Stream<Arguments> outOfRangeProbabilities() {
        List<Arguments> cases = new ArrayList<>();
        for (double probability : new double[] {-0.1, 1.5, Double.NaN}) {
            cases.add(Arguments.of("unauthorized", probability,
                    (Consumer<FaultInjection.Builder>) builder -> builder.unauthorized(probability)));
            cases.add(Arguments.of("too-many-requests", probability,
                    (Consumer<FaultInjection.Builder>) builder -> builder.tooManyRequests(probability)));
            cases.add(Arguments.of("server-error", probability,
                    (Consumer<FaultInjection.Builder>) builder -> builder.serverError(probability)));
            cases.add(Arguments.of("slow", probability,
                    (Consumer<FaultInjection.Builder>) builder -> builder.slow(probability, Duration.ZERO)));
            cases.add(Arguments.of("reset-before", probability,
                    (Consumer<FaultInjection.Builder>) builder -> builder.resetBeforeProcessing(probability)));
            cases.add(Arguments.of("reset-after", probability,
                    (Consumer<FaultInjection.Builder>) builder -> builder.resetAfterProcessing(probability)));
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("outOfRangeProbabilities")
    void probabilityOutOfRangeRejected(String kind, double probability, Consumer<FaultInjection.Builder> setter) {
        FaultInjection.Builder builder = FaultInjection.builder();

        assertThatThrownBy(() -> setter.accept(builder))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(kind)
                .hasMessageContaining(String.valueOf(probability));
    }

    @Test
    void exclusiveSumOverOneRejected() {
        FaultInjection.Builder builder = FaultInjection.builder().unauthorized(0.6).resetAfterProcessing(0.5)
                .slow(1, Duration.ofMillis(10));

        assertThatThrownBy(builder::build)
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("unauthorized 0.6")
                .hasMessageContaining("reset-after 0.5")
                .hasMessageContaining("1.1");
    }

    @Test
    void sumOfOneWithRoundingAccepted() {
        FaultInjection.Builder builder = FaultInjection.builder().unauthorized(0.1).serverError(0.2)
                .resetBeforeProcessing(0.7).slow(1, Duration.ZERO);

        assertThat(builder.build()).isNotNull();
    }

    @Test
    void negativeSlowDelayRejected() {
        assertThatThrownBy(() -> FaultInjection.builder().slow(0.5, Duration.ofMillis(-1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("PT-0.001S");
    }

    private static LifenSandbox start(FaultInjection.Builder faults) {
        return LifenSandbox.builder().rateLimitPerSecond(0).faultInjection(faults.build()).start();
    }

    private static List<Integer> statusesWithSeed(long seed) {
        FaultInjection faults = FaultInjection.builder().serverError(0.5).seed(seed).build();
        try (LifenSandbox sandbox = LifenSandbox.builder().rateLimitPerSecond(0).faultInjection(faults).start()) {
            String token = SandboxHttp.token(sandbox);
            List<Integer> statuses = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                statuses.add(SandboxHttp.get(sandbox.fhirV3Url() + MICHUE_URL, token).status());
            }
            return statuses;
        }
    }

    private static SandboxHttp.Response sendDocument(LifenSandbox sandbox, String token) {
        return SandboxHttp.postJson(sandbox.fhirV3Url() + SEND_TO_EHR, token, "application/fhir+json",
                SendToEhrBody.forPatient(PATIENT_MICHUE_ID, Pdfs.read(Pdfs.LIBRE_OFFICE)).json());
    }
}
