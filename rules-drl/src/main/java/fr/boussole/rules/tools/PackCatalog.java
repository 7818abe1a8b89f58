package fr.boussole.rules.tools;

import com.samskivert.mustache.Mustache;
import com.samskivert.mustache.Template;
import fr.boussole.model.BuyerType;
import fr.boussole.model.PurchaseFamily;
import fr.boussole.model.Status;
import fr.boussole.rules.Scoring;
import fr.boussole.rules.pack.CriterionDef;
import fr.boussole.rules.pack.EffectiveCriterion;
import fr.boussole.rules.pack.Pack;
import fr.boussole.rules.pack.PackSet;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Generates the browsable catalogue of a pack set: one self-contained HTML page (no external resource) and the
 * same content in Markdown. Criteria are grouped by pack, then theme, with their sources, applicability,
 * signals, messages, suggestion and examples; overlay changes are shown.
 */
public final class PackCatalog {

    private static final Map<String, String> THEMES = Map.of(
            "environnement", "Environnement", "social", "Social", "accessibilite", "Accessibilité",
            "donnees", "Données", "souverainete", "Souveraineté", "securite", "Sécurité",
            "ouverture", "Logiciel libre et ouverture");

    private PackCatalog() {
    }

    public static String html(PackSet set) {
        return render("catalog.html.mustache", true, model(set));
    }

    public static String markdown(PackSet set) {
        return render("catalog.md.mustache", false, model(set));
    }

    /** Writes {@code catalogue.html} and {@code catalogue.md} into a folder. */
    public static List<Path> write(PackSet set, Path dir) throws IOException {
        Files.createDirectories(dir);
        Path h = dir.resolve("catalogue.html");
        Path m = dir.resolve("catalogue.md");
        Files.writeString(h, html(set), StandardCharsets.UTF_8);
        Files.writeString(m, markdown(set), StandardCharsets.UTF_8);
        return List.of(h, m);
    }

    private static String render(String name, boolean escape, Map<String, Object> model) {
        try (InputStream in = PackCatalog.class.getResourceAsStream("/fr/boussole/rules/tools/" + name)) {
            if (in == null) {
                throw new IllegalStateException("modèle introuvable : " + name);
            }
            Template t = Mustache.compiler().escapeHTML(escape).defaultValue("").emptyStringIsFalse(true)
                    .compile(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            return t.execute(model);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Map<String, Object> model(PackSet set) {
        Map<String, Object> root = new LinkedHashMap<>();
        List<Map<String, Object>> packs = new ArrayList<>();
        int total = 0;
        for (Pack p : set.packs()) {
            Map<String, Object> pm = new LinkedHashMap<>();
            pm.put("id", p.id());
            pm.put("version", p.version());
            pm.put("title", p.manifest().title());
            pm.put("description", p.manifest().description());
            pm.put("authority", p.manifest().authority());
            pm.put("licence", p.manifest().licence());
            pm.put("sha", p.sha256().substring(0, 12));
            pm.put("overlay", p.overlay());
            pm.put("referentialDate", p.manifest().referentialDate());
            pm.put("sources", p.manifest().sources());
            pm.put("hasSources", !p.manifest().sources().isEmpty());
            Map<String, List<Map<String, Object>>> byTheme = new TreeMap<>();
            for (EffectiveCriterion c : set.allCriteria()) {
                if (c.pack() != p) {
                    continue;
                }
                total++;
                byTheme.computeIfAbsent(c.def().theme() == null ? "autre" : c.def().theme(), k -> new ArrayList<>())
                        .add(criterion(c));
            }
            List<Map<String, Object>> themes = new ArrayList<>();
            byTheme.forEach((k, v) -> themes.add(Map.of("theme", k, "label", THEMES.getOrDefault(k,
                    k.substring(0, 1).toUpperCase(Locale.FRANCE) + k.substring(1)), "criteria", v)));
            pm.put("themes", themes);
            pm.put("count", byTheme.values().stream().mapToInt(List::size).sum());
            List<String> overrides = new ArrayList<>();
            p.overrides().forEach(o -> overrides.add(o.target()));
            pm.put("overrideTargets", String.join(", ", overrides));
            pm.put("hasOverrides", !overrides.isEmpty());
            packs.add(pm);
        }
        root.put("packs", packs);
        root.put("total", total);
        return root;
    }

    private static Map<String, Object> criterion(EffectiveCriterion ec) {
        CriterionDef c = ec.def();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", c.id());
        m.put("anchor", c.id().toLowerCase(Locale.ROOT));
        m.put("title", c.title());
        m.put("description", c.description());
        m.put("severity", ec.severity().label());
        m.put("severityCode", ec.severity().code());
        m.put("reference", c.fullReference());
        m.put("url", c.url());
        m.put("aliases", String.join(", ", c.aliases()));
        m.put("hasAliases", !c.aliases().isEmpty());
        m.put("qualities", String.join(", ", c.qualities().stream().map(q -> Scoring.QUALITIES.getOrDefault(q, q))
                .toList()));
        m.put("applies", applies(c));
        m.put("roles", String.join(", ", c.applies().roles().stream().map(r -> r.code()).toList()));
        m.put("params", ownParams(ec).isEmpty() ? null : ownParams(ec).toString());
        m.put("disabled", ec.disabled());
        m.put("justification", ec.justification());
        m.put("disabledBy", ec.disabledBy());
        m.put("overrides", ec.overrides());
        m.put("hasOverrides", !ec.overrides().isEmpty());
        List<Map<String, Object>> signals = new ArrayList<>();
        for (CriterionDef.SignalDef s : c.signals()) {
            Map<String, Object> sm = new LinkedHashMap<>();
            sm.put("id", s.id());
            sm.put("effect", switch (s.effect()) {
                case COVERS -> "couvre";
                case PARTIAL -> "partiel";
                case CONTRADICTS -> "contredit";
                case CONTEXT -> "contexte (rend le critère applicable)";
            });
            sm.put("note", s.note());
            sm.put("patterns", s.patterns());
            sm.put("antipatterns", s.antipatterns());
            sm.put("hasAntipatterns", !s.antipatterns().isEmpty());
            sm.put("sections", s.sections());
            sm.put("hasSections", !s.sections().isEmpty());
            sm.put("roles", String.join(", ", s.roles().stream().map(r -> r.code()).toList()));
            sm.put("flags", (s.caseSensitive() ? "sensible à la casse " : "") + (s.negationIsPart() ? "négation incluse" : ""));
            signals.add(sm);
        }
        m.put("signals", signals);
        m.put("hasSignals", !signals.isEmpty());
        List<Map<String, Object>> messages = new ArrayList<>();
        for (Status s : Status.values()) {
            String msg = c.messages().of(s);
            if (msg != null) {
                messages.add(Map.of("status", s.label(), "text", msg.strip()));
            }
        }
        m.put("messages", messages);
        m.put("partialWhen", c.partialWhen());
        m.put("suggestion", c.suggestion());
        List<Map<String, Object>> examples = new ArrayList<>();
        int i = 0;
        for (CriterionDef.ExampleDef x : c.examples()) {
            i++;
            Map<String, Object> xm = new LinkedHashMap<>();
            xm.put("index", i);
            xm.put("expect", x.expect() == null ? "?" : x.expect().label());
            xm.put("expectCode", x.expect() == null ? "" : x.expect().code());
            xm.put("note", x.note());
            List<Map<String, Object>> pieces = new ArrayList<>();
            if (x.text() != null) {
                pieces.add(Map.of("role", x.role() == null ? "" : x.role().code(), "text", x.text().strip()));
            }
            x.pieces().forEach(p -> pieces.add(Map.of("role", p.role() == null ? "" : p.role().code(),
                    "text", p.text() == null ? "" : p.text().strip())));
            xm.put("pieces", pieces);
            examples.add(xm);
        }
        m.put("examples", examples);
        return m;
    }

    /** The criterion's own parameters with their effective values (pack-wide ones only when referenced). */
    static Map<String, Object> ownParams(EffectiveCriterion ec) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (String k : ec.def().params().keySet()) {
            out.put(k, ec.params().get(k));
        }
        String amount = ec.def().applies().minAmountParam();
        if (amount != null) {
            out.put(amount, ec.params().get(amount));
        }
        return out;
    }

    static String applies(CriterionDef c) {
        CriterionDef.AppliesDef a = c.applies();
        List<String> parts = new ArrayList<>();
        if (!a.families().contains("any")) {
            parts.add("achats : " + String.join(", ", a.families().stream().map(f -> f.equals("digital")
                    ? "tout achat numérique" : PurchaseFamily.fromCode(f).label().toLowerCase(Locale.FRANCE)).toList()));
        }
        if (!a.buyerTypes().contains("any")) {
            parts.add("acheteurs : " + String.join(", ", a.buyerTypes().stream().map(b -> BuyerType.fromCode(b)
                    .label()).toList()));
        }
        if (a.launchedFrom() != null) {
            parts.add("consultations lancées à partir du " + a.launchedFrom()
                    + (a.severityBefore() != null ? " (avant : " + a.severityBefore().label() + ")" : ""));
        }
        if (a.launchedUntil() != null) {
            parts.add("jusqu'au " + a.launchedUntil());
        }
        if (a.minAmountParam() != null) {
            parts.add("montant estimé HT ≥ paramètre " + a.minAmountParam());
        }
        return parts.isEmpty() ? "toutes les consultations" : String.join(" ; ", parts);
    }
}
