package fr.boussole.cli;

import fr.boussole.core.CheckOptions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Options choosing the rule packs, shared by check, explain, diff, eval, batch and packs. */
public final class PackMixin {

    @Option(names = "--pack", paramLabel = "PACK", descriptionKey = "pack")
    List<String> packs = new ArrayList<>();

    @Option(names = "--builtin", paramLabel = "ID", split = ",", descriptionKey = "builtin")
    List<String> builtins;

    @Option(names = "--no-builtin", descriptionKey = "no-builtin")
    boolean noBuiltin;

    @Option(names = "--trust-pack", paramLabel = "ID", descriptionKey = "trust-pack")
    List<String> trusted = new ArrayList<>();

    @Option(names = "--lock", paramLabel = "${bundle:label.file:-FICHIER}", descriptionKey = "lock")
    Path lock;

    @Option(names = "--config", paramLabel = "${bundle:label.file:-FICHIER}", descriptionKey = "config")
    Path config;

    @Option(names = "--check-date", paramLabel = "${bundle:label.date:-AAAA-MM-JJ}", descriptionKey = "check-date")
    LocalDate checkDate;

    @Spec(Spec.Target.MIXEE)
    CommandSpec mixee;

    /** Options for the checker, merging the config file and the flags (flags win). */
    public CheckOptions options(Path waivers) {
        return options(waivers, true);
    }

    /** Same, without verifying any lockfile (to write a new one). */
    public CheckOptions optionsWithoutLock() {
        return options(null, false);
    }

    private CheckOptions options(Path waivers, boolean withLock) {
        BoussoleConfig cfg = config();
        List<String> extra = new ArrayList<>(cfg.packs());
        extra.addAll(packs);
        Set<String> trust = new LinkedHashSet<>(cfg.trustedPacks());
        trust.addAll(trusted);
        Path lockFile = !withLock ? null : lock != null ? lock : cfg.lock() != null ? cfg.lock()
                : Files.exists(Path.of("boussole.lock")) ? Path.of("boussole.lock") : null;
        Path w = waivers != null ? waivers : cfg.waivers();
        List<String> b = noBuiltin ? List.of() : builtins;
        return new CheckOptions(b, extra, trust, lockFile, w, checkDate);
    }

    public BoussoleConfig config() {
        Path file = config != null ? config : Path.of("boussole.yaml");
        if (config == null && !Files.exists(file)) {
            return BoussoleConfig.EMPTY;
        }
        return BoussoleConfig.load(file, BoussoleCli.texts(mixee));
    }
}
