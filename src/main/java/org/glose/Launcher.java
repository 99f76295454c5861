package org.glose;

import org.glose.cli.GloseCli;
import org.glose.ui.GloseApp;

/**
 * Starts Glose: the window without arguments, the command line with a subcommand. A plain class, not a JavaFX
 * Application, so that the jar starts from the class path (pitfalls §3); the one class that reaches both faces.
 */
public final class Launcher {

    /**
     * JavaFX warns "Unsupported JavaFX configuration: classes were loaded from 'unnamed module'" at every start
     * from a plain jar; RichTextFX is not modular, so the class path is the supported way here. Held in a field:
     * java.util.logging keeps loggers weakly, and a collected logger would lose its level.
     */
    private static final java.util.logging.Logger JAVAFX_PLATFORM =
            java.util.logging.Logger.getLogger("com.sun.javafx.application.PlatformImpl");

    private Launcher() {
    }

    public static void main(String[] args) {
        if (args.length == 0) {
            JAVAFX_PLATFORM.setLevel(java.util.logging.Level.SEVERE);
            GloseApp.main(args);
        } else {
            System.exit(GloseCli.run(args));
        }
    }
}
