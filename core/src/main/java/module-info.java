/**
 * The foundation every congdanso module builds on: the exception tree, money, Vietnamese
 * text and time, crypto helpers, the HTTP transport and PII redaction.
 */
module vn.congdanso.core {
    requires transitive com.fasterxml.jackson.databind;
    requires transitive okhttp3;
    requires com.fasterxml.jackson.datatype.jsr310;
    requires com.fasterxml.jackson.datatype.jdk8;
    requires org.slf4j;

    exports vn.congdanso.core;
    exports vn.congdanso.core.text;
    exports vn.congdanso.core.time;
    exports vn.congdanso.core.crypto;
    exports vn.congdanso.core.http;
    exports vn.congdanso.core.privacy;
}
