package io.github.camellifen.sandbox.fhir;

import ca.uhn.fhir.rest.server.exceptions.UnprocessableEntityException;
import io.github.camellifen.sandbox.http.OutcomeIssue;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A 422 Unprocessable Entity carrying issues in Lifen's style, which {@link LifenErrorInterceptor} writes
 * as they are.
 */
final class LifenIssuesException extends UnprocessableEntityException {

    private static final long serialVersionUID = 1L;

    private final transient List<OutcomeIssue> issues;

    LifenIssuesException(List<OutcomeIssue> issues) {
        super(issues.stream().map(OutcomeIssue::diagnostics).collect(Collectors.joining("; ")));
        this.issues = List.copyOf(issues);
    }

    List<OutcomeIssue> issues() {
        return issues;
    }
}
