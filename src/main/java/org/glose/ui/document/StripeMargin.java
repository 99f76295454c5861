package org.glose.ui.document;

import static org.glose.ui.i18n.I18n.t;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.IntFunction;
import javafx.event.EventTarget;
import javafx.scene.AccessibleRole;
import javafx.scene.Cursor;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseButton;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.Region;
import javafx.util.Duration;
import org.glose.core.model.Coding;
import org.glose.core.model.Memo;
import org.glose.ui.document.Stripes.Stripe;

/**
 * The margin left of the text: for each paragraph RichTextFX shows, a node with one coloured bar per coding in
 * its lane, the code's name where the coding starts, a tooltip with code, coder and memo, and "+n" for codings
 * beyond the lanes drawn. Only visible paragraphs get a node (RichTextFX creates them as it scrolls), so a long
 * document with thousands of codings costs what is on screen. A click on a bar or name selects the coding.
 */
public final class StripeMargin {

    static final double LABEL_WIDTH = 118;
    static final double LANE_WIDTH = 9;
    static final double BAR_WIDTH = 5;
    private static final double LABEL_HEIGHT = 15;
    private static final double GAP = 6;
    /** How close to a bar's top or bottom a press grabs that end of the coding (pixels). */
    static final double HANDLE = 4;

    /** A stripe's end dragged with the mouse (BoundaryMode does the moving). */
    public interface EndDrag {
        void grab(Coding coding, boolean end, String codeName);

        void dragTo(double sceneX, double sceneY);

        void drop();
    }

    private Stripes stripes = Stripes.NONE;
    private int[] paragraphStarts = {0};
    private int textLength;
    private long selectedId = -1;
    private Consumer<Coding> onSelect = c -> { };
    private BiConsumer<Coding, Long> onCodeDropped = (c, code) -> { };
    private Consumer<Memo> onNote = m -> { };
    private List<Memo> notes = List.of();
    private EndDrag endDrag;
    private java.util.function.BooleanSupplier locked = () -> false;

    /**
     * While {@code locked} says so (a read-only project), a stripe's ends are not handles and a code dropped on a
     * stripe is not taken: a press only selects the coding.
     */
    public void setLocked(java.util.function.BooleanSupplier locked) {
        this.locked = locked;
    }

    /** What dragging the top or bottom end of a stripe does (resizes the coding). */
    public void setOnEndDrag(EndDrag endDrag) {
        this.endDrag = endDrag;
    }

    public void setOnSelect(Consumer<Coding> onSelect) {
        this.onSelect = onSelect;
    }

    /** What a code dropped on a stripe does (recode that coding). */
    public void setOnCodeDropped(BiConsumer<Coding, Long> onCodeDropped) {
        this.onCodeDropped = onCodeDropped;
    }

    /** What a click on an annotation's mark does (opens the memo). */
    public void setOnNote(Consumer<Memo> onNote) {
        this.onNote = onNote;
    }

    public Stripes stripes() {
        return stripes;
    }

    /**
     * The factory to give the area for the current stripes, or null when there are none. A new factory each
     * call, so that setting it makes RichTextFX redraw the visible paragraphs.
     */
    public IntFunction<Node> show(Stripes shown, List<Memo> annotations, int[] starts, int length,
                                  long selectedCodingId) {
        this.stripes = shown;
        this.notes = annotations.stream().filter(m -> m.passage() != null)
                .sorted(java.util.Comparator.comparingInt(m -> m.passage().start())).toList();
        this.paragraphStarts = starts.length == 0 ? new int[] {0} : starts;
        this.textLength = length;
        this.selectedId = selectedCodingId;
        if (shown.size() == 0 && notes.isEmpty()) {
            return null;
        }
        double width = width(shown);
        return paragraph -> new ParagraphStripes(paragraph, width);
    }

    static double width(Stripes s) {
        return LABEL_WIDTH + Math.max(1, Math.min(s.laneCount(), Stripes.MAX_LANES)) * LANE_WIDTH + GAP;
    }

    /** Paragraph starts of a text: 0, then the offset after each line feed (RichTextFX's paragraphs). */
    public static int[] paragraphStarts(String text) {
        List<Integer> starts = new ArrayList<>();
        starts.add(0);
        for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
            starts.add(i + 1);
        }
        return starts.stream().mapToInt(Integer::intValue).toArray();
    }

    /** True for mouse events on the margin, which the text area's own mouse handling must leave alone. */
    public static boolean inMargin(EventTarget target) {
        for (Node n = target instanceof Node node ? node : null; n != null; n = n.getParent()) {
            if (n instanceof ParagraphStripes) {
                return true;
            }
        }
        return false;
    }

    /** A press selects (the area would otherwise move its caret there); the click that follows is kept too. */
    private void selectOnPress(Node node, Stripe s) {
        node.setOnMousePressed(e -> {
            if (e.getButton() == MouseButton.PRIMARY) {
                onSelect.accept(s.coding());
            }
            e.consume();
        });
        node.setOnMouseReleased(javafx.event.Event::consume);
        node.setOnMouseClicked(javafx.event.Event::consume);
    }

    static String tooltip(Stripe s) {
        StringBuilder text = new StringBuilder(s.codeName()).append("\n").append(t("document.stripe.coder",
                s.coderName()));
        if (s.memo() != null && !s.memo().isBlank()) {
            text.append("\n").append(t("document.stripe.memo",
                    s.memo().length() > 300 ? s.memo().substring(0, 300) + "…" : s.memo()));
        }
        return text.append("\n").append(t("document.stripe.help")).toString();
    }

    /** One paragraph's part of the margin; lays its bars out on the height RichTextFX gives it. */
    private final class ParagraphStripes extends Region {

        private final int from;
        private final int to;
        private final List<Stripe> shown = new ArrayList<>();
        private final List<Region> bars = new ArrayList<>();
        private final List<Label> labels = new ArrayList<>();
        private final List<Stripe> labelled = new ArrayList<>();
        private final Label more = new Label();
        private final List<Label> marks = new ArrayList<>();
        private final List<Memo> noted = new ArrayList<>();
        private final double width;

        ParagraphStripes(int paragraph, double width) {
            this.width = width;
            this.from = paragraph < paragraphStarts.length ? paragraphStarts[paragraph] : textLength;
            this.to = paragraph + 1 < paragraphStarts.length ? paragraphStarts[paragraph + 1] : textLength + 1;
            getStyleClass().add("stripe-margin");
            int hidden = 0;
            List<String> hiddenNames = new ArrayList<>();
            for (Stripe s : stripes.overlapping(from, to)) {
                if (s.lane() >= Stripes.MAX_LANES) {
                    hidden++;
                    hiddenNames.add(t("document.stripe.hidden", s.codeName(), s.coderName()));
                    continue;
                }
                shown.add(s);
                bars.add(bar(s));
                if (s.start() >= from) {
                    labelled.add(s);
                    labels.add(label(s));
                }
            }
            getChildren().addAll(bars);
            getChildren().addAll(labels);
            for (Memo m : notes) {
                if (m.passage().start() >= from && m.passage().start() < to) {
                    Label mark = new Label("✎");
                    mark.getStyleClass().add("annotation-mark");
                    mark.setCursor(Cursor.HAND);
                    mark.setAccessibleText(t("document.annotation", m.title()));
                    Tooltip tip = new Tooltip(m.title() + "\n" + (m.text().length() > 300
                            ? m.text().substring(0, 300) + "…" : m.text()) + "\n" + t("document.annotation.open"));
                    tip.setWrapText(true);
                    tip.setMaxWidth(360);
                    tip.setShowDelay(Duration.millis(250));
                    mark.setTooltip(tip);
                    mark.getProperties().put(Memo.class, m);
                    mark.setOnMousePressed(e -> {
                        onNote.accept(m);
                        e.consume();
                    });
                    marks.add(mark);
                    noted.add(m);
                }
            }
            getChildren().addAll(marks);
            if (hidden > 0) {
                more.setText("+" + hidden);
                more.getStyleClass().add("stripe-more");
                Tooltip tip = new Tooltip(String.join("\n", hiddenNames));
                tip.setShowDelay(Duration.millis(250));
                more.setTooltip(tip);
                getChildren().add(more);
            }
        }

        private Region bar(Stripe s) {
            Region bar = new Region();
            bar.getStyleClass().add("coding-stripe");
            if (s.coding().id() == selectedId) {
                bar.getStyleClass().add("selected");
            }
            bar.setStyle("-fx-background-color: " + s.colour() + ";");
            bar.setCursor(Cursor.HAND);
            bar.setAccessibleRole(AccessibleRole.BUTTON);
            bar.setAccessibleText(t("document.stripe.accessible", s.codeName(), s.coderName()));
            bar.getProperties().put(Coding.class, s.coding());
            Tooltip tip = new Tooltip(tooltip(s));
            tip.setShowDelay(Duration.millis(250));
            tip.setWrapText(true);
            tip.setMaxWidth(360);
            Tooltip.install(bar, tip);
            selectOnPress(bar, s);
            resizeByEnds(bar, s);
            bar.setOnDragOver(e -> {
                if (CodeDrag.codeId(e.getDragboard()).isPresent() && !locked.getAsBoolean()) {
                    e.acceptTransferModes(TransferMode.COPY_OR_MOVE);
                    e.consume();
                }
            });
            bar.setOnDragDropped(e -> {
                var code = CodeDrag.codeId(e.getDragboard());
                if (code.isPresent() && !locked.getAsBoolean()) {
                    onCodeDropped.accept(s.coding(), code.getAsLong());
                    e.setDropCompleted(true);
                    e.consume();
                }
            });
            return bar;
        }

        /**
         * The bar's top (where the coding starts in this paragraph) and bottom (where it ends) are handles: a
         * press there grabs that end instead of selecting, and the drag into the text moves it.
         */
        private void resizeByEnds(Region bar, Stripe s) {
            boolean[] dragging = {false};
            bar.setOnMouseMoved(e -> bar.setCursor(handle(bar, s, e.getY()) == null ? Cursor.HAND : Cursor.V_RESIZE));
            bar.addEventFilter(javafx.scene.input.MouseEvent.MOUSE_PRESSED, e -> {
                Boolean end = handle(bar, s, e.getY());
                if (end != null && endDrag != null && e.getButton() == MouseButton.PRIMARY) {
                    dragging[0] = true;
                    endDrag.grab(s.coding(), end, s.codeName());
                    e.consume();
                }
            });
            bar.setOnMouseDragged(e -> {
                if (dragging[0]) {
                    endDrag.dragTo(e.getSceneX(), e.getSceneY());
                }
                e.consume();
            });
            bar.addEventFilter(javafx.scene.input.MouseEvent.MOUSE_RELEASED, e -> {
                if (dragging[0]) {
                    dragging[0] = false;
                    endDrag.drop();
                    e.consume();
                }
            });
        }

        /** True for the end handle, false for the start handle, null elsewhere on the bar. */
        private Boolean handle(Region bar, Stripe s, double y) {
            if (locked.getAsBoolean()) {
                return null; // nothing to resize on a read-only project
            }
            double h = bar.getHeight();
            boolean end = s.end() <= to && y >= h - HANDLE;
            boolean start = s.start() >= from && y <= HANDLE;
            if (end && start) {
                return y > h / 2;
            }
            return end ? Boolean.TRUE : start ? Boolean.FALSE : null;
        }

        private Label label(Stripe s) {
            Label label = new Label(s.codeName());
            label.getStyleClass().add("stripe-label");
            if (s.coding().id() == selectedId) {
                label.getStyleClass().add("selected");
            }
            label.setMinWidth(0);
            label.setCursor(Cursor.HAND);
            label.getProperties().put(Coding.class, s.coding());
            selectOnPress(label, s);
            Tooltip tip = new Tooltip(tooltip(s));
            tip.setShowDelay(Duration.millis(250));
            tip.setWrapText(true);
            tip.setMaxWidth(360);
            label.setTooltip(tip);
            return label;
        }

        @Override
        protected double computePrefWidth(double height) {
            return width;
        }

        @Override
        protected double computeMinWidth(double height) {
            return width;
        }

        @Override
        protected double computePrefHeight(double w) {
            return LABEL_HEIGHT;
        }

        @Override
        protected void layoutChildren() {
            double h = getHeight();
            for (int i = 0; i < shown.size(); i++) {
                Stripe s = shown.get(i);
                double top = y(s.start(), h);
                double bottom = Math.max(top + 4, y(s.end(), h));
                bars.get(i).resizeRelocate(LABEL_WIDTH + s.lane() * LANE_WIDTH, top, BAR_WIDTH,
                        Math.min(h, bottom) - top);
            }
            double next = 0;
            double labelsEnd = more.getParent() == this ? h - LABEL_HEIGHT : h;
            for (int i = 0; i < labels.size(); i++) {
                double y = Math.max(next, y(labelled.get(i).start(), h) - 1);
                boolean fits = y + LABEL_HEIGHT <= Math.max(labelsEnd, LABEL_HEIGHT);
                labels.get(i).setVisible(fits);
                labels.get(i).resizeRelocate(0, y, LABEL_WIDTH - 4, LABEL_HEIGHT);
                next = y + LABEL_HEIGHT;
            }
            if (more.getParent() == this) {
                more.resizeRelocate(0, Math.max(0, h - LABEL_HEIGHT), LABEL_WIDTH - 4, LABEL_HEIGHT);
            }
            double nextMark = 0;
            for (int i = 0; i < marks.size(); i++) {
                double y = Math.max(nextMark, y(noted.get(i).passage().start(), h) - 1);
                marks.get(i).resizeRelocate(0, Math.min(y, Math.max(0, h - LABEL_HEIGHT)), 14, LABEL_HEIGHT);
                nextMark = y + LABEL_HEIGHT;
            }
        }

        /** The height in this paragraph of a text offset, in proportion to its place in the paragraph's text. */
        private double y(int offset, double h) {
            if (offset <= from) {
                return 0;
            }
            if (offset >= to) {
                return h;
            }
            return h * (offset - from) / Math.max(1, to - from);
        }
    }
}
