package dk.referatarkiv.ingest;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

/** The header facts collected while the top of a minutes file is read. Mutable; used by one parse only. */
public final class MeetingHeader {
    String body = "";
    LocalDate date;
    int dateLine;
    LocalTime startTime;
    String place = "";
    final List<Participant> participants = new ArrayList<>();

    public void body(String body) {
        this.body = body.strip();
    }

    /** Sets the date; a second, different date is a conflict the caller reports. Returns false on conflict. */
    public boolean date(LocalDate date, int line) {
        if (this.date != null && !this.date.equals(date)) {
            return false;
        }
        this.date = date;
        this.dateLine = line;
        return true;
    }

    public LocalDate date() {
        return date;
    }

    public void startTime(LocalTime time) {
        this.startTime = time;
    }

    public void place(String place) {
        this.place = place.strip();
    }

    public void addParticipant(Participant participant) {
        participants.add(participant);
    }
}
