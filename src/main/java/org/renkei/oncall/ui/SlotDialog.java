package org.renkei.oncall.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.renkei.directory.MemberSummary;
import org.renkei.kit.Forms;
import org.renkei.oncall.RotaService;
import org.renkei.oncall.SlotInfo;
import org.renkei.oncall.Times;
import org.renkei.platform.InvalidInputException;
import org.renkei.platform.RenkeiException;
import org.renkei.security.Actor;

/** Puts a doctor and a backup on a rota slot (or clears it): the association's administrators. */
final class SlotDialog extends Dialog {

    final Select<MemberSummary> doctor = new Select<>();
    final Select<MemberSummary> backup = new Select<>();
    final Button save = new Button();

    SlotDialog(RotaService rota, Actor actor, SlotInfo slot, Runnable saved) {
        setHeaderTitle(getTranslation("oncall.page.rota.assign", Times.period(slot.startsAt(), slot.endsAt())));
        List<MemberSummary> doctors = rota.doctors(actor, slot.poolId());
        for (Select<MemberSummary> s : List.of(doctor, backup)) {
            s.setItems(doctors);
            s.setItemLabelGenerator(m -> m == null ? "" : m.facilityName() == null ? m.name()
                    : getTranslation("join.paren", m.name(), m.facilityName()));
            s.setEmptySelectionAllowed(true);
            s.setEmptySelectionCaption(getTranslation("oncall.page.rota.none"));
            s.setWidthFull();
        }
        doctor.setLabel(getTranslation("oncall.page.rota.doctor"));
        doctor.setId("slot-doctor");
        backup.setLabel(getTranslation("oncall.page.rota.backup-doctor"));
        backup.setId("slot-backup");
        doctors.stream().filter(m -> Objects.equals(m.id(), slot.coveringMemberId())).findFirst().ifPresent(doctor::setValue);
        doctors.stream().filter(m -> Objects.equals(m.id(), slot.backupMemberId())).findFirst().ifPresent(backup::setValue);
        add(new FormLayout(doctor, backup));
        save.setText(getTranslation("action.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("save-slot");
        save.addClickListener(e -> {
            try {
                rota.assign(actor, slot.id(), doctor.getValue() == null ? null : doctor.getValue().id(),
                        backup.getValue() == null ? null : backup.getValue().id());
                close();
                Forms.success(getTranslation("oncall.page.rota.assigned"));
                saved.run();
            } catch (InvalidInputException x) {
                Forms.show(x, this, Map.of("covering", doctor, "backup", backup));
            } catch (RenkeiException x) {
                Forms.error(this, x);
            }
        });
        getFooter().add(new Button(getTranslation("action.cancel"), x -> close()), save);
        setWidth("min(30rem, 95vw)");
    }
}
