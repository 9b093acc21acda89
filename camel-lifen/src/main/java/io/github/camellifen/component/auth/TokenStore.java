package io.github.camellifen.component.auth;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** Keeps the current token per credential set. One store belongs to one component, never to the whole JVM. */
public final class TokenStore {

    private final Map<TokenKey, AccessToken> tokens = new ConcurrentHashMap<>();

    public AccessToken get(TokenKey key) {
        return tokens.get(key);
    }

    public void put(TokenKey key, AccessToken token) {
        tokens.put(key, token);
    }

    /** Removes the entry only while it still contains {@code token}, so a newer token is never dropped. */
    public boolean remove(TokenKey key, AccessToken token) {
        return tokens.remove(key, token);
    }

    /**
     * Removes the tokens of every key outside {@code keys}.
     *
     * @return how many tokens were removed
     */
    public int retainOnly(Set<TokenKey> keys) {
        int removed = 0;
        for (TokenKey key : tokens.keySet()) {
            if (!keys.contains(key) && tokens.remove(key) != null) {
                removed++;
            }
        }
        return removed;
    }

    public void clear() {
        tokens.clear();
    }

    public int size() {
        return tokens.size();
    }
}
