package dev.migrationguard.maven;

import dev.migrationguard.lint.RuleDocs;
import java.util.List;
import java.util.Optional;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * {@code mvn db:explain -Drule=<id>}: prints a rule's page (what it finds, the lock, what to do instead) from the
 * pages bundled with the plugin, so it works offline and outside a project; without {@code rule}, the list of rules.
 */
@Mojo(name = "explain", requiresProject = false, threadSafe = true)
public class ExplainMojo extends AbstractMojo {

    /** The rule id, e.g. {@code ban-drop-column}; unset: the list of rules. */
    @Parameter(property = "rule")
    private String rule;

    @Override
    public void execute() throws MojoFailureException {
        String page;
        if (rule == null || rule.isBlank()) {
            page = RuleDocs.index().orElseThrow(() -> new MojoFailureException("this plugin carries no rule pages"));
        } else {
            Optional<String> found = RuleDocs.page(rule.strip());
            if (found.isEmpty()) {
                List<String> near = RuleDocs.near(rule.strip());
                throw new MojoFailureException("Migration Guard: no rule '" + rule.strip() + "'"
                        + (near.isEmpty() ? "" : "; did you mean " + String.join(", ", near) + "?")
                        + " (mvn db:explain without -Drule lists the rules)");
            }
            page = found.get();
        }
        for (String line : page.split("\n", -1)) {
            getLog().info(line);
        }
    }

    void rule(String id) {
        this.rule = id;
    }
}
