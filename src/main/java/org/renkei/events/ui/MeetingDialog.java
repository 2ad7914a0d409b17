package org.renkei.events.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.timepicker.TimePicker;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.renkei.directory.FacilityType;
import org.renkei.directory.Profession;
import org.renkei.events.EventService;
import org.renkei.events.MeetingDetails;
import org.renkei.events.MeetingKind;
import org.renkei.events.MeetingPlan;
import org.renkei.kit.Forms;
import org.renkei.platform.InvalidInputException;
import org.renkei.platform.RenkeiException;
import org.renkei.platform.TimeConfiguration;
import org.renkei.security.Actor;

/** Announces a meeting, or changes one: kind, title, when, where, for whom, seats in all and per profession. */
final class MeetingDialog extends Dialog {

    final Select<MeetingKind> kind = new Select<>();
    final TextField title = new TextField();
    final TextArea description = new TextArea();
    final DatePicker day = new DatePicker();
    final TimePicker start = new TimePicker();
    final TimePicker end = new TimePicker();
    final TextField place = new TextField();
    final TextField videoUrl = new TextField();
    final Checkbox openToAll = new Checkbox();
    final MultiSelectComboBox<Profession> professions = new MultiSelectComboBox<>();
    final MultiSelectComboBox<FacilityType> facilityTypes = new MultiSelectComboBox<>();
    final IntegerField capacity = new IntegerField();
    final Div quotaFields = new Div();
    final Map<Profession, IntegerField> quotas = new EnumMap<>(Profession.class);
    final DatePicker deadline = new DatePicker();
    final Checkbox certificate = new Checkbox();
    final Button save = new Button();

    /**
     * @param existing the meeting to change, or null to announce one for {@code organiserFacilityId}
     */
    MeetingDialog(EventService events, Actor actor, long organiserFacilityId, @Nullable MeetingDetails existing,
            Consumer<MeetingDetails> done) {
        setHeaderTitle(getTranslation(existing == null ? "events.form.new" : "events.form.change"));
        kind.setLabel(getTranslation("events.form.kind"));
        kind.setItems(MeetingKind.values());
        kind.setItemLabelGenerator(k -> getTranslation("events.kind." + k));
        kind.setValue(MeetingKind.LIAISON);
        title.setLabel(getTranslation("events.form.title"));
        title.setMaxLength(200);
        title.setRequiredIndicatorVisible(true);
        description.setLabel(getTranslation("events.form.description"));
        description.setMaxLength(4000);
        day.setLabel(getTranslation("events.form.day"));
        day.setRequiredIndicatorVisible(true);
        start.setLabel(getTranslation("events.form.start"));
        start.setValue(LocalTime.of(19, 0));
        end.setLabel(getTranslation("events.form.end"));
        end.setValue(LocalTime.of(20, 30));
        place.setLabel(getTranslation("events.form.place"));
        videoUrl.setLabel(getTranslation("events.form.video"));
        videoUrl.setPlaceholder("https://");
        openToAll.setLabel(getTranslation("events.form.open-to-all"));
        professions.setLabel(getTranslation("events.form.professions"));
        professions.setHelperText(getTranslation("events.form.everyone"));
        professions.setItems(Profession.values());
        professions.setItemLabelGenerator(p -> getTranslation("profession." + p));
        facilityTypes.setLabel(getTranslation("events.form.facility-types"));
        facilityTypes.setHelperText(getTranslation("events.form.everyone"));
        facilityTypes.setItems(FacilityType.values());
        facilityTypes.setItemLabelGenerator(t -> getTranslation("facility-type." + t));
        capacity.setLabel(getTranslation("events.form.capacity"));
        capacity.setMin(1);
        capacity.setHelperText(getTranslation("events.form.capacity-help"));
        quotaFields.addClassName("filters");
        quotaFields.setId("events-quotas");
        professions.addValueChangeListener(e -> rebuildQuotas());
        deadline.setLabel(getTranslation("events.form.deadline"));
        certificate.setLabel(getTranslation("events.form.certificate"));
        if (existing != null) {
            kind.setValue(existing.kind());
            title.setValue(existing.title());
            description.setValue(existing.description() == null ? "" : existing.description());
            day.setValue(Parts.local(existing.startsAt()).toLocalDate());
            start.setValue(Parts.local(existing.startsAt()).toLocalTime());
            end.setValue(Parts.local(existing.endsAt()).toLocalTime());
            place.setValue(existing.place() == null ? "" : existing.place());
            videoUrl.setValue(existing.videoUrl() == null ? "" : existing.videoUrl());
            openToAll.setValue(existing.openToAll());
            professions.setValue(existing.professions());
            facilityTypes.setValue(existing.facilityTypes());
            capacity.setValue(existing.capacity());
            existing.seats().forEach((p, s) -> {
                IntegerField f = quotas.get(p);
                if (f != null) {
                    f.setValue(s.seats());
                }
            });
            deadline.setValue(existing.deadline() == null ? null : Parts.local(existing.deadline()).toLocalDate().minusDays(1));
            certificate.setValue(existing.certificate());
        }
        FormLayout form = new FormLayout(kind, title, description, day, start, end, place, videoUrl, openToAll, professions,
                facilityTypes, capacity, quotaFields, deadline, certificate);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("32em", 3));
        form.setColspan(title, 3);
        form.setColspan(description, 3);
        form.setColspan(place, 3);
        form.setColspan(videoUrl, 3);
        form.setColspan(openToAll, 3);
        form.setColspan(professions, 3);
        form.setColspan(facilityTypes, 3);
        form.setColspan(quotaFields, 2);
        form.setColspan(certificate, 3);
        add(form);
        save.setText(getTranslation(existing == null ? "events.form.announce" : "events.form.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("events-form-save");
        save.addClickListener(e -> {
            if (Parts.missing(this, title) | Parts.missing(this, day) | Parts.missing(this, start) | Parts.missing(this, end)) {
                return;
            }
            try {
                MeetingPlan plan = plan();
                done.accept(existing == null ? events.plan(actor, organiserFacilityId, plan) : events.change(actor, existing.id(), plan));
                close();
            } catch (InvalidInputException ex) {
                Map<String, HasValidation> fields = Map.of("title", title, "description", description, "startsAt", day, "endsAt", end,
                        "place", place, "videoUrl", videoUrl, "capacity", capacity, "deadline", deadline, "quotas", capacity);
                Forms.show(ex, this, fields);
            } catch (RenkeiException ex) {
                Forms.error(this, ex);
            }
        });
        Button cancel = new Button(getTranslation("action.cancel"), e -> close());
        getFooter().add(cancel, save);
        setWidth("min(56rem, 100vw)");
    }

    private void rebuildQuotas() {
        Map<Profession, Integer> kept = new EnumMap<>(Profession.class);
        quotas.forEach((p, f) -> {
            if (f.getValue() != null) {
                kept.put(p, f.getValue());
            }
        });
        quotas.clear();
        quotaFields.removeAll();
        professions.getValue().stream().sorted().forEach(p -> {
            IntegerField f = new IntegerField(getTranslation("events.form.quota", getTranslation("profession." + p)));
            f.setMin(0);
            f.setValue(kept.get(p));
            f.setId("events-quota-" + p);
            quotas.put(p, f);
            quotaFields.add(f);
        });
    }

    MeetingPlan plan() {
        LocalDate d = day.getValue();
        Map<Profession, Integer> seats = new EnumMap<>(Profession.class);
        quotas.forEach((p, f) -> {
            if (f.getValue() != null) {
                seats.put(p, f.getValue());
            }
        });
        return new MeetingPlan(kind.getValue(), title.getValue(), description.getValue(),
                d.atTime(start.getValue()).atZone(TimeConfiguration.TOKYO).toInstant(),
                d.atTime(end.getValue()).atZone(TimeConfiguration.TOKYO).toInstant(), place.getValue(), videoUrl.getValue(),
                openToAll.getValue(), professions.getValue(), facilityTypes.getValue(), capacity.getValue(), seats,
                deadline.getValue() == null ? null : deadline.getValue().plusDays(1).atStartOfDay(TimeConfiguration.TOKYO).toInstant(),
                certificate.getValue());
    }
}
