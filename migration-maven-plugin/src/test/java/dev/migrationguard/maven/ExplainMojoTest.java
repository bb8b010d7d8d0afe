package dev.migrationguard.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.Test;

/** db:explain: a rule's page from the bundled docs, or the list; a mistyped id names the closest ones. */
class ExplainMojoTest {

    private final RecordingLog log = new RecordingLog();

    private ExplainMojo mojo(String rule) {
        ExplainMojo mojo = new ExplainMojo();
        mojo.setLog(log);
        mojo.rule(rule);
        return mojo;
    }

    @Test
    void printsTheRulesPage() throws Exception {
        mojo("require-concurrent-index-creation").execute();

        assertThat(log.lines.get(0)).isEqualTo("[INFO] # require-concurrent-index-creation");
        assertThat(log.lines).anyMatch(l -> l.contains("CONCURRENTLY"));
    }

    @Test
    void withoutARuleListsTheRules() throws Exception {
        mojo(null).execute();

        assertThat(log.lines).anyMatch(l -> l.contains("ban-drop-column"));
    }

    @Test
    void aMistypedRuleFailsNamingTheClosestOnes() {
        assertThatThrownBy(mojo("ban-drop-colunm")::execute).isInstanceOf(MojoFailureException.class)
                .hasMessageStartingWith("Migration Guard: no rule 'ban-drop-colunm'; did you mean ban-drop-column");
    }
}
