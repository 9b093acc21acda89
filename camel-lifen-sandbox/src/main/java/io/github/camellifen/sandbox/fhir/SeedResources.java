package io.github.camellifen.sandbox.fhir;

import static io.github.camellifen.sandbox.SandboxSeedData.IDENTIFIER_SYSTEM;
import static io.github.camellifen.sandbox.SandboxSeedData.STRUCTURE_ID;

import io.github.camellifen.sandbox.SandboxSeedData;
import java.util.List;
import org.hl7.fhir.r4.model.Address;
import org.hl7.fhir.r4.model.CodeType;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.ContactPoint;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.DateType;
import org.hl7.fhir.r4.model.Encounter;
import org.hl7.fhir.r4.model.Enumerations.AdministrativeGender;
import org.hl7.fhir.r4.model.HumanName;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.InstantType;
import org.hl7.fhir.r4.model.IntegerType;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Period;
import org.hl7.fhir.r4.model.Reference;

/**
 * Builds the seed patients and encounters, shaped like Lifen's API examples.
 */
final class SeedResources {

    private static final String BIRTH_PLACE_EXTENSION = "http://hl7.org/fhir/StructureDefinition/birthPlace";
    private static final String INS_RELIABILITY_EXTENSION =
            "http://lifen.fr/fhir/StructureDefinition/Patient/Extension/ReliabilityINS";
    private static final String PATIENT_IDENTIFIER_TYPE_SYSTEM =
            "http://interopsante.org/fhir/valueset/fr-patient-identifier-type";
    private static final String ENCOUNTER_IDENTIFIER_TYPE_SYSTEM =
            "http://www.interopsante.org/fhir/valueset/fr-encounter-identifier-type";
    private static final Reference ORGANIZATION = new Reference("Organization/" + STRUCTURE_ID);

    private SeedResources() {
    }

    /**
     * Builds the seed patients of a database.
     *
     * @param databaseReference database written in each patient's DatabaseReference extension
     * @return new patient instances
     */
    static List<Patient> patients(String databaseReference) {
        Patient michue = patient(SandboxSeedData.PATIENT_MICHUE_ID, SandboxSeedData.PATIENT_MICHUE_IPP,
                "MICHUE", "PAULETTE", AdministrativeGender.FEMALE, "1940-11-10", "2022-10-04T09:34:43.000+00:00",
                databaseReference);
        michue.setMultipleBirth(new IntegerType(1));
        michue.setDeceased(new DateTimeType("2022-01-31T00:00:00+01:00"));

        Patient dupre = patient(SandboxSeedData.PATIENT_DUPRE_ID, SandboxSeedData.PATIENT_DUPRE_IPP,
                "Dupré", "Hélène", AdministrativeGender.FEMALE, "1975-03-14", "2023-02-01T10:15:00.000+00:00",
                databaseReference);
        dupre.addTelecom().setSystem(ContactPoint.ContactPointSystem.PHONE).setValue("06 00 00 00 02");

        Patient martin = patient(SandboxSeedData.PATIENT_MARTIN_ID, SandboxSeedData.PATIENT_MARTIN_IPP,
                "MARTIN", "PIERRE", AdministrativeGender.MALE, "1962-07-01", "2023-05-17T08:00:00.000+00:00",
                databaseReference);

        Patient lefevre = patient(SandboxSeedData.PATIENT_LEFEVRE_ID, SandboxSeedData.PATIENT_LEFEVRE_IPP,
                "Lefèvre", "Jean-François", AdministrativeGender.MALE, "1988-12-25", "2024-01-09T16:45:00.000+00:00",
                databaseReference);

        return List.of(michue, dupre, martin, lefevre);
    }

    /**
     * Builds the seed encounters of a database, one or more per seed patient.
     *
     * @param databaseReference database written in each encounter's DatabaseReference extension
     * @return new encounter instances
     */
    static List<Encounter> encounters(String databaseReference) {
        return List.of(
                encounter(SandboxSeedData.ENCOUNTER_MICHUE_ID, SandboxSeedData.ENCOUNTER_MICHUE_VISIT_NUMBER,
                        SandboxSeedData.PATIENT_MICHUE_ID, Encounter.EncounterStatus.INPROGRESS,
                        "2022-07-12T11:00:35.000Z", "2021-11-23T00:00:00+01:00", "2022-10-24T00:00:00+02:00",
                        "2022-10-04T09:41:57.000+00:00", databaseReference),
                encounter(SandboxSeedData.ENCOUNTER_DUPRE_ID, SandboxSeedData.ENCOUNTER_DUPRE_VISIT_NUMBER,
                        SandboxSeedData.PATIENT_DUPRE_ID, Encounter.EncounterStatus.FINISHED,
                        "2023-02-01T09:00:00.000Z", "2023-02-01T09:00:00+01:00", "2023-02-03T12:00:00+01:00",
                        "2023-02-03T11:05:00.000+00:00", databaseReference),
                encounter(SandboxSeedData.ENCOUNTER_MARTIN_ID, SandboxSeedData.ENCOUNTER_MARTIN_VISIT_NUMBER,
                        SandboxSeedData.PATIENT_MARTIN_ID, Encounter.EncounterStatus.FINISHED,
                        "2023-05-17T07:30:00.000Z", "2023-05-17T08:30:00+02:00", "2023-05-17T18:00:00+02:00",
                        "2023-05-17T16:10:00.000+00:00", databaseReference),
                encounter(SandboxSeedData.ENCOUNTER_LEFEVRE_ID, SandboxSeedData.ENCOUNTER_LEFEVRE_VISIT_NUMBER,
                        SandboxSeedData.PATIENT_LEFEVRE_ID, Encounter.EncounterStatus.INPROGRESS,
                        "2024-01-09T15:00:00.000Z", "2024-01-09T16:00:00+01:00", null,
                        "2024-01-09T16:45:00.000+00:00", databaseReference));
    }

    private static Patient patient(String id, String ipp, String family, String given, AdministrativeGender gender,
            String birthDate, String lastUpdated, String databaseReference) {
        Patient patient = new Patient();
        patient.addExtension(BIRTH_PLACE_EXTENSION, new Address()
                .setCity("Melun")
                .setDistrict("77487")
                .setPostalCode("77000")
                .setCountry("FRA"));
        patient.addExtension(INS_RELIABILITY_EXTENSION, new CodeType("QUALI"));
        LifenResources.stamp(patient, id, "2", new InstantType(lastUpdated), databaseReference);

        patient.addIdentifier(identifier(PATIENT_IDENTIFIER_TYPE_SYSTEM, "1.0", "PI", "PI", ipp));
        patient.addName(name(HumanName.NameUse.MAIDEN, family, given));
        patient.addName(name(HumanName.NameUse.USUAL, family, given));
        patient.addName(name(HumanName.NameUse.OFFICIAL, family, given));
        patient.setGender(gender);
        patient.setBirthDateElement(new DateType(birthDate));
        patient.setManagingOrganization(ORGANIZATION.copy());
        return patient;
    }

    private static Encounter encounter(String id, String visitNumber, String patientId,
            Encounter.EncounterStatus status, String statusSince, String start, String end, String lastUpdated,
            String databaseReference) {
        Encounter encounter = new Encounter();
        LifenResources.stamp(encounter, id, "2", new InstantType(lastUpdated), databaseReference);

        Identifier identifier = identifier(ENCOUNTER_IDENTIFIER_TYPE_SYSTEM, "3.0.1", "VN", "Visit Number", visitNumber);
        identifier.setAssigner(ORGANIZATION.copy());
        encounter.addIdentifier(identifier);

        encounter.setStatus(status);
        encounter.addStatusHistory()
                .setStatus(status)
                .setPeriod(new Period().setStartElement(new DateTimeType(statusSince)));
        encounter.setSubject(new Reference("Patient/" + patientId));

        Period period = new Period().setStartElement(new DateTimeType(start));
        if (end != null) {
            period.setEndElement(new DateTimeType(end));
        }
        encounter.setPeriod(period);
        encounter.setServiceProvider(ORGANIZATION.copy());
        return encounter;
    }

    private static Identifier identifier(String typeSystem, String typeVersion, String typeCode, String typeDisplay,
            String value) {
        Coding type = new Coding(typeSystem, typeCode, typeDisplay).setVersion(typeVersion);
        return new Identifier()
                .setUse(Identifier.IdentifierUse.OFFICIAL)
                .setType(new CodeableConcept(type))
                .setSystem(IDENTIFIER_SYSTEM)
                .setValue(value);
    }

    private static HumanName name(HumanName.NameUse use, String family, String given) {
        return new HumanName().setUse(use).setFamily(family).addGiven(given);
    }
}
