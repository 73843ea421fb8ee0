package be.zorgzame.intervision.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CaseBringerRotationTest {

    private static final CaseBringerRotation.Candidate ANNA = new CaseBringerRotation.Candidate(1, "Anna", LocalDate.of(2024, 1, 10));
    private static final CaseBringerRotation.Candidate BERT = new CaseBringerRotation.Candidate(2, "Bert", LocalDate.of(2023, 5, 1));
    private static final CaseBringerRotation.Candidate CARLA = new CaseBringerRotation.Candidate(3, "Carla", LocalDate.of(2023, 5, 1));

    @Test
    void someoneWhoNeverBroughtACaseGoesFirst() {
        Map<Long, LocalDateTime> lastCase = Map.of(2L, LocalDateTime.of(2026, 1, 5, 10, 0), 3L, LocalDateTime.of(2025, 3, 1, 10, 0));
        assertEquals(ANNA, CaseBringerRotation.next(List.of(BERT, CARLA, ANNA), lastCase).orElseThrow());
    }

    @Test
    void otherwiseTheOneWhoseLastCaseIsLongestAgo() {
        Map<Long, LocalDateTime> lastCase = Map.of(1L, LocalDateTime.of(2026, 2, 1, 10, 0),
                2L, LocalDateTime.of(2026, 1, 5, 10, 0), 3L, LocalDateTime.of(2026, 3, 1, 10, 0));
        assertEquals(BERT, CaseBringerRotation.next(List.of(ANNA, BERT, CARLA), lastCase).orElseThrow());
    }

    @Test
    void amongEqualsTheLongestStandingMemberThenByName() {
        assertEquals(BERT, CaseBringerRotation.next(List.of(ANNA, CARLA, BERT), Map.of()).orElseThrow());
    }

    @Test
    void nobodyToSuggestInAGroupWithoutMembers() {
        assertTrue(CaseBringerRotation.next(List.of(), Map.of()).isEmpty());
    }
}
