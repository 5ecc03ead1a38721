/**
 * The foundation every congdanso module builds on: the exception tree, money, Vietnamese
 * text and time, crypto helpers and PII redaction. It depends on slf4j-api only.
 */
module vn.congdanso.core {
    requires org.slf4j;

    exports vn.congdanso.core;
    exports vn.congdanso.core.text;
    exports vn.congdanso.core.time;
    exports vn.congdanso.core.crypto;
    exports vn.congdanso.core.privacy;
}
