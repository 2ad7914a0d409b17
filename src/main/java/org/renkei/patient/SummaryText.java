package org.renkei.patient;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.renkei.patient.PatientSummary.AdlItem;
import org.renkei.patient.PatientSummary.OnCall;

/**
 * A summary as lines of text per section, in the reader's language: what the history compares and what a
 * printout would show. Sections in the order of the MHLW admission sheet.
 */
public final class SummaryText {

    private SummaryText() {}

    /** Section key (message key {@code summary.section.*}) to its lines. */
    public static Map<String, List<String>> sections(PatientSummary s, Function<String, String> t) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        out.put("problems", s.problems().stream().map(p -> p.name() + (p.active() ? "" : " (" + t.apply("summary.resolved") + ")")
                + date(" ", p.since()) + text(" — ", p.note())).toList());
        out.put("medications", s.medications().stream().map(m -> m.name()
                + (m.asNeeded() ? " (" + t.apply("summary.as-needed") + ")" : "") + text(" ", m.dose()) + text(" ", m.usage())
                + text(" / ", m.prescriber()) + text(" — ", m.note())).toList());
        List<String> allergies = new ArrayList<>();
        s.allergies().forEach(a -> allergies.add(t.apply("allergy-kind." + a.kind()) + ": " + a.substance()
                + text(" (", a.reaction(), ")") + (a.severe() ? " ⚠ " + t.apply("summary.severe") : "")));
        s.contraindications().forEach(c -> allergies.add(t.apply("summary.contraindication") + ": " + c));
        out.put("allergies", allergies);
        List<String> levels = new ArrayList<>();
        if (s.careLevel() != null) {
            levels.add(t.apply("summary.care-level") + ": " + t.apply("care-level." + s.careLevel())
                    + date(" (" + t.apply("summary.valid-until") + " ", s.careLevelValidUntil()) + (s.careLevelValidUntil() == null ? "" : ")"));
        }
        if (s.independence() != null) {
            levels.add(t.apply("summary.independence") + ": " + t.apply("independence." + s.independence()));
        }
        if (s.dementia() != null) {
            levels.add(t.apply("summary.dementia") + ": " + t.apply("dementia." + s.dementia()));
        }
        out.put("levels", levels);
        List<String> adl = new ArrayList<>();
        for (AdlItem item : AdlItem.values()) {
            if (s.adl().containsKey(item)) {
                adl.add(t.apply("adl." + item) + ": " + t.apply("adl-level." + s.adl().get(item)));
            }
        }
        out.put("adl", adl);
        List<String> devices = new ArrayList<>(s.devices().stream().sorted().map(d -> t.apply("device." + d)).toList());
        if (s.deviceNotes() != null && !s.deviceNotes().isBlank()) {
            devices.add(s.deviceNotes());
        }
        devices.addAll(deviceProfile(s.deviceProfile(), t));
        out.put("devices", devices);
        out.put("contacts", s.contacts().stream().map(c -> (c.keyPerson() ? "★ " : "") + c.name() + " (" + c.relation() + ")"
                + text(" ", c.phone()) + text(" — ", c.note())).toList());
        List<String> acp = new ArrayList<>();
        var a = s.acp();
        if (a.placeOfCare() != null) {
            acp.add(t.apply("acp.place") + ": " + t.apply("place-of-care." + a.placeOfCare()));
        }
        if (a.resuscitation() != null) {
            acp.add(t.apply("acp.resuscitation") + ": " + t.apply("resuscitation." + a.resuscitation()));
        }
        if (a.decisionMaker() != null && !a.decisionMaker().isBlank()) {
            acp.add(t.apply("acp.decision-maker") + ": " + a.decisionMaker());
        }
        if (a.wishes() != null && !a.wishes().isBlank()) {
            a.wishes().lines().forEach(acp::add);
        }
        if (a.discussedOn() != null) {
            acp.add(t.apply("acp.discussed-on") + ": " + a.discussedOn());
        }
        if (a.reviewOn() != null) {
            acp.add(t.apply("acp.review-on") + ": " + a.reviewOn());
        }
        out.put("acp", acp);
        out.put("oncall", onCall(s.onCall(), t));
        out.put("safety", s.safetyFlags().stream().map(f -> t.apply("safety." + f.kind()) + text(": ", f.note())).toList());
        List<String> child = new ArrayList<>();
        if (s.paediatric() != null) {
            var p = s.paediatric();
            add(child, t.apply("child.guardians"), p.guardians());
            add(child, t.apply("child.school"), p.school());
            add(child, t.apply("child.medical-care"), p.medicalCare());
            add(child, t.apply("child.development"), p.development());
        }
        out.put("child", child);
        out.put("notes", s.notes() == null || s.notes().isBlank() ? List.of() : s.notes().lines().toList());
        return out;
    }

    /** 夜間・急変時の対応: each expected change with its standing order on a line of its own, so a changed order shows. */
    private static List<String> onCall(OnCall o, Function<String, String> t) {
        List<String> lines = new ArrayList<>();
        add(lines, t.apply("summary.oncall.entry"), o.entry());
        if (o.transport() != null) {
            lines.add(t.apply("summary.oncall.transport") + ": " + t.apply("transport." + o.transport()));
        }
        o.expectedEvents().forEach(e -> lines.add(e.event() + text(" → ", e.order())));
        if (o.lastVisitOn() != null) {
            lines.add(t.apply("summary.oncall.last-visit") + ": " + o.lastVisitOn());
        }
        add(lines, t.apply("summary.oncall.backup-bed"), o.backupBed());
        return lines;
    }

    /** The device profile, a line per device and per fact, so that a changed battery or model shows in the history. */
    public static List<String> deviceProfile(PatientSummary.DeviceProfile p, Function<String, String> t) {
        List<String> lines = new ArrayList<>();
        for (PatientSummary.PoweredDevice d : p.devices()) {
            StringBuilder b = new StringBuilder(t.apply("powered-kind." + d.kind()));
            String made = String.join(" ", java.util.stream.Stream.of(d.maker(), d.model()).filter(v -> v != null && !v.isBlank()).toList());
            b.append(text(": ", made));
            if (d.mode() != null) {
                b.append(" ").append(d.mode());
            }
            if (d.hoursPerDay() != null) {
                b.append(" ").append(t.apply("device-profile.hours-per-day")).append(" ").append(d.hoursPerDay());
            }
            if (d.internalBatteryMinutes() != null) {
                b.append(" / ").append(t.apply("device-profile.internal-battery")).append(" ").append(d.internalBatteryMinutes())
                        .append(t.apply("device-profile.minutes"));
            }
            if (d.externalBatteryMinutes() != null) {
                b.append(" / ").append(t.apply("device-profile.external-battery")).append(" ").append(d.externalBatteryMinutes())
                        .append(t.apply("device-profile.minutes")).append(" × ").append(d.externalBatteries());
            }
            lines.add(b.toString());
        }
        add(lines, t.apply("device-profile.charging"), p.charging());
        if (p.resuscitationBag()) {
            lines.add(t.apply("device-profile.resuscitation-bag"));
        }
        if (p.suctionOnBattery()) {
            lines.add(t.apply("device-profile.suction-on-battery"));
        }
        add(lines, t.apply("device-profile.oxygen"), p.oxygen());
        add(lines, t.apply("device-profile.humidifier"), p.humidifier());
        add(lines, t.apply("device-profile.supplier"), p.supplier() == null ? null : p.supplier() + text(" ", p.supplierPhone()));
        if (p.powerCompanyRegistered()) {
            lines.add(t.apply("device-profile.power-company"));
        }
        return lines;
    }

    private static void add(List<String> lines, String label, @Nullable String value) {
        if (value != null && !value.isBlank()) {
            lines.add(label + ": " + value);
        }
    }

    private static String text(String prefix, @Nullable String value) {
        return value == null || value.isBlank() ? "" : prefix + value;
    }

    private static String text(String prefix, @Nullable String value, String suffix) {
        return value == null || value.isBlank() ? "" : prefix + value + suffix;
    }

    private static String date(String prefix, @Nullable LocalDate date) {
        return date == null ? "" : prefix + date;
    }
}
