package be.zorgzame.web.api.admin;

import be.zorgzame.platform.security.Role;
import be.zorgzame.privacy.boundary.RetentionPurge;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** The nightly purge of personal data past their retention, run at once by an administrator. */
@Path("admin/retention")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.ADMIN_NAME)
public class RetentionResource {

    @Inject
    RetentionPurge purge;

    @POST
    @Path("purge")
    public RetentionPurge.PurgeResult purge() {
        return purge.purge();
    }
}
