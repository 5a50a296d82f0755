package dk.referatarkiv.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/**
 * Writes made-up minutes of a made-up municipality (Bakkeby, Teknisk Udvalg) in the labelled committee layout of
 * {@code fixtures/layouts/udvalg.txt}: many meetings, each with items about road maintenance ("vejvedligehold"), so
 * a search has many hits in a known order. Titles hold æøå, a semicolon and quotes, as minutes do, to test exports.
 */
public final class MadeUpMinutes {

    /** The word every made-up item contains. */
    public static final String WORD = "vejvedligehold";
    private static final DateTimeFormatter DANISH = DateTimeFormatter.ofPattern("dd-MM-yyyy");
    private static final LocalDate FIRST = LocalDate.of(2021, 1, 12);

    private MadeUpMinutes() {
    }

    /** The date of the last of {@code meetings} meetings: four weeks apart from 12 January 2021. */
    public static LocalDate lastMeeting(int meetings) {
        return FIRST.plusWeeks(4L * (meetings - 1));
    }

    /**
     * Writes {@code meetings} meetings of {@code items} items each into {@code directory}, the first on 2021-01-12 and
     * then every four weeks, and returns the directory.
     */
    public static Path write(Path directory, int meetings, int items) throws IOException {
        Files.createDirectories(directory);
        LocalDate date = FIRST;
        for (int m = 0; m < meetings; m++, date = date.plusWeeks(4)) {
            StringBuilder text = new StringBuilder("""
                    Bakkeby Kommune

                    Referat

                    Udvalg: Teknisk Udvalg
                    Dato: %s kl. 16:00
                    Sted: Rådhuset, mødesal 1

                    Deltagere:
                    • Åse Ødegård (A)
                    • Bent Krøyer (V)

                    """.formatted(date.format(DANISH)));
            for (int i = 1; i <= items; i++) {
                text.append("""
                        %d. Vejvedligehold; område "Øst %d" på Ærøvej

                        Sagsnr.: 05.01.00-G00-%d-%02d

                        Sagsfremstilling
                        Vejvedligehold af område Øst %d på Ærøvej i %d. Arbejdet omfatter asfalt og fortove.

                        Beslutning i Teknisk Udvalg den %s
                        Godkendt.

                        """.formatted(i, i, m * items + i, date.getYear() % 100, i, date.getYear(), date.format(DANISH)));
            }
            Files.writeString(directory.resolve("bakkeby-teknisk-" + date + ".txt"), text, StandardCharsets.UTF_8);
        }
        return directory;
    }
}
