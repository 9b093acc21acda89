package io.github.camellifen.sandbox.fhir;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;
import org.hl7.fhir.r4.model.Resource;

/**
 * The resources and transmissions of one database reference. It stores the instances it is given, so callers
 * copy on the way in and out (see {@link FhirStore}).
 */
final class Database {

    static final Database EMPTY = new Database();

    private final Map<String, Map<String, Resource>> resourcesByType = new ConcurrentHashMap<>();
    private final Map<String, Transmission> transmissionsByTransactionId = new ConcurrentHashMap<>();
    private final Map<String, Transmission> transmissionsByCommunicationId = new ConcurrentHashMap<>();

    void put(Resource resource) {
        resourcesByType.computeIfAbsent(resource.fhirType(), type -> new ConcurrentHashMap<>())
                .put(resource.getIdElement().getIdPart(), resource);
    }

    Optional<Resource> get(String fhirType, String id) {
        return Optional.ofNullable(resourcesByType.getOrDefault(fhirType, Map.of()).get(id));
    }

    Collection<Resource> all(String fhirType) {
        return List.copyOf(resourcesByType.getOrDefault(fhirType, Map.of()).values());
    }

    /**
     * Replaces a resource atomically, so that concurrent updates each get their own version.
     *
     * @param fhirType resource type
     * @param id logical id
     * @param next computes the new resource from the current one
     */
    void replace(String fhirType, String id, UnaryOperator<Resource> next) {
        Map<String, Resource> resources = resourcesByType.get(fhirType);
        if (resources != null) {
            resources.computeIfPresent(id, (key, current) -> next.apply(current));
        }
    }

    void addTransmission(Transmission transmission) {
        transmissionsByTransactionId.put(transmission.transactionId(), transmission);
        transmissionsByCommunicationId.put(transmission.communicationId(), transmission);
    }

    Optional<Transmission> transmissionByTransactionId(String transactionId) {
        return Optional.ofNullable(transmissionsByTransactionId.get(transactionId));
    }

    Optional<Transmission> transmissionByCommunicationId(String communicationId) {
        return Optional.ofNullable(transmissionsByCommunicationId.get(communicationId));
    }
}
