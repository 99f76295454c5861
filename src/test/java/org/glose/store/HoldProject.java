package org.glose.store;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * Test helper run as a child process: opens a project, optionally does something more with it (args[1]), says so,
 * and keeps it open until killed.
 */
public final class HoldProject {

    private HoldProject() {
    }

    /** Starts the helper in a child process and returns once it has the project open (null if it never did). */
    static Process startAndWait(Path folder, String then) throws IOException {
        Process holder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), HoldProject.class.getName(), folder.toString(), then)
                .redirectErrorStream(true).start();
        BufferedReader out = new BufferedReader(new InputStreamReader(holder.getInputStream(),
                StandardCharsets.UTF_8));
        String line;
        do {
            line = out.readLine();
        } while (line != null && !line.startsWith("open "));
        if (line == null) {
            holder.destroyForcibly();
            return null;
        }
        return holder;
    }

    public static void main(String[] args) throws InterruptedException {
        Path folder = Path.of(args[0]);
        H2ProjectStore store = H2ProjectStore.open(folder);
        String then = args.length > 1 ? args[1] : "";
        switch (then) {
            case "reopen" -> {
                try {
                    H2ProjectStore.open(folder).close();
                } catch (RuntimeException expected) {
                    System.out.println("refused " + expected.getClass().getSimpleName());
                }
            }
            case "snapshot" -> store.takeSnapshot(Snapshot.Kind.MANUAL);
            case "encrypt" -> {
                try {
                    ProjectEncryption.encrypt(folder, "secret".toCharArray());
                } catch (RuntimeException expected) {
                    System.out.println("refused " + expected.getClass().getSimpleName());
                }
            }
            case "restore" -> {
                try {
                    Snapshots.of(folder).restore(Snapshots.of(folder).latest().orElseThrow().id());
                } catch (RuntimeException expected) {
                    System.out.println("refused " + expected.getClass().getSimpleName());
                }
            }
            default -> {
            }
        }
        System.out.println("open " + store.name());
        System.out.flush();
        Thread.sleep(120_000);
    }
}
