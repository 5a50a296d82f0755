package dk.referatarkiv.web;

import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

import java.io.File;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * First render of the start page in headless Chromium: first contentful paint and DOMContentLoaded over ten loads (after
 * one warm-up), against a running server. Not a test; run it as a program (see README, "Figures").
 */
public final class PageRenderBenchmark {

    private PageRenderBenchmark() {
    }

    public static void main(String[] args) throws InterruptedException {
        String base = args.length > 0 ? args[0] : "http://localhost:7070/";
        ChromeOptions options = new ChromeOptions();
        options.setBinary(new File("/usr/bin/chromium"));
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--disk-cache-size=1",
                "--user-data-dir=" + System.getProperty("java.io.tmpdir") + "/referatarkiv-render-" + System.nanoTime());
        WebDriver driver = new ChromeDriver(new ChromeDriverService.Builder()
                .usingDriverExecutable(new File("/usr/bin/chromedriver")).usingAnyFreePort().build(), options);
        List<Double> paint = new ArrayList<>();
        List<Double> loaded = new ArrayList<>();
        try {
            for (int i = 0; i <= 10; i++) {
                driver.get(base + "?run=" + i);
                Thread.sleep(300);
                JavascriptExecutor js = (JavascriptExecutor) driver;
                Number fcp = (Number) js.executeScript(
                        "const e = performance.getEntriesByName('first-contentful-paint')[0]; return e ? e.startTime : -1");
                Number dcl = (Number) js.executeScript("return performance.getEntriesByType('navigation')[0].domContentLoadedEventEnd");
                if (i > 0) {
                    paint.add(fcp.doubleValue());
                    loaded.add(dcl.doubleValue());
                }
            }
        } finally {
            driver.quit();
        }
        Collections.sort(paint);
        Collections.sort(loaded);
        System.out.printf("start page, %d loads: first contentful paint median %.0f ms, max %.0f ms; DOMContentLoaded median %.0f ms%n",
                paint.size(), paint.get(paint.size() / 2), paint.get(paint.size() - 1), loaded.get(loaded.size() / 2));
    }
}
