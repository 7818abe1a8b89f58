package fr.boussole.bench;

import fr.boussole.core.CheckOptions;
import fr.boussole.core.Checker;
import fr.boussole.rules.pack.Pack;
import fr.boussole.rules.pack.PackLoader;
import fr.boussole.rules.pack.PackSet;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The two pack sets of "Judge a DCE": the normal one (every built-in pack, plus the packs named by the system
 * property {@value #EXTRA_PACKS_PROPERTY}, comma-separated, trusted) and the same set multiplied by
 * {@code factor} with {@link CriteriaMultiplier}: copies of the real criteria ({@value #COPIES}) or synthetic
 * criteria ({@value #SYNTHETIC}), written to a temporary folder and passed to the {@link Checker} as user packs
 * (trusted), exactly as a user would pass them.
 */
public final class PackSets implements AutoCloseable {

    public static final String EXTRA_PACKS_PROPERTY = "boussole.bench.packs";
    /** Fixed day of the check, so that date gates do not move between runs. */
    public static final LocalDate CHECK_DAY = LocalDate.of(2026, 12, 1);
    public static final long SEED = 20261201L;

    private final Path dir;
    private final CheckOptions normal;
    private final CheckOptions multiplied;
    private final int factor;
    private final String variant;
    private final CriteriaMultiplier.Copies copies;

    private PackSets(Path dir, CheckOptions normal, CheckOptions multiplied, int factor, String variant,
                     CriteriaMultiplier.Copies copies) {
        this.dir = dir;
        this.variant = variant;
        this.normal = normal;
        this.multiplied = multiplied;
        this.factor = factor;
        this.copies = copies;
    }

    public static List<String> extraPacks() {
        String v = System.getProperty(EXTRA_PACKS_PROPERTY, "");
        List<String> out = new ArrayList<>();
        for (String s : v.split(",")) {
            if (!s.isBlank()) {
                out.add(s.strip());
            }
        }
        return out;
    }

    /** Copies of the real criteria ({@link CriteriaMultiplier#write}). */
    public static final String COPIES = "copies";
    /** Synthetic criteria of the rules module ({@link CriteriaMultiplier#writeSynthetic}). */
    public static final String SYNTHETIC = "synthetic";

    public static PackSets create(int factor) {
        return create(factor, COPIES);
    }

    public static PackSets create(int factor, String variant) {
        List<String> extra = extraPacks();
        List<Pack> base = new ArrayList<>(PackLoader.builtins());
        List<Pack> extraPacks = PackLoader.resolveAll(extra);
        base.addAll(extraPacks);
        Set<String> trusted = new LinkedHashSet<>();
        extraPacks.forEach(p -> trusted.add(p.id()));
        CheckOptions normal = new CheckOptions(null, extra, trusted, null, null, CHECK_DAY);
        try {
            Path dir = Files.createTempDirectory("boussole-bench-packs-");
            CriteriaMultiplier.Copies copies = switch (variant) {
                case COPIES -> CriteriaMultiplier.write(base, factor, SEED, dir);
                case SYNTHETIC -> CriteriaMultiplier.writeSynthetic(base, factor, SEED, dir);
                default -> throw new IllegalArgumentException("variante inconnue : " + variant + " (" + COPIES + ", "
                        + SYNTHETIC + ")");
            };
            List<String> all = new ArrayList<>(extra);
            copies.folders().forEach(f -> all.add(f.toString()));
            Set<String> trustedAll = new LinkedHashSet<>(trusted);
            trustedAll.addAll(copies.packIds());
            CheckOptions multiplied = new CheckOptions(null, all, trustedAll, null, null, CHECK_DAY);
            return new PackSets(dir, normal, multiplied, factor, variant, copies);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public CheckOptions normal() {
        return normal;
    }

    public CheckOptions multiplied() {
        return multiplied;
    }

    public int factor() {
        return factor;
    }

    public String variant() {
        return variant;
    }

    public CriteriaMultiplier.Copies copies() {
        return copies;
    }

    public PackSet normalSet() {
        return Checker.loadPacks(normal);
    }

    public PackSet multipliedSet() {
        return Checker.loadPacks(multiplied);
    }

    @Override
    public void close() {
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            // a leftover temp folder is harmless
        }
    }
}
