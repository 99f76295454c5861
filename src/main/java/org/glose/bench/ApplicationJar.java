package org.glose.bench;

import java.nio.file.Files;
import java.nio.file.Path;

/** Finds the application jar to launch as a child process. */
final class ApplicationJar {

    private ApplicationJar() {
    }

    static Path locate() throws Exception {
        Path self = Path.of(ApplicationJar.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        if (Files.isRegularFile(self) && self.toString().endsWith(".jar")) {
            return self;
        }
        Path built = Path.of("target", "glose.jar");
        if (Files.isRegularFile(built)) {
            return built.toAbsolutePath();
        }
        throw new IllegalStateException("the application jar was not found: build it with mvn -DskipTests package");
    }
}
