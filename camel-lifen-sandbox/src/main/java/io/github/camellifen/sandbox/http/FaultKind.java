package io.github.camellifen.sandbox.http;

import java.util.Arrays;
import java.util.Optional;

/**
 * A fault that {@link FaultFilter} injects into a FHIR request.
 */
public enum FaultKind {

    /** 401 with Lifen's invalid token OperationOutcome, before processing. */
    UNAUTHORIZED("unauthorized"),
    /** 429 with {@code Retry-After: 1}, before processing. */
    TOO_MANY_REQUESTS("too-many-requests"),
    /** 500 with an OperationOutcome, before processing. */
    SERVER_ERROR("server-error"),
    /** A delay before normal processing, the only kind that combines with the others. */
    SLOW("slow"),
    /** Connection aborted without a reply, before processing. */
    RESET_BEFORE("reset-before"),
    /** Connection aborted without a reply, after processing. */
    RESET_AFTER("reset-after");

    private final String label;

    FaultKind(String label) {
        this.label = label;
    }

    /**
     * Returns the name of this kind in {@code LifenSandbox.faultCount(String)}.
     *
     * @return for example {@code reset-before}
     */
    public String label() {
        return label;
    }

    /**
     * Finds the kind with this label.
     *
     * @param label for example {@code too-many-requests}
     * @return the kind, or empty if no kind has this label
     */
    public static Optional<FaultKind> fromLabel(String label) {
        return Arrays.stream(values()).filter(kind -> kind.label.equals(label)).findFirst();
    }
}
