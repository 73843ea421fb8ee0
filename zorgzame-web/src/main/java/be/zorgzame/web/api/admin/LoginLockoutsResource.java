package be.zorgzame.web.api.admin;

import be.zorgzame.platform.security.AppUser;
import be.zorgzame.platform.security.LoginLockouts;
import be.zorgzame.platform.security.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;

/**
 * Lifting the lock of an account locked after too many failed logins, for administrators only, once
 * they have made sure who is asking. Answers 204 whether or not the account was locked, so the call
 * can be repeated, and 404 for a name that is no active account.
 */
@Path("admin/lockouts")
@RequestScoped
@RolesAllowed(Role.ADMIN_NAME)
public class LoginLockoutsResource {

    @Inject
    LoginLockouts lockouts;

    @DELETE
    @Path("{username}")
    public Response unlock(@PathParam("username") @Size(max = AppUser.USERNAME_LENGTH) String username) {
        lockouts.unlock(username);
        return Response.noContent().build();
    }
}
