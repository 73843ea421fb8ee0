package be.zorgzame.web.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class VerifiedBasicCredentialsTest {

    private final MovableClock clock = new MovableClock();
    private final VerifiedBasicCredentials credentials = new VerifiedBasicCredentials(clock);

    @Test
    void aRememberedCredentialGivesItsGroupsUntilItsLifetimeEnds() {
        credentials.remember("gemeente", "zorgzaam-demo-2026", Set.of("MUNICIPAL_STAFF"));

        clock.advance(VerifiedBasicCredentials.LIFETIME.minusSeconds(1));
        assertEquals(Optional.of(Set.of("MUNICIPAL_STAFF")), credentials.groupsOf("gemeente", "zorgzaam-demo-2026"));

        clock.advance(Duration.ofSeconds(1));
        assertTrue(credentials.groupsOf("gemeente", "zorgzaam-demo-2026").isEmpty());
    }

    @Test
    void anotherPasswordOrUserIsNeverTakenForTheRememberedOne() {
        credentials.remember("gemeente", "zorgzaam-demo-2026", Set.of("MUNICIPAL_STAFF"));

        assertTrue(credentials.groupsOf("gemeente", "zorgzaam-demo-2027").isEmpty());
        assertTrue(credentials.groupsOf("gemeente", "").isEmpty());
        assertTrue(credentials.groupsOf("partner", "zorgzaam-demo-2026").isEmpty());
        // the separator keeps "ab" + "c" apart from "a" + "bc"
        credentials.remember("ab", "c", Set.of("ADMIN"));
        assertTrue(credentials.groupsOf("a", "bc").isEmpty());
    }

    @Test
    void aFullStoreMakesRoomAndStillRemembersTheNewest() {
        for (int i = 0; i < VerifiedBasicCredentials.CAPACITY; i++) {
            credentials.remember("user" + i, "password", Set.of("PARTNER_STAFF"));
        }
        credentials.remember("newest", "password", Set.of("ADMIN"));

        assertEquals(Optional.of(Set.of("ADMIN")), credentials.groupsOf("newest", "password"));
    }

    private static final class MovableClock extends Clock {

        private Instant now = Instant.parse("2026-11-22T10:00:00Z");

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }
}
