/**
 * Client credentials token endpoint, registered clients, issued tokens and the bearer token check in front
 * of the FHIR endpoints. Internal to the sandbox; use {@link io.github.camellifen.sandbox.LifenSandbox}.
 */
package io.github.camellifen.sandbox.auth;
