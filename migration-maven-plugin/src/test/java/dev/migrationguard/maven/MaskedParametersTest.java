package dev.migrationguard.maven;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What mvn -X prints for the credential parameters: their toString(), never the password. */
class MaskedParametersTest {

    @Test
    void aSecretPrintsTheMaskAndKeepsItsValue() {
        Secret s = new Secret("p@ss:w0rd");
        assertThat(s.toString()).isEqualTo("****");
        assertThat(Secret.valueOf(s)).isEqualTo("p@ss:w0rd");
        assertThat(new Secret().toString()).isEqualTo("null");
        assertThat(Secret.valueOf(null)).isNull();
    }

    @Test
    void mavenBuildsThemThroughTheirStringConstructorNeverThroughADefaultSetter() throws Exception {
        // Maven calls a default setter set(String) when there is one, and -X prints its argument unmasked
        for (Class<?> type : new Class<?>[] {Secret.class, MaskedUrl.class}) {
            assertThat(type.getMethods()).noneMatch(m -> m.getName().equals("set"));
            assertThat(type.getConstructor(String.class).newInstance("x").toString()).isNotEqualTo("null");
            assertThat(type.getConstructor().newInstance().toString()).isEqualTo("null");
        }
    }

    @Test
    void aUrlPrintsWithItsPasswordsMasked() {
        MaskedUrl userInfo = new MaskedUrl("postgres://app:p@ss@w0rd@db.internal:5432/shop");
        assertThat(userInfo.toString()).isEqualTo("postgres://app:****@db.internal:5432/shop");
        assertThat(MaskedUrl.valueOf(userInfo)).isEqualTo("postgres://app:p@ss@w0rd@db.internal:5432/shop");
        MaskedUrl query = new MaskedUrl("jdbc:postgresql://h:5432/db?user=app&password=s3cr3t&ssl=true");
        assertThat(query.toString()).isEqualTo("jdbc:postgresql://h:5432/db?user=app&password=****&ssl=true");
    }
}
