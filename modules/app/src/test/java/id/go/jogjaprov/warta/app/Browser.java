package id.go.jogjaprov.warta.app;

import id.go.jogjaprov.warta.devstack.WartaApiClient;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A real headless Chromium pointed at one Warta, signing in on the real Keycloak login page. Every
 * browser test goes through it, so they all wait, click and keep their screenshots alike.
 */
final class Browser implements AutoCloseable {

  static final Path SCREENSHOTS = Path.of(System.getProperty("java.io.tmpdir"), "screenshots");

  private final String baseUrl;
  private final WebDriver driver;
  private final WebDriverWait wait;

  Browser(String baseUrl) {
    this.baseUrl = baseUrl;
    ChromeOptions options = new ChromeOptions();
    options.setBinary("/usr/bin/chromium");
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--window-size=1280,1000",
        "--lang=id",
        "--user-data-dir=" + temporaryProfile());
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(Path.of("/usr/bin/chromedriver").toFile())
            .build();
    driver = new ChromeDriver(service, options);
    wait = new WebDriverWait(driver, Duration.ofSeconds(30));
  }

  WebDriver driver() {
    return driver;
  }

  WebDriverWait waiting() {
    return wait;
  }

  void open(String page) {
    driver.get(baseUrl + page);
  }

  /**
   * Opens a protected page, signs in on Keycloak's own login page and opens the page again (Warta
   * lands a new session on the dashboard).
   */
  void signIn(String username, String page) {
    open(page);
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("username")));
    driver.findElement(By.id("username")).sendKeys(username);
    driver.findElement(By.id("password")).sendKeys(WartaApiClient.DEMO_PASSWORD);
    driver.findElement(By.id("kc-login")).click();
    wait.until(ExpectedConditions.urlContains(baseUrl));
    open(page);
  }

  void signOut() {
    driver.findElement(By.id("signout")).click();
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("signin")));
  }

  /**
   * Clicks an element once it is there; the editor's autosave updates part of the page every few
   * seconds, so an element found a moment ago may have been replaced: find it again.
   */
  void click(By element) {
    wait.ignoring(StaleElementReferenceException.class)
        .until(
            page -> {
              page.findElement(element).click();
              return true;
            });
  }

  /**
   * Clicks what leads to another page and waits until that page has loaded: what is read next is
   * the new page, never the old one on its way out.
   */
  void follow(By element) {
    WebElement leaving = driver.findElement(By.tagName("html"));
    click(element);
    wait.until(ExpectedConditions.stalenessOf(leaving));
    wait.until(
        page ->
            "complete"
                .equals(((JavascriptExecutor) page).executeScript("return document.readyState")));
  }

  /** Brings an element to the middle of the window, for a screenshot that shows it. */
  void scrollTo(By element) {
    ((JavascriptExecutor) driver)
        .executeScript(
            "arguments[0].scrollIntoView({block: 'center'});", driver.findElement(element));
  }

  /**
   * What Deque's axe-core finds wrong with the page as shown against WCAG 2.1 A and AA (contrast,
   * names of links and fields, language, landmarks…): one line per rule broken, naming where.
   */
  @SuppressWarnings("unchecked")
  java.util.List<String> accessibilityViolations() throws IOException {
    JavascriptExecutor page = (JavascriptExecutor) driver;
    page.executeScript(AXE.get());
    driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
    return (java.util.List<String>)
        page.executeAsyncScript(
            "var done = arguments[arguments.length - 1];"
                + "axe.run(document, {runOnly: {type: 'tag',"
                + " values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}})"
                + ".then(function (r) { done(r.violations.map(function (v) {"
                + " return v.id + ' (' + v.impact + '): ' + v.nodes.map(function (n) {"
                + " return n.target.join(' ') + ' ' + (n.failureSummary || ''); }).join('; '); })); })"
                + ".catch(function (e) { done(['axe could not run: ' + e]); });");
  }

  /** axe-core's script, from its WebJar, read once. */
  private static final java.util.function.Supplier<String> AXE =
      new java.util.function.Supplier<>() {
        private String script;

        @Override
        public synchronized String get() {
          if (script == null) {
            script = read();
          }
          return script;
        }

        private String read() {
          ClassLoader loader = Browser.class.getClassLoader();
          try (var pom =
              loader.getResourceAsStream(
                  "META-INF/maven/org.webjars.npm/axe-core/pom.properties")) {
            var properties = new java.util.Properties();
            properties.load(pom);
            String path =
                "META-INF/resources/webjars/axe-core/"
                    + properties.getProperty("version")
                    + "/axe.min.js";
            try (var axe = loader.getResourceAsStream(path)) {
              return new String(axe.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            }
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        }
      };

  void screenshot(String name) throws IOException {
    Files.createDirectories(SCREENSHOTS);
    Path png = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE).toPath();
    Files.copy(png, SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
  }

  /** The last page as picture and HTML, for whoever reads a failure. */
  void keepLastPage(String name) throws IOException {
    screenshot(name);
    Files.writeString(SCREENSHOTS.resolve(name + ".html"), driver.getPageSource());
  }

  @Override
  public void close() {
    driver.quit();
  }

  private static Path temporaryProfile() {
    try {
      return Files.createTempDirectory("chromium");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
