package org.glose.ui;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Stage;

/**
 * The tool windows (search, analyses, agreement, review, snapshots…): non-modal, owned by the main window so they
 * stay in front of it and close with it. Closing one only hides it: the menu brings it back as it was (query,
 * results, size) for as long as the project is open; opening or closing a project disposes them all.
 */
final class ToolWindows {

    private record Tool(Stage stage, Runnable dispose) {
    }

    private final Stage owner;
    private final ProjectSession session;
    private final Map<String, Tool> tools = new LinkedHashMap<>();

    ToolWindows(Stage owner, ProjectSession session) {
        this.owner = owner;
        this.session = session;
        session.projectProperty().addListener((o, was, now) -> closeAll());
    }

    /** Shows the tool again if it is already made; false when it has to be made. */
    boolean raise(String key) {
        Tool tool = tools.get(key);
        if (tool == null) {
            return false;
        }
        tool.stage().show();
        tool.stage().toFront();
        return true;
    }

    /** Makes a tool window for the open project and shows it; {@code dispose} runs when the project goes. */
    Stage show(String key, String title, Parent content, Runnable dispose, double width, double height) {
        Stage stage = new Stage();
        stage.initOwner(owner);
        stage.setTitle(title + (session.project() == null ? "" : " — " + session.project().name()));
        Scene scene = new Scene(content, width, height);
        scene.getStylesheets().add(Objects.requireNonNull(ToolWindows.class.getResource("glose.css"))
                .toExternalForm());
        stage.setScene(scene);
        tools.put(key, new Tool(stage, dispose));
        stage.show();
        return stage;
    }

    /** The tool's window, if made (tests and screenshots look at it). */
    Optional<Stage> stage(String key) {
        return Optional.ofNullable(tools.get(key)).map(Tool::stage);
    }

    void closeAll() {
        tools.values().forEach(tool -> {
            tool.stage().close();
            tool.dispose().run();
        });
        tools.clear();
    }
}
