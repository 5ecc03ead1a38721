-- onestop-desk, flow 2: dossiers received at the desk. Portable between H2 2.3 and PostgreSQL 15;
-- applied at every start (spring.sql.init), so every statement is idempotent.

-- One row per receiving unit and day: the last sequence number handed out. A dossier code's
-- sequence comes from a conditional UPDATE of this row (the database serialises concurrent
-- desks), never from a counter in the JVM.
CREATE TABLE IF NOT EXISTS dossier_sequences (
    unit         VARCHAR(64) NOT NULL,
    received_on  DATE        NOT NULL,
    last_value   BIGINT      NOT NULL CHECK (last_value > 0),
    CONSTRAINT dossier_sequences_pk PRIMARY KEY (unit, received_on)
);

CREATE TABLE IF NOT EXISTS dossiers (
    code            VARCHAR(64)  NOT NULL,
    procedure_code  VARCHAR(32)  NOT NULL,
    procedure_name  VARCHAR(500) NOT NULL,
    applicant_name  VARCHAR(200) NOT NULL,
    id_number       VARCHAR(12)  NOT NULL,
    phone           VARCHAR(16),
    status          VARCHAR(32)  NOT NULL,
    received_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    due_at          TIMESTAMP WITH TIME ZONE,
    receipt         VARCHAR(2048) NOT NULL,
    CONSTRAINT dossiers_pk PRIMARY KEY (code),
    CONSTRAINT dossiers_status_ck CHECK (status IN ('RECEIVED', 'IN_PROGRESS', 'AWAITING_SUPPLEMENT', 'COMPLETED', 'REJECTED', 'WITHDRAWN'))
);
