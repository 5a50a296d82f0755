package dk.referatarkiv.qa;

import java.util.ArrayList;
import java.util.List;

/**
 * A Danish verb and the noun of its action: "vedtage" – "vedtagelse", "etablere" – "etablering", "beslutte" –
 * "beslutning", "sammenlægge" – "sammenlægning", "åbne" – "åbning". A question writes one ("Hvornår blev planen
 * vedtaget?") where the minutes write the other ("Vedtagelse af planen"). The forms are made by the rules of Danish
 * word formation (-lse after the infinitive, -ing or -ning after its stem, a doubled consonant single before -ning), not
 * looked up: a made form that is no word matches nothing. Stateless.
 */
final class ActionNouns {

    /** The shortest verb lemma the rules are applied to ("åbne"; not "se", "gå"). */
    private static final int SHORTEST_VERB = 4;
    /** The shortest noun lemma ("åbning"; not "ting", "ring"). */
    private static final int SHORTEST_NOUN = 6;

    private ActionNouns() {
    }

    /** The lemmas the action noun of a verb lemma, or the verb of an action noun lemma, may have. */
    static List<String> related(String lemma) {
        List<String> forms = new ArrayList<>(4);
        if (lemma.length() < SHORTEST_VERB) {
            return forms;
        }
        boolean noun = lemma.length() >= SHORTEST_NOUN;
        if (noun && lemma.endsWith("else")) {
            forms.add(lemma.substring(0, lemma.length() - 3)); // vedtagelse → vedtage
        } else if (noun && lemma.endsWith("ning")) {
            String base = lemma.substring(0, lemma.length() - 4);
            forms.add(base + base.charAt(base.length() - 1) + "e"); // beslutning → beslutte
            forms.add(base + "e");
            forms.add(lemma.substring(0, lemma.length() - 3) + "e"); // åbning → åbne
        } else if (noun && lemma.endsWith("ing")) {
            forms.add(lemma.substring(0, lemma.length() - 3) + "e"); // etablering → etablere
        } else if (lemma.endsWith("e") && !lemma.endsWith("else")) {
            String stem = lemma.substring(0, lemma.length() - 1);
            forms.add(lemma + "lse"); // vedtage → vedtagelse
            forms.add(stem + "ing"); // etablere → etablering, åbne → åbning
            forms.add(stem + "ning");
            int n = stem.length();
            if (n > 2 && stem.charAt(n - 1) == stem.charAt(n - 2)) {
                forms.add(stem.substring(0, n - 1) + "ning"); // sammenlægge → sammenlægning
            }
        }
        return forms;
    }
}
