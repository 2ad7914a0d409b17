package org.renkei.patient.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.renkei.kit.RowList;
import org.renkei.patient.PatientSummary;
import org.renkei.patient.PatientSummary.Acp;
import org.renkei.patient.PatientSummary.AdlItem;
import org.renkei.patient.PatientSummary.AdlLevel;
import org.renkei.patient.PatientSummary.Allergy;
import org.renkei.patient.PatientSummary.AllergyKind;
import org.renkei.patient.PatientSummary.CareLevel;
import org.renkei.patient.PatientSummary.Contact;
import org.renkei.patient.PatientSummary.DementiaLevel;
import org.renkei.patient.PatientSummary.Device;
import org.renkei.patient.PatientSummary.ExpectedEvent;
import org.renkei.patient.PatientSummary.Independence;
import org.renkei.patient.PatientSummary.Medication;
import org.renkei.patient.PatientSummary.OnCall;
import org.renkei.patient.PatientSummary.Paediatric;
import org.renkei.patient.PatientSummary.PlaceOfCare;
import org.renkei.patient.PatientSummary.Problem;
import org.renkei.patient.PatientSummary.Resuscitation;
import org.renkei.patient.PatientSummary.SafetyFlag;
import org.renkei.patient.PatientSummary.SafetyKind;
import org.renkei.patient.PatientSummary.Transport;
import org.renkei.platform.Inputs;

/** The summary's edit form, section by section, built from a summary and giving one back. */
class SummaryEditor extends Div {

    final RowList<SafetyFlag> safety;
    /** Kept as it was: the device profile is edited with the disaster plan, and saved into the summary from there. */
    private final PatientSummary.DeviceProfile deviceProfile;
    final RowList<Allergy> allergies;
    final RowList<String> contraindications;
    final RowList<Problem> problems;
    final RowList<Medication> medications;
    final ComboBox<CareLevel> careLevel = new ComboBox<>();
    final DatePicker careLevelValidUntil = new DatePicker();
    final ComboBox<Independence> independence = new ComboBox<>();
    final ComboBox<DementiaLevel> dementia = new ComboBox<>();
    final Map<AdlItem, Select<AdlLevel>> adl = new EnumMap<>(AdlItem.class);
    final CheckboxGroup<Device> devices = new CheckboxGroup<>();
    final TextArea deviceNotes = new TextArea();
    final RowList<Contact> contacts;
    final Select<PlaceOfCare> placeOfCare = new Select<>();
    final Select<Resuscitation> resuscitation = new Select<>();
    final TextField decisionMaker = new TextField();
    final TextArea wishes = new TextArea();
    final DatePicker discussedOn = new DatePicker();
    final DatePicker reviewOn = new DatePicker();
    final TextArea entry = new TextArea();
    final Select<Transport> transport = new Select<>();
    final RowList<ExpectedEvent> expectedEvents;
    final DatePicker lastVisitOn = new DatePicker();
    final TextField backupBed = new TextField();
    final TextField guardians = new TextField();
    final TextField school = new TextField();
    final TextArea medicalCare = new TextArea();
    final TextArea development = new TextArea();
    final TextArea notes = new TextArea();
    private final boolean child;

    SummaryEditor(PatientSummary s, boolean child) {
        this.child = child;
        this.deviceProfile = s.deviceProfile();
        addClassName("summary-editor");
        safety = new RowList<>(t("summary.add"), s.safetyFlags(), this::safetyRow);
        allergies = new RowList<>(t("summary.add"), s.allergies(), this::allergyRow);
        contraindications = new RowList<>(t("summary.add"), s.contraindications(), this::textRow);
        problems = new RowList<>(t("summary.add"), s.problems(), this::problemRow);
        medications = new RowList<>(t("summary.add"), s.medications(), this::medicationRow);
        contacts = new RowList<>(t("summary.add"), s.contacts(), this::contactRow);
        expectedEvents = new RowList<>(t("summary.add"), s.onCall().expectedEvents(), this::expectedEventRow);

        enumBox(careLevel, CareLevel.values(), "care-level.", "summary.care-level", s.careLevel());
        careLevelValidUntil.setLabel(t("summary.valid-until"));
        careLevelValidUntil.setValue(s.careLevelValidUntil());
        enumBox(independence, Independence.values(), "independence.", "summary.independence", s.independence());
        enumBox(dementia, DementiaLevel.values(), "dementia.", "summary.dementia", s.dementia());
        FormLayout levels = form(careLevel, careLevelValidUntil, independence, dementia);

        FormLayout adlForm = new FormLayout();
        for (AdlItem item : AdlItem.values()) {
            Select<AdlLevel> select = new Select<>();
            select.setLabel(t("adl." + item));
            select.setItems(AdlLevel.values());
            select.setItemLabelGenerator(l -> t("adl-level." + l));
            select.setEmptySelectionAllowed(true);
            select.setEmptySelectionCaption("—");
            select.setValue(s.adl().get(item));
            adl.put(item, select);
            adlForm.add(select);
        }
        adlForm.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 2), new FormLayout.ResponsiveStep("40em", 4));

        devices.setItems(Device.values());
        devices.setItemLabelGenerator(d -> t("device." + d));
        devices.setValue(s.devices());
        deviceNotes.setLabel(t("summary.device-notes"));
        deviceNotes.setValue(nz(s.deviceNotes()));
        deviceNotes.setWidthFull();

        Acp a = s.acp();
        placeOfCare.setLabel(t("acp.place"));
        placeOfCare.setItems(PlaceOfCare.values());
        placeOfCare.setItemLabelGenerator(p -> p == null ? "—" : t("place-of-care." + p));
        placeOfCare.setEmptySelectionAllowed(true);
        placeOfCare.setValue(a.placeOfCare());
        resuscitation.setLabel(t("acp.resuscitation"));
        resuscitation.setItems(Resuscitation.values());
        resuscitation.setItemLabelGenerator(r -> r == null ? "—" : t("resuscitation." + r));
        resuscitation.setEmptySelectionAllowed(true);
        resuscitation.setValue(a.resuscitation());
        decisionMaker.setLabel(t("acp.decision-maker"));
        decisionMaker.setValue(nz(a.decisionMaker()));
        wishes.setLabel(t("acp.wishes"));
        wishes.setValue(nz(a.wishes()));
        discussedOn.setLabel(t("acp.discussed-on"));
        discussedOn.setValue(a.discussedOn());
        reviewOn.setLabel(t("acp.review-on"));
        reviewOn.setValue(a.reviewOn());
        FormLayout acp = form(placeOfCare, resuscitation, decisionMaker, discussedOn, reviewOn, wishes);
        acp.setColspan(wishes, 2);

        OnCall o = s.onCall();
        entry.setLabel(t("summary.oncall.entry"));
        entry.setValue(nz(o.entry()));
        transport.setLabel(t("summary.oncall.transport"));
        transport.setItems(Transport.values());
        transport.setItemLabelGenerator(w -> w == null ? "—" : t("transport." + w));
        transport.setEmptySelectionAllowed(true);
        transport.setValue(o.transport());
        lastVisitOn.setLabel(t("summary.oncall.last-visit"));
        lastVisitOn.setValue(o.lastVisitOn());
        backupBed.setLabel(t("summary.oncall.backup-bed"));
        backupBed.setValue(nz(o.backupBed()));
        FormLayout onCall = form(entry, transport, lastVisitOn, backupBed);
        onCall.setColspan(entry, 2);
        onCall.setColspan(backupBed, 2);

        Paediatric p = s.paediatric();
        guardians.setLabel(t("child.guardians"));
        school.setLabel(t("child.school"));
        medicalCare.setLabel(t("child.medical-care"));
        development.setLabel(t("child.development"));
        if (p != null) {
            guardians.setValue(nz(p.guardians()));
            school.setValue(nz(p.school()));
            medicalCare.setValue(nz(p.medicalCare()));
            development.setValue(nz(p.development()));
        }
        notes.setLabel(t("summary.section.notes"));
        notes.setValue(nz(s.notes()));
        notes.setWidthFull();

        add(section("safety", safety, true), section("allergies", new Div(allergies, contraindicationsBlock()), true),
                section("problems", problems, true), section("medications", medications, true),
                section("levels", levels, true), section("adl", adlForm, false),
                section("devices", new Div(devices, deviceNotes), false), section("acp", acp, false),
                section("oncall", new Div(onCall, expectedEventsBlock()), false), section("contacts", contacts, true));
        if (child) {
            add(section("child", form(guardians, school, medicalCare, development), true));
        }
        add(section("notes", notes, false));
    }

    private Div contraindicationsBlock() {
        Div block = new Div(new Span(t("summary.contraindication")), contraindications);
        block.addClassName("sub-block");
        return block;
    }

    private Div expectedEventsBlock() {
        Div block = new Div(new Span(t("summary.oncall.events")), expectedEvents);
        block.addClassName("sub-block");
        return block;
    }

    PatientSummary value() {
        Map<AdlItem, AdlLevel> adlValues = new EnumMap<>(AdlItem.class);
        adl.forEach((item, select) -> {
            if (select.getValue() != null) {
                adlValues.put(item, select.getValue());
            }
        });
        Paediatric paediatric = child && !(guardians.isEmpty() && school.isEmpty() && medicalCare.isEmpty() && development.isEmpty())
                ? new Paediatric(Inputs.blank(guardians.getValue()), Inputs.blank(school.getValue()), Inputs.blank(medicalCare.getValue()),
                        Inputs.blank(development.getValue()))
                : null;
        return new PatientSummary(problems.values(), medications.values(), allergies.values(), contraindications.values(),
                careLevel.getValue(), careLevelValidUntil.getValue(), independence.getValue(), dementia.getValue(), adlValues,
                devices.getValue().isEmpty() ? EnumSet.noneOf(Device.class) : EnumSet.copyOf(devices.getValue()),
                Inputs.blank(deviceNotes.getValue()), contacts.values(),
                new Acp(placeOfCare.getValue(), resuscitation.getValue(), Inputs.blank(decisionMaker.getValue()),
                        Inputs.blank(wishes.getValue()), discussedOn.getValue(), reviewOn.getValue()),
                safety.values(), paediatric, Inputs.blank(notes.getValue()),
                new OnCall(Inputs.blank(entry.getValue()), transport.getValue(), expectedEvents.values(), lastVisitOn.getValue(),
                        Inputs.blank(backupBed.getValue()))).withDeviceProfile(deviceProfile);
    }

    private Details section(String key, Component content, boolean open) {
        Details d = new Details(t("summary.section." + key), content);
        d.setOpened(open);
        d.addClassName("editor-section");
        return d;
    }

    private RowList.Row<SafetyFlag> safetyRow(@Nullable SafetyFlag v) {
        ComboBox<SafetyKind> kind = new ComboBox<>();
        enumBox(kind, SafetyKind.values(), "safety.", "summary.kind", v == null ? null : v.kind());
        TextField note = field("summary.note", v == null ? null : v.note());
        return row(new Div(kind, note), () -> kind.getValue() == null ? null : new SafetyFlag(kind.getValue(), Inputs.blank(note.getValue())));
    }

    private RowList.Row<Allergy> allergyRow(@Nullable Allergy v) {
        ComboBox<AllergyKind> kind = new ComboBox<>();
        enumBox(kind, AllergyKind.values(), "allergy-kind.", "summary.kind", v == null ? AllergyKind.DRUG : v.kind());
        TextField substance = field("summary.substance", v == null ? null : v.substance());
        TextField reaction = field("summary.reaction", v == null ? null : v.reaction());
        Checkbox severe = new Checkbox(t("summary.severe"), v != null && v.severe());
        return row(new Div(kind, substance, reaction, severe), () -> Inputs.blank(substance.getValue()) == null ? null
                : new Allergy(substance.getValue().strip(), kind.getValue() == null ? AllergyKind.OTHER : kind.getValue(),
                        Inputs.blank(reaction.getValue()), severe.getValue()));
    }

    private RowList.Row<String> textRow(@Nullable String v) {
        TextField text = field("summary.contraindication", v);
        return row(new Div(text), () -> Inputs.blank(text.getValue()));
    }

    private RowList.Row<Problem> problemRow(@Nullable Problem v) {
        TextField name = field("summary.problem", v == null ? null : v.name());
        DatePicker since = new DatePicker(t("summary.since"));
        since.setValue(v == null ? null : v.since());
        Checkbox active = new Checkbox(t("summary.active"), v == null || v.active());
        TextField note = field("summary.note", v == null ? null : v.note());
        return row(new Div(name, since, active, note), () -> Inputs.blank(name.getValue()) == null ? null
                : new Problem(name.getValue().strip(), since.getValue(), active.getValue(), Inputs.blank(note.getValue())));
    }

    private RowList.Row<Medication> medicationRow(@Nullable Medication v) {
        TextField name = field("summary.drug", v == null ? null : v.name());
        TextField dose = field("summary.dose", v == null ? null : v.dose());
        TextField usage = field("summary.usage", v == null ? null : v.usage());
        Checkbox asNeeded = new Checkbox(t("summary.as-needed"), v != null && v.asNeeded());
        TextField prescriber = field("summary.prescriber", v == null ? null : v.prescriber());
        TextField note = field("summary.note", v == null ? null : v.note());
        return row(new Div(name, dose, usage, asNeeded, prescriber, note), () -> Inputs.blank(name.getValue()) == null ? null
                : new Medication(name.getValue().strip(), Inputs.blank(dose.getValue()), Inputs.blank(usage.getValue()),
                        Inputs.blank(prescriber.getValue()), Inputs.blank(note.getValue()), asNeeded.getValue()));
    }

    private RowList.Row<ExpectedEvent> expectedEventRow(@Nullable ExpectedEvent v) {
        TextField event = field("summary.oncall.event", v == null ? null : v.event());
        TextField order = field("summary.oncall.order", v == null ? null : v.order());
        return row(new Div(event, order), () -> Inputs.blank(event.getValue()) == null ? null
                : new ExpectedEvent(event.getValue().strip(), Inputs.blank(order.getValue())));
    }

    private RowList.Row<Contact> contactRow(@Nullable Contact v) {
        TextField name = field("summary.contact-name", v == null ? null : v.name());
        TextField relation = field("summary.relation", v == null ? null : v.relation());
        TextField phone = field("summary.phone", v == null ? null : v.phone());
        Checkbox key = new Checkbox(t("summary.key-person"), v != null && v.keyPerson());
        TextField note = field("summary.note", v == null ? null : v.note());
        return row(new Div(name, relation, phone, key, note), () -> Inputs.blank(name.getValue()) == null ? null
                : new Contact(name.getValue().strip(), nz(relation.getValue()).strip(), Inputs.blank(phone.getValue()), key.getValue(),
                        Inputs.blank(note.getValue())));
    }

    private static <T> RowList.Row<T> row(Div fields, Supplier<@Nullable T> value) {
        fields.addClassName("row-fields");
        return new RowList.Row<>() {
            @Override
            public Component component() {
                return fields;
            }

            @Override
            public @Nullable T value() {
                return value.get();
            }
        };
    }

    private TextField field(String labelKey, @Nullable String value) {
        TextField f = new TextField(t(labelKey));
        f.setValue(nz(value));
        return f;
    }

    private <E extends Enum<E>> void enumBox(ComboBox<E> box, E[] values, String prefix, String labelKey, @Nullable E value) {
        box.setLabel(t(labelKey));
        box.setItems(Arrays.asList(values));
        box.setItemLabelGenerator(e -> t(prefix + e));
        box.setClearButtonVisible(true);
        box.setValue(value);
    }

    private static FormLayout form(Component... fields) {
        FormLayout form = new FormLayout(fields);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("32em", 2));
        return form;
    }

    private String t(String key) {
        return getTranslation(key);
    }

    private static String nz(@Nullable String s) {
        return s == null ? "" : s;
    }


}
