package org.glose.interchange.refi;

import java.nio.file.Path;
import org.glose.core.project.OpenProject;

/** Creates a new, empty project in a folder; given by the composition root (interchange does not know the store). */
@FunctionalInterface
public interface ProjectFactory {

    OpenProject create(Path folder, String name);
}
