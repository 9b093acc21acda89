package io.github.camellifen.sandbox;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Base64;

/**
 * Builds the Parameters body of a {@code $send-to-ehr} request.
 */
final class SendToEhrBody {

    private final ObjectNode root = SandboxHttp.JSON.createObjectNode();
    private final ArrayNode parameters = root.put("resourceType", "Parameters").putArray("parameter");

    static SendToEhrBody forPatient(String patientId, byte[] pdf) {
        return new SendToEhrBody()
                .reference("subject", "Patient/" + patientId)
                .string("payload", Base64.getEncoder().encodeToString(pdf));
    }

    SendToEhrBody reference(String name, String reference) {
        parameters.addObject().put("name", name).putObject("valueReference").put("reference", reference);
        return this;
    }

    SendToEhrBody code(String name, String code) {
        parameters.addObject().put("name", name).put("valueCode", code);
        return this;
    }

    SendToEhrBody string(String name, String value) {
        parameters.addObject().put("name", name).put("valueString", value);
        return this;
    }

    /** Removes every parameter with this name. */
    SendToEhrBody without(String name) {
        for (int i = parameters.size() - 1; i >= 0; i--) {
            if (name.equals(parameters.get(i).path("name").asText())) {
                parameters.remove(i);
            }
        }
        return this;
    }

    String json() {
        return root.toString();
    }
}
