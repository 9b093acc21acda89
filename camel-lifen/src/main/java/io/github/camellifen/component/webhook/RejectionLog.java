package io.github.camellifen.component.webhook;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.slf4j.Logger;

/**
 * Logs rejected webhook deliveries once per burst: the first rejection of a burst at WARN, then a count of the
 * others when the next burst starts. A flood of forged requests thus writes a few lines, not one per request.
 */
public final class RejectionLog {

    private final Logger log;
    private final Clock clock;
    private final Duration burst;

    private Instant burstStart;
    private long suppressed;

    public RejectionLog(Logger log, Clock clock, Duration burst) {
        this.log = log;
        this.clock = clock;
        this.burst = burst;
    }

    /** Records one rejection and logs it if it starts a new burst. */
    public synchronized void reject(String reason, String path) {
        Instant now = clock.instant();
        if (burstStart != null && now.isBefore(burstStart.plus(burst))) {
            suppressed++;
            return;
        }

        if (suppressed > 0) {
            log.warn("Rejected {} more webhook deliveries on {} after {}", suppressed, path, burstStart);
        }
        log.warn("Rejected a webhook delivery on {}: {}. Further rejections in the next {} are counted, not logged",
                path, reason, burst);
        burstStart = now;
        suppressed = 0;
    }
}
