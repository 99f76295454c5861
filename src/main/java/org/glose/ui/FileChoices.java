package org.glose.ui;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;

/** The file and folder choosers of the File and Project menus, starting where the user last went. */
final class FileChoices {

    private final Dialogs dialogs;
    private File lastFolder;

    FileChoices(Dialogs dialogs, Path startFolder) {
        this.dialogs = dialogs;
        this.lastFolder = startFolder.toFile();
    }

    /** Where the next chooser starts: the last folder used, if it still exists, else the home folder. */
    File start() {
        return lastFolder != null && lastFolder.isDirectory() ? lastFolder : new File(System.getProperty("user.home"));
    }

    Optional<Path> folder(String title) {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle(title);
        chooser.setInitialDirectory(start());
        File folder = chooser.showDialog(dialogs.owner());
        if (folder == null) {
            return Optional.empty();
        }
        lastFolder = folder.getParentFile();
        return Optional.of(folder.toPath());
    }

    Optional<Path> open(String title, FileChooser.ExtensionFilter... filters) {
        File file = chooser(title, filters).showOpenDialog(dialogs.owner());
        return remembered(file);
    }

    List<Path> openMany(String title, FileChooser.ExtensionFilter... filters) {
        List<File> files = chooser(title, filters).showOpenMultipleDialog(dialogs.owner());
        if (files == null || files.isEmpty()) {
            return List.of();
        }
        lastFolder = files.get(0).getParentFile();
        return files.stream().map(File::toPath).toList();
    }

    /** A file to write; a name typed without extension gets the one of the chosen filter. */
    Optional<Path> save(String title, String initialName, FileChooser.ExtensionFilter... filters) {
        FileChooser chooser = chooser(title, filters);
        chooser.setInitialFileName(initialName);
        File file = chooser.showSaveDialog(dialogs.owner());
        if (file != null && !file.getName().contains(".") && chooser.getSelectedExtensionFilter() != null) {
            String pattern = chooser.getSelectedExtensionFilter().getExtensions().get(0);
            file = new File(file.getParentFile(), file.getName() + pattern.substring(pattern.indexOf('.')));
        }
        return remembered(file);
    }

    private FileChooser chooser(String title, FileChooser.ExtensionFilter... filters) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.setInitialDirectory(start());
        chooser.getExtensionFilters().addAll(filters);
        return chooser;
    }

    private Optional<Path> remembered(File file) {
        if (file == null) {
            return Optional.empty();
        }
        lastFolder = file.getParentFile();
        return Optional.of(file.toPath());
    }
}
