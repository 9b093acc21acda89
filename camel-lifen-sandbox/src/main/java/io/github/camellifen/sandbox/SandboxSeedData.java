package io.github.camellifen.sandbox;

/**
 * Ids and values of the data that every sandbox contains: patients, encounters, coverages and appointments
 * under {@link LifenSandbox#DEFAULT_DATABASE_REFERENCE}, and the national directory of practitioners and
 * organizations, which is visible to every database reference.
 *
 * <p>The first patient and encounter follow Lifen's own API examples (MICHUE PAULETTE); the others add
 * accented names and more than one encounter per organization. Every RPPS, FINESS, NIR and MSSanté address
 * here is made up.
 */
public final class SandboxSeedData {

    /** Identifier of the healthcare organization that owns the seed data (a made-up structure number). */
    public static final String STRUCTURE_ID = "999000001";

    /** System of the patient (IPP) and encounter (visit number) identifiers of the organization. */
    public static final String IDENTIFIER_SYSTEM = "urn:oid:1.2.250.1.71.4.2.2." + STRUCTURE_ID;

    /** MICHUE PAULETTE, born 1940-11-10, as in Lifen's examples. */
    public static final String PATIENT_MICHUE_ID = "sandbox-patient-1";
    /** IPP of MICHUE PAULETTE. */
    public static final String PATIENT_MICHUE_IPP = "100000001";

    /** Hélène Dupré, born 1975-03-14. */
    public static final String PATIENT_DUPRE_ID = "sandbox-patient-2";
    /** IPP of Hélène Dupré. */
    public static final String PATIENT_DUPRE_IPP = "100000002";

    /** MARTIN PIERRE, born 1962-07-01. */
    public static final String PATIENT_MARTIN_ID = "sandbox-patient-3";
    /** IPP of MARTIN PIERRE. */
    public static final String PATIENT_MARTIN_IPP = "100000003";

    /** Jean-François Lefèvre, born 1988-12-25. */
    public static final String PATIENT_LEFEVRE_ID = "sandbox-patient-4";
    /** IPP of Jean-François Lefèvre. */
    public static final String PATIENT_LEFEVRE_IPP = "100000004";

    /** In-progress encounter of MICHUE PAULETTE, as in Lifen's examples. */
    public static final String ENCOUNTER_MICHUE_ID = "sandbox-encounter-1";
    /** Visit number of {@link #ENCOUNTER_MICHUE_ID}. */
    public static final String ENCOUNTER_MICHUE_VISIT_NUMBER = "200000001";

    /** Finished encounter of Hélène Dupré. */
    public static final String ENCOUNTER_DUPRE_ID = "sandbox-encounter-2";
    /** Visit number of {@link #ENCOUNTER_DUPRE_ID}. */
    public static final String ENCOUNTER_DUPRE_VISIT_NUMBER = "200000002";

    /** Finished encounter of MARTIN PIERRE. */
    public static final String ENCOUNTER_MARTIN_ID = "sandbox-encounter-3";
    /** Visit number of {@link #ENCOUNTER_MARTIN_ID}. */
    public static final String ENCOUNTER_MARTIN_VISIT_NUMBER = "200000003";

    /** In-progress encounter of Jean-François Lefèvre. */
    public static final String ENCOUNTER_LEFEVRE_ID = "sandbox-encounter-4";
    /** Visit number of {@link #ENCOUNTER_LEFEVRE_ID}. */
    public static final String ENCOUNTER_LEFEVRE_VISIT_NUMBER = "200000004";

    /** Coverage of MICHUE PAULETTE, whose identifier is a NIR as in Lifen's example. */
    public static final String COVERAGE_MICHUE_ID = "sandbox-coverage-1";
    /** NIR in the identifier of {@link #COVERAGE_MICHUE_ID}. */
    public static final String COVERAGE_MICHUE_NIR = "240117728800106";

    /** Coverage of Hélène Dupré. */
    public static final String COVERAGE_DUPRE_ID = "sandbox-coverage-2";
    /** NIR in the identifier of {@link #COVERAGE_DUPRE_ID}. */
    public static final String COVERAGE_DUPRE_NIR = "275037505600235";

    /** Booked appointment of MICHUE PAULETTE on 2026-03-10 at 09:30 (+01:00). */
    public static final String APPOINTMENT_MICHUE_ID = "sandbox-appointment-1";
    /** Booked follow-up appointment of MICHUE PAULETTE on 2026-09-15 at 14:00 (+02:00). */
    public static final String APPOINTMENT_MICHUE_FOLLOW_UP_ID = "sandbox-appointment-2";
    /** Fulfilled appointment of MARTIN PIERRE on 2025-11-20 at 10:00 (+01:00). */
    public static final String APPOINTMENT_MARTIN_ID = "sandbox-appointment-3";

    /** System of the RPPS identifiers of practitioners in the directory. */
    public static final String RPPS_SYSTEM = "urn:oid:1.2.250.1.71.4.2.1";
    /** System of the FINESS identifiers of organizations in the directory. */
    public static final String FINESS_SYSTEM = "urn:oid:1.2.250.1.71.4.2.2";

    /** Dr Paulette Michue, as in Lifen's directory example; she has two MSSanté addresses. */
    public static final String PRACTITIONER_MICHUE_ID = "sandbox-practitioner-1";
    /** RPPS of {@link #PRACTITIONER_MICHUE_ID}. */
    public static final String PRACTITIONER_MICHUE_RPPS = "10000000001";
    /** Preferred MSSanté address (rank 1) of {@link #PRACTITIONER_MICHUE_ID}. */
    public static final String PRACTITIONER_MICHUE_MSSANTE = "paulette.michue@test.lifen.mssante.fr";

    /** Dr Luc Bernard, cardiologist. */
    public static final String PRACTITIONER_BERNARD_ID = "sandbox-practitioner-2";
    /** RPPS of {@link #PRACTITIONER_BERNARD_ID}. */
    public static final String PRACTITIONER_BERNARD_RPPS = "10000000002";
    /** MSSanté address of {@link #PRACTITIONER_BERNARD_ID}. */
    public static final String PRACTITIONER_BERNARD_MSSANTE = "luc.bernard@ch-angers-sandbox.mssante.fr";

    /** Dr Anne-Sophie Lefèvre, general practitioner. */
    public static final String PRACTITIONER_LEFEVRE_ID = "sandbox-practitioner-3";
    /** RPPS of {@link #PRACTITIONER_LEFEVRE_ID}. */
    public static final String PRACTITIONER_LEFEVRE_RPPS = "10000000003";
    /** MSSanté address of {@link #PRACTITIONER_LEFEVRE_ID}. */
    public static final String PRACTITIONER_LEFEVRE_MSSANTE = "anne-sophie.lefevre@medecin.mssante.fr";

    /** Dr Minh Nguyen, radiologist. */
    public static final String PRACTITIONER_NGUYEN_ID = "sandbox-practitioner-4";
    /** RPPS of {@link #PRACTITIONER_NGUYEN_ID}. */
    public static final String PRACTITIONER_NGUYEN_RPPS = "10000000004";
    /** MSSanté address of {@link #PRACTITIONER_NGUYEN_ID}. */
    public static final String PRACTITIONER_NGUYEN_MSSANTE = "minh.nguyen@clinique-parc-sandbox.mssante.fr";

    /** CH ANGERS SANDBOX, a hospital with two MSSanté addresses. */
    public static final String ORGANIZATION_CH_ANGERS_ID = "sandbox-organization-1";
    /** FINESS of {@link #ORGANIZATION_CH_ANGERS_ID}. */
    public static final String ORGANIZATION_CH_ANGERS_FINESS = "999000011";
    /** Preferred MSSanté address (rank 1) of {@link #ORGANIZATION_CH_ANGERS_ID}. */
    public static final String ORGANIZATION_CH_ANGERS_MSSANTE = "courrier@ch-angers-sandbox.mssante.fr";

    /** CLINIQUE DU PARC SANDBOX, a private clinic. */
    public static final String ORGANIZATION_CLINIQUE_PARC_ID = "sandbox-organization-2";
    /** FINESS of {@link #ORGANIZATION_CLINIQUE_PARC_ID}. */
    public static final String ORGANIZATION_CLINIQUE_PARC_FINESS = "999000012";
    /** MSSanté address of {@link #ORGANIZATION_CLINIQUE_PARC_ID}. */
    public static final String ORGANIZATION_CLINIQUE_PARC_MSSANTE = "accueil@clinique-parc-sandbox.mssante.fr";

    /** Cardiology department, part of {@link #ORGANIZATION_CH_ANGERS_ID}. */
    public static final String ORGANIZATION_CARDIOLOGY_ID = "sandbox-organization-3";
    /** FINESS of {@link #ORGANIZATION_CARDIOLOGY_ID}. */
    public static final String ORGANIZATION_CARDIOLOGY_FINESS = "999000013";
    /** MSSanté address of {@link #ORGANIZATION_CARDIOLOGY_ID}. */
    public static final String ORGANIZATION_CARDIOLOGY_MSSANTE = "cardiologie@ch-angers-sandbox.mssante.fr";

    /**
     * Id prefix of the patients that {@link LifenSandbox.Builder#generatedPatients(int, String)} adds: the
     * patients are {@code generated-patient-1} to {@code generated-patient-<count>}.
     */
    public static final String GENERATED_PATIENT_ID_PREFIX = "generated-patient-";

    private SandboxSeedData() {
    }
}
