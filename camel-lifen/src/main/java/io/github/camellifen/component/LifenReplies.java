package io.github.camellifen.component;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.camellifen.component.fhir.FhirJson;
import io.github.camellifen.component.fhir.FhirReplies;
import io.github.camellifen.component.http.ApiResponse;
import org.apache.camel.Exchange;
import org.apache.camel.Message;

/** Puts Lifen's reply on the message: the body as JSON text and the {@code CamelLifen...} reply headers. */
final class LifenReplies {

    private LifenReplies() {
    }

    static void apply(Message message, ApiResponse response, LifenOperation operation, OutputType outputType) {
        message.setHeader(LifenConstants.RESPONSE_CODE, response.status());
        setOrRemove(message, Exchange.CONTENT_TYPE, response.contentType());
        setOrRemove(message, LifenConstants.LOCATION,
                response.header("Location").orElse(response.header("Content-Location").orElse(null)));

        // A document, such as a PDF, goes on as a stream for the route to read once, whatever the outputType
        if (response.stream() != null) {
            message.setBody(response.stream());
            message.removeHeader(LifenConstants.RESOURCE_ID);
            return;
        }

        String body = response.bodyAsString();
        message.setBody(Bodies.fromJson(body, outputType));
        if (!response.isSuccess()) {
            return;
        }
        switch (operation) {
            case READ:
            case REQUEST:
            case CREATE:
            case UPDATE:
            case OPERATION:
                setOrRemove(message, LifenConstants.RESOURCE_ID, resourceId(body, message));
                break;
            case SEND_TO_EHR:
            case SEND_TO_MSS:
                JsonNode parameters = FhirJson.readObject(body);
                String trackingUrl = FhirReplies.parameter(parameters, "tracking-url");
                String transactionId = FhirReplies.parameter(parameters, "transaction-id");
                setOrRemove(message, LifenConstants.TRACKING_URL, trackingUrl);
                setOrRemove(message, LifenConstants.TRANSACTION_ID,
                        transactionId != null ? transactionId : FhirReplies.transactionId(trackingUrl));
                break;
            case TRACKING:
                setOrRemove(message, LifenConstants.TRACKING_STATUS, FhirReplies.trackingStatus(FhirJson.readObject(body)));
                break;
            default:
                // A search reply is a Bundle; its entries' ids belong to the body, not to one header
                message.removeHeader(LifenConstants.RESOURCE_ID);
        }
    }

    private static String resourceId(String body, Message message) {
        String id = FhirReplies.resourceId(body);
        return id != null ? id : FhirReplies.idFromLocation(message.getHeader(LifenConstants.LOCATION, String.class));
    }

    private static void setOrRemove(Message message, String name, Object value) {
        if (value == null) {
            message.removeHeader(name);
        } else {
            message.setHeader(name, value);
        }
    }
}
