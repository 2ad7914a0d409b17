package org.renkei.events;

import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.function.Function;
import org.renkei.platform.QrCodes;
import org.renkei.platform.TimeConfiguration;
import org.renkei.platform.XhtmlPdf;

/**
 * The 修了証 as an A4 PDF: the member's name, the meeting, its date, the issuer, the certificate's number and the
 * verification link, also as a QR code. Japanese fonts embedded ({@link XhtmlPdf}).
 */
final class CertificatePdf {

    private CertificatePdf() {}

    /** What the certificate states. */
    record Certificate(String code, String memberName, String facilityName, String title, String kindLabel,
            java.time.Instant startsAt, String issuer, String verifyUrl) {}

    static byte[] render(Certificate c, Function<String, String> label) {
        DateTimeFormatter date = DateTimeFormatter.ofPattern(label.apply("events.pdf.date-pattern"));
        String qr = Base64.getEncoder().encodeToString(QrCodes.png(c.verifyUrl(), 200));
        String font = XhtmlPdf.FONT;
        // 修 了 証 is spaced out as on paper; a longer (English) title is not
        boolean wide = label.apply("events.pdf.title").length() <= 4;
        String html = """
                <?xml version="1.0" encoding="UTF-8"?>
                <html xmlns="http://www.w3.org/1999/xhtml" lang="ja"><head><meta charset="UTF-8"/><title>%s</title><style>
                @page { size: A4; margin: 22mm 20mm 18mm 20mm; }
                body { font-family: '%s'; font-size: 12pt; line-height: 1.7; color: #111; }
                .frame { border: 2.5pt double #1d4f91; padding: 16mm 14mm 10mm 14mm; height: 215mm; position: relative; }
                .no { text-align: right; font-size: 9pt; color: #444; }
                h1 { font-size: %s; text-align: center; letter-spacing: %s; margin: 10mm 0 14mm 0; }
                .name { font-size: 18pt; text-align: center; margin-bottom: 2mm; }
                .facility { text-align: center; font-size: 11pt; color: #333; margin-bottom: 12mm; }
                .text { font-size: 13pt; margin: 0 6mm 10mm 6mm; }
                table { margin: 0 auto 14mm auto; border-collapse: collapse; }
                th { text-align: left; font-weight: normal; color: #444; padding: 1.5mm 6mm 1.5mm 0; vertical-align: top; }
                td { padding: 1.5mm 0; font-size: 13pt; }
                .issuer { text-align: right; font-size: 14pt; margin-right: 6mm; }
                .verify { position: absolute; left: 14mm; right: 14mm; bottom: 8mm; font-size: 8.5pt; color: #444; }
                .verify img { width: 24mm; height: 24mm; float: left; margin-right: 4mm; }
                </style></head><body><div class="frame">
                <div class="no">%s</div>
                <h1>%s</h1>
                <div class="name">%s</div>
                <div class="facility">%s</div>
                <div class="text">%s</div>
                <table>
                <tr><th>%s</th><td>%s</td></tr>
                <tr><th>%s</th><td>%s</td></tr>
                <tr><th>%s</th><td>%s</td></tr>
                </table>
                <div class="issuer">%s</div>
                <div class="verify"><img src="data:image/png;base64,%s" alt=""/>%s<br/>%s</div>
                </div></body></html>
                """.formatted(esc(label.apply("events.pdf.title")), font, wide ? "30pt" : "24pt", wide ? "14pt" : "1pt",
                esc(label.apply("events.pdf.number") + " " + c.code()),
                esc(label.apply("events.pdf.title")),
                esc(label.apply("events.pdf.name").replace("{0}", c.memberName())),
                esc(c.facilityName()),
                esc(label.apply("events.pdf.text")),
                esc(label.apply("events.pdf.meeting")), esc(c.title()),
                esc(label.apply("events.pdf.kind")), esc(c.kindLabel()),
                esc(label.apply("events.pdf.held")), esc(date.format(c.startsAt().atZone(TimeConfiguration.TOKYO))),
                esc(c.issuer()), qr,
                esc(label.apply("events.pdf.verify")), esc(c.verifyUrl()));
        return XhtmlPdf.render(html);
    }

    private static String esc(String s) {
        return XhtmlPdf.escape(s);
    }
}
