-- Login throttling: consecutive failed logins per account and until when it is locked. In the database,
-- so that every node of a cluster counts the same attempts. Only accounts that exist get a row: failed
-- attempts for unknown user names are not stored, so guessing names cannot fill this table.
-- Portable SQL: runs unchanged on Apache Derby and PostgreSQL.

CREATE TABLE login_lockout (
    user_id          BIGINT       NOT NULL PRIMARY KEY,
    failed_attempts  INTEGER      NOT NULL,
    last_failed_at   TIMESTAMP,
    locked_until     TIMESTAMP,
    CONSTRAINT fk_login_lockout_user FOREIGN KEY (user_id) REFERENCES app_user (id) ON DELETE CASCADE
);
