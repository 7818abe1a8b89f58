package fr.boussole.batch;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import fr.boussole.extractor.ExtractionOptions;
import fr.boussole.extractor.SourceFile;
import fr.boussole.model.Json;
import fr.boussole.model.Piece;

/**
 * What the batch and its extraction workers say to each other, one compact JSON document per line: first a
 * {@link Hello} from the batch, answered by {@link #READY}; then one {@link Request} per file, answered by one
 * {@link Response}. Compact JSON never contains a raw newline, so a line is a message.
 */
final class WorkerProtocol {

    static final String READY = "READY";

    /** System property that enables the test hooks of the worker (never set in production). */
    static final String TEST_HOOKS = "boussole.worker.testHooks";
    /** A file whose name contains this makes a worker with test hooks hang forever. */
    static final String HOOK_HANG = "__boussole_hang__";
    /** A file whose name contains this makes a worker with test hooks die at once (exit code 134). */
    static final String HOOK_CRASH = "__boussole_crash__";

    static final ObjectWriter WRITER = Json.mapper().writer().without(SerializationFeature.INDENT_OUTPUT);

    record Hello(ExtractionOptions extraction, long parentPid) {
    }

    record Request(long seq, SourceFile file, String pieceId) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Response(long seq, Piece piece, String error) {
    }

    static final ObjectReader HELLO = Json.mapper().readerFor(Hello.class);
    static final ObjectReader REQUEST = Json.mapper().readerFor(Request.class);
    static final ObjectReader RESPONSE = Json.mapper().readerFor(Response.class);

    private WorkerProtocol() {
    }
}
