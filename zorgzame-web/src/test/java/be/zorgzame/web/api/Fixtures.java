package be.zorgzame.web.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

/** Test data made through the API, as a user would, for the integration tests that need the same start. */
public final class Fixtures {

    private Fixtures() {
    }

    public static long id(JsonObject object) {
        return object.getJsonNumber("id").longValue();
    }

    /** The organisation a partner user acts for: the only one they see. */
    public static long ownOrganisation(Api partner) {
        return id(Api.object(partner.get("api/organisations")).getJsonArray("items").getJsonObject(0));
    }

    /** A fresh running neighbourhood of Gent, its name made unique, with these organisations involved (since 2024) in these roles. */
    public static long neighbourhoodOfGent(Api staff, String name, Map<Long, String> roles) {
        return neighbourhoodIn("44021", staff, name, roles);
    }

    /** The same in another municipality (by its NIS code), for staff who may change neighbourhoods there. */
    public static long neighbourhoodIn(String nisCode, Api staff, String name, Map<Long, String> roles) {
        HttpResponse<String> created = staff.post("api/neighbourhoods", "{\"name\":\"" + name + " " + UUID.randomUUID()
                + "\",\"municipalityNisCode\":\"" + nisCode + "\",\"status\":\"RUNNING\"}");
        assertEquals(201, created.statusCode(), created.body());
        long neighbourhood = id(Api.object(created));
        roles.forEach((organisation, role) -> {
            HttpResponse<String> involved = staff.post("api/neighbourhoods/" + neighbourhood + "/involvements",
                    "{\"organisationId\":" + organisation + ",\"role\":\"" + role + "\","
                            + "\"collaborationLevel\":\"ORGANISING_TOGETHER\",\"validFrom\":\"2024-01-01\"}");
            assertEquals(201, involved.statusCode(), involved.body());
        });
        return neighbourhood;
    }

    /** A person registered with an organisation, as its staff member. */
    public static long person(Api staff, long organisation, String name) {
        HttpResponse<String> registered = staff.post("api/organisations/" + organisation + "/persons", "{\"name\":\"" + name
                + "\",\"function\":\"buurtwerker\",\"source\":\"personeelsdienst\",\"legalBasis\":\"CONTRACT\"}");
        assertEquals(201, registered.statusCode(), registered.body());
        return id(Api.object(registered));
    }

    /** An active coordinator mandate for the neighbourhood, held by a person of the organisation that employs and grants it. */
    public static long activeCoordinatorMandate(Api manager, long holder, long organisation, long neighbourhood) {
        LocalDate start = LocalDate.now().minusMonths(1);
        HttpResponse<String> created = manager.post("api/mandates", "{\"holderId\":" + holder + ",\"employerId\":" + organisation
                + ",\"function\":\"COORDINATOR\",\"neighbourhoodIds\":[" + neighbourhood + "],\"grantingOrganisationId\":"
                + organisation + ",\"grantingBody\":\"Raad van bestuur\",\"decisionDate\":\"" + start
                + "\",\"decisionReference\":\"RvB " + UUID.randomUUID() + "\",\"validFrom\":\"" + start + "\"}");
        assertEquals(201, created.statusCode(), created.body());
        JsonObject draft = Api.object(created);
        HttpResponse<String> activated = manager.post("api/mandates/" + id(draft) + "/activate",
                "{\"version\":" + draft.getInt("version") + "}");
        assertEquals(200, activated.statusCode(), activated.body());
        return id(draft);
    }
}
