package fr.boussole.batch.decp;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import fr.boussole.batch.BatchInputException;
import fr.boussole.model.Json;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Reads DECP JSON, streaming (national files are large): the v1 layout {@code {"marches": [ … ]}}, the v2
 * layout {@code {"marches": {"marche": [ … ]}}}, or a bare array. Only contracts are kept (records whose
 * {@code _type} or {@code nature} says "concession" are skipped).
 *
 * <p>v2 considerations come as {@code {"considerationEnvironnementale": ["Clause environnementale", …]}}
 * (official schema), as a plain list, or as one text with separators (consolidated tabular exports).
 */
public final class DecpReader {

    /** Fields that only exist in the v2 format. */
    private static final Set<String> V2_FIELDS = Set.of("considerationsEnvironnementales", "considerationsSociales",
            "techniques", "typesPrix", "modalitesExecution", "marcheInnovant", "origineFrance", "origineUE",
            "offresRecues", "attributionAvance", "typeGroupementOperateurs", "sousTraitanceDeclaree");

    private DecpReader() {
    }

    /**
     * Checks cheaply, before a long batch, that the file is a DECP JSON file: it exists and its structure reaches a
     * list of contracts. Throws {@link BatchInputException} with a French reason otherwise.
     */
    public static void check(Path file) {
        if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
            throw new BatchInputException("« " + file + " » : fichier DECP introuvable ou illisible.");
        }
        try (JsonParser p = Json.mapper().getFactory().createParser(Files.newInputStream(file))) {
            JsonToken t = p.nextToken();
            if (t == JsonToken.START_ARRAY) {
                return;
            }
            if (t == JsonToken.START_OBJECT) {
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String name = p.currentName();
                    p.nextToken();
                    if ("marches".equals(name)) {
                        return;
                    }
                    p.skipChildren();
                }
            }
        } catch (IOException e) {
            throw new BatchInputException("« " + file + " » : DECP illisibles (" + e.getMessage() + ").", e);
        }
        throw new BatchInputException("« " + file + " » : pas de liste « marches » ; ce n'est pas un fichier DECP "
                + "au format JSON.");
    }

    public static DecpFile read(Path file) {
        List<DecpRecord> records = new ArrayList<>();
        boolean[] v2 = {false};
        int[] counts = {0, 0}; // with considerations, skipped
        try (JsonParser p = Json.mapper().getFactory().createParser(Files.newInputStream(file))) {
            JsonToken t = p.nextToken();
            if (t == JsonToken.START_ARRAY) {
                readArray(p, records, v2, counts);
            } else if (t == JsonToken.START_OBJECT) {
                if (!seekMarches(p, records, v2, counts)) {
                    throw new BatchInputException("« " + file + " » : pas de liste « marches » ; ce n'est pas un "
                            + "fichier DECP au format JSON.");
                }
            } else {
                throw new BatchInputException("« " + file + " » : JSON inattendu pour des DECP.");
            }
        } catch (IOException e) {
            throw new BatchInputException("« " + file + " » : DECP illisibles (" + e.getMessage() + ").", e);
        }
        return new DecpFile(file, v2[0] ? "v2" : "v1", records, counts[0], counts[1]);
    }

    private static boolean seekMarches(JsonParser p, List<DecpRecord> out, boolean[] v2, int[] counts)
            throws IOException {
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            JsonToken v = p.nextToken();
            if ("marches".equals(name)) {
                if (v == JsonToken.START_ARRAY) {
                    readArray(p, out, v2, counts);
                    return true;
                }
                if (v == JsonToken.START_OBJECT) {
                    // v2: {"marche": [...], "contrat-concession": [...]}
                    boolean found = false;
                    while (p.nextToken() == JsonToken.FIELD_NAME) {
                        String inner = p.currentName();
                        JsonToken iv = p.nextToken();
                        if ("marche".equals(inner) && iv == JsonToken.START_ARRAY) {
                            v2[0] = true;
                            readArray(p, out, v2, counts);
                            found = true;
                        } else {
                            p.skipChildren();
                        }
                    }
                    return found;
                }
            }
            p.skipChildren();
        }
        return false;
    }

    private static void readArray(JsonParser p, List<DecpRecord> out, boolean[] v2, int[] counts) throws IOException {
        while (p.nextToken() == JsonToken.START_OBJECT) {
            JsonNode n = Json.mapper().readTree(p);
            if (isConcession(n)) {
                continue;
            }
            n.fieldNames().forEachRemaining(f -> v2[0] |= V2_FIELDS.contains(f));
            DecpRecord r = toRecord(n);
            if (r.id() == null || r.object() == null) {
                counts[1]++;
                continue;
            }
            if (r.hasConsiderations()) {
                counts[0]++;
            }
            out.add(r);
        }
    }

    private static boolean isConcession(JsonNode n) {
        String type = text(n, "_type");
        return type != null && type.toLowerCase(java.util.Locale.ROOT).contains("concession");
    }

    static DecpRecord toRecord(JsonNode n) {
        JsonNode buyer = n.get("acheteur");
        return new DecpRecord(text(n, "id"), buyer == null ? null : text(buyer, "id"),
                buyer == null ? null : text(buyer, "nom"), text(n, "objet"), text(n, "codeCPV"), text(n, "procedure"),
                text(n, "dateNotification"), considerations(n.get("considerationsEnvironnementales")),
                considerations(n.get("considerationsSociales")));
    }

    /** The values of a considerations field, whatever its shape; null when absent. */
    static List<String> considerations(JsonNode node) {
        if (node == null || node.isNull()) {
            return null;
        }
        List<String> out = new ArrayList<>();
        collect(node, out);
        return out;
    }

    private static void collect(JsonNode node, List<String> out) {
        if (node.isTextual()) {
            for (String part : node.asText().split("[,;|]")) {
                if (!part.isBlank()) {
                    out.add(part.strip());
                }
            }
        } else if (node.isArray()) {
            node.forEach(x -> collect(x, out));
        } else if (node.isObject()) {
            node.forEach(x -> collect(x, out));
        }
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        if (v == null || v.isNull() || v.isContainerNode()) {
            return null;
        }
        String s = v.asText().strip();
        return s.isEmpty() ? null : s;
    }
}
