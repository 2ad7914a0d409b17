package org.renkei.platform;

import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.GraphicsEnvironment;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.StandardChartTheme;

/**
 * Charts drawn on the server as PNG (JFreeChart; the Vaadin bundle cannot be rebuilt here), with Japanese text in BIZ
 * UDGothic, the font the PDFs embed. Call {@link #useJapaneseFont()} once before creating charts.
 */
public final class ServerCharts {

    public static final String FONT = XhtmlPdf.FONT;
    private static volatile boolean fontReady;

    private ServerCharts() {}

    /** Registers BIZ UDGothic with AWT and makes it the charts' theme font (once per JVM). */
    public static synchronized void useJapaneseFont() {
        if (fontReady) {
            return;
        }
        try (InputStream in = ServerCharts.class.getResourceAsStream("/fonts/BIZUDGothic-Regular.ttf")) {
            if (in != null) {
                Font font = Font.createFont(Font.TRUETYPE_FONT, in);
                GraphicsEnvironment.getLocalGraphicsEnvironment().registerFont(font);
                StandardChartTheme theme = new StandardChartTheme("renkei");
                theme.setExtraLargeFont(new Font(FONT, Font.BOLD, 18));
                theme.setLargeFont(new Font(FONT, Font.BOLD, 14));
                theme.setRegularFont(new Font(FONT, Font.PLAIN, 12));
                theme.setSmallFont(new Font(FONT, Font.PLAIN, 10));
                ChartFactory.setChartTheme(theme);
            }
            fontReady = true;
        } catch (IOException | FontFormatException e) {
            throw new IllegalStateException("BIZ UDGothic could not be loaded for the charts", e);
        }
    }

    public static byte[] png(JFreeChart chart, int width, int height) {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            ChartUtils.writeChartAsPNG(out, chart, width, height);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
