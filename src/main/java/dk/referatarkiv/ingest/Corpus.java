package dk.referatarkiv.ingest;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The minutes of one corpus directory, parsed. Immutable and thread-safe.
 *
 * @param meetings    the meetings, newest first (undated last)
 * @param reports     one report per file, in file-name order
 * @param fingerprint a hash of every file's name and bytes: equal fingerprints mean an identical corpus
 */
public record Corpus(List<Meeting> meetings, List<FileReport> reports, String fingerprint) {

    public static final Comparator<Meeting> NEWEST_FIRST = Comparator.comparing(Meeting::date,
            Comparator.nullsLast(Comparator.<LocalDate>reverseOrder())).thenComparing(Meeting::id);

    public Corpus {
        meetings = meetings.stream().sorted(NEWEST_FIRST).toList();
        reports = List.copyOf(reports);
    }

    public Optional<Meeting> meeting(String id) {
        return meetings.stream().filter(m -> m.id().equals(id)).findFirst();
    }

    public int itemCount() {
        return meetings.stream().mapToInt(m -> m.items().size()).sum();
    }
}
