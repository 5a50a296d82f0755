package dk.referatarkiv.entities;

/** The kinds of facts extracted from the minutes. */
public enum EntityType {
    PERSON, DATE, AMOUNT, PERCENT, BUDGET_YEAR, UNIT, BODY, NETWORK, JOURNAL
}
