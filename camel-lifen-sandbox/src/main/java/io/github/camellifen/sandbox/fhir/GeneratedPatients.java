package io.github.camellifen.sandbox.fhir;

import static io.github.camellifen.sandbox.SandboxSeedData.IDENTIFIER_SYSTEM;

import io.github.camellifen.sandbox.SandboxSeedData;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.hl7.fhir.r4.model.DateType;
import org.hl7.fhir.r4.model.Enumerations.AdministrativeGender;
import org.hl7.fhir.r4.model.HumanName;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Patient;

/**
 * Builds numbered patients that share a family name, so that tests can page through large search results.
 */
final class GeneratedPatients {

    // After every seed patient, one minute apart, so that the default order is the numbering.
    private static final Instant FIRST_UPDATE = Instant.parse("2025-01-01T00:00:00Z");
    private static final LocalDate FIRST_BIRTH_DATE = LocalDate.of(1950, 1, 1);
    private static final long FIRST_IPP = 900_000_001L;

    private GeneratedPatients() {
    }

    /**
     * Builds the patients {@code generated-patient-1} to {@code generated-patient-<count>}, whose given names
     * are {@code Patient001}, {@code Patient002} and so on, zero-padded to the width of {@code count}.
     *
     * @param count number of patients
     * @param family family name of every patient
     * @param databaseReference database written in each patient's DatabaseReference extension
     * @return new patient instances, in numbering order
     */
    static List<Patient> create(int count, String family, String databaseReference) {
        String givenFormat = "Patient%0" + Integer.toString(count).length() + "d";
        List<Patient> patients = new ArrayList<>(count);
        for (int number = 1; number <= count; number++) {
            patients.add(patient(number, family, givenFormat.formatted(number), databaseReference));
        }
        return patients;
    }

    private static Patient patient(int number, String family, String given, String databaseReference) {
        Patient patient = new Patient();
        Instant lastUpdated = FIRST_UPDATE.plus(Duration.ofMinutes(number));
        LifenResources.stamp(patient, SandboxSeedData.GENERATED_PATIENT_ID_PREFIX + number, "1",
                LifenResources.instant(lastUpdated), databaseReference);

        patient.addIdentifier(new Identifier()
                .setUse(Identifier.IdentifierUse.OFFICIAL)
                .setSystem(IDENTIFIER_SYSTEM)
                .setValue(Long.toString(FIRST_IPP + number - 1)));
        patient.addName(new HumanName().setUse(HumanName.NameUse.OFFICIAL).setFamily(family).addGiven(given));
        patient.setGender(number % 2 == 0 ? AdministrativeGender.MALE : AdministrativeGender.FEMALE);
        patient.setBirthDateElement(new DateType(FIRST_BIRTH_DATE.plusDays(number).toString()));
        return patient;
    }
}
