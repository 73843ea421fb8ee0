package be.zorgzame.web.api.admin;

import be.zorgzame.platform.backup.Backup;
import be.zorgzame.platform.backup.DatabaseBackups;
import be.zorgzame.platform.security.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/** Database backups, for administrators only: list them, or make one now (Derby; 409 on PostgreSQL). */
@Path("admin/backups")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.ADMIN_NAME)
public class BackupsResource {

    @Inject
    DatabaseBackups backups;

    @Context
    UriInfo uriInfo;

    @GET
    public BackupsView list() {
        return BackupsView.of(backups.overview());
    }

    @GET
    @Path("{name}")
    public BackupView get(@PathParam("name") String name) {
        return BackupView.of(backups.getBackup(name));
    }

    @POST
    public Response backUp() {
        Backup backup = backups.backUp();
        return Response.created(uriInfo.getAbsolutePathBuilder().path(backup.name()).build())
                .entity(BackupView.of(backup))
                .build();
    }
}
