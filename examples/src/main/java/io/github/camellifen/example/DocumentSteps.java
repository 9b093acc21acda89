package io.github.camellifen.example;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import io.github.camellifen.component.LifenApiException;
import io.github.camellifen.component.LifenConstants;
import io.github.camellifen.component.fhir.OperationOutcome;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.component.file.FileConstants;

/**
 * The Java steps of the send-documents route (registered as the bean {@code documentSteps}): reading the sidecar,
 * building searches, requiring exactly one match, judging the tracking status and describing a failure.
 */
public class DocumentSteps {

    /** Header with the patient's IPP from the sidecar. */
    public static final String PATIENT_IDENTIFIER = "ExamplePatientIdentifier";
    /** Header with the encounter's visit number from the sidecar, absent when the sidecar names none. */
    public static final String ENCOUNTER_IDENTIFIER = "ExampleEncounterIdentifier";
    /** Exchange property with the document's outcome, such as completed or patient-not-found. */
    public static final String OUTCOME = "ExampleOutcome";

    static final String PATIENT_SYSTEM_PROPERTY = "example.patient-identifier-system";
    static final String ENCOUNTER_SYSTEM_PROPERTY = "example.encounter-identifier-system";

    // FHIR EventStatus codes after which a Communication no longer changes
    private static final Set<String> FINAL_FAILURES = Set.of("not-done", "stopped", "entered-in-error");

    /** Reads the document's sidecar into headers: the IPP, the visit number, and the title and type for Lifen. */
    public void readSidecar(Exchange exchange) throws IOException {
        DocumentSidecar sidecar = DocumentSidecar.read(documentPath(exchange));

        Message message = exchange.getMessage();
        message.setHeader(PATIENT_IDENTIFIER, sidecar.patientIdentifier());
        setIfPresent(message, ENCOUNTER_IDENTIFIER, sidecar.encounterIdentifier());
        setIfPresent(message, LifenConstants.DOCUMENT_TITLE, sidecar.documentTitle());
        setIfPresent(message, LifenConstants.DOCUMENT_TYPE, sidecar.documentType());
    }

    /** Returns the search parameters of the patient with the sidecar's IPP. */
    public Map<String, Object> patientSearch(Exchange exchange) {
        String identifier = exchange.getMessage().getHeader(PATIENT_IDENTIFIER, String.class);
        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put("identifier", token(exchange, PATIENT_SYSTEM_PROPERTY, identifier));
        return parameters;
    }

    /**
     * Returns the reference of the only patient in the search reply (the body), such as Patient/123.
     *
     * @throws DocumentRejectedException when no patient or several patients match
     */
    public String patientReference(Exchange exchange) {
        String identifier = exchange.getMessage().getHeader(PATIENT_IDENTIFIER, String.class);
        SearchMatches matches = SearchMatches.parse(exchange.getMessage().getBody(String.class));
        if (matches.count() == 0) {
            throw new DocumentRejectedException("patient-not-found", "No patient has the IPP " + identifier
                    + ": check " + DocumentSidecar.PATIENT_IDENTIFIER + " in the sidecar");
        }
        if (matches.singleId() == null) {
            throw new DocumentRejectedException("patient-ambiguous", matches.count() + " patients have the IPP "
                    + identifier + ", so the document was not sent; set " + PATIENT_SYSTEM_PROPERTY
                    + " to the hospital's identifier system");
        }
        return "Patient/" + matches.singleId();
    }

    /** Returns the search parameters of the sidecar's encounter, among the matched patient's encounters only. */
    public Map<String, Object> encounterSearch(Exchange exchange) {
        Message message = exchange.getMessage();
        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put("identifier", token(exchange, ENCOUNTER_SYSTEM_PROPERTY,
                message.getHeader(ENCOUNTER_IDENTIFIER, String.class)));
        parameters.put("patient", message.getHeader(LifenConstants.SUBJECT, String.class));
        return parameters;
    }

    /**
     * Returns the reference of the only encounter in the search reply (the body), such as Encounter/456.
     *
     * @throws DocumentRejectedException when no encounter or several encounters of the patient match
     */
    public String encounterReference(Exchange exchange) {
        Message message = exchange.getMessage();
        String identifier = message.getHeader(ENCOUNTER_IDENTIFIER, String.class);
        String patient = message.getHeader(LifenConstants.SUBJECT, String.class);
        SearchMatches matches = SearchMatches.parse(message.getBody(String.class));
        if (matches.count() == 0) {
            throw new DocumentRejectedException("encounter-not-found", "No encounter of " + patient + " has the "
                    + "identifier " + identifier + ": check " + DocumentSidecar.ENCOUNTER_IDENTIFIER
                    + " in the sidecar, or remove it to send without an encounter");
        }
        if (matches.singleId() == null) {
            throw new DocumentRejectedException("encounter-ambiguous", matches.count() + " encounters of "
                    + patient + " have the identifier " + identifier + ", so the document was not sent");
        }
        return "Encounter/" + matches.singleId();
    }

    /**
     * Sets the outcome from the last tracking status: completed, or the pending status when Lifen is still
     * delivering. The document counts as sent in both cases.
     *
     * @throws DocumentRejectedException when Lifen reports that it will not deliver the document
     */
    public void recordTrackingOutcome(Exchange exchange) {
        Message message = exchange.getMessage();
        String status = message.getHeader(LifenConstants.TRACKING_STATUS, String.class);
        if (status != null && FINAL_FAILURES.contains(status)) {
            throw new DocumentRejectedException("delivery-" + status, "Lifen reports the status " + status
                    + " for transaction " + message.getHeader(LifenConstants.TRANSACTION_ID) + ": the document "
                    + "did not reach the patient record");
        }
        exchange.setProperty(OUTCOME, status == null ? "no-tracking-status" : status);
    }

    /**
     * Returns the text of the reason file: the exception's message, Lifen's diagnostics when it sent some, and a
     * warning when the document had already been sent.
     */
    public String failureReason(Exchange exchange) {
        Exception failure = exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Exception.class);
        StringBuilder reason = new StringBuilder();
        reason.append(failure == null ? "Unknown failure" : failure.getMessage()).append(System.lineSeparator());

        // Diagnostics may quote patient data: they go to this file next to the document, never to the log
        if (failure instanceof LifenApiException apiFailure && apiFailure.getOperationOutcome() != null) {
            for (OperationOutcome.Issue issue : apiFailure.getOperationOutcome().issues()) {
                reason.append("Lifen issue ").append(issue.severity()).append('/').append(issue.code())
                        .append(": ").append(Optional.ofNullable(issue.diagnostics()).orElse(""))
                        .append(System.lineSeparator());
            }
        }

        Object transactionId = exchange.getMessage().getHeader(LifenConstants.TRANSACTION_ID);
        if (transactionId != null) {
            reason.append("The document was already sent to Lifen as transaction ").append(transactionId)
                    .append(": check its tracking before sending it again.").append(System.lineSeparator());
        }
        return reason.toString();
    }

    /** Returns the outcome code of a failure for the log line: it names the cause, never data. */
    public String failureCode(Exchange exchange) {
        Exception failure = exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Exception.class);
        if (failure instanceof DocumentRejectedException rejected) {
            return rejected.getCode();
        }
        if (failure instanceof LifenApiException apiFailure) {
            return "lifen-http-" + apiFailure.getStatusCode();
        }
        return failure == null ? "unknown-failure" : failure.getClass().getSimpleName();
    }

    /**
     * Moves the document's sidecar, if any, into the folder next to the inbox where the document goes.
     *
     * @param folder done or error
     */
    public void moveSidecar(Exchange exchange, String folder) throws IOException {
        Path sidecar = DocumentSidecar.pathOf(documentPath(exchange));
        if (!Files.exists(sidecar)) {
            return;
        }
        Path target = sidecar.getParent().resolveSibling(folder);
        Files.createDirectories(target);
        Files.move(sidecar, target.resolve(sidecar.getFileName()), StandardCopyOption.REPLACE_EXISTING);
    }

    private static Path documentPath(Exchange exchange) {
        String path = exchange.getMessage().getHeader(FileConstants.FILE_ABSOLUTE_PATH, String.class);
        if (path == null) {
            throw new IllegalStateException("The message has no " + FileConstants.FILE_ABSOLUTE_PATH + " header: "
                    + "the send-documents route expects files from the file component");
        }
        return Path.of(path);
    }

    // A FHIR token search: system|value when the system is configured, otherwise the value in any system
    private static String token(Exchange exchange, String systemProperty, String value) {
        String system = exchange.getContext().getPropertiesComponent().resolveProperty(systemProperty)
                .filter(text -> !text.isBlank())
                .orElse(null);
        return system == null ? value : system.trim() + "|" + value;
    }

    private static void setIfPresent(Message message, String header, String value) {
        if (value != null) {
            message.setHeader(header, value);
        }
    }
}
