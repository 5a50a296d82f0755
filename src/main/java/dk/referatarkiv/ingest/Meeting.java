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
 * @param id           stable, readable id: municipality, body and ISO date, e.g. {@code faaborg-midtfyn-kommunalbestyrelsen-2019-10-08}
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
 */
public record Meeting(String id, String municipality, String body, LocalDate date, LocalTime startTime,
                      LocalTime endTime, String place, List<Participant> participants, List<AgendaItem> items,
                      String sourceFile) {
    public Meeting {
        participants = List.copyOf(participants);
        items = List.copyOf(items);
    }

    /**
     * The header as text: {@code Mødested: ...}, {@code Mødedeltagere: Name (Role), ...} and {@code Fraværende: ...},
     * the lines it has; empty when the header lists none of them.
     */
    public String headerText() {
        List<String> lines = new ArrayList<>();
        if (!place.isEmpty()) {
            lines.add("Mødested: " + place);
        }
        List<String> present = new ArrayList<>();
        List<String> absent = new ArrayList<>();
        for (Participant p : participants) {
            String label = p.role().isEmpty() ? p.name() : p.name() + " (" + p.role() + ")";
            if (!p.party().isEmpty()) {
                label = label + " (" + p.party() + ")";
            }
            if (p.presence() == Participant.Presence.ABSENT) {
                absent.add(label);
            } else {
                present.add(label);
            }
        }
        if (!present.isEmpty()) {
            lines.add("Mødedeltagere: " + String.join(", ", present));
        }
        if (!absent.isEmpty()) {
            lines.add("Fraværende: " + String.join(", ", absent));
        }
        return String.join("\n", lines);
    }

    /** The item with the given number. */
    public Optional<AgendaItem> item(int number) {
        return items.stream().filter(i -> i.number() == number).findFirst();
    }
}
