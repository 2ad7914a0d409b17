package org.renkei.beds;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.renkei.platform.TimeConfiguration;
import org.renkei.platform.XhtmlPdf;

/**
 * The 診療情報提供書 of a backup-bed request as an A4 PDF: to the hospital, from the 主治医, why and how urgently, and the
 * patient's sheet from the summary. Japanese fonts embedded ({@link XhtmlPdf}).
 */
final class ReferralPdf {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy/MM/dd");

    private final Function<String, String> label;
    private final StringBuilder html = new StringBuilder(16_384);

    private ReferralPdf(Function<String, String> label) {
        this.label = label;
    }

    static byte[] render(RequestInfo r, PatientSheet sheet, String doctorClinic, Instant printedAt, Function<String, String> label) {
        ReferralPdf pdf = new ReferralPdf(label);
        pdf.document(r, sheet, doctorClinic, printedAt);
        return XhtmlPdf.render(pdf.html.toString());
    }

    private void document(RequestInfo r, PatientSheet s, String doctorClinic, Instant printedAt) {
        String font = XhtmlPdf.FONT;
        html.append("""
                <?xml version="1.0" encoding="UTF-8"?>
                <html xmlns="http://www.w3.org/1999/xhtml" lang="ja"><head><meta charset="UTF-8"/><title>""")
                .append(esc(label.apply("beds.pdf.title"))).append("""
                </title><style>
                @page { size: A4; margin: 14mm 12mm 16mm 12mm;
                  @bottom-left { content: "%s"; font-family: '%s'; font-size: 7.5pt; color: #555; }
                  @bottom-right { content: counter(page) " / " counter(pages); font-family: '%s'; font-size: 7.5pt; color: #555; } }
                body { font-family: '%s'; font-size: 9pt; line-height: 1.45; color: #111; }
                h1 { font-size: 15pt; text-align: center; margin: 0 0 3mm 0; letter-spacing: 2pt; }
                .to { font-size: 11pt; margin-bottom: 2mm; }
                .from { text-align: right; margin-bottom: 3mm; }
                h2 { font-size: 10.5pt; margin: 4mm 0 1.5mm 0; padding: 0.8mm 2mm; background: #e8eef6; border-left: 2.5pt solid #1d4f91; }
                table { width: 100%%; border-collapse: collapse; }
                th, td { border: 0.6pt solid #666; padding: 1.3mm 2mm; vertical-align: top; text-align: left; }
                th { background: #f3f5f8; width: 24%%; font-weight: bold; }
                .urgent { color: #b00020; font-weight: bold; }
                .none { color: #777; }
                </style></head><body>
                """.formatted(esc(label.apply("beds.pdf.footer") + " " + DATE.format(printedAt.atZone(TimeConfiguration.TOKYO))),
                font, font, font));
        html.append("<h1>").append(esc(label.apply("beds.pdf.title"))).append("</h1>");
        html.append("<div class=\"to\">").append(esc(r.hospitalName() + "　" + label.apply("beds.pdf.to"))).append("</div>");
        html.append("<div class=\"from\">").append(esc(doctorClinic + "　" + r.doctorName())).append("<br/>")
                .append(esc(DATE.format((r.sentAt() == null ? r.createdAt() : r.sentAt()).atZone(TimeConfiguration.TOKYO))))
                .append("</div>");
        html.append("<h2>").append(esc(label.apply("beds.pdf.request"))).append("</h2><table>");
        row("beds.pdf.purpose", label.apply("beds.purpose." + r.purpose()));
        html.append("<tr><th>").append(esc(label.apply("beds.pdf.urgency"))).append("</th><td")
                .append(r.urgency() == Urgency.TODAY ? " class=\"urgent\"" : "").append(">")
                .append(esc(label.apply("beds.urgency." + r.urgency()))).append("</td></tr>");
        row("beds.pdf.transport", label.apply("beds.transport." + r.transport()));
        row("beds.pdf.note", r.note());
        html.append("</table><h2>").append(esc(label.apply("beds.pdf.patient"))).append("</h2><table>");
        row("beds.pdf.name", s.name() + "（" + s.nameKana() + "）");
        row("beds.pdf.born", DATE.format(s.birthDate()) + "　" + s.age() + label.apply("beds.pdf.age") + "　" + s.sex());
        row("beds.pdf.address", s.address());
        row("beds.pdf.phone", s.phone());
        row("beds.pdf.diagnoses", XhtmlPdf.lines(s.diagnoses()));
        row("beds.pdf.medicines", XhtmlPdf.lines(s.medicines()));
        row("beds.pdf.allergies", XhtmlPdf.lines(s.allergies()));
        row("beds.pdf.contraindications", XhtmlPdf.lines(s.contraindications()));
        row("beds.pdf.resuscitation", join(s.resuscitation(), s.placeOfCare()));
        row("beds.pdf.wishes", s.wishes());
        row("beds.pdf.key-persons", XhtmlPdf.lines(s.keyPersons()));
        row("beds.pdf.devices", XhtmlPdf.lines(s.devices()));
        html.append("</table><p>").append(esc(label.apply("beds.pdf.from-summary").replace("{0}", String.valueOf(s.summaryVersion()))))
                .append("</p></body></html>");
    }

    private void row(String key, @Nullable String value) {
        html.append("<tr><th>").append(esc(label.apply(key))).append("</th><td>");
        html.append(XhtmlPdf.cell(value));
        html.append("</td></tr>");
    }


    private static @Nullable String join(@Nullable String a, @Nullable String b) {
        return a == null ? b : b == null ? a : a + "／" + b;
    }

    private static String esc(String text) {
        return XhtmlPdf.escape(text);
    }
}
