package io.github.camellifen.sandbox.fhir;

import static io.github.camellifen.sandbox.SandboxSeedData.FINESS_SYSTEM;
import static io.github.camellifen.sandbox.SandboxSeedData.RPPS_SYSTEM;

import io.github.camellifen.sandbox.SandboxSeedData;
import java.util.List;
import org.hl7.fhir.r4.model.Address;
import org.hl7.fhir.r4.model.ContactPoint;
import org.hl7.fhir.r4.model.HumanName;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Organization;
import org.hl7.fhir.r4.model.Practitioner;
import org.hl7.fhir.r4.model.Reference;

/**
 * Builds the practitioners and organizations of the directory, shaped like Lifen's {@code $search-for-mss}
 * examples: RPPS or FINESS identifier, MSSanté addresses as work emails, and postal addresses.
 */
final class SeedDirectory {

    private SeedDirectory() {
    }

    static List<Practitioner> practitioners() {
        Practitioner michue = practitioner(SandboxSeedData.PRACTITIONER_MICHUE_ID,
                SandboxSeedData.PRACTITIONER_MICHUE_RPPS, "Michue", "Paulette",
                address("1001", "CLINIQUE SANDBOX", "71 RUE DE LA PAIX", "77000", "MELUN"));
        // As in Lifen's example: two addresses, the second one ranked first.
        michue.addTelecom(email("2001", "cabinet.michue@test.lifen.mssante.fr"));
        michue.addTelecom(email("2002", SandboxSeedData.PRACTITIONER_MICHUE_MSSANTE).setRank(1));

        Practitioner bernard = practitioner(SandboxSeedData.PRACTITIONER_BERNARD_ID,
                SandboxSeedData.PRACTITIONER_BERNARD_RPPS, "Bernard", "Luc",
                address("1002", "CH ANGERS SANDBOX", "4 RUE LARREY", "49100", "ANGERS"));
        bernard.addTelecom(email("2003", SandboxSeedData.PRACTITIONER_BERNARD_MSSANTE));

        Practitioner lefevre = practitioner(SandboxSeedData.PRACTITIONER_LEFEVRE_ID,
                SandboxSeedData.PRACTITIONER_LEFEVRE_RPPS, "Lefèvre", "Anne-Sophie",
                address("1003", "CABINET MEDICAL", "12 PLACE DU MARCHE", "75011", "PARIS"));
        lefevre.addTelecom(email("2004", SandboxSeedData.PRACTITIONER_LEFEVRE_MSSANTE));

        Practitioner nguyen = practitioner(SandboxSeedData.PRACTITIONER_NGUYEN_ID,
                SandboxSeedData.PRACTITIONER_NGUYEN_RPPS, "Nguyen", "Minh",
                address("1004", "CLINIQUE DU PARC SANDBOX", "8 AVENUE DU PARC", "69006", "LYON"));
        nguyen.addTelecom(email("2005", SandboxSeedData.PRACTITIONER_NGUYEN_MSSANTE));

        return List.of(michue, bernard, lefevre, nguyen);
    }

    static List<Organization> organizations() {
        Organization angers = organization(SandboxSeedData.ORGANIZATION_CH_ANGERS_ID,
                SandboxSeedData.ORGANIZATION_CH_ANGERS_FINESS, "CH ANGERS SANDBOX",
                address("1101", "CH ANGERS SANDBOX", "4 RUE LARREY", "49100", "ANGERS"));
        angers.addTelecom(email("2101", "secretariat@ch-angers-sandbox.mssante.fr"));
        angers.addTelecom(email("2102", SandboxSeedData.ORGANIZATION_CH_ANGERS_MSSANTE).setRank(1));

        Organization parc = organization(SandboxSeedData.ORGANIZATION_CLINIQUE_PARC_ID,
                SandboxSeedData.ORGANIZATION_CLINIQUE_PARC_FINESS, "CLINIQUE DU PARC SANDBOX",
                address("1102", "CLINIQUE DU PARC SANDBOX", "8 AVENUE DU PARC", "69006", "LYON"));
        parc.addTelecom(email("2103", SandboxSeedData.ORGANIZATION_CLINIQUE_PARC_MSSANTE));

        Organization cardiology = organization(SandboxSeedData.ORGANIZATION_CARDIOLOGY_ID,
                SandboxSeedData.ORGANIZATION_CARDIOLOGY_FINESS, "SERVICE DE CARDIOLOGIE - CH ANGERS SANDBOX",
                address("1103", "SERVICE DE CARDIOLOGIE", "4 RUE LARREY", "49100", "ANGERS"));
        cardiology.addTelecom(email("2104", SandboxSeedData.ORGANIZATION_CARDIOLOGY_MSSANTE));
        cardiology.setPartOf(new Reference("Organization/" + SandboxSeedData.ORGANIZATION_CH_ANGERS_ID));

        return List.of(angers, parc, cardiology);
    }

    private static Practitioner practitioner(String id, String rpps, String family, String given, Address address) {
        Practitioner practitioner = new Practitioner();
        practitioner.setId(id);
        practitioner.addIdentifier(new Identifier().setSystem(RPPS_SYSTEM).setValue(rpps));
        practitioner.addName(new HumanName()
                .setUse(HumanName.NameUse.OFFICIAL)
                .setFamily(family)
                .addGiven(given)
                .addPrefix("DR"));
        practitioner.addAddress(address.setUse(Address.AddressUse.WORK));
        return practitioner;
    }

    private static Organization organization(String id, String finess, String name, Address address) {
        Organization organization = new Organization();
        organization.setId(id);
        organization.addIdentifier(new Identifier().setSystem(FINESS_SYSTEM).setValue(finess));
        organization.setName(name);
        organization.addAddress(address);
        return organization;
    }

    // The address lines follow Lifen's examples: name, street, then postal code and city.
    private static Address address(String id, String name, String street, String postalCode, String city) {
        Address address = new Address()
                .addLine(name)
                .addLine(street)
                .addLine(postalCode + " " + city)
                .setCity(city)
                .setPostalCode(postalCode)
                .setCountry("FRA");
        address.setId(id);
        return address;
    }

    private static ContactPoint email(String id, String address) {
        ContactPoint email = new ContactPoint()
                .setSystem(ContactPoint.ContactPointSystem.EMAIL)
                .setValue(address)
                .setUse(ContactPoint.ContactPointUse.WORK);
        email.setId(id);
        return email;
    }
}
