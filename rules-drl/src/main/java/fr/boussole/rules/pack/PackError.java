package fr.boussole.rules.pack;

/**
 * One problem in a pack, located: pack id (or path when the id is unknown), file inside the pack, line
 * (1-based, 0 when unknown) and a French message.
 */
public record PackError(String pack, String file, int line, String message) {

    /** {@code pack « loi », criteria/LEG-01.yaml, ligne 12 : message} */
    public String toLine() {
        StringBuilder sb = new StringBuilder("pack « ").append(pack).append(" »");
        if (file != null) {
            sb.append(", ").append(file);
        }
        if (line > 0) {
            sb.append(", ligne ").append(line);
        }
        return sb.append(" : ").append(message).toString();
    }
}
