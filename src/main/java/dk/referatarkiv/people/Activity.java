package dk.referatarkiv.people;

/** Something a person did or will do, by the verb in the sentence that names them: "Anne Arvel præsenterede ...". */
public record Activity(String personId, String personName, String verb, Evidence evidence) {
}
