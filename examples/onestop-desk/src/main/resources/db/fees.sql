-- Fees (issue 16, flow 3): the desk's own record of each fee order, beside the SDK's callback
-- store (congdanso_orders, which owns the PENDING -> PAID/FAILED transition), and the built-in
-- sandbox gateway's record of the payments it took. Portable between H2 2.3 and PostgreSQL 15;
-- every statement is idempotent (spring.sql.init runs it on every start). request_key is what the
-- gateway finds a payment by besides its reference: VNPay vnp_CreateDate, MoMo requestId, ZaloPay app_time.

CREATE TABLE IF NOT EXISTS fee_orders (
    ref            VARCHAR(40)  NOT NULL PRIMARY KEY,
    procedure_code VARCHAR(40)  NOT NULL,
    description    VARCHAR(255) NOT NULL,
    dossier_code   VARCHAR(64),
    amount         BIGINT       NOT NULL CHECK (amount > 0),
    status         VARCHAR(8)   DEFAULT 'PENDING' NOT NULL CHECK (status IN ('PENDING', 'PAID', 'FAILED')),
    gateway        VARCHAR(16),
    payment_count  INTEGER      DEFAULT 0 NOT NULL CHECK (payment_count >= 0),
    paid_amount    BIGINT       DEFAULT 0 NOT NULL CHECK (paid_amount >= 0),
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    settled_at     TIMESTAMP WITH TIME ZONE
);

CREATE INDEX IF NOT EXISTS fee_orders_created ON fee_orders (created_at);

CREATE TABLE IF NOT EXISTS fee_sandbox_payments (
    gateway        VARCHAR(16)  NOT NULL,
    order_ref      VARCHAR(100) NOT NULL,
    amount         BIGINT       NOT NULL CHECK (amount > 0),
    order_info     VARCHAR(255) NOT NULL,
    return_url     VARCHAR(1000) NOT NULL,
    request_key    VARCHAR(64)  NOT NULL,
    status         VARCHAR(8)   DEFAULT 'PENDING' NOT NULL CHECK (status IN ('PENDING', 'PAID', 'FAILED')),
    transaction_no VARCHAR(32),
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    settled_at     TIMESTAMP WITH TIME ZONE,
    PRIMARY KEY (gateway, order_ref)
);
