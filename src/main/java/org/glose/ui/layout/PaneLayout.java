package org.glose.ui.layout;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Properties;

/**
 * How the window was arranged for one project: the two dividers of the main split (as fractions of its width),
 * the left tab shown (by its id, e.g. {@code nav-memos}; empty for none) and the document zoom. Kept in
 * {@code layout.properties} in the project's folder (a team project's local cache folder), so that it follows the
 * project. Remembering is a convenience: a file that cannot be read gives the default layout, one that cannot be
 * written (a read-only folder) is left alone.
 */
public record PaneLayout(double left, double right, String leftTab, int zoom) {

    public static final String FILE = "layout.properties";
    public static final PaneLayout DEFAULT = new PaneLayout(0.2, 0.71, "", 100);
    /**
     * The left tabs in the order of the versions that saved the tab by its position ({@code tab=2}) before the
     * Codes tab came second: such a file keeps opening on the tab it was saved with, and the position is still
     * written beside the id so that those versions read ours.
     */
    static final List<String> POSITIONS_OF_OLD = List.of("nav-documents", "nav-cases", "nav-memos", "nav-queries");

    public PaneLayout {
        left = clamp(left, 0.05, 0.6);
        right = clamp(right, left + 0.1, 0.95);
        leftTab = leftTab == null ? "" : leftTab.strip();
        zoom = (int) clamp(zoom, 50, 300);
    }

    /** The layout saved in a project's folder; empty when there is none or it cannot be read. */
    public static Optional<PaneLayout> read(Path folder) {
        Path file = folder.resolve(FILE);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(in);
            return Optional.of(new PaneLayout(Double.parseDouble(p.getProperty("divider.left")),
                    Double.parseDouble(p.getProperty("divider.right")), tab(p), Integer.parseInt(p.getProperty("zoom"))));
        } catch (IOException | RuntimeException e) {
            return Optional.empty(); // a damaged or hand-edited file: the default layout will do
        }
    }

    /** Saves this layout in the project's folder, replacing the file whole; false when it could not be written. */
    public boolean write(Path folder) {
        Properties p = new Properties();
        p.setProperty("divider.left", Double.toString(left));
        p.setProperty("divider.right", Double.toString(right));
        p.setProperty("tab.id", leftTab);
        p.setProperty("tab", Integer.toString(Math.max(0, POSITIONS_OF_OLD.indexOf(leftTab))));
        p.setProperty("zoom", Integer.toString(zoom));
        Path temp = null;
        try {
            temp = Files.createTempFile(folder, ".layout", ".tmp");
            try (Writer out = Files.newBufferedWriter(temp, StandardCharsets.UTF_8)) {
                p.store(out, "Glose window layout for this project");
            }
            Files.move(temp, folder.resolve(FILE), java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                    java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            return true;
        } catch (IOException | RuntimeException e) {
            if (temp != null) {
                temp.toFile().delete();
            }
            return false;
        }
    }

    /** The tab saved by id, else by its position among the four tabs of older versions; empty when neither. */
    private static String tab(Properties p) {
        String id = p.getProperty("tab.id");
        if (id != null) {
            return id;
        }
        String old = p.getProperty("tab");
        if (old == null) {
            return "";
        }
        int position = Integer.parseInt(old.strip());
        return position >= 0 && position < POSITIONS_OF_OLD.size() ? POSITIONS_OF_OLD.get(position) : "";
    }

    public double[] dividers() {
        return new double[] {left, right};
    }

    @Override
    public String toString() {
        return "PaneLayout" + Arrays.toString(dividers()) + " tab " + leftTab + " zoom " + zoom;
    }

    private static double clamp(double value, double min, double max) {
        return Double.isNaN(value) ? min : Math.max(min, Math.min(max, value));
    }
}
