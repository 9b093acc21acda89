package io.github.camellifen.component;

import java.util.Arrays;
import java.util.stream.Collectors;

/** The operation an endpoint performs: the first part of {@code lifen:operation[/resourceType]}. */
public enum LifenOperation {

    /** {@code GET {type}/{id}}. */
    READ("read", TypeRule.REQUIRED),
    /** {@code POST {type}/_search}, form-encoded. */
    SEARCH("search", TypeRule.REQUIRED),
    /** {@code POST CommunicationRequest/$send-to-ehr} with a document. */
    SEND_TO_EHR("send-to-ehr", TypeRule.NONE),
    /** {@code POST CommunicationRequest/$send-to-mss} with documents for MSSanté recipients. */
    SEND_TO_MSS("send-to-mss", TypeRule.NONE),
    /** {@code POST Practitioner/$search-for-mss} or {@code Organization/$search-for-mss}, form-encoded. */
    SEARCH_FOR_MSS("search-for-mss", TypeRule.REQUIRED),
    /** Follows a tracking URL, or {@code GET CommunicationRequest/$tracking?transaction-id=...}. */
    TRACKING("tracking", TypeRule.NONE),
    /** A named FHIR operation, {@code [type/][id/]$name}, with the body passed through. */
    OPERATION("operation", TypeRule.OPTIONAL),
    /** {@code POST {type}}, creating a resource (Lifen API v2). */
    CREATE("create", TypeRule.REQUIRED),
    /** {@code PUT {type}/{id}}, replacing a resource (Lifen API v2). */
    UPDATE("update", TypeRule.REQUIRED),
    /** Any method and path relative to the API base URL, body passed through. */
    REQUEST("request", TypeRule.NONE),
    /** Receives Lifen's webhook deliveries: the only operation of the consumer. */
    WEBHOOK("webhook", TypeRule.NONE);

    /** Whether the URI names a resource type after the operation. */
    enum TypeRule {
        REQUIRED, OPTIONAL, NONE
    }

    private final String uriName;
    private final TypeRule typeRule;

    LifenOperation(String uriName, TypeRule typeRule) {
        this.uriName = uriName;
        this.typeRule = typeRule;
    }

    public String uriName() {
        return uriName;
    }

    TypeRule typeRule() {
        return typeRule;
    }

    /** Parses the name used in endpoint URIs, such as {@code send-to-ehr}. */
    public static LifenOperation fromUriName(String name) {
        for (LifenOperation operation : values()) {
            if (operation.uriName.equals(name)) {
                return operation;
            }
        }
        throw new IllegalArgumentException("Unknown Lifen operation '" + name + "' in the endpoint URI: use one of "
                + names() + ", as in lifen:search/Patient");
    }

    static String names() {
        return Arrays.stream(values()).map(LifenOperation::uriName).collect(Collectors.joining(", "));
    }
}
