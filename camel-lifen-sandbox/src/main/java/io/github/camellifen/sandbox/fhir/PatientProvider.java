package io.github.camellifen.sandbox.fhir;

import static io.github.camellifen.sandbox.fhir.SearchMatching.matchesAll;

import ca.uhn.fhir.rest.annotation.Count;
import ca.uhn.fhir.rest.annotation.IdParam;
import ca.uhn.fhir.rest.annotation.OptionalParam;
import ca.uhn.fhir.rest.annotation.Read;
import ca.uhn.fhir.rest.annotation.Search;
import ca.uhn.fhir.rest.annotation.Sort;
import ca.uhn.fhir.rest.api.SortSpec;
import ca.uhn.fhir.rest.api.server.IBundleProvider;
import ca.uhn.fhir.rest.api.server.RequestDetails;
import ca.uhn.fhir.rest.param.DateRangeParam;
import ca.uhn.fhir.rest.param.StringAndListParam;
import ca.uhn.fhir.rest.param.TokenAndListParam;
import ca.uhn.fhir.rest.server.IResourceProvider;
import ca.uhn.fhir.rest.server.exceptions.ResourceNotFoundException;
import io.github.camellifen.sandbox.http.OutcomeIssue;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.hl7.fhir.instance.model.api.IAnyResource;
import org.hl7.fhir.r4.model.ContactPoint;
import org.hl7.fhir.r4.model.HumanName;
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.StringType;

/**
 * Patient read and search, limited to the database of the caller's access token.
 */
public final class PatientProvider implements IResourceProvider {

    private static final Set<String> CRITERIA = Set.of(Patient.SP_FAMILY, Patient.SP_GIVEN, Patient.SP_NAME,
            Patient.SP_BIRTHDATE, Patient.SP_IDENTIFIER, Patient.SP_PHONE, IAnyResource.SP_RES_ID);
    private static final OutcomeIssue ALL_VALUE_NULL = SearchSupport.allValueNull(
            "At least one of family, given, name, birthdate, phone or identifier fields must be filled");

    private final FhirStore store;

    /**
     * Creates the provider.
     *
     * @param store the data
     */
    public PatientProvider(FhirStore store) {
        this.store = store;
    }

    @Override
    public Class<Patient> getResourceType() {
        return Patient.class;
    }

    /**
     * Reads a patient of the caller's database.
     *
     * @param id patient id
     * @param request the request
     * @return the patient
     */
    @Read
    public Patient read(@IdParam IdType id, RequestDetails request) {
        return store.patient(SearchSupport.databaseReference(request), id.getIdPart())
                .orElseThrow(() -> new ResourceNotFoundException("Unknown service (GET) : Patient/" + id.getIdPart()));
    }

    /**
     * Searches patients of the caller's database, through {@code GET /Patient} or {@code POST /Patient/_search}.
     * Repeated parameters must all match, and comma-separated values match if any of them does, except for
     * {@code _id}, whose values all count as alternatives. As on Lifen, a search needs at least one criterion,
     * and an unknown parameter is an error (422).
     *
     * @return matching patients, in {@code _lastUpdated} order unless {@code _sort} requests another order
     */
    @Search(allowUnknownParams = true)
    public IBundleProvider search(
            RequestDetails request,
            @OptionalParam(name = Patient.SP_FAMILY) StringAndListParam family,
            @OptionalParam(name = Patient.SP_GIVEN) StringAndListParam given,
            @OptionalParam(name = Patient.SP_NAME) StringAndListParam name,
            @OptionalParam(name = Patient.SP_BIRTHDATE) DateRangeParam birthdate,
            @OptionalParam(name = Patient.SP_IDENTIFIER) TokenAndListParam identifier,
            @OptionalParam(name = Patient.SP_PHONE) TokenAndListParam phone,
            @OptionalParam(name = IAnyResource.SP_RES_ID) TokenAndListParam id,
            @Count Integer count,
            @Sort SortSpec sort) {
        SearchSupport.checkCount(count);
        SearchSupport.checkParameters(request, CRITERIA, ALL_VALUE_NULL);

        String databaseReference = SearchSupport.databaseReference(request);
        List<Patient> matches = store.patients(databaseReference).stream()
                .filter(patient -> matchesAll(family, param -> SearchMatching.matchesAnyString(param, families(patient))))
                .filter(patient -> matchesAll(given, param -> SearchMatching.matchesAnyString(param, givens(patient))))
                .filter(patient -> matchesAll(name, param -> SearchMatching.matchesAnyString(param, nameParts(patient))))
                .filter(patient -> birthdate == null || isBirthDateWithin(patient, birthdate))
                .filter(patient -> matchesAll(identifier,
                        param -> SearchMatching.matchesIdentifier(param, patient.getIdentifier())))
                .filter(patient -> matchesAll(phone, param -> hasPhone(patient, param.getValue())))
                .filter(patient -> SearchMatching.matchesAnyId(id, patient.getIdElement().getIdPart()))
                .toList();
        return SearchResults.of(SearchSupport.sort(matches, sort),
                patientId -> store.patient(databaseReference, patientId), store.clock().instant());
    }

    private static List<String> families(Patient patient) {
        return patient.getName().stream().map(HumanName::getFamily).toList();
    }

    private static List<String> givens(Patient patient) {
        return patient.getName().stream()
                .flatMap(name -> name.getGiven().stream())
                .map(StringType::getValue)
                .toList();
    }

    // FHIR lets each server choose the name parts that "name" searches, and this one searches all of them.
    private static List<String> nameParts(Patient patient) {
        return patient.getName().stream()
                .flatMap(name -> Stream.of(
                        Stream.of(name.getFamily(), name.getText()),
                        name.getGiven().stream().map(StringType::getValue),
                        name.getPrefix().stream().map(StringType::getValue),
                        name.getSuffix().stream().map(StringType::getValue)))
                .flatMap(parts -> parts)
                .toList();
    }

    // Compares whole days as yyyyMMdd numbers, so that no time zone shifts a birth date.
    // NOTE: the ne and ap prefixes are matched as eq.
    private static boolean isBirthDateWithin(Patient patient, DateRangeParam range) {
        if (!patient.hasBirthDateElement() || patient.getBirthDateElement().getValueAsString() == null) {
            return false;
        }
        String birthDate = patient.getBirthDateElement().getValueAsString();
        int day = Integer.parseInt(birthDate.replace("-", ""));

        Integer lower = range.getLowerBoundAsDateInteger();
        Integer upper = range.getUpperBoundAsDateInteger();
        return (lower == null || day >= lower) && (upper == null || day <= upper);
    }

    private static boolean hasPhone(Patient patient, String phone) {
        String expectedDigits = SearchMatching.digits(phone);
        return !expectedDigits.isEmpty() && patient.getTelecom().stream()
                .filter(telecom -> telecom.getSystem() == ContactPoint.ContactPointSystem.PHONE)
                .anyMatch(telecom -> SearchMatching.digits(telecom.getValue()).equals(expectedDigits));
    }
}
