package fr.boussole.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.boussole.report.Messages;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * The CLI's bundles, like LanguageTool's and Checkstyle's message tests: French and English have the same keys,
 * every key the code asks for exists, and every command, option and parameter has a help text in both languages.
 */
class CliBundlesTest {

    private static final Path SOURCES = Path.of("src/main/java/fr/boussole/cli");

    @Test
    void frenchAndEnglishHaveTheSameKeys() {
        for (String bundle : List.of(BoussoleCli.MESSAGES_BUNDLE, BoussoleCli.HELP_BUNDLE)) {
            Set<String> fr = Messages.of(bundle, Locale.FRENCH).keys();
            Set<String> en = Messages.of(bundle, Locale.ENGLISH).keys();
            assertEquals(minus(fr, en), Set.of(), bundle + ": missing in English");
            assertEquals(minus(en, fr), Set.of(), bundle + ": missing in French");
            for (String k : fr) {
                assertFalse(Messages.of(bundle, Locale.ENGLISH).get(k).isBlank(), bundle + " en: " + k);
                assertFalse(Messages.of(bundle, Locale.FRENCH).get(k).isBlank(), bundle + " fr: " + k);
            }
        }
    }

    @Test
    void everyMessageKeyUsedInCodeExistsInBothLanguages() throws IOException {
        String code = sources();
        Set<String> used = new TreeSet<>();
        // t.get("key", …), texts(spec).get("key"), and both branches of t.get(cond ? "a" : "b")
        collect(Pattern.compile("\\.get\\(\\s*\"([A-Za-z][\\w.-]*)\""), code, used);
        collect(Pattern.compile("\\.get\\(\\s*[^;\"]*\\?\\s*\"([\\w.-]+)\"\\s*:\\s*\"([\\w.-]+)\""), code, used);
        assertTrue(used.size() > 60, "keys found in the code: " + used.size());
        for (Locale l : List.of(Locale.FRENCH, Locale.ENGLISH)) {
            Set<String> keys = Messages.of(BoussoleCli.MESSAGES_BUNDLE, l).keys();
            assertEquals(Set.of(), minus(used, keys), "used in code, absent from messages_" + l);
        }
    }

    @Test
    void everyHelpKeyUsedInCodeExistsInBothLanguages() throws IOException {
        String code = sources();
        Set<String> used = new TreeSet<>();
        collect(Pattern.compile("descriptionKey\\s*=\\s*\"([^\"]+)\""), code, used);
        collect(Pattern.compile("\\$\\{bundle:([\\w.-]+):-"), code, used);
        assertTrue(used.size() > 50, "help keys found in the code: " + used.size());
        for (Locale l : List.of(Locale.FRENCH, Locale.ENGLISH)) {
            Set<String> keys = Messages.of(BoussoleCli.HELP_BUNDLE, l).keys();
            assertEquals(Set.of(), minus(used, keys), "used in code, absent from help_" + l);
        }
    }

    @Test
    void everyCommandOptionAndParameterIsDescribedInBothLanguages() {
        for (Locale l : List.of(Locale.FRENCH, Locale.ENGLISH)) {
            CommandLine cli = new CommandLine(new BoussoleCli());
            cli.setResourceBundle(BoussoleCli.helpBundle(l));
            List<String> undescribed = new ArrayList<>();
            walk(cli, undescribed);
            assertEquals(List.of(), undescribed, "without help text in " + l);
        }
    }

    @Test
    void theLanguageComesFromTheFlagThenTheConfigurationElseFrench(@org.junit.jupiter.api.io.TempDir Path tmp)
            throws IOException {
        assertEquals(Locale.FRENCH, BoussoleCli.language("check", "x"));
        assertEquals(Locale.ENGLISH, BoussoleCli.language("check", "x", "--lang", "en"));
        assertEquals(Locale.ENGLISH, BoussoleCli.language("--lang=EN-gb", "packs", "list"));
        Path config = Files.writeString(tmp.resolve("boussole.yaml"), "lang: en\n");
        assertEquals(Locale.ENGLISH, BoussoleCli.language("check", "x", "--config", config.toString()));
        assertEquals(Locale.FRENCH, BoussoleCli.language("check", "x", "--config", config.toString(), "--lang", "fr"));
        // an argument after "--" is a file, not an option
        assertEquals(Locale.FRENCH, BoussoleCli.language("check", "--", "--lang", "en"));
    }

    private static void walk(CommandLine cl, List<String> undescribed) {
        CommandSpec spec = cl.getCommandSpec();
        String name = spec.qualifiedName();
        if (spec.usageMessage().description().length == 0 && spec.usageMessage().header().length == 0) {
            undescribed.add(name);
        }
        List<ArgSpec> args = new ArrayList<>(spec.options());
        args.addAll(spec.positionalParameters());
        for (ArgSpec a : args) {
            String[] d = a.description();
            if (d.length == 0 || String.join("", d).isBlank()) {
                undescribed.add(name + " " + (a.isOption() ? ((CommandLine.Model.OptionSpec) a).longestName()
                        : a.paramLabel()));
            }
        }
        cl.getSubcommands().values().forEach(sub -> walk(sub, undescribed));
    }

    private static String sources() throws IOException {
        StringBuilder sb = new StringBuilder();
        try (Stream<Path> s = Files.list(SOURCES)) {
            for (Path p : s.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
                sb.append(Files.readString(p)).append('\n');
            }
        }
        return sb.toString();
    }

    private static void collect(Pattern p, String code, Set<String> out) {
        Matcher m = p.matcher(code);
        while (m.find()) {
            for (int g = 1; g <= m.groupCount(); g++) {
                out.add(m.group(g));
            }
        }
    }

    private static Set<String> minus(Set<String> a, Set<String> b) {
        Set<String> out = new TreeSet<>(a);
        out.removeAll(b);
        return out;
    }
}
