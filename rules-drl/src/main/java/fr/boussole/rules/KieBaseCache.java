package fr.boussole.rules;

import fr.boussole.rules.pack.PackError;
import fr.boussole.rules.pack.PackException;
import fr.boussole.rules.pack.PackSet;
import fr.boussole.rules.pack.Pack;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicInteger;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;
import org.kie.api.io.ResourceType;
import org.kie.api.runtime.KieContainer;

/**
 * Compiles the DRL of a pack set (engine generic rules + every pack's rules) into a {@link KieBase}, once per
 * content: the cache is keyed by the hashes of the packs' DRL files plus the generic rules' version (packs
 * without DRL, such as most overlays, reuse the same base), and is thread-safe
 * (concurrent requests for the same key wait for one build). Uses the MVEL build path so that build errors carry
 * line numbers (stack-notes D1/D2); each DRL is written at a path derived from its package (D3).
 */
public final class KieBaseCache {

    /** Bump when generic.drl or the fact model changes. */
    public static final String GENERIC_RULES_VERSION = "1";
    public static final String GENERIC_RESOURCE = "/fr/boussole/rules/generic/generic.drl";
    public static final String GENERIC_PACKAGE = "fr.boussole.rules.generic";
    private static final int MAX_ENTRIES = 16;

    private static final KieBaseCache SHARED = new KieBaseCache();

    private final Map<String, CompletableFuture<KieBase>> cache = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, CompletableFuture<KieBase>> eldest) {
            return size() > MAX_ENTRIES;
        }
    };
    private final AtomicInteger builds = new AtomicInteger();

    /** The JVM-wide cache. */
    public static KieBaseCache shared() {
        return SHARED;
    }

    /** Number of KieBase builds done by this cache (cache misses). */
    public int builds() {
        return builds.get();
    }

    public synchronized int size() {
        return cache.size();
    }

    public synchronized void clear() {
        cache.clear();
    }

    public static String key(PackSet set) {
        return GENERIC_RULES_VERSION + ":" + set.drlKey();
    }

    /** The rule base of this set, built on first request. */
    public KieBase get(PackSet set) {
        String key = key(set);
        CompletableFuture<KieBase> future;
        boolean mine = false;
        synchronized (this) {
            future = cache.get(key);
            if (future == null) {
                future = new CompletableFuture<>();
                cache.put(key, future);
                mine = true;
            }
        }
        if (mine) {
            try {
                builds.incrementAndGet();
                future.complete(build(set, key));
            } catch (RuntimeException e) {
                future.completeExceptionally(e);
                synchronized (this) {
                    cache.remove(key, future);
                }
            }
        }
        try {
            return future.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            throw e;
        }
    }

    static String genericDrl() {
        try (InputStream in = KieBaseCache.class.getResourceAsStream(GENERIC_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("règles génériques introuvables : " + GENERIC_RESOURCE);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Compiles without caching; errors name pack, file, line and the Drools message. */
    public static KieBase build(PackSet set, String key) {
        KieServices ks = KieServices.Factory.get();
        KieFileSystem kfs = ks.newKieFileSystem();
        ReleaseId rid = ks.newReleaseId("fr.boussole.rules", "set-" + Integer.toHexString(key.hashCode())
                + "-" + System.nanoTime(), "1.0.0");
        kfs.generateAndWritePomXML(rid);
        Map<String, String[]> origins = new LinkedHashMap<>(); // kfs path → {pack, file}
        String genericPath = "src/main/resources/" + GENERIC_PACKAGE.replace('.', '/') + "/generic.drl";
        kfs.write(ks.getResources().newByteArrayResource(genericDrl().getBytes(StandardCharsets.UTF_8))
                .setSourcePath(genericPath).setResourceType(ResourceType.DRL));
        origins.put(genericPath, new String[] {"boussole (règles génériques)", "generic.drl"});
        for (Pack p : set.packs()) {
            if (p.drl().isEmpty()) {
                continue;
            }
            String dir = "src/main/resources/" + p.manifest().drlPackage().replace('.', '/') + "/";
            for (Map.Entry<String, String> d : p.drl().entrySet()) {
                String rel = d.getKey().startsWith("rules/") ? d.getKey().substring("rules/".length()) : d.getKey();
                String path = dir + p.id() + "-" + rel.replace('/', '-');
                kfs.write(ks.getResources().newByteArrayResource(d.getValue().getBytes(StandardCharsets.UTF_8))
                        .setSourcePath(path).setResourceType(ResourceType.DRL));
                origins.put(path, new String[] {p.id(), d.getKey()});
            }
        }
        KieBuilder kb = ks.newKieBuilder(kfs).buildAll();
        List<Message> messages = kb.getResults().getMessages(Message.Level.ERROR);
        if (!messages.isEmpty()) {
            List<PackError> errors = new ArrayList<>();
            for (Message m : messages) {
                if (messages.size() > 1 && m.getText() != null && m.getText().contains("Parser returned a null Package")) {
                    continue; // follows a syntax error already reported with its line
                }
                String[] o = origin(origins, m.getPath());
                errors.add(new PackError(o[0], o[1], Math.max(0, m.getLine()),
                        "erreur de compilation DRL : " + firstLines(m.getText())));
            }
            ks.getRepository().removeKieModule(rid);
            throw new PackException(errors);
        }
        KieContainer kc = ks.newKieContainer(rid);
        KieBase base = kc.getKieBase();
        // the KieBase stays usable; dropping the module keeps the global repository from growing
        ks.getRepository().removeKieModule(rid);
        return base;
    }

    private static String[] origin(Map<String, String[]> origins, String path) {
        if (path != null) {
            for (Map.Entry<String, String[]> e : origins.entrySet()) {
                if (e.getKey().equals(path) || e.getKey().endsWith("/" + path) || path.endsWith(e.getKey())
                        || e.getKey().endsWith(path)) {
                    return e.getValue();
                }
            }
        }
        return new String[] {"?", path};
    }

    private static String firstLines(String text) {
        if (text == null) {
            return "";
        }
        String[] lines = text.strip().split("\\R");
        StringBuilder sb = new StringBuilder(lines[0].strip());
        for (int i = 1; i < Math.min(lines.length, 3); i++) {
            if (!lines[i].isBlank()) {
                sb.append(" — ").append(lines[i].strip());
            }
        }
        return sb.toString();
    }
}
