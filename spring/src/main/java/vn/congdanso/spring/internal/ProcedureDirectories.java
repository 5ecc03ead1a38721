package vn.congdanso.spring.internal;

import org.springframework.beans.factory.config.ConfigurableBeanFactory;
import org.springframework.boot.context.properties.source.InvalidConfigurationPropertyValueException;
import org.springframework.util.ClassUtils;

import vn.congdanso.core.CongDanSoException;
import vn.congdanso.http.Transport;
import vn.congdanso.qr.procedure.HttpProcedureDirectory;
import vn.congdanso.qr.procedure.OfflineProcedureDirectory;
import vn.congdanso.qr.procedure.ProcedureDirectory;
import vn.congdanso.spring.CongdansoProperties;
import vn.congdanso.spring.CongdansoProperties.ProceduresMode;

/**
 * Builds the procedure directory of {@code congdanso.procedures.*}. {@link Transport} is touched
 * only in remote mode, so the offline directory works without {@code congdanso-http}. A missing
 * mode, a base URL in offline mode, a remote mode without a base URL or without
 * {@code congdanso-http} fail start-up naming the property.
 */
public final class ProcedureDirectories {

    private static final String PREFIX = "congdanso.procedures.";
    private static final String TRANSPORT = "vn.congdanso.http.Transport";

    private ProcedureDirectories() {
    }

    /**
     * The directory; {@code beans} supplies the shared transport in remote mode, and its class
     * loader tells whether {@code congdanso-http} is present.
     */
    public static ProcedureDirectory directory(CongdansoProperties.Procedures procedures,
            ConfigurableBeanFactory beans) {
        ProceduresMode mode = procedures.getMode();
        if (mode == null) {
            throw new InvalidConfigurationPropertyValueException(PREFIX + "mode", null,
                    "offline or remote is required");
        }
        String baseUrl = procedures.getBaseUrl();
        boolean hasBaseUrl = baseUrl != null && !baseUrl.isBlank();
        if (mode == ProceduresMode.OFFLINE) {
            if (hasBaseUrl) {
                throw new InvalidConfigurationPropertyValueException(PREFIX + "base-url", baseUrl,
                        "is used only with congdanso.procedures.mode=remote");
            }
            return OfflineProcedureDirectory.bundled();
        }
        if (!hasBaseUrl) {
            throw new InvalidConfigurationPropertyValueException(PREFIX + "base-url", baseUrl,
                    "is required with congdanso.procedures.mode=remote");
        }
        if (!ClassUtils.isPresent(TRANSPORT, beans.getBeanClassLoader())) {
            throw new InvalidConfigurationPropertyValueException(PREFIX + "mode", "remote",
                    "needs congdanso-http on the class path");
        }
        return Remote.directory(baseUrl.strip(), beans);
    }

    /** Kept apart so that {@link Transport} is loaded only in remote mode. */
    private static final class Remote {

        static ProcedureDirectory directory(String baseUrl, ConfigurableBeanFactory beans) {
            try {
                return HttpProcedureDirectory.builder().baseUrl(baseUrl).transport(beans.getBean(Transport.class))
                        .build();
            } catch (CongDanSoException e) {
                throw new InvalidConfigurationPropertyValueException(PREFIX + "base-url", baseUrl, e.getMessage());
            }
        }
    }
}
