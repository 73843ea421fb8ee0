package be.zorgzame.web.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;
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

/**
 * Drafting an agreement from the template and signing it by its two parties, in the browser: the
 * regie actor's staff ({@code partner}) draft, submit and accept; the committee ({@code comite}) accepts.
 */
@ExtendWith(ArquillianExtension.class)
class AgreementPagesIT {

    @ArquillianResource
    URL base;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.shippedWar();
    }

    private WebDriver browser;
    private WebDriverWait wait;
    private long neighbourhood;

    @BeforeEach
    void openBrowserOnANeighbourhoodWithTwoPartners() throws Exception {
        neighbourhood = Fixtures.neighbourhoodOfGent(Api.as(base, "gemeente"), "Paginabuurt",
                Map.of(Fixtures.ownOrganisation(Api.as(base, "partner")), "REGIE_ACTOR",
                        Fixtures.ownOrganisation(Api.as(base, "comite")), "CORE_PARTNER"));
        browser = Browser.start();
        wait = new WebDriverWait(browser, Duration.ofSeconds(20));
    }

    @AfterEach
    void closeBrowser() {
        browser.quit();
    }

    private String listPage() {
        return base + "agreements/list.xhtml?neighbourhood=" + neighbourhood;
    }

    private String status() {
        return browser.findElement(By.id("status")).getText();
    }

    @Test
    void theRegieActorDraftsFromTheTemplateAndBothPartiesSign() {
        Browser.logIn(browser, wait, listPage(), "partner");
        browser.findElement(By.id("list:new")).click();
        wait.until(ExpectedConditions.urlContains("agreements/edit.xhtml"));
        List<String> parties = browser.findElements(By.cssSelector("[id='agreement:parties'] tbody tr td:first-child"))
                .stream().map(WebElement::getText).sorted().toList();
        assertEquals(List.of("Buurtcomité Rabot-Blaisantvest", "LDC De Rabotter"), parties, "the template proposes the partners");
        assertTrue(browser.findElement(By.id("agreement:rights")).getText().contains("Budget"),
                "the matrix has a column per decision area of the template");

        WebElement title = browser.findElement(By.id("agreement:title"));
        title.clear();
        browser.findElement(By.id("agreement:save")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(
                By.xpath("//input[@id='agreement:title']/ancestor::div[contains(concat(' ', @class, ' '), ' field ')]"),
                "is verplicht"));

        String name = "Afspraken " + UUID.randomUUID().toString().substring(0, 8);
        browser.findElement(By.id("agreement:title")).sendKeys(name);
        browser.findElement(By.id("agreement:save")).click();
        wait.until(ExpectedConditions.urlContains("edit.xhtml?id="));
        Browser.clickWhenSettled(wait, By.id("agreement:submit"));
        wait.until(ExpectedConditions.urlContains("agreements/view.xhtml"));
        assertTrue(status().contains("Ter ondertekening"), status());

        browser.findElement(By.id("steps:accept")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("signOffs"), "Aanvaard"));
        assertTrue(browser.findElements(By.id("steps:accept")).isEmpty(), "a party answers once");
        String agreementPage = browser.getCurrentUrl();

        browser.manage().deleteAllCookies();
        Browser.logIn(browser, wait, agreementPage, "comite");
        assertTrue(browser.findElements(By.id("steps:submit")).isEmpty(), "only those who draft submit");
        browser.findElement(By.id("steps:accept")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("status"), "In voege"));
        assertTrue(browser.findElement(By.id("pdf")).getAttribute("href").contains("/pdf?lang=nl"));
        assertTrue(browser.findElement(By.tagName("h1")).getText().contains(name));
    }

    @Test
    void aPartnerThatIsNotTheRegieActorCannotDraft() {
        Browser.logIn(browser, wait, listPage(), "comite");
        assertTrue(browser.findElements(By.id("list:new")).isEmpty());
        browser.get(base + "agreements/edit.xhtml?neighbourhood=" + neighbourhood);
        assertEquals("Geen toegang", browser.findElement(By.tagName("h1")).getText());
        assertTrue(browser.findElements(By.id("agreement:title")).isEmpty());
    }

    @Test
    void theEditorHasNoSeriousAccessibilityViolations() {
        Browser.logIn(browser, wait, base + "agreements/edit.xhtml?neighbourhood=" + neighbourhood, "gemeente");
        List<String> blocking = Browser.blockingAccessibilityViolations(browser);
        assertTrue(blocking.isEmpty(), blocking.toString());
    }
}
