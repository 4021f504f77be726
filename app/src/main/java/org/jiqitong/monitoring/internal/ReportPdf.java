package org.jiqitong.monitoring.internal;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.awt.Font;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.StandardChartTheme;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.data.category.DefaultCategoryDataset;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * The half-yearly report as a PDF: a Thymeleaf template in XHTML ({@code templates/monitoring/report.xhtml}) with
 * the dashboards' tables and definitions, charts drawn as PNG images (JFreeChart), rendered by openhtmltopdf with a
 * Chinese TrueType font embedded (subset) — so the text is real text (searchable, copyable), never tofu. The font is
 * {@code jiqitong.report.font} or the first of the usual Debian CJK TrueType fonts found; without one the report
 * fails with that reason (OpenType/CFF fonts such as Noto CJK cannot be embedded by PDFBox).
 */
@Component
class ReportPdf {

    private static final List<String> FONTS = List.of("/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf",
            "/usr/share/fonts/truetype/arphic-gbsn00lp/gbsn00lp.ttf", "/usr/share/fonts/truetype/arphic-gkai00mp/gkai00mp.ttf");

    private final SpringTemplateEngine engine = new SpringTemplateEngine();
    private final String configuredFont;

    ReportPdf(MessageSource messages, @Value("${jiqitong.report.font:}") String configuredFont) {
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
        resolver.setPrefix("templates/");
        resolver.setTemplateMode(TemplateMode.XML);
        resolver.setCharacterEncoding("UTF-8");
        engine.setTemplateResolver(resolver);
        engine.setTemplateEngineMessageSource(messages);
        this.configuredFont = configuredFont;
    }

    Path font() {
        if (configuredFont != null && !configuredFont.isBlank()) {
            Path p = Path.of(configuredFont);
            if (!Files.isReadable(p)) {
                throw new IllegalStateException("找不到报告字体 jiqitong.report.font=" + configuredFont);
            }
            return p;
        }
        return FONTS.stream().map(Path::of).filter(Files::isReadable).findFirst().orElseThrow(() -> new IllegalStateException(
                "找不到可嵌入的中文 TrueType 字体:请安装 fonts-droid-fallback(apt-get install -y fonts-droid-fallback),"
                        + "或以 jiqitong.report.font 指定一个 .ttf 文件"));
    }

    byte[] render(Map<String, Object> variables) throws IOException {
        Path font = font();
        Context context = new Context(Locale.SIMPLIFIED_CHINESE, variables);
        String xhtml = engine.process("monitoring/report.xhtml", context);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.useFastMode();
        // one face for every weight: headings and table heads are drawn from it too, never from an unembedded Times
        builder.useFont(font.toFile(), "cjk");
        builder.useFont(font.toFile(), "cjk", 700, com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle.NORMAL, true);
        builder.withHtmlContent(xhtml, null);
        builder.toStream(out);
        builder.run();
        return out.toByteArray();
    }

    /** A bar (or line) chart of one series as a PNG data URI, its labels in the embedded font. */
    String chart(String title, String series, List<String> categories, List<Number> values, boolean line) throws IOException {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (int i = 0; i < categories.size(); i++) {
            data.addValue(values.get(i), series, categories.get(i));
        }
        StandardChartTheme theme = (StandardChartTheme) StandardChartTheme.createJFreeTheme();
        try {
            Font base = Font.createFont(Font.TRUETYPE_FONT, font().toFile());
            theme.setExtraLargeFont(base.deriveFont(Font.BOLD, 16f));
            theme.setLargeFont(base.deriveFont(13f));
            theme.setRegularFont(base.deriveFont(11f));
            theme.setSmallFont(base.deriveFont(10f));
        } catch (java.awt.FontFormatException e) {
            throw new IOException(e);
        }
        JFreeChart chart = line
                ? ChartFactory.createLineChart(title, null, null, data, PlotOrientation.VERTICAL, false, false, false)
                : ChartFactory.createBarChart(title, null, null, data, PlotOrientation.VERTICAL, false, false, false);
        theme.apply(chart);
        chart.getCategoryPlot().getDomainAxis().setCategoryLabelPositions(
                org.jfree.chart.axis.CategoryLabelPositions.UP_45);
        BufferedImage image = chart.createBufferedImage(900, 420);
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        javax.imageio.ImageIO.write(image, "png", png);
        return "data:image/png;base64," + Base64.getEncoder().encodeToString(png.toByteArray());
    }
}
