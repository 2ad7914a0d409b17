package org.renkei.beds.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import java.time.Duration;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.renkei.beds.BedRequestQueries;
import org.renkei.beds.BedRequestService;
import org.renkei.beds.HospitalInfo;
import org.renkei.beds.ProgrammeInfo;
import org.renkei.beds.ProgrammeService;
import org.renkei.beds.RequestOverview;
import org.renkei.beds.internal.BedProgramme;
import org.renkei.directory.AssociationService;
import org.renkei.directory.DirectoryLookup;
import org.renkei.directory.DistrictInfo;
import org.renkei.directory.FacilityContact;
import org.renkei.directory.FacilityType;
import org.renkei.kit.Forms;
import org.renkei.platform.InvalidInputException;
import org.renkei.platform.RenkeiException;
import org.renkei.security.Actor;
import org.renkei.shell.Badge;
import org.renkei.shell.Dates;

/**
 * 事業: each programme of the association with its rules and hospitals. Whoever runs one (the association's
 * administrators, the 区's desk) changes its rules, adds and changes its hospitals and sees how its requests went (no
 * patient named); an administrator or a desk whose district has no programme yet sets one up.
 */
final class ProgrammePanel extends Div {

    final Div programmesList = Parts.list();
    final Div createPane = new Div();
    final Grid<RequestOverview> overview = new Grid<>();
    private final Div overviewSection;
    private final ProgrammeService programmes;
    private final BedRequestQueries queries;
    private final BedRequestService requests;
    private final AssociationService associations;
    private final DirectoryLookup directory;
    private final Actor actor;

    ProgrammePanel(ProgrammeService programmes, BedRequestQueries queries, BedRequestService requests, AssociationService associations,
            DirectoryLookup directory, Actor actor) {
        this.programmes = programmes;
        this.queries = queries;
        this.requests = requests;
        this.associations = associations;
        this.directory = directory;
        this.actor = actor;
        addClassName("oncall-pane");
        setId("beds-programme");
        programmesList.setId("bed-programmes");
        createPane.setId("programme-create-pane");
        overviewSection = Parts.section(this, "beds.page.overview.title");
        overviewSection.add(Parts.note(this, "beds.page.overview.intro"), overview);
        buildOverview();
        add(programmesList, createPane, overviewSection);
    }

    void refresh() {
        List<ProgrammeInfo> list = programmes.list(actor);
        Map<Long, String> districts = associations.districts().stream().collect(Collectors.toMap(DistrictInfo::id, DistrictInfo::name));
        programmesList.removeAll();
        if (list.isEmpty()) {
            programmesList.add(Parts.empty(this, "beds.page.programme.none"));
        }
        list.forEach(p -> programmesList.add(card(p, districts.getOrDefault(p.districtId(), ""))));
        showCreate(list);
        boolean manages = list.stream().anyMatch(ProgrammeInfo::mayManage);
        overviewSection.setVisible(manages);
        if (manages) {
            overview.setItems(queries.overview(actor));
        }
    }

    private Div card(ProgrammeInfo p, String district) {
        Div card = new Div();
        card.addClassNames("oncall-card", "bed-programme-card");
        card.setId("bed-programme-" + p.id());
        Span runBy = new Span(getTranslation("beds.page.programme.run-by", district, p.runBy()));
        runBy.addClassName("patient-meta");
        card.add(new H3(p.name()), runBy, rules(p));
        Div hospitals = new Div();
        hospitals.addClassName("bed-hospitals");
        Span title = new Span(getTranslation("beds.page.programme.hospitals"));
        title.addClassName("details-label");
        hospitals.add(title);
        if (p.hospitals().isEmpty()) {
            hospitals.add(Parts.empty(this, "beds.page.programme.no-hospitals"));
        }
        p.hospitals().stream().sorted(Comparator.comparing(HospitalInfo::name)).forEach(h -> hospitals.add(hospitalRow(p, h)));
        card.add(hospitals);
        if (p.mayManage()) {
            card.add(changeRules(p), addHospital(p));
        }
        return card;
    }

    private Div rules(ProgrammeInfo p) {
        Div facts = Parts.details();
        Parts.fact(facts, this, "beds.page.programme.min-age", p.minAge() == null ? getTranslation("beds.page.programme.any-age")
                : getTranslation("beds.page.programme.age-value", p.minAge()));
        Parts.fact(facts, this, "beds.page.programme.purposes", p.purposes().stream().sorted().map(x -> getTranslation("beds.purpose." + x))
                .collect(Collectors.joining(getTranslation("join.list"))));
        Parts.fact(facts, this, "beds.page.programme.longest-stay", getTranslation("beds.page.programme.days", p.longestStayDays()));
        Parts.fact(facts, this, "beds.page.programme.reuse-gap", getTranslation("beds.page.programme.days", p.reuseGapDays()));
        Parts.fact(facts, this, "beds.page.programme.exclusions", p.exclusions());
        Parts.fact(facts, this, "beds.page.programme.route", getTranslation(p.viaDesk() ? "beds.page.programme.via-desk"
                : "beds.page.programme.direct"));
        Parts.fact(facts, this, "beds.page.programme.answer", getTranslation("beds.page.programme.answer-value",
                minutes(p.answerMinutesToday()), minutes(p.answerMinutesLater())));
        return facts;
    }

    private String minutes(int m) {
        Duration d = Duration.ofMinutes(m);
        return m % 60 == 0 ? getTranslation("beds.page.hours-value", d.toHours()) : getTranslation("beds.page.minutes-value", m);
    }

    private Div hospitalRow(ProgrammeInfo p, HospitalInfo h) {
        Div row = new Div();
        row.addClassName("bed-hospital-row");
        row.setId("bed-hospital-" + h.id());
        Span name = new Span(h.name());
        name.addClassName("call-patient");
        row.add(name, new Span(getTranslation("beds.page.board.per-day", h.bedsPerDay())));
        if (!h.hotline().isBlank()) {
            row.add(Parts.phone(h.hotline()));
        }
        Span hours = new Span(h.hours());
        hours.addClassName("patient-meta");
        row.add(hours);
        if (!h.active()) {
            row.add(Badge.of(getTranslation("beds.page.programme.inactive"), Badge.Tone.NEUTRAL));
        }
        if (p.mayManage()) {
            Button change = Parts.button(this, "beds.page.programme.change-hospital", VaadinIcon.EDIT, "hospital-change-" + h.id(), false,
                    () -> new HospitalDialog(programmes, actor, h, this::refresh).open());
            change.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            row.add(change);
        }
        return row;
    }

    private Details changeRules(ProgrammeInfo p) {
        RulesForm form = new RulesForm("programme-" + p.id());
        form.fill(p);
        Button save = Parts.button(this, "action.save", VaadinIcon.CHECK, "programme-save-" + p.id(), true, () -> {
            BedProgramme.Rules rules = form.rules();
            if (rules == null) {
                return;
            }
            try {
                programmes.change(actor, p.id(), form.name.getValue(), rules);
                Forms.success(getTranslation("beds.page.programme.saved"));
                refresh();
            } catch (InvalidInputException x) {
                Forms.show(x, this, form.fields());
            } catch (RenkeiException x) {
                Forms.error(this, x);
            }
        });
        Details d = new Details(getTranslation("beds.page.programme.change-rules"), form, Parts.actions(save));
        d.addClassName("oncall-form");
        d.setId("programme-rules-" + p.id());
        return d;
    }

    private Details addHospital(ProgrammeInfo p) {
        Set<Long> joined = p.hospitals().stream().map(HospitalInfo::facilityId).collect(Collectors.toSet());
        ComboBox<FacilityContact> facility = new ComboBox<>();
        facility.setLabel(getTranslation("beds.page.hospital"));
        facility.setPlaceholder(getTranslation("beds.page.programme.search-hospital"));
        facility.setItemLabelGenerator(FacilityContact::name);
        facility.setItems(query -> programmes.candidateHospitals(actor, query.getFilter().orElse("")).stream()
                .filter(f -> !joined.contains(f.id())).sorted(Comparator.comparing(FacilityContact::name)).skip(query.getOffset())
                .limit(query.getLimit()));
        facility.setId("hospital-add-facility-" + p.id());
        facility.setWidthFull();
        IntegerField beds = new IntegerField(getTranslation("beds.page.beds-per-day"));
        beds.setMin(0);
        beds.setMax(50);
        beds.setValue(1);
        beds.setStepButtonsVisible(true);
        beds.setId("hospital-add-beds-" + p.id());
        TextField hotline = new TextField(getTranslation("beds.page.hotline"));
        hotline.setMaxLength(30);
        hotline.setId("hospital-add-hotline-" + p.id());
        TextField hours = new TextField(getTranslation("beds.page.hours"));
        hours.setMaxLength(200);
        hours.setId("hospital-add-hours-" + p.id());
        facility.addValueChangeListener(e -> {
            if (e.getValue() != null && hotline.isEmpty()) {
                hotline.setValue(e.getValue().phone());
            }
        });
        Button add = Parts.button(this, "beds.page.programme.add-hospital", VaadinIcon.PLUS, "hospital-add-" + p.id(), true, () -> {
            Map<String, HasValidation> fields = Map.of("facility", facility, "bedsPerDay", beds, "hotline", hotline, "hours", hours);
            fields.values().forEach(f -> f.setInvalid(false));
            if (Parts.missing(this, facility) | Parts.missing(this, beds)) {
                return;
            }
            try {
                programmes.addHospital(actor, p.id(), facility.getValue().id(), beds.getValue(), hotline.getValue(), hours.getValue());
                Forms.success(getTranslation("beds.page.programme.hospital-added"));
                refresh();
            } catch (InvalidInputException x) {
                Forms.show(x, this, fields);
            } catch (RenkeiException x) {
                Forms.error(this, x);
            }
        });
        FormLayout fields = new FormLayout(facility, beds, hotline, hours);
        fields.setColspan(facility, 2);
        fields.setColspan(hours, 2);
        Details d = new Details(getTranslation("beds.page.programme.add-hospital"), fields, Parts.actions(add));
        d.addClassName("oncall-form");
        d.setId("hospital-add-form-" + p.id());
        return d;
    }

    /** The districts this member may set a programme up for that have none yet: an administrator's, or the desk's own. */
    private List<DistrictInfo> districtsWithout(List<ProgrammeInfo> existing) {
        Set<Long> taken = existing.stream().map(ProgrammeInfo::districtId).collect(Collectors.toSet());
        Long association = actor.associationId();
        if (association == null) {
            return List.of();
        }
        List<DistrictInfo> all = associations.districts().stream().filter(d -> d.associationId() == association && !taken.contains(d.id()))
                .toList();
        if (actor.administers(association)) {
            return all;
        }
        Long facilityId = actor.facilityId();
        FacilityContact own = facilityId == null ? null : directory.contacts(List.of(facilityId)).get(facilityId);
        if (own == null || own.type() != FacilityType.MUNICIPAL_SUPPORT_DESK || own.districtId() == null) {
            return List.of();
        }
        return all.stream().filter(d -> Objects.equals(d.id(), own.districtId())).toList();
    }

    private void showCreate(List<ProgrammeInfo> existing) {
        createPane.removeAll();
        List<DistrictInfo> open = districtsWithout(existing);
        if (open.isEmpty()) {
            return;
        }
        Select<DistrictInfo> district = new Select<>();
        district.setLabel(getTranslation("beds.page.programme.district"));
        district.setItems(open);
        district.setItemLabelGenerator(d -> d == null ? "" : d.name());
        district.setValue(open.getFirst());
        district.setId("programme-create-district");
        RulesForm form = new RulesForm("programme-create");
        form.addComponentAsFirst(district);
        district.addValueChangeListener(e -> {
            if (e.getValue() != null && form.name.isEmpty()) {
                form.name.setValue(getTranslation("beds.page.programme.default-name", e.getValue().name()));
            }
        });
        form.name.setValue(getTranslation("beds.page.programme.default-name", open.getFirst().name()));
        Button create = Parts.button(this, "beds.page.programme.create", VaadinIcon.PLUS, "programme-create", true, () -> {
            Map<String, HasValidation> fields = new LinkedHashMap<>(form.fields());
            fields.put("district", district);
            BedProgramme.Rules rules = form.rules();
            if (Parts.missing(this, district) | rules == null) {
                return;
            }
            try {
                programmes.create(actor, district.getValue().id(), form.name.getValue(), rules);
                Forms.success(getTranslation("beds.page.programme.created"));
                refresh();
            } catch (InvalidInputException x) {
                Forms.show(x, this, fields);
            } catch (RenkeiException x) {
                Forms.error(this, x);
            }
        });
        Details d = new Details(getTranslation("beds.page.programme.new"), form, Parts.actions(create));
        d.addClassName("oncall-form");
        d.setId("programme-create-form");
        d.setOpened(existing.isEmpty());
        createPane.add(d);
    }

    private void buildOverview() {
        overview.setId("bed-overview");
        overview.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        column("beds.page.overview.sent", r -> Dates.shortDateTime(r.sentAt() == null ? r.createdAt() : r.sentAt(), getLocale()));
        column("beds.page.hospital", RequestOverview::hospitalName);
        column("beds.page.urgency", r -> getTranslation("beds.urgency." + r.urgency()));
        column("beds.page.status", r -> getTranslation("beds.status." + r.status()));
        column("beds.page.overview.answer-minutes", r -> r.sentAt() == null || r.answeredAt() == null ? ""
                : String.valueOf(Duration.between(r.sentAt(), r.answeredAt()).toMinutes()));
        column("beds.page.decline-reason", r -> r.declineReason() == null ? "" : getTranslation("beds.decline." + r.declineReason()));
        // 窓口確認中: the desk passes the request on to the hospital (it sees no patient, only where and how urgent)
        overview.addComponentColumn(r -> r.mayPassOn()
                ? Parts.button(this, "beds.page.overview.pass-on", VaadinIcon.PAPERPLANE, "pass-on-" + r.id(), true,
                        () -> Parts.run(this, "beds.page.overview.passed-on", () -> requests.passOn(actor, r.id()),
                                () -> overview.setItems(queries.overview(actor))))
                : new Span()).setAutoWidth(true);
        overview.setAllRowsVisible(true);
    }

    private void column(String key, Function<RequestOverview, String> value) {
        overview.addColumn(value::apply).setHeader(getTranslation(key)).setAutoWidth(true);
    }
}
