package io.github.camellifen.sandbox.fhir;

import ca.uhn.fhir.rest.server.exceptions.BaseServerResponseException;
import io.github.camellifen.sandbox.http.OutcomeIssue;
import java.util.List;
import java.util.stream.Collectors;

/**
 * An error carrying issues in Lifen's style, which {@link LifenErrorInterceptor} writes as they are: 422
 * Unprocessable Entity unless another status is given.
 */
final class LifenIssuesException extends BaseServerResponseException {

    private static final long serialVersionUID = 1L;
    private static final int UNPROCESSABLE_ENTITY = 422;

    private final transient List<OutcomeIssue> issues;

    LifenIssuesException(List<OutcomeIssue> issues) {
        this(UNPROCESSABLE_ENTITY, issues);
    }

    LifenIssuesException(int status, List<OutcomeIssue> issues) {
        super(status, issues.stream().map(OutcomeIssue::diagnostics).collect(Collectors.joining("; ")));
        this.issues = List.copyOf(issues);
    }

    List<OutcomeIssue> issues() {
        return issues;
    }
}
