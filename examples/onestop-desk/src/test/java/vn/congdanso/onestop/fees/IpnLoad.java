package vn.congdanso.onestop.fees;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.LongFunction;

import vn.congdanso.core.Vnd;

/**
 * A load of signed VNPay IPNs for a set of orders, each delivered several times (the duplicates
 * a gateway sends), in random order, all at once; and the acknowledgements the desk gave.
 */
final class IpnLoad {

    private static final Set<String> SETTLED = Set.of("00", "02");

    private record Delivery(String ref, String pathAndQuery) {
    }

    private final String baseUrl;
    private final List<String> refs;
    private final Map<String, String> ipnOf;
    private final List<Delivery> deliveries;
    private final Map<String, AtomicInteger> applied = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> acknowledged = new ConcurrentHashMap<>();
    private final AtomicInteger acks = new AtomicInteger();
    private final AtomicInteger settledAcks = new AtomicInteger();
    private final AtomicInteger failures = new AtomicInteger();
    private final Map<String, Integer> otherAnswers = new ConcurrentHashMap<>();

    private IpnLoad(String baseUrl, List<String> refs, Map<String, String> ipnOf, List<Delivery> deliveries) {
        this.baseUrl = baseUrl;
        this.refs = refs;
        this.ipnOf = ipnOf;
        this.deliveries = deliveries;
    }

    /** {@code orders} orders made by {@code create} (given an amount), each to be paid by {@code copies} identical IPNs. */
    static IpnLoad prepare(String baseUrl, SandboxKeys keys, int orders, int copies, LongFunction<String> create) {
        List<String> refs = new ArrayList<>();
        Map<String, String> ipnOf = new TreeMap<>();
        List<Delivery> deliveries = new ArrayList<>();
        for (int i = 0; i < orders; i++) {
            long amount = 20_000 + i;
            String ref = create.apply(amount);
            String ipn = keys.paidIpn(ref, Vnd.of(amount), Long.toString(30_000_000 + i));
            refs.add(ref);
            ipnOf.put(ref, ipn);
            for (int copy = 0; copy < copies; copy++) {
                deliveries.add(new Delivery(ref, ipn));
            }
        }
        Collections.shuffle(deliveries, new Random(16));
        return new IpnLoad(baseUrl, refs, ipnOf, deliveries);
    }

    /** Sends every delivery at once; the future completes when each has been answered or has failed. */
    CompletableFuture<Void> start(HttpClient http) {
        return start(http, baseUrl);
    }

    /** As {@link #start(HttpClient)}, to another address of the same desk (a restarted one). */
    CompletableFuture<Void> start(HttpClient http, String base) {
        List<CompletableFuture<?>> sent = new ArrayList<>();
        for (Delivery delivery : deliveries) {
            sent.add(http.sendAsync(request(base, delivery.pathAndQuery()), HttpResponse.BodyHandlers.ofString())
                    .thenAccept(response -> record(delivery.ref(), response))
                    .exceptionally(failure -> {
                        failures.incrementAndGet();
                        return null;
                    }));
        }
        return CompletableFuture.allOf(sent.toArray(CompletableFuture[]::new));
    }

    /** Sends every delivery at once and waits for all of them. */
    void deliverConcurrently(HttpClient http) {
        start(http).join();
    }

    /** Delivers each order's IPN again, as VNPay does, until the desk answers 00 or 02. */
    void redeliverUntilAcknowledged(HttpClient http) throws Exception {
        redeliverUntilAcknowledged(http, baseUrl);
    }

    void redeliverUntilAcknowledged(HttpClient http, String base) throws Exception {
        for (String ref : refs) {
            for (int attempt = 0; attempt < 20; attempt++) {
                HttpResponse<String> response = http.send(request(base, ipnOf.get(ref)),
                        HttpResponse.BodyHandlers.ofString());
                if (SETTLED.contains(record(ref, response))) {
                    break;
                }
                Thread.sleep(100);
            }
        }
    }

    List<String> refs() {
        return refs;
    }

    /** How many deliveries have been answered with HTTP 200 so far. */
    int acks() {
        return acks.get();
    }

    /** How many deliveries have been answered with HTTP 200 and {@code RspCode} 00 or 02 so far. */
    int settledAcks() {
        return settledAcks.get();
    }

    /** How many deliveries got no answer at all (connection refused or reset, timeout). */
    int failures() {
        return failures.get();
    }

    /** The answers other than HTTP 200 with 00 or 02, by status and code, and how many of each. */
    Map<String, Integer> otherAnswers() {
        return new TreeMap<>(otherAnswers);
    }

    /** Per order, how many deliveries the desk answered with 00 (applied). */
    Map<String, Integer> appliedAcks() {
        Map<String, Integer> counts = new TreeMap<>();
        refs.forEach(ref -> counts.put(ref, applied.getOrDefault(ref, new AtomicInteger()).get()));
        return counts;
    }

    /** Per order, how many deliveries the desk answered at all. */
    Map<String, Integer> acknowledged() {
        Map<String, Integer> counts = new TreeMap<>();
        refs.forEach(ref -> counts.put(ref, acknowledged.getOrDefault(ref, new AtomicInteger()).get()));
        return counts;
    }

    private String record(String ref, HttpResponse<String> response) {
        if (response.statusCode() != 200) {
            otherAnswers.merge("HTTP " + response.statusCode(), 1, Integer::sum);
            return "";
        }
        String code = Orders.json(response.body()).get("RspCode").asText();
        acks.incrementAndGet();
        if (SETTLED.contains(code)) {
            settledAcks.incrementAndGet();
        } else {
            otherAnswers.merge("RspCode " + code, 1, Integer::sum);
        }
        acknowledged.computeIfAbsent(ref, r -> new AtomicInteger()).incrementAndGet();
        if ("00".equals(code)) {
            applied.computeIfAbsent(ref, r -> new AtomicInteger()).incrementAndGet();
        }
        return code;
    }

    private static HttpRequest request(String base, String pathAndQuery) {
        return HttpRequest.newBuilder(URI.create(base + pathAndQuery)).timeout(Duration.ofSeconds(60)).GET().build();
    }
}
