package fr.boussole.rules.pack;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code boussole.lock}: the packs a check must use, pinned by id, version and content hash.
 *
 * @param packs one entry per pack
 */
public record Lockfile(List<Entry> packs) {

    public static final String FILE_NAME = "boussole.lock";

    /** One pinned pack. */
    public record Entry(String id, String version, String sha256) {
    }

    public Lockfile {
        packs = packs == null ? List.of() : List.copyOf(packs);
    }

    /** The lock of these packs, sorted by id. */
    public static Lockfile of(Collection<Pack> packs) {
        List<Entry> entries = new ArrayList<>();
        packs.stream().sorted(Comparator.comparing(Pack::id))
                .forEach(p -> entries.add(new Entry(p.id(), p.version(), p.sha256())));
        return new Lockfile(entries);
    }

    /** YAML text of the lock. */
    public String toYaml() {
        StringBuilder sb = new StringBuilder("# boussole.lock — généré par « boussole packs lock » ; ne pas modifier à la main\n");
        sb.append("packs:\n");
        for (Entry e : packs) {
            sb.append("  - id: ").append(e.id()).append('\n');
            sb.append("    version: ").append(e.version()).append('\n');
            sb.append("    sha256: ").append(e.sha256()).append('\n');
        }
        return sb.toString();
    }

    /** Writes the lock atomically. */
    public void write(Path file) throws IOException {
        Path abs = file.toAbsolutePath();
        Files.createDirectories(abs.getParent());
        Path tmp = Files.createTempFile(abs.getParent(), abs.getFileName().toString(), ".tmp");
        try {
            Files.writeString(tmp, toYaml(), StandardCharsets.UTF_8);
            Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    public static Lockfile read(Path file) {
        String name = file.getFileName().toString();
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new PackException(List.of(new PackError(name, null, 0, "fichier de verrouillage illisible : "
                    + e.getMessage())), e);
        }
        return parse(text, name);
    }

    public static Lockfile parse(String text, String name) {
        try {
            Lockfile lock = PackLoader.yaml().readValue(text, Lockfile.class);
            if (lock == null) {
                throw new PackException(name, null, 1, "fichier de verrouillage vide");
            }
            for (Entry e : lock.packs()) {
                if (e.id() == null || e.version() == null || e.sha256() == null) {
                    throw new PackException(name, null, PackLoader.lineOf(text, "id: " + e.id()),
                            "entrée incomplète (id, version et sha256 sont requis)");
                }
            }
            return lock;
        } catch (JsonProcessingException e) {
            throw new PackException(List.of(new PackError(name, null, PackLoader.line(e), PackLoader.frenchMessage(e))), e);
        }
    }

    /** Every difference between this lock and the loaded packs; empty when they match. */
    public List<PackError> check(Collection<Pack> loaded, String lockName) {
        List<PackError> errors = new ArrayList<>();
        Map<String, Entry> byId = new LinkedHashMap<>();
        packs.forEach(e -> byId.put(e.id(), e));
        for (Pack p : loaded) {
            Entry e = byId.remove(p.id());
            if (e == null) {
                errors.add(new PackError(p.id(), lockName, 0, "pack absent de " + lockName + " (chargé depuis "
                        + p.origin() + ") : relancez « boussole packs lock » si ce pack est voulu"));
                continue;
            }
            if (!e.version().equals(p.version())) {
                errors.add(new PackError(p.id(), lockName, 0, "version verrouillée " + e.version() + ", version chargée "
                        + p.version()));
            }
            if (!e.sha256().equalsIgnoreCase(p.sha256())) {
                errors.add(new PackError(p.id(), lockName, 0, "empreinte sha256 différente : verrouillée " + e.sha256()
                        + ", calculée " + p.sha256() + " — le contenu du pack a changé ; vérifiez-le puis relancez "
                        + "« boussole packs lock »"));
            }
        }
        for (Entry e : byId.values()) {
            errors.add(new PackError(e.id(), lockName, 0, "pack verrouillé (version " + e.version()
                    + ") mais non chargé"));
        }
        return errors;
    }

    /** Throws a {@link PackException} listing every difference. */
    public void verify(Collection<Pack> loaded) {
        List<PackError> errors = check(loaded, FILE_NAME);
        if (!errors.isEmpty()) {
            throw new PackException(errors);
        }
    }
}
