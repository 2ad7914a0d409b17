package org.renkei.oncall;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.renkei.platform.XhtmlPdf;

/**
 * The night's briefs of a covering doctor as an A4 PDF: a page head per cover period, then one block per patient
 * (never split across pages), the full brief in a table, or the minimal one (name, address, phone), with what a full
 * brief lacks marked. Japanese fonts embedded ({@link XhtmlPdf}).
 */
final class BriefPdf {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy/MM/dd");

    private final Function<String, String> label;
    private final StringBuilder html = new StringBuilder(32_768);

    private BriefPdf(Function<String, String> label) {
        this.label = label;
    }

    static byte[] render(List<CoverSheet> sheets, String doctor, Instant printedAt, Function<String, String> label) {
        BriefPdf pdf = new BriefPdf(label);
        pdf.document(sheets, doctor, printedAt);
        return XhtmlPdf.render(pdf.html.toString());
    }

    private void document(List<CoverSheet> sheets, String doctor, Instant printedAt) {
        String font = XhtmlPdf.FONT;
        html.append("""
                <?xml version="1.0" encoding="UTF-8"?>
                <html xmlns="http://www.w3.org/1999/xhtml" lang="ja"><head><meta charset="UTF-8"/><title>""")
                .append(esc(label.apply("oncall.pdf.title"))).append("""
                </title><style>
                @page { size: A4; margin: 12mm 11mm 14mm 11mm;
                  @bottom-left { content: "%s"; font-family: '%s'; font-size: 7.5pt; color: #555; }
                  @bottom-right { content: counter(page) " / " counter(pages); font-family: '%s'; font-size: 7.5pt; color: #555; } }
                body { font-family: '%s'; font-size: 8.8pt; line-height: 1.4; color: #111; }
                h1 { font-size: 14pt; margin: 0 0 1mm 0; }
                .meta { font-size: 8pt; color: #333; margin-bottom: 2mm; }
                h2 { font-size: 10.5pt; margin: 3mm 0 1.5mm 0; padding: 0.8mm 2mm; background: #e8eef6; border-left: 2.5pt solid #1d4f91; }
                .patient { page-break-inside: avoid; border: 0.8pt solid #444; margin: 0 0 3mm 0; padding: 1.5mm 2mm; }
                .name { font-size: 11pt; font-weight: bold; }
                .kana { font-size: 7.5pt; color: #444; }
                table { width: 100%%; border-collapse: collapse; margin-top: 1mm; }
                th, td { border: 0.5pt solid #888; padding: 0.9mm 1.5mm; vertical-align: top; text-align: left; }
                th { background: #f3f5f8; width: 22%%; font-weight: bold; }
                .alert { color: #b00020; font-weight: bold; }
                .none { color: #777; }
                </style></head><body>
                """.formatted(esc(label.apply("oncall.pdf.footer") + " " + Times.time(printedAt)), font, font, font));
        html.append("<h1>").append(esc(label.apply("oncall.pdf.title"))).append("</h1>");
        html.append("<div class=\"meta\">").append(esc(label.apply("oncall.pdf.doctor") + ": " + doctor)).append("</div>");
        if (sheets.isEmpty()) {
            html.append("<p>").append(esc(label.apply("oncall.pdf.nothing"))).append("</p>");
        }
        for (CoverSheet s : sheets) {
            html.append("<h2>").append(esc(label.apply("oncall.period-kind." + s.period().kind()) + "　"
                    + Times.period(s.period().start(), s.period().end())
                    + (s.principalNames().isBlank() ? "" : "　" + label.apply("oncall.pdf.for") + " " + s.principalNames())))
                    .append("</h2>");
            s.briefs().forEach(this::patient);
        }
        html.append("</body></html>");
    }

    private void patient(Brief b) {
        html.append("<div class=\"patient\"><span class=\"name\">").append(esc(b.name())).append("</span>　<span class=\"kana\">")
                .append(esc(b.nameKana())).append("</span>　").append(esc(b.age() + label.apply("oncall.pdf.age") + " " + b.sex()));
        html.append("<table>");
        row("oncall.brief.label.address", b.address());
        row("oncall.brief.label.phone", b.phone());
        row("oncall.brief.label.primary", BriefBuilder.join(" ", b.primaryName(), b.primaryFacility(), b.primaryPhone()));
        if (b.outsideConsent()) {
            html.append("<tr><td colspan=\"2\" class=\"alert\">").append(esc(label.apply("oncall.brief.label.outside-consent")))
                    .append("</td></tr></table></div>");
            return;
        }
        if (b.minimal()) {
            html.append("<tr><td colspan=\"2\">").append(esc(label.apply("oncall.brief.label.minimal"))).append("</td></tr></table></div>");
            return;
        }
        row("oncall.brief.label.resuscitation", BriefBuilder.join("／", b.resuscitation(), b.placeOfCare()), true);
        row("oncall.brief.label.transport", b.transport(), true);
        row("oncall.brief.label.wishes", b.wishes());
        row("oncall.brief.label.diagnoses", XhtmlPdf.lines(b.diagnoses()));
        row("oncall.brief.label.medicines", XhtmlPdf.lines(b.medicines()));
        row("oncall.brief.label.as-needed", XhtmlPdf.lines(b.asNeeded()));
        row("oncall.brief.label.allergies", XhtmlPdf.lines(b.allergies()), true);
        row("oncall.brief.label.contraindications", XhtmlPdf.lines(b.contraindications()), true);
        row("oncall.brief.label.expected-events", XhtmlPdf.lines(b.expectedEvents()));
        row("oncall.brief.label.devices", XhtmlPdf.lines(b.devices()));
        row("oncall.brief.label.key-persons", XhtmlPdf.lines(b.keyPersons()));
        row("oncall.brief.label.entry", b.entry());
        row("oncall.brief.label.nursing", XhtmlPdf.lines(b.nursing()));
        row("oncall.brief.label.last-visit", b.lastVisit() == null ? null : DATE.format(b.lastVisit()));
        row("oncall.brief.label.backup-bed", b.backupBed());
        row("oncall.brief.label.safety", XhtmlPdf.lines(b.safety()), true);
        if (!b.missing().isEmpty()) {
            html.append("<tr><th>").append(esc(label.apply("oncall.brief.label.missing"))).append("</th><td class=\"alert\">")
                    .append(esc(String.join("、", b.missing().stream().map(m -> label.apply("oncall.brief.field." + m)).toList())))
                    .append("</td></tr>");
        }
        html.append("</table></div>");
    }

    private void row(String key, @Nullable String value) {
        row(key, value, false);
    }

    private void row(String key, @Nullable String value, boolean alert) {
        html.append("<tr><th>").append(esc(label.apply(key))).append("</th><td").append(alert ? " class=\"alert\"" : "").append(">");
        html.append(XhtmlPdf.cell(value));
        html.append("</td></tr>");
    }


    private static String esc(String text) {
        return XhtmlPdf.escape(text);
    }
}
