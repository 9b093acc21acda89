package io.github.camellifen.sandbox.fhir;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.rest.api.EncodingEnum;
import ca.uhn.fhir.rest.server.IResourceProvider;
import ca.uhn.fhir.rest.server.RestfulServer;
import io.github.camellifen.sandbox.http.JsonBodies;
import io.github.camellifen.sandbox.http.SandboxActivity;
import io.github.camellifen.sandbox.http.UnreadBodies;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * HAPI FHIR R4 server with the sandbox's resource providers for one {@linkplain FhirApiVersion API version}.
 * The v2 and v3 servers share the data, and HAPI derives the base URL of each response from the path the
 * request came in on.
 */
public final class SandboxFhirServer extends RestfulServer {

    private static final long serialVersionUID = 1L;

    private static final int DEFAULT_PAGE_SIZE = 20;

    /**
     * Creates the server.
     *
     * @param version API version, which decides the providers
     * @param store the data
     * @param directory the national directory
     * @param activity where received documents are recorded
     * @param restrictions per-client rejections of sending operations
     * @param patientUpdates receives each patient updated through API v2
     */
    public SandboxFhirServer(FhirApiVersion version, FhirStore store, Directory directory, SandboxActivity activity,
            ClientRestrictions restrictions, PatientUpdateListener patientUpdates) {
        super(FhirContext.forR4Cached());
        setDefaultResponseEncoding(EncodingEnum.JSON);
        setResourceProviders(providers(version, store, directory, activity, restrictions, patientUpdates));

        // Keeps the searches of more than one page, so that next links work; also caps _count.
        setPagingProvider(new SandboxPagingProvider(store.clock(), DEFAULT_PAGE_SIZE, SearchSupport.MAX_COUNT));

        registerInterceptor(new LifenErrorInterceptor());
        registerInterceptor(new SearchBundleInterceptor());
    }

    private static List<IResourceProvider> providers(FhirApiVersion version, FhirStore store, Directory directory,
            SandboxActivity activity, ClientRestrictions restrictions, PatientUpdateListener patientUpdates) {
        List<IResourceProvider> providers = new ArrayList<>(List.of(
                new PatientProvider(store),
                new EncounterProvider(store),
                new CoverageProvider(store),
                new AppointmentProvider(store),
                new CommunicationRequestProvider(store, directory, activity, restrictions),
                new CommunicationProvider(store),
                new PractitionerProvider(directory, store.clock()),
                new OrganizationProvider(directory, store.clock())));
        if (version == FhirApiVersion.V2) {
            providers.addAll(List.of(
                    new PatientWriteProvider(store, patientUpdates),
                    new BinaryProvider(store),
                    new DocumentReferenceProvider(store),
                    new CommunicationRequestWriteProvider(store, activity, restrictions)));
        }
        return providers;
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
            UnreadBodies.discard(request, response);
            JsonBodies.send(response, lifenError.status(), JsonBodies.FHIR_JSON,
                    JsonBodies.operationOutcome(lifenError.issues()));
        }
    }
}
