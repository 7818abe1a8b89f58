package fr.boussole.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ConsoleProgressTest {

    @Test
    void barWithCountsAndFailuresOnATerminal() {
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        PrintStream err = new PrintStream(buf, true, StandardCharsets.UTF_8);
        try (ConsoleProgress p = new ConsoleProgress(err, true)) {
            p.started(3);
            p.finished(DashboardTest.row("a", 2026, "etat", "software", "covered"));
            p.finished(TenderRow.failed(TenderSource.of("b", Path.of("b")), "archive illisible", 3));
            p.finished(DashboardTest.row("c", 2026, "etat", "software", "covered"));
        }
        String out = buf.toString(StandardCharsets.UTF_8);
        assertTrue(out.contains("3/3"), out);
        assertTrue(out.contains("DCE"), out);
        assertTrue(out.contains("1 échec(s)"), out);
    }

    @Test
    void nothingButWarningsWhenNotATerminal() {
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        PrintStream err = new PrintStream(buf, true, StandardCharsets.UTF_8);
        try (ConsoleProgress p = new ConsoleProgress(err, false)) {
            p.started(2);
            p.warning("« x.txt » ignoré");
            p.finished(DashboardTest.row("a", 2026, "etat", "software", "covered"));
        }
        assertEquals("Archive : 2 DCE à traiter.\nAttention : « x.txt » ignoré\n",
                buf.toString(StandardCharsets.UTF_8).replace("\r\n", "\n"));
    }
}
