package dk.referatarkiv.cli;

import dk.referatarkiv.testing.TestData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** An index built from one corpus folder is never silently replaced by another's. */
class IndexOwnershipTest {

    private static final PrintStream QUIET = new PrintStream(OutputStream.nullOutputStream());

    @TempDir
    Path tmp;

    @Test
    void anotherCorpusFolderNeedsRebuild() throws IOException {
        Path first = TestData.corpusOf(tmp.resolve("first"), "fixtures/layouts/udvalg.txt");
        Path second = TestData.corpusOf(tmp.resolve("second"), "fixtures/layouts/plain.txt");
        Path index = tmp.resolve("index");
        try (OpenArchive a = OpenArchive.open(new OpenArchive.Locations(first, index, TestData.MODELS), false, QUIET)) {
            assertEquals(1, a.corpus().meetings().size());
        }
        IOException refused = assertThrows(IOException.class,
                () -> OpenArchive.open(new OpenArchive.Locations(second, index, TestData.MODELS), false, QUIET));
        assertTrue(refused.getMessage().contains("--rebuild") && refused.getMessage().contains("first"),
                refused.getMessage());
        // the refused opening released the index: the first corpus still opens it, current
        try (OpenArchive a = OpenArchive.open(new OpenArchive.Locations(first, index, TestData.MODELS), false, QUIET)) {
            assertEquals("oekonomiudvalget-2020-06-24", a.corpus().meetings().get(0).id());
        }
        try (OpenArchive b = OpenArchive.open(new OpenArchive.Locations(second, index, TestData.MODELS), false, true,
                QUIET)) {
            assertEquals("chefforum-2025-03-05", b.corpus().meetings().get(0).id());
        }
    }
}
