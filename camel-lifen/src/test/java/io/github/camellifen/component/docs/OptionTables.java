package io.github.camellifen.component.docs;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Writes the option and header tables of the component's AsciiDoc page from lifen.json. The build runs it after
 * camel-package-maven-plugin regenerates lifen.json, so the page always lists what the jar offers. It replaces the
 * text between the lines {@code // <name>: START} and {@code // <name>: END} and fails when a marker is missing.
 */
public final class OptionTables {

    private static final String LIFEN_JSON = "/META-INF/io/github/camellifen/component/lifen.json";

    private OptionTables() {
    }

    /** Arguments: the AsciiDoc file to update. */
    public static void main(String[] args) throws IOException {
        Path page = Path.of(args[0]);
        JsonNode model = readModel();

        String text = Files.readString(page);
        text = replaceBetween(text, "component options", optionTable(model.path("componentProperties"), "component"));
        text = replaceBetween(text, "endpoint options", optionTable(model.path("properties"), "endpoint"));
        text = replaceBetween(text, "message headers", headerTable(model.path("headers")));

        Files.writeString(page, text);
    }

    private static JsonNode readModel() throws IOException {
        try (InputStream in = OptionTables.class.getResourceAsStream(LIFEN_JSON)) {
            if (in == null) {
                throw new IOException(LIFEN_JSON + " is not on the class path: build camel-lifen first");
            }
            return new ObjectMapper().readTree(in);
        }
    }

    private static String optionTable(JsonNode options, String kind) {
        StringBuilder table = new StringBuilder();
        table.append("The ").append(kind).append(" has ").append(options.size()).append(" options.\n\n");
        table.append("[width=\"100%\",cols=\"2,5,^1,2\",options=\"header\"]\n|===\n");
        table.append("| Name | Description | Default | Type\n");

        for (Map.Entry<String, JsonNode> entry : options.properties()) {
            JsonNode option = entry.getValue();
            String name = option.path("kind").asText().equals("path") ? entry.getKey() + " (path)" : entry.getKey();
            table.append("| *").append(name).append("* (").append(option.path("group").asText()).append(")")
                    .append(flags(option)).append(" | ").append(cell(option.path("description").asText()))
                    .append(enums(option)).append(" | ").append(cell(option.path("defaultValue").asText("")))
                    .append(" | ").append(cell(shortType(option.path("javaType").asText()))).append('\n');
        }
        return table.append("|===\n").toString();
    }

    private static String headerTable(JsonNode headers) {
        StringBuilder table = new StringBuilder();
        table.append("[width=\"100%\",cols=\"2,5,2\",options=\"header\"]\n|===\n");
        table.append("| Name | Description | Type\n");

        for (Map.Entry<String, JsonNode> entry : headers.properties()) {
            JsonNode header = entry.getValue();
            String constant = header.path("constantName").asText().replaceAll(".*#", "LifenConstants.");
            table.append("| *").append(entry.getKey()).append("* (`").append(constant).append("`) | ")
                    .append(cell(header.path("description").asText())).append(" | ")
                    .append(cell(shortType(header.path("javaType").asText()))).append('\n');
        }
        return table.append("|===\n").toString();
    }

    private static String flags(JsonNode option) {
        String flags = option.path("required").asBoolean() ? " required" : "";
        return option.path("secret").asBoolean() ? flags + " secret" : flags;
    }

    private static String enums(JsonNode option) {
        if (!option.has("enum")) {
            return "";
        }
        StringBuilder values = new StringBuilder(" Values:");
        option.path("enum").forEach(value -> values.append(" `").append(value.asText()).append('`'));
        return values.append('.').toString();
    }

    private static String shortType(String javaType) {
        return javaType.replace("java.lang.", "").replace("java.util.", "");
    }

    /** Escapes the AsciiDoc table separator, and the characters AsciiDoc would read as markup. */
    private static String cell(String text) {
        return text.replace("|", "\\|").replace("{", "\\{").replace("*", "\\*");
    }

    private static String replaceBetween(String text, String name, String content) {
        String start = "// " + name + ": START\n";
        String end = "// " + name + ": END";
        int from = text.indexOf(start);
        int to = text.indexOf(end);
        if (from < 0 || to < from) {
            throw new IllegalStateException("The page has no lines '" + start.trim() + "' and '" + end
                    + "': add them where the table belongs");
        }
        return text.substring(0, from + start.length()) + content + text.substring(to);
    }
}
