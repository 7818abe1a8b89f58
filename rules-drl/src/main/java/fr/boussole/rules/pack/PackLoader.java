package fr.boussole.rules.pack;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import fr.boussole.matcher.SignalMatcher;
import fr.boussole.matcher.SignalSpec;
import fr.boussole.matcher.SignalSpecException;
import fr.boussole.model.BuyerType;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * Loads rule packs from a folder, a {@code .zip} or a {@code .jar} (layout at the root or under one top folder),
 * or from the classpath ({@code boussole-packs/index.txt} lists the built-in pack ids, each under
 * {@code boussole-packs/<id>/}). Validates everything it can and reports every problem with pack, file and line.
 */
public final class PackLoader {

    /** Version of the pack format and engine, compared with {@code minBoussoleVersion}. */
    public static final String BOUSSOLE_VERSION = "0.1.0";
    public static final String BUILTIN_ROOT = "boussole-packs/";
    public static final String BUILTIN_INDEX = BUILTIN_ROOT + "index.txt";

    static final int MAX_ENTRIES = 5_000;
    static final long MAX_ENTRY_BYTES = 20L << 20;
    static final long MAX_TOTAL_BYTES = 100L << 20;

    static final Pattern PACK_ID = Pattern.compile("[a-z0-9][a-z0-9-]*");
    static final Pattern CRITERION_ID = Pattern.compile("[A-Z][A-Z0-9]*(?:-[A-Z0-9]+(?:\\.[A-Z0-9]+)*)+");
    static final Pattern SIGNAL_ID = Pattern.compile("[a-z0-9][a-z0-9-]*");
    static final Pattern SEMVER = Pattern.compile("\\d+\\.\\d+\\.\\d+(?:[-+][0-9A-Za-z.-]+)?");
    static final Pattern JAVA_PACKAGE = Pattern.compile("[a-z_][a-z0-9_]*(?:\\.[a-z_][a-z0-9_]*)+");
    static final Pattern DRL_PACKAGE = Pattern.compile("(?m)^\\s*package\\s+([\\w.]+)\\s*;?");
    public static final Set<String> FAMILIES = Set.of("any", "digital", "hardware", "software", "hosting", "telecom",
            "other");
    public static final Set<String> QUALITIES = Set.of("capacitant", "democratique", "equitable", "frugal", "inclusif",
            "innovant", "protecteur");

    private static final ObjectMapper YAML = YAMLMapper.builder()
            .addModule(new JavaTimeModule())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private PackLoader() {
    }

    static ObjectMapper yaml() {
        return YAML;
    }

    /** Loads a pack from a folder, a .zip or a .jar. */
    public static Pack load(Path path) {
        String name = path.toString();
        if (!Files.exists(path)) {
            throw new PackException(name, null, 0, "pack introuvable : " + path);
        }
        Map<String, byte[]> files;
        try {
            files = Files.isDirectory(path) ? readFolder(path) : readZip(path);
        } catch (IOException e) {
            throw new PackException(List.of(new PackError(name, null, 0, "lecture impossible : " + e.getMessage())), e);
        }
        return fromFiles(path.toAbsolutePath().normalize().toString(), files, false);
    }

    /**
     * A pack named on the command line: an existing folder, .zip or .jar path, else a built-in pack id.
     */
    public static Pack resolve(String ref) {
        Path p = Path.of(ref);
        if (Files.exists(p)) {
            return load(p);
        }
        List<String> ids = builtinIds();
        if (ids.contains(ref)) {
            return builtin(ref);
        }
        throw new PackException(ref, null, 0, "pack introuvable : ni fichier ou dossier « " + ref
                + " », ni pack intégré (packs intégrés : " + (ids.isEmpty() ? "aucun" : String.join(", ", ids)) + ")");
    }

    /** Several references, in order (see {@link #resolve(String)}); every failing one is reported. */
    public static List<Pack> resolveAll(List<String> refs) {
        List<Pack> out = new ArrayList<>();
        List<PackError> errors = new ArrayList<>();
        for (String r : refs) {
            try {
                out.add(resolve(r));
            } catch (PackException e) {
                errors.addAll(e.errors());
            }
        }
        if (!errors.isEmpty()) {
            throw new PackException(errors);
        }
        return out;
    }

    /** Ids listed by every {@code boussole-packs/index.txt} on the classpath. */
    public static List<String> builtinIds() {
        return builtinIds(defaultLoader());
    }

    public static List<String> builtinIds(ClassLoader cl) {
        Set<String> ids = new LinkedHashSet<>();
        try {
            Enumeration<URL> urls = cl.getResources(BUILTIN_INDEX);
            while (urls.hasMoreElements()) {
                try (InputStream in = urls.nextElement().openStream()) {
                    for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\\R")) {
                        String l = line.strip();
                        if (!l.isEmpty() && !l.startsWith("#")) {
                            ids.add(l);
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new PackException(BUILTIN_INDEX, null, 0, "index des packs intégrés illisible : " + e.getMessage());
        }
        return List.copyOf(ids);
    }

    /** Every built-in pack (trusted). */
    public static List<Pack> builtins() {
        ClassLoader cl = defaultLoader();
        List<Pack> out = new ArrayList<>();
        for (String id : builtinIds(cl)) {
            out.add(builtin(id, cl));
        }
        return out;
    }

    public static Pack builtin(String id) {
        return builtin(id, defaultLoader());
    }

    public static Pack builtin(String id, ClassLoader cl) {
        String prefix = BUILTIN_ROOT + id + "/";
        URL manifest = cl.getResource(prefix + "pack.yaml");
        if (manifest == null) {
            throw new PackException(id, "pack.yaml", 0, "pack intégré introuvable sur le classpath (" + prefix
                    + "pack.yaml)");
        }
        Map<String, byte[]> files = new TreeMap<>();
        try {
            switch (manifest.getProtocol()) {
                case "file" -> {
                    Path dir = Path.of(manifest.toURI()).getParent();
                    files.putAll(readFolder(dir));
                }
                case "jar" -> {
                    JarURLConnection conn = (JarURLConnection) manifest.openConnection();
                    conn.setUseCaches(false);
                    try (JarFile jar = conn.getJarFile()) {
                        Enumeration<JarEntry> en = jar.entries();
                        while (en.hasMoreElements()) {
                            JarEntry e = en.nextElement();
                            if (!e.isDirectory() && e.getName().startsWith(prefix) && !ignored(e.getName())) {
                                try (InputStream in = jar.getInputStream(e)) {
                                    files.put(e.getName().substring(prefix.length()), in.readAllBytes());
                                }
                            }
                        }
                    }
                }
                default -> throw new PackException(id, null, 0,
                        "protocole de ressource non pris en charge pour un pack intégré : " + manifest);
            }
        } catch (IOException | URISyntaxException e) {
            throw new PackException(List.of(new PackError(id, null, 0, "lecture impossible : " + e.getMessage())), e);
        }
        return fromFiles("classpath:" + BUILTIN_ROOT + id, files, true);
    }

    private static ClassLoader defaultLoader() {
        ClassLoader cl = Thread.currentThread().getContextClassLoader();
        return cl != null ? cl : PackLoader.class.getClassLoader();
    }

    // ------------------------------------------------------------------ reading

    static Map<String, byte[]> readFolder(Path dir) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : (Iterable<Path>) walk::iterator) {
                if (!Files.isRegularFile(p)) {
                    continue;
                }
                String rel = dir.relativize(p).toString().replace('\\', '/');
                if (ignored(rel)) {
                    continue;
                }
                if (files.size() >= MAX_ENTRIES) {
                    throw new IOException("trop de fichiers (plus de " + MAX_ENTRIES + ")");
                }
                if (Files.size(p) > MAX_ENTRY_BYTES) {
                    throw new IOException("fichier trop volumineux : " + rel);
                }
                files.put(rel, Files.readAllBytes(p));
            }
        }
        return files;
    }

    static Map<String, byte[]> readZip(Path zip) throws IOException {
        try {
            return readZip(zip, StandardCharsets.UTF_8);
        } catch (ZipException | IllegalArgumentException e) {
            // names not in UTF-8 and no UTF-8 flag (Windows' built-in zip): fall back to the DOS code page
            return readZip(zip, Charset.forName("IBM437"));
        }
    }

    private static Map<String, byte[]> readZip(Path zip, Charset cs) throws IOException {
        Map<String, byte[]> raw = new TreeMap<>();
        long total = 0;
        try (ZipFile zf = new ZipFile(zip.toFile(), cs)) {
            Enumeration<? extends ZipEntry> en = zf.entries();
            int count = 0;
            while (en.hasMoreElements()) {
                ZipEntry e = en.nextElement();
                if (++count > MAX_ENTRIES) {
                    throw new IOException("archive refusée : plus de " + MAX_ENTRIES + " entrées");
                }
                String name = e.getName().replace('\\', '/');
                if (name.startsWith("/") || name.contains("../") || name.matches("^[A-Za-z]:.*")) {
                    throw new IOException("entrée d'archive refusée (chemin hors de l'archive) : " + name);
                }
                if (e.isDirectory() || ignored(name)) {
                    continue;
                }
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                try (InputStream in = zf.getInputStream(e)) {
                    byte[] buf = new byte[8192];
                    int r;
                    long size = 0;
                    while ((r = in.read(buf)) > 0) {
                        size += r;
                        total += r;
                        if (size > MAX_ENTRY_BYTES || total > MAX_TOTAL_BYTES) {
                            throw new IOException("archive refusée : taille décompressée excessive (" + name + ")");
                        }
                        out.write(buf, 0, r);
                    }
                }
                raw.put(name, out.toByteArray());
            }
        }
        if (raw.containsKey("pack.yaml")) {
            return raw;
        }
        // one top folder
        Set<String> tops = new HashSet<>();
        raw.keySet().forEach(k -> tops.add(k.contains("/") ? k.substring(0, k.indexOf('/')) : ""));
        if (tops.size() == 1 && !tops.contains("")) {
            String top = tops.iterator().next() + "/";
            Map<String, byte[]> stripped = new TreeMap<>();
            raw.forEach((k, v) -> stripped.put(k.substring(top.length()), v));
            return stripped;
        }
        return raw;
    }

    private static boolean ignored(String rel) {
        for (String seg : rel.split("/")) {
            if (seg.startsWith(".") || seg.equals("__MACOSX")) {
                return true;
            }
        }
        return false;
    }

    /**
     * Hash of a pack: for each file sorted by relative path ({@code /}-separated), the path, a NUL byte, the size
     * in decimal, a NUL byte, then the bytes. Lower-case hex.
     */
    public static String sha256(Map<String, byte[]> files) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            for (Map.Entry<String, byte[]> e : new TreeMap<>(files).entrySet()) {
                md.update(e.getKey().getBytes(StandardCharsets.UTF_8));
                md.update((byte) 0);
                md.update(Integer.toString(e.getValue().length).getBytes(StandardCharsets.US_ASCII));
                md.update((byte) 0);
                md.update(e.getValue());
            }
            return HexFormat.of().formatHex(md.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    // ------------------------------------------------------------------ parsing and validation

    /** Builds a pack from its files (relative path → bytes). */
    public static Pack fromFiles(String origin, Map<String, byte[]> files, boolean builtin) {
        List<PackError> errors = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        Map<String, String> texts = new LinkedHashMap<>();
        String label = origin;
        byte[] manifestBytes = files.get("pack.yaml");
        if (manifestBytes == null) {
            throw new PackException(origin, "pack.yaml", 0, "manifeste pack.yaml introuvable (ni à la racine, ni sous "
                    + "un dossier unique)");
        }
        String manifestText = utf8(manifestBytes);
        texts.put("pack.yaml", manifestText);
        PackManifest m = parse(label, "pack.yaml", manifestText, PackManifest.class, errors);
        if (m == null) {
            throw new PackException(errors);
        }
        label = m.id() != null ? m.id() : origin;
        validateManifest(label, m, manifestText, errors);

        List<Pack.Entry> criteria = new ArrayList<>();
        Map<String, String> drl = new TreeMap<>();
        List<OverrideDef> overrides = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (Map.Entry<String, byte[]> f : files.entrySet()) {
            String path = f.getKey();
            if (path.equals("pack.yaml")) {
                continue;
            }
            if (path.startsWith("criteria/") && (path.endsWith(".yaml") || path.endsWith(".yml"))) {
                String text = utf8(f.getValue());
                texts.put(path, text);
                CriterionDef c = parse(label, path, text, CriterionDef.class, errors);
                if (c != null && c.applies().context() != null) {
                    PackManifest.ContextDef ctx = m.contexts().get(c.applies().context());
                    if (ctx == null) {
                        errors.add(new PackError(label, path, lineOf(text, "context:"), "contexte « "
                                + c.applies().context() + " » inconnu : à définir sous contexts: dans pack.yaml "
                                + "(connus : " + m.contexts().keySet() + ")"));
                    } else {
                        c = c.withNamedContext(c.applies().context(), ctx);
                    }
                }
                if (c != null) {
                    validateCriterion(label, m, path, text, c, errors);
                    if (c.id() != null && !ids.add(c.id())) {
                        errors.add(new PackError(label, path, lineOf(text, "id:"), "identifiant en double : " + c.id()));
                    }
                    criteria.add(new Pack.Entry(c, path));
                }
            } else if (path.startsWith("rules/") && path.endsWith(".drl")) {
                String text = utf8(f.getValue());
                drl.put(path, text);
                checkDrlPackage(label, m, path, text, errors);
            } else if (path.equals("overrides.yaml") || path.equals("overrides.yml")) {
                String text = utf8(f.getValue());
                texts.put(path, text);
                if (!m.overlay()) {
                    errors.add(new PackError(label, path, 1, "overrides.yaml n'est permis que dans un pack de "
                            + "surcouche (overlay: true dans pack.yaml)"));
                }
                OverrideDef.File of = parse(label, path, text, OverrideDef.File.class, errors);
                if (of != null) {
                    overrides.addAll(of.overrides());
                    for (OverrideDef o : of.overrides()) {
                        if (o.target() == null || o.target().isBlank()) {
                            errors.add(new PackError(label, path, lineOf(text, "target"), "surcharge sans cible "
                                    + "(target)"));
                        }
                    }
                }
            } else if (!path.matches("(?i)(README|LICEN[CS]E|CHANGELOG|NOTICE|AUTHORS)(\\.[a-z]+)?|docs/.*|.*\\.md")) {
                warnings.add("pack « " + label + " » : fichier ignoré " + path);
            }
        }
        if (!drl.isEmpty() && (m.drlPackage() == null || m.drlPackage().isBlank())) {
            errors.add(new PackError(label, "pack.yaml", 0, "le pack contient des règles DRL mais pack.yaml ne déclare "
                    + "pas drlPackage"));
        }
        if (!errors.isEmpty()) {
            throw new PackException(errors);
        }
        criteria.sort((a, b) -> a.def().id().compareTo(b.def().id()));
        return new Pack(m, criteria, drl, overrides, sha256(files), origin, builtin, texts, warnings);
    }

    private static void validateManifest(String label, PackManifest m, String text, List<PackError> errors) {
        if (m.id() == null || !PACK_ID.matcher(m.id()).matches()) {
            errors.add(new PackError(label, "pack.yaml", lineOf(text, "id:"), "identifiant de pack invalide « " + m.id()
                    + " » (attendu : minuscules, chiffres et tirets)"));
        }
        if (m.version() == null || !SEMVER.matcher(m.version()).matches()) {
            errors.add(new PackError(label, "pack.yaml", lineOf(text, "version:"), "version invalide « " + m.version()
                    + " » (attendu : version sémantique, ex. 1.2.0)"));
        }
        if (m.title() == null || m.title().isBlank()) {
            errors.add(new PackError(label, "pack.yaml", 0, "titre (title) manquant"));
        }
        if (m.idPrefixes().isEmpty()) {
            errors.add(new PackError(label, "pack.yaml", 0, "idPrefixes manquant : le pack doit déclarer les préfixes "
                    + "d'identifiants qu'il possède (ex. [LEG-])"));
        }
        if (m.drlPackage() != null && !JAVA_PACKAGE.matcher(m.drlPackage()).matches()) {
            errors.add(new PackError(label, "pack.yaml", lineOf(text, "drlPackage"), "drlPackage invalide « "
                    + m.drlPackage() + " » (attendu : un nom de paquetage Java, ex. fr.opsn.declic)"));
        }
        if (m.minBoussoleVersion() != null && SEMVER.matcher(m.minBoussoleVersion()).matches()
                && compareVersions(m.minBoussoleVersion(), BOUSSOLE_VERSION) > 0) {
            errors.add(new PackError(label, "pack.yaml", lineOf(text, "minBoussoleVersion"), "ce pack demande Boussole "
                    + m.minBoussoleVersion() + " ou plus récent (version actuelle : " + BOUSSOLE_VERSION + ")"));
        }
    }

    private static void validateCriterion(String pack, PackManifest m, String file, String text, CriterionDef c,
                                          List<PackError> errors) {
        if (c.id() == null) {
            errors.add(new PackError(pack, file, 1, "identifiant (id) manquant"));
            return;
        }
        String expectedFile = file.substring(file.lastIndexOf('/') + 1).replaceFirst("\\.ya?ml$", "");
        if (!expectedFile.equals(c.id())) {
            errors.add(new PackError(pack, file, lineOf(text, "id:"), "l'identifiant « " + c.id()
                    + " » ne correspond pas au nom du fichier (" + expectedFile + ")"));
        }
        for (String id : concat(c.id(), c.aliases())) {
            if (!CRITERION_ID.matcher(id).matches()) {
                errors.add(new PackError(pack, file, lineOf(text, id), "identifiant invalide « " + id
                        + " » (attendu : majuscules, chiffres et tirets, ex. LEG-01)"));
            } else if (m.idPrefixes().stream().noneMatch(id::startsWith)) {
                errors.add(new PackError(pack, file, lineOf(text, id), "l'identifiant « " + id
                        + " » sort de l'espace de noms du pack (préfixes permis : " + String.join(", ", m.idPrefixes())
                        + ")"));
            }
        }
        if (c.title() == null || c.title().isBlank()) {
            errors.add(new PackError(pack, file, 0, "titre (title) manquant"));
        }
        if (c.severity() == null) {
            errors.add(new PackError(pack, file, 0, "sévérité (severity) manquante : obligation, recommandation ou "
                    + "bonne-pratique"));
        }
        CriterionDef.AppliesDef a = c.applies();
        for (String f : a.families()) {
            if (!FAMILIES.contains(f)) {
                errors.add(new PackError(pack, file, lineOf(text, f), "famille d'achat inconnue « " + f + " » (permis : "
                        + String.join(", ", new java.util.TreeSet<>(FAMILIES)) + ")"));
            }
        }
        for (String b : a.buyerTypes()) {
            if (!b.equals("any")) {
                try {
                    BuyerType.fromCode(b);
                } catch (IllegalArgumentException e) {
                    errors.add(new PackError(pack, file, lineOf(text, b), "type d'acheteur inconnu « " + b + " »"));
                }
            }
        }
        for (String q : c.qualities()) {
            if (!QUALITIES.contains(q)) {
                errors.add(new PackError(pack, file, lineOf(text, q), "qualité inconnue « " + q + " » (permis : "
                        + String.join(", ", new java.util.TreeSet<>(QUALITIES)) + ")"));
            }
        }
        if (a.severityBefore() != null && a.launchedFrom() == null) {
            errors.add(new PackError(pack, file, lineOf(text, "severityBefore"), "severityBefore n'a de sens qu'avec "
                    + "launchedFrom"));
        }
        if (a.launchedFrom() != null && a.launchedUntil() != null && a.launchedUntil().isBefore(a.launchedFrom())) {
            errors.add(new PackError(pack, file, lineOf(text, "launchedUntil"), "launchedUntil est antérieur à "
                    + "launchedFrom"));
        }
        if (a.minAmountParam() != null && !c.params().containsKey(a.minAmountParam())
                && !m.params().containsKey(a.minAmountParam())) {
            errors.add(new PackError(pack, file, lineOf(text, "minAmountParam"), "minAmountParam « "
                    + a.minAmountParam() + " » ne nomme aucun paramètre du critère ou du pack"));
        }
        Set<String> signalIds = new HashSet<>();
        List<SignalSpec> specs = new ArrayList<>();
        for (CriterionDef.SignalDef s : c.signals()) {
            if (s.id() == null || !SIGNAL_ID.matcher(s.id()).matches()) {
                errors.add(new PackError(pack, file, lineOf(text, "- id: " + s.id()), "identifiant de signal invalide « "
                        + s.id() + " » (attendu : minuscules, chiffres et tirets)"));
                continue;
            }
            if (!signalIds.add(s.id())) {
                errors.add(new PackError(pack, file, lineOf(text, s.id()), "signal en double : " + s.id()));
            }
            if (s.patterns().isEmpty()) {
                errors.add(new PackError(pack, file, lineOf(text, s.id()), "le signal « " + s.id()
                        + " » n'a aucun motif (patterns)"));
                continue;
            }
            specs.add(toSpec(c.id(), s));
        }
        for (SignalSpec spec : specs) {
            try {
                SignalMatcher.build(List.of(spec));
            } catch (SignalSpecException e) {
                int line = 0;
                for (String p : concat(spec.patterns(), spec.antipatterns(), spec.sections())) {
                    if (e.getMessage().contains("« " + p + " »")) {
                        line = lineOf(text, p.length() > 30 ? p.substring(0, 30) : p);
                        break;
                    }
                }
                errors.add(new PackError(pack, file, line, e.getMessage()));
            }
        }
        int i = 0;
        for (CriterionDef.ExampleDef ex : c.examples()) {
            i++;
            if (ex.expect() == null) {
                errors.add(new PackError(pack, file, 0, "exemple n° " + i + " : résultat attendu (expect) manquant"));
            }
            if ((ex.text() == null || ex.text().isBlank()) && ex.pieces().isEmpty()) {
                errors.add(new PackError(pack, file, 0, "exemple n° " + i + " : ni texte (text) ni pièces (pieces)"));
            }
        }
    }

    private static void checkDrlPackage(String pack, PackManifest m, String path, String text,
                                        List<PackError> errors) {
        Matcher pm = DRL_PACKAGE.matcher(DrlGuard.stripComments(text));
        if (!pm.find()) {
            errors.add(new PackError(pack, path, 1, "le fichier DRL ne déclare pas de package (attendu : package "
                    + m.drlPackage() + ";)"));
        } else if (m.drlPackage() != null && !pm.group(1).equals(m.drlPackage())) {
            errors.add(new PackError(pack, path, lineOf(text, "package"), "le fichier DRL déclare le package « "
                    + pm.group(1) + " » au lieu de « " + m.drlPackage() + " » (drlPackage du pack)"));
        }
    }

    /** The matcher spec of a signal. */
    public static SignalSpec toSpec(String criterionId, CriterionDef.SignalDef s) {
        return new SignalSpec(criterionId, s.id(), s.effect(), s.patterns(), s.antipatterns(), s.keywords(),
                Set.copyOf(s.roles()), s.sections(), s.caseSensitive(), s.negationIsPart(), s.note());
    }

    static <T> T parse(String pack, String file, String text, Class<T> type, List<PackError> errors) {
        try {
            T value = YAML.readValue(text, type);
            if (value == null) {
                errors.add(new PackError(pack, file, 1, "fichier vide"));
            }
            return value;
        } catch (JsonProcessingException e) {
            int line = line(e);
            if (e instanceof UnrecognizedPropertyException u) {
                line = lineNear(text, u.getPropertyName() + ":", line);
            }
            errors.add(new PackError(pack, file, line, frenchMessage(e)));
            return null;
        }
    }

    static int line(JsonProcessingException e) {
        JsonLocation loc = e.getLocation();
        return loc == null ? 0 : Math.max(0, loc.getLineNr());
    }

    /** A French message for a YAML parsing or mapping error. */
    static String frenchMessage(JsonProcessingException e) {
        if (e instanceof UnrecognizedPropertyException u) {
            List<String> known = new ArrayList<>();
            if (u.getKnownPropertyIds() != null) {
                u.getKnownPropertyIds().forEach(k -> known.add(String.valueOf(k)));
            }
            known.sort(null);
            return "champ inconnu « " + u.getPropertyName() + " »" + where(u)
                    + (known.isEmpty() ? "" : " (champs permis : " + String.join(", ", known) + ")");
        }
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        if (root.getClass().getName().contains("yaml")) {
            return "YAML invalide : " + firstLine(root.getMessage()) + " (guillemets manquants autour d'un texte "
                    + "contenant « : » ou « # » ?)";
        }
        if (e instanceof JsonMappingException jm) {
            String detail = root instanceof IllegalArgumentException && root.getMessage() != null
                    ? root.getMessage() : e.getOriginalMessage();
            return "valeur invalide" + where(jm) + " : " + firstLine(detail);
        }
        return "YAML invalide : " + firstLine(e.getOriginalMessage());
    }

    private static String where(JsonMappingException e) {
        StringBuilder sb = new StringBuilder();
        for (JsonMappingException.Reference r : e.getPath()) {
            if (r.getFieldName() != null) {
                if (sb.length() > 0) {
                    sb.append('.');
                }
                sb.append(r.getFieldName());
            } else if (r.getIndex() >= 0) {
                sb.append('[').append(r.getIndex()).append(']');
            }
        }
        return sb.length() == 0 ? "" : " pour « " + sb + " »";
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "";
        }
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }

    /** Line of the last occurrence of {@code needle} at or before {@code approx}, else {@code approx}. */
    static int lineNear(String text, String needle, int approx) {
        int best = 0;
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length && (approx <= 0 || i < approx); i++) {
            if (lines[i].contains(needle)) {
                best = i + 1;
            }
        }
        return best > 0 ? best : approx;
    }

    /** 1-based line of the first occurrence of {@code needle}, or 0. */
    static int lineOf(String text, String needle) {
        if (text == null || needle == null || needle.isEmpty()) {
            return 0;
        }
        int at = text.indexOf(needle);
        if (at < 0) {
            return 0;
        }
        int line = 1;
        for (int i = 0; i < at; i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }

    static String utf8(byte[] bytes) {
        String s = new String(bytes, StandardCharsets.UTF_8);
        return s.startsWith("\uFEFF") ? s.substring(1) : s;
    }

    /** Compares two semantic versions (numeric parts only). */
    public static int compareVersions(String a, String b) {
        String[] x = a.split("[-+]")[0].split("\\.");
        String[] y = b.split("[-+]")[0].split("\\.");
        for (int i = 0; i < Math.max(x.length, y.length); i++) {
            int xi = i < x.length ? Integer.parseInt(x[i]) : 0;
            int yi = i < y.length ? Integer.parseInt(y[i]) : 0;
            if (xi != yi) {
                return Integer.compare(xi, yi);
            }
        }
        return 0;
    }

    @SafeVarargs
    private static List<String> concat(List<String>... lists) {
        List<String> out = new ArrayList<>();
        for (List<String> l : lists) {
            out.addAll(l);
        }
        return out;
    }

    private static List<String> concat(String first, List<String> rest) {
        List<String> out = new ArrayList<>();
        out.add(first);
        out.addAll(rest);
        return out;
    }
}
