package dev.migrationguard.cli;

import dev.migrationguard.lint.RuleDocs;
import java.io.PrintStream;
import java.util.List;
import java.util.Optional;

/** {@code explain RULE}: prints the rule's page from the docs bundled in the jar; {@code explain} alone lists them. */
final class ExplainCommand {

    static final String USAGE = """
            Usage: migration-guard explain RULE

            Prints the page of a rule (e.g. ban-drop-column): what it finds, the lock involved, the safe alternative
            and how to suppress it. Without RULE: the list of rules. The pages come with the jar; no network needed.
            """;

    private final PrintStream out;
    private final PrintStream err;

    ExplainCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    int run(List<String> args) {
        if (args.size() == 1 && (args.get(0).equals("-h") || args.get(0).equals("--help"))) {
            out.print(USAGE);
            return 0;
        }
        if (args.size() > 1) {
            err.println("error: explain takes one rule id, found " + args.size() + " arguments");
            err.print(USAGE);
            return 2;
        }
        if (args.isEmpty()) {
            Optional<String> index = RuleDocs.index();
            if (index.isEmpty()) {
                err.println("error: this jar carries no rule pages; see docs/rules/README.md in the repository");
                return 2;
            }
            out.print(index.get());
            return 0;
        }
        String id = args.get(0);
        Optional<String> page = RuleDocs.page(id);
        if (page.isPresent()) {
            out.print(page.get());
            return 0;
        }
        List<String> near = RuleDocs.near(id);
        err.println("error: no rule '" + id + "'" + (near.isEmpty() ? "" : "; did you mean " + String.join(", ", near)
                + "?") + " (migration-guard explain lists the rules)");
        return 2;
    }
}
