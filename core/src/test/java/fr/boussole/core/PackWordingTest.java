package fr.boussole.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import fr.boussole.extractor.ExtractedDocument;
import fr.boussole.extractor.ExtractionOptions;
import fr.boussole.extractor.SourceFile;
import fr.boussole.extractor.TextBlock;
import fr.boussole.extractor.TikaExtractor;
import fr.boussole.rules.pack.CriterionDef;
import fr.boussole.rules.pack.Pack;
import fr.boussole.rules.pack.PackLoader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Guard against wording taken from the shared corpus (../shared/corpus: real DCEs and official guides).
 * The built-in packs (examples, messages, descriptions, suggested clauses, notes) and the sources of our
 * sample tenders must be written in our own words: any run of {@code RUN} (8) or more consecutive words
 * shared with a corpus text (case, accents and punctuation ignored) fails the test, with every offending
 * run listed. Citations ({@code source:}, {@code reference:}, {@code framework:}) name official texts on
 * purpose and are not checked; regex patterns are not prose. Skipped when the corpus is absent.
 */
class PackWordingTest {

    /**
     * Shortest shared run that counts as copied: legal names and criterion titles stay under it. Set
     * {@code -Dboussole.wordingRun=7} to look for closer paraphrases by hand (the guard stays at 8).
     */
    static final int RUN = Integer.getInteger("boussole.wordingRun", 8);

    /**
     * Official names and terms of art that any French tender must use as they are: each one counts as a
     * single word on both sides, so quoting it never makes a run by itself (the words around it still
     * count). Keep this list short, one reason each.
     */
    private static final Map<String, String> OFFICIAL_NAMES = Map.ofEntries(
            Map.entry("code de la commande publique", "nom du code"),
            Map.entry("cahier des clauses administratives générales", "nom de pièce (CCAG)"),
            Map.entry("cahier des clauses administratives générales applicables aux marchés publics de techniques"
                    + " de l'information et de la communication", "titre officiel du CCAG-TIC (arrêté du 30 mars 2021)"),
            Map.entry("cahier des clauses administratives particulières", "nom de pièce (CCAP)"),
            Map.entry("cahier des clauses techniques particulières", "nom de pièce (CCTP)"),
            Map.entry("techniques de l'information et de la communication", "titre officiel du CCAG-TIC"),
            Map.entry("dossier de consultation des entreprises", "nom de pièce (DCE)"),
            Map.entry("date limite de réception des offres", "terme consacré (DLRO)"),
            Map.entry("conventions fondamentales de l'Organisation internationale du travail",
                    "nom officiel des huit conventions de l'OIT"),
            Map.entry("Organisation internationale du travail", "nom d'institution"),
            Map.entry("droit d'organisation et de négociation collective", "titre de la convention n° 98 de l'OIT"),
            Map.entry("pires formes de travail des enfants", "titre de la convention n° 182 de l'OIT"),
            Map.entry("économie sociale et solidaire", "notion légale (loi n° 2014-856)"),
            Map.entry("clause sociale de formation sous statut scolaire",
                    "nom du dispositif (guide de l'Éducation nationale, 2019)"),
            Map.entry("insertion par l'activité économique", "notion légale (code du travail, L5132-1)"),
            Map.entry("référentiel général d'amélioration de l'accessibilité", "nom officiel du RGAA"),
            Map.entry("sécurité et de protection de la santé", "coordination SPS (code du travail, L4532-2)"),
            Map.entry("politique de sécurité des systèmes d'information", "terme consacré (PSSI)"),
            Map.entry("gaz à effet de serre", "terme consacré (GES)"));

    private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern LINE_END_HYPHEN = Pattern.compile("(\\p{L})-[ \\t]*\\r?\\n[ \\t]*(\\p{L})");

    private static Path root;
    /** Every RUN-word window of the corpus → the corpus file it comes from. */
    private static Map<String, String> corpusWindows;
    /** Why the corpus tests are skipped, or null. */
    private static String corpusMissing;

    @BeforeAll
    static void readCorpus() throws IOException {
        root = Path.of(System.getProperty("boussole.root", ".."));
        Path corpus = Path.of(System.getProperty("boussole.shared", "../shared")).resolve("corpus");
        corpusMissing = Files.isDirectory(corpus.resolve("dce")) ? null : "corpus partagé absent : " + corpus;
        if (corpusMissing != null) {
            return;
        }
        corpusWindows = new HashMap<>();
        List<Path> files;
        try (Stream<Path> s = Files.walk(corpus)) {
            files = s.filter(Files::isRegularFile)
                    .filter(p -> p.startsWith(corpus.resolve("dce")) || p.startsWith(corpus.resolve("clausiers")))
                    .sorted().toList();
        }
        try (TikaExtractor extractor = new TikaExtractor(ExtractionOptions.defaults())) {
            for (Path f : files) {
                String name = corpus.relativize(f).toString();
                ExtractedDocument doc = extractor.extract(
                        new SourceFile(name, f.getFileName().toString(), f, Files.size(f), null));
                String text = doc.blocks().stream().map(TextBlock::text).collect(Collectors.joining("\n"));
                assertTrue(text.length() > 1000, "texte du corpus non extrait : " + name + " " + doc.problems());
                // PDF line-end hyphens: index the word both joined (hyphenation) and split (compound word)
                for (String variant : List.of(LINE_END_HYPHEN.matcher(text).replaceAll("$1$2"), text)) {
                    String[] w = words(variant);
                    for (int i = 0; i + RUN <= w.length; i++) {
                        corpusWindows.putIfAbsent(window(w, i), name);
                    }
                }
            }
        }
    }

    @Test
    void builtinPacksUseOwnWording() {
        assumeTrue(corpusMissing == null, corpusMissing);
        List<Hit> found = new ArrayList<>();
        List<Pack> packs = PackLoader.builtins();
        assertFalse(packs.isEmpty());
        for (Pack p : packs) {
            check(p.id() + " pack.yaml description", p.manifest().description(), found);
            p.manifest().contexts().forEach((k, c) -> check(p.id() + " contexte " + k, c.description(), found));
            for (Pack.Entry e : p.criteria()) {
                CriterionDef d = e.def();
                String at = p.id() + "/" + d.id();
                check(at + " title", d.title(), found);
                check(at + " description", d.description(), found);
                check(at + " partialWhen", d.partialWhen(), found);
                check(at + " applies.onlyIfMentioned", d.applies().onlyIfMentioned(), found);
                CriterionDef.MessagesDef m = d.messages();
                check(at + " messages.covered", m.covered(), found);
                check(at + " messages.partial", m.partial(), found);
                check(at + " messages.missing", m.missing(), found);
                check(at + " messages.contradicted", m.contradicted(), found);
                check(at + " messages.notApplicable", m.notApplicable(), found);
                if (d.suggestion() != null) {
                    check(at + " suggestion", d.suggestion().text(), found);
                }
                for (CriterionDef.SignalDef s : d.signals()) {
                    check(at + " signal " + s.id() + " note", s.note(), found);
                }
                for (int i = 0; i < d.examples().size(); i++) {
                    CriterionDef.ExampleDef x = d.examples().get(i);
                    String ex = at + " exemple " + (i + 1) + " (" + x.expect() + ")";
                    check(ex + " note", x.note(), found);
                    check(ex, x.text(), found);
                    for (CriterionDef.ExamplePiece piece : x.pieces()) {
                        check(ex + " pièce " + piece.role(), piece.text(), found);
                    }
                }
            }
        }
        assertTrue(found.isEmpty(), found.size() + " texte(s) des packs reprennent le corpus mot pour mot ("
                + RUN + " mots ou plus) ; à réécrire avec nos mots :\n"
                + found.stream().map(Hit::toLine).collect(Collectors.joining("\n")));
    }

    /**
     * Same check on the Markdown sources of our sample tenders. Runs already there when this guard was
     * written are listed in {@code sample-tenders-wording-debt.txt} (their rewriting means regenerating
     * the sample DCEs and re-checking the gold labels): a new run fails, and so does a listed run that is
     * gone, so the list only shrinks.
     */
    @Test
    void sampleTenderSourcesUseOwnWording() throws IOException {
        assumeTrue(corpusMissing == null, corpusMissing);
        Path sources = root.resolve("sample-tenders/src/tenders");
        assumeTrue(Files.isDirectory(sources), "sources des marchés d'exemple absentes : " + sources);
        List<Hit> found = new ArrayList<>();
        List<Path> files;
        try (Stream<Path> s = Files.walk(sources)) {
            files = s.filter(Files::isRegularFile).filter(f -> f.toString().endsWith(".md")
                    || f.toString().endsWith(".properties")).sorted().toList();
        }
        assertFalse(files.isEmpty());
        for (Path f : files) {
            check(sources.relativize(f).toString().replace('\\', '/'), Files.readString(f, StandardCharsets.UTF_8),
                    found);
        }
        Set<String> known = new LinkedHashSet<>();
        try (var in = PackWordingTest.class.getResourceAsStream("sample-tenders-wording-debt.txt")) {
            assertNotNull(in, "liste sample-tenders-wording-debt.txt absente");
            new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().map(String::strip)
                    .filter(l -> !l.isEmpty() && !l.startsWith("#")).forEach(known::add);
        }
        Set<String> seen = new LinkedHashSet<>();
        List<String> added = new ArrayList<>();
        for (Hit h : found) {
            seen.add(h.key());
            if (!known.contains(h.key())) {
                added.add(h.toLine());
            }
        }
        // the current list, ready to compare with the debt file
        Files.write(root.resolve("core/target/sample-tenders-wording-found.txt"), seen);
        List<String> gone = known.stream().filter(k -> !seen.contains(k)).toList();
        assertTrue(added.isEmpty(), added.size() + " nouveau(x) passage(s) des marchés d'exemple repris du corpus mot"
                + " pour mot (" + RUN + " mots ou plus) ; à réécrire avec nos mots :\n" + String.join("\n", added));
        assertTrue(gone.isEmpty(), "passages réécrits : à retirer de sample-tenders-wording-debt.txt :\n"
                + String.join("\n", gone));
    }

    /** A run of {@code words} words of {@code where} also found in the corpus file {@code source}. */
    record Hit(String where, String run, int words, String source) {
        String key() {
            return where + "\t" + run;
        }

        String toLine() {
            return "- " + where + " : « " + run + " » (" + words + " mots, " + source + ")";
        }
    }

    /** The normaliser folds case, accents, ligatures and punctuation, and shrinks names and references. */
    @Test
    void normalisationFoldsCaseAccentsPunctuationNamesAndReferences() {
        assertEquals(List.of("l", "oeuvre", "ecoconcue", "a", "§"), List.of(words("L’Œuvre « éco\u00ADconçue » : à 100 %")));
        assertEquals(List.of("§", "du", "code_de_la_commande_publique"),
                List.of(words("articles L. 2124-2, R. 2124-2 1° et R. 2161-2 à R. 2161-5 du Code de la commande publique")));
        assertEquals(List.of("conformement", "a", "§", "de", "§"),
                List.of(words("conformément à l'article 35 de la loi n° 2021-1104 du 22 août 2021")));
        assertEquals(List.of("fixe", "a", "§", "du", "montant"), List.of(words("fixé à 5,0 % du montant")));
    }

    /** Adds to {@code found} every maximal run of RUN+ words of {@code text} also found in the corpus. */
    private static void check(String where, String text, List<Hit> found) {
        if (text == null || text.isBlank()) {
            return;
        }
        String[] w = words(text);
        int i = 0;
        while (i + RUN <= w.length) {
            String source = corpusWindows.get(window(w, i));
            if (source == null) {
                i++;
                continue;
            }
            int end = i + RUN;
            while (end < w.length && corpusWindows.containsKey(window(w, end - RUN + 1))) {
                end++;
            }
            String run = String.join(" ", Arrays.copyOfRange(w, i, end));
            found.add(new Hit(where, run, end - i, source));
            i = end;
        }
    }

    private static String window(String[] w, int from) {
        return String.join(" ", Arrays.copyOfRange(w, from, from + RUN));
    }

    /**
     * Lower case, accents and ligatures folded, soft hyphens dropped, split on anything not a letter or
     * digit; then each official name becomes one word, each number, legal reference or date ("l 2113 10",
     * "r 2161 2 a r 2161 5", "9 mars 2021") becomes the single word "§", and so does a citation
     * ("l'article §", "la loi § du §").
     */
    static String[] words(String text) {
        String s = " " + String.join(" ", fold(text)) + " ";
        for (Pattern p : NAMES) {
            s = p.matcher(s).replaceAll(m -> m.group().replace(' ', '_'));
        }
        s = REFERENCE.matcher(s).replaceAll("§");
        s = CITATION.matcher(s).replaceAll("§");
        return Arrays.stream(s.split(" ")).filter(x -> !x.isEmpty()).toArray(String[]::new);
    }

    private static String[] fold(String text) {
        String s = text.replace("\u00AD", "").replace("œ", "oe").replace("Œ", "oe").replace("æ", "ae")
                .replace("Æ", "ae");
        s = MARKS.matcher(Normalizer.normalize(s, Normalizer.Form.NFD)).replaceAll("");
        s = s.toLowerCase(Locale.ROOT);
        return Arrays.stream(NON_WORD.split(s)).filter(x -> !x.isEmpty()).toArray(String[]::new);
    }

    private static final String NUMBER = "(?:[lrdn] )?\\d+(?: \\d+)*(?: (?:janvier|fevrier|mars|avril|mai|juin|juillet"
            + "|aout|septembre|octobre|novembre|decembre) \\d+)?";
    private static final Pattern REFERENCE =
            Pattern.compile("(?<![^ ])" + NUMBER + "(?: (?:et |a |au )?" + NUMBER + ")*(?![^ ])");
    /** "l'article §", "la loi § du §", "du décret § du §": a citation is one word too. */
    private static final Pattern CITATION = Pattern.compile("(?<![^ ])(?:(?:l|les|aux|la|le|du|des|au) )?"
            + "(?:article|articles|art|loi|decret|ordonnance|arrete|directive) §(?: du §)?(?![^ ])");
    /** Official names, longest first, as token sequences bounded by spaces. */
    private static final List<Pattern> NAMES = OFFICIAL_NAMES.keySet().stream()
            .map(n -> String.join(" ", fold(n)))
            .sorted(java.util.Comparator.comparingInt(String::length).reversed())
            .map(n -> Pattern.compile("(?<![^ ])" + Pattern.quote(n) + "(?![^ ])")).toList();
}
