package org.glose.cli;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.ArrayList;
import java.util.List;
import org.glose.core.analysis.saved.AnalysisSettings;
import org.glose.core.analysis.saved.AnalysisSettingsText;
import org.glose.core.analysis.saved.SaveAnalysis;
import org.glose.core.analysis.saved.SavedAnalyses;
import org.glose.core.model.SavedAnalysis;
import org.glose.core.project.OpenProject;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "analyses", mixinStandardHelpOptions = true,
        description = {"Lists the analyses saved with --save NAME (cooccurrence, matrix, frequency), runs one again "
                + "on the project as it is now, or deletes one.",
                "--run prints what the analysis command prints, and takes its --json and file options."})
final class AnalysesCommand extends FolderCommand {

    static final class Action {
        @Option(names = "--run", paramLabel = "NAME", description = "Run the saved analysis NAME.")
        String run;

        @Option(names = "--delete", paramLabel = "NAME", description = "Delete the saved analysis NAME.")
        String delete;
    }

    @ArgGroup(exclusive = true)
    Action action = new Action();

    @Option(names = "--json", description = "List as [{name, analysis, settings:[\"key: value\"...]}]; with --run, "
            + "the analysis's --json.")
    boolean json;

    @Mixin
    TableOutput output;

    @JsonPropertyOrder({"name", "analysis", "settings"})
    record SavedJson(String name, String analysis, List<String> settings) {
    }

    @Override
    public Integer call() throws Exception {
        if (action.run != null) {
            AnalysisSettings settings = ProjectCommand.opened(project, password.file, open ->
                    SavedAnalyses.get(open, action.run).settings());
            return GloseCli.run(args(settings).toArray(String[]::new), out(), err());
        }
        return ProjectCommand.withProject(project, password.file, this::listOrDelete);
    }

    private int listOrDelete(OpenProject open) {
        if (action.delete != null) {
            SavedAnalysis deleted = open.execute(SaveAnalysis.delete(action.delete));
            out().println("Deleted the saved analysis \"" + deleted.name() + "\".");
            return GloseCli.OK;
        }
        List<SavedJson> all = SavedAnalyses.list(open).stream().map(a -> new SavedJson(a.name(), a.kind(),
                a.settings().lines().toList())).toList();
        if (json) {
            JsonOutput.print(out(), all);
        } else {
            TextTable table = new TextTable("NAME", "ANALYSIS", "SETTINGS");
            all.forEach(a -> table.row(a.name(), a.analysis(), a.settings().isEmpty() ? "-"
                    : TextTable.oneLine(String.join("; ", a.settings()), 80)));
            table.print(out());
        }
        return GloseCli.OK;
    }

    /** The command line that runs {@code settings} with this command's outputs. */
    List<String> args(AnalysisSettings settings) {
        List<String> args = new ArrayList<>();
        switch (settings.kind()) {
            case "frequency" -> args.addAll(List.of("frequency", "--codes"));
            case "words" -> args.addAll(List.of("frequency", "--words"));
            default -> args.add(settings.kind());
        }
        args.add(project.toString());
        for (var setting : AnalysisSettingsText.entries(settings)) {
            args.add(AnalysisSettingsText.FLAGS.contains(setting.getKey()) ? "--" + setting.getKey()
                    : "--" + setting.getKey() + "=" + setting.getValue());
        }
        if (password.file != null) {
            args.add("--password-file=" + password.file);
        }
        if (json) {
            args.add("--json");
        }
        args.addAll(output.args());
        return args;
    }
}
