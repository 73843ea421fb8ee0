package be.zorgzame.platform.security;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import java.util.Optional;

/**
 * The failed logins of one account since its last successful one, and until when (UTC) it is locked.
 * Kept apart from {@link AppUser} so that counting failures never collides with an administrator's
 * change to the account (its version). Only a full password check counts; while the account is locked
 * nothing is counted, so a lock always ends after its period.
 */
@Entity
@Table(name = "login_lockout")
@NamedQuery(name = "LoginLockout.findByUsername",
        query = "SELECT l FROM LoginLockout l, AppUser u WHERE l.userId = u.id AND u.username = :username")
@NamedQuery(name = "LoginLockout.findLocked",
        query = "SELECT NEW be.zorgzame.platform.security.LockedAccount(u.username, u.displayName, l.lastFailedAt, l.lockedUntil)"
                + " FROM LoginLockout l, AppUser u WHERE l.userId = u.id AND l.lockedUntil > :now ORDER BY u.username")
public class LoginLockout {

    @Id
    @Column(name = "user_id")
    private Long userId;

    @Column(name = "failed_attempts", nullable = false)
    private int failedAttempts;

    @Column(name = "last_failed_at")
    private LocalDateTime lastFailedAt;

    @Column(name = "locked_until")
    private LocalDateTime lockedUntil;

    protected LoginLockout() {
    }

    public LoginLockout(long userId) {
        this.userId = userId;
    }

    public boolean lockedAt(LocalDateTime now) {
        return lockedUntil != null && now.isBefore(lockedUntil);
    }

    /**
     * Counts a failed login. Returns when the account is locked by this very failure, the count
     * starting again for after the lock. A failure after an ended lock starts a new count.
     */
    public Optional<LocalDateTime> fail(LocalDateTime now, LockoutPolicy policy) {
        if (lockedAt(now)) {
            return Optional.empty();
        }
        if (lockedUntil != null) {
            lockedUntil = null;
            failedAttempts = 0;
        }
        failedAttempts++;
        lastFailedAt = now;
        if (failedAttempts < policy.attempts()) {
            return Optional.empty();
        }
        failedAttempts = 0;
        lockedUntil = now.plus(policy.period());
        return Optional.of(lockedUntil);
    }

    /** A successful login forgets the failures before it. */
    public void succeed() {
        failedAttempts = 0;
        lockedUntil = null;
    }

    /** Whether {@link #succeed()} would change anything, so that a successful login writes only when needed. */
    public boolean hasFailures() {
        return failedAttempts > 0 || lockedUntil != null;
    }

    public Long getUserId() {
        return userId;
    }

    public int getFailedAttempts() {
        return failedAttempts;
    }

    public LocalDateTime getLockedUntil() {
        return lockedUntil;
    }
}
