package fr.boussole.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * One problem met while reading the input. Always carries the path of the file concerned
 * and a French message; {@code detail} keeps the technical cause for support.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(String path, ProblemCode code, ProblemCode.Level level, String message, String detail,
                      List<Integer> pages) {

    public Problem {
        pages = pages == null ? List.of() : List.copyOf(pages);
        if (level == null) {
            level = code.level();
        }
    }

    public static Problem of(String path, ProblemCode code, String detail) {
        return new Problem(path, code, code.level(), code.label(), detail, List.of());
    }

    public static Problem of(String path, ProblemCode code, String message, String detail) {
        return new Problem(path, code, code.level(), message, detail, List.of());
    }

    public static Problem pages(String path, ProblemCode code, String message, List<Integer> pages) {
        return new Problem(path, code, code.level(), message, null, pages);
    }

    public boolean isError() {
        return level == ProblemCode.Level.ERROR;
    }

    /** One line for a console: {@code [CODE] path : message (detail)}. */
    public String toLine() {
        StringBuilder sb = new StringBuilder();
        sb.append('[').append(code.name()).append("] ").append(path).append(" : ").append(message);
        if (!pages.isEmpty()) {
            sb.append(" (pages ").append(pages).append(')');
        }
        if (detail != null && !detail.isBlank()) {
            sb.append(" — ").append(detail);
        }
        return sb.toString();
    }
}
