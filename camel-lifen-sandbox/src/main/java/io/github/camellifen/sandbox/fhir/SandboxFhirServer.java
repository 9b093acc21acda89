package io.github.camellifen.sandbox.fhir;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.rest.api.EncodingEnum;
import ca.uhn.fhir.rest.server.FifoMemoryPagingProvider;
import ca.uhn.fhir.rest.server.RestfulServer;
import io.github.camellifen.sandbox.http.JsonBodies;
import io.github.camellifen.sandbox.http.SandboxActivity;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;

/**
 * HAPI FHIR R4 server with the sandbox's resource providers. One instance serves both {@code /fhir/v3} and
 * {@code /fhir/v2}, and HAPI derives the base URL of each response from the path the request came in on.
 */
public final class SandboxFhirServer extends RestfulServer {

    private static final long serialVersionUID = 1L;

    private static final int DEFAULT_PAGE_SIZE = 20;
    private static final int STORED_SEARCHES = 100;

    /**
     * Creates the server.
     *
     * @param store the data
     * @param activity where received documents are recorded
     */
    public SandboxFhirServer(FhirStore store, SandboxActivity activity) {
        super(FhirContext.forR4Cached());
        setDefaultResponseEncoding(EncodingEnum.JSON);
        setResourceProviders(List.of(
                new PatientProvider(store),
                new EncounterProvider(store),
                new CommunicationRequestProvider(store, activity),
                new CommunicationProvider(store)));

        // Keeps the last searches in memory, so that next links work and _count is capped.
        FifoMemoryPagingProvider pagingProvider = new FifoMemoryPagingProvider(STORED_SEARCHES);
        pagingProvider.setDefaultPageSize(DEFAULT_PAGE_SIZE);
        pagingProvider.setMaximumPageSize(SearchSupport.MAX_COUNT);
        setPagingProvider(pagingProvider);

        registerInterceptor(new LifenErrorInterceptor());
        registerInterceptor(new SearchBundleInterceptor());
    }

    /**
     * Serves a request, then replaces HAPI's error body with the Lifen-style one, if the request failed.
     */
    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        super.service(request, new LifenErrorResponse(request, response));

        Object error = request.getAttribute(LifenErrorInterceptor.LifenError.REQUEST_ATTRIBUTE);
        if (error instanceof LifenErrorInterceptor.LifenError lifenError) {
            // HAPI re-adds every header after its own reset, which doubles Date and Server on Jetty 12.
            response.reset();
            lifenError.headers().forEach((name, values) -> values.forEach(value -> response.addHeader(name, value)));
            JsonBodies.send(response, lifenError.status(), JsonBodies.FHIR_JSON,
                    JsonBodies.operationOutcome(lifenError.issues()));
        }
    }
}
