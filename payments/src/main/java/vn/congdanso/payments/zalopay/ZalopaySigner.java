package vn.congdanso.payments.zalopay;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;

import vn.congdanso.core.time.VnTime;
import vn.congdanso.payments.internal.MacKeys;

import static java.util.Objects.requireNonNull;

/**
 * Signs ZaloPay v2 requests with key1 (HMAC-SHA256, lower-case hex): orders over
 * {@code app_id|app_trans_id|app_user|amount|app_time|embed_data|item}, queries over
 * {@code app_id|app_trans_id|key1}. {@code app_trans_id} starts with the date in GMT+7 from the
 * configured clock, whatever the JVM's zone. Thread-safe.
 */
public final class ZalopaySigner {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyMMdd").withZone(VnTime.ZONE);

    private final ZalopayConfig config;
    private final MacKeys key1;

    private ZalopaySigner(ZalopayConfig config) {
        this.config = config;
        this.key1 = MacKeys.sha256(List.of(config.key1()));
    }

    /** A signer for {@code config}'s app. */
    public static ZalopaySigner create(ZalopayConfig config) {
        return new ZalopaySigner(requireNonNull(config, "config == null"));
    }

    /** The signed order for {@code request}, dated now by the configured clock. */
    public ZalopayOrder sign(ZalopayOrderRequest request) {
        requireNonNull(request, "request == null");
        Instant now = config.clock().instant();
        String appTransId = DAY.format(now) + "_" + request.transIdSuffix();
        long appTime = now.toEpochMilli();
        String mac = key1.sign(String.join("|", config.appId(), appTransId, request.appUser(),
                Long.toString(request.amount().dong()), Long.toString(appTime), request.embedData(), request.item()));
        return new ZalopayOrder(config.appId(), appTransId, request.appUser(), request.amount(), appTime,
                request.embedData(), request.item(), request.description(), request.bankCode(), request.callbackUrl(), mac);
    }

    /** The MAC of a status query for {@code appTransId}. */
    public String queryMac(String appTransId) {
        requireNonNull(appTransId, "appTransId == null");
        return key1.sign(config.appId() + "|" + appTransId + "|" + config.key1().revealUtf8());
    }

    @Override
    public String toString() {
        return "ZalopaySigner[appId=" + config.appId() + ", key redacted]";
    }
}
