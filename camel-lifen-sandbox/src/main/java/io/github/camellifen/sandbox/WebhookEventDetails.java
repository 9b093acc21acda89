package io.github.camellifen.sandbox;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds the {@code event-details} of each {@link WebhookEventType}, with Lifen's keys in Lifen's order, for
 * batches of several events: {@code webhooks.publish(PATIENT_UPDATED, List.of(patientUpdated(...), ...))}.
 */
public final class WebhookEventDetails {

    private WebhookEventDetails() {
    }

    /**
     * Builds the details of a {@code patient.updated} event.
     *
     * @param patientId FHIR id of the patient
     * @param patientIpp IPP of the patient, or {@code null} if it has none
     * @return {@code patient-id} and {@code patient-ipp}
     */
    public static Map<String, Object> patientUpdated(String patientId, String patientIpp) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("patient-id", patientId);
        details.put("patient-ipp", patientIpp);
        return Collections.unmodifiableMap(details);
    }

    /**
     * Builds the details of a {@code patient.merged} event.
     *
     * @param sourcePatientId FHIR id of the patient merged away
     * @param sourcePatientIpp IPP of the patient merged away
     * @param targetPatientId FHIR id of the patient that remains
     * @param targetPatientIpp IPP of the patient that remains
     * @return {@code source-patient-id}, {@code source-patient-ipp}, {@code target-patient-id} and
     *         {@code target-patient-ipp}
     */
    public static Map<String, Object> patientMerged(String sourcePatientId, String sourcePatientIpp,
            String targetPatientId, String targetPatientIpp) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("source-patient-id", sourcePatientId);
        details.put("source-patient-ipp", sourcePatientIpp);
        details.put("target-patient-id", targetPatientId);
        details.put("target-patient-ipp", targetPatientIpp);
        return Collections.unmodifiableMap(details);
    }

    /**
     * Builds the details of an {@code encounter.created} event.
     *
     * @param encounterId FHIR id of the encounter
     * @param encounterStatus FHIR status of the encounter, for example {@code in-progress}
     * @param patientId FHIR id of the encounter's patient
     * @param functionalUnits codes of the functional units (unités fonctionnelles), possibly empty
     * @return {@code encounter-id}, {@code encounter-status}, {@code patient-id} and {@code functional-units}
     */
    public static Map<String, Object> encounterCreated(String encounterId, String encounterStatus, String patientId,
            List<String> functionalUnits) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("encounter-id", encounterId);
        details.put("encounter-status", encounterStatus);
        details.put("patient-id", patientId);
        details.put("functional-units", List.copyOf(functionalUnits));
        return Collections.unmodifiableMap(details);
    }
}
