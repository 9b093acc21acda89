package io.github.camellifen.sandbox.http;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One issue of an OperationOutcome, with the severity and code written as given.
 *
 * <p>Lifen writes most codes in upper case ({@code ERROR}, {@code PROCESSING}) but the 401 of its gateway in
 * lower case, so the caller chooses.
 *
 * @param severity issue severity, for example {@code ERROR}
 * @param code issue type code, for example {@code PROCESSING}
 * @param diagnostics message for the client
 * @param location where the problem is, or {@code null} to leave the field out
 */
public record OutcomeIssue(String severity, String code, String diagnostics, String location) {

    /** Issue of the 401 for a missing, unknown or expired token, in lower case as Lifen's gateway writes it. */
    public static final OutcomeIssue INVALID_ACCESS_TOKEN =
            new OutcomeIssue("error", "processing", "Invalid access token", null);

    /**
     * Creates an issue.
     */
    public OutcomeIssue {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(diagnostics, "diagnostics");
    }

    /**
     * Creates an {@code ERROR} issue in Lifen's upper-case style.
     *
     * @param code issue type code in upper case
     * @param diagnostics message for the client
     * @param location where the problem is, or {@code null}
     * @return the issue
     */
    public static OutcomeIssue error(String code, String diagnostics, String location) {
        return new OutcomeIssue("ERROR", code, diagnostics, location);
    }

    Map<String, Object> toMap() {
        Map<String, Object> issue = new LinkedHashMap<>();
        issue.put("severity", severity);
        issue.put("code", code);
        issue.put("diagnostics", diagnostics);
        if (location != null) {
            issue.put("location", location);
        }
        return issue;
    }
}
