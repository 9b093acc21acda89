package io.github.camellifen.sandbox.fhir;

import io.github.camellifen.sandbox.http.OutcomeIssue;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.instance.model.api.IIdType;
import org.hl7.fhir.r4.model.Encounter;
import org.hl7.fhir.r4.model.Parameters;
import org.hl7.fhir.r4.model.Parameters.ParametersParameterComponent;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Type;

/**
 * Reads and checks the {@code Parameters} body of {@code $send-to-ehr}, collecting every problem as a
 * 422 issue whose location is the parameter name.
 */
final class SendToEhrParser {

    static final String DEFAULT_CONTENT_TYPE = PdfContent.MEDIA_TYPE;

    private static final Set<String> KNOWN_PARAMETERS = Set.of("subject", "context", "content-type",
            "document-type", "document-title", "payload", "sender-identifier");

    private final FhirStore store;
    private final String databaseReference;
    private final List<OutcomeIssue> issues = new ArrayList<>();
    private final Map<String, ParametersParameterComponent> parametersByName = new HashMap<>();

    private SendToEhrParser(FhirStore store, String databaseReference) {
        this.store = store;
        this.databaseReference = databaseReference;
    }

    /**
     * Checks a request body.
     *
     * @param body parsed request body
     * @param store data used to check that the subject and context exist
     * @param databaseReference database of the caller
     * @return the checked request
     * @throws LifenIssuesException with every problem found
     */
    static SendToEhrRequest parse(IBaseResource body, FhirStore store, String databaseReference) {
        return new SendToEhrParser(store, databaseReference).parse(body);
    }

    private SendToEhrRequest parse(IBaseResource body) {
        if (!(body instanceof Parameters parameters)) {
            String type = body == null ? "an empty body" : body.fhirType();
            throw issue("The request body must be a Parameters resource, not " + type + ".", "resourceType");
        }
        indexParameters(parameters);

        String subject = subject();
        String context = context(subject);
        String contentType = contentType();
        String documentType = code("document-type");
        String documentTitle = string("document-title");
        String senderIdentifier = string("sender-identifier");
        byte[] content = payload(contentType);

        if (!issues.isEmpty()) {
            throw new LifenIssuesException(issues);
        }
        return new SendToEhrRequest(subject, context, contentType, documentType, documentTitle, senderIdentifier,
                content);
    }

    private void indexParameters(Parameters parameters) {
        for (ParametersParameterComponent parameter : parameters.getParameter()) {
            String name = parameter.getName();
            if (name == null || !KNOWN_PARAMETERS.contains(name)) {
                addIssue("Invalid parameter " + name, name == null ? "parameter" : name);
            } else if (parametersByName.putIfAbsent(name, parameter) != null) {
                addIssue("Parameter " + name + " must appear at most once.", name);
            }
        }
    }

    private String subject() {
        Optional<Reference> reference = reference("subject", true);
        if (reference.isEmpty()) {
            return null;
        }

        IIdType id = reference.get().getReferenceElement();
        if (!"Patient".equals(id.getResourceType()) || !id.hasIdPart()) {
            addIssue("Parameter subject must reference a Patient as Patient/<id>, not "
                    + reference.get().getReference() + ".", "subject");
            return null;
        }
        if (store.patient(databaseReference, id.getIdPart()).isEmpty()) {
            addIssue("Patient/" + id.getIdPart() + " not found.", "subject");
            return null;
        }
        return "Patient/" + id.getIdPart();
    }

    private String context(String subject) {
        Optional<Reference> reference = reference("context", false);
        if (reference.isEmpty()) {
            return null;
        }

        IIdType id = reference.get().getReferenceElement();
        if (!"Encounter".equals(id.getResourceType()) || !id.hasIdPart()) {
            addIssue("Parameter context must reference an Encounter as Encounter/<id>, not "
                    + reference.get().getReference() + ".", "context");
            return null;
        }
        Optional<Encounter> encounter = store.encounter(databaseReference, id.getIdPart());
        if (encounter.isEmpty()) {
            addIssue("Encounter/" + id.getIdPart() + " not found.", "context");
            return null;
        }

        String encounterSubject = encounter.get().getSubject().getReference();
        if (subject != null && !subject.equals(encounterSubject)) {
            addIssue("Encounter/" + id.getIdPart() + " belongs to " + encounterSubject + ", not to " + subject + ".",
                    "context");
            return null;
        }
        return "Encounter/" + id.getIdPart();
    }

    private String contentType() {
        String contentType = code("content-type");
        if (contentType == null) {
            return DEFAULT_CONTENT_TYPE;
        }
        if (!DEFAULT_CONTENT_TYPE.equals(contentType)) {
            addIssue("Parameter content-type must be " + DEFAULT_CONTENT_TYPE + ", not " + contentType + ".",
                    "content-type");
        }
        return contentType;
    }

    private byte[] payload(String contentType) {
        String payload = string("payload");
        if (payload == null) {
            if (issues.stream().noneMatch(issue -> "payload".equals(issue.location()))) {
                addIssue("Parameter payload is required.", "payload");
            }
            return null;
        }

        byte[] content;
        try {
            content = PdfContent.decode(payload);
        } catch (IllegalArgumentException e) {
            addIssue("Parameter payload is not valid base64: " + e.getMessage(), "payload");
            return null;
        }

        if (content.length == 0) {
            addIssue("Parameter payload must not be empty.", "payload");
            return null;
        }
        if (DEFAULT_CONTENT_TYPE.equals(contentType) && !PdfContent.isPdf(content)) {
            addIssue("Parameter payload is not a PDF document: it does not start with %PDF-.", "payload");
            return null;
        }
        return content;
    }

    private Optional<Reference> reference(String name, boolean required) {
        Optional<Type> value = value(name, required);
        if (value.isEmpty()) {
            return Optional.empty();
        }
        if (!(value.get() instanceof Reference reference) || !reference.hasReference()) {
            addIssue("Parameter " + name + " must be a valueReference with a reference.", name);
            return Optional.empty();
        }
        return Optional.of(reference);
    }

    private String code(String name) {
        return primitive(name, "code");
    }

    private String string(String name) {
        return primitive(name, "string");
    }

    private String primitive(String name, String fhirType) {
        Optional<Type> value = value(name, false);
        if (value.isEmpty()) {
            return null;
        }
        if (!fhirType.equals(value.get().fhirType()) || !value.get().isPrimitive()) {
            String choice = "value" + Character.toUpperCase(fhirType.charAt(0)) + fhirType.substring(1);
            addIssue("Parameter " + name + " must be a " + choice + ".", name);
            return null;
        }
        String text = value.get().primitiveValue();
        return text == null || text.isBlank() ? null : text;
    }

    private Optional<Type> value(String name, boolean required) {
        ParametersParameterComponent parameter = parametersByName.get(name);
        if (parameter == null || !parameter.hasValue()) {
            if (required) {
                addIssue("Parameter " + name + " is required.", name);
            } else if (parameter != null) {
                addIssue("Parameter " + name + " has no value.", name);
            }
            return Optional.empty();
        }
        return Optional.of(parameter.getValue());
    }

    private void addIssue(String diagnostics, String location) {
        issues.add(OutcomeIssue.error("PROCESSING", diagnostics, location));
    }

    private LifenIssuesException issue(String diagnostics, String location) {
        addIssue(diagnostics, location);
        return new LifenIssuesException(issues);
    }
}
