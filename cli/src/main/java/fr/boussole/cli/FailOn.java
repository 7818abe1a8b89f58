package fr.boussole.cli;

import fr.boussole.model.Severity;
import java.util.Locale;
import picocli.CommandLine;

/** Parses --fail-on: a severity, or "aucune"/"none" (never fail on gaps). */
final class FailOn {

    private FailOn() {
    }

    static Severity parse(String value, CommandLine.Model.CommandSpec spec) {
        if (value == null || value.isBlank()) {
            return Severity.OBLIGATION;
        }
        String v = value.trim().toLowerCase(Locale.ROOT);
        if (v.equals("aucune") || v.equals("none") || v.equals("jamais") || v.equals("never")) {
            return null;
        }
        try {
            return Severity.fromCode(v);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    BoussoleCli.texts(spec).get("error.failOn", value));
        }
    }
}
