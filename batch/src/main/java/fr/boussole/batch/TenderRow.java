package fr.boussole.batch;

import com.fasterxml.jackson.annotation.JsonInclude;
import fr.boussole.model.CheckResult;
import fr.boussole.model.Piece;
import fr.boussole.model.Problem;
import fr.boussole.model.Status;
import fr.boussole.model.TenderProfile;
import fr.boussole.model.Verdict;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The small summary of one tender kept by the batch (one journal line, one row of the summary CSV/XLSX).
 * Nothing heavier than this is kept per tender once its result is written.
 *
 * @param id              tender id
 * @param source          what the user knows it by (path)
 * @param outcome         {@link Outcome}
 * @param object          object of the contract
 * @param buyer           buyer's name
 * @param buyerType       buyer type code (etat, collectivite…)
 * @param family          purchase family code
 * @param launchDate      launch date, when stated
 * @param deadline        deadline, when stated
 * @param year            launch year, else deadline year
 * @param key             key criteria → status code ({@code null} when the packs do not have the criterion)
 * @param byStatus        verdict counts per status code
 * @param obligationsMet  legal obligations covered
 * @param obligationsTotal applicable legal obligations
 * @param openGaps        gaps not waived
 * @param pieces          pieces read
 * @param pages           pages of paginated pieces
 * @param failedFiles     files that could not be read (errors only)
 * @param problems        count of every reading problem (errors, warnings)
 * @param decpId          DECP id given by the input list
 * @param millis          processing time
 * @param error           why the tender failed (outcome failed)
 * @param resultFile      result JSON, relative to the output folder
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TenderRow(String id, String source, Outcome outcome, String object, String buyer, String buyerType,
                        String family, LocalDate launchDate, LocalDateTime deadline, Integer year,
                        Map<String, String> key, Map<String, Integer> byStatus, int obligationsMet,
                        int obligationsTotal, int openGaps, int pieces, int pages, List<FailedFile> failedFiles,
                        int problems, String decpId, long millis, String error, String resultFile) {

    /** How a tender ended in this run. */
    public enum Outcome {
        /** judged in this run */
        DONE,
        /** result taken from the cache (same documents, packs and version) */
        CACHED,
        /** already done with the same documents in this output folder: not touched */
        UNCHANGED,
        /** could not be judged */
        FAILED;

        public boolean hasResult() {
            return this != FAILED;
        }
    }

    /** A file of the tender that could not be read. */
    public record FailedFile(String path, String code, String message, String detail) {
    }

    public TenderRow {
        key = key == null ? Map.of() : new LinkedHashMap<>(key);
        byStatus = byStatus == null ? Map.of() : new LinkedHashMap<>(byStatus);
        failedFiles = failedFiles == null ? List.of() : List.copyOf(failedFiles);
    }

    /** The row of a judged tender. */
    public static TenderRow of(CheckResult r, Outcome outcome, List<String> keyCriteria, int pages, String decpId,
                               long millis, String resultFile) {
        TenderProfile p = r.profile() == null ? TenderProfile.empty() : r.profile();
        Map<String, String> key = new LinkedHashMap<>();
        for (String k : keyCriteria) {
            Verdict v = r.verdict(k);
            key.put(k, v == null ? null : v.status().code());
        }
        Map<String, Integer> byStatus = new LinkedHashMap<>();
        for (Status s : Status.values()) {
            byStatus.put(s.code(), 0);
        }
        r.verdicts().forEach(v -> byStatus.merge(v.status().code(), 1, Integer::sum));
        List<FailedFile> failed = new ArrayList<>();
        for (Problem pr : r.problems()) {
            if (pr.isError()) {
                failed.add(new FailedFile(pr.path(), pr.code().name(), pr.message(), pr.detail()));
            }
        }
        LocalDate launch = p.launchDate();
        Integer year = launch != null ? Integer.valueOf(launch.getYear())
                : p.deadline() != null ? Integer.valueOf(p.deadline().getYear()) : null;
        int met = r.summary() == null ? 0 : r.summary().obligationsMet();
        int total = r.summary() == null ? 0 : r.summary().obligationsTotal();
        int gaps = r.summary() == null ? 0 : r.summary().openGaps();
        return new TenderRow(r.tender(), r.source(), outcome, p.object(), p.buyer(),
                p.buyerType() == null ? null : p.buyerType().code(), p.family() == null ? null : p.family().code(),
                launch, p.deadline(), year, key, byStatus, met, total, gaps, r.pieces().size(), pages, failed,
                r.problems().size(), decpId, millis, null, resultFile);
    }

    /** Pages of the paginated pieces of a result. */
    public static int pages(CheckResult r) {
        return r.pieces().stream().mapToInt(ps -> ps.pages() == null ? 0 : ps.pages()).sum();
    }

    public static int pages(List<Piece> pieces) {
        return pieces.stream().mapToInt(p -> p.pages() == null ? 0 : p.pages()).sum();
    }

    /** The row of a tender that could not be judged. */
    public static TenderRow failed(TenderSource t, String error, long millis) {
        return new TenderRow(t.id(), t.label(), Outcome.FAILED, null, null, null, null, null, null, null, null, null,
                0, 0, 0, 0, 0, null, 0, t.decpId(), millis, error, null);
    }

    public TenderRow withOutcome(Outcome o, long newMillis) {
        return new TenderRow(id, source, o, object, buyer, buyerType, family, launchDate, deadline, year, key, byStatus,
                obligationsMet, obligationsTotal, openGaps, pieces, pages, failedFiles, problems, decpId, newMillis,
                error, resultFile);
    }

    /** Status of a key criterion, or null. */
    public Status status(String criterion) {
        String s = key.get(criterion);
        return s == null ? null : Status.fromCode(s);
    }

    /** Count of verdicts with this status. */
    public int count(Status s) {
        return byStatus.getOrDefault(s.code(), 0);
    }
}
