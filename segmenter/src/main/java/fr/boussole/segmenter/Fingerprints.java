package fr.boussole.segmenter;

import fr.boussole.model.Clause;
import fr.boussole.model.PieceRole;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * Stable clause fingerprints: the first 16 hex digits of SHA-256 over the piece role code, the article
 * path and the normalised text, separated by U+001F. They survive re-extraction, page shifts and
 * clause renumbering inside an article; they change when the words, the article or the piece role change.
 */
public final class Fingerprints {

    private static final char SEP = '\u001F';

    private Fingerprints() {
    }

    public static String of(Clause clause, PieceRole role) {
        StringBuilder sb = new StringBuilder();
        sb.append(role == null ? "" : role.code()).append(SEP)
                .append(String.join(" > ", clause.articlePath())).append(SEP)
                .append(clause.normText() == null ? "" : clause.normText());
        try {
            byte[] h = MessageDigest.getInstance("SHA-256").digest(sb.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(h).substring(0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The clause with its piece role and the matching fingerprint set. */
    public static Clause withRole(Clause clause, PieceRole role) {
        return clause.withRole(role, of(clause, role));
    }

    /** Every clause with its piece role and fingerprint set. */
    public static List<Clause> withRole(List<Clause> clauses, PieceRole role) {
        return clauses.stream().map(c -> withRole(c, role)).toList();
    }
}
