package dk.referatarkiv.web;

import dk.referatarkiv.entities.CorpusEntities;
import dk.referatarkiv.entities.Entity;
import dk.referatarkiv.entities.EntityType;
import dk.referatarkiv.entities.ItemEntities;
import dk.referatarkiv.search.FacetValue;
import io.javalin.http.Context;

import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * {@code GET /api/entities?type=}: a page of the distinct entities of a type with the number of items that name them,
 * most named first. Each type's list is counted and sorted once per archive version (this controller lives as long
 * as one version), so a page costs time proportional to the page. Thread-safe.
 */
final class EntityController {

    private static final Set<EntityType> LISTABLE = Set.of(EntityType.PERSON, EntityType.UNIT, EntityType.BODY,
            EntityType.NETWORK, EntityType.BUDGET_YEAR);

    /** A page of a type's values; {@code total} is the number of distinct values. */
    record EntityPage(int total, int page, int size, List<FacetValue> entities) {
    }

    private final CorpusEntities entities;
    private final Map<EntityType, List<FacetValue>> counted = new ConcurrentHashMap<>();

    EntityController(CorpusEntities entities) {
        this.entities = entities;
    }

    void list(Context ctx) {
        String typeName = QueryParams.text(ctx, "type").toUpperCase(Locale.ROOT);
        EntityType type = LISTABLE.stream().filter(t -> t.name().equals(typeName)).findFirst().orElseThrow(() ->
                ErrorHandlers.badRequest("invalid_parameter",
                        ParameterNames.describe("type") + " skal være PERSON, UNIT, BODY, NETWORK eller BUDGET_YEAR."));
        Paging paging = Paging.of(ctx);
        List<FacetValue> all = counted.computeIfAbsent(type, this::values);
        ctx.json(new EntityPage(all.size(), paging.page(), paging.size(), paging.of(all)));
    }

    /** Every value of the type, by count descending, then label, then value: one pass over the items, one sort. */
    private List<FacetValue> values(EntityType type) {
        Map<String, String> labels = new HashMap<>();
        Map<String, Set<String>> items = new HashMap<>();
        for (ItemEntities item : entities.items().values()) {
            String id = item.meetingId() + "#" + item.item();
            if (type == EntityType.BUDGET_YEAR) {
                item.budgetYears().forEach(y -> {
                    labels.put(String.valueOf(y), "Budget " + y);
                    items.computeIfAbsent(String.valueOf(y), k -> new HashSet<>()).add(id);
                });
                continue;
            }
            for (Entity e : item.of(type)) {
                String value = String.valueOf(e.value());
                labels.putIfAbsent(value, e.label());
                items.computeIfAbsent(value, k -> new HashSet<>()).add(id);
            }
        }
        return items.entrySet().stream()
                .map(e -> new FacetValue(e.getKey(), labels.get(e.getKey()), e.getValue().size()))
                .sorted(Comparator.comparingLong(FacetValue::count).reversed().thenComparing(FacetValue::label)
                        .thenComparing(FacetValue::value))
                .toList();
    }
}
