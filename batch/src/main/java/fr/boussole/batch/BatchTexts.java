package fr.boussole.batch;

import fr.boussole.report.Messages;
import java.util.Locale;

/** The batch's bundle ({@code fr/boussole/batch/messages_fr|en.properties}), French unless English is asked. */
public final class BatchTexts {

    static final String BUNDLE = "fr.boussole.batch.messages";

    private BatchTexts() {
    }

    public static Messages of(Locale locale) {
        return Messages.of(BUNDLE, locale);
    }
}
