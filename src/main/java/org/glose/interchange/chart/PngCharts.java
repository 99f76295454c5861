package org.glose.interchange.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Map;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageOutputStream;
import org.glose.core.analysis.chart.ChartScene;
import org.glose.core.analysis.chart.ChartScene.Label;
import org.glose.core.analysis.chart.ChartScene.Line;
import org.glose.core.analysis.chart.ChartScene.Rect;
import org.glose.core.analysis.chart.ChartScene.Shape;

/**
 * Draws a {@link ChartScene} with Java 2D into a PNG, the same picture the SVG shows, at {@code scale} times its
 * size (2 gives print-quality figures), with the provenance in the file's {@code tEXt} chunks (key "glose.…").
 * Works headless: no window is needed.
 */
public final class PngCharts {

    private PngCharts() {
    }

    public static BufferedImage render(ChartScene scene, double scale) {
        int w = (int) Math.ceil(scene.width() * scale);
        int h = (int) Math.ceil(scene.height() * scale);
        BufferedImage image = new BufferedImage(Math.max(1, w), Math.max(1, h), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, image.getWidth(), image.getHeight());
            g.scale(scale, scale);
            for (Shape shape : scene.shapes()) {
                if (shape instanceof Rect r) {
                    rect(g, r);
                } else if (shape instanceof Label l) {
                    label(g, l);
                } else if (shape instanceof Line l) {
                    g.setColor(Color.decode(l.colour()));
                    g.setStroke(new BasicStroke((float) l.width()));
                    g.draw(new Line2D.Double(l.x1(), l.y1(), l.x2(), l.y2()));
                }
            }
        } finally {
            g.dispose();
        }
        return image;
    }

    public static void write(ChartScene scene, double scale, Map<String, String> provenance, Path file)
            throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            write(scene, scale, provenance, out);
        }
    }

    public static void write(ChartScene scene, double scale, Map<String, String> provenance, OutputStream out)
            throws IOException {
        BufferedImage image = render(scene, scale);
        Iterator<ImageWriter> writers = ImageIO.getImageWritersByFormatName("png");
        ImageWriter writer = writers.next();
        try (ImageOutputStream stream = ImageIO.createImageOutputStream(out)) {
            writer.setOutput(stream);
            ImageWriteParam param = writer.getDefaultWriteParam();
            IIOMetadata metadata = writer.getDefaultImageMetadata(ImageTypeSpecifier.createFromRenderedImage(image),
                    param);
            if (!provenance.isEmpty()) {
                IIOMetadataNode text = new IIOMetadataNode("tEXt");
                provenance.forEach((k, v) -> {
                    IIOMetadataNode entry = new IIOMetadataNode("tEXtEntry");
                    entry.setAttribute("keyword", ("glose." + k).substring(0, Math.min(79, 6 + k.length())));
                    entry.setAttribute("value", latin1(v));
                    text.appendChild(entry);
                });
                IIOMetadataNode root = new IIOMetadataNode("javax_imageio_png_1.0");
                root.appendChild(text);
                metadata.mergeTree("javax_imageio_png_1.0", root);
            }
            writer.write(null, new IIOImage(image, null, metadata), param);
        } finally {
            writer.dispose();
        }
    }

    /** PNG tEXt holds Latin-1: other characters become '?'. */
    private static String latin1(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        s.chars().forEach(c -> sb.append(c < 256 ? (char) c : '?'));
        return sb.toString();
    }

    private static void rect(Graphics2D g, Rect r) {
        Rectangle2D shape = new Rectangle2D.Double(r.x(), r.y(), r.width(), r.height());
        if (r.fill() != null) {
            g.setColor(Color.decode(r.fill()));
            g.fill(shape);
        }
        if (r.stroke() != null) {
            g.setColor(Color.decode(r.stroke()));
            g.setStroke(new BasicStroke(1f));
            g.draw(shape);
        }
    }

    private static void label(Graphics2D g, Label l) {
        g.setFont(new Font(Font.SANS_SERIF, l.bold() ? Font.BOLD : Font.PLAIN, 1).deriveFont((float) l.size()));
        g.setColor(Color.decode(l.colour()));
        FontMetrics metrics = g.getFontMetrics();
        double width = metrics.stringWidth(l.text());
        double dx = switch (l.anchor()) {
            case START -> 0;
            case MIDDLE -> -width / 2;
            case END -> -width;
        };
        AffineTransform saved = g.getTransform();
        g.translate(l.x(), l.y());
        if (l.angle() != 0) {
            g.rotate(Math.toRadians(l.angle()));
        }
        g.drawString(l.text(), (float) dx, 0f);
        g.setTransform(saved);
    }
}
