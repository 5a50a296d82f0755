package dk.referatarkiv.index;

/** One term to index: its text, its character offsets in the field value, and how many positions it advances. */
record IndexTerm(String term, int start, int end, int positionIncrement) {
}
