package be.zorgzame.partners.boundary;

import be.zorgzame.partners.control.KboNumbers;
import be.zorgzame.partners.entity.Sector;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Organisations as JSON-LD in the terms of the Flemish OSLO Organisatie vocabulary (W3C Organization
 * and Registered Organization, with SKOS, ADMS, LOCN, schema.org and FOAF), as described in the README.
 * An organisation with an enterprise number is a registered organisation and takes the Flemish
 * government's URI for it; any other one is named by its address in this API. Absent values are left
 * out, never written as null.
 */
public final class OsloOrganisation {

    public static final String MEDIA_TYPE = "application/ld+json";

    static final String KBO_URI = "https://data.vlaanderen.be/id/organisatie/";
    private static final String TYPE = "@type";
    private static final String CONCEPT = "skos:Concept";
    private static final String NOTATION = "skos:notation";
    private static final JsonObject CONTEXT = Json.createObjectBuilder()
            .add("org", "http://www.w3.org/ns/org#")
            .add("rov", "http://www.w3.org/ns/regorg#")
            .add("skos", "http://www.w3.org/2004/02/skos/core#")
            .add("adms", "http://www.w3.org/ns/adms#")
            .add("locn", "http://www.w3.org/ns/locn#")
            .add("schema", "http://schema.org/")
            .add("foaf", "http://xmlns.com/foaf/0.1/")
            .add("organisatie", "https://data.vlaanderen.be/ns/organisatie#")
            .add("adres", "https://data.vlaanderen.be/ns/adres#")
            .add("foaf:homepage", Json.createObjectBuilder().add(TYPE, "@id"))
            .build();

    private OsloOrganisation() {
    }

    /**
     * One organisation as a JSON-LD document.
     *
     * @param organisations the absolute URI of this API's organisations, naming those without an enterprise number
     */
    public static JsonObject document(OrganisationView organisation, String organisations) {
        return node(organisation, organisations).add("@context", CONTEXT).build();
    }

    /** Several organisations as one JSON-LD document, in an {@code @graph}. */
    public static JsonObject graph(List<OrganisationView> found, String organisations) {
        JsonArrayBuilder graph = Json.createArrayBuilder();
        found.forEach(organisation -> graph.add(node(organisation, organisations)));
        return Json.createObjectBuilder().add("@context", CONTEXT).add("@graph", graph).build();
    }

    private static JsonObjectBuilder node(OrganisationView o, String organisations) {
        Optional<String> kbo = KboNumbers.normalise(o.kboNumber());
        JsonObjectBuilder node = Json.createObjectBuilder()
                .add("@id", kbo.map(digits -> KBO_URI + digits).orElse(organisations + "/" + o.id()))
                .add(TYPE, kbo.isPresent()
                        ? Json.createArrayBuilder().add("org:Organization").add("rov:RegisteredOrganization").build()
                        : Json.createValue("org:Organization"))
                .add("skos:prefLabel", o.name())
                .add("org:classification", concept(o.kind().name()))
                .add("rov:orgStatus", concept(o.active() ? "ACTIVE" : "INACTIVE"));
        if (o.legalForm() != null) {
            node.add("organisatie:rechtsvorm", Json.createObjectBuilder().add(TYPE, CONCEPT).add("skos:prefLabel", o.legalForm()));
        }
        if (!o.sectors().isEmpty()) {
            JsonArrayBuilder activities = Json.createArrayBuilder();
            o.sectors().stream().map(Sector::name).map(OsloOrganisation::concept).forEach(activities::add);
            node.add("rov:orgActivity", activities);
        }
        List<JsonObject> identifiers = new ArrayList<>();
        kbo.ifPresent(digits -> identifiers.add(identifier(o.kboNumber(), "Kruispuntbank van Ondernemingen")));
        if (o.vcode() != null) {
            identifiers.add(identifier(o.vcode(), "Verenigingsregister"));
        }
        if (o.ovoCode() != null) {
            identifiers.add(identifier(o.ovoCode(), "Organisatieregister Vlaanderen"));
        }
        if (!identifiers.isEmpty()) {
            node.add("adms:identifier", Json.createArrayBuilder(identifiers));
        }
        kbo.ifPresent(digits -> node.add("rov:registration", identifiers.get(0)));
        address(o).ifPresent(address -> node.add("org:hasPrimarySite",
                Json.createObjectBuilder().add(TYPE, "org:Site").add("organisatie:bestaatUit", address)));
        if (o.website() != null) {
            node.add("foaf:homepage", o.website());
        }
        if (o.email() != null || o.phone() != null) {
            JsonObjectBuilder contact = Json.createObjectBuilder().add(TYPE, "schema:ContactPoint");
            addIfPresent(contact, "schema:email", o.email());
            addIfPresent(contact, "schema:telephone", o.phone());
            node.add("schema:contactPoint", contact);
        }
        return node;
    }

    private static JsonObjectBuilder concept(String notation) {
        return Json.createObjectBuilder().add(TYPE, CONCEPT).add(NOTATION, notation);
    }

    /** An identifier with the register that issued it. */
    private static JsonObject identifier(String notation, String register) {
        return Json.createObjectBuilder().add(TYPE, "adms:Identifier").add(NOTATION, notation)
                .add("adms:schemaAgency", register).build();
    }

    private static Optional<JsonObjectBuilder> address(OrganisationView o) {
        if (o.street() == null && o.houseNumber() == null && o.postcode() == null && o.municipalityName() == null) {
            return Optional.empty();
        }
        JsonObjectBuilder address = Json.createObjectBuilder().add(TYPE, "locn:Address");
        addIfPresent(address, "locn:thoroughfare", o.street());
        addIfPresent(address, "adres:Adresvoorstelling.huisnummer", o.houseNumber());
        addIfPresent(address, "locn:postCode", o.postcode());
        if (o.municipalityName() != null) {
            address.add("adres:gemeentenaam", Json.createObjectBuilder().add("@value", o.municipalityName()).add("@language", "nl"));
        }
        return Optional.of(address);
    }

    private static void addIfPresent(JsonObjectBuilder builder, String term, String value) {
        if (value != null) {
            builder.add(term, value);
        }
    }
}
