package dk.referatarkiv.internal;

import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The program's build is told from the directory or the jar its classes come from, the same each time it is asked. */
class CodeIdentityTest {

    @Test
    void aDirectoryAndAJarEachHaveTheirOwnStableIdentity() {
        Optional<String> classes = CodeIdentity.of(CodeIdentity.class); // target/classes in a test run
        Optional<String> jar = CodeIdentity.of(Test.class);            // the JUnit jar
        assertTrue(classes.isPresent());
        assertTrue(jar.isPresent());
        assertEquals(classes, CodeIdentity.of(CodeIdentity.class));
        assertEquals(jar, CodeIdentity.of(Test.class));
        assertNotEquals(classes, jar);
    }

    @Test
    void codeWithoutASourceHasNone() {
        assertEquals(Optional.empty(), CodeIdentity.of(String.class));
    }
}
