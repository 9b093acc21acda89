package io.github.camellifen.component;

import java.io.ByteArrayInputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;

import io.github.camellifen.component.StubServer.Reply;
import io.github.camellifen.component.http.ApiTransportException;
import io.github.camellifen.sandbox.LifenSandbox;
import io.github.camellifen.sandbox.LifenSandboxExtension;
import io.github.camellifen.sandbox.SandboxSeedData;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.converter.stream.InputStreamCache;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** Each kind of document body reaches Lifen byte for byte, streamed rather than copied. */
class DocumentBodiesTest {

    @RegisterExtension
    static final LifenSandboxExtension SANDBOX = new LifenSandboxExtension(LifenSandbox.builder().rateLimitPerSecond(0));

    private static final String SEND = "lifen:send-to-ehr?subject=Patient/" + SandboxSeedData.PATIENT_MICHUE_ID;

    @TempDir
    Path folder;

    private LifenTestContext lifen;
    private byte[] pdf;

    @BeforeEach
    void startCamel() throws Exception {
        SANDBOX.sandbox().reset();
        lifen = new LifenTestContext(SandboxOperationsTest.sandboxConfiguration(SANDBOX.sandbox()));
        pdf = SandboxOperationsTest.samplePdf();
    }

    @AfterEach
    void stopCamel() {
        lifen.close();
    }

    @Test
    void everyBodyTypeArrivesIntact() throws Exception {
        Path file = Files.write(folder.resolve("letter.pdf"), pdf);
        List<Object> bodies = List.of(pdf, file, file.toFile(), new ByteArrayInputStream(pdf),
                new InputStreamCache(pdf));

        for (Object body : bodies) {
            Exchange exchange = lifen.send(SEND, e -> e.getMessage().setBody(body));
            assertThat(exchange.getException()).as(body.getClass().getSimpleName()).isNull();
        }

        assertThat(SANDBOX.sandbox().receivedDocuments()).hasSize(bodies.size())
                .allSatisfy(document -> assertThat(document.content()).isEqualTo(pdf));
    }

    @Test
    void fileConsumerBodyIsStreamedFromDisk() throws Exception {
        Path inbox = Files.createDirectories(folder.resolve("inbox"));
        Files.write(inbox.resolve("letter.pdf"), pdf);
        lifen.camel.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("file:" + inbox + "?noop=true&initialDelay=0").to(SEND).to("mock:sent");
            }
        });

        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(10))
                .until(() -> SANDBOX.sandbox().receivedDocuments().size() == 1);
        assertThat(SANDBOX.sandbox().receivedDocuments().get(0).content()).isEqualTo(pdf);
    }

    @Test
    void oversizedDocumentFailsBeforeSending() {
        Exception failure = lifen.send(SEND + "&maxDocumentSize=1000", e -> e.getMessage().setBody(pdf))
                .getException();

        assertThat(failure).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("more than the limit of 1000 bytes (option maxDocumentSize");
        assertThat(SANDBOX.sandbox().tokenRequestCount()).isZero();
    }

    @Test
    void oversizedStreamFailsWhileSending() {
        Exception failure = lifen.send(SEND + "&maxDocumentSize=1000",
                e -> e.getMessage().setBody(new ByteArrayInputStream(pdf))).getException();

        assertThat(failure).isInstanceOf(ApiTransportException.class)
                .hasMessageContaining("larger than the limit of 1000 bytes");
        assertThat(SANDBOX.sandbox().receivedDocuments()).isEmpty();
    }

    @Test
    void emptyStreamIsNotAPdf() {
        Exception failure = lifen.send(SEND, e -> e.getMessage().setBody(new ByteArrayInputStream(new byte[0])))
                .getException();

        assertThat(failure).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not a PDF");
    }

    @Test
    void oneShotStreamIsNotResentAfterUnauthorized() throws Exception {
        try (StubServer tokens = new StubServer(); StubServer api = new StubServer()) {
            api.respond(request -> Reply.fhir(401, "{\"resourceType\":\"OperationOutcome\",\"issue\":[]}"));
            try (LifenTestContext stubbed = new LifenTestContext(LifenTestContext.stubs(tokens, api))) {
                Exception failure = stubbed.send("lifen:send-to-ehr?subject=Patient/1",
                        e -> e.getMessage().setBody(new ByteArrayInputStream(pdf))).getException();

                assertThat(failure).isInstanceOf(LifenApiException.class)
                        .hasMessageContaining("could not be sent again");
            }
            assertThat(api.count()).isEqualTo(1);
        }
    }

    @Test
    void largeDocumentStreamsThroughSmallHeap() throws Exception {
        // Exactly 15 MB, Lifen's limit: a PDF header, then pseudo-random bytes that do not compress
        Path big = folder.resolve("big.pdf");
        byte[] header = "%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII);
        byte[] chunk = new byte[1024 * 1024];
        new Random(42).nextBytes(chunk);
        try (var out = Files.newOutputStream(big)) {
            out.write(header);
            for (int i = 0; i < 14; i++) {
                out.write(chunk);
            }
            out.write(chunk, 0, chunk.length - header.length);
        }
        long size = Files.size(big);
        LifenSandbox sandbox = SANDBOX.sandbox();

        ChildJvm.Result child = ChildJvm.run("-Xmx64m", entry -> true, LargeDocumentSender.class,
                sandbox.fhirV3Url(), sandbox.tokenUrlV3(), LifenSandbox.DEFAULT_CLIENT_ID,
                LifenSandbox.DEFAULT_CLIENT_SECRET, LifenSandbox.DEFAULT_AUDIENCE,
                LifenSandbox.DEFAULT_DATABASE_REFERENCE, "Patient/" + SandboxSeedData.PATIENT_MICHUE_ID,
                big.toString());

        assertThat(child.exitStatus()).as(child.output()).isZero();
        assertThat(child.output()).contains("max heap", "file " + size + " bytes");
        assertThat(sandbox.receivedDocuments()).hasSize(1);
        assertThat(sandbox.receivedDocuments().get(0).content()).isEqualTo(Files.readAllBytes(big));
    }
}
