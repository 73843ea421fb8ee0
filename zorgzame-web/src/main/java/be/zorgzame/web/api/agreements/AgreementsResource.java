package be.zorgzame.web.api.agreements;

import be.zorgzame.agreements.boundary.AgreementInput;
import be.zorgzame.agreements.boundary.AgreementLifecycle;
import be.zorgzame.agreements.boundary.AgreementReminderService;
import be.zorgzame.agreements.boundary.AgreementService;
import be.zorgzame.agreements.boundary.AgreementSummary;
import be.zorgzame.agreements.boundary.AgreementVersionView;
import be.zorgzame.agreements.boundary.SignOffInput;
import be.zorgzame.agreements.boundary.StepInput;
import be.zorgzame.agreements.boundary.VersionDifference;
import be.zorgzame.agreements.control.AgreementReminder;
import be.zorgzame.platform.problem.InvalidInputException;
import be.zorgzame.platform.security.Role;
import be.zorgzame.web.Languages;
import be.zorgzame.web.api.audit.AuditEntryView;
import be.zorgzame.web.api.problem.Problems;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
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
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.List;
import java.util.Locale;

/**
 * Organisation-structure agreements, their versions, sign-offs, amendments and termination. Every
 * logged-in role is admitted; the services decide per agreement (parties see their own agreements,
 * municipal staff all; drafting by municipal staff and the regie actor; each party signs for itself).
 */
@Path("agreements")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.MUNICIPAL_STAFF_NAME, Role.PARTNER_STAFF_NAME, Role.REGIONAL_SUPPORT_NAME, Role.ADMIN_NAME})
public class AgreementsResource {

    @Inject
    AgreementService agreements;

    @Inject
    AgreementLifecycle lifecycle;

    @Inject
    AgreementReminderService reminders;

    @Context
    UriInfo uriInfo;

    @GET
    public List<AgreementSummary> list(@QueryParam("neighbourhood") Long neighbourhoodId) {
        return agreements.list(neighbourhoodId);
    }

    /** Review and end dates coming up and sign-offs waiting too long, in the agreements the caller may see. */
    @GET
    @Path("reminders")
    public List<AgreementReminder> reminders() {
        return reminders.due();
    }

    /** Mails the reminders due today now, as the daily schedule does; answers how many mails went out. */
    @POST
    @Path("reminders/mail")
    @RolesAllowed(Role.ADMIN_NAME)
    public JsonObject mailReminders() {
        return Json.createObjectBuilder().add("mailed", reminders.mailDue()).build();
    }

    /** A first draft from the shipped template, in the language asked for, with the neighbourhood's partners of today. */
    @GET
    @Path("template")
    public AgreementInput template(@QueryParam("neighbourhood") Long neighbourhoodId, @Context HttpHeaders headers) {
        if (neighbourhoodId == null) {
            throw new InvalidInputException("neighbourhood", "{jakarta.validation.constraints.NotNull.message}");
        }
        return agreements.template(neighbourhoodId, Problems.locale(headers));
    }

    @POST
    public Response create(AgreementInput input) {
        AgreementVersionView created = agreements.create(input);
        return Response.created(agreement(created.agreementId())).entity(created).build();
    }

    /** The latest version: the one in force, or the amendment being drafted or signed. */
    @GET
    @Path("{id}")
    public AgreementVersionView latest(@PathParam("id") long id) {
        return agreements.latest(id);
    }

    @GET
    @Path("{id}/versions")
    public List<AgreementVersionView> versions(@PathParam("id") long id) {
        return agreements.versions(id);
    }

    @GET
    @Path("{id}/versions/{number}")
    public AgreementVersionView version(@PathParam("id") long id, @PathParam("number") int number) {
        return agreements.version(id, number);
    }

    /** The version as a printable PDF, in the language asked for ({@code lang}, else the browser's). */
    @GET
    @Path("{id}/versions/{number}/pdf")
    @Produces("application/pdf")
    public Response pdf(@PathParam("id") long id, @PathParam("number") int number, @QueryParam("lang") String language,
                        @Context HttpHeaders headers) {
        Locale locale = language == null ? Problems.locale(headers) : Languages.bestOf(List.of(Locale.forLanguageTag(language)));
        AgreementVersionView version = agreements.version(id, number);
        return Response.ok(AgreementPdf.of(version, locale), "application/pdf")
                .header("Content-Disposition", "inline; filename=\"afsprakenkader-" + id + "-v" + number + ".pdf\"")
                .build();
    }

    /** What differs between two versions, for the history page and for reviewers. */
    @GET
    @Path("{id}/differences")
    public List<VersionDifference> differences(@PathParam("id") long id, @QueryParam("from") Integer from,
                                               @QueryParam("to") Integer to) {
        if (from == null || to == null) {
            throw new InvalidInputException(from == null ? "from" : "to", "{jakarta.validation.constraints.NotNull.message}");
        }
        return agreements.differences(id, from, to);
    }

    /** Every change and sign-off of every version, from the audit trail. */
    @GET
    @Path("{id}/history")
    public List<AuditEntryView> history(@PathParam("id") long id) {
        return agreements.history(id).stream().map(AuditEntryView::of).toList();
    }

    @PUT
    @Path("{id}/versions/{number}")
    public AgreementVersionView update(@PathParam("id") long id, @PathParam("number") int number, AgreementInput input) {
        return agreements.update(id, number, input);
    }

    @POST
    @Path("{id}/versions/{number}/submit")
    public AgreementVersionView submit(@PathParam("id") long id, @PathParam("number") int number, StepInput input) {
        return lifecycle.submit(id, number, input);
    }

    /** The caller's organisation accepts or declines (with a reason) the version it read. */
    @POST
    @Path("{id}/versions/{number}/sign-offs")
    public AgreementVersionView signOff(@PathParam("id") long id, @PathParam("number") int number, SignOffInput input) {
        return lifecycle.signOff(id, number, input);
    }

    /** Starts an amendment of the active version ({@code version}: the active version's, as read). */
    @POST
    @Path("{id}/amendments")
    public Response amend(@PathParam("id") long id, StepInput input) {
        AgreementVersionView draft = lifecycle.amend(id, input);
        URI location = uriInfo.getBaseUriBuilder().path("agreements").path(String.valueOf(id))
                .path("versions").path(String.valueOf(draft.number())).build();
        return Response.created(location).entity(draft).build();
    }

    @POST
    @Path("{id}/termination")
    public AgreementVersionView terminate(@PathParam("id") long id, StepInput input) {
        return lifecycle.terminate(id, input);
    }

    private URI agreement(long id) {
        return uriInfo.getBaseUriBuilder().path("agreements").path(String.valueOf(id)).build();
    }
}
