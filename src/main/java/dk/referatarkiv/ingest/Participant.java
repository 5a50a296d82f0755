package dk.referatarkiv.ingest;

/** A person listed in a meeting header, with the role or party written next to the name (may be empty). */
public record Participant(String name, String role) {
    public Participant {
        name = name.strip();
        role = role == null ? "" : role.strip();
    }
}
