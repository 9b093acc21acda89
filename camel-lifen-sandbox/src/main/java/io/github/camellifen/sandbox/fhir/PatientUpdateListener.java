package io.github.camellifen.sandbox.fhir;

import org.hl7.fhir.r4.model.Patient;

/**
 * Receives each patient that a client updated through the API, for example to raise a webhook event.
 */
@FunctionalInterface
public interface PatientUpdateListener {

    /** A listener that does nothing. */
    PatientUpdateListener NONE = (databaseReference, patient) -> {
    };

    /**
     * Called after an update is stored, in the request's thread, before the response is sent. It must not throw.
     *
     * @param databaseReference database of the patient
     * @param patient a copy of the stored version
     */
    void patientUpdated(String databaseReference, Patient patient);
}
