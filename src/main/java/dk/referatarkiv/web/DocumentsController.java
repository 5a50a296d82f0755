package dk.referatarkiv.web;

import dk.referatarkiv.ingest.FileReport;
import io.javalin.http.Context;
import io.javalin.http.UploadedFile;

import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * {@code POST /api/documents} (multipart, field {@code fil}: one minutes file in any supported format) and
 * {@code DELETE /api/documents/{name}}, for the secretariat. Both need {@code Authorization: Bearer <token>} with
 * the token the server was started with; without a configured token they are switched off. A file the archive
 * cannot read is answered with its ingest report and changes nothing.
 */
public final class DocumentsController {

    /** Upload and delete switched off (no token configured). */
    public static final DocumentsController DISABLED = new DocumentsController(null, null, 0);

    /** The multipart field that carries the file. */
    static final String FIELD = "fil";
    private static final Set<String> EXTENSIONS = Set.of("txt", "md", "pdf", "docx", "html", "htm");
    /** A plain file name: no folders, no leading dot, no control characters. */
    private static final Pattern NAME = Pattern.compile("^[^./\\\\\\p{Cntrl}][^/\\\\\\p{Cntrl}]{0,199}$");

    private final DocumentStore store;
    private final BearerToken token;
    private final long maxBytes;

    /**
     * @param token    the bearer token; null or blank switches uploads off
     * @param maxBytes the largest file accepted
     */
    public DocumentsController(DocumentStore store, String token, long maxBytes) {
        this.store = store;
        this.token = BearerToken.of(token);
        this.maxBytes = maxBytes;
    }

    void upload(Context ctx) throws IOException {
        authorise(ctx);
        String declared = ctx.header("Content-Length");
        if (declared != null && declared.matches("\\d{1,18}") && Long.parseLong(declared) > maxBytes + 64 * 1024) {
            throw tooLarge();
        }
        UploadedFile file = ctx.uploadedFile(FIELD);
        if (file == null) {
            throw ErrorHandlers.badRequest("missing_file",
                    "Send referatet som multipart/form-data i feltet '" + FIELD + "'.");
        }
        String name = checkedName(file.filename());
        if (file.size() > maxBytes) {
            throw tooLarge();
        }
        byte[] content;
        try (InputStream in = file.content()) {
            content = in.readNBytes((int) Math.min(maxBytes + 1, Integer.MAX_VALUE - 8));
        }
        if (content.length > maxBytes) {
            throw tooLarge();
        }
        FileReport report = store.add(name, content);
        if (report.status() != FileReport.Status.INDEXED) {
            ctx.status(422).json(Map.of("error", "unreadable_document",
                    "message", "Filen '" + name + "' kunne ikke læses som referat og er ikke lagt i arkivet.",
                    "report", report));
            return;
        }
        ctx.status(201).json(report);
    }

    void delete(Context ctx) throws IOException {
        authorise(ctx);
        String name = checkedName(ctx.pathParam("name"));
        if (!store.remove(name)) {
            throw ErrorHandlers.notFound("unknown_document", "Arkivet har ingen fil med navnet '" + name + "'.");
        }
        ctx.json(Map.of("deleted", name));
    }

    private void authorise(Context ctx) {
        if (token == null) {
            throw new io.javalin.http.ForbiddenResponse(
                    "Upload og sletning er slået fra på denne server (der er ikke sat et token).",
                    Map.of(ErrorHandlers.CODE, "documents_disabled"));
        }
        if (!token.matches(BearerToken.sent(ctx))) {
            ctx.header("WWW-Authenticate", "Bearer");
            throw new io.javalin.http.UnauthorizedResponse("Upload og sletning kræver et gyldigt token.",
                    Map.of(ErrorHandlers.CODE, "unauthorized"));
        }
    }

    private static String checkedName(String name) {
        if (name == null || !NAME.matcher(name).matches()) {
            throw ErrorHandlers.badRequest("invalid_name",
                    "Filnavnet skal være et almindeligt navn uden mapper, fx 'byraadet-2024-05-13.pdf'.");
        }
        int dot = name.lastIndexOf('.');
        String extension = dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
        if (!EXTENSIONS.contains(extension)) {
            throw new io.javalin.http.HttpResponseException(415,
                    "Filtypen understøttes ikke; brug .txt, .md, .pdf, .docx eller .html.",
                    Map.of(ErrorHandlers.CODE, "unsupported_type"));
        }
        return name;
    }

    private io.javalin.http.HttpResponseException tooLarge() {
        return new io.javalin.http.HttpResponseException(413,
                "Filen er for stor; grænsen er " + maxBytes / (1024 * 1024) + " MB.",
                Map.of(ErrorHandlers.CODE, "too_large"));
    }
}
