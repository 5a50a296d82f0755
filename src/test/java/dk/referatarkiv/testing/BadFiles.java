package dk.referatarkiv.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Bad input files that are generated rather than committed: too large to keep in the repository, or bytes that an
 * editor would "fix". The small bad files are under {@code src/test/resources/fixtures/bad/}.
 */
public final class BadFiles {

    private static final String[] WORDS = {"kommunen", "budget", "borgerne", "skal", "have", "bedre", "service",
            "og", "afdelingen", "drøfter", "forslaget", "med", "chefforum", "om", "indsatsen", "for", "ældre",
            "børn", "unge", "i", "Albertslund", "næste", "år"};

    private BadFiles() {
    }

    /** {@code count} Danish words on one line, separated by single spaces, without any punctuation. */
    public static String runOnLine(int count) {
        StringBuilder line = new StringBuilder(count * 8);
        for (int i = 0; i < count; i++) {
            if (i > 0) {
                line.append(' ');
            }
            line.append(WORDS[(i * 7 + i / WORDS.length) % WORDS.length]);
        }
        return line.toString();
    }

    /**
     * A minutes file (the layout of {@code fixtures/layouts/udvalg.txt}) whose one item's text is a single line of
     * 50,000 words without punctuation: a table or list flattened by a bad export.
     */
    public static Path runOnMinutes(Path directory, String name) throws IOException {
        String text = "Referat\n\nUdvalg: Økonomiudvalget\nDato: 03-03-2021 kl. 17:00\n\n1. Orientering om budgettet\n\n"
                + "Sagsfremstilling\n"
                + runOnLine(50_000) + "\n\nBeslutning\nTaget til efterretning.\n";
        return Files.writeString(directory.resolve(name), text, StandardCharsets.UTF_8);
    }
}
