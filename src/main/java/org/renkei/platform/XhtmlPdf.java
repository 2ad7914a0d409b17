package org.renkei.platform;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Collection;
import org.jspecify.annotations.Nullable;
import org.springframework.web.util.HtmlUtils;

/**
 * Printable documents: XHTML laid out as PDF by OpenHTMLtoPDF (PDFBox), with BIZ UDGothic (a universal-design Japanese
 * typeface, SIL OFL) embedded as a subset, so the page reads the same on any printer or viewer. The XHTML names the
 * font as {@link #FONT}.
 */
public final class XhtmlPdf {

    public static final String FONT = "BIZ UDGothic";

    private XhtmlPdf() {}

    public static byte[] render(String xhtml) {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024)) {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.useFont(() -> XhtmlPdf.class.getResourceAsStream("/fonts/BIZUDGothic-Regular.ttf"), FONT, 400,
                    BaseRendererBuilder.FontStyle.NORMAL, true);
            builder.useFont(() -> XhtmlPdf.class.getResourceAsStream("/fonts/BIZUDGothic-Bold.ttf"), FONT, 700,
                    BaseRendererBuilder.FontStyle.NORMAL, true);
            builder.withHtmlContent(xhtml, null);
            builder.toStream(out);
            builder.run();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Text as XHTML content: escaped, without the control characters XML 1.0 forbids (a pasted one must not break the page). */
    public static String escape(String text) {
        return HtmlUtils.htmlEscape(text.replaceAll("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F]", ""), "UTF-8");
    }

    /** A table cell's content: the value escaped, its lines kept, or a grey dash when there is none. */
    public static String cell(@Nullable String value) {
        return value == null || value.isBlank() ? "<span class=\"none\">—</span>" : escape(value).replace("\n", "<br/>");
    }

    /** Values as lines of one cell; null when there are none (so that {@link #cell} shows the dash). */
    public static @Nullable String lines(Collection<String> values) {
        return values.isEmpty() ? null : String.join("\n", values);
    }
}
