package be.zorgzame.platform.security;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.identitystore.DatabaseIdentityStoreDefinition;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;

/**
 * The built-in user store: users and their roles in the module's own database. Inactive users
 * cannot log in. The roles come back as groups named exactly as {@link Role}.
 */
@ApplicationScoped
@DeclareRoles({Role.MUNICIPAL_STAFF_NAME, Role.PARTNER_STAFF_NAME, Role.REGIONAL_SUPPORT_NAME, Role.ADMIN_NAME})
@DatabaseIdentityStoreDefinition(
        dataSourceLookup = "java:app/jdbc/zorgzame",
        callerQuery = "SELECT password_hash FROM app_user WHERE username = ? AND active = TRUE",
        groupsQuery = "SELECT r.role_name FROM app_user_role r JOIN app_user u ON u.id = r.user_id WHERE u.username = ?",
        hashAlgorithm = Pbkdf2PasswordHash.class,
        hashAlgorithmParameters = {
                PasswordHashing.ALGORITHM, PasswordHashing.ITERATIONS,
                PasswordHashing.SALT_SIZE, PasswordHashing.KEY_SIZE})
public class IdentityStoreConfiguration {
}
