package dk.referatarkiv.index;

import org.apache.lucene.facet.FacetsConfig;

/** The facet configuration shared by indexing and searching: every dimension is multi-valued. */
public final class FacetSchema {

    private FacetSchema() {
    }

    public static FacetsConfig config() {
        FacetsConfig config = new FacetsConfig();
        for (String dim : Fields.FACETS) {
            config.setMultiValued(dim, true);
        }
        return config;
    }
}
