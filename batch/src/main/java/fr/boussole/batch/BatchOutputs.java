package fr.boussole.batch;

import fr.boussole.batch.decp.DecpCheck;
import fr.boussole.batch.decp.DecpFile;
import fr.boussole.batch.decp.DecpGap;
import fr.boussole.batch.decp.DecpMatcher;
import fr.boussole.batch.decp.DecpReader;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes the archive-level files from the journal, streaming it once per file (the journal is the only place
 * per-tender rows live): {@code summary.csv}, {@code summary.xlsx}, {@code failed-files.csv}, the DECP files and
 * {@code dashboard.html}. Used by the embedded batch and, on the driver, by the Spark job.
 */
public final class BatchOutputs {

    public static final String SUMMARY_CSV = "summary.csv";
    public static final String SUMMARY_XLSX = "summary.xlsx";
    public static final String FAILED_CSV = "failed-files.csv";
    public static final String DASHBOARD = "dashboard.html";
    public static final String DECP_GAPS = "decp-ecarts.csv";
    public static final String DECP_MATCHES = "decp-rapprochements.csv";

    static final int SAMPLE = 100;
    static final int GAP_SAMPLE = 200;

    /** Where the rows come from (a journal, or rows collected by Spark). */
    public interface Rows {
        void forEach(Consumer<TenderRow> action) throws IOException;

        static Rows journal(Path journal, Set<String> ids) {
            return action -> Journal.forEachLatest(journal, ids, e -> action.accept(e.row()));
        }

        static Rows of(List<TenderRow> rows) {
            return rows::forEach;
        }
    }

    /** What describes the run in the summaries. */
    public record RunInfo(String tool, String packs, String elapsed, String rates, String extraction,
                          List<String> warnings) {
    }

    /** What was written. */
    public record Written(ArchiveStats stats, DecpReport decp, List<Path> files) {
    }

    private BatchOutputs() {
    }

    public static Written write(Path out, Rows rows, List<String> keys, Map<String, String> titles, Path decpFile,
                                double decpThreshold, double baseline, String baselineLabel, RunInfo info)
            throws IOException {
        List<Path> files = new ArrayList<>();
        ArchiveStats stats = new ArchiveStats(keys);
        List<FailedFileLine> sample = new ArrayList<>();

        Path failed = out.resolve(FAILED_CSV);
        CsvFiles.write(failed, List.of("marché", "fichier", "code", "message", "détail"), p -> rows.forEach(r -> {
            stats.add(r);
            List<FailedFileLine> lines = new ArrayList<>();
            if (!r.outcome().hasResult()) {
                lines.add(new FailedFileLine(r.id(), r.source(), "TENDER_FAILED",
                        "le DCE n'a pas pu être analysé : " + r.error(), null));
            }
            r.failedFiles().forEach(f -> lines.add(new FailedFileLine(r.id(), f.path(), f.code(), f.message(),
                    f.detail())));
            for (FailedFileLine l : lines) {
                print(p, CsvFiles.cells(java.util.Arrays.asList(l.tender(), l.path(), l.code(), l.message(),
                        l.detail())));
                if (sample.size() < SAMPLE) {
                    sample.add(l);
                }
            }
        }));
        files.add(failed);

        Path csv = out.resolve(SUMMARY_CSV);
        CsvFiles.write(csv, SummaryColumns.header(keys),
                p -> rows.forEach(r -> print(p, CsvFiles.cells(SummaryColumns.cells(r, keys)))));
        files.add(csv);

        Path xlsx = out.resolve(SUMMARY_XLSX);
        SummaryXlsx.write(xlsx, keys, rows::forEach, stats, titles);
        files.add(xlsx);

        DecpReport decp = null;
        if (decpFile != null) {
            decp = decp(out, rows, decpFile, decpThreshold, files);
        }

        Path html = out.resolve(DASHBOARD);
        AtomicFiles.writeString(html, Dashboard.render(new Dashboard.Data(stats, titles, baseline, baselineLabel,
                info.tool(), info.packs(), java.time.ZonedDateTime.now(), info.elapsed(), info.rates(),
                info.extraction(), sample, decp, info.warnings())));
        files.add(html);
        return new Written(stats, decp, files);
    }

    private static DecpReport decp(Path out, Rows rows, Path decpFile, double threshold, List<Path> files)
            throws IOException {
        DecpFile df = DecpReader.read(decpFile);
        DecpMatcher matcher = new DecpMatcher(df.records(), threshold);
        int[] c = new int[6]; // byId, byObject, ambiguous, unmatched, declaredNotFound, foundNotDeclared
        int[] unverifiable = {0};
        List<DecpGap> sample = new ArrayList<>();
        Path gapsFile = out.resolve(DECP_GAPS);
        Path matchesFile = out.resolve(DECP_MATCHES);
        AtomicFiles.write(gapsFile, gapsOut -> AtomicFiles.write(matchesFile, matchesOut -> {
            Writer gw = new OutputStreamWriter(gapsOut, StandardCharsets.UTF_8);
            Writer mw = new OutputStreamWriter(matchesOut, StandardCharsets.UTF_8);
            gw.write('\uFEFF');
            mw.write('\uFEFF');
            CSVPrinter gp = new CSVPrinter(gw, CsvFiles.FORMAT);
            CSVPrinter mp = new CSVPrinter(mw, CsvFiles.FORMAT);
            gp.printRecord("marché", "identifiant DECP", "rapprochement", "thème", "déclaré dans les DECP",
                    "trouvé dans le DCE", "écart", "explication");
            mp.printRecord("marché", "objet du DCE", "identifiant DECP", "rapprochement", "similarité", "ambigu",
                    "objet DECP", "acheteur DECP", "notification", "considérations environnementales",
                    "considérations sociales", "écarts");
            rows.forEach(r -> {
                if (!r.outcome().hasResult()) {
                    return;
                }
                DecpMatcher.Match m = matcher.match(r.id(), r.decpId(), r.object());
                if (m == null) {
                    c[3]++;
                    print(mp, CsvFiles.cells(java.util.Arrays.asList(r.id(), r.object(), null, "aucun", null, null,
                            null, null, null, null, null, null)));
                    return;
                }
                c[m.byId() ? 0 : 1]++;
                c[2] += m.ambiguous() ? 1 : 0;
                List<DecpGap> gaps = DecpCheck.gaps(r, m, unverifiable);
                for (DecpGap g : gaps) {
                    c[g.kind() == DecpGap.Kind.DECLARE_NON_TROUVE ? 4 : 5]++;
                    print(gp, CsvFiles.cells(List.of(g.tender(), g.decpId(), g.match(), g.theme(), g.declared(),
                            g.found(), g.kind().name(), g.message())));
                    if (sample.size() < GAP_SAMPLE) {
                        sample.add(g);
                    }
                }
                var rec = m.record();
                print(mp, CsvFiles.cells(java.util.Arrays.asList(r.id(), r.object(), rec.id(), m.method(),
                        String.format(Locale.FRENCH, "%.2f", m.score()), m.ambiguous() ? "oui" : "non", rec.object(),
                        rec.buyerName() != null ? rec.buyerName() : rec.buyerId(), rec.notified(),
                        rec.environmental() == null ? "(champ absent : DECP v1)" : String.join(" | ", rec.environmental()),
                        rec.social() == null ? "(champ absent : DECP v1)" : String.join(" | ", rec.social()),
                        gaps.size())));
            });
            gp.flush();
            mp.flush();
        }));
        files.add(gapsFile);
        files.add(matchesFile);
        return new DecpReport(decpFile.toString(), df.version(), df.note(), df.records().size(), c[0], c[1], c[2],
                c[3], c[4], c[5], unverifiable[0], threshold, sample);
    }

    private static void print(CSVPrinter p, List<String> cells) {
        try {
            p.printRecord(cells);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
