package fr.boussole.rules.pack;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** The waivers sidecar file ({@code --waivers FILE}). Immutable. */
public final class WaiverSet {

    private static final WaiverSet EMPTY = new WaiverSet(List.of(), null);

    private final List<Waiver> waivers;
    private final String name;

    private WaiverSet(List<Waiver> waivers, String name) {
        this.waivers = List.copyOf(waivers);
        this.name = name;
    }

    public static WaiverSet empty() {
        return EMPTY;
    }

    public static WaiverSet of(List<Waiver> waivers) {
        return new WaiverSet(waivers, "dérogations");
    }

    public List<Waiver> waivers() {
        return waivers;
    }

    public String name() {
        return name;
    }

    public static WaiverSet load(Path file) {
        String name = file.getFileName().toString();
        try {
            return parse(Files.readString(file, StandardCharsets.UTF_8), name);
        } catch (IOException e) {
            throw new PackException(List.of(new PackError(name, null, 0, "fichier de dérogations illisible : "
                    + e.getMessage())), e);
        }
    }

    /** YAML file shape. */
    record FileDef(List<WaiverDef> waivers) {
    }

    record WaiverDef(String criterion, String scope, String justification, String author, LocalDate date,
                     LocalDate expires) {
    }

    /** Parses and validates; every problem is reported with its line. */
    public static WaiverSet parse(String text, String name) {
        FileDef def;
        try {
            def = PackLoader.yaml().readValue(text, FileDef.class);
        } catch (JsonProcessingException e) {
            throw new PackException(List.of(new PackError(name, null, PackLoader.line(e), PackLoader.frenchMessage(e))), e);
        }
        if (def == null || def.waivers() == null) {
            return new WaiverSet(List.of(), name);
        }
        List<PackError> errors = new ArrayList<>();
        List<Waiver> out = new ArrayList<>();
        List<Integer> itemLines = itemLines(text);
        int i = 0;
        for (WaiverDef w : def.waivers()) {
            int line = i < itemLines.size() ? itemLines.get(i) : 0;
            i++;
            String what = "dérogation n° " + i + (w.criterion() != null ? " (" + w.criterion() + ")" : "");
            if (w.criterion() == null || w.criterion().isBlank()) {
                errors.add(new PackError(name, null, line, what + " : critère (criterion) manquant"));
            }
            if (w.justification() == null || w.justification().isBlank()) {
                errors.add(new PackError(name, null, line, what + " : justification manquante (obligatoire : elle "
                        + "figure dans le rapport)"));
            }
            if (w.scope() == null || w.scope().isBlank()) {
                errors.add(new PackError(name, null, line, what + " : portée (scope) manquante : identifiant de "
                        + "consultation, motif avec * ou « * » pour toutes"));
            }
            if (w.expires() != null && w.date() != null && w.expires().isBefore(w.date())) {
                errors.add(new PackError(name, null, line, what + " : expire avant d'avoir été signée"));
            }
            out.add(new Waiver(w.criterion() == null ? null : w.criterion().strip(), w.scope(),
                    w.justification() == null ? null : w.justification().strip(), w.author(), w.date(), w.expires(),
                    line));
        }
        if (!errors.isEmpty()) {
            throw new PackException(errors);
        }
        return new WaiverSet(out, name);
    }

    /** Lines of the list items under {@code waivers:} (1-based). */
    private static List<Integer> itemLines(String text) {
        List<Integer> lines = new ArrayList<>();
        String[] all = text.split("\\R", -1);
        int indent = -1;
        for (int i = 0; i < all.length; i++) {
            String l = all[i];
            String t = l.stripLeading();
            if (t.startsWith("- ") || t.equals("-")) {
                int ind = l.length() - t.length();
                if (indent < 0) {
                    indent = ind;
                }
                if (ind == indent) {
                    lines.add(i + 1);
                }
            }
        }
        return lines;
    }

    /** The waivers matching a criterion (canonical id, resolved through the set's aliases) for a tender. */
    public List<Waiver> matching(String criterionId, String tenderId, PackSet set) {
        List<Waiver> out = new ArrayList<>();
        for (Waiver w : waivers) {
            String id = set == null ? w.criterion() : set.resolve(w.criterion());
            if (criterionId.equals(id) && w.covers(tenderId)) {
                out.add(w);
            }
        }
        return out;
    }

    /** Warnings for waivers naming unknown criteria or using former ids. */
    public List<String> check(PackSet set, LocalDate day) {
        List<String> warnings = new ArrayList<>();
        for (Waiver w : waivers) {
            String where = name + (w.line() > 0 ? ", ligne " + w.line() : "");
            if (set.resolve(w.criterion()) == null) {
                warnings.add(where + " : dérogation pour un critère inconnu « " + w.criterion() + " » : ignorée");
            } else if (set.deprecationNote(w.criterion()) != null) {
                warnings.add(where + " : " + set.deprecationNote(w.criterion()));
            }
            if (w.expiredOn(day)) {
                warnings.add(where + " : dérogation pour " + w.criterion() + " expirée le " + w.expires()
                        + " : ignorée");
            }
        }
        return warnings;
    }
}
