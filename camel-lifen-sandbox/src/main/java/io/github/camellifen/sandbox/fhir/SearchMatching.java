package io.github.camellifen.sandbox.fhir;

import ca.uhn.fhir.model.api.IQueryParameterAnd;
import ca.uhn.fhir.model.api.IQueryParameterOr;
import ca.uhn.fhir.model.api.IQueryParameterType;
import ca.uhn.fhir.rest.param.ReferenceParam;
import ca.uhn.fhir.rest.param.StringParam;
import ca.uhn.fhir.rest.param.TokenAndListParam;
import ca.uhn.fhir.rest.param.TokenParam;
import java.text.Normalizer;
import java.util.Collection;
import java.util.Locale;
import java.util.function.Predicate;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Reference;

/**
 * Matching rules of the FHIR search parameters that the sandbox supports.
 *
 * <p>String parameters follow FHIR's default: case- and accent-insensitive prefix match, with
 * {@code :exact} for an exact, case- and accent-sensitive match and {@code :contains} for a substring match.
 */
final class SearchMatching {

    private SearchMatching() {
    }

    /**
     * Applies FHIR's AND/OR semantics: every repetition of the parameter must match, and a repetition matches
     * when any of its comma-separated values does.
     *
     * @param and the parsed parameter, or {@code null} when absent (then everything matches)
     * @param matcher test of one value
     * @param <T> type of one value
     * @return {@code true} if the resource matches
     */
    static <T extends IQueryParameterType> boolean matchesAll(IQueryParameterAnd<? extends IQueryParameterOr<T>> and,
            Predicate<T> matcher) {
        if (and == null) {
            return true;
        }
        for (IQueryParameterOr<T> or : and.getValuesAsQueryTokens()) {
            if (or.getValuesAsQueryTokens().stream().noneMatch(matcher)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Matches {@code _id} the way Lifen documents it as multi-valued: the resource matches if its id is any of
     * the values, whether they are comma-separated or in repeated parameters. FHIR would require repeated
     * parameters to all match.
     *
     * @param ids the parsed {@code _id} parameter, or {@code null} when absent (then everything matches)
     * @param id logical id of the resource
     * @return {@code true} if the resource matches
     */
    static boolean matchesAnyId(TokenAndListParam ids, String id) {
        if (ids == null) {
            return true;
        }
        return ids.getValuesAsQueryTokens().stream()
                .flatMap(or -> or.getValuesAsQueryTokens().stream())
                .anyMatch(param -> id.equals(param.getValue()));
    }

    static boolean matchesAnyString(StringParam param, Collection<String> values) {
        return values.stream().anyMatch(value -> matchesString(param, value));
    }

    static boolean matchesString(StringParam param, String value) {
        if (value == null || param.getValue() == null) {
            return false;
        }
        if (param.isExact()) {
            return value.equals(param.getValue());
        }

        String normalizedValue = normalize(value);
        String normalizedParam = normalize(param.getValue());
        if (param.isContains()) {
            return normalizedValue.contains(normalizedParam);
        }
        return normalizedValue.startsWith(normalizedParam);
    }

    /**
     * Matches {@code [system]|[value]}, {@code |[value]} (no system) or {@code [value]} (any system).
     */
    static boolean matchesIdentifier(TokenParam param, Collection<Identifier> identifiers) {
        return identifiers.stream().anyMatch(identifier -> matchesToken(param, identifier.getSystem(),
                identifier.getValue()));
    }

    static boolean matchesToken(TokenParam param, String system, String value) {
        if (value == null || !value.equals(param.getValue())) {
            return false;
        }
        if (param.getSystem() == null) {
            return true;
        }
        if (param.getSystem().isEmpty()) {
            return system == null;
        }
        return param.getSystem().equals(system);
    }

    /**
     * Matches a reference parameter such as {@code Patient/123} or {@code 123} against a reference.
     */
    static boolean matchesReference(ReferenceParam param, String resourceType, Reference reference) {
        if (reference == null || reference.getReferenceElement().getIdPart() == null) {
            return false;
        }
        String paramType = param.getResourceType();
        if (paramType != null && !paramType.equals(resourceType)) {
            return false;
        }
        String referenceType = reference.getReferenceElement().getResourceType();
        return resourceType.equals(referenceType)
                && reference.getReferenceElement().getIdPart().equals(param.getIdPart());
    }

    /**
     * Removes accents and case, so that {@code Hélène} and {@code HELENE} compare equal.
     */
    static String normalize(String text) {
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        return decomposed.replaceAll("\\p{M}", "").toUpperCase(Locale.ROOT);
    }

    /**
     * Keeps the digits of a phone number, so that {@code +33 6 00} and {@code +33600} compare equal.
     */
    static String digits(String phone) {
        return phone == null ? "" : phone.replaceAll("[^0-9]", "");
    }
}
