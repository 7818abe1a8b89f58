package fr.boussole.cli;

import fr.boussole.core.Checker;
import fr.boussole.core.TenderReader;
import fr.boussole.model.CheckResult;
import fr.boussole.model.Severity;
import fr.boussole.model.Verdict;
import fr.boussole.report.ConsoleReport;
import fr.boussole.report.DocumentCommenter;
import fr.boussole.report.Messages;
import fr.boussole.report.ReportFormat;
import fr.boussole.report.Reports;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code boussole check DCE}: judges a DCE against the rule packs and writes the reports asked for. */
@Command(name = "check", mixinStandardHelpOptions = true)
public final class CheckCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "DCE", descriptionKey = "dce")
    List<Path> inputs;

    @Option(names = "--id", paramLabel = "ID", descriptionKey = "id")
    String tenderId;

    @Option(names = "--waivers", paramLabel = "${bundle:label.file:-FICHIER}", descriptionKey = "check.waivers")
    Path waivers;

    @Option(names = "--json", paramLabel = "${bundle:label.file:-FICHIER}", descriptionKey = "check.json")
    Path json;

    @Option(names = "--html", paramLabel = "${bundle:label.file:-FICHIER}", descriptionKey = "check.html")
    Path html;

    @Option(names = "--xlsx", paramLabel = "${bundle:label.file:-FICHIER}", descriptionKey = "check.xlsx")
    Path xlsx;

    @Option(names = "--csv", paramLabel = "${bundle:label.file:-FICHIER}", descriptionKey = "check.csv")
    Path csv;

    @Option(names = "--sarif", paramLabel = "${bundle:label.file:-FICHIER}", descriptionKey = "check.sarif")
    Path sarif;

    @Option(names = "--md", paramLabel = "${bundle:label.file:-FICHIER}", descriptionKey = "check.md")
    Path markdown;

    @Option(names = "--docx-comments", paramLabel = "${bundle:label.folder:-DOSSIER}", descriptionKey = "check.docx-comments")
    Path docxComments;

    @Option(names = "--fail-on", paramLabel = "${bundle:label.severity:-SÉVÉRITÉ}", descriptionKey = "check.fail-on")
    String failOn;

    @Option(names = "--no-color", descriptionKey = "check.no-color")
    boolean noColor;

    @Option(names = "--quiet", descriptionKey = "check.quiet")
    boolean quiet;

    @Spec
    CommandSpec spec;

    @Mixin
    ReadMixin read;

    @Mixin
    PackMixin packs;

    @Override
    public Integer call() throws Exception {
        Messages t = BoussoleCli.texts(spec);
        Locale locale = t.locale();
        Severity threshold = FailOn.parse(failOn != null ? failOn : packs.config().failOn(), spec);
        Checker checker = new Checker(packs.options(waivers));
        CheckResult result;
        Map<String, Path> files = new LinkedHashMap<>();
        try (TenderReader reader = new TenderReader(read.options());
             ProgressPrinter progress = ProgressPrinter.stderr(locale);
             TenderReader.Session session = reader.open(tenderId, inputs, progress)) {
            result = checker.check(session.tender());
            if (docxComments != null) {
                files.putAll(session.files());
                for (DocumentCommenter.Outcome o : DocumentCommenter.annotate(result, files, docxComments, locale)) {
                    if (o.problem() != null) {
                        System.err.println(t.get("check.notCommented", Texts.problem(t, o.problem())));
                    } else if (o.unanchored().isEmpty()) {
                        System.err.println(t.get("check.commented", o.output(), o.anchored()));
                    } else {
                        System.err.println(t.get("check.commentedWithMisses", o.output(), o.anchored(),
                                o.unanchored().size()));
                    }
                }
            }
        }
        write(t, result, ReportFormat.JSON, json, locale);
        write(t, result, ReportFormat.HTML, html, locale);
        write(t, result, ReportFormat.XLSX, xlsx, locale);
        write(t, result, ReportFormat.CSV, csv, locale);
        write(t, result, ReportFormat.SARIF, sarif, locale);
        write(t, result, ReportFormat.MARKDOWN, markdown, locale);
        if (!quiet) {
            ConsoleReport.print(result, System.out, locale,
                    ConsoleReport.useColor(!noColor && System.console() != null, System.getenv()));
        }
        return exitCode(result, threshold);
    }

    private static void write(Messages t, CheckResult r, ReportFormat f, Path file, Locale locale)
            throws java.io.IOException {
        if (file != null) {
            Reports.write(r, f, file, locale);
            System.err.println(t.get("check.reportWritten", f.name().toLowerCase(Locale.ROOT), file));
        }
    }

    /** 3 when input was partial, else 1 when an open gap reaches the threshold, else 0. */
    static int exitCode(CheckResult r, Severity threshold) {
        if (r.partialInput()) {
            return ExitCodes.PARTIAL_INPUT;
        }
        if (threshold == null) {
            return ExitCodes.OK;
        }
        for (Verdict v : r.verdicts()) {
            if (v.isOpenGap() && v.severity() != null && v.severity().atLeast(threshold)) {
                return ExitCodes.GAPS;
            }
        }
        return ExitCodes.OK;
    }
}
