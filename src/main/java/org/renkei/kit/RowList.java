package org.renkei.kit;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/** An editable list of small rows (a summary's problems, a plan's contacts …): add a row, remove a row. */
public class RowList<T> extends Div {

    /** One row's fields; {@code value()} is null while the row is blank (blank rows are not saved). */
    public interface Row<T> {
        Component component();

        @Nullable T value();
    }

    private final List<Row<T>> rows = new ArrayList<>();
    private final Function<@Nullable T, Row<T>> factory;
    private final Div body = new Div();
    public final Button add;

    public RowList(String addLabel, List<T> initial, Function<@Nullable T, Row<T>> factory) {
        this.factory = factory;
        addClassName("row-list");
        body.addClassName("row-list-body");
        add = new Button(addLabel, VaadinIcon.PLUS.create(), e -> addRow(null));
        add.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        add(body, add);
        initial.forEach(this::addRow);
    }

    public Row<T> addRow(@Nullable T value) {
        Row<T> row = factory.apply(value);
        Button remove = new Button(VaadinIcon.CLOSE_SMALL.create());
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ERROR);
        remove.setAriaLabel(getTranslation("action.remove"));
        Div line = new Div(row.component(), remove);
        line.addClassName("row-list-row");
        remove.addClickListener(e -> {
            rows.remove(row);
            body.remove(line);
        });
        rows.add(row);
        body.add(line);
        return row;
    }

    public List<Row<T>> rows() {
        return rows;
    }

    public List<T> values() {
        List<T> values = new ArrayList<>();
        for (Row<T> r : rows) {
            T v = r.value();
            if (v != null) {
                values.add(v);
            }
        }
        return values;
    }
}
