package vn.congdanso.core;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SdkVersionTest {

    @Test
    void knowsItsVersionAndUserAgent() {
        assertThat(SdkVersion.current()).matches("\\d+\\.\\d+\\.\\d+(-SNAPSHOT)?");
        assertThat(SdkVersion.userAgent()).isEqualTo("congdanso-java/" + SdkVersion.current());
    }
}
