package io.github.camellifen.sandbox.auth;

import java.time.Instant;

/**
 * Grant behind an access token: the client, audience and database reference it was issued for, and
 * its expiry.
 *
 * @param clientId client the token was issued to
 * @param audience audience the token was issued for
 * @param databaseReference database whose data the token can see
 * @param expiresAt first instant at which the token is no longer valid
 */
public record AccessGrant(String clientId, String audience, String databaseReference, Instant expiresAt) {

    /** Name of the servlet request attribute that carries the grant of an authenticated FHIR request. */
    public static final String REQUEST_ATTRIBUTE = AccessGrant.class.getName();

    /**
     * Tells whether the grant is still valid.
     *
     * @param now current instant
     * @return {@code true} if {@code now} is before the expiry
     */
    public boolean isValidAt(Instant now) {
        return now.isBefore(expiresAt);
    }
}
