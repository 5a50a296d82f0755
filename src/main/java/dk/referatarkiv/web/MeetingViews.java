package dk.referatarkiv.web;

import dk.referatarkiv.ingest.AgendaItem;
import dk.referatarkiv.ingest.JournalNumber;
import dk.referatarkiv.ingest.Meeting;
import dk.referatarkiv.ingest.Participant;
import dk.referatarkiv.ingest.Section;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/** The JSON shapes of the meeting endpoints. */
final class MeetingViews {

    private MeetingViews() {
    }

    record MeetingSummary(String id, String body, LocalDate date, String place, int itemCount) {
        static MeetingSummary of(Meeting m) {
            return new MeetingSummary(m.id(), m.body(), m.date(), m.place(), m.items().size());
        }
    }

    record ItemSummary(int number, String title, String journalNumber) {
        static ItemSummary of(AgendaItem item) {
            return new ItemSummary(item.number(), item.title(), raw(item.journalNumber()));
        }
    }

    record MeetingDetail(String id, String body, LocalDate date, LocalTime time, String place,
                         List<Participant> participants, List<ItemSummary> items, String sourceFile) {
        static MeetingDetail of(Meeting m) {
            return new MeetingDetail(m.id(), m.body(), m.date(), m.startTime(), m.place(), m.participants(),
                    m.items().stream().map(ItemSummary::of).toList(), m.sourceFile());
        }
    }

    record SectionView(String kind, String name, String heading, String text, List<String> attachments) {
        static SectionView of(Section s) {
            return new SectionView(s.kind().key(), s.displayName(), s.heading(), s.text(), s.attachments());
        }
    }

    record ItemDetail(String meetingId, LocalDate meetingDate, String body, int number, String title, String rawTitle,
                      JournalNumber journalNumber, String recommender, String timeAllotment,
                      List<SectionView> sections) {
        static ItemDetail of(Meeting m, AgendaItem item) {
            return new ItemDetail(m.id(), m.date(), m.body(), item.number(), item.title(), item.rawTitle(),
                    item.journalNumber(), item.recommender(), item.timeAllotment(),
                    item.sections().stream().map(SectionView::of).toList());
        }
    }

    private static String raw(JournalNumber journalNumber) {
        return journalNumber == null ? null : journalNumber.raw();
    }
}
