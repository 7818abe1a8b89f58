package fr.boussole.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import fr.boussole.rules.pack.Pack;
import fr.boussole.rules.pack.PackLoader;
import fr.boussole.rules.tools.Synthetic;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Multiplies real rule packs into a catalogue {@code factor} times larger, for the "Judge a DCE" benchmark.
 *
 * <p>Copy {@code k} (2…factor) of a pack is a new pack {@code <id>-x<k>} whose criteria keep everything of the
 * originals (applicability, messages, examples, the pack's DRL) under renamed ids ({@code LEG-01} →
 * {@code LEGX2-01}, also inside the copied DRL, whose package becomes {@code <drlPackage>.x<k>}). Their signals
 * keep the real patterns, with their bounded repetitions widened ({@code {0,60}} → {@code {0,65}}) so that no two
 * copies are textually equal, and gain one more pattern made of two phrases of the responsible-digital vocabulary
 * as buyers write it ({@link #VOCABULARY}). The keyword prefilter therefore meets the real keywords (each copy
 * matches what the original matches: the copies add the full matching, fact and verdict work) plus new, realistic
 * ones: a pessimistic but plausible tenfold catalogue, not random strings the prefilter would discard for free.
 *
 * <p>Overlay packs are not copied (they add no criterion). Deterministic for a given seed.
 */
public final class CriteriaMultiplier {

    /** Phrase pairs of responsible digital purchasing, in buyers' words (our own list). */
    static final String[][] VOCABULARY = {
            {"accessibilité numérique", "RGAA"}, {"déclaration d'accessibilité", "schéma pluriannuel"},
            {"écoconception", "service numérique"}, {"sobriété", "fonctionnalités"},
            {"indice de réparabilité", "équipements"}, {"pièces détachées", "disponibilité"},
            {"garantie", "ans"}, {"mises à jour", "sécurité"}, {"effacement", "données"},
            {"données personnelles", "sous-traitant"}, {"hébergement", "Union européenne"},
            {"logiciels libres", "formats ouverts"}, {"interopérabilité", "API"}, {"réversibilité", "données"},
            {"consommation électrique", "mode veille"}, {"label", "équivalent"}, {"insertion", "heures de travail"},
            {"plan de progrès", "environnement"}, {"reconditionnés", "matériels"}, {"bilan carbone", "prestation"},
            {"énergie", "renouvelable"}, {"centre de données", "efficacité énergétique"},
            {"terminaux", "anciens"}, {"poids", "pages"}, {"fin de vie", "équipements"},
            {"vidéos", "lecture automatique"}, {"durée de conservation", "données"}, {"intelligence artificielle",
            "entraînement"}, {"conventions", "OIT"}, {"minerais", "conflits"}, {"papier", "recyclé"},
            {"livraisons", "regroupées"}, {"certificat", "preuve"}, {"mémoire technique", "environnemental"},
            {"formation", "utilisateurs"}, {"sécurité", "ANSSI"}, {"souveraineté", "extraterritoriales"},
            {"référentiel général", "interopérabilité"}, {"empreinte", "numérique"}, {"durabilité", "matériel"}};

    private static final Pattern BOUNDED = Pattern.compile("\\{(\\d+),(\\d+)}");
    private static final YAMLMapper YAML = new YAMLMapper();

    private CriteriaMultiplier() {
    }

    /** What was written. */
    public record Copies(List<Path> folders, List<String> packIds, int criteria, int patterns) {
    }

    /**
     * Writes {@code factor - 1} copies of every non-overlay pack of {@code base} as pack folders under {@code dir}.
     * The ids of every criterion of {@code base} are renamed consistently, so a pack's DRL that mentions another
     * pack's criterion points at the same copy number.
     */
    public static Copies write(List<Pack> base, int factor, long seed, Path dir) {
        if (factor < 1) {
            throw new IllegalArgumentException("facteur invalide : " + factor);
        }
        List<Path> folders = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        int criteria = 0;
        int patterns = 0;
        Map<String, String> prefixOf = new LinkedHashMap<>(); // criterion id → prefix of its pack
        for (Pack p : base) {
            for (Pack.Entry e : p.criteria()) {
                String id = e.def().id();
                p.manifest().idPrefixes().stream().filter(id::startsWith).max(Comparator.comparingInt(String::length))
                        .ifPresent(px -> prefixOf.put(id, px));
                for (String a : e.def().aliases()) {
                    p.manifest().idPrefixes().stream().filter(a::startsWith)
                            .max(Comparator.comparingInt(String::length)).ifPresent(px -> prefixOf.put(a, px));
                }
            }
        }
        for (int k = 2; k <= factor; k++) {
            Random r = new Random(seed * 31 + k);
            for (Pack p : base) {
                if (p.overlay()) {
                    continue;
                }
                Map<String, byte[]> files = copy(p, k, prefixOf, r);
                Path folder = dir.resolve(p.id() + "-x" + k);
                writeFolder(folder, files);
                folders.add(folder);
                ids.add(p.id() + "-x" + k);
                criteria += p.criteria().size();
                patterns += countPatterns(PackLoader.load(folder));
            }
        }
        return new Copies(folders, ids, criteria, patterns);
    }

    /** The files of copy {@code k} of a pack (relative path → bytes). */
    static Map<String, byte[]> copy(Pack p, int k, Map<String, String> prefixOf, Random r) {
        Map<String, byte[]> out = new LinkedHashMap<>();
        try {
            ObjectNode manifest = (ObjectNode) YAML.readTree(p.text("pack.yaml"));
            manifest.put("id", p.id() + "-x" + k);
            manifest.put("title", manifest.path("title").asText() + " (copie " + k + " pour mesure)");
            ArrayNode prefixes = manifest.putArray("idPrefixes");
            p.manifest().idPrefixes().forEach(px -> prefixes.add(renamePrefix(px, k)));
            if (p.manifest().drlPackage() != null) {
                manifest.put("drlPackage", p.manifest().drlPackage() + ".x" + k);
            }
            // named contexts (a subject shared by many criteria, e.g. RGESN "conception"): widened like the
            // criteria's own patterns, so that every copy owns its subject as a new pack would
            for (JsonNode ctx : manifest.path("contexts")) {
                if (ctx.get("patterns") instanceof ArrayNode pats) {
                    for (int i = 0; i < pats.size(); i++) {
                        pats.set(i, TextNode.valueOf(widen(pats.get(i).asText(), k)));
                    }
                }
            }
            out.put("pack.yaml", YAML.writeValueAsBytes(manifest));
            for (Pack.Entry e : p.criteria()) {
                ObjectNode c = (ObjectNode) YAML.readTree(p.text(e.file()));
                String newId = rename(e.def().id(), k, prefixOf);
                c.put("id", newId);
                if (c.has("aliases")) {
                    ArrayNode al = c.putArray("aliases");
                    e.def().aliases().forEach(a -> al.add(rename(a, k, prefixOf)));
                }
                for (JsonNode s : c.path("signals")) {
                    ArrayNode pats = (ArrayNode) s.get("patterns");
                    if (pats == null) {
                        continue;
                    }
                    for (int i = 0; i < pats.size(); i++) {
                        pats.set(i, TextNode.valueOf(widen(pats.get(i).asText(), k)));
                    }
                    // explicit keywords would hide the new pattern from the prefilter: leave such signals as they are
                    if (!s.path("caseSensitive").asBoolean(false) && s.path("keywords").isEmpty()) {
                        pats.add(vocabularyPattern(VOCABULARY[r.nextInt(VOCABULARY.length)]));
                    }
                }
                out.put("criteria/" + newId + ".yaml", YAML.writeValueAsBytes(c));
            }
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        for (Map.Entry<String, String> d : p.drl().entrySet()) {
            String text = d.getValue().replaceFirst("(?m)^(\\s*package\\s+)([\\w.]+)", "$1$2.x" + k);
            text = renameIds(text, k, prefixOf);
            out.put(d.getKey(), text.getBytes(StandardCharsets.UTF_8));
        }
        return out;
    }

    /** {@code a[^.;]{0,60}b}: both phrases in the same clause part, as a real signal would ask. */
    static String vocabularyPattern(String[] v) {
        return literal(v[0]) + "[^.;]{0,60}" + literal(v[1]);
    }

    private static String literal(String s) {
        return s.toLowerCase(Locale.ROOT).replaceAll("([\\\\.()\\[\\]{}*+?|^$])", "\\\\$1");
    }

    /** Widens every bounded repetition {a,b} by 5·(k-1), keeping the pattern's language almost the same. */
    static String widen(String pattern, int k) {
        Matcher m = BOUNDED.matcher(pattern);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            int hi = Integer.parseInt(m.group(2)) + 5 * (k - 1);
            m.appendReplacement(sb, "{" + m.group(1) + "," + hi + "}");
        }
        m.appendTail(sb);
        return sb.toString();
    }

    static String renamePrefix(String prefix, int k) {
        String stem = prefix.endsWith("-") ? prefix.substring(0, prefix.length() - 1) : prefix;
        return stem + "X" + k + "-";
    }

    static String rename(String id, int k, Map<String, String> prefixOf) {
        String px = prefixOf.get(id);
        if (px == null) {
            return id;
        }
        String rest = id.substring(px.length());
        String np = renamePrefix(px, k);
        return rest.startsWith("-") ? np + rest.substring(1) : np + rest;
    }

    /** Renames every known criterion id standing as a whole token (strings, rule names, comments). */
    static String renameIds(String text, int k, Map<String, String> prefixOf) {
        String out = text;
        List<String> ids = new ArrayList<>(prefixOf.keySet());
        ids.sort(Comparator.comparingInt(String::length).reversed());
        for (String id : ids) {
            out = out.replaceAll("(?<![A-Za-z0-9-])" + Pattern.quote(id) + "(?![A-Za-z0-9])",
                    Matcher.quoteReplacement(rename(id, k, prefixOf)));
        }
        return out;
    }

    /** Patterns the matcher will compile for a loaded pack (named contexts included, once per criterion). */
    static int countPatterns(Pack p) {
        return p.criterionDefs().stream().flatMap(c -> c.signals().stream()).mapToInt(s -> s.patterns().size()).sum();
    }

    private static int countPatterns(Map<String, byte[]> files) {
        int n = 0;
        for (Map.Entry<String, byte[]> f : files.entrySet()) {
            if (!f.getKey().startsWith("criteria/")) {
                continue;
            }
            try {
                for (JsonNode s : YAML.readTree(f.getValue()).path("signals")) {
                    n += s.path("patterns").size();
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return n;
    }

    private static void writeFolder(Path folder, Map<String, byte[]> files) {
        try {
            for (Map.Entry<String, byte[]> f : files.entrySet()) {
                Path target = folder.resolve(f.getKey());
                Files.createDirectories(target.getParent());
                Files.write(target, f.getValue());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The other way to grow the catalogue: instead of copies, one pack of {@code (factor - 1) × criteria of base}
     * criteria from the rules module's {@link Synthetic} generator (two signals each, built from phrase pairs of
     * the responsible-digital vocabulary, no DRL). Their keywords are real words of the field, but most of them
     * are absent from a given DCE: closer to a catalogue of new subjects than copies of the same ones.
     */
    public static Copies writeSynthetic(List<Pack> base, int factor, long seed, Path dir) {
        int count = (factor - 1) * base.stream().filter(p -> !p.overlay()).mapToInt(p -> p.criteria().size()).sum();
        Pack syn = Synthetic.pack("synthetique", count, seed);
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("pack.yaml", syn.text("pack.yaml").getBytes(StandardCharsets.UTF_8));
        for (Pack.Entry e : syn.criteria()) {
            files.put(e.file(), syn.text(e.file()).getBytes(StandardCharsets.UTF_8));
        }
        Path folder = dir.resolve(syn.id());
        writeFolder(folder, files);
        return new Copies(List.of(folder), List.of(syn.id()), count, countPatterns(files));
    }

    /** Loads written copies, e.g. to count what the matcher will see. */
    public static List<Pack> load(Copies copies) {
        return copies.folders().stream().map(PackLoader::load).toList();
    }
}
