package dk.referatarkiv.search;

/** One value of a facet with the number of matching items; {@code label} is what a person reads. */
public record FacetValue(String value, String label, long count) {
}
