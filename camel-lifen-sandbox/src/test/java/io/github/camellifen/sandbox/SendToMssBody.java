package io.github.camellifen.sandbox;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Base64;

/**
 * Builds the Parameters body of a {@code $send-to-mss} request.
 */
final class SendToMssBody {

    private final ObjectNode root = SandboxHttp.JSON.createObjectNode();
    private final ArrayNode parameters = root.put("resourceType", "Parameters").putArray("parameter");

    /** Builds a valid request: a seed patient, one practitioner of the directory and one PDF. */
    static SendToMssBody forPatient(String patientId, byte[] pdf) {
        return new SendToMssBody()
                .reference("subject", "Patient/" + patientId)
                .reference("recipient", "Practitioner/" + SandboxSeedData.PRACTITIONER_MICHUE_ID)
                .document(pdf, "Compte rendu", "11488-4");
    }

    SendToMssBody reference(String name, String reference) {
        parameters.addObject().put("name", name).putObject("valueReference").put("reference", reference);
        return this;
    }

    SendToMssBody string(String name, String value) {
        parameters.addObject().put("name", name).put("valueString", value);
        return this;
    }

    SendToMssBody detailedSubject(String family, String given) {
        ObjectNode patient = parameters.addObject().put("name", "detailed-subject").putObject("resource")
                .put("resourceType", "Patient");
        ObjectNode name = patient.putArray("name").addObject();
        if (family != null) {
            name.put("family", family);
        }
        name.putArray("given").add(given);
        patient.put("birthDate", "1980-02-29").put("gender", "female");
        return this;
    }

    SendToMssBody document(byte[] pdf, String title, String loinc) {
        return document("application/pdf", Base64.getEncoder().encodeToString(pdf), title, loinc);
    }

    /** Adds a document with the given attachment fields; a null argument leaves its field out. */
    SendToMssBody document(String contentType, String base64, String title, String loinc) {
        ObjectNode reference = parameters.addObject().put("name", "document").putArray("part").addObject()
                .put("name", "document-reference").putObject("resource")
                .put("resourceType", "DocumentReference").put("status", "current");
        if (loinc != null) {
            reference.putObject("type").putArray("coding").addObject()
                    .put("system", "http://loinc.org").put("code", loinc);
        }
        ObjectNode attachment = reference.putArray("content").addObject().putObject("attachment");
        putIfNotNull(attachment, "contentType", contentType);
        putIfNotNull(attachment, "data", base64);
        putIfNotNull(attachment, "title", title);
        return this;
    }

    /** Removes every parameter with this name. */
    SendToMssBody without(String name) {
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

    private static void putIfNotNull(ObjectNode node, String field, String value) {
        if (value != null) {
            node.put(field, value);
        }
    }
}
