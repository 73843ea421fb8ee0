package be.zorgzame.web.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.zorgzame.web.api.Api;
import be.zorgzame.web.api.Deployments;
import be.zorgzame.web.api.LoginProtectionAccounts;
import jakarta.json.JsonObject;
import java.net.URL;
import java.time.Duration;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The pages that protect people and accounts: the administrators' page of locked accounts. */
@ExtendWith(ArquillianExtension.class)
class PrivacyPagesIT {

    private static final int ATTEMPTS = 10;

    @ArquillianResource
    URL base;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.shippedWar().addClass(LoginProtectionAccounts.class);
    }

    private WebDriver browser;
    private WebDriverWait wait;

    @BeforeEach
    void openBrowser() throws Exception {
        browser = Browser.start();
        wait = new WebDriverWait(browser, Duration.ofSeconds(20));
    }

    @AfterEach
    void closeBrowser() {
        browser.quit();
    }

    @Test
    void anAdministratorSeesALockedAccountAndLiftsTheLock() {
        String user = LoginProtectionAccounts.PAGE;
        for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
            assertEquals(401, Api.as(base, user, "wrong-password-" + attempt).get("api/municipalities").statusCode());
        }
        assertEquals(401, Api.as(base, user, Api.DEMO_PASSWORD).get("api/municipalities").statusCode(), "locked");

        Browser.logIn(browser, wait, base + "admin/lockouts.xhtml", "admin");
        By row = By.xpath("//tbody[@id='lockouts:list_data']/tr[td[normalize-space()='" + user + "']]");
        String listed = browser.findElement(row).getText();
        assertTrue(listed.contains("Paula Paginaslot") && listed.contains("Vrijgeven"), listed);
        assertEquals(List.of(), Browser.blockingAccessibilityViolations(browser));

        browser.findElement(row).findElement(By.xpath(".//button[contains(., 'Vrijgeven')]")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "Het account is vrijgegeven."));
        wait.until(ExpectedConditions.numberOfElementsToBe(row, 0));
        assertEquals(List.of(), Browser.blockingAccessibilityViolations(browser));

        assertEquals(200, Api.as(base, user, Api.DEMO_PASSWORD).get("api/municipalities").statusCode(), "lifted");
        List<JsonObject> trail = Api.array(Api.as(base, "admin").get("api/audit?size=20")).getValuesAs(JsonObject.class);
        assertTrue(trail.stream().anyMatch(e -> e.getString("entityType").equals("AppUser") && e.getString("actor").equals("admin")
                && e.getString("changes").contains("lockedUntil")), trail.toString());
    }

    @Test
    void onlyAdministratorsOpenThePage() {
        for (String user : List.of("gemeente", "partner", "regio")) {
            assertEquals(403, Api.as(base, user).get("admin/lockouts.xhtml", "text/html").statusCode(), user);
        }
    }
}
