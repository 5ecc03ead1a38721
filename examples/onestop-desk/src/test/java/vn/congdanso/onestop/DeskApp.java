package vn.congdanso.onestop;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The desk, started in-process on a random loopback port with a fresh data folder, for tests
 * that drive it over HTTP. The database is the embedded default (H2 in the data folder), or, when
 * the test run has {@code -Donestop.test.database=postgresql} (the surefire execution
 * {@code postgresql}), a fresh schema in {@code CONGDANSO_TEST_PG_URL}: without that variable
 * those tests are skipped, and with {@code CI=true} they fail.
 */
public final class DeskApp implements AutoCloseable {

    public static final String PG_URL_VARIABLE = "CONGDANSO_TEST_PG_URL";
    /** How long one request of {@link #send} may take, so that a hung desk fails a test instead of stalling it. */
    public static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(30);
    private static final AtomicInteger NEXT = new AtomicInteger();
    private static DeskApp shared;

    private final ConfigurableApplicationContext context;
    private final Path dataDir;
    private final String jdbcUrl;
    private final HttpClient http = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    private DeskApp(ConfigurableApplicationContext context, Path dataDir, String jdbcUrl) {
        this.context = context;
        this.dataDir = dataDir;
        this.jdbcUrl = jdbcUrl;
    }

    /** One desk for the whole test JVM (closed when the JVM exits): cheap for read-mostly tests. */
    public static synchronized DeskApp shared() {
        if (shared == null) {
            shared = start();
            Runtime.getRuntime().addShutdownHook(new Thread(shared::close));
        }
        return shared;
    }

    /** A new desk on a new data folder and database; close it when done. */
    public static DeskApp start(String... extraArgs) {
        Path dataDir = newDataDir();
        return start(dataDir, jdbcUrlFor(dataDir), extraArgs);
    }

    /** A desk on a given data folder and JDBC URL (to restart on the same data). */
    public static DeskApp start(Path dataDir, String jdbcUrl, String... extraArgs) {
        List<String> args = new ArrayList<>(List.of(
                "--server.port=0",
                "--server.address=127.0.0.1",
                "--onestop.data-dir=" + dataDir,
                "--spring.datasource.url=" + jdbcUrl,
                "--logging.structured.format.console=",
                "--spring.main.banner-mode=off"));
        args.addAll(List.of(extraArgs));
        ConfigurableApplicationContext context = SpringApplication.run(OnestopDeskApplication.class, args.toArray(String[]::new));
        return new DeskApp(context, dataDir, jdbcUrl);
    }

    /** A fresh temporary data folder. */
    public static Path newDataDir() {
        try {
            return Files.createTempDirectory("onestop-test-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The JDBC URL a test desk uses: H2 in its data folder, or a fresh PostgreSQL schema. */
    public static String jdbcUrlFor(Path dataDir) {
        if (!onPostgres()) {
            return "jdbc:h2:file:" + dataDir.resolve("onestop").toAbsolutePath() + ";DB_CLOSE_ON_EXIT=FALSE";
        }
        String base = System.getenv(PG_URL_VARIABLE);
        if (base == null || base.isBlank()) {
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                Assertions.fail(PG_URL_VARIABLE + " is not set: CI must run the PostgreSQL suite");
            }
            Assumptions.abort(PG_URL_VARIABLE + " is not set: the PostgreSQL suite is skipped");
        }
        String schema = ("desk" + ProcessHandle.current().pid() + "_" + NEXT.incrementAndGet() + "_"
                + Long.toString(System.nanoTime(), 36)).toLowerCase(Locale.ROOT);
        try (Connection connection = DriverManager.getConnection(base); Statement statement = connection.createStatement()) {
            statement.execute("CREATE SCHEMA " + schema);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create a test schema in " + PG_URL_VARIABLE, e);
        }
        return base + (base.contains("?") ? "&" : "?") + "currentSchema=" + schema;
    }

    /** Whether this test run targets PostgreSQL (the surefire execution {@code postgresql}). */
    public static boolean onPostgres() {
        return "postgresql".equals(System.getProperty("onestop.test.database"));
    }

    public URI uri(String pathAndQuery) {
        return URI.create(baseUrl() + pathAndQuery);
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + port();
    }

    public int port() {
        return ((WebServerApplicationContext) context).getWebServer().getPort();
    }

    public Path dataDir() {
        return dataDir;
    }

    public String jdbcUrl() {
        return jdbcUrl;
    }

    public ConfigurableApplicationContext context() {
        return context;
    }

    public <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    /** A GET without following redirects. */
    public HttpResponse<String> get(String pathAndQuery) {
        return send(HttpRequest.newBuilder(uri(pathAndQuery)).GET().build());
    }

    /** A POST of a JSON body. */
    public HttpResponse<String> postJson(String path, String json) {
        return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build());
    }

    /** A POST of an HTML form ({@code application/x-www-form-urlencoded}, already encoded). */
    public HttpResponse<String> postForm(String path, String encodedForm) {
        return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(encodedForm)).build());
    }

    /** Sends {@code request}, giving it {@link #REQUEST_TIMEOUT} unless it has a timeout of its own. */
    public HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(withTimeout(request), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static HttpRequest withTimeout(HttpRequest request) {
        return request.timeout().isPresent() ? request
                : HttpRequest.newBuilder(request, (name, value) -> true).timeout(REQUEST_TIMEOUT).build();
    }

    public HttpClient http() {
        return http;
    }

    @Override
    public void close() {
        context.close();
    }
}
