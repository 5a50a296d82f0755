package dk.referatarkiv.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * Runs axe-core (from its WebJar on the test classpath) in the page a WebDriver shows and reports its violations.
 * The script is injected through WebDriver, which the page's Content-Security-Policy does not govern, so the page
 * under test is the page as served.
 */
public final class Axe {

    private static final String WEBJAR = "META-INF/resources/webjars/axe-core/";
    private static final String SOURCE = load();
    private static final ObjectMapper JSON = new ObjectMapper();

    private Axe() {
    }

    /** One rule broken, with the CSS selectors of (at most five of) the elements that break it. */
    public record Violation(String rule, String impact, String help, List<String> targets) {
        @Override
        public String toString() {
            return rule + " (" + impact + "): " + help + " " + targets;
        }
    }

    /** Every violation of every rule axe-core runs by default (WCAG 2.x A/AA and best practices) in the current page. */
    public static List<Violation> violations(WebDriver driver) {
        JavascriptExecutor js = (JavascriptExecutor) driver;
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
        if (!Boolean.TRUE.equals(js.executeScript("return typeof window.axe === 'object';"))) {
            js.executeScript(SOURCE);
        }
        Object answer = js.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                axe.run(document, { resultTypes: ['violations'] })
                  .then(r => done(JSON.stringify(r.violations)))
                  .catch(e => done('ERROR ' + e));
                """);
        String text = String.valueOf(answer);
        if (text.startsWith("ERROR ")) {
            throw new IllegalStateException("axe-core failed: " + text);
        }
        try {
            List<Violation> found = new ArrayList<>();
            for (JsonNode v : JSON.readTree(text)) {
                List<String> targets = new ArrayList<>();
                for (JsonNode node : v.get("nodes")) {
                    if (targets.size() < 5) {
                        targets.add(node.get("target").toString());
                    }
                }
                found.add(new Violation(v.get("id").asText(), v.path("impact").asText(), v.get("help").asText(), targets));
            }
            return found;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The WebJar's axe.min.js, found through the version its pom.properties names (so a version bump needs no edit here). */
    private static String load() {
        ClassLoader loader = Axe.class.getClassLoader();
        try (InputStream pom = loader.getResourceAsStream("META-INF/maven/org.webjars.npm/axe-core/pom.properties")) {
            if (pom == null) {
                throw new IllegalStateException("axe-core WebJar not on the test classpath");
            }
            Properties properties = new Properties();
            properties.load(pom);
            String path = WEBJAR + properties.getProperty("version") + "/axe.min.js";
            try (InputStream script = loader.getResourceAsStream(path)) {
                if (script == null) {
                    throw new IllegalStateException("no " + path + " in the axe-core WebJar");
                }
                return new String(script.readAllBytes(), StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
