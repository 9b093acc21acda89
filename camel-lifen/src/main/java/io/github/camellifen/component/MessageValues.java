package io.github.camellifen.component;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.apache.camel.Message;

/** Reads a value from a {@code CamelLifen...} header, else from the endpoint option. */
final class MessageValues {

    private MessageValues() {
    }

    /** Returns the header's value, else the option's; an empty String counts as unset. */
    static String value(Message message, String header, String option) {
        String fromHeader = message.getHeader(header, String.class);
        if (fromHeader != null && !fromHeader.isEmpty()) {
            return fromHeader;
        }
        return option == null || option.isEmpty() ? null : option;
    }

    /** Returns the header's values (a collection, an array or a comma-separated String), else the option's. */
    static List<String> values(Message message, String header, String option) {
        List<String> fromHeader = split(message.getHeader(header));
        return fromHeader.isEmpty() ? split(option) : fromHeader;
    }

    /** Returns a collection's or an array's items as Strings, or a single value as a one-item list. */
    static List<String> list(Object value) {
        List<String> values = new ArrayList<>();
        if (value instanceof Collection<?> collection) {
            collection.forEach(item -> values.add(String.valueOf(item)));
        } else if (value instanceof Object[] array) {
            for (Object item : array) {
                values.add(String.valueOf(item));
            }
        } else if (value != null) {
            values.add(String.valueOf(value));
        }
        return values;
    }

    /** Splits a collection, an array or a comma-separated String into trimmed, non-empty values. */
    static List<String> split(Object value) {
        // Items of a collection stay whole; only a single String is split at its commas
        boolean single = !(value instanceof Collection<?>) && !(value instanceof Object[]);
        List<String> values = new ArrayList<>();
        for (String item : list(value)) {
            for (String part : single ? item.split(",") : new String[] {item}) {
                addTrimmed(values, part);
            }
        }
        return values;
    }

    private static void addTrimmed(List<String> values, String value) {
        String trimmed = value.trim();
        if (!trimmed.isEmpty()) {
            values.add(trimmed);
        }
    }
}
