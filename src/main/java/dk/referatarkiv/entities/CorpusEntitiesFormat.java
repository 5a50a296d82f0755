package dk.referatarkiv.entities;

import dk.referatarkiv.internal.CacheFiles;
import dk.referatarkiv.internal.CacheFiles.StringsIn;
import dk.referatarkiv.internal.CacheFiles.StringsOut;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The binary form of a corpus's entities as resolved across the archive: the persons (with every name they are
 * looked up by, in the resolver's order) and each item's and header's entities with persons resolved, by document id
 * in order (the same entities give the same bytes). Read back, its items and persons equal those
 * {@link CorpusEntities#extract} made (its time is not kept). Stateless; the string table belongs to the caller's
 * stream.
 */
public final class CorpusEntitiesFormat {

    private static final int MAX_COUNT = 1 << 26;

    private CorpusEntitiesFormat() {
    }

    /** @throws IllegalArgumentException when an entity's value has no binary form ({@link EntityFormat#canWrite}) */
    public static void write(DataOutputStream out, CorpusEntities entities, StringsOut strings) throws IOException {
        Map<String, PersonResolver.Person> scoped = entities.persons().byScopedName();
        Map<PersonResolver.Person, Integer> numbers = new HashMap<>();
        List<PersonResolver.Person> persons = new ArrayList<>();
        scoped.values().forEach(p -> numbers.computeIfAbsent(p, k -> {
            persons.add(k);
            return persons.size() - 1;
        }));
        CacheFiles.writeList(out, persons, p -> {
            strings.write(out, p.id());
            strings.write(out, p.name());
            CacheFiles.writeList(out, p.aliases(), alias -> strings.write(out, alias));
            strings.write(out, p.municipality());
        });
        CacheFiles.writeList(out, List.copyOf(scoped.entrySet()), e -> {
            strings.write(out, e.getKey());
            CacheFiles.writeVarInt(out, numbers.get(e.getValue()));
        });
        // by document id ("meeting#item", which the reader makes again), so that the same entities give the same bytes
        CacheFiles.writeList(out, List.copyOf(new TreeMap<>(entities.items()).values()), item -> {
            if (!EntityFormat.canWrite(item.entities())) {
                throw new IllegalArgumentException("an entity of " + CorpusEntities.documentId(item.meetingId(),
                        item.item()) + " has a value with no binary form");
            }
            strings.write(out, item.meetingId());
            CacheFiles.writeVarInt(out, item.item());
            EntityFormat.write(out, item.entities(), strings);
            CacheFiles.writeList(out, List.copyOf(new TreeSet<>(item.budgetYears())), out::writeInt);
        });
    }

    public static CorpusEntities read(DataInputStream in, StringsIn strings) throws IOException {
        List<PersonResolver.Person> persons = CacheFiles.readList(in, MAX_COUNT, () -> {
            String id = strings.read(in);
            String name = strings.read(in);
            List<String> aliases = List.copyOf(CacheFiles.readList(in, MAX_COUNT, () -> strings.read(in)));
            return new PersonResolver.Person(id, name, aliases, strings.read(in));
        });
        List<Map.Entry<String, PersonResolver.Person>> scoped = CacheFiles.readList(in, MAX_COUNT, () -> {
            String key = strings.read(in);
            int number = CacheFiles.readVarInt(in);
            if (number >= persons.size()) {
                throw new IOException("bad person reference " + number);
            }
            return Map.entry(key, persons.get(number));
        });
        Map<String, PersonResolver.Person> byScopedName = new LinkedHashMap<>();
        scoped.forEach(e -> byScopedName.put(e.getKey(), e.getValue()));
        List<ItemEntities> items = CacheFiles.readList(in, MAX_COUNT, () -> {
            String meetingId = strings.read(in);
            int item = CacheFiles.readVarInt(in);
            List<Entity> entities = EntityFormat.read(in, strings);
            Set<Integer> budgetYears = Set.copyOf(CacheFiles.readList(in, MAX_COUNT, in::readInt));
            return new ItemEntities(meetingId, item, entities, budgetYears);
        });
        Map<String, ItemEntities> byDocument = new HashMap<>();
        items.forEach(item -> byDocument.put(CorpusEntities.documentId(item.meetingId(), item.item()), item));
        return new CorpusEntities(Map.copyOf(byDocument), PersonResolver.restore(byScopedName), 0);
    }
}
