package io.github.camellifen.sandbox.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

class CredentialsToStringTest {

    @Test
    void clientRegistrationHidesSecret() {
        ClientRegistration client = new ClientRegistration("client-id", "top-secret-value", Set.of("audience"),
                Set.of("database"));

        assertThat(client.toString()).contains("client-id").doesNotContain("top-secret-value");
    }

    @Test
    void tokenRequestHidesSecret() {
        TokenRequest request = TokenRequest.fromForm(
                "grant_type=client_credentials&client_id=client-id&client_secret=top-secret-value");

        assertThat(request.clientSecret()).isEqualTo("top-secret-value");
        assertThat(request.toString()).contains("client-id").doesNotContain("top-secret-value");
    }

    @Test
    void secretComparisonIsExact() {
        ClientRegistration client = new ClientRegistration("client-id", "secret", Set.of(), Set.of());

        assertThat(client.secretMatches("secret")).isTrue();
        assertThat(client.secretMatches("Secret")).isFalse();
        assertThat(client.secretMatches("secret ")).isFalse();
        assertThat(client.secretMatches("")).isFalse();
    }
}
