package io.github.camellifen.sandbox.fhir;

import ca.uhn.fhir.rest.annotation.Create;
import ca.uhn.fhir.rest.annotation.IdParam;
import ca.uhn.fhir.rest.annotation.ResourceParam;
import ca.uhn.fhir.rest.annotation.Update;
import ca.uhn.fhir.rest.api.MethodOutcome;
import ca.uhn.fhir.rest.api.server.RequestDetails;
import ca.uhn.fhir.rest.server.IResourceProvider;
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.Patient;

/**
 * Patient create and update of Lifen's API v2. The patients join the caller's database, so API v3 reads and
 * searches find them too. Each update is passed to a {@link PatientUpdateListener}.
 */
public final class PatientWriteProvider implements IResourceProvider {

    private final FhirStore store;
    private final PatientUpdateListener updateListener;

    /**
     * Creates the provider.
     *
     * @param store the data
     * @param updateListener receives each updated patient
     */
    public PatientWriteProvider(FhirStore store, PatientUpdateListener updateListener) {
        this.store = store;
        this.updateListener = updateListener;
    }

    @Override
    public Class<Patient> getResourceType() {
        return Patient.class;
    }

    /**
     * Creates a patient.
     *
     * @param patient the patient
     * @param request the request
     * @return the outcome, with the stored patient
     */
    @Create
    public MethodOutcome create(@ResourceParam Patient patient, RequestDetails request) {
        return RestWrites.create(store, request, patient);
    }

    /**
     * Updates a patient, then passes the stored version to the update listener.
     *
     * @param id patient id
     * @param patient the new content
     * @param request the request
     * @return the outcome, with the stored patient
     */
    @Update
    public MethodOutcome update(@IdParam IdType id, @ResourceParam Patient patient, RequestDetails request) {
        MethodOutcome outcome = RestWrites.update(store, request, id, patient);

        Patient stored = (Patient) outcome.getResource();
        updateListener.patientUpdated(SearchSupport.databaseReference(request), stored.copy());
        return outcome;
    }
}
