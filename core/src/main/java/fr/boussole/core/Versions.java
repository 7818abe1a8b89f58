package fr.boussole.core;

import fr.boussole.rules.pack.PackLoader;

/** Version of Boussole, used in results, caches and pack compatibility checks. */
public final class Versions {

    private Versions() {
    }

    public static String boussole() {
        return PackLoader.BOUSSOLE_VERSION;
    }
}
