package io.github.camellifen.sandbox.webhook;

import io.github.camellifen.sandbox.SandboxSeedData;
import io.github.camellifen.sandbox.SandboxWebhooks;
import io.github.camellifen.sandbox.WebhookBatch;
import io.github.camellifen.sandbox.http.JsonBodies;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Controls the webhooks over HTTP, for demos against a standalone sandbox:
 * <ul>
 * <li>{@code POST /sandbox/webhooks/patient.updated?patient-id=<id>} publishes {@code patient.updated} for a
 * patient of the default database, {@link SandboxSeedData#PATIENT_MICHUE_ID} when {@code patient-id} is absent.
 * The reply is 202 with the {@code notification-uuid} and {@code event-uuids} of the batch, 404 for an unknown
 * patient, or 409 when the subscription is missing, suspended or without {@code patient.updated}.</li>
 * <li>{@code POST /sandbox/webhooks/resume} lifts a suspension of the subscription, with a 204 reply.</li>
 * </ul>
 *
 * <p>It needs no token, because the sandbox listens on 127.0.0.1 only. Error replies are JSON
 * {@code {"error": message}}, and other paths get 404.
 */
public final class WebhookTriggerServlet extends HttpServlet {

    /** Path under which the servlet is mapped. */
    public static final String PATH = "/sandbox/webhooks";

    private static final long serialVersionUID = 1L;
    private static final String PATIENT_UPDATED = "/patient.updated";
    private static final String RESUME = "/resume";

    private final transient SandboxWebhooks webhooks;

    /**
     * Creates the servlet.
     *
     * @param webhooks the webhooks of the sandbox
     */
    public WebhookTriggerServlet(SandboxWebhooks webhooks) {
        this.webhooks = webhooks;
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (RESUME.equals(request.getPathInfo())) {
            webhooks.resume();
            response.setStatus(HttpServletResponse.SC_NO_CONTENT);
        } else if (PATIENT_UPDATED.equals(request.getPathInfo())) {
            publishPatientUpdated(request, response);
        } else {
            sendError(response, HttpServletResponse.SC_NOT_FOUND, "Unknown webhook path " + request.getRequestURI()
                    + ": expected POST " + PATH + PATIENT_UPDATED + " or POST " + PATH + RESUME);
        }
    }

    private void publishPatientUpdated(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String patientId = request.getParameter("patient-id");
        if (patientId == null || patientId.isBlank()) {
            patientId = SandboxSeedData.PATIENT_MICHUE_ID;
        }

        try {
            WebhookBatch batch = webhooks.patientUpdated(patientId);
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("notification-uuid", batch.notificationUuid());
            body.put("event-uuids", batch.eventUuids());
            JsonBodies.send(response, HttpServletResponse.SC_ACCEPTED, JsonBodies.JSON, body);
        } catch (IllegalArgumentException e) {
            sendError(response, HttpServletResponse.SC_NOT_FOUND, e.getMessage());
        } catch (IllegalStateException e) {
            sendError(response, HttpServletResponse.SC_CONFLICT, e.getMessage());
        }
    }

    private static void sendError(HttpServletResponse response, int status, String message) throws IOException {
        JsonBodies.send(response, status, JsonBodies.JSON, Map.of("error", message));
    }
}
