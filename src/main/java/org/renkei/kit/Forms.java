package org.renkei.kit;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.renkei.platform.InvalidInputException;
import org.renkei.platform.RenkeiException;

/** How views show a service's refusal: under the fields it names, or as a notification. */
public final class Forms {

    private Forms() {}

    /**
     * Marks the named fields invalid with the translated problems and clears the others. Problems of
     * fields not on the form go to {@code fallback}, or to a notification when there is none.
     */
    public static void show(InvalidInputException e, Component view, Map<String, ? extends HasValidation> fields,
            @Nullable HasValidation fallback) {
        fields.values().forEach(f -> f.setInvalid(false));
        if (fallback != null) {
            fallback.setInvalid(false);
        }
        Map<HasValidation, List<String>> messages = new LinkedHashMap<>();
        List<String> unplaced = new ArrayList<>();
        for (InvalidInputException.Problem p : e.problems()) {
            String text = view.getTranslation(p.messageKey(), p.arguments().toArray());
            HasValidation field = fields.get(p.field());
            if (field == null) {
                field = fallback;
            }
            if (field == null) {
                unplaced.add(text);
            } else {
                messages.computeIfAbsent(field, f -> new ArrayList<>()).add(text);
            }
        }
        messages.forEach((field, texts) -> {
            field.setErrorMessage(String.join(" ", texts));
            field.setInvalid(true);
        });
        if (!unplaced.isEmpty()) {
            error(view, String.join(" ", unplaced));
        }
    }

    public static void show(InvalidInputException e, Component view, Map<String, ? extends HasValidation> fields) {
        show(e, view, fields, null);
    }

    /** A refusal that belongs to no field: shown as an error notification. */
    public static void error(Component view, RenkeiException e) {
        error(view, view.getTranslation(e.messageKey(), e.arguments()));
    }

    public static void error(Component view, String text) {
        Notification n = Notification.show(text, 6000, Notification.Position.TOP_CENTER);
        n.addThemeVariants(NotificationVariant.LUMO_ERROR);
    }

    public static void success(String text) {
        Notification n = Notification.show(text, 4000, Notification.Position.BOTTOM_CENTER);
        n.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }
}
