package be.zorgzame.partners.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.zorgzame.partners.entity.OrganisationCategory;
import be.zorgzame.partners.entity.OrganisationKind;
import be.zorgzame.partners.entity.Sector;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class OsloOrganisationTest {

    private static final String API = "https://gemeente.example/zorgzame/api/organisations";

    private static OrganisationView complete() {
        return new OrganisationView(7, 1, "LDC De Rabotter", "vzw", OrganisationKind.CARE_WELFARE_PROVIDER,
                OrganisationCategory.FORMAL, new TreeSet<>(Set.of(Sector.CARE, Sector.WELFARE)), LocalDate.of(2020, 1, 1), null,
                true, "Rabotstraat", "12", "9000", "44021", "Gent", "https://rabotter.example", "info@rabotter.example",
                "09 123 45 67", "0203.201.340", "V0012345", "OVO000123");
    }

    private static OrganisationView nameAndKindOnly() {
        return new OrganisationView(8, 0, "Buurtcomité", null, OrganisationKind.CITIZEN_INITIATIVE,
                OrganisationCategory.INFORMAL, Set.of(), null, null, true, null, null, null, null, null, null, null, null,
                null, null, null);
    }

    /** The document as a client parses it: whatever is written must be valid JSON. */
    private static JsonObject parsed(JsonObject document) {
        try (JsonReader reader = Json.createReader(new StringReader(document.toString()))) {
            return reader.readObject();
        }
    }

    private static boolean containsNull(JsonValue value) {
        return switch (value.getValueType()) {
            case NULL -> true;
            case OBJECT -> value.asJsonObject().values().stream().anyMatch(OsloOrganisationTest::containsNull);
            case ARRAY -> value.asJsonArray().stream().anyMatch(OsloOrganisationTest::containsNull);
            default -> false;
        };
    }

    @Test
    void aRegisteredOrganisationUsesTheOsloTermsAndTheEnterpriseNumberUri() {
        JsonObject o = parsed(OsloOrganisation.document(complete(), API));

        assertEquals("http://www.w3.org/ns/org#", o.getJsonObject("@context").getString("org"));
        assertEquals("https://data.vlaanderen.be/id/organisatie/0203201340", o.getString("@id"));
        assertEquals(List.of("org:Organization", "rov:RegisteredOrganization"),
                o.getJsonArray("@type").getValuesAs(JsonString::getString));
        assertEquals("LDC De Rabotter", o.getString("skos:prefLabel"));
        assertEquals("CARE_WELFARE_PROVIDER", o.getJsonObject("org:classification").getString("skos:notation"));
        assertEquals("ACTIVE", o.getJsonObject("rov:orgStatus").getString("skos:notation"));
        assertEquals("vzw", o.getJsonObject("organisatie:rechtsvorm").getString("skos:prefLabel"));
        assertEquals(2, o.getJsonArray("rov:orgActivity").size());
        assertEquals("0203.201.340", o.getJsonObject("rov:registration").getString("skos:notation"));
        assertEquals(List.of("Kruispuntbank van Ondernemingen", "Verenigingsregister", "Organisatieregister Vlaanderen"),
                o.getJsonArray("adms:identifier").getValuesAs(JsonObject.class).stream()
                        .map(identifier -> identifier.getString("adms:schemaAgency")).toList());
        JsonObject address = o.getJsonObject("org:hasPrimarySite").getJsonObject("organisatie:bestaatUit");
        assertEquals("locn:Address", address.getString("@type"));
        assertEquals("Rabotstraat", address.getString("locn:thoroughfare"));
        assertEquals("12", address.getString("adres:Adresvoorstelling.huisnummer"));
        assertEquals("9000", address.getString("locn:postCode"));
        assertEquals("Gent", address.getJsonObject("adres:gemeentenaam").getString("@value"));
        assertEquals("https://rabotter.example", o.getString("foaf:homepage"));
        assertEquals("info@rabotter.example", o.getJsonObject("schema:contactPoint").getString("schema:email"));
        assertEquals("09 123 45 67", o.getJsonObject("schema:contactPoint").getString("schema:telephone"));
        assertFalse(containsNull(o));
    }

    @Test
    void missingValuesAreLeftOutAndTheIdIsTheApiAddress() {
        JsonObject o = parsed(OsloOrganisation.document(nameAndKindOnly(), API));

        assertEquals(API + "/8", o.getString("@id"));
        assertEquals("org:Organization", o.getString("@type"));
        assertEquals(Set.of("@context", "@id", "@type", "skos:prefLabel", "org:classification", "rov:orgStatus"), o.keySet());
        assertFalse(containsNull(o));
    }

    @Test
    void aListIsOneGraphUnderOneContext() {
        JsonObject document = parsed(OsloOrganisation.graph(List.of(complete(), nameAndKindOnly()), API));

        assertTrue(document.containsKey("@context"));
        assertEquals(2, document.getJsonArray("@graph").size());
        assertFalse(document.getJsonArray("@graph").getJsonObject(0).containsKey("@context"));
        assertFalse(containsNull(document));
    }
}
