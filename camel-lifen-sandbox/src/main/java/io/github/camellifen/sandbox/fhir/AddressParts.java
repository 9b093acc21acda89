package io.github.camellifen.sandbox.fhir;

import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.hl7.fhir.r4.model.Address;
import org.hl7.fhir.r4.model.StringType;

/**
 * The parts of postal addresses that FHIR's {@code address} search parameter matches: text, lines, city,
 * district, state, postal code and country.
 */
final class AddressParts {

    private AddressParts() {
    }

    static List<String> of(List<Address> addresses) {
        return addresses.stream()
                .flatMap(address -> Stream.concat(
                        Stream.of(address.getText(), address.getCity(), address.getDistrict(), address.getState(),
                                address.getPostalCode(), address.getCountry()),
                        address.getLine().stream().map(StringType::getValue)))
                .filter(Objects::nonNull)
                .toList();
    }
}
