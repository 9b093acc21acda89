package io.github.camellifen.benchmarks;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Builds the send-to-ehr Parameters resource in memory, as a route without {@code lifen:} does: the same
 * parameters that {@code lifen:send-to-ehr?subject=Patient/1&documentType=11488-4} sends.
 */
final class SendToEhrJson {

    private static final ObjectMapper JSON = new ObjectMapper();

    private SendToEhrJson() {
    }

    static byte[] build(byte[] document) {
        ObjectNode parameters = JSON.createObjectNode().put("resourceType", "Parameters");
        ArrayNode list = parameters.putArray("parameter");
        list.addObject().put("name", "subject").putObject("valueReference").put("reference", "Patient/1");
        list.addObject().put("name", "content-type").put("valueCode", "application/pdf");
        list.addObject().put("name", "document-type").put("valueCode", "11488-4");
        list.addObject().put("name", "payload").put("valueString", Base64.getEncoder().encodeToString(document));
        return parameters.toString().getBytes(StandardCharsets.UTF_8);
    }
}
