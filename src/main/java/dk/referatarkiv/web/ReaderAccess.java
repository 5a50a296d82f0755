package dk.referatarkiv.web;

import io.javalin.http.Context;

import java.nio.charset.StandardCharsets;
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

    private final BearerToken token;
    /** The closed-items token: whoever may read closed items' text may read the rest of the archive. */
    private final BearerToken closedToken;

    /** @param token the reader token; null or blank leaves the archive open */
    public ReaderAccess(String token) {
        this(token, null);
    }

    /**
     * @param token       the reader token; null or blank leaves the archive open
     * @param closedToken the closed-items token, accepted as a reader token too; null or blank for none
     */
    public ReaderAccess(String token, String closedToken) {
        this.token = BearerToken.of(token);
        this.closedToken = BearerToken.of(closedToken);
    }

    /** Whether {@code given} is the reader token (constant time). */
    boolean isReaderToken(byte[] given) {
        return BearerToken.matches(token, given);
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
        if (token.matches(given) || BearerToken.matches(closedToken, given)) {
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

    /** The bearer token, else the cookie's. */
    private static byte[] given(Context ctx) {
        byte[] bearer = BearerToken.sent(ctx);
        if (bearer.length > 0) {
            return bearer;
        }
        String cookie = ctx.cookie(COOKIE);
        return cookie == null ? new byte[0] : java.net.URLDecoder.decode(cookie, StandardCharsets.UTF_8)
                .strip().getBytes(StandardCharsets.UTF_8);
    }
}
