package org.attache.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The web UI in headless Chromium (Debian's chromium and chromium-driver): timeline, event evidence, search,
 * and an article full of markup that must show as text and never run. Screenshots go to target/screenshots.
 * Skips when Chromium is absent, except in CI, where that is a failure.
 */
class BrowserTest {
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    @TempDir
    static Path dir;

    private static ServerFixture fixture;
    private static ChromeDriver browser;

    @BeforeAll
    static void start() {
        boolean present = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        if (!present && "true".equals(System.getenv("CI"))) {
            fail("CI needs chromium and chromium-driver at " + CHROMIUM + " and " + CHROMEDRIVER
                    + ": .ci/run installs them");
        }
        assumeTrue(present, "skipped: browser tests need Debian's chromium and chromium-driver "
                + "(apt-get install -y chromium chromium-driver)");
        // Never let Selenium Manager look for drivers or browsers on the network.
        System.setProperty("SE_OFFLINE", "true");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--no-first-run", "--window-size=1280,1024");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        fixture = new ServerFixture(dir);
        browser = new ChromeDriver(service, options);
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (fixture != null) {
            fixture.close();
        }
    }

    @Test
    void theDyadTimelineChartsTheEventsAndListsThem() {
        open("/?a=PRK&b=CHN&by=month");

        assertThat(browser.findElement(By.id("timeline-summary")).getText())
                .startsWith("3 dated events for PRK and CHN: 3 cooperation, 0 conflict");
        assertThat(browser.findElements(By.cssSelector("#stance-chart canvas"))).isNotEmpty();
        assertThat(browser.findElements(By.cssSelector("#kind-chart canvas"))).isNotEmpty();
        assertThat(browser.findElements(By.cssSelector("#event-list tr.event-row"))).hasSize(3);
        screenshot("timeline");
    }

    @Test
    void anEventShowsEachMentionsEvidenceHighlightedInItsArticle() {
        open("/?a=PRK&b=CHN");
        browser.findElement(By.cssSelector("#event-list tr.event-row a.event-link")).click();
        waitUntilReady();

        assertThat(browser.getCurrentUrl()).contains("/event.html?id=");
        assertThat(browser.findElement(By.cssSelector("h1.event-title")).getText()).startsWith("visit: Xi Jinping (CHN)");
        WebElement mention = browser.findElement(By.cssSelector("section.mention"));
        String quoted = mention.findElement(By.cssSelector(".evidence-quote")).getText();
        WebElement mark = mention.findElement(By.cssSelector(".article-text mark.evidence"));
        assertThat(mark.getText()).isEqualTo(quoted)
                .startsWith("Chinese President Xi Jinping visited Pyongyang on June 20, 2019");
        assertThat(browser.findElements(By.cssSelector("ul.quotes li.quote"))).extracting(WebElement::getText)
                .containsExactly("Xi Jinping (CHN): \u201cThe friendship between our countries will last\u201d");
        screenshot("event");
    }

    @Test
    void searchFindsTheLetterAndMarksTheMatches() {
        open("/");
        WebElement box = browser.findElement(By.id("search-box"));
        box.sendKeys("letter");
        box.submit();
        waitUntilReady();

        List<WebElement> hits = browser.findElements(By.cssSelector("#hits li.hit"));
        assertThat(hits).hasSize(2);
        assertThat(browser.findElements(By.cssSelector("#hits mark.match"))).extracting(WebElement::getText)
                .isNotEmpty().allMatch(word -> word.equalsIgnoreCase("letter"));
        screenshot("search");
    }

    @Test
    void markupInAnArticleIsShownAsTextAndNeverRuns() {
        open("/article.html?key=" + Corpus.SCRIPT_KEY);

        WebElement text = browser.findElement(By.cssSelector(".article-text"));
        assertThat(text.getText()).startsWith(Corpus.SCRIPT + Corpus.IMG);
        assertThat(text.findElements(By.cssSelector("script, img"))).isEmpty();
        assertThat(browser.findElement(By.cssSelector("h1.article-title")).getText()).startsWith(Corpus.SCRIPT);
        assertThat(browser.findElements(By.cssSelector(".article-text mark.actor"))).isNotEmpty();
        assertThat(browser.findElements(By.cssSelector(".article-text mark.time"))).isNotEmpty();
        assertThat(browser.findElements(By.cssSelector(".article-text mark.evidence"))).isNotEmpty();
        assertThat(browser.executeScript("return typeof window.__pwned")).isEqualTo("undefined");
        screenshot("article-with-markup");

        browser.findElement(By.cssSelector("a.event-link")).click();
        waitUntilReady();
        assertThat(browser.findElement(By.cssSelector(".evidence-quote")).getText()).contains("<img src=x onerror=");
        assertThat(browser.executeScript("return typeof window.__pwned")).isEqualTo("undefined");
    }

    @Test
    void anActorPageLinksToItsDyads() {
        open("/actor.html?actor=CHN");

        assertThat(browser.findElements(By.cssSelector("#stance-chart canvas"))).isNotEmpty();
        assertThat(browser.findElements(By.cssSelector(".counterparts a"))).extracting(WebElement::getText)
                .containsExactlyInAnyOrder("PRK", "KOR");

        open("/actor.html?actor=Xi%20Jinping");
        assertThat(browser.findElements(By.cssSelector(".counterparts a"))).extracting(WebElement::getText)
                .containsExactlyInAnyOrder("PRK", "KOR");
    }

    private static void open(String path) {
        browser.get(fixture.base() + path);
        waitUntilReady();
    }

    /** Each page sets data-ready on its body once it has drawn, to "error" if the API refused. */
    private static void waitUntilReady() {
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(d -> {
            Object state = browser.executeScript("return document.body && document.body.dataset.ready");
            return state != null;
        });
        Object state = browser.executeScript("return document.body.dataset.ready");
        if (!"true".equals(state)) {
            fail("page failed: " + browser.findElement(By.id("error")).getText());
        }
    }

    private static void screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            File shot = browser.getScreenshotAs(OutputType.FILE);
            Files.copy(shot.toPath(), SCREENSHOTS.resolve(name + ".png"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
