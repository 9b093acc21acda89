package io.github.camellifen.component;

import java.util.Locale;

/** The Java type of the message body after a reply. */
enum OutputType {

    /** JSON text. */
    STRING("string"),
    /** A Jackson {@code JsonNode}. */
    JSON_NODE("json-node"),
    /** A {@code Map} of the JSON object, with lists and maps inside. */
    MAP("map"),
    /** A HAPI FHIR R4 resource; needs hapi-fhir-structures-r4 on the class path. */
    FHIR_RESOURCE("fhir-resource");

    static final String NAMES = "string, json-node, map, fhir-resource";

    private final String uriName;

    OutputType(String uriName) {
        this.uriName = uriName;
    }

    static OutputType parse(String text) {
        for (OutputType type : values()) {
            if (type.uriName.equals(text == null ? null : text.toLowerCase(Locale.ROOT))) {
                return type;
            }
        }
        throw new IllegalArgumentException("Invalid value '" + text + "' for Lifen option outputType: use " + NAMES);
    }
}
