package dk.referatarkiv.ingest;

import java.util.ArrayList;
import java.util.List;

/**
 * Closed items ("Lukket punkt", "LUKKET SAG") keep their number, title and journal number; their text is withheld
 * before anything else reads it, so it is never indexed, served, quoted in an answer, or mined for names and roles.
 * Minutes sometimes publish a closed item's text by mistake; the archive does not republish it.
 */
final class ClosedItems {

    private ClosedItems() {
    }

    /** The meeting with every closed item's text withheld; a warning per item whose text was dropped. */
    static Meeting withhold(Meeting meeting, List<IngestProblem> problems) {
        if (meeting.items().stream().noneMatch(i -> i.closed() && !i.titleOnly())) {
            return meeting;
        }
        List<AgendaItem> items = new ArrayList<>(meeting.items().size());
        for (AgendaItem item : meeting.items()) {
            if (item.closed() && !item.titleOnly()) {
                items.add(new AgendaItem(item.number(), item.rawTitle(), item.title(), item.journalNumber(), "", "",
                        List.of(), item.line(), true));
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
}
