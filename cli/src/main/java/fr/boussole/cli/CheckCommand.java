package fr.boussole.cli;

import fr.boussole.core.Checker;
import fr.boussole.core.TenderReader;
import fr.boussole.model.CheckResult;
import fr.boussole.model.Severity;
import fr.boussole.model.Verdict;
import fr.boussole.report.ConsoleReport;
import fr.boussole.report.DocumentCommenter;
import fr.boussole.report.ReportFormat;
import fr.boussole.report.Reports;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code boussole check DCE}: judges a DCE against the rule packs and writes the reports asked for. */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Juge un DCE critère par critère et écrit les rapports demandés.")
public final class CheckCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "DCE", description = "Dossier, archive ZIP ou fichiers du DCE.")
    List<Path> inputs;

    @Option(names = "--id", paramLabel = "ID", description = "Identifiant du marché (défaut : nom du dossier ou de l'archive).")
    String tenderId;

    @Option(names = "--waivers", paramLabel = "FICHIER", description = "Dérogations justifiées (YAML).")
    Path waivers;

    @Option(names = "--json", paramLabel = "FICHIER", description = "Résultat JSON (schéma check-result).")
    Path json;

    @Option(names = "--html", paramLabel = "FICHIER", description = "Rapport HTML autonome et accessible.")
    Path html;

    @Option(names = "--xlsx", paramLabel = "FICHIER", description = "Classeur Excel (synthèse et critères).")
    Path xlsx;

    @Option(names = "--csv", paramLabel = "FICHIER", description = "Tableau CSV (une ligne par critère).")
    Path csv;

    @Option(names = "--sarif", paramLabel = "FICHIER", description = "SARIF 2.1.0 pour les outils.")
    Path sarif;

    @Option(names = "--md", paramLabel = "FICHIER", description = "Markdown pour un ticket ou un courriel.")
    Path markdown;

    @Option(names = "--docx-comments", paramLabel = "DOSSIER",
            description = "Copies commentées des pièces DOCX/ODT de l'acheteur (les originaux ne sont jamais modifiés).")
    Path docxComments;

    @Option(names = "--fail-on", paramLabel = "SÉVÉRITÉ",
            description = "Sortie 1 si un manque atteint cette sévérité : obligation (défaut), recommandation, bonne-pratique, aucune.")
    String failOn;

    @Option(names = "--lang", paramLabel = "fr|en", defaultValue = "fr", description = "Langue des rapports (défaut : fr).")
    String lang;

    @Option(names = "--no-color", description = "Pas de couleurs dans la console.")
    boolean noColor;

    @Option(names = "--quiet", description = "Ne pas afficher la synthèse dans la console.")
    boolean quiet;

    @Mixin
    ReadMixin read;

    @Mixin
    PackMixin packs;

    @Override
    public Integer call() throws Exception {
        Locale locale = Locale.forLanguageTag(lang);
        Severity threshold = FailOn.parse(failOn != null ? failOn : packs.config().failOn());
        Checker checker = new Checker(packs.options(waivers));
        CheckResult result;
        Map<String, Path> files = new LinkedHashMap<>();
        try (TenderReader reader = new TenderReader(read.options());
             ProgressPrinter progress = ProgressPrinter.stderr();
             TenderReader.Session session = reader.open(tenderId, inputs, progress)) {
            result = checker.check(session.tender());
            if (docxComments != null) {
                files.putAll(session.files());
                for (DocumentCommenter.Outcome o : DocumentCommenter.annotate(result, files, docxComments, locale)) {
                    if (o.problem() != null) {
                        System.err.println("Pièce non commentée : " + o.problem().toLine());
                    } else {
                        System.err.println("Copie commentée : " + o.output() + " (" + o.anchored()
                                + " commentaire(s) ancré(s)" + (o.unanchored().isEmpty() ? ""
                                : ", " + o.unanchored().size() + " extrait(s) non retrouvé(s)") + ")");
                    }
                }
            }
        }
        write(result, ReportFormat.JSON, json, locale);
        write(result, ReportFormat.HTML, html, locale);
        write(result, ReportFormat.XLSX, xlsx, locale);
        write(result, ReportFormat.CSV, csv, locale);
        write(result, ReportFormat.SARIF, sarif, locale);
        write(result, ReportFormat.MARKDOWN, markdown, locale);
        if (!quiet) {
            ConsoleReport.print(result, System.out, locale,
                    ConsoleReport.useColor(!noColor && System.console() != null, System.getenv()));
        }
        return exitCode(result, threshold);
    }

    private static void write(CheckResult r, ReportFormat f, Path file, Locale locale) throws java.io.IOException {
        if (file != null) {
            Reports.write(r, f, file, locale);
            System.err.println("Rapport " + f.name().toLowerCase(Locale.ROOT) + " écrit : " + file);
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
