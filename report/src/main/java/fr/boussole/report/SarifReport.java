package fr.boussole.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fr.boussole.model.AppliedWaiver;
import fr.boussole.model.CheckResult;
import fr.boussole.model.Evidence;
import fr.boussole.model.Json;
import fr.boussole.model.PackRef;
import fr.boussole.model.Problem;
import fr.boussole.model.ProblemCode;
import fr.boussole.model.Severity;
import fr.boussole.model.Status;
import fr.boussole.model.Suggestion;
import fr.boussole.model.Verdict;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * SARIF 2.1.0, for code-scanning dashboards and batch tooling. One run per check: the criteria are the
 * {@code tool.driver.rules}; each verdict is one result whose {@code kind} is {@code pass} (covered),
 * {@code fail} (partial, missing, contradicted — level {@code error} for legal obligations, {@code warning} for
 * recommendations, {@code note} for good practices) or {@code notApplicable}. Evidence becomes locations
 * (artifact = piece path, region snippet = quoted words; page and article as location properties).
 * {@code partialFingerprints} carry the clause fingerprint and a criterion-level fingerprint, which is the only
 * one for a missing criterion (no location). Waivers become {@code suppressions} of kind {@code external}.
 */
public final class SarifReport {

    public static final String SARIF_VERSION = "2.1.0";
    public static final String SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
    static final String CLAUSE_FP = "clauseFingerprint/v1";
    static final String CRITERION_FP = "criterionFingerprint/v1";

    private SarifReport() {
    }

    public static void write(CheckResult result, Path file) throws IOException {
        ReportFiles.writeString(file, render(result));
    }

    public static String render(CheckResult result) {
        try {
            return Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(build(result));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    public static ObjectNode build(CheckResult r) {
        ObjectNode root = Json.mapper().createObjectNode();
        root.put("$schema", SARIF_SCHEMA);
        root.put("version", SARIF_VERSION);
        ObjectNode run = root.putArray("runs").addObject();

        ObjectNode driver = run.putObject("tool").putObject("driver");
        driver.put("name", "Boussole");
        String version = toolVersion(r.tool());
        if (version != null) {
            driver.put("version", version);
            driver.put("semanticVersion", version);
        }
        driver.put("fullName", r.tool() == null ? "Boussole" : r.tool());
        driver.putObject("shortDescription").put("text",
                "Vérifie qu'un dossier de consultation (DCE) fait un achat numérique responsable.");
        ArrayNode rules = driver.putArray("rules");
        Map<String, Integer> ruleIndex = new LinkedHashMap<>();
        for (Verdict v : r.verdicts()) {
            if (ruleIndex.containsKey(v.criterion())) {
                continue;
            }
            ruleIndex.put(v.criterion(), rules.size());
            rules.add(rule(v, r));
        }
        // packs as tool extensions (components), so a consumer sees which versions judged the tender
        if (!r.packs().isEmpty()) {
            ArrayNode ext = run.get("tool").withArray("extensions");
            for (PackRef p : r.packs()) {
                ObjectNode e = ext.addObject();
                e.put("name", p.id());
                putIfNotNull(e, "version", p.version());
                putIfNotNull(e, "fullName", p.title());
                putIfNotNull(e, "organization", p.authority());
                if (p.sha256() != null) {
                    e.putObject("properties").put("sha256", p.sha256());
                }
            }
        }

        ObjectNode inv = run.putArray("invocations").addObject();
        inv.put("executionSuccessful", true);
        if (r.checkedAt() != null) {
            inv.put("endTimeUtc", DateTimeFormatter.ISO_INSTANT.format(r.checkedAt()));
        }
        if (!r.problems().isEmpty()) {
            ArrayNode notes = inv.putArray("toolExecutionNotifications");
            for (Problem p : r.problems()) {
                ObjectNode n = notes.addObject();
                n.put("level", p.level() == ProblemCode.Level.ERROR ? "error"
                        : p.level() == ProblemCode.Level.WARNING ? "warning" : "note");
                n.putObject("message").put("text", p.message() + (p.pages().isEmpty() ? "" : " (pages " + p.pages() + ")"));
                if (p.code() != null) {
                    n.putObject("descriptor").put("id", p.code().name());
                }
                if (p.path() != null) {
                    n.putArray("locations").addObject().putObject("physicalLocation")
                            .putObject("artifactLocation").put("uri", uri(p.path()));
                }
                if (p.detail() != null) {
                    n.putObject("properties").put("detail", p.detail());
                }
            }
        }

        Set<String> artifacts = new LinkedHashSet<>();
        if (!r.pieces().isEmpty()) {
            ArrayNode arts = run.putArray("artifacts");
            for (CheckResult.PieceSummary p : r.pieces()) {
                ObjectNode a = arts.addObject();
                a.putObject("location").put("uri", uri(p.path()));
                artifacts.add(p.path());
                if (p.sha256() != null) {
                    a.putObject("hashes").put("sha-256", p.sha256());
                }
                ObjectNode props = a.putObject("properties");
                if (p.role() != null) {
                    props.put("role", p.role().code());
                }
                if (p.pages() != null) {
                    props.put("pages", p.pages());
                }
            }
        }

        ArrayNode results = run.putArray("results");
        for (Verdict v : r.verdicts()) {
            results.add(result(v, ruleIndex.get(v.criterion()), r));
        }
        if (r.tender() != null) {
            run.putObject("automationDetails").put("id", "boussole/" + r.tender() + "/");
        }
        ObjectNode props = run.putObject("properties");
        putIfNotNull(props, "tender", r.tender());
        putIfNotNull(props, "schemaVersion", r.schemaVersion());
        if (r.profile() != null) {
            props.set("profile", Json.mapper().valueToTree(r.profile()));
        }
        return root;
    }

    private static ObjectNode rule(Verdict v, CheckResult r) {
        ObjectNode rule = Json.mapper().createObjectNode();
        rule.put("id", v.criterion());
        rule.put("name", v.title() == null ? v.criterion() : v.title());
        rule.putObject("shortDescription").put("text", v.title() == null ? v.criterion() : v.title());
        StringBuilder full = new StringBuilder(v.title() == null ? v.criterion() : v.title());
        if (v.reference() != null) {
            full.append(" (").append(v.reference()).append(')');
        }
        full.append('.');
        rule.putObject("fullDescription").put("text", full.toString());
        Suggestion s = v.suggestion();
        if (s != null && s.text() != null) {
            String where = s.piece() == null ? "" : " (" + s.piece() + ")";
            ObjectNode help = rule.putObject("help");
            help.put("text", "Clause suggérée" + where + " : " + s.text()
                    + (s.source() == null ? "" : " Source : " + s.source()));
            help.put("markdown", "**Clause suggérée" + where + "**\n\n> " + s.text()
                    + (s.source() == null ? "" : "\n\nSource officielle : " + s.source()));
        }
        String helpUri = helpUri(v, r);
        if (helpUri != null) {
            rule.put("helpUri", helpUri);
        }
        rule.putObject("defaultConfiguration").put("level", level(v.severity()));
        ObjectNode props = rule.putObject("properties");
        putIfNotNull(props, "severity", v.severity() == null ? null : v.severity().code());
        putIfNotNull(props, "pack", v.pack());
        putIfNotNull(props, "packVersion", v.packVersion());
        putIfNotNull(props, "reference", v.reference());
        putIfNotNull(props, "theme", v.theme());
        if (!v.qualities().isEmpty()) {
            ArrayNode q = props.putArray("qualities");
            v.qualities().forEach(q::add);
        }
        ArrayNode tags = props.putArray("tags");
        if (v.severity() != null) {
            tags.add(v.severity().code());
        }
        if (v.theme() != null) {
            tags.add(v.theme());
        }
        return rule;
    }

    /** A pack's source when it is a web address (the model has no per-criterion link). */
    private static String helpUri(Verdict v, CheckResult r) {
        return r.packs().stream().filter(p -> p.id().equals(v.pack())).map(PackRef::source)
                .filter(s -> s != null && (s.startsWith("https://") || s.startsWith("http://")))
                .findFirst().orElse(null);
    }

    private static ObjectNode result(Verdict v, Integer index, CheckResult r) {
        ObjectNode res = Json.mapper().createObjectNode();
        res.put("ruleId", v.criterion());
        if (index != null) {
            res.put("ruleIndex", index);
        }
        Status s = v.status();
        String kind = s == Status.COVERED ? "pass" : s == Status.NOT_APPLICABLE ? "notApplicable" : "fail";
        res.put("kind", kind);
        res.put("level", "fail".equals(kind) ? level(v.severity()) : "none");
        String text = v.message() != null ? v.message() : v.title();
        res.putObject("message").put("text", (s == null ? "" : "[" + s.label() + "] ") + (text == null ? "" : text));
        if (!v.evidence().isEmpty()) {
            ArrayNode locs = res.putArray("locations");
            for (Evidence e : v.evidence()) {
                locs.add(location(e));
            }
        }
        ObjectNode fps = res.putObject("partialFingerprints");
        Evidence first = Fmt.first(v);
        if (first != null && first.fingerprint() != null) {
            fps.put(CLAUSE_FP, first.fingerprint());
        }
        fps.put(CRITERION_FP, sha256((v.pack() == null ? "" : v.pack()) + ":" + v.criterion()));
        AppliedWaiver w = v.waiver();
        if (w != null) {
            ObjectNode sup = res.putArray("suppressions").addObject();
            sup.put("kind", "external");
            sup.put("status", "accepted");
            sup.put("justification", w.justification());
            ObjectNode p = sup.putObject("properties");
            putIfNotNull(p, "author", w.author());
            putIfNotNull(p, "date", w.date() == null ? null : w.date().toString());
            putIfNotNull(p, "expires", w.expires() == null ? null : w.expires().toString());
            putIfNotNull(p, "scope", w.scope());
            p.put("hidesGap", w.hidesGap());
        }
        ObjectNode props = res.putObject("properties");
        props.put("status", s == null ? null : s.code());
        putIfNotNull(props, "severity", v.severity() == null ? null : v.severity().code());
        putIfNotNull(props, "pack", v.pack());
        putIfNotNull(props, "reason", v.reason());
        if (v.suggestion() != null && s != null && s.isGap()) {
            props.set("suggestion", Json.mapper().valueToTree(v.suggestion()));
        }
        return res;
    }

    private static ObjectNode location(Evidence e) {
        ObjectNode loc = Json.mapper().createObjectNode();
        ObjectNode phys = loc.putObject("physicalLocation");
        if (e.piece() != null) {
            phys.putObject("artifactLocation").put("uri", uri(e.piece()));
        }
        if (e.quote() != null) {
            phys.putObject("region").putObject("snippet").put("text", e.quote());
        }
        if (e.article() != null) {
            loc.putArray("logicalLocations").addObject().put("fullyQualifiedName", e.article()).put("kind", "section");
        }
        if (e.note() != null) {
            loc.putObject("message").put("text", e.note());
        }
        ObjectNode props = loc.putObject("properties");
        if (e.page() != null) {
            props.put("page", e.page());
        }
        putIfNotNull(props, "article", e.article());
        putIfNotNull(props, "pieceRole", e.pieceRole() == null ? null : e.pieceRole().code());
        putIfNotNull(props, "clauseId", e.clauseId());
        putIfNotNull(props, "fingerprint", e.fingerprint());
        putIfNotNull(props, "signal", e.signal());
        putIfNotNull(props, "effect", e.effect());
        return loc;
    }

    static String level(Severity s) {
        if (s == null) {
            return "note";
        }
        return switch (s) {
            case OBLIGATION -> "error";
            case RECOMMANDATION -> "warning";
            case BONNE_PRATIQUE -> "note";
        };
    }

    /** A relative URI reference for a piece path (spaces and accents percent-encoded; archive "!/" kept). */
    static String uri(String path) {
        try {
            return new URI(null, null, path.replace('\\', '/'), null).toASCIIString();
        } catch (URISyntaxException e) {
            return path.replace(" ", "%20");
        }
    }

    static String toolVersion(String tool) {
        if (tool == null) {
            return null;
        }
        String[] parts = tool.trim().split("\\s+");
        String last = parts[parts.length - 1];
        return last.matches("\\d+(\\.\\d+)*([-+.].*)?") ? last : null;
    }

    static String sha256(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void putIfNotNull(ObjectNode n, String k, String v) {
        if (v != null) {
            n.put(k, v);
        }
    }
}
