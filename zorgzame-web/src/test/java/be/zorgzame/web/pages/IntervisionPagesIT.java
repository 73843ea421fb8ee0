package be.zorgzame.web.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.zorgzame.web.api.Deployments;
import java.net.URL;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
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
import org.openqa.selenium.Keys;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Intervision in the browser, in the demo group that regional support ({@code regio}) facilitates and the
 * LDC's worker ({@code partner}) belongs to: a session planned with a method and the suggested case bringer,
 * a member registering and writing a note, and municipal staff kept out of the group's work.
 */
@ExtendWith(ArquillianExtension.class)
class IntervisionPagesIT {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final String DEMO_GROUP = "Intervisie buurtwerkers Gent";

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

    private String text(String id) {
        return browser.findElement(By.id(id)).getText();
    }

    private void type(String id, String value) {
        browser.findElement(By.id(id)).sendKeys(value);
    }

    /** Waits for the page to get there; if it does not, fails with what the page says (a refusal shows on it). */
    private void await(ExpectedCondition<?> condition) {
        try {
            wait.until(condition);
        } catch (TimeoutException e) {
            throw new AssertionError(browser.findElement(By.tagName("main")).getText(), e);
        }
    }

    @Test
    void aMemberRegistersForAPlannedSessionAndWritesANoteThatMunicipalStaffNeverSee() {
        String unique = UUID.randomUUID().toString().substring(0, 8);
        String theme = "Buren die mantelzorg opnemen " + unique;
        String note = "Casus over een buurman die niemand meer binnenlaat " + unique;
        String day = DATE.format(LocalDate.now().plusDays(10));

        Browser.logIn(browser, wait, base + "intervision/index.xhtml", "regio");
        browser.findElement(By.linkText(DEMO_GROUP)).click();
        await(ExpectedConditions.urlContains("intervision/group.xhtml"));
        browser.findElement(By.id("plan")).click();
        await(ExpectedConditions.urlContains("intervision/edit-session.xhtml"));
        type("session:startsAt_input", day + " 10:00" + Keys.TAB);
        type("session:endsAt_input", day + " 12:00" + Keys.TAB);
        type("session:place", "Buurthuis De Rabotter");
        type("session:theme", theme);
        Browser.choose(browser, wait, "session:methodCode", "Roddelmethode");
        browser.findElement(By.id("session:suggest")).click();
        await(ExpectedConditions.not(ExpectedConditions.textToBe(By.id("session:caseBringerId_label"), "Nog niemand")));
        String caseBringer = text("session:caseBringerId_label");
        Browser.clickWhenSettled(wait, By.id("session:save"));
        await(ExpectedConditions.urlContains("intervision/session.xhtml"));
        String sessionPage = browser.getCurrentUrl();
        assertEquals(caseBringer, text("caseBringer"));
        assertTrue(text("phases").contains("Roddelen"), text("phases"));

        browser.manage().deleteAllCookies();
        Browser.logIn(browser, wait, base + "intervision/index.xhtml", "partner");
        By upcoming = By.xpath("//tbody[@id='upcoming:sessions_data']/tr[contains(., '" + theme + "')]");
        assertTrue(browser.findElement(upcoming).getText().contains("Nee"), browser.findElement(upcoming).getText());
        browser.findElement(upcoming).findElement(By.tagName("a")).click();
        await(ExpectedConditions.urlContains("intervision/session.xhtml"));
        assertTrue(text("phases").contains("Roddelen"), text("phases"));
        browser.findElement(By.id("registration:register")).click();
        await(ExpectedConditions.textToBe(By.id("registered"), "Ja"));
        type("note:body", note);
        browser.findElement(By.id("note:write")).click();
        await(ExpectedConditions.textToBePresentInElementLocated(By.id("notes"), note));
        assertEquals(List.of(), Browser.blockingAccessibilityViolations(browser));

        browser.manage().deleteAllCookies();
        Browser.logIn(browser, wait, sessionPage, "gemeente");
        assertEquals("Geen toegang", browser.findElement(By.tagName("h1")).getText());
        assertFalse(browser.getPageSource().contains(note), "municipal staff never see the group's notes");
        assertFalse(browser.getPageSource().contains(theme));
        browser.get(base + "intervision/overview.xhtml");
        assertTrue(text("municipalities").contains("Gent"), text("municipalities"));
    }
}
