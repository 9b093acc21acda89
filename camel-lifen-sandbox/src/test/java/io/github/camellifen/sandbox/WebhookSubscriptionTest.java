package io.github.camellifen.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class WebhookSubscriptionTest {

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"http://127.0.0.1:8080/lifen/webhook", "http://127.1.2.3/hook", "http://localhost:9000",
            "http://LOCALHOST/x", "http://[::1]:8080/hook"})
    void loopbackUrlAccepted(String url) {
        WebhookSubscription subscription = WebhookSubscription.builder(url, "secret").build();

        assertThat(subscription.callbackUrl()).hasToString(url);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"http://example.org/hook", "http://10.0.0.1/hook", "http://192.168.1.10:8080/hook",
            "http://127.0.0.1.example.org/hook", "http://[2001:db8::1]/hook", "http://0.0.0.0/hook",
            "http://localhost.example.org/hook"})
    void otherHostRejected(String url) {
        assertThatThrownBy(() -> WebhookSubscription.builder(url, "secret"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(url)
                .hasMessageContaining("loopback");
    }

    @Test
    void invalidUrlsRejected() {
        assertThatThrownBy(() -> WebhookSubscription.builder("https://127.0.0.1/hook", "secret"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("must use http");
        assertThatThrownBy(() -> WebhookSubscription.builder("127.0.0.1:8080/hook", "secret"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> WebhookSubscription.builder("http://user:pass@127.0.0.1/hook", "secret"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("user info")
                .hasMessageNotContaining("pass");
        assertThatThrownBy(() -> WebhookSubscription.builder("http://127.0.0.1/a b", "secret"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Invalid webhook callback URL");
    }

    @Test
    void builderChecksSettings() {
        WebhookSubscription.Builder builder = WebhookSubscription.builder("http://127.0.0.1/hook", "secret");

        assertThatThrownBy(() -> WebhookSubscription.builder("http://127.0.0.1/hook", " "))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> builder.webhookId("")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> builder.eventTypes()).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> builder.eventTypes(java.util.Arrays.asList(WebhookEventType.PATIENT_UPDATED, null)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void defaultsCoverEveryTypeWithRandomId() {
        WebhookSubscription subscription = WebhookSubscription.builder("http://127.0.0.1/hook", "secret").build();

        assertThat(subscription.eventTypes()).containsExactlyInAnyOrder(WebhookEventType.values());
        assertThat(UUID.fromString(subscription.webhookId())).isNotNull();
        assertThat(subscription.secret()).isEqualTo("secret");
    }

    @Test
    void eventTypesLimitSubscription() {
        WebhookSubscription subscription = WebhookSubscription.builder("http://127.0.0.1/hook", "secret")
                .webhookId("webhook-1")
                .eventTypes(List.of(WebhookEventType.PATIENT_MERGED))
                .build();

        assertThat(subscription.webhookId()).isEqualTo("webhook-1");
        assertThat(subscription.includes(WebhookEventType.PATIENT_MERGED)).isTrue();
        assertThat(subscription.includes(WebhookEventType.PATIENT_UPDATED)).isFalse();
    }

    @Test
    void toStringHidesSecret() {
        WebhookSubscription subscription =
                WebhookSubscription.builder("http://127.0.0.1/hook", "very-secret-value").build();

        assertThat(subscription.toString()).doesNotContain("very-secret-value").contains("http://127.0.0.1/hook");
    }

    @Test
    void eventTypeNamesAreLifens() {
        assertThat(WebhookEventType.values()).extracting(WebhookEventType::value)
                .containsExactly("patient.updated", "patient.merged", "encounter.created");
        assertThat(WebhookEventType.fromValue("encounter.created")).contains(WebhookEventType.ENCOUNTER_CREATED);
        assertThat(WebhookEventType.fromValue("patient.deleted")).isEmpty();
    }
}
