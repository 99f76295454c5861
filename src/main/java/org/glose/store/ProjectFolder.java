package org.glose.store;

import java.nio.file.Files;
import java.nio.file.Path;

/** The layout of a project folder: {@code glose.mv.db} (the only truth), {@code index/}, {@code backups/}. */
public final class ProjectFolder {

    static final String DATABASE = "glose";

    private ProjectFolder() {
    }

    public static Path databaseFile(Path folder) {
        return folder.resolve(DATABASE + ".mv.db");
    }

    public static Path backups(Path folder) {
        return folder.resolve("backups");
    }

    public static boolean isProject(Path folder) {
        return Files.isRegularFile(databaseFile(folder));
    }

    static String url(Path folder, boolean mustExist) {
        // WRITE_DELAY=0: every commit reaches the file before the action returns (H2 waits 500 ms by default).
        return "jdbc:h2:file:" + folder.toAbsolutePath().resolve(DATABASE) + ";WRITE_DELAY=0"
                + (mustExist ? ";IFEXISTS=TRUE" : "");
    }
}
