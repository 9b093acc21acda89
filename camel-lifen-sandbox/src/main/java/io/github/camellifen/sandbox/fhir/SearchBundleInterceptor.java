package io.github.camellifen.sandbox.fhir;

import ca.uhn.fhir.interceptor.api.Hook;
import ca.uhn.fhir.interceptor.api.Interceptor;
import ca.uhn.fhir.interceptor.api.Pointcut;
import ca.uhn.fhir.rest.api.RequestTypeEnum;
import ca.uhn.fhir.rest.api.server.RequestDetails;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.Bundle;

/**
 * Shapes search Bundles as Lifen does: every entry has {@code search.mode = match}, and the self link of a
 * {@code POST [type]/_search} is the equivalent {@code GET [type]?params} URL. The self link of a
 * {@code POST [type]/$search-for-mss} likewise gets the form parameters as its query string.
 */
@Interceptor
public final class SearchBundleInterceptor {

    private static final String SEARCH_SUFFIX = "/_search";
    private static final String DIRECTORY_SEARCH_SUFFIX = "/$search-for-mss";

    /**
     * Adjusts a searchset Bundle before HAPI encodes it.
     *
     * @param request the request
     * @param resource the response resource, which the hook changes in place
     */
    @Hook(Pointcut.SERVER_OUTGOING_RESPONSE)
    public void shapeSearchBundle(RequestDetails request, IBaseResource resource) {
        if (!(resource instanceof Bundle bundle) || bundle.getType() != Bundle.BundleType.SEARCHSET) {
            return;
        }

        bundle.getEntry().stream()
                .filter(entry -> !entry.getSearch().hasMode())
                .forEach(entry -> entry.getSearch().setMode(Bundle.SearchEntryMode.MATCH));

        String path = request.getRequestPath();
        Bundle.BundleLinkComponent self = bundle.getLink(Bundle.LINK_SELF);
        if (request.getRequestType() != RequestTypeEnum.POST || path == null || self == null) {
            return;
        }
        if (path.endsWith(SEARCH_SUFFIX)) {
            String resourceType = path.substring(0, path.length() - SEARCH_SUFFIX.length());
            self.setUrl(request.getFhirServerBase() + "/" + resourceType + queryString(request.getParameters()));
        } else if (path.endsWith(DIRECTORY_SEARCH_SUFFIX)) {
            self.setUrl(request.getFhirServerBase() + "/" + path + queryString(request.getParameters()));
        }
    }

    // Sorted by name, so that the link does not depend on the order of the form fields.
    private static String queryString(Map<String, String[]> parameters) {
        if (parameters.isEmpty()) {
            return "";
        }
        return new TreeMap<>(parameters).entrySet().stream()
                .flatMap(parameter -> Arrays.stream(parameter.getValue())
                        .map(value -> encode(parameter.getKey()) + "=" + encode(value)))
                .collect(Collectors.joining("&", "?", ""));
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
