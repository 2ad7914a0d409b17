package org.renkei.directory.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;
import java.util.Arrays;
import java.util.Map;
import org.renkei.directory.AssociationInfo;
import org.renkei.directory.AssociationService;
import org.renkei.directory.AssociationService.NewAssociation;
import org.renkei.kit.Forms;
import org.renkei.platform.InvalidInputException;
import org.renkei.platform.RenkeiException;
import org.renkei.security.Actor;
import org.renkei.security.CurrentActor;

/**
 * 医師会の管理 (portal operators): the associations of the metropolis. A new association gets its
 * districts and an office (事務局) facility, where its administrators are then added.
 */
@Route("system/associations")
@Menu(title = "associations.title", order = 90, icon = "vaadin:sitemap")
@RolesAllowed("SYSTEM_ADMIN")
class AssociationsView extends VerticalLayout implements HasDynamicTitle {

    final Grid<AssociationInfo> grid = new Grid<>();
    final Button create = new Button();

    AssociationsView(AssociationService associations, CurrentActor currentActor) {
        Actor actor = currentActor.require();
        addClassName("page");
        setSizeFull();
        grid.addColumn(AssociationInfo::name).setHeader(getTranslation("association.name")).setFlexGrow(2);
        grid.addColumn(AssociationInfo::code).setHeader(getTranslation("association.code")).setAutoWidth(true);
        grid.addColumn(a -> a.phone() == null ? "" : a.phone()).setHeader(getTranslation("facility.phone")).setAutoWidth(true);
        grid.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate(FacilityView.class,
                new RouteParameters("id", String.valueOf(associations.officeOf(e.getItem().id()))))));
        grid.setItems(associations.all());
        grid.setSizeFull();
        create.setText(getTranslation("association.create"));
        create.setIcon(VaadinIcon.PLUS.create());
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickListener(e -> dialog(associations, actor).open());
        add(create, grid);
    }

    private Dialog dialog(AssociationService associations, Actor actor) {
        Dialog dialog = new Dialog(getTranslation("association.create"));
        TextField code = new TextField(getTranslation("association.code"));
        code.setHelperText(getTranslation("association.code-help"));
        TextField name = new TextField(getTranslation("association.name"));
        TextField kana = new TextField(getTranslation("association.name-kana"));
        TextField prefecture = new TextField(getTranslation("association.prefecture"), "東京都", "");
        TextField phone = new TextField(getTranslation("facility.phone"));
        EmailField email = new EmailField(getTranslation("facility.email"));
        TextArea districts = new TextArea(getTranslation("association.districts"));
        districts.setHelperText(getTranslation("association.districts-help"));
        FormLayout form = new FormLayout(code, name, kana, prefecture, phone, email, districts);
        dialog.add(form);
        Button save = new Button(getTranslation("action.save"), e -> {
            try {
                associations.create(actor, new NewAssociation(code.getValue().strip(), name.getValue(), kana.getValue(),
                        prefecture.getValue(), phone.getValue(), email.getValue(),
                        Arrays.stream(districts.getValue().split("[,、\\n]")).map(String::strip).filter(s -> !s.isEmpty()).toList()));
                grid.setItems(associations.all());
                dialog.close();
            } catch (InvalidInputException ex) {
                Map<String, HasValidation> fields = Map.of("code", code, "name", name, "nameKana", kana,
                        "prefecture", prefecture, "phone", phone, "email", email, "districts", districts);
                Forms.show(ex, this, fields);
            } catch (RenkeiException ex) {
                Forms.error(this, ex);
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), e -> dialog.close()), save);
        return dialog;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("associations.title") + " | " + getTranslation("app.name");
    }
}
