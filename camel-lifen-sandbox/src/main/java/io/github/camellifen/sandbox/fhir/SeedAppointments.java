package io.github.camellifen.sandbox.fhir;

import io.github.camellifen.sandbox.SandboxSeedData;
import java.util.List;
import org.hl7.fhir.r4.model.Appointment;
import org.hl7.fhir.r4.model.InstantType;
import org.hl7.fhir.r4.model.Reference;

/**
 * Builds the seed appointments: a patient and a practitioner of the directory, both accepted.
 */
final class SeedAppointments {

    private SeedAppointments() {
    }

    /**
     * Builds the seed appointments of a database.
     *
     * @param databaseReference database written in each appointment's DatabaseReference extension
     * @return new appointment instances
     */
    static List<Appointment> appointments(String databaseReference) {
        return List.of(
                appointment(SandboxSeedData.APPOINTMENT_MICHUE_ID, SandboxSeedData.PATIENT_MICHUE_ID,
                        SandboxSeedData.PRACTITIONER_BERNARD_ID, Appointment.AppointmentStatus.BOOKED,
                        "Consultation de cardiologie", "2026-03-10T09:30:00+01:00", "2026-03-10T10:00:00+01:00",
                        "2025-12-01T08:00:00.000+00:00", databaseReference),
                appointment(SandboxSeedData.APPOINTMENT_MICHUE_FOLLOW_UP_ID, SandboxSeedData.PATIENT_MICHUE_ID,
                        SandboxSeedData.PRACTITIONER_BERNARD_ID, Appointment.AppointmentStatus.BOOKED,
                        "Consultation de suivi", "2026-09-15T14:00:00+02:00", "2026-09-15T14:30:00+02:00",
                        "2025-12-01T08:05:00.000+00:00", databaseReference),
                appointment(SandboxSeedData.APPOINTMENT_MARTIN_ID, SandboxSeedData.PATIENT_MARTIN_ID,
                        SandboxSeedData.PRACTITIONER_NGUYEN_ID, Appointment.AppointmentStatus.FULFILLED,
                        "Échographie abdominale", "2025-11-20T10:00:00+01:00", "2025-11-20T10:45:00+01:00",
                        "2025-11-20T11:00:00.000+00:00", databaseReference));
    }

    private static Appointment appointment(String id, String patientId, String practitionerId,
            Appointment.AppointmentStatus status, String description, String start, String end, String lastUpdated,
            String databaseReference) {
        Appointment appointment = new Appointment();
        LifenResources.stamp(appointment, id, "1", new InstantType(lastUpdated), databaseReference);

        appointment.setStatus(status);
        appointment.setDescription(description);
        appointment.setStartElement(new InstantType(start));
        appointment.setEndElement(new InstantType(end));
        appointment.addParticipant()
                .setActor(new Reference("Patient/" + patientId))
                .setRequired(Appointment.ParticipantRequired.REQUIRED)
                .setStatus(Appointment.ParticipationStatus.ACCEPTED);
        appointment.addParticipant()
                .setActor(new Reference("Practitioner/" + practitionerId))
                .setRequired(Appointment.ParticipantRequired.REQUIRED)
                .setStatus(Appointment.ParticipationStatus.ACCEPTED);
        return appointment;
    }
}
