package dk.referatarkiv.entities;

/**
 * The value of an amount mention.
 *
 * @param kroner the amount in kroner (for a percentage: the percentage)
 * @param year   the year the amount applies to when the sentence says so ("0,750 mio. kr. i 2025"), else null
 */
public record Amount(double kroner, Integer year) {
}
