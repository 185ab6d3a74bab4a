-- 0017_attempt_errors, the MariaDB/MySQL port of
-- sql/postgres/migrations/0017_attempt_errors.sql (issue 19: the dashboard's
-- run page shows every attempt's error, not only the latest), for an install
-- at 0016_traces_and_objectives:
--   * Table durable.run_errors: one row per attempt that ended in an error,
--     written by durable.fail() (outcome retrying, failed or cancelled) and by
--     durable.settle_expired() (a lease that expired with no attempts left).
--   * durable.prune removes a run's rows with the run.
--   * View durable.attempt_errors, granted to durable_producer (so to all
--     three roles), as durable.log_lines is.
-- Every routine created or changed is here in full, as in sql/mysql/schema.sql.
--
-- DDL commits at once on MariaDB/MySQL, so this file cannot be one
-- transaction: `durablesql migrate` runs it under its named lock, and every
-- statement may run again after a failure half-way (IF NOT EXISTS, IF EXISTS,
-- OR REPLACE, grants, INSERT IGNORE): running the whole file again finishes
-- the job.  The version is recorded last.  A replaced routine is missing
-- between its DROP and its CREATE (MySQL has no CREATE OR REPLACE FUNCTION):
-- a call in that moment fails with 1305, so migrate while producers and
-- workers are stopped, or let them retry.
-- Run by hand:   mariadb < sql/mysql/migrations/0017_attempt_errors.sql

-- The sql_mode and character set the routines are created with, as in schema.sql.
SET SESSION sql_mode = 'STRICT_ALL_TABLES,NO_ZERO_IN_DATE,NO_ZERO_DATE,ERROR_FOR_DIVISION_BY_ZERO,NO_ENGINE_SUBSTITUTION';
SET NAMES utf8mb4 COLLATE utf8mb4_bin;
SET SESSION TRANSACTION ISOLATION LEVEL READ COMMITTED;

-- ----------------------------------------------------------------------------
-- durable.run_errors (created before the routines that write it).
-- ----------------------------------------------------------------------------
-- Every attempt that ended in an error, in the order they ended: the error
-- durable.fail() was given, or the engine's own when a lease expired with no
-- attempts left (settle_expired), and what it led to.  A run row keeps only
-- its latest error; this keeps them all, for people reading a run's story.
-- A lease that expired and was claimed again writes nothing here: the claim
-- is the hot path, and the skipped attempt number says it.  The rows go with
-- their run when prune removes it; retry() keeps them (the attempt count
-- starts again, so a round is told by a number that does not grow).
CREATE TABLE IF NOT EXISTS durable.run_errors (
    error_id  BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    run_id    BIGINT       NOT NULL,
    attempt   INT          NOT NULL,
    worker    VARCHAR(128) NOT NULL,
    error     TEXT         NOT NULL,
    outcome   VARCHAR(16)  NOT NULL,
    failed_at DATETIME(6)  NOT NULL,
    CONSTRAINT run_errors_outcome CHECK (outcome IN ('retrying', 'failed', 'cancelled')),
    KEY run_errors_run_id (run_id, error_id)
) ENGINE = InnoDB;

-- ----------------------------------------------------------------------------
-- Routines, changed.
-- ----------------------------------------------------------------------------
DROP PROCEDURE IF EXISTS durable.settle_expired;
DROP FUNCTION IF EXISTS durable.fail;
DROP FUNCTION IF EXISTS durable.prune;

DELIMITER $$

-- An expired run that may not be handed out again is ended instead:
-- attempts spent → failed, cancel requested → cancelled; each now leaves its
-- row in durable.run_errors.
CREATE PROCEDURE durable.settle_expired(IN at DATETIME(6))
NOT DETERMINISTIC MODIFIES SQL DATA
BEGIN
    DECLARE v_ids JSON;
    DECLARE v_errors JSON;
    DECLARE v_noted JSON;
    DECLARE v_n INT;
    -- v_noted: each run's durable.run_errors row, read with the lock, as
    -- finish_runs moves the runs out of durable.runs (no second read).
    SELECT JSON_ARRAYAGG(x.run_id), JSON_ARRAYAGG(x.error),
           JSON_ARRAYAGG(JSON_OBJECT('run_id', x.run_id, 'attempt', x.attempt, 'worker', x.worker,
                                     'error', x.error, 'outcome', x.outcome))
    INTO v_ids, v_errors, v_noted
    FROM (SELECT r.run_id, r.attempt, r.worker,
                 IF(r.cancel_requested_at IS NOT NULL, 'cancelled', 'failed') AS outcome,
                 IF(r.cancel_requested_at IS NOT NULL,
                    CONCAT('cancelled; worker ', r.worker,
                           ' did not stop the handler before its lease expired'),
                    CONCAT('lease expired on attempt ', r.attempt, ' of ', r.max_attempts,
                           ': worker ', r.worker, ' did not finish or heartbeat')) AS error
          FROM durable.runs r FORCE INDEX (runs_lease)
          WHERE r.status = 'leased' AND r.lease_expires_at <= at
            AND NOT (r.attempt < r.max_attempts AND r.cancel_requested_at IS NULL)
          ORDER BY r.lease_expires_at
          LIMIT 1000
          FOR UPDATE SKIP LOCKED) x;
    IF v_ids IS NOT NULL THEN
        INSERT INTO durable.run_errors (run_id, attempt, worker, error, outcome, failed_at)
        SELECT n.run_id, n.attempt, n.worker, n.error, n.outcome, at
        FROM JSON_TABLE(v_noted, '$[*]' COLUMNS (ord FOR ORDINALITY, run_id BIGINT PATH '$.run_id',
                        attempt INT PATH '$.attempt', worker VARCHAR(128) PATH '$.worker',
                        error TEXT PATH '$.error', outcome VARCHAR(16) PATH '$.outcome')) n
        ORDER BY n.ord;  -- error_id in the order of v_ids
        CALL durable.finish_runs(v_ids, 'failed', NULL, NULL, v_errors, v_n);
    END IF;
END$$

-- Returns the new status: 'pending' (a retry is scheduled), 'failed'
-- (terminal), 'cancelled' (its cancellation was requested), or NULL when
-- the worker does not hold the run.
CREATE FUNCTION durable.fail(worker TEXT, run_id BIGINT, error TEXT, retryable BOOLEAN)
RETURNS VARCHAR(16) CHARACTER SET utf8mb4
NOT DETERMINISTIC MODIFIES SQL DATA SQL SECURITY DEFINER
BEGIN
    DECLARE v_now     DATETIME(6) DEFAULT durable.now();
    DECLARE v_error   TEXT DEFAULT COALESCE(error, 'failed without an error message');
    DECLARE v_attempt INT;
    DECLARE v_max     INT;
    DECLARE v_cancel  DATETIME(6);
    DECLARE v_behavior VARCHAR(16);
    DECLARE v_delay   DOUBLE;
    DECLARE v_max_delay DOUBLE;
    DECLARE v_jitter  DOUBLE;
    DECLARE v_found   BOOLEAN DEFAULT FALSE;
    DECLARE v_outcome VARCHAR(16);
    DECLARE v_n       INT;
    SELECT TRUE, r.attempt, r.max_attempts, r.cancel_requested_at, j.retry_behavior,
           j.retry_delay, j.retry_max_delay, j.retry_jitter
    INTO v_found, v_attempt, v_max, v_cancel, v_behavior, v_delay, v_max_delay, v_jitter
    FROM durable.runs r JOIN durable.jobs j ON j.job_name = r.job_name
    WHERE r.run_id = run_id AND r.worker = worker AND r.status = 'leased'
    FOR UPDATE;
    IF NOT v_found THEN
        RETURN NULL;  -- not ours (any more): nothing to do
    END IF;
    SET v_outcome = CASE WHEN v_cancel IS NOT NULL THEN 'cancelled'
                         WHEN COALESCE(retryable, TRUE) AND v_attempt < v_max THEN 'retrying'
                         ELSE 'failed' END;
    -- Every attempt's error is kept: the run itself holds only the latest.
    INSERT INTO durable.run_errors (run_id, attempt, worker, error, outcome, failed_at)
    VALUES (run_id, v_attempt, worker, v_error, v_outcome, v_now);
    IF v_outcome = 'cancelled' THEN
        CALL durable.finish_runs(JSON_ARRAY(run_id), 'cancelled', NULL, NULL, JSON_ARRAY(v_error), v_n);
        RETURN 'cancelled';
    END IF;
    IF v_outcome = 'retrying' THEN
        UPDATE durable.runs r
        SET r.status = 'pending', r.worker = NULL, r.lease_expires_at = NULL, r.started_at = NULL,
            r.run_at = durable.plus_seconds(v_now, durable.retry_delay(v_behavior, v_delay,
                                                                     v_max_delay, v_jitter, v_attempt)),
            r.error = v_error, r.limited = FALSE
        WHERE r.run_id = run_id;
        RETURN 'pending';
    END IF;
    CALL durable.finish_runs(JSON_ARRAY(run_id), 'failed', NULL, NULL, JSON_ARRAY(v_error), v_n);
    RETURN 'failed';
END$$

-- Removes terminal runs older than older_than seconds (NULL: the retention
-- setting), with their log lines, attempt errors and dependency edges, at
-- most batch_size of them (oldest first).  Returns how many runs it
-- removed; call until 0.
-- (PostgreSQL drops whole monthly partitions first.)  Also removes workers
-- that stopped heartbeating before the cutoff and hold nothing.
CREATE FUNCTION durable.prune(older_than DOUBLE, batch_size INT) RETURNS BIGINT
NOT DETERMINISTIC MODIFIES SQL DATA SQL SECURITY DEFINER
BEGIN
    DECLARE v_age    DOUBLE DEFAULT COALESCE(older_than,
        (SELECT CAST(s.value AS DOUBLE) FROM durable.settings s WHERE s.name = 'retention'));
    DECLARE v_batch  INT DEFAULT COALESCE(batch_size, 1000);
    DECLARE v_cutoff DATETIME(6);
    DECLARE v_ids    JSON;
    DECLARE v_n      BIGINT DEFAULT 0;
    CALL durable.check_interval('older_than', v_age, TRUE);
    CALL durable.check_range('batch_size', v_batch, 1, 1000000);
    SET v_cutoff = durable.plus_seconds(durable.now(), -v_age);
    SELECT JSON_ARRAYAGG(x.run_id), COUNT(*) INTO v_ids, v_n
    FROM (SELECT h.run_id FROM durable.run_history h
          WHERE h.finished_at < v_cutoff
          ORDER BY h.finished_at
          LIMIT v_batch
          FOR UPDATE SKIP LOCKED) x;
    IF v_n > 0 THEN
        DELETE l FROM JSON_TABLE(v_ids, '$[*]' COLUMNS (id BIGINT PATH '$')) i
        STRAIGHT_JOIN durable.run_logs l ON l.run_id = i.id;
        DELETE x FROM JSON_TABLE(v_ids, '$[*]' COLUMNS (id BIGINT PATH '$')) i
        STRAIGHT_JOIN durable.run_errors x ON x.run_id = i.id;
        DELETE e FROM JSON_TABLE(v_ids, '$[*]' COLUMNS (id BIGINT PATH '$')) i
        STRAIGHT_JOIN durable.dependencies e ON e.child_id = i.id;
        DELETE h FROM JSON_TABLE(v_ids, '$[*]' COLUMNS (id BIGINT PATH '$')) i
        STRAIGHT_JOIN durable.run_history h ON h.run_id = i.id;
    END IF;
    DELETE FROM durable.workers
    WHERE durable.workers.last_seen < v_cutoff
      AND NOT EXISTS (SELECT 1 FROM durable.runs r
                      WHERE r.status = 'leased' AND r.worker = durable.workers.worker);
    RETURN v_n;
END$$

DELIMITER ;

-- Every attempt's error, for the same readers.
CREATE OR REPLACE SQL SECURITY DEFINER VIEW durable.attempt_errors AS
    SELECT e.run_id, e.error_id, e.attempt, e.outcome, e.error, e.worker, e.failed_at
    FROM durable.run_errors e;

-- ----------------------------------------------------------------------------
-- Privileges: a dropped routine loses its grants, so the replaced ones are
-- granted again (a GRANT already held changes nothing).  settle_expired is
-- an internal helper, granted to no role.
-- ----------------------------------------------------------------------------
GRANT SELECT ON durable.attempt_errors TO durable_producer;
GRANT EXECUTE ON FUNCTION durable.fail TO durable_worker;
GRANT EXECUTE ON FUNCTION durable.prune TO durable_worker;

INSERT IGNORE INTO durable.migrations (version, name) VALUES (17, '0017_attempt_errors');
