package io.github.camellifen.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class LifenSandboxExtensionTest {

    @RegisterExtension
    static LifenSandboxExtension extension = new LifenSandboxExtension();

    private static int outerPort;

    @BeforeAll
    static void recordPort() {
        outerPort = extension.sandbox().port();
    }

    // Runs after the nested class has finished, whose afterAll must have left the sandbox running.
    @AfterAll
    static void sandboxSurvivesNestedClass() {
        assertThat(extension.sandbox().port()).isEqualTo(outerPort);
        assertThat(SandboxHttp.token(extension.sandbox())).isNotBlank();
    }

    @Test
    void injectsRunningSandbox(LifenSandbox sandbox) {
        assertThat(sandbox).isSameAs(extension.sandbox());
        assertThat(SandboxHttp.token(sandbox)).isNotBlank();
    }

    @Test
    void defaultBuilderRegistersDefaultClient() {
        LifenSandbox sandbox = extension.sandbox();

        SandboxHttp.Response response =
                SandboxHttp.postForm(sandbox.tokenUrlV2(), null, SandboxHttp.defaultTokenFields());

        assertThat(response.status()).isEqualTo(200);
    }

    @Test
    void sandboxIsUnavailableBeforeStart() {
        LifenSandboxExtension notStarted = new LifenSandboxExtension();

        assertThatThrownBy(notStarted::sandbox)
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("static field");
    }

    @Nested
    class NestedClass {

        @Test
        void sharesOuterSandbox(LifenSandbox sandbox) {
            assertThat(sandbox.port()).isEqualTo(outerPort);
        }
    }
}
