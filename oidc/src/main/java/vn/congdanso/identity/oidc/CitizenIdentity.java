package vn.congdanso.identity.oidc;

import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import vn.congdanso.core.privacy.Redactor;
import vn.congdanso.identity.card.CitizenId;

import static java.util.Objects.requireNonNull;

/**
 * The signed-in citizen, mapped from the ID token and userinfo by a {@link ClaimMapping}.
 * {@link #toString()} masks the ID number and the name and leaves out the birth date and raw claims.
 *
 * @param subject        the provider's stable subject identifier ({@code sub})
 * @param idNumber       the 12-digit personal identification number, when a claim carried it
 * @param fullName       the full name ({@code HoVaTen}), when present
 * @param birthDate      the birth date ({@code NgayThangNamSinh}), when present
 * @param assuranceLevel the verified {@code acr}, when present
 * @param claims         every claim of the ID token, completed by userinfo (unmodifiable)
 */
public record CitizenIdentity(String subject, Optional<CitizenId> idNumber, Optional<String> fullName,
        Optional<LocalDate> birthDate, Optional<String> assuranceLevel, Map<String, Object> claims) {

    /** Validates and freezes the components. */
    public CitizenIdentity {
        requireNonNull(subject, "subject == null");
        requireNonNull(idNumber, "idNumber == null");
        requireNonNull(fullName, "fullName == null");
        requireNonNull(birthDate, "birthDate == null");
        requireNonNull(assuranceLevel, "assuranceLevel == null");
        claims = Collections.unmodifiableMap(new LinkedHashMap<>(requireNonNull(claims, "claims == null")));
    }

    /** Masked: {@code CitizenIdentity[id=********0123, name=N***********, acr=LoA2]}. */
    @Override
    public String toString() {
        return "CitizenIdentity[id=" + idNumber.map(CitizenId::masked).orElse("-")
                + ", name=" + fullName.map(CitizenIdentity::maskName).orElse("-")
                + ", acr=" + assuranceLevel.orElse("-") + "]";
    }

    private static String maskName(String name) {
        return name.isEmpty() ? name : name.charAt(0) + String.valueOf(Redactor.MASK).repeat(name.length() - 1);
    }
}
