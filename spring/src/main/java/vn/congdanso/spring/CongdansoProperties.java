package vn.congdanso.spring;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The {@code congdanso.*} configuration. Secrets are bound as text here only so Spring can bind
 * them; the auto-configuration turns them into {@link vn.congdanso.core.Secret} at start-up, and
 * {@link #toString()} of every part masks them. Their property names end in {@code secret} or
 * {@code key}, so Spring Boot's {@code /actuator/env} and {@code /actuator/configprops} sanitise
 * them.
 */
@ConfigurationProperties(prefix = "congdanso")
public class CongdansoProperties {

    private final Payments payments = new Payments();
    private final Receipts receipts = new Receipts();
    private final Transport transport = new Transport();
    private final Oidc oidc = new Oidc();
    private final Procedures procedures = new Procedures();

    /** The payment gateways, the callback endpoints and the reconciler. */
    public Payments getPayments() {
        return payments;
    }

    /** The signed-receipt keys. */
    public Receipts getReceipts() {
        return receipts;
    }

    /** The HTTP transport shared by the SDK's remote clients. */
    public Transport getTransport() {
        return transport;
    }

    /** The OpenID Connect (VNeID) client. */
    public Oidc getOidc() {
        return oidc;
    }

    /** The procedure directory. */
    public Procedures getProcedures() {
        return procedures;
    }

    @Override
    public String toString() {
        return "CongdansoProperties[" + payments + ", " + receipts + ", " + transport + ", " + oidc + ", "
                + procedures + "]";
    }

    /** {@code congdanso.procedures.*}: the administrative-procedure directory. */
    public static class Procedures {

        /** Where procedures are looked up: the bundled offline catalogue, or a remote service. */
        private ProceduresMode mode;

        /** The remote service's base URL, with mode=remote. */
        private String baseUrl;

        public ProceduresMode getMode() {
            return mode;
        }

        public void setMode(ProceduresMode mode) {
            this.mode = mode;
        }

        public String getBaseUrl() {
            return baseUrl;
        }

        public void setBaseUrl(String baseUrl) {
            this.baseUrl = baseUrl;
        }

        @Override
        public String toString() {
            return "Procedures[mode=" + mode + ", baseUrl=" + baseUrl + "]";
        }
    }

    /** Where the procedure directory looks procedures up. */
    public enum ProceduresMode {
        /** The catalogue bundled with congdanso-qr; no network. */
        OFFLINE,
        /** A service implementing the SDK's procedures contract, at {@code base-url}. */
        REMOTE
    }

    /** {@code congdanso.oidc.*}: the OpenID Connect client of VNeID or another provider. */
    public static class Oidc {

        /** The provider's issuer URL (https; plain http only to a loopback host). */
        private String issuer;

        /** The client id registered with the provider. */
        private String clientId;

        /** The client secret, sent as the token endpoint's client authentication. */
        private String clientSecret;

        /** How the client secret is sent at the token endpoint. */
        private ClientAuth clientAuthentication = ClientAuth.BASIC;

        /** The registered redirect URI the provider sends the browser back to. */
        private String redirectUri;

        /** The space-separated scopes; must include openid. */
        private String scope = "openid profile";

        /** The provider's acr values, lowest assurance first (default: VNeID's levels). */
        private List<String> acrLevels = new ArrayList<>();

        /** Whether to fetch the provider's endpoints from its discovery document at start-up. */
        private boolean discovery = true;

        /** The authorization endpoint, when discovery is off. */
        private String authorizationEndpoint;

        /** The token endpoint, when discovery is off. */
        private String tokenEndpoint;

        /** The JWKS URI, when discovery is off. */
        private String jwksUri;

        /** The userinfo endpoint, when discovery is off and the provider has one. */
        private String userinfoEndpoint;

        /** The RP-initiated logout endpoint, when discovery is off and the provider has one. */
        private String endSessionEndpoint;

        public String getIssuer() {
            return issuer;
        }

        public void setIssuer(String issuer) {
            this.issuer = issuer;
        }

        public String getClientId() {
            return clientId;
        }

        public void setClientId(String clientId) {
            this.clientId = clientId;
        }

        public String getClientSecret() {
            return clientSecret;
        }

        public void setClientSecret(String clientSecret) {
            this.clientSecret = clientSecret;
        }

        public ClientAuth getClientAuthentication() {
            return clientAuthentication;
        }

        public void setClientAuthentication(ClientAuth clientAuthentication) {
            this.clientAuthentication = clientAuthentication;
        }

        public String getRedirectUri() {
            return redirectUri;
        }

        public void setRedirectUri(String redirectUri) {
            this.redirectUri = redirectUri;
        }

        public String getScope() {
            return scope;
        }

        public void setScope(String scope) {
            this.scope = scope;
        }

        public List<String> getAcrLevels() {
            return acrLevels;
        }

        public void setAcrLevels(List<String> acrLevels) {
            this.acrLevels = acrLevels;
        }

        public boolean isDiscovery() {
            return discovery;
        }

        public void setDiscovery(boolean discovery) {
            this.discovery = discovery;
        }

        public String getAuthorizationEndpoint() {
            return authorizationEndpoint;
        }

        public void setAuthorizationEndpoint(String authorizationEndpoint) {
            this.authorizationEndpoint = authorizationEndpoint;
        }

        public String getTokenEndpoint() {
            return tokenEndpoint;
        }

        public void setTokenEndpoint(String tokenEndpoint) {
            this.tokenEndpoint = tokenEndpoint;
        }

        public String getJwksUri() {
            return jwksUri;
        }

        public void setJwksUri(String jwksUri) {
            this.jwksUri = jwksUri;
        }

        public String getUserinfoEndpoint() {
            return userinfoEndpoint;
        }

        public void setUserinfoEndpoint(String userinfoEndpoint) {
            this.userinfoEndpoint = userinfoEndpoint;
        }

        public String getEndSessionEndpoint() {
            return endSessionEndpoint;
        }

        public void setEndSessionEndpoint(String endSessionEndpoint) {
            this.endSessionEndpoint = endSessionEndpoint;
        }

        @Override
        public String toString() {
            return "Oidc[issuer=" + issuer + ", clientId=" + clientId + ", clientSecret=" + Masks.one(clientSecret)
                    + ", discovery=" + discovery + "]";
        }
    }

    /** How an OpenID Connect client sends its secret at the token endpoint. */
    public enum ClientAuth {
        /** {@code client_secret_basic}: in an HTTP Basic header. */
        BASIC,
        /** {@code client_secret_post}: as a form parameter. */
        POST
    }

    /**
     * {@code congdanso.transport.*}: the one {@code vn.congdanso.http.Transport} every SDK client
     * the starter builds shares.
     */
    public static class Transport {

        /** How long to wait for a TCP/TLS connection. */
        private Duration connectTimeout = Duration.ofSeconds(10);

        /** How long to wait between two reads of a response. */
        private Duration readTimeout = Duration.ofSeconds(30);

        /** The deadline of a whole call, retries and back-off waits included. */
        private Duration callTimeout = Duration.ofSeconds(60);

        /**
         * Follow redirects to the same scheme, host and port (weakens the default of following
         * none; logged at WARN).
         */
        private boolean allowSameHostRedirects;

        public Duration getConnectTimeout() {
            return connectTimeout;
        }

        public void setConnectTimeout(Duration connectTimeout) {
            this.connectTimeout = connectTimeout;
        }

        public Duration getReadTimeout() {
            return readTimeout;
        }

        public void setReadTimeout(Duration readTimeout) {
            this.readTimeout = readTimeout;
        }

        public Duration getCallTimeout() {
            return callTimeout;
        }

        public void setCallTimeout(Duration callTimeout) {
            this.callTimeout = callTimeout;
        }

        public boolean isAllowSameHostRedirects() {
            return allowSameHostRedirects;
        }

        public void setAllowSameHostRedirects(boolean allowSameHostRedirects) {
            this.allowSameHostRedirects = allowSameHostRedirects;
        }

        @Override
        public String toString() {
            return "Transport[connectTimeout=" + connectTimeout + ", readTimeout=" + readTimeout
                    + ", callTimeout=" + callTimeout + ", allowSameHostRedirects=" + allowSameHostRedirects + "]";
        }
    }

    /** {@code congdanso.receipts.*}: the keys of signed dossier receipts. */
    public static class Receipts {

        private final ReceiptSigner signer = new ReceiptSigner();
        private final ReceiptVerifier verifier = new ReceiptVerifier();

        /** The signing side (the issuing unit). */
        public ReceiptSigner getSigner() {
            return signer;
        }

        /** The verifying side. */
        public ReceiptVerifier getVerifier() {
            return verifier;
        }

        @Override
        public String toString() {
            return "Receipts[" + signer + ", " + verifier + "]";
        }
    }

    /** {@code congdanso.receipts.signer.*}. */
    public static class ReceiptSigner {

        /** The P-256 private key: PEM text, or a resource location such as {@code file:/etc/keys/receipt.pem}. */
        private String privateKey;

        /** The key identifier verifiers look the public key up by. */
        private String kid;

        /** The issuing unit's name as shown to citizens. */
        private String issuer;

        /** How long a receipt verifies after signing. */
        private Duration validity = Duration.ofDays(365);

        public String getPrivateKey() {
            return privateKey;
        }

        public void setPrivateKey(String privateKey) {
            this.privateKey = privateKey;
        }

        public String getKid() {
            return kid;
        }

        public void setKid(String kid) {
            this.kid = kid;
        }

        public String getIssuer() {
            return issuer;
        }

        public void setIssuer(String issuer) {
            this.issuer = issuer;
        }

        public Duration getValidity() {
            return validity;
        }

        public void setValidity(Duration validity) {
            this.validity = validity;
        }

        @Override
        public String toString() {
            return "ReceiptSigner[kid=" + kid + ", privateKey=" + Masks.one(privateKey) + "]";
        }
    }

    /** {@code congdanso.receipts.verifier.*}. */
    public static class ReceiptVerifier {

        /**
         * Trusted public keys by key identifier: each a {@code PUBLIC KEY} or {@code CERTIFICATE}
         * PEM text, or a resource location; several per identifier during a rotation.
         */
        private Map<String, List<String>> publicKeys = new LinkedHashMap<>();

        public Map<String, List<String>> getPublicKeys() {
            return publicKeys;
        }

        public void setPublicKeys(Map<String, List<String>> publicKeys) {
            this.publicKeys = publicKeys;
        }

        @Override
        public String toString() {
            return "ReceiptVerifier[kids=" + publicKeys.keySet() + "]";
        }
    }

    /** The {@code congdanso.payments.*} settings. */
    public static class Payments {

        private final Vnpay vnpay = new Vnpay();
        private final Momo momo = new Momo();
        private final Zalopay zalopay = new Zalopay();
        private final Payos payos = new Payos();
        private final Callbacks callbacks = new Callbacks();
        private final Reconcile reconcile = new Reconcile();

        /** VNPay. */
        public Vnpay getVnpay() {
            return vnpay;
        }

        /** MoMo. */
        public Momo getMomo() {
            return momo;
        }

        /** ZaloPay. */
        public Zalopay getZalopay() {
            return zalopay;
        }

        /** payOS. */
        public Payos getPayos() {
            return payos;
        }

        /** The callback endpoints and their exactly-once processor. */
        public Callbacks getCallbacks() {
            return callbacks;
        }

        /** The scheduled reconciler. */
        public Reconcile getReconcile() {
            return reconcile;
        }

        @Override
        public String toString() {
            return "Payments[" + vnpay + ", " + momo + ", " + zalopay + ", " + payos + ", " + callbacks + ", "
                    + reconcile + "]";
        }
    }

    /** {@code congdanso.payments.vnpay.*}: a VNPay terminal. */
    public static class Vnpay {

        /** The terminal code (vnp_TmnCode) VNPay assigned. */
        private String tmnCode;

        /** The hash secrets (vnp_HashSecret), newest first; older ones stay accepted during a rotation. */
        private List<String> hashSecret = new ArrayList<>();

        /** Which of the gateway's endpoints the API client calls. */
        private Environment environment = Environment.SANDBOX;

        /** The merchant server's IP address (vnp_IpAddr), sent with querydr; enables the reconciliation adapter. */
        private String serverIp;

        public String getTmnCode() {
            return tmnCode;
        }

        public void setTmnCode(String tmnCode) {
            this.tmnCode = tmnCode;
        }

        public List<String> getHashSecret() {
            return hashSecret;
        }

        public void setHashSecret(List<String> hashSecret) {
            this.hashSecret = hashSecret;
        }

        public Environment getEnvironment() {
            return environment;
        }

        public void setEnvironment(Environment environment) {
            this.environment = environment;
        }

        public String getServerIp() {
            return serverIp;
        }

        public void setServerIp(String serverIp) {
            this.serverIp = serverIp;
        }

        @Override
        public String toString() {
            return "Vnpay[tmnCode=" + tmnCode + ", hashSecret=" + Masks.count(hashSecret) + ", environment="
                    + environment + ", serverIp=" + serverIp + "]";
        }
    }

    /** {@code congdanso.payments.momo.*}: a MoMo partner. */
    public static class Momo {

        /** The partner code MoMo assigned. */
        private String partnerCode;

        /** The access key. */
        private String accessKey;

        /** The secret keys, newest first; older ones stay accepted during a rotation. */
        private List<String> secretKey = new ArrayList<>();

        /** Which of the gateway's endpoints the API client calls. */
        private Environment environment = Environment.SANDBOX;

        public String getPartnerCode() {
            return partnerCode;
        }

        public void setPartnerCode(String partnerCode) {
            this.partnerCode = partnerCode;
        }

        public String getAccessKey() {
            return accessKey;
        }

        public void setAccessKey(String accessKey) {
            this.accessKey = accessKey;
        }

        public List<String> getSecretKey() {
            return secretKey;
        }

        public void setSecretKey(List<String> secretKey) {
            this.secretKey = secretKey;
        }

        public Environment getEnvironment() {
            return environment;
        }

        public void setEnvironment(Environment environment) {
            this.environment = environment;
        }

        @Override
        public String toString() {
            return "Momo[partnerCode=" + partnerCode + ", accessKey=" + Masks.one(accessKey) + ", secretKey="
                    + Masks.count(secretKey) + ", environment=" + environment + "]";
        }
    }

    /** {@code congdanso.payments.zalopay.*}: a ZaloPay app. */
    public static class Zalopay {

        /** The app id ZaloPay assigned. */
        private String appId;

        /** The callback keys (key2), newest first; older ones stay accepted during a rotation. */
        private List<String> key2 = new ArrayList<>();

        /** The request-signing key (key1); enables the API client and the reconciliation adapter. */
        private String key1;

        /** Which of the gateway's endpoints the API client calls. */
        private Environment environment = Environment.SANDBOX;

        public String getAppId() {
            return appId;
        }

        public void setAppId(String appId) {
            this.appId = appId;
        }

        public List<String> getKey2() {
            return key2;
        }

        public void setKey2(List<String> key2) {
            this.key2 = key2;
        }

        public String getKey1() {
            return key1;
        }

        public void setKey1(String key1) {
            this.key1 = key1;
        }

        public Environment getEnvironment() {
            return environment;
        }

        public void setEnvironment(Environment environment) {
            this.environment = environment;
        }

        @Override
        public String toString() {
            return "Zalopay[appId=" + appId + ", key2=" + Masks.count(key2) + ", key1=" + Masks.one(key1)
                    + ", environment=" + environment + "]";
        }
    }

    /** {@code congdanso.payments.payos.*}: a payOS payment channel. */
    public static class Payos {

        /** The channel's client id. */
        private String clientId;

        /** The checksum keys, newest first; older ones stay accepted during a rotation. */
        private List<String> checksumKey = new ArrayList<>();

        /**
         * The API key (x-api-key); enables the API client and the reconciliation adapter. payOS
         * has one endpoint for testing and production.
         */
        private String apiKey;

        public String getClientId() {
            return clientId;
        }

        public void setClientId(String clientId) {
            this.clientId = clientId;
        }

        public List<String> getChecksumKey() {
            return checksumKey;
        }

        public void setChecksumKey(List<String> checksumKey) {
            this.checksumKey = checksumKey;
        }

        public String getApiKey() {
            return apiKey;
        }

        public void setApiKey(String apiKey) {
            this.apiKey = apiKey;
        }

        @Override
        public String toString() {
            return "Payos[clientId=" + clientId + ", checksumKey=" + Masks.count(checksumKey) + ", apiKey="
                    + Masks.one(apiKey) + "]";
        }
    }

    /** {@code congdanso.payments.callbacks.*}: the opt-in callback endpoints. */
    public static class Callbacks {

        /** Whether to expose one callback endpoint per configured gateway (needs a DataSource). */
        private boolean enabled;

        /** Path of the VNPay IPN endpoint (GET). */
        private String vnpayPath = "/congdanso/callbacks/vnpay";

        /** Path of the MoMo IPN endpoint (POST, JSON). */
        private String momoPath = "/congdanso/callbacks/momo";

        /** Path of the ZaloPay callback endpoint (POST, JSON). */
        private String zalopayPath = "/congdanso/callbacks/zalopay";

        /** Path of the payOS webhook endpoint (POST, JSON). */
        private String payosPath = "/congdanso/callbacks/payos";

        /** Who creates the callback tables: the SDK's migrate(), or nobody (the app's Flyway). */
        private Schema schema = Schema.AUTO;

        /** Upper bound of each store statement. */
        private Duration statementTimeout = Duration.ofSeconds(5);

        public boolean isEnabled() {
            return enabled;
        }

        public void setEnabled(boolean enabled) {
            this.enabled = enabled;
        }

        public String getVnpayPath() {
            return vnpayPath;
        }

        public void setVnpayPath(String vnpayPath) {
            this.vnpayPath = vnpayPath;
        }

        public String getMomoPath() {
            return momoPath;
        }

        public void setMomoPath(String momoPath) {
            this.momoPath = momoPath;
        }

        public String getZalopayPath() {
            return zalopayPath;
        }

        public void setZalopayPath(String zalopayPath) {
            this.zalopayPath = zalopayPath;
        }

        public String getPayosPath() {
            return payosPath;
        }

        public void setPayosPath(String payosPath) {
            this.payosPath = payosPath;
        }

        public Schema getSchema() {
            return schema;
        }

        public void setSchema(Schema schema) {
            this.schema = schema;
        }

        public Duration getStatementTimeout() {
            return statementTimeout;
        }

        public void setStatementTimeout(Duration statementTimeout) {
            this.statementTimeout = statementTimeout;
        }

        @Override
        public String toString() {
            return "Callbacks[enabled=" + enabled + ", schema=" + schema + "]";
        }
    }

    /** Which endpoints of a gateway its API client calls. */
    public enum Environment {
        /** The gateway's sandbox endpoints (the SDK's default). */
        SANDBOX,
        /** The gateway's production endpoints. */
        PRODUCTION
    }

    /** How the callback tables come to exist. */
    public enum Schema {
        /** The SDK's {@code migrate()} at start-up, unless Flyway is on the class path. */
        AUTO,
        /** Always the SDK's {@code migrate()} at start-up. */
        MIGRATE,
        /** Never: the app's own migrations (Flyway, Liquibase) create them. */
        NONE
    }

    /** {@code congdanso.payments.reconcile.*}: the scheduled reconciler. */
    public static class Reconcile {

        /** Whether to run the reconciler on a schedule (needs the callbacks and a PaymentQuery bean). */
        private boolean enabled;

        /** Time between two runs. */
        private Duration interval = Duration.ofMinutes(5);

        /** Orders PENDING for longer than this are queried. */
        private Duration olderThan = Duration.ofMinutes(15);

        /** At most this many orders per run. */
        private int batchSize = 100;

        public boolean isEnabled() {
            return enabled;
        }

        public void setEnabled(boolean enabled) {
            this.enabled = enabled;
        }

        public Duration getInterval() {
            return interval;
        }

        public void setInterval(Duration interval) {
            this.interval = interval;
        }

        public Duration getOlderThan() {
            return olderThan;
        }

        public void setOlderThan(Duration olderThan) {
            this.olderThan = olderThan;
        }

        public int getBatchSize() {
            return batchSize;
        }

        public void setBatchSize(int batchSize) {
            this.batchSize = batchSize;
        }

        @Override
        public String toString() {
            return "Reconcile[enabled=" + enabled + ", interval=" + interval + "]";
        }
    }

    private static final class Masks {

        private Masks() {
        }

        static String count(List<String> secrets) {
            return secrets.size() + " × ******";
        }

        static String one(String secret) {
            return secret == null ? "unset" : "******";
        }
    }
}
