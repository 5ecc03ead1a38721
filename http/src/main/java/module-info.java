/**
 * The HTTP transport that the SDK's remote clients (gateway APIs, the procedure directory,
 * OpenID Connect) share: OkHttp with one deadline per call, bounded retries, no cross-host
 * redirects, redacted logs and a JSON codec. Offline parsing and verification never need it.
 */
module vn.congdanso.http {
    requires transitive vn.congdanso.core;
    requires transitive okhttp3;
    requires transitive com.fasterxml.jackson.databind;
    requires com.fasterxml.jackson.datatype.jsr310;
    requires com.fasterxml.jackson.datatype.jdk8;
    requires org.slf4j;

    exports vn.congdanso.http;
}
