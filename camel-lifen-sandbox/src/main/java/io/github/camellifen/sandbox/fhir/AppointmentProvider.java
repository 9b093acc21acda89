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
import ca.uhn.fhir.rest.param.ReferenceAndListParam;
import ca.uhn.fhir.rest.param.ReferenceParam;
import ca.uhn.fhir.rest.param.TokenAndListParam;
import ca.uhn.fhir.rest.server.IResourceProvider;
import ca.uhn.fhir.rest.server.exceptions.ResourceNotFoundException;
import java.util.List;
import java.util.Set;
import org.hl7.fhir.instance.model.api.IAnyResource;
import org.hl7.fhir.r4.model.Appointment;
import org.hl7.fhir.r4.model.IdType;

/**
 * Appointment read and search, limited to the database of the caller's access token.
 */
public final class AppointmentProvider implements IResourceProvider {

    private static final Set<String> CRITERIA =
            Set.of(Appointment.SP_PATIENT, Appointment.SP_DATE, IAnyResource.SP_RES_ID);

    private final FhirStore store;

    /**
     * Creates the provider.
     *
     * @param store the data
     */
    public AppointmentProvider(FhirStore store) {
        this.store = store;
    }

    @Override
    public Class<Appointment> getResourceType() {
        return Appointment.class;
    }

    /**
     * Reads an appointment of the caller's database.
     *
     * @param id appointment id
     * @param request the request
     * @return the appointment
     */
    @Read
    public Appointment read(@IdParam IdType id, RequestDetails request) {
        return store.read(SearchSupport.databaseReference(request), Appointment.class, id.getIdPart())
                .orElseThrow(() -> new ResourceNotFoundException(
                        "Unknown service (GET) : Appointment/" + id.getIdPart()));
    }

    /**
     * Searches appointments of the caller's database, through {@code GET /Appointment} or
     * {@code POST /Appointment/_search}. {@code patient} matches a participating patient, and {@code date}
     * matches the start with FHIR's prefixes, for example {@code date=ge2026-01-01&date=le2026-12-31}.
     * A search without criteria returns every appointment; an unknown parameter is an error (422).
     *
     * @return matching appointments, in {@code _lastUpdated} order unless {@code _sort} requests another order
     */
    @Search(allowUnknownParams = true)
    public IBundleProvider search(
            RequestDetails request,
            @OptionalParam(name = Appointment.SP_PATIENT) ReferenceAndListParam patient,
            @OptionalParam(name = Appointment.SP_DATE) DateRangeParam date,
            @OptionalParam(name = IAnyResource.SP_RES_ID) TokenAndListParam id,
            @Count Integer count,
            @Sort SortSpec sort) {
        SearchSupport.checkCount(count);
        SearchSupport.checkParameters(request, CRITERIA, null);

        String databaseReference = SearchSupport.databaseReference(request);
        List<Appointment> matches = store.list(databaseReference, Appointment.class).stream()
                .filter(appointment -> matchesAll(patient, param -> hasPatient(appointment, param)))
                .filter(appointment -> DateMatching.intersects(date, appointment.getStartElement(),
                        appointment.getStartElement()))
                .filter(appointment -> SearchMatching.matchesAnyId(id, appointment.getIdElement().getIdPart()))
                .toList();
        return SearchResults.of(SearchSupport.sort(matches, sort),
                appointmentId -> store.read(databaseReference, Appointment.class, appointmentId),
                store.clock().instant());
    }

    private static boolean hasPatient(Appointment appointment, ReferenceParam param) {
        return appointment.getParticipant().stream()
                .anyMatch(participant -> SearchMatching.matchesReference(param, "Patient", participant.getActor()));
    }
}
