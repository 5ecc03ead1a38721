/** The congdanso command-line tool. */
module vn.congdanso.cli {
    requires vn.congdanso.core;
    requires vn.congdanso.qr;
    requires vn.congdanso.identity;
    requires vn.congdanso.payments;
    requires vn.congdanso.http;
    requires vn.congdanso.oidc;
    requires info.picocli;

    exports vn.congdanso.cli;
    opens vn.congdanso.cli to info.picocli;
}
