package dk.referatarkiv.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Attendance that the minutes write as sentences rather than lists, in the header or in an item's decision:
 * <ul>
 *   <li>absence with a substitute: "Ane Krog (A) har meldt afbud, og Bo Skov (A) blev indkaldt som stedfortræder.",
 *       "Fraværende: Ib Lund (C) – Eva Dam (C) var indkaldt som stedfortræder.", "Afbud fra Ane Krog (F),
 *       stedfortræder: Bo Skov (F)", "Suppleant Bo Skov indtrådte for Ane Krog.", "Bo Skov var indkaldt som
 *       stedfortræder i stedet for Ane Krog.";</li>
 *   <li>absence alone: "Ole Vang (C) var fraværende", "Ole Vang, Eva Dam og Ib Lund har meldt afbud";</li>
 *   <li>inhabil on items: "Per Hald deltog ikke i behandlingen af sag 41, da han var inhabil.",
 *       "Ved sag 5 deltog stedfortræder Bo Skov (V), da Ib Lund (V) var inhabil."</li>
 * </ul>
 * Each gives participants with presence and a note as the text says it ("for Ib Lund", "inhabil: pkt. 41").
 * General Danish phrasing only; a sentence that fits no form gives nothing. Stateless and thread-safe.
 */
final class AttendanceSentences {

    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    /** A name word, or an initial or short abbreviation with its full stop ("E.", "Chr."); a full stop ends a name. */
    private static final String WORD = "\\p{Lu}(?:[\\p{L}'’\\-]*(?![\\p{L}])|\\p{L}{0,2}\\.)";
    /** Two to five words; a header label before the name is not part of it ("Fraværende Ida Lund – …"). */
    private static final String NAME = "(?-i:(?!(?:Fraværende|Afbud|Deltagere|Medlemmer|Stedfortræder|Fravær)\\b)"
            + WORD + "(?:\\s+(?:" + WORD + "|la|de|von|van|af|du)){1,4})";
    private static final String PARTY = "(?:\\s*\\((?<%s>[^()\\n]{1,30})\\))?";
    /** "havde lovligt forfald", "har meldt afbud", "havde meldt forfald", "var fraværende". */
    private static final String AWAY = "(?:(?:havde|har)\\s+(?:meldt\\s+)?(?:lovligt\\s+)?(?:forfald|afbud)|var fraværende)";
    private static final String CALLED = "(?:var|er|blev)?\\s*(?:indkaldt|mødte|deltog)\\s+som\\s+stedfortræder";

    private static final Pattern AWAY_THEN_SUBSTITUTE = Pattern.compile(
            "(?<absent>" + NAME + ")" + PARTY.formatted("p1") + "\\s+" + AWAY + "\\s*[.,;]?\\s*(?:og\\s+)?"
                    + "(?<sub>" + NAME + ")" + PARTY.formatted("p2") + "\\s+" + CALLED, FLAGS);
    private static final Pattern DASH_SUBSTITUTE = Pattern.compile(
            "(?<absent>" + NAME + ")" + PARTY.formatted("p1") + "\\s*[-–]\\s*"
                    + "(?<sub>" + NAME + ")" + PARTY.formatted("p2") + "\\s+" + CALLED, FLAGS);
    private static final Pattern AFBUD_SUBSTITUTE = Pattern.compile(
            "Afbud fra (?<absent>" + NAME + ")" + PARTY.formatted("p1") + "\\s*,?\\s*stedfortræder:?\\s+"
                    + "(?<sub>" + NAME + ")" + PARTY.formatted("p2"), FLAGS);
    /** The substitute first, then whom for: "Stedfortræder Bo Skov mødte for Ane Krog", "Bo Skov deltog som stedfortræder for …". */
    private static final Pattern SUBSTITUTE_FOR = Pattern.compile(
            "(?:(?:stedfortræder|suppleant)\\s+(?<sub>" + NAME + ")" + PARTY.formatted("p2")
                    + "\\s+(?:mødte|deltog|var\\s+indkaldt|blev\\s+indkaldt|indtrådte)"
                    + "|(?<sub2>" + NAME + ")" + PARTY.formatted("p3") + "\\s+" + CALLED + ")"
                    + "\\s+(?:i\\s+stedet\\s+)?for\\s+(?<absent>" + NAME + ")" + PARTY.formatted("p1"), FLAGS);
    /** One or more names, each with its party, joined by commas or "og": "Ole Vang (C), Eva Dam og Ib Lund". */
    private static final Pattern AWAY_ALONE = Pattern.compile(
            "(?<absent>" + NAME + PARTY.formatted("p1") + "(?:\\s*(?:,|\\bog\\b)\\s*" + NAME + PARTY.formatted("p2")
                    + "){0,8})\\s+" + AWAY, FLAGS);
    private static final Pattern ONE_NAME = Pattern.compile("(?<name>" + NAME + ")" + PARTY.formatted("p"), FLAGS);
    private static final Pattern NOT_IN_ITEMS = Pattern.compile(
            "(?<name>" + NAME + ")" + PARTY.formatted("p1") + "\\s+(?:medvirkede|deltog)\\s+ikke\\s+(?:ved|i|under)\\s+"
                    + "(?:behandlingen\\s+af\\s+)?(?:pkt\\.|punkt(?:erne)?|sag(?:erne)?)\\s*(?<items>\\d+(?:\\s*(?:,|og|-|–)\\s*\\d+)*)"
                    + "[^.]{0,60}?inhabil", FLAGS);
    private static final Pattern SUBSTITUTE_FOR_INHABIL = Pattern.compile(
            "(?:Under|Ved)\\s+(?:pkt\\.|punkt(?:erne)?|sag(?:erne)?)\\s*(?<items>\\d+(?:\\s*(?:,|og|-|–)\\s*\\d+)*)\\s+deltog\\s+"
                    + "stedfortræder\\s+(?<sub>" + NAME + ")" + PARTY.formatted("p2") + ",?\\s+da\\s+"
                    + "(?<name>" + NAME + ")" + PARTY.formatted("p1") + "\\s+var\\s+inhabil", FLAGS);

    private final MinutesLexicon lexicon;

    AttendanceSentences(MinutesLexicon lexicon) {
        this.lexicon = lexicon;
    }

    /** The participants the sentences of {@code text} name, in the order found. */
    List<Participant> read(String text) {
        List<Participant> out = new ArrayList<>();
        StringBuilder rest = new StringBuilder(text);
        substitutes(AWAY_THEN_SUBSTITUTE, rest, out);
        substitutes(DASH_SUBSTITUTE, rest, out);
        substitutes(AFBUD_SUBSTITUTE, rest, out);
        Matcher standingIn = SUBSTITUTE_FOR.matcher(rest);
        while (standingIn.find()) {
            boolean titled = standingIn.group("sub") != null;
            out.add(person(standingIn.group("absent"), standingIn.group("p1"), Participant.Presence.ABSENT, ""));
            out.add(person(standingIn.group(titled ? "sub" : "sub2"), standingIn.group(titled ? "p2" : "p3"),
                    Participant.Presence.SUBSTITUTE, "for " + clean(standingIn.group("absent"))));
            blank(rest, standingIn);
        }
        Matcher inhabil = SUBSTITUTE_FOR_INHABIL.matcher(rest);
        while (inhabil.find()) {
            String items = items(inhabil.group("items"));
            out.add(person(inhabil.group("name"), inhabil.group("p1"), Participant.Presence.PRESENT, "inhabil: " + items));
            out.add(person(inhabil.group("sub"), inhabil.group("p2"), Participant.Presence.SUBSTITUTE,
                    "for " + clean(inhabil.group("name")) + " under " + items));
            blank(rest, inhabil);
        }
        Matcher notIn = NOT_IN_ITEMS.matcher(rest);
        while (notIn.find()) {
            out.add(person(notIn.group("name"), notIn.group("p1"), Participant.Presence.PRESENT,
                    "inhabil: " + items(notIn.group("items"))));
            blank(rest, notIn);
        }
        Matcher away = AWAY_ALONE.matcher(rest);
        while (away.find()) {
            Matcher each = ONE_NAME.matcher(away.group("absent"));
            while (each.find()) {
                out.add(person(each.group("name"), each.group("p"), Participant.Presence.ABSENT, "lovligt forfald"));
            }
        }
        return out;
    }

    private void substitutes(Pattern pattern, StringBuilder text, List<Participant> out) {
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            // no note of its own: a reason the list gives ("Fraværende med afbud") stays
            out.add(person(m.group("absent"), m.group("p1"), Participant.Presence.ABSENT, ""));
            out.add(person(m.group("sub"), m.group("p2"), Participant.Presence.SUBSTITUTE, "for " + clean(m.group("absent"))));
            blank(text, m);
        }
    }

    /** Removes a matched sentence so the weaker forms do not read it again. */
    private static void blank(StringBuilder text, Matcher m) {
        for (int i = m.start(); i < m.end(); i++) {
            text.setCharAt(i, ' ');
        }
        m.reset(text);
    }

    private Participant person(String name, String inParens, Participant.Presence presence, String note) {
        String party = "";
        if (inParens != null) {
            Optional<MinutesLexicon.Party> known = lexicon.party(inParens.strip());
            party = known.map(MinutesLexicon.Party::letter).orElse("");
        }
        return new Participant(clean(name), "", party, presence, note);
    }

    private static String clean(String name) {
        return name.strip().replaceAll("[.,]$", "");
    }

    private static String items(String numbers) {
        return "pkt. " + numbers.strip().replaceAll("\\s+", " ");
    }
}
