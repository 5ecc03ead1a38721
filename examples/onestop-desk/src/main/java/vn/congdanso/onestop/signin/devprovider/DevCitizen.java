package vn.congdanso.onestop.signin.devprovider;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

import vn.congdanso.identity.card.CitizenId;

/**
 * The fictional citizen someone signs in as on the development provider's page.
 *
 * @param fullName  the name ({@code HoVaTen})
 * @param idNumber  the 12-digit ID number ({@code SoDinhDanh})
 * @param birthDate the birth date ({@code NgayThangNamSinh}, {@code yyyyMMdd})
 * @param acr       the assurance level the provider vouches for ({@code LoA1} or {@code LoA2})
 */
record DevCitizen(String fullName, CitizenId idNumber, LocalDate birthDate, String acr) {

    /** The defaults of the sign-in form: NGUYEN VAN A, a fictional ID number, level 2. */
    static final DevCitizen DEFAULT = new DevCitizen("NGUYEN VAN A", CitizenId.parse("001090000123"),
            LocalDate.of(1990, 1, 1), "LoA2");

    /** Rejects nulls. */
    DevCitizen {
        Objects.requireNonNull(fullName, "fullName");
        Objects.requireNonNull(idNumber, "idNumber");
        Objects.requireNonNull(birthDate, "birthDate");
        Objects.requireNonNull(acr, "acr");
    }

    /** The claims VNeID carries for the citizen, as the SDK's {@code ClaimMapping.vneid()} reads them. */
    Map<String, Object> claims() {
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put("HoVaTen", fullName);
        claims.put("name", fullName);
        claims.put("SoDinhDanh", idNumber.digits());
        claims.put("NgayThangNamSinh", birthDate.format(DateTimeFormatter.BASIC_ISO_DATE));
        return claims;
    }

    /** The masked ID number and the level only. */
    @Override
    public String toString() {
        return "DevCitizen[id=" + idNumber.masked() + ", acr=" + acr + "]";
    }
}
