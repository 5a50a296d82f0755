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

    /**
     * The parties of the persons a document names, as the archive's participant lists give them: what other meetings
     * decide (a new meeting may teach a person's party). {@code entities} may be null.
     */
    Set<Party> affiliated(Meeting meeting, ItemEntities entities) {
        return affiliations.of(meeting, entities);
    }

    /** The parties of an agenda item: those of its persons ({@link #affiliated}) and those its text names. */
    Set<Party> item(AnnotatedItem item, Set<Party> affiliated) {
        List<AnnotatedText> texts = new ArrayList<>(List.of(item.title()));
        texts.addAll(item.sections());
        return union(affiliated, mentions.find(texts));
    }

    /** The parties of the meeting header: those of its participants ({@link #affiliated}) and those it names. */
    Set<Party> header(AnnotatedText header, Set<Party> affiliated) {
        return union(affiliated, mentions.find(header));
    }

    private static Set<Party> union(Set<Party> persons, Set<Party> named) {
        Set<Party> all = new LinkedHashSet<>(persons);
        all.addAll(named);
        return all;
    }
}
