package be.zorgzame.web.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.zorgzame.web.api.Api;
import be.zorgzame.web.api.Deployments;
import be.zorgzame.web.api.Fixtures;
import be.zorgzame.web.api.LoginProtectionAccounts;
import jakarta.json.JsonObject;
import java.net.URL;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
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
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The pages that protect people and accounts: the register of processing, the erasure of a contact person on
 * their page (after which the page saves nothing of them), and the administrators' page of locked accounts.
 */
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
    void everyLoggedInUserReadsTheRegisterOfProcessing() {
        Browser.logIn(browser, wait, base + "privacy.xhtml", "partner");

        String register = browser.findElement(By.id("register")).getText();
        assertTrue(register.contains("Contactpersonen van partners"), register);
        assertEquals(6, browser.findElements(By.cssSelector("#register tbody tr")).size());
        assertEquals(List.of(), Browser.blockingAccessibilityViolations(browser));
    }

    @Test
    void anAdministratorErasesAPersonWhomThePageThenNoLongerChanges() {
        Api staff = Api.as(base, "gemeente");
        long organisation = Fixtures.id(Api.object(staff.post("api/organisations",
                "{\"name\":\"Vzw Wissen " + UUID.randomUUID() + "\",\"kind\":\"ASSOCIATION\"}")));
        long person = Fixtures.person(staff, organisation, "Walter Wisser");
        String page = base + "organisations/person.xhtml?organisation=" + organisation + "&id=" + person;

        Browser.logIn(browser, wait, page, "admin");
        assertEquals(List.of(), Browser.blockingAccessibilityViolations(browser));
        browser.findElement(By.id("erasure:reason")).sendKeys("Verzoek van de betrokkene per brief");
        browser.findElement(By.id("erasure:erase")).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(".ui-confirmdialog-yes"))).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "De persoon is gewist"));
        String placeholder = "Gewiste persoon #" + person;
        assertEquals(placeholder, browser.findElement(By.id("person:name")).getAttribute("value"));
        assertTrue(browser.findElement(By.id("erasure")).getText().contains("Deze persoon is gewist"));
        assertEquals(List.of(), Browser.blockingAccessibilityViolations(browser));

        WebElement name = browser.findElement(By.id("person:name"));
        name.clear();
        name.sendKeys("Walter Wisser");
        browser.findElement(By.id("person:save")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"),
                "De gegevens van deze persoon zijn gewist; ze worden niet meer gewijzigd"));
        assertEquals(placeholder, Api.object(staff.get("api/persons/" + person)).getString("name"));
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
