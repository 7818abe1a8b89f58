package fr.boussole.report;

import fr.boussole.model.CheckResult;
import fr.boussole.model.Json;
import fr.boussole.model.TenderProfile;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;

/**
 * The machine-readable result: {@link CheckResult} through the shared {@link Json} mapper, following the published
 * schema {@value #SCHEMA_RESOURCE} (draft 2020-12, versioned by {@code schemaVersion}).
 */
public final class JsonReport {

    /** Class-path resource of the JSON Schema of {@link CheckResult}. */
    public static final String SCHEMA_RESOURCE = "/schemas/check-result.schema.json";

    private JsonReport() {
    }

    /** The JSON text (indented, UTF-8 when written). */
    public static String render(CheckResult result) {
        return Json.write(normalise(result));
    }

    /** Writes atomically (temporary sibling, then rename), UTF-8. */
    public static void write(CheckResult result, Path file) throws IOException {
        ReportFiles.writeString(file, render(result));
    }

    public static CheckResult read(Path file) throws IOException {
        return Json.read(file, CheckResult.class);
    }

    /** The schema, from the class path. */
    public static InputStream schema() {
        InputStream in = JsonReport.class.getResourceAsStream(SCHEMA_RESOURCE);
        if (in == null) {
            throw new IllegalStateException("schema missing from the class path: " + SCHEMA_RESOURCE);
        }
        return in;
    }

    /** The schema contract requires a schema version and a profile; fill them when a caller left them out. */
    static CheckResult normalise(CheckResult r) {
        if (r.schemaVersion() != null && r.profile() != null) {
            return r;
        }
        return new CheckResult(r.schemaVersion() == null ? CheckResult.SCHEMA_VERSION : r.schemaVersion(), r.tool(),
                r.checkedAt(), r.tender(), r.source(), r.profile() == null ? TenderProfile.empty() : r.profile(),
                r.pieces(), r.packs(), r.verdicts(), r.qualities(), r.summary(), r.problems());
    }
}
