package dk.referatarkiv.web;

import io.javalin.http.Context;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/**
 * A token the server was started with (upload, reader, closed items), and the check of the one a request sends as
 * {@code Authorization: Bearer <token>}. The comparison takes constant time, so the time taken says nothing about
 * how much of a guess was right. Immutable.
 */
final class BearerToken {

    private final byte[] token;

    private BearerToken(byte[] token) {
        this.token = token;
    }

    /** The configured token, or null for none (null or blank). */
    static BearerToken of(String token) {
        return token == null || token.isBlank() ? null : new BearerToken(token.strip().getBytes(StandardCharsets.UTF_8));
    }

    /** Whether {@code given} is this token. */
    boolean matches(byte[] given) {
        return MessageDigest.isEqual(given, token);
    }

    /** What the request sends as a bearer token; empty when it sends none. */
    static byte[] sent(Context ctx) {
        String header = ctx.header("Authorization");
        return header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)
                ? header.substring(7).strip().getBytes(StandardCharsets.UTF_8) : new byte[0];
    }

    /** Whether {@code token}, which may be null (none configured), is configured and equals {@code given}. */
    static boolean matches(BearerToken token, byte[] given) {
        return token != null && token.matches(given);
    }
}
