package vn.congdanso.identity.oidc;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import vn.congdanso.core.RejectedException;
import vn.congdanso.identity.card.CitizenId;

import static java.util.Objects.requireNonNull;

/**
 * Which claims carry the citizen's data, per provider. The first claim of each list that is
 * present wins. A present claim of the wrong form (an ID number that is not 12 digits, a birth
 * date that is no real day) is refused with {@link OidcError#BAD_CLAIM_VALUE}, never guessed at.
 *
 * @param idNumberClaims               claims holding the 12-digit ID number
 * @param idNumberFromPreferredUsername also take {@code preferred_username} when it is exactly 12 digits
 * @param fullNameClaims               claims holding the full name
 * @param birthDateClaims              claims holding the birth date
 * @param birthDatePattern             the birth date's {@link DateTimeFormatter} pattern, strictly resolved
 */
public record ClaimMapping(List<String> idNumberClaims, boolean idNumberFromPreferredUsername,
        List<String> fullNameClaims, List<String> birthDateClaims, String birthDatePattern) {

    /** Validates and freezes the components. */
    public ClaimMapping {
        idNumberClaims = List.copyOf(requireNonNull(idNumberClaims, "idNumberClaims == null"));
        fullNameClaims = List.copyOf(requireNonNull(fullNameClaims, "fullNameClaims == null"));
        birthDateClaims = List.copyOf(requireNonNull(birthDateClaims, "birthDateClaims == null"));
        DateTimeFormatter.ofPattern(requireNonNull(birthDatePattern, "birthDatePattern == null"));
    }

    /**
     * The national sign-on's claims: {@code SoDinhDanh} (or a 12-digit {@code preferred_username}),
     * {@code HoVaTen} (else the standard {@code name}), {@code NgayThangNamSinh} as {@code yyyyMMdd}.
     */
    public static ClaimMapping vneid() {
        return new ClaimMapping(List.of("SoDinhDanh"), true, List.of("HoVaTen", "name"),
                List.of("NgayThangNamSinh"), "uuuuMMdd");
    }

    /**
     * The citizen from a verified ID token and, optionally, the userinfo claims (already checked
     * to have the same {@code sub}); the ID token's claims win where both have one.
     */
    public CitizenIdentity map(VerifiedIdToken idToken, Map<String, Object> userinfo) {
        requireNonNull(idToken, "idToken == null");
        requireNonNull(userinfo, "userinfo == null");
        Map<String, Object> claims = new LinkedHashMap<>(userinfo);
        claims.putAll(idToken.claims());
        return new CitizenIdentity(idToken.subject(), idNumber(claims), first(claims, fullNameClaims),
                birthDate(claims), idToken.acr(), claims);
    }

    private Optional<CitizenId> idNumber(Map<String, Object> claims) {
        Optional<String> value = first(claims, idNumberClaims);
        if (value.isPresent()) {
            if (!CitizenId.isValid(value.get())) {
                throw new RejectedException(OidcError.BAD_CLAIM_VALUE, "the ID-number claim is not 12 digits");
            }
            return Optional.of(CitizenId.parse(value.get()));
        }
        Object username = claims.get("preferred_username");
        return idNumberFromPreferredUsername && username instanceof String text && CitizenId.isValid(text)
                ? Optional.of(CitizenId.parse(text)) : Optional.empty();
    }

    private Optional<LocalDate> birthDate(Map<String, Object> claims) {
        DateTimeFormatter format = DateTimeFormatter.ofPattern(birthDatePattern).withResolverStyle(ResolverStyle.STRICT);
        return first(claims, birthDateClaims).map(text -> {
            try {
                return LocalDate.parse(text, format);
            } catch (DateTimeParseException e) {
                throw new RejectedException(OidcError.BAD_CLAIM_VALUE,
                        "the birth-date claim does not match " + birthDatePattern);
            }
        });
    }

    private static Optional<String> first(Map<String, Object> claims, List<String> names) {
        for (String name : names) {
            Object value = claims.get(name);
            if (value instanceof String text && !text.isEmpty()) {
                return Optional.of(text);
            }
        }
        return Optional.empty();
    }
}
