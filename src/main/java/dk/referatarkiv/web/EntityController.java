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

/** {@code GET /api/entities?type=}: the distinct entities of a type with the number of items that name them. */
final class EntityController {

    private static final Set<EntityType> LISTABLE = Set.of(EntityType.PERSON, EntityType.UNIT, EntityType.BODY,
            EntityType.NETWORK, EntityType.BUDGET_YEAR);

    private final CorpusEntities entities;

    EntityController(CorpusEntities entities) {
        this.entities = entities;
    }

    void list(Context ctx) {
        String typeName = QueryParams.text(ctx, "type").toUpperCase(Locale.ROOT);
        EntityType type = LISTABLE.stream().filter(t -> t.name().equals(typeName)).findFirst().orElseThrow(() ->
                ErrorHandlers.badRequest("invalid_parameter",
                        ParameterNames.describe("type") + " skal være PERSON, UNIT, BODY, NETWORK eller BUDGET_YEAR."));
        ctx.json(values(type));
    }

    List<FacetValue> values(EntityType type) {
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
                .sorted(Comparator.comparingLong(FacetValue::count).reversed().thenComparing(FacetValue::label))
                .toList();
    }
}
