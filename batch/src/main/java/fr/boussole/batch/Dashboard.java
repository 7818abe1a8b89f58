package fr.boussole.batch;

import com.samskivert.mustache.Mustache;
import com.samskivert.mustache.Template;
import fr.boussole.batch.decp.DecpGap;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The archive dashboard: one self-contained French HTML file (CSS and SVG inline, no script, no network),
 * accessible like the check report (same stylesheet, skip link, landmarks, ordered headings, captioned tables,
 * every chart an image with a title and a description, and its numbers in a table). The markup is also
 * well-formed XML, so tools can parse it.
 */
public final class Dashboard {

    private static final String REPORT_CSS = "/fr/boussole/report/html/report.css";
    private static final String BASE = "/fr/boussole/batch/";

    /** Everything the dashboard shows. */
    record Data(ArchiveStats stats, Map<String, String> titles, double baseline, String baselineLabel,
                String tool, String packs, ZonedDateTime at, String elapsed, String rates, String extraction,
                List<FailedFileLine> failedSample, DecpReport decp, List<String> warnings) {
    }

    private Dashboard() {
    }

    static String render(Data d) {
        Template t = Mustache.compiler().defaultValue("").emptyStringIsFalse(true).zeroIsFalse(true)
                .compile(resource(BASE + "dashboard.html.mustache"));
        return t.execute(view(d));
    }

    static Map<String, Object> view(Data d) {
        ArchiveStats st = d.stats();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("css", resource(REPORT_CSS) + "\n" + resource(BASE + "dashboard.css"));
        m.put("tool", d.tool());
        m.put("dateLine", "Synthèse produite le " + d.at().format(DateTimeFormatter.ofPattern("d MMMM yyyy 'à' HH:mm",
                Locale.FRENCH)) + " par " + d.tool() + " ; référentiels : " + d.packs() + ".");
        m.put("runLine", "Durée " + d.elapsed() + " ; " + d.rates() + " ; " + d.extraction() + ".");
        m.put("total", st.total());
        m.put("withResult", st.withResult());
        m.put("done", st.done());
        m.put("cached", st.cached());
        m.put("unchanged", st.unchanged());
        m.put("failed", st.failed());
        m.put("hasFailed", st.failed() > 0);
        m.put("filesFailed", st.filesFailed());
        m.put("partial", st.partial());
        m.put("pieces", st.pieces());
        m.put("pages", st.pages());
        m.put("baselinePct", SvgCharts.percent(d.baseline()));
        m.put("baselineLabel", d.baselineLabel());
        Double any = st.all().envSocialShare();
        m.put("envSocialPct", SvgCharts.percent(any));
        m.put("envSocialCount", st.all().envSocial() + " sur " + st.all().envSocialKnown());
        m.put("envSocialAbove", any != null && any >= d.baseline());
        m.put("envSocialBelow", any != null && any < d.baseline());
        String ref = "réf. " + SvgCharts.percent(d.baseline());

        // key criteria, overall
        List<Map<String, Object>> keyRows = new ArrayList<>();
        List<SvgCharts.Bar> overall = new ArrayList<>();
        int i = 0;
        for (String k : st.keys()) {
            ArchiveStats.Tally t = st.all().tally(k);
            String title = d.titles().get(k);
            keyRows.add(map("id", k, "title", title == null ? "absent des référentiels utilisés" : title,
                    "present", t.present(), "applicable", t.applicable(), "share", SvgCharts.percent(t.share()),
                    "absent", title == null));
            overall.add(new SvgCharts.Bar(null, k + (title == null ? "" : " " + title), t.share(), t.present(),
                    t.applicable(), i++));
        }
        overall.add(new SvgCharts.Bar(null, "Au moins une clause env. ou sociale", any, st.all().envSocial(),
                st.all().envSocialKnown(), SvgCharts.PALETTE.length - 1));
        m.put("keyRows", keyRows);
        m.put("keyChart", SvgCharts.bars("graphique-criteres", "Part des DCE qui portent chaque critère clé",
                describe(overall, d.baseline()), overall, d.baseline(), ref));

        m.put("dimensions", List.of(
                dimension("annee", "Par année", "année de lancement (à défaut, de la date limite de remise)",
                        st.byYear(), st, d, ref),
                dimension("acheteur", "Par type d'acheteur", "type d'acheteur lu dans le DCE", st.byBuyerType(), st,
                        d, ref),
                dimension("famille", "Par famille d'achat", "famille d'achat déduite de l'objet et des CPV",
                        st.byFamily(), st, d, ref)));
        m.put("keyHeaders", st.keys().stream().map(k -> map("id", k)).toList());

        // failed files
        List<Map<String, Object>> failed = new ArrayList<>();
        for (FailedFileLine f : d.failedSample()) {
            failed.add(map("tender", f.tender(), "path", f.path(), "code", f.code(), "message", f.message()));
        }
        m.put("failedFiles", failed);
        m.put("hasFailedFiles", !failed.isEmpty());
        int listed = failed.size();
        int totalFailedLines = st.filesFailed() + st.failed();
        m.put("failedMore", totalFailedLines > listed ? "Seules les " + listed + " premières lignes sont montrées ; "
                + "la liste complète (" + totalFailedLines + ") est dans failed-files.csv." : null);

        // DECP
        DecpReport decp = d.decp();
        if (decp != null) {
            Map<String, Object> dm = new LinkedHashMap<>();
            dm.put("file", decp.file());
            dm.put("version", decp.version());
            dm.put("note", decp.note());
            dm.put("records", decp.records());
            dm.put("matched", decp.matched());
            dm.put("byId", decp.matchedById());
            dm.put("byObject", decp.matchedByObject());
            dm.put("ambiguous", decp.ambiguous());
            dm.put("unmatched", decp.unmatched());
            dm.put("gaps", decp.gaps());
            dm.put("declaredNotFound", decp.declaredNotFound());
            dm.put("foundNotDeclared", decp.foundNotDeclared());
            dm.put("unverifiable", decp.unverifiable());
            dm.put("threshold", String.format(Locale.FRENCH, "%.2f", decp.threshold()));
            List<Map<String, Object>> gaps = new ArrayList<>();
            for (DecpGap g : decp.sample()) {
                gaps.add(map("tender", g.tender(), "decpId", g.decpId(), "match", g.match(), "theme", g.theme(),
                        "declared", g.declared(), "found", g.found(), "message", g.message()));
            }
            dm.put("gapRows", gaps);
            dm.put("hasGapRows", !gaps.isEmpty());
            dm.put("gapsMore", decp.gaps() > gaps.size() ? "Seuls les " + gaps.size() + " premiers écarts sont "
                    + "montrés ; la liste complète est dans decp-ecarts.csv." : null);
            m.put("decp", dm);
        }
        m.put("warnings", d.warnings().stream().limit(50).map(w -> map("text", w)).toList());
        m.put("hasWarnings", !d.warnings().isEmpty());
        return m;
    }

    private static Map<String, Object> dimension(String id, String title, String what, Map<String, ArchiveStats.Group> groups,
                                                 ArchiveStats st, Data d, String ref) {
        List<SvgCharts.Bar> bars = new ArrayList<>();
        List<Map<String, Object>> rows = new ArrayList<>();
        for (ArchiveStats.Group g : groups.values()) {
            bars.addAll(SvgCharts.groupBars(g.label() + " (" + g.tenders() + " DCE)", g, st.keys()));
            List<Map<String, Object>> cells = new ArrayList<>();
            for (String k : st.keys()) {
                ArchiveStats.Tally t = g.tally(k);
                cells.add(map("text", SvgCharts.percent(t.share()) + (t.applicable() == 0 ? ""
                        : " (" + t.present() + "/" + t.applicable() + ")")));
            }
            rows.add(map("label", g.label(), "tenders", g.tenders(), "cells", cells,
                    "envSocial", SvgCharts.percent(g.envSocialShare())));
        }
        String chartTitle = "Part des DCE qui portent chaque critère clé, " + title.toLowerCase(Locale.FRENCH);
        return map("id", id, "title", title, "what", what, "rows", rows, "hasRows", !rows.isEmpty(),
                "chart", rows.isEmpty() ? null : SvgCharts.bars("graphique-" + id, chartTitle,
                        describe(bars, d.baseline()), bars, d.baseline(), ref));
    }

    /** The chart's numbers in words, for screen readers. */
    private static String describe(List<SvgCharts.Bar> bars, double baseline) {
        StringBuilder sb = new StringBuilder();
        String group = null;
        for (SvgCharts.Bar b : bars) {
            if (b.group() != null && !b.group().equals(group)) {
                group = b.group();
                sb.append(group).append(" : ");
            }
            sb.append(b.label()).append(" ").append(SvgCharts.percent(b.share()));
            if (b.share() != null) {
                sb.append(" (").append(b.present()).append(" sur ").append(b.applicable()).append(")");
            }
            sb.append(" ; ");
        }
        sb.append("ligne de référence à ").append(SvgCharts.percent(baseline)).append('.');
        return sb.toString();
    }

    static Map<String, Object> map(Object... kv) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put((String) kv[i], kv[i + 1]);
        }
        return m;
    }

    static String resource(String path) {
        try (InputStream in = Dashboard.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("ressource absente : " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
