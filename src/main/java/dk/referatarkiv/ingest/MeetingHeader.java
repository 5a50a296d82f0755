package dk.referatarkiv.ingest;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

/**
 * The header facts collected while a meeting's text is read. Date and body are chosen among scored candidates
 * (a labelled field beats a title line, which beats a decision heading), so the order in which the text gives them
 * does not matter. Mutable; used by one parse only.
 */
public final class MeetingHeader {
    String body = "";
    int bodyScore;
    LocalDate date;
    int dateScore;
    int dateLine;
    LocalTime startTime;
    LocalTime endTime;
    String place = "";
    int placeScore;
    String municipality = "";
    /** Scores from which two different dates are a contradiction worth a warning. */
    static final int STRONG = 4;
    /** Strong date candidates that disagreed with the date chosen at the time, with their line. */
    final List<DateCandidate> conflicts = new ArrayList<>();

    /** A date offered for the meeting and the line it stands on. */
    record DateCandidate(LocalDate date, int line) {
    }
    final List<Participant> participants = new ArrayList<>();
    /** The header fields and attendance sentences as written, in the order read. */
    final List<Meeting.HeaderLine> lines = new ArrayList<>();

    /** Offers a body name with a credibility score; the highest score (then the first offered) wins. */
    public void body(String candidate, int score) {
        String name = candidate.strip();
        if (!name.isEmpty() && score > bodyScore) {
            this.body = name;
            this.bodyScore = score;
        }
    }

    /** Offers a meeting date with a credibility score; the highest score (then the first offered) wins. */
    public void date(LocalDate candidate, int line, int score) {
        if (candidate != null && date != null && !candidate.equals(date) && Math.min(score, dateScore) >= STRONG) {
            conflicts.add(new DateCandidate(candidate, line));
        }
        if (candidate != null && score > dateScore) {
            this.date = candidate;
            this.dateLine = line;
            this.dateScore = score;
        }
    }

    public LocalDate date() {
        return date;
    }

    public void startTime(LocalTime time) {
        if (this.startTime == null) {
            this.startTime = time;
        }
    }

    public void endTime(LocalTime time) {
        if (this.endTime == null) {
            this.endTime = time;
        }
    }

    public void place(String place) {
        place(place, HeaderReader.LABELLED);
    }

    /** Offers a meeting place with a credibility score; the highest score (then the first offered) wins. */
    public void place(String candidate, int score) {
        String value = candidate.strip();
        if (!value.isEmpty() && score > placeScore) {
            this.place = value;
            this.placeScore = score;
        }
    }

    /** Keeps a header field or attendance sentence as the text writes it. */
    void line(MinutesLexicon.HeaderField field, String label, String value, String text) {
        Meeting.HeaderLine line = new Meeting.HeaderLine(field, label, value.strip(), text.strip());
        if (!line.text().isEmpty() && !lines.contains(line)) {
            lines.add(line);
        }
    }

    public void addParticipant(Participant participant) {
        for (int i = 0; i < participants.size(); i++) {
            Participant known = participants.get(i);
            if (known.name().equalsIgnoreCase(participant.name())) {
                // A second mention refines the first: an absentee listed among the members, a party added.
                participants.set(i, new Participant(known.name(),
                        known.role().isEmpty() ? participant.role() : known.role(),
                        known.party().isEmpty() ? participant.party() : known.party(),
                        participant.presence() == Participant.Presence.PRESENT ? known.presence() : participant.presence(),
                        participant.note().isEmpty() ? known.note() : participant.note()));
                return;
            }
        }
        participants.add(participant);
    }
}
