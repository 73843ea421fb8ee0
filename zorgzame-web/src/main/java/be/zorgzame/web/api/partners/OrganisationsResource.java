package be.zorgzame.web.api.partners;

import be.zorgzame.partners.boundary.OrganisationCsv;
import be.zorgzame.partners.boundary.ImportReport;
import be.zorgzame.partners.boundary.OrganisationFilter;
import be.zorgzame.partners.boundary.OrganisationImport;
import be.zorgzame.partners.boundary.OrganisationInput;
import be.zorgzame.partners.boundary.OrganisationMergeInput;
import be.zorgzame.partners.boundary.OrganisationMerger;
import be.zorgzame.partners.boundary.OrganisationService;
import be.zorgzame.partners.boundary.OrganisationView;
import be.zorgzame.partners.boundary.OsloOrganisation;
import be.zorgzame.partners.boundary.PersonInput;
import be.zorgzame.partners.boundary.PersonService;
import be.zorgzame.partners.boundary.PersonView;
import be.zorgzame.partners.control.XlsxWriter;
import be.zorgzame.partners.entity.OrganisationKind;
import be.zorgzame.partners.entity.Sector;
import be.zorgzame.platform.query.ResultPage;
import be.zorgzame.platform.security.Role;
import be.zorgzame.privacy.boundary.PersonAccessLog;
import be.zorgzame.web.api.QueryParameters;
import be.zorgzame.web.api.audit.AuditEntryView;
import be.zorgzame.web.api.problem.Problems;
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
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/**
 * The partner registry's organisations. Partner staff are admitted to reading and changing, but the
 * service limits them to their own organisation.
 */
@Path("organisations")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class OrganisationsResource {

    private static final int UNPROCESSABLE_CONTENT = 422;

    @Inject
    OrganisationService organisations;

    @Inject
    PersonService persons;

    @Inject
    PersonAccessLog accessLog;

    @Inject
    OrganisationImport imports;

    @Inject
    OrganisationMerger merger;

    @GET
    @RolesAllowed({Role.MUNICIPAL_STAFF_NAME, Role.PARTNER_STAFF_NAME, Role.REGIONAL_SUPPORT_NAME, Role.ADMIN_NAME})
    public ResultPage<OrganisationView> search(@QueryParam("q") String text,
                                               @QueryParam("kind") String kind,
                                               @QueryParam("sector") String sector,
                                               @QueryParam("municipality") String municipality,
                                               @QueryParam("first") @DefaultValue("0") int first,
                                               @QueryParam("size") @DefaultValue("20") int size) {
        return organisations.search(filter(text, kind, sector, municipality), first, size);
    }

    /**
     * The organisations the filters find, as CSV (UTF-8 with a byte order mark, so spreadsheets read
     * accents right); cells that a spreadsheet would run as formulas are neutralised.
     */
    @GET
    @Path("export.csv")
    @Produces("text/csv")
    @RolesAllowed({Role.MUNICIPAL_STAFF_NAME, Role.PARTNER_STAFF_NAME, Role.REGIONAL_SUPPORT_NAME, Role.ADMIN_NAME})
    public Response exportCsv(@QueryParam("q") String text,
                              @QueryParam("kind") String kind,
                              @QueryParam("sector") String sector,
                              @QueryParam("municipality") String municipality) {
        List<OrganisationView> found = organisations.export(filter(text, kind, sector, municipality));
        StreamingOutput csv = output -> {
            Writer writer = new OutputStreamWriter(output, StandardCharsets.UTF_8);
            writer.write('\uFEFF');
            writer.write(OrganisationCsv.header());
            for (OrganisationView organisation : found) {
                writer.write(OrganisationCsv.row(organisation));
            }
            writer.flush();
        };
        return Response.ok(csv, "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"organisaties.csv\"")
                .build();
    }

    /** The organisations the filters find, as an XLSX workbook with the CSV export's columns, text cells only. */
    @GET
    @Path("export.xlsx")
    @Produces(XlsxWriter.MEDIA_TYPE)
    @RolesAllowed({Role.MUNICIPAL_STAFF_NAME, Role.PARTNER_STAFF_NAME, Role.REGIONAL_SUPPORT_NAME, Role.ADMIN_NAME})
    public Response exportXlsx(@QueryParam("q") String text,
                               @QueryParam("kind") String kind,
                               @QueryParam("sector") String sector,
                               @QueryParam("municipality") String municipality) {
        List<OrganisationView> found = organisations.export(filter(text, kind, sector, municipality));
        StreamingOutput xlsx = output -> OrganisationCsv.writeXlsx(found, output);
        return Response.ok(xlsx, XlsxWriter.MEDIA_TYPE)
                .header("Content-Disposition", "attachment; filename=\"organisaties.xlsx\"")
                .build();
    }

    /** The organisations the filters find, as one OSLO JSON-LD document (an {@code @graph}). */
    @GET
    @Path("export.jsonld")
    @Produces(OsloOrganisation.MEDIA_TYPE)
    @RolesAllowed({Role.MUNICIPAL_STAFF_NAME, Role.PARTNER_STAFF_NAME, Role.REGIONAL_SUPPORT_NAME, Role.ADMIN_NAME})
    public Response exportJsonLd(@QueryParam("q") String text,
                                 @QueryParam("kind") String kind,
                                 @QueryParam("sector") String sector,
                                 @QueryParam("municipality") String municipality,
                                 @Context UriInfo uriInfo) {
        List<OrganisationView> found = organisations.export(filter(text, kind, sector, municipality));
        return jsonLd(OsloOrganisation.graph(found, organisationsUri(uriInfo)).toString());
    }

    /**
     * Imports organisations from CSV or XLSX, told apart by content (the export's columns; name and kind
     * required). By default a dry run reporting per row what would happen; with {@code dryRun=false}
     * everything is applied, or, when any row is rejected, nothing (422 with the report).
     */
    @POST
    @Path("import")
    @Consumes({"text/csv", MediaType.TEXT_PLAIN, MediaType.APPLICATION_OCTET_STREAM, XlsxWriter.MEDIA_TYPE,
            "application/vnd.ms-excel"})
    @RolesAllowed({Role.MUNICIPAL_STAFF_NAME, Role.ADMIN_NAME})
    public Response importCsv(@QueryParam("dryRun") String dryRun, InputStream body, @Context HttpHeaders headers)
            throws IOException {
        boolean apply = !QueryParameters.dryRun(dryRun);
        byte[] file = body.readNBytes(OrganisationImport.MAX_BYTES + 1);
        Locale locale = Problems.locale(headers);
        ImportReport report = apply ? imports.apply(file, locale) : imports.dryRun(file, locale);
        return Response.status(apply && !report.applied() ? UNPROCESSABLE_CONTENT : Response.Status.OK.getStatusCode())
                .entity(report)
                .build();
    }

    private static OrganisationFilter filter(String text, String kind, String sector, String municipality) {
        return new OrganisationFilter(text, QueryParameters.enumConstant(OrganisationKind.class, "kind", kind),
                QueryParameters.enumConstant(Sector.class, "sector", sector), municipality);
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Role.MUNICIPAL_STAFF_NAME, Role.PARTNER_STAFF_NAME, Role.REGIONAL_SUPPORT_NAME, Role.ADMIN_NAME})
    public OrganisationView get(@PathParam("id") long id) {
        return organisations.get(id);
    }

    /** One organisation as OSLO JSON-LD, for {@code Accept: application/ld+json}; plain JSON stays the default. */
    @GET
    @Path("{id}")
    @Produces(OsloOrganisation.MEDIA_TYPE + ";qs=0.5")
    @RolesAllowed({Role.MUNICIPAL_STAFF_NAME, Role.PARTNER_STAFF_NAME, Role.REGIONAL_SUPPORT_NAME, Role.ADMIN_NAME})
    public Response getJsonLd(@PathParam("id") long id, @Context UriInfo uriInfo) {
        return jsonLd(OsloOrganisation.document(organisations.get(id), organisationsUri(uriInfo)).toString());
    }

    private static Response jsonLd(String document) {
        return Response.ok(document.getBytes(StandardCharsets.UTF_8), OsloOrganisation.MEDIA_TYPE).build();
    }

    /** This API's organisations, naming in JSON-LD those without an enterprise number. */
    private static String organisationsUri(UriInfo uriInfo) {
        return uriInfo.getBaseUriBuilder().path(OrganisationsResource.class).build().toString();
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

    /** The organisation's contact persons; partner staff only for their own organisation. Each one shown is logged as read. */
    @GET
    @Path("{id}/persons")
    @RolesAllowed({Role.MUNICIPAL_STAFF_NAME, Role.PARTNER_STAFF_NAME, Role.REGIONAL_SUPPORT_NAME, Role.ADMIN_NAME})
    public List<PersonView> persons(@PathParam("id") long id) {
        List<PersonView> people = persons.ofOrganisation(id);
        accessLog.listed(people.stream().map(PersonView::id).toList());
        return people;
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

    /**
     * Merges the duplicate named in the body into this organisation: its involvements, people and
     * partner accounts pass to this one, which takes the details it lacked; the duplicate is removed.
     */
    @POST
    @Path("{id}/merge")
    @RolesAllowed({Role.MUNICIPAL_STAFF_NAME, Role.ADMIN_NAME})
    public OrganisationView merge(@PathParam("id") long id, OrganisationMergeInput input) {
        return merger.merge(id, input);
    }

    /** Every change to this organisation and to the entries merged into it, oldest first. */
    @GET
    @Path("{id}/history")
    @RolesAllowed({Role.MUNICIPAL_STAFF_NAME, Role.ADMIN_NAME})
    public List<AuditEntryView> history(@PathParam("id") long id) {
        return merger.history(id).stream().map(AuditEntryView::of).toList();
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed({Role.MUNICIPAL_STAFF_NAME, Role.ADMIN_NAME})
    public Response delete(@PathParam("id") long id) {
        organisations.delete(id);
        return Response.noContent().build();
    }
}
