/**
 * HTTP plumbing shared by the token and FHIR endpoints: rate limiting, counters and JSON bodies. Internal
 * to the sandbox; use {@link io.github.camellifen.sandbox.LifenSandbox}.
 */
package io.github.camellifen.sandbox.http;
