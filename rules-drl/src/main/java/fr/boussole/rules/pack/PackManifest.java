package fr.boussole.rules.pack;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * {@code pack.yaml}: the manifest of a rule pack (see docs/pack-format.md).
 *
 * @param id                 [a-z0-9-]+, unique; owns its id namespace
 * @param version            semantic version
 * @param title              French title
 * @param description        optional French description
 * @param authority          who issues the pack
 * @param licence            licence of the pack content
 * @param sources            official documents the pack relies on
 * @param referentialDate    date of the référentiel the pack follows
 * @param minBoussoleVersion oldest Boussole that can run it
 * @param idPrefixes         criterion id prefixes the pack may define
 * @param drlPackage         package every DRL file of the pack must declare
 * @param overlay            true: may override criteria of other packs through overrides.yaml
 * @param params             named values for criteria and DRL, overridable by overlays
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record PackManifest(String id, String version, String title, String description, String authority,
                           String licence, List<SourceDef> sources, LocalDate referentialDate,
                           String minBoussoleVersion, List<String> idPrefixes, String drlPackage, boolean overlay,
                           Map<String, Object> params, Map<String, ContextDef> contexts) {

    public PackManifest {
        contexts = contexts == null ? Map.of() : Map.copyOf(contexts);
        sources = sources == null ? List.of() : List.copyOf(sources);
        idPrefixes = idPrefixes == null ? List.of() : List.copyOf(idPrefixes);
        params = params == null ? Map.of() : Map.copyOf(params);
    }

    /**
     * A named subject criteria of the pack can require ({@code applies.context: NAME}): defined once, it
     * becomes a {@code context} signal of each criterion that names it.
     *
     * @param description French words for what the DCE must speak of ("la conception d'un service numérique")
     */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public record ContextDef(String description, List<String> patterns, List<String> antipatterns,
                             List<String> keywords, List<fr.boussole.model.PieceRole> roles) {
        public ContextDef {
            patterns = patterns == null ? List.of() : List.copyOf(patterns);
            antipatterns = antipatterns == null ? List.of() : List.copyOf(antipatterns);
            keywords = keywords == null ? List.of() : List.copyOf(keywords);
            roles = roles == null ? List.of() : List.copyOf(roles);
        }
    }

    /** An official source, by name (and section, url when useful). */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public record SourceDef(String name, String section, String url) {
    }
}
