package io.github.camellifen.component.fhir;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import io.github.camellifen.component.http.ApiResponse;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The reply id and text decoding that the producer puts on the message. */
class ReplyParsingTest {

    @Test
    void resourceIdReadsTopLevelIdOnly() {
        String patient = "{\"id\":\"p-1\",\"meta\":{\"id\":\"nested\"},\"name\":[{\"id\":\"n\"}],\"resourceType\":\"Patient\"}";

        assertThat(FhirReplies.resourceId(patient)).isEqualTo("p-1");
    }

    @Test
    void resourceIdIgnoresContainersAndNonResources() {
        assertThat(FhirReplies.resourceId("{\"resourceType\":\"Bundle\",\"id\":\"b\"}")).isNull();
        assertThat(FhirReplies.resourceId("{\"resourceType\":\"Parameters\",\"id\":\"p\"}")).isNull();
        assertThat(FhirReplies.resourceId("{\"resourceType\":\"OperationOutcome\",\"id\":\"o\"}")).isNull();
        assertThat(FhirReplies.resourceId("{\"id\":\"no-type\"}")).isNull();
        assertThat(FhirReplies.resourceId("[{\"resourceType\":\"Patient\",\"id\":\"1\"}]")).isNull();
        assertThat(FhirReplies.resourceId("not json")).isNull();
        assertThat(FhirReplies.resourceId("")).isNull();
    }

    @Test
    void bodyDecodedWithNamedCharset() {
        byte[] latin1 = "{\"name\":\"Hélène\"}".getBytes(StandardCharsets.ISO_8859_1);

        assertThat(reply("application/fhir+json; charset=\"ISO-8859-1\"", latin1).bodyAsString())
                .isEqualTo("{\"name\":\"Hélène\"}");
        assertThat(reply("application/fhir+json;Charset=iso-8859-1;q=1", latin1).bodyAsString())
                .isEqualTo("{\"name\":\"Hélène\"}");
    }

    @Test
    void bodyDecodedAsUtf8ByDefault() {
        byte[] utf8 = "{\"name\":\"Hélène\"}".getBytes(StandardCharsets.UTF_8);

        assertThat(reply("application/fhir+json", utf8).bodyAsString()).isEqualTo("{\"name\":\"Hélène\"}");
        assertThat(reply(null, utf8).bodyAsString()).isEqualTo("{\"name\":\"Hélène\"}");
        assertThat(reply("application/json; charset=no-such-charset", utf8).bodyAsString())
                .isEqualTo("{\"name\":\"Hélène\"}");
    }

    private static ApiResponse reply(String contentType, byte[] body) {
        // Header names compared without regard to case, as the transport builds them
        Map<String, List<String>> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        if (contentType != null) {
            headers.put("content-type", List.of(contentType));
        }
        return new ApiResponse(200, URI.create("http://127.0.0.1/fhir/v3/Patient/1"), headers, body, null);
    }
}
