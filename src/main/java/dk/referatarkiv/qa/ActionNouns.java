package dk.referatarkiv.qa;

import java.util.List;

/**
 * A Danish verb and the noun of its action, where the pair is regular and unambiguous: "-e" and "-else" ("vedtage" –
 * "vedtagelse", "godkende" – "godkendelse") and "-ere" and "-ering" ("etablere" – "etablering"). A question writes one
 * ("Hvornår blev planen vedtaget?") where the minutes write the other ("Vedtagelse af planen"). The forms are made, not
 * looked up: a made form that is no word matches nothing. Other endings are left out because their nouns drift from
 * the verb ("stille" – "stilling", "holde" – "holdning", "sætte" – "sætning"). Stateless.
 */
final class ActionNouns {

    /** The shortest lemma the rules apply to: "føle" – "følelse"; not "se", "gå". */
    private static final int SHORTEST = 4;

    private ActionNouns() {
    }

    /** The lemma of the action noun of a verb lemma, or of the verb of an action noun lemma; empty when none is made. */
    static List<String> related(String lemma) {
        if (lemma.length() < SHORTEST) {
            return List.of();
        }
        if (lemma.endsWith("else")) {
            return List.of(lemma.substring(0, lemma.length() - 3)); // vedtagelse → vedtage
        }
        if (lemma.endsWith("ering")) {
            return List.of(lemma.substring(0, lemma.length() - 3) + "e"); // etablering → etablere
        }
        if (lemma.endsWith("ere")) {
            return List.of(lemma + "lse", lemma.substring(0, lemma.length() - 1) + "ing"); // etablere → etablering
        }
        if (lemma.endsWith("e")) {
            return List.of(lemma + "lse"); // vedtage → vedtagelse
        }
        return List.of();
    }
}
