package dk.referatarkiv.qa;

/** What kind of answer a question wants; NONE when the archive does not say. */
public enum AnswerType { PERSON, DATE, AMOUNT, ROLE, COUNT, DECISION, DECISIONS, OTHER, NONE }
