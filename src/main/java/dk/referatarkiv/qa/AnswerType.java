package dk.referatarkiv.qa;

/**
 * What kind of answer a question wants; NONE when the archive does not say. PLACE, PERCENT and REASON answer
 * "hvor", "hvor stor en del" and "hvorfor" questions.
 */
public enum AnswerType { PERSON, DATE, AMOUNT, PERCENT, ROLE, COUNT, PLACE, REASON, DECISION, DECISIONS, OTHER, NONE }
