// SPDX-License-Identifier: Apache-2.0
package io.github.smtpcatalog.mail;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.GroupPrincipal;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipalLookupService;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;

/**
 * Two real Postfix instances for the tests, started from the templates in {@code src/test/postfix} with their
 * configuration, queue, data and Maildir directories under {@code target/postfix/{front,back}}, and listening on
 * free ports of 127.0.0.1 only ({@code inet_interfaces = 127.0.0.1}, {@code inet_protocols = ipv4}, and the
 * smtpd service bound to {@code 127.0.0.1:PORT} in master.cf). "front" is the server the tests send to; it relays
 * {@code remote.test} to "back", which refuses what the front accepted, so that the front writes real DSNs into
 * the Maildir {@code target/postfix/front/mail/bounces/}. Postfix is run as root in the multi-instance style
 * {@code postfix -c DIR start|stop}.
 *
 * <p>Where Postfix cannot run (the binary is missing, or the tests do not run as root) {@link #start()} fails
 * the test class when the environment variable {@code CI} is {@code true}, and otherwise skips it with a loud
 * message: {@code .ci/run} installs Postfix; locally, {@code apt-get install postfix} as root.
 */
final class PostfixServers {

    static final Path POSTFIX = Path.of("/usr/sbin/postfix");
    private static final Duration START_TIMEOUT = Duration.ofSeconds(30);
    private static final int NOBODY = 65534;

    private final Path base;
    private final Path source;
    private final int frontPort;
    private final int backPort;
    private final int deadPort;
    private final List<Path> started = new ArrayList<>();
    private Thread hook;

    private PostfixServers(Path base, Path source, int frontPort, int backPort, int deadPort) {
        this.base = base;
        this.source = source;
        this.frontPort = frontPort;
        this.backPort = backPort;
        this.deadPort = deadPort;
    }

    /**
     * Starts both instances, or skips (locally) or fails (CI=true) when Postfix cannot run here.
     *
     * @return the running servers
     */
    static PostfixServers start() throws IOException, InterruptedException {
        String why = unavailable();
        if (why != null) {
            String message = "\n*************************************************************************\n"
                    + "* NO REAL MAIL SERVER: " + why + "\n"
                    + "* The Postfix tests of catalog-mail did NOT run. .ci/run installs Postfix;\n"
                    + "* locally run the build as root after: apt-get install postfix\n"
                    + "*************************************************************************";
            System.err.println(message);
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                fail("CI=true but no Postfix can run: " + why);
            }
            Assumptions.abort(message);
        }
        Path module = Path.of(System.getProperty("basedir", ".")).toAbsolutePath().normalize();
        int[] ports = freePorts(3);
        PostfixServers s = new PostfixServers(runtimeBase(module), module.resolve("src/test/postfix"),
                ports[0], ports[1], ports[2]);
        s.startAll();
        return s;
    }

    /**
     * Where the instances live: {@code target/postfix}, unless a directory above it cannot be entered by other
     * users (a checkout under a private 0700 directory), which Postfix's own user and the Maildir user need; then
     * a directory under /var/tmp named after the module's path, with {@code target/postfix} a link to it.
     */
    private static Path runtimeBase(Path module) throws IOException {
        Path target = Files.createDirectories(module.resolve("target"));
        Path wanted = target.resolve("postfix");
        for (Path p = target; p != null; p = p.getParent()) {
            if (!Files.getPosixFilePermissions(p).contains(PosixFilePermission.OTHERS_EXECUTE)) {
                Path elsewhere = Path.of("/var/tmp", "catalog-mail-postfix-"
                        + Integer.toHexString(module.toString().hashCode()));
                Files.createDirectories(elsewhere);
                Files.setPosixFilePermissions(elsewhere, PosixFilePermissions.fromString("rwxr-xr-x"));
                System.err.println("catalog-mail: " + p + " cannot be entered by other users, so the Postfix "
                        + "test instances live in " + elsewhere + " (linked from " + wanted + ")");
                if (Files.isSymbolicLink(wanted) || !Files.exists(wanted)) {
                    Files.deleteIfExists(wanted);
                    Files.createSymbolicLink(wanted, elsewhere);
                }
                return elsewhere;
            }
        }
        return wanted;
    }

    /** Why Postfix cannot run here, or null when it can. */
    static String unavailable() {
        if (!Files.isExecutable(POSTFIX)) {
            return POSTFIX + " is not installed";
        }
        try {
            Object uid = Files.getAttribute(Path.of("/proc/self"), "unix:uid", LinkOption.NOFOLLOW_LINKS);
            if (!Integer.valueOf(0).equals(uid)) {
                return "the tests do not run as root (uid " + uid + "), which postfix -c DIR start needs";
            }
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
            return "cannot tell whether the tests run as root: " + e;
        }
        return null;
    }

    private void startAll() throws IOException, InterruptedException {
        hook = new Thread(this::stop, "stop-postfix");
        Runtime.getRuntime().addShutdownHook(hook);
        for (String name : List.of("back", "front")) {
            Path dir = base.resolve(name);
            stopStale(dir);
            deleteTree(dir);
            install(name, dir, name.equals("front") ? frontPort : backPort);
            run(List.of(POSTFIX.toString(), "-c", dir.resolve("etc").toString(), "start"));
            started.add(dir);
            waitForPort(name.equals("front") ? frontPort : backPort);
        }
    }

    private void install(String name, Path dir, int port) throws IOException {
        Path etc = dir.resolve("etc");
        Files.createDirectories(etc);
        Files.createDirectories(dir.resolve("queue"));
        Path data = Files.createDirectories(dir.resolve("data"));
        Path mail = Files.createDirectories(dir.resolve("mail"));
        Map<String, String> tokens = Map.of(
                "@CONFIG_DIR@", etc.toString(),
                "@QUEUE_DIR@", dir.resolve("queue").toString(),
                "@DATA_DIR@", data.toString(),
                "@MAIL_DIR@", mail.toString(),
                "@LOG_FILE@", dir.resolve("maillog").toString(),
                "@SMTP_LISTEN@", "127.0.0.1:" + port,
                "@BACK_PORT@", Integer.toString(backPort),
                "@DEAD_PORT@", Integer.toString(deadPort));
        List<Path> templates = new ArrayList<>();
        try (Stream<Path> files = Files.list(source.resolve(name))) {
            files.forEach(templates::add);
        }
        templates.add(source.resolve("master.cf"));
        for (Path t : templates) {
            String text = Files.readString(t, StandardCharsets.UTF_8);
            for (Map.Entry<String, String> e : tokens.entrySet()) {
                text = text.replace(e.getKey(), e.getValue());
            }
            Files.writeString(etc.resolve(t.getFileName().toString()), text, StandardCharsets.UTF_8);
        }
        UserPrincipalLookupService users = dir.getFileSystem().getUserPrincipalLookupService();
        Files.setOwner(data, users.lookupPrincipalByName("postfix"));
        // The virtual delivery agent writes the Maildirs as uid/gid 65534 (virtual_uid_maps in main.cf).
        PosixFileAttributeView view = Files.getFileAttributeView(mail, PosixFileAttributeView.class);
        view.setOwner(users.lookupPrincipalByName(Integer.toString(NOBODY)));
        GroupPrincipal group = users.lookupPrincipalByGroupName(Integer.toString(NOBODY));
        view.setGroup(group);
        Files.setPosixFilePermissions(mail, PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    /** Stops what an earlier, interrupted run may have left running in the same directory. */
    private static void stopStale(Path dir) throws InterruptedException {
        if (Files.exists(dir.resolve("queue/pid/master.pid")) && Files.exists(dir.resolve("etc/main.cf"))) {
            try {
                run(List.of(POSTFIX.toString(), "-c", dir.resolve("etc").toString(), "stop"));
            } catch (IOException e) {
                // not running any more
            }
        }
    }

    /** Stops both instances; safe to call twice. */
    synchronized void stop() {
        for (Path dir : started) {
            try {
                run(List.of(POSTFIX.toString(), "-c", dir.resolve("etc").toString(), "stop"));
            } catch (IOException | InterruptedException e) {
                System.err.println("could not stop the Postfix instance in " + dir + ": " + e.getMessage());
            }
        }
        started.clear();
        if (hook != null && Thread.currentThread() != hook) {
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException e) {
                // the JVM is shutting down
            }
            hook = null;
        }
    }

    int port() {
        return frontPort;
    }

    Path bounceMaildir() {
        return base.resolve("front/mail/bounces/new");
    }

    Path maildir(String user) {
        return base.resolve("front/mail/" + user + "/new");
    }

    Path log(String instance) {
        return base.resolve(instance).resolve("maillog");
    }

    /** The value of a parameter of an instance, as Postfix reads it. */
    String postconf(String instance, String parameter) throws IOException, InterruptedException {
        return run(List.of("/usr/sbin/postconf", "-c", base.resolve(instance).resolve("etc").toString(), "-h",
                parameter)).strip();
    }

    /**
     * Waits for the first file in a Maildir that contains a marker.
     *
     * @return the file's bytes
     */
    static byte[] awaitMessage(Path maildir, String marker, Duration timeout)
            throws IOException, InterruptedException {
        long end = System.nanoTime() + timeout.toNanos();
        byte[] needle = marker.getBytes(StandardCharsets.US_ASCII);
        while (System.nanoTime() < end) {
            if (Files.isDirectory(maildir)) {
                List<Path> files = new ArrayList<>();
                try (Stream<Path> s = Files.list(maildir)) {
                    s.forEach(files::add);
                }
                for (Path f : files) {
                    byte[] b = Files.readAllBytes(f);
                    if (indexOf(b, needle) >= 0) {
                        return b;
                    }
                }
            }
            Thread.sleep(200);
        }
        throw new AssertionError("no message with " + marker + " in " + maildir + " after " + timeout);
    }

    private static int indexOf(byte[] hay, byte[] needle) {
        outer:
        for (int i = 0; i <= hay.length - needle.length; i++) {
            for (int k = 0; k < needle.length; k++) {
                if (hay[i + k] != needle[k]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    private static String run(List<String> command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        p.getOutputStream().close();
        if (!p.waitFor(START_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IOException(String.join(" ", command) + " did not finish in " + START_TIMEOUT);
        }
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (p.exitValue() != 0) {
            throw new IOException(String.join(" ", command) + " failed (exit " + p.exitValue() + "): " + out);
        }
        return out;
    }

    private static void waitForPort(int port) throws IOException, InterruptedException {
        long end = System.nanoTime() + START_TIMEOUT.toNanos();
        while (System.nanoTime() < end) {
            try (Socket s = new Socket()) {
                s.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 1000);
                return;
            } catch (IOException e) {
                Thread.sleep(200);
            }
        }
        throw new IOException("Postfix did not listen on 127.0.0.1:" + port + " within " + START_TIMEOUT);
    }

    private static int[] freePorts(int n) throws IOException {
        int[] ports = new int[n];
        List<ServerSocket> open = new ArrayList<>();
        try {
            for (int i = 0; i < n; i++) {
                ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
                open.add(s);
                ports[i] = s.getLocalPort();
            }
        } finally {
            for (ServerSocket s : open) {
                s.close();
            }
        }
        return ports;
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (Stream<Path> s = Files.walk(dir)) {
            s.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.delete(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}
