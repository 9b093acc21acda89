package io.github.camellifen.sandbox.fhir;

import io.github.camellifen.sandbox.SandboxSeedData;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Patient;

/**
 * Reads the IPP (the organization's patient identifier) of a patient.
 */
public final class PatientIdentifiers {

    // Identifier type of an IPP in the French FHIR profiles: "PI", patient internal identifier.
    private static final String IPP_TYPE_CODE = "PI";

    private PatientIdentifiers() {
    }

    /**
     * Returns the IPP of a patient: the value of its first identifier typed {@code PI}, or else of its first
     * identifier in {@link SandboxSeedData#IDENTIFIER_SYSTEM}, which generated patients have.
     *
     * @param patient the patient
     * @return the IPP, or {@code null} if the patient has neither identifier
     */
    public static String ipp(Patient patient) {
        return patient.getIdentifier().stream()
                .filter(identifier -> identifier.getType().getCoding().stream()
                        .anyMatch(coding -> IPP_TYPE_CODE.equals(coding.getCode())))
                .findFirst()
                .or(() -> patient.getIdentifier().stream()
                        .filter(identifier -> SandboxSeedData.IDENTIFIER_SYSTEM.equals(identifier.getSystem()))
                        .findFirst())
                .map(Identifier::getValue)
                .orElse(null);
    }
}
