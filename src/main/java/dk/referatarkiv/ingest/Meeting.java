package dk.referatarkiv.ingest;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;

/**
 * One meeting's minutes, as read from one file. All metadata comes from the text, never from the file name.
 *
 * @param id           stable, readable id: body slug + ISO date, e.g. {@code chefforum-2024-11-20}
 * @param body         the body that met, e.g. {@code Chefforum}; empty when the text does not say
 * @param date         the meeting date, or null when the text does not say
 * @param startTime    the start time, or null
 * @param place        the meeting place as written, or empty
 * @param participants the participants listed in the header, in order
 * @param items        the agenda items in order
 * @param sourceFile   the file name the minutes came from (for messages and provenance only)
 */
public record Meeting(String id, String body, LocalDate date, LocalTime startTime, String place,
                      List<Participant> participants, List<AgendaItem> items, String sourceFile) {
    public Meeting {
        participants = List.copyOf(participants);
        items = List.copyOf(items);
    }

    /**
     * The header as text: {@code Mødested: ...} and {@code Mødedeltagere: Name (Role), ...}, the lines it has;
     * empty when the header lists neither.
     */
    public String headerText() {
        List<String> lines = new java.util.ArrayList<>();
        if (!place.isEmpty()) {
            lines.add("Mødested: " + place);
        }
        if (!participants.isEmpty()) {
            lines.add("Mødedeltagere: " + String.join(", ", participants.stream()
                    .map(p -> p.role().isEmpty() ? p.name() : p.name() + " (" + p.role() + ")").toList()));
        }
        return String.join("\n", lines);
    }

    /** The item with the given number. */
    public Optional<AgendaItem> item(int number) {
        return items.stream().filter(i -> i.number() == number).findFirst();
    }
}
