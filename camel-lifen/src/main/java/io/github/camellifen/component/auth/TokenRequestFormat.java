package io.github.camellifen.component.auth;

import java.util.Locale;

/** The encoding of the token request body. */
public enum TokenRequestFormat {

    /** {@code application/x-www-form-urlencoded}, as OAuth2 (RFC 6749, section 4.4.2) specifies. */
    FORM,

    /** {@code application/json}, as some of Lifen's documentation shows. */
    JSON;

    /** Parses {@code form} or {@code json}, in any case. */
    public static TokenRequestFormat parse(String text) {
        for (TokenRequestFormat format : values()) {
            if (format.name().equalsIgnoreCase(text)) {
                return format;
            }
        }
        throw new IllegalArgumentException("Invalid token request format '" + text + "': use form or json");
    }

    public String uriValue() {
        return name().toLowerCase(Locale.ROOT);
    }
}
