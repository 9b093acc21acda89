/**
 * The sandbox's HAPI FHIR R4 server: resource providers, Lifen's operations, in-memory data and the
 * interceptors that shape responses as Lifen does. Internal to the sandbox; use {@link
 * io.github.camellifen.sandbox.LifenSandbox}.
 */
package io.github.camellifen.sandbox.fhir;
