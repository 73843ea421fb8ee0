package be.zorgzame.bench.floor;

import be.zorgzame.partners.control.NameKeys;
import be.zorgzame.partners.control.OrganisationWordSearch;
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
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

/**
 * The data floor: the organisation search by words ({@code GET /api/organisations?q=}) as hand-written JDBC on the
 * application's own pool. It runs the application's own SQL ({@link OrganisationWordSearch}, from the WAR's core
 * library) for the count and the page, then reads the page's organisations with their municipality and their
 * sectors, and answers the same JSON. Only meaningful inside the zorgzame WAR, which defines
 * {@code java:app/jdbc/zorgzame} and holds the core library; looked up lazily so the minimal WAR deploys without it.
 */
@Path("organisations")
public class OrganisationSearchJdbc {

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public JsonObject search(@QueryParam("q") String text, @QueryParam("first") @DefaultValue("0") int first,
                             @QueryParam("size") @DefaultValue("20") int size) throws SQLException, NamingException {
        OrganisationWordSearch sql = OrganisationWordSearch.of(NameKeys.tokens(text),
                new OrganisationWordSearch.Criteria(null, null, null, null));
        DataSource dataSource = InitialContext.doLookup("java:app/jdbc/zorgzame");
        try (Connection db = dataSource.getConnection()) {
            long total;
            try (PreparedStatement count = db.prepareStatement(sql.count())) {
                bind(count, sql.parameters());
                try (ResultSet rs = count.executeQuery()) {
                    rs.next();
                    total = rs.getLong(1);
                }
            }
            List<Long> ids = new ArrayList<>();
            try (PreparedStatement page = db.prepareStatement(sql.page())) {
                bind(page, sql.pageParameters(first, size));
                try (ResultSet rs = page.executeQuery()) {
                    while (rs.next()) {
                        ids.add(rs.getLong(1));
                    }
                }
            }
            Map<Long, JsonObjectBuilder> rows = new LinkedHashMap<>();
            ids.forEach(id -> rows.put(id, null));
            if (!ids.isEmpty()) {
                try (PreparedStatement select = db.prepareStatement("SELECT o.id, o.version, o.name, o.legal_form, o.kind,"
                        + " o.active_from, o.active_to, o.street, o.house_number, o.postcode, o.municipality_nis_code,"
                        + " m.name_nl, o.website, o.email, o.phone, o.kbo_number, o.vcode, o.ovo_code"
                        + " FROM organisation o LEFT JOIN municipality m ON m.nis_code = o.municipality_nis_code"
                        + " WHERE o.id IN (" + marks(ids.size()) + ")")) {
                    bind(select, new ArrayList<>(ids));
                    try (ResultSet rs = select.executeQuery()) {
                        while (rs.next()) {
                            JsonObjectBuilder row = Json.createObjectBuilder().add("id", rs.getLong(1)).add("version", rs.getInt(2));
                            for (int column = 3; column <= 18; column++) {
                                String value = rs.getString(column);
                                String name = rs.getMetaData().getColumnLabel(column).toLowerCase(Locale.ROOT);
                                row = value == null ? row.addNull(name) : row.add(name, value.strip());
                            }
                            rows.put(rs.getLong(1), row);
                        }
                    }
                }
            }
            Map<Long, TreeSet<String>> sectors = sectors(db, ids);
            JsonArrayBuilder items = Json.createArrayBuilder();
            rows.forEach((id, row) -> {
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
        try (PreparedStatement select = db.prepareStatement(
                "SELECT organisation_id, sector FROM organisation_sector WHERE organisation_id IN (" + marks(list.size()) + ")")) {
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

    private static void bind(PreparedStatement statement, List<Object> values) throws SQLException {
        for (int i = 0; i < values.size(); i++) {
            statement.setObject(i + 1, values.get(i));
        }
    }

    private static String marks(int count) {
        return String.join(", ", Collections.nCopies(count, "?"));
    }
}
