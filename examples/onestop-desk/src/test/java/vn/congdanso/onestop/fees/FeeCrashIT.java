package vn.congdanso.onestop.fees;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import vn.congdanso.onestop.DeskApp;
import vn.congdanso.payments.CallbackOutcome;
import vn.congdanso.payments.callback.AuditEntry;
import vn.congdanso.payments.callback.JdbcCallbackStore;

/**
 * The packaged desk ({@code target/onestop-desk.jar}) as a separate process: 200 concurrent IPNs
 * for 50 orders, {@code kill -9} in the middle of them, a restart on the same data folder and
 * database, and every IPN delivered again. Every order must end PAID once, and the audit must
 * hold every delivery the desk acknowledged, before the crash and after.
 */
class FeeCrashIT {

    private static final Duration START_TIMEOUT = Duration.ofSeconds(120);
    private static final int ACKS_BEFORE_KILL = 30;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Test
    void everyOrderEndsPaidOnceAfterAKillDashNineInTheMiddleOfTheLoad() throws Exception {
        String packaged = System.getProperty("onestop.jar");
        Assumptions.assumeTrue(packaged != null, "runs under failsafe, after package (onestop.jar)");
        Path jar = Path.of(packaged);
        assertThat(jar).as("the packaged desk (mvn package)").exists();
        Path data = DeskApp.newDataDir();
        String jdbcUrl = DeskApp.jdbcUrlFor(data);

        int firstPort = freePort();
        Process first = start(jar, data, jdbcUrl, firstPort, "first.log");
        String firstBase = "http://127.0.0.1:" + firstPort;
        IpnLoad load = IpnLoad.prepare(firstBase, SandboxKeys.of(data), 50, 4, amount -> create(firstBase, amount));
        CompletableFuture<Void> running = load.start(http);
        awaitAcks(load, running);
        first.destroyForcibly();
        assertThat(first.waitFor(30, TimeUnit.SECONDS)).as("the desk died").isTrue();
        assertThat(first.exitValue()).as("killed by SIGKILL").isEqualTo(137);
        running.join();
        int acknowledgedBeforeKill = load.acks();
        assertThat(acknowledgedBeforeKill).isLessThan(200);
        assertThat(load.otherAnswers()).as("answers before the kill other than 200 with 00 or 02").isEmpty();
        assertThat(load.settledAcks()).as("deliveries acknowledged with 00 or 02 before the kill")
                .isEqualTo(acknowledgedBeforeKill).isPositive();

        int secondPort = freePort();
        Process second = start(jar, data, jdbcUrl, secondPort, "second.log");
        String secondBase = "http://127.0.0.1:" + secondPort;
        try {
            load.start(http, secondBase).join();
            load.redeliverUntilAcknowledged(http, secondBase);
            List<String> notPaidOnce = new ArrayList<>();
            for (String ref : load.refs()) {
                var order = Orders.json(http.send(HttpRequest.newBuilder(URI.create(secondBase + "/api/orders/" + ref))
                        .build(), HttpResponse.BodyHandlers.ofString()).body());
                if (!"PAID".equals(order.get("status").asText()) || order.get("paymentCount").asInt() != 1) {
                    notPaidOnce.add(ref + " " + order);
                }
            }
            assertThat(notPaidOnce).isEmpty();
            assertThat(load.appliedAcks().values()).allSatisfy(count -> assertThat(count).isLessThanOrEqualTo(1));
        } finally {
            second.destroy();
            second.waitFor(60, TimeUnit.SECONDS);
        }

        JdbcCallbackStore audit = JdbcCallbackStore.builder().dataSource(new DriverManagerDataSource(jdbcUrl)).build();
        for (Map.Entry<String, Integer> acknowledged : load.acknowledged().entrySet()) {
            List<AuditEntry> trail = audit.auditTrail(acknowledged.getKey());
            assertThat(trail.size()).as("audit of %s", acknowledged.getKey()).isGreaterThanOrEqualTo(acknowledged.getValue());
            assertThat(trail).filteredOn(entry -> entry.outcome() == CallbackOutcome.APPLIED).hasSize(1);
        }
    }

    private Process start(Path jar, Path data, String jdbcUrl, int port, String log) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-jar", jar.toAbsolutePath().toString())
                .redirectErrorStream(true).redirectOutput(data.resolve(log).toFile());
        builder.environment().put("PORT", Integer.toString(port));
        builder.environment().put("CONGDANSO_DATA_DIR", data.toString());
        builder.environment().put("CONGDANSO_JDBC_URL", jdbcUrl);
        builder.environment().put("LOG_FORMAT", "");
        Process process = builder.start();
        Instant deadline = Instant.now().plus(START_TIMEOUT);
        while (Instant.now().isBefore(deadline)) {
            assertThat(process.isAlive()).as("the desk exited at start-up; see %s", data.resolve(log)).isTrue();
            try {
                HttpResponse<String> health = http.send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + port + "/health")).build(), HttpResponse.BodyHandlers.ofString());
                if (health.statusCode() == 200) {
                    return process;
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(250);
        }
        process.destroyForcibly();
        throw new AssertionError("the desk did not start within " + START_TIMEOUT + ": " + Files.readString(data.resolve(log)));
    }

    private String create(String base, long amount) {
        try {
            HttpResponse<String> created = http.send(HttpRequest.newBuilder(URI.create(base + "/api/orders"))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"procedureCode\":\"1.004222\",\"amount\":" + amount + "}"))
                    .build(), HttpResponse.BodyHandlers.ofString());
            assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
            return Orders.json(created.body()).get("ref").asText();
        } catch (IOException e) {
            throw new AssertionError(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /** Waits until some deliveries have been acknowledged, so that the kill lands in the middle of the load. */
    private static void awaitAcks(IpnLoad load, CompletableFuture<Void> running) throws InterruptedException {
        Instant deadline = Instant.now().plusSeconds(60);
        while (load.acks() < ACKS_BEFORE_KILL && !running.isDone() && Instant.now().isBefore(deadline)) {
            Thread.sleep(2);
        }
        assertThat(running.isDone()).as("the load finished before the kill").isFalse();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
