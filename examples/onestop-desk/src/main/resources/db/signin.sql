-- Sign-in (flow 4). Times are epoch milliseconds (BIGINT): portable between H2 and PostgreSQL.

-- The built-in development provider's authorization codes: stored as their SHA-256 only,
-- redeemable once (UPDATE ... SET used_at WHERE used_at IS NULL), for one minute.
CREATE TABLE IF NOT EXISTS signin_dev_code (
    code_hash      VARCHAR(64)   NOT NULL PRIMARY KEY,
    client_id      VARCHAR(100)  NOT NULL,
    redirect_uri   VARCHAR(500)  NOT NULL,
    code_challenge VARCHAR(64)   NOT NULL,
    nonce          VARCHAR(256),
    subject        VARCHAR(64)   NOT NULL,
    claims         VARCHAR(2000) NOT NULL,
    acr            VARCHAR(16)   NOT NULL,
    auth_time      BIGINT        NOT NULL,
    expires_at     BIGINT        NOT NULL,
    used_at        BIGINT
);

-- QR-login sessions: the desk shows the QR, a phone signs in through it and approves it, the
-- desk claims the approval once. Only the name and the masked ID number are kept.
CREATE TABLE IF NOT EXISTS signin_qr_login (
    id              VARCHAR(64)  NOT NULL PRIMARY KEY,
    status          VARCHAR(16)  NOT NULL,
    created_at      BIGINT       NOT NULL,
    expires_at      BIGINT       NOT NULL,
    poll_millis     BIGINT       NOT NULL,
    subject         VARCHAR(256),
    full_name       VARCHAR(200),
    masked_id       VARCHAR(12),
    assurance_level VARCHAR(16),
    approved_at     BIGINT,
    claimed_at      BIGINT,
    CONSTRAINT signin_qr_login_status CHECK (status IN ('CREATED', 'SCANNED', 'APPROVED', 'DENIED', 'EXPIRED')),
    CONSTRAINT signin_qr_login_expiry CHECK (expires_at > created_at),
    CONSTRAINT signin_qr_login_approval CHECK ((status = 'APPROVED') = (subject IS NOT NULL)),
    CONSTRAINT signin_qr_login_claim CHECK (claimed_at IS NULL OR status = 'APPROVED')
);
