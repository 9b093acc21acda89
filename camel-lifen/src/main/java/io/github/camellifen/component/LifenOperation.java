package io.github.camellifen.component;

import java.util.Arrays;
import java.util.stream.Collectors;

/** The operation an endpoint performs: the first part of {@code lifen:operation[/resourceType]}. */
public enum LifenOperation {

    /** {@code GET {type}/{id}}. */
    READ("read", true),
    /** {@code POST {type}/_search}, form-encoded. */
    SEARCH("search", true),
    /** {@code POST CommunicationRequest/$send-to-ehr} with a document. */
    SEND_TO_EHR("send-to-ehr", false),
    /** Follows a tracking URL, or {@code GET CommunicationRequest/$tracking?transaction-id=...}. */
    TRACKING("tracking", false),
    /** Any method and path relative to the API base URL, body passed through. */
    REQUEST("request", false);

    private final String uriName;
    private final boolean needsResourceType;

    LifenOperation(String uriName, boolean needsResourceType) {
        this.uriName = uriName;
        this.needsResourceType = needsResourceType;
    }

    public String uriName() {
        return uriName;
    }

    public boolean needsResourceType() {
        return needsResourceType;
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
