package dk.referatarkiv.ingest.extract;

/**
 * A document that cannot be turned into text: corrupt, encrypted, a scan without a text layer, or a format that is
 * not supported. The message names the reason in words meant for the per-file report.
 */
public final class UnreadableDocumentException extends Exception {

    public UnreadableDocumentException(String message) {
        super(message);
    }

    public UnreadableDocumentException(String message, Throwable cause) {
        super(message, cause);
    }
}
