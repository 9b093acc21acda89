package io.github.camellifen.sandbox.fhir;

import ca.uhn.fhir.interceptor.api.Hook;
import ca.uhn.fhir.interceptor.api.Interceptor;
import ca.uhn.fhir.interceptor.api.Pointcut;
import ca.uhn.fhir.rest.server.exceptions.BaseServerResponseException;
import io.github.camellifen.sandbox.http.OutcomeIssue;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns every FHIR error into the OperationOutcome that Lifen would send, with upper-case severity and code
 * ({@code ERROR}, {@code PROCESSING}, {@code NOTFOUND}) and a single-string {@code location}. HAPI's model
 * classes cannot encode either, so the interceptor only stores the body as a request attribute and
 * {@link SandboxFhirServer} writes it in place of HAPI's.
 */
@Interceptor
public final class LifenErrorInterceptor {

    private static final Logger LOG = LoggerFactory.getLogger(LifenErrorInterceptor.class);

    // HAPI prefixes its messages with a code such as "HAPI-0375: ", which Lifen's messages do not have.
    private static final String HAPI_CODE_PREFIX = "^HAPI-\\d+: ";

    /**
     * Stores the Lifen-style error of a failed request.
     *
     * @return {@code true}, so that HAPI goes on with its own handling, whose body is then discarded.
     *     Returning {@code false} would make HAPI 8.8.1 log a spurious HAPI-2544 error for every failure.
     */
    @Hook(Pointcut.SERVER_HANDLE_EXCEPTION)
    public boolean recordError(HttpServletRequest request, BaseServerResponseException exception) {
        int status = exception.getStatusCode();
        List<OutcomeIssue> issues = exception instanceof LifenIssuesException lifenIssues
                ? lifenIssues.issues()
                : List.of(OutcomeIssue.error(issueCode(status), diagnostics(exception), null));

        // HAPI's default handler logs the failure itself, at WARN, or at ERROR for internal errors.
        LOG.debug("{} {} answered {} with {}", request.getMethod(), request.getRequestURI(), status, issues);
        Map<String, List<String>> headers = exception.hasResponseHeaders() ? exception.getResponseHeaders() : Map.of();
        request.setAttribute(LifenError.REQUEST_ATTRIBUTE, new LifenError(status, issues, headers));
        return true;
    }

    private static String diagnostics(BaseServerResponseException exception) {
        String message = exception.getMessage() == null ? "Request failed" : exception.getMessage();
        return message.replaceFirst(HAPI_CODE_PREFIX, "");
    }

    // FHIR issue-type codes, upper-cased as in Lifen's examples.
    private static String issueCode(int status) {
        return switch (status) {
            case 400 -> "INVALID";
            case 401 -> "LOGIN";
            case 403 -> "FORBIDDEN";
            case 404 -> "NOTFOUND";
            case 405 -> "NOT-SUPPORTED";
            case 409, 412 -> "CONFLICT";
            case 410 -> "DELETED";
            case 415 -> "STRUCTURE";
            case 429 -> "THROTTLED";
            default -> status >= 500 ? "EXCEPTION" : "PROCESSING";
        };
    }

    /**
     * The error response to send in place of HAPI's.
     *
     * @param status HTTP status
     * @param issues OperationOutcome issues
     * @param headers response headers that the exception carries, such as {@code Allow} on a 405
     */
    record LifenError(int status, List<OutcomeIssue> issues, Map<String, List<String>> headers) {

        static final String REQUEST_ATTRIBUTE = LifenError.class.getName();
    }
}
