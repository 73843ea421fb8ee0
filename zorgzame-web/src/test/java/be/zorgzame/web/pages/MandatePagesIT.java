package be.zorgzame.web.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.zorgzame.web.api.Api;
import be.zorgzame.web.api.Deployments;
import be.zorgzame.web.api.Fixtures;
import java.net.URL;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
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
import org.openqa.selenium.Keys;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Mandates in the browser, in a fresh neighbourhood of Gent where LDC De Rabotter ({@code partner})
 * is the regie actor and the committee ({@code comite}) a core partner: the LDC grants its worker the
 * coordinator mandate and logs feedback; the committee and regional support see no personal details.
 */
@ExtendWith(ArquillianExtension.class)
class MandatePagesIT {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    @ArquillianResource
    URL base;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.shippedWar();
    }

    private WebDriver browser;
    private WebDriverWait wait;
    private long neighbourhood;
    private long ldc;
    private long holder;
    private String holderName;

    @BeforeEach
    void openBrowserOnANeighbourhoodWithAWorkerOfTheLdc() throws Exception {
        Api staff = Api.as(base, "gemeente");
        ldc = Fixtures.ownOrganisation(Api.as(base, "partner"));
        neighbourhood = Fixtures.neighbourhoodOfGent(staff, "Mandaatpagina",
                Map.of(ldc, "REGIE_ACTOR", Fixtures.ownOrganisation(Api.as(base, "comite")), "CORE_PARTNER"));
        holderName = "Hanne Houder " + UUID.randomUUID().toString().substring(0, 8);
        holder = Fixtures.person(staff, ldc, holderName);
        browser = Browser.start();
        wait = new WebDriverWait(browser, Duration.ofSeconds(20));
    }

    @AfterEach
    void closeBrowser() {
        browser.quit();
    }

    private String listPage() {
        return base + "mandates/list.xhtml?neighbourhood=" + neighbourhood;
    }

    private String text(String id) {
        return browser.findElement(By.id(id)).getText();
    }

    /** Waits for the page to get there; if it does not, fails with what the page says (a refusal shows on it). */
    private void await(ExpectedCondition<?> condition) {
        try {
            wait.until(condition);
        } catch (TimeoutException e) {
            throw new AssertionError(browser.findElement(By.tagName("main")).getText(), e);
        }
    }

    private void type(String id, String value) {
        browser.findElement(By.id(id)).sendKeys(value);
    }

    @Test
    void theLdcGrantsItsWorkerTheCoordinatorMandateAndLogsFeedback() {
        Browser.logIn(browser, wait, listPage(), "partner");
        assertTrue(text("warnings").contains("geen spilfiguur"), text("warnings"));
        browser.findElement(By.id("list:new")).click();
        wait.until(ExpectedConditions.urlContains("mandates/edit.xhtml"));

        Browser.choose(browser, wait, "mandate:holderId", holderName);
        browser.findElement(By.id("mandate:save")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(
                By.xpath("//input[@id='mandate:grantingBody']/ancestor::div[contains(concat(' ', @class, ' '), ' field ')]"),
                "is verplicht"));

        type("mandate:grantingBody", "Raad van bestuur");
        type("mandate:decisionReference", "RvB 2026/7");
        browser.findElement(By.id("mandate:addFreedom")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("mandate:degreesOfFreedom:0:area")));
        type("mandate:degreesOfFreedom:0:area", "Buurtactiviteiten");
        type("mandate:daysPerMonth_input", "4");
        type("mandate:decisionDate_input", DATE.format(LocalDate.now()) + Keys.TAB);
        Browser.clickWhenSettled(wait, By.id("mandate:save"));
        await(ExpectedConditions.urlContains("mandates/view.xhtml"));
        assertTrue(text("status").contains("Ontwerp"), text("status"));
        assertEquals(holderName, text("holder"));
        assertEquals(DATE.format(LocalDate.now()), text("steps:decisionDate"));

        browser.findElement(By.id("steps:activate")).click();
        await(ExpectedConditions.textToBePresentInElementLocated(By.id("status"), "Actief"));
        assertTrue(browser.findElement(By.id("pdf")).getAttribute("href").contains("/letter.pdf?lang=nl"));
        assertTrue(text("degreesOfFreedom").contains("Buurtactiviteiten"));

        type("feedback:note", "Buurtoverleg: stand van zaken besproken");
        browser.findElement(By.id("feedback:log")).click();
        await(ExpectedConditions.textToBePresentInElementLocated(By.id("feedbackLog"), "stand van zaken besproken"));
        assertTrue(text("feedbackLog").contains(DATE.format(LocalDate.now())));

        browser.get(listPage());
        String warnings = text("warnings");
        assertTrue(warnings.contains("Spilfiguur met mandaat") && !warnings.contains("geen spilfiguur"), warnings);
        assertTrue(warnings.contains("hangt aan één persoon"), warnings);
        assertTrue(text("list:table").contains(holderName));
    }

    @Test
    void theStartPageShowsMunicipalStaffTheNeighbourhoodsWithoutALinchpin() {
        Browser.logIn(browser, wait, base + "index.xhtml", "gemeente");

        WebElement entry = browser.findElement(By.xpath("//ul[@id='mandateWarnings']/li[a[contains(@href, 'neighbourhood="
                + neighbourhood + "')]]"));
        assertTrue(entry.getText().contains("geen spilfiguur"), entry.getText());
    }

    @Test
    void theEditorHasNoSeriousAccessibilityViolations() {
        Browser.logIn(browser, wait, base + "mandates/edit.xhtml?neighbourhood=" + neighbourhood, "gemeente");
        browser.findElement(By.id("mandate:addFreedom")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("mandate:degreesOfFreedom:0:area")));
        assertEquals(List.of(), Browser.blockingAccessibilityViolations(browser));
    }

    @Test
    void anotherOrganisationsPartnerAndRegionalSupportSeeNoPersonalDetails() {
        long mandate = Fixtures.activeCoordinatorMandate(Api.as(base, "partner"), holder, ldc, neighbourhood);
        String mandatePage = base + "mandates/view.xhtml?id=" + mandate;

        Browser.logIn(browser, wait, listPage(), "comite");
        assertFalse(browser.getPageSource().contains(holderName), "the committee sees no mandate of the LDC");
        browser.get(mandatePage);
        assertEquals("Geen toegang", browser.findElement(By.tagName("h1")).getText());

        browser.manage().deleteAllCookies();
        Browser.logIn(browser, wait, listPage(), "regio");
        assertTrue(text("linchpins").contains("Spilfiguur met mandaat"), text("linchpins"));
        assertTrue(browser.findElements(By.id("list:table")).isEmpty());
        assertFalse(browser.getPageSource().contains(holderName));
        browser.get(mandatePage);
        assertEquals("Geen toegang", browser.findElement(By.tagName("h1")).getText());
    }

}
