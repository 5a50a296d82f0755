package dk.referatarkiv.ingest;

import dk.referatarkiv.internal.DanishLexicon;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Cuts a table of contents whose titles a PDF-to-text conversion ran together with no separator at all (numbers, page
 * numbers and line breaks lost): "Godkendelse af dagsorden Budgetopfølgning 2026 Anløb af færger Tilskud til
 * Byens Kor". A Danish title starts with a capital letter and otherwise writes only names with one, so a title starts
 * at a capitalised word
 * <ul>
 *   <li>that follows a word a title can end with: not a preposition, conjunction or article ("for", "og", "den"), and
 *       not a word ending in a comma, dash, slash or an opening bracket;</li>
 *   <li>and that is either an ordinary word (the Danish dictionary knows it as something other than a proper noun,
 *       directly or as a compound: "Anløb", "Budgetopfølgning"), or a name right after a lower-case word (a title
 *       that starts with a name: "… dagsorden Ravnsø Vandværk - takster").</li>
 * </ul>
 * Inside a name, a capitalised ordinary word continues it when it is a word names end with ({@code name-words.tsv}:
 * "Nordby Kommune", "Sønderby Teater") or when a company form follows ("Sønderby Affaldsservice A/S"); the name
 * of a body ("Teknisk Udvalg", "Økonomiudvalget") continues the title before it, and so does the name after a
 * definite noun ("Boligforeningen Søndergården") unless a typical first word follows. A typical first word counts in
 * any inflection ("Driftsaftaler"), and a bare name ending in a name word ("Sønderby Kommune") is no title of its
 * own. A name whose genitive name word owns the noun after it starts a title after a name ("… Medborgerhus Bakkeby
 * Sønderby Kommunes kulturstrategi"). When surviving item numbers say how many titles a run holds, the cuts are fitted
 * to that count ({@link #split(String, int)}). These are the rules of Danish capitalisation, not of one publisher; a
 * title that itself starts with a body's name is not found (a known miss), unless the body's name is said twice in a
 * row. Where the conversion lost a number, what is left still shows a boundary: a capitalised ordinary word after
 * "nr", "pr." or "kr." without its number, and a lower-case action noun with its object ("behandling af") right
 * after a noun, whose ordinal was lost; a name with its name word after a body's name, with a comma or dash after it,
 * starts a title too. Where the file's own item pages print a title whole before its case number ({@link TitleEnds}),
 * the run is cut there whatever the capitals say. Stateless and thread-safe.
 */
final class TitleRunSplitter {

    /** Words after which a title does not end: prepositions, conjunctions, articles and the like. */
    private static final Set<String> CONTINUING = Set.copyOf(MinutesLexicon.readLines("title-continuing-words.tsv"));
    /** Nouns that end a name ("Kommune", "Havn", "Skole") rather than start a title after it. */
    private static final Set<String> NAME_WORDS = Set.copyOf(MinutesLexicon.readLines("name-words.tsv"));
    private static final Pattern COMPANY_FORM = Pattern.compile("^(?:A/S|ApS|I/S|K/S|P/S|a\\.m\\.b\\.a\\.?|amba)[,.]?$");
    private static final Pattern BODY_NAME = Pattern.compile(
            "^\\p{L}*(?:udvalg(?:et)?|råd(?:et)?|bestyrelse(?:n)?|forum|nævn(?:et)?|direktion(?:en)?)[,.]?$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** A definite genitive ("skolernes", "kommunens", "Byrådets") stands before what it owns, never at a title's end. */
    private static final Pattern DEFINITE_GENITIVE = Pattern.compile("\\p{L}{3,}(?:ens|ets|nes)$");
    private static final Set<String> TITLE_STARTS = Set.copyOf(MinutesLexicon.readLines("title-start-words.tsv"));
    /** The shortest entry of {@link #TITLE_STARTS} that also matches as the head or tail of a compound. */
    private static final int COMPOUND_PART = 4;
    /** The shortest head and tail of a compound that {@link #isCompound} accepts. */
    private static final int COMPOUND_HEAD = 3;
    private static final int COMPOUND_TAIL = 4;
    private static final Pattern ACTION_NOUN = Pattern.compile("(?:ing|else|tion|sion)$");
    private static final Pattern QUOTE_OPEN = Pattern.compile("^[\"“„»«]");
    private static final Pattern QUOTE_CLOSE = Pattern.compile("[\"”«»][.,:;!?)]*$");
    private static final int MAX_QUOTED_WORDS = 8;
    private static final Pattern DASH = Pattern.compile("^[-–]$");
    private static final Pattern SUSPENDING = Pattern.compile("^(?:og|eller|samt)$");
    private static final Pattern DEFINITE_ENDING = Pattern.compile("(?:en|et|ne)$");
    private static final Pattern SENTENCE_END = Pattern.compile("\\p{L}[?!]+[\"”»)]*$");
    private static final Pattern OPEN_END = Pattern.compile("[,:;/&+(\\-–]$");
    private static final Pattern INITIAL = Pattern.compile("^\\p{Lu}\\.$");
    /** How Danish adjectives the dictionary lacks end: "offentlig", "fremtidige", "vigtig". */
    private static final Pattern ADJECTIVE_ENDING = Pattern.compile("^\\p{L}{3,}(?:lig|dig|tig)e?$");
    /** The prepositions an action noun takes its object with in a title: "behandling af", "orientering om". */
    private static final Pattern OBJECT_PREPOSITION = Pattern.compile("^(?:af|om)$");
    /**
     * Abbreviations that stand before a number: "nr. 12", "pr. 31. marts", "kr. 500". Lower case only: a capitalised
     * "Nr." is as often "Nørre" in a place's name ("Nr. Skov").
     */
    private static final Pattern NUMBER_ABBREVIATION = Pattern.compile("^(?:nr\\.?|pr\\.|kr\\.)$");
    /** The longest name, in words, that {@link #saysAgain} looks for said twice. */
    private static final int MAX_REPEATED_WORDS = 6;
    /** The most words of a name that {@link #joinBareNames} joins to the title before it. */
    private static final int MAX_BARE_NAME = 4;

    private TitleRunSplitter() {
    }

    /** The titles of the run, in order; the run itself when no title starts inside it. */
    static List<String> split(String text) {
        return split(text, 0);
    }

    /**
     * The titles of the run when the numbering around it says how many it holds ({@code expected}, 0 when unknown):
     * "3 A B 11 5 C" has lost item 4's number, so the run after 3 holds two titles. The cuts the rules make are kept
     * when they give that many; with too few, the likeliest further title starts are cut as well (a capitalised word
     * after a word a title can end with, not going on a name; a typical or ordinary first word first), with too many,
     * the weakest cuts are undone. Where no word can start a title (a lower-case word, one after "af" or "til") none is
     * cut: a run may come out with fewer titles than expected.
     */
    static List<String> split(String text, int expected) {
        return split(text, expected, TitleEnds.NONE);
    }

    /**
     * As {@link #split(String, int)}, with the title ends that the file's own item pages print ({@code ends}): a
     * title that starts at the run's start or at a cut and that a page prints whole ends there, and that cut stays
     * whatever the count. A title after a cut that starts in lower case lost its first word's capital with a number
     * ("2. behandling af …" printed as "behandling af …"): it is given back, as every title starts with one.
     */
    static List<String> split(String text, int expected, TitleEnds ends) {
        String[] words = text.strip().split("\\s+");
        boolean[] cut = new boolean[words.length];
        // How the run of capitalised words before a word began: as a title ("Handleplan Status": maybe two titles),
        // with a name that starts one ("Vestby Boligforening"), or as a name inside a title ("i Øster Sønderby")
        Run run = Run.TITLE;
        for (int i = 0; i < words.length; i++) {
            cut[i] = i > 0 && startsTitle(words, i, run);
            if (isCapitalised(words[i]) && (i == 0 || cut[i] || !isCapitalised(words[i - 1]))) {
                run = !(i == 0 || cut[i]) ? Run.NAME_INSIDE
                        : isOrdinaryWord(unquoted(words[i])) ? Run.TITLE : Run.NAME_STARTS_TITLE;
            }
        }
        joinBareNames(words, cut);
        boolean[] settled = confirmedEnds(words, cut, ends);
        if (expected > 0) {
            fitCount(words, cut, settled, expected);
        }
        List<String> titles = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (int i = 0; i < words.length; i++) {
            if (cut[i]) {
                titles.add(titles.isEmpty() ? current.toString() : withCapital(current.toString()));
                current.setLength(0);
            }
            if (!current.isEmpty()) {
                current.append(' ');
            }
            current.append(words[i]);
        }
        if (!current.isEmpty()) {
            titles.add(titles.isEmpty() ? current.toString() : withCapital(current.toString()));
        }
        return titles;
    }

    /**
     * Cuts after the titles that the file's item pages print whole ({@link TitleEnds}), for each title start in turn
     * (the run's first word and every cut): the longest such title from there ends where the next one can start, and
     * no title starts inside it. The positions so settled are returned, for {@link #fitCount} to leave as they are.
     */
    private static boolean[] confirmedEnds(String[] words, boolean[] cut, TitleEnds ends) {
        boolean[] settled = new boolean[words.length];
        if (ends == TitleEnds.NONE) {
            return settled;
        }
        for (int start = 0; start < words.length; start++) {
            if (start > 0 && !cut[start]) {
                continue;
            }
            int end = -1;
            int last = Math.min(words.length - 1, start + TitleEnds.MAX_TITLE_WORDS);
            for (int e = start + TitleEnds.MIN_TITLE_WORDS; e <= last; e++) {
                if (mayFollowATitle(words, e) && ends.confirms(String.join(" ", Arrays.copyOfRange(words, start, e)))) {
                    end = e;
                }
            }
            if (end > 0) {
                for (int i = start + 1; i < end; i++) {
                    cut[i] = false;
                    settled[i] = true;
                }
                cut[end] = true;
                settled[end] = true;
            }
        }
        return settled;
    }

    /**
     * A title may end before word {@code e}: the word before it is a word, not a dash or other mark that the
     * comparison of texts leaves out ("Budgetopfølgning 2026 - orientering" ends no title after the dash), and word
     * {@code e} can start one: a capitalised word, or a lower-case ordinary word that lost the number before it
     * ("budgetopfølgning" of "1. budgetopfølgning"), not a preposition, conjunction or number that goes on the title
     * before ("Salg af byggegrunde i Nordby" is one title though a page may print "Salg af byggegrunde" alone).
     */
    private static boolean mayFollowATitle(String[] words, int e) {
        if (strip(words[e - 1]).chars().noneMatch(Character::isLetterOrDigit)) {
            return false;
        }
        String word = unquoted(words[e]);
        if (isCapitalised(words[e])) {
            return true;
        }
        String lower = strip(word).toLowerCase(Locale.ROOT);
        return !lower.isEmpty() && lower.chars().allMatch(Character::isLetter) && !CONTINUING.contains(lower)
                && isOrdinaryWord(word);
    }

    /** A title that a cut starts, with its first letter in upper case ("eSport" stays as a run's first title). */
    private static String withCapital(String title) {
        if (title.isEmpty() || !Character.isLowerCase(title.codePointAt(0))) {
            return title;
        }
        int first = title.codePointAt(0);
        return new StringBuilder().appendCodePoint(Character.toUpperCase(first))
                .append(title, Character.charCount(first), title.length()).toString();
    }

    /**
     * Cuts more or fewer title starts until the run holds {@code expected} titles, if it can: further cuts in order
     * of {@link #startLikelihood}, the cuts with the lowest one undone first. Ties go to the earlier word. Positions
     * the item pages settled ({@link #confirmedEnds}) stay as they are.
     */
    private static void fitCount(String[] words, boolean[] cut, boolean[] settled, int expected) {
        int titles = 1;
        for (boolean c : cut) {
            titles += c ? 1 : 0;
        }
        if (titles == expected) {
            return;
        }
        boolean adding = titles < expected;
        List<int[]> candidates = new ArrayList<>(); // word index, likelihood
        for (int i = 1; i < words.length; i++) {
            if (cut[i] != adding && !settled[i]) {
                int likelihood = startLikelihood(words, cut, i);
                if (!adding || likelihood > 0) {
                    candidates.add(new int[] {i, likelihood});
                }
            }
        }
        // adding: likeliest first; removing: least likely first
        candidates.sort((a, b) -> a[1] != b[1] ? (adding ? b[1] - a[1] : a[1] - b[1]) : a[0] - b[0]);
        for (int k = 0; k < candidates.size() && titles != expected; k++) {
            cut[candidates.get(k)[0]] = adding;
            titles += adding ? 1 : -1;
        }
    }

    /**
     * How likely a title starts at word {@code i}, 0 where none can: a lower-case word, a word after one a title cannot
     * end with ({@link #canEnd}: "af", "til", a comma, an adjective), after a dash or a suspended compound's
     * conjunction ("Kultur- og Idrætsudvalget"), inside a quotation, or going on a name ("Andels Boligforening" after
     * "Vestby"). Otherwise the sum of the signs: a typical first word, an ordinary word, after a lower-case word; an
     * acronym or a body's name counts against it.
     */
    private static int startLikelihood(String[] words, boolean[] cut, int i) {
        String word = unquoted(words[i]);
        String previous = words[i - 1];
        if (!isCapitalised(words[i]) || !canEnd(words, i - 1) || DASH.matcher(previous).matches()
                || i >= 2 && SUSPENDING.matcher(previous).matches() && words[i - 2].endsWith("-")
                || insideQuote(words, i) || continuesName(words, cut, i)) {
            return 0;
        }
        int likelihood = 1;
        likelihood += typicalStart(compoundHead(words, i)) ? 3 : 0;
        likelihood += isOrdinaryWord(word) ? 2 : 0;
        likelihood += !isCapitalised(previous) ? 1 : 0;
        likelihood -= isAcronym(word) || BODY_NAME.matcher(word).matches() ? 2 : 0;
        return Math.max(likelihood, 1);
    }

    /**
     * Word {@code i} goes on a run of capitalised words that began with a name: "Boligforening" in "… til Vestby Andels
     * Boligforening", but not "Klimapolitikken" in "Trafikplan Havnebyen Vestby Klimapolitikken". The run
     * begins at the latest title start ({@code cut}) at the most.
     */
    private static boolean continuesName(String[] words, boolean[] cut, int i) {
        int first = i;
        while (first > 0 && !cut[first] && isCapitalised(words[first - 1])) {
            first--;
        }
        return first < i && !isOrdinaryWord(unquoted(words[first]));
    }

    /** Word {@code i} lies after an opening quotation mark whose closing one has not come before it. */
    private static boolean insideQuote(String[] words, int i) {
        for (int k = i - 1; k >= 0 && k >= i - MAX_QUOTED_WORDS; k--) {
            if (QUOTE_OPEN.matcher(words[k]).find()) {
                return endOfQuote(words, k) >= i;
            }
            if (QUOTE_CLOSE.matcher(words[k]).find()) {
                return false; // a quotation closed before the word
            }
        }
        return false;
    }

    /**
     * A piece that is nothing but a name ending in a name word ("Sønderby Kommune", "Vestby Havn") and not starting
     * with a typical title word ("Driftsaftaler Vestby Idrætsforening" is a title) is no agenda title of its own: it
     * ends the title before it ("Kvartalsrapport 31. marts Sønderby Kommune").
     */
    private static void joinBareNames(String[] words, boolean[] cut) {
        for (int start = 1; start < words.length; start++) {
            if (!cut[start]) {
                continue;
            }
            int end = start + 1;
            while (end < words.length && !cut[end]) {
                end++;
            }
            if (isBareName(String.join(" ", Arrays.copyOfRange(words, start, end)))) {
                cut[start] = false;
            }
        }
    }

    private static boolean isBareName(String title) {
        String[] words = title.split("\\s+");
        if (words.length > MAX_BARE_NAME || !NAME_WORDS.contains(strip(words[words.length - 1]).toLowerCase(Locale.ROOT))
                || typicalStart(words[0])) {
            return false;
        }
        for (String word : words) {
            if (!isCapitalised(word)) {
                return false;
            }
        }
        return true;
    }

    /**
     * How the current run of capitalised words began. After a run that began with an ordinary word a capitalised
     * ordinary word may start the next title; a run that is a name (starting a title or inside one) goes on until a
     * name word completes it or a typical first word of a title follows.
     */
    private enum Run { TITLE, NAME_STARTS_TITLE, NAME_INSIDE }

    private static boolean startsTitle(String[] words, int i, Run run) {
        String word = unquoted(words[i]);
        String previous = words[i - 1];
        if (lostOrdinal(words, i) || lostNumber(words, i)) {
            return true;
        }
        if (!isCapitalised(words[i]) || !canEnd(words, i - 1)) {
            return false;
        }
        if (saysAgain(words, i)) {
            return true; // "… for Kulturudvalget Kulturudvalget - plan for 2027": no title repeats itself
        }
        if (isAcronym(word)) {
            return false;
        }
        if (BODY_NAME.matcher(word).matches()) {
            return false; // "Halvårsregnskab Kulturudvalget": the body a title is about
        }
        boolean ordinary = isOrdinaryWord(word);
        if (!isCapitalised(previous)) {
            // After a lower-case word or a number an ordinary word starts a title ("… budget 2025 Afsluttende
            // evaluering"; titles end with years more often than "Lokalplan 2024-3 Boliger ved …" goes on).
            if (ordinary && isDefinite(strip(word).toLowerCase(Locale.ROOT)) && i + 1 < words.length
                    && isCapitalised(words[i + 1]) && !typicalStart(unquoted(words[i + 1]))) {
                return false; // "… den selvejende institution Vuggestuen Mælkebøtten": an institution's name
            }
            return ordinary && !QUOTE_OPEN.matcher(words[i]).find() || nameStartsTitle(words, i);
        }
        String bare = strip(word).toLowerCase(Locale.ROOT);
        if (!ordinary && BODY_NAME.matcher(previous).matches() && i + 1 < words.length
                && NAME_WORDS.contains(strip(words[i + 1]).toLowerCase(Locale.ROOT))
                && (words[i + 1].endsWith(",") || i + 2 < words.length && DASH.matcher(words[i + 2]).matches())) {
            // "… Kulturudvalget Sønderby Teater, regnskab": a title names its body last; a name that a comma or a dash
            // goes on from is the next title's subject ("Integrationsrådet Nordby Kommune om …" is one body's name)
            return true;
        }
        if (!ordinary && ownsNext(words, i)) {
            return true; // "… Medborgerhus Bakkeby Sønderby Kommunes kulturstrategi": a municipality's plan is a title
        }
        if (!ordinary || NAME_WORDS.contains(bare)
                || i + 1 < words.length && COMPANY_FORM.matcher(words[i + 1]).matches()) {
            // "Region Nordjylland", "Sønderby Kommune", "Sønderby Affaldsservice A/S"
            return false;
        }
        if (isDefinite(strip(previous).toLowerCase(Locale.ROOT)) && !typicalStart(word)) {
            return false; // "Boligforeningen Vestergården", "Børnehaven Solsikken": the name of the one meant
        }
        // after "… i Sønderby Kommune" or a body's name the name is complete; after "… i Øster Sønderby" it may go on
        boolean nameComplete = NAME_WORDS.contains(strip(previous).toLowerCase(Locale.ROOT))
                || BODY_NAME.matcher(previous).matches();
        if (nameComplete) {
            return true;
        }
        if (isDefinite(bare)) {
            return false; // "Driftsopgaver Folkeskolen"
        }
        // a capitalised adjective (maybe a noun too) before a lower-case word begins a title: "… Trafikplan Sociale
        // tilbud i …", "… ved Sønderhede Aktiv ferie for børn"
        boolean adjectiveStart = canBeAdjective(word) && i + 1 < words.length && !isCapitalised(words[i + 1]);
        return run == Run.TITLE || adjectiveStart || typicalStart(compoundHead(words, i));
    }

    /**
     * Word {@code i} starts words said right before it ("Kulturudvalget Kulturudvalget", "Udvalget for Teknik Udvalget
     * for Teknik"): a title does not say a name twice in a row, so the second time starts the next title.
     */
    private static boolean saysAgain(String[] words, int i) {
        for (int k = 1; k <= MAX_REPEATED_WORDS && i - k >= 0 && i + k <= words.length; k++) {
            boolean same = true;
            for (int j = 0; j < k && same; j++) {
                same = strip(words[i + j]).equalsIgnoreCase(strip(words[i - k + j]));
            }
            if (same) {
                return true;
            }
        }
        return false;
    }

    /**
     * A lower-case action noun with its object ("behandling af", "orientering om") right after a noun that ends a
     * title: the conversion lost the ordinal before it ("2. behandling af takster"), and a title starts there. Danish
     * joins two nouns with a preposition or a dash, never by putting them side by side ("… dagplejen behandling af …"
     * is two titles); after an adjective the noun is the adjective's ("kommunal rådgivning af …").
     */
    private static boolean lostOrdinal(String[] words, int i) {
        String previous = words[i - 1];
        String lower = strip(words[i]).toLowerCase(Locale.ROOT);
        String before = strip(previous).toLowerCase(Locale.ROOT);
        return !isCapitalised(words[i]) && i + 1 < words.length && OBJECT_PREPOSITION.matcher(words[i + 1]).matches()
                && ACTION_NOUN.matcher(lower).find() && isOrdinaryWord(words[i])
                && canEnd(words, i - 1) && isOrdinaryWord(previous) && !canBeAdjective(previous) && isNounOrCompound(previous)
                // a genitive owns the noun after it ("borgernes inddragelse af …"), and a compound written in two
                // words is one noun ("klima tilpasning af …")
                && !before.endsWith("s") && DanishLexicon.get().readings(before + lower).isEmpty();
    }

    /**
     * A capitalised ordinary word right after an abbreviation that stands before a number ("nr", "pr.", "kr."): the
     * conversion lost the number, and the title ended with it ("Tillæg til regulativ nr Belysning på stierne" was
     * "… regulativ nr. 3 Belysning …"), as after a number a title starts.
     */
    private static boolean lostNumber(String[] words, int i) {
        String word = unquoted(words[i]);
        return isCapitalised(words[i]) && NUMBER_ABBREVIATION.matcher(words[i - 1]).matches() && isOrdinaryWord(word)
                && !BODY_NAME.matcher(word).matches() && !isAcronym(word);
    }

    /** The dictionary reads the word, or the compound's tail, as a noun. */
    private static boolean isNounOrCompound(String word) {
        return DanishLexicon.get().readingsOrCompound(strip(word).toLowerCase(Locale.ROOT)).stream()
                .anyMatch(r -> r.upos().equals("NOUN"));
    }

    /**
     * A name whose genitive name word owns the lower-case noun after it: "Sønderby Kommunes skolepolitik". A title
     * names a place before such an owner only with a preposition ("for Sønderby Kommunes …"), which
     * {@link #canEnd} already keeps together.
     */
    private static boolean ownsNext(String[] words, int i) {
        if (i + 2 >= words.length || isCapitalised(words[i + 2])) {
            return false;
        }
        String owner = strip(words[i + 1]);
        return isCapitalised(owner) && owner.length() > 2 && owner.endsWith("s")
                && NAME_WORDS.contains(owner.substring(0, owner.length() - 1).toLowerCase(Locale.ROOT));
    }

    /**
     * A name (or a quotation) right after a lower-case word starts a title when a name of several words starts there
     * ("… målene Vestby Boligforening - lån") or a genitive one ("… koncert Byens kors rejse"), unless a typical
     * title word follows it, which then starts the next title ("Navngivning af pladsen Nørreby Forslag til …"). A
     * single name followed by lower-case words goes on with the title it is in ("… stier Skovvej samt …"),
     * and so does one after an adjective ("Den gamle Smedje").
     */
    private static boolean nameStartsTitle(String[] words, int i) {
        if (isAdjective(words[i - 1]) && !nominalised(words, i - 1)) {
            return false;
        }
        int after = endOfQuote(words, i) + 1;
        if (after >= words.length) {
            return true;
        }
        if (isCapitalised(words[after])) {
            // "… Nordby Gadebelysning A/S": a company form makes a typical first word part of the company's name
            return !typicalStart(unquoted(words[after]))
                    || after + 1 < words.length && COMPANY_FORM.matcher(words[after + 1]).matches();
        }
        // "… finansiering Sønderby Regatta - kapsejlads 2016": a name, a dash and what about it is a title's form
        return after > i + 1 || strip(words[i]).endsWith("s") || DASH.matcher(words[after]).matches();
    }

    /**
     * The word whose head decides a suspended compound ("Natur- og Friluftspolitik" is a kind of "politik"): the word
     * after the conjunction; any other word is itself.
     */
    private static String compoundHead(String[] words, int i) {
        if (words[i].endsWith("-") && i + 2 < words.length && SUSPENDING.matcher(words[i + 1]).matches()) {
            return unquoted(words[i + 2]);
        }
        return unquoted(words[i]);
    }

    /** The dictionary reads the word as an adjective, maybe among others ("mobil" is a noun too). */
    private static boolean canBeAdjective(String word) {
        return readings(strip(word).toLowerCase(Locale.ROOT)).stream().anyMatch(r -> r.upos().equals("ADJ"));
    }

    private static boolean isAdjective(String word) {
        List<DanishLexicon.Reading> readings = DanishLexicon.get().readings(strip(word).toLowerCase(Locale.ROOT));
        return !readings.isEmpty() && readings.stream().allMatch(r -> r.upos().equals("ADJ"));
    }

    /** A noun in its definite form ("Folkeskolen", "Huset"): it does not start a title after a capitalised word. */
    private static boolean isDefinite(String lower) {
        return DEFINITE_ENDING.matcher(lower).find() && DanishLexicon.get().readingsOrCompound(lower).stream()
                .anyMatch(r -> r.upos().equals("NOUN") && !r.lemma().equals(lower));
    }

    /** The index of the word that closes a quotation opened at {@code i} ("»Grøn by«"), or {@code i}. */
    private static int endOfQuote(String[] words, int i) {
        if (!QUOTE_OPEN.matcher(words[i]).find()) {
            return i;
        }
        for (int k = i; k < words.length && k < i + MAX_QUOTED_WORDS; k++) {
            if (QUOTE_CLOSE.matcher(k == i ? words[k].substring(1) : words[k]).find()) {
                return k;
            }
        }
        return i;
    }

    private static boolean isCapitalised(String word) {
        String w = unquoted(word);
        return !w.isEmpty() && Character.isUpperCase(w.codePointAt(0)) && !word.startsWith("(");
    }

    /** "COVID-19", "FGU", "URS": an acronym is part of a title, not its first word. */
    private static boolean isAcronym(String word) {
        String letters = strip(word).replaceAll("[^\\p{L}]", "");
        return letters.length() >= 2 && letters.equals(letters.toUpperCase(Locale.ROOT))
                && !(letters.length() >= 4 && isOrdinaryWord(letters));
    }

    /**
     * A word agenda titles typically start with: an action noun ("Godkendelse", "Ansøgning", "Separering",
     * "Evaluering", "Henvendelse") or one of the common first words of {@code title-start-words.tsv}.
     */
    private static boolean typicalStart(String word) {
        String bare = strip(word).toLowerCase(Locale.ROOT);
        int hyphen = bare.indexOf('-');
        String head = hyphen > 0 ? bare.substring(0, hyphen) : bare;
        if (ACTION_NOUN.matcher(head).find() && isOrdinaryWord(head) || isTitleStart(head)) {
            return true;
        }
        // an inflected form counts as its lemma: "Driftsaftaler", "Takstblade"
        return DanishLexicon.get().readingsOrCompound(head).stream()
                .anyMatch(r -> r.upos().equals("NOUN") && !r.lemma().equals(head) && isTitleStart(r.lemma()));
    }

    private static boolean isTitleStart(String lower) {
        if (TITLE_STARTS.contains(lower)) {
            return true;
        }
        for (String start : TITLE_STARTS) {
            if (start.length() >= COMPOUND_PART && lower.startsWith(start)
                    || start.length() >= COMPOUND_TAIL && lower.endsWith(start)) {
                return true; // "Anlægsregnskab", "Affaldsplan"; "Budgetkontrol", "Tillægsbevilling"
            }
        }
        return false;
    }

    /**
     * Can a title end with word {@code k}? A question or exclamation mark ends one whatever the word ("… er planen
     * realistisk?"); an adjective coordinated with a noun is itself a noun ("Tilbud til familier og hjemløse"), so it may end
     * one, where an adjective before a name may not ("Forslag til Regional Trafikplan").
     */
    private static boolean canEnd(String[] words, int k) {
        String word = words[k];
        if (SENTENCE_END.matcher(word).find()) {
            return true;
        }
        return nominalised(words, k) || canEnd(word);
    }

    /** Word {@code k} is an adjective coordinated with a noun before it, and so a noun itself: "familier og hjemløse". */
    private static boolean nominalised(String[] words, int k) {
        return k >= 2 && SUSPENDING.matcher(words[k - 1]).matches() && isAdjective(words[k]) && isNoun(words[k - 2]);
    }

    /** The dictionary reads a lower-case word as a noun and never as an adjective ("familier", not "sårbare"). */
    private static boolean isNoun(String word) {
        if (isCapitalised(word)) {
            return false;
        }
        List<DanishLexicon.Reading> readings = readings(strip(word).toLowerCase(Locale.ROOT));
        return readings.stream().anyMatch(r -> r.upos().equals("NOUN"))
                && readings.stream().noneMatch(r -> r.upos().equals("ADJ"));
    }

    private static boolean canEnd(String word) {
        if (OPEN_END.matcher(word).find() || INITIAL.matcher(word).matches() || DEFINITE_GENITIVE.matcher(word).matches()
                || isAdjective(word)) {
            return false; // nor with an adjective: "Forslag til Regional Trafikplan"
        }
        return !CONTINUING.contains(strip(word).toLowerCase(Locale.ROOT));
    }

    /** The dictionary knows the word, or its tail, as something other than a name. */
    private static boolean isOrdinaryWord(String word) {
        String bare = strip(word).toLowerCase(Locale.ROOT);
        if (bare.length() < 2) {
            return false;
        }
        String written = strip(word);
        boolean knownName = DanishLexicon.get().readings(written).stream().anyMatch(r -> r.upos().equals("PROPN"));
        if (knownName && !hasOrdinaryReading(bare)) {
            return false; // a place the dictionary knows by name ("Odense"), however it splits into words
        }
        // "Kultur-" in "Kultur- og Fritidsudvalget", "IT-strategi", "Politik/plan": any part will do
        for (String part : bare.split("[-/]")) {
            if (part.length() >= 2 && (hasOrdinaryReading(part) || isCompound(part))) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasOrdinaryReading(String lower) {
        return readings(lower).stream().anyMatch(r -> !r.upos().equals("PROPN"));
    }

    /**
     * The dictionary's readings of a lower-case word; for a word it does not know that ends like a Danish adjective
     * ("-lig", "-dig", "-tig": the dictionary lacks many of them, "offentlig", "fremtidig", "vigtig"), an adjective.
     * For what is an ordinary word or may start a title; where a title cannot end ({@link #canEnd}) only the
     * dictionary's adjectives count, so an unknown name with such an ending still ends one.
     */
    private static List<DanishLexicon.Reading> readings(String lower) {
        List<DanishLexicon.Reading> known = DanishLexicon.get().readings(lower);
        if (known.isEmpty() && ADJECTIVE_ENDING.matcher(lower).find()) {
            return List.of(new DanishLexicon.Reading(lower, "ADJ")); // the lemma is never read
        }
        return known;
    }

    /**
     * A compound of ordinary words ("budgetopfølgning"). The tail must be long: short ones make names look like
     * compounds ("Haders-lev", "Syddan-mark").
     */
    private static boolean isCompound(String lower) {
        for (int split = COMPOUND_HEAD; split <= lower.length() - COMPOUND_TAIL; split++) {
            if (hasOrdinaryReading(lower.substring(split))) {
                return true;
            }
        }
        return false;
    }

    private static String unquoted(String word) {
        return word.replaceFirst("^[\"“”„«»'(]+", "");
    }

    private static String strip(String word) {
        return unquoted(word).replaceFirst("[\"“”„«»').,:;!?]+$", "");
    }
}
