package fr.boussole.report;

import com.samskivert.mustache.Mustache;
import com.samskivert.mustache.Template;
import fr.boussole.model.AppliedWaiver;
import fr.boussole.model.AwardCriterion;
import fr.boussole.model.CheckResult;
import fr.boussole.model.Evidence;
import fr.boussole.model.PackRef;
import fr.boussole.model.Problem;
import fr.boussole.model.QualityScore;
import fr.boussole.model.Severity;
import fr.boussole.model.Status;
import fr.boussole.model.Suggestion;
import fr.boussole.model.TenderProfile;
import fr.boussole.model.Verdict;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * One self-contained HTML file for the buyer: no network access at all (CSS, JavaScript and SVG inline, system
 * fonts), French by default, accessible (landmarks, ordered headings, captioned tables, text status next to every
 * colour, keyboard filters that degrade to "everything visible" without JavaScript) and printable.
 */
public final class HtmlReport {

    private static final String BASE = "/fr/boussole/report/html/";

    private HtmlReport() {
    }

    /** Writes the French report. */
    public static void write(CheckResult result, Path file) throws IOException {
        write(result, file, Locale.FRENCH);
    }

    public static void write(CheckResult result, Path file, Locale locale) throws IOException {
        ReportFiles.writeString(file, render(result, locale));
    }

    public static String render(CheckResult result, Locale locale) {
        return render(result, ReportTexts.of(locale));
    }

    public static String render(CheckResult result, ReportTexts texts) {
        Template template = Mustache.compiler()
                .defaultValue("")
                .emptyStringIsFalse(true)
                .zeroIsFalse(true)
                .withLoader(name -> reader(name + ".mustache"))
                .compile(readResource("report.html.mustache"));
        return template.execute(view(result, texts));
    }

    // ---------------------------------------------------------------- view model

    static Map<String, Object> view(CheckResult r, ReportTexts t) {
        ReportStats stats = ReportStats.of(r);
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("lang", t.locale().getLanguage());
        m.put("t", htmlTexts(t));
        m.put("css", readResource("report.css"));
        m.put("js", readResource("report.js"));
        String tender = nz(r.tender());
        m.put("tool", nz(r.tool()));
        m.put("pageTitle", t.get("html.pageTitle", tender));
        m.put("h1", t.get("html.h1", tender));
        TenderProfile p = r.profile();
        m.put("object", p == null ? null : p.object());
        m.put("checkedLine", t.get("html.checkedLine", t.instant(r.checkedAt()), nz(r.tool()), nz(r.source())));
        m.put("partialInput", stats.partialInput());

        m.put("obligationsMet", stats.obligationsMet());
        m.put("obligationsTotal", stats.obligationsTotal());
        m.put("obligationsAllMet", stats.obligationsTotal() > 0 && stats.obligationsMet() == stats.obligationsTotal());
        List<Map<String, Object>> oblMissing = new ArrayList<>();
        for (Verdict v : stats.obligationsMissing()) {
            oblMissing.add(map("id", v.criterion(), "title", v.title(), "anchor", anchor(v),
                    "statusLabel", t.status(v.status()) + (v.isOpenGap() ? "" : " (" + t.get("html.waived") + ")")));
        }
        m.put("obligationsMissing", oblMissing);
        m.put("hasObligationsMissing", !oblMissing.isEmpty());
        m.put("openGaps", stats.openGaps());
        m.put("gapsDetail", t.get("html.gapsDetail", stats.count(Status.MISSING), stats.count(Status.PARTIAL),
                stats.count(Status.CONTRADICTED), stats.waivedGaps()));
        int applicable = stats.total() - stats.count(Status.NOT_APPLICABLE);
        m.put("coveredCount", stats.count(Status.COVERED));
        m.put("applicableCount", applicable);
        m.put("notApplicableLine", t.get("html.notApplicableLine", stats.count(Status.NOT_APPLICABLE)));
        m.put("piecesCount", r.pieces().size());
        long errors = r.problems().stream().filter(Problem::isError).count();
        m.put("problemsLine", r.problems().isEmpty() ? t.get("html.noProblem")
                : t.get("html.problemsLine", r.problems().size(), errors));
        m.put("hasProblems", !r.problems().isEmpty());

        List<Map<String, Object>> statusRows = new ArrayList<>();
        for (Status s : ReportStats.STATUS_ORDER) {
            statusRows.add(map("code", s.code(), "label", t.status(s), "icon", icon(s), "count", stats.count(s),
                    "meaning", t.get("html.meaning." + s.code())));
        }
        m.put("statusRows", statusRows);

        profile(m, p, t);
        scores(m, r, stats, t);
        criteria(m, r, stats, t);

        List<Map<String, Object>> problems = new ArrayList<>();
        for (Problem pr : r.problems()) {
            problems.add(map("path", pr.path(), "level", t.get("level." + pr.level().name()),
                    "message", t.problem(pr),
                    "pages", pr.pages().isEmpty() ? null : t.get("html.pages", join(pr.pages())),
                    "detail", pr.detail(), "code", pr.code() == null ? "" : pr.code().name()));
        }
        m.put("problems", problems);
        List<Map<String, Object>> pieces = new ArrayList<>();
        for (CheckResult.PieceSummary ps : r.pieces()) {
            pieces.add(map("path", ps.path(), "role", ps.role() == null ? "" : ps.role().code() + " – " + t.role(ps.role()),
                    "pages", ps.pages() == null ? "" : String.valueOf(ps.pages()), "clauses", ps.clauses(),
                    "reason", ps.roleReason()));
        }
        m.put("pieces", pieces);
        List<Map<String, Object>> packs = new ArrayList<>();
        for (PackRef pk : r.packs()) {
            packs.add(map("id", pk.id(), "version", pk.version(), "title", pk.title(), "authority", pk.authority(),
                    "sha", shortHash(pk.sha256())));
        }
        m.put("packs", packs);
        m.put("footerLine", t.get("html.footerLine", nz(r.tool()), nz(r.schemaVersion()), t.instant(r.checkedAt())));
        return m;
    }

    private static void profile(Map<String, Object> m, TenderProfile p, ReportTexts t) {
        List<Map<String, Object>> rows = new ArrayList<>();
        if (p != null) {
            row(rows, t.get("profile.object"), p.object());
            row(rows, t.get("profile.buyer"), p.buyer() == null ? null
                    : p.buyer() + (p.buyerType() == null ? "" : " (" + t.buyerType(p.buyerType()) + ")"));
            // the profiler's reason already names each family it found ("Logiciels … — CPV …")
            row(rows, t.get("profile.family"), p.family() == null ? null
                    : p.familyReason() != null && p.familyReason().startsWith(p.family().label()) ? p.familyReason()
                    : t.family(p.family()) + (p.familyReason() == null ? "" : " — " + p.familyReason()));
            row(rows, t.get("profile.procedure"), p.procedure());
            row(rows, t.get("profile.cpv"), p.cpv().isEmpty() ? null : String.join(", ", p.cpv()));
            row(rows, t.get("profile.lots"), p.lots().isEmpty() ? null : p.lots().stream()
                    .map(l -> t.get("profile.lot", nz(l.number()), nz(l.title()))).collect(Collectors.joining(" ; ")));
            row(rows, t.get("profile.amount"), p.estimatedAmount() == null ? null
                    : t.amount(p.estimatedAmount().value()) + (p.estimatedAmount().tax() == null ? ""
                    : " " + p.estimatedAmount().tax()) + (p.estimatedAmount().kind() == null ? ""
                    : " (" + p.estimatedAmount().kind() + ")"));
            row(rows, t.get("profile.launchDate"), p.launchDate() == null ? null : t.date(p.launchDate()));
            row(rows, t.get("profile.deadline"), p.deadline() == null ? null : t.dateTime(p.deadline()));
            row(rows, t.get("profile.duration"), p.duration());
            row(rows, t.get("profile.ccag"), p.ccag().isEmpty() ? null : String.join(", ", p.ccag()));
        }
        if (rows.isEmpty()) {
            row(rows, t.get("profile.object"), t.get("profile.unknown"));
        }
        m.put("profileRows", rows);
        List<Map<String, Object>> award = new ArrayList<>();
        if (p != null) {
            for (AwardCriterion a : p.awardCriteria()) {
                award.add(awardRow(a, false, t));
                for (AwardCriterion s : a.subCriteria()) {
                    award.add(awardRow(s, true, t));
                }
            }
        }
        m.put("award", award);
        m.put("hasAward", !award.isEmpty());
    }

    private static Map<String, Object> awardRow(AwardCriterion a, boolean sub, ReportTexts t) {
        String weight = a.weight() == null ? t.get("award.notWeighted")
                : t.number(a.weight()) + (a.unit() == null ? "" : unitSpace(a.unit(), t) + a.unit());
        return map("name", a.name(), "sub", sub, "weight", weight,
                "percent", a.percent() == null ? "" : t.percent(a.percent()),
                "kind", a.kind() == null ? "" : t.get("award.kind." + a.kind().code()));
    }

    private static String unitSpace(String unit, ReportTexts t) {
        if (unit.startsWith("/")) {
            return "";
        }
        return "%".equals(unit) && t.english() ? "" : "\u00a0";
    }

    private static void scores(Map<String, Object> m, CheckResult r, ReportStats stats, ReportTexts t) {
        List<Map<String, Object>> packRows = new ArrayList<>();
        stats.byPack().forEach((id, score) -> {
            PackRef ref = r.packs().stream().filter(p -> id.equals(p.id())).findFirst().orElse(null);
            String label = ref == null || ref.title() == null ? id : ref.title() + " (" + id + ")";
            packRows.add(scoreRow(label, score, t));
        });
        m.put("packScores", packRows);
        List<Map<String, Object>> themeRows = new ArrayList<>();
        stats.byTheme().forEach((theme, score) -> themeRows.add(scoreRow(t.getOr("theme." + theme, theme), score, t)));
        m.put("themeScores", themeRows);
        List<Map<String, Object>> qualities = new ArrayList<>();
        for (QualityScore q : r.qualities()) {
            qualities.add(map("label", t.quality(q.quality(), q.label()), "scoreText", t.percent(q.score()),
                    "covered", String.valueOf(q.covered()), "partial", String.valueOf(q.partial()),
                    "applicable", String.valueOf(q.applicable())));
        }
        m.put("qualities", qualities);
        m.put("hasQualities", !qualities.isEmpty());
        if (!r.qualities().isEmpty()) {
            m.put("radar", Radar.of(r.qualities(), t));
        }
    }

    private static Map<String, Object> scoreRow(String label, Double score, ReportTexts t) {
        double w = score == null ? 0 : Math.max(0, Math.min(100, score)) * 1.59;
        return map("label", label, "scoreText", t.percent(score), "barWidth", Radar.fmt(w));
    }

    private static void criteria(Map<String, Object> m, CheckResult r, ReportStats stats, ReportTexts t) {
        List<Map<String, Object>> list = new ArrayList<>();
        for (Verdict v : stats.ordered()) {
            Map<String, Object> c = new LinkedHashMap<>();
            c.put("id", v.criterion());
            c.put("anchor", anchor(v));
            c.put("title", v.title() == null ? v.criterion() : v.title());
            c.put("statusCode", v.status().code());
            c.put("statusLabel", t.status(v.status()));
            c.put("icon", icon(v.status()));
            Severity sev = v.severity() == null ? Severity.BONNE_PRATIQUE : v.severity();
            c.put("severityCode", sev.code());
            c.put("severityLabel", t.severity(sev));
            c.put("packLine", t.get("html.packLine", nz(v.pack()), nz(v.packVersion())));
            c.put("message", v.message());
            c.put("reason", v.reason());
            c.put("reference", v.reference());
            c.put("theme", v.theme() == null ? null : t.getOr("theme." + v.theme(), v.theme()));
            c.put("qualitiesText", v.qualities().isEmpty() ? null
                    : v.qualities().stream().map(q -> t.quality(q, q)).collect(Collectors.joining(", ")));
            List<Map<String, Object>> ev = new ArrayList<>();
            Set<String> where = new LinkedHashSet<>();
            for (Evidence e : v.evidence()) {
                ev.add(map("quote", e.quote(), "where", Fmt.location(e, t), "note", e.note()));
                where.add(e.pieceRole() != null ? e.pieceRole().code() : nz(e.piece()));
            }
            c.put("evidence", ev);
            c.put("hasEvidence", !ev.isEmpty());
            c.put("wherePieces", where.isEmpty() ? "—" : String.join(", ", where));
            Suggestion s = v.suggestion();
            if (s != null && s.text() != null && v.status().isGap()) {
                c.put("suggestion", map("heading", s.piece() == null ? t.get("html.suggestion")
                                : t.get("html.suggestionIn", s.piece()), "text", s.text(), "source", s.source(),
                        "copyId", anchor(v) + "-clause"));
            }
            AppliedWaiver w = v.waiver();
            if (w != null) {
                String signed = w.author() == null && w.date() == null ? null
                        : t.get("html.waiverSigned", nz(w.author()), t.date(w.date()))
                        + (w.expires() == null ? "" : " " + t.get("html.waiverExpires", t.date(w.expires())));
                c.put("waiver", map("justification", w.justification(), "signed", signed,
                        "effect", w.hidesGap() ? t.get("html.waiverHides") : t.get("html.waiverNoEffect")));
            }
            c.put("trail", v.trail());
            c.put("hasTrail", !v.trail().isEmpty());
            list.add(c);
        }
        m.put("criteria", list);
        List<Map<String, Object>> statusFilters = new ArrayList<>();
        for (Status s : ReportStats.STATUS_ORDER) {
            statusFilters.add(map("code", s.code(), "label", t.status(s),
                    "count", r.verdicts().stream().filter(v -> v.status() == s).count()));
        }
        m.put("statusFilters", statusFilters);
        List<Map<String, Object>> sevFilters = new ArrayList<>();
        for (Severity s : Severity.values()) {
            sevFilters.add(map("code", s.code(), "label", t.severity(s),
                    "count", r.verdicts().stream().filter(v -> (v.severity() == null ? Severity.BONNE_PRATIQUE
                            : v.severity()) == s).count()));
        }
        m.put("severityFilters", sevFilters);
    }

    // ---------------------------------------------------------------- helpers

    static String icon(Status s) {
        return switch (s) {
            case COVERED -> "\u2713";
            case PARTIAL -> "\u25D0";
            case MISSING -> "\u2717";
            case CONTRADICTED -> "!";
            case NOT_APPLICABLE -> "\u2013";
        };
    }

    static String anchor(Verdict v) {
        return "c-" + (v.criterion() == null ? "x" : v.criterion().replaceAll("[^A-Za-z0-9_-]", "_"));
    }

    private static Map<String, String> htmlTexts(ReportTexts t) {
        ResourceBundle b = ResourceBundle.getBundle(ReportTexts.BUNDLE, t.locale(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        Map<String, String> out = new LinkedHashMap<>();
        Enumeration<String> keys = b.getKeys();
        for (String k : Collections.list(keys)) {
            if (k.startsWith("html.")) {
                out.put(k.substring(5), b.getString(k));
            }
        }
        return out;
    }

    private static void row(List<Map<String, Object>> rows, String label, String value) {
        if (value != null && !value.isBlank()) {
            rows.add(map("label", label, "value", value));
        }
    }

    static Map<String, Object> map(Object... kv) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put((String) kv[i], kv[i + 1]);
        }
        return m;
    }

    private static String join(List<Integer> pages) {
        return pages.stream().map(String::valueOf).collect(Collectors.joining(", "));
    }

    private static String shortHash(String sha) {
        if (sha == null) {
            return "";
        }
        return sha.length() > 12 ? sha.substring(0, 12) + "…" : sha;
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    static String readResource(String name) {
        try (Reader in = reader(name)) {
            StringBuilder sb = new StringBuilder();
            char[] buf = new char[8192];
            int n;
            while ((n = in.read(buf)) > 0) {
                sb.append(buf, 0, n);
            }
            return sb.toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Reader reader(String name) {
        InputStream in = HtmlReport.class.getResourceAsStream(BASE + name);
        if (in == null) {
            throw new IllegalStateException("report resource missing: " + BASE + name);
        }
        return new InputStreamReader(in, StandardCharsets.UTF_8);
    }
}
