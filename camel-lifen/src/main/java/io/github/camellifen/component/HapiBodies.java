package io.github.camellifen.component;

import ca.uhn.fhir.context.FhirContext;
import org.hl7.fhir.instance.model.api.IBaseResource;

/**
 * HAPI FHIR conversions, in a class of their own so that the component loads HAPI only when a route uses it.
 */
final class HapiBodies {

    private HapiBodies() {
    }

    static boolean isResource(Object body) {
        return body instanceof IBaseResource;
    }

    static String toJson(Object resource) {
        return context().newJsonParser().encodeResourceToString((IBaseResource) resource);
    }

    static IBaseResource parse(String json) {
        return context().newJsonParser().parseResource(json);
    }

    private static FhirContext context() {
        // Building an R4 context takes seconds; HAPI caches one per JVM
        return FhirContext.forR4Cached();
    }
}
