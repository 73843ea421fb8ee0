package be.zorgzame.web.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.zorgzame.web.api.Api;
import be.zorgzame.web.api.Deployments;
import be.zorgzame.web.api.Fixtures;
import java.io.IOException;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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
 * The multi-year plan in the browser: importing a plan after a dry run, linking an action to a
 * neighbourhood, and reading the coverage with its gap years; what partner staff and regional support
 * do not get to see. Each test keeps a plan 2026–2031 of a municipality of its own, kept by the
 * administrator (Gent has the demo plan, and cycles of one municipality may not overlap).
 */
@ExtendWith(ArquillianExtension.class)
class PlanPagesIT {

    private static final String HEADER = "level,code,parent_code,title,priority,policy_field,responsible_service,"
            + "expenditure_operating_2026,expenditure_operating_2027,expenditure_operating_2028";

    @ArquillianResource
    URL base;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.shippedWar();
    }

    private WebDriver browser;
    private WebDriverWait wait;

    @BeforeEach
    void openBrowser() throws IOException {
        browser = Browser.start();
        wait = new WebDriverWait(browser, Duration.ofSeconds(30));
    }

    @AfterEach
    void closeBrowser() {
        browser.quit();
    }

    private Api admin() {
        return Api.as(base, "admin");
    }

    private long plan(String nisCode) {
        HttpResponse<String> created = admin().post("api/plans", "{\"municipalityNisCode\":\"" + nisCode
                + "\",\"firstYear\":2026,\"lastYear\":2031,\"title\":\"Meerjarenplan 2026-2031\"}");
        assertEquals(201, created.statusCode(), created.body());
        return Fixtures.id(Api.object(created));
    }

    /** A neighbourhood made for a test. */
    private record Neighbourhood(long id, String name) {
    }

    /** A neighbourhood whose subsidy ended on 29 February 2024, with the organisation (if any) taking part. */
    private Neighbourhood neighbourhood(String nisCode, Long organisation) {
        String name = "Planbuurt " + UUID.randomUUID().toString().substring(0, 8);
        HttpResponse<String> created = admin().post("api/neighbourhoods", "{\"name\":\"" + name + "\",\"municipalityNisCode\":\""
                + nisCode + "\",\"status\":\"SUSTAINED\",\"subsidyFrom\":\"2022-03-01\",\"subsidyTo\":\"2024-02-29\"}");
        assertEquals(201, created.statusCode(), created.body());
        if (organisation != null) {
            HttpResponse<String> involved = admin().post("api/neighbourhoods/" + Fixtures.id(Api.object(created)) + "/involvements",
                    "{\"organisationId\":" + organisation + ",\"role\":\"PARTNER\",\"collaborationLevel\":\"ALIGNING_ACTIVITIES\","
                            + "\"validFrom\":\"2024-01-01\"}");
            assertEquals(201, involved.statusCode(), involved.body());
        }
        return new Neighbourhood(Fixtures.id(Api.object(created)), name);
    }

    private void link(long plan, String code, Neighbourhood neighbourhood) {
        HttpResponse<String> linked = admin().post("api/plans/" + plan + "/links", "{\"itemCode\":\"" + code
                + "\",\"targetType\":\"NEIGHBOURHOOD\",\"targetId\":" + neighbourhood.id() + "}");
        assertEquals(201, linked.statusCode(), linked.body());
    }

    private static String csv(String... rows) {
        return HEADER + "\n" + String.join("\n", rows) + "\n";
    }

    private void upload(String csv) throws IOException {
        Path file = Files.createTempFile("meerjarenplan", ".csv");
        Files.writeString(file, csv, StandardCharsets.UTF_8);
        browser.findElement(By.cssSelector("input[type=file]")).sendKeys(file.toString());
        browser.findElement(By.id("import:check")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("summary")));
    }

    private String text(String id) {
        return browser.findElement(By.id(id)).getText();
    }

    @Test
    void staffImportAPlanLinkAnActionAndSeeTheGapYearsInTheCoverage() throws IOException {
        long plan = plan("11005");
        String neighbourhood = neighbourhood("11005", null).name();
        String objective = "objective,BD01,,Zorgzame buurten,ja,0900,Dienst Welzijn,,,";
        String actionPlan = "action_plan,BD01AP01,BD01,Buurtwerking,nee,0900,Dienst Welzijn,,,";
        Browser.logIn(browser, wait, base + "plan/import.xhtml?id=" + plan, "admin");

        upload(csv(objective, actionPlan, "action,A01,BD01AP01,Buurtwerker,nee,0900,Dienst Welzijn,1000,1000,",
                "action,A02,BD99,Onbekende ouder,nee,0900,Dienst Welzijn,5,5,5"));
        assertTrue(text("summary").contains("1 rijen geweigerd"), text("summary"));
        assertTrue(text("result:rejected").contains("parent_code"), text("result:rejected"));
        assertTrue(browser.findElements(By.id("result:apply")).isEmpty(), "no apply while a row is refused");

        upload(csv(objective, actionPlan, "action,A01,BD01AP01,Buurtwerker,nee,0900,Dienst Welzijn,1000,1000,1000",
                "action,A02,BD01AP01,Buurtbabbels,nee,0900,Dienst Welzijn,200,200,200"));
        assertTrue(text("summary").contains("1 beleidsdoelstellingen, 1 actieplannen, 2 acties"), text("summary"));
        assertTrue(text("result:added").contains("Buurtwerker"), text("result:added"));
        browser.findElement(By.id("result:apply")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "Aanpassing 1 is ingevoerd"));

        browser.findElement(By.id("result:tree")).click();
        wait.until(ExpectedConditions.urlContains("plan/tree.xhtml"));
        String tree = text("tree:items");
        assertTrue(tree.contains("BD01") && tree.contains("BD01AP01") && tree.contains("1.200,00"), tree);

        browser.get(base + "plan/links.xhtml?id=" + plan + "&code=A01");
        assertEquals("A01", browser.findElement(By.id("link:itemCode")).getAttribute("value"));
        Browser.choose(browser, wait, "link:targetId", neighbourhood);
        browser.findElement(By.id("link:budgetShare_input")).sendKeys("50");
        browser.findElement(By.id("link:add")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("links:table"), neighbourhood));
        assertTrue(text("links:table").contains("Buurtwerker"), text("links:table"));

        browser.get(base + "plan/coverage.xhtml?municipality=11005&year=2026");
        WebElement row = browser.findElement(By.xpath("//table[@id='chart']//tr[th='" + neighbourhood + "']"));
        List<String> cells = row.findElements(By.tagName("td")).stream().map(WebElement::getText).toList();
        assertEquals(List.of("500,00", "500,00", "500,00", "0,00 gat", "0,00 gat", "0,00 gat"), cells);
        assertTrue(text("table").contains("2029, 2030, 2031"), text("table"));

        browser.findElement(By.linkText(neighbourhood)).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("details")));
        assertTrue(text("actions").contains("A01 Buurtwerker: 500,00"), text("actions"));

        browser.get(base + "plan/import.xhtml?id=" + plan);
        upload(csv(objective, actionPlan, "action,A02,BD01AP01,Buurtbabbels,nee,0900,Dienst Welzijn,200,200,200"));
        assertTrue(text("result:removed").contains("Buurtwerker"), text("result:removed"));
        assertTrue(text("result:affected").contains("Te herzien"), "the link to the removed action is flagged: "
                + text("result:affected"));
    }

    @Test
    void partnerStaffSeeOnlyTheirActionsAndRegionalSupportOnlyTotals() {
        long plan = plan("11008");
        HttpResponse<String> imported = admin().post("api/plans/" + plan + "/import?dryRun=false", csv(
                "objective,BD01,,Zorgzame buurten,ja,0900,Dienst Welzijn,,,",
                "action_plan,BD01AP01,BD01,Buurtwerking,nee,0900,Dienst Welzijn,,,",
                "action,A01,BD01AP01,Buurtwerker De Rabotter,nee,0900,Dienst Welzijn,1000,1000,1000",
                "action,A02,BD01AP01,Buurtwerker elders,nee,0900,Dienst Welzijn,1000,1000,1000")
                .getBytes(StandardCharsets.UTF_8), "text/csv");
        assertEquals(200, imported.statusCode(), imported.body());
        Neighbourhood theirs = neighbourhood("11008", Fixtures.ownOrganisation(Api.as(base, "partner")));
        link(plan, "A01", theirs);
        link(plan, "A02", neighbourhood("11008", null));

        Browser.logIn(browser, wait, base + "plan/tree.xhtml?id=" + plan, "partner");
        String tree = text("tree:items");
        assertTrue(tree.contains("Buurtwerker De Rabotter"), tree);
        assertFalse(tree.contains("A02") || tree.contains("BD01AP01"), "only the actions linked to their neighbourhood: " + tree);
        assertTrue(browser.findElements(By.id("import")).isEmpty(), "partner staff do not import");
        browser.get(base + "plan/links.xhtml?id=" + plan);
        assertEquals("Geen toegang", browser.findElement(By.tagName("h1")).getText());
        browser.get(base + "plan/coverage.xhtml?municipality=11008&year=2026");
        String chart = text("chart");
        assertTrue(chart.contains(theirs.name()), chart);
        assertEquals(1, browser.findElements(By.cssSelector("#chart tbody tr")).size(), "only their neighbourhood: " + chart);

        browser.manage().deleteAllCookies();
        Browser.logIn(browser, wait, base + "plan/coverage.xhtml?municipality=11008&year=2026", "regio");
        assertEquals(2, browser.findElements(By.cssSelector("#chart tbody tr")).size(), "the totals of every neighbourhood");
        assertTrue(browser.findElements(By.linkText(theirs.name())).isEmpty(), "no way to the actions");
        browser.get(base + "plan/coverage.xhtml?municipality=11008&year=2026&neighbourhood=" + theirs.id());
        assertTrue(browser.findElements(By.id("details")).isEmpty(), "no actions behind the totals");
        browser.get(base + "plan/tree.xhtml?id=" + plan);
        assertEquals("Geen toegang", browser.findElement(By.tagName("h1")).getText());
    }

    @Test
    void theTreeAndTheCoverageHaveNoSeriousAccessibilityViolations() {
        Browser.logIn(browser, wait, base + "plan/tree.xhtml", "gemeente");
        assertTrue(text("tree:items").contains("BD06"), "the demo plan of Gent");
        assertEquals(List.of(), Browser.blockingAccessibilityViolations(browser));
        browser.get(base + "plan/coverage.xhtml");
        assertTrue(text("chart").contains("Zorgzaam Rabot"), text("chart"));
        assertEquals(List.of(), Browser.blockingAccessibilityViolations(browser));
    }
}
