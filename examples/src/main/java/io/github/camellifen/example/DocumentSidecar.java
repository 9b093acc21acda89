package io.github.camellifen.example;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * The contents of the {@code <name>.pdf.properties} file next to a PDF: the patient's hospital identifier (IPP),
 * and optionally the encounter's identifier (visit number), the title and the LOINC document type.
 *
 * @param patientIdentifier   IPP of the patient, required
 * @param encounterIdentifier visit number of the encounter, or null to send without an encounter
 * @param documentTitle       title in the patient record, or null to let Lifen choose
 * @param documentType        LOINC code such as 11488-4, or null to let Lifen choose
 */
public record DocumentSidecar(String patientIdentifier, String encounterIdentifier, String documentTitle,
                              String documentType) {

    public static final String SUFFIX = ".properties";

    static final String PATIENT_IDENTIFIER = "patient.identifier";
    static final String ENCOUNTER_IDENTIFIER = "encounter.identifier";
    static final String DOCUMENT_TITLE = "document.title";
    static final String DOCUMENT_TYPE = "document.type";

    private static final Set<String> KEYS = Set.of(PATIENT_IDENTIFIER, ENCOUNTER_IDENTIFIER, DOCUMENT_TITLE,
            DOCUMENT_TYPE);
    // A LOINC code is digits, a hyphen and one check digit
    private static final Pattern LOINC = Pattern.compile("\\d{1,7}-\\d");

    /** Returns the sidecar path of a document: the document's file name with {@code .properties} appended. */
    public static Path pathOf(Path document) {
        return document.resolveSibling(document.getFileName() + SUFFIX);
    }

    /**
     * Reads and checks the sidecar of a document. The file is read as UTF-8, so titles may have accents.
     *
     * @throws DocumentRejectedException when the sidecar is missing or invalid
     */
    public static DocumentSidecar read(Path document) throws IOException {
        Path sidecar = pathOf(document);
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(sidecar, StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (NoSuchFileException e) {
            throw new DocumentRejectedException("sidecar-missing", "Missing " + sidecar.getFileName() + ": write "
                    + "the patient's IPP in it as " + PATIENT_IDENTIFIER + "=<IPP> before dropping the PDF");
        }
        return parse(properties, sidecar.getFileName().toString());
    }

    /**
     * Checks the keys and values of a sidecar.
     *
     * @param fileName used in error messages
     * @throws DocumentRejectedException on an unknown key, a missing IPP or an invalid document type
     */
    public static DocumentSidecar parse(Properties properties, String fileName) {
        Set<String> unknown = new TreeSet<>(properties.stringPropertyNames());
        unknown.removeAll(KEYS);
        if (!unknown.isEmpty()) {
            throw invalid(fileName, "unknown keys " + unknown + " (the known keys are " + new TreeSet<>(KEYS) + ")");
        }

        String patient = value(properties, PATIENT_IDENTIFIER);
        if (patient == null) {
            throw invalid(fileName, "missing " + PATIENT_IDENTIFIER + ", the patient's IPP");
        }

        String type = value(properties, DOCUMENT_TYPE);
        if (type != null && !LOINC.matcher(type).matches()) {
            throw invalid(fileName, DOCUMENT_TYPE + " '" + type + "' is not a LOINC code such as 11488-4");
        }
        return new DocumentSidecar(patient, value(properties, ENCOUNTER_IDENTIFIER), value(properties, DOCUMENT_TITLE),
                type);
    }

    private static String value(Properties properties, String key) {
        String value = properties.getProperty(key);
        return value == null || value.isBlank() ? null : value.trim();
    }

    private static DocumentRejectedException invalid(String fileName, String problem) {
        return new DocumentRejectedException("sidecar-invalid", "Invalid " + fileName + ": " + problem);
    }
}
