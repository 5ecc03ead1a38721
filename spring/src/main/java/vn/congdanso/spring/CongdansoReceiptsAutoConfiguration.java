package vn.congdanso.spring;

import java.time.Clock;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.core.io.ResourceLoader;

import vn.congdanso.qr.receipt.ReceiptSigner;
import vn.congdanso.qr.receipt.ReceiptVerifier;
import vn.congdanso.spring.internal.GatewayConfigured;
import vn.congdanso.spring.internal.ReceiptKeys;

/**
 * The signed-receipt {@link ReceiptSigner} and {@link ReceiptVerifier}, when
 * {@code congdanso-qr} is on the class path and {@code congdanso.receipts.signer.*} or
 * {@code congdanso.receipts.verifier.*} is set. Each backs off when the app defines its own; a
 * malformed PEM fails start-up naming the property.
 */
@AutoConfiguration
@ConditionalOnClass(ReceiptSigner.class)
@EnableConfigurationProperties(CongdansoProperties.class)
public class CongdansoReceiptsAutoConfiguration {

    /** The receipt signer of the issuing unit. */
    @Bean
    @ConditionalOnMissingBean
    @Conditional(GatewayConfigured.ReceiptSigner.class)
    public ReceiptSigner congdansoReceiptSigner(CongdansoProperties properties, ResourceLoader resources,
            ObjectProvider<Clock> clock) {
        return ReceiptKeys.signer(properties.getReceipts().getSigner(), resources,
                clock.getIfAvailable(Clock::systemUTC));
    }

    /** The receipt verifier trusting the configured public keys. */
    @Bean
    @ConditionalOnMissingBean
    @Conditional(GatewayConfigured.ReceiptVerifier.class)
    public ReceiptVerifier congdansoReceiptVerifier(CongdansoProperties properties, ResourceLoader resources,
            ObjectProvider<Clock> clock) {
        return ReceiptKeys.verifier(properties.getReceipts().getVerifier(), resources,
                clock.getIfAvailable(Clock::systemUTC));
    }
}
