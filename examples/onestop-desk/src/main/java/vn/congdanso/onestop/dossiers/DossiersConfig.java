package vn.congdanso.onestop.dossiers;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import vn.congdanso.qr.procedure.AgencyCode;

/**
 * The receiving unit ({@code onestop.dossiers.agency}, a QCVN 102:2016 agency code; the default
 * is a fictional commune of the sandbox).
 */
@Configuration(proxyBeanMethods = false)
class DossiersConfig {

    @Bean
    ReceivingUnit receivingUnit(@Value("${onestop.dossiers.agency:000.05.15.H41}") String agency) {
        return ReceivingUnit.of(AgencyCode.parse(agency));
    }
}
