package io.github.camellifen.component;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Set;

import io.github.camellifen.sandbox.LifenSandbox;
import io.github.camellifen.sandbox.LifenSandboxExtension;
import io.github.camellifen.sandbox.SandboxSeedData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

/** Lifen's error replies for a sending the platform refuses, as the route receives them. */
class SandboxErrorRepliesTest {

    private static final String NO_SUPPORT = "no-support-client";

    @RegisterExtension
    static final LifenSandboxExtension SANDBOX = new LifenSandboxExtension(LifenSandbox.builder()
            .rateLimitPerSecond(0)
            // Small enough that the oversized body fits in the socket buffers: the client has written all of it
            // when the server replies 413 and closes, so it reads the reply instead of a broken connection
            .maxRequestBytes(20_000)
            .client(NO_SUPPORT, "no-support-secret", Set.of(LifenSandbox.DEFAULT_AUDIENCE),
                    Set.of(LifenSandbox.DEFAULT_DATABASE_REFERENCE))
            .clientWithoutSupportAddress(NO_SUPPORT));

    private LifenTestContext lifen;

    @BeforeEach
    void startCamel() {
        SANDBOX.sandbox().reset();
        lifen = new LifenTestContext(SandboxOperationsTest.sandboxConfiguration(SANDBOX.sandbox()));
    }

    @AfterEach
    void stopCamel() {
        lifen.close();
    }

    @Test
    void mssWithoutSupportAddressIsPreconditionFailed() throws Exception {
        byte[] pdf = SamplePdfs.libreOfficeLetter();
        Exception failure = lifen.send("lifen:send-to-mss?subject=Patient/" + SandboxSeedData.PATIENT_MICHUE_ID
                + "&recipients=Practitioner/" + SandboxSeedData.PRACTITIONER_BERNARD_ID + "&clientId=" + NO_SUPPORT
                + "&clientSecret=RAW(no-support-secret)", e -> e.getMessage().setBody(pdf)).getException();

        assertThat(failure).isInstanceOf(LifenApiException.class);
        LifenApiException apiFailure = (LifenApiException) failure;
        assertThat(apiFailure.getStatusCode()).isEqualTo(412);
        assertThat(apiFailure.getOperationOutcome().issues().get(0).diagnostics()).contains("Mail support missing");
        assertThat(SANDBOX.sandbox().receivedMssSendings()).isEmpty();
    }

    @Test
    void oversizedRequestIsTooLarge() {
        byte[] large = new byte[30_000];
        Arrays.fill(large, (byte) 'x');
        System.arraycopy("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII), 0, large, 0, 9);

        Exception failure = lifen.send("lifen:send-to-ehr?subject=Patient/" + SandboxSeedData.PATIENT_MICHUE_ID,
                e -> e.getMessage().setBody(large)).getException();

        assertThat(failure).isInstanceOf(LifenApiException.class);
        assertThat(((LifenApiException) failure).getStatusCode()).isEqualTo(413);
        assertThat(SANDBOX.sandbox().receivedDocuments()).isEmpty();
    }
}
