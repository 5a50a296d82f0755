package dk.referatarkiv.internal;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.security.MessageDigest;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * Which build of the program is running: a digest of the code a class was loaded from. Stored results that were
 * computed by the code itself (not by a cache of one stage with its own version number) are keyed by it, so that a
 * new build never serves what an older one computed, and nobody has to remember to bump a version.
 *
 * <p>From a jar (the packaged program, its dependencies inside) the digest is of every entry's name, size and CRC,
 * which the jar's central directory holds: a few milliseconds, without reading the 46 MB. From a directory of classes
 * (tests, a development run) it is of every file's bytes and of the class path, which names the dependencies'
 * versions. Stateless.
 */
public final class CodeIdentity {

    private CodeIdentity() {
    }

    /** The digest of the code {@code anchor} was loaded from; empty when that cannot be told (then nothing is trusted). */
    public static Optional<String> of(Class<?> anchor) {
        try {
            CodeSource source = anchor.getProtectionDomain().getCodeSource();
            if (source == null || source.getLocation() == null) {
                return Optional.empty();
            }
            return of(Path.of(source.getLocation().toURI()));
        } catch (URISyntaxException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** The digest of the code in a jar or a directory of classes; empty when it is neither or cannot be read. */
    static Optional<String> of(Path location) {
        try {
            MessageDigest digest = Sha256.newDigest();
            if (Files.isDirectory(location)) {
                digestDirectory(location, digest);
                digest.update(System.getProperty("java.class.path", "").getBytes(StandardCharsets.UTF_8));
            } else if (Files.isRegularFile(location)) {
                digestJar(location, digest);
            } else {
                return Optional.empty();
            }
            return Optional.of(HexFormat.of().formatHex(digest.digest()));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private static void digestJar(Path jar, MessageDigest digest) throws IOException {
        try (JarFile file = new JarFile(jar.toFile())) {
            List<JarEntry> entries = file.stream().sorted(Comparator.comparing(JarEntry::getName)).toList();
            for (JarEntry e : entries) {
                digest.update((e.getName() + '\u0000' + e.getSize() + '\u0000' + e.getCrc() + '\n')
                        .getBytes(StandardCharsets.UTF_8));
            }
        }
    }

    private static void digestDirectory(Path root, MessageDigest digest) throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(root)) {
            files = walk.filter(Files::isRegularFile).sorted().toList();
        }
        byte[] buffer = new byte[1 << 16];
        for (Path f : files) {
            digest.update((root.relativize(f).toString() + '\u0000').getBytes(StandardCharsets.UTF_8));
            try (InputStream in = Files.newInputStream(f)) {
                for (int n; (n = in.read(buffer)) > 0; ) {
                    digest.update(buffer, 0, n);
                }
            }
        }
    }
}
