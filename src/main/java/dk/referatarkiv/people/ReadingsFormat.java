package dk.referatarkiv.people;

import dk.referatarkiv.ingest.Participant;
import dk.referatarkiv.internal.CacheFiles;
import dk.referatarkiv.internal.CacheFiles.StringsIn;
import dk.referatarkiv.internal.CacheFiles.StringsOut;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The binary form of {@link People.Readings}: every role assertion, attendance, activity and mention with its
 * evidence. Sentences repeat (a header is the evidence of each of its participants) and go through the string table,
 * so each is written, and read back, once. Stateless; the string table belongs to the caller's stream.
 */
public final class ReadingsFormat {

    private static final int MAX_COUNT = 1 << 26;
    private static final long NO_DATE = Long.MIN_VALUE;

    private ReadingsFormat() {
    }

    /** A writer of one value of a list. */
    @FunctionalInterface
    private interface Writer<T> {
        void write(T value) throws IOException;
    }

    /** A reader of one value of a list. */
    @FunctionalInterface
    private interface Reader<T> {
        T read() throws IOException;
    }

    public static void write(DataOutputStream out, People.Readings readings, StringsOut strings) throws IOException {
        writeList(out, readings.assertions(), a -> {
            strings.write(out, a.personId());
            strings.write(out, a.personName());
            strings.write(out, a.role());
            strings.write(out, a.roleAsWritten());
            strings.write(out, a.organisation());
            writeDate(out, a.validFrom());
            writeDate(out, a.validTo());
            out.writeByte(a.status().ordinal());
            out.writeByte(a.kind().ordinal());
            out.writeBoolean(a.inferred());
            writeEvidence(out, a.evidence(), strings);
        });
        writeList(out, readings.attendances(), a -> {
            strings.write(out, a.personId());
            strings.write(out, a.personName());
            strings.write(out, a.municipality());
            out.writeBoolean(a.municipalityInferred());
            strings.write(out, a.body());
            strings.write(out, a.role());
            strings.write(out, a.roleAsWritten());
            strings.write(out, a.party());
            out.writeByte(a.presence() == null ? 0 : a.presence().ordinal() + 1);
            strings.write(out, a.note());
            writeEvidence(out, a.evidence(), strings);
        });
        writeList(out, readings.activities(), a -> {
            strings.write(out, a.personId());
            strings.write(out, a.personName());
            strings.write(out, a.verb());
            writeEvidence(out, a.evidence(), strings);
        });
        writeList(out, readings.mentions(), m -> {
            strings.write(out, m.personId());
            writeEvidence(out, m.evidence(), strings);
        });
    }

    public static People.Readings read(DataInputStream in, StringsIn strings) throws IOException {
        RoleAssertion.Status[] statuses = RoleAssertion.Status.values();
        RoleAssertion.Kind[] kinds = RoleAssertion.Kind.values();
        Participant.Presence[] presences = Participant.Presence.values();
        List<RoleAssertion> assertions = readList(in, () -> new RoleAssertion(strings.read(in), strings.read(in),
                strings.read(in), strings.read(in), strings.read(in), readDate(in), readDate(in),
                statuses[in.readUnsignedByte()], kinds[in.readUnsignedByte()], in.readBoolean(),
                readEvidence(in, strings)));
        List<Attendance> attendances = readList(in, () -> {
            String personId = strings.read(in);
            String personName = strings.read(in);
            String municipality = strings.read(in);
            boolean inferred = in.readBoolean();
            String body = strings.read(in);
            String role = strings.read(in);
            String roleAsWritten = strings.read(in);
            String party = strings.read(in);
            int presence = in.readUnsignedByte();
            return new Attendance(personId, personName, municipality, inferred, body, role, roleAsWritten, party,
                    presence == 0 ? null : presences[presence - 1], strings.read(in), readEvidence(in, strings));
        });
        List<Activity> activities = readList(in, () -> new Activity(strings.read(in), strings.read(in),
                strings.read(in), readEvidence(in, strings)));
        List<People.Mention> mentions = readList(in, () -> new People.Mention(strings.read(in),
                readEvidence(in, strings)));
        return new People.Readings(assertions, attendances, activities, mentions);
    }

    private static <T> void writeList(DataOutputStream out, List<T> values, Writer<T> writer) throws IOException {
        CacheFiles.writeVarInt(out, values.size());
        for (T value : values) {
            writer.write(value);
        }
    }

    private static <T> List<T> readList(DataInputStream in, Reader<T> reader) throws IOException {
        int n = CacheFiles.readCount(in, MAX_COUNT);
        List<T> values = new ArrayList<>(Math.min(n, 1 << 16));
        for (int i = 0; i < n; i++) {
            values.add(reader.read());
        }
        return values;
    }

    private static void writeEvidence(DataOutputStream out, Evidence e, StringsOut strings) throws IOException {
        strings.write(out, e.meetingId());
        writeDate(out, e.meetingDate());
        out.writeInt(e.item());
        strings.write(out, e.section());
        strings.write(out, e.text());
        out.writeInt(e.start());
        out.writeInt(e.end());
    }

    private static Evidence readEvidence(DataInputStream in, StringsIn strings) throws IOException {
        return new Evidence(strings.read(in), readDate(in), in.readInt(), strings.read(in), strings.read(in),
                in.readInt(), in.readInt());
    }

    private static void writeDate(DataOutputStream out, LocalDate date) throws IOException {
        out.writeLong(date == null ? NO_DATE : date.toEpochDay());
    }

    private static LocalDate readDate(DataInputStream in) throws IOException {
        long day = in.readLong();
        return day == NO_DATE ? null : LocalDate.ofEpochDay(day);
    }
}
