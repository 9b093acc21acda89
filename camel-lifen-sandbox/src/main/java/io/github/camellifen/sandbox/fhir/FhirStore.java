package io.github.camellifen.sandbox.fhir;

import java.time.Clock;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import org.hl7.fhir.r4.model.Communication;
import org.hl7.fhir.r4.model.CommunicationRequest;
import org.hl7.fhir.r4.model.Encounter;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Resource;

/**
 * In-memory FHIR data, partitioned by database reference. Every read returns copies, and every write stores one.
 *
 * <p>A database reference without data behaves as an empty database.
 */
public final class FhirStore {

    /** Default order of search results: oldest update first, then by id. */
    static final Comparator<Resource> BY_LAST_UPDATED = Comparator
            .comparing((Resource resource) -> resource.getMeta().getLastUpdated())
            .thenComparing(resource -> resource.getIdElement().getIdPart());

    private final Clock clock;
    private final Duration trackingCompletesAfter;
    private final Map<String, Database> databases = new ConcurrentHashMap<>();

    /**
     * Creates a store.
     *
     * @param clock clock that dates new resources and tracking reads
     * @param trackingCompletesAfter time from a document's arrival to its Communication becoming completed
     */
    public FhirStore(Clock clock, Duration trackingCompletesAfter) {
        this.clock = clock;
        this.trackingCompletesAfter = trackingCompletesAfter;
    }

    /**
     * Adds the seed patients, encounters, coverages and appointments to a database.
     *
     * @param databaseReference the database
     */
    public void seed(String databaseReference) {
        Database database = database(databaseReference);
        SeedResources.patients(databaseReference).forEach(database::put);
        SeedResources.encounters(databaseReference).forEach(database::put);
        SeedCoverages.coverages(databaseReference).forEach(database::put);
        SeedAppointments.appointments(databaseReference).forEach(database::put);
    }

    /**
     * Adds numbered patients that share a family name to a database.
     *
     * @param databaseReference the database
     * @param count number of patients
     * @param family family name of every patient
     */
    public void addGeneratedPatients(String databaseReference, int count, String family) {
        Database database = database(databaseReference);
        GeneratedPatients.create(count, family, databaseReference).forEach(database::put);
    }

    Clock clock() {
        return clock;
    }

    /**
     * Reads a resource of a database.
     *
     * @param databaseReference the database
     * @param type resource class
     * @param id logical id
     * @param <T> resource type
     * @return a copy, or empty if the database has no such resource
     */
    <T extends Resource> Optional<T> read(String databaseReference, Class<T> type, String id) {
        return existing(databaseReference).get(fhirType(type), id).map(resource -> type.cast(resource.copy()));
    }

    /**
     * Lists the resources of a type in a database, in {@link #BY_LAST_UPDATED} order.
     *
     * @return copies
     */
    <T extends Resource> List<T> list(String databaseReference, Class<T> type) {
        return existing(databaseReference).all(fhirType(type)).stream()
                .sorted(BY_LAST_UPDATED)
                .map(resource -> type.cast(resource.copy()))
                .toList();
    }

    /**
     * Stores a new resource under a new id, as version 1.
     *
     * @param databaseReference the database
     * @param resource resource as the client sent it; its id, if any, is ignored
     * @param <T> resource type
     * @return a copy of the stored resource
     */
    <T extends Resource> T create(String databaseReference, T resource) {
        @SuppressWarnings("unchecked")
        T created = (T) resource.copy();
        LifenResources.stamp(created, UUID.randomUUID().toString(), "1", LifenResources.instant(clock.instant()),
                databaseReference);
        database(databaseReference).put(created);

        @SuppressWarnings("unchecked")
        T copy = (T) created.copy();
        return copy;
    }

    /**
     * Replaces an existing resource with a new version: version id plus one, last update now.
     *
     * @param databaseReference the database
     * @param id logical id of the resource to replace
     * @param resource new content
     * @param <T> resource type
     * @return a copy of the stored version, or empty if the database has no resource with this id
     */
    <T extends Resource> Optional<T> update(String databaseReference, String id, T resource) {
        AtomicReference<T> updated = new AtomicReference<>();
        existing(databaseReference).replace(resource.fhirType(), id, current -> {
            @SuppressWarnings("unchecked")
            T next = (T) resource.copy();
            LifenResources.stamp(next, id, nextVersion(current), LifenResources.instant(clock.instant()),
                    databaseReference);
            updated.set(next);
            return next;
        });

        @SuppressWarnings("unchecked")
        Optional<T> copy = Optional.ofNullable(updated.get()).map(stored -> (T) stored.copy());
        return copy;
    }

    /**
     * Reads a patient of a database.
     *
     * @param databaseReference the database
     * @param id logical id
     * @return a copy, or empty if the database has no such patient
     */
    public Optional<Patient> patient(String databaseReference, String id) {
        return read(databaseReference, Patient.class, id);
    }

    List<Patient> patients(String databaseReference) {
        return list(databaseReference, Patient.class);
    }

    Optional<Encounter> encounter(String databaseReference, String id) {
        return read(databaseReference, Encounter.class, id);
    }

    List<Encounter> encounters(String databaseReference) {
        return list(databaseReference, Encounter.class);
    }

    void addTransmission(String databaseReference, Transmission transmission) {
        database(databaseReference).addTransmission(transmission);
    }

    /**
     * Returns the Communication that tracks a transaction, completing it first if its delay has passed.
     *
     * @param databaseReference database of the caller
     * @param transactionId id of the CommunicationRequest
     * @return a copy of the Communication, or empty if the transaction is unknown in this database
     */
    Optional<Communication> trackedCommunication(String databaseReference, String transactionId) {
        return existing(databaseReference).transmissionByTransactionId(transactionId).map(this::currentCommunication);
    }

    Optional<Communication> communication(String databaseReference, String communicationId) {
        return existing(databaseReference).transmissionByCommunicationId(communicationId)
                .map(this::currentCommunication);
    }

    /**
     * Reads a CommunicationRequest: one created or updated through the REST API first, then one created by an
     * operation such as {@code $send-to-ehr}.
     */
    Optional<CommunicationRequest> communicationRequest(String databaseReference, String id) {
        Optional<CommunicationRequest> stored = read(databaseReference, CommunicationRequest.class, id);
        if (stored.isPresent()) {
            return stored;
        }
        return existing(databaseReference).transmissionByTransactionId(id).map(Transmission::communicationRequest);
    }

    private Communication currentCommunication(Transmission transmission) {
        return transmission.communicationAt(clock.instant(), trackingCompletesAfter);
    }

    private Database database(String databaseReference) {
        return databases.computeIfAbsent(databaseReference, reference -> new Database());
    }

    // Reads do not create databases, so that unknown references leave no trace.
    private Database existing(String databaseReference) {
        return databases.getOrDefault(databaseReference, Database.EMPTY);
    }

    // Seed resources start at version 2, as in Lifen's examples; a version id that is no number restarts at 2.
    private static String nextVersion(Resource current) {
        try {
            return Long.toString(Long.parseLong(current.getMeta().getVersionId()) + 1);
        } catch (NumberFormatException e) {
            return "2";
        }
    }

    // The R4 model classes are named after their FHIR resource types.
    private static String fhirType(Class<? extends Resource> type) {
        return type.getSimpleName();
    }
}
