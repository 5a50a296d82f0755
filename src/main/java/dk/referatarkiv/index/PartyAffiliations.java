package dk.referatarkiv.index;

import dk.referatarkiv.entities.CorpusEntities;
import dk.referatarkiv.entities.EntityType;
import dk.referatarkiv.entities.ItemEntities;
import dk.referatarkiv.entities.PersonResolver;
import dk.referatarkiv.ingest.Meeting;
import dk.referatarkiv.ingest.MinutesLexicon;
import dk.referatarkiv.ingest.MinutesLexicon.Party;
import dk.referatarkiv.ingest.Participant;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The party of each person as the participant lists of the archive give it ("Jens Hansen (V)"), looked up for the
 * persons an item names. A person named in an item has the party
 * <ol>
 *   <li>that the participant list of the item's own meeting gives, or else</li>
 *   <li>the one party that the participant lists of the other meetings of the same, known municipality give; none
 *       when they give two (a change of party: which one held at the item's date is not known).</li>
 * </ol>
 * Never across municipalities, and never from a meeting whose municipality is unknown: two council members of the same
 * name in two municipalities are two persons ({@link PersonResolver}), and a meeting without a municipality cannot say
 * which of them it names. Only parties of the national list count ({@link Party#isNamed()}). Immutable and thread-safe once built.
 */
final class PartyAffiliations {

    /** Meeting id → person id → party. */
    private final Map<String, Map<String, Party>> byMeeting;
    /** Municipality → person id → every party the lists give the person there. */
    private final Map<String, Map<String, Set<Party>>> byMunicipality;

    private PartyAffiliations(Map<String, Map<String, Party>> byMeeting, Map<String, Map<String, Set<Party>>> byMunicipality) {
        this.byMeeting = byMeeting;
        this.byMunicipality = byMunicipality;
    }

    /** Reads the participant lists of the meetings, with persons resolved as the entities resolve them. */
    static PartyAffiliations of(List<Meeting> meetings, CorpusEntities entities, MinutesLexicon lexicon) {
        Map<String, Map<String, Party>> byMeeting = new HashMap<>();
        Map<String, Map<String, Set<Party>>> byMunicipality = new HashMap<>();
        for (Meeting meeting : meetings) {
            String municipality = FacetValues.municipality(meeting.municipality());
            for (Participant p : meeting.participants()) {
                Optional<Party> party = p.party().isEmpty() ? Optional.empty() : lexicon.party(p.party());
                Optional<PersonResolver.Person> person = entities.persons().person(p.name());
                if (party.isEmpty() || !party.get().isNamed() || person.isEmpty()) {
                    continue;
                }
                byMeeting.computeIfAbsent(meeting.id(), k -> new HashMap<>()).put(person.get().id(), party.get());
                if (!municipality.isEmpty()) {
                    byMunicipality.computeIfAbsent(municipality, k -> new HashMap<>())
                            .computeIfAbsent(person.get().id(), k -> new LinkedHashSet<>()).add(party.get());
                }
            }
        }
        return new PartyAffiliations(byMeeting, byMunicipality);
    }

    /** The parties of the persons an item of this meeting names, in the order of the person ids. */
    Set<Party> of(Meeting meeting, ItemEntities entities) {
        Set<Party> parties = new LinkedHashSet<>();
        if (entities == null) {
            return parties;
        }
        Map<String, Party> ofMeeting = byMeeting.getOrDefault(meeting.id(), Map.of());
        Map<String, Set<Party>> ofMunicipality = byMunicipality.getOrDefault(FacetValues.municipality(meeting.municipality()),
                Map.of());
        for (String person : entities.values(EntityType.PERSON)) {
            Party party = ofMeeting.get(person);
            if (party == null) {
                Set<Party> there = ofMunicipality.getOrDefault(person, Set.of());
                party = there.size() == 1 ? there.iterator().next() : null;
            }
            if (party != null) {
                parties.add(party);
            }
        }
        return parties;
    }
}
