package org.glose.cli;

import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import org.glose.core.project.InvalidInputException;
import org.glose.core.project.ProjectProblemException;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * The command line: parses the arguments with picocli, runs one subcommand, and turns every outcome into one of
 * the documented exit codes (docs/cli.md). Errors are one sentence on stderr, never a stack trace.
 */
public final class GloseCli {

    public static final int OK = 0;
    public static final int USAGE = 1;
    public static final int REFUSED = 2;
    public static final int PROJECT_PROBLEM = 3;
    public static final int FAILED = 4;

    private GloseCli() {
    }

    /** Runs with stdout and stderr, both written as UTF-8 whatever the platform's default. */
    public static int run(String[] args) {
        PrintWriter out = utf8(System.out);
        PrintWriter err = utf8(System.err);
        return run(args, out, err);
    }

    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        try {
            CommandLine cli = new CommandLine(new GloseCommand())
                    .setOut(out)
                    .setErr(err)
                    .setParameterExceptionHandler(GloseCli::usageError)
                    .setExecutionExceptionHandler((e, cmd, parsed) -> failure(e, cmd.getErr()));
            return cli.execute(args);
        } catch (Throwable e) {   // last resort: picocli itself or an Error
            return failure(e, err);
        } finally {
            out.flush();
            err.flush();
        }
    }

    private static PrintWriter utf8(PrintStream stream) {
        return new PrintWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), false);
    }

    private static int usageError(ParameterException e, String[] args) {
        CommandLine cmd = e.getCommandLine();
        PrintWriter err = cmd.getErr();
        if (e instanceof UnmatchedArgumentException u && isUnknownCommand(u)) {
            err.println("'" + u.getUnmatched().get(0) + "' is not a " + cmd.getCommandSpec().qualifiedName()
                    + " command.");
        } else {
            err.println(e.getMessage());
        }
        UnmatchedArgumentException.printSuggestions(e, err);
        err.println("Run '" + cmd.getCommandSpec().qualifiedName() + " --help' for usage.");
        return USAGE;
    }

    private static boolean isUnknownCommand(UnmatchedArgumentException e) {
        var spec = e.getCommandLine().getCommandSpec();
        return !spec.subcommands().isEmpty() && spec.positionalParameters().isEmpty()
                && !e.getUnmatched().isEmpty() && !e.getUnmatched().get(0).startsWith("-");
    }

    /** Reports a failure in one sentence and returns its exit code. */
    static int failure(Throwable e, PrintWriter err) {
        if (e instanceof InvalidInputException) {
            err.println(e.getMessage());
            return REFUSED;
        }
        if (e instanceof ProjectProblemException) {
            err.println(e.getMessage());
            return PROJECT_PROBLEM;
        }
        String message = e.getMessage() == null || e.getMessage().isBlank()
                ? e.getClass().getSimpleName() : e.getMessage().lines().findFirst().orElse("");
        err.println("Glose failed: " + message);
        return FAILED;
    }
}
