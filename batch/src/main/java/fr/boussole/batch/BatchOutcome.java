package fr.boussole.batch;

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
 * @param results    where the per-tender results are (French, for the summary)
 */
public record BatchOutcome(Path out, ArchiveStats stats, DecpReport decp, Duration elapsed, Duration processing,
                           int threads, String extraction, Map<String, String> titles, double baseline,
                           String baselineLabel, List<Path> files, List<String> warnings, String results) {

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
        long s = d.toSeconds();
        if (s < 60) {
            return String.format(Locale.FRENCH, "%.1f s", d.toMillis() / 1000.0);
        }
        return s < 3600 ? String.format("%d min %02d s", s / 60, s % 60)
                : String.format("%d h %02d min", s / 3600, (s % 3600) / 60);
    }

    String rates() {
        return String.format(Locale.FRENCH, "%.2f DCE/s, %.1f pages/s (%d fil(s))", tendersPerSecond(),
                pagesPerSecond(), threads);
    }

    /** The French summary printed at the end of {@code boussole batch}. */
    public String summaryText() {
        StringBuilder sb = new StringBuilder();
        ArchiveStats st = stats;
        sb.append("Archive : ").append(st.total()).append(" DCE — ").append(st.done()).append(" traité(s), ")
                .append(st.cached()).append(" repris du cache, ").append(st.unchanged())
                .append(" inchangé(s) (déjà traités), ").append(st.failed()).append(" en échec.\n");
        sb.append("Fichiers illisibles : ").append(st.filesFailed());
        if (st.filesFailed() > 0 || st.failed() > 0) {
            sb.append(" (liste et raisons : ").append(out.resolve(BatchOutputs.FAILED_CSV)).append(')');
        }
        sb.append(".\n");
        sb.append("Débit : ").append(rates()).append(", ").append(st.pieces()).append(" pièce(s), ")
                .append(st.pages()).append(" page(s) ; durée ").append(duration(elapsed)).append(" ; ")
                .append(extraction).append(".\n");
        if (st.withResult() > 0) {
            sb.append("Part des DCE qui portent :\n");
            for (String k : st.keys()) {
                ArchiveStats.Tally t = st.all().tally(k);
                String title = titles.get(k);
                sb.append("  ").append(k).append(' ').append(title == null ? "(absent des référentiels utilisés)" : title)
                        .append(" : ");
                sb.append(t.share() == null ? "non évalué" : SvgCharts.percent(t.share()) + " (" + t.present() + "/"
                        + t.applicable() + ")").append('\n');
            }
            sb.append("  Au moins une clause environnementale ou sociale : ")
                    .append(SvgCharts.percent(st.all().envSocialShare())).append(" (").append(baselineLabel)
                    .append(")\n");
        }
        if (decp != null) {
            sb.append("DECP (").append(decp.version()).append(") : ").append(decp.matched()).append(" DCE rapproché(s) (")
                    .append(decp.matchedById()).append(" par identifiant, ").append(decp.matchedByObject())
                    .append(" par objet), ").append(decp.gaps()).append(" écart(s)");
            if (decp.v1Note() != null) {
                sb.append(" — ").append(decp.v1Note());
            }
            sb.append(".\n");
        }
        sb.append("Résultats : ").append(results).append(" ; synthèse : ")
                .append(out.resolve(BatchOutputs.SUMMARY_CSV)).append(", ").append(out.resolve(BatchOutputs.SUMMARY_XLSX))
                .append(" ; tableau de bord : ").append(out.resolve(BatchOutputs.DASHBOARD)).append('\n');
        return sb.toString();
    }
}
