package fr.boussole.rules.pack;

import fr.boussole.model.Severity;
import java.util.List;
import java.util.Map;

/**
 * A criterion after layering: its definition, owning pack, severity and parameters after overlays, and whether an
 * overlay disabled it.
 *
 * @param def           the definition as written in its pack
 * @param pack          the pack defining it
 * @param severity      severity after overlays (before the date gate, which depends on the tender)
 * @param params        pack params, then criterion params, then overlay params
 * @param disabled      true when an overlay disabled it
 * @param disabledBy    id of the overlay that disabled it
 * @param justification justification of the disabling overlay
 * @param overrides     French notes of every override applied, in order
 */
public record EffectiveCriterion(CriterionDef def, Pack pack, Severity severity, Map<String, Object> params,
                                 boolean disabled, String disabledBy, String justification, List<String> overrides) {

    public EffectiveCriterion {
        params = Map.copyOf(params);
        overrides = List.copyOf(overrides);
    }

    public String id() {
        return def.id();
    }

    public String title() {
        return def.title();
    }

    public String packId() {
        return pack.id();
    }
}
