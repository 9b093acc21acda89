package io.github.camellifen.component;

/**
 * Lifen's public environments and API versions, each giving a token URL, an API base URL and an audience. Every
 * value stays overridable, for hospital groups with their own hosts.
 */
enum LifenEnvironment {

    PRODUCTION_V3("production", "v3", "https://authentication.lifen.fr/v1/token", "https://api.lifen.fr/fhir/v3",
            "https://production.platform-apis/"),
    POST_PROD_V3("post-prod", "v3", "https://authentication.post-prod.lifen.fr/v1/token",
            "https://api.post-prod.lifen.fr/fhir/v3", "https://post-prod.platform-apis/"),
    PRODUCTION_V2("production", "v2", "https://login.lifen.fr/oauth/token", "https://api.lifen.fr/fhir/v2",
            "https://production.platform-apis/"),
    // NOTE: Lifen's v2 documentation names only the production login host; post-prod v2 is assumed to share it
    POST_PROD_V2("post-prod", "v2", "https://login.lifen.fr/oauth/token", "https://api.post-prod.lifen.fr/fhir/v2",
            "https://post-prod.platform-apis/");

    static final String NAMES = "production, post-prod";
    static final String VERSIONS = "v3, v2";

    private final String name;
    private final String apiVersion;
    private final String tokenUrl;
    private final String apiBaseUrl;
    private final String audience;

    LifenEnvironment(String name, String apiVersion, String tokenUrl, String apiBaseUrl, String audience) {
        this.name = name;
        this.apiVersion = apiVersion;
        this.tokenUrl = tokenUrl;
        this.apiBaseUrl = apiBaseUrl;
        this.audience = audience;
    }

    /** Returns the preset, or null when {@code name} or {@code apiVersion} is not one of Lifen's. */
    static LifenEnvironment find(String name, String apiVersion) {
        for (LifenEnvironment environment : values()) {
            if (environment.name.equals(name) && environment.apiVersion.equals(apiVersion)) {
                return environment;
            }
        }
        return null;
    }

    static boolean isKnownName(String name) {
        return find(name, "v3") != null;
    }

    String tokenUrl() {
        return tokenUrl;
    }

    String apiBaseUrl() {
        return apiBaseUrl;
    }

    String audience() {
        return audience;
    }
}
