package io.github.camellifen.sandbox;

import static io.github.camellifen.sandbox.SandboxSeedData.ENCOUNTER_MICHUE_ID;
import static io.github.camellifen.sandbox.SandboxSeedData.ENCOUNTER_MICHUE_VISIT_NUMBER;
import static io.github.camellifen.sandbox.SandboxSeedData.PATIENT_MARTIN_ID;
import static io.github.camellifen.sandbox.SandboxSeedData.PATIENT_MICHUE_ID;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Walks every example of Lifen's FHIR API reference (its OpenAPI 3 file): each request example must be accepted,
 * and each response example must be reproduced by a request that the table below names. A new example in the
 * reference without an entry in the table fails the test.
 *
 * <p>The file is read from the test class path, then from the {@code lifen.openapi} system property, then from
 * a {@code shared/lifen-api} folder above the module. The tests are skipped when none of them has it.
 */
class OpenApiExamplesTest {

    private static final String SPEC_FILE = "lifen-fhir-api-openapi.json";
    private static final String SPEC_PROPERTY = "lifen.openapi";
    private static final Path SPEC_IN_SHARED = Path.of("shared", "lifen-api", SPEC_FILE);
    private static final String NO_SUPPORT_CLIENT = "no-support-client";
    private static final String NO_SEND_CLIENT = "no-send-client";
    private static final Pattern CURL_URL = Pattern.compile("https?://[^\\s'\"]+");
    private static final Pattern CURL_METHOD = Pattern.compile("--request\\s+([A-Z]+)");
    private static final Pattern CURL_HEADER = Pattern.compile("--header\\s+'([^:']+):\\s*([^']*)'");
    private static final Pattern CURL_DATA = Pattern.compile("--data(?:-urlencode)?\\s+'([^']*)'");
    private static final Pattern TEMPLATE = Pattern.compile("\\{\\{(\\w+)}}");

    @RegisterExtension
    static LifenSandboxExtension extension = new LifenSandboxExtension(LifenSandbox.builder()
            .rateLimitPerSecond(0)
            .client(NO_SUPPORT_CLIENT, "secret-1", Set.of(LifenSandbox.DEFAULT_AUDIENCE),
                    Set.of(LifenSandbox.DEFAULT_DATABASE_REFERENCE))
            .client(NO_SEND_CLIENT, "secret-2", Set.of(LifenSandbox.DEFAULT_AUDIENCE),
                    Set.of(LifenSandbox.DEFAULT_DATABASE_REFERENCE))
            .clientWithoutSupportAddress(NO_SUPPORT_CLIENT)
            .clientWithoutSendPermission(NO_SEND_CLIENT));

    private static JsonNode spec;
    private static String token;

    @BeforeAll
    static void readSpec() throws IOException {
        spec = readSpecFile();
        Assumptions.assumeTrue(spec != null, "Lifen's OpenAPI reference " + SPEC_FILE
                + " not found: put it on the test class path or set -D" + SPEC_PROPERTY + "=PATH");
        token = SandboxHttp.token(extension.sandbox());
    }

    @TestFactory
    Stream<DynamicTest> responseExamplesAreReproduced() {
        Map<String, Supplier<SandboxHttp.Response>> scenarios = scenarios(extension.sandbox());
        List<DynamicTest> tests = new ArrayList<>();

        forEachOperation((method, path, operation) -> forEachField(operation.path("responses"), (status, response) ->
                forEachField(response.path("content"), (mediaType, content) ->
                        forEachField(content.path("examples"), (name, example) -> {
                            String key = method + " " + path + " " + status + " " + name;
                            tests.add(DynamicTest.dynamicTest(key, () -> checkResponse(key, status,
                                    parseExample(example.get("value")), scenarios.get(key))));
                        }))));

        assertThat(tests).as("response examples in the reference").hasSizeGreaterThan(20);
        return tests.stream();
    }

    @TestFactory
    Stream<DynamicTest> requestExamplesAreAccepted() {
        LifenSandbox sandbox = extension.sandbox();
        List<DynamicTest> tests = new ArrayList<>();

        forEachOperation((method, path, operation) -> {
            String contentType = defaultContentType(operation);
            forEachField(operation.path("requestBody").path("content"), (mediaType, content) ->
                    forEachField(content.path("examples"), (name, example) -> tests.add(DynamicTest.dynamicTest(
                            method + " " + path + " body " + name, () -> checkAccepted(SandboxHttp.send(
                                    sandbox.baseUrl() + "/fhir" + path, token, method, contentType,
                                    fillTemplate(example.get("value")).getBytes(StandardCharsets.UTF_8)))))));
            int index = 0;
            for (JsonNode sample : operation.path("x-readme").path("code-samples")) {
                String curl = sample.get("code").asText();
                tests.add(DynamicTest.dynamicTest(method + " " + path + " sample " + index++,
                        () -> checkAccepted(sendCurl(sandbox, curl))));
            }
        });

        assertThat(tests).as("request examples in the reference").hasSizeGreaterThan(5);
        return tests.stream();
    }

    private static void checkResponse(String key, String status, JsonNode example,
            Supplier<SandboxHttp.Response> scenario) {
        assertThat(scenario).as("scenario for " + key).isNotNull();

        SandboxHttp.Response response = scenario.get();

        assertThat(response.status()).as(response.body()).isEqualTo(Integer.parseInt(status));
        assertThat(JsonShape.differences(example, response.json())).as(response.body()).isEmpty();
    }

    private static void checkAccepted(SandboxHttp.Response response) {
        assertThat(response.status()).as(response.body()).isBetween(200, 299);
    }

    // Each request reproduces one response example of the reference, keyed as "METHOD path status example-name".
    private static Map<String, Supplier<SandboxHttp.Response>> scenarios(LifenSandbox sandbox) {
        String v3 = sandbox.fhirV3Url();
        Map<String, Supplier<SandboxHttp.Response>> scenarios = new HashMap<>();

        scenarios.put("POST /v3/Patient/_search 200 Result", () -> form(v3 + "/Patient/_search",
                "name=MICHUE&_sort=-_lastUpdated"));
        scenarios.put("POST /v3/Patient/_search 422 Result", () -> form(v3 + "/Patient/_search", "XXXX=1"));
        scenarios.put("GET /v3/Patient/{id} 200 Result", () -> SandboxHttp.getWithContentType(
                v3 + "/Patient/" + PATIENT_MICHUE_ID, token, "application/fhir+json"));
        scenarios.put("GET /v3/Patient/{id} 404 Result", () -> SandboxHttp.get(v3 + "/Patient/unknown", token));
        scenarios.put("GET /v3/Patient/{id} 415 Result", () -> SandboxHttp.getWithContentType(
                v3 + "/Patient/" + PATIENT_MICHUE_ID, token, "text/plain"));

        scenarios.put("POST /v3/Coverage/_search 200 Résultat trouvé", () -> form(v3 + "/Coverage/_search",
                "beneficiary=Patient/" + PATIENT_MICHUE_ID));
        scenarios.put("POST /v3/Coverage/_search 200 Pas de résultat", () -> form(v3 + "/Coverage/_search",
                "beneficiary=Patient/" + PATIENT_MARTIN_ID));
        scenarios.put("POST /v3/Coverage/_search 422 Champ patient non renseigné",
                () -> form(v3 + "/Coverage/_search", ""));

        scenarios.put("POST /v3/Encounter/_search 200 Result", () -> form(v3 + "/Encounter/_search",
                "identifier=" + ENCOUNTER_MICHUE_VISIT_NUMBER));
        scenarios.put("POST /v3/Encounter/_search 422 Result", () -> form(v3 + "/Encounter/_search", "XXXXX=1"));
        scenarios.put("GET /v3/Encounter/{id} 200 Result", () -> SandboxHttp.get(
                v3 + "/Encounter/" + ENCOUNTER_MICHUE_ID, token));
        scenarios.put("GET /v3/Encounter/{id} 404 Result", () -> SandboxHttp.get(v3 + "/Encounter/unknown", token));
        scenarios.put("GET /v3/Encounter/{id} 415 Result", () -> SandboxHttp.getWithContentType(
                v3 + "/Encounter/" + ENCOUNTER_MICHUE_ID, token, "text/plain"));

        String sendToEhr = v3 + "/CommunicationRequest/$send-to-ehr";
        String ehrBody = SendToEhrBody.forPatient(PATIENT_MICHUE_ID, Pdfs.read(Pdfs.LIBRE_OFFICE)).json();
        scenarios.put("POST /v3/CommunicationRequest/$send-to-ehr 201 Result", () -> fhirJson(sendToEhr, token, ehrBody));
        scenarios.put("POST /v3/CommunicationRequest/$send-to-ehr 401 Result", () -> fhirJson(sendToEhr, null, ehrBody));
        scenarios.put("POST /v3/CommunicationRequest/$send-to-ehr 403 Result", () -> fhirJson(sendToEhr,
                SandboxHttp.token(sandbox, NO_SEND_CLIENT, "secret-2"), ehrBody));
        scenarios.put("POST /v3/CommunicationRequest/$send-to-ehr 422 Result", () -> fhirJson(sendToEhr, token,
                SendToEhrBody.forPatient("unknown", Pdfs.read(Pdfs.LIBRE_OFFICE)).json()));

        String sendToMss = v3 + "/CommunicationRequest/$send-to-mss";
        String mssBody = SendToMssBody.forPatient(PATIENT_MICHUE_ID, Pdfs.read(Pdfs.LIBRE_OFFICE)).json();
        scenarios.put("POST /v3/CommunicationRequest/$send-to-mss 201 Result", () -> fhirJson(sendToMss, token, mssBody));
        scenarios.put("POST /v3/CommunicationRequest/$send-to-mss 412 Result", () -> fhirJson(sendToMss,
                SandboxHttp.token(sandbox, NO_SUPPORT_CLIENT, "secret-1"), mssBody));
        scenarios.put("POST /v3/CommunicationRequest/$send-to-mss 422 Result", () -> fhirJson(sendToMss, token,
                SendToMssBody.forPatient(PATIENT_MICHUE_ID, Pdfs.read(Pdfs.LIBRE_OFFICE)).without("recipient").json()));
        scenarios.put("GET /v3/CommunicationRequest/$tracking?transaction-id={transaction-id} 200 Result", () -> {
            String trackingUrl = fhirJson(sendToMss, token, mssBody).json().at("/parameter/0/valueString").asText();
            return SandboxHttp.get(trackingUrl, token);
        });

        scenarios.put("POST /v3/Practitioner/$search-for-mss 200 Result", () -> form(
                v3 + "/Practitioner/$search-for-mss", "family=michue&given=paulette"));
        scenarios.put("POST /v3/Practitioner/$search-for-mss 422 Result", () -> form(
                v3 + "/Practitioner/$search-for-mss", "XXXX=1"));
        scenarios.put("POST /v3/Organization/$search-for-mss 200 Result", () -> form(
                v3 + "/Organization/$search-for-mss", "name=CH+Angers"));
        scenarios.put("POST /v3/Organization/$search-for-mss 422 Result", () -> form(
                v3 + "/Organization/$search-for-mss", "XXXX=1"));
        return scenarios;
    }

    // Replaces the reference's {{...}} placeholders with seed ids and a real PDF.
    private static String fillTemplate(JsonNode example) {
        Map<String, String> values = Map.of(
                "patientId", PATIENT_MICHUE_ID,
                "encounterId", ENCOUNTER_MICHUE_ID,
                "base64", Base64.getEncoder().encodeToString(Pdfs.read(Pdfs.PDFLATEX)));
        String text = example.isTextual() ? example.asText() : example.toString();
        Matcher placeholder = TEMPLATE.matcher(text);
        StringBuilder filled = new StringBuilder();
        while (placeholder.find()) {
            String value = values.get(placeholder.group(1));
            assertThat(value).as("value for placeholder " + placeholder.group()).isNotNull();
            placeholder.appendReplacement(filled, Matcher.quoteReplacement(value));
        }
        placeholder.appendTail(filled);
        return filled.toString();
    }

    // Replays a curl sample against the sandbox: same path, headers and form fields, a real token and seed ids.
    private static SandboxHttp.Response sendCurl(LifenSandbox sandbox, String curl) {
        String sample = curl.replace("[id]", PATIENT_MICHUE_ID);
        Matcher url = CURL_URL.matcher(sample);
        assertThat(url.find()).as("URL in " + curl).isTrue();
        String path = url.group().substring(url.group().indexOf("/fhir/"));

        List<String> fields = new ArrayList<>();
        Matcher data = CURL_DATA.matcher(sample);
        while (data.find()) {
            String field = data.group(1);
            int equals = field.indexOf('=');
            String name = field.substring(0, equals);
            fields.add(SandboxHttp.encode(name) + "=" + SandboxHttp.encode(field.substring(equals + 1)));
        }
        Matcher methodMatcher = CURL_METHOD.matcher(sample);
        String method = methodMatcher.find() ? methodMatcher.group(1) : (fields.isEmpty() ? "GET" : "POST");

        Map<String, String> headers = new LinkedHashMap<>();
        Matcher header = CURL_HEADER.matcher(sample);
        while (header.find()) {
            headers.put(header.group(1), header.group(2));
        }
        String formType = fields.isEmpty() ? null : "application/x-www-form-urlencoded";
        String contentType = headers.getOrDefault("Content-Type", formType);
        byte[] body = String.join("&", fields).getBytes(StandardCharsets.UTF_8);

        if ("GET".equals(method)) {
            return contentType == null ? SandboxHttp.get(sandbox.baseUrl() + path, token)
                    : SandboxHttp.getWithContentType(sandbox.baseUrl() + path, token, contentType);
        }
        return SandboxHttp.send(sandbox.baseUrl() + path, token, method, contentType, body);
    }

    private static String defaultContentType(JsonNode operation) {
        for (JsonNode parameter : operation.path("parameters")) {
            if ("Content-Type".equals(parameter.path("name").asText())) {
                return parameter.at("/schema/default").asText();
            }
        }
        return "application/fhir+json";
    }

    private static JsonNode parseExample(JsonNode value) throws IOException {
        return value.isTextual() ? SandboxHttp.JSON.readTree(value.asText()) : value;
    }

    private static SandboxHttp.Response form(String url, String body) {
        return SandboxHttp.postRawForm(url, token, body);
    }

    private static SandboxHttp.Response fhirJson(String url, String token, String body) {
        return SandboxHttp.postJson(url, token, "application/fhir+json", body);
    }

    private static void forEachOperation(OperationVisitor visitor) {
        forEachField(spec.path("paths"), (path, operations) ->
                forEachField(operations, (method, operation) -> visitor.visit(method.toUpperCase(), path, operation)));
    }

    private static void forEachField(JsonNode node, FieldVisitor visitor) {
        Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            visitor.visit(field.getKey(), field.getValue());
        }
    }

    private static JsonNode readSpecFile() throws IOException {
        try (InputStream resource = OpenApiExamplesTest.class.getResourceAsStream("/" + SPEC_FILE)) {
            if (resource != null) {
                return SandboxHttp.JSON.readTree(resource);
            }
        }
        String configured = System.getProperty(SPEC_PROPERTY);
        if (configured != null) {
            return SandboxHttp.JSON.readTree(Path.of(configured).toFile());
        }
        for (Path folder = Path.of("").toAbsolutePath(); folder != null; folder = folder.getParent()) {
            Path candidate = folder.resolve(SPEC_IN_SHARED);
            if (Files.isRegularFile(candidate)) {
                return SandboxHttp.JSON.readTree(candidate.toFile());
            }
        }
        return null;
    }

    @FunctionalInterface
    private interface OperationVisitor {
        void visit(String method, String path, JsonNode operation);
    }

    @FunctionalInterface
    private interface FieldVisitor {
        void visit(String name, JsonNode value);
    }
}
