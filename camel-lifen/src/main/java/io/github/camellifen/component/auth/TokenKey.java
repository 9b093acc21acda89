package io.github.camellifen.component.auth;

/**
 * Identity of a cached token: one token per token URL, client, secret, audience and database reference, so a token
 * minted for one organisation or environment is never used for another.
 *
 * @param secretHash hex SHA-256 of the client secret; the raw secret is never kept in a key
 */
public record TokenKey(String tokenUrl, String clientId, String secretHash, String audience, String databaseReference) {

    @Override
    public String toString() {
        return "TokenKey[tokenUrl=" + tokenUrl + ", clientId=" + clientId + ", audience=" + audience
                + ", databaseReference=" + databaseReference + "]";
    }
}
