// SPDX-License-Identifier: Apache-2.0
package io.github.smtpcatalog.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The generated {@code catalogue.html} in headless Chromium: the page runs its script on load, and
 * {@code ?q=} and {@code ?lang=} go through the same handlers as typing in the search box and clicking the
 * language button; the test reads the DOM after the script ran ({@code --dump-dom}).
 *
 * <p>Without Chromium the tests are skipped with a loud message, except on CI ({@code CI=true}), where they fail:
 * {@code .ci/run} installs Debian's {@code chromium}.
 */
class CatalogueHtmlIT {

    private static Path page;

    @BeforeAll
    static void generate() {
        Path out = JarProcess.tempDir("catalog-html");
        JarProcess p = JarProcess.run("docs", "--out", out.toString());
        assertThat(p.exit()).as(p.stderr()).isZero();
        page = out.resolve("catalogue.html");
    }

    static Optional<Path> chromium() {
        for (String name : List.of("chromium", "chromium-browser", "google-chrome")) {
            for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
                Path p = Path.of(dir, name);
                if (Files.isExecutable(p)) {
                    return Optional.of(p);
                }
            }
        }
        return Optional.empty();
    }

    private static Path requireChromium() {
        Optional<Path> c = chromium();
        if (c.isEmpty()) {
            String message = "Chromium is not installed: the test of catalogue.html in a browser did NOT run."
                    + " Install it with: apt-get install -y chromium";
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                throw new AssertionError(message + " (CI=true: .ci/run must install it)");
            }
            System.err.println("*** SKIPPED *** " + message);
            assumeTrue(false, message);
        }
        return c.get();
    }

    /** The DOM after the page's script ran, for the page opened with the given query string. */
    private static String dom(String query) {
        Path chromium = requireChromium();
        try {
            Path profile = Files.createTempDirectory("chromium-profile");
            Path out = Files.createTempFile("dom", ".html");
            Process p = new ProcessBuilder(chromium.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync",
                    "--no-first-run", "--disable-dev-shm-usage", "--user-data-dir=" + profile, "--dump-dom",
                    page.toUri() + query)
                    .redirectOutput(out.toFile()).redirectError(ProcessBuilder.Redirect.DISCARD).start();
            if (!p.waitFor(120, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new AssertionError("chromium did not finish within 120 s");
            }
            assertThat(p.exitValue()).as("chromium exit code").isZero();
            String dom = Files.readString(out, StandardCharsets.UTF_8);
            assertThat(dom).as("the dumped DOM").contains("</main>");
            return dom;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /** The start tag of the element with this id, as Chromium serialises it. */
    private static String tag(String dom, String id) {
        Matcher m = Pattern.compile("<[a-z]+ [^>]*id=\"" + Pattern.quote(id) + "\"[^>]*>").matcher(dom);
        assertThat(m.find()).as("element #" + id).isTrue();
        return m.group();
    }

    private static boolean hidden(String dom, String id) {
        return tag(dom, id).contains(" hidden");
    }

    private static String text(String dom, String id) {
        Matcher m = Pattern.compile("id=\"" + Pattern.quote(id) + "\"[^>]*>([^<]*)<").matcher(dom);
        assertThat(m.find()).as("element #" + id).isTrue();
        return m.group(1);
    }

    @Test
    void opens_in_dutch_with_every_entry_shown() {
        String dom = dom("");
        assertThat(tag(dom, "nl")).doesNotContain("hidden");
        assertThat(hidden(dom, "en")).isTrue();
        assertThat(hidden(dom, "nl-5.1.1")).isFalse();
        assertThat(hidden(dom, "nl-4.2.2")).isFalse();
        assertThat(dom).contains("<html lang=\"nl\">");
    }

    @Test
    void searching_a_code_shows_its_entry_only() {
        String dom = dom("?q=5.1.1");
        assertThat(hidden(dom, "nl-5.1.1")).isFalse();
        assertThat(hidden(dom, "nl-5.1.2")).isTrue();
        assertThat(hidden(dom, "nl-4.2.2")).isTrue();
        assertThat(hidden(dom, "nl-550")).isTrue();
        assertThat(text(dom, "status")).isEqualTo("Getoond: 1 van 253".replace("253",
                String.valueOf(io.github.smtpcatalog.core.StatusCatalog.standard().entries().size())));
    }

    @Test
    void switching_language_shows_english() {
        String dom = dom("?q=5.1.1&lang=en");
        assertThat(dom).contains("<html lang=\"en\">");
        assertThat(hidden(dom, "nl")).isTrue();
        assertThat(tag(dom, "en")).doesNotContain("hidden");
        assertThat(hidden(dom, "en-5.1.1")).isFalse();
        assertThat(hidden(dom, "en-5.1.2")).isTrue();
        assertThat(text(dom, "switch")).isEqualTo("Nederlands");
        assertThat(text(dom, "title")).isEqualTo("SMTP status codes: the catalogue");
        assertThat(text(dom, "status")).startsWith("Shown: 1 of ");
    }

    @Test
    void an_unknown_code_shows_its_subject_with_a_note() {
        String dom = dom("?q=5.1.99");
        assertThat(hidden(dom, "nl-5.1.x")).isFalse();
        assertThat(hidden(dom, "nl-5.1.1")).isTrue();
        assertThat(hidden(dom, "nearest")).isFalse();
    }

    @Test
    void searching_words_ignores_case_and_accents() {
        String dom = dom("?q=MAILBOX%20vol");
        assertThat(hidden(dom, "nl-4.2.2")).isFalse();
        assertThat(hidden(dom, "nl-2.0.0")).isTrue();
        assertThat(text(dom, "status")).startsWith("Getoond: ");
    }

    @Test
    void a_search_without_results_says_so() {
        String dom = dom("?q=zzzqqq");
        assertThat(hidden(dom, "nl-5.1.1")).isTrue();
        assertThat(text(dom, "status")).isEqualTo("Geen code of tekst gevonden die past bij uw zoekopdracht.");
    }

    @Test
    void the_page_is_self_contained() throws IOException {
        String html = Files.readString(page, StandardCharsets.UTF_8);
        assertThat(html).doesNotContainPattern("(?i)<(script|link|img|iframe)[^>]+(src|href)=\"(https?:)?//")
                .doesNotContainPattern("(?i)@import|url\\(");
        assertThat(html).contains("<meta charset=\"utf-8\">");
    }
}
