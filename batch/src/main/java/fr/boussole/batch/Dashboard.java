package fr.boussole.batch;

import com.samskivert.mustache.Mustache;
import com.samskivert.mustache.Template;
import fr.boussole.batch.decp.DecpGap;
import fr.boussole.report.Messages;
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
 * The archive dashboard: one self-contained HTML file, French or English (texts from the batch bundle), (CSS and SVG inline, no script, no network),
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
                List<FailedFileLine> failedSample, DecpReport decp, List<String> warnings, Messages texts) {

        Data {
            texts = texts == null ? BatchTexts.of(null) : texts;
        }

        Data(ArchiveStats stats, Map<String, String> titles, double baseline, String baselineLabel, String tool,
             String packs, ZonedDateTime at, String elapsed, String rates, String extraction,
             List<FailedFileLine> failedSample, DecpReport decp, List<String> warnings) {
            this(stats, titles, baseline, baselineLabel, tool, packs, at, elapsed, rates, extraction, failedSample,
                    decp, warnings, null);
        }
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
        Messages t = d.texts();
        Locale locale = t.locale();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("css", resource(REPORT_CSS) + "\n" + resource(BASE + "dashboard.css"));
        m.put("tool", d.tool());
        m.put("dateLine", t.get("dash.dateLine", d.at().format(DateTimeFormatter.ofPattern(t.get("dash.dateFormat"),
                locale)), d.tool(), d.packs()));
        m.put("runLine", t.get("dash.runLine", d.elapsed(), d.rates(), d.extraction()));
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
        m.put("baselinePct", SvgCharts.percent(d.baseline(), locale));
        m.put("baselineLabel", d.baselineLabel());
        Double any = st.all().envSocialShare();
        m.put("envSocialPct", SvgCharts.percent(any, locale));
        m.put("envSocialCount", t.get("dash.countOf", st.all().envSocial(), st.all().envSocialKnown()));
        m.put("envSocialTitle", t.get("envSocial"));
        m.put("envSocialGroup", t.get("envSocialGroup"));
        m.put("envSocialAbove", any != null && any >= d.baseline());
        m.put("envSocialBelow", any != null && any < d.baseline());
        String ref = t.get("ref", SvgCharts.percent(d.baseline(), locale));

        // key criteria, overall
        List<Map<String, Object>> keyRows = new ArrayList<>();
        List<SvgCharts.Bar> overall = new ArrayList<>();
        int i = 0;
        for (String k : st.keys()) {
            String title = d.titles().get(k);
            ArchiveStats.Tally tally = st.all().tally(k);
            keyRows.add(map("id", k, "title", title == null ? t.get("notInPacksUsed") : title,
                    "present", tally.present(), "applicable", tally.applicable(),
                    "share", SvgCharts.percent(tally.share(), locale), "absent", title == null));
            overall.add(new SvgCharts.Bar(null, k + (title == null ? "" : " " + title), tally.share(), tally.present(),
                    tally.applicable(), i++));
        }
        overall.add(new SvgCharts.Bar(null, t.get("envSocialShort"), any, st.all().envSocial(),
                st.all().envSocialKnown(), SvgCharts.PALETTE.length - 1));
        m.put("keyRows", keyRows);
        m.put("keyChart", SvgCharts.bars("graphique-criteres", t.get("dash.keyChart"),
                describe(overall, d.baseline(), t), overall, d.baseline(), ref, t));

        m.put("dimensions", List.of(
                dimension("annee", "dash.dim.year", st.byYear(), st, d, ref),
                dimension("acheteur", "dash.dim.buyer", st.byBuyerType(), st, d, ref),
                dimension("famille", "dash.dim.family", st.byFamily(), st, d, ref)));
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
        m.put("failedMore", totalFailedLines > listed ? t.get("dash.failedMore", listed, totalFailedLines) : null);

        // DECP
        DecpReport decp = d.decp();
        if (decp != null) {
            Map<String, Object> dm = new LinkedHashMap<>();
            dm.put("file", decp.file());
            dm.put("version", decp.version());
            dm.put("note", decp.note());
            dm.put("recordsLine", t.get("html.decpRecords").replace("{{records}}", String.valueOf(decp.records()))
                    .replace("{{version}}", decp.version()));
            dm.put("matchedLine", fill(t.get("html.decpMatched"), Map.of("matched", decp.matched(), "byId",
                    decp.matchedById(), "byObject", decp.matchedByObject(), "threshold",
                    String.format(locale, "%.2f", decp.threshold()), "ambiguous", decp.ambiguous(), "unmatched",
                    decp.unmatched())));
            dm.put("gapsLine", fill(t.get("html.decpGaps"), Map.of("gaps", decp.gaps(), "declaredNotFound",
                    decp.declaredNotFound(), "foundNotDeclared", decp.foundNotDeclared())));
            dm.put("unverifiableLine", fill(t.get("html.decpUnverifiable"), Map.of("unverifiable",
                    decp.unverifiable())));
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
            dm.put("threshold", String.format(locale, "%.2f", decp.threshold()));
            List<Map<String, Object>> gaps = new ArrayList<>();
            for (DecpGap g : decp.sample()) {
                gaps.add(map("tender", g.tender(), "decpId", g.decpId(), "match", g.match(), "theme", g.theme(),
                        "declared", g.declared(), "found", g.found(), "message", g.message()));
            }
            dm.put("gapRows", gaps);
            dm.put("hasGapRows", !gaps.isEmpty());
            dm.put("gapsMore", decp.gaps() > gaps.size() ? t.get("dash.gapsMore", gaps.size()) : null);
            m.put("decp", dm);
        }
        m.put("warnings", d.warnings().stream().limit(50).map(w -> map("text", w)).toList());
        m.put("hasWarnings", !d.warnings().isEmpty());
        // page texts last: some of them quote the numbers above ({{total}}, {{baselineLabel}}…)
        Map<String, Object> page = new LinkedHashMap<>();
        t.withPrefix("html.").forEach((k, v) -> page.put(k, fill(v, m)));
        m.put("t", page);
        return m;
    }

    /** Replaces {@code {{name}}} with the value of {@code name} (the template escapes the whole text). */
    private static String fill(String text, Map<String, ?> values) {
        if (!text.contains("{{")) {
            return text;
        }
        StringBuilder sb = new StringBuilder();
        int i = 0;
        while (true) {
            int open = text.indexOf("{{", i);
            int close = open < 0 ? -1 : text.indexOf("}}", open);
            if (close < 0) {
                return sb.append(text, i, text.length()).toString();
            }
            Object v = values.get(text.substring(open + 2, close));
            sb.append(text, i, open).append(v == null ? "" : v);
            i = close + 2;
        }
    }

    private static Map<String, Object> dimension(String id, String key, Map<String, ArchiveStats.Group> groups,
                                                 ArchiveStats st, Data d, String ref) {
        Messages t = d.texts();
        Locale locale = t.locale();
        String title = t.get(key);
        String what = t.get(key + ".what");
        List<SvgCharts.Bar> bars = new ArrayList<>();
        List<Map<String, Object>> rows = new ArrayList<>();
        for (ArchiveStats.Group g : groups.values()) {
            bars.addAll(SvgCharts.groupBars(t.get("dash.group", g.label(), g.tenders()), g, st.keys(), t));
            List<Map<String, Object>> cells = new ArrayList<>();
            for (String k : st.keys()) {
                ArchiveStats.Tally tally = g.tally(k);
                cells.add(map("text", SvgCharts.percent(tally.share(), locale) + (tally.applicable() == 0 ? ""
                        : " (" + tally.present() + "/" + tally.applicable() + ")")));
            }
            rows.add(map("label", g.label(), "tenders", g.tenders(), "cells", cells,
                    "envSocial", SvgCharts.percent(g.envSocialShare(), locale)));
        }
        String chartTitle = t.get("dash.dimChart", title.toLowerCase(locale));
        return map("id", id, "title", title, "what", what, "rows", rows, "hasRows", !rows.isEmpty(),
                "groupBy", fill(t.get("html.groupBy"), Map.of("what", what)),
                "caption", fill(t.get("html.dimCaption"), Map.of("title", title)),
                "chart", rows.isEmpty() ? null : SvgCharts.bars("graphique-" + id, chartTitle,
                        describe(bars, d.baseline(), t), bars, d.baseline(), ref, t));
    }

    /** The chart's numbers in words, for screen readers. */
    private static String describe(List<SvgCharts.Bar> bars, double baseline, Messages t) {
        StringBuilder sb = new StringBuilder();
        String group = null;
        for (SvgCharts.Bar b : bars) {
            if (b.group() != null && !b.group().equals(group)) {
                group = b.group();
                sb.append(t.get("dash.describeGroup", group));
            }
            sb.append(b.label()).append(" ").append(SvgCharts.percent(b.share(), t.locale()));
            if (b.share() != null) {
                sb.append(t.get("dash.describeCount", b.present(), b.applicable()));
            }
            sb.append(t.english() ? "; " : " ; ");
        }
        sb.append(t.get("dash.describeEnd", SvgCharts.percent(baseline, t.locale())));
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
