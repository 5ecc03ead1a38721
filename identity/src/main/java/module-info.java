/**
 * The citizen ID card: card QR, ID number, MRZ, chip access keys, consistency checks.
 * Everything here works offline: no HTTP client, no AWT.
 */
module vn.congdanso.identity {
    requires transitive vn.congdanso.core;
    requires com.fasterxml.jackson.databind;
    requires org.slf4j;

    exports vn.congdanso.identity.card;
    exports vn.congdanso.identity.mrz;
    exports vn.congdanso.identity.consistency;
}
