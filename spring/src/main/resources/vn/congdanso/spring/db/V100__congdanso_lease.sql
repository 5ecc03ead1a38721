-- congdanso Spring Boot starter: one row per scheduled job; the instance named in owner runs it
-- until expires_at (epoch milliseconds). Taken with a conditional UPDATE, or an INSERT for a new job.
CREATE TABLE IF NOT EXISTS congdanso_lease (
    name       VARCHAR(64)  NOT NULL PRIMARY KEY,
    owner      VARCHAR(128) NOT NULL,
    expires_at BIGINT       NOT NULL
);
