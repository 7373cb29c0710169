package io.strongroom.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The query text the alias catalog builds from the console's filter and sort. */
class AliasCatalogTest {

    @Test
    void noFilterMeansNoWhereClause() {
        Map<String, Object> parameters = new HashMap<>();

        assertEquals("", AliasCatalog.where(AliasFilter.none(), parameters));
        assertEquals("", AliasCatalog.where(new AliasFilter(" ", ""), parameters));
        assertEquals("", AliasCatalog.where(null, parameters));
        assertTrue(parameters.isEmpty());
    }

    @Test
    void bothFiltersAreCombinedWithAnd() {
        Map<String, Object> parameters = new HashMap<>();

        String where = AliasCatalog.where(new AliasFilter("Prod", "1234abcd"), parameters);

        assertEquals(" where lower(a.aliasName) like :aliasName and lower(a.keyId) like :targetKeyId", where);
        assertEquals(Map.of("aliasName", "%prod%", "targetKeyId", "%1234abcd%"), parameters);
    }

    @Test
    void likeWildcardsInTheFilterAreTakenLiterally() {
        assertEquals("%alias/a\\_b\\%c\\\\d%", AliasCatalog.contains(" alias/A_b%c\\d "));
    }

    @Test
    void sortsByNameUnlessAnotherKnownColumnIsChosen() {
        assertEquals("a.aliasName asc", AliasCatalog.orderBy("aliasName", true));
        assertEquals("a.aliasName desc", AliasCatalog.orderBy("aliasName", false));
        assertEquals("a.aliasName asc", AliasCatalog.orderBy("a.keyId; drop table key_alias", true));
        assertEquals("a.aliasName asc", AliasCatalog.orderBy(null, true));
    }

    @Test
    void otherColumnsAreTieBrokenByName() {
        assertEquals("a.keyId desc, a.aliasName", AliasCatalog.orderBy("targetKeyId", false));
        assertEquals("a.createdAt asc, a.aliasName", AliasCatalog.orderBy("creationDate", true));
        assertEquals("a.lastUpdatedAt desc, a.aliasName", AliasCatalog.orderBy("lastUpdatedDate", false));
    }
}
