package be.zorgzame.web.security;

import be.zorgzame.platform.security.LoginLockouts;
import be.zorgzame.platform.security.PasswordHashing;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;

/**
 * The full check of a user name and password, for the login page and HTTP Basic alike, with the
 * protection against guessing: a locked account is refused even with the right password, and every
 * refusal looks and lasts the same, whether the user name exists, the password is wrong or the
 * account is locked, so that neither the answer nor its timing tells an attacker which names exist.
 */
@ApplicationScoped
public class GuardedCredentialCheck {

    @Inject
    IdentityStoreHandler identityStoreHandler;

    @Inject
    LoginLockouts lockouts;

    @Inject
    PasswordHashing passwordHashing;

    public CredentialValidationResult check(UsernamePasswordCredential credential) {
        String name = credential.getCaller();
        boolean locked = lockouts.isLocked(name);
        CredentialValidationResult result = identityStoreHandler.validate(credential);
        if (locked) {
            return CredentialValidationResult.INVALID_RESULT;
        }
        if (result.getStatus() == CredentialValidationResult.Status.VALID) {
            lockouts.succeeded(name);
            return result;
        }
        if (!lockouts.failed(name)) {
            passwordHashing.verifyAgainstNothing(credential.getPassword().getValue());
        }
        return CredentialValidationResult.INVALID_RESULT;
    }
}
