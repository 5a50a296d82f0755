package dk.referatarkiv.eval;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class GoldTsvTest {

    @TempDir
    Path tmp;

    @Test
    void skipsHeaderCommentsAndBlankLinesAndKeepsLineNumbers() throws IOException {
        Path tsv = write("# a comment\nid\tquery\trelevant\n\nq1\tbudget\t2024-01-17#2\nq2\tnetværk\t\n");
        List<GoldTsv.Row> rows = GoldTsv.read(tsv, "id", 2, "id<TAB>query");
        assertEquals(2, rows.size());
        assertEquals(4, rows.get(0).line());
        assertEquals("2024-01-17#2", rows.get(0).column(2));
        assertEquals("", rows.get(1).column(2), "an empty trailing column");
        assertEquals("", rows.get(1).column(7), "a column past the end");
    }

    @Test
    void aRowMissingARequiredColumnNamesFileAndLine() throws IOException {
        Path tsv = write("id\tquery\trelevant\nq1\tbudget\t2024-01-17#2\nq2\t\t2024-01-17#3\n");
        IOException e = assertThrows(IOException.class, () -> GoldTsv.read(tsv, "id", 3, "id<TAB>query<TAB>relevant"));
        assertTrue(e.getMessage().endsWith("gold.tsv:3: expected id<TAB>query<TAB>relevant"), e.getMessage());
    }

    private Path write(String text) throws IOException {
        return Files.writeString(tmp.resolve("gold.tsv"), text);
    }
}
