package io.github.camellifen.component.dsl;

import java.util.Map;

import io.github.camellifen.component.LifenConstants;
import org.apache.camel.builder.EndpointConsumerBuilder;
import org.apache.camel.builder.EndpointProducerBuilder;
import org.apache.camel.builder.endpoint.AbstractEndpointBuilder;

/**
 * Endpoint DSL for {@code lifen:}: typed builders for every endpoint option, for Java routes. {@code lifen("webhook")}
 * in {@code from()} gives the consumer's options, another operation in {@code to()} the producer's.
 *
 * <p>Camel generates these builders only for the components in its own repository, so this one is written here,
 * in the same shape, and {@code EndpointDslTest} checks that it offers every option of {@code lifen.json}. It needs
 * {@code camel-endpointdsl} on the class path.
 *
 * <pre>{@code
 * from(lifen("webhook").webhookPath("/lifen/events"))
 *     .to(lifen("read/Patient").clientId("{{lifen.client-id}}"));
 * }</pre>
 */
public interface LifenEndpointBuilderFactory {

    /**
     * Creates a builder for {@code lifen:path}, where the path is the operation and, for most operations, the
     * FHIR resource type, such as {@code read/Patient} or {@code send-to-ehr}.
     *
     * @param path the URI path after {@code lifen:}
     * @return a builder with no option set
     */
    static LifenEndpointBuilder lifen(String path) {
        return endpointBuilder("lifen", path);
    }

    /**
     * Creates a builder for an endpoint of a {@code lifen} component registered under another name, such as a
     * second component configured for another healthcare organisation.
     *
     * @param componentName the name the component is registered under
     * @param path the URI path after the component name
     * @return a builder with no option set
     */
    static LifenEndpointBuilder endpointBuilder(String componentName, String path) {
        class LifenEndpointBuilderImpl extends AbstractEndpointBuilder
                implements LifenEndpointBuilder, AdvancedLifenEndpointBuilder {

            LifenEndpointBuilderImpl(String scheme, String uriPath) {
                super(scheme, uriPath);
            }

            @Override
            public void doSetProperty(String key, Object value) {
                super.doSetProperty(key, rawIfEncoded(value));
            }

            @Override
            public void doSetMultiValueProperty(String name, String key, Object value) {
                super.doSetMultiValueProperty(name, key, rawIfEncoded(value));
            }
        }
        return new LifenEndpointBuilderImpl(componentName, path);
    }

    /**
     * Wraps a text value in RAW() when the URI round trip could change it. Camel 4.14 to 4.18.0 resolve a builder
     * through its URI, where {@code +} becomes a space and {@code %} starts an escape. A placeholder is wrapped too,
     * because its value is only known after resolution.
     *
     * @param value an option value
     * @return the value, wrapped when it needs to be
     */
    static Object rawIfEncoded(Object value) {
        if (!(value instanceof String text) || text.startsWith("RAW(") || text.startsWith("RAW{")) {
            return value;
        }
        boolean changedByDecoding = text.contains("+") || text.contains("%") || text.contains("&")
                || text.contains("{{");
        if (!changedByDecoding) {
            return value;
        }
        return text.contains(")") ? "RAW{" + text + "}" : "RAW(" + text + ")";
    }

    /** Builder of a {@code lifen:webhook} consumer endpoint with its common options. */
    interface LifenEndpointConsumerBuilder extends EndpointConsumerBuilder {

        /**
         * Switches to the advanced consumer options.
         *
         * @return the same builder, typed for the advanced options
         */
        default AdvancedLifenEndpointConsumerBuilder advanced() {
            return (AdvancedLifenEndpointConsumerBuilder) this;
        }

        /**
         * Sets the option {@code outputType}.
         *
         * <p>The body type after a reply: string (JSON text), json-node (Jackson JsonNode), map (java.util.Map)
         * or fhir-resource (a HAPI FHIR R4 resource; needs hapi-fhir-structures-r4 on the class path). With
         * pagingMode=stream, the type of each entry. On lifen:webhook, the type of each event's details
         * (fhir-resource does not apply there).
         *
         * <p>Type: {@code String}. Values: string, json-node, map, fhir-resource. Default: {@code string}. Group:
         * common.
         *
         * @param outputType the value to set
         * @return this builder
         */
        default LifenEndpointConsumerBuilder outputType(String outputType) {
            doSetProperty("outputType", outputType);
            return this;
        }

        /**
         * Sets the option {@code idempotentRepository}.
         *
         * <p>Repository of the event ids the consumer lifen:webhook has processed, so that an event Lifen
         * delivers again is skipped. Empty keeps the last 10000 ids in memory, which suits one node. Give a
         * shared repository (JDBC, Infinispan, Redis and so on) when several nodes receive the same callback
         * URL, or to remember ids across restarts.
         *
         * <p>Type: {@code IdempotentRepository}. Group: consumer.
         *
         * @param idempotentRepository the value to set
         * @return this builder
         */
        default LifenEndpointConsumerBuilder idempotentRepository(org.apache.camel.spi.IdempotentRepository idempotentRepository) {
            doSetProperty("idempotentRepository", idempotentRepository);
            return this;
        }

        /**
         * Sets the option {@code idempotentRepository}.
         *
         * <p>Repository of the event ids the consumer lifen:webhook has processed, so that an event Lifen
         * delivers again is skipped. Empty keeps the last 10000 ids in memory, which suits one node. Give a
         * shared repository (JDBC, Infinispan, Redis and so on) when several nodes receive the same callback
         * URL, or to remember ids across restarts.
         *
         * <p>Type: {@code IdempotentRepository}. Group: consumer.
         *
         * @param idempotentRepository the value to set, as a bean reference such as #myBean
         * @return this builder
         */
        default LifenEndpointConsumerBuilder idempotentRepository(String idempotentRepository) {
            doSetProperty("idempotentRepository", idempotentRepository);
            return this;
        }

        /**
         * Sets the option {@code maxConcurrentDeliveries}.
         *
         * <p>The maximum number of webhook deliveries the consumer lifen:webhook processes at once. A delivery
         * beyond it gets the reply 429 with a Retry-After header, so Lifen sends it again later. 0 turns the
         * limit off.
         *
         * <p>Type: {@code int}. Default: {@code 10}. Group: consumer.
         *
         * @param maxConcurrentDeliveries the value to set
         * @return this builder
         */
        default LifenEndpointConsumerBuilder maxConcurrentDeliveries(int maxConcurrentDeliveries) {
            doSetProperty("maxConcurrentDeliveries", maxConcurrentDeliveries);
            return this;
        }

        /**
         * Sets the option {@code maxConcurrentDeliveries}.
         *
         * <p>The maximum number of webhook deliveries the consumer lifen:webhook processes at once. A delivery
         * beyond it gets the reply 429 with a Retry-After header, so Lifen sends it again later. 0 turns the
         * limit off.
         *
         * <p>Type: {@code int}. Default: {@code 10}. Group: consumer.
         *
         * @param maxConcurrentDeliveries the value to set, as text or a property placeholder
         * @return this builder
         */
        default LifenEndpointConsumerBuilder maxConcurrentDeliveries(String maxConcurrentDeliveries) {
            doSetProperty("maxConcurrentDeliveries", maxConcurrentDeliveries);
            return this;
        }

        /**
         * Sets the option {@code retryAfter}.
         *
         * <p>The wait the consumer lifen:webhook requests from Lifen in the Retry-After header of a 429 reply,
         * rounded up to whole seconds. In milliseconds, or a duration such as 10s. Must be more than 0.
         *
         * <p>Type: {@code long}. Default: {@code 10000}. Group: consumer.
         *
         * @param retryAfter the value to set
         * @return this builder
         */
        default LifenEndpointConsumerBuilder retryAfter(long retryAfter) {
            doSetProperty("retryAfter", retryAfter);
            return this;
        }

        /**
         * Sets the option {@code retryAfter}.
         *
         * <p>The wait the consumer lifen:webhook requests from Lifen in the Retry-After header of a 429 reply,
         * rounded up to whole seconds. In milliseconds, or a duration such as 10s. Must be more than 0.
         *
         * <p>Type: {@code long}. Default: {@code 10000}. Group: consumer.
         *
         * @param retryAfter the value to set, as text or a property placeholder
         * @return this builder
         */
        default LifenEndpointConsumerBuilder retryAfter(String retryAfter) {
            doSetProperty("retryAfter", retryAfter);
            return this;
        }

        /**
         * Sets the option {@code webhookPath}.
         *
         * <p>Path on Camel's platform HTTP server where the consumer lifen:webhook receives Lifen's webhook
         * deliveries. Register the public URL of this path as the callback URL in Lifen's developer portal.
         *
         * <p>Type: {@code String}. Default: {@code /lifen/webhook}. Group: consumer.
         *
         * @param webhookPath the value to set
         * @return this builder
         */
        default LifenEndpointConsumerBuilder webhookPath(String webhookPath) {
            doSetProperty("webhookPath", webhookPath);
            return this;
        }

        /**
         * Sets the option {@code webhookSecret}.
         *
         * <p>Webhook secret of the application, from Lifen's developer portal. The consumer lifen:webhook rejects
         * with 401 a delivery whose x-lifen-platform-signature header is not the HMAC-SHA256 of its body with
         * this secret. Required there.
         *
         * <p>Type: {@code String}. A secret: Camel masks it in the endpoint URIs it logs. Group: security.
         *
         * @param webhookSecret the value to set
         * @return this builder
         */
        default LifenEndpointConsumerBuilder webhookSecret(String webhookSecret) {
            doSetProperty("webhookSecret", webhookSecret);
            return this;
        }
    }

    /** Builder of a {@code lifen:webhook} consumer endpoint with its advanced options. */
    interface AdvancedLifenEndpointConsumerBuilder extends EndpointConsumerBuilder {

        /**
         * Switches back to the common consumer options.
         *
         * @return the same builder, typed for the common options
         */
        default LifenEndpointConsumerBuilder basic() {
            return (LifenEndpointConsumerBuilder) this;
        }

        /**
         * Sets the option {@code bridgeErrorHandler}.
         *
         * <p>Allows for bridging the consumer to the Camel routing Error Handler, which mean any exceptions (if
         * possible) occurred while the Camel consumer is trying to pickup incoming messages, or the likes,
         * will now be processed as a message and handled by the routing Error Handler. Important: This is only
         * possible if the 3rd party component allows Camel to be alerted if an exception was thrown. Some
         * components handle this internally only, and therefore bridgeErrorHandler is not possible. In other
         * situations we may improve the Camel component to hook into the 3rd party component and make this
         * possible for future releases. By default the consumer will use the
         * org.apache.camel.spi.ExceptionHandler to deal with exceptions, that will be logged at WARN or ERROR
         * level and ignored.
         *
         * <p>Type: {@code boolean}. Default: {@code false}. Group: consumer (advanced).
         *
         * @param bridgeErrorHandler the value to set
         * @return this builder
         */
        default AdvancedLifenEndpointConsumerBuilder bridgeErrorHandler(boolean bridgeErrorHandler) {
            doSetProperty("bridgeErrorHandler", bridgeErrorHandler);
            return this;
        }

        /**
         * Sets the option {@code bridgeErrorHandler}.
         *
         * <p>Allows for bridging the consumer to the Camel routing Error Handler, which mean any exceptions (if
         * possible) occurred while the Camel consumer is trying to pickup incoming messages, or the likes,
         * will now be processed as a message and handled by the routing Error Handler. Important: This is only
         * possible if the 3rd party component allows Camel to be alerted if an exception was thrown. Some
         * components handle this internally only, and therefore bridgeErrorHandler is not possible. In other
         * situations we may improve the Camel component to hook into the 3rd party component and make this
         * possible for future releases. By default the consumer will use the
         * org.apache.camel.spi.ExceptionHandler to deal with exceptions, that will be logged at WARN or ERROR
         * level and ignored.
         *
         * <p>Type: {@code boolean}. Default: {@code false}. Group: consumer (advanced).
         *
         * @param bridgeErrorHandler the value to set, as text or a property placeholder
         * @return this builder
         */
        default AdvancedLifenEndpointConsumerBuilder bridgeErrorHandler(String bridgeErrorHandler) {
            doSetProperty("bridgeErrorHandler", bridgeErrorHandler);
            return this;
        }

        /**
         * Sets the option {@code exceptionHandler}.
         *
         * <p>To let the consumer use a custom ExceptionHandler. Notice if the option bridgeErrorHandler is
         * enabled then this option is not in use. By default the consumer will deal with exceptions, that will
         * be logged at WARN or ERROR level and ignored.
         *
         * <p>Type: {@code ExceptionHandler}. Group: consumer (advanced).
         *
         * @param exceptionHandler the value to set
         * @return this builder
         */
        default AdvancedLifenEndpointConsumerBuilder exceptionHandler(org.apache.camel.spi.ExceptionHandler exceptionHandler) {
            doSetProperty("exceptionHandler", exceptionHandler);
            return this;
        }

        /**
         * Sets the option {@code exceptionHandler}.
         *
         * <p>To let the consumer use a custom ExceptionHandler. Notice if the option bridgeErrorHandler is
         * enabled then this option is not in use. By default the consumer will deal with exceptions, that will
         * be logged at WARN or ERROR level and ignored.
         *
         * <p>Type: {@code ExceptionHandler}. Group: consumer (advanced).
         *
         * @param exceptionHandler the value to set, as a bean reference such as #myBean
         * @return this builder
         */
        default AdvancedLifenEndpointConsumerBuilder exceptionHandler(String exceptionHandler) {
            doSetProperty("exceptionHandler", exceptionHandler);
            return this;
        }

        /**
         * Sets the option {@code exchangePattern}.
         *
         * <p>Sets the exchange pattern when the consumer creates an exchange.
         *
         * <p>Type: {@code ExchangePattern}. Values: InOnly, InOut. Group: consumer (advanced).
         *
         * @param exchangePattern the value to set
         * @return this builder
         */
        default AdvancedLifenEndpointConsumerBuilder exchangePattern(org.apache.camel.ExchangePattern exchangePattern) {
            doSetProperty("exchangePattern", exchangePattern);
            return this;
        }

        /**
         * Sets the option {@code exchangePattern}.
         *
         * <p>Sets the exchange pattern when the consumer creates an exchange.
         *
         * <p>Type: {@code ExchangePattern}. Values: InOnly, InOut. Group: consumer (advanced).
         *
         * @param exchangePattern the value to set, as text or a property placeholder
         * @return this builder
         */
        default AdvancedLifenEndpointConsumerBuilder exchangePattern(String exchangePattern) {
            doSetProperty("exchangePattern", exchangePattern);
            return this;
        }
    }

    /** Builder of a {@code lifen:} producer endpoint with its common options. */
    interface LifenEndpointProducerBuilder extends EndpointProducerBuilder {

        /**
         * Switches to the advanced producer options: timeouts, retries and the rate limit.
         *
         * @return the same builder, typed for the advanced options
         */
        default AdvancedLifenEndpointProducerBuilder advanced() {
            return (AdvancedLifenEndpointProducerBuilder) this;
        }

        /**
         * Sets the option {@code outputType}.
         *
         * <p>The body type after a reply: string (JSON text), json-node (Jackson JsonNode), map (java.util.Map)
         * or fhir-resource (a HAPI FHIR R4 resource; needs hapi-fhir-structures-r4 on the class path). With
         * pagingMode=stream, the type of each entry. On lifen:webhook, the type of each event's details
         * (fhir-resource does not apply there).
         *
         * <p>Type: {@code String}. Values: string, json-node, map, fhir-resource. Default: {@code string}. Group:
         * common.
         *
         * @param outputType the value to set
         * @return this builder
         */
        default LifenEndpointProducerBuilder outputType(String outputType) {
            doSetProperty("outputType", outputType);
            return this;
        }

        /**
         * Sets the option {@code apiBaseUrl}.
         *
         * <p>Base URL of Lifen's FHIR API, such as https://api.lifen.fr/fhir/v3. Overrides the environment
         * preset, for hospital groups with their own hosts. Must be https, except on localhost. The access
         * token is sent only to this URL's origin. Empty takes the environment preset.
         *
         * <p>Type: {@code String}. Group: producer.
         *
         * @param apiBaseUrl the value to set
         * @return this builder
         */
        default LifenEndpointProducerBuilder apiBaseUrl(String apiBaseUrl) {
            doSetProperty("apiBaseUrl", apiBaseUrl);
            return this;
        }

        /**
         * Sets the option {@code apiVersion}.
         *
         * <p>Lifen API version the environment preset points to: v3 (FHIR API v3, token at
         * authentication.lifen.fr) or v2 (FHIR API v2, token at login.lifen.fr).
         *
         * <p>Type: {@code String}. Values: v3, v2. Default: {@code v3}. Group: producer.
         *
         * @param apiVersion the value to set
         * @return this builder
         */
        default LifenEndpointProducerBuilder apiVersion(String apiVersion) {
            doSetProperty("apiVersion", apiVersion);
            return this;
        }

        /**
         * Sets the option {@code environment}.
         *
         * <p>Lifen environment whose URLs and audience to use: production or post-prod. Together with apiVersion
         * it fills tokenUrl, apiBaseUrl and audience, unless those are set. Empty means no preset: then set
         * tokenUrl, apiBaseUrl and audience yourself.
         *
         * <p>Type: {@code String}. Values: production, post-prod. Group: producer.
         *
         * @param environment the value to set
         * @return this builder
         */
        default LifenEndpointProducerBuilder environment(String environment) {
            doSetProperty("environment", environment);
            return this;
        }

        /**
         * Sets the option {@code throwExceptionOnFailure}.
         *
         * <p>Whether a reply with a status outside 2xx fails the exchange with a LifenApiException. When false,
         * the reply's body and status stay on the message instead.
         *
         * <p>Type: {@code boolean}. Default: {@code true}. Group: producer.
         *
         * @param throwExceptionOnFailure the value to set
         * @return this builder
         */
        default LifenEndpointProducerBuilder throwExceptionOnFailure(boolean throwExceptionOnFailure) {
            doSetProperty("throwExceptionOnFailure", throwExceptionOnFailure);
            return this;
        }

        /**
         * Sets the option {@code throwExceptionOnFailure}.
         *
         * <p>Whether a reply with a status outside 2xx fails the exchange with a LifenApiException. When false,
         * the reply's body and status stay on the message instead.
         *
         * <p>Type: {@code boolean}. Default: {@code true}. Group: producer.
         *
         * @param throwExceptionOnFailure the value to set, as text or a property placeholder
         * @return this builder
         */
        default LifenEndpointProducerBuilder throwExceptionOnFailure(String throwExceptionOnFailure) {
            doSetProperty("throwExceptionOnFailure", throwExceptionOnFailure);
            return this;
        }

        /**
         * Sets the option {@code operationName}.
         *
         * <p>The name of the FHIR operation to invoke (operation operation), with or without its leading $, such
         * as match. The resource type comes from the URI and the instance id from the option resourceId or the
         * header CamelLifenResourceId. The body is sent as it is, by POST unless the option method or the
         * header CamelLifenRequestMethod sets another; without a body, by GET. Required there.
         *
         * <p>Type: {@code String}. Group: operation.
         *
         * @param operationName the value to set
         * @return this builder
         */
        default LifenEndpointProducerBuilder operationName(String operationName) {
            doSetProperty("operationName", operationName);
            return this;
        }

        /**
         * Sets the option {@code resourceId}.
         *
         * <p>The id of the resource to read (operation read). The header CamelLifenResourceId overrides it. Empty
         * requires that header.
         *
         * <p>Type: {@code String}. Group: read.
         *
         * @param resourceId the value to set
         * @return this builder
         */
        default LifenEndpointProducerBuilder resourceId(String resourceId) {
            doSetProperty("resourceId", resourceId);
            return this;
        }

        /**
         * Sets the option {@code method}.
         *
         * <p>HTTP method (operation request). The header CamelLifenRequestMethod overrides it.
         *
         * <p>Type: {@code String}. Values: GET, POST, PUT, PATCH, DELETE. Default: {@code GET}. Group: request.
         *
         * @param method the value to set
         * @return this builder
         */
        default LifenEndpointProducerBuilder method(String method) {
            doSetProperty("method", method);
            return this;
        }

        /**
         * Sets the option {@code path}.
         *
         * <p>Path and query relative to the API base URL, such as Patient/123 (operation request). The header
         * CamelLifenRequestPath overrides it. Absolute URLs are rejected. Required there, here or in that
         * header.
         *
         * <p>Type: {@code String}. Group: request.
         *
         * @param path the value to set
         * @return this builder
         */
        default LifenEndpointProducerBuilder path(String path) {
            doSetProperty("path", path);
            return this;
        }

        /**
         * Sets the option {@code requestContentType}.
         *
         * <p>Content-Type of the request body (operation request, methods with a body). The body may be JSON text
         * (sent as UTF-8), bytes, a Map, a Jackson JsonNode or a HAPI FHIR resource.
         *
         * <p>Type: {@code String}. Default: {@code application/fhir+json; charset=UTF-8}. Group: request.
         *
         * @param requestContentType the value to set
         * @return this builder
         */
        default LifenEndpointProducerBuilder requestContentType(String requestContentType) {
            doSetProperty("requestContentType", requestContentType);
            return this;
        }

        /**
         * Sets the option {@code maxPages}.
         *
         * <p>The maximum number of pages a search with pagingMode all or stream reads; a search with more pages
         * fails rather than return part of its result. Must be more than 0.
         *
         * <p>Type: {@code int}. Default: {@code 100}. Group: search.
         *
         * @param maxPages the value to set
         * @return this builder
         */
        default LifenEndpointProducerBuilder maxPages(int maxPages) {
            doSetProperty("maxPages", maxPages);
            return this;
        }

        /**
         * Sets the option {@code maxPages}.
         *
         * <p>The maximum number of pages a search with pagingMode all or stream reads; a search with more pages
         * fails rather than return part of its result. Must be more than 0.
         *
         * <p>Type: {@code int}. Default: {@code 100}. Group: search.
         *
         * @param maxPages the value to set, as text or a property placeholder
         * @return this builder
         */
        default LifenEndpointProducerBuilder maxPages(String maxPages) {
            doSetProperty("maxPages", maxPages);
            return this;
        }

        /**
         * Sets the option {@code pagingMode}.
         *
         * <p>How a search returns its pages: single (the first page, as Lifen returns it), all (every page merged
         * into one Bundle, up to maxPages) or stream (an Iterator of the entries' resources as JSON text,
         * fetching each page when needed, for split with streaming). Next links are followed only on the API
         * base URL's origin; a link elsewhere fails the exchange.
         *
         * <p>Type: {@code String}. Values: single, all, stream. Default: {@code single}. Group: search.
         *
         * @param pagingMode the value to set
         * @return this builder
         */
        default LifenEndpointProducerBuilder pagingMode(String pagingMode) {
            doSetProperty("pagingMode", pagingMode);
            return this;
        }

        /**
         * Sets the option {@code searchParameters}.
         *
         * <p>Search parameters (operation search), each as an option with the prefix search., such as
         * search.family=MICHUE; repeat an option to repeat the parameter. The header
         * CamelLifenSearchParameters replaces entries of the same name. Empty sends the search without
         * parameters, unless that header has some. This is a multi-value option with prefix: search.
         *
         * <p>Type: {@code java.util.Map<String, Object>}. Group: search.
         *
         * @param key the parameter name, without the {@code search.} prefix
         * @param value the parameter value
         * @return this builder
         */
        default LifenEndpointProducerBuilder searchParameters(String key, Object value) {
            doSetMultiValueProperty("searchParameters", "search." + key, value);
            return this;
        }

        /**
         * Sets the option {@code searchParameters}.
         *
         * <p>Search parameters (operation search), each as an option with the prefix search., such as
         * search.family=MICHUE; repeat an option to repeat the parameter. The header
         * CamelLifenSearchParameters replaces entries of the same name. Empty sends the search without
         * parameters, unless that header has some. This is a multi-value option with prefix: search.
         *
         * <p>Type: {@code java.util.Map<String, Object>}. Group: search.
         *
         * @param values the parameters by name, without the {@code search.} prefix
         * @return this builder
         */
        default LifenEndpointProducerBuilder searchParameters(Map<String, Object> values) {
            doSetMultiValueProperties("searchParameters", "search.", values);
            return this;
        }

        /**
         * Sets the option {@code audience}.
         *
         * <p>OAuth2 audience sent in the token request: the Lifen environment the token is for, such as
         * https://post-prod.platform-apis/. Overrides the environment preset. Empty takes the environment
         * preset.
         *
         * <p>Type: {@code String}. Group: security.
         *
         * @param audience the value to set
         * @return this builder
         */
        default LifenEndpointProducerBuilder audience(String audience) {
            doSetProperty("audience", audience);
            return this;
        }

        /**
         * Sets the option {@code clientId}.
         *
         * <p>OAuth2 client id of the application, from Lifen's account manager.
         *
         * <p>Type: {@code String}. Required, here or on the component. Group: security.
         *
         * @param clientId the value to set
         * @return this builder
         */
        default LifenEndpointProducerBuilder clientId(String clientId) {
            doSetProperty("clientId", clientId);
            return this;
        }

        /**
         * Sets the option {@code clientSecret}.
         *
         * <p>OAuth2 client secret of the application, from Lifen's account manager. In an endpoint URI write it
         * as RAW(secret), or set it on the component, so that plus and percent signs reach Lifen unchanged.
         *
         * <p>Type: {@code String}. Required, here or on the component. A secret: Camel masks it in the endpoint
         * URIs it logs. Group: security.
         *
         * @param clientSecret the value to set
         * @return this builder
         */
        default LifenEndpointProducerBuilder clientSecret(String clientSecret) {
            doSetProperty("clientSecret", clientSecret);
            return this;
        }

        /**
         * Sets the option {@code databaseReference}.
         *
         * <p>Lifen database reference: the healthcare organisation whose data the token gives access to.
         * Endpoints with different references get different tokens.
         *
         * <p>Type: {@code String}. Required, here or on the component. Group: security.
         *
         * @param databaseReference the value to set
         * @return this builder
         */
        default LifenEndpointProducerBuilder databaseReference(String databaseReference) {
            doSetProperty("databaseReference", databaseReference);
            return this;
        }

        /**
         * Sets the option {@code defaultTokenLifetime}.
         *
         * <p>Token lifetime assumed when the token endpoint's reply has no usable expires_in. In milliseconds, or
         * a duration such as 1h. Must be more than 0.
         *
         * <p>Type: {@code long}. Default: {@code 3600000}. Group: security.
         *
         * @param defaultTokenLifetime the value to set
         * @return this builder
         */
        default LifenEndpointProducerBuilder defaultTokenLifetime(long defaultTokenLifetime) {
            doSetProperty("defaultTokenLifetime", defaultTokenLifetime);
            return this;
        }

        /**
         * Sets the option {@code defaultTokenLifetime}.
         *
         * <p>Token lifetime assumed when the token endpoint's reply has no usable expires_in. In milliseconds, or
         * a duration such as 1h. Must be more than 0.
         *
         * <p>Type: {@code long}. Default: {@code 3600000}. Group: security.
         *
         * @param defaultTokenLifetime the value to set, as text or a property placeholder
         * @return this builder
         */
        default LifenEndpointProducerBuilder defaultTokenLifetime(String defaultTokenLifetime) {
            doSetProperty("defaultTokenLifetime", defaultTokenLifetime);
            return this;
        }

        /**
         * Sets the option {@code tokenRefreshAhead}.
         *
         * <p>How long before the refresh margin an exchange starts a background token refresh while still sending
         * the current token, so no exchange waits once the cache is warm. Capped at half the token's usable
         * life. In milliseconds, or a duration such as 5m. 0 disables background refresh.
         *
         * <p>Type: {@code long}. Default: {@code 300000}. Group: security.
         *
         * @param tokenRefreshAhead the value to set
         * @return this builder
         */
        default LifenEndpointProducerBuilder tokenRefreshAhead(long tokenRefreshAhead) {
            doSetProperty("tokenRefreshAhead", tokenRefreshAhead);
            return this;
        }

        /**
         * Sets the option {@code tokenRefreshAhead}.
         *
         * <p>How long before the refresh margin an exchange starts a background token refresh while still sending
         * the current token, so no exchange waits once the cache is warm. Capped at half the token's usable
         * life. In milliseconds, or a duration such as 5m. 0 disables background refresh.
         *
         * <p>Type: {@code long}. Default: {@code 300000}. Group: security.
         *
         * @param tokenRefreshAhead the value to set, as text or a property placeholder
         * @return this builder
         */
        default LifenEndpointProducerBuilder tokenRefreshAhead(String tokenRefreshAhead) {
            doSetProperty("tokenRefreshAhead", tokenRefreshAhead);
            return this;
        }

        /**
         * Sets the option {@code tokenRefreshMargin}.
         *
         * <p>Refresh margin: a token is not sent with less than this much lifetime left; the exchange waits for a
         * new one instead. Covers clock skew and transit time. Capped at half the token's lifetime. In
         * milliseconds, or a duration such as 60s. 0 sends tokens until their last instant.
         *
         * <p>Type: {@code long}. Default: {@code 60000}. Group: security.
         *
         * @param tokenRefreshMargin the value to set
         * @return this builder
         */
        default LifenEndpointProducerBuilder tokenRefreshMargin(long tokenRefreshMargin) {
            doSetProperty("tokenRefreshMargin", tokenRefreshMargin);
            return this;
        }

        /**
         * Sets the option {@code tokenRefreshMargin}.
         *
         * <p>Refresh margin: a token is not sent with less than this much lifetime left; the exchange waits for a
         * new one instead. Covers clock skew and transit time. Capped at half the token's lifetime. In
         * milliseconds, or a duration such as 60s. 0 sends tokens until their last instant.
         *
         * <p>Type: {@code long}. Default: {@code 60000}. Group: security.
         *
         * @param tokenRefreshMargin the value to set, as text or a property placeholder
         * @return this builder
         */
        default LifenEndpointProducerBuilder tokenRefreshMargin(String tokenRefreshMargin) {
            doSetProperty("tokenRefreshMargin", tokenRefreshMargin);
            return this;
        }

        /**
         * Sets the option {@code tokenRequestFormat}.
         *
         * <p>Encoding of the token request body: form (application/x-www-form-urlencoded, the OAuth2 standard) or
         * json (application/json, as some Lifen documentation shows).
         *
         * <p>Type: {@code String}. Values: form, json. Default: {@code form}. Group: security.
         *
         * @param tokenRequestFormat the value to set
         * @return this builder
         */
        default LifenEndpointProducerBuilder tokenRequestFormat(String tokenRequestFormat) {
            doSetProperty("tokenRequestFormat", tokenRequestFormat);
            return this;
        }

        /**
         * Sets the option {@code tokenUrl}.
         *
         * <p>URL of Lifen's OAuth2 token endpoint, such as https://authentication.lifen.fr/v1/token. Overrides
         * the environment preset. Must be https, except on localhost. Empty takes the environment preset.
         *
         * <p>Type: {@code String}. Group: security.
         *
         * @param tokenUrl the value to set
         * @return this builder
         */
        default LifenEndpointProducerBuilder tokenUrl(String tokenUrl) {
            doSetProperty("tokenUrl", tokenUrl);
            return this;
        }

        /**
         * Sets the option {@code contentType}.
         *
         * <p>The document's media type (operation send-to-ehr). For application/pdf the body must start with
         * %PDF-. The header CamelLifenContentType overrides it.
         *
         * <p>Type: {@code String}. Default: {@code application/pdf}. Group: send.
         *
         * @param contentType the value to set
         * @return this builder
         */
        default LifenEndpointProducerBuilder contentType(String contentType) {
            doSetProperty("contentType", contentType);
            return this;
        }

        /**
         * Sets the option {@code context}.
         *
         * <p>The encounter (stay) the document belongs to, such as Encounter/456 (operation send-to-ehr). Empty
         * sends no context. The header CamelLifenContext overrides it.
         *
         * <p>Type: {@code String}. Group: send.
         *
         * @param context the value to set
         * @return this builder
         */
        default LifenEndpointProducerBuilder context(String context) {
            doSetProperty("context", context);
            return this;
        }

        /**
         * Sets the option {@code documentTitle}.
         *
         * <p>The document's title in the patient record (operation send-to-ehr). Empty lets Lifen decide. The
         * header CamelLifenDocumentTitle overrides it.
         *
         * <p>Type: {@code String}. Group: send.
         *
         * @param documentTitle the value to set
         * @return this builder
         */
        default LifenEndpointProducerBuilder documentTitle(String documentTitle) {
            doSetProperty("documentTitle", documentTitle);
            return this;
        }

        /**
         * Sets the option {@code documentType}.
         *
         * <p>LOINC code of the document type, such as 11488-4 (operation send-to-ehr). Empty lets Lifen decide.
         * The header CamelLifenDocumentType overrides it.
         *
         * <p>Type: {@code String}. Group: send.
         *
         * @param documentType the value to set
         * @return this builder
         */
        default LifenEndpointProducerBuilder documentType(String documentType) {
            doSetProperty("documentType", documentType);
            return this;
        }

        /**
         * Sets the option {@code maxDocumentSize}.
         *
         * <p>The largest document accepted, in bytes: 15728640 (15 MB) by default, Lifen's limit. A larger
         * document fails before anything is sent; a stream of unknown length fails while it is sent. Must be
         * more than 0.
         *
         * <p>Type: {@code long}. Default: {@code 15728640}. Group: send.
         *
         * @param maxDocumentSize the value to set
         * @return this builder
         */
        default LifenEndpointProducerBuilder maxDocumentSize(long maxDocumentSize) {
            doSetProperty("maxDocumentSize", maxDocumentSize);
            return this;
        }

        /**
         * Sets the option {@code maxDocumentSize}.
         *
         * <p>The largest document accepted, in bytes: 15728640 (15 MB) by default, Lifen's limit. A larger
         * document fails before anything is sent; a stream of unknown length fails while it is sent. Must be
         * more than 0.
         *
         * <p>Type: {@code long}. Default: {@code 15728640}. Group: send.
         *
         * @param maxDocumentSize the value to set, as text or a property placeholder
         * @return this builder
         */
        default LifenEndpointProducerBuilder maxDocumentSize(String maxDocumentSize) {
            doSetProperty("maxDocumentSize", maxDocumentSize);
            return this;
        }

        /**
         * Sets the option {@code recipients}.
         *
         * <p>MSSanté recipients (operation send-to-mss), comma separated: references to the directory such as
         * Practitioner/123 or Organization/456, or RPPS and FINESS identifiers. 1 to 10. The header
         * CamelLifenRecipients overrides it. Required there, here or in that header.
         *
         * <p>Type: {@code String}. Group: send.
         *
         * @param recipients the value to set
         * @return this builder
         */
        default LifenEndpointProducerBuilder recipients(String recipients) {
            doSetProperty("recipients", recipients);
            return this;
        }

        /**
         * Sets the option {@code sender}.
         *
         * <p>The sender (operation send-to-mss), a reference such as Practitioner/123. Empty sends none, and
         * Lifen uses the application's default sender. The header CamelLifenSender overrides it.
         *
         * <p>Type: {@code String}. Group: send.
         *
         * @param sender the value to set
         * @return this builder
         */
        default LifenEndpointProducerBuilder sender(String sender) {
            doSetProperty("sender", sender);
            return this;
        }

        /**
         * Sets the option {@code senderIdentifier}.
         *
         * <p>The sender's identifier at Lifen (operation send-to-ehr). Empty sends none. The header
         * CamelLifenSenderIdentifier overrides it.
         *
         * <p>Type: {@code String}. Group: send.
         *
         * @param senderIdentifier the value to set
         * @return this builder
         */
        default LifenEndpointProducerBuilder senderIdentifier(String senderIdentifier) {
            doSetProperty("senderIdentifier", senderIdentifier);
            return this;
        }

        /**
         * Sets the option {@code subject}.
         *
         * <p>The patient the document belongs to, such as Patient/123 (operation send-to-ehr). Required there;
         * the header CamelLifenSubject overrides it.
         *
         * <p>Type: {@code String}. Group: send.
         *
         * @param subject the value to set
         * @return this builder
         */
        default LifenEndpointProducerBuilder subject(String subject) {
            doSetProperty("subject", subject);
            return this;
        }

        /**
         * Sets the option {@code transactionId}.
         *
         * <p>Transaction id of the sending to track (operation tracking), used when the message has no
         * CamelLifenTrackingUrl header. The header CamelLifenTransactionId overrides it. Empty requires one of
         * those headers.
         *
         * <p>Type: {@code String}. Group: tracking.
         *
         * @param transactionId the value to set
         * @return this builder
         */
        default LifenEndpointProducerBuilder transactionId(String transactionId) {
            doSetProperty("transactionId", transactionId);
            return this;
        }
    }

    /** Builder of a {@code lifen:} producer endpoint with its advanced options. */
    interface AdvancedLifenEndpointProducerBuilder extends EndpointProducerBuilder {

        /**
         * Switches back to the common producer options.
         *
         * @return the same builder, typed for the common options
         */
        default LifenEndpointProducerBuilder basic() {
            return (LifenEndpointProducerBuilder) this;
        }

        /**
         * Sets the option {@code connectTimeout}.
         *
         * <p>How long to wait for a TCP connection to Lifen (API and token endpoint). In milliseconds, or a
         * duration such as 10s. Must be more than 0.
         *
         * <p>Type: {@code long}. Default: {@code 10000}. Group: producer (advanced).
         *
         * @param connectTimeout the value to set
         * @return this builder
         */
        default AdvancedLifenEndpointProducerBuilder connectTimeout(long connectTimeout) {
            doSetProperty("connectTimeout", connectTimeout);
            return this;
        }

        /**
         * Sets the option {@code connectTimeout}.
         *
         * <p>How long to wait for a TCP connection to Lifen (API and token endpoint). In milliseconds, or a
         * duration such as 10s. Must be more than 0.
         *
         * <p>Type: {@code long}. Default: {@code 10000}. Group: producer (advanced).
         *
         * @param connectTimeout the value to set, as text or a property placeholder
         * @return this builder
         */
        default AdvancedLifenEndpointProducerBuilder connectTimeout(String connectTimeout) {
            doSetProperty("connectTimeout", connectTimeout);
            return this;
        }

        /**
         * Sets the option {@code lazyStartProducer}.
         *
         * <p>Whether the producer should be started lazy (on the first message). By starting lazy you can use
         * this to allow CamelContext and routes to startup in situations where a producer may otherwise fail
         * during starting and cause the route to fail being started. By deferring this startup to be lazy then
         * the startup failure can be handled during routing messages via Camel's routing error handlers.
         * Beware that when the first message is processed then creating and starting the producer may take a
         * little time and prolong the total processing time of the processing.
         *
         * <p>Type: {@code boolean}. Default: {@code false}. Group: producer (advanced).
         *
         * @param lazyStartProducer the value to set
         * @return this builder
         */
        default AdvancedLifenEndpointProducerBuilder lazyStartProducer(boolean lazyStartProducer) {
            doSetProperty("lazyStartProducer", lazyStartProducer);
            return this;
        }

        /**
         * Sets the option {@code lazyStartProducer}.
         *
         * <p>Whether the producer should be started lazy (on the first message). By starting lazy you can use
         * this to allow CamelContext and routes to startup in situations where a producer may otherwise fail
         * during starting and cause the route to fail being started. By deferring this startup to be lazy then
         * the startup failure can be handled during routing messages via Camel's routing error handlers.
         * Beware that when the first message is processed then creating and starting the producer may take a
         * little time and prolong the total processing time of the processing.
         *
         * <p>Type: {@code boolean}. Default: {@code false}. Group: producer (advanced).
         *
         * @param lazyStartProducer the value to set, as text or a property placeholder
         * @return this builder
         */
        default AdvancedLifenEndpointProducerBuilder lazyStartProducer(String lazyStartProducer) {
            doSetProperty("lazyStartProducer", lazyStartProducer);
            return this;
        }

        /**
         * Sets the option {@code maxRetries}.
         *
         * <p>How many times a read or a search is sent again after a 429, a 503 or a failed connection. Sendings
         * (send-to-ehr, send-to-mss, create, update, and operation or request with another method than GET)
         * are never sent again, because Lifen has no idempotency key. 0 turns retries off.
         *
         * <p>Type: {@code int}. Default: {@code 3}. Group: producer (advanced).
         *
         * @param maxRetries the value to set
         * @return this builder
         */
        default AdvancedLifenEndpointProducerBuilder maxRetries(int maxRetries) {
            doSetProperty("maxRetries", maxRetries);
            return this;
        }

        /**
         * Sets the option {@code maxRetries}.
         *
         * <p>How many times a read or a search is sent again after a 429, a 503 or a failed connection. Sendings
         * (send-to-ehr, send-to-mss, create, update, and operation or request with another method than GET)
         * are never sent again, because Lifen has no idempotency key. 0 turns retries off.
         *
         * <p>Type: {@code int}. Default: {@code 3}. Group: producer (advanced).
         *
         * @param maxRetries the value to set, as text or a property placeholder
         * @return this builder
         */
        default AdvancedLifenEndpointProducerBuilder maxRetries(String maxRetries) {
            doSetProperty("maxRetries", maxRetries);
            return this;
        }

        /**
         * Sets the option {@code maxRetryDelay}.
         *
         * <p>The maximum wait between two attempts. A Retry-After header requesting more ends the retries, and
         * the exchange fails with the reply. In milliseconds, or a duration such as 30s. Must be more than 0.
         *
         * <p>Type: {@code long}. Default: {@code 30000}. Group: producer (advanced).
         *
         * @param maxRetryDelay the value to set
         * @return this builder
         */
        default AdvancedLifenEndpointProducerBuilder maxRetryDelay(long maxRetryDelay) {
            doSetProperty("maxRetryDelay", maxRetryDelay);
            return this;
        }

        /**
         * Sets the option {@code maxRetryDelay}.
         *
         * <p>The maximum wait between two attempts. A Retry-After header requesting more ends the retries, and
         * the exchange fails with the reply. In milliseconds, or a duration such as 30s. Must be more than 0.
         *
         * <p>Type: {@code long}. Default: {@code 30000}. Group: producer (advanced).
         *
         * @param maxRetryDelay the value to set, as text or a property placeholder
         * @return this builder
         */
        default AdvancedLifenEndpointProducerBuilder maxRetryDelay(String maxRetryDelay) {
            doSetProperty("maxRetryDelay", maxRetryDelay);
            return this;
        }

        /**
         * Sets the option {@code rateLimit}.
         *
         * <p>The maximum number of requests per second this application sends to Lifen, token requests included:
         * Lifen's limit is 10 per application. Endpoints with the same token URL and client id share the
         * limit, and a burst waits in the producer instead of drawing 429 replies. 0 turns it off.
         *
         * <p>Type: {@code int}. Default: {@code 10}. Group: producer (advanced).
         *
         * @param rateLimit the value to set
         * @return this builder
         */
        default AdvancedLifenEndpointProducerBuilder rateLimit(int rateLimit) {
            doSetProperty("rateLimit", rateLimit);
            return this;
        }

        /**
         * Sets the option {@code rateLimit}.
         *
         * <p>The maximum number of requests per second this application sends to Lifen, token requests included:
         * Lifen's limit is 10 per application. Endpoints with the same token URL and client id share the
         * limit, and a burst waits in the producer instead of drawing 429 replies. 0 turns it off.
         *
         * <p>Type: {@code int}. Default: {@code 10}. Group: producer (advanced).
         *
         * @param rateLimit the value to set, as text or a property placeholder
         * @return this builder
         */
        default AdvancedLifenEndpointProducerBuilder rateLimit(String rateLimit) {
            doSetProperty("rateLimit", rateLimit);
            return this;
        }

        /**
         * Sets the option {@code requestTimeout}.
         *
         * <p>How long to wait for the API's reply once connected, including the upload of the request body. In
         * milliseconds, or a duration such as 60s. Must be more than 0.
         *
         * <p>Type: {@code long}. Default: {@code 60000}. Group: producer (advanced).
         *
         * @param requestTimeout the value to set
         * @return this builder
         */
        default AdvancedLifenEndpointProducerBuilder requestTimeout(long requestTimeout) {
            doSetProperty("requestTimeout", requestTimeout);
            return this;
        }

        /**
         * Sets the option {@code requestTimeout}.
         *
         * <p>How long to wait for the API's reply once connected, including the upload of the request body. In
         * milliseconds, or a duration such as 60s. Must be more than 0.
         *
         * <p>Type: {@code long}. Default: {@code 60000}. Group: producer (advanced).
         *
         * @param requestTimeout the value to set, as text or a property placeholder
         * @return this builder
         */
        default AdvancedLifenEndpointProducerBuilder requestTimeout(String requestTimeout) {
            doSetProperty("requestTimeout", requestTimeout);
            return this;
        }

        /**
         * Sets the option {@code retryDelay}.
         *
         * <p>The wait before the first retry, doubled for each next one, with random jitter in its upper half; a
         * Retry-After header replaces it. In milliseconds, or a duration such as 1s. Must be more than 0.
         *
         * <p>Type: {@code long}. Default: {@code 1000}. Group: producer (advanced).
         *
         * @param retryDelay the value to set
         * @return this builder
         */
        default AdvancedLifenEndpointProducerBuilder retryDelay(long retryDelay) {
            doSetProperty("retryDelay", retryDelay);
            return this;
        }

        /**
         * Sets the option {@code retryDelay}.
         *
         * <p>The wait before the first retry, doubled for each next one, with random jitter in its upper half; a
         * Retry-After header replaces it. In milliseconds, or a duration such as 1s. Must be more than 0.
         *
         * <p>Type: {@code long}. Default: {@code 1000}. Group: producer (advanced).
         *
         * @param retryDelay the value to set, as text or a property placeholder
         * @return this builder
         */
        default AdvancedLifenEndpointProducerBuilder retryDelay(String retryDelay) {
            doSetProperty("retryDelay", retryDelay);
            return this;
        }

        /**
         * Sets the option {@code tokenRequestTimeout}.
         *
         * <p>How long to wait for the token endpoint's reply. In milliseconds, or a duration such as 30s.
         * Exchanges waiting for that token fail when it elapses. Must be more than 0.
         *
         * <p>Type: {@code long}. Default: {@code 30000}. Group: security (advanced).
         *
         * @param tokenRequestTimeout the value to set
         * @return this builder
         */
        default AdvancedLifenEndpointProducerBuilder tokenRequestTimeout(long tokenRequestTimeout) {
            doSetProperty("tokenRequestTimeout", tokenRequestTimeout);
            return this;
        }

        /**
         * Sets the option {@code tokenRequestTimeout}.
         *
         * <p>How long to wait for the token endpoint's reply. In milliseconds, or a duration such as 30s.
         * Exchanges waiting for that token fail when it elapses. Must be more than 0.
         *
         * <p>Type: {@code long}. Default: {@code 30000}. Group: security (advanced).
         *
         * @param tokenRequestTimeout the value to set, as text or a property placeholder
         * @return this builder
         */
        default AdvancedLifenEndpointProducerBuilder tokenRequestTimeout(String tokenRequestTimeout) {
            doSetProperty("tokenRequestTimeout", tokenRequestTimeout);
            return this;
        }
    }

    /** Builder of a {@code lifen:} endpoint before its direction is known: the options both directions share. */
    interface LifenEndpointBuilder extends LifenEndpointConsumerBuilder, LifenEndpointProducerBuilder {

        /**
         * Switches to the advanced options.
         *
         * @return the same builder, typed for the advanced options
         */
        default AdvancedLifenEndpointBuilder advanced() {
            return (AdvancedLifenEndpointBuilder) this;
        }

        /**
         * Sets the option {@code outputType}.
         *
         * <p>The body type after a reply: string (JSON text), json-node (Jackson JsonNode), map (java.util.Map)
         * or fhir-resource (a HAPI FHIR R4 resource; needs hapi-fhir-structures-r4 on the class path). With
         * pagingMode=stream, the type of each entry. On lifen:webhook, the type of each event's details
         * (fhir-resource does not apply there).
         *
         * <p>Type: {@code String}. Values: string, json-node, map, fhir-resource. Default: {@code string}. Group:
         * common.
         *
         * @param outputType the value to set
         * @return this builder
         */
        default LifenEndpointBuilder outputType(String outputType) {
            doSetProperty("outputType", outputType);
            return this;
        }
    }

    /** Builder of a {@code lifen:} endpoint with the advanced options both directions share. */
    interface AdvancedLifenEndpointBuilder extends AdvancedLifenEndpointConsumerBuilder, AdvancedLifenEndpointProducerBuilder {

        /**
         * Switches back to the common options.
         *
         * @return the same builder, typed for the common options
         */
        default LifenEndpointBuilder basic() {
            return (LifenEndpointBuilder) this;
        }
    }

    /**
     * Mixin for route builders: {@code class MyRoutes extends EndpointRouteBuilder implements LifenBuilders} can
     * write {@code to(lifen("read/Patient"))} and {@code lifen().lifenSubject()}.
     */
    interface LifenBuilders {

        /**
         * Returns the names of the headers the {@code lifen:} producer reads and sets.
         *
         * @return the header names
         */
        default LifenHeaderNameBuilder lifen() {
            return LifenHeaderNameBuilder.INSTANCE;
        }

        /**
         * Creates a builder for {@code lifen:path}.
         *
         * @param path the operation and, for most operations, the resource type, such as {@code read/Patient}
         * @return a builder with no option set
         */
        default LifenEndpointBuilder lifen(String path) {
            return LifenEndpointBuilderFactory.endpointBuilder("lifen", path);
        }

        /**
         * Creates a builder for an endpoint of a {@code lifen} component registered under another name.
         *
         * @param componentName the name the component is registered under
         * @param path the URI path after the component name
         * @return a builder with no option set
         */
        default LifenEndpointBuilder lifen(String componentName, String path) {
            return LifenEndpointBuilderFactory.endpointBuilder(componentName, path);
        }
    }

    /** Names of the headers the {@code lifen:} producer reads and sets, as constants of {@link LifenConstants}. */
    final class LifenHeaderNameBuilder {

        private static final LifenHeaderNameBuilder INSTANCE = new LifenHeaderNameBuilder();

        private LifenHeaderNameBuilder() {
        }

        /**
         * Returns the name of the header {@code CamelLifenResourceId}.
         *
         * <p>The id of the resource to read (operation read). Overrides the option resourceId. After a reply that
         * contains a single resource, its id. On an event from lifen:webhook, the id of the resource the event
         * is about: the patient for patient.updated, the patient kept for patient.merged, the encounter for
         * encounter.created.
         *
         * <p>Type: {@code String}.
         *
         * @return {@code "CamelLifenResourceId"}
         */
        public String lifenResourceId() {
            return LifenConstants.RESOURCE_ID;
        }

        /**
         * Returns the name of the header {@code CamelLifenSearchParameters}.
         *
         * <p>Search parameters (operation search), as a Map from parameter name to a String or a collection of
         * Strings for a repeated parameter. Entries replace the endpoint's search. options of the same name.
         *
         * <p>Type: {@code java.util.Map<String, Object>}.
         *
         * @return {@code "CamelLifenSearchParameters"}
         */
        public String lifenSearchParameters() {
            return LifenConstants.SEARCH_PARAMETERS;
        }

        /**
         * Returns the name of the header {@code CamelLifenSubject}.
         *
         * <p>The patient the document belongs to, such as Patient/123 (operation send-to-ehr). Overrides the
         * option subject.
         *
         * <p>Type: {@code String}.
         *
         * @return {@code "CamelLifenSubject"}
         */
        public String lifenSubject() {
            return LifenConstants.SUBJECT;
        }

        /**
         * Returns the name of the header {@code CamelLifenContext}.
         *
         * <p>The encounter (stay) the document belongs to, such as Encounter/456 (operation send-to-ehr).
         * Overrides the option context.
         *
         * <p>Type: {@code String}.
         *
         * @return {@code "CamelLifenContext"}
         */
        public String lifenContext() {
            return LifenConstants.CONTEXT;
        }

        /**
         * Returns the name of the header {@code CamelLifenDocumentType}.
         *
         * <p>LOINC code of the document type, such as 11488-4 (operations send-to-ehr and send-to-mss). Overrides
         * the option documentType.
         *
         * <p>Type: {@code String}.
         *
         * @return {@code "CamelLifenDocumentType"}
         */
        public String lifenDocumentType() {
            return LifenConstants.DOCUMENT_TYPE;
        }

        /**
         * Returns the name of the header {@code CamelLifenDocumentTitle}.
         *
         * <p>The document's title (operations send-to-ehr and send-to-mss). Overrides the option documentTitle.
         *
         * <p>Type: {@code String}.
         *
         * @return {@code "CamelLifenDocumentTitle"}
         */
        public String lifenDocumentTitle() {
            return LifenConstants.DOCUMENT_TITLE;
        }

        /**
         * Returns the name of the header {@code CamelLifenContentType}.
         *
         * <p>The document's media type (operations send-to-ehr, send-to-mss and create/Binary). Overrides the
         * option contentType.
         *
         * <p>Type: {@code String}.
         *
         * @return {@code "CamelLifenContentType"}
         */
        public String lifenContentType() {
            return LifenConstants.CONTENT_TYPE;
        }

        /**
         * Returns the name of the header {@code CamelLifenSenderIdentifier}.
         *
         * <p>The sender's identifier at Lifen (operations send-to-ehr and send-to-mss). Overrides the option
         * senderIdentifier.
         *
         * <p>Type: {@code String}.
         *
         * @return {@code "CamelLifenSenderIdentifier"}
         */
        public String lifenSenderIdentifier() {
            return LifenConstants.SENDER_IDENTIFIER;
        }

        /**
         * Returns the name of the header {@code CamelLifenRecipients}.
         *
         * <p>MSSanté recipients (operation send-to-mss): a collection of Strings or one comma-separated String,
         * each a reference such as Practitioner/123 or an RPPS or FINESS identifier. Overrides the option
         * recipients.
         *
         * <p>Type: {@code java.util.Collection<String>}.
         *
         * @return {@code "CamelLifenRecipients"}
         */
        public String lifenRecipients() {
            return LifenConstants.RECIPIENTS;
        }

        /**
         * Returns the name of the header {@code CamelLifenSender}.
         *
         * <p>The sender, such as Practitioner/123 (operation send-to-mss). Overrides the option sender.
         *
         * <p>Type: {@code String}.
         *
         * @return {@code "CamelLifenSender"}
         */
        public String lifenSender() {
            return LifenConstants.SENDER;
        }

        /**
         * Returns the name of the header {@code CamelLifenDetailedSubject}.
         *
         * <p>A full Patient resource for a patient Lifen does not know (operation send-to-mss), as JSON text, a
         * Map, a Jackson JsonNode or a HAPI FHIR Patient; sent as detailed-subject instead of a subject
         * reference.
         *
         * <p>Type: {@code Object}.
         *
         * @return {@code "CamelLifenDetailedSubject"}
         */
        public String lifenDetailedSubject() {
            return LifenConstants.DETAILED_SUBJECT;
        }

        /**
         * Returns the name of the header {@code CamelLifenTrackingUrl}.
         *
         * <p>The tracking URL Lifen returned for a sending (set by send-to-ehr and send-to-mss). The operation
         * tracking follows it; it must be on the configured API origin.
         *
         * <p>Type: {@code String}.
         *
         * @return {@code "CamelLifenTrackingUrl"}
         */
        public String lifenTrackingUrl() {
            return LifenConstants.TRACKING_URL;
        }

        /**
         * Returns the name of the header {@code CamelLifenTransactionId}.
         *
         * <p>The transaction id of a sending, that is the CommunicationRequest id (set by send-to-ehr and
         * send-to-mss). The operation tracking uses it when no tracking URL is set. Overrides the option
         * transactionId.
         *
         * <p>Type: {@code String}.
         *
         * @return {@code "CamelLifenTransactionId"}
         */
        public String lifenTransactionId() {
            return LifenConstants.TRANSACTION_ID;
        }

        /**
         * Returns the name of the header {@code CamelLifenTrackingStatus}.
         *
         * <p>The status of the first Communication in a tracking reply, such as in-progress or completed (set by
         * tracking).
         *
         * <p>Type: {@code String}.
         *
         * @return {@code "CamelLifenTrackingStatus"}
         */
        public String lifenTrackingStatus() {
            return LifenConstants.TRACKING_STATUS;
        }

        /**
         * Returns the name of the header {@code CamelLifenRequestMethod}.
         *
         * <p>The HTTP method (operation request). Overrides the option method.
         *
         * <p>Type: {@code String}.
         *
         * @return {@code "CamelLifenRequestMethod"}
         */
        public String lifenRequestMethod() {
            return LifenConstants.REQUEST_METHOD;
        }

        /**
         * Returns the name of the header {@code CamelLifenRequestPath}.
         *
         * <p>The path and query relative to the API base URL, such as Patient/123 (operation request). Overrides
         * the option path. An absolute URL is rejected.
         *
         * <p>Type: {@code String}.
         *
         * @return {@code "CamelLifenRequestPath"}
         */
        public String lifenRequestPath() {
            return LifenConstants.REQUEST_PATH;
        }

        /**
         * Returns the name of the header {@code CamelLifenResponseCode}.
         *
         * <p>The HTTP status code of Lifen's reply.
         *
         * <p>Type: {@code Integer}.
         *
         * @return {@code "CamelLifenResponseCode"}
         */
        public String lifenResponseCode() {
            return LifenConstants.RESPONSE_CODE;
        }

        /**
         * Returns the name of the header {@code CamelLifenLocation}.
         *
         * <p>The Location (or Content-Location) header of Lifen's reply, if any.
         *
         * <p>Type: {@code String}.
         *
         * @return {@code "CamelLifenLocation"}
         */
        public String lifenLocation() {
            return LifenConstants.LOCATION;
        }

        /**
         * Returns the name of the header {@code CamelLifenEventType}.
         *
         * <p>The type of a webhook event, such as patient.updated, patient.merged or encounter.created (set by
         * lifen:webhook).
         *
         * <p>Type: {@code String}.
         *
         * @return {@code "CamelLifenEventType"}
         */
        public String lifenEventType() {
            return LifenConstants.EVENT_TYPE;
        }

        /**
         * Returns the name of the header {@code CamelLifenEventId}.
         *
         * <p>The id of a webhook event (event-uuid), the same in every delivery of that event (set by
         * lifen:webhook).
         *
         * <p>Type: {@code String}.
         *
         * @return {@code "CamelLifenEventId"}
         */
        public String lifenEventId() {
            return LifenConstants.EVENT_ID;
        }

        /**
         * Returns the name of the header {@code CamelLifenNotificationId}.
         *
         * <p>The id of the webhook batch that carried the event (notification-uuid, set by lifen:webhook).
         *
         * <p>Type: {@code String}.
         *
         * @return {@code "CamelLifenNotificationId"}
         */
        public String lifenNotificationId() {
            return LifenConstants.NOTIFICATION_ID;
        }

        /**
         * Returns the name of the header {@code CamelLifenWebhookId}.
         *
         * <p>The id of the webhook subscription (webhook-id, set by lifen:webhook).
         *
         * <p>Type: {@code String}.
         *
         * @return {@code "CamelLifenWebhookId"}
         */
        public String lifenWebhookId() {
            return LifenConstants.WEBHOOK_ID;
        }

        /**
         * Returns the name of the header {@code CamelLifenDatabaseReference}.
         *
         * <p>The database reference of the healthcare organisation a webhook event belongs to (set by
         * lifen:webhook).
         *
         * <p>Type: {@code String}.
         *
         * @return {@code "CamelLifenDatabaseReference"}
         */
        public String lifenDatabaseReference() {
            return LifenConstants.DATABASE_REFERENCE;
        }

        /**
         * Returns the name of the header {@code CamelLifenEventTimestamp}.
         *
         * <p>When Lifen recorded a webhook event, as the ISO 8601 text Lifen sent (set by lifen:webhook).
         *
         * <p>Type: {@code String}.
         *
         * @return {@code "CamelLifenEventTimestamp"}
         */
        public String lifenEventTimestamp() {
            return LifenConstants.EVENT_TIMESTAMP;
        }
    }
}
