package io.github.camellifen.sandbox;

import java.util.Objects;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * JUnit 5 extension that runs a {@link LifenSandbox} for the tests of a class: it starts the sandbox before
 * all tests and stops it after all tests.
 *
 * <pre>{@code
 * @RegisterExtension
 * static LifenSandboxExtension sandbox = new LifenSandboxExtension();
 *
 * @Test
 * void sendsDocument(LifenSandbox lifen) {
 *     ... lifen.tokenUrlV3() ...
 * }
 * }</pre>
 *
 * <p>Register it on a static field: JUnit calls the before-all and after-all callbacks of static fields only.
 * Test methods may declare a {@link LifenSandbox} parameter to receive the running sandbox.
 */
public final class LifenSandboxExtension
        implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback, ParameterResolver {

    private final LifenSandbox.Builder builder;
    private volatile LifenSandbox sandbox;
    private volatile String startedBy;

    /**
     * Creates an extension that starts a sandbox with the default settings.
     */
    public LifenSandboxExtension() {
        this(LifenSandbox.builder());
    }

    /**
     * Creates an extension that starts a sandbox with the given settings.
     *
     * @param builder settings of the sandbox
     */
    public LifenSandboxExtension(LifenSandbox.Builder builder) {
        this.builder = Objects.requireNonNull(builder, "builder");
    }

    /**
     * Returns the running sandbox.
     *
     * @return the sandbox
     * @throws IllegalStateException outside of the tests of the class that registered the extension
     */
    public LifenSandbox sandbox() {
        LifenSandbox running = sandbox;
        if (running == null) {
            throw new IllegalStateException("The Lifen sandbox is not running: it runs only during the tests "
                    + "of the class that registers the extension on a static field");
        }
        return running;
    }

    // Nested test classes call beforeAll again: they share the sandbox of the outermost class.
    @Override
    public void beforeAll(ExtensionContext context) {
        if (sandbox == null) {
            sandbox = builder.start();
            startedBy = context.getUniqueId();
        }
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (!context.getUniqueId().equals(startedBy)) {
            return;
        }
        LifenSandbox running = sandbox;
        sandbox = null;
        startedBy = null;
        if (running != null) {
            running.close();
        }
    }

    // Fails early and clearly when the extension sits on an instance field, where beforeAll never runs.
    @Override
    public void beforeEach(ExtensionContext context) {
        sandbox();
    }

    @Override
    public boolean supportsParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
        return parameterContext.getParameter().getType() == LifenSandbox.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
        return sandbox();
    }
}
