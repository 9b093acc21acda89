package io.github.camellifen.sandbox.fhir;

import ca.uhn.fhir.rest.api.MethodOutcome;
import ca.uhn.fhir.rest.api.server.RequestDetails;
import ca.uhn.fhir.rest.server.exceptions.ResourceNotFoundException;
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.Resource;

/**
 * The create, read and update steps shared by the API v2 resource providers.
 *
 * <p>HAPI returns 201 with {@code Location: <base>/<type>/<id>/_history/1} for a create, and 200 for an
 * update. Both responses contain the stored resource.
 */
final class RestWrites {

    private RestWrites() {
    }

    /**
     * Stores a new resource in the caller's database.
     *
     * @param store the data
     * @param request the request
     * @param resource the resource as sent
     * @return the outcome, with the new versioned id and the stored resource
     */
    static MethodOutcome create(FhirStore store, RequestDetails request, Resource resource) {
        Resource created = store.create(SearchSupport.databaseReference(request), resource);
        return outcome(created).setCreated(true);
    }

    /**
     * Replaces a resource of the caller's database with a new version.
     *
     * @param store the data
     * @param request the request
     * @param id id from the URL
     * @param resource the new content
     * @return the outcome, with the new versioned id and the stored resource
     * @throws ResourceNotFoundException if the caller's database has no resource with this id
     */
    static MethodOutcome update(FhirStore store, RequestDetails request, IdType id, Resource resource) {
        Resource updated = store.update(SearchSupport.databaseReference(request), id.getIdPart(), resource)
                .orElseThrow(() -> new ResourceNotFoundException(
                        "Unknown service (PUT) : " + resource.fhirType() + "/" + id.getIdPart()));
        return outcome(updated);
    }

    /**
     * Reads a resource of the caller's database.
     *
     * @throws ResourceNotFoundException with Lifen's message if the caller's database has no such resource
     */
    static <T extends Resource> T read(FhirStore store, RequestDetails request, Class<T> type, IdType id) {
        return store.read(SearchSupport.databaseReference(request), type, id.getIdPart())
                .orElseThrow(() -> new ResourceNotFoundException(
                        "Unknown service (GET) : " + type.getSimpleName() + "/" + id.getIdPart()));
    }

    private static MethodOutcome outcome(Resource resource) {
        MethodOutcome outcome = new MethodOutcome(resource.getIdElement());
        outcome.setResource(resource);
        return outcome;
    }
}
