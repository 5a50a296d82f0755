package dk.referatarkiv.index;

/** Thrown by the document generator for an item that has nothing to index. */
public final class EmptyItemException extends Exception {
    public EmptyItemException(String message) {
        super(message);
    }
}
