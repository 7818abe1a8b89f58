package fr.boussole.model;

/**
 * Stable codes for input problems. The code never changes once published; the French
 * text is what the buyer reads.
 */
public enum ProblemCode {
    FILE_NOT_FOUND(Level.ERROR, "fichier introuvable"),
    FILE_EMPTY(Level.ERROR, "fichier vide"),
    FILE_UNREADABLE(Level.ERROR, "fichier illisible (droits ou erreur d'entrée-sortie)"),
    FILE_TOO_LARGE(Level.ERROR, "fichier trop volumineux"),
    FILE_CORRUPT(Level.ERROR, "fichier corrompu ou tronqué"),
    FILE_ENCRYPTED(Level.ERROR, "fichier chiffré ou protégé par mot de passe"),
    FORMAT_UNSUPPORTED(Level.ERROR, "format non pris en charge"),
    PARSE_FAILED(Level.ERROR, "échec de l'extraction du texte"),
    PARSE_TIMEOUT(Level.ERROR, "extraction interrompue : délai dépassé"),
    PARSE_CRASHED(Level.ERROR, "extraction interrompue : l'analyseur a échoué (mémoire ou plantage)"),
    NO_TEXT(Level.ERROR, "aucun texte exploitable dans le fichier"),
    ZIP_CORRUPT(Level.ERROR, "archive ZIP corrompue"),
    ZIP_ENCRYPTED(Level.ERROR, "entrée d'archive ZIP chiffrée"),
    ZIP_PATH_TRAVERSAL(Level.ERROR, "entrée d'archive refusée : chemin hors de l'archive"),
    ZIP_TOO_MANY_ENTRIES(Level.ERROR, "archive refusée : trop d'entrées"),
    ZIP_TOO_LARGE(Level.ERROR, "archive refusée : taille décompressée excessive"),
    ZIP_RATIO(Level.ERROR, "entrée d'archive refusée : taux de compression suspect (bombe ZIP)"),
    ZIP_TOO_DEEP(Level.ERROR, "archive refusée : trop de niveaux d'archives imbriquées"),
    PAGE_SCANNED(Level.WARNING, "page scannée sans texte"),
    OCR_UNAVAILABLE(Level.WARNING, "OCR indisponible : pages scannées non lues"),
    OCR_FAILED(Level.WARNING, "échec de l'OCR"),
    FILE_SKIPPED(Level.INFO, "fichier ignoré");

    /** How serious a problem is. */
    public enum Level { ERROR, WARNING, INFO }

    private final Level level;
    private final String label;

    ProblemCode(Level level, String label) {
        this.level = level;
        this.label = label;
    }

    public Level level() {
        return level;
    }

    /** Short French description. */
    public String label() {
        return label;
    }
}
