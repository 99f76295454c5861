package org.glose.store;

import java.nio.file.Path;

/** Test helper run as a child process: opens a project, says so, and keeps it open until killed. */
public final class HoldProject {

    private HoldProject() {
    }

    public static void main(String[] args) throws InterruptedException {
        H2ProjectStore store = H2ProjectStore.open(Path.of(args[0]));
        System.out.println("open " + store.name());
        System.out.flush();
        Thread.sleep(120_000);
    }
}
