package dk.referatarkiv.people;

import dk.referatarkiv.ingest.Participant;
import dk.referatarkiv.internal.CacheFiles;
import dk.referatarkiv.internal.CacheFiles.StringsIn;
import dk.referatarkiv.internal.CacheFiles.StringsOut;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.List;

/**
 * The binary form of {@link People.Readings}: every role assertion, attendance, activity and mention with its
 * evidence. Sentences repeat (a header is the evidence of each of its participants) and go through the string table,
 * so each is written, and read back, once. Stateless; the string table belongs to the caller's stream.
 */
public final class ReadingsFormat {

    private static final int MAX_COUNT = 1 << 26;

    private ReadingsFormat() {
    }

    public static void write(DataOutputStream out, People.Readings readings, StringsOut strings) throws IOException {
        CacheFiles.writeList(out, readings.assertions(), a -> {
            strings.write(out, a.personId());
            strings.write(out, a.personName());
            strings.write(out, a.role());
            strings.write(out, a.roleAsWritten());
            strings.write(out, a.organisation());
            CacheFiles.writeDate(out, a.validFrom());
            CacheFiles.writeDate(out, a.validTo());
            out.writeByte(a.status().ordinal());
            out.writeByte(a.kind().ordinal());
            out.writeBoolean(a.inferred());
            writeEvidence(out, a.evidence(), strings);
        });
        CacheFiles.writeList(out, readings.attendances(), a -> {
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
        CacheFiles.writeList(out, readings.activities(), a -> {
            strings.write(out, a.personId());
            strings.write(out, a.personName());
            strings.write(out, a.verb());
            writeEvidence(out, a.evidence(), strings);
        });
        CacheFiles.writeList(out, readings.mentions(), m -> {
            strings.write(out, m.personId());
            writeEvidence(out, m.evidence(), strings);
        });
    }

    public static People.Readings read(DataInputStream in, StringsIn strings) throws IOException {
        RoleAssertion.Status[] statuses = RoleAssertion.Status.values();
        RoleAssertion.Kind[] kinds = RoleAssertion.Kind.values();
        Participant.Presence[] presences = Participant.Presence.values();
        List<RoleAssertion> assertions = CacheFiles.readList(in, MAX_COUNT, () -> new RoleAssertion(strings.read(in), strings.read(in),
                strings.read(in), strings.read(in), strings.read(in), CacheFiles.readDate(in), CacheFiles.readDate(in),
                statuses[in.readUnsignedByte()], kinds[in.readUnsignedByte()], in.readBoolean(),
                readEvidence(in, strings)));
        List<Attendance> attendances = CacheFiles.readList(in, MAX_COUNT, () -> {
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
        List<Activity> activities = CacheFiles.readList(in, MAX_COUNT, () -> new Activity(strings.read(in),
                strings.read(in), strings.read(in), readEvidence(in, strings)));
        List<People.Mention> mentions = CacheFiles.readList(in, MAX_COUNT,
                () -> new People.Mention(strings.read(in), readEvidence(in, strings)));
        return new People.Readings(assertions, attendances, activities, mentions);
    }

    private static void writeEvidence(DataOutputStream out, Evidence e, StringsOut strings) throws IOException {
        strings.write(out, e.meetingId());
        CacheFiles.writeDate(out, e.meetingDate());
        out.writeInt(e.item());
        strings.write(out, e.section());
        strings.write(out, e.text());
        out.writeInt(e.start());
        out.writeInt(e.end());
    }

    private static Evidence readEvidence(DataInputStream in, StringsIn strings) throws IOException {
        return new Evidence(strings.read(in), CacheFiles.readDate(in), in.readInt(), strings.read(in), strings.read(in),
                in.readInt(), in.readInt());
    }
}
