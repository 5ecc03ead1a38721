package vn.congdanso.onestop.desk;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

import org.apache.commons.logging.Log;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.properties.bind.BindResult;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.logging.DeferredLogFactory;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Turns the app's environment variables into the starter's {@code congdanso.*} properties, and
 * fills what is missing with embedded defaults kept in the data folder: an H2 file database,
 * sandbox gateway credentials and a receipt-signing key, generated on first start and reused
 * after. Everything set explicitly (environment, command line, properties file) wins: the
 * defaults are the lowest-precedence property source.
 *
 * <p>Payment gateways: a gateway is <em>real</em> when any of its credentials is configured
 * anywhere, as an environment variable ({@code VNPAY_TMN_CODE} and {@code VNPAY_HASH_SECRET};
 * {@code MOMO_PARTNER_CODE}, {@code MOMO_ACCESS_KEY} and {@code MOMO_SECRET_KEY};
 * {@code ZALOPAY_APP_ID}, {@code ZALOPAY_KEY1} and {@code ZALOPAY_KEY2}; {@code PAYOS_CLIENT_ID},
 * {@code PAYOS_API_KEY} and {@code PAYOS_CHECKSUM_KEY}) or as the starter's property in any form
 * Spring binds ({@code congdanso.payments.vnpay.hash-secret}, {@code hash-secret[0]},
 * {@code CONGDANSO_PAYMENTS_VNPAY_HASHSECRET}, …). A real gateway needs all of its credentials:
 * start-up fails naming the missing one, never falling back to the sandbox. When no gateway is
 * real, {@code onestop.sandbox=true} and VNPay, MoMo and ZaloPay run on generated credentials
 * against the built-in sandbox gateway; when any is real, {@code onestop.sandbox=false}, only the
 * real gateways are offered ({@code onestop.real-gateways}) and no sandbox credential is set.
 */
public final class DeskDefaults implements EnvironmentPostProcessor {

    /** The property source this adds, last in precedence. */
    public static final String SOURCE = "onestopDeskDefaults";
    static final String KEYS_FILE = "sandbox-keys.properties";
    static final String RECEIPT_KEY_FILE = "receipt-signing-key.pem";
    static final String RECEIPT_PUBLIC_KEY_FILE = "receipt-signing-key.pub.pem";

    /** Whether the built-in sandbox gateway runs (true exactly when no gateway is real). */
    public static final String SANDBOX = "onestop.sandbox";
    /** The gateways configured with real credentials, comma-separated ({@code vnpay,momo}). */
    public static final String REAL_GATEWAYS = "onestop.real-gateways";

    private static final SecureRandom RANDOM = new SecureRandom();

    /** A gateway's environment variables and the starter properties they become. */
    private record Gateway(String name, Map<String, String> variables, Map<String, Integer> sandboxSecretBytes) {
    }

    private static final List<Gateway> GATEWAYS = List.of(
            new Gateway("vnpay",
                    ordered("VNPAY_TMN_CODE", "congdanso.payments.vnpay.tmn-code",
                            "VNPAY_HASH_SECRET", "congdanso.payments.vnpay.hash-secret"),
                    Map.of("congdanso.payments.vnpay.hash-secret", 32)),
            new Gateway("momo",
                    ordered("MOMO_PARTNER_CODE", "congdanso.payments.momo.partner-code",
                            "MOMO_ACCESS_KEY", "congdanso.payments.momo.access-key",
                            "MOMO_SECRET_KEY", "congdanso.payments.momo.secret-key"),
                    Map.of("congdanso.payments.momo.access-key", 16, "congdanso.payments.momo.secret-key", 32)),
            new Gateway("zalopay",
                    ordered("ZALOPAY_APP_ID", "congdanso.payments.zalopay.app-id",
                            "ZALOPAY_KEY1", "congdanso.payments.zalopay.key1",
                            "ZALOPAY_KEY2", "congdanso.payments.zalopay.key2"),
                    Map.of("congdanso.payments.zalopay.key1", 32, "congdanso.payments.zalopay.key2", 32)),
            new Gateway("payos",
                    ordered("PAYOS_CLIENT_ID", "congdanso.payments.payos.client-id",
                            "PAYOS_API_KEY", "congdanso.payments.payos.api-key",
                            "PAYOS_CHECKSUM_KEY", "congdanso.payments.payos.checksum-key"),
                    Map.of("congdanso.payments.payos.api-key", 16, "congdanso.payments.payos.checksum-key", 32)));

    private static final Map<String, String> SANDBOX_IDS = Map.of(
            "congdanso.payments.vnpay.tmn-code", "SANDBOX1",
            "congdanso.payments.momo.partner-code", "MOMOSANDBOX",
            "congdanso.payments.zalopay.app-id", "2553",
            "congdanso.payments.payos.client-id", "payos-sandbox");

    private final Log log;

    /** Boot passes the deferred log factory: lines are written once logging is set up. */
    public DeskDefaults(DeferredLogFactory logFactory) {
        this.log = logFactory.getLog(DeskDefaults.class);
    }

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        DataFolder folder = new DataFolder(Path.of(dataDir(environment))).create();
        Map<String, Object> defaults = new LinkedHashMap<>();
        defaults.put(DataFolder.PROPERTY, folder.root().toString());
        defaults.put("spring.datasource.url", variable(environment, "CONGDANSO_JDBC_URL")
                .orElse("jdbc:h2:file:" + folder.file("onestop") + ";DB_CLOSE_ON_EXIT=FALSE"));
        gateways(folder, environment, defaults);
        receiptKeys(folder, environment, defaults);
        oidc(environment, defaults);
        environment.getPropertySources().addLast(new MapPropertySource(SOURCE, defaults));
    }

    /**
     * Decides real gateways against the sandbox (see the class comment), from the environment as
     * the operator configured it: the defaults are not in it yet.
     *
     * @throws IllegalStateException when a real gateway lacks a credential, or when
     *         {@code onestop.sandbox=true} is set while a gateway is real
     */
    private void gateways(DataFolder folder, ConfigurableEnvironment environment, Map<String, Object> defaults) {
        Binder binder = Binder.get(environment);
        List<String> real = new ArrayList<>();
        for (Gateway gateway : GATEWAYS) {
            Map<String, Optional<String>> credentials = new LinkedHashMap<>();
            gateway.variables().forEach((name, property) -> credentials.put(name,
                    variable(environment, name).or(() -> bound(binder, property))));
            if (credentials.values().stream().noneMatch(Optional::isPresent)) {
                continue;
            }
            credentials.forEach((name, value) -> {
                if (value.isEmpty()) {
                    throw new IllegalStateException("payment gateway " + gateway.name() + " is configured but "
                            + name + " (" + gateway.variables().get(name) + ") is missing: set all of "
                            + gateway.variables().keySet() + ", or none to use the built-in sandbox gateway");
                }
            });
            gateway.variables().forEach((name, property) -> variable(environment, name)
                    .ifPresent(value -> defaults.put(property, value)));
            real.add(gateway.name());
        }
        boolean sandbox = real.isEmpty() && binder.bind(SANDBOX, Boolean.class).orElse(true);
        if (!real.isEmpty() && binder.bind(SANDBOX, Boolean.class).orElse(false)) {
            throw new IllegalStateException(SANDBOX + "=true, but real credentials are configured for " + real
                    + ": the sandbox gateway runs only when no gateway is real");
        }
        if (sandbox) {
            Properties keys = sandboxKeys(folder);
            GATEWAYS.forEach(gateway -> gateway.variables().values()
                    .forEach(property -> defaults.put(property, keys.getProperty(property))));
        }
        defaults.put(SANDBOX, sandbox);
        defaults.put(REAL_GATEWAYS, String.join(",", real));
        reconciler(environment, binder, real, sandbox, defaults);
    }

    /**
     * Turns the reconciler on whenever some gateway can be asked: the sandbox, MoMo, ZaloPay and
     * payOS always (their credentials include the query keys), VNPay once the merchant server's
     * address for {@code querydr} is known ({@code VNPAY_SERVER_IP}, or
     * {@code congdanso.payments.vnpay.server-ip}). A real VNPay without it is still taken, its
     * orders are simply not reconciled, which is logged at WARN. An explicit
     * {@code congdanso.payments.reconcile.enabled} wins.
     */
    private void reconciler(ConfigurableEnvironment environment, Binder binder, List<String> real, boolean sandbox,
            Map<String, Object> defaults) {
        Optional<String> serverIp = variable(environment, "VNPAY_SERVER_IP")
                .or(() -> binder.bind("congdanso.payments.vnpay.server-ip", String.class).map(Optional::of)
                        .orElse(Optional.empty()));
        variable(environment, "VNPAY_SERVER_IP").ifPresent(ip -> defaults.put("congdanso.payments.vnpay.server-ip", ip));
        boolean vnpayUnqueried = real.contains("vnpay") && serverIp.isEmpty();
        if (vnpayUnqueried) {
            log.warn("VNPay is configured without VNPAY_SERVER_IP (congdanso.payments.vnpay.server-ip): "
                    + "VNPay orders whose IPN never comes are not reconciled");
        }
        boolean queryable = sandbox || real.stream().anyMatch(gateway -> !gateway.equals("vnpay")) || !vnpayUnqueried;
        defaults.put("congdanso.payments.reconcile.enabled", queryable);
    }

    /** A credential property's value, in any form Spring binds (a list property: its first element). */
    private static Optional<String> bound(Binder binder, String property) {
        BindResult<List<String>> values = binder.bind(property, Bindable.listOf(String.class));
        return values.map(list -> list.isEmpty() ? null : list.get(0)).map(Optional::of).orElse(Optional.empty())
                .filter(value -> !value.isBlank());
    }

    private static String dataDir(ConfigurableEnvironment environment) {
        return Optional.ofNullable(environment.getProperty(DataFolder.PROPERTY))
                .or(() -> variable(environment, "CONGDANSO_DATA_DIR"))
                .orElse("onestop-data");
    }

    private static Optional<String> variable(ConfigurableEnvironment environment, String name) {
        return Optional.ofNullable(environment.getProperty(name)).filter(value -> !value.isBlank());
    }

    /**
     * Sign-in: {@code OIDC_ISSUER}, {@code OIDC_CLIENT_ID}, {@code OIDC_CLIENT_SECRET} and
     * {@code OIDC_REDIRECT_URI} become the starter's {@code congdanso.oidc.*}. The redirect URI is
     * a link that leaves the desk, so by default it is {@code <public URL>/signin/callback}: the
     * public URL ({@code PUBLIC_BASE_URL}, {@code onestop.public-base-url}) when set, else the
     * bound address ({@code BIND_ADDRESS}; 127.0.0.1 when it is every interface) and port, as
     * {@link DeskAddress} has them. Without an issuer (neither the variable nor
     * {@code congdanso.oidc.issuer}), {@code onestop.signin.dev-provider=true} turns on the
     * built-in development provider instead.
     */
    private static void oidc(ConfigurableEnvironment environment, Map<String, Object> defaults) {
        Optional<String> issuer = variable(environment, "OIDC_ISSUER");
        issuer.ifPresent(value -> defaults.put("congdanso.oidc.issuer", value));
        variable(environment, "OIDC_CLIENT_ID").ifPresent(value -> defaults.put("congdanso.oidc.client-id", value));
        variable(environment, "OIDC_CLIENT_SECRET").ifPresent(value -> defaults.put("congdanso.oidc.client-secret", value));
        boolean configured = issuer.isPresent() || environment.containsProperty("congdanso.oidc.issuer");
        if (configured) {
            defaults.put("congdanso.oidc.redirect-uri", variable(environment, "OIDC_REDIRECT_URI")
                    .orElseGet(() -> publicBaseUrl(environment) + "/signin/callback"));
        }
        defaults.put("onestop.signin.dev-provider", !configured);
    }

    /** The desk's public base URL as configured, else its bound address and configured port. */
    private static String publicBaseUrl(ConfigurableEnvironment environment) {
        Optional<String> configured = variable(environment, DeskAddress.PUBLIC_BASE_URL)
                .or(() -> variable(environment, "PUBLIC_BASE_URL"))
                .map(url -> url.strip().endsWith("/") ? url.strip().substring(0, url.strip().length() - 1) : url.strip());
        if (configured.isPresent()) {
            return configured.get();
        }
        String address = environment.getProperty("server.address", "");
        String bound = address.isBlank() || "0.0.0.0".equals(address) || "::".equals(address) ? "127.0.0.1" : address;
        return "http://" + (bound.contains(":") ? "[" + bound + "]" : bound) + ":"
                + environment.getProperty("server.port", "8080");
    }

    /** Loads the generated sandbox credentials, generating and saving them on first start. */
    private static Properties sandboxKeys(DataFolder folder) {
        Path file = folder.file(KEYS_FILE);
        Properties keys = new Properties();
        if (Files.exists(file)) {
            try (var reader = Files.newBufferedReader(file)) {
                keys.load(reader);
                return keys;
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + file, e);
            }
        }
        keys.putAll(SANDBOX_IDS);
        GATEWAYS.forEach(gateway -> gateway.sandboxSecretBytes()
                .forEach((property, bytes) -> keys.setProperty(property, randomSecret(bytes))));
        StringWriter text = new StringWriter();
        try {
            keys.store(text, "Sandbox gateway credentials generated by onestop-desk: for the built-in sandbox gateway only");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        folder.writePrivate(KEYS_FILE, text.toString());
        return reload(text.toString());
    }

    private static Properties reload(String text) {
        Properties keys = new Properties();
        try {
            keys.load(new StringReader(text));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return keys;
    }

    /** The receipt signer's P-256 key pair, generated on first start unless a key is configured. */
    private static void receiptKeys(DataFolder folder, ConfigurableEnvironment environment, Map<String, Object> defaults) {
        if (environment.containsProperty("congdanso.receipts.signer.private-key")) {
            return;
        }
        Path privateKey = folder.file(RECEIPT_KEY_FILE);
        Path publicKey = folder.file(RECEIPT_PUBLIC_KEY_FILE);
        if (!Files.exists(privateKey) || !Files.exists(publicKey)) {
            KeyPair pair = P256.generate();
            folder.writePrivate(RECEIPT_PUBLIC_KEY_FILE, pem("PUBLIC KEY", pair.getPublic().getEncoded()));
            folder.writePrivate(RECEIPT_KEY_FILE, pem("PRIVATE KEY", pair.getPrivate().getEncoded()));
        }
        String kid = "onestop-" + fingerprint(publicKey);
        defaults.put("congdanso.receipts.signer.private-key", privateKey.toUri().toString());
        defaults.put("congdanso.receipts.signer.kid", kid);
        defaults.put("congdanso.receipts.signer.issuer", "UBND xã Thử Nghiệm (sandbox)");
        defaults.put("congdanso.receipts.verifier.public-keys." + kid, publicKey.toUri().toString());
    }


    private static String fingerprint(Path publicKey) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(publicKey));
            return HexFormat.of().formatHex(digest, 0, 4);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + publicKey, e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII)).encodeToString(der)
                + "\n-----END " + type + "-----\n";
    }

    private static String randomSecret(int bytes) {
        byte[] secret = new byte[bytes];
        RANDOM.nextBytes(secret);
        return HexFormat.of().withUpperCase().formatHex(secret).toUpperCase(Locale.ROOT);
    }

    private static Map<String, String> ordered(String... pairs) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put(pairs[i], pairs[i + 1]);
        }
        return map;
    }
}
