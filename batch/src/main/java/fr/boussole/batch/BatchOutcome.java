package fr.boussole.batch;

import fr.boussole.report.Messages;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What a batch run did.
 *
 * @param out        output folder
 * @param stats      counts and shares
 * @param decp       DECP cross-check, or null
 * @param elapsed    wall time of the whole run
 * @param processing wall time spent on tenders (scan and summaries excluded)
 * @param threads    tenders and files at the same time
 * @param extraction how files were read
 * @param titles     key criterion → title (null when absent from the packs)
 * @param baseline   reference share
 * @param baselineLabel its caption
 * @param files      archive-level files written
 * @param warnings   inputs skipped
 * @param results    where the per-tender results are (worded for the summary)
 * @param locale     language of the summary (French unless English)
 */
public record BatchOutcome(Path out, ArchiveStats stats, DecpReport decp, Duration elapsed, Duration processing,
                           int threads, String extraction, Map<String, String> titles, double baseline,
                           String baselineLabel, List<Path> files, List<String> warnings, String results,
                           Locale locale) {

    public BatchOutcome {
        locale = fr.boussole.report.Messages.supported(locale);
    }

    /** A French outcome. */
    public BatchOutcome(Path out, ArchiveStats stats, DecpReport decp, Duration elapsed, Duration processing,
                        int threads, String extraction, Map<String, String> titles, double baseline,
                        String baselineLabel, List<Path> files, List<String> warnings, String results) {
        this(out, stats, decp, elapsed, processing, threads, extraction, titles, baseline, baselineLabel, files,
                warnings, results, Locale.FRENCH);
    }

    /** Tenders judged or taken from the cache per second of processing. */
    public double tendersPerSecond() {
        double s = processing.toMillis() / 1000.0;
        return s <= 0 ? 0 : (stats.done() + stats.cached() + stats.failed()) / s;
    }

    /** Pages of the tenders processed in this run per second (unchanged tenders excluded from neither). */
    public double pagesPerSecond() {
        double s = processing.toMillis() / 1000.0;
        return s <= 0 ? 0 : stats.pages() / s;
    }

    /** True when every tender has a result and every file was read. */
    public boolean complete() {
        return stats.failed() == 0 && stats.filesFailed() == 0;
    }

    /** A French duration: "41,5 s", "3 min 05 s", "2 h 10 min". */
    public static String duration(Duration d) {
        return duration(d, Locale.FRENCH);
    }

    /** A duration in {@code locale}'s language: "41,5 s" / "41.5 s", "3 min 05 s", "2 h 10 min". */
    public static String duration(Duration d, Locale locale) {
        Messages t = BatchTexts.of(locale);
        long s = d.toSeconds();
        if (s < 60) {
            return t.get("duration.seconds", String.format(t.locale(), "%.1f", d.toMillis() / 1000.0));
        }
        return s < 3600 ? t.get("duration.minutes", s / 60, String.format("%02d", s % 60))
                : t.get("duration.hours", s / 3600, String.format("%02d", (s % 3600) / 60));
    }

    /** The summary printed at the end of {@code boussole batch}, in the outcome's language. */
    public String summaryText() {
        Messages t = BatchTexts.of(locale);
        StringBuilder sb = new StringBuilder();
        ArchiveStats st = stats;
        sb.append(t.get("summary.archive", st.total(), st.done(), st.cached(), st.unchanged(), st.failed()))
                .append('\n');
        sb.append(t.get("summary.filesFailed", st.filesFailed()));
        if (st.filesFailed() > 0 || st.failed() > 0) {
            sb.append(t.get("summary.failedList", out.resolve(BatchOutputs.FAILED_CSV)));
        }
        sb.append(".\n");
        sb.append(t.get("summary.rates", String.format(t.locale(), "%.2f", tendersPerSecond()),
                String.format(t.locale(), "%.1f", pagesPerSecond()), threads, st.pieces(), st.pages(),
                duration(elapsed, t.locale()), extraction)).append('\n');
        if (st.withResult() > 0) {
            sb.append(t.get("summary.shares")).append('\n');
            for (String k : st.keys()) {
                ArchiveStats.Tally tally = st.all().tally(k);
                String title = titles.get(k);
                sb.append(t.get("summary.key", k, title == null ? t.get("summary.notInPacks") : title,
                        tally.share() == null ? t.get("notEvaluated") : t.get("summary.share",
                                SvgCharts.percent(tally.share(), t.locale()), tally.present(), tally.applicable())))
                        .append('\n');
            }
            sb.append(t.get("summary.envSocial", SvgCharts.percent(st.all().envSocialShare(), t.locale()),
                    baselineLabel)).append('\n');
        }
        if (decp != null) {
            sb.append(t.get("summary.decp", decp.version(), decp.matched(), decp.matchedById(),
                    decp.matchedByObject(), decp.gaps()));
            if (decp.v1Note(t) != null) {
                sb.append(" — ").append(decp.v1Note(t));
            }
            sb.append(".\n");
        }
        sb.append(t.get("summary.files", results, out.resolve(BatchOutputs.SUMMARY_CSV),
                out.resolve(BatchOutputs.SUMMARY_XLSX), out.resolve(BatchOutputs.DASHBOARD))).append('\n');
        return sb.toString();
    }
}
