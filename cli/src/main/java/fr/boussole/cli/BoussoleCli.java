package fr.boussole.cli;

import fr.boussole.report.Messages;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.ResourceBundle;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/**
 * Entry point: a thin picocli front-end over boussole-core, boussole-report and boussole-batch.
 *
 * <p>Every text shown comes from two bundles, in French by default or in English with {@code --lang en}:
 * {@code fr.boussole.cli.help} (picocli's usage help) and {@code fr.boussole.cli.messages} (everything else).
 */
// the help bundle is set in run(), for the chosen language: an annotation bundle would follow the JVM's locale
@Command(name = "boussole", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        subcommands = {ExtractCommand.class, CheckCommand.class, ExplainCommand.class, DiffCommand.class, PacksCommand.class, EvalCommand.class, BatchCommand.class, CommandLine.HelpCommand.class})
public final class BoussoleCli implements Runnable {

    static final String HELP_BUNDLE = "fr.boussole.cli.help";
    static final String MESSAGES_BUNDLE = "fr.boussole.cli.messages";

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** Parsed for the help and for validation; the language itself is resolved before parsing (see {@link #run(String...)}). */
    @Option(names = "--lang", paramLabel = "fr|en", scope = ScopeType.INHERIT, descriptionKey = "lang")
    String lang;

    private Messages texts = Messages.of(MESSAGES_BUNDLE, Locale.FRENCH);

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the CLI and returns its exit code (tests call this). */
    public static int run(String... args) {
        BoussoleCli root = new BoussoleCli();
        CommandLine cli = new CommandLine(root);
        cli.setOut(new PrintWriter(System.out, true, StandardCharsets.UTF_8));
        cli.setErr(new PrintWriter(System.err, true, StandardCharsets.UTF_8));
        Locale locale;
        try {
            locale = language(args);
        } catch (IllegalArgumentException e) {
            cli.getErr().println(Messages.of(MESSAGES_BUNDLE, Locale.FRENCH).get("error.lang", e.getMessage()));
            return ExitCodes.USAGE;
        }
        root.texts = Messages.of(MESSAGES_BUNDLE, locale);
        cli.setResourceBundle(helpBundle(locale));
        Messages t = root.texts;
        cli.setExecutionExceptionHandler((ex, cmd, parseResult) -> {
            cmd.getErr().println(t.get("error", ex.getMessage() == null ? ex.toString() : ex.getMessage()));
            if (System.getenv("BOUSSOLE_DEBUG") != null) {
                ex.printStackTrace(cmd.getErr());
            }
            return ExitCodes.USAGE;
        });
        cli.setParameterExceptionHandler((ex, ignored) -> {
            CommandLine cmd = ex.getCommandLine();
            cmd.getErr().println(t.get("error", parameterMessage(ex, t)));
            cmd.getErr().println(t.get("error.hint", cmd.getCommandSpec().qualifiedName()));
            return ExitCodes.USAGE;
        });
        return cli.execute(args);
    }

    /** picocli's own messages are English: the usual ones are reworded from the bundle. */
    static String parameterMessage(CommandLine.ParameterException ex, Messages t) {
        if (ex instanceof CommandLine.UnmatchedArgumentException u && !u.getUnmatched().isEmpty()) {
            return t.get("error.unknownArgument", String.join(" ", u.getUnmatched()));
        }
        if (ex instanceof CommandLine.MissingParameterException m && !m.getMissing().isEmpty()) {
            return t.get("error.missing", m.getMissing().stream().map(a -> a.isOption()
                    ? ((CommandLine.Model.OptionSpec) a).longestName() : a.paramLabel())
                    .collect(java.util.stream.Collectors.joining(", ")));
        }
        if (ex.getArgSpec() != null && ex.getValue() != null) {
            String name = ex.getArgSpec().isOption() ? ((CommandLine.Model.OptionSpec) ex.getArgSpec()).longestName()
                    : ex.getArgSpec().paramLabel();
            return t.get("error.badValue", name, ex.getValue());
        }
        return ex.getMessage();
    }

    static ResourceBundle helpBundle(Locale locale) {
        return Messages.of(HELP_BUNDLE, locale).bundle();
    }

    /** The texts of the running command line, in the language chosen for this run. */
    static Messages texts(CommandLine.Model.CommandSpec spec) {
        return spec.root().userObject() instanceof BoussoleCli b ? b.texts : Messages.of(MESSAGES_BUNDLE, Locale.FRENCH);
    }

    /**
     * The language of this run, known before picocli parses anything (so that its help and errors are translated
     * too): {@code --lang} anywhere on the command line, else {@code lang} in the configuration ({@code --config}
     * or ./boussole.yaml), else French.
     */
    static Locale language(String... args) {
        String lang = null;
        String config = null;
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (a.equals("--")) {
                break;
            }
            if (a.equals("--lang") && i + 1 < args.length) {
                lang = args[++i];
            } else if (a.startsWith("--lang=")) {
                lang = a.substring("--lang=".length());
            } else if (a.equals("--config") && i + 1 < args.length) {
                config = args[++i];
            } else if (a.startsWith("--config=")) {
                config = a.substring("--config=".length());
            }
        }
        if (lang != null) {
            return Messages.parseLang(lang);
        }
        Path file = config != null ? Path.of(config) : Path.of("boussole.yaml");
        if (Files.isRegularFile(file)) {
            try {
                String fromConfig = BoussoleConfig.load(file).lang();
                if (fromConfig != null) {
                    return Messages.parseLang(fromConfig);
                }
            } catch (IllegalArgumentException | IllegalStateException unreadable) {
                // the command reports an unreadable configuration itself, in French
            }
        }
        return Locale.FRENCH;
    }
}
