package be.zorgzame.web.api.partners;

import be.zorgzame.partners.boundary.AffiliationInput;
import be.zorgzame.partners.boundary.PersonInput;
import be.zorgzame.partners.boundary.PersonService;
import be.zorgzame.partners.boundary.PersonView;
import be.zorgzame.platform.security.Role;
import be.zorgzame.privacy.boundary.DataSubjectReport;
import be.zorgzame.privacy.boundary.DataSubjectService;
import be.zorgzame.privacy.boundary.ErasureInput;
import be.zorgzame.privacy.boundary.ErasureView;
import be.zorgzame.privacy.boundary.PersonAccessLog;
import be.zorgzame.privacy.entity.AccessKind;
import be.zorgzame.web.Languages;
import be.zorgzame.web.api.problem.Problems;
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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Locale;

/**
 * Contact persons of partner organisations (registered through {@code /organisations/{id}/persons}).
 * Partner staff are admitted, but the service limits them to people of their own organisation. The
 * data-subject rights (access report, erasure) are for administrators only.
 */
@Path("persons")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PersonsResource {

    @Inject
    PersonService persons;

    @Inject
    DataSubjectService dataSubjects;

    @Inject
    PersonAccessLog accessLog;

    /** The person; the read is logged (who, when, not what) once it succeeded. */
    @GET
    @Path("{id}")
    @RolesAllowed({Role.MUNICIPAL_STAFF_NAME, Role.PARTNER_STAFF_NAME, Role.REGIONAL_SUPPORT_NAME, Role.ADMIN_NAME})
    public PersonView get(@PathParam("id") long id) {
        PersonView person = persons.get(id);
        accessLog.viewed(id, AccessKind.DETAIL);
        return person;
    }

    /** Everything held about the person (GDPR access request), as JSON. */
    @GET
    @Path("{id}/data-subject-report")
    @RolesAllowed(Role.ADMIN_NAME)
    public DataSubjectReport report(@PathParam("id") long id) {
        return dataSubjects.report(id);
    }

    /** The same report as a PDF to hand to the person, in the language asked for ({@code lang}, else the browser's). */
    @GET
    @Path("{id}/data-subject-report.pdf")
    @Produces("application/pdf")
    @RolesAllowed(Role.ADMIN_NAME)
    public Response reportPdf(@PathParam("id") long id, @QueryParam("lang") String language, @Context HttpHeaders headers) {
        Locale locale = language == null ? Problems.locale(headers) : Languages.bestOf(List.of(Locale.forLanguageTag(language)));
        return Response.ok(DataSubjectReportPdf.of(dataSubjects.report(id), locale), "application/pdf")
                .header("Content-Disposition", "inline; filename=\"persoonsgegevens-" + id + ".pdf\"")
                .build();
    }

    /** Erasure by anonymisation (body {@code {"reason":…}}); 409 when the person was erased already. */
    @POST
    @Path("{id}/erasure")
    @RolesAllowed(Role.ADMIN_NAME)
    public ErasureView erase(@PathParam("id") long id, ErasureInput input) {
        return dataSubjects.erase(id, input);
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
