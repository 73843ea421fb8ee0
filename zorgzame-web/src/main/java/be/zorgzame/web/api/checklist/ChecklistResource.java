package be.zorgzame.web.api.checklist;

import be.zorgzame.checklist.boundary.AssessmentInput;
import be.zorgzame.checklist.boundary.AssessmentService;
import be.zorgzame.checklist.boundary.AssessmentView;
import be.zorgzame.checklist.boundary.CatalogueService;
import be.zorgzame.checklist.boundary.ChecklistCsv;
import be.zorgzame.checklist.boundary.ChecklistDashboard;
import be.zorgzame.checklist.boundary.ChecklistEntry;
import be.zorgzame.checklist.boundary.CommentInput;
import be.zorgzame.checklist.boundary.CommentView;
import be.zorgzame.checklist.boundary.EditionView;
import be.zorgzame.checklist.boundary.FrameworkInput;
import be.zorgzame.checklist.boundary.FrameworkView;
import be.zorgzame.checklist.boundary.ItemInput;
import be.zorgzame.checklist.boundary.ItemRevisionInput;
import be.zorgzame.checklist.boundary.ItemView;
import be.zorgzame.checklist.boundary.ProgressView;
import be.zorgzame.checklist.boundary.RegionalProgress;
import be.zorgzame.checklist.boundary.ReportLine;
import be.zorgzame.checklist.boundary.ReviewDue;
import be.zorgzame.checklist.boundary.ReviewInput;
import be.zorgzame.checklist.boundary.ReviewReminderService;
import be.zorgzame.checklist.boundary.SuggestionService;
import be.zorgzame.checklist.boundary.SuggestionView;
import be.zorgzame.checklist.boundary.VersionInput;
import be.zorgzame.neighbourhoods.boundary.MunicipalityService;
import be.zorgzame.partners.control.XlsxWriter;
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
import jakarta.ws.rs.DefaultValue;
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
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/**
 * The policy checklist: the catalogue of frameworks and items (read by everyone, kept by administrators),
 * the checklists of municipalities and neighbourhoods with assessments, reviews, comments, history and
 * suggestions, the dashboards, and the regional aggregate (the only part open to regional support besides
 * the catalogue). The services decide per municipality and neighbourhood.
 */
@Path("checklist")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.MUNICIPAL_STAFF_NAME, Role.PARTNER_STAFF_NAME, Role.ADMIN_NAME})
public class ChecklistResource {

    @Inject
    CatalogueService catalogue;

    @Inject
    AssessmentService assessments;

    @Inject
    SuggestionService suggestions;

    @Inject
    ChecklistDashboard dashboard;

    @Inject
    MunicipalityService municipalities;

    @Inject
    ReviewReminderService reviewReminders;

    @Context
    UriInfo uriInfo;

    @Context
    HttpHeaders headers;

    @GET
    @Path("frameworks")
    @RolesAllowed({Role.MUNICIPAL_STAFF_NAME, Role.PARTNER_STAFF_NAME, Role.REGIONAL_SUPPORT_NAME, Role.ADMIN_NAME})
    public List<FrameworkView> frameworks() {
        return catalogue.frameworks();
    }

    @POST
    @Path("frameworks")
    @RolesAllowed(Role.ADMIN_NAME)
    public Response createFramework(FrameworkInput input) {
        FrameworkView created = catalogue.createFramework(input);
        return Response.created(location("frameworks", created.id())).entity(created).build();
    }

    @GET
    @Path("frameworks/{id}")
    @RolesAllowed({Role.MUNICIPAL_STAFF_NAME, Role.PARTNER_STAFF_NAME, Role.REGIONAL_SUPPORT_NAME, Role.ADMIN_NAME})
    public FrameworkView framework(@PathParam("id") long id) {
        return catalogue.framework(id);
    }

    @POST
    @Path("frameworks/{id}/retire")
    @RolesAllowed(Role.ADMIN_NAME)
    public FrameworkView retireFramework(@PathParam("id") long id, VersionInput input) {
        return catalogue.retireFramework(id, input);
    }

    /** The framework's items in order, retired ones included. */
    @GET
    @Path("frameworks/{id}/items")
    @RolesAllowed({Role.MUNICIPAL_STAFF_NAME, Role.PARTNER_STAFF_NAME, Role.REGIONAL_SUPPORT_NAME, Role.ADMIN_NAME})
    public List<ItemView> items(@PathParam("id") long id) {
        return catalogue.items(id);
    }

    @POST
    @Path("frameworks/{id}/items")
    @RolesAllowed(Role.ADMIN_NAME)
    public Response addItem(@PathParam("id") long id, ItemInput input) {
        ItemView created = catalogue.addItem(id, input);
        return Response.created(location("items", created.id())).entity(created).build();
    }

    @GET
    @Path("items/{id}")
    @RolesAllowed({Role.MUNICIPAL_STAFF_NAME, Role.PARTNER_STAFF_NAME, Role.REGIONAL_SUPPORT_NAME, Role.ADMIN_NAME})
    public ItemView item(@PathParam("id") long id) {
        return catalogue.item(id);
    }

    /** A new wording: the next edition, the earlier ones kept ({@code version}: the item's, as read). */
    @PUT
    @Path("items/{id}")
    @RolesAllowed(Role.ADMIN_NAME)
    public ItemView reword(@PathParam("id") long id, ItemRevisionInput input) {
        return catalogue.reword(id, input);
    }

    @POST
    @Path("items/{id}/retire")
    @RolesAllowed(Role.ADMIN_NAME)
    public ItemView retireItem(@PathParam("id") long id, VersionInput input) {
        return catalogue.retireItem(id, input);
    }

    @GET
    @Path("items/{id}/editions")
    @RolesAllowed({Role.MUNICIPAL_STAFF_NAME, Role.PARTNER_STAFF_NAME, Role.REGIONAL_SUPPORT_NAME, Role.ADMIN_NAME})
    public List<EditionView> editions(@PathParam("id") long id) {
        return catalogue.editions(id);
    }

    /** The municipality's checklist (items assessed per municipality) with its assessments and the suggestions. */
    @GET
    @Path("municipalities/{nisCode}")
    @RolesAllowed({Role.MUNICIPAL_STAFF_NAME, Role.ADMIN_NAME})
    public List<ChecklistEntry> municipalityChecklist(@PathParam("nisCode") String nisCode,
                                                      @QueryParam("framework") Long frameworkId) {
        return assessments.municipalityChecklist(nisCode, frameworkId, Problems.locale(headers));
    }

    /** The municipality's checklist and that of its running neighbourhoods as CSV (UTF-8 with byte order mark). */
    @GET
    @Path("municipalities/{nisCode}/report.csv")
    @Produces("text/csv")
    @RolesAllowed({Role.MUNICIPAL_STAFF_NAME, Role.ADMIN_NAME})
    public Response report(@PathParam("nisCode") String nisCode) {
        List<ReportLine> lines = assessments.report(nisCode);
        Locale locale = Problems.locale(headers);
        StreamingOutput csv = output -> {
            Writer writer = new OutputStreamWriter(output, StandardCharsets.UTF_8);
            writer.write('\uFEFF');
            writer.write(ChecklistCsv.header());
            for (ReportLine line : lines) {
                writer.write(ChecklistCsv.row(line, locale));
            }
            writer.flush();
        };
        return Response.ok(csv, "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"checklist-" + nisCode + ".csv\"")
                .build();
    }

    /** The same report as an XLSX workbook: the CSV's columns on one sheet, text cells only, titles in {@code lang} (else the browser's). */
    @GET
    @Path("municipalities/{nisCode}/report.xlsx")
    @Produces(XlsxWriter.MEDIA_TYPE)
    @RolesAllowed({Role.MUNICIPAL_STAFF_NAME, Role.ADMIN_NAME})
    public Response reportXlsx(@PathParam("nisCode") String nisCode, @QueryParam("lang") String language) {
        List<ReportLine> lines = assessments.report(nisCode);
        Locale locale = locale(language);
        StreamingOutput xlsx = output -> ChecklistCsv.writeXlsx(lines, locale, output);
        return Response.ok(xlsx, XlsxWriter.MEDIA_TYPE)
                .header("Content-Disposition", "attachment; filename=\"checklist-" + nisCode + ".xlsx\"")
                .build();
    }

    /** The same report as a printable PDF with the progress per framework, in the language asked for ({@code lang}, else the browser's). */
    @GET
    @Path("municipalities/{nisCode}/report.pdf")
    @Produces("application/pdf")
    @RolesAllowed({Role.MUNICIPAL_STAFF_NAME, Role.ADMIN_NAME})
    public Response reportPdf(@PathParam("nisCode") String nisCode, @QueryParam("lang") String language) {
        List<ReportLine> lines = assessments.report(nisCode);
        byte[] pdf = ChecklistPdf.of(municipalities.get(nisCode).nameNl(), dashboard.municipality(nisCode), lines, locale(language));
        return Response.ok(pdf, "application/pdf")
                .header("Content-Disposition", "inline; filename=\"checklist-" + nisCode + ".pdf\"")
                .build();
    }

    @GET
    @Path("neighbourhoods/{id}")
    public List<ChecklistEntry> neighbourhoodChecklist(@PathParam("id") long id, @QueryParam("framework") Long frameworkId) {
        return assessments.neighbourhoodChecklist(id, frameworkId);
    }

    @POST
    @Path("assessments")
    @RolesAllowed({Role.MUNICIPAL_STAFF_NAME, Role.ADMIN_NAME})
    public Response assess(AssessmentInput input) {
        AssessmentView created = assessments.create(input);
        return Response.created(location("assessments", created.id())).entity(created).build();
    }

    @GET
    @Path("assessments/{id}")
    public AssessmentView assessment(@PathParam("id") long id) {
        return assessments.get(id);
    }

    @PUT
    @Path("assessments/{id}")
    @RolesAllowed({Role.MUNICIPAL_STAFF_NAME, Role.ADMIN_NAME})
    public AssessmentView reassess(@PathParam("id") long id, AssessmentInput input) {
        return assessments.update(id, input);
    }

    @POST
    @Path("assessments/{id}/review")
    @RolesAllowed({Role.MUNICIPAL_STAFF_NAME, Role.ADMIN_NAME})
    public AssessmentView review(@PathParam("id") long id, ReviewInput input) {
        return assessments.review(id, input);
    }

    /** The audit trail of the assessment and its comments. */
    @GET
    @Path("assessments/{id}/history")
    public List<AuditEntryView> history(@PathParam("id") long id) {
        return assessments.history(id).stream().map(AuditEntryView::of).toList();
    }

    @GET
    @Path("assessments/{id}/comments")
    public List<CommentView> comments(@PathParam("id") long id) {
        return assessments.comments(id);
    }

    @POST
    @Path("assessments/{id}/comments")
    public Response comment(@PathParam("id") long id, CommentInput input) {
        return Response.status(Response.Status.CREATED).entity(assessments.comment(id, input)).build();
    }

    @GET
    @Path("suggestions")
    @RolesAllowed({Role.MUNICIPAL_STAFF_NAME, Role.ADMIN_NAME})
    public List<SuggestionView> suggestions(@QueryParam("municipality") String nisCode) {
        return suggestions.forMunicipality(required(nisCode), Problems.locale(headers));
    }

    /** Progress of a municipality (with its neighbourhoods; staff only) or of one neighbourhood. */
    @GET
    @Path("progress")
    public ProgressView progress(@QueryParam("municipality") String nisCode, @QueryParam("neighbourhood") Long neighbourhoodId) {
        if (neighbourhoodId != null) {
            return dashboard.neighbourhood(neighbourhoodId);
        }
        return dashboard.municipality(required(nisCode));
    }

    /** Reviews due within {@code within} days (0 to 366) or overdue, of the assessments the caller may see. */
    @GET
    @Path("reviews")
    public List<ReviewDue> reviews(@QueryParam("within") @DefaultValue("30") String within) {
        return dashboard.reviews(days(within));
    }

    /** Mails today's review reminders now, as the daily mailing does; answers how many mails went out. */
    @POST
    @Path("reviews/mail")
    @RolesAllowed(Role.ADMIN_NAME)
    public JsonObject mailReviews() {
        return Json.createObjectBuilder().add("mailed", reviewReminders.mailDue()).build();
    }

    /** Aggregate progress per municipality (the given ones, or all with assessments), without personal data. */
    @GET
    @Path("regional")
    @RolesAllowed({Role.REGIONAL_SUPPORT_NAME, Role.MUNICIPAL_STAFF_NAME, Role.ADMIN_NAME})
    public List<RegionalProgress> regional(@QueryParam("municipality") List<String> nisCodes) {
        return dashboard.regional(nisCodes.stream().map(String::strip).filter(code -> !code.isEmpty()).distinct().toList());
    }

    /** The language a report was asked for, else the browser's. */
    private Locale locale(String language) {
        return language == null ? Problems.locale(headers) : Languages.bestOf(List.of(Locale.forLanguageTag(language)));
    }

    private static String required(String nisCode) {
        if (nisCode == null || nisCode.isBlank()) {
            throw new InvalidInputException("municipality", "{zorgzame.checklist.municipalityRequired}");
        }
        return nisCode.strip();
    }

    private static int days(String within) {
        String days = within.strip();
        if (days.matches("\\d{1,3}") && Integer.parseInt(days) <= 366) {
            return Integer.parseInt(days);
        }
        throw new InvalidInputException("within", "{zorgzame.checklist.within.invalid}");
    }

    private URI location(String collection, long id) {
        return uriInfo.getBaseUriBuilder().path("checklist").path(collection).path(String.valueOf(id)).build();
    }
}
