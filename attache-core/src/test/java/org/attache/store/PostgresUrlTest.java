package org.attache.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PostgresUrlTest {
    @Test
    void aLibpqUrlBecomesAJdbcUrlWithUserAndPassword() {
        PostgresUrl url = PostgresUrl.parse("postgresql://attache:s3cret@db.example.org:5433/events?sslmode=require");

        assertThat(url.jdbcUrl()).isEqualTo("jdbc:postgresql://db.example.org:5433/events?sslmode=require");
        assertThat(url.user()).isEqualTo("attache");
        assertThat(url.password()).isEqualTo("s3cret");
    }

    @Test
    void userAndPasswordArePercentDecodedButPlusStaysPlus() {
        PostgresUrl url = PostgresUrl.parse("postgres://j%C3%BCrgen:p%40ss+w%3Ard@localhost/db");

        assertThat(url.user()).isEqualTo("jürgen");
        assertThat(url.password()).isEqualTo("p@ss+w:rd");
    }

    @Test
    void portDatabaseAndCredentialsMayBeLeftToTheDriversDefaults() {
        PostgresUrl url = PostgresUrl.parse("postgresql://localhost");

        assertThat(url.jdbcUrl()).isEqualTo("jdbc:postgresql://localhost/");
        assertThat(url.user()).isNull();
        assertThat(url.password()).isNull();
    }

    @Test
    void aJdbcUrlIsUsedAsItIs() {
        String jdbc = "jdbc:postgresql://127.0.0.1:5432/attache?user=a&password=b";

        assertThat(PostgresUrl.parse(jdbc)).isEqualTo(new PostgresUrl(jdbc, null, null));
    }

    @Test
    void onlyPostgresSchemesNameADatabase() {
        assertThat(PostgresUrl.matches("postgresql://h/db")).isTrue();
        assertThat(PostgresUrl.matches("postgres://h/db")).isTrue();
        assertThat(PostgresUrl.matches("jdbc:postgresql://h/db")).isTrue();
        assertThat(PostgresUrl.matches("attache.db")).isFalse();
        assertThat(PostgresUrl.matches("postgresql.db")).isFalse();
        assertThat(PostgresUrl.matches("/data/postgresql://x")).isFalse();
    }

    @Test
    void thePasswordNeverShowsInText() {
        assertThat(PostgresUrl.parse("postgresql://attache:s3cret@h/db")).hasToString("jdbc:postgresql://h/db as attache");
        assertThat(PostgresUrl.parse("jdbc:postgresql://h/db?user=a&password=s3cret&ssl=true").toString())
                .doesNotContain("s3cret").contains("ssl=true");
        assertThat(PostgresUrl.redact("postgresql://attache:s3cret@h/db")).isEqualTo("postgresql://attache:***@h/db");
    }

    @Test
    void aUrlWithoutAHostIsRejectedWithoutItsPassword() {
        assertThatThrownBy(() -> PostgresUrl.parse("postgresql://attache:s3cret@/db"))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining("no host")
                .hasMessageNotContaining("s3cret");
    }

    @Test
    void aMalformedUrlIsRejectedWithoutItsPassword() {
        assertThatThrownBy(() -> PostgresUrl.parse("postgresql://attache:s3cret@db host/db"))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining("not a valid PostgreSQL URL")
                .hasMessageNotContaining("s3cret")
                .hasNoCause();
    }
}
