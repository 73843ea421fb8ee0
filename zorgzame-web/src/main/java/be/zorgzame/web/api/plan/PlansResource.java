package be.zorgzame.web.api.plan;

import be.zorgzame.partners.control.XlsxWriter;
import be.zorgzame.plan.boundary.LinkInput;
import be.zorgzame.plan.boundary.LinkView;
import be.zorgzame.plan.boundary.MunicipalityCoverage;
import be.zorgzame.plan.boundary.NeighbourhoodCoverage;
import be.zorgzame.plan.boundary.PlanCoverageService;
import be.zorgzame.plan.boundary.PlanImport;
import be.zorgzame.plan.boundary.PlanImportReport;
import be.zorgzame.plan.boundary.PlanInput;
import be.zorgzame.plan.boundary.PlanItemView;
import be.zorgzame.plan.boundary.PlanLinkService;
import be.zorgzame.plan.boundary.PlanService;
import be.zorgzame.plan.boundary.PlanView;
import be.zorgzame.plan.boundary.RevisionView;
import be.zorgzame.plan.control.RevisionDiff;
import be.zorgzame.platform.security.Role;
import be.zorgzame.web.Languages;
import be.zorgzame.web.api.QueryParameters;
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
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;

/**
 * Multi-year plans: plans and their revisions, the items of a revision, imports, the links to the
 * caring-neighbourhood work and the coverage. Partner staff are admitted to the items, but the service
 * gives them only the actions linked to their neighbourhoods; regional support only to the totals.
 */
@Path("plans")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.MUNICIPAL_STAFF_NAME, Role.ADMIN_NAME})
public class PlansResource {

    private static final int UNPROCESSABLE_CONTENT = 422;

    @Inject
    PlanService plans;

    @Inject
    PlanImport imports;

    @Inject
    PlanLinkService links;

    @Inject
    PlanCoverageService coverage;

    @Context
    UriInfo uriInfo;

    @GET
    @RolesAllowed({Role.MUNICIPAL_STAFF_NAME, Role.PARTNER_STAFF_NAME, Role.ADMIN_NAME})
    public List<PlanView> list(@QueryParam("municipality") String municipality) {
        return plans.list(municipality);
    }

    @POST
    public Response create(PlanInput input) {
        PlanView plan = plans.create(input);
        return Response.created(uriInfo.getBaseUriBuilder().path("plans").path(String.valueOf(plan.id())).build())
                .entity(plan).build();
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Role.MUNICIPAL_STAFF_NAME, Role.PARTNER_STAFF_NAME, Role.ADMIN_NAME})
    public PlanView get(@PathParam("id") long id) {
        return plans.get(id);
    }

    @GET
    @Path("{id}/revisions")
    @RolesAllowed({Role.MUNICIPAL_STAFF_NAME, Role.PARTNER_STAFF_NAME, Role.ADMIN_NAME})
    public List<RevisionView> revisions(@PathParam("id") long id) {
        return plans.revisions(id);
    }

    /** The items of a revision (the newest without {@code revision}) in tree order. */
    @GET
    @Path("{id}/items")
    @RolesAllowed({Role.MUNICIPAL_STAFF_NAME, Role.PARTNER_STAFF_NAME, Role.ADMIN_NAME})
    public List<PlanItemView> items(@PathParam("id") long id, @QueryParam("revision") String revision) {
        return plans.items(id, QueryParameters.integer("revision", revision));
    }

    /** What revision {@code number} changed, against the one before it or against {@code from}. */
    @GET
    @Path("{id}/revisions/{number}/differences")
    public RevisionDiff.Differences differences(@PathParam("id") long id, @PathParam("number") int number,
                                                @QueryParam("from") String from) {
        return plans.differences(id, number, QueryParameters.integer("from", from));
    }

    /**
     * Imports the plan's CSV or XLSX file (the request body itself) as a new revision: by default a dry run;
     * with {@code dryRun=false} everything is applied, or, when any row is refused, nothing (422 with the report).
     */
    @POST
    @Path("{id}/import")
    @Consumes({"text/csv", MediaType.TEXT_PLAIN, MediaType.APPLICATION_OCTET_STREAM, XlsxWriter.MEDIA_TYPE,
            "application/vnd.ms-excel"})
    public Response importFile(@PathParam("id") long id, @QueryParam("dryRun") String dryRun,
                               @QueryParam("label") String label, InputStream body, @Context HttpHeaders headers)
            throws IOException {
        boolean apply = !QueryParameters.dryRun(dryRun);
        byte[] file = body.readNBytes(PlanImport.MAX_BYTES + 1);
        PlanImportReport report = apply
                ? imports.apply(id, file, label, Problems.locale(headers))
                : imports.dryRun(id, file, Problems.locale(headers));
        return Response.status(apply && !report.applied() ? UNPROCESSABLE_CONTENT : Response.Status.OK.getStatusCode())
                .entity(report)
                .build();
    }

    @GET
    @Path("{id}/links")
    public List<LinkView> links(@PathParam("id") long id, @QueryParam("flagged") boolean flaggedOnly) {
        return links.list(id, flaggedOnly);
    }

    @POST
    @Path("{id}/links")
    public Response link(@PathParam("id") long id, LinkInput input) {
        LinkView link = links.create(id, input);
        return Response.created(uriInfo.getBaseUriBuilder().path("plans").path(String.valueOf(id)).path("links")
                .path(String.valueOf(link.id())).build()).entity(link).build();
    }

    @GET
    @Path("{id}/links/{linkId}")
    public LinkView getLink(@PathParam("id") long id, @PathParam("linkId") long linkId) {
        return links.get(id, linkId);
    }

    @PUT
    @Path("{id}/links/{linkId}")
    public LinkView updateLink(@PathParam("id") long id, @PathParam("linkId") long linkId, LinkInput input) {
        return links.update(id, linkId, input);
    }

    @DELETE
    @Path("{id}/links/{linkId}")
    public Response deleteLink(@PathParam("id") long id, @PathParam("linkId") long linkId) {
        links.delete(id, linkId);
        return Response.noContent().build();
    }

    /** The linkage overview for the council as a workbook, headers in the language asked for ({@code lang}, else the browser's). */
    @GET
    @Path("{id}/linkage.xlsx")
    @Produces(XlsxWriter.MEDIA_TYPE)
    public Response linkageXlsx(@PathParam("id") long id, @QueryParam("lang") String language, @Context HttpHeaders headers) {
        return Response.ok(LinkageXlsx.of(coverage.overview(id), locale(language, headers)), XlsxWriter.MEDIA_TYPE)
                .header("Content-Disposition", "attachment; filename=\"meerjarenplan-" + id + "-koppeling.xlsx\"")
                .build();
    }

    /** The linkage overview for the council as a printable document, in the language asked for ({@code lang}, else the browser's). */
    @GET
    @Path("{id}/linkage.pdf")
    @Produces("application/pdf")
    public Response linkagePdf(@PathParam("id") long id, @QueryParam("lang") String language, @Context HttpHeaders headers) {
        return Response.ok(LinkagePdf.of(coverage.overview(id), locale(language, headers)), "application/pdf")
                .header("Content-Disposition", "inline; filename=\"meerjarenplan-" + id + "-koppeling.pdf\"")
                .build();
    }

    /** A neighbourhood's coverage with the actions carrying it, in the plan in force in {@code year} (default: now). */
    @GET
    @Path("coverage/neighbourhoods/{neighbourhoodId}")
    @RolesAllowed({Role.MUNICIPAL_STAFF_NAME, Role.PARTNER_STAFF_NAME, Role.ADMIN_NAME})
    public NeighbourhoodCoverage neighbourhoodCoverage(@PathParam("neighbourhoodId") long neighbourhoodId,
                                                       @QueryParam("year") String year) {
        return coverage.neighbourhood(neighbourhoodId, QueryParameters.integer("year", year));
    }

    /** The totals per neighbourhood of a municipality, without items. */
    @GET
    @Path("coverage/municipalities/{nisCode}")
    @RolesAllowed({Role.MUNICIPAL_STAFF_NAME, Role.REGIONAL_SUPPORT_NAME, Role.ADMIN_NAME})
    public MunicipalityCoverage municipalityCoverage(@PathParam("nisCode") String nisCode, @QueryParam("year") String year) {
        return coverage.municipality(nisCode, QueryParameters.integer("year", year));
    }

    private static Locale locale(String language, HttpHeaders headers) {
        return language == null ? Problems.locale(headers) : Languages.bestOf(List.of(Locale.forLanguageTag(language)));
    }
}
