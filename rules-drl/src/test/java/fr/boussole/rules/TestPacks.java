package fr.boussole.rules;

import fr.boussole.rules.pack.Pack;
import fr.boussole.rules.pack.PackLoader;
import java.net.URISyntaxException;
import java.nio.file.Path;

/** Test packs of src/test/resources/packs. */
final class TestPacks {

    private TestPacks() {
    }

    static Path path(String name) {
        try {
            return Path.of(TestPacks.class.getResource("/packs/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static Pack load(String name) {
        return PackLoader.load(path(name));
    }

    /**
     * The seed of the built-in "loi" pack (LEG-01, 02, 04, 07) frozen as a fixture, so engine tests do not
     * change each time the real pack grows.
     */
    static Pack loi() {
        return load("loi-seed");
    }

    /** A minimal pack "id" with one criterion PREFIX-01 whose signal matches {@code pattern}. */
    static String manifest(String id, String prefix) {
        return "id: " + id + "\nversion: 1.0.0\ntitle: Test " + id + "\nidPrefixes: [" + prefix + "]\n";
    }

    static String criterion(String id, String pattern) {
        return "id: " + id + "\ntitle: Test " + id + "\nseverity: recommandation\nsignals:\n  - id: s\n"
                + "    patterns: [\"" + pattern + "\"]\n";
    }
}
