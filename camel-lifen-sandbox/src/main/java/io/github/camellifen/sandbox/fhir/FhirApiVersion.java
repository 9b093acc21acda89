package io.github.camellifen.sandbox.fhir;

/**
 * The versions of Lifen's FHIR API that the sandbox serves, each under its own path.
 */
public enum FhirApiVersion {

    /** API v2 at {@code /fhir/v2}: the v3 operations plus create, read and update of a few resource types. */
    V2("/fhir/v2"),

    /** API v3 at {@code /fhir/v3}: reads, searches and operations, no create or update. */
    V3("/fhir/v3");

    private final String path;

    FhirApiVersion(String path) {
        this.path = path;
    }

    /**
     * Returns the path of the FHIR base.
     *
     * @return the path, for example {@code /fhir/v3}
     */
    public String path() {
        return path;
    }
}
