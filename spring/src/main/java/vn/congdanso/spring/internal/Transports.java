package vn.congdanso.spring.internal;

import java.time.Duration;
import java.util.Optional;

import okhttp3.OkHttpClient;
import org.springframework.boot.context.properties.source.InvalidConfigurationPropertyValueException;

import vn.congdanso.http.Transport;
import vn.congdanso.spring.CongdansoProperties;

/**
 * Builds the SDK's {@link Transport} from {@code congdanso.transport.*}. A timeout that is zero
 * or negative fails start-up naming the property.
 */
public final class Transports {

    private static final String PREFIX = "congdanso.transport.";

    private Transports() {
    }

    /** The transport, on {@code appClient}'s pool, dispatcher and interceptors when there is one. */
    public static Transport transport(CongdansoProperties.Transport properties, Optional<OkHttpClient> appClient) {
        Transport.Builder builder = Transport.builder()
                .connectTimeout(positive(properties.getConnectTimeout(), "connect-timeout"))
                .readTimeout(positive(properties.getReadTimeout(), "read-timeout"))
                .callTimeout(positive(properties.getCallTimeout(), "call-timeout"));
        appClient.ifPresent(builder::client);
        if (properties.isAllowSameHostRedirects()) {
            builder.allowSameHostRedirects();
        }
        return builder.build();
    }

    private static Duration positive(Duration value, String name) {
        if (value == null || value.isZero() || value.isNegative()) {
            throw new InvalidConfigurationPropertyValueException(PREFIX + name, value, "must be a positive duration");
        }
        return value;
    }
}
