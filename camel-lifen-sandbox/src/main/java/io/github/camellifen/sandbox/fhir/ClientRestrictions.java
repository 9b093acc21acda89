package io.github.camellifen.sandbox.fhir;

import ca.uhn.fhir.rest.api.server.RequestDetails;
import io.github.camellifen.sandbox.http.OutcomeIssue;
import java.util.List;
import java.util.Set;

/**
 * Per-client settings that make sending operations fail as on Lifen: a client without the right to send
 * documents gets 403, and a client without a declared support address gets 412 from {@code $send-to-mss}.
 *
 * @param withoutSendPermission client ids that may not send documents
 * @param withoutSupportAddress client ids with no support address declared on Lifen's portal
 */
public record ClientRestrictions(Set<String> withoutSendPermission, Set<String> withoutSupportAddress) {

    /** Lifen's 412 message, word for word. */
    static final String SUPPORT_ADDRESS_MISSING =
            "Mail support missing, please defined it in `https://portal.lifen.fr`";

    /**
     * Creates the settings and copies the sets.
     */
    public ClientRestrictions {
        withoutSendPermission = Set.copyOf(withoutSendPermission);
        withoutSupportAddress = Set.copyOf(withoutSupportAddress);
    }

    /**
     * Rejects the request with 403 if its client may not send documents.
     *
     * @param request the request
     * @param operation name of the operation, for the message
     */
    void checkSendPermission(RequestDetails request, String operation) {
        String clientId = SearchSupport.clientId(request);
        if (withoutSendPermission.contains(clientId)) {
            // Lifen's example leaves the text out; this one is the sandbox's own.
            throw new LifenIssuesException(403, List.of(OutcomeIssue.error("FORBIDDEN",
                    "Client " + clientId + " is not allowed to use " + operation + ".", null)));
        }
    }

    /**
     * Rejects the request with Lifen's 412 if its client has no support address.
     *
     * @param request the request
     */
    void checkSupportAddress(RequestDetails request) {
        if (withoutSupportAddress.contains(SearchSupport.clientId(request))) {
            throw new LifenIssuesException(412,
                    List.of(OutcomeIssue.error("PROCESSING", SUPPORT_ADDRESS_MISSING, null)));
        }
    }
}
