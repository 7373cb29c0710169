package io.strongroom.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class EmbeddedDatabaseTest {

    @Test
    void everyTrustRuleBecomesScram() {
        String initdb = """
                # "local" is for Unix domain socket connections only
                local   all             all                                     trust
                # IPv4 local connections:
                host    all             all             127.0.0.1/32            trust
                host    replication     all             ::1/128                 trust
                """;

        assertEquals("""
                # "local" is for Unix domain socket connections only
                local   all             all                                     scram-sha-256
                # IPv4 local connections:
                host    all             all             127.0.0.1/32            scram-sha-256
                host    replication     all             ::1/128                 scram-sha-256
                """, EmbeddedDatabase.withScramInsteadOfTrust(initdb));
    }

    @Test
    void commentsAndHardenedRulesAreLeftAlone() {
        String rules = """
                # METHOD can be "trust", "reject", "md5", "password", "scram-sha-256" ... trust
                host    all             all             127.0.0.1/32            scram-sha-256
                """;

        assertEquals(rules, EmbeddedDatabase.withScramInsteadOfTrust(rules));
    }
}
