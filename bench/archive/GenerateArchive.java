import fr.boussole.samples.SampleTenderGenerator;
import fr.boussole.samples.source.TenderSource;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Builds a synthetic archive of N tenders from the four sample tenders' sources, deterministically: tender i is
 * sample (i mod 4) with its years shifted by (i mod 3) (so launch dates, deadlines and references move between
 * 2024 and 2026) and one closing sentence per piece naming the variant (so every document's hash differs), then
 * rendered to PDF/DOCX/ODT/XLSX (and ZIP) by the sample-tenders generator. Same N → same bytes.
 *
 * <p>Usage (see generate.sh): {@code java -cp <sample-tenders classes and deps> GenerateArchive.java SRC OUT N}
 */
public final class GenerateArchive {

    public static void main(String[] args) throws IOException {
        Path src = Path.of(args[0]);
        Path out = Path.of(args[1]);
        int n = Integer.parseInt(args[2]);
        List<Path> bases = TenderSource.list(src);
        Files.createDirectories(out);
        Path staging = Files.createTempDirectory("boussole-bench-gen-");
        try {
            for (int i = 0; i < n; i++) {
                Path base = bases.get(i % bases.size());
                int year = 2026 - (i % 3);
                String id = String.format("%s-%04d", base.getFileName(), i + 1);
                Path dir = staging.resolve(id);
                Files.createDirectories(dir);
                try (Stream<Path> s = Files.list(base)) {
                    for (Path f : s.sorted().toList()) {
                        String name = f.getFileName().toString();
                        String text = Files.readString(f, StandardCharsets.UTF_8).replace("2026", String.valueOf(year));
                        if (name.endsWith(".md") && !name.equals("EXPECTED.md")) {
                            text = text.stripTrailing() + "\n\nDocument de l'archive d'essai, variante n° " + (i + 1)
                                    + " (exercice " + year + ").\n";
                        }
                        Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
                    }
                }
                SampleTenderGenerator.generate(TenderSource.read(dir), out);
                if ((i + 1) % 50 == 0) {
                    System.err.println((i + 1) + " / " + n);
                }
            }
        } finally {
            try (Stream<Path> s = Files.walk(staging)) {
                for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            }
        }
        System.out.println(n + " DCE écrits dans " + out);
    }
}
