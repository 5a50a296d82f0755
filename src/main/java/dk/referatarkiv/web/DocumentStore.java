package dk.referatarkiv.web;

import dk.referatarkiv.ingest.FileReport;

import java.io.IOException;

/**
 * Where uploaded minutes go: the archive's corpus folder, read again after each change. Implemented by the server
 * command, which owns the archive; the web layer only checks the request.
 */
public interface DocumentStore {

    /**
     * Adds or replaces the minutes file {@code name} and makes it searchable. Returns the file's ingest report; when
     * the report's status is not {@code INDEXED} the file was not kept and the archive is as it was.
     */
    FileReport add(String name, byte[] content) throws IOException;

    /** Removes the minutes file {@code name} and its meetings; false when there is no such file. */
    boolean remove(String name) throws IOException;
}
