// SPDX-License-Identifier: Apache-2.0
package io.github.smtpcatalog.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.smtpcatalog.core.EnhancedStatusCode;
import io.github.smtpcatalog.core.ParsedReply;
import io.github.smtpcatalog.core.ReadingPolicy;
import io.github.smtpcatalog.core.ReplyParser;
import io.github.smtpcatalog.i18n.BundleProblem.Kind;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The value types of catalog-i18n as a caller uses them: equal when their content is equal, usable as map keys,
 * and readable in a log line.
 */
class ValueSemanticsTest {

    private static final ExplainOptions NL = ExplainOptions.of(Locale.forLanguageTag("nl"));

    @Test
    void bundleEntriesAreEqualByKeyValueAndLine() {
        BundleEntry e = new BundleEntry("a", "een", 3);
        assertThat(e).isEqualTo(new BundleEntry("a", "een", 3)).hasSameHashCodeAs(new BundleEntry("a", "een", 3));
        assertThat(e).isNotEqualTo(new BundleEntry("b", "een", 3)).isNotEqualTo(new BundleEntry("a", "twee", 3))
                .isNotEqualTo(new BundleEntry("a", "een", 4)).isNotEqualTo("a = een");
        assertThat(e).hasToString("3: a = een");
        assertThat(java.util.Set.of(e.hashCode(), new BundleEntry("b", "twee", 4).hashCode(),
                new BundleEntry("c", "drie", 5).hashCode())).as("hash codes spread").hasSizeGreaterThan(1);
        assertThat(e.key()).isEqualTo("a");
        assertThat(e.value()).isEqualTo("een");
        assertThat(e.line()).isEqualTo(3);
    }

    @Test
    void bundleProblemsAreEqualByContentAndNameTheirLine() {
        BundleProblem p = new BundleProblem(Kind.DUPLICATE_KEY, 7, "a", "the key a was already defined on line 2");
        assertThat(p).isEqualTo(new BundleProblem(Kind.DUPLICATE_KEY, 7, "a", "the key a was already defined on line 2"))
                .hasSameHashCodeAs(new BundleProblem(Kind.DUPLICATE_KEY, 7, "a",
                        "the key a was already defined on line 2"));
        assertThat(p).isNotEqualTo(new BundleProblem(Kind.MALFORMED_LINE, 7, "a", p.message()))
                .isNotEqualTo(new BundleProblem(Kind.DUPLICATE_KEY, 8, "a", p.message()))
                .isNotEqualTo(new BundleProblem(Kind.DUPLICATE_KEY, 7, "b", p.message()))
                .isNotEqualTo(new BundleProblem(Kind.DUPLICATE_KEY, 7, "a", "other"))
                .isNotEqualTo(p.toString());
        assertThat(p).hasToString("line 7: DUPLICATE_KEY: the key a was already defined on line 2");
        assertThat(java.util.Set.of(p.hashCode(), new BundleProblem(Kind.MALFORMED_LINE, 1, null, "x").hashCode(),
                new BundleProblem(Kind.UNKNOWN_ESCAPE, 2, "b", "y").hashCode())).as("hash codes spread")
                .hasSizeGreaterThan(1);
        BundleProblem whole = new BundleProblem(Kind.UNREADABLE, 0, null, "cannot read the file");
        assertThat(whole).hasToString("UNREADABLE: cannot read the file");
        assertThat(whole.key()).isEmpty();
        assertThat(p.key()).contains("a");
        assertThat(Kind.UNREADABLE.isError()).isTrue();
        assertThat(Kind.MALFORMED_UTF8.isError()).isTrue();
        assertThat(Kind.DUPLICATE_KEY.isError()).isTrue();
        assertThat(Kind.MALFORMED_LINE.isError()).isTrue();
        assertThat(Kind.BAD_UNICODE_ESCAPE.isError()).isTrue();
        assertThat(Kind.UNKNOWN_ESCAPE.isError()).isFalse();
    }

    @Test
    void aBundleFileDescribesItselfAndItsNames() {
        BundleFile f = BundleFile.parse("seed_nl_BE.properties", "a = een\nb = \\q\n".getBytes(StandardCharsets.UTF_8));
        assertThat(f).hasToString("seed_nl_BE.properties (2 entries, 1 problems)");
        assertThat(f.fileName()).isEqualTo("seed_nl_BE.properties");
        assertThat(f.baseName()).isEqualTo("seed");
        assertThat(f.localeSuffix()).isEqualTo("nl_BE");
        assertThat(f.lineOf("b")).isEqualTo(2);
        assertThat(f.lineOf("absent")).isZero();
        assertThat(f.value("absent")).isEmpty();
        assertThat(f.hasErrors()).isFalse();
        BundleFile root = BundleFile.parse("labels", new byte[0]);
        assertThat(root.baseName()).isEqualTo("labels");
        assertThat(root.localeSuffix()).isEmpty();
    }

    @Test
    void optionsAreEqualByEveryChoiceAndReadable() {
        ExplainOptions o = NL.withAudience(Audience.TECHNICAL).withPolicy(ReadingPolicy.STANDARD).withProduct("ANVA");
        ExplainOptions same = ExplainOptions.of(Locale.forLanguageTag("nl")).withProduct("ANVA")
                .withPolicy(ReadingPolicy.STANDARD).withAudience(Audience.TECHNICAL);
        assertThat(o).isEqualTo(same).hasSameHashCodeAs(same);
        assertThat(o).isNotEqualTo(o.withLocale(Locale.ENGLISH)).isNotEqualTo(o.withAudience(Audience.CUSTOMER))
                .isNotEqualTo(o.withPolicy(ReadingPolicy.REFERENCE)).isNotEqualTo(o.withProduct("Other"))
                .isNotEqualTo("nl");
        assertThat(o).hasToString("ExplainOptions[nl, TECHNICAL, STANDARD, product=ANVA]");
        assertThat(java.util.Set.of(o.hashCode(), NL.hashCode(), NL.withLocale(Locale.ENGLISH).hashCode()))
                .as("hash codes spread").hasSizeGreaterThan(1);
        assertThat(NL).hasToString("ExplainOptions[nl, CUSTOMER, REFERENCE]");
        assertThat(NL.product()).isEmpty();
        assertThat(NL.audience()).isEqualTo(Audience.CUSTOMER);
        assertThat(NL.policy()).isEqualTo(ReadingPolicy.REFERENCE);
    }

    @Test
    void explanationsAreEqualByContentAndReadable() {
        Explainer x = Explainer.standard();
        ParsedReply reply = ReplyParser.parse("550 5.1.1 <jan@example.nl>: Recipient address rejected");
        Explanation e = x.explain(reply, NL).orElseThrow();
        Explanation again = x.explain(ReplyParser.parse("550 5.1.1 <jan@example.nl>: Recipient address rejected"),
                NL).orElseThrow();
        assertThat(e).isEqualTo(again).hasSameHashCodeAs(again);
        assertThat(e).isNotEqualTo(x.explain(reply, NL.withLocale(Locale.ENGLISH)).orElseThrow())
                .isNotEqualTo(x.explain(reply, NL.withAudience(Audience.TECHNICAL)).orElseThrow())
                .isNotEqualTo(x.explain(EnhancedStatusCode.parse("5.1.1"), NL))
                .isNotEqualTo(x.explain(ReplyParser.parse("550 5.1.1 <piet@example.nl>: Recipient address rejected"),
                        NL).orElseThrow())
                .isNotEqualTo(e.toString());
        assertThat(java.util.Set.of(e.hashCode(), x.explain(EnhancedStatusCode.parse("4.2.2"), NL).hashCode(),
                x.explain(EnhancedStatusCode.parse("5.7.1"), NL).hashCode())).as("hash codes spread")
                .hasSizeGreaterThan(1);
        assertThat(e.toString()).startsWith("Explanation[5.1.1 -> 5.1.1 (DETAIL, ").contains(", nl: ")
                .endsWith(e.title() + "]");
        assertThat(x.explain(io.github.smtpcatalog.core.ReplyCode.of(550), NL).orElseThrow().toString())
                .startsWith("Explanation[550 -> 550 (REPLY, ");
    }

    @Test
    void textsAndExplainerDescribeThemselves() {
        assertThat(CatalogTexts.shipped().toString()).startsWith("CatalogTexts[" + CatalogTexts.shipped().files().size()
                + " files, locales ");
        assertThat(Explainer.standard().toString()).startsWith("Explainer[").contains("CatalogTexts[");
    }
}
