package io.github.camellifen.sandbox.fhir;

import io.github.camellifen.sandbox.http.OutcomeIssue;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.instance.model.api.IIdType;
import org.hl7.fhir.r4.model.Encounter;
import org.hl7.fhir.r4.model.HumanName;
import org.hl7.fhir.r4.model.Parameters;
import org.hl7.fhir.r4.model.Parameters.ParametersParameterComponent;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.StringType;

/**
 * Reads and checks the {@code Parameters} body of {@code $send-to-mss}, collecting every problem as a 422
 * issue whose location is the parameter name.
 *
 * <p>Accepted parameters: exactly one of {@code subject} (valueReference {@code Patient/<id>}) and
 * {@code detailed-subject} (resource: a Patient with a family name); an optional {@code context}
 * (valueReference {@code Encounter/<id>}, of the subject when the subject is a reference); at most one of
 * {@code sender} (valueReference to the directory) and {@code sender-identifier} (valueString); 1 to 10
 * recipients given as {@code recipient} (valueReference to the directory) or {@code recipient-identifier}
 * (valueString, an RPPS or FINESS of the directory); and 1 to 10 {@code document} parameters, checked by
 * {@link MssDocumentParser}.
 */
final class SendToMssParser {

    static final int MAX_RECIPIENTS = 10;

    private static final Set<String> KNOWN_PARAMETERS = Set.of("subject", "detailed-subject", "context", "sender",
            "sender-identifier", "recipient", "recipient-identifier", "document");
    private static final Set<String> REPEATABLE_PARAMETERS = Set.of("recipient", "recipient-identifier", "document");
    private static final Set<String> DIRECTORY_TYPES = Set.of("Practitioner", "Organization");

    private final FhirStore store;
    private final Directory directory;
    private final String databaseReference;
    private final List<OutcomeIssue> issues = new ArrayList<>();
    private final Map<String, List<ParametersParameterComponent>> parametersByName = new LinkedHashMap<>();

    private SendToMssParser(FhirStore store, Directory directory, String databaseReference) {
        this.store = store;
        this.directory = directory;
        this.databaseReference = databaseReference;
    }

    /**
     * Checks a request body.
     *
     * @param body parsed request body
     * @param store data used to check the subject and context
     * @param directory directory used to check the sender and recipients
     * @param databaseReference database of the caller
     * @return the checked request
     * @throws LifenIssuesException with every problem found
     */
    static SendToMssRequest parse(IBaseResource body, FhirStore store, Directory directory, String databaseReference) {
        return new SendToMssParser(store, directory, databaseReference).parse(body);
    }

    private SendToMssRequest parse(IBaseResource body) {
        if (!(body instanceof Parameters parameters)) {
            String type = body == null ? "an empty body" : body.fhirType();
            addIssue("The request body must be a Parameters resource, not " + type + ".", "resourceType");
            throw new LifenIssuesException(issues);
        }
        indexParameters(parameters);

        String subject = null;
        Patient detailedSubject = null;
        boolean hasSubject = parametersByName.containsKey("subject");
        boolean hasDetailedSubject = parametersByName.containsKey("detailed-subject");
        if (hasSubject && hasDetailedSubject) {
            addIssue("Send either subject or detailed-subject, not both.", "subject");
        } else if (hasDetailedSubject) {
            detailedSubject = detailedSubject();
        } else {
            subject = subject();
        }
        String context = context(subject, hasSubject && !hasDetailedSubject);
        Sender sender = sender();
        List<String> recipientsAsSent = new ArrayList<>();
        List<Directory.DirectoryEntry> recipients = recipients(recipientsAsSent);
        List<SentDocument> documents =
                new MssDocumentParser(issues).parse(parametersByName.getOrDefault("document", List.of()));

        if (!issues.isEmpty()) {
            throw new LifenIssuesException(issues);
        }
        return new SendToMssRequest(subject, detailedSubject, context, sender.value(), sender.isReference(),
                recipientsAsSent, recipients, documents);
    }

    private void indexParameters(Parameters parameters) {
        for (ParametersParameterComponent parameter : parameters.getParameter()) {
            String name = parameter.getName();
            if (name == null || !KNOWN_PARAMETERS.contains(name)) {
                addIssue("Invalid parameter " + name, name == null ? "parameter" : name);
                continue;
            }
            List<ParametersParameterComponent> sameName =
                    parametersByName.computeIfAbsent(name, key -> new ArrayList<>());
            if (!sameName.isEmpty() && !REPEATABLE_PARAMETERS.contains(name)) {
                addIssue("Parameter " + name + " must appear at most once.", name);
            }
            sameName.add(parameter);
        }
    }

    private String subject() {
        Optional<IIdType> id = reference("subject", Set.of("Patient"));
        if (id.isEmpty()) {
            if (!parametersByName.containsKey("subject")) {
                addIssue("Parameter subject or detailed-subject is required.", "subject");
            }
            return null;
        }
        if (store.patient(databaseReference, id.get().getIdPart()).isEmpty()) {
            addIssue("Patient/" + id.get().getIdPart() + " not found.", "subject");
            return null;
        }
        return "Patient/" + id.get().getIdPart();
    }

    private Patient detailedSubject() {
        ParametersParameterComponent parameter = parametersByName.get("detailed-subject").get(0);
        if (!(parameter.getResource() instanceof Patient patient)) {
            addIssue("Parameter detailed-subject must carry a Patient resource.", "detailed-subject");
            return null;
        }
        boolean hasFamily = patient.getName().stream().map(HumanName::getFamily)
                .anyMatch(family -> family != null && !family.isBlank());
        if (!hasFamily) {
            addIssue("The Patient of detailed-subject must have a family name.", "detailed-subject");
            return null;
        }
        return patient;
    }

    // The encounter must belong to the subject when the subject is a reference; a detailed subject has no id.
    private String context(String subject, boolean subjectIsReference) {
        if (!parametersByName.containsKey("context")) {
            return null;
        }
        Optional<IIdType> id = reference("context", Set.of("Encounter"));
        if (id.isEmpty()) {
            return null;
        }

        Optional<Encounter> encounter = store.encounter(databaseReference, id.get().getIdPart());
        if (encounter.isEmpty()) {
            addIssue("Encounter/" + id.get().getIdPart() + " not found.", "context");
            return null;
        }
        String encounterSubject = encounter.get().getSubject().getReference();
        if (subjectIsReference && subject != null && !subject.equals(encounterSubject)) {
            addIssue("Encounter/" + id.get().getIdPart() + " belongs to " + encounterSubject + ", not to " + subject
                    + ".", "context");
            return null;
        }
        return "Encounter/" + id.get().getIdPart();
    }

    private Sender sender() {
        boolean hasReference = parametersByName.containsKey("sender");
        boolean hasIdentifier = parametersByName.containsKey("sender-identifier");
        if (hasReference && hasIdentifier) {
            addIssue("Send either sender or sender-identifier, not both.", "sender");
            return new Sender(null, false);
        }
        if (hasIdentifier) {
            return new Sender(string(parametersByName.get("sender-identifier").get(0), "sender-identifier"), false);
        }
        if (!hasReference) {
            return new Sender(null, false);
        }

        Optional<IIdType> id = reference("sender", DIRECTORY_TYPES);
        if (id.isEmpty()) {
            return new Sender(null, false);
        }
        String reference = id.get().getResourceType() + "/" + id.get().getIdPart();
        if (directory.entry(reference).isEmpty()) {
            addIssue(reference + " not found in the directory.", "sender");
            return new Sender(null, false);
        }
        return new Sender(reference, true);
    }

    private List<Directory.DirectoryEntry> recipients(List<String> asSent) {
        List<Directory.DirectoryEntry> recipients = new ArrayList<>();
        List<ParametersParameterComponent> byReference = parametersByName.getOrDefault("recipient", List.of());
        List<ParametersParameterComponent> byIdentifier =
                parametersByName.getOrDefault("recipient-identifier", List.of());

        for (ParametersParameterComponent parameter : byReference) {
            referenceToDirectory(parameter).ifPresent(reference -> {
                asSent.add(reference);
                recipients.add(directory.entry(reference).orElseThrow());
            });
        }
        for (ParametersParameterComponent parameter : byIdentifier) {
            String identifier = string(parameter, "recipient-identifier");
            if (identifier == null) {
                continue;
            }
            Optional<Directory.DirectoryEntry> entry = directory.entryByIdentifier(identifier);
            if (entry.isEmpty()) {
                addIssue("No practitioner or organization of the directory has the RPPS or FINESS " + identifier
                        + ".", "recipient-identifier");
                continue;
            }
            asSent.add(identifier);
            recipients.add(entry.get());
        }

        int count = byReference.size() + byIdentifier.size();
        if (count == 0) {
            addIssue("At least one recipient or recipient-identifier is required.", "recipient");
        } else if (count > MAX_RECIPIENTS) {
            addIssue("At most " + MAX_RECIPIENTS + " recipients are allowed, not " + count + ".", "recipient");
        }
        return recipients;
    }

    private Optional<String> referenceToDirectory(ParametersParameterComponent parameter) {
        Optional<IIdType> id = reference(parameter, "recipient", DIRECTORY_TYPES);
        if (id.isEmpty()) {
            return Optional.empty();
        }
        String reference = id.get().getResourceType() + "/" + id.get().getIdPart();
        if (directory.entry(reference).isEmpty()) {
            addIssue(reference + " not found in the directory.", "recipient");
            return Optional.empty();
        }
        return Optional.of(reference);
    }

    private Optional<IIdType> reference(String name, Set<String> types) {
        List<ParametersParameterComponent> parameters = parametersByName.get(name);
        return parameters == null ? Optional.empty() : reference(parameters.get(0), name, types);
    }

    private Optional<IIdType> reference(ParametersParameterComponent parameter, String name, Set<String> types) {
        if (!(parameter.getValue() instanceof Reference reference) || !reference.hasReference()) {
            addIssue("Parameter " + name + " must be a valueReference with a reference.", name);
            return Optional.empty();
        }
        IIdType id = reference.getReferenceElement();
        if (!types.contains(id.getResourceType()) || !id.hasIdPart()) {
            addIssue("Parameter " + name + " must reference " + String.join(" or ", types.stream().sorted().toList())
                    + " as <type>/<id>, not " + reference.getReference() + ".", name);
            return Optional.empty();
        }
        return Optional.of(id);
    }

    private String string(ParametersParameterComponent parameter, String name) {
        if (!(parameter.getValue() instanceof StringType string) || string.getValue() == null
                || string.getValue().isBlank()) {
            addIssue("Parameter " + name + " must be a non-empty valueString.", name);
            return null;
        }
        return string.getValue().trim();
    }

    private void addIssue(String diagnostics, String location) {
        issues.add(OutcomeIssue.error("PROCESSING", diagnostics, location));
    }

    private record Sender(String value, boolean isReference) {
    }
}
