package be.zorgzame.web.api.audit;

import be.zorgzame.platform.audit.AuditEntry;
import be.zorgzame.platform.audit.AuditTrail;
import be.zorgzame.platform.security.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/** The audit trail, for administrators only. */
@Path("audit")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.ADMIN_NAME)
public class AuditResource {

    @Inject
    AuditTrail auditTrail;

    @GET
    public List<AuditEntryView> list(@QueryParam("entityType") String entityType,
                                     @QueryParam("entityId") String entityId,
                                     @QueryParam("first") @DefaultValue("0") int first,
                                     @QueryParam("size") @DefaultValue("50") int size) {
        List<AuditEntry> entries = entityType != null && entityId != null
                ? auditTrail.history(entityType, entityId)
                : auditTrail.latest(first, size);
        return entries.stream().map(AuditEntryView::of).toList();
    }
}
