package dk.referatarkiv.search;

/**
 * Filters on the entities of an item; null fields do not filter.
 *
 * @param person     a person id, e.g. {@code henrik-harder}
 * @param unit       a canonical unit name, e.g. {@code Økonomi & Stab}
 * @param budgetYear a budget year the item concerns
 * @param minAmount  the item names an amount of at least this many kroner
 * @param maxAmount  ... and at most this many
 */
public record EntityFilters(String person, String unit, Integer budgetYear, Double minAmount, Double maxAmount) {

    public static final EntityFilters NONE = new EntityFilters(null, null, null, null, null);

    public boolean any() {
        return person != null || unit != null || budgetYear != null || minAmount != null || maxAmount != null;
    }
}
