package vn.congdanso.core;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The version of the congdanso SDK on the class path, as built by Maven. */
public final class SdkVersion {

    private static final String VERSION = load();

    private SdkVersion() {
    }

    /** The version, for example {@code 0.1.0}. */
    public static String current() {
        return VERSION;
    }

    /** The user agent the SDK's HTTP clients send: {@code congdanso-java/<version>}. */
    public static String userAgent() {
        return "congdanso-java/" + VERSION;
    }

    private static String load() {
        try (InputStream in = SdkVersion.class.getResourceAsStream("/vn/congdanso/core/version.properties")) {
            if (in == null) {
                throw new IllegalStateException("version.properties is missing from congdanso-core");
            }
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version");
        } catch (IOException e) {
            throw new IllegalStateException("cannot read version.properties from congdanso-core", e);
        }
    }
}
