package dk.referatarkiv.eval;

import dk.referatarkiv.eval.StructureEvaluator.Field;
import dk.referatarkiv.eval.StructureEvaluator.Gold;
import dk.referatarkiv.eval.StructureEvaluator.Outcome;
import dk.referatarkiv.eval.StructureEvaluator.Report;
import dk.referatarkiv.eval.StructureEvaluator.RowResult;
import dk.referatarkiv.ingest.AgendaItem;
import dk.referatarkiv.ingest.Meeting;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class StructureEvaluatorTest {

    private static final LocalDate FIRST_DAY = LocalDate.of(2031, 3, 4);
    private static final LocalDate SECOND_DAY = LocalDate.of(2031, 4, 8);

    @TempDir
    Path tmp;

    @Test
    void aMeetingRightOnEveryFieldIsAllRight() {
        Gold gold = gold("one.txt", FIRST_DAY, "Byrådet", 3, "Godkendelse af dagsorden", "Anlæg af cykelsti ved Hyldebærstien");
        Meeting meeting = meeting("one.txt", FIRST_DAY, "Søby Byråd", 1, "1. Godkendelse af dagsorden",
                "2. Budgetopfølgning", "3. Anlæg af cykelsti ved Hyldebærstien ........ 7");
        Report report = StructureEvaluator.evaluate(List.of(gold), List.of(meeting));
        RowResult row = report.rows().get(0);
        for (Field f : Field.values()) {
            assertEquals(Outcome.RIGHT, row.verdict(f).outcome(), f.label());
        }
        assertTrue(row.allRight());
        assertEquals(new StructureEvaluator.Accuracy(1, 1), report.allRight());
    }

    @Test
    void aTitleRightOnlyLenientlyCountsForTheLenientAccuracyOnly() {
        Gold gold = gold("three.txt", FIRST_DAY, "Økonomiudvalget", 1, "Orientering om kassebeholdning 2029",
                "Orientering om kassebeholdning 2029");
        Meeting meeting = meeting("three.txt", FIRST_DAY, "Økonomiudvalget", 1, "Orientering om kassebeholdning 2029 Sag");
        Report report = StructureEvaluator.evaluate(List.of(gold), List.of(meeting));
        assertEquals(Outcome.LENIENT, report.rows().get(0).verdict(Field.FIRST_TITLE).outcome());
        assertEquals(new StructureEvaluator.Accuracy(0, 1), report.accuracy(Field.FIRST_TITLE, false));
        assertEquals(new StructureEvaluator.Accuracy(1, 1), report.accuracy(Field.FIRST_TITLE, true));
        assertTrue(report.rows().get(0).allRight(), "all right takes titles leniently");
    }

    @Test
    void anEmptyGoldTitleIsNotScored() {
        Gold gold = gold("four.txt", FIRST_DAY, "Byrådet", 3, "", "");
        Report report = StructureEvaluator.evaluate(List.of(gold), List.of(meeting("four.txt", FIRST_DAY, "Byrådet", 1, "a", "b", "c")));
        assertEquals(Outcome.NOT_SCORED, report.rows().get(0).verdict(Field.LAST_TITLE).outcome());
        assertEquals(new StructureEvaluator.Accuracy(0, 0), report.accuracy(Field.FIRST_TITLE, true));
        assertTrue(report.rows().get(0).allRight());
    }

    @Test
    void theLastTitleIsTheLastItemsThatHasOne() {
        // a contents entry whose title the page withholds counts as an item but shows no title
        Gold gold = gold("five.txt", FIRST_DAY, "Byrådet", 3, "Godkendelse af dagsorden", "Salg af areal");
        Report report = StructureEvaluator.evaluate(List.of(gold),
                List.of(meeting("five.txt", FIRST_DAY, "Byrådet", 1, "Godkendelse af dagsorden", "Salg af areal", "")));
        assertEquals(Outcome.RIGHT, report.rows().get(0).verdict(Field.COUNT).outcome());
        assertEquals(Outcome.RIGHT, report.rows().get(0).verdict(Field.LAST_TITLE).outcome());
    }

    @Test
    void twoMeetingsOfOneFilePairByDate() {
        List<Gold> gold = List.of(gold("two.txt", FIRST_DAY, "Byrådet", 3, "", ""),
                gold("two.txt", SECOND_DAY, "Byrådet", 9, "", ""));
        Meeting cancelled = meeting("two.txt", FIRST_DAY, "Byrådet", 1, "a", "b");
        Meeting held = meeting("two.txt", SECOND_DAY, "Byrådet", 20, "a", "b", "c");
        // the corpus lists meetings newest first
        Report report = StructureEvaluator.evaluate(gold, List.of(held, cancelled));
        assertSame(cancelled, report.rows().get(0).meeting());
        assertSame(held, report.rows().get(1).meeting());
    }

    @Test
    void twoMeetingsOfOneFileWithoutTheirDatesPairInFileOrder() {
        List<Gold> gold = List.of(gold("two.txt", FIRST_DAY, "Byrådet", 3, "", ""),
                gold("two.txt", SECOND_DAY, "Byrådet", 9, "", ""));
        Meeting first = meeting("two.txt", null, "Byrådet", 1, "a", "b");
        Meeting second = meeting("two.txt", null, "Byrådet", 20, "a", "b", "c");
        Report report = StructureEvaluator.evaluate(gold, List.of(second, first));
        assertSame(first, report.rows().get(0).meeting());
        assertSame(second, report.rows().get(1).meeting());
        assertEquals(Outcome.WRONG, report.rows().get(0).verdict(Field.DATE).outcome());
        assertEquals("none", report.rows().get(0).verdict(Field.DATE).got());
    }

    @Test
    void aRowWithoutAMeetingIsWrongOnEveryScoredField() {
        List<Gold> gold = List.of(gold("two.txt", FIRST_DAY, "Byrådet", 3, "", ""),
                gold("two.txt", SECOND_DAY, "Byrådet", 9, "Godkendelse af dagsorden", "Eventuelt"),
                gold("five.txt", FIRST_DAY, "Byrådet", 1, "Borgerhenvendelser", "Borgerhenvendelser"));
        Meeting only = meeting("two.txt", FIRST_DAY, "Byrådet", 1, "Godkendelse af dagsorden", "Budgetopfølgning", "Eventuelt");
        Report report = StructureEvaluator.evaluate(gold, List.of(only, meeting("other.txt", FIRST_DAY, "Byrådet", 1, "x")));
        assertTrue(report.rows().get(0).allRight());
        for (RowResult missing : report.rows().subList(1, 3)) {
            assertNull(missing.meeting());
            assertFalse(missing.allRight());
            for (Field f : Field.values()) {
                assertEquals(Outcome.WRONG, missing.verdict(f).outcome(), missing.gold().file() + " " + f.label());
            }
        }
        assertEquals(2, report.missingMeetings());
        assertEquals(0, report.extraMeetings(), "files the gold does not name are ignored");
        assertEquals(new StructureEvaluator.Accuracy(1, 3), report.accuracy(Field.DATE, true));
        assertEquals(new StructureEvaluator.Accuracy(0, 2), report.accuracy(Field.FIRST_TITLE, true));
    }

    @Test
    void readsTheGoldWithEmptyTitlesAndNamesABadRow() throws IOException {
        Path tsv = Files.writeString(tmp.resolve("structure.tsv"),
                "file\tmeeting_date\tbody\titem_count\tfirst_item_title\tlast_item_title\n"
                        + "six.txt\t2030-05-06\tByrådet\t1\t\t\n"
                        + "two.txt\t2031-03-04\tByrådet\t3\tGodkendelse af dagsorden\tEventuelt\n");
        List<Gold> gold = StructureEvaluator.read(tsv);
        assertEquals(List.of(new Gold("six.txt", 2, LocalDate.of(2030, 5, 6), "Byrådet", 1, "", ""),
                new Gold("two.txt", 3, FIRST_DAY, "Byrådet", 3, "Godkendelse af dagsorden", "Eventuelt")), gold);

        Path bad = Files.writeString(tmp.resolve("bad.tsv"), "file\tmeeting_date\tbody\titem_count\none.txt\t26-01-2031\tByrådet\t2\n");
        IOException e = assertThrows(IOException.class, () -> StructureEvaluator.read(bad));
        assertTrue(e.getMessage().contains("bad.tsv:2:"), e.getMessage());
    }

    private static Gold gold(String file, LocalDate date, String body, int count, String first, String last) {
        return new Gold(file, 0, date, body, count, first, last);
    }

    /** A meeting whose items start at {@code firstLine} and follow one a line. */
    private static Meeting meeting(String file, LocalDate date, String body, int firstLine, String... titles) {
        List<AgendaItem> items = new ArrayList<>();
        for (int i = 0; i < titles.length; i++) {
            items.add(new AgendaItem(i + 1, titles[i], titles[i], null, "", "", List.of(), firstLine + i, false));
        }
        return new Meeting(body + "-" + date, "", body, date, null, null, "", List.of(), items, file);
    }
}
