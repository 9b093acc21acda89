package io.github.camellifen.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Compares a JSON document with an example of Lifen's documentation.
 *
 * <p>Every field of the example must be in the document with the same JSON type, and every array must be at
 * least as long. Fields that name a code or a message must have the example's value, where placeholders such
 * as {@code [id]} or {@code XXXX} match any text. Fields that only the document has are allowed.
 */
final class JsonShape {

    private static final Set<String> VALUE_FIELDS = Set.of("resourceType", "type", "severity", "code", "diagnostics",
            "location", "relation", "mode", "use", "status", "system", "display");
    private static final Pattern PARAMETER_NAME = Pattern.compile(".*/parameter/\\d+/name");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\[[^\\]]*\\]|X{4,}|\\{\\{[^}]*\\}\\}");

    private JsonShape() {
    }

    /**
     * Lists every difference between an example and a document.
     *
     * @param example the example
     * @param actual the document
     * @return one line per difference, with its JSON pointer; empty when the document has the example's shape
     */
    static List<String> differences(JsonNode example, JsonNode actual) {
        List<String> differences = new ArrayList<>();
        compare(example, actual, "", differences);
        return differences;
    }

    private static void compare(JsonNode example, JsonNode actual, String pointer, List<String> differences) {
        if (actual == null || actual.isMissingNode()) {
            differences.add(pointer + ": missing");
            return;
        }
        if (example.getNodeType() != actual.getNodeType()) {
            differences.add(pointer + ": expected " + example.getNodeType() + ", got " + actual.getNodeType());
            return;
        }

        if (example.isObject()) {
            Iterator<Map.Entry<String, JsonNode>> fields = example.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                compare(field.getValue(), actual.get(field.getKey()), pointer + "/" + field.getKey(), differences);
            }
        } else if (example.isArray()) {
            if (actual.size() < example.size()) {
                differences.add(pointer + ": expected at least " + example.size() + " items, got " + actual.size());
            }
            for (int i = 0; i < Math.min(example.size(), actual.size()); i++) {
                compare(example.get(i), actual.get(i), pointer + "/" + i, differences);
            }
        } else if (example.isTextual() && isValueField(pointer) && !matches(example.asText(), actual.asText())) {
            differences.add(pointer + ": expected \"" + example.asText() + "\", got \"" + actual.asText() + "\"");
        }
    }

    private static boolean isValueField(String pointer) {
        String field = pointer.substring(pointer.lastIndexOf('/') + 1);
        return VALUE_FIELDS.contains(field) || PARAMETER_NAME.matcher(pointer).matches();
    }

    // The example's literal parts must appear as they are; each placeholder stands for one or more characters.
    private static boolean matches(String example, String actual) {
        StringBuilder regex = new StringBuilder();
        Matcher placeholder = PLACEHOLDER.matcher(example);
        int literalStart = 0;
        while (placeholder.find()) {
            regex.append(Pattern.quote(example.substring(literalStart, placeholder.start()))).append(".+");
            literalStart = placeholder.end();
        }
        regex.append(Pattern.quote(example.substring(literalStart)));
        return Pattern.compile(regex.toString(), Pattern.DOTALL).matcher(actual).matches();
    }
}
