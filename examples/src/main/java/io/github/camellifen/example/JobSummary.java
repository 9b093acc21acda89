package io.github.camellifen.example;

import java.nio.file.Path;

/**
 * Counts and settings of one run, printed when it ends.
 *
 * @param target                 where the documents went, without any secret
 * @param patientsFound          how many patients the start-up search matched, or null when it failed
 * @param inboxEmptied           whether every document of the inbox was handled before the run's time limit
 * @param completed              documents Lifen accepted and reported as completed
 * @param pending                documents Lifen accepted whose tracking was still pending after the last poll
 * @param failed                 documents moved to the error folder
 * @param componentTokenRequests token requests the lifen component sent
 * @param sandboxTokenRequests   token requests the sandbox received, or null when sending to Lifen itself
 * @param errorFolder            where failed documents and their reasons are
 * @param webhooksEnabled        whether the patient-events route ran, which needs a webhook secret
 * @param eventsReceived         webhook events the patient-events route received
 * @param patientsRead           patients that route read back after a patient.updated event
 */
public record JobSummary(String target, Integer patientsFound, boolean inboxEmptied, int completed, int pending,
                         int failed, long componentTokenRequests, Integer sandboxTokenRequests, Path errorFolder,
                         boolean webhooksEnabled, int eventsReceived, int patientsRead) {

    /** Returns how many documents Lifen accepted. */
    public int sent() {
        return completed + pending;
    }

    private String describeSearch() {
        if (patientsFound == null) {
            return "failed, so no document was processed";
        }
        return patientsFound == 1 ? "1 patient matches the family name"
                : patientsFound + " patients match the family name";
    }

    /** Returns the summary as printed, one fact a line. */
    public String format() {
        String newline = System.lineSeparator();
        StringBuilder text = new StringBuilder();
        text.append("camel-lifen example summary").append(newline);
        text.append("  Target:           ").append(target).append(newline);
        text.append("  Patient search:   ").append(describeSearch()).append(newline);
        text.append("  Documents sent:   ").append(sent()).append(" (tracking completed: ").append(completed)
                .append(", still pending: ").append(pending).append(')').append(newline);
        text.append("  Documents failed: ").append(failed);
        if (failed > 0) {
            text.append(" (reasons in ").append(errorFolder).append(')');
        }
        text.append(newline);
        text.append("  Webhook events:   ");
        if (webhooksEnabled) {
            text.append(eventsReceived).append(" received, ").append(patientsRead).append(" patient")
                    .append(patientsRead == 1 ? "" : "s").append(" read back");
        } else {
            text.append("not received (set LIFEN_WEBHOOK_SECRET to run the patient-events route)");
        }
        text.append(newline);
        text.append("  Token requests:   ").append(componentTokenRequests).append(" sent by the component");
        if (sandboxTokenRequests != null) {
            text.append(", ").append(sandboxTokenRequests).append(" received by the sandbox");
        }
        text.append(newline);
        if (patientsFound != null && !inboxEmptied) {
            text.append("  The inbox was not empty when the time limit (example.max-run-seconds) ran out").append(newline);
        }
        return text.toString();
    }
}
