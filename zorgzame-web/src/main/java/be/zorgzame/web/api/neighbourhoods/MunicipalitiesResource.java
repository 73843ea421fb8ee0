package be.zorgzame.web.api.neighbourhoods;

import be.zorgzame.neighbourhoods.boundary.MunicipalityMergerView;
import be.zorgzame.neighbourhoods.boundary.MunicipalityService;
import be.zorgzame.neighbourhoods.boundary.MunicipalityView;
import be.zorgzame.platform.security.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/** The municipality reference list (after the 2025 mergers), read-only. */
@Path("municipalities")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.MUNICIPAL_STAFF_NAME, Role.PARTNER_STAFF_NAME, Role.REGIONAL_SUPPORT_NAME, Role.ADMIN_NAME})
public class MunicipalitiesResource {

    @Inject
    MunicipalityService municipalities;

    @GET
    public List<MunicipalityView> list() {
        return municipalities.list();
    }

    /** Municipalities merged away on 1 January 2025, to map the codes in older spreadsheets and plans. */
    @GET
    @Path("mergers")
    public List<MunicipalityMergerView> mergers() {
        return municipalities.mergers();
    }

    @GET
    @Path("{nisCode}")
    public MunicipalityView get(@PathParam("nisCode") String nisCode) {
        return municipalities.get(nisCode);
    }
}
