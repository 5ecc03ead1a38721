package vn.congdanso.identity.oidc;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import vn.congdanso.core.RejectedException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class QrLoginSessionTest {

    private static final String PAYLOAD = "vneid://login?session=qr-1&challenge=test-only";

    private final ProviderKeysTest.MutableClock clock = new ProviderKeysTest.MutableClock(TestKeys.NOW);

    private QrLoginSession start() {
        return QrLoginSession.start("qr-1", PAYLOAD, Duration.ofMinutes(2), Duration.ofSeconds(2), clock);
    }

    @Test
    void goesFromCreatedThroughScannedToApproved() {
        QrLoginSession session = start();

        QrLoginSession scanned = session.observe(QrLoginStatus.SCANNED, clock);
        QrLoginSession approved = scanned.observe(QrLoginStatus.APPROVED, clock);

        assertThat(session.status()).isEqualTo(QrLoginStatus.CREATED);
        assertThat(scanned.status()).isEqualTo(QrLoginStatus.SCANNED);
        assertThat(approved.status()).isEqualTo(QrLoginStatus.APPROVED);
        assertThat(approved.nextPollDelay(clock)).isZero();
    }

    @Test
    void expiresWhenItsLifetimeEndsWhateverIsReportedLater() {
        QrLoginSession scanned = start().observe(QrLoginStatus.SCANNED, clock);
        clock.advance(Duration.ofMinutes(2));

        assertThat(scanned.expireIfDue(clock).status()).isEqualTo(QrLoginStatus.EXPIRED);
        assertThat(scanned.observe(QrLoginStatus.APPROVED, clock).status()).isEqualTo(QrLoginStatus.EXPIRED);
    }

    @Test
    void refusesTransitionsOutOfAFinalState() {
        QrLoginSession denied = start().observe(QrLoginStatus.DENIED, clock);

        assertThatThrownBy(() -> denied.observe(QrLoginStatus.APPROVED, clock))
                .isInstanceOfSatisfying(RejectedException.class,
                        e -> assertThat(e.code()).isEqualTo(OidcError.BAD_SESSION_STATE));
        assertThatThrownBy(() -> start().observe(QrLoginStatus.SCANNED, clock).observe(QrLoginStatus.CREATED, clock))
                .isInstanceOf(RejectedException.class);
        assertThat(denied.observe(QrLoginStatus.DENIED, clock)).isEqualTo(denied);
    }

    @Test
    void reloadsOnlyAnExpiredOrDeniedSession() {
        assertThatThrownBy(() -> start().reload("qr-2", PAYLOAD, clock)).isInstanceOfSatisfying(RejectedException.class,
                e -> assertThat(e.code()).isEqualTo(OidcError.BAD_SESSION_STATE));
        QrLoginSession first = start();
        clock.advance(Duration.ofMinutes(3));

        QrLoginSession fresh = first.reload("qr-2", PAYLOAD, clock);

        assertThat(fresh.status()).isEqualTo(QrLoginStatus.CREATED);
        assertThat(fresh.id()).isEqualTo("qr-2");
        assertThat(fresh.expiresAt()).isEqualTo(clock.instant().plus(Duration.ofMinutes(2)));
    }

    @Test
    void neverSchedulesAPollPastTheExpiry() {
        QrLoginSession session = start();
        assertThat(session.nextPollDelay(clock)).isEqualTo(Duration.ofSeconds(2));
        clock.advance(Duration.ofSeconds(119));

        assertThat(session.nextPollDelay(clock)).isEqualTo(Duration.ofSeconds(1));
    }

    @Test
    void rendersThePayloadAsAQrWithoutShowingItInToString() {
        QrLoginSession session = start();

        assertThat(session.svg()).contains("<svg").contains("</svg>");
        assertThat(session.qrCode().size()).isGreaterThan(20);
        assertThat(session.toString()).doesNotContain("challenge");
    }
}
