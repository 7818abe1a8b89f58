package fr.boussole.batch;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;

/**
 * One line of the batch journal: a tender finished (judged, reused or failed).
 *
 * @param id    tender id
 * @param key   cache key of what was judged (documents, packs, version), null when failed before reading
 * @param at    when the line was written
 * @param row   the tender's summary row
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record JournalEntry(String id, String key, Instant at, TenderRow row) {

    public boolean done() {
        return row != null && row.outcome() != null && row.outcome().hasResult();
    }
}
