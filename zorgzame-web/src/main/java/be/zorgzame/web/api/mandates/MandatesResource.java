package be.zorgzame.web.api.mandates;

import be.zorgzame.mandates.boundary.FeedbackInput;
import be.zorgzame.mandates.boundary.FeedbackView;
import be.zorgzame.mandates.boundary.LinchpinStatus;
import be.zorgzame.mandates.boundary.MandateDashboard;
import be.zorgzame.mandates.boundary.MandateInput;
import be.zorgzame.mandates.boundary.MandateLifecycle;
import be.zorgzame.mandates.boundary.MandateReminderService;
import be.zorgzame.mandates.boundary.MandateService;
import be.zorgzame.mandates.boundary.MandateStepInput;
import be.zorgzame.mandates.boundary.MandateSummary;
import be.zorgzame.mandates.boundary.MandateView;
import be.zorgzame.mandates.boundary.NeighbourhoodWarnings;
import be.zorgzame.mandates.boundary.RenewalInput;
import be.zorgzame.platform.security.Role;
import be.zorgzame.web.Languages;
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
import java.util.List;
import java.util.Locale;

/**
 * Mandates of coordinators and neighbourhood workers, their lifecycle, renewals, feedback log and the
 * continuity warnings. Regional support is admitted only to the linchpin status; the services decide per
 * mandate (municipal staff see all, partner staff their own organisation's, as employer or grantor).
 */
@Path("mandates")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.MUNICIPAL_STAFF_NAME, Role.PARTNER_STAFF_NAME, Role.ADMIN_NAME})
public class MandatesResource {

    @Inject
    MandateService mandates;

    @Inject
    MandateLifecycle lifecycle;

    @Inject
    MandateDashboard dashboard;

    @Inject
    MandateReminderService reminders;

    @Context
    UriInfo uriInfo;

    @GET
    public List<MandateSummary> list(@QueryParam("neighbourhood") Long neighbourhoodId) {
        return mandates.list(neighbourhoodId);
    }

    @POST
    public Response create(MandateInput input) {
        return created(mandates.create(input));
    }

    /** Mails the reminders due today now, as the daily mailing does; answers how many mails went out. */
    @POST
    @Path("reminders/mail")
    @RolesAllowed(Role.ADMIN_NAME)
    public JsonObject mailReminders() {
        return Json.createObjectBuilder().add("mailed", reminders.mailDue()).build();
    }

    @GET
    @Path("{id}")
    public MandateView get(@PathParam("id") long id) {
        return mandates.get(id);
    }

    /** The mandate as a letter for the granting body to sign, in the language asked for ({@code lang}, else the browser's). */
    @GET
    @Path("{id}/letter.pdf")
    @Produces("application/pdf")
    public Response letter(@PathParam("id") long id, @QueryParam("lang") String language, @Context HttpHeaders headers) {
        Locale locale = language == null ? Problems.locale(headers) : Languages.bestOf(List.of(Locale.forLanguageTag(language)));
        return Response.ok(MandateLetterPdf.of(mandates.get(id), locale), "application/pdf")
                .header("Content-Disposition", "inline; filename=\"mandaat-" + id + ".pdf\"")
                .build();
    }

    @PUT
    @Path("{id}")
    public MandateView update(@PathParam("id") long id, MandateInput input) {
        return mandates.update(id, input);
    }

    @POST
    @Path("{id}/activate")
    public MandateView activate(@PathParam("id") long id, MandateStepInput input) {
        return lifecycle.activate(id, input);
    }

    @POST
    @Path("{id}/end")
    public MandateView end(@PathParam("id") long id, MandateStepInput input) {
        return lifecycle.end(id, input);
    }

    /** A new draft edition for a new period ({@code version}: this mandate's, as read). */
    @POST
    @Path("{id}/renewals")
    public Response renew(@PathParam("id") long id, RenewalInput input) {
        return created(lifecycle.renew(id, input));
    }

    /** Every edition of the mandate, the first one first. */
    @GET
    @Path("{id}/editions")
    public List<MandateSummary> editions(@PathParam("id") long id) {
        return mandates.editions(id);
    }

    @GET
    @Path("{id}/feedback")
    public List<FeedbackView> feedback(@PathParam("id") long id) {
        return lifecycle.feedback(id);
    }

    @POST
    @Path("{id}/feedback")
    public Response logFeedback(@PathParam("id") long id, FeedbackInput input) {
        return Response.status(Response.Status.CREATED).entity(lifecycle.logFeedback(id, input)).build();
    }

    @GET
    @Path("warnings/neighbourhoods/{neighbourhoodId}")
    public NeighbourhoodWarnings neighbourhoodWarnings(@PathParam("neighbourhoodId") long neighbourhoodId) {
        return dashboard.warnings(neighbourhoodId);
    }

    @GET
    @Path("warnings/municipalities/{nisCode}")
    @RolesAllowed({Role.MUNICIPAL_STAFF_NAME, Role.ADMIN_NAME})
    public List<NeighbourhoodWarnings> municipalityWarnings(@PathParam("nisCode") String nisCode) {
        return dashboard.warningsOfMunicipality(nisCode);
    }

    /** Whether a neighbourhood (or each of a municipality) has a coordinator mandate in force; no personal details. */
    @GET
    @Path("linchpins")
    @RolesAllowed({Role.MUNICIPAL_STAFF_NAME, Role.PARTNER_STAFF_NAME, Role.REGIONAL_SUPPORT_NAME, Role.ADMIN_NAME})
    public List<LinchpinStatus> linchpins(@QueryParam("neighbourhood") Long neighbourhoodId,
                                          @QueryParam("municipality") String nisCode) {
        return dashboard.linchpins(neighbourhoodId, nisCode);
    }

    private Response created(MandateView mandate) {
        return Response.created(uriInfo.getBaseUriBuilder().path("mandates").path(String.valueOf(mandate.id())).build())
                .entity(mandate).build();
    }
}
