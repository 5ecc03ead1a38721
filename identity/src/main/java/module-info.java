/** The citizen ID card: card QR, ID number, MRZ, chip access keys, consistency checks. */
module vn.congdanso.identity {
    requires transitive vn.congdanso.core;
    requires transitive vn.congdanso.qr;
    requires org.slf4j;

    exports vn.congdanso.identity.card;
    exports vn.congdanso.identity.mrz;
    exports vn.congdanso.identity.consistency;
}
