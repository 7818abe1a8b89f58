package fr.boussole.rules.pack;

import com.fasterxml.jackson.annotation.JsonInclude;
import fr.boussole.model.Severity;
import java.util.Map;

/**
 * One entry of an overlay's {@code overrides.yaml}: changes a criterion of another pack, named by id (or alias).
 *
 * @param target        criterion id or alias
 * @param disable       true removes the criterion from the checks
 * @param severity      new severity
 * @param params        new parameter values (only names the criterion or its pack already defines)
 * @param justification why (French); mandatory to disable a criterion or lower its severity
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record OverrideDef(String target, Boolean disable, Severity severity, Map<String, Object> params,
                          String justification) {

    public OverrideDef {
        params = params == null ? Map.of() : Map.copyOf(params);
    }

    public boolean disables() {
        return Boolean.TRUE.equals(disable);
    }

    /** The file shape: {@code overrides: [...]} */
    public record File(java.util.List<OverrideDef> overrides) {
        public File {
            overrides = overrides == null ? java.util.List.of() : java.util.List.copyOf(overrides);
        }
    }
}
