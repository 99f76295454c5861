package org.glose.ui.search;

import static org.glose.ui.i18n.I18n.t;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.layout.HBox;
import org.glose.core.coding.AutoCode;
import org.glose.core.coding.AutoCodePlan;
import org.glose.core.coding.CodeRefs;
import org.glose.core.coding.PassageUnit;
import org.glose.core.project.OpenProject;
import org.glose.core.search.SearchResult;
import org.glose.ui.work.ChoiceLabels;
import org.glose.ui.work.PaneWork;

/**
 * Codes the hits of the current result: a code, a unit (hit, sentence, paragraph, N characters around), a preview
 * telling how many passages and documents will be coded and how many are already coded, then one action (one
 * undo step). The preview is always shown before the button that codes is enabled.
 */
final class AutoCodeBar extends HBox {

    /** The units offered: stable values, shown in the window's language. */
    static final String HIT = "Hit";
    static final String SENTENCE = "Sentence";
    static final String PARAGRAPH = "Paragraph";
    static final String AROUND = "Characters around";

    private final OpenProject project;
    private final PaneWork background;
    private final Supplier<String> coder;
    final ComboBox<String> code = new ComboBox<>();
    final ChoiceBox<String> unit = new ChoiceBox<>();
    final Spinner<Integer> characters = new Spinner<>(1, 100_000, 100, 10);
    final Button preview = new Button(t("search.autocode.preview"));
    final Button apply = new Button(t("search.autocode.apply"));
    final Label outcome = new Label();
    private SearchResult result;
    private boolean updatingCodes;

    AutoCodeBar(OpenProject project, PaneWork background, Supplier<String> coder) {
        super(6);
        this.project = project;
        this.background = background;
        this.coder = coder;
        setAlignment(Pos.CENTER_LEFT);
        setPadding(new Insets(4, 0, 0, 0));
        code.setId("autocode-code");
        code.setPromptText(t("search.autocode.code.prompt"));
        unit.setId("autocode-unit");
        unit.getItems().addAll(HIT, SENTENCE, PARAGRAPH, AROUND);
        unit.setConverter(ChoiceLabels.of(u -> switch (u) {
            case SENTENCE -> t("search.autocode.unit.sentence");
            case PARAGRAPH -> t("search.autocode.unit.paragraph");
            case AROUND -> t("search.autocode.unit.around");
            default -> t("search.autocode.unit.hit");
        }));
        unit.setValue(HIT);
        characters.setId("autocode-characters");
        characters.setEditable(true);
        characters.setPrefWidth(90);
        characters.visibleProperty().bind(unit.valueProperty().isEqualTo(AROUND));
        characters.managedProperty().bind(characters.visibleProperty());
        preview.setId("autocode-preview");
        apply.setId("autocode-apply");
        outcome.setId("autocode-outcome");
        apply.setDisable(true);
        preview.setOnAction(e -> preview());
        apply.setOnAction(e -> apply());
        code.valueProperty().addListener((o, a, b) -> {
            if (!updatingCodes) {
                invalidate();
            }
        });
        unit.valueProperty().addListener((o, a, b) -> invalidate());
        characters.valueProperty().addListener((o, a, b) -> invalidate());
        getChildren().addAll(new Label(t("search.autocode.with")), code, new Label(t("search.autocode.by")), unit,
                characters, preview, apply, outcome);
    }

    /** Offers the codebook's paths, keeping the chosen code (and the preview) when it is still there. */
    void setCodes(List<String> paths) {
        if (code.getItems().equals(paths)) {
            return;
        }
        String chosen = code.getValue();
        updatingCodes = true;
        try {
            code.getItems().setAll(paths);
            code.setValue(paths.contains(chosen) ? chosen : null);
        } finally {
            updatingCodes = false;
        }
        if (code.getValue() == null || !code.getValue().equals(chosen)) {
            invalidate();
        }
    }

    void setResult(SearchResult newResult) {
        result = newResult;
        invalidate();
    }

    private void invalidate() {
        apply.setDisable(true);
        apply.setText(t("search.autocode.apply"));
        outcome.setText("");
        preview.setDisable(result == null || result.total() == 0);
    }

    private PassageUnit passageUnit() {
        return switch (unit.getValue()) {
            case SENTENCE -> PassageUnit.SENTENCE;
            case PARAGRAPH -> PassageUnit.PARAGRAPH;
            case AROUND -> PassageUnit.around(characters.getValue());
            default -> PassageUnit.HIT;
        };
    }

    private void preview() {
        if (code.getValue() == null) {
            outcome.setText(t("search.autocode.noCode"));
            return;
        }
        run(t("search.autocode.task.preview"), autoCode -> project.read(autoCode::preview), plan -> {
            outcome.setText(t("search.autocode.previewed", plan.passagesToCode(), plan.documentsToCode(),
                    plan.alreadyCoded(), plan.coder()));
            apply.setText(t("search.autocode.applyCount", plan.passagesToCode()));
            apply.setDisable(plan.passagesToCode() == 0);
        });
    }

    private void apply() {
        apply.setDisable(true);
        run(t("search.autocode.task.apply"), project::execute, plan -> {
            outcome.setText(t("search.autocode.done", plan.passagesToCode(), plan.documentsToCode(), plan.code()));
            apply.setText(t("search.autocode.apply"));
        });
    }

    /** Reads the choices on the FX thread, then resolves the code and does the work off it. */
    private void run(String title, java.util.function.Function<AutoCode, AutoCodePlan> work,
                     Consumer<AutoCodePlan> done) {
        String path = code.getValue();
        PassageUnit chosenUnit = passageUnit();
        String who = coder.get();
        var hits = result.ranges();
        background.run(t("search.autocode.task", title, path), () -> {
            long codeId = project.read(tx -> CodeRefs.resolve(tx.codes().codebook(), path)).id();
            return work.apply(new AutoCode(hits, codeId, who, chosenUnit));
        }, done);
    }
}
