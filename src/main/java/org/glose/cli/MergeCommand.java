package org.glose.cli;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.nio.file.Path;
import java.util.List;
import org.glose.core.merge.MergePlan;
import org.glose.core.merge.MergeProject;
import org.glose.core.merge.MergeSource;
import org.glose.core.merge.MergeSources;
import org.glose.core.merge.MergeSummary;
import org.glose.core.project.InvalidInputException;
import org.glose.core.project.OpenProject;
import org.glose.core.task.Cancellation;
import org.glose.core.task.Progress;
import org.glose.interchange.refi.QdpxImport;
import org.glose.store.H2ProjectStore;
import org.glose.store.ServerUrl;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "merge", mixinStandardHelpOptions = true,
        description = {"Merges another Glose project (a colleague's copy) into PROJECT as one undoable action: "
                + "documents matched by content (SHA-256 and text), codes by GUID then path, coders by name; "
                + "new documents, codes, coders, codings and memos are added, nothing is changed or removed. "
                + "OTHER_PROJECT (a project folder or a .qdpx export) is only read.", "Prints what is added and every conflict and how it was resolved."})
final class MergeCommand extends ProjectCommand {

    @Parameters(index = "1", paramLabel = "OTHER_PROJECT", description = "The project folder, team project URL "
            + "(jdbc:postgresql://host[:port]/database) or .qdpx file to merge from.")
    Path other;

    @Option(names = "--other-password-file", paramLabel = "F",
            description = "If OTHER_PROJECT is encrypted, or its server asks for a password: a file whose first "
                    + "line is the password (else it is asked).")
    Path otherPassword;

    @Option(names = "--dry-run", description = "Only show what the merge would add and the conflicts.")
    boolean dryRun;

    @Option(names = "--json", description = "Print {dry_run, source, documents_added, documents_matched, "
            + "codes_added, codes_matched, coders_added, codings_added, codings_present, memos_added, conflicts}.")
    boolean json;

    @JsonPropertyOrder({"dry_run", "source", "documents_added", "documents_matched", "codes_added", "codes_matched",
            "coders_added", "codings_added", "codings_present", "memos_added", "conflicts"})
    record MergeJson(@JsonProperty("dry_run") boolean dryRun, String source,
                     @JsonProperty("documents_added") List<String> documentsAdded,
                     @JsonProperty("documents_matched") int documentsMatched,
                     @JsonProperty("codes_added") List<String> codesAdded,
                     @JsonProperty("codes_matched") int codesMatched,
                     @JsonProperty("coders_added") List<String> codersAdded,
                     @JsonProperty("codings_added") int codingsAdded,
                     @JsonProperty("codings_present") int codingsPresent,
                     @JsonProperty("memos_added") int memosAdded, List<ConflictJson> conflicts) {
    }

    @JsonPropertyOrder({"kind", "message"})
    record ConflictJson(String kind, String message) {
    }

    @Override
    int run(OpenProject project) {
        MergeSource source = ServerUrl.isServer(other) ? fromTeamProject()
                : MergeSources.read(other, project.location(), this::openReadOnly, MergeCommand::importQdpx);
        String name = source.name();
        MergePlan plan = project.read(tx -> MergePlan.of(tx, source));
        boolean merge = !dryRun && !plan.addsNothing();
        if (merge) {
            plan = project.execute(new MergeProject(source));
        }
        if (json) {
            JsonOutput.print(out(), new MergeJson(!merge, name, plan.documentsToAdd(), plan.documentsMatched(),
                    plan.codesToAdd(), plan.codesMatched(), plan.codersToAdd(), plan.codingsToAdd(),
                    plan.codingsPresent(), plan.memosToAdd(), plan.conflicts().stream()
                    .map(c -> new ConflictJson(c.kind().name().toLowerCase(java.util.Locale.ROOT), c.message()))
                    .toList()));
            return GloseCli.OK;
        }
        out().println((merge ? "Merged « " : "Merge preview of « ") + name + " » into « " + project.name() + " ».");
        MergeSummary.lines(plan, merge).forEach(out()::println);
        if (!merge && !plan.addsNothing()) {
            out().println("Nothing was changed (--dry-run).");
        }
        return GloseCli.OK;
    }

    /** OTHER_PROJECT on a server: only read, in one transaction, like a folder opened read-only. */
    private MergeSource fromTeamProject() {
        ServerUrl from = ServerUrl.of(other);
        if (ServerUrl.isServer(this.project) && ServerUrl.of(this.project).toString().equals(from.toString())) {
            throw new InvalidInputException("A project cannot be merged into itself.");
        }
        try (OpenProject read = new OpenProject(PasswordOption.openStore(other, otherPassword, null))) {
            return read.read(tx -> MergeSource.read(tx, from.toString()));
        }
    }

    private OpenProject openReadOnly(Path folder) {
        char[] secret = PasswordOption.forOpening(folder, otherPassword);
        try {
            return new OpenProject(H2ProjectStore.openReadOnly(folder, secret));
        } finally {
            PasswordOption.clear(secret);
        }
    }

    static void importQdpx(Path file, Path target) {
        new QdpxImport((f, n) -> new OpenProject(H2ProjectStore.create(f, n)))
                .importAs(file, target, Progress.NONE, new Cancellation());
    }
}
