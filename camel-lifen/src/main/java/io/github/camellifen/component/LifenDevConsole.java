package io.github.camellifen.component;

import java.util.Map;
import java.util.stream.Collectors;

import org.apache.camel.Component;
import org.apache.camel.spi.annotations.DevConsole;
import org.apache.camel.support.console.AbstractDevConsole;
import org.apache.camel.util.json.JsonArray;
import org.apache.camel.util.json.JsonObject;

/**
 * Camel developer console {@code lifen}: per credential set of every lifen component, the token URL, client id,
 * audience and database reference, the cached token's expiry, token request counts, the last token error and the
 * API replies by HTTP status. It never shows the client secret or a token.
 */
@DevConsole(name = "lifen", displayName = "Lifen", description = "Lifen access tokens and API replies per credential set")
public class LifenDevConsole extends AbstractDevConsole {

    public LifenDevConsole() {
        super("camel", "lifen", "Lifen", "Lifen access tokens and API replies per credential set");
    }

    @Override
    protected String doCallText(Map<String, Object> options) {
        StringBuilder text = new StringBuilder();
        for (String name : getCamelContext().getComponentNames()) {
            if (!(lifenComponent(name) instanceof LifenComponent component)) {
                continue;
            }
            for (CredentialSetStatus status : component.credentialSetStatuses()) {
                appendText(text, name, status);
            }
        }
        return text.toString();
    }

    @Override
    protected Map<String, Object> doCallJson(Map<String, Object> options) {
        JsonArray sets = new JsonArray();
        for (String name : getCamelContext().getComponentNames()) {
            if (!(lifenComponent(name) instanceof LifenComponent component)) {
                continue;
            }
            for (CredentialSetStatus status : component.credentialSetStatuses()) {
                sets.add(toJson(name, status));
            }
        }

        JsonObject root = new JsonObject();
        root.put("credentialSets", sets);
        return root;
    }

    // hasComponent, unlike getComponent, never creates a component that the routes do not use
    private Component lifenComponent(String name) {
        return getCamelContext().hasComponent(name);
    }

    private static void appendText(StringBuilder text, String componentName, CredentialSetStatus status) {
        text.append(String.format("Component: %s%n", componentName));
        text.append(String.format("    Token URL: %s%n", status.tokenUrl()));
        text.append(String.format("    Client id: %s%n", status.clientId()));
        text.append(String.format("    Audience: %s%n", status.audience()));
        text.append(String.format("    Database reference: %s%n", status.databaseReference()));
        text.append(String.format("    Token expires at: %s%n",
                status.tokenExpiresAt() == null ? "no cached token" : status.tokenExpiresAt()));
        text.append(String.format("    Tokens fetched: %d%n", status.tokensFetched()));
        text.append(String.format("    Failed token requests: %d%n", status.tokenRequestsFailed()));
        if (status.lastTokenError() != null) {
            text.append(String.format("    Last token error: %s (at %s)%n", status.lastTokenError(),
                    status.lastTokenErrorAt()));
        }
        text.append(String.format("    API replies by status: %s%n%n", replies(status)));
    }

    private static String replies(CredentialSetStatus status) {
        if (status.apiRepliesByStatus().isEmpty()) {
            return "none";
        }
        return status.apiRepliesByStatus().entrySet().stream()
                .map(entry -> entry.getKey() + "=" + entry.getValue())
                .collect(Collectors.joining(", "));
    }

    private static JsonObject toJson(String componentName, CredentialSetStatus status) {
        JsonObject json = new JsonObject();
        json.put("component", componentName);
        json.put("tokenUrl", status.tokenUrl());
        json.put("clientId", status.clientId());
        json.put("audience", status.audience());
        json.put("databaseReference", status.databaseReference());
        if (status.tokenExpiresAt() != null) {
            json.put("tokenExpiresAt", status.tokenExpiresAt().toString());
        }
        json.put("tokensFetched", status.tokensFetched());
        json.put("tokenRequestsFailed", status.tokenRequestsFailed());
        if (status.lastTokenError() != null) {
            json.put("lastTokenError", status.lastTokenError());
            json.put("lastTokenErrorAt", status.lastTokenErrorAt().toString());
        }

        JsonObject replies = new JsonObject();
        status.apiRepliesByStatus().forEach((code, count) -> replies.put(String.valueOf(code), count));
        json.put("apiRepliesByStatus", replies);
        return json;
    }
}
