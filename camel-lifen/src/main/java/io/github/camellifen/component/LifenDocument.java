package io.github.camellifen.component;

/**
 * One document of a send-to-mss sending, when its title or type differs from the endpoint's. A body may be a
 * collection of these.
 *
 * @param content a byte[], InputStream, File, Path or a file from the file component
 * @param title   the title shown to the recipients, or null for the option documentTitle
 * @param type    LOINC code of the document type, or null for the option documentType
 */
public record LifenDocument(Object content, String title, String type) {

    public LifenDocument {
        if (content == null) {
            throw new IllegalArgumentException("A LifenDocument needs content: a byte[], InputStream, File or Path");
        }
    }

    @Override
    public String toString() {
        return "LifenDocument[title=" + title + ", type=" + type + "]";
    }
}
