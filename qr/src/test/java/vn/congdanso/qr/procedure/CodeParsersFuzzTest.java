package vn.congdanso.qr.procedure;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Property: the code parsers accept or reject with an SDK exception, whatever the input. */
class CodeParsersFuzzTest {

    private static final String CODE_ALPHABET = "0123456789.GH";

    @Test
    void procedureCodeParserThrowsOnlySdkExceptions() {
        Fuzz fuzz = new Fuzz(1);
        List<String> seeds = List.of("1.001612", "1.001612.000.00.00.H01", "2.000635.000.00.15.G22");
        int accepted = Fuzz.run(i -> fuzz.mutate(fuzz.seed(seeds), CODE_ALPHABET), text -> {
            ProcedureCode code = ProcedureCode.parse(text);
            assertThat(code.toString()).isEqualTo(text);
            assertThat(ProcedureCode.parse(code.toString())).isEqualTo(code);
        });
        assertThat(accepted).isPositive();
    }

    @Test
    void agencyCodeParserThrowsOnlySdkExceptions() {
        Fuzz fuzz = new Fuzz(2);
        List<String> seeds = List.of("000.00.00.H41", "123.45.67.G09", "000.00.12.H01");
        int accepted = Fuzz.run(i -> fuzz.mutate(fuzz.seed(seeds), CODE_ALPHABET + "AZ"), text -> {
            AgencyCode code = AgencyCode.parse(text);
            assertThat(code.toString()).isEqualTo(text);
            code.parent().ifPresent(parent -> assertThat(parent.contains(code)).isTrue());
        });
        assertThat(accepted).isPositive();
    }

    @Test
    void dossierCodeParserThrowsOnlySdkExceptions() {
        Fuzz fuzz = new Fuzz(3);
        List<String> seeds = List.of("H15.50.05.13-261008-0975", "G09.20-20260609-0092637", "H41-280229-1");
        int accepted = Fuzz.run(i -> fuzz.mutate(fuzz.seed(seeds), CODE_ALPHABET + "-AZ"), text -> {
            DossierCode code = DossierCode.parse(text);
            assertThat(code.toString()).isEqualTo(text);
            assertThat(code.unit() + "-").isEqualTo(text.substring(0, code.unit().length() + 1));
        });
        assertThat(accepted).isPositive();
    }

    @Test
    void portalTemplateCheckThrowsOnlySdkExceptions() {
        Fuzz fuzz = new Fuzz(4);
        List<String> seeds = List.of("https://dvc.example.gov.vn/tt?ma={code}", "https://a.vn/{code}/x#y");
        Fuzz.run(i -> fuzz.mutate(fuzz.seed(seeds), "htps:/{}code.?=&#%[]@ "), PortalLinks::provincial);
    }
}
