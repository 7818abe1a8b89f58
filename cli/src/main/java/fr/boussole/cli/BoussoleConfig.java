package fr.boussole.cli;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * Project configuration {@code boussole.yaml}: the packs a collectivité layers on the built-in ones,
 * which of them it trusts to run DRL, its lockfile and waivers, and the severity that fails a check.
 * Relative paths are resolved against the file's folder.
 */
@JsonIgnoreProperties(ignoreUnknown = false)
public record BoussoleConfig(List<String> packs, List<String> trustedPacks, Path lock, Path waivers, String failOn) {

    public static final BoussoleConfig EMPTY = new BoussoleConfig(List.of(), List.of(), null, null, null);

    public BoussoleConfig {
        packs = packs == null ? List.of() : List.copyOf(packs);
        trustedPacks = trustedPacks == null ? List.of() : List.copyOf(trustedPacks);
    }

    public static BoussoleConfig load(Path file) {
        try {
            BoussoleConfig raw = new ObjectMapper(new YAMLFactory()).readValue(file.toFile(), BoussoleConfig.class);
            Path base = file.toAbsolutePath().getParent();
            return new BoussoleConfig(raw.packs().stream().map(p -> resolvePack(base, p)).toList(), raw.trustedPacks(),
                    raw.lock() == null ? null : base.resolve(raw.lock()),
                    raw.waivers() == null ? null : base.resolve(raw.waivers()), raw.failOn());
        } catch (IOException e) {
            throw new IllegalArgumentException("configuration illisible " + file + " : " + e.getMessage(), e);
        }
    }

    private static String resolvePack(Path base, String ref) {
        // a path (existing beside the config, or written as a path) is made absolute against the config
        // folder; anything else is a built-in pack id
        Path candidate = base.resolve(ref).normalize();
        return java.nio.file.Files.exists(candidate) || ref.contains("/") || ref.contains("\\") || ref.endsWith(".zip")
                || ref.endsWith(".jar") ? candidate.toString() : ref;
    }
}
