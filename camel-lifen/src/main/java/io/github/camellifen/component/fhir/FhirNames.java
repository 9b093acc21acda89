package io.github.camellifen.component.fhir;

import java.util.regex.Pattern;

/**
 * Checks resource types and ids before they become part of a URL path, so a value from a message can neither
 * change the path nor smuggle in text such as a property placeholder.
 */
public final class FhirNames {

    // FHIR R4 id datatype: 1 to 64 characters of letters, digits, '-' and '.'
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9\\-.]{1,64}");
    private static final Pattern RESOURCE_TYPE = Pattern.compile("[A-Z][A-Za-z]{1,63}");

    private FhirNames() {
    }

    /**
     * @param source where the value came from, such as "header CamelLifenResourceId", for the error message
     */
    public static String requireId(String id, String source) {
        if (id == null || id.isEmpty()) {
            throw new IllegalArgumentException("Missing resource id: set " + source);
        }
        if (!ID.matcher(id).matches()) {
            throw new IllegalArgumentException("Invalid resource id '" + abbreviate(id) + "' from " + source
                    + ": a FHIR id has 1 to 64 letters, digits, '-' or '.'");
        }
        return id;
    }

    public static String requireResourceType(String type, String source) {
        if (type == null || type.isEmpty()) {
            throw new IllegalArgumentException("Missing resource type: set " + source);
        }
        if (!RESOURCE_TYPE.matcher(type).matches()) {
            throw new IllegalArgumentException("Invalid resource type '" + abbreviate(type) + "' from " + source
                    + ": use a FHIR resource type name such as Patient or Encounter");
        }
        return type;
    }

    /**
     * Checks a reference such as {@code Patient/123}.
     */
    public static String requireReference(String reference, String source) {
        if (reference == null || reference.isEmpty()) {
            throw new IllegalArgumentException("Missing reference: set " + source + " (for example Patient/123)");
        }
        int slash = reference.indexOf('/');
        if (slash < 0) {
            throw new IllegalArgumentException("Invalid reference '" + abbreviate(reference) + "' from " + source
                    + ": use Type/id, for example Patient/123");
        }
        requireResourceType(reference.substring(0, slash), source);
        requireId(reference.substring(slash + 1), source);
        return reference;
    }

    private static String abbreviate(String text) {
        return text.length() <= 80 ? text : text.substring(0, 80) + "...";
    }
}
