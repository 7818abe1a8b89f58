package fr.boussole.cli;

import fr.boussole.core.CheckOptions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import picocli.CommandLine.Option;

/** Options choosing the rule packs, shared by check, explain, diff, eval, batch and packs. */
public final class PackMixin {

    @Option(names = "--pack", paramLabel = "PACK",
            description = "Référentiel supplémentaire : dossier, .zip, .jar ou identifiant intégré (répétable). "
                    + "Les référentiels intégrés restent utilisés, sauf --no-builtin.")
    List<String> packs = new ArrayList<>();

    @Option(names = "--builtin", paramLabel = "ID", split = ",",
            description = "N'utiliser que ces référentiels intégrés (loi, dinum-achats, rgesn-2024, gpp-ue-tic, reset-qualites).")
    List<String> builtins;

    @Option(names = "--no-builtin", description = "N'utiliser aucun référentiel intégré.")
    boolean noBuiltin;

    @Option(names = "--trust-pack", paramLabel = "ID",
            description = "Faire confiance au code DRL de ce référentiel (répétable ; les intégrés sont de confiance).")
    List<String> trusted = new ArrayList<>();

    @Option(names = "--lock", paramLabel = "FICHIER",
            description = "Fichier de verrouillage des référentiels (défaut : ./boussole.lock s'il existe).")
    Path lock;

    @Option(names = "--config", paramLabel = "FICHIER",
            description = "Configuration (défaut : ./boussole.yaml s'il existe) : packs, trustedPacks, lock, waivers, failOn.")
    Path config;

    @Option(names = "--check-date", paramLabel = "AAAA-MM-JJ",
            description = "Date de la vérification (règles datées quand la date de lancement est inconnue ; défaut : aujourd'hui).")
    LocalDate checkDate;

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
        return BoussoleConfig.load(file);
    }
}
