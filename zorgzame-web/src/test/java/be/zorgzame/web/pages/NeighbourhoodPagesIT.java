package be.zorgzame.web.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.zorgzame.web.api.Api;
import be.zorgzame.web.api.Deployments;
import be.zorgzame.web.api.Fixtures;
import java.net.URL;
import java.time.Duration;
import java.util.List;
import java.util.Map;
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

/** The neighbourhood pages as a municipal employee uses them, in headless Chromium. */
@ExtendWith(ArquillianExtension.class)
class NeighbourhoodPagesIT {


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
        Browser.logIn(browser, wait, base + "neighbourhoods/list.xhtml", user);
    }

    private void chooseMunicipality(String search, String label) {
        browser.findElement(By.id("neighbourhood:municipalityNisCode")).click();
        WebElement filter = wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.id("neighbourhood:municipalityNisCode_filter")));
        filter.sendKeys(search);
        wait.until(ExpectedConditions.elementToBeClickable(
                By.cssSelector("li.ui-selectonemenu-item[data-label='" + label + "']"))).click();
    }

    @Test
    void employeeLogsInCreatesANeighbourhoodAndFindsItInTheList() {
        logIn("gemeente");
        String name = "Browserbuurt " + UUID.randomUUID().toString().substring(0, 8);

        browser.findElement(By.id("list:new")).click();
        wait.until(ExpectedConditions.urlContains("neighbourhoods/edit.xhtml"));
        browser.findElement(By.id("neighbourhood:name")).sendKeys(name);
        chooseMunicipality("Gent", "Gent (44021)");
        browser.findElement(By.cssSelector("label[for='neighbourhood:pillars:0']")).click();
        browser.findElement(By.id("neighbourhood:save")).click();

        wait.until(ExpectedConditions.urlContains("neighbourhoods/list.xhtml"));
        assertTrue(browser.getPageSource().contains("De zorgzame buurt is bewaard."), "confirmation shown");
        browser.findElement(By.id("filter:name")).sendKeys(name);
        browser.findElement(By.id("filter:search")).click();
        wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#list\\:table_data tr"), 1));
        WebElement row = browser.findElement(By.cssSelector("#list\\:table_data tr"));
        assertTrue(row.getText().contains(name) && row.getText().contains("Gent"), row.getText());
    }

    @Test
    void missingRequiredFieldsAreShownInDutchNextToTheField() {
        logIn("admin");
        browser.get(base + "neighbourhoods/edit.xhtml");

        browser.findElement(By.id("neighbourhood:save")).click();

        wait.until(ExpectedConditions.textToBePresentInElementLocated(
                fieldAround("//input[@id='neighbourhood:name']"), "is verplicht"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(
                fieldAround("//div[@id='neighbourhood:municipalityNisCode']"), "is verplicht"));
    }

    @Test
    void aNewNeighbourhoodStartsInTheEmployeesOwnMunicipality() {
        logIn("gemeente");

        browser.get(base + "neighbourhoods/edit.xhtml");

        assertTrue(browser.findElement(By.id("neighbourhood:municipalityNisCode")).getText().contains("Gent"));
    }

    /** The labelled field (label, input, message) around an input. */
    private static By fieldAround(String inputXpath) {
        return By.xpath(inputXpath + "/ancestor::div[contains(concat(' ', @class, ' '), ' field ')]");
    }

    @Test
    void loginGivesANewSessionIdAndLogoutEndsTheSession() {
        browser.get(base + "login.xhtml");
        String before = browser.manage().getCookieNamed("ZORGZAME_SESSION").getValue();

        logIn("gemeente");
        String after = browser.manage().getCookieNamed("ZORGZAME_SESSION").getValue();
        assertNotEquals(before, after, "session id changed at login");

        browser.findElement(By.id("user:logout")).click();
        wait.until(ExpectedConditions.urlContains("login.xhtml"));
        browser.get(base + "neighbourhoods/list.xhtml");
        wait.until(ExpectedConditions.urlContains("login.xhtml"));
    }

    @Test
    void partnerStaffSeeTheListButCannotOpenTheEditPage() {
        logIn("partner");
        assertEquals(0, browser.findElements(By.id("list:new")).size(), "no 'new' button for partners");

        browser.get(base + "neighbourhoods/edit.xhtml");
        assertTrue(browser.getPageSource().contains("Geen toegang"), "access refused page");
    }

    @Test
    void partnerOpensTheNetworkOfTheNeighbourhoodTheirOrganisationCoordinates() {
        logIn("partner");
        browser.findElement(By.id("filter:name")).sendKeys("Zorgzaam Rabot");
        browser.findElement(By.id("filter:search")).click();
        By networkLink = By.xpath("//tr[td[contains(., 'Zorgzaam Rabot')]]//a[contains(@href, 'network.xhtml')]");
        wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#list\\:table_data tr"), 1));
        Browser.clickWhenSettled(wait, networkLink);
        wait.until(ExpectedConditions.urlContains("neighbourhoods/network.xhtml?id="));

        String page = browser.findElement(By.id("overview")).getText();
        assertTrue(page.contains("LDC De Rabotter") && page.contains("Regieactor"), page);
        assertTrue(page.contains("Geen aandachtspunten"), page);
        assertTrue(page.contains("Informele partners"), "bars per kind of partner: " + page);
        assertTrue(browser.findElements(By.id("newInvolvement")).isEmpty(), "partners do not change who takes part");
        assertNoSeriousViolations("network");
    }

    @Test
    void employeeAddsAPartnerToTheNetworkAndChangesItsContribution() {
        Api staff = Api.as(base, "gemeente");
        String name = "Buurthuis " + UUID.randomUUID().toString().substring(0, 8);
        assertEquals(201, staff.post("api/organisations", "{\"name\":\"" + name + "\",\"kind\":\"ASSOCIATION\"}").statusCode());
        long neighbourhood = Fixtures.neighbourhoodOfGent(staff, "Netwerkbuurt", Map.of());
        Browser.logIn(browser, wait, base + "neighbourhoods/network.xhtml?id=" + neighbourhood, "gemeente");

        browser.findElement(By.id("newInvolvement")).click();
        wait.until(ExpectedConditions.urlContains("neighbourhoods/involvement.xhtml"));
        browser.findElement(By.id("involvement:organisationId_input")).sendKeys(name);
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("li.ui-autocomplete-item"))).click();
        browser.findElement(By.id("involvement:contribution")).sendKeys("Lokaal op woensdag");
        browser.findElement(By.id("involvement:save")).click();
        wait.until(ExpectedConditions.urlContains("neighbourhoods/network.xhtml"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("overview"), "Lokaal op woensdag"));

        Browser.clickWhenSettled(wait, By.xpath("//tr[td[contains(., '" + name + "')]]//a[contains(@href, 'involvement.xhtml')]"));
        wait.until(ExpectedConditions.urlContains("neighbourhoods/involvement.xhtml"));
        WebElement contribution = browser.findElement(By.id("involvement:contribution"));
        contribution.clear();
        contribution.sendKeys("Lokaal op vrijdag");
        browser.findElement(By.id("involvement:save")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("overview"), "Lokaal op vrijdag"));
    }

    @Test
    void listAndEditPagesHaveNoSeriousAccessibilityViolations() {
        logIn("gemeente");
        assertNoSeriousViolations("list");
        browser.get(base + "neighbourhoods/edit.xhtml");
        assertNoSeriousViolations("edit");
    }

    private void assertNoSeriousViolations(String page) {
        assertEquals(List.of(), Browser.blockingAccessibilityViolations(browser), page);
    }

}
