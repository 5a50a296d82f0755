package dk.referatarkiv.web;

import io.javalin.http.Context;
import io.javalin.http.UnauthorizedResponse;

import java.util.Map;

/**
 * Decides whether a request may read the text of closed items: only one that carries
 * {@code Authorization: Bearer <token>} with the closed-items token the server was started with. Without a
 * configured token nobody may (the default), and the header is not looked at. A request without the header is
 * answered as any other; one with a wrong token is refused ({@code 401}), so a client learns its token is wrong
 * rather than silently getting less. Thread-safe (immutable).
 */
public final class ClosedItemAccess {

    /** No token configured: closed items' text is never served. */
    public static final ClosedItemAccess OFF = new ClosedItemAccess(null);

    private final BearerToken token;
    private final ReaderAccess readers;

    /** @param token the bearer token; null or blank switches access off */
    public ClosedItemAccess(String token) {
        this(token, ReaderAccess.OPEN);
    }

    /**
     * @param token   the bearer token; null or blank switches access off
     * @param readers the archive's reader token: a request that carries it (and not this one) is an ordinary reader,
     *                not one with a wrong closed-items token
     */
    public ClosedItemAccess(String token, ReaderAccess readers) {
        this.token = BearerToken.of(token);
        this.readers = readers;
    }

    public boolean enabled() {
        return token != null;
    }

    /**
     * True when the request carries the closed-items token; false when access is off or the request carries no
     * token.
     *
     * @throws UnauthorizedResponse when access is on and the request carries another token
     */
    boolean allows(Context ctx) {
        if (token == null) {
            return false;
        }
        String header = ctx.header("Authorization");
        if (header == null || header.isBlank()) {
            return false;
        }
        byte[] given = BearerToken.sent(ctx);
        if (token.matches(given)) {
            return true;
        }
        if (readers.isReaderToken(given)) {
            return false; // an ordinary reader of a protected archive
        }
        ctx.header("WWW-Authenticate", "Bearer");
        throw new UnauthorizedResponse("Teksten til lukkede punkter kræver et gyldigt token.",
                Map.of(ErrorHandlers.CODE, "unauthorized"));
    }
}
