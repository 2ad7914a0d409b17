package org.renkei.handoff;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.renkei.patient.PatientDemographics;
import org.renkei.patient.PatientSummary.AdlItem;
import org.renkei.patient.PatientSummary.AdlLevel;
import org.renkei.platform.TimeConfiguration;
import org.renkei.platform.XhtmlPdf;

/**
 * A handoff's sheet as a printable A4 PDF: the items of the standard forms in tables, in Japanese, with
 * BIZ UDGothic (a universal-design Japanese typeface, SIL OFL) embedded as a subset, so the page reads the
 * same on any printer or viewer. Written as XHTML and laid out by OpenHTMLtoPDF (PDFBox).
 */
final class SheetPdf {

    private static final String FONT = XhtmlPdf.FONT;

    private final Function<String, String> label;
    private final StringBuilder html = new StringBuilder(16_384);

    private SheetPdf(Function<String, String> label) {
        this.label = label;
    }

    /** The PDF of the sheet, with who sent it to whom and where it stands. */
    static byte[] render(HandoffDetails h, PatientDemographics patient, List<Conference> conferences, Instant printedAt,
            Function<String, String> label) {
        SheetPdf pdf = new SheetPdf(label);
        pdf.document(h, patient, conferences, printedAt);
        return pdf.toPdf();
    }

    private void document(HandoffDetails h, PatientDemographics p, List<Conference> conferences, Instant printedAt) {
        html.append("""
                <?xml version="1.0" encoding="UTF-8"?>
                <html xmlns="http://www.w3.org/1999/xhtml" lang="ja"><head><meta charset="UTF-8"/><title>""")
                .append(esc(label.apply("handoff-kind." + h.kind()) + " " + h.patientName())).append("""
                </title><style>
                @page { size: A4; margin: 14mm 12mm 16mm 12mm;
                  @bottom-left { content: "%s"; font-family: '%s'; font-size: 7.5pt; color: #555; }
                  @bottom-right { content: counter(page) " / " counter(pages); font-family: '%s'; font-size: 7.5pt; color: #555; } }
                body { font-family: '%s'; font-size: 9pt; line-height: 1.45; color: #111; }
                h1 { font-size: 15pt; text-align: center; margin: 0 0 2mm 0; letter-spacing: 2pt; }
                .meta { text-align: right; font-size: 8pt; color: #333; margin-bottom: 3mm; }
                h2 { font-size: 10.5pt; margin: 4mm 0 1.5mm 0; padding: 0.8mm 2mm; background: #e8eef6; border-left: 2.5pt solid #1d4f91; }
                table { width: 100%%; border-collapse: collapse; page-break-inside: auto; }
                tr { page-break-inside: avoid; }
                th, td { border: 0.6pt solid #666; padding: 1.3mm 2mm; vertical-align: top; text-align: left; }
                th { background: #f3f5f8; width: 24%%; font-weight: bold; }
                td.wide { width: 76%%; }
                .adl th, .adl td { width: auto; text-align: center; }
                .late { color: #b00020; font-weight: bold; }
                .none { color: #777; }
                </style></head><body>
                """.formatted(esc(label.apply("pdf.footer") + " " + time(printedAt)), FONT, FONT, FONT));
        html.append("<h1>").append(esc(label.apply("pdf.title." + h.kind()))).append("</h1>");
        html.append("<div class=\"meta\">").append(esc(label.apply("pdf.status") + ": " + label.apply("handoff-status." + h.status())));
        if (h.sentAt() != null) {
            html.append("　").append(esc(label.apply("pdf.sent-at") + ": " + time(h.sentAt())));
        }
        html.append("　").append(esc(label.apply("pdf.due") + ": " + time(h.dueAt())));
        if (h.late()) {
            html.append("　<span class=\"late\">").append(esc(label.apply("handoffs.late"))).append("</span>");
        }
        html.append("</div>");

        heading("pdf.section.patient");
        table();
        row("pdf.patient-name", p.name() + "（" + p.nameKana() + "）");
        row("pdf.patient-born", date(p.birthDate()) + "（" + Period.between(p.birthDate(), LocalDate.now(TimeConfiguration.TOKYO)).getYears()
                + label.apply("pdf.years") + "）　" + label.apply("sex." + p.sex()));
        row("pdf.patient-address", join(" ", p.postalCode() == null ? null : "〒" + p.postalCode(), p.address(),
                p.phone() == null ? null : "☎ " + p.phone()));
        end();

        heading("pdf.section.parties");
        table();
        row("pdf.sender", h.senderFacilityName() + "　" + label.apply("pdf.writer") + ": " + h.createdByName());
        for (RecipientDetails r : h.recipients()) {
            if (r.status() == RecipientStatus.REPLACED) {
                continue;
            }
            String state = label.apply("recipient-status." + r.status())
                    + (r.answeredAt() == null ? "" : "（" + time(r.answeredAt()) + (r.answeredByName() == null ? "" : " " + r.answeredByName()) + "）")
                    + (r.declineReason() == null ? "" : " " + label.apply("decline-reason." + r.declineReason()))
                    + (r.declineNote() == null ? "" : "：" + r.declineNote());
            row("pdf.recipient", r.facilityName() + "（" + label.apply("team-role." + r.role()) + "）　" + state);
        }
        end();

        if (h.admission() != null) {
            admission(h.admission());
        }
        if (h.discharge() != null) {
            discharge(h.discharge());
        }
        List<Conference> agreed = conferences.stream().filter(Conference::agreed).toList();
        if (!agreed.isEmpty()) {
            heading("pdf.section.conference");
            table();
            for (Conference c : agreed) {
                row("pdf.conference", time(c.startsAt()) + "　" + join("　", c.place(), c.videoLink()));
            }
            end();
        }
        html.append("</body></html>");
    }

    private void admission(AdmissionSheet a) {
        heading("sheet.section.basics");
        table();
        row("sheet.admissionDate", date(a.admissionDate()));
        row("sheet.hospitalContact", a.hospitalContact());
        row("sheet.housing", join("　", a.housing(), a.floor() == null ? null : a.floor() + label.apply("pdf.floor"),
                label.apply(a.elevator() ? "pdf.elevator-yes" : "pdf.elevator-no")));
        row("sheet.careLevel", a.careLevel() == null ? null : label.apply("care-level." + a.careLevel()));
        row("sheet.independence", a.independence() == null ? null : label.apply("independence." + a.independence()));
        row("sheet.dementia", a.dementia() == null ? null : label.apply("dementia." + a.dementia()));
        row("sheet.household", a.household());
        row("sheet.mainCarer", a.mainCarer());
        row("sheet.keyPerson", a.keyPerson());
        end();
        heading("sheet.section.wishes");
        table();
        row("sheet.wishes", a.wishes());
        row("sheet.servicesBefore", a.servicesBefore());
        row("sheet.lifeAtHomeNeeds", a.lifeAtHomeNeeds());
        row("sheet.wishesToAttendConferences", label.apply(a.wishesToAttendConferences() ? "pdf.yes" : "pdf.no"));
        end();
        heading("sheet.section.function");
        adl(a.adl());
        table();
        row("sheet.mealsAndSwallowing", a.mealsAndSwallowing());
        row("sheet.dentures", label.apply(a.dentures() ? "pdf.yes" : "pdf.no"));
        row("sheet.toileting", a.toileting());
        row("sheet.sleep", a.sleep());
        row("sheet.smokingAndDrinking", a.smokingAndDrinking());
        row("sheet.sightAndHearing", a.sightAndHearing());
        row("sheet.communication", a.communication());
        row("sheet.behaviouralSymptoms", a.behaviouralSymptoms());
        end();
        heading("sheet.section.medical");
        table();
        row("sheet.diseasesAndAdmissions", a.diseasesAndAdmissions());
        row("sheet.medicines", a.medicines());
        row("sheet.medicinesManagedBy", a.medicinesManagedBy());
        row("sheet.familyDoctor", a.familyDoctor());
        end();
    }

    private void discharge(DischargeSheet d) {
        heading("sheet.section.stay");
        table();
        row("sheet.admissionDate", d.admissionDate() == null ? null : date(d.admissionDate()));
        row("sheet.plannedDischargeDate", date(d.plannedDischargeDate()));
        row("sheet.chiefComplaint", d.chiefComplaint());
        row("sheet.reasonForAdmission", d.reasonForAdmission());
        row("sheet.presentIllness", d.presentIllness());
        row("sheet.admissionDiagnoses", XhtmlPdf.lines(d.admissionDiagnoses()));
        row("sheet.dischargeDiagnoses", XhtmlPdf.lines(d.dischargeDiagnoses()));
        row("sheet.hospitalCourse", d.hospitalCourse());
        row("sheet.outcome", d.outcome() == null ? null : label.apply("outcome." + d.outcome()));
        end();
        heading("sheet.section.continue");
        table();
        row("sheet.treatments", d.treatments().isEmpty() ? null
                : String.join("、", d.treatments().stream().sorted().map(t -> label.apply("treatment." + t)).toList()));
        row("sheet.treatmentNotes", d.treatmentNotes());
        row("sheet.nursingPoints", d.nursingPoints());
        row("sheet.rehabilitationPoints", d.rehabilitationPoints());
        row("sheet.contraindications", d.contraindications());
        row("sheet.allergies", d.allergies());
        row("sheet.pastIllness", d.pastIllness());
        row("sheet.dischargeMedications", XhtmlPdf.lines(d.dischargeMedications()));
        row("sheet.dischargeInstructions", d.dischargeInstructions());
        if (d.referralNotes() != null) {
            row("sheet.referralNotes", d.referralNotes());
        }
        end();
        heading("sheet.section.outlook");
        table();
        row("sheet.prognosis", d.prognosis());
        row("sheet.toldToPatient", d.toldToPatient());
        row("sheet.wishes", d.wishes());
        row("sheet.advanceDirective", d.advanceDirective());
        end();
        heading("sheet.section.adl-discharge");
        adl(d.adlAtDischarge());
        table();
        row("sheet.readyAtHome", d.readyAtHome());
        end();
    }

    private void adl(Map<AdlItem, AdlLevel> adl) {
        html.append("<table class=\"adl\"><tr>");
        for (AdlItem item : AdlItem.values()) {
            html.append("<th>").append(esc(label.apply("adl." + item))).append("</th>");
        }
        html.append("</tr><tr>");
        for (AdlItem item : AdlItem.values()) {
            AdlLevel level = adl.get(item);
            html.append("<td>").append(level == null ? "<span class=\"none\">—</span>" : esc(label.apply("adl-level." + level)))
                    .append("</td>");
        }
        html.append("</tr></table>");
    }

    private void heading(String key) {
        html.append("<h2>").append(esc(label.apply(key))).append("</h2>");
    }

    private void table() {
        html.append("<table>");
    }

    private void end() {
        html.append("</table>");
    }

    private void row(String key, @Nullable String value) {
        html.append("<tr><th>").append(esc(label.apply(key).replace("（1行に1つ）", ""))).append("</th><td class=\"wide\">");
        html.append(XhtmlPdf.cell(value));
        html.append("</td></tr>");
    }

    private byte[] toPdf() {
        return XhtmlPdf.render(html.toString());
    }


    private static @Nullable String join(String separator, @Nullable String... parts) {
        StringBuilder b = new StringBuilder();
        for (String p : parts) {
            if (p != null && !p.isBlank()) {
                if (!b.isEmpty()) {
                    b.append(separator);
                }
                b.append(p);
            }
        }
        return b.isEmpty() ? null : b.toString();
    }

    private static String date(LocalDate date) {
        return date.format(DateTimeFormatter.ofPattern("yyyy/MM/dd"));
    }

    private static String time(Instant instant) {
        return Formats.time(instant);
    }

    private static String esc(String text) {
        return XhtmlPdf.escape(text);
    }
}
