package vn.congdanso.spring;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.assertj.AssertableApplicationContext;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import vn.congdanso.qr.procedure.AgencyCode;
import vn.congdanso.qr.procedure.DossierCode;
import vn.congdanso.qr.procedure.ProcedureCode;
import vn.congdanso.qr.receipt.Receipt;
import vn.congdanso.qr.receipt.ReceiptSigner;
import vn.congdanso.qr.receipt.ReceiptVerifier;

import static org.assertj.core.api.Assertions.assertThat;

/** Receipt signer and verifier beans from PEM properties or files, and their start-up failures. */
class CongdansoReceiptsAutoConfigurationTest {

    private static final KeyPair KEYS = generate();
    private static final String ID_NUMBER = "001099000001";

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(CongdansoReceiptsAutoConfiguration.class));

    @TempDir
    Path dir;

    @Test
    void noReceiptPropertiesMeanNoReceiptBeans() {
        runner.run(context -> {
            assertThat(context).hasNotFailed();
            assertThat(context).doesNotHaveBean(ReceiptSigner.class).doesNotHaveBean(ReceiptVerifier.class);
        });
    }

    @Test
    void signerFromPemPropertyAndVerifierFromPemFileAgree() throws IOException {
        Path publicPem = Files.writeString(dir.resolve("receipt-public.pem"), pem("PUBLIC KEY", KEYS.getPublic().getEncoded()));
        runner.withPropertyValues(
                "congdanso.receipts.signer.private-key=" + pem("PRIVATE KEY", KEYS.getPrivate().getEncoded()),
                "congdanso.receipts.signer.kid=unit-2026",
                "congdanso.receipts.signer.issuer=UBND Phuong Thu Nghiem",
                "congdanso.receipts.verifier.public-keys.unit-2026[0]=file:" + publicPem).run(context -> {
                    String payload = context.getBean(ReceiptSigner.class).sign(receipt(), ID_NUMBER);

                    assertThat(context.getBean(ReceiptVerifier.class).verify(payload).matchesIdNumber(ID_NUMBER))
                            .isTrue();
                });
    }

    @Test
    void malformedPrivateKeyPemFailsStartupNamingThePropertyWithoutEchoingIt() {
        String bad = "-----BEGIN PRIVATE KEY-----\nbm90IGEga2V5\n-----END PRIVATE KEY-----";
        runner.withPropertyValues("congdanso.receipts.signer.private-key=" + bad,
                "congdanso.receipts.signer.kid=unit-2026", "congdanso.receipts.signer.issuer=UBND").run(context -> {
                    assertThat(context).hasFailed();
                    assertThat(messages(context)).contains("congdanso.receipts.signer.private-key")
                            .doesNotContain("bm90IGEga2V5");
                });
    }

    @Test
    void signerWithoutKidFailsStartupNamingTheProperty() {
        runner.withPropertyValues(
                "congdanso.receipts.signer.private-key=" + pem("PRIVATE KEY", KEYS.getPrivate().getEncoded()),
                "congdanso.receipts.signer.issuer=UBND").run(context -> {
                    assertThat(context).hasFailed();
                    assertThat(messages(context)).contains("congdanso.receipts.signer.kid");
                });
    }

    @Test
    void missingPublicKeyFileFailsStartupNamingTheProperty() {
        runner.withPropertyValues("congdanso.receipts.verifier.public-keys.unit-2026[0]=file:" + dir.resolve("none.pem"))
                .run(context -> {
                    assertThat(context).hasFailed();
                    assertThat(messages(context)).contains("congdanso.receipts.verifier.public-keys.unit-2026[0]");
                });
    }

    @Test
    void verifierBacksOffWhenTheAppDefinesItsOwn() {
        ReceiptVerifier own = ReceiptVerifier.builder().keys(kid -> java.util.List.of()).build();
        runner.withPropertyValues("congdanso.receipts.verifier.public-keys.unit-2026[0]=file:/nonexistent.pem")
                .withBean(ReceiptVerifier.class, () -> own)
                .run(context -> assertThat(context).getBean(ReceiptVerifier.class).isSameAs(own));
    }

    private static Receipt receipt() {
        Instant now = Instant.now();
        return new Receipt(DossierCode.parse("H15.50.05.13-261008-0975"), ProcedureCode.parse("1.001193"),
                AgencyCode.parse("000.00.15.H41"), now, now.plus(Duration.ofDays(3)));
    }

    private static String pem(String label, byte[] der) {
        return "-----BEGIN " + label + "-----\n" + Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(der)
                + "\n-----END " + label + "-----\n";
    }

    private static KeyPair generate() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(new ECGenParameterSpec("secp256r1"));
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String messages(AssertableApplicationContext context) {
        StringBuilder text = new StringBuilder();
        for (Throwable t = context.getStartupFailure(); t != null; t = t.getCause()) {
            text.append(t.getMessage()).append('\n');
        }
        return text.toString();
    }
}
