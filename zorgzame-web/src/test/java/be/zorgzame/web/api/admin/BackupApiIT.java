package be.zorgzame.web.api.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import be.zorgzame.web.api.Api;
import be.zorgzame.web.api.Deployments;
import jakarta.json.JsonObject;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Database backups over REST: on Derby (the default test database) a backup made on request lands in
 * the configured directory, is listed and audited; on PostgreSQL it is refused with a problem document.
 */
@ExtendWith(ArquillianExtension.class)
class BackupApiIT {

    @ArquillianResource
    URL base;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.shippedWar();
    }

    private Api admin() {
        return Api.as(base, "admin");
    }

    private boolean derby() {
        return Api.object(admin().get("api/admin/backups")).getBoolean("supported");
    }

    @Test
    void onlyAdministratorsReachTheBackups() {
        assertEquals(401, Api.anonymous(base).get("api/admin/backups").statusCode());
        assertEquals(403, Api.as(base, "gemeente").get("api/admin/backups").statusCode());
        assertEquals(403, Api.as(base, "gemeente").post("api/admin/backups", "").statusCode());
        assertEquals(200, admin().get("api/admin/backups").statusCode());
    }

    @Test
    void anAdministratorBacksUpDerbyWhileItIsInUseAndTheTrailSaysSo() {
        assumeTrue(derby(), "the database under test is not Derby");

        HttpResponse<String> made = admin().post("api/admin/backups", "");

        assertEquals(201, made.statusCode(), made.body());
        JsonObject backup = Api.object(made);
        String name = backup.getString("name");
        assertTrue(made.headers().firstValue("Location").orElseThrow().endsWith("/api/admin/backups/" + name));
        assertTrue(Files.isRegularFile(Path.of(backup.getString("restoreFrom")).resolve("service.properties")),
                "Derby's copy of the database in " + backup.getString("restoreFrom"));
        assertEquals(name, Api.object(admin().get("api/admin/backups/" + name)).getString("name"));
        List<String> listed = Api.object(admin().get("api/admin/backups")).getJsonArray("backups")
                .getValuesAs(JsonObject.class).stream().map(b -> b.getString("name")).toList();
        assertTrue(listed.contains(name), listed.toString());

        JsonObject audited = Api.array(admin().get("api/audit?entityType=Backup&entityId=" + name)).getJsonObject(0);
        assertEquals("CREATED", audited.getString("action"));
        assertEquals("admin", audited.getString("actor"));
    }

    @Test
    void anUnknownBackupIsNotFound() {
        assertEquals(404, admin().get("api/admin/backups/zorgzame-19990101-000000").statusCode());
    }

    @Test
    void onPostgresqlABackupIsLeftToPgDump() {
        assumeFalse(derby(), "the database under test is Derby");

        HttpResponse<String> refused = admin().post("api/admin/backups", "");

        assertEquals(409, refused.statusCode());
        assertEquals("urn:zorgzame:problem:backup-not-possible", Api.object(refused).getString("type"));
        assertEquals(List.of(), Api.object(admin().get("api/admin/backups")).getJsonArray("backups"));
    }
}
