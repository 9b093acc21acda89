package io.github.camellifen.sandbox.fhir;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.hl7.fhir.r4.model.ContactPoint;
import org.hl7.fhir.r4.model.DomainResource;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Organization;
import org.hl7.fhir.r4.model.Practitioner;

/**
 * The national directory of practitioners and organizations with an MSSanté address. Unlike patient data, it
 * belongs to no database reference: every caller sees the same entries. It never changes, and reads return
 * copies.
 */
public final class Directory {

    // Ranked addresses come first, lowest rank first, as FHIR ranks preferences.
    private static final Comparator<ContactPoint> BY_RANK = Comparator.comparingInt(
            telecom -> telecom.hasRank() ? telecom.getRank() : Integer.MAX_VALUE);

    private final Map<String, Practitioner> practitioners = new LinkedHashMap<>();
    private final Map<String, Organization> organizations = new LinkedHashMap<>();

    // Fills the maps here, so that the final fields publish them safely to every request thread.
    private Directory(List<Practitioner> practitioners, List<Organization> organizations) {
        practitioners.forEach(entry -> this.practitioners.put(entry.getIdPart(), entry));
        organizations.forEach(entry -> this.organizations.put(entry.getIdPart(), entry));
    }

    /**
     * Creates the directory with the entries that {@code SandboxSeedData} lists.
     *
     * @return the directory
     */
    public static Directory seeded() {
        return new Directory(SeedDirectory.practitioners(), SeedDirectory.organizations());
    }

    Optional<Practitioner> practitioner(String id) {
        return Optional.ofNullable(practitioners.get(id)).map(Practitioner::copy);
    }

    List<Practitioner> practitioners() {
        return practitioners.values().stream().map(Practitioner::copy).toList();
    }

    Optional<Organization> organization(String id) {
        return Optional.ofNullable(organizations.get(id)).map(Organization::copy);
    }

    List<Organization> organizations() {
        return organizations.values().stream().map(Organization::copy).toList();
    }

    /**
     * Finds an entry by reference.
     *
     * @param reference {@code Practitioner/<id>} or {@code Organization/<id>}
     * @return the entry, or empty if the directory has none with this reference
     */
    Optional<DirectoryEntry> entry(String reference) {
        return entries().filter(entry -> entry.reference().equals(reference)).findFirst();
    }

    /**
     * Finds an entry by the value of its RPPS or FINESS identifier, whatever the identifier's system.
     *
     * @param identifierValue the value, for example an 11-digit RPPS
     * @return the entry, or empty if no practitioner or organization has this identifier value
     */
    Optional<DirectoryEntry> entryByIdentifier(String identifierValue) {
        return Stream.concat(practitioners.values().stream(), organizations.values().stream())
                .filter(resource -> identifiers(resource).stream()
                        .anyMatch(identifier -> identifierValue.equals(identifier.getValue())))
                .map(Directory::toEntry)
                .findFirst();
    }

    private Stream<DirectoryEntry> entries() {
        return Stream.concat(practitioners.values().stream(), organizations.values().stream())
                .map(Directory::toEntry);
    }

    private static DirectoryEntry toEntry(DomainResource resource) {
        String reference = resource.fhirType() + "/" + resource.getIdPart();
        return new DirectoryEntry(reference, preferredEmail(telecoms(resource)));
    }

    private static String preferredEmail(List<ContactPoint> telecoms) {
        return telecoms.stream()
                .filter(telecom -> telecom.getSystem() == ContactPoint.ContactPointSystem.EMAIL)
                .sorted(BY_RANK)
                .map(ContactPoint::getValue)
                .findFirst()
                .orElse(null);
    }

    private static List<Identifier> identifiers(DomainResource resource) {
        return resource instanceof Practitioner practitioner
                ? practitioner.getIdentifier()
                : ((Organization) resource).getIdentifier();
    }

    private static List<ContactPoint> telecoms(DomainResource resource) {
        return resource instanceof Practitioner practitioner
                ? practitioner.getTelecom()
                : ((Organization) resource).getTelecom();
    }

    /**
     * A practitioner or organization of the directory.
     *
     * @param reference {@code Practitioner/<id>} or {@code Organization/<id>}
     * @param mssanteAddress preferred MSSanté address, or {@code null} if the entry has none
     */
    record DirectoryEntry(String reference, String mssanteAddress) {
    }
}
