package be.zorgzame.web.pages;

import be.zorgzame.web.api.Api;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Chromium from the Debian packages (chromium, chromium-driver), with nothing that reaches
 * beyond this machine, asking for Dutch pages as a Flemish user's browser does. Paths can be overridden with -Dchromium.binary and -Dchromium.driver.
 */
final class Browser {

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
