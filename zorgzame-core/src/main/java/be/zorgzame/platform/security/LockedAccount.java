package be.zorgzame.platform.security;

import java.time.LocalDateTime;

/** An account locked now after too many failed logins: whose, when the last failure was and until when (both UTC). */
public record LockedAccount(String username, String displayName, LocalDateTime lastFailedAt, LocalDateTime lockedUntil) {
}
