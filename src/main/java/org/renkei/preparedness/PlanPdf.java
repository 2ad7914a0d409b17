package org.renkei.preparedness;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.renkei.patient.SummaryText;
import org.renkei.platform.TimeConfiguration;
import org.renkei.platform.XhtmlPdf;

/**
 * The plan for the family as an A4 PDF, in the order of Tokyo's forms: basic information, emergency contacts (安否確認),
 * medical information and devices (from the summary), what to do in a blackout, evacuation, supplies, supporters; and the
 * register of a district as a printable list. Japanese fonts embedded ({@link XhtmlPdf}).
 */
final class PlanPdf {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy/MM/dd");

    private final Function<String, String> label;
    private final StringBuilder html = new StringBuilder(16_384);

    private PlanPdf(Function<String, String> label) {
        this.label = label;
    }

    static byte[] plan(PlanDetails p, Instant printedAt, Function<String, String> label) {
        PlanPdf pdf = new PlanPdf(label);
        pdf.head(label.apply("preparedness.pdf.title"), printedAt, false);
        pdf.plan(p);
        return XhtmlPdf.render(pdf.html.toString());
    }

    static byte[] register(String district, List<RegisterRow> rows, Instant printedAt, Function<String, String> label) {
        PlanPdf pdf = new PlanPdf(label);
        pdf.head(label.apply("preparedness.pdf.register-title"), printedAt, true);
        pdf.register(district, rows);
        return XhtmlPdf.render(pdf.html.toString());
    }

    private void head(String title, Instant printedAt, boolean landscape) {
        String font = XhtmlPdf.FONT;
        html.append("""
                <?xml version="1.0" encoding="UTF-8"?>
                <html xmlns="http://www.w3.org/1999/xhtml" lang="ja"><head><meta charset="UTF-8"/><title>""")
                .append(esc(title)).append("""
                </title><style>
                @page { size: A4 %s; margin: 12mm 12mm 14mm 12mm;
                  @bottom-left { content: "%s"; font-family: '%s'; font-size: 7.5pt; color: #555; }
                  @bottom-right { content: counter(page) " / " counter(pages); font-family: '%s'; font-size: 7.5pt; color: #555; } }
                body { font-family: '%s'; font-size: 9pt; line-height: 1.45; color: #111; }
                h1 { font-size: 15pt; text-align: center; margin: 0 0 2mm 0; letter-spacing: 2pt; }
                .sub { text-align: center; margin-bottom: 3mm; }
                h2 { font-size: 10.5pt; margin: 3.5mm 0 1.5mm 0; padding: 0.8mm 2mm; background: #e8eef6; border-left: 2.5pt solid #1d4f91; page-break-after: avoid; }
                table { width: 100%%; border-collapse: collapse; }
                th, td { border: 0.6pt solid #666; padding: 1.2mm 2mm; vertical-align: top; text-align: left; }
                th { background: #f3f5f8; font-weight: bold; }
                th.k { width: 24%%; }
                .none { color: #777; }
                .box { display: inline-block; width: 3mm; height: 3mm; border: 0.6pt solid #111; margin-right: 1.5mm; }
                .steps li { margin-bottom: 1mm; }
                .state { font-weight: bold; }
                </style></head><body>
                """.formatted(landscape ? "landscape" : "portrait",
                esc(label.apply("preparedness.pdf.footer") + " " + DATE.format(printedAt.atZone(TimeConfiguration.TOKYO))), font, font, font));
        html.append("<h1>").append(esc(title)).append("</h1>");
    }

    private void plan(PlanDetails p) {
        html.append("<div class=\"sub\">").append(esc(p.districtName() + "　" + p.deskName())).append("　")
                .append(esc(label.apply("preparedness.pdf.version").replace("{0}", String.valueOf(p.planVersion())))).append("　")
                .append("<span class=\"state\">").append(esc(label.apply("preparedness.state." + p.state()))).append("</span></div>");
        section("preparedness.pdf.basic");
        row("preparedness.pdf.name", p.patientName() + "（" + p.nameKana() + "）");
        row("preparedness.pdf.born", DATE.format(p.birthDate()) + "　" + p.age() + label.apply("preparedness.pdf.age"));
        row("preparedness.pdf.address", p.address());
        row("preparedness.pdf.phone", p.phone());
        row("preparedness.pdf.care-level", p.medical().careLevel() == null ? null : label.apply("care-level." + p.medical().careLevel()));
        end();
        section("preparedness.pdf.contacts");
        html.append("<tr><th>").append(esc(label.apply("preparedness.contact.name"))).append("</th><th>")
                .append(esc(label.apply("preparedness.contact.phone"))).append("</th><th>")
                .append(esc(label.apply("preparedness.contact.called-by"))).append("</th><th>")
                .append(esc(label.apply("preparedness.contact.within"))).append("</th></tr>");
        if (p.content().contacts().isEmpty()) {
            html.append("<tr><td colspan=\"4\" class=\"none\">—</td></tr>");
        }
        for (PlanContent.CallContact c : p.content().contacts()) {
            html.append("<tr><td>").append(esc(c.name() + (c.relation() == null ? "" : "（" + c.relation() + "）"))).append("</td><td>")
                    .append(esc(nz(c.phone()))).append("</td><td>").append(esc(nz(c.calledBy()))).append("</td><td>")
                    .append(c.withinMinutes() == null ? "" : esc(label.apply("preparedness.pdf.minutes").replace("{0}",
                            String.valueOf(c.withinMinutes())))).append("</td></tr>");
        }
        end();
        section("preparedness.pdf.medical");
        row("preparedness.pdf.primary", p.medical().primaryName());
        row("preparedness.pdf.diagnoses", XhtmlPdf.lines(p.medical().diagnoses()));
        row("preparedness.pdf.medicines", XhtmlPdf.lines(p.medical().medicines()));
        row("preparedness.pdf.allergies", XhtmlPdf.lines(p.medical().allergies()));
        row("preparedness.pdf.resuscitation", p.medical().resuscitation() == null ? null
                : label.apply("resuscitation." + p.medical().resuscitation()));
        end();
        section("preparedness.pdf.devices");
        row("preparedness.pdf.devices-ticked", XhtmlPdf.lines(p.medical().devices().stream().sorted().map(d -> label.apply("device." + d)).toList()));
        row("preparedness.pdf.device-profile", XhtmlPdf.lines(SummaryText.deviceProfile(p.deviceProfile(), label)));
        row("preparedness.pdf.device-notes", p.medical().deviceNotes());
        end();
        html.append("<p>").append(esc(label.apply("preparedness.pdf.from-summary").replace("{0}", String.valueOf(p.summaryVersion()))))
                .append(p.medicalConfirmedBy() == null ? "" : esc("　" + label.apply("preparedness.pdf.medical-confirmed")
                        .replace("{0}", p.medicalConfirmedBy()))).append("</p>");
        html.append("<h2>").append(esc(label.apply("preparedness.pdf.blackout"))).append("</h2><ol class=\"steps\">");
        p.content().blackoutSteps().forEach(s -> html.append("<li>").append(esc(s)).append("</li>"));
        html.append("</ol>");
        section("preparedness.pdf.evacuation");
        PlanContent.Evacuation e = p.content().evacuation();
        row("preparedness.evacuation.decision", e.decision() == null ? null : label.apply("preparedness.stay." + e.decision()));
        row("preparedness.evacuation.place", e.place());
        row("preparedness.evacuation.route", e.route());
        row("preparedness.evacuation.transport", e.transport());
        row("preparedness.evacuation.helpers", e.helpers() == null ? null : String.valueOf(e.helpers()));
        end();
        html.append("<h2>").append(esc(label.apply("preparedness.pdf.supplies"))).append("</h2><div>");
        for (PlanContent.Supply s : p.content().supplies()) {
            html.append("<div><span class=\"box\">").append(s.ready() ? "✓" : "").append("</span>").append(esc(s.item())).append("</div>");
        }
        html.append("</div>");
        section("preparedness.pdf.supporters");
        for (PlanContent.Supporter s : p.content().supporters()) {
            html.append("<tr><th class=\"k\">").append(esc(s.name())).append("</th><td>")
                    .append(esc(nz(s.organisation()) + (s.role() == null ? "" : "　" + s.role()))).append("</td></tr>");
        }
        if (p.content().supporters().isEmpty()) {
            html.append("<tr><td class=\"none\">—</td></tr>");
        }
        end();
        if (p.content().notes() != null) {
            html.append("<p>").append(esc(p.content().notes()).replace("\n", "<br/>")).append("</p>");
        }
        html.append("<p>").append(esc(label.apply("preparedness.pdf.consent"))).append(esc(p.consentBy() == null ? "" : "　" + p.consentBy()))
                .append("</p></body></html>");
    }

    private void register(String district, List<RegisterRow> rows) {
        html.append("<div class=\"sub\">").append(esc(district)).append("　")
                .append(esc(label.apply("preparedness.pdf.count").replace("{0}", String.valueOf(rows.size())))).append("</div><table><tr>");
        for (String k : RegisterColumns.KEYS) {
            html.append("<th>").append(esc(label.apply(k))).append("</th>");
        }
        html.append("</tr>");
        for (RegisterRow r : rows) {
            html.append("<tr>");
            RegisterColumns.cells(r, label).forEach(c -> html.append("<td>").append(esc(c)).append("</td>"));
            html.append("</tr>");
        }
        html.append("</table></body></html>");
    }

    private void section(String key) {
        html.append("<h2>").append(esc(label.apply(key))).append("</h2><table>");
    }

    private void end() {
        html.append("</table>");
    }

    private void row(String key, @Nullable String value) {
        html.append("<tr><th class=\"k\">").append(esc(label.apply(key))).append("</th><td>").append(XhtmlPdf.cell(value))
                .append("</td></tr>");
    }


    private static String nz(@Nullable String v) {
        return v == null ? "" : v;
    }

    private static String esc(String text) {
        return XhtmlPdf.escape(text);
    }
}
