package vn.congdanso.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import vn.congdanso.identity.mrz.CheckDigit;

import static org.assertj.core.api.Assertions.assertThat;

class MrzCommandTest {

    private static final String LINE1 = "IDVNM0901234562001090123456<<3";
    private static final String LINE2 = "9001011M3001019VNM<<<<<<<<<<<4";
    private static final String LINE3 = "NGUYEN<<VAN<A<<<<<<<<<<<<<<<<<";

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return Main.run(new PrintWriter(out), new PrintWriter(err), args);
    }

    @Test
    void printsTheVietnameseCardAsJson() throws Exception {
        int code = run("mrz", "parse", "--json", LINE1, LINE2, LINE3);

        assertThat(code).isEqualTo(ExitCodes.OK);
        JsonNode json = new ObjectMapper().readTree(out.toString());
        assertThat(json.get("valid").asBoolean()).isTrue();
        assertThat(json.get("error").isNull()).isTrue();
        assertThat(json.get("problems")).isEmpty();
        assertThat(json.get("format").asText()).isEqualTo("TD1");
        assertThat(json.get("documentCode").asText()).isEqualTo("ID");
        assertThat(json.get("issuingState").asText()).isEqualTo("VNM");
        assertThat(json.get("documentNumber").asText()).isEqualTo("090123456");
        assertThat(json.get("idNumber").asText()).isEqualTo("001090123456");
        assertThat(json.get("birthDate").asText()).isEqualTo("1990-01-01");
        assertThat(json.get("sex").asText()).isEqualTo("M");
        assertThat(json.get("expiryDate").asText()).isEqualTo("2030-01-01");
        assertThat(json.get("surname").asText()).isEqualTo("NGUYEN");
        assertThat(json.get("givenNames").asText()).isEqualTo("VAN A");
        assertThat(json.get("checks").toString()).isEqualTo(
                "{\"documentNumber\":true,\"idNumber\":true,\"birthDate\":true,\"expiryDate\":true,\"composite\":true}");
        assertThat(json.get("bacKeySeed").asText()).isEqualTo("7C982411E7BFC7420E579DCC18D88AF8");
    }

    @Test
    void readsAVietnameseTd1OtherThanTheChipCardAsPrinted() throws Exception {
        int code = run("mrz", "parse", "--json", "ACVNMA5129ZN<<3<<<<<<<<<<<<<<<", "9001011M3001019VNM<<<<<<<<<<<0", LINE3);

        assertThat(code).isEqualTo(ExitCodes.OK);
        JsonNode json = new ObjectMapper().readTree(out.toString());
        assertThat(json.get("valid").asBoolean()).isTrue();
        assertThat(json.get("documentCode").asText()).isEqualTo("AC");
        assertThat(json.get("documentNumber").asText()).isEqualTo("A5129ZN");
    }

    @Test
    void acceptsOneArgumentWithLineBreaks() throws Exception {
        int code = run("mrz", "parse", "--json", LINE1 + "\n" + LINE2 + "\n" + LINE3);

        assertThat(code).isEqualTo(ExitCodes.OK);
        assertThat(new ObjectMapper().readTree(out.toString()).get("idNumber").asText()).isEqualTo("001090123456");
    }

    @Test
    void reportsTheFirstFailedCheckAsTheErrorAndListsEveryProblem() throws Exception {
        int code = run("mrz", "parse", "--json", LINE1, LINE2.replace("M3001019", "M3001018"), LINE3);

        assertThat(code).isEqualTo(ExitCodes.INVALID);
        JsonNode json = new ObjectMapper().readTree(out.toString());
        assertThat(json.get("valid").asBoolean()).isFalse();
        assertThat(json.at("/error/code").asText()).isEqualTo("mrz.BAD_EXPIRY_CHECK");
        assertThat(json.at("/error/message").asText()).contains("expiry date");
        assertThat(json.get("problems").findValuesAsText("code"))
                .containsExactly("mrz.BAD_EXPIRY_CHECK", "mrz.BAD_COMPOSITE_CHECK");
        assertThat(json.get("checks").get("expiryDate").asBoolean()).isFalse();
    }

    @Test
    void readsAPassportWithNullIdNumber() throws Exception {
        int code = run("mrz", "parse", "--json", "P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<",
                "L898902C36UTO7408122F1204159ZE184226B<<<<<10");

        assertThat(code).isEqualTo(ExitCodes.OK);
        JsonNode json = new ObjectMapper().readTree(out.toString());
        assertThat(json.get("format").asText()).isEqualTo("TD3");
        assertThat(json.get("idNumber").isNull()).isTrue();
        assertThat(json.get("birthDate").asText()).isEqualTo("1974-08-12");
        assertThat(json.get("sex").asText()).isEqualTo("F");
        assertThat(json.get("checks").get("personalNumber").asBoolean()).isTrue();
    }

    @Test
    void printsNullExpiryForACardWithoutExpiry() throws Exception {
        String line1 = "IDVNM0550001236025055000123<<7";
        String line2body = "5507205M9912315VNM<<<<<<<<<<<";
        String composite = line1.substring(5) + line2body.substring(0, 7) + line2body.substring(8, 15) + line2body.substring(18, 29);
        String line2 = line2body + CheckDigit.charOf(composite);

        int code = run("mrz", "parse", "--json", line1, line2, "LE<<VAN<C<<<<<<<<<<<<<<<<<<<<<");

        JsonNode json = new ObjectMapper().readTree(out.toString());
        assertThat(json.get("problems").toString()).isEqualTo("[]");
        assertThat(code).isEqualTo(ExitCodes.OK);
        assertThat(json.get("expiryDate").isNull()).isTrue();
    }

    @Test
    void printsTextWithChecksAndKeySeed() {
        int code = run("mrz", "parse", LINE1, LINE2, LINE3);

        assertThat(code).isEqualTo(ExitCodes.OK);
        assertThat(out.toString()).contains("valid TD1 MRZ", "001090123456", "idNumber ok",
                "BAC key seed: 7C982411E7BFC7420E579DCC18D88AF8");
    }

    @Test
    void printsFailedChecksAsErrorLinesOnStderr() {
        int code = run("mrz", "parse", LINE1, LINE2.replace("M3001019", "M3001018"), LINE3);

        assertThat(code).isEqualTo(ExitCodes.INVALID);
        assertThat(out.toString()).contains("invalid TD1 MRZ", "expiryDate FAILED");
        assertThat(err.toString()).contains("error mrz.BAD_EXPIRY_CHECK: ", "error mrz.BAD_COMPOSITE_CHECK: ");
    }

    @Test
    void rejectsAWrongLineCountWithItsCode() throws Exception {
        int code = run("mrz", "parse", "--json", LINE1);

        assertThat(code).isEqualTo(ExitCodes.INVALID);
        assertThat(new ObjectMapper().readTree(out.toString()).get("error").get("code").asText()).isEqualTo("mrz.BAD_LINE_COUNT");
    }
}
