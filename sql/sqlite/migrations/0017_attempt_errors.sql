-- 0017_attempt_errors on SQLite (issue 19: the dashboard's run page shows
-- every attempt's error, not only the latest): a file installed at 0016 gains
-- what schema.sql now creates (durablesql migrate applies it, in
-- BEGIN IMMEDIATE with the rest of the upgrade).
--   * the table durable_run_errors and its index;
--   * the view durable_attempt_errors.
-- The rest of 0017 is in queries.sql (it ships with the package, not in the
-- file): fail writes a row (outcome retrying, failed or cancelled), claim
-- writes one for each expired lease it ends, prune removes a run's rows with
-- the run, and attempt_errors reads the view.

-- Every attempt that ended in an error, in the order they ended: the error
-- fail was given, or the engine's own when a lease expired with no attempts
-- left (claim settles those), and what it led to.  A run row keeps only its
-- latest error; this keeps them all, for people reading a run's story.  A
-- lease that expired and was claimed again writes nothing here (the claim is
-- the hot path; the skipped attempt number says it).  prune removes the rows
-- with their run; retry keeps them (its attempts count from 1 again).
-- AUTOINCREMENT, as for runs and log lines: the ids order the rows and are
-- never handed out twice.
CREATE TABLE durable_run_errors (
    error_id  INTEGER PRIMARY KEY AUTOINCREMENT,
    run_id    INTEGER NOT NULL,
    attempt   INTEGER NOT NULL,
    worker    TEXT    NOT NULL,
    error     TEXT    NOT NULL,
    outcome   TEXT    NOT NULL CHECK (outcome IN ('retrying', 'failed', 'cancelled')),
    failed_at TEXT    NOT NULL
);
CREATE INDEX durable_run_errors_run ON durable_run_errors (run_id, error_id);

CREATE VIEW durable_attempt_errors AS
    SELECT run_id, error_id, attempt, outcome, error, worker, failed_at FROM durable_run_errors;

INSERT INTO durable_migrations (version, name, applied_at) VALUES
    (17, '0017_attempt_errors', strftime('%Y-%m-%d %H:%M:%f', 'now'));
