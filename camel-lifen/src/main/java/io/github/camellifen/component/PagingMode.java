package io.github.camellifen.component;

import java.util.Locale;

/** The way a search returns its result pages. */
enum PagingMode {

    /** The first page only, as Lifen returns it. */
    SINGLE,
    /** Every page merged into one Bundle, up to maxPages. */
    ALL,
    /** An iterator of the entries' resources that fetches the next page when it needs it. */
    STREAM;

    static PagingMode parse(String text) {
        for (PagingMode mode : values()) {
            if (mode.name().equalsIgnoreCase(text)) {
                return mode;
            }
        }
        throw new IllegalArgumentException("Invalid value '" + text + "' for Lifen option pagingMode: use single, "
                + "all or stream");
    }

    String uriName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
