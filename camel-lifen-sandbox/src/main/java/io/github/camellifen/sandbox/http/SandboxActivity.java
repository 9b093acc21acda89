package io.github.camellifen.sandbox.http;

import io.github.camellifen.sandbox.ReceivedDocument;
import io.github.camellifen.sandbox.ReceivedMssSending;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Counters and received documents that tests read back from the sandbox.
 */
public final class SandboxActivity {

    private final AtomicInteger tokenRequests = new AtomicInteger();
    private final AtomicInteger successfulTokenRequests = new AtomicInteger();
    private final Map<String, Map<Integer, AtomicInteger>> responsesByPath = new ConcurrentHashMap<>();
    private final List<ReceivedDocument> documents = new CopyOnWriteArrayList<>();
    private final List<ReceivedMssSending> mssSendings = new CopyOnWriteArrayList<>();
    private final Map<FaultKind, AtomicInteger> faults = newFaultCounters();

    /** Counts one POST to a token path, whatever its outcome. */
    public void tokenRequestReceived() {
        tokenRequests.incrementAndGet();
    }

    /** Counts one token request that returned an access token. */
    public void tokenIssued() {
        successfulTokenRequests.incrementAndGet();
    }

    /**
     * Counts one HTTP response.
     *
     * @param path request path without the query string
     * @param status HTTP status sent back
     */
    public void responseSent(String path, int status) {
        responsesByPath
                .computeIfAbsent(path, key -> new ConcurrentHashMap<>())
                .computeIfAbsent(status, key -> new AtomicInteger())
                .incrementAndGet();
    }

    /**
     * Stores a document accepted by {@code $send-to-ehr}, {@code $send-to-mss} or a CommunicationRequest
     * created through API v2.
     *
     * @param document the document
     */
    public void documentReceived(ReceivedDocument document) {
        documents.add(document);
    }

    /**
     * Stores a sending accepted by {@code $send-to-mss}. Its documents are stored separately with
     * {@link #documentReceived(ReceivedDocument)}.
     *
     * @param sending the sending
     */
    public void mssSendingReceived(ReceivedMssSending sending) {
        mssSendings.add(sending);
    }

    /**
     * Counts one injected fault.
     *
     * @param fault the kind of fault
     */
    public void faultInjected(FaultKind fault) {
        faults.get(fault).incrementAndGet();
    }

    /**
     * Returns how many faults of this kind were injected.
     *
     * @param fault the kind of fault
     * @return the count
     */
    public int faultCount(FaultKind fault) {
        return faults.get(fault).get();
    }

    public int tokenRequestCount() {
        return tokenRequests.get();
    }

    public int successfulTokenRequestCount() {
        return successfulTokenRequests.get();
    }

    /**
     * Returns how many responses had this path and status.
     *
     * @param path request path without the query string
     * @param status HTTP status
     * @return the count, 0 if none
     */
    public int responseCount(String path, int status) {
        Map<Integer, AtomicInteger> byStatus = responsesByPath.get(path);
        if (byStatus == null) {
            return 0;
        }
        AtomicInteger count = byStatus.get(status);
        return count == null ? 0 : count.get();
    }

    /**
     * Returns how many responses had this path, whatever their status.
     *
     * @param path request path without the query string
     * @return the count, 0 if none
     */
    public int responseCount(String path) {
        Map<Integer, AtomicInteger> byStatus = responsesByPath.get(path);
        if (byStatus == null) {
            return 0;
        }
        return byStatus.values().stream().mapToInt(AtomicInteger::get).sum();
    }

    /**
     * Returns the received documents in arrival order.
     *
     * @return an immutable snapshot
     */
    public List<ReceivedDocument> documents() {
        return List.copyOf(documents);
    }

    /**
     * Returns the received MSSanté sendings in arrival order.
     *
     * @return an immutable snapshot
     */
    public List<ReceivedMssSending> mssSendings() {
        return List.copyOf(mssSendings);
    }

    /** Clears every counter, including the fault counters, and the received documents and sendings. */
    public void reset() {
        tokenRequests.set(0);
        successfulTokenRequests.set(0);
        responsesByPath.clear();
        documents.clear();
        mssSendings.clear();
        faults.values().forEach(count -> count.set(0));
    }

    // Filled once and never changed, so that concurrent reads need no lock.
    private static Map<FaultKind, AtomicInteger> newFaultCounters() {
        Map<FaultKind, AtomicInteger> counters = new EnumMap<>(FaultKind.class);
        for (FaultKind kind : FaultKind.values()) {
            counters.put(kind, new AtomicInteger());
        }
        return counters;
    }
}
