package fr.boussole.rules.pack;

import fr.boussole.matcher.SignalSpec;
import fr.boussole.model.PackRef;
import fr.boussole.model.Severity;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Several packs used together (national → OPSN → collectivité): ids checked across packs, aliases resolved,
 * overlays applied (only through explicit overrides naming target ids), untrusted DRL statically checked,
 * optionally verified against a lockfile. Immutable.
 */
public final class PackSet {

    private final List<Pack> packs;
    private final Set<String> trusted;
    private final Map<String, EffectiveCriterion> criteria; // canonical id → criterion (incl. disabled)
    private final Map<String, String> aliases;              // alias → canonical id
    private final List<String> warnings;

    private PackSet(List<Pack> packs, Set<String> trusted, Map<String, EffectiveCriterion> criteria,
                    Map<String, String> aliases, List<String> warnings) {
        this.packs = List.copyOf(packs);
        this.trusted = Set.copyOf(trusted);
        this.criteria = criteria;
        this.aliases = aliases;
        this.warnings = List.copyOf(warnings);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** A set made of the given packs, without lock and with only built-in packs trusted. */
    public static PackSet of(Collection<Pack> packs) {
        return builder().addAll(packs).build();
    }

    public List<Pack> packs() {
        return packs;
    }

    public Pack pack(String id) {
        return packs.stream().filter(p -> p.id().equals(id)).findFirst().orElse(null);
    }

    public boolean trusted(Pack p) {
        return p.builtin() || trusted.contains(p.id());
    }

    /** Active criteria (not disabled), in pack order then id order. */
    public List<EffectiveCriterion> criteria() {
        return criteria.values().stream().filter(c -> !c.disabled()).toList();
    }

    /** Every criterion, disabled ones included. */
    public List<EffectiveCriterion> allCriteria() {
        return List.copyOf(criteria.values());
    }

    public List<EffectiveCriterion> disabled() {
        return criteria.values().stream().filter(EffectiveCriterion::disabled).toList();
    }

    /** Canonical id for an id or a former id (alias), or null when unknown. */
    public String resolve(String idOrAlias) {
        if (idOrAlias == null) {
            return null;
        }
        if (criteria.containsKey(idOrAlias)) {
            return idOrAlias;
        }
        return aliases.get(idOrAlias);
    }

    /** French deprecation note when {@code idOrAlias} is a former id, else null. */
    public String deprecationNote(String idOrAlias) {
        String to = aliases.get(idOrAlias);
        return to == null ? null : "« " + idOrAlias + " » est un ancien identifiant, renommé « " + to
                + " » : utilisez le nouvel identifiant";
    }

    /** Criterion by id or alias (disabled ones included), or null. */
    public EffectiveCriterion criterion(String idOrAlias) {
        String id = resolve(idOrAlias);
        return id == null ? null : criteria.get(id);
    }

    public List<String> warnings() {
        return warnings;
    }

    public List<PackRef> refs() {
        return packs.stream().map(Pack::ref).toList();
    }

    /** Signals of the active criteria, for the matcher. */
    public List<SignalSpec> signalSpecs() {
        List<SignalSpec> specs = new ArrayList<>();
        for (EffectiveCriterion c : criteria()) {
            for (CriterionDef.SignalDef s : c.def().signals()) {
                specs.add(PackLoader.toSpec(c.id(), s));
            }
        }
        return specs;
    }

    /**
     * Stable key of the rules the packs compile to: every DRL file (pack id, package, path, content hash). Packs
     * without DRL (most overlays) do not change it, so they reuse the same compiled rule base.
     */
    public String drlKey() {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            List<String> parts = new ArrayList<>();
            for (Pack p : packs) {
                for (Map.Entry<String, String> d : p.drl().entrySet()) {
                    byte[] h = MessageDigest.getInstance("SHA-256").digest(d.getValue().getBytes(StandardCharsets.UTF_8));
                    parts.add(p.id() + "|" + p.manifest().drlPackage() + "|" + d.getKey() + "|" + HexFormat.of().formatHex(h));
                }
            }
            parts.stream().sorted().forEach(s -> md.update((s + "\n").getBytes(StandardCharsets.UTF_8)));
            return HexFormat.of().formatHex(md.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Stable key of the packs' contents (ids + hashes). */
    public String contentKey() {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            packs.stream().map(p -> p.id() + "@" + p.sha256()).sorted()
                    .forEach(s -> md.update((s + "\n").getBytes(StandardCharsets.UTF_8)));
            return HexFormat.of().formatHex(md.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Builds a {@link PackSet}. */
    public static final class Builder {
        private final List<Pack> packs = new ArrayList<>();
        private final Set<String> trusted = new LinkedHashSet<>();
        private Lockfile lock;
        private String lockName = Lockfile.FILE_NAME;

        public Builder add(Pack... ps) {
            packs.addAll(List.of(ps));
            return this;
        }

        public Builder addAll(Collection<Pack> ps) {
            packs.addAll(ps);
            return this;
        }

        /** Trusts these pack ids: their DRL skips the static check ({@code --trust-pack}). */
        public Builder trust(String... ids) {
            trusted.addAll(List.of(ids));
            return this;
        }

        public Builder trust(Collection<String> ids) {
            trusted.addAll(ids);
            return this;
        }

        /** Verifies every pack against this lock (id, version, sha256) when building. */
        public Builder lock(Lockfile lockfile, String fileName) {
            this.lock = lockfile;
            this.lockName = fileName == null ? Lockfile.FILE_NAME : fileName;
            return this;
        }

        public PackSet build() {
            List<PackError> errors = new ArrayList<>();
            List<String> warnings = new ArrayList<>();
            Map<String, Pack> byId = new LinkedHashMap<>();
            Map<String, Pack> byDrlPackage = new LinkedHashMap<>();
            for (Pack p : packs) {
                if (byId.putIfAbsent(p.id(), p) != null) {
                    errors.add(new PackError(p.id(), "pack.yaml", 0, "pack chargé deux fois (" + byId.get(p.id()).origin()
                            + " et " + p.origin() + ")"));
                    continue;
                }
                warnings.addAll(p.warnings());
                if (!p.drl().isEmpty()) {
                    Pack other = byDrlPackage.putIfAbsent(p.manifest().drlPackage(), p);
                    if (other != null) {
                        errors.add(new PackError(p.id(), "pack.yaml", p.lineOf("pack.yaml", "drlPackage"),
                                "drlPackage « " + p.manifest().drlPackage() + " » déjà utilisé par le pack « "
                                        + other.id() + " » : chaque pack doit avoir son propre paquetage DRL"));
                    }
                }
                if (!p.builtin() && !trusted.contains(p.id())) {
                    for (Map.Entry<String, String> d : p.drl().entrySet()) {
                        errors.addAll(DrlGuard.check(p.id(), d.getKey(), d.getValue(), p.manifest().drlPackage()));
                    }
                }
            }
            for (String t : trusted) {
                if (!byId.containsKey(t)) {
                    warnings.add("pack de confiance « " + t + " » non chargé");
                }
            }
            if (lock != null) {
                errors.addAll(lock.check(byId.values(), lockName));
            }
            // ids and aliases across packs
            Map<String, EffectiveCriterion> criteria = new LinkedHashMap<>();
            Map<String, String> owner = new LinkedHashMap<>();   // id or alias → pack id
            Map<String, String> aliases = new LinkedHashMap<>();
            for (Pack p : byId.values()) {
                for (Pack.Entry e : p.criteria()) {
                    CriterionDef c = e.def();
                    List<String> names = new ArrayList<>();
                    names.add(c.id());
                    names.addAll(c.aliases());
                    for (String n : names) {
                        String prev = owner.putIfAbsent(n, p.id());
                        if (prev != null) {
                            errors.add(new PackError(p.id(), e.file(), p.lineOf(e.file(), n), "identifiant « " + n
                                    + " » déjà défini par le pack « " + prev + " » : un identifiant n'est jamais "
                                    + "partagé entre packs"));
                        }
                    }
                    c.aliases().forEach(a -> aliases.put(a, c.id()));
                    Map<String, Object> params = new LinkedHashMap<>(p.manifest().params());
                    params.putAll(c.params());
                    criteria.put(c.id(), new EffectiveCriterion(c, p, c.severity(), params, false, null, null,
                            List.of()));
                }
            }
            // overlays
            for (Pack p : byId.values()) {
                for (OverrideDef o : p.overrides()) {
                    applyOverride(p, o, criteria, aliases, errors, warnings);
                }
            }
            if (!errors.isEmpty()) {
                throw new PackException(errors);
            }
            return new PackSet(new ArrayList<>(byId.values()), trusted, criteria, aliases, warnings);
        }

        private static void applyOverride(Pack overlay, OverrideDef o, Map<String, EffectiveCriterion> criteria,
                                          Map<String, String> aliases, List<PackError> errors, List<String> warnings) {
            String file = "overrides.yaml";
            int line = overlay.lineOf(file, o.target());
            String id = criteria.containsKey(o.target()) ? o.target() : aliases.get(o.target());
            if (id == null) {
                errors.add(new PackError(overlay.id(), file, line, "critère cible « " + o.target()
                        + " » inconnu : aucun pack chargé ne le définit"));
                return;
            }
            if (!id.equals(o.target())) {
                warnings.add("pack « " + overlay.id() + " », " + file + " : « " + o.target()
                        + " » est un ancien identifiant, renommé « " + id + " »");
            }
            EffectiveCriterion c = criteria.get(id);
            if (c.pack() == overlay) {
                errors.add(new PackError(overlay.id(), file, line, "la surcharge vise « " + id
                        + " », un critère du pack lui-même : modifiez plutôt sa définition"));
                return;
            }
            boolean hasJustification = o.justification() != null && !o.justification().isBlank();
            if (o.disables() && !hasJustification) {
                errors.add(new PackError(overlay.id(), file, line, "désactiver « " + id
                        + " » demande une justification (justification)"));
                return;
            }
            if (o.severity() != null && o.severity().ordinal() > c.severity().ordinal() && !hasJustification) {
                errors.add(new PackError(overlay.id(), file, line, "abaisser la sévérité de « " + id
                        + " » demande une justification (justification)"));
                return;
            }
            if (!o.disables() && o.severity() == null && o.params().isEmpty()) {
                errors.add(new PackError(overlay.id(), file, line, "la surcharge de « " + id
                        + " » ne change rien (ni disable, ni severity, ni params)"));
                return;
            }
            Map<String, Object> params = new LinkedHashMap<>(c.params());
            List<String> notes = new ArrayList<>(c.overrides());
            String why = hasJustification ? " (" + o.justification().strip() + ")" : "";
            for (Map.Entry<String, Object> e : o.params().entrySet()) {
                if (!params.containsKey(e.getKey())) {
                    errors.add(new PackError(overlay.id(), file, overlay.lineOf(file, e.getKey()), "paramètre inconnu « "
                            + e.getKey() + " » pour « " + id + " » (paramètres : "
                            + (params.isEmpty() ? "aucun" : String.join(", ", params.keySet())) + ")"));
                    continue;
                }
                Object old = params.get(e.getKey());
                if (old instanceof Number && !(e.getValue() instanceof Number)) {
                    errors.add(new PackError(overlay.id(), file, overlay.lineOf(file, e.getKey()), "le paramètre « "
                            + e.getKey() + " » de « " + id + " » attend un nombre"));
                    continue;
                }
                params.put(e.getKey(), e.getValue());
                notes.add("surcharge « " + overlay.id() + " » : paramètre " + e.getKey() + " " + old + " → "
                        + e.getValue() + why);
            }
            Severity severity = c.severity();
            if (o.severity() != null) {
                notes.add("surcharge « " + overlay.id() + " » : sévérité " + severity.code() + " → "
                        + o.severity().code() + why);
                severity = o.severity();
            }
            boolean disabled = c.disabled();
            String by = c.disabledBy();
            String just = c.justification();
            if (o.disables()) {
                disabled = true;
                by = overlay.id();
                just = o.justification().strip();
                notes.add("surcharge « " + overlay.id() + " » : critère désactivé" + why);
            }
            criteria.put(id, new EffectiveCriterion(c.def(), c.pack(), severity, params, disabled, by, just, notes));
        }
    }
}
