package dev.migrationguard.db.drift;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** drift.ignore patterns against the object names of a schema snapshot. */
class ObjectPatternTest {

    @Test
    void aKindAndAGlobMatchThatKindOnly() {
        ObjectPattern p = ObjectPattern.parse("index:*_tmp");
        assertThat(p.matches("index users_email_tmp")).isTrue();
        assertThat(p.matches("index users_email_idx")).isFalse();
        assertThat(p.matches("table users_tmp")).isFalse();
    }

    @Test
    void twoWordKindsAreWrittenWithADash() {
        assertThat(ObjectPattern.parse("materialized-view:report_*").matches("materialized view report_daily"))
                .isTrue();
        assertThat(ObjectPattern.parse("view:report_*").matches("materialized view report_daily")).isFalse();
        assertThat(ObjectPattern.parse("comment:users*").matches("comment on users.email")).isTrue();
        assertThat(ObjectPattern.parse("comment:touch()").matches("comment on function touch()")).isTrue();
    }

    @Test
    void aBareGlobMatchesEveryKindAndQuestionMarkIsOneCharacter() {
        ObjectPattern p = ObjectPattern.parse("audit_?");
        assertThat(p.matches("table audit_1")).isTrue();
        assertThat(p.matches("sequence audit_2")).isTrue();
        assertThat(p.matches("table audit_10")).isFalse();
        assertThat(ObjectPattern.parse("column:users.*").matches("column users.email")).isTrue();
        assertThat(ObjectPattern.parse("function:f(integer)").matches("function f(integer)")).isTrue();
    }

    @Test
    void caseMattersAsInTheCatalogs() {
        assertThat(ObjectPattern.parse("index:Users_*").matches("index users_email_idx")).isFalse();
        assertThat(ObjectPattern.parse("INDEX:users_*").matches("index users_email_idx")).isTrue();
    }

    @Test
    void anUnknownKindOrAnEmptyNameIsRefusedWithAnExample() {
        assertThatThrownBy(() -> ObjectPattern.parse("idx:*_tmp")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("unknown object kind 'idx'").hasMessageContaining("e.g. index:*_tmp");
        assertThatThrownBy(() -> ObjectPattern.parse("index:")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("names no object");
    }
}
