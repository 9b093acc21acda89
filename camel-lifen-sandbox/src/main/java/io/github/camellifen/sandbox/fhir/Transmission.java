package io.github.camellifen.sandbox.fhir;

import java.time.Duration;
import java.time.Instant;
import org.hl7.fhir.r4.model.Communication;
import org.hl7.fhir.r4.model.CommunicationRequest;

/**
 * A document sent with {@code $send-to-ehr}: its CommunicationRequest and the Communication that tracks it.
 *
 * <p>The Communication is {@code in-progress} until the first read at or after {@code createdAt} plus the
 * completion delay, which marks it {@code completed}.
 */
final class Transmission {

    private final CommunicationRequest communicationRequest;
    private final Communication communication;
    private final Instant createdAt;

    Transmission(CommunicationRequest communicationRequest, Communication communication, Instant createdAt) {
        this.communicationRequest = communicationRequest;
        this.communication = communication;
        this.createdAt = createdAt;
    }

    String transactionId() {
        return communicationRequest.getIdElement().getIdPart();
    }

    String communicationId() {
        return communication.getIdElement().getIdPart();
    }

    synchronized CommunicationRequest communicationRequest() {
        return communicationRequest.copy();
    }

    /**
     * Returns a copy of the Communication, after completing it if its delay has passed.
     *
     * @param now current instant
     * @param completionDelay time from creation to completion
     * @return a copy the caller may change
     */
    synchronized Communication communicationAt(Instant now, Duration completionDelay) {
        boolean due = !now.isBefore(createdAt.plus(completionDelay));
        if (due && communication.getStatus() == Communication.CommunicationStatus.INPROGRESS) {
            communication.setStatus(Communication.CommunicationStatus.COMPLETED);
            communication.setReceivedElement(LifenResources.dateTime(now));
            LifenResources.newVersion(communication, "2", LifenResources.instant(now));
        }
        return communication.copy();
    }
}
