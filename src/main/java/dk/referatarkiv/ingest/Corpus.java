package dk.referatarkiv.ingest;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The minutes of one corpus directory, parsed. Immutable and thread-safe.
 *
 * @param meetings    the meetings, newest first (undated last)
 * @param reports     one report per file, in file-name order
 * @param fingerprint a hash of every file's name and bytes: equal fingerprints mean an identical corpus
 * @param closedTexts the texts of closed items, kept apart from the meetings (whose closed items have no text):
 *                    for the index writer only
 */
public record Corpus(List<Meeting> meetings, List<FileReport> reports, String fingerprint, ClosedTexts closedTexts) {

    public static final Comparator<Meeting> NEWEST_FIRST = Comparator.comparing(Meeting::date,
            Comparator.nullsLast(Comparator.<LocalDate>reverseOrder())).thenComparing(Meeting::id);

    public Corpus {
        meetings = meetings.stream().sorted(NEWEST_FIRST).toList();
        reports = List.copyOf(reports);
        closedTexts = closedTexts == null ? ClosedTexts.none() : closedTexts;
    }

    /** A corpus without closed texts. */
    public Corpus(List<Meeting> meetings, List<FileReport> reports, String fingerprint) {
        this(meetings, reports, fingerprint, ClosedTexts.none());
    }

    /** This corpus without the meetings with these ids (their file reports unchanged); the fingerprint is kept. */
    public Corpus without(Set<String> meetingIds) {
        return new Corpus(meetings.stream().filter(m -> !meetingIds.contains(m.id())).toList(), reports, fingerprint,
                closedTexts.without(meetingIds));
    }

    /**
     * This corpus without the meetings that failed a later stage, each one's file reported as
     * {@link FileReport.Status#FAILED} with its reason (meeting id → reason). The fingerprint is kept: it names the
     * files, whatever became of them.
     */
    public Corpus withFailures(Map<String, String> reasons) {
        Corpus left = without(reasons.keySet());
        // Item counts by meeting id, made once: a file's report looks up its meetings here, not in the whole corpus.
        Map<String, Integer> itemsOf = new HashMap<>();
        left.meetings().forEach(m -> itemsOf.put(m.id(), m.items().size()));
        List<FileReport> updated = reports.stream()
                .map(r -> r.meetingIds().stream().noneMatch(reasons::containsKey) ? r
                        : r.failed(reasons, r.meetingIds().stream().filter(id -> !reasons.containsKey(id))
                                .mapToInt(id -> itemsOf.getOrDefault(id, 0)).sum()))
                .toList();
        return new Corpus(left.meetings(), updated, fingerprint, left.closedTexts());
    }

    public Optional<Meeting> meeting(String id) {
        return meetings.stream().filter(m -> m.id().equals(id)).findFirst();
    }

    /**
     * The files that hold a closed item, under any of the meetings read from them (a file may hold two): such a file
     * as published would show text the archive keeps from ordinary readers. One pass over the archive; callers keep
     * the set for the archive's version.
     */
    public Set<String> sourcesWithClosedItems() {
        return meetings.stream().filter(m -> m.items().stream().anyMatch(AgendaItem::closed))
                .map(Meeting::sourceFile).collect(java.util.stream.Collectors.toUnmodifiableSet());
    }

    public int itemCount() {
        return meetings.stream().mapToInt(m -> m.items().size()).sum();
    }
}
