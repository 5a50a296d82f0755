package dk.referatarkiv.entities;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The entities of one agenda item (item 0: the meeting header), and the budget years the item concerns: those its
 * title names, or, when the title names none, those its text names.
 */
public record ItemEntities(String meetingId, int item, List<Entity> entities, Set<Integer> budgetYears) {
    public ItemEntities {
        entities = List.copyOf(entities);
        budgetYears = Set.copyOf(budgetYears);
    }

    public List<Entity> of(EntityType type) {
        return entities.stream().filter(e -> e.type() == type).toList();
    }

    /** The distinct labels of one type, e.g. the person names or unit names of the item. */
    public Set<String> labels(EntityType type) {
        return of(type).stream().map(Entity::label).collect(Collectors.toCollection(java.util.TreeSet::new));
    }

    /** The distinct values of one type (person ids, canonical unit names ...). */
    public Set<String> values(EntityType type) {
        return of(type).stream().map(e -> String.valueOf(e.value())).collect(Collectors.toCollection(java.util.TreeSet::new));
    }
}
