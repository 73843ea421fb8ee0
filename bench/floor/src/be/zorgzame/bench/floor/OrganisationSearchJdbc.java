package be.zorgzame.bench.floor;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

/**
 * The data floor: the organisation search ({@code GET /api/organisations?q=}) as hand-written JDBC on the
 * application's own pool: the same count, the same page (words of the name matched on their beginning, ordered
 * by name key and id, with the municipality) and the page's sectors, as JSON. Only meaningful inside the
 * zorgzame WAR, which defines {@code java:app/jdbc/zorgzame}; looked up lazily so the minimal WAR deploys without it.
 */
@Path("organisations")
public class OrganisationSearchJdbc {

    private static final String MATCHES = "EXISTS (SELECT 1 FROM organisation_name_token t"
            + " WHERE t.organisation_id = o.id AND t.token LIKE ? ESCAPE '\\')";

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public JsonObject search(@QueryParam("q") String text, @QueryParam("first") @DefaultValue("0") int first,
                             @QueryParam("size") @DefaultValue("20") int size) throws SQLException, NamingException {
        List<String> words = words(text);
        StringBuilder where = new StringBuilder();
        for (int i = 0; i < words.size(); i++) {
            where.append(i == 0 ? " WHERE " : " AND ").append(MATCHES);
        }
        DataSource dataSource = InitialContext.doLookup("java:app/jdbc/zorgzame");
        try (Connection db = dataSource.getConnection()) {
            long total;
            try (PreparedStatement count = db.prepareStatement("SELECT COUNT(*) FROM organisation o" + where)) {
                bind(count, words);
                try (ResultSet rs = count.executeQuery()) {
                    rs.next();
                    total = rs.getLong(1);
                }
            }
            Map<Long, JsonObjectBuilder> page = new LinkedHashMap<>();
            try (PreparedStatement select = db.prepareStatement("SELECT o.id, o.version, o.name, o.legal_form, o.kind,"
                    + " o.active_from, o.active_to, o.street, o.house_number, o.postcode, o.municipality_nis_code,"
                    + " m.name_nl, o.website, o.email, o.phone, o.kbo_number, o.vcode, o.ovo_code"
                    + " FROM organisation o LEFT JOIN municipality m ON m.nis_code = o.municipality_nis_code" + where
                    + " ORDER BY o.name_key, o.id OFFSET " + Math.max(0, first) + " ROWS FETCH NEXT "
                    + Math.min(100, Math.max(1, size)) + " ROWS ONLY")) {
                bind(select, words);
                try (ResultSet rs = select.executeQuery()) {
                    while (rs.next()) {
                        JsonObjectBuilder row = Json.createObjectBuilder().add("id", rs.getLong(1)).add("version", rs.getInt(2));
                        for (int column = 3; column <= 18; column++) {
                            String value = rs.getString(column);
                            String name = rs.getMetaData().getColumnLabel(column).toLowerCase(Locale.ROOT);
                            row = value == null ? row.addNull(name) : row.add(name, value.strip());
                        }
                        page.put(rs.getLong(1), row);
                    }
                }
            }
            Map<Long, TreeSet<String>> sectors = sectors(db, page.keySet());
            JsonArrayBuilder items = Json.createArrayBuilder();
            page.forEach((id, row) -> {
                JsonArrayBuilder of = Json.createArrayBuilder();
                sectors.getOrDefault(id, new TreeSet<>()).forEach(of::add);
                items.add(row.add("sectors", of));
            });
            return Json.createObjectBuilder().add("items", items).add("total", total)
                    .add("first", first).add("size", size).build();
        }
    }

    private static Map<Long, TreeSet<String>> sectors(Connection db, Iterable<Long> ids) throws SQLException {
        List<Long> list = new ArrayList<>();
        ids.forEach(list::add);
        Map<Long, TreeSet<String>> sectors = new LinkedHashMap<>();
        if (list.isEmpty()) {
            return sectors;
        }
        String marks = String.join(", ", java.util.Collections.nCopies(list.size(), "?"));
        try (PreparedStatement select = db.prepareStatement(
                "SELECT organisation_id, sector FROM organisation_sector WHERE organisation_id IN (" + marks + ")")) {
            for (int i = 0; i < list.size(); i++) {
                select.setLong(i + 1, list.get(i));
            }
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    sectors.computeIfAbsent(rs.getLong(1), id -> new TreeSet<>()).add(rs.getString(2));
                }
            }
        }
        return sectors;
    }

    private static void bind(PreparedStatement statement, List<String> words) throws SQLException {
        for (int i = 0; i < words.size(); i++) {
            String escaped = words.get(i).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
            statement.setString(i + 1, escaped + "%");
        }
    }

    /** The distinct words typed, normalised as the application's name keys. */
    private static List<String> words(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        String key = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{Nd}]+", " ").strip();
        return key.isEmpty() ? List.of() : new ArrayList<>(new java.util.LinkedHashSet<>(List.of(key.split(" "))));
    }
}
