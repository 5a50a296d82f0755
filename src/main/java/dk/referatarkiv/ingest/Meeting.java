package dk.referatarkiv.ingest;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One meeting's minutes, as read from one file. All metadata comes from the text (or, for the municipality, from the
 * corpus folder's setting when the text does not say), never from the file name.
 *
 * @param id           stable, readable id: municipality, body and ISO date, e.g. {@code soenderby-kommunalbestyrelsen-2024-03-12}
 *                     ({@code chefforum-2024-11-20} when the text names no municipality)
 * @param municipality the municipality, e.g. {@code Albertslund}; empty when unknown
 * @param body         the body that met, e.g. {@code Chefforum}; empty when the text does not say
 * @param date         the meeting date, or null when the text does not say
 * @param startTime    the start time, or null
 * @param endTime      the end time, or null
 * @param place        the meeting place as written, or empty
 * @param participants the persons the header names, in order, with party, role and attendance
 * @param items        the agenda items in order
 * @param sourceFile   the file name the minutes came from (for messages and provenance only)
 * @param headerLines  the header fields and attendance sentences as the text writes them, in text order, so that
 *                     an answer can quote the minutes rather than the parsed values
 * @param headerSource the text before the first agenda item as written (title lines, header; not the table of
 *                     contents), lines joined by {@code \n}; empty when the whole text is one item
 */
public record Meeting(String id, String municipality, String body, LocalDate date, LocalTime startTime,
                      LocalTime endTime, String place, List<Participant> participants, List<AgendaItem> items,
                      String sourceFile, List<HeaderLine> headerLines, String headerSource) {
    public Meeting {
        participants = List.copyOf(participants);
        items = List.copyOf(items);
        headerLines = headerLines == null ? List.of() : List.copyOf(headerLines);
        headerSource = headerSource == null ? "" : headerSource;
    }

    /** A meeting without its header as written (built by hand, or by a reader that keeps none). */
    public Meeting(String id, String municipality, String body, LocalDate date, LocalTime startTime, LocalTime endTime,
                   String place, List<Participant> participants, List<AgendaItem> items, String sourceFile) {
        this(id, municipality, body, date, startTime, endTime, place, participants, items, sourceFile, List.of(), "");
    }

    /**
     * A fact of the meeting as the minutes write it.
     *
     * @param field the header field it gives, or null for an attendance sentence ("Ib Lund deltog ikke i
     *              mødet.") and other lines that give several
     * @param label the label as written ("Mødested", "Fraværende"), or empty when the line has none
     * @param value the value as written (lines joined with a newline), or empty for a sentence
     * @param text  the whole text it stands in, label and value, as written (whitespace collapsed within lines)
     */
    public record HeaderLine(MinutesLexicon.HeaderField field, String label, String value, String text) {
    }

    /** A participant's entry in {@link #headerText()}: the text there and its offsets (end exclusive). */
    public record HeaderEntry(Participant participant, String text, int start, int end) {
    }

    /**
     * The header as text: {@code Mødested: ...}, {@code Mødedeltagere: Name (Role), ...} and {@code Fraværende: ...},
     * the lines it has; empty when the header lists none of them.
     */
    public String headerText() {
        return header(new ArrayList<>());
    }

    /**
     * Where each participant stands in {@link #headerText()}, in participant order: the text of item 0 that the
     * archive indexes and cites, so evidence from the participant list can point into it.
     */
    public List<HeaderEntry> headerEntries() {
        List<HeaderEntry> entries = new ArrayList<>();
        header(entries);
        return List.copyOf(entries);
    }

    /** Builds the header text, adding the entry of every participant to {@code entries} (in participant order). */
    private String header(List<HeaderEntry> entries) {
        List<Integer> present = new ArrayList<>();
        List<Integer> absent = new ArrayList<>();
        for (int i = 0; i < participants.size(); i++) {
            (participants.get(i).presence() == Participant.Presence.ABSENT ? absent : present).add(i);
        }
        StringBuilder text = new StringBuilder();
        if (!place.isEmpty()) {
            text.append("Mødested: ").append(place);
        }
        HeaderEntry[] placed = new HeaderEntry[participants.size()];
        line(text, "Mødedeltagere: ", present, placed);
        line(text, "Fraværende: ", absent, placed);
        entries.addAll(List.of(placed));
        return text.toString();
    }

    /** Appends one labelled line of participants (by index), recording where each entry stands. */
    private void line(StringBuilder text, String label, List<Integer> listed, HeaderEntry[] placed) {
        if (listed.isEmpty()) {
            return;
        }
        if (!text.isEmpty()) {
            text.append('\n');
        }
        text.append(label);
        boolean first = true;
        for (int i : listed) {
            Participant p = participants.get(i);
            String entry = p.role().isEmpty() ? p.name() : p.name() + " (" + p.role() + ")";
            if (!p.party().isEmpty()) {
                entry = entry + " (" + p.party() + ")";
            }
            if (!first) {
                text.append(", ");
            }
            first = false;
            int start = text.length();
            text.append(entry);
            placed[i] = new HeaderEntry(p, entry, start, text.length());
        }
    }

    /** The item with the given number. */
    public Optional<AgendaItem> item(int number) {
        return items.stream().filter(i -> i.number() == number).findFirst();
    }
}
