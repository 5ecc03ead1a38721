package vn.congdanso.cli;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import vn.congdanso.identity.chip.testkit.ChipFixtures;

import static org.assertj.core.api.Assertions.assertThat;

class ChipCommandTest {

    @TempDir
    Path folder;

    private CliRun verify(String... extra) {
        String[] base = {"chip", "verify", "--json", "--sod", file("sod.bin"), "--dg1", file("dg1.bin"),
            "--dg2", file("dg2.bin"), "--dg13", file("dg13.bin")};
        String[] args = new String[base.length + extra.length];
        System.arraycopy(base, 0, args, 0, base.length);
        System.arraycopy(extra, 0, args, base.length, extra.length);
        return CliRun.of(args);
    }

    private String file(String name) {
        return folder.resolve(name).toString();
    }

    private static JsonNode json(CliRun run) throws Exception {
        return new ObjectMapper().readTree(run.out());
    }

    @Test
    void printsValidWithTheParsedDataGroupsForGenuineFilesUnderATrustedCsca() throws Exception {
        ChipFixtures.builder().build().writeTo(folder);

        CliRun run = verify("--csca", file("csca.pem"), "--crl", file("crl.pem"));

        assertThat(run.exitCode()).isEqualTo(ExitCodes.OK);
        JsonNode json = json(run);
        assertThat(json.get("verdict").asText()).isEqualTo("VALID");
        assertThat(json.get("steps").get("sodSignature").get("status").asText()).isEqualTo("PASSED");
        assertThat(json.get("steps").get("revocation").get("status").asText()).isEqualTo("PASSED");
        assertThat(json.get("dg1").get("idNumber").asText()).isEqualTo(ChipFixtures.ID_NUMBER);
        assertThat(json.get("dg13").get("fullName").asText()).isEqualTo("Nguyễn Văn A");
        assertThat(json.get("dg13").get("birthDate").asText()).isEqualTo("1990-01-01");
        assertThat(json.get("dg2").get("format").asText()).isEqualTo("JPEG");
    }

    @Test
    void printsValidUntrustedChainAndExitsOneWithoutACsca() throws Exception {
        ChipFixtures.builder().build().writeTo(folder);

        CliRun run = verify();

        assertThat(run.exitCode()).isEqualTo(ExitCodes.INVALID);
        assertThat(json(run).get("verdict").asText()).isEqualTo("VALID_UNTRUSTED_CHAIN");
        assertThat(json(run).get("dg13").get("idNumber").asText()).isEqualTo(ChipFixtures.ID_NUMBER);
    }

    @Test
    void trustsAFolderWithTheMasterListAndReportsTheRevokedSigner() throws Exception {
        ChipFixtures.builder().revoked().build().writeTo(folder);

        CliRun run = verify("--csca", folder.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.INVALID);
        JsonNode json = json(run);
        assertThat(json.get("verdict").asText()).isEqualTo("CERT_REVOKED");
        assertThat(json.has("dg13")).isFalse();
    }

    @Test
    void printsHashMismatchForATamperedDataGroup() throws Exception {
        ChipFixtures.builder().build().writeTo(folder);
        byte[] dg13 = Files.readAllBytes(folder.resolve("dg13.bin"));
        dg13[dg13.length - 1] ^= 1;
        Files.write(folder.resolve("dg13.bin"), dg13);

        CliRun run = verify("--csca", file("csca.pem"));

        assertThat(json(run).get("verdict").asText()).isEqualTo("HASH_MISMATCH");
        assertThat(json(run).get("mismatchedDataGroups").toString()).isEqualTo("[13]");
        assertThat(run.exitCode()).isEqualTo(ExitCodes.INVALID);
    }

    @Test
    void printsMalformedForAnOversizedSod() throws Exception {
        ChipFixtures.builder().build().writeTo(folder);
        Files.write(folder.resolve("sod.bin"), new byte[70_000]);

        CliRun run = verify();

        assertThat(json(run).get("verdict").asText()).isEqualTo("MALFORMED");
        assertThat(json(run).get("error").get("code").asText()).isEqualTo("chip.TOO_LARGE");
        assertThat(run.exitCode()).isEqualTo(ExitCodes.INVALID);
    }

    @Test
    void printsTheVerdictAndStepsAsText() throws Exception {
        ChipFixtures.builder().build().writeTo(folder);

        CliRun run = CliRun.of("chip", "verify", "--sod", file("sod.bin"), "--dg13", file("dg13.bin"),
                "--csca", file("csca.pem"));

        assertThat(run.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(run.out()).startsWith("VALID").contains("SOD_SIGNATURE", "PASSED", "Nguyễn Văn A");
    }
}
