package dk.referatarkiv.ingest;

import dk.referatarkiv.ingest.extract.DocumentFormat;
import dk.referatarkiv.internal.CacheFiles;
import dk.referatarkiv.internal.CacheFiles.StringsIn;
import dk.referatarkiv.internal.CacheFiles.StringsOut;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

import static dk.referatarkiv.internal.CacheFiles.readCount;
import static dk.referatarkiv.internal.CacheFiles.readNullable;
import static dk.referatarkiv.internal.CacheFiles.writeNullable;
import static dk.referatarkiv.internal.CacheFiles.writeVarInt;

/**
 * The binary form of a {@link ParsedFile} (a parsed file or the reason it was skipped) in {@link ParseCache}: every
 * field of its meetings, items, sections, participants and header lines, field by field. Short repeated strings go
 * through the stream's string table, texts are written as they are. A new field in one of those records needs a line
 * here on both sides and a new {@link ParseCache#FORMAT_VERSION}. Stateless; the string tables belong to the caller's
 * stream.
 */
final class ParsedFileFormat {

    /** No list in a minutes file comes near this; a larger count is a corrupt file. */
    private static final int MAX_COUNT = 1 << 20;

    private ParsedFileFormat() {
    }

    static void write(DataOutputStream out, ParsedFile file, StringsOut strings) throws IOException {
        if (file.error() != null) {
            throw new IllegalArgumentException("a failed parse is not cached: " + file.name());
        }
        out.writeBoolean(file.skipped() != null);
        if (file.skipped() != null) {
            CacheFiles.writeString(out, file.skipReason());
            return;
        }
        strings.write(out, file.format().name());
        strings.write(out, file.charset().name());
        writeStrings(out, file.extractionWarnings(), strings);
        ParsedMinutes minutes = file.minutes();
        strings.write(out, minutes.layout());
        writeVarInt(out, minutes.warnings().size());
        for (IngestProblem p : minutes.warnings()) {
            writeProblem(out, p, strings);
        }
        writeVarInt(out, minutes.meetings().size());
        for (Meeting m : minutes.meetings()) {
            writeMeeting(out, m, strings);
        }
    }

    static ParsedFile read(DataInputStream in, String name, StringsIn strings) throws IOException {
        if (in.readBoolean()) {
            return ParsedFile.skipped(FileReport.skipped(name, CacheFiles.readString(in)));
        }
        DocumentFormat format = DocumentFormat.valueOf(strings.read(in));
        Charset charset = Charset.forName(strings.read(in));
        List<String> extractionWarnings = readStrings(in, strings);
        String layout = strings.read(in);
        int warningCount = readCount(in, MAX_COUNT);
        List<IngestProblem> warnings = new ArrayList<>(warningCount);
        for (int i = 0; i < warningCount; i++) {
            warnings.add(readProblem(in, strings));
        }
        int meetingCount = readCount(in, MAX_COUNT);
        List<Meeting> meetings = new ArrayList<>(meetingCount);
        for (int i = 0; i < meetingCount; i++) {
            meetings.add(readMeeting(in, strings));
        }
        return new ParsedFile(name, format, charset, extractionWarnings, new ParsedMinutes(meetings, layout, warnings),
                null, null);
    }

    private static void writeProblem(DataOutputStream out, IngestProblem p, StringsOut strings) throws IOException {
        out.writeByte(p.severity().ordinal());
        strings.write(out, p.file());
        out.writeInt(p.line());
        writeNullable(out, p.message());
    }

    private static IngestProblem readProblem(DataInputStream in, StringsIn strings) throws IOException {
        IngestProblem.Severity severity = IngestProblem.Severity.values()[in.readUnsignedByte()];
        return new IngestProblem(severity, strings.read(in), in.readInt(), readNullable(in));
    }

    private static void writeMeeting(DataOutputStream out, Meeting m, StringsOut strings) throws IOException {
        strings.write(out, m.id());
        strings.write(out, m.municipality());
        strings.write(out, m.body());
        CacheFiles.writeDate(out, m.date());
        writeTime(out, m.startTime());
        writeTime(out, m.endTime());
        strings.write(out, m.place());
        writeVarInt(out, m.participants().size());
        for (Participant p : m.participants()) {
            strings.write(out, p.name());
            strings.write(out, p.role());
            strings.write(out, p.party());
            out.writeByte(p.presence().ordinal());
            strings.write(out, p.note());
        }
        writeVarInt(out, m.items().size());
        for (AgendaItem item : m.items()) {
            writeItem(out, item, strings);
        }
        strings.write(out, m.sourceFile());
        writeVarInt(out, m.headerLines().size());
        for (Meeting.HeaderLine line : m.headerLines()) {
            out.writeByte(line.field() == null ? -1 : line.field().ordinal());
            strings.write(out, line.label());
            writeNullable(out, line.value());
            writeNullable(out, line.text());
        }
        writeNullable(out, m.headerSource());
    }

    private static Meeting readMeeting(DataInputStream in, StringsIn strings) throws IOException {
        String id = strings.read(in);
        String municipality = strings.read(in);
        String body = strings.read(in);
        LocalDate date = CacheFiles.readDate(in);
        LocalTime start = readTime(in);
        LocalTime end = readTime(in);
        String place = strings.read(in);
        int participantCount = readCount(in, MAX_COUNT);
        List<Participant> participants = new ArrayList<>(participantCount);
        for (int i = 0; i < participantCount; i++) {
            participants.add(new Participant(strings.read(in), strings.read(in), strings.read(in),
                    Participant.Presence.values()[in.readUnsignedByte()], strings.read(in)));
        }
        int itemCount = readCount(in, MAX_COUNT);
        List<AgendaItem> items = new ArrayList<>(itemCount);
        for (int i = 0; i < itemCount; i++) {
            items.add(readItem(in, strings));
        }
        String sourceFile = strings.read(in);
        int lineCount = readCount(in, MAX_COUNT);
        List<Meeting.HeaderLine> lines = new ArrayList<>(lineCount);
        MinutesLexicon.HeaderField[] fields = MinutesLexicon.HeaderField.values();
        for (int i = 0; i < lineCount; i++) {
            byte field = in.readByte();
            lines.add(new Meeting.HeaderLine(field < 0 ? null : fields[field], strings.read(in), readNullable(in),
                    readNullable(in)));
        }
        return new Meeting(id, municipality, body, date, start, end, place, participants, items, sourceFile, lines,
                readNullable(in));
    }

    private static void writeItem(DataOutputStream out, AgendaItem item, StringsOut strings) throws IOException {
        out.writeInt(item.number());
        writeNullable(out, item.rawTitle());
        writeNullable(out, item.title());
        JournalNumber j = item.journalNumber();
        out.writeBoolean(j != null);
        if (j != null) {
            strings.write(out, j.raw());
            strings.write(out, j.emne());
            strings.write(out, j.facet());
            out.writeInt(j.sequence());
            out.writeInt(j.year());
        }
        strings.write(out, item.recommender());
        strings.write(out, item.timeAllotment());
        writeVarInt(out, item.sections().size());
        for (Section s : item.sections()) {
            out.writeByte(s.kind().ordinal());
            strings.write(out, s.heading());
            writeNullable(out, s.text());
            writeStrings(out, s.attachments(), strings);
            out.writeInt(s.line());
        }
        out.writeInt(item.line());
        out.writeBoolean(item.closed());
    }

    private static AgendaItem readItem(DataInputStream in, StringsIn strings) throws IOException {
        int number = in.readInt();
        String rawTitle = readNullable(in);
        String title = readNullable(in);
        JournalNumber journal = in.readBoolean() ? new JournalNumber(strings.read(in), strings.read(in),
                strings.read(in), in.readInt(), in.readInt()) : null;
        String recommender = strings.read(in);
        String timeAllotment = strings.read(in);
        int sectionCount = readCount(in, MAX_COUNT);
        List<Section> sections = new ArrayList<>(sectionCount);
        SectionKind[] kinds = SectionKind.values();
        for (int i = 0; i < sectionCount; i++) {
            SectionKind kind = kinds[in.readUnsignedByte()];
            sections.add(new Section(kind, strings.read(in), readNullable(in), readStrings(in, strings), in.readInt()));
        }
        return new AgendaItem(number, rawTitle, title, journal, recommender, timeAllotment, sections, in.readInt(),
                in.readBoolean());
    }

    private static void writeTime(DataOutputStream out, LocalTime time) throws IOException {
        out.writeLong(time == null ? -1 : time.toNanoOfDay());
    }

    private static LocalTime readTime(DataInputStream in) throws IOException {
        long nanos = in.readLong();
        return nanos < 0 ? null : LocalTime.ofNanoOfDay(nanos);
    }

    private static void writeStrings(DataOutputStream out, List<String> list, StringsOut strings) throws IOException {
        writeVarInt(out, list.size());
        for (String s : list) {
            strings.write(out, s);
        }
    }

    private static List<String> readStrings(DataInputStream in, StringsIn strings) throws IOException {
        int n = readCount(in, MAX_COUNT);
        List<String> list = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            list.add(strings.read(in));
        }
        return list;
    }
}
