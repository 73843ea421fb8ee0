package be.zorgzame.web.api.partners;

import be.zorgzame.partners.boundary.OrganisationFilter;
import be.zorgzame.partners.boundary.OrganisationInput;
import be.zorgzame.partners.boundary.OrganisationService;
import be.zorgzame.partners.boundary.OrganisationView;
import be.zorgzame.partners.boundary.PersonInput;
import be.zorgzame.partners.boundary.PersonService;
import be.zorgzame.partners.boundary.PersonView;
import be.zorgzame.partners.entity.OrganisationKind;
import be.zorgzame.partners.entity.Sector;
import be.zorgzame.platform.query.ResultPage;
import be.zorgzame.platform.security.Role;
import be.zorgzame.web.api.EnumParameters;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;

/**
 * The partner registry's organisations. Partner staff are admitted to reading and changing, but the
 * service limits them to their own organisation.
 */
@Path("organisations")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class OrganisationsResource {

    @Inject
    OrganisationService organisations;

    @Inject
    PersonService persons;

    @GET
    @RolesAllowed({Role.MUNICIPAL_STAFF_NAME, Role.PARTNER_STAFF_NAME, Role.REGIONAL_SUPPORT_NAME, Role.ADMIN_NAME})
    public ResultPage<OrganisationView> search(@QueryParam("q") String text,
                                               @QueryParam("kind") String kind,
                                               @QueryParam("sector") String sector,
                                               @QueryParam("municipality") String municipality,
                                               @QueryParam("first") @DefaultValue("0") int first,
                                               @QueryParam("size") @DefaultValue("20") int size) {
        return organisations.search(new OrganisationFilter(text, EnumParameters.parse(OrganisationKind.class, "kind", kind),
                EnumParameters.parse(Sector.class, "sector", sector), municipality), first, size);
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Role.MUNICIPAL_STAFF_NAME, Role.PARTNER_STAFF_NAME, Role.REGIONAL_SUPPORT_NAME, Role.ADMIN_NAME})
    public OrganisationView get(@PathParam("id") long id) {
        return organisations.get(id);
    }

    @POST
    @RolesAllowed({Role.MUNICIPAL_STAFF_NAME, Role.ADMIN_NAME})
    public Response create(OrganisationInput input, @Context UriInfo uriInfo) {
        OrganisationView created = organisations.create(input);
        return Response.created(uriInfo.getAbsolutePathBuilder().path(String.valueOf(created.id())).build())
                .entity(created)
                .build();
    }

    @PUT
    @Path("{id}")
    @RolesAllowed({Role.MUNICIPAL_STAFF_NAME, Role.PARTNER_STAFF_NAME, Role.ADMIN_NAME})
    public OrganisationView update(@PathParam("id") long id, OrganisationInput input) {
        return organisations.update(id, input);
    }

    /** The organisation's contact persons; partner staff only for their own organisation. */
    @GET
    @Path("{id}/persons")
    @RolesAllowed({Role.MUNICIPAL_STAFF_NAME, Role.PARTNER_STAFF_NAME, Role.REGIONAL_SUPPORT_NAME, Role.ADMIN_NAME})
    public List<PersonView> persons(@PathParam("id") long id) {
        return persons.ofOrganisation(id);
    }

    @POST
    @Path("{id}/persons")
    @RolesAllowed({Role.MUNICIPAL_STAFF_NAME, Role.PARTNER_STAFF_NAME, Role.ADMIN_NAME})
    public Response register(@PathParam("id") long id, PersonInput input, @Context UriInfo uriInfo) {
        PersonView created = persons.register(id, input);
        return Response.created(uriInfo.getBaseUriBuilder().path("persons").path(String.valueOf(created.id())).build())
                .entity(created)
                .build();
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed({Role.MUNICIPAL_STAFF_NAME, Role.ADMIN_NAME})
    public Response delete(@PathParam("id") long id) {
        organisations.delete(id);
        return Response.noContent().build();
    }
}
