package dk.referatarkiv.ingest;

import java.util.List;

/**
 * The layouts the parser knows, tried in order. To support minutes from another system, add a layout here built
 * from {@link Recognizers}; nothing else changes.
 */
public final class Layouts {

    private Layouts() {
    }

    /**
     * Albertslund's minutes export (Chefforum and others), plain text or markdown: a {@code REFERAT <body> d. DD-MM-YYYY}
     * title, {@code Mødedato}, {@code Mødested}, {@code Mødedeltagere Name (Role), ...}, a table of contents, and items
     * headed {@code Punkt N: title}.
     */
    public static final Layout REFERAT = new Layout(
            "referat",
            Recognizers.firstLinesMatch("^(REFERAT\\s+.+\\s(d\\.|den)\\s*\\d{1,2}-\\d{1,2}-\\d{4}$|Mødedato\\b)", 12),
            List.of(
                    Recognizers.titleLine("REFERAT|DAGSORDEN"),
                    Recognizers.labelled("Mødedato", Recognizers.DATE_AND_TIME),
                    Recognizers.labelled("Mødested", Recognizers.PLACE),
                    Recognizers.labelled("Mødedeltagere|Deltagere", Recognizers.PARTICIPANT_LIST)),
            Recognizers.punktHeading(),
            Recognizers.standardSections(List.of()));

    /**
     * Committee minutes with labelled header fields ({@code Udvalg:}, {@code Dato:}, {@code Sted:}), participants as a
     * bullet list ({@code • Name (Party)}), items numbered {@code 1. Title}, and decision headings naming the body and
     * date ({@code Beslutning i Økonomiudvalget den 24-06-2020}).
     */
    public static final Layout UDVALG = new Layout(
            "udvalg",
            Recognizers.firstLinesMatch("^Udvalg\\s*:", 12),
            List.of(
                    Recognizers.labelled("Udvalg", Recognizers.BODY),
                    Recognizers.labelled("Dato|Mødedato", Recognizers.DATE_AND_TIME),
                    Recognizers.labelled("Sted|Mødested", Recognizers.PLACE),
                    Recognizers.bulletList("Deltagere|Medlemmer|Til stede", true),
                    Recognizers.bulletList("Fraværende|Afbud", false)),
            Recognizers.numberedHeading(),
            Recognizers.standardSections(List.of("Resumé", "Resume", "Sagsbeskrivelse", "Økonomi", "Økonomiske konsekvenser")));

    public static final List<Layout> ALL = List.of(REFERAT, UDVALG);
}
