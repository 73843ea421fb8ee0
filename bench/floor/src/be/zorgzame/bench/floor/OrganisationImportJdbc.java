package be.zorgzame.bench.floor;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.text.Normalizer;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;

/**
 * The data floor of the organisation import: the benchmark's CSV (name, kind, sectors, postcode, municipality,
 * enterprise number, e-mail; no quoted cells) as hand-written JDBC in one transaction: per row the look-ups the
 * import makes (the enterprise number's holder, a likely duplicate by name key and postcode), then the
 * organisation, its name tokens and sectors in batches, committed, and the identity restarted after them. The harness gives it a file of its own (other
 * names and enterprise numbers, the same shape), as undoing 40,000 inserted rows took Derby longer than the work.
 * Its path differs from the API's import: the WAR's JAX-RS application for /api also finds this class.
 */
@Path("organisation-import")
public class OrganisationImportJdbc {

    @POST
    @Consumes("text/csv")
    @Produces(MediaType.APPLICATION_JSON)
    public String importCsv(String csv) throws SQLException, NamingException {
        DataSource dataSource = InitialContext.doLookup("java:app/jdbc/zorgzame");
        List<String> lines = csv.lines().skip(1).filter(line -> !line.isBlank()).toList();
        try (Connection db = dataSource.getConnection()) {
            db.setAutoCommit(false);
            try (Statement s = db.createStatement(); ResultSet max = s.executeQuery("SELECT MAX(id) FROM organisation");
                 PreparedStatement holder = db.prepareStatement("SELECT id FROM organisation WHERE kbo_number = ?");
                 PreparedStatement duplicate = db.prepareStatement(
                         "SELECT id FROM organisation WHERE name_key = ? AND postcode = ?");
                 PreparedStatement organisation = db.prepareStatement("INSERT INTO organisation (id, name, name_key, kind,"
                         + " postcode, municipality_nis_code, email, kbo_number, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 1)");
                 PreparedStatement token = db.prepareStatement(
                         "INSERT INTO organisation_name_token (organisation_id, token) VALUES (?, ?)");
                 PreparedStatement sector = db.prepareStatement(
                         "INSERT INTO organisation_sector (organisation_id, sector) VALUES (?, ?)")) {
                max.next();
                long id = max.getLong(1);
                for (String line : lines) {
                    String[] cells = line.split(",", -1);
                    String key = key(cells[0]);
                    String kbo = cells[5].isEmpty() ? null : cells[5];
                    if (kbo != null) {
                        exists(holder, kbo);
                    }
                    duplicate.setString(1, key);
                    duplicate.setString(2, cells[3]);
                    exists(duplicate);
                    id++;
                    organisation.setLong(1, id);
                    organisation.setString(2, cells[0]);
                    organisation.setString(3, key);
                    organisation.setString(4, cells[1]);
                    organisation.setString(5, cells[3]);
                    organisation.setString(6, cells[4]);
                    organisation.setString(7, cells[6]);
                    organisation.setString(8, kbo);
                    organisation.addBatch();
                    for (String word : new LinkedHashSet<>(List.of(key.split(" ")))) {
                        token.setLong(1, id);
                        token.setString(2, word);
                        token.addBatch();
                    }
                    for (String name : new LinkedHashSet<>(List.of(cells[2].split("\\|")))) {
                        sector.setLong(1, id);
                        sector.setString(2, name);
                        sector.addBatch();
                    }
                }
                organisation.executeBatch();
                token.executeBatch();
                sector.executeBatch();
                db.commit();
                // the rows got explicit ids: the identity continues after them, or the application's inserts collide
                s.execute("ALTER TABLE organisation ALTER COLUMN id RESTART WITH " + (id + 1));
                db.commit();
            } catch (SQLException e) {
                db.rollback();
                throw e;
            }
        }
        return "{\"rows\":" + lines.size() + "}";
    }

    private static void exists(PreparedStatement query, String value) throws SQLException {
        query.setString(1, value);
        exists(query);
    }

    private static void exists(PreparedStatement query) throws SQLException {
        try (ResultSet rs = query.executeQuery()) {
            rs.next();
        }
    }

    /** The application's name key: lower case, no accents, words separated by single spaces. */
    private static String key(String name) {
        return Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{Nd}]+", " ").strip();
    }
}
