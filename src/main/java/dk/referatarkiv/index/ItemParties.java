package dk.referatarkiv.index;

import dk.referatarkiv.entities.CorpusEntities;
import dk.referatarkiv.entities.ItemEntities;
import dk.referatarkiv.ingest.Meeting;
import dk.referatarkiv.ingest.MinutesLexicon;
import dk.referatarkiv.ingest.MinutesLexicon.Party;
import dk.referatarkiv.nlp.AnnotatedItem;
import dk.referatarkiv.nlp.AnnotatedText;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The parties of an item for the party facet and filter: the parties of the persons it names, as the participant
 * lists of the archive give them ({@link PartyAffiliations}), and the parties its text names explicitly
 * ({@link PartyMentionFinder}). The meeting header (item 0) names its participants, so it has their parties.
 * Computed where the documents are built, from what the earlier stages already hold: the meetings' participant lists,
 * the resolved persons and the annotated text. Built once per index build; immutable and thread-safe.
 */
final class ItemParties {

    private final PartyAffiliations affiliations;
    private final PartyMentionFinder mentions;

    private ItemParties(PartyAffiliations affiliations, PartyMentionFinder mentions) {
        this.affiliations = affiliations;
        this.mentions = mentions;
    }

    static ItemParties of(List<Meeting> meetings, CorpusEntities entities) {
        MinutesLexicon lexicon = MinutesLexicon.DEFAULT;
        return new ItemParties(PartyAffiliations.of(meetings, entities, lexicon), new PartyMentionFinder(lexicon));
    }

    /** The parties of an agenda item; {@code entities} may be null (the item then has only the parties its text names). */
    Set<Party> item(AnnotatedItem item, ItemEntities entities) {
        List<AnnotatedText> texts = new ArrayList<>(List.of(item.title()));
        texts.addAll(item.sections());
        return union(affiliations.of(item.meeting(), entities), mentions.find(texts));
    }

    /** The parties of the meeting header: those of its participants and those it names. */
    Set<Party> header(Meeting meeting, AnnotatedText header, ItemEntities entities) {
        return union(affiliations.of(meeting, entities), mentions.find(header));
    }

    private static Set<Party> union(Set<Party> persons, Set<Party> named) {
        Set<Party> all = new LinkedHashSet<>(persons);
        all.addAll(named);
        return all;
    }
}
