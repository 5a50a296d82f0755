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

/**
 * The binary form of a corpus's entities as resolved across the archive: the persons (with every name they are
 * looked up by, in the resolver's order) and each item's and header's entities with persons resolved. Read back, it
 * equals what {@link CorpusEntities#extract} made. Stateless; the string table belongs to the caller's stream.
 */
public final class CorpusEntitiesFormat {

    private static final int MAX_COUNT = 1 << 26;

    private CorpusEntitiesFormat() {
    }

    /** @throws IllegalArgumentException when an entity's value has no binary form (see {@link EntityFormat#canWrite}) */
    public static void write(DataOutputStream out, CorpusEntities entities, StringsOut strings) throws IOException {
        Map<String, PersonResolver.Person> scoped = entities.persons().byScopedName();
        Map<PersonResolver.Person, Integer> numbers = new HashMap<>();
        List<PersonResolver.Person> persons = new ArrayList<>();
        scoped.values().forEach(p -> numbers.computeIfAbsent(p, k -> {
            persons.add(k);
            return persons.size() - 1;
        }));
        CacheFiles.writeVarInt(out, persons.size());
        for (PersonResolver.Person p : persons) {
            strings.write(out, p.id());
            strings.write(out, p.name());
            CacheFiles.writeVarInt(out, p.aliases().size());
            for (String alias : p.aliases()) {
                strings.write(out, alias);
            }
            strings.write(out, p.municipality());
        }
        CacheFiles.writeVarInt(out, scoped.size());
        for (Map.Entry<String, PersonResolver.Person> e : scoped.entrySet()) {
            strings.write(out, e.getKey());
            CacheFiles.writeVarInt(out, numbers.get(e.getValue()));
        }
        CacheFiles.writeVarInt(out, entities.items().size());
        for (Map.Entry<String, ItemEntities> e : entities.items().entrySet()) {
            ItemEntities item = e.getValue();
            if (!EntityFormat.canWrite(item.entities())) {
                throw new IllegalArgumentException("an entity of " + e.getKey() + " has a value with no binary form");
            }
            strings.write(out, e.getKey());
            strings.write(out, item.meetingId());
            CacheFiles.writeVarInt(out, item.item());
            EntityFormat.write(out, item.entities(), strings);
            CacheFiles.writeVarInt(out, item.budgetYears().size());
            for (int year : item.budgetYears()) {
                out.writeInt(year);
            }
        }
    }

    public static CorpusEntities read(DataInputStream in, StringsIn strings) throws IOException {
        int personCount = CacheFiles.readCount(in, MAX_COUNT);
        List<PersonResolver.Person> persons = new ArrayList<>(personCount);
        for (int i = 0; i < personCount; i++) {
            String id = strings.read(in);
            String name = strings.read(in);
            int aliasCount = CacheFiles.readCount(in, MAX_COUNT);
            List<String> aliases = new ArrayList<>(aliasCount);
            for (int a = 0; a < aliasCount; a++) {
                aliases.add(strings.read(in));
            }
            persons.add(new PersonResolver.Person(id, name, List.copyOf(aliases), strings.read(in)));
        }
        int scopedCount = CacheFiles.readCount(in, MAX_COUNT);
        Map<String, PersonResolver.Person> scoped = new LinkedHashMap<>();
        for (int i = 0; i < scopedCount; i++) {
            String key = strings.read(in);
            int number = CacheFiles.readVarInt(in);
            if (number >= persons.size()) {
                throw new IOException("bad person reference " + number);
            }
            scoped.put(key, persons.get(number));
        }
        int itemCount = CacheFiles.readCount(in, MAX_COUNT);
        Map<String, ItemEntities> items = new HashMap<>();
        for (int i = 0; i < itemCount; i++) {
            String docId = strings.read(in);
            String meetingId = strings.read(in);
            int item = CacheFiles.readVarInt(in);
            List<Entity> entities = EntityFormat.read(in, strings);
            int yearCount = CacheFiles.readCount(in, MAX_COUNT);
            Integer[] years = new Integer[yearCount];
            for (int y = 0; y < yearCount; y++) {
                years[y] = in.readInt();
            }
            items.put(docId, new ItemEntities(meetingId, item, entities, Set.of(years)));
        }
        return new CorpusEntities(Map.copyOf(items), PersonResolver.restore(scoped), 0);
    }
}
