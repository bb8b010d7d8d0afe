package dev.migrationguard.naming;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class MigrationVersionTest {

    private static MigrationVersion v(String s) {
        return MigrationVersion.parse(s);
    }

    @Test
    void comparesPartsNumerically() {
        assertThat(v("2_10")).isGreaterThan(v("2_9"));
        assertThat(v("1.10")).isGreaterThan(v("1.9"));
        assertThat(v("10")).isGreaterThan(v("9"));
        assertThat(v("1.1")).isGreaterThan(v("1"));
        assertThat(v("20250801000030")).isGreaterThan(v("20250801000029"));
    }

    @Test
    void trailingZerosAreEqual() {
        assertThat(v("1")).isEqualTo(v("1.0")).isEqualTo(v("1_0_0"));
        assertThat(v("1").hashCode()).isEqualTo(v("1.0").hashCode());
        assertThat(v("1.0.1")).isNotEqualTo(v("1"));
    }

    @Test
    void underscoresAndDotsAreTheSameSeparator() {
        assertThat(v("2_31_10")).isEqualTo(v("2.31.10"));
        assertThat(v("2_31_10").toString()).isEqualTo("2.31.10");
    }

    @Test
    void dashesJoinDieselTimestampsIntoOneNumber() {
        assertThat(v("2025-08-01-000030").toString()).isEqualTo("20250801000030");
        assertThat(v("00000000000000")).isEqualTo(v("0"));
    }

    @Test
    void leadingZerosDoNotMatter() {
        assertThat(v("001")).isEqualTo(v("1"));
        assertThat(v("007").toString()).isEqualTo("7");
    }

    @Test
    void rejectsNonVersions() {
        assertThat(v("")).isNull();
        assertThat(v(null)).isNull();
        assertThat(v("1a")).isNull();
        assertThat(v("1..2")).isNull();
        assertThat(v("1.")).isNull();
        assertThat(v(".1")).isNull();
        assertThat(v("abc")).isNull();
    }

    @Test
    void sortsAMixedList() {
        List<MigrationVersion> list = new ArrayList<>(List.of(v("1.10"), v("2"), v("1.9"), v("1"), v("1.2.3")));
        Collections.sort(list);
        assertThat(list).extracting(MigrationVersion::toString).containsExactly("1", "1.2.3", "1.9", "1.10", "2");
    }

    @Test
    void numbersBeyondALongCompareAndEqualLikeAnyOther() {
        String huge = "123456789012345678901234567890";
        assertThat(v(huge).toString()).isEqualTo(huge);
        assertThat(v(huge)).isGreaterThan(v("999999999999999999"));
        assertThat(v("1." + huge)).isGreaterThan(v("1.999999999999999999")).isLessThan(v("2"));
        assertThat(v("1." + huge + ".0")).isEqualTo(v("1." + huge));
        assertThat(v("1." + huge + ".0").hashCode()).isEqualTo(v("1." + huge).hashCode());
        assertThat(v("0000000000000000000000000000007")).isEqualTo(v("7"));
        assertThat(v("0000000000000000000000000000007").hashCode()).isEqualTo(v("7").hashCode());
        assertThat(v("9223372036854775807")).isLessThan(v("9223372036854775808"));
        assertThat(v("9223372036854775808").parts()).containsExactly(new java.math.BigInteger("9223372036854775808"));
        assertThat(v("2.31.10").parts()).extracting(Object::toString).containsExactly("2", "31", "10");
    }

    @Test
    void manyPartsAreKept() {
        assertThat(v("1.2.3.4.5.6.7.8.9").toString()).isEqualTo("1.2.3.4.5.6.7.8.9");
        assertThat(v("1.2.3.4.5.6.7.8.9")).isGreaterThan(v("1.2.3.4.5.6.7.8"));
    }
}
