package io.github.camellifen.sandbox;

/**
 * Ids and values of the patients and encounters that every sandbox contains under
 * {@link LifenSandbox#DEFAULT_DATABASE_REFERENCE}.
 *
 * <p>The first patient and encounter follow Lifen's own API examples (MICHUE PAULETTE); the others add
 * accented names and more than one encounter per organization.
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

    private SandboxSeedData() {
    }
}
