package be.zorgzame.web.api.partners;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.zorgzame.web.api.Api;
import be.zorgzame.web.api.Deployments;
import jakarta.json.JsonObject;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The partner registry's organisations API, including what partner staff may and may not do. */
@ExtendWith(ArquillianExtension.class)
class OrganisationApiIT {

    private static final String PATH = "api/organisations";
    private static final Random RANDOM = new Random();

    @ArquillianResource
    URL base;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.shippedWar();
    }

    private Api staff() {
        return Api.as(base, "gemeente");
    }

    /** A fresh enterprise number with correct check digits, as 10 digits. */
    private static String newKbo() {
        String prefix = String.format("0%07d", RANDOM.nextInt(10_000_000));
        return prefix + String.format("%02d", 97 - Long.parseLong(prefix) % 97);
    }

    private static String body(String name, String kind, String extra) {
        return "{\"name\":\"" + name + "\",\"kind\":\"" + kind + "\",\"sectors\":[\"WELFARE\",\"HOUSING\"],"
                + "\"street\":\"Rabotstraat\",\"houseNumber\":\"12\",\"postcode\":\"9000\",\"municipalityNisCode\":\"44021\""
                + (extra.isEmpty() ? "" : "," + extra) + "}";
    }

    private JsonObject create(String name, String kind, String extra) {
        HttpResponse<String> created = staff().post(PATH, body(name, kind, extra));
        assertEquals(201, created.statusCode(), created.body());
        return Api.object(created);
    }

    private JsonObject search(Api api, String query) {
        HttpResponse<String> found = api.get(PATH + "?" + query);
        assertEquals(200, found.statusCode(), found.body());
        return Api.object(found);
    }

    private static String encoded(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    @Test
    void identifiersAreNormalisedStoredAndShownFormatted() {
        String kbo = newKbo();
        String typed = "BE " + kbo.substring(0, 4) + "." + kbo.substring(4, 7) + "." + kbo.substring(7);
        String vcode = String.format("v %07d", RANDOM.nextInt(10_000_000));
        String ovo = String.format("ovo%06d", RANDOM.nextInt(1_000_000));

        JsonObject created = create("Vzw Identiteit " + UUID.randomUUID(), "ASSOCIATION",
                "\"kboNumber\":\"" + typed + "\",\"vcode\":\"" + vcode + "\",\"ovoCode\":\"" + ovo + "\"");

        assertEquals(kbo.substring(0, 4) + "." + kbo.substring(4, 7) + "." + kbo.substring(7), created.getString("kboNumber"));
        assertEquals(vcode.replace(" ", "").toUpperCase(), created.getString("vcode"));
        assertEquals(ovo.toUpperCase(), created.getString("ovoCode"));
        assertEquals("INFORMAL", created.getString("category"));
        assertEquals("Gent", created.getString("municipalityName"));
    }

    @Test
    void invalidFieldsAreEachNamedAndNothingIsStored() {
        String name = "Ongeldig " + UUID.randomUUID();
        HttpResponse<String> refused = staff().post(PATH, "{\"name\":\"" + name + "\",\"kind\":\"ASSOCIATION\","
                + "\"kboNumber\":\"0123.456.789\",\"vcode\":\"V12\",\"ovoCode\":\"OVO12345X\",\"postcode\":\"900\","
                + "\"email\":\"geen-adres\",\"website\":\"www.zonder-schema.be\",\"phone\":\"bel me\"}");

        assertEquals(400, refused.statusCode(), refused.body());
        assertEquals(List.of("email", "kboNumber", "ovoCode", "phone", "postcode", "vcode", "website"), fields(refused));
        assertEquals(0, search(staff(), "q=" + encoded(name)).getInt("total"));
    }

    @Test
    void anEnterpriseNumberBelongsToOneOrganisationOnly() {
        String kbo = newKbo();
        create("Eerste " + UUID.randomUUID(), "CARE_WELFARE_PROVIDER", "\"kboNumber\":\"" + kbo + "\"");

        HttpResponse<String> second = staff().post(PATH, body("Tweede " + UUID.randomUUID(), "CARE_WELFARE_PROVIDER",
                "\"kboNumber\":\"" + kbo + "\""));

        assertEquals(400, second.statusCode(), second.body());
        assertEquals(List.of("kboNumber"), fields(second));
    }

    @Test
    void searchMatchesTheBeginningOfEveryWordTypedOrAnIdentifier() {
        String marker = "zk" + UUID.randomUUID().toString().substring(0, 8);
        String kbo = newKbo();
        create("Vzw Zonnige Hoek " + marker, "ASSOCIATION", "\"kboNumber\":\"" + kbo + "\"");
        create("Buurthuis Hoekje " + marker, "CITIZEN_INITIATIVE", "");
        create("Sportclub " + marker, "LOCAL_STAKEHOLDER", "");

        assertEquals(2, search(staff(), "q=" + encoded("HOEK " + marker)).getInt("total"));
        assertEquals(1, search(staff(), "q=" + encoded("zonn " + marker.substring(0, 5))).getInt("total"));
        assertEquals(1, search(staff(), "q=" + encoded("Sportclub " + marker) + "&kind=local_stakeholder").getInt("total"));
        assertEquals(0, search(staff(), "q=" + encoded(marker) + "&kind=ADVISORY_COUNCIL").getInt("total"));
        assertEquals(3, search(staff(), "q=" + marker + "&sector=HOUSING&municipality=44021").getInt("total"));
        JsonObject byKbo = search(staff(), "q=" + encoded(kbo.substring(0, 4) + "." + kbo.substring(4, 7) + "." + kbo.substring(7)));
        assertEquals(1, byKbo.getInt("total"));
        assertTrue(byKbo.getJsonArray("items").getJsonObject(0).getString("name").startsWith("Vzw Zonnige Hoek"));
    }

    @Test
    void resultsArePagedInNameOrder() {
        String marker = "pg" + UUID.randomUUID().toString().substring(0, 8);
        for (String name : List.of("Cederhof", "Abeel", "Beuk")) {
            create(name + " " + marker, "ASSOCIATION", "");
        }

        JsonObject second = search(staff(), "q=" + marker + "&first=1&size=1");

        assertEquals(3, second.getInt("total"));
        assertEquals("Beuk " + marker, second.getJsonArray("items").getJsonObject(0).getString("name"));
    }

    @Test
    void partnerStaffSeeAndChangeOnlyTheirOwnOrganisation() {
        Api partner = Api.as(base, "partner");
        JsonObject own = search(partner, "size=100");
        assertEquals(1, own.getInt("total"), "a partner user sees only their own organisation");
        JsonObject rabotter = own.getJsonArray("items").getJsonObject(0);
        assertEquals("LDC De Rabotter", rabotter.getString("name"));
        long other = create("Andere organisatie " + UUID.randomUUID(), "ASSOCIATION", "").getJsonNumber("id").longValue();

        assertEquals(403, partner.get(PATH + "/" + other).statusCode());
        assertEquals(403, partner.put(PATH + "/" + other, body("Overgenomen", "ASSOCIATION", "\"version\":1")).statusCode());
        assertEquals(403, partner.delete(PATH + "/" + other).statusCode());
        assertEquals(403, partner.post(PATH, body("Nieuw " + UUID.randomUUID(), "ASSOCIATION", "")).statusCode());
        assertEquals(0, search(partner, "q=" + encoded("Andere organisatie")).getInt("total"));

        long ownId = rabotter.getJsonNumber("id").longValue();
        HttpResponse<String> changed = partner.put(PATH + "/" + ownId, body("LDC De Rabotter", "CARE_WELFARE_PROVIDER",
                "\"phone\":\"09 123 45 67\",\"version\":" + rabotter.getInt("version")));
        assertEquals(200, changed.statusCode(), changed.body());
        assertEquals("09 123 45 67", Api.object(partner.get(PATH + "/" + ownId)).getString("phone"));
        assertEquals(403, partner.delete(PATH + "/" + ownId).statusCode());
    }

    @Test
    void regionalSupportReadsButDoesNotChange() {
        JsonObject created = create("Regioleesbaar " + UUID.randomUUID(), "ASSOCIATION", "");
        long id = created.getJsonNumber("id").longValue();
        Api regio = Api.as(base, "regio");

        assertEquals(200, regio.get(PATH + "/" + id).statusCode());
        assertEquals(403, regio.put(PATH + "/" + id, body("Gewijzigd", "ASSOCIATION",
                "\"version\":" + created.getInt("version"))).statusCode());
    }

    @Test
    void staleVersionIsAConflictAndChangesAreAudited() {
        JsonObject created = create("Versie " + UUID.randomUUID(), "ASSOCIATION", "");
        long id = created.getJsonNumber("id").longValue();
        int version = created.getInt("version");

        assertEquals(200, staff().put(PATH + "/" + id, body("Versie nieuw", "ASSOCIATION", "\"version\":" + version)).statusCode());
        assertEquals(409, Api.as(base, "admin").put(PATH + "/" + id,
                body("Versie botsing", "ASSOCIATION", "\"version\":" + version)).statusCode());

        List<String> actions = Api.array(Api.as(base, "admin").get("api/audit?entityType=Organisation&entityId=" + id))
                .getValuesAs(JsonObject.class).stream().map(e -> e.getString("action")).toList();
        assertEquals(List.of("CREATED", "UPDATED"), actions);
        assertEquals("Versie nieuw", Api.object(staff().get(PATH + "/" + id)).getString("name"));
    }

    @Test
    void exportIsCsvWithFormulasNeutralisedAndOnlyWhatTheCallerMaySee() {
        String marker = "ex" + UUID.randomUUID().toString().substring(0, 8);
        create("=HYPERLINK(\\\"http://evil.example\\\") " + marker, "ASSOCIATION", "");
        create("Vzw Gewoon, " + marker, "ASSOCIATION", "\"phone\":\"+32 9 123 45 67\"");

        HttpResponse<String> export = staff().get(PATH + "/export.csv?q=" + marker, "text/csv");

        assertEquals(200, export.statusCode(), export.body());
        assertTrue(export.headers().firstValue("Content-Type").orElseThrow().startsWith("text/csv"));
        List<String> lines = export.body().lines().toList();
        assertEquals(3, lines.size(), export.body());
        assertTrue(lines.get(0).startsWith("\uFEFFname,legal_form,kind,sectors"), lines.get(0));
        assertTrue(lines.get(1).startsWith("\"'=HYPERLINK(\"\"http://evil.example\"\") " + marker + "\""), lines.get(1));
        assertTrue(lines.get(2).startsWith("\"Vzw Gewoon, " + marker + "\",,ASSOCIATION,WELFARE|HOUSING,Rabotstraat"), lines.get(2));
        assertTrue(lines.get(2).contains(",'+32 9 123 45 67,"), lines.get(2));

        List<String> partnerLines = Api.as(base, "partner").get(PATH + "/export.csv", "text/csv").body().lines().toList();
        assertEquals(2, partnerLines.size(), "header and their own organisation only");
        assertTrue(partnerLines.get(1).startsWith("LDC De Rabotter,"), partnerLines.get(1));
    }

    private static String formatted(String kbo) {
        return kbo.substring(0, 4) + "." + kbo.substring(4, 7) + "." + kbo.substring(7);
    }

    private HttpResponse<String> importCsv(Api api, String csv, String dryRun) {
        return api.post(PATH + "/import" + (dryRun == null ? "" : "?dryRun=" + dryRun),
                csv.getBytes(StandardCharsets.UTF_8), "text/csv");
    }

    private String fileWithBadRows(String marker, String existingKbo) {
        return "name,kind,kbo_number,postcode,municipality_nis_code,phone\n"
                + "Nieuw " + marker + ",ASSOCIATION,,9000,44021,\n"
                + "Bestaand " + marker + " bijgewerkt,CARE_WELFARE_PROVIDER," + formatted(existingKbo) + ",9000,44021,09 111 11 11\n"
                + "Slecht " + marker + ",ASSOCIATION,0123.456.789,9000,,\n"
                + ",ASSOCIATION,,9000,,\n"
                + "Onbekend " + marker + ",ASSOCIATION,,9000,99999,\n"
                + "Gelijkaardig " + marker + ",ASSOCIATION,,9000,,\n"
                + "Nieuw " + marker + ",ASSOCIATION,,9000,,\n"
                + "Kasteel " + marker + ",CASTLE,,9000,,\n";
    }

    @Test
    void importDryRunReportsEveryRowAndStoresNothing() {
        String marker = "im" + UUID.randomUUID().toString().substring(0, 8);
        String kbo = newKbo();
        long existing = create("Bestaand " + marker, "ASSOCIATION", "\"kboNumber\":\"" + kbo + "\"").getJsonNumber("id").longValue();
        create("Gelijkaardig " + marker, "ASSOCIATION", "");

        HttpResponse<String> dryRun = importCsv(staff(), fileWithBadRows(marker, kbo), null);

        assertEquals(200, dryRun.statusCode(), dryRun.body());
        JsonObject report = Api.object(dryRun);
        assertEquals(false, report.getBoolean("applied"));
        assertEquals(1, report.getInt("created"));
        assertEquals(1, report.getInt("updated"));
        assertEquals(6, report.getInt("rejected"));
        List<JsonObject> rows = report.getJsonArray("rows").getValuesAs(JsonObject.class);
        assertEquals(List.of("CREATE", "UPDATE", "REJECT", "REJECT", "REJECT", "REJECT", "REJECT", "REJECT"),
                rows.stream().map(r -> r.getString("action")).toList());
        assertEquals(existing, rows.get(1).getJsonNumber("organisationId").longValue());
        assertEquals(List.of(List.of("kbo_number"), List.of("name"), List.of("municipality_nis_code"), List.of("name"),
                        List.of("name"), List.of("kind")),
                rows.subList(2, 8).stream().map(r -> r.getJsonArray("errors").getValuesAs(JsonObject.class).stream()
                        .map(e -> e.getString("field")).toList()).toList());
        assertEquals(4, rows.get(2).getInt("row"), "the header is row 1");
        assertEquals(0, search(staff(), "q=nieuw%20" + marker).getInt("total"));
    }

    @Test
    void anImportWithRejectedRowsIsNotAppliedAtAll() {
        String marker = "ia" + UUID.randomUUID().toString().substring(0, 8);
        String kbo = newKbo();
        long existing = create("Bestaand " + marker, "ASSOCIATION", "\"kboNumber\":\"" + kbo + "\"").getJsonNumber("id").longValue();
        create("Gelijkaardig " + marker, "ASSOCIATION", "");

        HttpResponse<String> refused = importCsv(staff(), fileWithBadRows(marker, kbo), "false");

        assertEquals(422, refused.statusCode(), refused.body());
        assertEquals(false, Api.object(refused).getBoolean("applied"));
        assertEquals(0, search(staff(), "q=nieuw%20" + marker).getInt("total"));
        assertEquals("Bestaand " + marker, Api.object(staff().get(PATH + "/" + existing)).getString("name"));
    }

    @Test
    void aCleanImportCreatesAndUpdatesOnlyThePresentColumns() {
        String marker = "ic" + UUID.randomUUID().toString().substring(0, 8);
        String kbo = newKbo();
        long existing = create("Bestaand " + marker, "ASSOCIATION", "\"kboNumber\":\"" + kbo + "\",\"phone\":\"09 222 22 22\"")
                .getJsonNumber("id").longValue();
        String csv = "\uFEFFname;kind;kbo_number;sectors\r\n"
                + "Vzw Nieuw " + marker + ";ASSOCIATION;;EDUCATION|HOUSING\r\n"
                + "\"Bestaand " + marker + "; hernoemd\";CARE_WELFARE_PROVIDER;BE" + kbo + ";\r\n";

        HttpResponse<String> applied = importCsv(staff(), csv, "false");

        assertEquals(200, applied.statusCode(), applied.body());
        JsonObject report = Api.object(applied);
        assertTrue(report.getBoolean("applied"));
        assertEquals(1, report.getInt("created"));
        assertEquals(1, report.getInt("updated"));
        JsonObject updated = Api.object(staff().get(PATH + "/" + existing));
        assertEquals("Bestaand " + marker + "; hernoemd", updated.getString("name"));
        assertEquals("CARE_WELFARE_PROVIDER", updated.getString("kind"));
        assertEquals("09 222 22 22", updated.getString("phone"), "a column absent from the file is kept");
        assertEquals("Rabotstraat", updated.getString("street"));
        JsonObject created = search(staff(), "q=" + marker + "&kind=ASSOCIATION").getJsonArray("items").getJsonObject(0);
        assertEquals("Vzw Nieuw " + marker, created.getString("name"));
        assertEquals(2, created.getJsonArray("sectors").size());
    }

    @Test
    void filesThatAreNotUtf8CsvAreRefusedWithAClearReason() {
        byte[] xlsx = {'P', 'K', 3, 4, 20, 0, 6, 0};
        assertEquals(List.of("file"), fields(staff().post(PATH + "/import", xlsx, "text/csv")));
        byte[] latin1 = "name,kind\nCaf\u00e9 na\u00efef,ASSOCIATION\n".getBytes(StandardCharsets.ISO_8859_1);
        assertEquals(List.of("file"), fields(staff().post(PATH + "/import", latin1, "text/csv")));
        assertEquals(List.of("kleur"), fields(importCsv(staff(), "name,kind,kleur\nX,ASSOCIATION,rood\n", null)));
        assertEquals(List.of("kind"), fields(importCsv(staff(), "name\nX\n", null)));
        assertEquals(List.of("dryRun"), fields(importCsv(staff(), "name,kind\nX,ASSOCIATION\n", "misschien")));
        byte[] tooLarge = new byte[5 * 1024 * 1024 + 1];
        Arrays.fill(tooLarge, (byte) 'a');
        assertEquals(List.of("file"), fields(staff().post(PATH + "/import", tooLarge, "text/csv")));
        assertEquals(403, importCsv(Api.as(base, "partner"), "name,kind\nX,ASSOCIATION\n", null).statusCode());
    }

    @Test
    void unknownKindInASearchIsABadRequest() {
        HttpResponse<String> refused = staff().get(PATH + "?kind=castle");

        assertEquals(400, refused.statusCode());
        assertEquals(List.of("kind"), fields(refused));
    }

    private static List<String> fields(HttpResponse<String> problem) {
        return Api.object(problem).getJsonArray("errors").getValuesAs(JsonObject.class).stream()
                .map(error -> error.getString("field")).sorted().toList();
    }
}
