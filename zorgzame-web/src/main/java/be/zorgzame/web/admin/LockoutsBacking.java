package be.zorgzame.web.admin;

import be.zorgzame.platform.problem.NotFoundException;
import be.zorgzame.platform.security.LockedAccount;
import be.zorgzame.platform.security.LoginLockouts;
import be.zorgzame.web.PageOutcomes;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/**
 * admin/lockouts.xhtml: the accounts locked after too many failed logins, each with a button that lifts
 * the lock, audited as {@code DELETE /api/admin/lockouts/{username}} is.
 */
@Named
@RequestScoped
public class LockoutsBacking {

    @Inject
    LoginLockouts lockouts;

    private List<LockedAccount> locked;

    public List<LockedAccount> getLocked() {
        if (locked == null) {
            locked = lockouts.locked();
        }
        return locked;
    }

    /** Lifts the lock; an account gone in the meantime is said to be gone, not to be unlocked. */
    public void unlock(String username) {
        try {
            lockouts.unlock(username);
            PageOutcomes.confirm("lockouts.lifted");
        } catch (NotFoundException e) {
            PageOutcomes.error("lockouts.gone");
        }
        locked = null;
    }
}
