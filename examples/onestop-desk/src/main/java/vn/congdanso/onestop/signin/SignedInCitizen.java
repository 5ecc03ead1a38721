package vn.congdanso.onestop.signin;

import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

import jakarta.servlet.http.HttpSession;

import vn.congdanso.identity.card.CitizenId;
import vn.congdanso.identity.oidc.CitizenIdentity;

/**
 * The citizen signed in on this browser session, as the desk shows it: the name, the ID number
 * masked but its last four digits, the verified assurance level. The full ID number is never kept.
 * Other features read it with {@link #of(HttpSession)}. {@link #toString()} masks the name.
 *
 * @param subject        the provider's subject identifier
 * @param fullName       the name from the ID token ({@code HoVaTen} or {@code name}), empty if none
 * @param maskedId       the ID number masked but its last four digits, empty if none
 * @param assuranceLevel the verified {@code acr}, empty if none
 * @param signedInAt     when the sign-in completed
 * @param viaQr          whether the sign-in came through a QR login approved on another device
 */
public record SignedInCitizen(String subject, String fullName, String maskedId, String assuranceLevel,
        Instant signedInAt, boolean viaQr) implements Serializable {

    /** The HTTP session attribute holding it. */
    public static final String SESSION_ATTRIBUTE = "onestop.signin.citizen";

    /** Rejects nulls. */
    public SignedInCitizen {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(fullName, "fullName");
        Objects.requireNonNull(maskedId, "maskedId");
        Objects.requireNonNull(assuranceLevel, "assuranceLevel");
        Objects.requireNonNull(signedInAt, "signedInAt");
    }

    /** What the desk keeps of a verified sign-in. */
    static SignedInCitizen from(CitizenIdentity citizen, Instant now, boolean viaQr) {
        return new SignedInCitizen(citizen.subject(), citizen.fullName().orElse(""),
                citizen.idNumber().map(CitizenId::masked).orElse(""), citizen.assuranceLevel().orElse(""), now, viaQr);
    }

    /** The citizen signed in on {@code session}, if any. */
    public static Optional<SignedInCitizen> of(HttpSession session) {
        return session == null ? Optional.empty()
                : Optional.ofNullable(session.getAttribute(SESSION_ATTRIBUTE)).map(SignedInCitizen.class::cast);
    }

    /** The masked ID and level; the name reduced to its initial. */
    @Override
    public String toString() {
        return "SignedInCitizen[name=" + (fullName.isEmpty() ? "-" : fullName.charAt(0) + "***")
                + ", id=" + maskedId + ", acr=" + assuranceLevel + ", qr=" + viaQr + "]";
    }
}
