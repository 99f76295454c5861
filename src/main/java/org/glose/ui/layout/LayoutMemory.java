package org.glose.ui.layout;

import java.nio.file.Path;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.IntConsumer;
import java.util.function.IntSupplier;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.beans.Observable;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.util.Duration;

/**
 * Keeps the window's layout per project (the left tab by its id, so that adding a tab moves no one's choice): restores it when a project opens, saves it a moment after the user
 * stops moving a divider, changing tab or zooming, and when the project is closed or switched (nothing for a project opened read-only). The file is read
 * and written on a thread of its own, never on the FX thread.
 */
public final class LayoutMemory {

    private final SplitPane split;
    private final TabPane tabs;
    private final IntSupplier zoom;
    private final IntConsumer setZoom;
    private final PauseTransition settle = new PauseTransition(Duration.millis(800));
    private final ExecutorService files = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "glose-layout");
        t.setDaemon(true);
        return t;
    });
    private Path folder;
    private long opened;
    private boolean applying;

    /** @param zoomChanges what changes when the zoom does */
    public LayoutMemory(SplitPane split, TabPane tabs, IntSupplier zoom, IntConsumer setZoom,
                        Observable zoomChanges) {
        this.split = split;
        this.tabs = tabs;
        this.zoom = zoom;
        this.setZoom = setZoom;
        settle.setOnFinished(e -> save());
        Runnable changed = () -> {
            if (!applying && folder != null) {
                settle.playFromStart();
            }
        };
        split.getDividers().forEach(d -> d.positionProperty().addListener(o -> changed.run()));
        tabs.getSelectionModel().selectedItemProperty().addListener(o -> changed.run());
        zoomChanges.addListener(o -> changed.run());
    }

    /** The layout shown now. */
    public PaneLayout current() {
        double[] d = split.getDividerPositions();
        Tab shown = tabs.getSelectionModel().getSelectedItem();
        return new PaneLayout(d[0], d.length > 1 ? d[1] : PaneLayout.DEFAULT.right(),
                shown == null ? "" : shown.getId(), zoom.getAsInt());
    }

    /**
     * Saves the layout of the project being left, then shows the one saved with {@code next}; a project without
     * one keeps the layout on screen (and gets it saved as its own once the user changes it).
     */
    public void switchTo(Path next) {
        save();
        folder = next;
        long ticket = ++opened;
        if (next == null) {
            return;
        }
        files.execute(() -> {
            PaneLayout.read(next).ifPresent(saved -> Platform.runLater(() -> {
                if (ticket == opened) {
                    apply(saved);
                }
            }));
        });
    }

    /** Saves the current layout now (the window is closing, or the project switching). */
    public void save() {
        settle.stop();
        Path target = folder;
        if (target != null) {
            PaneLayout layout = current();
            files.execute(() -> layout.write(target));
        }
    }

    /** Waits until every pending read and write is done (the window closing; tests). */
    public void flush() {
        try {
            files.submit(() -> { }).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (java.util.concurrent.ExecutionException e) {
            // nothing can fail in an empty task
        }
    }

    private void apply(PaneLayout layout) {
        applying = true;
        try {
            tabs.getTabs().stream().filter(tab -> layout.leftTab().equals(tab.getId())).findFirst()
                    .ifPresent(tab -> tabs.getSelectionModel().select(tab));
            split.setDividerPositions(layout.dividers());
            setZoom.accept(layout.zoom());
        } finally {
            applying = false;
        }
    }
}
