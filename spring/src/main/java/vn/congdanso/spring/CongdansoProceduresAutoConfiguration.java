package vn.congdanso.spring;

import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;

import vn.congdanso.qr.procedure.ProcedureDirectory;
import vn.congdanso.spring.internal.GatewayConfigured;
import vn.congdanso.spring.internal.ProcedureDirectories;

/**
 * The {@link ProcedureDirectory} of {@code congdanso.procedures.*}, when {@code congdanso-qr} is
 * on the class path and a procedures property is set: the bundled offline catalogue
 * ({@code mode=offline}, no HTTP client) or a remote service on the shared transport
 * ({@code mode=remote} with {@code base-url}). Backs off when the application defines its own.
 */
@AutoConfiguration(after = CongdansoHttpAutoConfiguration.class)
@ConditionalOnClass(ProcedureDirectory.class)
@Conditional(GatewayConfigured.Procedures.class)
@EnableConfigurationProperties(CongdansoProperties.class)
public class CongdansoProceduresAutoConfiguration {

    /** The directory. */
    @Bean
    @ConditionalOnMissingBean
    public ProcedureDirectory congdansoProcedureDirectory(CongdansoProperties properties,
            ConfigurableListableBeanFactory beans) {
        return ProcedureDirectories.directory(properties.getProcedures(), beans);
    }
}
