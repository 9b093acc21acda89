package io.github.camellifen.component;

import org.apache.camel.CamelContext;
import org.apache.camel.Endpoint;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.main.Main;
import org.apache.camel.util.URISupport;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Start-up checks of the configuration, environment presets, and what Camel prints of an endpoint. */
class ConfigurationTest {

    private static final String SECRET = "SECRET-canary-7f3a";

    @Test
    void missingClientIdNamesOptionAndProperty() {
        assertThatThrownBy(() -> startRoute("lifen:read/Patient?environment=post-prod&clientSecret=RAW(" + SECRET
                + ")&databaseReference=db"))
                .hasStackTraceContaining("Missing Lifen option clientId: set camel.component.lifen.client-id or "
                        + "clientId on the endpoint URI");
    }

    @Test
    void missingSecretNamesOptionWithoutValue() {
        assertThatThrownBy(() -> startRoute("lifen:read/Patient?environment=post-prod&clientId=c&databaseReference=db"))
                .hasStackTraceContaining("Missing Lifen option clientSecret: set camel.component.lifen.client-secret");
    }

    @Test
    void missingUrlsSuggestEnvironment() {
        assertThatThrownBy(() -> startRoute("lifen:read/Patient?clientId=c&clientSecret=RAW(" + SECRET
                + ")&databaseReference=db"))
                .hasStackTraceContaining("Missing Lifen option apiBaseUrl")
                .hasStackTraceContaining("or set environment to one of production, post-prod");
    }

    @Test
    void unknownEnvironmentShowsValueAndChoices() {
        assertThatThrownBy(() -> startRoute("lifen:read/Patient?environment=prod&clientId=c&clientSecret=RAW("
                + SECRET + ")&databaseReference=db"))
                .hasStackTraceContaining("Invalid value 'prod' for Lifen option environment "
                        + "(camel.component.lifen.environment or the endpoint URI): use production, post-prod");
    }

    @Test
    void plainHttpIsRefusedOffLoopback() {
        assertThatThrownBy(() -> startRoute("lifen:read/Patient?apiBaseUrl=http://api.example.org/fhir/v3"
                + "&tokenUrl=https://auth.example.org/v1/token&audience=a&clientId=c&clientSecret=RAW(" + SECRET
                + ")&databaseReference=db"))
                .hasStackTraceContaining("Invalid value 'http://api.example.org/fhir/v3' for Lifen option "
                        + "apiBaseUrl")
                .hasStackTraceContaining("use https");
    }

    @Test
    void unknownOperationListsOperations() {
        assertThatThrownBy(() -> startRoute("lifen:delete/Patient?environment=post-prod&clientId=c&clientSecret=RAW("
                + SECRET + ")&databaseReference=db"))
                .hasStackTraceContaining("Unknown Lifen operation 'delete' in the endpoint URI: use one of read, "
                        + "search, send-to-ehr, send-to-mss, search-for-mss, tracking, operation, create, update, "
                        + "request");
    }

    @Test
    void searchWithoutResourceTypeFails() {
        assertThatThrownBy(() -> startRoute("lifen:search?environment=post-prod&clientId=c&clientSecret=RAW("
                + SECRET + ")&databaseReference=db"))
                .hasStackTraceContaining("Missing resource type: set the endpoint URI, as in lifen:search/Patient");
    }

    @Test
    void errorsNeverShowTheSecret() {
        assertThatThrownBy(() -> startRoute("lifen:read/Patient?environment=nowhere&clientId=c&clientSecret=RAW("
                + SECRET + ")&databaseReference=db"))
                .satisfies(failure -> assertThat(stackTraceText(failure)).doesNotContain(SECRET));
    }

    @Test
    void presetsFillUrlsAndStayOverridable() throws Exception {
        try (CamelContext camel = new DefaultCamelContext()) {
            camel.start();
            LifenEndpoint postProd = endpoint(camel, "lifen:read/Patient?environment=post-prod");
            assertThat(postProd.settings().apiBase()).hasToString("https://api.post-prod.lifen.fr/fhir/v3");
            assertThat(postProd.settings().credentials().tokenUrl())
                    .hasToString("https://authentication.post-prod.lifen.fr/v1/token");
            assertThat(postProd.settings().credentials().audience()).isEqualTo("https://post-prod.platform-apis/");

            LifenEndpoint v2 = endpoint(camel, "lifen:read/Patient?environment=production&apiVersion=v2");
            assertThat(v2.settings().apiBase()).hasToString("https://api.lifen.fr/fhir/v2");
            assertThat(v2.settings().credentials().tokenUrl()).hasToString("https://login.lifen.fr/oauth/token");

            LifenEndpoint custom = endpoint(camel, "lifen:read/Patient?environment=production"
                    + "&apiBaseUrl=https://lifen.hospital.example/fhir/v3");
            assertThat(custom.settings().apiBase()).hasToString("https://lifen.hospital.example/fhir/v3");
            assertThat(custom.settings().credentials().tokenUrl()).hasToString("https://authentication.lifen.fr/v1/token");
        }
    }

    @Test
    void componentPropertiesReachEveryEndpoint() throws Exception {
        Main main = new Main();
        main.addInitialProperty("camel.component.lifen.environment", "post-prod");
        main.addInitialProperty("camel.component.lifen.client-id", "from-properties");
        main.addInitialProperty("camel.component.lifen.client-secret", "p+q%2Br%");
        main.addInitialProperty("camel.component.lifen.database-reference", "db-P");
        main.start();
        try {
            LifenEndpoint endpoint = (LifenEndpoint) main.getCamelContext().getEndpoint("lifen:search/Patient");
            endpoint.init();

            assertThat(endpoint.settings().credentials().clientId()).isEqualTo("from-properties");
            assertThat(endpoint.settings().credentials().clientSecret()).isEqualTo("p+q%2Br%");
            assertThat(endpoint.settings().credentials().databaseReference()).isEqualTo("db-P");
        } finally {
            main.stop();
        }
    }

    @Test
    void printedEndpointUriMasksSecret() throws Exception {
        try (CamelContext camel = new DefaultCamelContext()) {
            camel.start();
            Endpoint endpoint = camel.getEndpoint("lifen:read/Patient?environment=post-prod&clientId=c"
                    + "&clientSecret=RAW(" + SECRET + ")&databaseReference=db");

            assertThat(endpoint.toString()).doesNotContain(SECRET).contains("clientSecret=xxxxxx");
            // Camel keeps the raw URI as the endpoint's identity and masks it with its sanitizer wherever it prints it
            assertThat(URISupport.sanitizeUri(endpoint.getEndpointUri())).doesNotContain(SECRET);
            assertThat(((LifenEndpoint) endpoint).getConfiguration().getClientSecret()).isEqualTo(SECRET);
        }
    }

    private static LifenEndpoint endpoint(CamelContext camel, String uri) {
        LifenEndpoint endpoint = (LifenEndpoint) camel.getEndpoint(uri + "&clientId=c&clientSecret=RAW(" + SECRET
                + ")&databaseReference=db");
        endpoint.init();
        return endpoint;
    }

    private static void startRoute(String uri) throws Exception {
        try (CamelContext camel = new DefaultCamelContext()) {
            camel.addRoutes(new RouteBuilder() {
                @Override
                public void configure() {
                    from("direct:start").to(uri);
                }
            });
            camel.start();
        }
    }

    private static String stackTraceText(Throwable failure) {
        java.io.StringWriter text = new java.io.StringWriter();
        failure.printStackTrace(new java.io.PrintWriter(text));
        return text.toString();
    }
}
