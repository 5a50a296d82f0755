package dk.referatarkiv.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The inputs of {@code bench scale}: the questions asked once each, and the words of a search query string. */
class ScaleBenchmarkTest {

    @TempDir
    Path dir;

    @Test
    void questionsThatTheAnswerCacheWouldTakeForOneAreAskedOnce() throws IOException {
        Path dev = Files.writeString(dir.resolve("dev.tsv"), "id\tquestion\ttype\n"
                + "d1\tHvem er kommunaldirektør?\tPERSON\nd2\thvem er  kommunaldirektør\tPERSON\n");
        Path other = Files.writeString(dir.resolve("rw.tsv"), "id\tfile\tquestion\n"
                + "r1\t001.txt\tHvornår mødes byrådet?\nr2\t002.txt\tHVEM ER KOMMUNALDIREKTØR!\n");
        assertEquals(List.of("Hvem er kommunaldirektør?", "Hvornår mødes byrådet?"),
                ScaleBenchmark.questions(List.of(dev, dir.resolve("absent.tsv"), other)));
        Path bad = Files.writeString(dir.resolve("bad.tsv"), "id\ttext\nx\ty\n");
        assertThrows(IOException.class, () -> ScaleBenchmark.questions(List.of(bad)));
    }

    /**
     * More warm-up questions: the warm-up ones with their years one earlier, none that the answer cache takes for one of
     * them or of the timed ones (a moved question that is one of those is left out, as is one without a year).
     */
    @Test
    void moreWarmupQuestionsAreTheWarmupOnesWithTheirYearsMoved() {
        assertEquals(List.of("Hvem var formand i maj 2018?", "Hvad kostede budget 2024 i 2023?"),
                ScaleBenchmark.yearsMoved(List.of("Hvem var formand i maj 2019?", "Hvem er borgmester?",
                        "Hvad kostede budget 2025 i 2024?", "Hvornår mødtes udvalget i 2021?"),
                        List.of("hvornår mødtes udvalget i 2020")));
    }

    @Test
    void thePlainReferenceSearchesTheWordsOfTheQueryString() {
        assertEquals("fire dages arbejdsuge", ScaleBenchmark.userQuery("q=fire+dages+arbejdsuge"));
        assertEquals("\"målplaner\"", ScaleBenchmark.userQuery("q=%22m%C3%A5lplaner%22&sort=date"));
        assertEquals("budget", ScaleBenchmark.userQuery("from=2024-01-01&q=budget&size=5"));
        assertEquals("", ScaleBenchmark.userQuery("section=Beslutning"));
    }
}
