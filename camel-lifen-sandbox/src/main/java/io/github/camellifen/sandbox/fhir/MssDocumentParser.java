package io.github.camellifen.sandbox.fhir;

import io.github.camellifen.sandbox.http.OutcomeIssue;
import java.util.ArrayList;
import java.util.List;
import org.hl7.fhir.r4.model.Attachment;
import org.hl7.fhir.r4.model.DocumentReference;
import org.hl7.fhir.r4.model.Parameters.ParametersParameterComponent;

/**
 * Reads and checks the {@code document} parameters of {@code $send-to-mss}. Each one has a single part,
 * {@code document-reference}, whose resource is a DocumentReference with {@code content[0].attachment}: a
 * {@code contentType} of {@code application/pdf}, base64 {@code data} that decodes to a PDF, and an optional
 * {@code title}. The optional {@code type.coding[0].code} is the document type, a LOINC code.
 */
final class MssDocumentParser {

    static final int MAX_DOCUMENTS = 10;

    private static final String LOCATION = "document";
    private static final String PART_NAME = "document-reference";

    private final List<OutcomeIssue> issues;

    /**
     * Creates a parser.
     *
     * @param issues list that the parser adds its issues to
     */
    MssDocumentParser(List<OutcomeIssue> issues) {
        this.issues = issues;
    }

    /**
     * Checks the documents.
     *
     * @param parameters the {@code document} parameters, in request order
     * @return the documents that passed every check; an issue was added for each other one
     */
    List<SentDocument> parse(List<ParametersParameterComponent> parameters) {
        if (parameters.isEmpty()) {
            addIssue("At least one document is required.");
        } else if (parameters.size() > MAX_DOCUMENTS) {
            addIssue("At most " + MAX_DOCUMENTS + " documents are allowed, not " + parameters.size() + ".");
        }

        List<SentDocument> documents = new ArrayList<>();
        for (int index = 0; index < parameters.size(); index++) {
            SentDocument document = document(parameters.get(index), "Document " + (index + 1) + ": ");
            if (document != null) {
                documents.add(document);
            }
        }
        return documents;
    }

    private SentDocument document(ParametersParameterComponent parameter, String prefix) {
        List<ParametersParameterComponent> parts = parameter.getPart();
        if (parts.size() != 1 || !PART_NAME.equals(parts.get(0).getName())
                || !(parts.get(0).getResource() instanceof DocumentReference reference)) {
            addIssue(prefix + "parameter document must have one part, " + PART_NAME
                    + ", whose resource is a DocumentReference.");
            return null;
        }
        if (!reference.hasContent() || !reference.getContentFirstRep().hasAttachment()) {
            addIssue(prefix + "the DocumentReference must have content[0].attachment.");
            return null;
        }

        Attachment attachment = reference.getContentFirstRep().getAttachment();
        if (!PdfContent.MEDIA_TYPE.equals(attachment.getContentType())) {
            addIssue(prefix + "attachment contentType must be " + PdfContent.MEDIA_TYPE + ", not "
                    + attachment.getContentType() + ".");
            return null;
        }
        byte[] content = content(attachment, prefix);
        if (content == null) {
            return null;
        }

        String type = reference.getType().getCodingFirstRep().getCode();
        return new SentDocument(attachment.getTitle(), type, PdfContent.MEDIA_TYPE, content);
    }

    private byte[] content(Attachment attachment, String prefix) {
        String base64 = attachment.getDataElement().getValueAsString();
        if (base64 == null || base64.isBlank()) {
            addIssue(prefix + "attachment data is required.");
            return null;
        }

        byte[] content;
        try {
            content = PdfContent.decode(base64);
        } catch (IllegalArgumentException e) {
            addIssue(prefix + "attachment data is not valid base64: " + e.getMessage());
            return null;
        }
        if (!PdfContent.isPdf(content)) {
            addIssue(prefix + "attachment data is not a PDF document: it does not start with %PDF-.");
            return null;
        }
        return content;
    }

    private void addIssue(String diagnostics) {
        issues.add(OutcomeIssue.error("PROCESSING", diagnostics, LOCATION));
    }
}
