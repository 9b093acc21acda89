package io.github.camellifen.component;

import org.apache.camel.Exchange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reads from Lifen's real post-prod environment. Runs only with {@code mvn -Plifen-it verify} and the variables
 * LIFEN_CLIENT_ID, LIFEN_CLIENT_SECRET and LIFEN_DATABASE_REFERENCE set; it sends no document.
 */
@EnabledIfEnvironmentVariable(named = "LIFEN_CLIENT_SECRET", matches = ".+")
class LifenPostProdIT {

    @Test
    void searchReturnsBundle() {
        try (LifenTestContext lifen = new LifenTestContext(component -> {
            LifenConfiguration config = component.getConfiguration();
            config.setEnvironment(System.getenv().getOrDefault("LIFEN_ENVIRONMENT", "post-prod"));
            config.setClientId(System.getenv("LIFEN_CLIENT_ID"));
            config.setClientSecret(System.getenv("LIFEN_CLIENT_SECRET"));
            config.setDatabaseReference(System.getenv("LIFEN_DATABASE_REFERENCE"));
        })) {
            Exchange exchange = lifen.send("lifen:search/Patient?search._count=1");

            assertThat(exchange.getException()).isNull();
            assertThat(exchange.getMessage().getHeader(LifenConstants.RESPONSE_CODE)).isEqualTo(200);
            assertThat(exchange.getMessage().getBody(String.class)).contains("\"resourceType\":\"Bundle\"");
            assertThat(lifen.component.getTokenManager().tokenRequestCount()).isEqualTo(1);
        }
    }
}
