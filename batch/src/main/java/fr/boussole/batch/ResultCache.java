package fr.boussole.batch;

import fr.boussole.model.CheckResult;
import fr.boussole.model.Json;
import fr.boussole.report.JsonReport;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * Results already computed, keyed by what they depend on (documents' SHA-256, packs' content hash, Boussole
 * version, options that change verdicts): {@code <dir>/<2 hex>/<key>.json.gz}. Shared by any number of output
 * folders and runs; entries are written atomically, so a killed run never leaves a half entry.
 */
public final class ResultCache {

    private final Path dir;

    public ResultCache(Path dir) {
        this.dir = dir;
    }

    public Path dir() {
        return dir;
    }

    private Path file(String key) {
        return dir.resolve(key.substring(0, 2)).resolve(key + ".json.gz");
    }

    /** The cached result, or null when absent or unreadable. */
    public CheckResult get(String key) {
        Path f = file(key);
        if (!Files.exists(f)) {
            return null;
        }
        try (InputStream in = new GZIPInputStream(Files.newInputStream(f))) {
            return Json.mapper().readValue(in, CheckResult.class);
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    public void put(String key, CheckResult result) throws IOException {
        String json = JsonReport.render(result);
        AtomicFiles.write(file(key), out -> {
            GZIPOutputStream gz = new GZIPOutputStream(out);
            gz.write(json.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            gz.finish();
        });
    }
}
