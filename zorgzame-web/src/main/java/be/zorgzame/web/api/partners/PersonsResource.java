package be.zorgzame.web.api.partners;

import be.zorgzame.partners.boundary.AffiliationInput;
import be.zorgzame.partners.boundary.PersonInput;
import be.zorgzame.partners.boundary.PersonService;
import be.zorgzame.partners.boundary.PersonView;
import be.zorgzame.platform.security.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * Contact persons of partner organisations (registered through {@code /organisations/{id}/persons}).
 * Partner staff are admitted, but the service limits them to people of their own organisation.
 */
@Path("persons")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PersonsResource {

    @Inject
    PersonService persons;

    @GET
    @Path("{id}")
    @RolesAllowed({Role.MUNICIPAL_STAFF_NAME, Role.PARTNER_STAFF_NAME, Role.REGIONAL_SUPPORT_NAME, Role.ADMIN_NAME})
    public PersonView get(@PathParam("id") long id) {
        return persons.get(id);
    }

    @PUT
    @Path("{id}")
    @RolesAllowed({Role.MUNICIPAL_STAFF_NAME, Role.PARTNER_STAFF_NAME, Role.ADMIN_NAME})
    public PersonView update(@PathParam("id") long id, PersonInput input) {
        return persons.update(id, input);
    }

    @POST
    @Path("{id}/affiliations")
    @RolesAllowed({Role.MUNICIPAL_STAFF_NAME, Role.PARTNER_STAFF_NAME, Role.ADMIN_NAME})
    public PersonView affiliate(@PathParam("id") long id, AffiliationInput input) {
        return persons.affiliate(id, input);
    }

    @DELETE
    @Path("{id}/affiliations/{affiliationId}")
    @RolesAllowed({Role.MUNICIPAL_STAFF_NAME, Role.PARTNER_STAFF_NAME, Role.ADMIN_NAME})
    public Response removeAffiliation(@PathParam("id") long id, @PathParam("affiliationId") long affiliationId) {
        persons.removeAffiliation(id, affiliationId);
        return Response.noContent().build();
    }
}
