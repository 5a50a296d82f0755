package dk.referatarkiv.search;

/**
 * Filters on what an item names and where it comes from; null fields do not filter. The text filters match a facet
 * value exactly as the facet gives it: an unknown value matches nothing.
 *
 * @param person       a person id, e.g. {@code henrik-harder}
 * @param unit         a canonical unit name, e.g. {@code Økonomi & Stab}
 * @param budgetYear   a budget year the item concerns
 * @param minAmount    the item names an amount of at least this many kroner
 * @param maxAmount    ... and at most this many
 * @param municipality the municipality of the meeting, e.g. {@code Albertslund}
 * @param body         the body that met, e.g. {@code Økonomiudvalget}
 * @param party        a party of the item as the party facet labels it, e.g. {@code Venstre (V)}
 * @param journal      the item's journal number exactly as written, e.g. {@code 00.30.00-P05-3-24}
 */
public record EntityFilters(String person, String unit, Integer budgetYear, Double minAmount, Double maxAmount,
                            String municipality, String body, String party, String journal) {

    public static final EntityFilters NONE = new EntityFilters(null, null, null, null, null);

    /** Filters on entities only, as question answering uses them. */
    public EntityFilters(String person, String unit, Integer budgetYear, Double minAmount, Double maxAmount) {
        this(person, unit, budgetYear, minAmount, maxAmount, null, null, null, null);
    }

    /** Filters without a journal number. */
    public EntityFilters(String person, String unit, Integer budgetYear, Double minAmount, Double maxAmount,
                         String municipality, String body, String party) {
        this(person, unit, budgetYear, minAmount, maxAmount, municipality, body, party, null);
    }

    public boolean any() {
        return person != null || unit != null || budgetYear != null || minAmount != null || maxAmount != null
                || municipality != null || body != null || party != null || journal != null;
    }
}
