package fr.boussole.rules.pack;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Static check of the DRL of an untrusted pack. DRL is code: a shared pack must not reach the file system, the
 * network, processes, threads, reflection or class loading. The check is deliberately strict (an allow-list of
 * imports, {@code new} types and fully-qualified names, a deny-list of identifiers); a trusted pack skips it.
 * Every refusal is reported with its file and line.
 */
public final class DrlGuard {

    static final Set<String> DENIED_IDENTIFIERS = Set.of(
            "System", "Runtime", "ProcessBuilder", "Process", "ProcessHandle", "Thread", "ThreadGroup", "ThreadLocal",
            "ClassLoader", "URLClassLoader", "Class", "Method", "Field", "Constructor", "Executors", "ExecutorService",
            "Executor", "ForkJoinPool", "CompletableFuture", "Timer", "TimerTask", "ServiceLoader", "ResourceBundle",
            "File", "Files", "Path", "Paths", "FileSystem", "FileSystems", "FileInputStream", "FileOutputStream",
            "FileReader", "FileWriter", "RandomAccessFile", "InputStream", "OutputStream", "Reader", "Writer",
            "PrintStream", "PrintWriter", "Scanner", "Console", "Socket", "ServerSocket", "DatagramSocket", "URL",
            "URI", "URLConnection", "HttpClient", "HttpURLConnection", "InetAddress", "ScriptEngine",
            "ScriptEngineManager", "MethodHandles", "MethodHandle", "VarHandle", "Unsafe", "SecurityManager", "Proxy",
            "Introspector", "ObjectInputStream", "ObjectOutputStream", "Properties", "Preferences", "Logger",
            "getClass", "forName", "newInstance", "invoke", "invokeExact", "getDeclaredMethod", "getDeclaredMethods",
            "getDeclaredField", "getDeclaredFields", "getDeclaredConstructor", "getMethod", "getField",
            "getConstructor", "setAccessible", "exit", "halt", "exec", "getRuntime", "getenv", "getProperty",
            "setProperty", "loadLibrary", "load", "kcontext", "eval", "function", "global", "timer", "calendars",
            "duration", "dialect", "synchronized", "native", "class", "interface", "enum", "while", "for", "do",
            "assert", "throw", "concurrent", "reflect", "nio", "io", "net", "prefs", "spi", "zip", "jar",
            "logging", "management", "instrument", "annotation");

    static final Set<String> ALLOWED_NEW = Set.of("Decision", "ArrayList", "LinkedList", "HashMap", "HashSet",
            "LinkedHashMap", "LinkedHashSet", "TreeMap", "TreeSet", "StringBuilder", "String", "Integer", "Double",
            "Long", "Boolean");

    private static final Pattern IMPORT = Pattern.compile("(?m)^\\s*import\\s+([\\w.*\\s]+?)\\s*;?\\s*$");
    private static final Pattern UNICODE_ESCAPE = Pattern.compile("\\\\u+[0-9a-fA-F]{4}");
    private static final Pattern IDENT = Pattern.compile("[A-Za-z_$][\\w$]*");
    /** Known package roots followed by a dot, and any lower-case dotted path ending with a class name. */
    private static final Pattern FQN = Pattern.compile(
            "(?<![\\w$.])(?:(?:java|javax|jdk|sun|com|org|net|io|groovy|kotlin|scala|mvel|mvel2|fr)\\s*\\.\\s*[a-z_][\\w]*"
            + "(?:\\s*\\.\\s*\\w+)*|[a-z_]\\w*(?:\\s*\\.\\s*[a-z_]\\w*)+\\s*\\.\\s*[A-Z]\\w*)");
    private static final Pattern NEW = Pattern.compile("\\bnew\\s+([\\w.]+)\\s*(\\(|\\[|<)");
    private static final Pattern ANONYMOUS = Pattern.compile("\\bnew\\s+[\\w.<>]+\\s*\\([^;{}]*\\)\\s*\\{");
    private static final Pattern DROOLS = Pattern.compile("\\bdrools\\b(?!\\s*\\.\\s*getRule\\s*\\(\\s*\\))");
    private static final Pattern DECLARE = Pattern.compile("\\bdeclare\\s+(\\w+)");
    private static final Pattern PACKAGE_LINE = Pattern.compile("(?m)^\\s*package\\s+[\\w.]+\\s*;?");

    private DrlGuard() {
    }

    /** Problems of an untrusted pack's DRL file; empty when it passes. */
    public static List<PackError> check(String pack, String file, String drl, String drlPackage) {
        List<PackError> errors = new ArrayList<>();
        Matcher u = UNICODE_ESCAPE.matcher(drl);
        if (u.find()) {
            errors.add(err(pack, file, drl, u.start(), "séquence d'échappement Unicode « " + u.group()
                    + " » interdite (elle peut masquer du code)"));
        }
        String code = blankStrings(stripComments(drl));
        Set<String> declared = new HashSet<>();
        Matcher d = DECLARE.matcher(code);
        while (d.find()) {
            declared.add(d.group(1));
        }
        // imports
        Matcher im = IMPORT.matcher(code);
        List<int[]> importSpans = new ArrayList<>();
        while (im.find()) {
            importSpans.add(new int[] {im.start(), im.end()});
            String target = im.group(1).replaceAll("\\s+", " ").trim();
            if (!allowedImport(target)) {
                errors.add(err(pack, file, drl, im.start(), "import « " + target + " » interdit (seuls "
                        + "fr.boussole.rules.facts.*, java.time.LocalDate et java.util.* sont permis)"));
            }
        }
        Matcher pk = PACKAGE_LINE.matcher(code);
        while (pk.find()) {
            importSpans.add(new int[] {pk.start(), pk.end()});
        }
        // fully-qualified names outside import/package lines
        Matcher f = FQN.matcher(code);
        while (f.find()) {
            if (inside(importSpans, f.start())) {
                continue;
            }
            String name = f.group().replaceAll("\\s+", "");
            if (!allowedQualified(name, drlPackage)) {
                errors.add(err(pack, file, drl, f.start(), "référence qualifiée « " + shorten(name)
                        + " » interdite (seul le modèle de faits fr.boussole.rules.facts est accessible)"));
            }
        }
        // denied identifiers
        Matcher id = IDENT.matcher(code);
        while (id.find()) {
            if (inside(importSpans, id.start())) {
                continue;
            }
            String w = id.group();
            if (DENIED_IDENTIFIERS.contains(w)) {
                errors.add(err(pack, file, drl, id.start(), "« " + w + " » interdit dans un pack non fiable ("
                        + reason(w) + ")"));
            }
        }
        Matcher dr = DROOLS.matcher(code);
        while (dr.find()) {
            errors.add(err(pack, file, drl, dr.start(), "accès à « drools » interdit (seul drools.getRule() est "
                    + "permis)"));
        }
        Matcher an = ANONYMOUS.matcher(code);
        while (an.find()) {
            errors.add(err(pack, file, drl, an.start(), "classe anonyme interdite"));
        }
        Matcher nw = NEW.matcher(code);
        while (nw.find()) {
            String type = nw.group(1);
            String simple = type.contains(".") ? type.substring(type.lastIndexOf('.') + 1) : type;
            if (!ALLOWED_NEW.contains(simple) && !declared.contains(simple)) {
                errors.add(err(pack, file, drl, nw.start(), "« new " + type + " » interdit (types permis : faits de "
                        + "fr.boussole.rules.facts, collections java.util, types déclarés dans le pack)"));
            }
        }
        return errors;
    }

    private static String reason(String w) {
        return switch (w) {
            case "System", "Runtime", "exit", "halt", "getRuntime", "getenv", "getProperty", "setProperty",
                 "loadLibrary", "load" -> "accès au système";
            case "ProcessBuilder", "Process", "ProcessHandle", "exec" -> "lancement de processus";
            case "Thread", "ThreadGroup", "ThreadLocal", "Executors", "ExecutorService", "Executor", "ForkJoinPool",
                 "CompletableFuture", "Timer", "TimerTask", "concurrent", "synchronized", "timer", "calendars",
                 "duration" -> "fils d'exécution ou minuteries";
            case "ClassLoader", "URLClassLoader", "Class", "Method", "Field", "Constructor", "getClass", "forName",
                 "newInstance", "invoke", "invokeExact", "getDeclaredMethod", "getDeclaredMethods", "getDeclaredField",
                 "getDeclaredFields", "getDeclaredConstructor", "getMethod", "getField", "getConstructor",
                 "setAccessible", "MethodHandles", "MethodHandle", "VarHandle", "Unsafe", "Proxy", "Introspector",
                 "reflect", "ServiceLoader", "ResourceBundle", "class", "interface", "enum", "annotation",
                 "instrument" -> "réflexion ou chargement de classes";
            case "Socket", "ServerSocket", "DatagramSocket", "URL", "URI", "URLConnection", "HttpClient",
                 "HttpURLConnection", "InetAddress", "net" -> "accès réseau";
            case "while", "for", "do" -> "boucle : une règle non fiable ne doit pas pouvoir tourner sans fin";
            case "eval", "function", "global", "dialect", "kcontext", "native", "assert", "throw" ->
                    "construction réservée aux packs de confiance";
            default -> "entrées-sorties";
        };
    }

    static boolean allowedImport(String target) {
        if (target.startsWith("static ") || target.startsWith("function ") || target.startsWith("accumulate ")) {
            return false;
        }
        if (target.equals("fr.boussole.rules.facts.*") || target.matches("fr\\.boussole\\.rules\\.facts\\.[A-Z]\\w*")) {
            return true;
        }
        if (target.equals("java.time.LocalDate") || target.equals("java.util.*")) {
            return true;
        }
        return target.matches("java\\.util\\.[A-Z]\\w*") && !DENIED_IDENTIFIERS.contains(target.substring(10));
    }

    static boolean allowedQualified(String name, String drlPackage) {
        if (name.startsWith("fr.boussole.rules.facts.")) {
            return true;
        }
        if (drlPackage != null && (name.equals(drlPackage) || name.startsWith(drlPackage + "."))) {
            return true;
        }
        if (name.startsWith("java.time.LocalDate")) {
            return true;
        }
        if (name.startsWith("java.util.")) {
            String rest = name.substring("java.util.".length());
            String first = rest.contains(".") ? rest.substring(0, rest.indexOf('.')) : rest;
            return !first.isEmpty() && Character.isUpperCase(first.charAt(0)) && !DENIED_IDENTIFIERS.contains(first);
        }
        return false;
    }

    /** Replaces comments by spaces (newlines kept, so offsets and lines stay right); strings are left as is. */
    public static String stripComments(String src) {
        StringBuilder sb = new StringBuilder(src.length());
        int n = src.length();
        int i = 0;
        while (i < n) {
            char c = src.charAt(i);
            if (c == '"' || c == '\'') {
                int j = stringEnd(src, i);
                sb.append(src, i, j);
                i = j;
            } else if (c == '/' && i + 1 < n && src.charAt(i + 1) == '/') {
                while (i < n && src.charAt(i) != '\n') {
                    sb.append(' ');
                    i++;
                }
            } else if (c == '/' && i + 1 < n && src.charAt(i + 1) == '*') {
                int end = src.indexOf("*/", i + 2);
                end = end < 0 ? n : end + 2;
                for (; i < end; i++) {
                    sb.append(src.charAt(i) == '\n' ? '\n' : ' ');
                }
            } else {
                sb.append(c);
                i++;
            }
        }
        return sb.toString();
    }

    /** Replaces the content of string literals by spaces (quotes kept). */
    static String blankStrings(String src) {
        StringBuilder sb = new StringBuilder(src.length());
        int n = src.length();
        int i = 0;
        while (i < n) {
            char c = src.charAt(i);
            if (c == '"' || c == '\'') {
                int j = stringEnd(src, i);
                sb.append(c);
                for (int k = i + 1; k < j - 1; k++) {
                    sb.append(src.charAt(k) == '\n' ? '\n' : ' ');
                }
                if (j - 1 > i) {
                    sb.append(src.charAt(j - 1));
                }
                i = j;
            } else {
                sb.append(c);
                i++;
            }
        }
        return sb.toString();
    }

    private static int stringEnd(String src, int start) {
        char q = src.charAt(start);
        int i = start + 1;
        while (i < src.length()) {
            char c = src.charAt(i);
            if (c == '\\') {
                i += 2;
                continue;
            }
            if (c == q) {
                return i + 1;
            }
            i++;
        }
        return src.length();
    }

    private static boolean inside(List<int[]> spans, int pos) {
        for (int[] s : spans) {
            if (pos >= s[0] && pos < s[1]) {
                return true;
            }
        }
        return false;
    }

    private static String shorten(String s) {
        return s.length() > 60 ? s.substring(0, 60) + "…" : s;
    }

    private static PackError err(String pack, String file, String text, int offset, String message) {
        int line = 1;
        for (int i = 0; i < offset && i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return new PackError(pack, file, line, "DRL non fiable refusé : " + message);
    }
}
