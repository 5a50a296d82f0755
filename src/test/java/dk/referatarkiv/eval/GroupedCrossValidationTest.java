package dk.referatarkiv.eval;

import dk.referatarkiv.qa.Answer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * The fold bookkeeping on a tiny synthetic table: three municipalities, three grid values, made so that the in-sample
 * best value (0.6, carried by A alone) is wrong for every held-out municipality and the cross-validated score is 0.
 */
class GroupedCrossValidationTest {

    private static final List<List<Double>> GRID = List.of(List.of(0.4), List.of(0.5), List.of(0.6));
    private static final List<String> GROUPS = List.of("A", "A", "A", "A", "B", "B", "C", "C");
    /** Right-and-cited per grid value (rows) and question (columns, in GROUPS order). */
    private static final boolean[][] RIGHT = {
            {false, false, false, false, true, true, true, false},   // 0.4: A 0/4, B 2/2, C 1/2
            {false, false, false, false, true, false, true, true},   // 0.5: A 0/4, B 1/2, C 2/2
            {true, true, true, true, false, false, false, false},    // 0.6: A 4/4, B 0/2, C 0/2
    };

    @TempDir
    Path tmp;

    @Test
    void choosesPerFoldOnTheOtherGroupsOnly() {
        GroupedCrossValidation.Result cv = GroupedCrossValidation.leaveOneGroupOut(table(RIGHT), List.of(0.5));
        // without A, 0.4 and 0.5 tie at 3 of 4 and the preferred value wins; with A it would be 0.6
        assertEquals(List.of(new GroupedCrossValidation.Fold("A", List.of(0.5), 0.75, 4),
                new GroupedCrossValidation.Fold("B", List.of(0.6), 4 / 6.0, 2),
                new GroupedCrossValidation.Fold("C", List.of(0.6), 4 / 6.0, 2)), cv.folds());
        assertEquals(0.0, QaEvaluator.answerAndCitation(cv.heldOut()), "every held-out group scored at another's best");
        assertEquals(2, GroupedCrossValidation.choose(table(RIGHT), i -> true, List.of(0.5)), "in-sample, 0.6 is best (4 of 8)");
    }

    @Test
    void neverReadsTheHeldOutOutcomes() {
        // the held-out group's outcomes are absent (null): reading one would throw
        List<List<QaEvaluator.Outcome>> outcomes = outcomes(RIGHT);
        outcomes.forEach(row -> {
            for (int i = 0; i < 4; i++) {
                row.set(i, null);
            }
        });
        GroupedCrossValidation.Table blind = new GroupedCrossValidation.Table(GRID, GROUPS, outcomes);
        assertEquals(1, GroupedCrossValidation.choose(blind, i -> !GROUPS.get(i).equals("A"), List.of(0.5)));
    }

    @Test
    void tiesGoToThePreferredValueThenTheLower() {
        boolean[][] flat = new boolean[3][GROUPS.size()];
        assertEquals(2, GroupedCrossValidation.choose(table(flat), i -> true, List.of(0.6)));
        assertEquals(0, GroupedCrossValidation.choose(table(flat), i -> true, List.of(0.45)));
    }

    @Test
    void choosesAPointOfTwoParameters() {
        // two parameters: the point nearest the preferred one wins a tie, and the folds name their point
        List<List<Double>> grid = List.of(List.of(0.3, 0.3), List.of(0.3, 0.6), List.of(0.5, 0.6));
        boolean[][] flat = new boolean[3][GROUPS.size()];
        GroupedCrossValidation.Table t = new GroupedCrossValidation.Table(grid, GROUPS, outcomes(flat));
        assertEquals(1, GroupedCrossValidation.choose(t, i -> true, List.of(0.35, 0.55)));
        assertEquals("  0.30/0.60 (3 folds): A, B, C\n".replace("\n", System.lineSeparator()),
                GroupedCrossValidation.thresholds(GroupedCrossValidation.leaveOneGroupOut(t, List.of(0.35, 0.55)).folds()));
    }

    @Test
    void aPointPrintsThresholdsWithTwoDecimalsAndCountsWhole() {
        assertEquals("0.30/0.40/20", GroupedCrossValidation.point(List.of(0.3, 0.4, 20.0)));
        assertEquals("0.70/1.00", GroupedCrossValidation.point(List.of(0.7, 1.0)));
    }

    @Test
    void aTableMissingOutcomesIsRefused() {
        assertThrows(IllegalArgumentException.class,
                () -> new GroupedCrossValidation.Table(GRID, GROUPS, outcomes(RIGHT).subList(0, 2)));
    }

    @Test
    void readsTheMunicipalityOfEachFileFromTheManifest() throws IOException {
        Path manifest = Files.writeString(tmp.resolve("MANIFEST.tsv"), "file\tmunicipality\tbody\n"
                + "001.txt\tSønderby\tByrådet\n002.txt\tNordby\tByrådet\n");
        assertEquals(Map.of("001.txt", "Sønderby", "002.txt", "Nordby"), GroupedCrossValidation.municipalities(manifest));
        Path bad = Files.writeString(tmp.resolve("BAD.tsv"), "file\tmunicipality\n003.txt\n");
        assertThrows(IOException.class, () -> GroupedCrossValidation.municipalities(bad));
    }

    private static GroupedCrossValidation.Table table(boolean[][] right) {
        return new GroupedCrossValidation.Table(GRID, GROUPS, outcomes(right));
    }

    private static List<List<QaEvaluator.Outcome>> outcomes(boolean[][] right) {
        List<List<QaEvaluator.Outcome>> rows = new ArrayList<>();
        for (boolean[] row : right) {
            List<QaEvaluator.Outcome> outcomes = new ArrayList<>();
            for (int i = 0; i < row.length; i++) {
                QaEvaluator.Case c = new QaEvaluator.Case("q" + i, "Hvem?", "PERSON", List.of("x"), java.util.Set.of(), "x",
                        GROUPS.get(i) + ".txt");
                outcomes.add(new QaEvaluator.Outcome(c, Answer.none("Hvem?", List.of()), row[i], row[i]));
            }
            rows.add(outcomes);
        }
        return rows;
    }
}
