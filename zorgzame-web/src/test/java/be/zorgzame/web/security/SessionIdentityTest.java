package be.zorgzame.web.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SessionIdentityTest {

    private static final Instant LOGIN = Instant.parse("2026-11-22T08:00:00Z");

    @Test
    void aSessionEndsAtTheAbsoluteTimeOutHoweverActive() {
        SessionIdentity identity = SessionIdentity.loggedIn("gemeente", Set.of("MUNICIPAL_STAFF"), LOGIN);
        Duration eightHours = SessionLimits.of(30, 8).absolute();

        assertFalse(identity.expiredAt(LOGIN.plus(eightHours).minusSeconds(1), eightHours));
        assertTrue(identity.expiredAt(LOGIN.plus(eightHours), eightHours));
    }

    @Test
    void everyLoginGetsItsOwnRequestTokenAndOnlyThatOneIsAccepted() {
        SessionIdentity first = SessionIdentity.loggedIn("gemeente", Set.of(), LOGIN);
        SessionIdentity second = SessionIdentity.loggedIn("gemeente", Set.of(), LOGIN);

        assertNotEquals(first.requestToken(), second.requestToken());
        assertEquals(43, first.requestToken().length(), "256 bits, base64url");
        assertTrue(first.hasRequestToken(first.requestToken()));
        assertFalse(first.hasRequestToken(second.requestToken()));
        assertFalse(first.hasRequestToken(""));
        assertFalse(first.hasRequestToken(null));
    }

    @Test
    void limitsThatWouldSwitchATimeOutOffAreRefusedNamingTheKey() {
        IllegalArgumentException idle = assertThrows(IllegalArgumentException.class, () -> SessionLimits.of(0, 8));
        assertTrue(idle.getMessage().contains("zorgzame.security.session.idle-minutes"), idle.getMessage());
        IllegalArgumentException absolute = assertThrows(IllegalArgumentException.class, () -> SessionLimits.of(30, 0));
        assertTrue(absolute.getMessage().contains("zorgzame.security.session.absolute-hours"), absolute.getMessage());
        assertEquals(1800, SessionLimits.of(30, 8).idleSeconds());
    }
}
