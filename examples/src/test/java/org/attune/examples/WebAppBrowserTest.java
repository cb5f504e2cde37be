package org.attune.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.attune.Attune;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The web app end to end in a real browser: Debian's Chromium, headless, driven by Selenium
 * through Debian's chromedriver (paths given explicitly, so Selenium never looks for a driver
 * to download). Runs only under {@code -Pbrowser}, and fails there when Chromium is absent:
 * {@code apt-get install chromium chromium-driver}. Other paths: {@code -Dattune.chromium=…}
 * and {@code -Dattune.chromedriver=…}. Screenshots of the result pages go to
 * {@code target/browser/}.
 */
@Tag("browser")
class WebAppBrowserTest {
  private static final Path CHROMIUM = Path.of(System.getProperty("attune.chromium", "/usr/bin/chromium"));
  private static final Path CHROMEDRIVER = Path.of(System.getProperty("attune.chromedriver", "/usr/bin/chromedriver"));

  /**
   * The test uses no DevTools: Selenium's warning that its newest CDP bindings are older than
   * Debian's Chromium is noise here. Held in a field so the level is not lost to collection.
   */
  private static final Logger CDP_LOG = Logger.getLogger("org.openqa.selenium.devtools.CdpVersionFinder");

  private static WebApp app;
  private static WebDriver browser;

  @BeforeAll
  static void start(@TempDir Path profile) throws IOException {
    CDP_LOG.setLevel(Level.SEVERE);
    assertThat(Files.isExecutable(CHROMIUM))
        .as("browser tests (-Pbrowser) need Chromium at %s: apt-get install chromium chromium-driver", CHROMIUM)
        .isTrue();
    assertThat(Files.isExecutable(CHROMEDRIVER))
        .as("browser tests (-Pbrowser) need chromedriver at %s: apt-get install chromium-driver", CHROMEDRIVER)
        .isTrue();
    app = WebApp.start(Attune.catalog(), 0);
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    // Without the networking flags Chromium floods a closed network with refused connections.
    options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic",
        "--disable-dev-shm-usage", "--window-size=1000,1400", "--user-data-dir=" + profile);
    ChromeDriverService driver = new ChromeDriverService.Builder()
        .usingDriverExecutable(CHROMEDRIVER.toFile())
        .usingAnyFreePort()
        .build();
    browser = new ChromeDriver(driver, options);
    browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
  }

  @AfterAll
  static void stop() {
    if (browser != null) {
      browser.quit();
    }
    if (app != null) {
      app.close();
    }
  }

  @Test
  void phq9_filledByMouseAndKeyboard_resultShowsTotalBandAndSelfHarmWarningFirst() throws IOException {
    browser.get(app.uri().toString());
    browser.findElement(By.linkText("Patient Health Questionnaire-9 (PHQ-9)")).click();
    waitForTitle("PHQ-9 - Attune example");
    assertThat(browser.findElement(By.tagName("html")).getDomAttribute("lang")).isEqualTo("en");

    // Items 1-4 with the mouse, on the option's label: "More than half the days" (position 3, score 2).
    for (int item = 1; item <= 4; item++) {
      browser.findElement(By.cssSelector("label[for='phq9_" + item + "-3']")).click();
    }
    // Items 5-9 and the difficulty item with the keyboard alone: Tab into each radio group,
    // Space picks the first option, the arrow keys move the choice down.
    browser.findElement(By.id("phq9_4-3")).sendKeys(Keys.TAB);
    Actions keys = new Actions(browser);
    for (int item = 5; item <= 8; item++) {
      keys.sendKeys(Keys.SPACE, Keys.ARROW_DOWN, Keys.ARROW_DOWN, Keys.TAB); // position 3, score 2
    }
    keys.sendKeys(Keys.SPACE, Keys.ARROW_DOWN, Keys.TAB); // item 9: "Several days", score 1
    keys.sendKeys(Keys.SPACE, Keys.ARROW_DOWN, Keys.TAB); // difficulty: "Somewhat difficult"
    keys.perform();
    for (int item = 1; item <= 8; item++) {
      assertThat(browser.findElement(By.id("phq9_" + item + "-3")).isSelected()).as("item %d", item).isTrue();
    }
    assertThat(browser.findElement(By.id("phq9_9-2")).isSelected()).isTrue();
    assertThat(browser.findElement(By.id("phq9_difficulty-2")).isSelected()).isTrue();
    WebElement focused = browser.switchTo().activeElement();
    assertThat(focused.getText()).isEqualTo("Score");
    focused.sendKeys(Keys.ENTER);

    waitForTitle("PHQ-9 result - Attune example");
    screenshot("phq9-result.png");
    WebElement alert = browser.findElement(By.id("safety-self_harm"));
    assertThat(alert.isDisplayed()).isTrue();
    assertThat(alert.getText())
        .startsWith("Seek help now.")
        .contains("This answer needs attention now: talk with the person today about their safety and the safety of the"
            + " baby, and follow your local safeguarding or crisis procedure.")
        .contains("Self-harm answer (self_harm)");
    WebElement total = browser.findElement(By.id("scale-phq9_total"));
    assertThat(total.findElement(By.className("score")).getText()).isEqualTo("17"); // 8 x 2 + 1
    assertThat(total.findElement(By.className("band")).getText())
        .startsWith("Moderately severe symptoms (15-19)").endsWith("moderately_severe");
    assertThat(alert.getLocation().getY()).isLessThan(total.getLocation().getY());
    assertThat(browser.findElement(By.id("status")).getText()).isEqualTo("Status: complete");
    assertThat(browser.findElement(By.id("screening")).getText()).isEqualTo("These are screening results, not diagnoses.");
    assertThat(browser.findElement(By.id("provenance")).getText()).contains("phq9 version 1.2.0", Attune.version());
  }

  @Test
  void phq9_item9NotAtAll_noWarning() throws IOException {
    browser.get(app.uri().resolve("/form/phq9").toString());
    for (int item = 1; item <= 9; item++) {
      browser.findElement(By.id("phq9_" + item + "-1")).click();
    }
    browser.findElement(By.cssSelector("button[type=submit]")).click();

    waitForTitle("PHQ-9 result - Attune example");
    screenshot("phq9-result-no-flag.png");
    assertThat(browser.findElements(By.cssSelector("[role=alert]"))).isEmpty();
    WebElement total = browser.findElement(By.id("scale-phq9_total"));
    assertThat(total.findElement(By.className("score")).getText()).isEqualTo("0");
    assertThat(total.findElement(By.className("band")).getText()).endsWith("minimal");
  }

  private static void waitForTitle(String title) {
    new WebDriverWait(browser, Duration.ofSeconds(20)).until(ExpectedConditions.titleIs(title));
  }

  private static void screenshot(String name) throws IOException {
    File shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
    Path dir = Files.createDirectories(Path.of("target", "browser"));
    Files.copy(shot.toPath(), dir.resolve(name), StandardCopyOption.REPLACE_EXISTING);
  }
}
