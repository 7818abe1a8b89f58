package fr.boussole.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A minimal Chrome DevTools Protocol client over Java's built-in WebSocket: starts a headless Chromium (flags of
 * the java-maven machine notes, a fresh profile, no background networking), attaches to its first page, sends
 * commands and records events (console messages, exceptions, network requests). Test-only; nothing is downloaded.
 */
final class Cdp implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern LISTENING = Pattern.compile("DevTools listening on (ws://\\S+)");

    private final Process process;
    private final WebSocket ws;
    private final AtomicInteger ids = new AtomicInteger();
    private final Map<Integer, CompletableFuture<JsonNode>> pending = new ConcurrentHashMap<>();
    private final List<JsonNode> events = new ArrayList<>();
    private final List<String> stderr = new ArrayList<>();

    private Cdp(Process process, WebSocket ws) {
        this.process = process;
        this.ws = ws;
    }

    static Cdp launch(Path chromium, Path profileDir) throws Exception {
        Files.createDirectories(profileDir);
        List<String> cmd = List.of(chromium.toString(), "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
                "--no-first-run", "--no-default-browser-check", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--disable-extensions", "--mute-audio",
                "--hide-scrollbars", "--user-data-dir=" + profileDir, "--remote-debugging-address=127.0.0.1",
                "--remote-debugging-port=0", "--window-size=1280,900", "about:blank");
        Process p = new ProcessBuilder(cmd).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        List<String> lines = new ArrayList<>();
        CompletableFuture<String> browserWs = new CompletableFuture<>();
        Thread drain = new Thread(() -> {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getErrorStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = r.readLine()) != null) {
                    synchronized (lines) {
                        lines.add(line);
                    }
                    Matcher m = LISTENING.matcher(line);
                    if (m.find()) {
                        browserWs.complete(m.group(1));
                    }
                }
            } catch (IOException ignored) {
                // process ended
            }
            browserWs.completeExceptionally(new IllegalStateException("chromium exited before DevTools was ready"));
        }, "chromium-stderr");
        drain.setDaemon(true);
        drain.start();
        String wsUrl;
        try {
            wsUrl = browserWs.get(60, TimeUnit.SECONDS);
        } catch (Exception e) {
            p.descendants().forEach(ProcessHandle::destroy);
            p.destroyForcibly();
            throw new IllegalStateException("chromium did not start: " + lines, e);
        }
        URI browser = URI.create(wsUrl);
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        String pageWs = null;
        for (int attempt = 0; attempt < 50 && pageWs == null; attempt++) {
            HttpResponse<String> list = http.send(HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + browser.getPort() + "/json/list")).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            for (JsonNode target : JSON.readTree(list.body())) {
                if ("page".equals(target.path("type").asText())) {
                    pageWs = target.path("webSocketDebuggerUrl").asText();
                    break;
                }
            }
            if (pageWs == null) {
                Thread.sleep(100);
            }
        }
        if (pageWs == null) {
            p.destroyForcibly();
            throw new IllegalStateException("no page target in chromium");
        }
        Cdp[] holder = new Cdp[1];
        CountDownLatch ready = new CountDownLatch(1);
        WebSocket socket = http.newWebSocketBuilder().buildAsync(URI.create(pageWs), new WebSocket.Listener() {
            private final StringBuilder buf = new StringBuilder();

            @Override
            public void onOpen(WebSocket webSocket) {
                webSocket.request(1);
            }

            @Override
            public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
                buf.append(data);
                if (last) {
                    String msg = buf.toString();
                    buf.setLength(0);
                    try {
                        ready.await(10, TimeUnit.SECONDS);
                        holder[0].dispatch(JSON.readTree(msg));
                    } catch (Exception e) {
                        // malformed message: ignore
                    }
                }
                webSocket.request(1);
                return null;
            }
        }).get(20, TimeUnit.SECONDS);
        Cdp cdp = new Cdp(p, socket);
        synchronized (lines) {
            cdp.stderr.addAll(lines);
        }
        holder[0] = cdp;
        ready.countDown();
        return cdp;
    }

    private void dispatch(JsonNode msg) {
        if (msg.has("id")) {
            CompletableFuture<JsonNode> f = pending.remove(msg.get("id").asInt());
            if (f != null) {
                if (msg.has("error")) {
                    f.completeExceptionally(new IllegalStateException("CDP error: " + msg.get("error")));
                } else {
                    f.complete(msg.path("result"));
                }
            }
        } else {
            synchronized (events) {
                events.add(msg);
                events.notifyAll();
            }
        }
    }

    JsonNode send(String method, Object... kv) throws Exception {
        ObjectNode params = JSON.createObjectNode();
        for (int i = 0; i < kv.length; i += 2) {
            params.set((String) kv[i], JSON.valueToTree(kv[i + 1]));
        }
        int id = ids.incrementAndGet();
        ObjectNode msg = JSON.createObjectNode();
        msg.put("id", id);
        msg.put("method", method);
        msg.set("params", params);
        CompletableFuture<JsonNode> f = new CompletableFuture<>();
        pending.put(id, f);
        ws.sendText(JSON.writeValueAsString(msg), true).get(10, TimeUnit.SECONDS);
        return f.get(60, TimeUnit.SECONDS);
    }

    /** Evaluates an expression in the page and returns its value (promises awaited, values by value). */
    JsonNode eval(String expression) throws Exception {
        JsonNode r = send("Runtime.evaluate", "expression", expression, "returnByValue", true, "awaitPromise", true,
                "userGesture", true);
        if (r.has("exceptionDetails")) {
            throw new IllegalStateException("page exception: " + r.get("exceptionDetails"));
        }
        return r.path("result").path("value");
    }

    /** Waits for an event matching {@code method} (and the predicate) that arrives after {@code fromIndex}. */
    JsonNode waitFor(String method, int fromIndex, Predicate<JsonNode> filter, long timeoutMs) throws InterruptedException {
        long end = System.currentTimeMillis() + timeoutMs;
        synchronized (events) {
            while (true) {
                for (int i = fromIndex; i < events.size(); i++) {
                    JsonNode e = events.get(i);
                    if (method.equals(e.path("method").asText()) && filter.test(e)) {
                        return e;
                    }
                }
                long left = end - System.currentTimeMillis();
                if (left <= 0) {
                    throw new IllegalStateException("timeout waiting for " + method);
                }
                events.wait(left);
            }
        }
    }

    int eventCount() {
        synchronized (events) {
            return events.size();
        }
    }

    List<JsonNode> events(String method) {
        synchronized (events) {
            return events.stream().filter(e -> method.equals(e.path("method").asText())).toList();
        }
    }

    /** Navigates and waits for the load event. */
    void navigate(String url) throws Exception {
        int from = eventCount();
        send("Page.navigate", "url", url);
        waitFor("Page.loadEventFired", from, e -> true, 30_000);
    }

    /** A real mouse click at the centre of the element matched by {@code selector} (scrolled into view first). */
    void click(String selector) throws Exception {
        JsonNode rect = eval("(() => { const e = document.querySelector(" + JSON.writeValueAsString(selector) + ");"
                + " e.scrollIntoView({block: 'center'}); const r = e.getBoundingClientRect();"
                + " return {x: r.left + r.width / 2, y: r.top + r.height / 2}; })()");
        double x = rect.get("x").asDouble();
        double y = rect.get("y").asDouble();
        send("Input.dispatchMouseEvent", "type", "mouseMoved", "x", x, "y", y);
        send("Input.dispatchMouseEvent", "type", "mousePressed", "x", x, "y", y, "button", "left", "clickCount", 1);
        send("Input.dispatchMouseEvent", "type", "mouseReleased", "x", x, "y", y, "button", "left", "clickCount", 1);
    }

    /** Presses and releases one key (e.g. "Tab" 9, " " 32) as the keyboard would. */
    void key(String key, String code, int keyCode, String text) throws Exception {
        if (text == null) {
            send("Input.dispatchKeyEvent", "type", "rawKeyDown", "key", key, "code", code,
                    "windowsVirtualKeyCode", keyCode, "nativeVirtualKeyCode", keyCode);
        } else {
            send("Input.dispatchKeyEvent", "type", "keyDown", "key", key, "code", code, "text", text,
                    "unmodifiedText", text, "windowsVirtualKeyCode", keyCode, "nativeVirtualKeyCode", keyCode);
        }
        send("Input.dispatchKeyEvent", "type", "keyUp", "key", key, "code", code, "windowsVirtualKeyCode", keyCode,
                "nativeVirtualKeyCode", keyCode);
    }

    List<String> stderr() {
        return stderr;
    }

    @Override
    public void close() {
        try {
            ws.sendClose(WebSocket.NORMAL_CLOSURE, "done").get(2, TimeUnit.SECONDS);
        } catch (Exception ignored) {
            // the browser goes down anyway
        }
        process.descendants().forEach(ProcessHandle::destroy);
        process.destroy();
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }
}
