package io.github.camellifen.sandbox.fhir;

import ca.uhn.fhir.parser.DataFormatException;
import ca.uhn.fhir.parser.IParser;
import ca.uhn.fhir.parser.LenientErrorHandler;
import ca.uhn.fhir.rest.server.exceptions.InvalidRequestException;
import ca.uhn.fhir.rest.server.servlet.ServletRequestDetails;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.hl7.fhir.instance.model.api.IBaseResource;

/**
 * Parses request bodies whose values the operation checks itself. HAPI's own parsing rejects an invalid value,
 * such as attachment data that is not base64, with 400; Lifen reports it as a 422 issue on the parameter.
 */
final class LenientBodies {

    private LenientBodies() {
    }

    /**
     * Parses the JSON body of a request, keeping invalid primitive values as their original text.
     *
     * @param request the request
     * @return the resource, or {@code null} for an empty body
     * @throws InvalidRequestException (400) if the body is not a FHIR JSON resource at all
     */
    static IBaseResource parse(ServletRequestDetails request) {
        byte[] body = request.loadRequestContents();
        if (body == null || body.length == 0) {
            return null;
        }

        Charset charset = request.getCharset() == null ? StandardCharsets.UTF_8 : request.getCharset();
        IParser parser = request.getFhirContext().newJsonParser();
        parser.setParserErrorHandler(new LenientErrorHandler(false).setErrorOnInvalidValue(false));
        try {
            return parser.parseResource(new String(body, charset));
        } catch (DataFormatException e) {
            throw new InvalidRequestException("Failed to parse request body as JSON resource: " + e.getMessage());
        }
    }
}
