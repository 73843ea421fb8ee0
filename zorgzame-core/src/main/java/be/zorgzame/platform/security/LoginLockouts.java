package be.zorgzame.platform.security;

import be.zorgzame.platform.audit.AuditTrail;
import be.zorgzame.platform.audit.FieldChanges;
import be.zorgzame.platform.config.ZorgzameConfig;
import be.zorgzame.platform.problem.NotFoundException;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Locks an account after too many consecutive failed logins (OWASP ASVS 2.2.1), for the login page and
 * HTTP Basic alike. The count is in the database, so all nodes of a cluster share it; failures for
 * user names without an active account are not stored at all. A lock is written to the audit trail
 * and the log, with the user name only.
 */
@ApplicationScoped
public class LoginLockouts {

    private static final Logger LOG = Logger.getLogger(LoginLockouts.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditTrail auditTrail;

    @Inject
    CurrentUser currentUser;

    @Inject
    @ConfigProperty(name = ZorgzameConfig.LOCKOUT_ATTEMPTS, defaultValue = "" + LockoutPolicy.DEFAULT_ATTEMPTS)
    int attempts;

    @Inject
    @ConfigProperty(name = ZorgzameConfig.LOCKOUT_MINUTES, defaultValue = "" + LockoutPolicy.DEFAULT_MINUTES)
    int minutes;

    private LockoutPolicy policy;

    @PostConstruct
    void configure() {
        policy = LockoutPolicy.of(attempts, minutes);
    }

    public LockoutPolicy policy() {
        return policy;
    }

    @Transactional
    public boolean isLocked(String username) {
        return lockoutOf(username).filter(lockout -> lockout.lockedAt(now())).isPresent();
    }

    /**
     * Counts a failed full password check. Returns whether the user name belongs to an active account,
     * that is whether the identity store had a password to check.
     */
    @Transactional
    public boolean failed(String username) {
        Optional<AppUser> account = lockedAccount(username);
        if (account.isEmpty()) {
            return false;
        }
        long userId = account.get().getId();
        LoginLockout lockout = em.find(LoginLockout.class, userId);
        if (lockout == null) {
            lockout = new LoginLockout(userId);
            em.persist(lockout);
        }
        lockout.fail(now(), policy).ifPresent(until -> {
            currentUser.actAsSystem(() -> auditTrail.updated(AppUser.class, userId,
                    new FieldChanges().compare("lockedUntil", null, until)));
            LOG.warning(() -> "Account '" + username + "' locked until " + until + " UTC after "
                    + policy.attempts() + " failed logins");
        });
        return true;
    }

    /** A successful full password check: the failures before it are forgotten. */
    @Transactional
    public void succeeded(String username) {
        if (lockoutOf(username).filter(LoginLockout::hasFailures).isEmpty()) {
            return;
        }
        lockedAccount(username).map(account -> em.find(LoginLockout.class, account.getId())).ifPresent(LoginLockout::succeed);
    }

    /** The accounts locked now, by user name, for administrators (who lift locks). */
    @Transactional
    public List<LockedAccount> locked() {
        currentUser.requireAnyOf(Role.ADMIN);
        return em.createNamedQuery("LoginLockout.findLocked", LockedAccount.class)
                .setParameter("now", now())
                .getResultList();
    }

    /**
     * Ends a lock and forgets the failures, for an administrator who has made sure who is asking; a name
     * that is no active account is not found, so a typing error does not pass for a lifted lock.
     */
    @Transactional
    public void unlock(String username) {
        currentUser.requireAnyOf(Role.ADMIN);
        AppUser account = lockedAccount(username).orElseThrow(() -> new NotFoundException("account", username));
        Optional.ofNullable(em.find(LoginLockout.class, account.getId()))
                .filter(LoginLockout::hasFailures)
                .ifPresent(lockout -> {
                    LocalDateTime until = lockout.getLockedUntil();
                    lockout.succeed();
                    auditTrail.updated(AppUser.class, lockout.getUserId(), new FieldChanges()
                            .compare("lockedUntil", until, null));
                });
    }

    private Optional<LoginLockout> lockoutOf(String username) {
        return em.createNamedQuery("LoginLockout.findByUsername", LoginLockout.class)
                .setParameter("username", username)
                .getResultStream()
                .findFirst();
    }

    /**
     * The active account of this name, its row locked until the end of the transaction: concurrent
     * failures on several nodes are counted one after the other, and the first creates the row alone.
     */
    private Optional<AppUser> lockedAccount(String username) {
        if (username == null || username.length() > AppUser.USERNAME_LENGTH) {
            return Optional.empty();
        }
        return em.createNamedQuery("AppUser.findByUsername", AppUser.class)
                .setParameter("username", username)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream()
                .findFirst()
                .filter(AppUser::isActive);
    }

    private static LocalDateTime now() {
        return LocalDateTime.now(ZoneOffset.UTC);
    }
}
