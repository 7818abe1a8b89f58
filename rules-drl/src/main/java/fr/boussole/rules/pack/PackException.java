package fr.boussole.rules.pack;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A pack, a pack set, a lockfile or a waiver file that cannot be used. Carries every located problem found;
 * the message is French, one problem per line.
 */
public class PackException extends RuntimeException {

    private final List<PackError> errors;

    public PackException(List<PackError> errors) {
        this(errors, null);
    }

    public PackException(List<PackError> errors, Throwable cause) {
        super(errors.stream().map(PackError::toLine).collect(Collectors.joining("\n")), cause);
        this.errors = List.copyOf(errors);
    }

    public PackException(PackError error) {
        this(List.of(error));
    }

    public PackException(String pack, String file, int line, String message) {
        this(new PackError(pack, file, line, message));
    }

    public List<PackError> errors() {
        return errors;
    }
}
