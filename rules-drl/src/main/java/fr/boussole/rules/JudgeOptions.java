package fr.boussole.rules;

import fr.boussole.rules.pack.WaiverSet;
import java.time.LocalDate;

/**
 * Options of one check.
 *
 * @param checkDate day of the check (expiry of waivers, launch date fallback); null → today
 * @param waivers   waivers to apply; null → none
 */
public record JudgeOptions(LocalDate checkDate, WaiverSet waivers) {

    public JudgeOptions {
        waivers = waivers == null ? WaiverSet.empty() : waivers;
    }

    public static JudgeOptions defaults() {
        return new JudgeOptions(null, null);
    }

    public LocalDate day() {
        return checkDate != null ? checkDate : LocalDate.now();
    }
}
