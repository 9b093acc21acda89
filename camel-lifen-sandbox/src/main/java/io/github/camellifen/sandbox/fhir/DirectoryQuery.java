package io.github.camellifen.sandbox.fhir;

import ca.uhn.fhir.rest.api.server.RequestDetails;
import ca.uhn.fhir.rest.param.ReferenceParam;
import ca.uhn.fhir.rest.param.StringParam;
import ca.uhn.fhir.rest.param.TokenParam;
import ca.uhn.fhir.rest.server.exceptions.InvalidRequestException;
import io.github.camellifen.sandbox.http.OutcomeIssue;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import org.hl7.fhir.r4.model.ContactPoint;
import org.hl7.fhir.r4.model.Resource;

/**
 * The parameters of a directory search ({@code $search-for-mss} or {@code _search} on Practitioner and
 * Organization), read from the query string and the form body.
 *
 * <p>As in the other searches, repeated parameters must all match and comma-separated values match if any of
 * them does, except {@code _id}, whose values are all alternatives. String parameters accept the {@code :exact}
 * and {@code :contains} modifiers; the other parameters accept none.
 */
final class DirectoryQuery {

    /** Lifen's issue for a directory search without criteria, the same text for practitioners and organizations. */
    static final OutcomeIssue ALL_VALUE_NULL = SearchSupport.allValueNull(
            "At least one of family, given, name, birthdate, phone or identifier fields must be filled");

    private static final Set<String> STRING_MODIFIERS = Set.of("exact", "contains");

    private final Map<String, String[]> parameters;
    private final Set<String> stringCriteria;

    private DirectoryQuery(Map<String, String[]> parameters, Set<String> stringCriteria) {
        this.parameters = parameters;
        this.stringCriteria = stringCriteria;
    }

    /**
     * Reads and checks the parameters of a request.
     *
     * @param request the request
     * @param criteria every criterion of the resource type
     * @param stringCriteria the criteria that take string modifiers
     * @return the query
     * @throws LifenIssuesException without criteria, or with an unknown parameter or modifier
     */
    static DirectoryQuery parse(RequestDetails request, Set<String> criteria, Set<String> stringCriteria) {
        SearchSupport.checkParameters(request, criteria, ALL_VALUE_NULL);

        List<OutcomeIssue> issues = new ArrayList<>();
        for (String name : request.getParameters().keySet()) {
            int colon = name.indexOf(':');
            if (colon >= 0 && !(stringCriteria.contains(name.substring(0, colon))
                    && STRING_MODIFIERS.contains(name.substring(colon + 1)))) {
                issues.add(OutcomeIssue.error("PROCESSING", "Invalid parameter " + name, name));
            }
        }
        if (!issues.isEmpty()) {
            throw new LifenIssuesException(issues);
        }

        DirectoryQuery query = new DirectoryQuery(request.getParameters(), stringCriteria);
        SearchSupport.checkCount(query.count());
        return query;
    }

    /**
     * Keeps the resources whose values match every repetition of a string parameter and its modifiers.
     */
    <T extends Resource> Predicate<T> strings(String name, Function<T, Collection<String>> values) {
        List<List<StringParam>> repetitions = new ArrayList<>();
        repetitions.addAll(stringRepetitions(name, null));
        for (String modifier : STRING_MODIFIERS) {
            repetitions.addAll(stringRepetitions(name, modifier));
        }
        return resource -> repetitions.stream().allMatch(alternatives -> alternatives.stream()
                .anyMatch(param -> SearchMatching.matchesAnyString(param, values.apply(resource))));
    }

    /**
     * Keeps the resources that match every repetition of a token parameter, such as {@code identifier}.
     */
    <T extends Resource> Predicate<T> tokens(String name, Function<T, Predicate<TokenParam>> matcher) {
        List<List<TokenParam>> repetitions = repetitions(name).stream()
                .map(alternatives -> alternatives.stream().map(DirectoryQuery::token).toList())
                .toList();
        return resource -> repetitions.stream()
                .allMatch(alternatives -> alternatives.stream().anyMatch(matcher.apply(resource)));
    }

    /**
     * Keeps the resources that match every repetition of a reference parameter, such as {@code part-of}.
     */
    <T extends Resource> Predicate<T> references(String name, Function<T, Predicate<ReferenceParam>> matcher) {
        List<List<ReferenceParam>> repetitions = repetitions(name).stream()
                .map(alternatives -> alternatives.stream().map(ReferenceParam::new).toList())
                .toList();
        return resource -> repetitions.stream()
                .allMatch(alternatives -> alternatives.stream().anyMatch(matcher.apply(resource)));
    }

    /**
     * Keeps the resources whose id is any value of {@code _id}, repeated or comma-separated.
     */
    <T extends Resource> Predicate<T> ids() {
        List<String> ids = repetitions("_id").stream().flatMap(List::stream).toList();
        return resource -> ids.isEmpty() || ids.contains(resource.getIdElement().getIdPart());
    }

    /**
     * Matches a telecom parameter, {@code [system|]value}, against contact points. Addresses compare without
     * case, since email addresses are case-insensitive in practice.
     */
    static boolean matchesTelecom(TokenParam param, List<ContactPoint> telecoms) {
        return telecoms.stream().anyMatch(telecom -> telecom.getValue() != null
                && telecom.getValue().equalsIgnoreCase(param.getValue())
                && (param.getSystem() == null || (telecom.hasSystem()
                        && telecom.getSystem().toCode().equals(param.getSystem().toLowerCase(Locale.ROOT)))));
    }

    /**
     * Returns {@code _sort} as a comparator name: {@code _id} or {@code -_id}, or {@code null} when absent.
     */
    String sort() {
        List<String> values = values("_sort");
        if (values.isEmpty()) {
            return null;
        }
        String sort = values.get(0);
        if (!sort.equals("_id") && !sort.equals("-_id")) {
            throw new InvalidRequestException("_sort supports _id and -_id in directory searches, not " + sort + ".");
        }
        return sort;
    }

    private Integer count() {
        List<String> values = values("_count");
        if (values.isEmpty()) {
            return null;
        }
        try {
            return Integer.valueOf(values.get(0).trim());
        } catch (NumberFormatException e) {
            throw new InvalidRequestException("_count must be a number between 1 and " + SearchSupport.MAX_COUNT
                    + ", not " + values.get(0) + ".");
        }
    }

    private List<List<StringParam>> stringRepetitions(String name, String modifier) {
        String key = modifier == null ? name : name + ":" + modifier;
        if (modifier != null && !stringCriteria.contains(name)) {
            return List.of();
        }
        return repetitions(key).stream()
                .map(alternatives -> alternatives.stream().map(value -> stringParam(value, modifier)).toList())
                .toList();
    }

    private static StringParam stringParam(String value, String modifier) {
        StringParam param = new StringParam(value, "exact".equals(modifier));
        param.setContains("contains".equals(modifier));
        return param;
    }

    private static TokenParam token(String value) {
        int bar = value.indexOf('|');
        return bar < 0 ? new TokenParam(value) : new TokenParam(value.substring(0, bar), value.substring(bar + 1));
    }

    // One list per repetition, each with the comma-separated alternatives; blank values are ignored.
    private List<List<String>> repetitions(String name) {
        return values(name).stream()
                .map(value -> Arrays.stream(value.split("(?<!\\\\),"))
                        .map(alternative -> alternative.replace("\\,", ",").trim())
                        .filter(alternative -> !alternative.isEmpty())
                        .toList())
                .filter(alternatives -> !alternatives.isEmpty())
                .toList();
    }

    private List<String> values(String name) {
        String[] values = parameters.get(name);
        return values == null ? List.of() : Arrays.stream(values).filter(value -> !value.isBlank()).toList();
    }
}
