package vn.congdanso.identity.oidc;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import vn.congdanso.core.RejectedException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ClaimMappingTest {

    @Test
    void mapsTheNationalSignOnsClaims() {
        CitizenIdentity citizen = ClaimMapping.vneid().map(token(Map.of("SoDinhDanh", "001090000123",
                "HoVaTen", "NGUYEN VAN A", "NgayThangNamSinh", "19900101")), Map.of());

        assertThat(citizen.idNumber().orElseThrow().digits()).isEqualTo("001090000123");
        assertThat(citizen.fullName()).contains("NGUYEN VAN A");
        assertThat(citizen.birthDate()).contains(LocalDate.of(1990, 1, 1));
        assertThat(citizen.assuranceLevel()).contains("LoA2");
    }

    @Test
    void takesA12DigitPreferredUsernameAsTheIdNumber() {
        CitizenIdentity citizen = ClaimMapping.vneid().map(token(Map.of("preferred_username", "001090000123")), Map.of());

        assertThat(citizen.idNumber().orElseThrow().digits()).isEqualTo("001090000123");
        assertThat(ClaimMapping.vneid().map(token(Map.of("preferred_username", "nguyenvana")), Map.of()).idNumber())
                .isEmpty();
    }

    @Test
    void letsTheIdTokenWinOverUserinfo() {
        CitizenIdentity citizen = ClaimMapping.vneid().map(token(Map.of("HoVaTen", "NGUYEN VAN A")),
                Map.of("HoVaTen", "NGUYEN VAN B", "NgayThangNamSinh", "19900101"));

        assertThat(citizen.fullName()).contains("NGUYEN VAN A");
        assertThat(citizen.birthDate()).contains(LocalDate.of(1990, 1, 1));
    }

    @Test
    void usesAProvidersOwnClaimNames() {
        ClaimMapping mapping = new ClaimMapping(List.of("citizen_id"), false, List.of("name"), List.of("birthdate"),
                "uuuu-MM-dd");

        CitizenIdentity citizen = mapping.map(token(Map.of("citizen_id", "001090000123", "name", "NGUYEN VAN A",
                "birthdate", "1990-01-01")), Map.of());

        assertThat(citizen.idNumber()).isPresent();
        assertThat(citizen.birthDate()).contains(LocalDate.of(1990, 1, 1));
    }

    @Test
    void rejectsAnIdNumberClaimThatIsNot12Digits() {
        assertThatThrownBy(() -> ClaimMapping.vneid().map(token(Map.of("SoDinhDanh", "00109000012")), Map.of()))
                .isInstanceOfSatisfying(RejectedException.class, e -> {
                    assertThat(e.code()).isEqualTo(OidcError.BAD_CLAIM_VALUE);
                    assertThat(e.getMessage()).doesNotContain("00109000012");
                });
    }

    @Test
    void rejectsABirthDateThatIsNoRealDay() {
        assertThatThrownBy(() -> ClaimMapping.vneid().map(token(Map.of("NgayThangNamSinh", "19900230")), Map.of()))
                .isInstanceOfSatisfying(RejectedException.class, e -> {
                    assertThat(e.code()).isEqualTo(OidcError.BAD_CLAIM_VALUE);
                    assertThat(e.getMessage()).doesNotContain("19900230");
                    assertThat(e.getCause()).isNull();
                });
    }

    @Test
    void masksTheIdNumberAndNameInToString() {
        CitizenIdentity citizen = ClaimMapping.vneid().map(token(Map.of("SoDinhDanh", "001090000123",
                "HoVaTen", "NGUYEN VAN A", "NgayThangNamSinh", "19900101")), Map.of());

        assertThat(citizen.toString()).contains("********0123").contains("N***********")
                .doesNotContain("NGUYEN").doesNotContain("001090").doesNotContain("1990");
    }

    private static VerifiedIdToken token(Map<String, Object> claims) {
        Instant now = TestKeys.NOW;
        return new VerifiedIdToken(TestKeys.ISSUER, "subject-1", List.of(TestKeys.CLIENT_ID), now.plusSeconds(60), now,
                Optional.empty(), Optional.of("LoA2"), claims);
    }
}
