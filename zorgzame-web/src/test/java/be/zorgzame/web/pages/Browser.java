package be.zorgzame.web.pages;

import be.zorgzame.web.api.Api;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.openqa.selenium.By;
import org.openqa.selenium.ElementNotInteractableException;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Chromium from the Debian packages (chromium, chromium-driver), with nothing that reaches
 * beyond this machine, asking for Dutch pages as a Flemish user's browser does. Paths can be overridden with -Dchromium.binary and -Dchromium.driver.
 */
final class Browser {

    private static final Set<String> BLOCKING_IMPACTS = Set.of("serious", "critical");

    private Browser() {
    }

    /** Asks for a protected page, logs in on the login page it is sent to, and waits to be back. */
    static void logIn(WebDriver browser, WebDriverWait wait, String page, String user) {
        browser.get(page);
        wait.until(ExpectedConditions.urlContains("login.xhtml?next="));
        browser.findElement(By.id("login:username")).sendKeys(user);
        browser.findElement(By.id("login:password")).sendKeys(Api.DEMO_PASSWORD);
        browser.findElement(By.id("login:submit")).click();
        wait.until(ExpectedConditions.not(ExpectedConditions.urlContains("login.xhtml")));
    }

    /** Clicks once an ajax update has stopped replacing the element. */
    static void clickWhenSettled(WebDriverWait wait, By locator) {
        wait.ignoring(StaleElementReferenceException.class).until(driver -> {
            driver.findElement(locator).click();
            return true;
        });
    }

    /**
     * The axe-core violations of the page that are serious or critical, each with the elements concerned.
     * The page is judged at rest, as a reader sees it: the pointer is moved off and the focus taken from
     * the button the last click left them on, and the colour transitions that started have ended; a
     * button caught half-way between its hover and resting colour is not what anyone reads.
     */
    static List<String> blockingAccessibilityViolations(WebDriver browser) {
        new Actions(browser).moveToElement(browser.findElement(By.tagName("h1"))).perform();
        ((JavascriptExecutor) browser).executeScript("if (document.activeElement) document.activeElement.blur();");
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(driver -> (Boolean) ((JavascriptExecutor) driver)
                .executeScript("return document.getAnimations().every(a => a.playState !== 'running');"));
        return new AxeBuilder().analyze(browser).getViolations().stream()
                .filter(rule -> BLOCKING_IMPACTS.contains(rule.getImpact()))
                .map(rule -> rule.getId() + " (" + rule.getImpact() + "): " + rule.getNodes().stream()
                        .map(node -> String.valueOf(node.getTarget())).toList())
                .toList();
    }

    /**
     * Picks an option of a PrimeFaces select menu as a user does (open it, click the option) and waits
     * until the menu shows it. On a busy machine a click can land while the menu is being rendered
     * again and be lost; then the option is chosen through the menu's own widget, as its click would.
     */
    static void choose(WebDriver browser, WebDriverWait wait, String menuId, String label) {
        By shown = By.id(menuId + "_label");
        try {
            wait.until(ExpectedConditions.elementToBeClickable(By.id(menuId))).click();
            wait.until(ExpectedConditions.elementToBeClickable(
                    By.cssSelector("[id='" + menuId + "_panel'] li[data-label='" + label + "']"))).click();
            new WebDriverWait(browser, Duration.ofSeconds(5)).until(ExpectedConditions.textToBe(shown, label));
        } catch (TimeoutException | ElementNotInteractableException e) {
            ((JavascriptExecutor) browser).executeScript("var id = arguments[0], label = arguments[1];"
                    + "var option = Array.from(document.getElementById(id + '_input').options)"
                    + ".find(function (o) { return o.text === label; });"
                    + "PrimeFaces.getWidgetById(id).selectValue(option.value);", menuId, label);
            wait.until(ExpectedConditions.textToBe(shown, label));
        }
    }

    static WebDriver start() throws IOException {
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of(System.getProperty("chromium.driver", "/usr/bin/chromedriver")).toFile())
                .usingAnyFreePort()
                .build();
        ChromeOptions options = new ChromeOptions()
                .setBinary(System.getProperty("chromium.binary", "/usr/bin/chromium"))
                .addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                        "--disable-quic", "--no-first-run", "--disable-background-networking",
                        "--disable-component-update", "--disable-sync", "--window-size=1280,1024",
                        "--lang=nl", "--user-data-dir=" + Files.createTempDirectory("zorgzame-chromium"))
                .setExperimentalOption("prefs", Map.of("intl.accept_languages", "nl-BE,nl"));
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().implicitlyWait(Duration.ofSeconds(2));
        return driver;
    }
}
