package org.glose.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.glose.core.coding.CodeRefs;
import org.glose.core.coding.DocumentRefs;
import org.glose.core.project.CodingFilter;
import org.glose.core.project.InvalidInputException;
import org.glose.core.project.OpenProject;
import org.glose.core.project.Tx;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;

@Command(name = "codings", mixinStandardHelpOptions = true,
        description = "Lists codings by document, start, end, id; the options narrow the list (all must match).",
        subcommands = CodingsImportCommand.class,
        customSynopsis = {"glose codings [-hV] [--json] [--code=CODE] [--document=DOCUMENT]",
                "              [--coder=NAME] [--password-file=F] PROJECT",
                "       glose codings import PROJECT FILE"})
final class CodingsCommand extends CliCommand {

    /** Optional for picocli so that {@code codings import PROJECT FILE} parses; required when listing. */
    @Parameters(index = "0", arity = "0..1", paramLabel = "PROJECT", hideParamSyntax = true,
            description = "The project folder.")
    Path project;

    @Mixin
    PasswordOption password = new PasswordOption();

    @Option(names = "--json", description = "An array of {id, guid, document, code, coder, start, end, text}.")
    boolean json;

    @Option(names = "--code", paramLabel = "CODE",
            description = "Only the codings of this code (path or id; not its sub-codes).")
    String code;

    @Option(names = "--document", paramLabel = "DOCUMENT", description = "Only this document (name or id).")
    String document;

    @Option(names = "--coder", paramLabel = "NAME", description = "Only this coder's codings.")
    String coder;

    @Override
    public Integer call() throws Exception {
        if (project == null) {
            throw new ParameterException(spec.commandLine(), "Missing required parameter: 'PROJECT'");
        }
        return ProjectCommand.withProject(project, password.file, this::run);
    }

    private int run(OpenProject project) {
        List<CodingJson> codings = project.read(tx -> CodingJson.of(tx, tx.codings().list(filter(tx))));
        if (json) {
            JsonOutput.print(out(), codings);
            return GloseCli.OK;
        }
        TextTable table = new TextTable("ID", "DOCUMENT", "RANGE", "CODE", "CODER", "TEXT");
        for (CodingJson c : codings) {
            table.row(c.id(), c.document(), "[" + c.start() + ", " + c.end() + ")", c.code(), c.coder(),
                    TextTable.oneLine(c.text(), 60));
        }
        table.print(out());
        return GloseCli.OK;
    }

    private CodingFilter filter(Tx tx) {
        Long documentId = document == null ? null : DocumentRefs.resolve(tx, document).id();
        Set<Long> codeIds = code == null ? null : Set.of(CodeRefs.resolve(tx.codes().codebook(), code).id());
        Long coderId = coder == null ? null : tx.coders().byName(coder.strip())
                .orElseThrow(() -> new InvalidInputException("There is no coder \"" + coder + "\" in the project."))
                .id();
        return new CodingFilter(documentId, codeIds, coderId);
    }
}
