package io.github.camellifen.component;

import java.time.Instant;
import java.util.SortedMap;

/**
 * A snapshot of one credential set for management views: what identifies it (never the client secret), the expiry
 * of its cached token (never the token), its token request counts, its last token error and its API replies.
 *
 * @param tokenExpiresAt      expiry of the cached access token, or null when none is cached
 * @param tokensFetched       token requests that returned a token
 * @param tokenRequestsFailed token requests that failed, whatever the reason
 * @param lastTokenError      message of the last failed token request, with the client secret masked, or null
 * @param lastTokenErrorAt    when that request failed, or null
 * @param apiRepliesByStatus  API replies by HTTP status, redirects included; 0 counts requests without a usable reply
 */
public record CredentialSetStatus(String tokenUrl, String clientId, String audience, String databaseReference,
                                  Instant tokenExpiresAt, long tokensFetched, long tokenRequestsFailed,
                                  String lastTokenError, Instant lastTokenErrorAt,
                                  SortedMap<Integer, Long> apiRepliesByStatus) {
}
