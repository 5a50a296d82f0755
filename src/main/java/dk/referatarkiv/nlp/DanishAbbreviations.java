package dk.referatarkiv.nlp;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/** Danish abbreviations written with full stops. A full stop that belongs to one of these never ends a sentence. */
public final class DanishAbbreviations {

    private DanishAbbreviations() {
    }

    public static final List<String> ALL = List.of(
            "mio.", "mia.", "kr.", "d.", "bl.a.", "jf.", "ift.", "ifm.", "pba.", "ca.", "kl.", "pt.", "evt.",
            "f.eks.", "fx.", "vedr.", "nr.", "stk.", "konst.", "mv.", "m.v.", "m.m.", "mm.", "o.l.", "osv.", "etc.",
            "inkl.", "ekskl.", "excl.", "incl.", "jan.", "feb.", "apr.", "aug.", "sept.", "sep.", "okt.", "nov.",
            "dec.", "ang.", "iflg.", "hhv.", "dvs.", "ff.", "gl.", "hr.", "frk.", "mht.", "mdr.", "max.",
            "maks.", "pct.", "ref.", "red.", "resp.", "tlf.", "udg.", "v.", "vs.", "m.fl.", "bl.", "a.m.b.a.",
            "aps.", "a/s.", "sml.", "ovf.", "tilsv.", "tidl.", "vha.", "mvh.", "godk.", "fhv.", "afd.", "adm.",
            "dir.", "prof.", "dr.", "lign.", "pkt.", "ndr.", "sdr.", "vejl.", "udv.");

    /**
     * Abbreviations that often stand last in a sentence ("... 35 mio. kr. Måltallet ..."): their full stop ends the
     * sentence when the next word is capitalised. Every other abbreviation precedes what it abbreviates and never
     * ends a sentence.
     */
    public static final Set<String> MAY_END_SENTENCE = Set.of("kr.", "mv.", "m.v.", "osv.", "etc.", "m.m.", "mm.",
            "m.fl.", "o.l.", "mdr.", "pct.", "aps.", "a/s.", "a.m.b.a.", "mio.kr.", "mia.kr.");

    /** The same, lower-cased, for look-ups. */
    public static final Set<String> LOWER = ALL.stream().map(a -> a.toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
}
