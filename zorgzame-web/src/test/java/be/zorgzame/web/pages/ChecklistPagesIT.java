package be.zorgzame.web.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.zorgzame.web.api.Api;
import be.zorgzame.web.api.Deployments;
import be.zorgzame.web.api.Fixtures;
import jakarta.json.JsonObject;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
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
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The policy checklist in the browser: municipal staff ({@code gemeente}) assess an item of a fresh neighbourhood
 * of Gent with evidence and record a review, register, change and remove a meeting place and find the reports;
 * the partner taking part ({@code partner}) reads and comments but does not assess. No serious accessibility
 * violations on the way.
 */
@ExtendWith(ArquillianExtension.class)
class ChecklistPagesIT {


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
    void openBrowserOnANeighbourhoodWithThePartner() throws Exception {
        neighbourhood = Fixtures.neighbourhoodOfGent(Api.as(base, "gemeente"), "Checklistbuurt",
                Map.of(Fixtures.ownOrganisation(Api.as(base, "partner")), "PARTNER"));
        browser = Browser.start();
        wait = new WebDriverWait(browser, Duration.ofSeconds(20));
    }

    @AfterEach
    void closeBrowser() {
        browser.quit();
    }

    private String neighbourhoodPage() {
        return base + "checklist/neighbourhood.xhtml?neighbourhood=" + neighbourhood;
    }

    private String text(String id) {
        return browser.findElement(By.id(id)).getText();
    }

    private Select select(String id) {
        return new Select(browser.findElement(By.id(id)));
    }

    @Test
    void municipalStaffAssessAnItemWithEvidence() {
        HttpResponse<String> place = Api.as(base, "gemeente").post("api/checklist/meeting-places",
                "{\"name\":\"Buurthuis " + UUID.randomUUID() + "\",\"street\":\"Rabotstraat\",\"houseNumber\":\"12\","
                        + "\"postcode\":\"9000\",\"municipalityNisCode\":\"44021\",\"setting\":\"INDOOR\",\"multifunctional\":true}");
        assertEquals(201, place.statusCode(), place.body());
        long placeId = Fixtures.id(Api.object(place));

        Browser.logIn(browser, wait, neighbourhoodPage(), "gemeente");
        assertTrue(text("items").contains("Niet gestart"), text("items"));
        assertTrue(browser.findElements(By.cssSelector("table.progress")).size() >= 2, "progress per framework");
        assertNoSeriousAccessibilityViolations();
        browser.findElement(By.cssSelector("[id='items'] tbody tr:first-child td:first-child a")).click();
        wait.until(ExpectedConditions.urlContains("checklist/assessment.xhtml"));

        select("assessment:status").selectByVisibleText("Niet van toepassing");
        browser.findElement(By.id("assessment:save")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(
                By.xpath("//textarea[@id='assessment:notApplicableReason']/ancestor::div[contains(concat(' ', @class, ' '), ' field ')]"),
                "is verplicht bij"));

        select("assessment:status").selectByVisibleText("Gerealiseerd");
        browser.findElement(By.id("assessment:owner")).sendKeys("Dienst Welzijn");
        browser.findElement(By.id("assessment:evidenceText")).sendKeys("Buurthuis met ontmoetingsruimte en keuken");
        browser.findElement(By.id("assessment:addLink")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("assessment:evidenceLinks:0:targetId")));
        select("assessment:evidenceLinks:0:targetType").selectByVisibleText("Ontmoetingsplek");
        browser.findElement(By.id("assessment:evidenceLinks:0:targetId")).sendKeys(String.valueOf(placeId));
        browser.findElement(By.id("assessment:evidenceLinks:0:note")).sendKeys("open voor de hele buurt");
        assertNoSeriousAccessibilityViolations();
        browser.findElement(By.id("assessment:save")).click();
        new WebDriverWait(browser, Duration.ofSeconds(60)).until(ExpectedConditions.urlContains("assessment.xhtml?id="));

        assertTrue(text("subject").contains("Gerealiseerd"), text("subject"));
        assertEquals(String.valueOf(placeId),
                browser.findElement(By.id("assessment:evidenceLinks:0:targetId")).getAttribute("value"));
        assertTrue(text("history").contains("gemeente"), text("history"));

        browser.findElement(By.id("assessment:review")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("subject"), "laatst herzien op"));

        browser.get(neighbourhoodPage());
        assertTrue(text("items").contains("Gerealiseerd") && text("items").contains("Dienst Welzijn"), text("items"));
    }

    @Test
    void aPartnerSeesTheNeighbourhoodsAssessmentsAndCommentsButCannotAssess() {
        Api staff = Api.as(base, "gemeente");
        long item = Fixtures.id(Api.array(staff.get("api/checklist/neighbourhoods/" + neighbourhood))
                .getJsonObject(0).getJsonObject("item"));
        HttpResponse<String> assessed = staff.post("api/checklist/assessments", "{\"itemId\":" + item + ",\"neighbourhoodId\":"
                + neighbourhood + ",\"status\":\"IN_PROGRESS\",\"owner\":\"Buurtregisseur\",\"nextReviewOn\":\""
                + LocalDate.now().minusDays(1) + "\",\"evidenceText\":\"Werkgroep gestart\"}");
        assertEquals(201, assessed.statusCode(), assessed.body());
        long notAssessed = Fixtures.id(Api.array(staff.get("api/checklist/neighbourhoods/" + neighbourhood))
                .getJsonObject(1).getJsonObject("item"));

        Browser.logIn(browser, wait, neighbourhoodPage(), "partner");
        assertTrue(text("items").contains("Bezig"), text("items"));
        browser.findElement(By.cssSelector("[id='items'] tbody tr:first-child td:first-child a")).click();
        wait.until(ExpectedConditions.urlContains("checklist/assessment.xhtml?id="));
        assertTrue(browser.findElements(By.id("assessment:save")).isEmpty(), "a partner does not assess");
        assertTrue(text("facts").contains("Werkgroep gestart"), text("facts"));

        browser.findElement(By.id("comment:text")).sendKeys("Wij nemen de volgende bijeenkomst op ons.");
        browser.findElement(By.id("comment:add")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("comments"), "Wij nemen de volgende bijeenkomst"));

        browser.get(base + "index.xhtml");
        assertTrue(text("reviews").contains("achterstallig"), text("reviews"));

        browser.get(base + "checklist/assessment.xhtml?item=" + notAssessed + "&neighbourhood=" + neighbourhood);
        assertEquals("Geen toegang", browser.findElement(By.tagName("h1")).getText());
        browser.get(base + "checklist/municipality.xhtml");
        assertEquals("Geen toegang", browser.findElement(By.tagName("h1")).getText());
        browser.get(base + "checklist/municipality.xhtml?municipality=44021");
        assertEquals("Geen toegang", browser.findElement(By.tagName("h1")).getText());
    }

    @Test
    void municipalStaffRegisterAMeetingPlace() {
        Browser.logIn(browser, wait, base + "checklist/municipality.xhtml", "gemeente");
        browser.findElement(By.id("meetingPlaces")).click();
        wait.until(ExpectedConditions.urlContains("checklist/meeting-places.xhtml"));
        String name = "Buurtpark " + UUID.randomUUID().toString().substring(0, 8);
        browser.findElement(By.id("place:name")).sendKeys(name);
        browser.findElement(By.id("place:postcode")).sendKeys("90");
        browser.findElement(By.id("place:save")).click();
        waitForFieldError("place:postcode", "geen geldige postcode");

        browser.findElement(By.id("place:postcode")).sendKeys("00");
        browser.findElement(By.id("place:save")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("places"), name));
        assertTrue(text("messages").contains("geregistreerd"), text("messages"));
    }

    @Test
    void municipalStaffChangeAMeetingPlaceWithoutOverwritingAnotherChangeAndRemoveIt() {
        String name = "Buurtzaal " + UUID.randomUUID().toString().substring(0, 8);
        HttpResponse<String> created = Api.as(base, "gemeente").post("api/checklist/meeting-places", "{\"name\":\"" + name
                + "\",\"street\":\"Rabotstraat\",\"houseNumber\":\"7\",\"postcode\":\"9000\",\"municipalityNisCode\":\"44021\","
                + "\"neighbourhoodId\":" + neighbourhood + ",\"setting\":\"INDOOR\",\"multifunctional\":false}");
        assertEquals(201, created.statusCode(), created.body());
        String place = "api/checklist/meeting-places/" + Fixtures.id(Api.object(created));

        Browser.logIn(browser, wait, base + "checklist/meeting-places.xhtml?municipality=44021", "gemeente");
        editRowOf(name);
        assertEquals("Ontmoetingsplek wijzigen", browser.findElement(By.cssSelector("[id='place'] h2")).getText());
        assertNoSeriousAccessibilityViolations();
        browser.findElement(By.id("place:postcode")).clear();
        browser.findElement(By.id("place:postcode")).sendKeys("12");
        browser.findElement(By.id("place:save")).click();
        waitForFieldError("place:postcode", "geen geldige postcode");

        String renamed = name + " (vernieuwd)";
        browser.findElement(By.id("place:name")).clear();
        browser.findElement(By.id("place:name")).sendKeys(renamed);
        browser.findElement(By.id("place:postcode")).clear();
        browser.findElement(By.id("place:postcode")).sendKeys("9050");
        browser.findElement(By.id("place:save")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("places"), renamed));
        assertTrue(text("messages").contains("gewijzigd"), text("messages"));
        JsonObject changed = Api.object(Api.as(base, "gemeente").get(place));
        assertEquals("9050", changed.getString("postcode"));
        assertEquals(neighbourhood, changed.getJsonNumber("neighbourhoodId").longValue(), "what the form does not show is kept");
        List<JsonObject> trail = Api.array(Api.as(base, "admin").get("api/audit?entityType=MeetingPlace&entityId="
                + Fixtures.id(changed))).getValuesAs(JsonObject.class);
        assertEquals("gemeente", trail.get(trail.size() - 1).getString("actor"));
        assertTrue(trail.stream().anyMatch(e -> e.getString("changes").contains("\"postcode\":{\"from\":\"9000\",\"to\":\"9050\"}")),
                trail.toString());

        editRowOf(renamed);
        HttpResponse<String> meanwhile = Api.as(base, "admin").put(place, "{\"name\":\"" + renamed + "\",\"postcode\":\"9050\","
                + "\"municipalityNisCode\":\"44021\",\"setting\":\"OUTDOOR\",\"multifunctional\":true,\"version\":"
                + changed.getInt("version") + "}");
        assertEquals(200, meanwhile.statusCode(), meanwhile.body());
        browser.findElement(By.id("place:availability")).sendKeys("Elke dag");
        browser.findElement(By.id("place:save")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "intussen gewijzigd"));
        JsonObject kept = Api.object(Api.as(base, "gemeente").get(place));
        assertEquals("OUTDOOR", kept.getString("setting"), "the other change is not overwritten");
        assertFalse(kept.toString().contains("Elke dag"), kept.toString());

        browser.get(base + "checklist/meeting-places.xhtml?municipality=44021");
        rowOf(renamed).findElement(By.cssSelector("button[id$=':remove']")).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(".ui-confirmdialog-yes"))).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "verwijderd"));
        assertFalse(text("places").contains(renamed), text("places"));
        assertEquals(404, Api.as(base, "gemeente").get(place).statusCode());
    }

    private WebElement rowOf(String placeName) {
        return browser.findElement(By.xpath("//*[@id='places']//tr[td[normalize-space()='" + placeName + "']]"));
    }

    /** Loads the place's row into the form and waits until the form shows it. */
    private void editRowOf(String placeName) {
        rowOf(placeName).findElement(By.cssSelector("button[id$=':edit']")).click();
        wait.ignoring(StaleElementReferenceException.class)
                .until(ExpectedConditions.attributeToBe(By.id("place:name"), "value", placeName));
    }

    private void waitForFieldError(String inputId, String text) {
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.xpath("//input[@id='" + inputId
                + "']/ancestor::div[contains(concat(' ', @class, ' '), ' field ')]"), text));
    }

    @Test
    void theMunicipalityPageLinksTheReportsAndHasNoSeriousAccessibilityViolations() {
        Browser.logIn(browser, wait, base + "checklist/municipality.xhtml", "gemeente");
        assertTrue(text("items").contains("LOK-"), text("items"));
        String pdf = browser.findElement(By.id("pdf")).getAttribute("href");
        assertTrue(pdf.endsWith("/api/checklist/municipalities/44021/report.pdf?lang=nl"), pdf);
        HttpResponse<byte[]> report = Api.as(base, "gemeente").getBytes(pdf.substring(pdf.indexOf("api/")), "application/pdf");
        assertEquals(200, report.statusCode());
        assertEquals("%PDF", new String(report.body(), 0, 4, StandardCharsets.US_ASCII));
        String xlsx = browser.findElement(By.id("xlsx")).getAttribute("href");
        assertTrue(xlsx.endsWith("/api/checklist/municipalities/44021/report.xlsx?lang=nl"), xlsx);
        assertNoSeriousAccessibilityViolations();
    }

    private void assertNoSeriousAccessibilityViolations() {
        List<String> blocking = Browser.blockingAccessibilityViolations(browser);
        assertTrue(blocking.isEmpty(), blocking.toString());
    }
}
