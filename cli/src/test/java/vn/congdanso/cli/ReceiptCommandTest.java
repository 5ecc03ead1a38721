package vn.congdanso.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.spec.ECGenParameterSpec;
import java.util.Base64;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class ReceiptCommandTest {

    private static final String ID = "025201012345";

    @TempDir
    Path dir;

    private Path pkcs8;
    private Path sec1;
    private Path publicKey;
    private Path certificate;

    @BeforeEach
    void setUp() throws IOException {
        pkcs8 = copy("pkcs8.pem");
        sec1 = copy("sec1.pem");
        publicKey = copy("public.pem");
        certificate = copy("cert.pem");
    }

    private Path copy(String name) throws IOException {
        try (InputStream in = ReceiptCommandTest.class.getResourceAsStream(name)) {
            Path target = dir.resolve(name);
            Files.write(target, in.readAllBytes());
            return target;
        }
    }

    private String sign(Path key, String kid, String... extra) {
        String[] base = {"receipt", "sign", "--key", key.toString(), "--kid", kid, "--dossier", "H15.50.05.13-261008-0975",
                "--procedure", "1.001193", "--agency", "000.00.15.H41", "--id-number", ID,
                "--received-at", "2026-10-08T09:30:00+07:00", "--due-at", "2026-10-09T17:00:00+07:00"};
        String[] args = new String[base.length + extra.length];
        System.arraycopy(base, 0, args, 0, base.length);
        System.arraycopy(extra, 0, args, base.length, extra.length);
        CliRun run = CliRun.of(args);
        assertThat(run.exitCode()).as(run.err()).isZero();
        return run.out().strip();
    }

    private static JsonNode json(CliRun run) throws IOException {
        return Output.MAPPER.readTree(run.out());
    }

    @Test
    void signsWithPkcs8KeyAndVerifiesWithNamedPublicKey() throws Exception {
        String payload = sign(pkcs8, "desk-1", "--issuer", "UBND xã Đoan Hùng");
        assertThat(payload).startsWith("VNR1:").doesNotContain(ID);
        CliRun run = CliRun.of("receipt", "verify", "--json", "--trust", "desk-1=" + publicKey, "--id-number", ID, payload);
        assertThat(run.exitCode()).isZero();
        JsonNode node = json(run);
        assertThat(node.get("valid").asBoolean()).isTrue();
        assertThat(node.get("dossierCode").asText()).isEqualTo("H15.50.05.13-261008-0975");
        assertThat(node.get("procedureCode").asText()).isEqualTo("1.001193.000.00.15.H41");
        assertThat(node.get("agencyCode").asText()).isEqualTo("000.00.15.H41");
        assertThat(node.get("issuer").asText()).isEqualTo("UBND xã Đoan Hùng");
        assertThat(node.get("dueAt").asText()).isEqualTo("2026-10-09T17:00:00+07:00");
        assertThat(node.get("idNumberMatches").asBoolean()).isTrue();
    }

    @Test
    void signsWithSec1KeyAndVerifiesWithCertificateKid() throws Exception {
        String certKid = vn.congdanso.qr.receipt.TrustList.kidOf(
                vn.congdanso.qr.receipt.PemKeys.certificate(Files.readString(certificate)));
        String payload = sign(sec1, certKid);
        CliRun run = CliRun.of("receipt", "verify", "--trust", certificate.toString(), payload);
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("VALID receipt H15.50.05.13-261008-0975");
    }

    @Test
    void bareKeyMatchesAnyKid() {
        String payload = sign(pkcs8, "whatever");
        assertThat(CliRun.of("receipt", "verify", "--trust", publicKey.toString(), payload).exitCode()).isZero();
    }

    @Test
    void namesUnknownKey() throws Exception {
        String payload = sign(pkcs8, "desk-1");
        CliRun run = CliRun.of("receipt", "verify", "--json", "--trust", "desk-2=" + publicKey, payload);
        assertThat(run.exitCode()).isEqualTo(ExitCodes.INVALID);
        assertThat(json(run).get("valid").asBoolean()).isFalse();
        assertThat(json(run).at("/error/code").asText()).isEqualTo("receipt.UNKNOWN_KEY");
    }

    @Test
    void namesBadSignatureForAnotherKey() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(new ECGenParameterSpec("secp256r1"));
        KeyPair other = generator.generateKeyPair();
        Path otherPublic = dir.resolve("other.pem");
        Files.writeString(otherPublic, "-----BEGIN PUBLIC KEY-----\n"
                + Base64.getMimeEncoder().encodeToString(other.getPublic().getEncoded()) + "\n-----END PUBLIC KEY-----\n");
        String payload = sign(pkcs8, "desk-1");
        CliRun run = CliRun.of("receipt", "verify", "--json", "--trust", "desk-1=" + otherPublic, payload);
        assertThat(run.exitCode()).isEqualTo(ExitCodes.INVALID);
        assertThat(json(run).at("/error/code").asText()).isEqualTo("receipt.BAD_SIGNATURE");
    }

    @Test
    void namesEarlyFailingSteps() throws Exception {
        CliRun prefix = CliRun.of("receipt", "verify", "--json", "--trust", publicKey.toString(), "HC1:ABC");
        assertThat(json(prefix).at("/error/code").asText()).isEqualTo("receipt.BAD_PREFIX");
        CliRun base45 = CliRun.of("receipt", "verify", "--json", "--trust", publicKey.toString(), "VNR1:abc");
        assertThat(json(base45).at("/error/code").asText()).isEqualTo("receipt.BAD_BASE45");
        assertThat(base45.exitCode()).isEqualTo(ExitCodes.INVALID);
    }

    @Test
    void namesExpiredReceipt() throws Exception {
        String payload = sign(pkcs8, "desk-1", "--valid-days", "1");
        assertThat(CliRun.of("receipt", "verify", "--trust", "desk-1=" + publicKey, payload).exitCode()).isZero();
        Path file = dir.resolve("payload.txt");
        Files.writeString(file, payload + "\n");
        CliRun run = CliRun.of("receipt", "verify", "--json", "--trust", "desk-1=" + publicKey, "--at", "2099-01-01T00:00:00+07:00",
                "@" + file);
        assertThat(run.exitCode()).isEqualTo(ExitCodes.INVALID);
        assertThat(json(run).at("/error/code").asText()).isEqualTo("receipt.EXPIRED");
    }

    @Test
    void rejectsTamperedPayloadAsText() {
        String payload = sign(pkcs8, "desk-1");
        char last = payload.charAt(payload.length() - 2);
        String tampered = payload.substring(0, payload.length() - 2) + (last == '0' ? '1' : '0') + payload.charAt(payload.length() - 1);
        CliRun run = CliRun.of("receipt", "verify", "--trust", "desk-1=" + publicKey, tampered);
        assertThat(run.exitCode()).isEqualTo(ExitCodes.INVALID);
        assertThat(run.err()).startsWith("error ");
    }

    @Test
    void reportsMismatchedIdNumber() {
        String payload = sign(pkcs8, "desk-1");
        CliRun run = CliRun.of("receipt", "verify", "--trust", "desk-1=" + publicKey, "--id-number", "025201012346", payload);
        assertThat(run.exitCode()).isEqualTo(ExitCodes.INVALID);
        assertThat(run.out()).contains("does NOT match");
    }

    @Test
    void printsPayloadAsJson() throws Exception {
        CliRun run = CliRun.of("receipt", "sign", "--json", "--key", pkcs8.toString(), "--kid", "k", "--dossier", "G09.20-20260609-0092637",
                "--procedure", "1.001612", "--agency", "000.00.00.H01", "--id-number", ID);
        assertThat(run.exitCode()).isZero();
        assertThat(json(run).get("payload").asText()).startsWith("VNR1:");
    }

    @Test
    void rejectsBadInputs() throws Exception {
        CliRun badId = CliRun.of("receipt", "sign", "--json", "--key", pkcs8.toString(), "--kid", "k", "--dossier", "H15-261008-1",
                "--procedure", "1.001612", "--agency", "000.00.00.H01", "--id-number", "12345");
        assertThat(badId.exitCode()).isEqualTo(ExitCodes.INVALID);
        assertThat(json(badId).at("/error/code").asText()).isEqualTo("receipt.BAD_ID_NUMBER");
        CliRun badKey = CliRun.of("receipt", "sign", "--key", publicKey.toString(), "--kid", "k", "--dossier", "H15-261008-1",
                "--procedure", "1.001612", "--agency", "000.00.00.H01", "--id-number", ID);
        assertThat(badKey.exitCode()).isEqualTo(ExitCodes.INVALID);
        CliRun missingFile = CliRun.of("receipt", "sign", "--key", dir.resolve("none.pem").toString(), "--kid", "k", "--dossier",
                "H15-261008-1", "--procedure", "1.001612", "--agency", "000.00.00.H01", "--id-number", ID);
        assertThat(missingFile.exitCode()).isEqualTo(ExitCodes.LOCAL);
        assertThat(missingFile.err()).contains("error cli.BAD_INPUT_FILE: cannot read " + dir.resolve("none.pem")
                + ": no such file or directory");
        CliRun badDate = CliRun.of("receipt", "sign", "--key", pkcs8.toString(), "--kid", "k", "--dossier", "H15-261008-1",
                "--procedure", "1.001612", "--agency", "000.00.00.H01", "--id-number", ID, "--due-at", "tomorrow");
        assertThat(badDate.exitCode()).isEqualTo(ExitCodes.USAGE);
    }

    @Test
    void signsToAQrImageAndVerifiesFromAPhotoOfIt() throws Exception {
        Path image = dir.resolve("receipt.png");
        CliRun signed = CliRun.of("receipt", "sign", "--key", pkcs8.toString(), "--kid", "desk-1", "--dossier",
                "H15.50.05.13-261008-0975", "--procedure", "1.001193.000.00.15.H41", "--agency", "000.00.15.H41",
                "--id-number", ID, "--out", image.toString());
        assertThat(signed.out().strip()).startsWith("VNR1:");
        assertThat(signed.err()).startsWith("wrote " + image + ": PNG").contains("error correction Q");

        CliRun run = CliRun.of("receipt", "verify", "--json", "--trust", "desk-1=" + publicKey, "--image", image.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(json(run).get("dossierCode").asText()).isEqualTo("H15.50.05.13-261008-0975");
    }

    @Test
    void printsReceiptTimesInVietnamTime() {
        String payload = sign(pkcs8, "desk-1");

        CliRun run = CliRun.of("receipt", "verify", "--trust", "desk-1=" + publicKey, payload);

        assertThat(run.out()).contains("due 2026-10-09T17:00:00+07:00").doesNotContain("Z,");
    }

    @Test
    void refusesAnOutputFileOfAnotherImageFormatBeforeSigning() {
        CliRun run = CliRun.of("receipt", "sign", "--key", pkcs8.toString(), "--kid", "k", "--dossier", "H15-261008-1",
                "--procedure", "1.001612", "--agency", "000.00.00.H01", "--id-number", ID,
                "--out", dir.resolve("receipt.jpg").toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.out()).isEmpty();
    }

    @Test
    void verifyNeedsExactlyOneOfPayloadAndImage() {
        String payload = sign(pkcs8, "desk-1");

        assertThat(CliRun.of("receipt", "verify", "--trust", publicKey.toString()).exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(CliRun.of("receipt", "verify", "--trust", publicKey.toString(), "--image", "x.png", payload).exitCode())
                .isEqualTo(ExitCodes.USAGE);
    }
}
