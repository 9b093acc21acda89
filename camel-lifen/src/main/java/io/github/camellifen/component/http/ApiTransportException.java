package io.github.camellifen.component.http;

import java.io.IOException;

/** No usable reply came from the Lifen API: connection refused or reset, a timeout, or a truncated reply. */
public class ApiTransportException extends IOException {

    private static final long serialVersionUID = 1L;

    public ApiTransportException(String message, Throwable cause) {
        super(message, cause);
    }
}
