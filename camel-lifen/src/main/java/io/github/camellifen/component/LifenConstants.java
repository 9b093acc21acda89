package io.github.camellifen.component;

import org.apache.camel.spi.Metadata;

/** Message headers the {@code lifen:} producer reads and sets. A header never changes the operation or the host. */
public final class LifenConstants {

    @Metadata(label = "producer,consumer", description = "The id of the resource to read (operation read). "
            + "Overrides the option resourceId. After a reply that contains a single resource, its id. On an event "
            + "from lifen:webhook, the id of the resource the event is about: the patient for patient.updated, the "
            + "patient kept for patient.merged, the encounter for encounter.created.", javaType = "String")
    public static final String RESOURCE_ID = "CamelLifenResourceId";

    @Metadata(label = "producer", description = "Search parameters (operation search), as a Map from parameter "
            + "name to a String or a collection of Strings for a repeated parameter. Entries replace the endpoint's "
            + "search. options of the same name.", javaType = "java.util.Map<String, Object>")
    public static final String SEARCH_PARAMETERS = "CamelLifenSearchParameters";

    @Metadata(label = "producer", description = "The patient the document belongs to, such as Patient/123 "
            + "(operation send-to-ehr). Overrides the option subject.", javaType = "String")
    public static final String SUBJECT = "CamelLifenSubject";

    @Metadata(label = "producer", description = "The encounter (stay) the document belongs to, such as "
            + "Encounter/456 (operation send-to-ehr). Overrides the option context.", javaType = "String")
    public static final String CONTEXT = "CamelLifenContext";

    @Metadata(label = "producer", description = "LOINC code of the document type, such as 11488-4 (operations "
            + "send-to-ehr and send-to-mss). Overrides the option documentType.", javaType = "String")
    public static final String DOCUMENT_TYPE = "CamelLifenDocumentType";

    @Metadata(label = "producer", description = "The document's title (operations send-to-ehr and "
            + "send-to-mss). Overrides the option documentTitle.", javaType = "String")
    public static final String DOCUMENT_TITLE = "CamelLifenDocumentTitle";

    @Metadata(label = "producer", description = "The document's media type (operations send-to-ehr, "
            + "send-to-mss and create/Binary). Overrides the option contentType.", javaType = "String")
    public static final String CONTENT_TYPE = "CamelLifenContentType";

    @Metadata(label = "producer", description = "The sender's identifier at Lifen (operations send-to-ehr "
            + "and send-to-mss). Overrides the option senderIdentifier.", javaType = "String")
    public static final String SENDER_IDENTIFIER = "CamelLifenSenderIdentifier";

    @Metadata(label = "producer", description = "MSSanté recipients (operation send-to-mss): a collection of "
            + "Strings or one comma-separated String, each a reference such as Practitioner/123 or an RPPS or FINESS "
            + "identifier. Overrides the option recipients.", javaType = "java.util.Collection<String>")
    public static final String RECIPIENTS = "CamelLifenRecipients";

    @Metadata(label = "producer", description = "The sender, such as Practitioner/123 (operation send-to-mss). "
            + "Overrides the option sender.", javaType = "String")
    public static final String SENDER = "CamelLifenSender";

    @Metadata(label = "producer", description = "A full Patient resource for a patient Lifen does not know "
            + "(operation send-to-mss), as JSON text, a Map, a Jackson JsonNode or a HAPI FHIR Patient; sent as "
            + "detailed-subject instead of a subject reference.", javaType = "Object")
    public static final String DETAILED_SUBJECT = "CamelLifenDetailedSubject";

    @Metadata(label = "producer", description = "The tracking URL Lifen returned for a sending (set by send-to-ehr and send-to-mss). The operation "
            + "tracking follows it; it must be on the configured API origin.", javaType = "String")
    public static final String TRACKING_URL = "CamelLifenTrackingUrl";

    @Metadata(label = "producer", description = "The transaction id of a sending, that is the CommunicationRequest id (set by "
            + "send-to-ehr and send-to-mss). The operation tracking uses it when no tracking URL is set. Overrides the option "
            + "transactionId.", javaType = "String")
    public static final String TRANSACTION_ID = "CamelLifenTransactionId";

    @Metadata(label = "producer", description = "The status of the first Communication in a tracking reply, such "
            + "as in-progress or completed (set by tracking).", javaType = "String")
    public static final String TRACKING_STATUS = "CamelLifenTrackingStatus";

    @Metadata(label = "producer", description = "The HTTP method (operation request). Overrides the option "
            + "method.", javaType = "String")
    public static final String REQUEST_METHOD = "CamelLifenRequestMethod";

    @Metadata(label = "producer", description = "The path and query relative to the API base URL, such as "
            + "Patient/123 (operation request). Overrides the option path. An absolute URL is rejected.",
            javaType = "String")
    public static final String REQUEST_PATH = "CamelLifenRequestPath";

    @Metadata(label = "producer", description = "The HTTP status code of Lifen's reply.", javaType = "Integer")
    public static final String RESPONSE_CODE = "CamelLifenResponseCode";

    @Metadata(label = "producer", description = "The Location (or Content-Location) header of Lifen's reply, if "
            + "any.", javaType = "String")
    public static final String LOCATION = "CamelLifenLocation";

    @Metadata(label = "consumer", description = "The type of a webhook event, such as patient.updated, "
            + "patient.merged or encounter.created (set by lifen:webhook).", javaType = "String")
    public static final String EVENT_TYPE = "CamelLifenEventType";

    @Metadata(label = "consumer", description = "The id of a webhook event (event-uuid), the same in every delivery "
            + "of that event (set by lifen:webhook).", javaType = "String")
    public static final String EVENT_ID = "CamelLifenEventId";

    @Metadata(label = "consumer", description = "The id of the webhook batch that carried the event "
            + "(notification-uuid, set by lifen:webhook).", javaType = "String")
    public static final String NOTIFICATION_ID = "CamelLifenNotificationId";

    @Metadata(label = "consumer", description = "The id of the webhook subscription (webhook-id, set by "
            + "lifen:webhook).", javaType = "String")
    public static final String WEBHOOK_ID = "CamelLifenWebhookId";

    @Metadata(label = "consumer", description = "The database reference of the healthcare organisation a webhook "
            + "event belongs to (set by lifen:webhook).", javaType = "String")
    public static final String DATABASE_REFERENCE = "CamelLifenDatabaseReference";

    @Metadata(label = "consumer", description = "When Lifen recorded a webhook event, as the ISO 8601 text Lifen "
            + "sent (set by lifen:webhook).", javaType = "String")
    public static final String EVENT_TIMESTAMP = "CamelLifenEventTimestamp";

    private LifenConstants() {
    }
}
