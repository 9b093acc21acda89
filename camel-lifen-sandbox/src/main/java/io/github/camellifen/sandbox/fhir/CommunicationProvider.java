package io.github.camellifen.sandbox.fhir;

import ca.uhn.fhir.rest.annotation.IdParam;
import ca.uhn.fhir.rest.annotation.Read;
import ca.uhn.fhir.rest.annotation.RequiredParam;
import ca.uhn.fhir.rest.annotation.Search;
import ca.uhn.fhir.rest.api.server.RequestDetails;
import ca.uhn.fhir.rest.param.ReferenceParam;
import ca.uhn.fhir.rest.server.IResourceProvider;
import ca.uhn.fhir.rest.server.exceptions.ResourceNotFoundException;
import java.util.List;
import org.hl7.fhir.r4.model.Communication;
import org.hl7.fhir.r4.model.IdType;

/**
 * Communications that track sent documents: search by {@code based-on} (the tracking URL) and read.
 */
public final class CommunicationProvider implements IResourceProvider {

    private final FhirStore store;

    /**
     * Creates the provider.
     *
     * @param store the data
     */
    public CommunicationProvider(FhirStore store) {
        this.store = store;
    }

    @Override
    public Class<Communication> getResourceType() {
        return Communication.class;
    }

    /**
     * Finds the Communication of a CommunicationRequest. HAPI applies {@code _elements} to the result.
     *
     * @param basedOn {@code CommunicationRequest/<transaction id>}
     * @param request the request
     * @return the Communication, or an empty list if the transaction is unknown in the caller's database
     */
    @Search
    public List<Communication> searchByBasedOn(
            @RequiredParam(name = Communication.SP_BASED_ON) ReferenceParam basedOn, RequestDetails request) {
        String resourceType = basedOn.getResourceType();
        if (resourceType != null && !"CommunicationRequest".equals(resourceType)) {
            return List.of();
        }
        return store.trackedCommunication(SearchSupport.databaseReference(request), basedOn.getIdPart())
                .map(List::of)
                .orElse(List.of());
    }

    /**
     * Reads a Communication.
     *
     * @param id Communication id
     * @param request the request
     * @return the Communication
     */
    @Read
    public Communication read(@IdParam IdType id, RequestDetails request) {
        return store.communication(SearchSupport.databaseReference(request), id.getIdPart())
                .orElseThrow(() -> new ResourceNotFoundException("Unknown service (GET) : Communication/" + id.getIdPart()));
    }
}
