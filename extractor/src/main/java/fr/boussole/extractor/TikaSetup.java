package fr.boussole.extractor;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Locale;
import org.apache.tika.config.TikaConfig;
import org.apache.tika.detect.Detector;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;
import org.apache.tika.parser.AutoDetectParser;

/** The one Tika configuration of Boussole (offline, no external process), loaded once per JVM. */
public final class TikaSetup {

    /** Classpath resource of the configuration. */
    public static final String CONFIG_RESOURCE = "/fr/boussole/extractor/tika-config.xml";

    private static volatile TikaConfig config;

    private TikaSetup() {
    }

    /** The shared configuration (thread-safe, immutable). */
    public static TikaConfig config() {
        TikaConfig c = config;
        if (c == null) {
            synchronized (TikaSetup.class) {
                c = config;
                if (c == null) {
                    try (InputStream in = TikaSetup.class.getResourceAsStream(CONFIG_RESOURCE)) {
                        if (in == null) {
                            throw new IllegalStateException("configuration Tika absente : " + CONFIG_RESOURCE);
                        }
                        c = new TikaConfig(in);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    } catch (Exception e) {
                        throw new IllegalStateException("configuration Tika illisible", e);
                    }
                    config = c;
                }
            }
        }
        return c;
    }

    /** A new parser over the shared configuration. AutoDetectParser is thread-safe; build it once. */
    public static AutoDetectParser newParser() {
        return new AutoDetectParser(config());
    }

    public static Detector detector() {
        return config().getDetector();
    }

    /** Detects the media type from the content, the file name being a hint only. */
    public static MediaType detect(Path file, String fileName) throws IOException {
        Metadata md = new Metadata();
        if (fileName != null) {
            md.set(TikaCoreProperties.RESOURCE_NAME_KEY, fileName);
        }
        try (TikaInputStream in = TikaInputStream.get(file)) {
            MediaType t = detector().detect(in, md);
            return t == null ? MediaType.OCTET_STREAM : t;
        }
    }

    /** Lower-case base type without parameters, e.g. {@code application/pdf}. */
    public static String base(MediaType type) {
        return type.getBaseType().toString().toLowerCase(Locale.ROOT);
    }
}
