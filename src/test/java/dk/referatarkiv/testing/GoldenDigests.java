package dk.referatarkiv.testing;

import dk.referatarkiv.internal.Sha256;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Optional;
import java.util.Properties;

/**
 * Digests of what a stage makes of fixed input, recorded under the stage's version in a test resource
 * ({@code golden/*.properties}), so that a change to its output fails a test until the version is bumped: the
 * version is what keeps a cache or an index of the old output from being served as current.
 */
public final class GoldenDigests {

    private GoldenDigests() {
    }

    public static String hex(MessageDigest digest) {
        return HexFormat.of().formatHex(digest.digest());
    }

    /** The SHA-256 of a file's bytes, in hex. */
    public static String of(Path file) throws IOException {
        return HexFormat.of().formatHex(Sha256.newDigest().digest(Files.readAllBytes(file)));
    }

    /**
     * What is wrong when {@code made} is not the digest recorded under {@code key} in {@code resource}: none recorded,
     * or another one, with what to do ({@code bump}: which version to change and what that does); empty when it is.
     */
    public static Optional<String> mismatch(String resource, String key, String made, String bump) {
        Properties golden = new Properties();
        try (InputStream in = GoldenDigests.class.getResourceAsStream(resource)) {
            if (in == null) {
                return Optional.of("no " + resource);
            }
            golden.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String recorded = golden.getProperty(key);
        if (recorded == null) {
            return Optional.of("no digest recorded for " + key + " in " + resource + "; what is made now gives " + made);
        }
        if (!recorded.equals(made)) {
            return Optional.of("what is made changed under " + key + ": " + bump + ", and record the new digest "
                    + made + " under the new version in " + resource + " (never change a recorded one)");
        }
        return Optional.empty();
    }
}
