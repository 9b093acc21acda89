package io.github.camellifen.component.fhir;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The issues of a FHIR OperationOutcome. Lifen writes severity and code in either case ({@code error} or
 * {@code ERROR}); both are kept here in lower case, as the FHIR value sets spell them.
 */
public record OperationOutcome(List<Issue> issues) {

    /** One issue; diagnostics may quote the request's data, so callers keep it out of logs. */
    public record Issue(String severity, String code, String diagnostics, String location) {
    }

    public OperationOutcome {
        issues = List.copyOf(issues);
    }

    /** Reads an OperationOutcome from a JSON reply, or returns null when the reply is not one. */
    public static OperationOutcome parse(String json) {
        JsonNode root = FhirJson.readObject(json);
        if (root == null || !"OperationOutcome".equals(FhirJson.text(root, "resourceType"))) {
            return null;
        }

        List<Issue> issues = new ArrayList<>();
        JsonNode array = root.get("issue");
        if (array != null && array.isArray()) {
            for (JsonNode issue : array) {
                issues.add(new Issue(lower(FhirJson.text(issue, "severity")), lower(FhirJson.text(issue, "code")),
                        FhirJson.text(issue, "diagnostics"), location(issue)));
            }
        }
        return new OperationOutcome(Collections.unmodifiableList(issues));
    }

    /** Returns {@code severity/code} pairs, such as {@code [error/processing]}: safe to log, unlike diagnostics. */
    public String codes() {
        List<String> codes = new ArrayList<>();
        for (Issue issue : issues) {
            codes.add(issue.severity() + "/" + issue.code());
        }
        return codes.toString();
    }

    private static String location(JsonNode issue) {
        JsonNode location = issue.get("location");
        if (location == null || location.isNull()) {
            return null;
        }
        // R4 makes location an array of strings; Lifen's examples show a single string
        return location.isArray() && location.size() > 0 ? location.get(0).asText() : location.asText();
    }

    private static String lower(String text) {
        return text == null ? null : text.toLowerCase(Locale.ROOT);
    }
}
