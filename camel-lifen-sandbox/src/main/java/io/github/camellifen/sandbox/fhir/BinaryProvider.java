package io.github.camellifen.sandbox.fhir;

import ca.uhn.fhir.rest.annotation.Create;
import ca.uhn.fhir.rest.annotation.IdParam;
import ca.uhn.fhir.rest.annotation.Read;
import ca.uhn.fhir.rest.annotation.ResourceParam;
import ca.uhn.fhir.rest.annotation.Update;
import ca.uhn.fhir.rest.api.MethodOutcome;
import ca.uhn.fhir.rest.api.server.RequestDetails;
import ca.uhn.fhir.rest.server.IResourceProvider;
import org.hl7.fhir.r4.model.Binary;
import org.hl7.fhir.r4.model.IdType;

/**
 * Binary create, read and update of Lifen's API v2. HAPI accepts a Binary resource in JSON, or the raw
 * document with its own media type, such as {@code application/pdf}.
 */
public final class BinaryProvider implements IResourceProvider {

    private final FhirStore store;

    /**
     * Creates the provider.
     *
     * @param store the data
     */
    public BinaryProvider(FhirStore store) {
        this.store = store;
    }

    @Override
    public Class<Binary> getResourceType() {
        return Binary.class;
    }

    /**
     * Creates a binary.
     *
     * @param binary the binary
     * @param request the request
     * @return the outcome, with the stored binary
     */
    @Create
    public MethodOutcome create(@ResourceParam Binary binary, RequestDetails request) {
        return RestWrites.create(store, request, binary);
    }

    /**
     * Reads a binary of the caller's database.
     *
     * @param id binary id
     * @param request the request
     * @return the binary
     */
    @Read
    public Binary read(@IdParam IdType id, RequestDetails request) {
        return RestWrites.read(store, request, Binary.class, id);
    }

    /**
     * Updates a binary.
     *
     * @param id binary id
     * @param binary the new content
     * @param request the request
     * @return the outcome, with the stored binary
     */
    @Update
    public MethodOutcome update(@IdParam IdType id, @ResourceParam Binary binary, RequestDetails request) {
        return RestWrites.update(store, request, id, binary);
    }
}
