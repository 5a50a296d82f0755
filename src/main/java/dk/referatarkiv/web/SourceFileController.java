package dk.referatarkiv.web;

import dk.referatarkiv.ingest.Corpus;
import dk.referatarkiv.ingest.Meeting;
import dk.referatarkiv.ingest.TextDecoder;
import io.javalin.http.Context;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * {@code GET /api/meetings/{id}/source}: the file a meeting was read from, byte for byte as it was published, so a
 * reader can check the archive against the original. Read-only: the file is found through the meeting (never through
 * a path the client names) and must lie inside the corpus folder after links are resolved.
 *
 * <p>Two things are withheld. A file that holds a closed item ("Lukket punkt") is served only to a request with the
 * closed-items token: the item API keeps such text from ordinary readers, and the original file would give it away.
 * An HTML file is served under a sandboxing Content-Security-Policy: published pages may carry their site's
 * scripts, which must not run with this site's origin.
 */
final class SourceFileController {

    /** What a file's name ends with → its media type; other files are offered as a download. */
    private static final Map<String, String> MEDIA_TYPES = Map.of(
            "pdf", "application/pdf",
            "html", "text/html",
            "htm", "text/html",
            "txt", "text/plain",
            "md", "text/plain",
            "docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document");
    /** Published pages are shown with their own styles and images, never their scripts, forms or frames. */
    static final String HTML_SANDBOX = "sandbox; default-src 'none'; style-src 'unsafe-inline'; img-src data:";

    private final Corpus corpus;
    private final Path folder;
    private final ClosedItemAccess closedAccess;
    private final Set<String> withheldSources;

    /**
     * @param folder          the corpus folder the files were read from; null when the archive was built without one
     * @param withheldSources the files that hold a closed item ({@link Corpus#sourcesWithClosedItems()})
     */
    SourceFileController(Corpus corpus, Path folder, ClosedItemAccess closedAccess, Set<String> withheldSources) {
        this.corpus = corpus;
        this.folder = folder;
        this.closedAccess = closedAccess;
        this.withheldSources = withheldSources;
    }

    void source(Context ctx) throws IOException {
        Meeting meeting = MeetingController.meeting(corpus, ctx.pathParam("id"));
        Path file = file(meeting);
        if (withheldSources.contains(meeting.sourceFile())) {
            ctx.header("Vary", "Authorization");
            ctx.header("Cache-Control", "private, no-store");
            if (!closedAccess.allows(ctx)) {
                throw new io.javalin.http.ForbiddenResponse("Kildefilen til mødet " + meeting.id() + " indeholder "
                        + "lukkede punkter og vises derfor ikke. Læs mødet i arkivet, hvor de lukkede punkters "
                        + "tekst er udeladt.", Map.of(ErrorHandlers.CODE, "source_has_closed_items"));
            }
        }
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw gone(meeting);
        }
        String name = file.getFileName().toString();
        String extension = name.contains(".") ? name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT) : "";
        String type = MEDIA_TYPES.getOrDefault(extension, "application/octet-stream");
        if (type.equals("text/plain") || type.equals("text/html")) {
            type += "; charset=" + charset(bytes);
        }
        if (type.startsWith("text/html")) {
            ctx.header("Content-Security-Policy", HTML_SANDBOX);
        }
        boolean shown = !type.startsWith("application/octet-stream") && !type.startsWith("application/vnd");
        // RFC 6266: an ASCII fallback name, and the real one (æøå) in filename*
        ctx.header("Content-Disposition", (shown ? "inline" : "attachment") + "; filename=\""
                + name.replaceAll("[^\\x20-\\x7e]|[\"\\\\]", "_") + "\"; filename*=UTF-8''"
                + URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20"));
        ctx.contentType(type).result(bytes);
    }

    /** The meeting's file inside the corpus folder; 404 when there is none (or it would lie outside the folder). */
    private Path file(Meeting meeting) throws IOException {
        if (folder == null || meeting.sourceFile() == null || meeting.sourceFile().isBlank()) {
            throw gone(meeting);
        }
        Path root = folder.toRealPath();
        Path candidate = root.resolve(meeting.sourceFile()).normalize();
        if (!candidate.startsWith(root) || !Files.isRegularFile(candidate)) {
            throw gone(meeting);
        }
        // a link inside the folder must not lead out of it
        if (!candidate.toRealPath().startsWith(root)) {
            throw gone(meeting);
        }
        return candidate;
    }

    private static io.javalin.http.NotFoundResponse gone(Meeting meeting) {
        return ErrorHandlers.notFound("source_not_found", "Kildefilen til mødet " + meeting.id()
                + " findes ikke længere i arkivets mappe.");
    }

    /** The charset the archive read a text file with, so the browser shows it as the archive did. */
    private static String charset(byte[] bytes) {
        try {
            return new TextDecoder().decode(bytes).charset().name();
        } catch (TextDecoder.NotTextException e) {
            return StandardCharsets.UTF_8.name();
        }
    }
}
