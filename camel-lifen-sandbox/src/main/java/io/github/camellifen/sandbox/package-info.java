/**
 * A local Lifen-compatible platform for tests and demos: {@link io.github.camellifen.sandbox.LifenSandbox},
 * its JUnit 5 extension {@link io.github.camellifen.sandbox.LifenSandboxExtension} and the standalone
 * {@link io.github.camellifen.sandbox.LifenSandboxMain}.
 */
package io.github.camellifen.sandbox;
