package io.github.camellifen.component;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.Locale;

import io.github.camellifen.component.auth.ClientCredentials;
import io.github.camellifen.component.auth.TokenRequestFormat;
import io.github.camellifen.component.http.Origins;

/**
 * An endpoint's configuration after the environment preset is applied and every value is checked. Building it
 * fails at route start-up with a message that names the option, the value (never a secret) and where to set it.
 */
final class LifenSettings {

    private static final String DURATION = "milliseconds, or a duration such as 30s";

    private final URI apiBase;
    private final ClientCredentials credentials;

    private LifenSettings(URI apiBase, ClientCredentials credentials) {
        this.apiBase = apiBase;
        this.credentials = credentials;
    }

    URI apiBase() {
        return apiBase;
    }

    ClientCredentials credentials() {
        return credentials;
    }

    static LifenSettings resolve(LifenConfiguration config) {
        LifenEnvironment preset = preset(config);

        String apiBaseUrl = firstSet(config.getApiBaseUrl(), preset == null ? null : preset.apiBaseUrl());
        String tokenUrl = firstSet(config.getTokenUrl(), preset == null ? null : preset.tokenUrl());
        String audience = firstSet(config.getAudience(), preset == null ? null : preset.audience());

        URI apiBase = httpsUrl("apiBaseUrl", require("apiBaseUrl", apiBaseUrl, missingPresetHint()));
        URI token = httpsUrl("tokenUrl", require("tokenUrl", tokenUrl, missingPresetHint()));
        require("audience", audience, missingPresetHint());

        String clientId = require("clientId", config.getClientId(), "");
        String clientSecret = requireSecret(config.getClientSecret());
        String databaseReference = require("databaseReference", config.getDatabaseReference(), "");
        TokenRequestFormat format = parseFormat(config.getTokenRequestFormat());

        requireNotNegative("tokenRefreshMargin", config.getTokenRefreshMargin(), DURATION);
        requireNotNegative("tokenRefreshAhead", config.getTokenRefreshAhead(), DURATION);
        requirePositive("defaultTokenLifetime", config.getDefaultTokenLifetime(), DURATION);
        requirePositive("tokenRequestTimeout", config.getTokenRequestTimeout(), DURATION);
        requirePositive("connectTimeout", config.getConnectTimeout(), DURATION);
        requirePositive("requestTimeout", config.getRequestTimeout(), DURATION);
        requirePositive("maxDocumentSize", config.getMaxDocumentSize(), "bytes");
        requirePositive("maxPages", config.getMaxPages(), "pages");
        requireNotNegative("rateLimit", config.getRateLimit(), "requests per second (0 turns limiting off)");
        requireNotNegative("maxRetries", config.getMaxRetries(), "retries (0 turns retries off)");
        requirePositive("retryDelay", config.getRetryDelay(), DURATION);
        requirePositive("maxRetryDelay", config.getMaxRetryDelay(), DURATION);
        PagingMode.parse(config.getPagingMode());
        Bodies.requireSupported(OutputType.parse(config.getOutputType()));

        ClientCredentials credentials = new ClientCredentials(token, clientId, clientSecret, audience,
                databaseReference, format);
        return new LifenSettings(apiBase, credentials);
    }

    static Duration millis(long value) {
        return Duration.ofMillis(value);
    }

    private static LifenEnvironment preset(LifenConfiguration config) {
        String version = config.getApiVersion() == null ? "v3" : config.getApiVersion().toLowerCase(Locale.ROOT);
        if (!version.equals("v3") && !version.equals("v2")) {
            throw invalid("apiVersion", config.getApiVersion(), "use " + LifenEnvironment.VERSIONS);
        }

        String name = config.getEnvironment();
        if (name == null || name.isBlank()) {
            return null;
        }
        if (!LifenEnvironment.isKnownName(name)) {
            throw invalid("environment", name, "use " + LifenEnvironment.NAMES
                    + ", or leave it empty and set apiBaseUrl, tokenUrl and audience");
        }
        return LifenEnvironment.find(name, version);
    }

    private static String missingPresetHint() {
        return ", or set environment to one of " + LifenEnvironment.NAMES + " to use Lifen's own URLs";
    }

    private static String firstSet(String explicit, String fromPreset) {
        return explicit != null && !explicit.isBlank() ? explicit : fromPreset;
    }

    private static String require(String option, String value, String hint) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("Missing Lifen option " + option + ": set "
                    + propertyName(option) + " or " + option + " on the endpoint URI" + hint);
        }
        return value;
    }

    private static String requireSecret(String value) {
        if (value == null || value.isEmpty()) {
            throw new IllegalArgumentException("Missing Lifen option clientSecret: set "
                    + propertyName("clientSecret") + " (for example from an environment variable or a vault), or "
                    + "clientSecret=RAW(...) on the endpoint URI");
        }
        return value;
    }

    private static URI httpsUrl(String option, String value) {
        URI uri;
        try {
            uri = new URI(value);
        } catch (URISyntaxException e) {
            throw invalid(option, value, "give an absolute URL such as " + example(option));
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("https") && !scheme.equals("http") || uri.getHost() == null) {
            throw invalid(option, value, "give an absolute URL such as " + example(option));
        }
        if (scheme.equals("http") && !Origins.isLoopback(uri)) {
            throw invalid(option, value, "use https; plain http is accepted only for localhost, where a local "
                    + "sandbox runs");
        }
        if (uri.getRawUserInfo() != null || uri.getRawFragment() != null) {
            throw invalid(option, value, "remove the user info and fragment");
        }
        return uri;
    }

    private static String example(String option) {
        return option.equals("tokenUrl") ? "https://authentication.lifen.fr/v1/token" : "https://api.lifen.fr/fhir/v3";
    }

    private static TokenRequestFormat parseFormat(String text) {
        try {
            return TokenRequestFormat.parse(text);
        } catch (IllegalArgumentException e) {
            throw invalid("tokenRequestFormat", text, "use form or json");
        }
    }

    private static void requireNotNegative(String option, long value, String unit) {
        if (value < 0) {
            throw invalid(option, Long.toString(value), "use 0 or more " + unit);
        }
    }

    private static void requirePositive(String option, long value, String unit) {
        if (value <= 0) {
            throw invalid(option, Long.toString(value), "use more than 0 " + unit);
        }
    }

    private static IllegalArgumentException invalid(String option, String value, String advice) {
        return new IllegalArgumentException("Invalid value '" + value + "' for Lifen option " + option + " ("
                + propertyName(option) + " or the endpoint URI): " + advice);
    }

    /** Returns the component property name, such as camel.component.lifen.client-id for clientId. */
    static String propertyName(String option) {
        StringBuilder name = new StringBuilder("camel.component.lifen.");
        for (char c : option.toCharArray()) {
            if (Character.isUpperCase(c)) {
                name.append('-').append(Character.toLowerCase(c));
            } else {
                name.append(c);
            }
        }
        return name.toString();
    }
}
