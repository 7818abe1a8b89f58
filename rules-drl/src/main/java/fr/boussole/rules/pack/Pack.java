package fr.boussole.rules.pack;

import fr.boussole.model.PackRef;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A loaded, validated rule pack. Immutable. */
public final class Pack {

    /** A criterion with the file it comes from. */
    public record Entry(CriterionDef def, String file) {
    }

    private final PackManifest manifest;
    private final List<Entry> criteria;
    private final Map<String, String> drl;
    private final List<OverrideDef> overrides;
    private final String sha256;
    private final String origin;
    private final boolean builtin;
    private final Map<String, String> texts;
    private final List<String> warnings;

    Pack(PackManifest manifest, List<Entry> criteria, Map<String, String> drl, List<OverrideDef> overrides,
         String sha256, String origin, boolean builtin, Map<String, String> texts, List<String> warnings) {
        this.manifest = manifest;
        this.criteria = List.copyOf(criteria);
        this.drl = Collections.unmodifiableMap(new LinkedHashMap<>(drl));
        this.overrides = List.copyOf(overrides);
        this.sha256 = sha256;
        this.origin = origin;
        this.builtin = builtin;
        this.texts = Collections.unmodifiableMap(new LinkedHashMap<>(texts));
        this.warnings = List.copyOf(warnings);
    }

    public PackManifest manifest() {
        return manifest;
    }

    public String id() {
        return manifest.id();
    }

    public String version() {
        return manifest.version();
    }

    public List<Entry> criteria() {
        return criteria;
    }

    public List<CriterionDef> criterionDefs() {
        List<CriterionDef> out = new ArrayList<>();
        criteria.forEach(e -> out.add(e.def()));
        return out;
    }

    /** DRL sources by relative path (rules/…). */
    public Map<String, String> drl() {
        return drl;
    }

    public List<OverrideDef> overrides() {
        return overrides;
    }

    /** Hash of the pack's files (sorted paths + bytes), lower-case hex. */
    public String sha256() {
        return sha256;
    }

    /** Where it was loaded from: a path, or {@code classpath:boussole-packs/<id>}. */
    public String origin() {
        return origin;
    }

    /** Shipped with Boussole (trusted). */
    public boolean builtin() {
        return builtin;
    }

    public boolean overlay() {
        return manifest.overlay();
    }

    /** Text of a YAML file of the pack, for line lookups. */
    public String text(String file) {
        return texts.get(file);
    }

    /** Non-fatal remarks met while loading (unknown files…). */
    public List<String> warnings() {
        return warnings;
    }

    /** 1-based line of the first occurrence of {@code needle} in {@code file}, or 0. */
    public int lineOf(String file, String needle) {
        return PackLoader.lineOf(texts.get(file), needle);
    }

    public PackRef ref() {
        return new PackRef(id(), version(), sha256, manifest.title(), manifest.authority(), origin);
    }

    @Override
    public String toString() {
        return id() + "@" + version();
    }
}
