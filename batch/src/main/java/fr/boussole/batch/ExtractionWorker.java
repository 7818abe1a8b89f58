package fr.boussole.batch;

import fr.boussole.core.ReadOptions;
import fr.boussole.core.TenderReader;
import fr.boussole.extractor.ExtractionLimits;
import fr.boussole.model.Piece;
import java.io.BufferedReader;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Main class of an extraction worker: a child JVM (same class path, small heap, exit on OutOfMemoryError) that
 * reads one file per request from stdin and answers the piece on stdout. A file that hangs or kills the parser
 * only costs this process: the batch kills or restarts it and carries on. Library output to stdout is sent to
 * stderr so that stdout carries the protocol only. The worker ends itself when its parent dies, even while a
 * parse is stuck.
 */
public final class ExtractionWorker {

    private ExtractionWorker() {
    }

    public static void main(String[] args) throws IOException {
        PrintStream protocol = new PrintStream(new FileOutputStream(FileDescriptor.out), false, StandardCharsets.UTF_8);
        System.setOut(System.err);
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        String helloLine = in.readLine();
        if (helloLine == null) {
            return;
        }
        WorkerProtocol.Hello hello = WorkerProtocol.HELLO.readValue(helloLine);
        watchParent(hello.parentPid());
        boolean hooks = Boolean.getBoolean(WorkerProtocol.TEST_HOOKS);
        try (TenderReader reader = new TenderReader(new ReadOptions(hello.extraction(), ExtractionLimits.defaults(), 1))) {
            protocol.println(WorkerProtocol.READY);
            protocol.flush();
            String line;
            while ((line = in.readLine()) != null) {
                if (line.isBlank()) {
                    continue;
                }
                WorkerProtocol.Request req = WorkerProtocol.REQUEST.readValue(line);
                if (hooks) {
                    testHooks(req.file().fileName());
                }
                WorkerProtocol.Response resp;
                try {
                    Piece p = reader.readPiece(req.file(), req.pieceId());
                    resp = new WorkerProtocol.Response(req.seq(), p, null);
                } catch (RuntimeException | StackOverflowError e) {
                    resp = new WorkerProtocol.Response(req.seq(), null, e.toString());
                }
                protocol.println(WorkerProtocol.WRITER.writeValueAsString(resp));
                protocol.flush();
            }
        }
        System.exit(0);
    }

    /** Halts when the batch that started this worker is gone (killed with -9, for instance). */
    private static void watchParent(long parentPid) {
        Optional<ProcessHandle> parent = ProcessHandle.of(parentPid);
        if (parent.isEmpty()) {
            Runtime.getRuntime().halt(0);
        }
        ProcessHandle p = parent.get();
        Thread t = new Thread(() -> {
            while (true) {
                if (!p.isAlive()) {
                    Runtime.getRuntime().halt(0);
                }
                try {
                    Thread.sleep(500);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "boussole-worker-watchdog");
        t.setDaemon(true);
        t.start();
    }

    /** Misbehaviours on demand, so tests exercise the isolation without a real parser bug. */
    private static void testHooks(String fileName) {
        if (fileName.contains(WorkerProtocol.HOOK_HANG)) {
            while (true) {
                try {
                    Thread.sleep(60_000);
                } catch (InterruptedException ignored) {
                    // a hung parser ignores interrupts too
                }
            }
        }
        if (fileName.contains(WorkerProtocol.HOOK_CRASH)) {
            Runtime.getRuntime().halt(134);
        }
    }
}
