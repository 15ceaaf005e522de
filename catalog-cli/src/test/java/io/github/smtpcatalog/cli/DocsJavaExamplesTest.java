// SPDX-License-Identifier: Apache-2.0
package io.github.smtpcatalog.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;

/**
 * Every {@code ```java} block of every {@code docs/*.md} compiles against the library (this module's test class
 * path holds every module). A block is either a whole compilation unit (it declares a class, record, interface
 * or enum) or statements: then its leading {@code import} lines stay on top and the rest becomes the body of a
 * method that may throw anything.
 */
class DocsJavaExamplesTest {

    private static final Pattern FENCE = Pattern.compile("^\\s*```\\s*java\\s*$");
    private static final Pattern TYPE = Pattern.compile(
            "(?m)^(?:public\\s+|final\\s+|abstract\\s+|sealed\\s+)*(?:class|record|interface|enum)\\s+(\\w+)");
    private static final Pattern PUBLIC_TYPE = Pattern.compile(
            "(?m)^public\\s+(?:final\\s+|abstract\\s+|sealed\\s+)*(?:class|record|interface|enum)\\s+(\\w+)");

    /** A fenced Java block: the file, the line of its opening fence, and its code. */
    record Block(Path file, int line, String code) {
        @Override
        public String toString() {
            return file.getFileName() + ":" + line;
        }
    }

    static List<Block> blocks(Path docs) throws IOException {
        List<Path> files = new ArrayList<>();
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(docs, "*.md")) {
            ds.forEach(files::add);
        }
        files.sort(null);
        List<Block> out = new ArrayList<>();
        for (Path f : files) {
            List<String> lines = Files.readAllLines(f, StandardCharsets.UTF_8);
            for (int i = 0; i < lines.size(); i++) {
                if (FENCE.matcher(lines.get(i)).matches()) {
                    int start = i;
                    StringBuilder code = new StringBuilder();
                    for (i++; i < lines.size() && !lines.get(i).strip().startsWith("```"); i++) {
                        code.append(lines.get(i)).append('\n');
                    }
                    out.add(new Block(f, start + 1, code.toString()));
                }
            }
        }
        return out;
    }

    /** The compilation unit for a block: its file name and source. */
    static String[] unit(Block b, int n) {
        StringBuilder imports = new StringBuilder();
        StringBuilder rest = new StringBuilder();
        boolean head = true;
        for (String line : b.code().split("\n", -1)) {
            String s = line.strip();
            if (head && (s.startsWith("import ") || s.startsWith("package ") || s.isEmpty())) {
                imports.append(line).append('\n');
            } else {
                head = false;
                rest.append(line).append('\n');
            }
        }
        if (TYPE.matcher(rest).find()) {
            Matcher pub = PUBLIC_TYPE.matcher(rest);
            String name = pub.find() ? pub.group(1) : "DocExample" + n;
            return new String[] {name, b.code()};
        }
        String name = "DocExample" + n;
        return new String[] {name, imports + "class " + name + " {\n    void example() throws Exception {\n" + rest
                + "    }\n}\n"};
    }

    @Test
    void every_java_block_in_docs_compiles() throws IOException {
        Path docs = DocsCurrentIT.docsDir();
        List<Block> blocks = blocks(docs);
        assertThat(blocks).as("```java blocks in " + docs + "/*.md").isNotEmpty();
        assertThat(blocks).as("usage.md has examples").anyMatch(b -> b.file().endsWith("usage.md"));
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        List<String> failures = new ArrayList<>();
        int n = 0;
        for (Block b : blocks) {
            String[] unit = unit(b, n++);
            Path outDir = Files.createTempDirectory("doc-example");
            DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
            try (StandardJavaFileManager fm = javac.getStandardFileManager(diagnostics, Locale.ROOT,
                    StandardCharsets.UTF_8)) {
                JavaFileObject source = new SimpleJavaFileObject(URI.create("string:///" + unit[0] + ".java"),
                        JavaFileObject.Kind.SOURCE) {
                    @Override
                    public CharSequence getCharContent(boolean ignoreEncodingErrors) {
                        return unit[1];
                    }
                };
                StringWriter log = new StringWriter();
                boolean ok = javac.getTask(log, fm, diagnostics, List.of("--release", "17", "-proc:none",
                        "-classpath", classPath, "-d", outDir.toString()), null, List.of(source)).call();
                if (!ok) {
                    StringBuilder why = new StringBuilder();
                    for (Diagnostic<? extends JavaFileObject> d : diagnostics.getDiagnostics()) {
                        if (d.getKind() == Diagnostic.Kind.ERROR) {
                            why.append("\n    line ").append(d.getLineNumber()).append(" of the compiled unit: ")
                                    .append(d.getMessage(Locale.ROOT));
                        }
                    }
                    failures.add(b + " (the block starting at that line) does not compile:" + why
                            + "\n    compiled as:\n" + unit[1].indent(8));
                }
            } catch (UncheckedIOException e) {
                failures.add(b + ": " + e.getMessage());
            }
        }
        if (!failures.isEmpty()) {
            fail(failures.size() + " of " + blocks.size() + " Java examples in " + docs + " do not compile:\n"
                    + String.join("\n", failures) + "\nClass path: " + classPath.split(File.pathSeparator).length
                    + " entries");
        }
    }
}
