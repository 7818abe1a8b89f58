package fr.boussole.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;

/**
 * The result of {@code boussole check}: the JSON contract other tools rely on
 * (schema: {@code schemas/check-result.schema.json}).
 *
 * @param schemaVersion version of the JSON schema
 * @param tool          "boussole x.y.z"
 * @param checkedAt     when the check ran
 * @param tender        tender id
 * @param source        path given by the user
 * @param profile       tender profile
 * @param pieces        pieces read (without clauses)
 * @param packs         packs used
 * @param verdicts      one per criterion of the packs
 * @param qualities     scores of the seven qualities
 * @param summary       counts
 * @param problems      input problems
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CheckResult(String schemaVersion, String tool, Instant checkedAt, String tender, String source,
                          TenderProfile profile, List<PieceSummary> pieces, List<PackRef> packs,
                          List<Verdict> verdicts, List<QualityScore> qualities, CheckSummary summary,
                          List<Problem> problems) {

    public static final String SCHEMA_VERSION = "1.0";

    public CheckResult {
        pieces = pieces == null ? List.of() : List.copyOf(pieces);
        packs = packs == null ? List.of() : List.copyOf(packs);
        verdicts = verdicts == null ? List.of() : List.copyOf(verdicts);
        qualities = qualities == null ? List.of() : List.copyOf(qualities);
        problems = problems == null ? List.of() : List.copyOf(problems);
    }

    /** A piece as listed in a check result. */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public record PieceSummary(String id, String path, PieceRole role, String roleReason, Integer pages,
                               int clauses, String sha256, List<Integer> scannedPages, List<Problem> errors) {
        public static PieceSummary of(Piece p) {
            return new PieceSummary(p.id(), p.path(), p.role(), p.roleReason(), p.pages(), p.clauses().size(),
                    p.sha256(), p.scannedPages(), p.errors());
        }
    }

    public Verdict verdict(String criterionId) {
        return verdicts.stream().filter(v -> v.criterion().equals(criterionId)).findFirst().orElse(null);
    }

    public boolean partialInput() {
        return problems.stream().anyMatch(Problem::isError);
    }
}
