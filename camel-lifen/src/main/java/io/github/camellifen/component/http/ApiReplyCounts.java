package io.github.camellifen.component.http;

import java.util.Collections;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/** Counts the Lifen API's replies by HTTP status. Status 0 counts requests that got no usable reply. */
public final class ApiReplyCounts {

    private final Map<Integer, LongAdder> counts = new ConcurrentHashMap<>();

    public void count(int status) {
        counts.computeIfAbsent(status, key -> new LongAdder()).increment();
    }

    /** Returns the counts so far, by ascending status. */
    public SortedMap<Integer, Long> snapshot() {
        SortedMap<Integer, Long> snapshot = new TreeMap<>();
        counts.forEach((status, count) -> snapshot.put(status, count.sum()));
        return Collections.unmodifiableSortedMap(snapshot);
    }
}
