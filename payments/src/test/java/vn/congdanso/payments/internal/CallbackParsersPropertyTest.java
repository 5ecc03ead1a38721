package vn.congdanso.payments.internal;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Map;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.StringLength;

import vn.congdanso.core.RejectedException;
import vn.congdanso.payments.GatewayError;

import static org.assertj.core.api.Assertions.assertThat;

/** The callback parsers on arbitrary input: a value or a {@code payments.*} rejection, nothing else. */
class CallbackParsersPropertyTest {

    private static final DateTimeFormatter DASHED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private static final DateTimeFormatter COMPACT = DateTimeFormatter.ofPattern("yyyyMMddHHmmss");

    @Property(tries = 3000)
    void queryTextDecodesOrRejects(@ForAll @StringLength(max = 200) String query) {
        try {
            assertThat(QueryText.decode(query, "q").size()).isLessThanOrEqualTo(QueryText.MAX_PARAMETERS);
        } catch (RejectedException e) {
            assertThat(e.code()).isInstanceOf(GatewayError.class);
        }
    }

    @Property(tries = 1000)
    void queryTextReadsBackWhatAFormEncoderWrote(@ForAll @StringLength(min = 1, max = 40) String key,
            @ForAll @StringLength(max = 80) String value) {
        String encoded = URLEncoder.encode(key, StandardCharsets.UTF_8) + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8);
        boolean wellFormed = key.equals(new String(key.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8))
                && value.equals(new String(value.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8));
        if (wellFormed) {
            assertThat(QueryText.decode(encoded, "q")).containsExactly(Map.entry(key, value));
        }
    }

    @Property(tries = 3000)
    void gatewayTimesParseOrReject(@ForAll @StringLength(max = 24) String text) {
        for (int format = 0; format < 2; format++) {
            try {
                Instant parsed = format == 0 ? GatewayTime.dashed(text, "t") : GatewayTime.compact(text, "t");
                assertThat(parsed).isNotNull();
            } catch (RejectedException e) {
                assertThat(e.code()).isEqualTo(GatewayError.BAD_CALLBACK);
            }
        }
    }

    @Property(tries = 2000)
    void gatewayTimesAgreeWithJavaTime(@ForAll @LongRange(min = 946_684_800L, max = 7_258_118_399L) long epochSecond) {
        LocalDateTime local = LocalDateTime.ofEpochSecond(epochSecond, 0, ZoneOffset.ofHours(7));
        Instant expected = Instant.ofEpochSecond(epochSecond);
        assertThat(GatewayTime.dashed(DASHED.format(local), "t")).isEqualTo(expected);
        assertThat(GatewayTime.compact(COMPACT.format(local), "t")).isEqualTo(expected);
    }
}
