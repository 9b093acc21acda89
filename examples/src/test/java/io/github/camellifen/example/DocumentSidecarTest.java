package io.github.camellifen.example;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DocumentSidecarTest {

    @TempDir
    Path folder;

    @Test
    void fullSidecarIsRead() throws IOException {
        Path document = folder.resolve("letter.pdf");
        Files.writeString(folder.resolve("letter.pdf.properties"), "patient.identifier = 100000002\n"
                + "encounter.identifier=200000002\ndocument.title=Compte rendu d'hospitalisation é\n"
                + "document.type=18842-5\n", StandardCharsets.UTF_8);

        DocumentSidecar sidecar = DocumentSidecar.read(document);

        assertThat(sidecar).isEqualTo(new DocumentSidecar("100000002", "200000002",
                "Compte rendu d'hospitalisation é", "18842-5"));
    }

    @Test
    void blankOptionalValuesAreAbsent() {
        DocumentSidecar sidecar = parse("patient.identifier=1\nencounter.identifier=\ndocument.title=  \n");

        assertThat(sidecar.encounterIdentifier()).isNull();
        assertThat(sidecar.documentTitle()).isNull();
        assertThat(sidecar.documentType()).isNull();
    }

    @Test
    void missingSidecarIsRejected() {
        assertThatThrownBy(() -> DocumentSidecar.read(folder.resolve("alone.pdf")))
                .isInstanceOf(DocumentRejectedException.class)
                .hasMessageStartingWith("Missing alone.pdf.properties")
                .extracting(failure -> ((DocumentRejectedException) failure).getCode())
                .isEqualTo("sidecar-missing");
    }

    @Test
    void missingIdentifierIsRejected() {
        assertThatThrownBy(() -> parse("document.type=11488-4\n"))
                .isInstanceOf(DocumentRejectedException.class)
                .hasMessageContaining("missing patient.identifier");
    }

    @Test
    void unknownKeyIsRejected() {
        assertThatThrownBy(() -> parse("patient.identifier=1\npatient.ipp=1\n"))
                .hasMessageContaining("unknown keys [patient.ipp]");
    }

    @Test
    void invalidDocumentTypeIsRejected() {
        assertThatThrownBy(() -> parse("patient.identifier=1\ndocument.type=discharge\n"))
                .hasMessageContaining("document.type 'discharge' is not a LOINC code");
    }

    private static DocumentSidecar parse(String text) {
        Properties properties = new Properties();
        try {
            properties.load(new StringReader(text));
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        return DocumentSidecar.parse(properties, "test.pdf.properties");
    }
}
