package io.github.camellifen.sandbox.fhir;

import ca.uhn.fhir.rest.annotation.Create;
import ca.uhn.fhir.rest.annotation.IdParam;
import ca.uhn.fhir.rest.annotation.Read;
import ca.uhn.fhir.rest.annotation.ResourceParam;
import ca.uhn.fhir.rest.annotation.Update;
import ca.uhn.fhir.rest.api.MethodOutcome;
import ca.uhn.fhir.rest.api.server.RequestDetails;
import ca.uhn.fhir.rest.server.IResourceProvider;
import org.hl7.fhir.r4.model.DocumentReference;
import org.hl7.fhir.r4.model.IdType;

/**
 * DocumentReference create, read and update of Lifen's API v2. A DocumentReference carries its document
 * inline in {@code content[0].attachment.data}, or points to a Binary with {@code content[0].attachment.url}.
 */
public final class DocumentReferenceProvider implements IResourceProvider {

    private final FhirStore store;

    /**
     * Creates the provider.
     *
     * @param store the data
     */
    public DocumentReferenceProvider(FhirStore store) {
        this.store = store;
    }

    @Override
    public Class<DocumentReference> getResourceType() {
        return DocumentReference.class;
    }

    /**
     * Creates a document reference.
     *
     * @param documentReference the document reference
     * @param request the request
     * @return the outcome, with the stored document reference
     */
    @Create
    public MethodOutcome create(@ResourceParam DocumentReference documentReference, RequestDetails request) {
        return RestWrites.create(store, request, documentReference);
    }

    /**
     * Reads a document reference of the caller's database.
     *
     * @param id document reference id
     * @param request the request
     * @return the document reference
     */
    @Read
    public DocumentReference read(@IdParam IdType id, RequestDetails request) {
        return RestWrites.read(store, request, DocumentReference.class, id);
    }

    /**
     * Updates a document reference.
     *
     * @param id document reference id
     * @param documentReference the new content
     * @param request the request
     * @return the outcome, with the stored document reference
     */
    @Update
    public MethodOutcome update(@IdParam IdType id, @ResourceParam DocumentReference documentReference,
            RequestDetails request) {
        return RestWrites.update(store, request, id, documentReference);
    }
}
