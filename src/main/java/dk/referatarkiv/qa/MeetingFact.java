package dk.referatarkiv.qa;

/**
 * A fact of a meeting's header that a question can ask for (see {@code header-questions.tsv}): where and when the
 * meeting was held, who was absent, stood in, was inhabil, chaired or kept the minutes, when the minutes were
 * published, and how many pages they fill.
 */
enum MeetingFact {
    PLACE, START, END, DATE, ABSENT, SUBSTITUTE, INHABIL, CHAIR, VICE_CHAIR, MAYOR, MEMBERS, CLERK, PUBLISHED, ROLE_OF, PAGES,
    ITEMS, CLOSED_ITEMS, STATUS;

    /** Facts whose answer is one or more persons. */
    boolean asksForPersons() {
        return switch (this) {
            case ABSENT, SUBSTITUTE, INHABIL, CHAIR, VICE_CHAIR, MAYOR, MEMBERS, CLERK -> true;
            default -> false;
        };
    }
}
