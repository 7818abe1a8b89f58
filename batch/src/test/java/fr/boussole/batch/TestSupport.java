package fr.boussole.batch;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import fr.boussole.core.CheckOptions;

/** Paths and fixtures shared by the batch tests. */
final class TestSupport {

    /** A fixed day, so that date-gated severities do not move with the calendar. */
    static final LocalDate CHECK_DATE = LocalDate.of(2026, 11, 20);

    private TestSupport() {
    }

    static Path root() {
        String r = System.getProperty("boussole.root");
        Path p = r != null ? Path.of(r) : Path.of("..");
        return p.toAbsolutePath().normalize();
    }

    /** The four sample tenders (sources of the project, not the shared corpus). */
    static Path samples() {
        Path p = root().resolve("sample-tenders/dce");
        if (!Files.isDirectory(p)) {
            throw new IllegalStateException("sample tenders missing: " + p);
        }
        return p;
    }

    static CheckOptions checkOptions() {
        return new CheckOptions(null, List.of(), null, null, null, CHECK_DATE);
    }

    static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> s = Files.walk(from)) {
            for (Path p : s.toList()) {
                Path t = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(t);
                } else {
                    Files.createDirectories(t.getParent());
                    Files.copy(p, t);
                }
            }
        }
    }

    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    /** Zips a folder (entries relative to it, optionally under a prefix). */
    static void zip(Path dir, Path zipFile, String prefix) throws IOException {
        try (OutputStream os = Files.newOutputStream(zipFile); ZipOutputStream z = new ZipOutputStream(os);
             Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted().toList()) {
                if (Files.isRegularFile(p)) {
                    z.putNextEntry(new ZipEntry(prefix + dir.relativize(p).toString().replace('\\', '/')));
                    Files.copy(p, z);
                    z.closeEntry();
                }
            }
        }
    }

    /** A small tender written as Markdown pieces (fast to read, real pipeline). */
    static Path markdownTender(Path parent, String id, String buyer, boolean envClause, boolean envCriterion)
            throws IOException {
        Path dir = parent.resolve(id);
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("RC_" + id + ".md"), """
                # Règlement de la consultation

                Acheteur : %s

                ## Article 1 - Objet de la consultation

                La consultation porte sur la fourniture de postes de travail informatiques et de leur maintenance.

                ## Article 5 - Critères de jugement des offres

                Les offres sont jugées sur les critères suivants :

                - Prix : 60 %%
                - Valeur technique : 30 %%
                %s
                """.formatted(buyer, envCriterion
                ? "- Performance environnementale de l'offre (consommation énergétique, durabilité) : 10 %" : ""));
        Files.writeString(dir.resolve("CCAP_" + id + ".md"), """
                # Cahier des clauses administratives particulières

                ## Article 1 - Objet du marché

                Le présent marché a pour objet la fourniture de postes de travail informatiques.

                ## Article 7 - Conditions d'exécution

                Les livraisons ont lieu aux jours ouvrés.
                %s
                """.formatted(envClause
                ? "\n## Article 8 - Clauses environnementales\n\nLe titulaire s'engage à reprendre les emballages "
                + "et à assurer la collecte et le traitement des déchets d'équipements électriques et électroniques "
                + "(DEEE) issus des matériels remplacés, dans le respect de l'environnement.\n" : ""));
        return dir;
    }
}
