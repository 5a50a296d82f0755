package dk.referatarkiv.web;

import io.javalin.http.Context;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Map;

/**
 * The optional reader token for the whole archive: when the server is started with one, every request for archive
 * data — the JSON API, exports, feeds and the calendar — needs it, as {@code Authorization: Bearer <token>} or in the
 * cookie {@value #COOKIE} that the front-end sets after asking for it once. The pages and their scripts stay open
 * (they hold no archive data), and so does {@code /api/health} for monitoring; uploads have a token of their own.
 * Without a configured token ({@link #OPEN}) nothing is checked.
 */
public final class ReaderAccess {

    /** No reader token: the archive is open to whoever reaches the server. */
    public static final ReaderAccess OPEN = new ReaderAccess(null);
    /** The cookie the front-end keeps the token in (same site only, this server's paths). */
    public static final String COOKIE = "referatarkiv_token";

    private final byte[] token;
    /** The closed-items token: whoever may read closed items' text may read the rest of the archive. */
    private final byte[] closedToken;

    /** @param token the reader token; null or blank leaves the archive open */
    public ReaderAccess(String token) {
        this(token, null);
    }

    /**
     * @param token       the reader token; null or blank leaves the archive open
     * @param closedToken the closed-items token, accepted as a reader token too; null or blank for none
     */
    public ReaderAccess(String token, String closedToken) {
        this.token = bytes(token);
        this.closedToken = bytes(closedToken);
    }

    private static byte[] bytes(String token) {
        return token == null || token.isBlank() ? null : token.strip().getBytes(StandardCharsets.UTF_8);
    }

    /** Whether {@code given} is the reader token (constant time). */
    boolean isReaderToken(byte[] given) {
        return token != null && MessageDigest.isEqual(given, token);
    }

    public boolean required() {
        return token != null;
    }

    /** A before-handler: refuses a request for archive data without the token with 401 JSON. */
    void check(Context ctx) {
        if (token == null || !protectedPath(ctx.path())) {
            return;
        }
        // constant-time comparison: the time taken says nothing about how much of the token was right
        byte[] given = given(ctx);
        if (MessageDigest.isEqual(given, token) || closedToken != null && MessageDigest.isEqual(given, closedToken)) {
            return;
        }
        ctx.header("WWW-Authenticate", "Bearer realm=\"Referatarkiv\"");
        throw new io.javalin.http.UnauthorizedResponse("Arkivet kræver et læsetoken. Angiv det, du har fået af "
                + "arkivets administrator.", Map.of(ErrorHandlers.CODE, "reader_token_required"));
    }

    static boolean protectedPath(String path) {
        if (path.equals("/api/health") || path.equals("/api/documents") || path.startsWith("/api/documents/")) {
            return false;
        }
        return path.startsWith("/api/") || path.equals("/api") || path.equals("/feed") || path.equals("/kalender.ics");
    }

    private static byte[] given(Context ctx) {
        String header = ctx.header("Authorization");
        if (header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return header.substring(7).strip().getBytes(StandardCharsets.UTF_8);
        }
        String cookie = ctx.cookie(COOKIE);
        return cookie == null ? new byte[0] : java.net.URLDecoder.decode(cookie, StandardCharsets.UTF_8)
                .strip().getBytes(StandardCharsets.UTF_8);
    }
}
