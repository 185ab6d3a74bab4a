-- ============================================================================
-- durablesql on SQLite: the tables, indexes, triggers and views.
--
-- SQLite has no stored procedures: the operations are the named statements of
-- queries.sql, run by the driver (or by any program) on a connection that has
-- registered six functions:
--   durable_now()                       the connection's clock: UTC text
--                                       'YYYY-MM-DD HH:MM:SS.SSS', or the fake
--                                       time set by durable_set_fake_now
--   durable_set_fake_now(text | NULL)   move that clock (NULL: real time again)
--   durable_traceparent()               the connection's W3C traceparent, set by
--   durable_set_traceparent(text | NULL) the other (NULL: none); enqueue stores
--                                       it in meta when meta has none
--   durable_cron_next(cron, after, zone) the first fire time strictly after
--                                       `after` (the one rule written in Python)
--   durable_error(code, message)        raise the engine's error 'DSnnn: message'
--                                       (RAISE(ABORT, …) takes only a constant
--                                       text before SQLite 3.47, and the messages
--                                       name the bad value)
-- The views that read the clock (durable_queue_stats, durable_slo_status) need
-- them too.
--
-- Conventions (see README, "Dialects"): every object is prefixed durable_, so
-- the engine can share the application's own database file (which is what
-- makes an enqueue part of the application's transaction); times are UTC text
-- in SQLite's millisecond format, which sorts as it compares; intervals are
-- seconds (REAL); arrays and documents are JSON text.  No math functions
-- (they are a compile-time option): a backoff doubles with a bit shift.
--
-- Unlike PostgreSQL there is one table of runs, live and terminal: SQLite
-- writes one transaction at a time, so the hot table gains nothing from a
-- separate history, and there are no partitions to drop.
-- ============================================================================

CREATE TABLE durable_migrations (
    version    INTEGER PRIMARY KEY,
    name       TEXT NOT NULL UNIQUE,
    applied_at TEXT NOT NULL
);

-- Defaults and limits a DBA may tune with a plain UPDATE (intervals in seconds).
CREATE TABLE durable_settings (
    name        TEXT PRIMARY KEY,
    value       TEXT NOT NULL,
    description TEXT NOT NULL
);

INSERT INTO durable_settings (name, value, description) VALUES
    ('retention',       '2592000', 'seconds: terminal runs older than this are removed by prune'),
    ('max_args_bytes',  '1048576', 'largest accepted args document, in bytes'),
    ('max_attempts',    '3',       'define_job default when max_attempts is NULL'),
    ('retry_behavior',  'fixed',   'define_job default when retry_behavior is NULL: fixed | backoff'),
    ('retry_delay',     '5',       'seconds: define_job default when retry_delay is NULL'),
    ('retry_max_delay', '3600',    'seconds: define_job default when retry_max_delay is NULL'),
    ('retry_jitter',    '0',       'define_job default when retry_jitter is NULL (0..1)');

-- The bounds and words the operations accept (durable.limits() on PostgreSQL),
-- read by clients so that none keeps a copy, and by queries.sql's checks.
CREATE VIEW durable_limits AS
    SELECT json('{
        "max_name_length": 128,
        "max_key_length": 512,
        "max_log_message": 65536,
        "max_progress_note": 1000,
        "max_attempts": 10000,
        "max_claim_runs": 10000,
        "max_depends_on": 1000,
        "max_list_runs": 10000,
        "max_cron_preview": 1000,
        "max_interval": 315576000,
        "min_max_args_bytes": 1024,
        "run_statuses": ["waiting", "pending", "leased", "succeeded", "failed", "cancelled"],
        "terminal_statuses": ["succeeded", "failed", "cancelled"],
        "log_levels": ["debug", "info", "warning", "error"],
        "claim_strategies": ["priority", "strict", "weighted"],
        "retry_behaviors": ["fixed", "backoff"],
        "catch_up": ["skip_missed", "catch_up"],
        "sync_existing": ["keep_database", "update_from_code"],
        "sync_orphaned": ["disable", "ignore"]
    }') AS limits;

-- ----------------------------------------------------------------------------
-- Queues: a row appears when a job names the queue, a run is sent to it, or
-- set_queue configures it.  paused: nothing is claimed from it; weight: its
-- share under strategy 'weighted'; concurrency_limit: leased runs at once;
-- lag_slo: its lag objective in seconds (durable_slo_status), last because
-- migration 0016 adds it there.
-- ----------------------------------------------------------------------------
CREATE TABLE durable_queues (
    queue             TEXT PRIMARY KEY,
    paused            INTEGER NOT NULL DEFAULT 0,
    created_at        TEXT    NOT NULL,
    priority          INTEGER NOT NULL DEFAULT 0,
    weight            INTEGER NOT NULL DEFAULT 1 CHECK (weight >= 1),
    concurrency_limit INTEGER CHECK (concurrency_limit >= 1),
    lag_slo           REAL CHECK (lag_slo > 0)
);

CREATE TABLE durable_jobs (
    job_name          TEXT PRIMARY KEY,
    queue             TEXT    NOT NULL,
    max_attempts      INTEGER NOT NULL,
    retry_behavior    TEXT    NOT NULL CHECK (retry_behavior IN ('fixed', 'backoff')),
    retry_delay       REAL    NOT NULL,  -- seconds
    retry_max_delay   REAL    NOT NULL,  -- seconds
    retry_jitter      REAL    NOT NULL,
    timeout           REAL,              -- seconds
    priority          INTEGER NOT NULL,
    created_at        TEXT    NOT NULL,
    updated_at        TEXT    NOT NULL,
    concurrency_limit INTEGER CHECK (concurrency_limit >= 1),
    keep_succeeded    INTEGER NOT NULL DEFAULT 1
);

-- ----------------------------------------------------------------------------
-- Runs, live and terminal.  AUTOINCREMENT: a plain rowid is reused after the
-- newest run is pruned, and a run id must name one run forever.
-- ----------------------------------------------------------------------------
CREATE TABLE durable_runs (
    run_id              INTEGER PRIMARY KEY AUTOINCREMENT,
    job_name            TEXT    NOT NULL,
    queue               TEXT    NOT NULL,
    status              TEXT    NOT NULL CHECK (status IN ('waiting', 'pending', 'leased',
                                                           'succeeded', 'failed', 'cancelled')),
    args                TEXT    NOT NULL,          -- a JSON object
    result              TEXT,                      -- JSON, once succeeded
    priority            INTEGER NOT NULL,
    run_at              TEXT    NOT NULL,          -- due time of the next attempt
    attempt             INTEGER NOT NULL DEFAULT 0,
    max_attempts        INTEGER NOT NULL,
    timeout             REAL,                      -- seconds
    unique_key          TEXT,
    concurrency_key     TEXT,
    tags                TEXT,                      -- a JSON array of texts
    worker              TEXT,                      -- lease owner (kept once terminal)
    lease_expires_at    TEXT,
    started_at          TEXT,
    cancel_requested_at TEXT,
    error               TEXT,
    created_at          TEXT    NOT NULL,
    finished_at         TEXT,                      -- set exactly when terminal
    depends_on          TEXT,                      -- a JSON array of parent run ids
    waiting_on          INTEGER NOT NULL DEFAULT 0,  -- parents not yet succeeded
    meta                TEXT,                      -- a JSON object
    progress            REAL,
    progress_note       TEXT,
    -- the place of the run in the batch of the claim that leased it last:
    -- claim's UPDATE … RETURNING hands rows back in no particular order
    claim_order         INTEGER
);

-- Claim order within one queue.
CREATE INDEX durable_runs_claim ON durable_runs (queue, priority DESC, run_at, run_id)
    WHERE status = 'pending';
CREATE INDEX durable_runs_lease ON durable_runs (lease_expires_at) WHERE status = 'leased';
CREATE INDEX durable_runs_waiting ON durable_runs (queue) WHERE status = 'waiting';
CREATE INDEX durable_runs_finished ON durable_runs (finished_at) WHERE finished_at IS NOT NULL;
-- At most one live run per unique key: a finished run frees its key.
CREATE UNIQUE INDEX durable_runs_unique_key ON durable_runs (unique_key)
    WHERE unique_key IS NOT NULL AND status IN ('waiting', 'pending', 'leased');
-- The first due run of each key, for claim.
CREATE INDEX durable_runs_keyed ON durable_runs (concurrency_key, priority DESC, run_at, run_id)
    WHERE status = 'pending' AND concurrency_key IS NOT NULL;
-- At most one leased run per concurrency key.
CREATE UNIQUE INDEX durable_runs_concurrency_key ON durable_runs (concurrency_key)
    WHERE status = 'leased' AND concurrency_key IS NOT NULL;

-- One row per (parent, child) edge, written when the child is enqueued.
CREATE TABLE durable_dependencies (
    parent_id INTEGER NOT NULL,
    child_id  INTEGER NOT NULL,
    PRIMARY KEY (parent_id, child_id)
) WITHOUT ROWID;
CREATE INDEX durable_dependencies_child ON durable_dependencies (child_id);

-- A parent that ends releases its waiting children: a success counts down
-- each child's waiting_on (the last one makes it pending); a failure or a
-- cancellation cancels them with 'dependency <id> <status>', and their own
-- end fires this trigger again, level by level (the driver turns on
-- PRAGMA recursive_triggers on every connection).
CREATE TRIGGER durable_runs_settle_children
AFTER UPDATE OF status ON durable_runs
WHEN new.status IN ('succeeded', 'failed', 'cancelled')
 AND old.status IN ('waiting', 'pending', 'leased')
 AND EXISTS (SELECT 1 FROM durable_dependencies d WHERE d.parent_id = new.run_id)
BEGIN
    UPDATE durable_runs
    SET waiting_on = waiting_on - 1,
        status = CASE WHEN waiting_on <= 1 THEN 'pending' ELSE 'waiting' END
    WHERE new.status = 'succeeded' AND status = 'waiting'
      AND run_id IN (SELECT d.child_id FROM durable_dependencies d WHERE d.parent_id = new.run_id);
    UPDATE durable_runs
    SET status = 'cancelled', error = 'dependency ' || new.run_id || ' ' || new.status,
        finished_at = durable_now()
    WHERE new.status <> 'succeeded' AND status = 'waiting'
      AND run_id IN (SELECT d.child_id FROM durable_dependencies d WHERE d.parent_id = new.run_id);
END;

-- ----------------------------------------------------------------------------
-- Workers, log lines, attempt errors, schedules.
-- ----------------------------------------------------------------------------
CREATE TABLE durable_workers (
    worker      TEXT PRIMARY KEY,
    queues      TEXT,                  -- a JSON array of queue names
    concurrency INTEGER NOT NULL,
    info        TEXT NOT NULL DEFAULT '{}',
    started_at  TEXT NOT NULL,
    last_seen   TEXT NOT NULL
);

CREATE TABLE durable_run_logs (
    log_id    INTEGER PRIMARY KEY AUTOINCREMENT,
    run_id    INTEGER NOT NULL,
    attempt   INTEGER NOT NULL,
    level     TEXT    NOT NULL CHECK (level IN ('debug', 'info', 'warning', 'error')),
    message   TEXT    NOT NULL,
    worker    TEXT    NOT NULL,
    logged_at TEXT    NOT NULL
);
CREATE INDEX durable_run_logs_run ON durable_run_logs (run_id, log_id);

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

CREATE TABLE durable_schedules (
    name             TEXT PRIMARY KEY,
    job_name         TEXT    NOT NULL,
    cron             TEXT    NOT NULL,
    timezone         TEXT    NOT NULL,
    args             TEXT    NOT NULL,
    queue            TEXT,                     -- NULL: the job's queue
    enabled          INTEGER NOT NULL,
    allow_concurrent INTEGER NOT NULL,
    catch_up         TEXT    NOT NULL CHECK (catch_up IN ('skip_missed', 'catch_up')),
    next_run_at      TEXT,                     -- NULL while disabled
    last_run_at      TEXT,
    last_run_id      INTEGER,
    last_skipped_at  TEXT,
    origin           TEXT,
    created_at       TEXT    NOT NULL,
    updated_at       TEXT    NOT NULL
);
CREATE INDEX durable_schedules_due ON durable_schedules (next_run_at) WHERE enabled;

-- ----------------------------------------------------------------------------
-- Views (the ones that read the clock need durable_now() registered).
-- ----------------------------------------------------------------------------
CREATE VIEW durable_all_runs AS
    SELECT run_id, job_name, queue, status, args, result, error, attempt, max_attempts,
           priority, run_at, created_at, started_at, finished_at, worker, unique_key,
           concurrency_key, tags, lease_expires_at, cancel_requested_at, timeout,
           depends_on, meta, progress, progress_note
    FROM durable_runs;

CREATE VIEW durable_queue_stats AS
    SELECT q.queue,
           (SELECT count(*) FROM durable_runs r
            WHERE r.status = 'pending' AND r.queue = q.queue) AS pending,
           (SELECT count(*) FROM durable_runs r
            WHERE r.status = 'pending' AND r.queue = q.queue AND r.run_at <= c.now) AS due,
           (SELECT count(*) FROM durable_runs r
            WHERE r.status = 'leased' AND r.queue = q.queue) AS leased,
           (SELECT round((julianday(c.now) - julianday(min(r.run_at))) * 86400.0, 3)
            FROM durable_runs r
            WHERE r.status = 'pending' AND r.queue = q.queue AND r.run_at <= c.now)
               AS oldest_due_age,  -- seconds
           q.paused,
           (SELECT count(*) FROM durable_runs r
            WHERE r.status = 'waiting' AND r.queue = q.queue) AS waiting,
           q.priority, q.weight, q.concurrency_limit
    FROM durable_queues q, (SELECT durable_now() AS now) c;

CREATE VIEW durable_worker_status AS
    SELECT w.worker, w.queues, w.concurrency, w.started_at, w.last_seen,
           (SELECT count(*) FROM durable_runs r
            WHERE r.status = 'leased' AND r.worker = w.worker) AS leased,
           w.info
    FROM durable_workers w;

CREATE VIEW durable_log_lines AS
    SELECT run_id, log_id, attempt, level, message, worker, logged_at FROM durable_run_logs;

CREATE VIEW durable_attempt_errors AS
    SELECT run_id, error_id, attempt, outcome, error, worker, failed_at FROM durable_run_errors;

CREATE VIEW durable_schedule_status AS
    SELECT s.name, s.job_name, s.cron, s.timezone, s.enabled, s.allow_concurrent, s.catch_up,
           s.next_run_at, s.last_run_at, s.last_run_id,
           (SELECT r.status FROM durable_runs r WHERE r.run_id = s.last_run_id) AS last_run_status,
           s.last_skipped_at, s.args, s.queue, s.origin, s.created_at, s.updated_at
    FROM durable_schedules s;

-- Pending runs a claim may take as far as concurrency keys go: a key leases one
-- run at a time, so a keyed run is claimable when no run of its key is leased
-- and it is the key's first due run (durable_now() is read for keyed runs
-- only).  Callers add `+run_at <= now`: the unary plus keeps the planner on the
-- claim index, read in order, rather than on a range of run_at and a sort.
CREATE VIEW durable_claimable AS
    SELECT x.* FROM durable_runs x
    WHERE x.status = 'pending'
      AND (x.concurrency_key IS NULL
           OR (NOT EXISTS (SELECT 1 FROM durable_runs k
                           WHERE k.concurrency_key = x.concurrency_key AND k.status = 'leased')
               AND x.run_id = (SELECT y.run_id FROM durable_runs y
                               WHERE y.concurrency_key = x.concurrency_key
                                 AND y.status = 'pending' AND y.run_at <= durable_now()
                               ORDER BY y.priority DESC, y.run_at, y.run_id LIMIT 1)));

-- Lag objectives (set_queue's lag_slo, seconds): each queue's oldest due run
-- against its objective now, and how many of the runs started in the last hour
-- started within it (start delay = started_at - run_at, of each run's latest
-- attempt: leased runs, and terminal ones finished in the hour; runs of jobs
-- with keep_succeeded = 0 leave no row and count only while leased).  The
-- hour's counts are read only for queues with an objective (NULL elsewhere).
-- PostgreSQL's durable.slo_status, ages in seconds; times are compared as text
-- (exact to the millisecond), not as differences of julianday().
-- (x is materialized: each count is read once, not once per use.)
CREATE VIEW durable_slo_status AS
    WITH x AS MATERIALIZED (
        SELECT q.queue, q.lag_slo,
               (SELECT round((julianday(c.now) - julianday(min(r.run_at))) * 86400.0, 3)
                FROM durable_runs r
                WHERE r.status = 'pending' AND r.queue = q.queue AND r.run_at <= c.now)
                   AS oldest_due_age,  -- seconds
               -- due runs that have waited longer than the objective (0 or 1)
               CASE WHEN q.lag_slo IS NOT NULL THEN EXISTS (
                   SELECT 1 FROM durable_runs r
                   WHERE r.status = 'pending' AND r.queue = q.queue
                     AND r.run_at < strftime('%Y-%m-%d %H:%M:%f', c.now,
                                             printf('%+.3f seconds', -q.lag_slo))) END AS late,
               CASE WHEN q.lag_slo IS NOT NULL THEN (
                   SELECT count(*) FROM (
                       SELECT 1 FROM durable_runs r
                       WHERE r.status = 'leased' AND r.queue = q.queue
                         AND r.started_at >= c.hour_ago
                       UNION ALL
                       SELECT 1 FROM durable_runs r
                       WHERE r.finished_at >= c.hour_ago AND r.queue = q.queue
                         AND r.started_at >= c.hour_ago)) END AS started_last_hour,
               CASE WHEN q.lag_slo IS NOT NULL THEN (
                   SELECT count(*) FROM (
                       SELECT 1 FROM durable_runs r
                       WHERE r.status = 'leased' AND r.queue = q.queue
                         AND r.started_at >= c.hour_ago
                         AND r.started_at <= strftime('%Y-%m-%d %H:%M:%f', r.run_at,
                                                      printf('%+.3f seconds', q.lag_slo))
                       UNION ALL
                       SELECT 1 FROM durable_runs r
                       WHERE r.finished_at >= c.hour_ago AND r.queue = q.queue
                         AND r.started_at >= c.hour_ago
                         AND r.started_at <= strftime('%Y-%m-%d %H:%M:%f', r.run_at,
                                                      printf('%+.3f seconds', q.lag_slo))))
               END AS started_within_slo
        FROM durable_queues q,
             (SELECT t.now, strftime('%Y-%m-%d %H:%M:%f', t.now, '-3600 seconds') AS hour_ago
              FROM (SELECT durable_now() AS now) t) c
    )
    SELECT x.queue, x.lag_slo, x.oldest_due_age,
           CASE WHEN x.lag_slo IS NOT NULL THEN x.late = 0 END AS within_slo,
           x.started_last_hour, x.started_within_slo,
           CASE WHEN x.started_last_hour > 0
                THEN CAST(x.started_within_slo AS REAL) / x.started_last_hour END
               AS share_within_slo
    FROM x;

-- The next run id AUTOINCREMENT hands out: the batch operations number their
-- runs from it, so that ids follow the order of their input.
CREATE VIEW durable_next_run_id AS
    SELECT COALESCE((SELECT seq FROM sqlite_sequence WHERE name = 'durable_runs'), 0) + 1
           AS run_id;

-- The contract this file implements: PostgreSQL's migration numbers (an older
-- file is brought here by the numbered files of sql/sqlite/migrations/).
INSERT INTO durable_migrations (version, name, applied_at) VALUES
    (17, '0017_attempt_errors', strftime('%Y-%m-%d %H:%M:%f', 'now'));
