package dk.referatarkiv.entities;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Units and bodies: the names of the {@link OrganisationGazetteer}, plus the unit in a role written as
 * {@code Afdelingschef(en) for X}, {@code Direktør(en) for X}, {@code Direktør X} or {@code Chefen for X}, where X is a
 * run of capitalised words joined by commas, spaces, {@code &} or {@code og}. Thread-safe.
 */
public final class OrganisationExtractor {

    /** A unit name: capitalised words joined by ", ", " ", " & " or " og ". */
    static final String UNIT_NAME = "\\p{Lu}[\\p{L}-]*(?:(?:,\\s*|\\s+(?:&|og)\\s+|\\s+)\\p{Lu}[\\p{L}-]*)*";
    /** The role words ignore case; the unit name must be capitalised. */
    private static final Pattern ROLE_UNIT = Pattern.compile(
            "(?<!\\p{L})(?iu:(?:(?:konst\\.|konstitueret|konstituerede)\\s+)?(?:afdelingschef(?:en)?|direktør(?:en)?|chef(?:en)?|leder(?:en)?)"
                    + "(?:\\s+for)?)\\s+(" + UNIT_NAME + ")");

    private final OrganisationGazetteer gazetteer;

    public OrganisationExtractor(OrganisationGazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    public List<Entity> extract(String text, String section) {
        List<Entity> found = new ArrayList<>(gazetteer.find(text, section));
        Matcher m = ROLE_UNIT.matcher(text);
        while (m.find()) {
            int start = m.start(1);
            int end = m.end(1);
            if (found.stream().anyMatch(e -> e.start() < end && start < e.end())) {
                continue;
            }
            String name = m.group(1);
            String canonical = gazetteer.lookup(name).map(OrganisationGazetteer.Organisation::canonical)
                    .orElse(name.replaceAll("\\s+og\\s+", " & "));
            found.add(new Entity(EntityType.UNIT, name, start, end, section, canonical, canonical));
        }
        found.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return found;
    }
}
