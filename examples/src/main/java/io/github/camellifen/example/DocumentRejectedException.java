package io.github.camellifen.example;

/**
 * A document cannot be sent as it is: its sidecar is missing or invalid, its patient or encounter does not match
 * exactly one record, or Lifen reported that the sending failed. The route moves it to the error folder.
 */
public class DocumentRejectedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String code;

    /**
     * @param code    short outcome code for the log line, such as patient-not-found, which contains no data
     * @param message the reason written next to the document, which may name identifiers but never names
     */
    public DocumentRejectedException(String code, String message) {
        super(message);
        this.code = code;
    }

    public String getCode() {
        return code;
    }
}
