package be.zorgzame.partners.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class OrganisationWordSearchTest {

    private static final OrganisationWordSearch.Criteria ANY = new OrganisationWordSearch.Criteria(null, null, null, null);

    @Test
    void wordsAreBoundParametersNeverPartOfTheSql() {
        OrganisationWordSearch search = OrganisationWordSearch.of(NameKeys.tokens("Sint Linde"), ANY);

        assertFalse(search.count().contains("sint") || search.page().contains("linde"));
        assertEquals(List.of("sint%", "linde%"), search.parameters());
        assertEquals(List.of("sint%", "linde%", 40, 20), search.pageParameters(40, 20));
        assertEquals(search.parameters().size(), search.count().chars().filter(c -> c == '?').count());
        assertEquals(search.parameters().size() + 2, search.page().chars().filter(c -> c == '?').count());
    }

    @Test
    void countingWordsAloneReadsOnlyTheTokens() {
        assertFalse(OrganisationWordSearch.of(NameKeys.tokens("zorg"), ANY).count().contains(" organisation o"));
    }

    @Test
    void theOtherCriteriaFollowTheWordsInTheirParameterOrder() {
        OrganisationWordSearch search = OrganisationWordSearch.of(NameKeys.tokens("zorg"),
                new OrganisationWordSearch.Criteria(7L, "ASSOCIATION", "CARE", "44021"));

        assertEquals(List.of("zorg%", 7L, "ASSOCIATION", "CARE", "44021"), search.parameters());
        assertTrue(search.count().contains(" organisation o"), "the criteria are the organisation's");
        assertEquals(5, search.count().chars().filter(c -> c == '?').count());
    }

    @Test
    void aSearchWithoutWordsIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> OrganisationWordSearch.of(NameKeys.tokens("--"), ANY));
    }
}
