package be.zorgzame.web.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.zorgzame.web.api.Api;
import be.zorgzame.web.api.Deployments;
import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
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

/** The partner registry pages: search, edit, save; and a partner user limited to their own organisation. */
@ExtendWith(ArquillianExtension.class)
class OrganisationPagesIT {

    @ArquillianResource
    URL base;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.shippedWar();
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

    private void logIn(String user) {
        Browser.logIn(browser, wait, base + "organisations/list.xhtml", user);
    }

    private void search(String text) {
        WebElement field = browser.findElement(By.id("filter:text"));
        field.clear();
        field.sendKeys(text);
        browser.findElement(By.id("filter:search")).click();
    }

    @Test
    void employeeRegistersSearchesEditsAndSavesAnOrganisation() {
        logIn("gemeente");
        String marker = "pg" + UUID.randomUUID().toString().substring(0, 8);

        browser.findElement(By.id("list:new")).click();
        wait.until(ExpectedConditions.urlContains("organisations/edit.xhtml"));
        browser.findElement(By.id("organisation:name")).sendKeys("Buurtwerk Zuid " + marker);
        browser.findElement(By.id("organisation:kboNumber")).sendKeys("0123.456.789");
        browser.findElement(By.id("organisation:save")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(
                By.xpath("//input[@id='organisation:kboNumber']/ancestor::div[contains(concat(' ', @class, ' '), ' field ')]"),
                "geen geldig ondernemingsnummer"));

        WebElement kbo = browser.findElement(By.id("organisation:kboNumber"));
        kbo.clear();
        browser.findElement(By.id("organisation:save")).click();
        wait.until(ExpectedConditions.urlContains("organisations/list.xhtml"));

        search("zuid " + marker);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("list:table_data"), "Buurtwerk Zuid " + marker));
        Browser.clickWhenSettled(wait, By.linkText("Buurtwerk Zuid " + marker));
        wait.until(ExpectedConditions.urlContains("organisations/edit.xhtml?id="));
        WebElement phone = browser.findElement(By.id("organisation:phone"));
        phone.sendKeys("09 266 00 00");
        browser.findElement(By.id("organisation:save")).click();
        wait.until(ExpectedConditions.urlContains("organisations/list.xhtml"));
        assertTrue(browser.getPageSource().contains("De organisatie is bewaard."));
    }

    @Test
    void theEditPageListsTheOrganisationsContactPersons() {
        Api staff = Api.as(base, "gemeente");
        long id = Api.object(staff.post("api/organisations", "{\"name\":\"Met mensen " + UUID.randomUUID()
                + "\",\"kind\":\"ASSOCIATION\"}")).getJsonNumber("id").longValue();
        assertEquals(201, staff.post("api/organisations/" + id + "/persons", "{\"name\":\"Fatima El Amrani\","
                + "\"function\":\"buurtwerker\",\"source\":\"intake\",\"legalBasis\":\"PUBLIC_TASK\"}").statusCode());
        logIn("gemeente");

        browser.get(base + "organisations/edit.xhtml?id=" + id);

        String people = browser.findElement(By.id("people")).getText();
        assertTrue(people.contains("Fatima El Amrani") && people.contains("buurtwerker"), people);
    }

    @Test
    void partnerUserFindsOnlyTheirOwnOrganisationAndCannotOpenAnother() {
        String other = "Verborgen " + UUID.randomUUID();
        long otherId = Api.object(Api.as(base, "gemeente").post("api/organisations",
                "{\"name\":\"" + other + "\",\"kind\":\"ASSOCIATION\"}")).getJsonNumber("id").longValue();
        logIn("partner");

        wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#list\\:table_data tr"), 1));
        assertTrue(browser.findElement(By.id("list:table_data")).getText().contains("LDC De Rabotter"));
        assertEquals(0, browser.findElements(By.id("list:new")).size(), "no 'new' button for partners");

        browser.get(base + "organisations/edit.xhtml?id=" + otherId);
        assertTrue(browser.getPageSource().contains("Geen toegang"), "another organisation's page is refused");
        assertTrue(!browser.getPageSource().contains(other), "nothing of the other organisation is shown");
    }

    @Test
    void staffAddAContactPersonAndChangeTheirFunction() {
        long id = Api.object(Api.as(base, "gemeente").post("api/organisations", "{\"name\":\"Met contact "
                + UUID.randomUUID() + "\",\"kind\":\"ASSOCIATION\"}")).getJsonNumber("id").longValue();
        logIn("gemeente");
        browser.get(base + "organisations/edit.xhtml?id=" + id);

        browser.findElement(By.id("newPerson")).click();
        wait.until(ExpectedConditions.urlContains("organisations/person.xhtml"));
        browser.findElement(By.id("person:save")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(
                By.xpath("//input[@id='person:source']/ancestor::div[contains(concat(' ', @class, ' '), ' field ')]"),
                "is verplicht"));
        browser.findElement(By.id("person:name")).sendKeys("Jo Vermeulen");
        browser.findElement(By.id("person:function")).sendKeys("coördinator");
        browser.findElement(By.id("person:source")).sendKeys("kennismakingsgesprek");
        browser.findElement(By.id("person:save")).click();
        wait.until(ExpectedConditions.urlContains("organisations/edit.xhtml?id=" + id));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("people"), "coördinator"));

        Browser.clickWhenSettled(wait, By.linkText("Jo Vermeulen"));
        wait.until(ExpectedConditions.urlContains("organisations/person.xhtml"));
        WebElement function = browser.findElement(By.id("person:function"));
        function.clear();
        function.sendKeys("buurtwerker");
        browser.findElement(By.id("person:save")).click();
        wait.until(ExpectedConditions.urlContains("organisations/edit.xhtml?id=" + id));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("people"), "buurtwerker"));
    }

    @Test
    void partnerUserCannotOpenAnotherOrganisationsContactPerson() {
        Api staff = Api.as(base, "gemeente");
        long id = Api.object(staff.post("api/organisations", "{\"name\":\"Andermans " + UUID.randomUUID()
                + "\",\"kind\":\"ASSOCIATION\"}")).getJsonNumber("id").longValue();
        long person = Api.object(staff.post("api/organisations/" + id + "/persons", "{\"name\":\"Geheime Contactpersoon\","
                + "\"source\":\"intake\",\"legalBasis\":\"PUBLIC_TASK\"}")).getJsonNumber("id").longValue();
        logIn("partner");

        browser.get(base + "organisations/person.xhtml?organisation=" + id + "&id=" + person);

        assertTrue(browser.getPageSource().contains("Geen toegang"), "another organisation's person is refused");
        assertTrue(!browser.getPageSource().contains("Geheime Contactpersoon"), "nothing of the person is shown");
    }

    private void upload(String csv) throws IOException {
        Path file = Files.createTempFile("organisaties", ".csv");
        Files.writeString(file, csv, StandardCharsets.UTF_8);
        browser.findElement(By.cssSelector("input[type=file]")).sendKeys(file.toString());
        browser.findElement(By.id("import:check")).click();
    }

    @Test
    void employeeChecksAnImportFileSeesTheRejectedRowAndAppliesTheCorrectedFile() throws IOException {
        String marker = "imp" + UUID.randomUUID().toString().substring(0, 8);
        logIn("gemeente");
        browser.findElement(By.id("list:import")).click();
        wait.until(ExpectedConditions.urlContains("organisations/import.xhtml"));

        upload("name,kind,postcode\nBuurtrestaurant " + marker + ",ASSOCIATION,9000\nFout " + marker + ",BAKKERIJ,9000\n");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("summary"), "1 aan te maken, 0 bij te werken, 1 geweigerd"));
        String rows = browser.findElement(By.id("result:rows_data")).getText();
        assertTrue(rows.contains("Geweigerd") && rows.contains("kind:"), rows);
        assertEquals(0, browser.findElements(By.id("result:apply")).size(), "nothing can be applied while a row is rejected");

        upload("name,kind,postcode\nBuurtrestaurant " + marker + ",ASSOCIATION,9000\n");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("summary"), "1 aan te maken, 0 bij te werken, 0 geweigerd"));
        browser.findElement(By.id("result:apply")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "Import uitgevoerd: 1 organisaties aangemaakt, 0 bijgewerkt."));

        assertEquals(1, Api.object(Api.as(base, "gemeente").get("api/organisations?q=" + marker)).getInt("total"));
    }

    @Test
    void partnerUserCannotOpenTheImportPage() {
        logIn("partner");

        browser.get(base + "organisations/import.xhtml");

        assertTrue(browser.getPageSource().contains("Geen toegang"));
        assertEquals(0, browser.findElements(By.cssSelector("input[type=file]")).size());
    }
}
