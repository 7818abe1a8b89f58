package fr.boussole.report;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;

/**
 * A French-or-English properties bundle ({@code <base>_fr.properties}, {@code <base>_en.properties}, read as UTF-8),
 * shared by the report, batch and CLI modules so that they all pick the language and fill placeholders the same way.
 *
 * <p>Placeholders use {@link java.text.MessageFormat}'s {@code {0}}, {@code {1}}… syntax but are replaced literally:
 * MessageFormat's quoting rules would eat the apostrophes of French text ({@code d'extraction}). Numbers, dates and
 * plurals are formatted by the caller for the bundle's locale.
 */
public final class Messages {

    private final String baseName;
    private final Locale locale;
    private final ResourceBundle bundle;

    private Messages(String baseName, Locale locale) {
        this.baseName = baseName;
        this.locale = locale;
        // no fallback to the JVM's default locale: only _fr or _en, never a surprise third bundle
        this.bundle = ResourceBundle.getBundle(baseName, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** The bundle {@code baseName} in English when {@code locale}'s language is English, else in French. */
    public static Messages of(String baseName, Locale locale) {
        return new Messages(baseName, supported(locale));
    }

    /** {@link Locale#ENGLISH} for an English locale, {@link Locale#FRENCH} for anything else (or null). */
    public static Locale supported(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) ? Locale.ENGLISH : Locale.FRENCH;
    }

    /**
     * Parses a {@code --lang} value: {@code fr} or {@code en} (case and region ignored, {@code en-GB} is English).
     *
     * @throws IllegalArgumentException for any other language
     */
    public static Locale parseLang(String lang) {
        if (lang == null || lang.isBlank()) {
            return Locale.FRENCH;
        }
        String l = Locale.forLanguageTag(lang.trim().replace('_', '-')).getLanguage();
        return switch (l) {
            case "fr" -> Locale.FRENCH;
            case "en" -> Locale.ENGLISH;
            default -> throw new IllegalArgumentException(lang);
        };
    }

    public Locale locale() {
        return locale;
    }

    public boolean english() {
        return "en".equals(locale.getLanguage());
    }

    /** The text for {@code key} with {@code {i}} replaced by {@code args[i]}; a missing key is a programming error. */
    public String get(String key, Object... args) {
        String s;
        try {
            s = bundle.getString(key);
        } catch (MissingResourceException e) {
            throw new IllegalStateException("missing text '" + key + "' in " + baseName + " for " + locale, e);
        }
        return fill(s, args);
    }

    /** The text for {@code key}, or {@code fallback} when the bundle has none. */
    public String getOr(String key, String fallback) {
        return bundle.containsKey(key) ? bundle.getString(key) : fallback;
    }

    public boolean has(String key) {
        return bundle.containsKey(key);
    }

    /** Every text whose key starts with {@code prefix}, keyed by the rest of the key (for templates). */
    public Map<String, String> withPrefix(String prefix) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String k : keys()) {
            if (k.startsWith(prefix)) {
                out.put(k.substring(prefix.length()), bundle.getString(k));
            }
        }
        return out;
    }

    /** All keys, sorted. */
    public Set<String> keys() {
        return Collections.unmodifiableSet(new TreeSet<>(bundle.keySet()));
    }

    /** The underlying bundle (for libraries that take one, such as picocli). */
    public ResourceBundle bundle() {
        return bundle;
    }

    static String fill(String s, Object... args) {
        for (int i = 0; i < args.length; i++) {
            s = s.replace("{" + i + "}", Objects.toString(args[i], ""));
        }
        return s;
    }
}
