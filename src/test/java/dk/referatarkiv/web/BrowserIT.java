package dk.referatarkiv.web;

import dk.referatarkiv.cli.OpenArchive;
import dk.referatarkiv.testing.ArchiveServer;
import dk.referatarkiv.testing.MadeUpMinutes;
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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import dk.referatarkiv.testing.Axe;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.Select;
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
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
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
                "fixtures/facets/nordby-2023-05-02.txt", "fixtures/members/egeskov-oekonomiudvalget-2024-03-13.txt",
                "fixtures/bodies/egeskov-oekonomiudvalget-2024-04-10.txt");
        archive = TestData.openArchive(corpus, tmp.resolve("index"), true);
        app = WebApp.create(archive.services(), Path.of("web")).start(0);
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

    /** A server with a reader token: the page asks for it once, keeps it, and then searches as usual. */
    @Test
    void withAReaderTokenThePageAsksForItOnceAndThenWorks() throws Exception {
        String token = "laesetoken-browser-0123456789";
        Javalin guarded = WebApp.create(archive::services, Path.of("web"), DocumentsController.DISABLED,
                Admission.forThisMachine(), new ReaderAccess(token)).start(0);
        try {
            String guardedBase = "http://localhost:" + guarded.port();
            driver.get(guardedBase + "/?q=budget");
            org.openqa.selenium.Alert prompt = wait.until(ExpectedConditions.alertIsPresent());
            assertTrue(prompt.getText().contains("læsetoken"), prompt.getText());
            prompt.sendKeys(token);
            prompt.accept();
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".hits li h3 a")));
            driver.get(guardedBase + "/?q=skole"); // the cookie carries it from now on: no second prompt
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".hits li h3 a")));
            assertTrue(ExpectedConditions.alertIsPresent().apply(driver) == null, "asked only once");
        } finally {
            guarded.stop();
        }
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
            // "1 resultat" or "N resultater": the facets are in year order, so the first may hold a single item
            return now.matches("\\d+ resultat(er)?( .*)?") && !now.equals(before);
        });
        int narrowed = Integer.parseInt(driver.findElement(By.id("status")).getText().replaceAll("\\D", ""));
        assertTrue(narrowed < total, label + ": " + narrowed + " < " + total);
        WebElement activeYear = driver.findElement(By.cssSelector("a[data-facet='budgetYear'].active"));
        // a link is current, not pressed (axe-core: aria-pressed is not allowed on a link)
        assertEquals("true", activeYear.getAttribute("aria-current"));
        assertNull(activeYear.getAttribute("aria-pressed"));
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
        wait.until(ExpectedConditions.textToBe(By.id("status"), "2 resultater for »budget«"));
        WebElement active = driver.findElement(By.cssSelector("a[data-facet='parti'].active"));
        assertEquals("true", active.getAttribute("aria-current"));
        assertNull(active.getAttribute("aria-pressed"));
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
        String body = row.findElement(By.cssSelector("th a")).getAttribute("href");
        assertTrue(body.startsWith(base + "/organ/") && body.endsWith("chefforum"), body);
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

    // ---- Accessibility, keyboard and phone layout (issue 14) ----

    private static final String QUESTION = "Hvem leder netværket Ensomme ældre?";

    /** Every page and state a user meets: name (for the screenshot) and address. */
    static Stream<Arguments> pages() {
        return Stream.of(
                Arguments.of("start", "/"),
                Arguments.of("answer", "/?q=" + enc(QUESTION)),
                Arguments.of("no-answer", "/?q=" + enc("Hvem vandt skakturneringen i Nordby?")),
                Arguments.of("too-long", "/?q=" + enc("budget ".repeat(80) + "?")),
                Arguments.of("search", "/?q=budget"),
                Arguments.of("filtered-search", "/?q=budget&kommune=Solby&parti=" + enc("Venstre (V)")),
                Arguments.of("nothing-found", "/?q=xyzzyqwerty"),
                Arguments.of("misspelt", "/?q=budgetkatalgoet"),
                Arguments.of("item", "/moede/chefforum-2024-11-20/punkt/2"),
                Arguments.of("cited-item", "/moede/chefforum-2017-05-02/punkt/3?afsnit=anledning&fra=0&til=40#citat"),
                Arguments.of("meeting", "/moede/chefforum-2024-11-20"),
                Arguments.of("person", "/person/kristina-koch-sloth"),
                Arguments.of("member", "/person/henrik-harder"),
                Arguments.of("persons", "/personer"),
                Arguments.of("meetings", "/moeder"),
                Arguments.of("body", "/organ/egeskov-oekonomiudvalget"),
                Arguments.of("body-without-chair", "/organ/solby-oekonomiudvalget"),
                Arguments.of("chefforum", "/organ/chefforum"),
                Arguments.of("bodies", "/organer"),
                Arguments.of("unknown-body", "/organ/findes-ikke"),
                Arguments.of("not-found", "/findes-ikke"),
                Arguments.of("unknown-meeting", "/moede/findes-ikke"));
    }

    /**
     * axe-core finds no violation on any page, at 1280 px and at 375 px, and at 375 px no page is wider than the
     * screen (a wide table or a long word would make the whole page scroll sideways).
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("pages")
    void everyPageHasNoAxeViolationsAndFitsAPhone(String name, String path) throws IOException {
        open(path, 1280, 900);
        assertEquals(List.of(), Axe.violations(driver), name + " at 1280 px");
        save(name + "-1280");
        open(path, 375, 812);
        assertEquals(List.of(375L, 812L), js("return [window.innerWidth, window.innerHeight];"), "the phone viewport");
        long scrollWidth = (Long) js("return document.documentElement.scrollWidth;");
        assertTrue(scrollWidth <= 375, name + " is " + scrollWidth + " px wide at 375 px: " + widest());
        assertEquals(List.of(), Axe.violations(driver), name + " at 375 px");
        save(name + "-375");
    }

    /** The accessibility check can fail: a page with an image without alt text and an unlabelled field has violations. */
    @Test
    void axeFindsViolationsWhereThereAreSome() {
        open("/", 1280, 900);
        js("document.querySelector('main').append(Object.assign(document.createElement('img'), { src: '/x.png' }),"
                + " document.createElement('input'));");
        List<String> rules = Axe.violations(driver).stream().map(Axe.Violation::rule).toList();
        assertTrue(rules.containsAll(List.of("image-alt", "label")), rules.toString());
    }

    @Test
    void afterASearchFocusIsOnTheResultsHeadingAndTheFirstResultIsThreeTabsFromTheBox() {
        open("/", 1280, 900);
        driver.findElement(By.id("q")).sendKeys(QUESTION, Keys.ENTER);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".card .answer")));
        ready();
        WebElement heading = driver.findElement(By.id("resultater-titel"));
        assertEquals(heading, driver.switchTo().activeElement(), "focus after the search");
        assertTrue(heading.getText().matches("\\d+ resultater? for »" + java.util.regex.Pattern.quote(QUESTION) + "«"),
                heading.getText());
        // the live region reads the answer before the count
        String status = driver.findElement(By.id("status")).getAttribute("textContent");
        assertTrue(status.startsWith("Svar: Kristina Koch Sloth") && status.endsWith(heading.getText()), status);
        WebElement skip = driver.findElement(By.cssSelector("a.skip[href='#resultater-titel']"));
        assertEquals("Spring til resultater", skip.getAttribute("textContent"));

        WebElement first = driver.findElement(By.cssSelector(".hits li h3 a"));
        driver.findElement(By.id("q")).click();
        List<String> stops = new ArrayList<>();
        for (int i = 0; i < 3 && !first.equals(driver.switchTo().activeElement()); i++) {
            driver.switchTo().activeElement().sendKeys(Keys.TAB);
            stops.add(driver.switchTo().activeElement().getText());
        }
        assertEquals(first, driver.switchTo().activeElement(), "the first result within 3 Tab stops: " + stops);
    }

    @Test
    void entityMarksAddNoTabStopsButTheirValuesCanBeShown() {
        open("/moede/chefforum-2024-11-20/punkt/2", 1280, 900);
        List<WebElement> marks = driver.findElements(By.cssSelector(".text .ent"));
        List<WebElement> stops = driver.findElements(By.cssSelector(".text a, .text button, .text [tabindex]:not([tabindex='-1'])"));
        assertTrue(marks.size() >= 10, "marks: " + marks.size());
        // only the first mention of each person in a section links; nothing else in the text is a Tab stop
        for (WebElement section : driver.findElements(By.cssSelector(".item-section .text"))) {
            List<String> links = section.findElements(By.tagName("a")).stream().map(a -> a.getAttribute("href")).toList();
            assertEquals(links.stream().distinct().toList(), links, "one link per person and section");
        }
        assertTrue(stops.size() < marks.size() / 2, stops.size() + " Tab stops for " + marks.size() + " marks");
        WebElement value = driver.findElement(By.cssSelector(".text .ent-value"));
        assertFalse(value.isDisplayed());
        WebElement toggle = driver.findElement(By.cssSelector("button.values"));
        toggle.click();
        assertEquals("true", toggle.getAttribute("aria-pressed"));
        assertTrue(value.isDisplayed() && value.getText().matches("\\[\\p{L}+: .+]"), value.getText());
    }

    @Test
    void onAPhoneTheAnswerComesFirstThenTheResultsThenTheFoldedFilters() throws IOException {
        open("/?q=" + enc(QUESTION), 375, 812);
        WebElement card = driver.findElement(By.cssSelector(".card"));
        WebElement firstHit = driver.findElement(By.cssSelector(".hits li"));
        WebElement refine = driver.findElement(By.cssSelector("details.refine"));
        long height = (Long) js("return window.innerHeight;");
        int cardBottom = card.getRect().getY() + card.getRect().getHeight();
        int hitTop = firstHit.getRect().getY();
        assertTrue(hitTop > cardBottom && hitTop - cardBottom < height,
                "first hit at " + hitTop + ", card ends at " + cardBottom + ", screen " + height);
        assertTrue(refine.getRect().getY() > driver.findElement(By.cssSelector(".hits")).getRect().getY(), "filters after the results");
        assertEquals(null, refine.getAttribute("open"), "folded on a phone");
        assertFalse(driver.findElement(By.cssSelector("a[data-facet]")).isDisplayed());
        refine.findElement(By.tagName("summary")).click();
        assertTrue(driver.findElement(By.cssSelector("a[data-facet]")).isDisplayed());
        save("phone-answer-375");
        open("/?q=" + enc(QUESTION), 1280, 900);
        assertEquals("true", driver.findElement(By.cssSelector("details.refine")).getAttribute("open"), "open beside the results");
        save("answer-1280-wide");
    }

    /** Regression: /personer listed "Kommunaldirektør, Kommunaldirektøren" eight times, and its Roller sort did nothing. */
    @Test
    void personsListOneCurrentRoleEachAndSortByRole() {
        open("/personer", 1280, 900);
        WebElement harder = driver.findElements(By.cssSelector("main table tbody tr")).stream()
                .filter(r -> r.getText().startsWith("Henrik Harder")).findFirst().orElseThrow();
        assertEquals("Kommunaldirektør", harder.findElements(By.tagName("td")).get(0).getText());
        List<String> before = roleColumn();
        driver.findElement(By.xpath("//th/button[text()='Roller']")).click();
        List<String> after = roleColumn();
        assertEquals(after.stream().sorted(String.CASE_INSENSITIVE_ORDER).toList(), after);
        assertFalse(after.equals(before), "the rows were not already in role order");
        assertEquals("ascending", driver.findElement(By.xpath("//th[button[text()='Roller']]")).getAttribute("aria-sort"));
    }

    private List<String> roleColumn() {
        return driver.findElements(By.cssSelector("main table tbody tr")).stream()
                .map(r -> r.findElements(By.tagName("td")).get(0).getText()).toList();
    }

    /** The print style leaves the item's text and drops navigation, buttons and the related items. */
    @Test
    void anItemPrintsWithoutNavigationOrButtons() throws IOException {
        open("/moede/chefforum-2024-11-20/punkt/2", 1280, 900);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".similar li, .similar p")));
        assertTrue(driver.findElement(By.cssSelector("header.site nav")).isDisplayed(), "on screen");
        ((ChromeDriver) driver).executeCdpCommand("Emulation.setEmulatedMedia", java.util.Map.of("media", "print"));
        for (String hidden : List.of("header.site nav", "button.values", ".similar", "footer.site")) {
            assertFalse(driver.findElement(By.cssSelector(hidden)).isDisplayed(), hidden + " printed");
        }
        assertTrue(driver.findElement(By.tagName("h1")).isDisplayed());
        assertTrue(driver.findElement(By.cssSelector(".item-section .text")).isDisplayed());
        save("item-print");
    }

    /** Regression: a header fact's source read "mødeoplysninger (mødeoplysninger)". */
    @Test
    void aHeaderFactNamesItsSourceOnce() {
        open("/?q=" + enc("Hvor blev Chefforums møde holdt den 20. november 2024?"), 1280, 900);
        assertEquals("Mødelokale 915", driver.findElement(By.cssSelector(".card .answer")).getText());
        assertEquals("Kilde: 20. november 2024, mødeoplysninger", driver.findElement(By.cssSelector(".card .source")).getText());
    }

    /** A question with a slip of the keyboard is answered as the question meant, and the card says so. */
    @Test
    void aCorrectedQuestionIsShownWithItsAnswer() {
        open("/?q=" + enc("Hvor blev Chefforums moede holdt den 20. november 2024?"), 1280, 900);
        assertEquals("Mødelokale 915", driver.findElement(By.cssSelector(".card .answer")).getText());
        assertEquals("Besvaret som »Hvor blev Chefforums møde holdt den 20. november 2024?«",
                driver.findElement(By.cssSelector(".card .understood")).getText());
        open("/?q=" + enc("Hvor blev Chefforums møde holdt den 20. november 2024?"), 1280, 900);
        assertEquals("Mødelokale 915", driver.findElement(By.cssSelector(".card .answer")).getText());
        assertTrue(driver.findElements(By.cssSelector(".card .understood")).isEmpty(), "nothing corrected");
    }

    @Test
    void meetingParticipantsLinkToTheirPersonPages() {
        open("/moede/chefforum-2024-11-20", 1280, 900);
        List<WebElement> links = driver.findElements(By.cssSelector("ul.participants li a"));
        assertEquals(driver.findElements(By.cssSelector("ul.participants li")).size(), links.size(), "every participant");
        WebElement harder = driver.findElement(By.linkText("Henrik Harder"));
        assertEquals(base + "/person/henrik-harder", harder.getAttribute("href"));
        harder.click();
        wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "Henrik Harder"));
    }

    /** A misspelt search that finds nothing offers the words of the index ("Mente du …?"); the offer finds items. */
    @Test
    void aMisspeltSearchOffersTheIndexsOwnWords() {
        open("/?q=" + enc("budgetkatalgoet"), 1280, 900);
        assertEquals("0 resultater for »budgetkatalgoet«", driver.findElement(By.id("resultater-titel")).getText());
        WebElement offer = driver.findElement(By.cssSelector(".suggestion a"));
        assertEquals("Mente du »budgetkataloget«?", driver.findElement(By.cssSelector(".suggestion")).getText());
        offer.click();
        wait.until(ExpectedConditions.urlContains("q=budgetkataloget"));
        ready();
        assertFalse(driver.findElements(By.cssSelector(".hits li")).isEmpty());
        assertTrue(driver.findElements(By.cssSelector(".suggestion")).isEmpty(), "no offer when something is found");
    }

    /**
     * The meeting page's body name leads to the body's page: the chair now and before, the members over time, the
     * meetings newest first, its feed; the members table fits a 320 px phone. The meetings list links bodies too.
     */
    @Test
    void theMeetingPagesBodyLinkLeadsToTheBodyPage() throws IOException {
        open("/moede/egeskov-oekonomiudvalget-2024-04-10", 1280, 900);
        WebElement link = driver.findElement(By.cssSelector("h1 a"));
        assertEquals("Økonomiudvalget", link.getText());
        link.click();
        wait.until(ExpectedConditions.urlToBe(base + "/organ/egeskov-oekonomiudvalget"));
        ready();
        assertEquals("Økonomiudvalget Egeskov Kommune", driver.findElement(By.tagName("h1")).getText());
        List<String> chairs = driver.findElements(By.cssSelector(".chairs p")).stream().map(WebElement::getText).toList();
        assertEquals(List.of("Formand: Mette Friis (C), 10. april 2024 (seneste)",
                "Tidligere formand: Jens Hansen (A), 13. marts 2024"), chairs);
        WebElement table = driver.findElement(By.cssSelector("table.members"));
        assertEquals("Medlemmer over tid", table.findElement(By.tagName("caption")).getText());
        List<String> rows = table.findElements(By.cssSelector("tbody tr")).stream()
                .map(r -> r.findElements(By.cssSelector("th, td")).stream().map(WebElement::getText)
                        .collect(java.util.stream.Collectors.joining(" | "))).toList();
        assertTrue(rows.contains("Jens Hansen | formand | Socialdemokratiet (A) | 13. marts 2024 | 1 møde | 0"), rows.toString());
        assertTrue(rows.contains("Lise Kjær | medlem | Det Konservative Folkeparti (C) | 13. marts 2024 – 10. april 2024"
                + " | 2 møder | 0"), rows.toString());
        assertEquals(base + "/person/mette-friis", driver.findElement(By.linkText("Mette Friis")).getAttribute("href"));
        List<WebElement> meetings = driver.findElements(By.cssSelector("ul.body-meetings li"));
        assertEquals(List.of("10. april 2024 — 2 punkter", "13. marts 2024 — 1 punkt"),
                meetings.stream().map(WebElement::getText).toList());
        assertEquals(base + "/moede/egeskov-oekonomiudvalget-2024-03-13",
                meetings.get(1).findElement(By.tagName("a")).getAttribute("href"));
        String feed = base + "/feed?organ=%C3%98konomiudvalget&kommune=Egeskov";
        assertEquals(feed, driver.findElement(By.linkText("Følg organet (Atom-feed)")).getAttribute("href"));
        assertEquals(feed, driver.findElement(By.cssSelector("head link[rel='alternate'][type='application/atom+xml']"))
                .getAttribute("href"));
        assertTrue(driver.findElement(By.linkText("Møder (kalender)")).getAttribute("href")
                .startsWith(base + "/kalender.ics?organ="));
        save("body-page-1280");

        open("/organ/egeskov-oekonomiudvalget", 320, 700);
        long scrollWidth = (Long) js("return document.documentElement.scrollWidth;");
        assertTrue(scrollWidth <= 320, "the body page is " + scrollWidth + " px wide at 320 px: " + widest());
        save("body-page-320");

        open("/moeder", 1280, 900);
        List<String> bodies = driver.findElements(By.linkText("Økonomiudvalget")).stream()
                .map(a -> a.getAttribute("href")).distinct().sorted().toList();
        assertEquals(List.of(base + "/organ/egeskov-oekonomiudvalget", base + "/organ/solby-oekonomiudvalget"), bodies);
        driver.findElement(By.linkText("Organer")).click();
        wait.until(ExpectedConditions.urlToBe(base + "/organer"));
        ready();
        assertTrue(driver.findElements(By.cssSelector("main table tbody tr")).size() >= 4);
    }

    /** Regression: the meeting page showed only the first line of a decision, cutting it off at "bl.a. at:". */
    @Test
    void theMeetingPageShowsDecisionsWhole() {
        open("/moede/chefforum-2024-11-20", 1280, 900);
        String decision = driver.findElements(By.cssSelector(".agenda li")).get(2).findElement(By.cssSelector(".decision")).getText();
        assertTrue(decision.startsWith("Beslutning: Chefforum havde en afsluttende status på processen for budget 2025."
                + " Chefforum bemærkede bl.a. at:\n"), decision);
        assertTrue(decision.lines().count() > 1 && !decision.endsWith("at:"), decision);
    }

    @Test
    void theMeetingPageLinksItsBodysFeedAndCalendar() {
        open("/moede/chefforum-2024-11-20", 1280, 900);
        assertEquals(base + "/feed?organ=Chefforum", driver.findElement(
                By.cssSelector("head link[rel='alternate'][type='application/atom+xml']")).getAttribute("href"));
        WebElement calendar = driver.findElement(By.linkText("møder (kalender)"));
        assertTrue(calendar.getAttribute("href").startsWith(base + "/kalender.ics?organ=Chefforum"), calendar.getAttribute("href"));
        Object start = ((JavascriptExecutor) driver).executeAsyncScript("const done = arguments[arguments.length - 1];"
                + "fetch(arguments[0]).then(r => r.text()).then(t => done(t.slice(0, 15)));", calendar.getAttribute("href"));
        assertEquals("BEGIN:VCALENDAR", start);
    }

    /**
     * A person named in more meetings than a page of mentions holds (the made-up minutes list the same two members
     * at every meeting): the page shows the first page, says how many there are, and "Vis flere omtaler" fetches the
     * rest; the page has no axe violation before or after.
     */
    @Test
    void aPersonWithMoreMentionsThanAPageShowsMoreOnRequest() throws IOException {
        int meetings = Paging.DEFAULT_SIZE + 7;
        Path dir = tmp.resolve("many");
        try (ArchiveServer many = ArchiveServer.start(MadeUpMinutes.write(dir.resolve("corpus"), meetings, 1), dir)) {
            String id = many.archive().people().search("Ødegård").get(0).id();
            assertEquals(meetings, many.archive().people().mentions(id).size(), "one mention per meeting header");
            driver.get(many.uri("/person/" + id).toString());
            ready();
            assertEquals(Paging.DEFAULT_SIZE, driver.findElements(By.cssSelector("ul.mentions li")).size());
            WebElement more = driver.findElement(By.xpath("//button[normalize-space()='Vis flere omtaler']"));
            WebElement count = more.findElement(By.xpath("preceding-sibling::p"));
            assertEquals("Viser " + Paging.DEFAULT_SIZE + " af " + meetings + " omtaler.", count.getText());
            assertEquals(List.of(), Axe.violations(driver), "before Vis flere");
            more.click();
            wait.until(d -> d.findElements(By.cssSelector("ul.mentions li")).size() == meetings);
            wait.until(ExpectedConditions.stalenessOf(more));
            assertEquals("Viser " + meetings + " af " + meetings + " omtaler.", count.getText());
            assertEquals(count, driver.switchTo().activeElement(), "the focus moves to the count when the button goes");
            List<String> dates = driver.findElements(By.cssSelector("ul.mentions li a")).stream().map(WebElement::getText).toList();
            assertEquals(meetings, dates.stream().distinct().count(), "each meeting once: no page twice");
            assertEquals(List.of(), Axe.violations(driver), "after Vis flere");
            save("person-more-mentions");
        }
    }

    /** Regression: on a phone the timeline was scaled to ~4 px text and its labels were cut ("Ensomme æ"). */
    @Test
    void theTimelineIsReadableOnAPhone() throws IOException {
        open("/person/kristina-koch-sloth", 375, 812);
        // the timeline is drawn again at the width its figure gets (ResizeObserver): let two frames pass
        ((JavascriptExecutor) driver).executeAsyncScript("const done = arguments[arguments.length - 1];"
                + " requestAnimationFrame(() => requestAnimationFrame(() => done()));");
        WebElement svg = driver.findElement(By.cssSelector("svg.timeline"));
        List<WebElement> texts = svg.findElements(By.tagName("text"));
        assertFalse(texts.isEmpty());
        int right = svg.getRect().getX() + svg.getRect().getWidth();
        for (WebElement text : texts) {
            double fontPx = ((Number) js("const t = arguments[0]; return parseFloat(getComputedStyle(t).fontSize)"
                    + " * t.getScreenCTM().a;", text)).doubleValue();
            assertTrue(fontPx >= 12, text.getText() + ": " + fontPx + " px");
            assertTrue(text.getRect().getX() + text.getRect().getWidth() <= right + 1, text.getText() + " runs past the edge");
        }
        assertTrue(texts.get(0).getText().startsWith("referenceleder · Ensomme ældre"), texts.get(0).getText());
        save("timeline-375");
    }

    @Test
    void activeFiltersShowAsChipsThatRemoveOneOrAll() {
        open("/?q=budget&kommune=Solby&parti=" + enc("Venstre (V)"), 1280, 900);
        List<String> chips = driver.findElements(By.cssSelector(".chips a.chip")).stream()
                .map(c -> c.getAttribute("textContent")).toList();
        assertEquals(List.of("Fjern filteret Kommune: Solby ×", "Fjern filteret Parti: Venstre (V) ×"), chips);
        driver.findElements(By.cssSelector(".chips a.chip")).get(1).click();
        wait.until(ExpectedConditions.not(ExpectedConditions.urlContains("parti=")));
        ready();
        assertTrue(driver.getCurrentUrl().contains("kommune=Solby"), driver.getCurrentUrl());
        driver.findElement(By.linkText("Ryd alle")).click();
        wait.until(ExpectedConditions.urlToBe(base + "/?q=budget"));
        ready();
        assertTrue(driver.findElements(By.cssSelector(".chips")).isEmpty());
    }

    @Test
    void yearFacetsAreInYearOrderAndTheSortAppliesAtOnce() {
        open("/?q=budget", 1280, 900);
        List<Integer> years = driver.findElements(By.cssSelector("a[data-facet='year']")).stream()
                .map(a -> Integer.parseInt(a.getText().substring(0, 4))).toList();
        assertTrue(years.size() >= 3, years.toString());
        assertEquals(years.stream().sorted(java.util.Comparator.reverseOrder()).toList(), years);
        assertFalse(hitDates().equals(hitDates().stream().sorted(java.util.Comparator.reverseOrder()).toList()),
                "best match is not already newest first, so the check below can fail");
        new Select(driver.findElement(By.id("sort"))).selectByVisibleText("Nyeste først");
        wait.until(ExpectedConditions.urlContains("sort=date"));
        ready();
        List<java.time.LocalDate> dates = hitDates();
        assertEquals(dates.stream().sorted(java.util.Comparator.reverseOrder()).toList(), dates);
    }

    /** The meeting dates of the hits on the page, read from their Danish form ("3. februar 2025"). */
    private List<java.time.LocalDate> hitDates() {
        java.time.format.DateTimeFormatter danish = java.time.format.DateTimeFormatter.ofPattern("d. MMMM yyyy",
                java.util.Locale.forLanguageTag("da"));
        return driver.findElements(By.cssSelector(".hits li .meta")).stream()
                .map(m -> java.time.LocalDate.parse(m.getText().split(" · ")[0], danish)).toList();
    }

    @Test
    void exampleQuestionsAreLinksThatAsk() {
        open("/", 1280, 900);
        WebElement example = driver.findElement(By.linkText(QUESTION));
        example.click();
        wait.until(ExpectedConditions.urlContains("q=Hvem"));
        WebElement answer = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".card .answer")));
        assertTrue(answer.getText().startsWith("Kristina Koch Sloth"), answer.getText());
    }

    /** The export links fetch every hit of the search (not the page's ten) and the page names its Atom feed. */
    @Test
    void theSearchPageExportsEveryHitAndLinksItsFeed() {
        open("/?q=budget", 1280, 900);
        int total = Integer.parseInt(driver.findElement(By.id("resultater-titel")).getText().replaceAll("\\D", ""));
        assertTrue(total > driver.findElements(By.cssSelector(".hits li")).size(), "more hits than on the page");
        WebElement csv = driver.findElement(By.linkText("CSV"));
        assertEquals("Hent alle " + total + " resultater: CSV · JSON",
                driver.findElement(By.cssSelector("p.export")).getText());
        Object rows = ((JavascriptExecutor) driver).executeAsyncScript("const done = arguments[arguments.length - 1];"
                + "fetch(arguments[0]).then(r => r.arrayBuffer()).then(b => { const bytes = new Uint8Array(b);"
                + " const text = new TextDecoder().decode(b); done([bytes[0], bytes[1], bytes[2],"
                + " text.split('\\r\\n').filter(l => l).length - 1]); });", csv.getAttribute("href"));
        assertEquals(List.of(0xEFL, 0xBBL, 0xBFL, (long) total), rows, "BOM, then a row per hit");
        WebElement feed = driver.findElement(By.cssSelector("head link[rel='alternate'][type='application/atom+xml']"));
        assertEquals(base + "/feed?q=budget", feed.getAttribute("href"));
        assertEquals(base + "/feed?q=budget", driver.findElement(By.linkText("Følg søgningen (Atom-feed)")).getAttribute("href"));

        open("/?q=xyzzyqwerty", 1280, 900);
        assertEquals("0 resultater for »xyzzyqwerty«", driver.findElement(By.id("resultater-titel")).getText());
        assertTrue(driver.findElements(By.cssSelector(".export")).isEmpty(), "no export of nothing");
        assertTrue(driver.findElement(By.cssSelector(".results .help")).getText().startsWith("Intet fundet."));

        open("/person/kristina-koch-sloth", 1280, 900);
        assertEquals(base + "/feed?person=kristina-koch-sloth", driver.findElement(
                By.cssSelector("head link[rel='alternate'][type='application/atom+xml']")).getAttribute("href"));
    }

    /** Regression: a question over 500 characters made the answer card vanish without a word. */
    @Test
    void aTooLongQuestionSaysSo() {
        String question = "Hvad blev besluttet om budget " + "og budget ".repeat(60) + "?";
        open("/?q=" + enc(question), 1280, 900);
        WebElement card = driver.findElement(By.cssSelector(".card.none"));
        assertTrue(card.getText().contains("Spørgsmålet er for langt til at få et svar: højst 500 tegn, og det har "
                + question.length()), card.getText());
        assertFalse(driver.findElements(By.cssSelector(".hits li")).isEmpty(), "still searched");
    }

    /** Text as written (issue 14 point 4): list entries as a list with their markers, sub-headings as headings. */
    @Test
    void anItemKeepsItsListsAndSubHeadings() throws Exception {
        String meeting = meetingOn("2023-03-14");
        open("/moede/" + meeting + "/punkt/1", 375, 812);
        List<WebElement> entries = driver.findElements(By.cssSelector(".item-section ul.as-written li"));
        assertEquals(List.of("1. at dagsordenen godkendes,", "2. at Bilag A og Budgetnotat (B) tages til efterretning."),
                entries.stream().map(WebElement::getText).toList());
        assertEquals("Direktionen indstiller,", driver.findElement(By.cssSelector(".item-section .text > p")).getText(),
                "the lead-in stays a paragraph");
        save("item-lists-375");
        // a sub-heading of the bundled minutes' case descriptions: a short line alone before a long paragraph
        open("/moede/chefforum-2017-05-02/punkt/4", 1280, 900);
        List<String> headings = driver.findElements(By.cssSelector(".item-section .text h3")).stream()
                .map(WebElement::getText).toList();
        assertTrue(headings.contains("Baggrund"), headings.toString());
        assertTrue(headings.stream().noneMatch(h -> h.contains(",")), headings.toString());
    }

    /** A date answer shows the date once, in Danish; the form the minutes wrote is marked in the quote. */
    @Test
    void aDateAnswerShowsTheDateOnceInDanish() throws Exception {
        open("/?q=" + enc("Hvornår holdt Chefforum møde om budget?"), 1280, 900);
        String answer = driver.findElement(By.cssSelector(".card .answer")).getText();
        assertTrue(answer.matches("\\d{1,2}\\. \\p{L}+ \\d{4}"), answer);
        String quote = driver.findElement(By.cssSelector(".card blockquote")).getText();
        String marked = driver.findElement(By.cssSelector(".card blockquote mark")).getText();
        assertTrue(quote.matches("(?s).*(^|\\P{Alnum})" + java.util.regex.Pattern.quote(marked) + "(\\P{Alnum}|$).*"),
                "the mark covers whole words: »" + marked + "« in " + quote);
        String spokenText = driver.findElement(By.id("status")).getAttribute("textContent");
        assertTrue(spokenText.startsWith("Svar: " + answer + "."), "the live region reads it alike: " + spokenText);
    }

    /** Each meeting and item links to its file as published, which the browser opens (issue 14 point 8). */
    @Test
    void meetingAndItemLinkToTheSourceFileAsPublished() throws Exception {
        String meeting = meetingOn("2023-03-14");
        open("/moede/" + meeting, 1280, 900);
        WebElement link = driver.findElement(By.cssSelector(".source-file a"));
        assertEquals("referatet som udgivet (tekst)", link.getText());
        String href = link.getAttribute("href");
        assertTrue(driver.findElement(By.cssSelector(".source-file")).getText().endsWith("solby-2023-03-14.txt"));
        open("/moede/" + meeting + "/punkt/2", 1280, 900);
        WebElement fromItem = driver.findElement(By.cssSelector(".source-file a"));
        assertEquals(href, fromItem.getAttribute("href"));
        fromItem.click();
        wait.until(d -> d.getCurrentUrl().endsWith("/source"));
        assertTrue(driver.findElement(By.tagName("body")).getText().startsWith("Solby Kommune"),
                "the file as published, shown as text");
    }

    /** A snippet keeps the minutes' line breaks: each list entry on its own line. */
    @Test
    void aSnippetKeepsItsLineBreaks() throws Exception {
        open("/?q=" + enc("dagsordenen godkendes"), 1280, 900);
        WebElement snippet = driver.findElement(By.cssSelector(".hits li .snippet"));
        assertEquals("pre-line", snippet.getCssValue("white-space"));
        assertTrue(driver.findElements(By.cssSelector(".hits li .snippet")).stream()
                .anyMatch(s -> s.getText().contains("\n")), "some snippet shows a line break");
    }

    /** The id of the one fixture meeting held on {@code date}. */
    private static String meetingOn(String date) throws Exception {
        java.net.http.HttpResponse<String> r = java.net.http.HttpClient.newHttpClient().send(
                java.net.http.HttpRequest.newBuilder(java.net.URI.create(base + "/api/meetings?size=100")).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        for (com.fasterxml.jackson.databind.JsonNode m : new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(r.body()).get("meetings")) {
            if (m.get("date").asText().equals(date)) {
                return m.get("id").asText();
            }
        }
        throw new AssertionError("no meeting on " + date);
    }

    /** Opens {@code path} in a viewport (the page's inner size, not the window's) of width × height CSS pixels. */
    private void open(String path, int width, int height) {
        driver.manage().window().setSize(new Dimension(width, height));
        long innerHeight = (Long) js("return window.innerHeight;");
        long innerWidth = (Long) js("return window.innerWidth;");
        driver.manage().window().setSize(new Dimension(width + (int) (width - innerWidth), height + (int) (height - innerHeight)));
        driver.get(base + path);
        ready();
    }

    /** Waits until the page has rendered: the front-end removes aria-busy from main when a page is filled in. */
    private void ready() {
        wait.until(d -> Boolean.TRUE.equals(js("const m = document.querySelector('main');"
                + "return document.readyState === 'complete' && m !== null && !m.hasAttribute('aria-busy');")));
    }

    private Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    /** The elements wider than the viewport, for a failure message. */
    private Object widest() {
        return js("return [...document.querySelectorAll('body *')].filter(e => e.getBoundingClientRect().right > innerWidth)"
                + ".slice(0, 5).map(e => e.tagName + '.' + e.className + ' ' + Math.round(e.getBoundingClientRect().right)).join(', ');");
    }

    private void save(String name) throws IOException {
        Path dir = Path.of("target/screenshots");
        Files.createDirectories(dir);
        File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
        Files.copy(shot.toPath(), dir.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }

    private static String enc(String text) {
        return java.net.URLEncoder.encode(text, java.nio.charset.StandardCharsets.UTF_8);
    }
}
