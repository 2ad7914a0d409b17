package org.renkei.kit;

import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;

/** The lists' search box: a magnifier, a clear button, and a search that starts when typing pauses. */
public final class SearchFields {

    private SearchFields() {}

    public static TextField prepare(TextField field, String placeholder) {
        field.setPlaceholder(placeholder);
        field.setPrefixComponent(VaadinIcon.SEARCH.create());
        field.setClearButtonVisible(true);
        field.setValueChangeMode(ValueChangeMode.LAZY);
        return field;
    }
}
