package org.glose.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;

/** The top-level {@code glose} command: only subcommands. */
@Command(name = "glose", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Glose, qualitative data analysis from the command line. "
                + "PROJECT is a project folder, DOCUMENT a document name or id, CODE a code path or id.",
        subcommands = {HelpCommand.class, InitCommand.class, ImportCommand.class, DocumentsCommand.class,
                TextCommand.class, CodebookCommand.class, CodesCommand.class, CodeCommand.class,
                UncodeCommand.class, CodingsCommand.class, CasesCommand.class, CaseCommand.class,
                CodersCommand.class, AgreementCommand.class, MergeCommand.class,
                AttributesCommand.class, SearchCommand.class, AutocodeCommand.class, IndexCommand.class,
                QueriesCommand.class, ExportCommand.class, ImportQdpxCommand.class, ImportTableCommand.class,
                CooccurrenceCommand.class, MatrixCommand.class, FrequencyCommand.class, ReportCommand.class,
                AnalysesCommand.class, SnapshotCommand.class, EncryptCommand.class, DecryptCommand.class,
                HistoryCommand.class, CopyCommand.class, BenchCommand.class},
        footerHeading = "%nExit codes:%n",
        footer = {"  0  done", "  1  usage error (unknown command or option, missing argument)",
                "  2  some input was refused (bad range, unknown code or document, bad CSV...)",
                "  3  project problem (missing, open elsewhere, from a newer Glose, damaged)",
                "  4  unexpected failure", "", "See docs/cli.md."})
final class GloseCommand {
}
