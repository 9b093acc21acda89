package io.github.camellifen.component;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import io.github.camellifen.component.auth.AccessToken;
import io.github.camellifen.component.auth.ClientCredentials;
import io.github.camellifen.component.auth.TokenKey;
import io.github.camellifen.component.auth.TokenManager;
import io.github.camellifen.component.auth.TokenStatistics;
import io.github.camellifen.component.http.ApiReplyCounts;

/** The credential sets that a component's endpoints use, each with its API reply counts. */
final class CredentialSets {

    private record Entry(ClientCredentials credentials, ApiReplyCounts replies) {
    }

    private final Map<TokenKey, Entry> entries = new ConcurrentHashMap<>();

    void register(ClientCredentials credentials) {
        entries.computeIfAbsent(credentials.key(), key -> new Entry(credentials, new ApiReplyCounts()));
    }

    /** Counts one API reply, unless a secret rotation dropped its credential set meanwhile. */
    void countReply(TokenKey key, int status) {
        Entry entry = entries.get(key);
        if (entry != null) {
            entry.replies().count(status);
        }
    }

    void retainOnly(Set<TokenKey> keys) {
        entries.keySet().retainAll(keys);
    }

    void clear() {
        entries.clear();
    }

    /** Returns the snapshot of one credential set, or null when no endpoint registered it. */
    CredentialSetStatus status(TokenKey key, TokenManager tokens) {
        Entry entry = entries.get(key);
        return entry == null ? null : snapshot(entry, tokens);
    }

    /** Returns a snapshot of every credential set, sorted by token URL, client id and database reference. */
    List<CredentialSetStatus> statuses(TokenManager tokens) {
        return entries.values().stream()
                .map(entry -> snapshot(entry, tokens))
                .sorted(Comparator.comparing(CredentialSetStatus::tokenUrl)
                        .thenComparing(CredentialSetStatus::clientId)
                        .thenComparing(CredentialSetStatus::databaseReference)
                        .thenComparing(CredentialSetStatus::audience))
                .toList();
    }

    private static CredentialSetStatus snapshot(Entry entry, TokenManager tokens) {
        ClientCredentials credentials = entry.credentials();
        AccessToken token = tokens == null ? null : tokens.store().get(credentials.key());
        TokenStatistics statistics = tokens == null ? new TokenStatistics() : tokens.statistics(credentials.key());
        TokenStatistics.Failure failure = statistics.lastFailure();

        return new CredentialSetStatus(credentials.tokenUrl().toString(), credentials.clientId(),
                credentials.audience(), credentials.databaseReference(),
                token == null ? null : token.expiresAt(), statistics.fetchedCount(), statistics.failedCount(),
                failure == null ? null : failure.message(), failure == null ? null : failure.at(),
                entry.replies().snapshot());
    }
}
