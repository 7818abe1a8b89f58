package fr.boussole.rules.pack;

import java.time.LocalDate;
import java.util.regex.Pattern;

/**
 * One waiver (dérogation): the buyer accepts a gap on a criterion for some tenders, with a justification.
 *
 * @param criterion     criterion id (or former id)
 * @param scope         tender id, glob ({@code *}, {@code ?}) or {@code "*"}
 * @param justification why (mandatory)
 * @param author        who signed it
 * @param date          when
 * @param expires       optional expiry (the waiver is ignored after it)
 * @param line          line in the waiver file (for messages)
 */
public record Waiver(String criterion, String scope, String justification, String author, LocalDate date,
                     LocalDate expires, int line) {

    /** True when the scope covers the tender id. */
    public boolean covers(String tenderId) {
        if (scope == null || scope.equals("*")) {
            return true;
        }
        if (tenderId == null) {
            return false;
        }
        StringBuilder re = new StringBuilder();
        for (char c : scope.toCharArray()) {
            switch (c) {
                case '*' -> re.append(".*");
                case '?' -> re.append('.');
                default -> re.append(Pattern.quote(String.valueOf(c)));
            }
        }
        return Pattern.matches(re.toString(), tenderId);
    }

    public boolean expiredOn(LocalDate day) {
        return expires != null && day != null && expires.isBefore(day);
    }
}
