package fr.boussole.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * One document of the DCE.
 *
 * @param id          short id, unique in the tender ({@code p1}, {@code p2}…)
 * @param path        display path relative to the DCE root; inside archives {@code dce.zip!/Technique/CCTP.odt}
 * @param fileName    last path element
 * @param mediaType   detected media type
 * @param role        role in the DCE
 * @param roleReason  French explanation of why this role was chosen
 * @param title       title read on the first page or in metadata, if any
 * @param pages       page count for paginated formats, else null
 * @param sha256      hash of the file bytes
 * @param size        file size in bytes
 * @param text        full extracted text (clause offsets point into it); omitted from compact JSON
 * @param scannedPages pages without a text layer
 * @param ocrPages    pages whose text comes from OCR
 * @param errors      problems met on this piece
 * @param clauses     located clauses
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Piece(
        String id,
        String path,
        String fileName,
        String mediaType,
        PieceRole role,
        String roleReason,
        String title,
        Integer pages,
        String sha256,
        long size,
        String text,
        List<Integer> scannedPages,
        List<Integer> ocrPages,
        @JsonInclude(JsonInclude.Include.ALWAYS) List<Problem> errors,
        @JsonInclude(JsonInclude.Include.ALWAYS) List<Clause> clauses) {

    public Piece {
        scannedPages = scannedPages == null ? List.of() : List.copyOf(scannedPages);
        ocrPages = ocrPages == null ? List.of() : List.copyOf(ocrPages);
        errors = errors == null ? List.of() : List.copyOf(errors);
        clauses = clauses == null ? List.of() : List.copyOf(clauses);
    }

    public boolean readable() {
        return !clauses.isEmpty();
    }

    public Piece withRole(PieceRole newRole, String reason, List<Clause> newClauses) {
        return new Piece(id, path, fileName, mediaType, newRole, reason, title, pages, sha256, size, text,
                scannedPages, ocrPages, errors, newClauses);
    }

    public Piece withoutText() {
        return new Piece(id, path, fileName, mediaType, role, roleReason, title, pages, sha256, size, null,
                scannedPages, ocrPages, errors, clauses);
    }
}
