package vn.congdanso.bench.callback;

import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

import vn.congdanso.core.privacy.Redactor;
import vn.congdanso.payments.callback.internal.AuditPayload;

/**
 * The redaction of one VNPay IPN for the audit trail: the general {@link Redactor} (regular
 * expressions over the whole text) against the pipeline's pair-by-pair {@link AuditPayload},
 * which gives the same text.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class AuditRedactionBenchmark {

    final String query = VnpayIpns.ipn("B1-000123", 120_000, 10_000_123L).query();

    @Benchmark
    public String redactor() {
        return Redactor.redactFields("GET ?" + query);
    }

    @Benchmark
    public String auditPayload() {
        return AuditPayload.of("GET", query, "");
    }
}
