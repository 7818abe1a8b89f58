package fr.boussole.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Entry point: a thin picocli front-end over boussole-core, boussole-report and boussole-batch. */
@Command(name = "boussole", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Vérifie qu'un DCE fait un achat numérique responsable, critère par critère.",
        subcommands = {ExtractCommand.class, CheckCommand.class, ExplainCommand.class, DiffCommand.class, PacksCommand.class, EvalCommand.class, BatchCommand.class, CommandLine.HelpCommand.class},
        exitCodeListHeading = "%nCodes de sortie :%n",
        exitCodeList = {
            "0:rien ne manque au niveau demandé (--fail-on)",
            "1:des critères manquent ou sont contredits",
            "2:erreur d'utilisation",
            "3:une partie des fichiers n'a pas pu être lue (le reste est jugé)"})
public final class BoussoleCli implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the CLI and returns its exit code (tests call this). */
    public static int run(String... args) {
        CommandLine cli = new CommandLine(new BoussoleCli());
        cli.setOut(new PrintWriter(System.out, true, StandardCharsets.UTF_8));
        cli.setErr(new PrintWriter(System.err, true, StandardCharsets.UTF_8));
        cli.setExecutionExceptionHandler((ex, cmd, parseResult) -> {
            cmd.getErr().println("Erreur : " + (ex.getMessage() == null ? ex.toString() : ex.getMessage()));
            if (System.getenv("BOUSSOLE_DEBUG") != null) {
                ex.printStackTrace(cmd.getErr());
            }
            return ExitCodes.USAGE;
        });
        return cli.execute(args);
    }
}
