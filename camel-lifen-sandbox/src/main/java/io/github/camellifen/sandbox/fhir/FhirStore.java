package io.github.camellifen.sandbox.fhir;

import java.time.Clock;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.hl7.fhir.r4.model.Communication;
import org.hl7.fhir.r4.model.CommunicationRequest;
import org.hl7.fhir.r4.model.Encounter;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Resource;

/**
 * In-memory FHIR data, partitioned by database reference. Every read returns copies.
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
     * Adds the seed patients and encounters to a database.
     *
     * @param databaseReference the database
     */
    public void seed(String databaseReference) {
        Database database = database(databaseReference);
        SeedResources.patients(databaseReference).forEach(patient -> database.patients.put(idOf(patient), patient));
        SeedResources.encounters(databaseReference)
                .forEach(encounter -> database.encounters.put(idOf(encounter), encounter));
    }

    Clock clock() {
        return clock;
    }

    Optional<Patient> patient(String databaseReference, String id) {
        return Optional.ofNullable(existing(databaseReference).patients.get(id)).map(Patient::copy);
    }

    List<Patient> patients(String databaseReference) {
        return existing(databaseReference).patients.values().stream()
                .sorted(BY_LAST_UPDATED)
                .map(Patient::copy)
                .toList();
    }

    Optional<Encounter> encounter(String databaseReference, String id) {
        return Optional.ofNullable(existing(databaseReference).encounters.get(id)).map(Encounter::copy);
    }

    List<Encounter> encounters(String databaseReference) {
        return existing(databaseReference).encounters.values().stream()
                .sorted(BY_LAST_UPDATED)
                .map(Encounter::copy)
                .toList();
    }

    void addTransmission(String databaseReference, Transmission transmission) {
        Database database = database(databaseReference);
        database.transmissionsByTransactionId.put(transmission.transactionId(), transmission);
        database.transmissionsByCommunicationId.put(transmission.communicationId(), transmission);
    }

    /**
     * Returns the Communication that tracks a transaction, completing it first if its delay has passed.
     *
     * @param databaseReference database of the caller
     * @param transactionId id of the CommunicationRequest
     * @return a copy of the Communication, or empty if the transaction is unknown in this database
     */
    Optional<Communication> trackedCommunication(String databaseReference, String transactionId) {
        Transmission transmission = existing(databaseReference).transmissionsByTransactionId.get(transactionId);
        return Optional.ofNullable(transmission).map(this::currentCommunication);
    }

    Optional<Communication> communication(String databaseReference, String communicationId) {
        Transmission transmission = existing(databaseReference).transmissionsByCommunicationId.get(communicationId);
        return Optional.ofNullable(transmission).map(this::currentCommunication);
    }

    Optional<CommunicationRequest> communicationRequest(String databaseReference, String transactionId) {
        Transmission transmission = existing(databaseReference).transmissionsByTransactionId.get(transactionId);
        return Optional.ofNullable(transmission).map(Transmission::communicationRequest);
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

    private static String idOf(Resource resource) {
        return resource.getIdElement().getIdPart();
    }

    private static final class Database {

        static final Database EMPTY = new Database();

        final Map<String, Patient> patients = new ConcurrentHashMap<>();
        final Map<String, Encounter> encounters = new ConcurrentHashMap<>();
        final Map<String, Transmission> transmissionsByTransactionId = new ConcurrentHashMap<>();
        final Map<String, Transmission> transmissionsByCommunicationId = new ConcurrentHashMap<>();
    }
}
