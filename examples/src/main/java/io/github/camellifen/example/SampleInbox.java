package io.github.camellifen.example;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Copies the sample PDFs and their sidecars into the inbox, so every sandbox run has the same documents to send.
 * It also deletes what an earlier run left in done/ and error/ under the same names, and nothing else.
 */
public final class SampleInbox {

    private static final String REASON_SUFFIX = ".reason.txt";

    private SampleInbox() {
    }

    /**
     * Seeds {@code workFolder/inbox} from {@code samplesFolder}.
     *
     * @return the names of the PDFs copied
     * @throws IOException when the samples folder has no PDF or a copy fails
     */
    public static List<String> seed(Path samplesFolder, Path workFolder) throws IOException {
        List<Path> documents = samples(samplesFolder);
        Path inbox = Files.createDirectories(workFolder.resolve("inbox"));

        for (Path document : documents) {
            String name = document.getFileName().toString();
            deleteEarlierResults(workFolder, name);

            // The sidecar goes first: a PDF without one fails
            Path sidecar = DocumentSidecar.pathOf(document);
            if (Files.exists(sidecar)) {
                Files.copy(sidecar, inbox.resolve(sidecar.getFileName()), StandardCopyOption.REPLACE_EXISTING);
            }
            Files.copy(document, inbox.resolve(name), StandardCopyOption.REPLACE_EXISTING);
        }
        return documents.stream().map(document -> document.getFileName().toString()).toList();
    }

    private static List<Path> samples(Path samplesFolder) throws IOException {
        if (!Files.isDirectory(samplesFolder)) {
            throw new IOException("Samples folder " + samplesFolder.toAbsolutePath() + " not found: run the "
                    + "example from the repository root, or set example.samples-dir");
        }
        List<Path> documents;
        try (Stream<Path> files = Files.list(samplesFolder)) {
            documents = files.filter(file -> file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".pdf"))
                    .sorted()
                    .toList();
        }
        if (documents.isEmpty()) {
            throw new IOException("Samples folder " + samplesFolder.toAbsolutePath() + " contains no PDF");
        }
        return documents;
    }

    private static void deleteEarlierResults(Path workFolder, String name) throws IOException {
        for (String folder : List.of("done", "error")) {
            Path results = workFolder.resolve(folder);
            Files.deleteIfExists(results.resolve(name));
            Files.deleteIfExists(results.resolve(name + DocumentSidecar.SUFFIX));
            Files.deleteIfExists(results.resolve(name + REASON_SUFFIX));
        }
    }
}
