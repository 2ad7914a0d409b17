package org.renkei.platform;

import com.vaadin.flow.i18n.I18NProvider;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.springframework.context.MessageSource;
import org.springframework.context.NoSuchMessageException;
import org.springframework.stereotype.Component;

/**
 * The portal's texts, Japanese first and English second, from {@code messages*.properties}. Vaadin
 * uses it for the UI (the first provided locale is what a browser asking for neither gets), the API
 * and the mails use it through {@link #text}.
 */
@Component
public class Translations implements I18NProvider {

    public static final Locale JAPANESE = Locale.JAPANESE;
    public static final Locale ENGLISH = Locale.ENGLISH;
    private static final List<Locale> LOCALES = List.of(JAPANESE, ENGLISH);

    private final MessageSource messages;

    public Translations(MessageSource messages) {
        this.messages = messages;
    }

    @Override
    public List<Locale> getProvidedLocales() {
        return LOCALES;
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        return text(key, locale, params);
    }

    /** The text for a key; the key itself in brackets when it is missing, so a gap shows instead of failing. */
    public String text(String key, Locale locale, Object... params) {
        try {
            return messages.getMessage(key, params, supported(locale));
        } catch (NoSuchMessageException e) {
            return "!" + key + "!";
        }
    }

    public String text(RenkeiException e, Locale locale) {
        return text(e.messageKey(), locale, e.arguments());
    }

    /** The codes under a key prefix ({@code audit.action.} gives every audited action), in file order. */
    public List<String> keys(String prefix) {
        ResourceBundle bundle = ResourceBundle.getBundle("messages", Locale.ROOT);
        return bundle.keySet().stream().filter(k -> k.startsWith(prefix)).map(k -> k.substring(prefix.length()))
                .sorted().toList();
    }

    /** English for a browser that asks for English, Japanese for everyone else. */
    public static Locale supported(Locale locale) {
        return ENGLISH.getLanguage().equals(locale.getLanguage()) ? ENGLISH : JAPANESE;
    }
}
