package fr.boussole.cli;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * Project configuration {@code boussole.yaml}: the packs a collectivité layers on the built-in ones,
 * which of them it trusts to run DRL, its lockfile and waivers, the severity that fails a check and the language of
 * what Boussole shows ({@code fr}, the default, or {@code en}).
 * Relative paths are resolved against the file's folder.
 */
@JsonIgnoreProperties(ignoreUnknown = false)
public record BoussoleConfig(List<String> packs, List<String> trustedPacks, Path lock, Path waivers, String failOn,
                             String lang) {

    public static final BoussoleConfig EMPTY = new BoussoleConfig(List.of(), List.of(), null, null, null, null);

    public BoussoleConfig {
        packs = packs == null ? List.of() : List.copyOf(packs);
        trustedPacks = trustedPacks == null ? List.of() : List.copyOf(trustedPacks);
    }

    public static BoussoleConfig load(Path file) {
        return load(file, fr.boussole.report.Messages.of(BoussoleCli.MESSAGES_BUNDLE, java.util.Locale.FRENCH));
    }

    /** Reads the file; an unreadable file or an unknown language is an error worded with {@code texts}. */
    public static BoussoleConfig load(Path file, fr.boussole.report.Messages texts) {
        try {
            BoussoleConfig raw = new ObjectMapper(new YAMLFactory()).readValue(file.toFile(), BoussoleConfig.class);
            Path base = file.toAbsolutePath().getParent();
            return new BoussoleConfig(raw.packs().stream().map(p -> resolvePack(base, p)).toList(), raw.trustedPacks(),
                    raw.lock() == null ? null : base.resolve(raw.lock()),
                    raw.waivers() == null ? null : base.resolve(raw.waivers()), raw.failOn(), lang(raw.lang(), file, texts));
        } catch (IOException e) {
            throw new IllegalArgumentException(texts.get("config.unreadable", file, e.getMessage()), e);
        }
    }

    private static String lang(String lang, Path file, fr.boussole.report.Messages texts) {
        if (lang == null) {
            return null;
        }
        try {
            return fr.boussole.report.Messages.parseLang(lang).getLanguage();
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(texts.get("config.badLang", file, lang));
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
