package be.zorgzame.web.security;

import static org.junit.jupiter.api.Assertions.assertEquals;

import be.zorgzame.web.api.Api;
import jakarta.json.JsonObject;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.UUID;

/**
 * What the tests of logins through the municipality's directory or OpenID Connect provider share: the
 * enterprise number that names a partner user's organisation, registered for LDC De Rabotter, and a
 * database of their own for the server each starts.
 */
final class DirectoryFixtures {

    /** The enterprise number the identity source gives the partner user; registered for LDC De Rabotter. */
    static final String RABOTTER_KBO = "0419.052.173";

    private DirectoryFixtures() {
    }

    /** The municipal demo user registers the enterprise number of LDC De Rabotter (once, in a shared database). */
    static void registerRabotterKbo(URL base) {
        Api gemeente = Api.as(base, "gemeente");
        JsonObject found = Api.object(gemeente.get("api/organisations?q=" + RABOTTER_KBO));
        if (found.getInt("total") == 1) {
            return;
        }
        JsonObject rabotter = Api.object(gemeente.get("api/organisations?q=LDC%20De%20Rabotter"))
                .getJsonArray("items").getJsonObject(0);
        HttpResponse<String> changed = gemeente.put("api/organisations/" + rabotter.getJsonNumber("id"),
                rabotterBody("\"kboNumber\":\"" + RABOTTER_KBO + "\",\"version\":" + rabotter.getInt("version")));
        assertEquals(200, changed.statusCode(), changed.body());
    }

    static String rabotterBody(String extra) {
        return "{\"name\":\"LDC De Rabotter\",\"legalForm\":\"vzw\",\"kind\":\"CARE_WELFARE_PROVIDER\","
                + "\"sectors\":[\"CARE\",\"WELFARE\"],\"activeFrom\":\"2022-03-01\",\"postcode\":\"9000\","
                + "\"municipalityNisCode\":\"44021\",\"kboNumber\":\"" + RABOTTER_KBO + "\"," + extra + "}";
    }

    /** Derby in memory, its own; any other configured database (PostgreSQL) as given. */
    static String datasourceUrl(String name) {
        String configured = System.getenv("ZORGZAME_DATASOURCE_URL");
        if (configured != null && !configured.startsWith("jdbc:derby:memory:")) {
            return configured;
        }
        return "jdbc:derby:memory:" + name + "-" + UUID.randomUUID() + ";create=true";
    }
}
