package dk.referatarkiv.internal;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The program's build is told from the directory or the jar its classes come from: the same each time it is asked,
 * another when one byte of one class is another.
 */
class CodeIdentityTest {

    @TempDir
    Path tmp;

    @Test
    void theRunningCodeHasAStableIdentity() {
        Optional<String> classes = CodeIdentity.of(CodeIdentity.class); // target/classes in a test run
        Optional<String> jar = CodeIdentity.of(Test.class);            // the JUnit jar
        assertTrue(classes.isPresent());
        assertTrue(jar.isPresent());
        assertEquals(classes, CodeIdentity.of(CodeIdentity.class));
        assertEquals(jar, CodeIdentity.of(Test.class));
        assertNotEquals(classes, jar);
    }

    @Test
    void oneChangedByteOfAClassIsAnotherBuild() throws IOException {
        Path classes = Files.createDirectories(tmp.resolve("classes/dk/x"));
        Files.write(classes.resolve("A.class"), new byte[] {1, 2, 3});
        Files.write(classes.resolve("B.class"), new byte[] {4, 5, 6});
        Optional<String> before = CodeIdentity.of(tmp.resolve("classes"));
        assertEquals(before, CodeIdentity.of(tmp.resolve("classes")));
        Files.write(classes.resolve("B.class"), new byte[] {4, 5, 7});
        assertNotEquals(before, CodeIdentity.of(tmp.resolve("classes")));

        Optional<String> jar = CodeIdentity.of(jar(tmp.resolve("a.jar"), new byte[] {4, 5, 6}));
        assertEquals(jar, CodeIdentity.of(jar(tmp.resolve("b.jar"), new byte[] {4, 5, 6})), "the same entries");
        assertNotEquals(jar, CodeIdentity.of(jar(tmp.resolve("c.jar"), new byte[] {4, 5, 7})));
    }

    @Test
    void codeWithoutASourceHasNone() {
        assertEquals(Optional.empty(), CodeIdentity.of(String.class));
        assertEquals(Optional.empty(), CodeIdentity.of(tmp.resolve("missing.jar")));
    }

    private static Path jar(Path file, byte[] classBytes) throws IOException {
        try (OutputStream bytes = Files.newOutputStream(file); JarOutputStream jar = new JarOutputStream(bytes)) {
            jar.putNextEntry(new JarEntry("dk/x/B.class"));
            jar.write(classBytes);
            jar.closeEntry();
        }
        return file;
    }
}
