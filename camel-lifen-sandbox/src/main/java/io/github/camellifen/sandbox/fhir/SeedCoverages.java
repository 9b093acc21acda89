package io.github.camellifen.sandbox.fhir;

import io.github.camellifen.sandbox.SandboxSeedData;
import java.util.List;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Coverage;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.InstantType;
import org.hl7.fhir.r4.model.Period;
import org.hl7.fhir.r4.model.Reference;

/**
 * Builds the seed coverages, shaped like Lifen's Coverage search example: a NIR identifier, the beneficiary
 * and the payor.
 */
final class SeedCoverages {

    private static final String IDENTIFIER_TYPE_SYSTEM = "http://terminology.hl7.org/CodeSystem/v2-0203";
    private static final String NIR_SYSTEM = "urn:oid:1.2.250.1.213.1.4.8";
    // A made-up health insurance fund.
    private static final String PAYOR = "Organization/999000090";

    private SeedCoverages() {
    }

    /**
     * Builds the seed coverages of a database.
     *
     * @param databaseReference database written in each coverage's DatabaseReference extension
     * @return new coverage instances
     */
    static List<Coverage> coverages(String databaseReference) {
        return List.of(
                coverage(SandboxSeedData.COVERAGE_MICHUE_ID, SandboxSeedData.COVERAGE_MICHUE_NIR,
                        SandboxSeedData.PATIENT_MICHUE_ID, "2020-01-01T00:00:00+01:00",
                        "2022-10-04T09:35:00.000+00:00", databaseReference),
                coverage(SandboxSeedData.COVERAGE_DUPRE_ID, SandboxSeedData.COVERAGE_DUPRE_NIR,
                        SandboxSeedData.PATIENT_DUPRE_ID, "2023-01-01T00:00:00+01:00",
                        "2023-02-01T10:20:00.000+00:00", databaseReference));
    }

    private static Coverage coverage(String id, String nir, String patientId, String start, String lastUpdated,
            String databaseReference) {
        Coverage coverage = new Coverage();
        LifenResources.stamp(coverage, id, "1", new InstantType(lastUpdated), databaseReference);

        coverage.addIdentifier(new Identifier()
                .setUse(Identifier.IdentifierUse.OFFICIAL)
                .setType(new CodeableConcept(new Coding().setSystem(IDENTIFIER_TYPE_SYSTEM).setCode("NH")))
                .setSystem(NIR_SYSTEM)
                .setValue(nir));
        coverage.setStatus(Coverage.CoverageStatus.ACTIVE);
        coverage.setBeneficiary(new Reference("Patient/" + patientId));
        coverage.setPeriod(new Period().setStartElement(new DateTimeType(start)));
        coverage.addPayor(new Reference(PAYOR));
        return coverage;
    }
}
