package dk.referatarkiv.web;

import dk.referatarkiv.cli.OpenArchive;
import dk.referatarkiv.testing.TestData;
import io.javalin.Javalin;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The front-end in a real headless Chromium (Debian's chromium and chromium-driver, which .ci/run installs) against the
 * real server on a random port. Each test saves a screenshot under target/screenshots/.
 */
class BrowserIT {

    private static final File CHROMIUM = new File("/usr/bin/chromium");
    private static final File CHROMEDRIVER = new File("/usr/bin/chromedriver");

    @TempDir
    static Path tmp;
    private static OpenArchive archive;
    private static Javalin app;
    private static String base;
    private WebDriver driver;
    private WebDriverWait wait;

    @BeforeAll
    static void start() throws IOException {
        boolean present = CHROMIUM.canExecute() && CHROMEDRIVER.canExecute();
        if (!present && System.getenv("CI") != null) {
            throw new IllegalStateException("Chromium or chromedriver missing: .ci/run must install chromium and chromium-driver");
        }
        Assumptions.assumeTrue(present, "no /usr/bin/chromium or /usr/bin/chromedriver; install Debian's chromium and chromium-driver");
        Path corpus = TestData.corpusWith(tmp.resolve("corpus"), "fixtures/search/script.txt",
                "fixtures/facets/solby-2023-03-14.txt", "fixtures/facets/solby-2023-04-18.txt",
                "fixtures/facets/nordby-2023-05-02.txt");
        archive = OpenArchive.open(new OpenArchive.Locations(corpus, tmp.resolve("index"), TestData.MODELS), true,
                new PrintStream(OutputStream.nullOutputStream()));
        app = WebApp.create(new WebApp.Services(archive.corpus(), archive.entities(), archive.people(), archive.index(),
                archive.searcher(), archive.answerer()), Path.of("web")).start(0);
        base = "http://localhost:" + app.port();
    }

    @AfterAll
    static void stop() throws IOException {
        if (app != null) {
            app.stop();
            archive.close();
        }
    }

    @BeforeEach
    void browser() {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--window-size=1200,1400", "--user-data-dir=" + tmp.resolve("chrome-" + System.nanoTime()));
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER).usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
        wait = new WebDriverWait(driver, Duration.ofSeconds(20));
    }

    @AfterEach
    void screenshot(TestInfo info) throws IOException {
        if (driver == null) {
            return;
        }
        Path dir = Path.of("target/screenshots");
        Files.createDirectories(dir);
        File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
        Files.copy(shot.toPath(), dir.resolve(info.getTestMethod().orElseThrow().getName() + ".png"),
                StandardCopyOption.REPLACE_EXISTING);
        driver.quit();
    }

    @Test
    void askShowsTheAnswerCardWithItsSource() {
        driver.get(base + "/");
        WebElement box = wait.until(ExpectedConditions.elementToBeClickable(By.id("q")));
        box.sendKeys("Hvem leder netværket Ensomme ældre?", Keys.ENTER);
        WebElement answer = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".card .answer")));
        assertTrue(answer.getText().startsWith("Kristina Koch Sloth"), answer.getText());
        assertTrue(driver.findElement(By.cssSelector(".card blockquote mark")).getText().contains("Kristina Koch Sloth"));
        WebElement source = driver.findElement(By.cssSelector(".card .source a"));
        assertTrue(source.getAttribute("href").contains("/moede/chefforum-2017-05-02/punkt/3"), source.getAttribute("href"));
        assertTrue(driver.getCurrentUrl().contains("q=Hvem"), driver.getCurrentUrl());
        source.click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("citat")));
        assertTrue(driver.findElement(By.id("citat")).getText().contains("Kristina Koch Sloth"));
    }

    @Test
    void facetNarrowsAndTheBackButtonRestores() {
        driver.get(base + "/?q=" + "budget");
        wait.until(ExpectedConditions.textMatches(By.id("status"), java.util.regex.Pattern.compile("\\d+ resultater?")));
        String before = driver.findElement(By.id("status")).getText();
        int total = Integer.parseInt(before.replaceAll("\\D", ""));
        WebElement facet = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("a[data-facet='budgetYear']")));
        String label = facet.getText();
        facet.click();
        wait.until(ExpectedConditions.urlContains("budgetYear="));
        // the status reads "Søger …" while the search runs: wait for the new count, not just for a change
        wait.until(d -> {
            String now = d.findElement(By.id("status")).getText();
            return now.matches("\\d+ resultater?.*") && !now.equals(before);
        });
        int narrowed = Integer.parseInt(driver.findElement(By.id("status")).getText().replaceAll("\\D", ""));
        assertTrue(narrowed < total, label + ": " + narrowed + " < " + total);
        assertEquals("true", driver.findElement(By.cssSelector("a[data-facet='budgetYear'].active")).getAttribute("aria-pressed"));
        driver.navigate().back();
        wait.until(ExpectedConditions.not(ExpectedConditions.urlContains("budgetYear=")));
        wait.until(ExpectedConditions.textToBe(By.id("status"), before));
    }

    @Test
    void municipalityBodyAndPartyFacetsHaveDanishTitlesAndFilter() {
        driver.get(base + "/?q=budget");
        wait.until(ExpectedConditions.textMatches(By.id("status"), java.util.regex.Pattern.compile("\\d+ resultater?")));
        String before = driver.findElement(By.id("status")).getText();
        List<String> titles = driver.findElements(By.cssSelector("aside.facets h2")).stream().map(WebElement::getText).toList();
        assertTrue(titles.containsAll(List.of("Kommune", "Organ", "Parti")), titles.toString());
        WebElement venstre = driver.findElements(By.cssSelector("a[data-facet='parti']")).stream()
                .filter(a -> a.getText().startsWith("Venstre (V) (")).findFirst().orElseThrow();
        assertEquals("Venstre (V) (2)", venstre.getText());
        venstre.click();
        wait.until(ExpectedConditions.urlContains("parti=Venstre"));
        wait.until(ExpectedConditions.textToBe(By.id("status"), "2 resultater"));
        WebElement active = driver.findElement(By.cssSelector("a[data-facet='parti'].active"));
        assertEquals("true", active.getAttribute("aria-pressed"));
        assertEquals("Venstre (V) (2)", active.getText());
        WebElement solby = driver.findElement(By.cssSelector("a[data-facet='kommune']"));
        assertEquals("Solby (2)", solby.getText());
        driver.navigate().back();
        wait.until(ExpectedConditions.textToBe(By.id("status"), before));
    }

    @Test
    void personPageShowsTheRoleTimeline() {
        driver.get(base + "/person/kristina-koch-sloth");
        WebElement figure = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("figure")));
        assertFalse(driver.findElements(By.cssSelector("svg.timeline rect")).isEmpty());
        assertTrue(figure.getText().contains("referenceleder i Ensomme ældre fra 2. maj 2017 (midlertidigt)"), figure.getText());
        assertTrue(driver.findElement(By.tagName("h1")).getText().equals("Kristina Koch Sloth"));
    }

    @Test
    void personPageShowsMembershipsWithTheirMeetings() {
        driver.get(base + "/person/henrik-harder");
        WebElement table = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("table.memberships")));
        assertEquals("Organ Rolle Parti Periode Møder Fravær", table.findElement(By.tagName("thead")).getText());
        WebElement row = table.findElement(By.cssSelector("tbody tr"));
        assertEquals(List.of("Chefforum", "medlem", "–", "20. november 2024", "1 møde", "0"),
                row.findElements(By.cssSelector("th, td")).stream().map(WebElement::getText).toList());
        row.findElement(By.tagName("summary")).click();
        WebElement meeting = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("table.memberships details li")));
        assertEquals("20. november 2024 — deltog · Mødeoplysninger: Henrik Harder (Kommunaldirektør)", meeting.getText());
        WebElement link = meeting.findElement(By.tagName("a"));
        assertTrue(link.getAttribute("href").endsWith("/moede/chefforum-2024-11-20#deltagere"), link.getAttribute("href"));
        link.click();
        WebElement participants = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("deltagere")));
        assertEquals("Mødedeltagere", participants.getText());
        assertTrue(driver.findElement(By.cssSelector("ul.participants")).getText().contains("Henrik Harder (Kommunaldirektør)"));
    }

    @Test
    void aPermalinkRendersTheSameResults() {
        driver.get(base + "/?q=netv%C3%A6rk&sort=date");
        WebElement first = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".hits li h3 a")));
        String title = first.getText();
        assertEquals("netværk", driver.findElement(By.id("q")).getAttribute("value"));
        assertEquals("date", driver.findElement(By.id("sort")).getAttribute("value"));
        driver.get(base + "/?q=netv%C3%A6rk&sort=date");
        assertEquals(title, wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".hits li h3 a"))).getText());
    }

    @Test
    void keyboardOnlyReachesAndOpensTheFirstResult() {
        driver.get(base + "/?q=sundhedspuljen");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".hits li h3 a")));
        WebElement firstResult = driver.findElement(By.cssSelector(".hits li h3 a"));
        driver.findElement(By.id("q")).click();
        for (int i = 0; i < 60 && !firstResult.equals(driver.switchTo().activeElement()); i++) {
            driver.switchTo().activeElement().sendKeys(Keys.TAB);
        }
        assertEquals(firstResult, driver.switchTo().activeElement(), "Tab reaches the first result");
        driver.switchTo().activeElement().sendKeys(Keys.ENTER);
        wait.until(ExpectedConditions.urlContains("/moede/chefforum-2017-05-02/punkt/4"));
        assertTrue(wait.until(ExpectedConditions.visibilityOfElementLocated(By.tagName("h1"))).getText().contains("Sundhedspuljen"));
    }

    @Test
    void corpusMarkupRendersAsText() {
        driver.get(base + "/moede/chefforum-2025-02-03/punkt/1");
        WebElement heading = wait.until(ExpectedConditions.visibilityOfElementLocated(By.tagName("h1")));
        assertTrue(heading.getText().contains("<script>alert('titel')</script>"), heading.getText());
        assertTrue(driver.findElement(By.tagName("main")).getText().contains("<script>alert('xss')</script>"));
        assertThrows(NoAlertPresentException.class, () -> driver.switchTo().alert());
        driver.get(base + "/?q=skriptm%C3%A6rket");
        WebElement snippet = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".snippet")));
        assertTrue(snippet.getText().contains("<script>"), snippet.getText());
        assertThrows(NoAlertPresentException.class, () -> driver.switchTo().alert());
    }

    /** The persons and meetings pages read the paged list endpoints to the end: every entry is a row. */
    @Test
    void personsAndMeetingsPagesListEveryEntry() {
        driver.get(base + "/personer");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("main table tbody tr")));
        List<WebElement> persons = driver.findElements(By.cssSelector("main table tbody tr"));
        assertEquals(archive.people().search("").size(), persons.size());
        assertTrue(persons.stream().anyMatch(r -> r.getText().startsWith("Kristina Koch Sloth")));
        driver.get(base + "/moeder");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("main table tbody tr")));
        List<WebElement> meetings = driver.findElements(By.cssSelector("main table tbody tr"));
        assertEquals(archive.corpus().meetings().size(), meetings.size());
        assertTrue(meetings.get(0).getText().startsWith("3. februar 2025"), meetings.get(0).getText());
    }
}
