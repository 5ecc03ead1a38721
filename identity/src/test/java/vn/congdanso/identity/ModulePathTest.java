package vn.congdanso.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.databind.ObjectMapper;

import vn.congdanso.core.CongDanSoException;
import vn.congdanso.core.testing.ModulePathRun;
import vn.congdanso.identity.card.CitizenCardQr;

/**
 * congdanso-identity on the module path, as a modular app uses it: a probe module that requires
 * only {@code vn.congdanso.identity} parses a card QR and an MRZ, sees the SDK's exception types
 * through {@code requires transitive}, and runs with neither an HTTP client nor AWT in its boot
 * layer.
 */
class ModulePathTest {

    private static final List<Class<?>> MODULE_PATH = List.of(CitizenCardQr.class, CongDanSoException.class,
            org.slf4j.Logger.class, ObjectMapper.class, JsonFactory.class, JsonProperty.class,
            org.bouncycastle.jce.provider.BouncyCastleProvider.class, org.bouncycastle.cms.CMSSignedData.class,
            org.bouncycastle.asn1.icao.LDSSecurityObject.class);

    @Test
    void parsesOnTheModulePathWithoutHttpOrAwt(@TempDir Path work) {
        String output = ModulePathRun.run(work, MODULE_PATH, List.of("vn.congdanso.identity"), """
                var card = vn.congdanso.identity.card.CitizenCardQr.parse(
                        "001090123456|123456789|NGUYEN VAN A|01011990|Nam|So 1|01072021");
                System.out.println("card " + card.citizenId().masked());
                try {
                    vn.congdanso.identity.card.CitizenCardQr.parse("001");
                } catch (vn.congdanso.core.RejectedException e) {
                    System.out.println("rejected " + e.code().id());
                }
                System.out.println("named " + vn.congdanso.identity.card.CitizenCardQr.class.getModule().isNamed());
                """ + ModulePathRun.PRINT_MODULES);

        assertThat(output).contains("card ********3456", "rejected card.BAD_FIELD_COUNT", "named true");
        assertThat(ModulePathRun.modules(output))
                .contains("vn.congdanso.identity", "vn.congdanso.core", "org.slf4j")
                .doesNotContain("java.desktop", "vn.congdanso.http", "okhttp3", "java.net.http");
    }
}
