package dk.referatarkiv.qa;

/**
 * What kind of answer a question wants; NONE when the archive does not say. PLACE, PERCENT and REASON answer
 * "hvor", "hvor stor en del" and "hvorfor" questions; JOURNAL the case number of an item ("Hvad er sagsnummeret for
 * …?"), as the minutes write it: a KLE journal number or a publishing system's own ("Sagsnr.: 21/4711"); DURATION a
 * length of time as written ("højst 20 minutter") for "hvor lang tid" and "hvor længe".
 */
public enum AnswerType {
    PERSON, DATE, AMOUNT, PERCENT, DURATION, ROLE, COUNT, PLACE, JOURNAL, REASON, DECISION, DECISIONS, OTHER, NONE
}
