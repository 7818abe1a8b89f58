package fr.boussole.core;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * Which packs judge the tender, and how.
 *
 * @param builtins   built-in packs to use: null = all of them, empty = none
 * @param extraPacks packs given by the user (paths to folders, .zip, .jar, or built-in ids)
 * @param trusted    ids of user packs whose DRL is trusted (built-in packs always are)
 * @param lockFile   lockfile to verify, or null
 * @param waivers    waivers file, or null
 * @param checkDate  day of the check (date gates when the launch date is unknown); null = today
 */
public record CheckOptions(List<String> builtins, List<String> extraPacks, Set<String> trusted, Path lockFile,
                           Path waivers, LocalDate checkDate) {

    public CheckOptions {
        extraPacks = extraPacks == null ? List.of() : List.copyOf(extraPacks);
        trusted = trusted == null ? Set.of() : Set.copyOf(trusted);
    }

    public static CheckOptions defaults() {
        return new CheckOptions(null, List.of(), Set.of(), null, null, null);
    }
}
