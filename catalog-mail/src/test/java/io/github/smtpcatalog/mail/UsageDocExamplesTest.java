// SPDX-License-Identifier: Apache-2.0
package io.github.smtpcatalog.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.StringWriter;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;

/**
 * The {@code ```java} blocks of the "Jakarta Mail and bounce messages" section of {@code docs/usage.md} compile
 * against this module, in the form catalog-cli's DocsJavaExamplesTest compiles every block of {@code docs/*.md}:
 * leading imports on top, the rest the body of a method that may throw anything.
 */
class UsageDocExamplesTest {

    private static final String SECTION = "## Jakarta Mail and bounce messages";

    @Test
    void the_java_examples_of_the_mail_section_compile() throws Exception {
        Path usage = Path.of("..", "docs", "usage.md");
        List<String> lines = Files.readAllLines(usage, StandardCharsets.UTF_8);
        int start = lines.indexOf(SECTION);
        assertThat(start).as(SECTION + " in " + usage).isGreaterThanOrEqualTo(0);
        List<String> blocks = new ArrayList<>();
        for (int i = start + 1; i < lines.size() && !lines.get(i).startsWith("## "); i++) {
            if (lines.get(i).strip().equals("```java")) {
                StringBuilder b = new StringBuilder();
                for (i++; i < lines.size() && !lines.get(i).strip().startsWith("```"); i++) {
                    b.append(lines.get(i)).append('\n');
                }
                blocks.add(b.toString());
            }
        }
        assertThat(blocks).hasSizeGreaterThanOrEqualTo(5);
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        List<String> failures = new ArrayList<>();
        for (int n = 0; n < blocks.size(); n++) {
            StringBuilder imports = new StringBuilder();
            StringBuilder body = new StringBuilder();
            boolean head = true;
            for (String line : blocks.get(n).split("\n", -1)) {
                if (head && (line.strip().startsWith("import ") || line.isBlank())) {
                    imports.append(line).append('\n');
                } else {
                    head = false;
                    body.append(line).append('\n');
                }
            }
            String name = "MailDocExample" + n;
            String source = imports + "class " + name + " {\n    void example() throws Exception {\n" + body
                    + "    }\n}\n";
            DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
            Path out = Files.createTempDirectory("mail-doc-example");
            try (StandardJavaFileManager fm = javac.getStandardFileManager(diagnostics, Locale.ROOT,
                    StandardCharsets.UTF_8)) {
                JavaFileObject file = new SimpleJavaFileObject(URI.create("string:///" + name + ".java"),
                        JavaFileObject.Kind.SOURCE) {
                    @Override
                    public CharSequence getCharContent(boolean ignoreEncodingErrors) {
                        return source;
                    }
                };
                boolean ok = javac.getTask(new StringWriter(), fm, diagnostics, List.of("--release", "17",
                        "-proc:none", "-classpath", classPath, "-d", out.toString()), null, List.of(file)).call();
                if (!ok) {
                    StringBuilder why = new StringBuilder();
                    for (Diagnostic<? extends JavaFileObject> d : diagnostics.getDiagnostics()) {
                        if (d.getKind() == Diagnostic.Kind.ERROR) {
                            why.append("\n  line ").append(d.getLineNumber()).append(": ")
                                    .append(d.getMessage(Locale.ROOT));
                        }
                    }
                    failures.add("example " + (n + 1) + " of the section does not compile:" + why + "\n"
                            + source.indent(4));
                }
            }
        }
        if (!failures.isEmpty()) {
            fail(String.join("\n", failures));
        }
    }
}
