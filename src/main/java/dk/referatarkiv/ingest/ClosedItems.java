package dk.referatarkiv.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Closed items ("Lukket punkt", "LUKKET SAG") keep their number, title and journal number; their text is withheld
 * before anything else reads it, so it is never searchable, quoted in an answer, or mined for names and roles.
 * Minutes sometimes publish a closed item's text by mistake; the archive does not republish it. The text is kept
 * apart, in {@link ClosedTexts}, and only the item API serves it, to a request with the closed-items token.
 */
final class ClosedItems {

    private ClosedItems() {
    }

    /**
     * The meeting with every closed item's text withheld; a warning per item whose text was withheld, and its text
     * put into {@code kept} (key {@link ClosedTexts#key}).
     */
    static Meeting withhold(Meeting meeting, List<IngestProblem> problems, Map<String, String> kept) {
        if (meeting.items().stream().noneMatch(i -> i.closed() && !i.titleOnly())) {
            return meeting;
        }
        List<AgendaItem> items = new ArrayList<>(meeting.items().size());
        for (AgendaItem item : meeting.items()) {
            if (item.closed() && !item.titleOnly()) {
                items.add(new AgendaItem(item.number(), item.rawTitle(), item.title(), item.journalNumber(), "", "",
                        List.of(), item.line(), true));
                kept.put(ClosedTexts.key(meeting.id(), item.number()), text(item));
                problems.add(IngestProblem.warning(meeting.sourceFile(), item.line(),
                        "item " + item.number() + " is closed: its text is withheld"));
            } else {
                items.add(item);
            }
        }
        return new Meeting(meeting.id(), meeting.municipality(), meeting.body(), meeting.date(), meeting.startTime(),
                meeting.endTime(), meeting.place(), meeting.participants(), items, meeting.sourceFile(),
                meeting.headerLines(), meeting.headerSource());
    }

    /** The item's sections as the minutes write them: each heading on its own line, then its text or attachments. */
    static String text(AgendaItem item) {
        StringBuilder text = new StringBuilder();
        for (Section s : item.sections()) {
            if (!text.isEmpty()) {
                text.append("\n\n");
            }
            if (!s.heading().isBlank()) {
                text.append(s.heading()).append('\n');
            }
            text.append(s.attachments().isEmpty() ? s.text().strip() : String.join("\n", s.attachments()));
        }
        return text.toString().strip();
    }
}
