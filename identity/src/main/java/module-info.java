/**
 * The citizen ID card: card QR, ID number, MRZ, chip access keys, consistency checks, and the
 * server-side verification of the data read from the card's chip (passive authentication).
 * Everything here works offline: no HTTP client, no AWT. BouncyCastle is used through a private
 * provider instance, never registered globally.
 */
module vn.congdanso.identity {
    requires transitive vn.congdanso.core;
    requires com.fasterxml.jackson.databind;
    requires org.slf4j;
    requires org.bouncycastle.provider;
    requires org.bouncycastle.pkix;
    requires org.bouncycastle.util;

    exports vn.congdanso.identity.card;
    exports vn.congdanso.identity.mrz;
    exports vn.congdanso.identity.consistency;
    exports vn.congdanso.identity.chip;
}
