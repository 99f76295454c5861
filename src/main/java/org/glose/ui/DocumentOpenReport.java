package org.glose.ui;

import java.util.function.BooleanSupplier;
import javafx.application.Platform;
import javafx.scene.Scene;
import org.fxmisc.richtext.InlineCssTextArea;
import org.glose.core.model.Document;

/**
 * For the document-window benchmark ({@code glose bench --workload document-window-*}): once the start-up project
 * is open, shows its document {@code name} {@value #OPENS} times (nothing shown in between), then jumps to
 * {@value #JUMPS} places spread over it, and prints on stdout, one line each, the milliseconds from the request
 * to the first frame laid out with the text, its highlights and its stripes:
 * {@code glose-document-open MS} and {@code glose-document-jump MS}, then {@code glose-document-done}.
 * A frame is counted when JavaFX has laid it out (a post-layout pulse), which is when the user sees it.
 */
final class DocumentOpenReport {

    static final int OPENS = 6;
    static final int JUMPS = 20;

    private final MainWindow window;
    private final Scene scene;
    private final String name;
    private Document document;
    private int opened;
    private int jumped;

    private DocumentOpenReport(MainWindow window, Scene scene, String name) {
        this.window = window;
        this.scene = scene;
        this.name = name;
    }

    static void start(MainWindow window, ProjectSession session, Scene scene, String name) {
        DocumentOpenReport report = new DocumentOpenReport(window, scene, name);
        session.projectProperty().addListener((o, was, now) -> {
            if (now != null) {
                session.read(tx -> tx.documents().list().stream().filter(d -> d.name().equals(name)).findFirst()
                        .orElse(null), report::begin);
            }
        });
    }

    private void begin(Document found) {
        if (found == null) {
            System.out.println("glose-document-missing " + name);
            System.out.flush();
            return;
        }
        document = found;
        nextOpen();
    }

    private void nextOpen() {
        if (opened == OPENS) {
            nextJump();
            return;
        }
        opened++;
        DocumentView view = window.documentView();
        view.show(null);
        InlineCssTextArea area = view.area();
        afterFrame(() -> area.getLength() == 0, () -> {
            long t0 = System.nanoTime();
            view.show(document);
            // the text, its highlights and its margin are set in one FX-thread step: the next laid-out frame
            // after the text arrived shows all three
            afterFrame(() -> area.getLength() == document.length(), () -> {
                print("glose-document-open", t0);
                nextOpen();
            });
        });
    }

    private void nextJump() {
        InlineCssTextArea area = window.documentView().area();
        if (jumped == JUMPS) {
            System.out.println("glose-document-done");
            System.out.flush();
            return;
        }
        int paragraphs = area.getParagraphs().size();
        // far apart and never in order, so that no jump finds its paragraphs already laid out
        int target = (int) ((long) paragraphs * ((jumped * 7L) % JUMPS) / JUMPS);
        jumped++;
        long t0 = System.nanoTime();
        area.showParagraphAtTop(target);
        afterFrame(() -> true, () -> {
            print("glose-document-jump", t0);
            nextJump();
        });
    }

    /** Runs {@code then} after the first frame laid out once {@code ready} holds. */
    private void afterFrame(BooleanSupplier ready, Runnable then) {
        Runnable[] listener = new Runnable[1];
        listener[0] = () -> {
            if (ready.getAsBoolean()) {
                scene.removePostLayoutPulseListener(listener[0]);
                Platform.runLater(then);
            } else {
                Platform.requestNextPulse();
            }
        };
        scene.addPostLayoutPulseListener(listener[0]);
        Platform.requestNextPulse();
    }

    private static void print(String what, long t0) {
        System.out.println(what + " " + String.format(java.util.Locale.ROOT, "%.2f", (System.nanoTime() - t0) / 1e6));
        System.out.flush();
    }
}
