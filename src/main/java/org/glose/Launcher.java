package org.glose;

import org.glose.cli.GloseCli;
import org.glose.ui.GloseApp;

/**
 * Starts Glose: the window without arguments, the command line with a subcommand. A plain class, not a JavaFX
 * Application, so that the jar starts from the class path (pitfalls §3); the one class that reaches both faces.
 */
public final class Launcher {

    private Launcher() {
    }

    public static void main(String[] args) {
        if (args.length == 0) {
            GloseApp.main(args);
        } else {
            System.exit(GloseCli.run(args));
        }
    }
}
