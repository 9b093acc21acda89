package io.github.camellifen.sandbox;

import java.util.Arrays;
import java.util.Optional;

/**
 * The event types of Lifen's platform webhooks, with the keys of their {@code event-details}.
 */
public enum WebhookEventType {

    /** A patient record was updated; details {@code patient-id} and {@code patient-ipp}. */
    PATIENT_UPDATED("patient.updated"),

    /**
     * A patient record was merged into another; details {@code source-patient-id}, {@code source-patient-ipp},
     * {@code target-patient-id} and {@code target-patient-ipp}.
     */
    PATIENT_MERGED("patient.merged"),

    /**
     * An encounter (séjour) was created; details {@code encounter-id}, {@code encounter-status},
     * {@code patient-id} and {@code functional-units} (an array).
     */
    ENCOUNTER_CREATED("encounter.created");

    private final String value;

    WebhookEventType(String value) {
        this.value = value;
    }

    /**
     * Returns the name Lifen uses in {@code event-type} and in the {@code x-lifen-platform-event-type} header.
     *
     * @return for example {@code patient.updated}
     */
    public String value() {
        return value;
    }

    /**
     * Finds the event type with this Lifen name.
     *
     * @param value for example {@code patient.updated}
     * @return the type, or empty for an unknown name
     */
    public static Optional<WebhookEventType> fromValue(String value) {
        return Arrays.stream(values()).filter(type -> type.value.equals(value)).findFirst();
    }

    @Override
    public String toString() {
        return value;
    }
}
