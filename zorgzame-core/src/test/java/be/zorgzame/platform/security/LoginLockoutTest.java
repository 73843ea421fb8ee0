package be.zorgzame.platform.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.zorgzame.platform.problem.InvalidInputException;
import java.time.LocalDateTime;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LoginLockoutTest {

    private static final LockoutPolicy POLICY = LockoutPolicy.of(3, 15);
    private static final LocalDateTime START = LocalDateTime.of(2026, 11, 22, 9, 0);

    private final LoginLockout lockout = new LoginLockout(7);

    @Test
    void theNthConsecutiveFailureLocksForThePeriod() {
        assertEquals(Optional.empty(), lockout.fail(START, POLICY));
        assertEquals(Optional.empty(), lockout.fail(START.plusSeconds(1), POLICY));
        assertFalse(lockout.lockedAt(START.plusSeconds(2)));

        assertEquals(Optional.of(START.plusSeconds(2).plusMinutes(15)), lockout.fail(START.plusSeconds(2), POLICY));

        assertTrue(lockout.lockedAt(START.plusSeconds(2)));
        assertTrue(lockout.lockedAt(START.plusMinutes(15)));
        assertFalse(lockout.lockedAt(START.plusSeconds(2).plusMinutes(15)));
    }

    @Test
    void failuresDuringALockAreNotCountedSoTheLockEndsOnTime() {
        failTimes(3, START);

        assertEquals(Optional.empty(), lockout.fail(START.plusMinutes(5), POLICY));
        assertEquals(Optional.empty(), lockout.fail(START.plusMinutes(10), POLICY));

        assertFalse(lockout.lockedAt(START.plusMinutes(15)));
    }

    @Test
    void afterAnEndedLockTheCountStartsAgain() {
        failTimes(3, START);
        LocalDateTime later = START.plusMinutes(20);

        assertEquals(Optional.empty(), lockout.fail(later, POLICY));
        assertFalse(lockout.lockedAt(later));
        assertEquals(1, lockout.getFailedAttempts());
    }

    @Test
    void aSuccessForgetsTheFailuresBeforeIt() {
        failTimes(2, START);
        assertTrue(lockout.hasFailures());

        lockout.succeed();

        assertFalse(lockout.hasFailures());
        failTimes(2, START.plusMinutes(1));
        assertFalse(lockout.lockedAt(START.plusMinutes(1)));
    }

    @Test
    void aPolicyThatWouldSwitchTheProtectionOffIsRefusedNamingTheKey() {
        IllegalArgumentException noAttempts = assertThrows(IllegalArgumentException.class, () -> LockoutPolicy.of(0, 15));
        assertTrue(noAttempts.getMessage().contains("zorgzame.security.lockout.attempts"), noAttempts.getMessage());
        IllegalArgumentException noPeriod = assertThrows(IllegalArgumentException.class, () -> LockoutPolicy.of(10, 0));
        assertTrue(noPeriod.getMessage().contains("zorgzame.security.lockout.minutes"), noPeriod.getMessage());
        assertEquals(10, LockoutPolicy.of(LockoutPolicy.DEFAULT_ATTEMPTS, LockoutPolicy.DEFAULT_MINUTES).attempts());
    }

    @Test
    void aPasswordShorterThanTwelveCharactersIsRefusedAsTheFieldPassword() {
        InvalidInputException tooShort = assertThrows(InvalidInputException.class,
                () -> PasswordHashing.requireLongEnough("elf-tekens!".toCharArray()));
        assertEquals("password", tooShort.field());
        assertEquals("{zorgzame.password.tooShort}", tooShort.messageKey());
        assertThrows(InvalidInputException.class, () -> PasswordHashing.requireLongEnough(null));
        PasswordHashing.requireLongEnough("twaalf-tekens".toCharArray());
    }

    private void failTimes(int times, LocalDateTime at) {
        for (int i = 0; i < times; i++) {
            lockout.fail(at, POLICY);
        }
    }
}
