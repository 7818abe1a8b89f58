package fr.boussole.report;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Golden files under {@code src/test/resources/golden/}. To regenerate them after an intended change:
 * {@code mvn -o -q -pl report test -Dgolden.update=true}, then review the diff with {@code git diff}.
 * On a mismatch the actual output is saved under {@code target/golden-actual/} for comparison.
 */
final class Golden {

    static final boolean UPDATE = Boolean.getBoolean("golden.update");

    private Golden() {
    }

    static Path basedir() {
        return Path.of(System.getProperty("basedir", "."));
    }

    /** Line endings unified; trailing spaces dropped; volatile values (none in the fixture today) masked. */
    static String normalise(String s) {
        return s.replace("\r\n", "\n").replaceAll("(?m)[ \\t]+$", "");
    }

    static void assertGolden(String name, String actual) throws IOException {
        String norm = normalise(actual);
        Path golden = basedir().resolve("src/test/resources/golden").resolve(name);
        if (UPDATE) {
            Files.createDirectories(golden.getParent());
            Files.writeString(golden, norm, StandardCharsets.UTF_8);
            return;
        }
        if (!Files.exists(golden)) {
            fail("golden file missing: " + golden + " (run with -Dgolden.update=true to create it)");
        }
        String expected = normalise(Files.readString(golden, StandardCharsets.UTF_8));
        if (!expected.equals(norm)) {
            Path out = basedir().resolve("target/golden-actual").resolve(name);
            Files.createDirectories(out.getParent());
            Files.writeString(out, norm, StandardCharsets.UTF_8);
            String[] e = expected.split("\n", -1);
            String[] a = norm.split("\n", -1);
            int i = 0;
            while (i < Math.min(e.length, a.length) && e[i].equals(a[i])) {
                i++;
            }
            fail("output differs from golden " + name + " at line " + (i + 1) + "\n expected: "
                    + (i < e.length ? e[i] : "<end>") + "\n   actual: " + (i < a.length ? a[i] : "<end>")
                    + "\n(actual saved to " + out + "; -Dgolden.update=true to accept)");
        }
    }
}
