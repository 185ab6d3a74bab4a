-- ============================================================================
-- durablesql — the job engine, as MariaDB/MySQL stored routines.
--
-- This is the port of sql/postgres/schema.sql, which stays the reference:
-- every routine here has PostgreSQL's name, parameter order and arity, its
-- DS codes and its message texts.  Where the engines differ the difference
-- is named in a comment next to it (search for "PostgreSQL").
--
-- THE MODEL
--
-- A *job* is a named kind of work ("send-email") with a retry policy, defined
-- by durable.define_job().  A *run* is one request to do that work with some
-- JSON arguments, created by durable.enqueue() from any SQL client.
--
-- A run lives in durable.runs while it is live, and moves to
-- durable.run_history (in the same transaction) when it reaches a terminal
-- state:
--
--     enqueue ──► pending ──claim──► leased ──complete──► succeeded  ┐
--        │          ▲                  │ │                           │ history
--        │          └──fail (retry)────┘ └──fail (spent)──► failed   │ (one table;
--        │          └──release─────────┘    cancel ───────► cancelled┘  pruned in batches)
--        └──► waiting ──every parent succeeded──► pending
--                └──a parent failed or was cancelled──► cancelled
--
-- * A claim gives a worker a *lease*: ownership of the run until
--   lease_expires_at.  The worker renews it with durable.heartbeat(); if it
--   stops, the lease expires and the next durable.claim() may hand the run to
--   another worker.  Every claim counts one *attempt*; a run whose lease
--   expired with no attempts left is failed by the next claim instead.
-- * complete/fail/heartbeat/release/log/set_progress act only on runs the
--   calling worker still owns; anything else is a no-op reported in the
--   return value.
-- * Retry delays, statuses and leases are decided here, never by a client.
--
-- HOW TO CALL.  Callers always write durable.X:
--     SELECT durable.enqueue('send-email', '{"to": "a@b.c"}');       -- FUNCTION
--     CALL durable.claim('worker-1', '["default"]', 10, 30, NULL);   -- PROCEDURE
-- A FUNCTION is used where PostgreSQL returns one value or nothing (void
-- returns NULL); it runs inside the caller's statement, so it is atomic with
-- it and never commits.  A PROCEDURE is used where rows come back: the rows
-- are the CALL's first result set.  Arrays are JSON arrays, intervals are
-- seconds (DOUBLE), times are DATETIME(6) in UTC.  An explicit NULL for an
-- optional parameter means its default (MariaDB/MySQL have no defaults or
-- named arguments); later parameters arrive as keys of durable.enqueue_opts.
-- `release` is a reserved word: qualified, durable.release(...) works.
--
-- TRANSACTIONS.  Sessions run at READ COMMITTED.  A procedure that writes in
-- several statements starts its own transaction only when the caller has
-- none (START TRANSACTION inside a procedure would silently commit the
-- caller's work); inside a caller's transaction it works under a savepoint
-- and never commits.  Claims use SELECT ... FOR UPDATE SKIP LOCKED and
-- transaction-scoped try-locks (a locking read with SKIP LOCKED on a row of
-- durable.locks) where PostgreSQL uses pg_try_advisory_xact_lock, so a claim
-- never waits on another claimer: a deadlock (1213) from a routine is a bug.
--
-- THE CLOCK.  Every read of the time goes through durable.now(), which
-- returns UTC_TIMESTAMP(6) unless the routines' owner sets a fake one:
--     SET @durable_fake_now = '2030-01-01 00:00:00';   SET @durable_fake_now = NULL;
--
-- TRACE CONTEXT.  A producer continues its W3C trace with meta's
-- "traceparent", or by setting @durable_traceparent around its enqueues and
-- back to NULL afterwards (see "Trace context" below).
--
-- WAKE-UPS.  There is no NOTIFY: workers poll (with jitter).
--
-- ERRORS.  Every error raised on purpose is SIGNAL SQLSTATE 'DSnnn' (the
-- error number stays 1644) with PostgreSQL's text, at most 128 characters:
--     DS001 invalid argument        DS002 invalid name
--     DS003 unknown job             DS004 unknown run
--     DS005 invalid run state       DS006 args too large
--     DS007 unique key taken        DS008 not supported (yet)
--     DS009 invalid setting         DS010 unknown queue
--     DS011 invalid cron expression DS012 unknown time zone
--     DS013 unknown schedule
--
-- Install (MariaDB 10.6+, MySQL 8.0.21+; MySQL with binary logging needs
-- log_bin_trust_function_creators=1):
--     mariadb < sql/mysql/schema.sql        or        mysql < sql/mysql/schema.sql
-- It creates the database `durable` when missing; every object lives there,
-- whatever the session's default database is.
--
-- CONTENTS, in the order below
--   Session settings      sql_mode and character set the routines are created with
--   Migrations            durable.migrations, schema_version()
--   Errors                raise_error, lit (PostgreSQL's %L), json_kind
--   The clock             now(), lease_clock(), the owner's fake clock
--   Limits                limits(), bound(), accepts(), word_list()
--   Input checks          check_name, check_interval, check_range, check_args
--   Settings              durable.settings, checked by triggers
--   Try-locks             durable.locks, try_lock
--   Queues                durable.queues, set_queue, set_queue_opts, pause_queue, resume_queue
--   Job definitions       durable.jobs, define_job
--   Live runs             durable.runs and its indexes
--   Terminal runs         durable.run_history, durable.dependencies
--   THE EXIT PATH         move_runs, settle_children, finish_runs
--   Producers             trace context, enqueue, enqueue_opts, enqueue_many
--   Workers               register_worker, unregister_worker
--   Claiming              settle_expired, capacity, lock_claimable, claim
--   Finishing an attempt  durable.run_errors, complete, fail, heartbeat, release
--   Reports               log_many, log, set_progress_many, set_progress
--   Operators             cancel, retry, prune, prune_all, sweep
--   Cron                  cron_next, cron_preview, time zones
--   Views for people      all_runs, queue_stats, slo_status, worker_status, log_lines, attempt_errors,
--                         dependency_tree, list_runs, explain_run
--   Health                health(): what keeps durable.runs from staying small
--   Recurring schedules   durable.schedules, define_schedule, materialize_schedules,
--                         sync_schedules, schedule_status (after the views it reads)
--   Roles and privileges  the three roles and what each may execute
-- ============================================================================

-- ----------------------------------------------------------------------------
-- Session settings.  A routine keeps the sql_mode and character set it was
-- created with, so they are pinned here rather than taken from whoever runs
-- the install: strict (bad data is an error, not a warning), no
-- NO_BACKSLASH_ESCAPES (the regular expressions below use \x{..}), and
-- single-table UPDATEs assign left to right (MariaDB's
-- SIMULTANEOUS_ASSIGNMENT off), which settle_children relies on.
-- ----------------------------------------------------------------------------
SET SESSION sql_mode = 'STRICT_ALL_TABLES,NO_ZERO_IN_DATE,NO_ZERO_DATE,ERROR_FOR_DIVISION_BY_ZERO,NO_ENGINE_SUBSTITUTION';
SET NAMES utf8mb4 COLLATE utf8mb4_bin;
SET SESSION TRANSACTION ISOLATION LEVEL READ COMMITTED;

-- Names are compared byte for byte: utf8mb4_bin everywhere ('Émoji 🚀' and
-- 'émoji 🚀' are two queues, as on PostgreSQL).
CREATE DATABASE IF NOT EXISTS durable CHARACTER SET utf8mb4 COLLATE utf8mb4_bin;
-- (An existing, empty database keeps its own default: make it ours.)
ALTER DATABASE durable CHARACTER SET utf8mb4 COLLATE utf8mb4_bin;

-- ----------------------------------------------------------------------------
-- Migrations applied to this database.  Creating it fails on a database that
-- already has the engine, so a second install stops here, changing nothing.
-- ----------------------------------------------------------------------------
CREATE TABLE durable.migrations (
    version    INT          NOT NULL PRIMARY KEY,
    name       VARCHAR(128) NOT NULL UNIQUE,
    applied_at DATETIME(6)  NOT NULL DEFAULT CURRENT_TIMESTAMP(6)
) ENGINE = InnoDB;

DELIMITER $$

CREATE FUNCTION durable.schema_version() RETURNS VARCHAR(128) CHARACTER SET utf8mb4
NOT DETERMINISTIC READS SQL DATA SQL SECURITY DEFINER
COMMENT 'Name of the newest migration applied, e.g. 0013_enqueue_opts.'
BEGIN
    RETURN (SELECT m.name FROM durable.migrations m ORDER BY m.version DESC LIMIT 1);
END$$

-- (A function's RETURNS names its character set: MariaDB gives an unqualified
-- one the server's default, often latin1, when the session's default database
-- is not `durable`, and a name outside latin1 in a message then fails.)
-- ----------------------------------------------------------------------------
-- Errors.  SIGNAL takes its SQLSTATE as a literal, so one CASE names each
-- code once; every routine raises through here.  The message is cut to 128
-- characters, the most MariaDB/MySQL carry (PostgreSQL's texts fit, except
-- where a value is long: then the end of the message is lost).  Messages and
-- the quoted values in them are LONGTEXT: a name of 65,535 bytes (a TEXT
-- argument's most), quoted, is longer than a TEXT holds (1406).
-- ----------------------------------------------------------------------------
CREATE PROCEDURE durable.raise_error(IN code CHAR(5), IN message LONGTEXT)
NOT DETERMINISTIC NO SQL
BEGIN
    DECLARE v_text VARCHAR(128) DEFAULT LEFT(COALESCE(message, 'error'), 128);
    CASE code
    WHEN 'DS001' THEN SIGNAL SQLSTATE 'DS001' SET MESSAGE_TEXT = v_text;
    WHEN 'DS002' THEN SIGNAL SQLSTATE 'DS002' SET MESSAGE_TEXT = v_text;
    WHEN 'DS003' THEN SIGNAL SQLSTATE 'DS003' SET MESSAGE_TEXT = v_text;
    WHEN 'DS004' THEN SIGNAL SQLSTATE 'DS004' SET MESSAGE_TEXT = v_text;
    WHEN 'DS005' THEN SIGNAL SQLSTATE 'DS005' SET MESSAGE_TEXT = v_text;
    WHEN 'DS006' THEN SIGNAL SQLSTATE 'DS006' SET MESSAGE_TEXT = v_text;
    WHEN 'DS007' THEN SIGNAL SQLSTATE 'DS007' SET MESSAGE_TEXT = v_text;
    WHEN 'DS008' THEN SIGNAL SQLSTATE 'DS008' SET MESSAGE_TEXT = v_text;
    WHEN 'DS009' THEN SIGNAL SQLSTATE 'DS009' SET MESSAGE_TEXT = v_text;
    WHEN 'DS010' THEN SIGNAL SQLSTATE 'DS010' SET MESSAGE_TEXT = v_text;
    WHEN 'DS011' THEN SIGNAL SQLSTATE 'DS011' SET MESSAGE_TEXT = v_text;
    WHEN 'DS012' THEN SIGNAL SQLSTATE 'DS012' SET MESSAGE_TEXT = v_text;
    WHEN 'DS013' THEN SIGNAL SQLSTATE 'DS013' SET MESSAGE_TEXT = v_text;
    ELSE SIGNAL SQLSTATE 'XX000' SET MESSAGE_TEXT = v_text;  -- a bug: an unknown code
    END CASE;
END$$

-- PostgreSQL's format('%L', value): quoted with '' doubled, E'...' with \\
-- doubled when it holds a backslash, and NULL unquoted.
CREATE FUNCTION durable.lit(value LONGTEXT) RETURNS LONGTEXT CHARACTER SET utf8mb4
DETERMINISTIC NO SQL
BEGIN
    IF value IS NULL THEN
        RETURN 'NULL';
    ELSEIF INSTR(value, '\\') > 0 THEN
        RETURN CONCAT('E''', REPLACE(REPLACE(value, '\\', '\\\\'), '''', ''''''), '''');
    END IF;
    RETURN CONCAT('''', REPLACE(value, '''', ''''''), '''');
END$$

-- PostgreSQL's jsonb_typeof, with SQL NULL as 'NULL' (as the messages print
-- it) and text that is not JSON at all as 'invalid JSON' (PostgreSQL rejects
-- that while casting the argument, with 22P02).
CREATE FUNCTION durable.json_kind(doc LONGTEXT) RETURNS VARCHAR(16) CHARACTER SET utf8mb4
DETERMINISTIC NO SQL
BEGIN
    IF doc IS NULL THEN
        RETURN 'NULL';
    ELSEIF NOT JSON_VALID(doc) THEN
        RETURN 'invalid JSON';
    END IF;
    RETURN CASE JSON_TYPE(doc)
        WHEN 'OBJECT' THEN 'object' WHEN 'ARRAY' THEN 'array' WHEN 'STRING' THEN 'string'
        WHEN 'BOOLEAN' THEN 'boolean' WHEN 'NULL' THEN 'null'
        ELSE 'number' END;
END$$

-- A number as PostgreSQL prints it: no trailing zeros after the point.
CREATE FUNCTION durable.num_text(value DOUBLE) RETURNS VARCHAR(64) CHARACTER SET utf8mb4
DETERMINISTIC NO SQL
BEGIN
    IF value IS NULL THEN
        RETURN 'NULL';
    END IF;
    RETURN CAST(value AS CHAR);
END$$

-- ----------------------------------------------------------------------------
-- The clock.
--
-- The fake clock belongs to the routines' owner (the account that installed
-- them, their DEFINER): another login cannot move time, or a worker could
-- reclaim other workers' leases before they expire.  In such a session a
-- set @durable_fake_now is an error (DS001), not silently ignored.
-- "The owner" is compared by user name (USER() against CURRENT_USER(), which
-- inside a DEFINER routine is the definer).
--
-- PostgreSQL's now() is the transaction's start; UTC_TIMESTAMP(6) is the
-- start of the current statement.
-- ----------------------------------------------------------------------------
CREATE FUNCTION durable.fake_clock() RETURNS DATETIME(6)
NOT DETERMINISTIC NO SQL SQL SECURITY DEFINER
BEGIN
    DECLARE v_at DATETIME(6);
    IF SUBSTRING_INDEX(USER(), '@', 1) <> SUBSTRING_INDEX(CURRENT_USER(), '@', 1) THEN
        CALL durable.raise_error('DS001', CONCAT(
            '@durable_fake_now is set, but ', SUBSTRING_INDEX(USER(), '@', 1),
            ' may not move the clock: only the owner of durable may (SET @durable_fake_now = NULL)'));
    END IF;
    SET v_at = CAST(@durable_fake_now AS DATETIME(6));
    IF v_at IS NULL THEN
        CALL durable.raise_error('DS001', CONCAT(
            '@durable_fake_now must be a UTC time YYYY-MM-DD HH:MM:SS[.ffffff], got ',
            durable.lit(LEFT(@durable_fake_now, 40))));
    END IF;
    RETURN v_at;
END$$

CREATE FUNCTION durable.now() RETURNS DATETIME(6)
NOT DETERMINISTIC NO SQL SQL SECURITY DEFINER
COMMENT 'UTC statement time, or @durable_fake_now when set (the owner only).'
BEGIN
    IF @durable_fake_now IS NULL OR @durable_fake_now = '' THEN
        RETURN UTC_TIMESTAMP(6);
    END IF;
    RETURN durable.fake_clock();
END$$

-- The time a lease starts: the wall clock at this moment, not the start of
-- the statement, so a claim that waited never hands out a lease that is
-- already over.  (SYSDATE is the wall clock in the session's zone; its
-- distance from NOW() moves UTC_TIMESTAMP on by the time spent.)
CREATE FUNCTION durable.lease_clock() RETURNS DATETIME(6)
NOT DETERMINISTIC NO SQL SQL SECURITY DEFINER
BEGIN
    IF @durable_fake_now IS NULL OR @durable_fake_now = '' THEN
        RETURN UTC_TIMESTAMP(6) + INTERVAL TIMESTAMPDIFF(MICROSECOND, NOW(6), SYSDATE(6)) MICROSECOND;
    END IF;
    RETURN durable.fake_clock();
END$$

-- A time plus a number of seconds.
CREATE FUNCTION durable.plus_seconds(at DATETIME(6), seconds DOUBLE) RETURNS DATETIME(6)
DETERMINISTIC NO SQL
BEGIN
    RETURN at + INTERVAL ROUND(seconds * 1000000) MICROSECOND;
END$$

-- ----------------------------------------------------------------------------
-- Limits and vocabularies: the bounds and the words the routines accept, for
-- clients that check or cut input before they call, so that none keeps a
-- copy to drift.  Intervals are in seconds.  Every check below reads them
-- from here (through durable.bound and durable.accepts).
--   max_interval        the longest interval any parameter or setting takes:
--                       10 years of 365.25 days
--   min_max_args_bytes  the smallest value the max_args_bytes setting takes;
--                       args up to this size are accepted without reading it
-- ----------------------------------------------------------------------------
CREATE FUNCTION durable.limits() RETURNS JSON
DETERMINISTIC NO SQL SQL SECURITY DEFINER
COMMENT 'Bounds and accepted words of the public routines, for clients: do not copy them.'
BEGIN
    RETURN '{
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
    }';
END$$

-- A numeric bound of durable.limits(), e.g. durable.bound('max_key_length').
CREATE FUNCTION durable.bound(name VARCHAR(64)) RETURNS BIGINT
DETERMINISTIC NO SQL
BEGIN
    RETURN CAST(JSON_VALUE(durable.limits(), CONCAT('$.', name)) AS SIGNED);
END$$

-- Whether `word` is one of the words durable.limits() lists under
-- `vocabulary` (JSON strings compare byte for byte: 'Info' is not 'info').
CREATE FUNCTION durable.accepts(vocabulary VARCHAR(64), word TEXT) RETURNS BOOLEAN
DETERMINISTIC NO SQL
BEGIN
    RETURN word IS NOT NULL
       AND JSON_CONTAINS(JSON_EXTRACT(durable.limits(), CONCAT('$.', vocabulary)), JSON_QUOTE(word));
END$$

-- The words of a vocabulary as an error message lists them: 'a, b or c'.
CREATE FUNCTION durable.word_list(vocabulary VARCHAR(64)) RETURNS TEXT CHARACTER SET utf8mb4
DETERMINISTIC NO SQL
BEGIN
    DECLARE v_words JSON DEFAULT JSON_EXTRACT(durable.limits(), CONCAT('$.', vocabulary));
    DECLARE v_n INT DEFAULT JSON_LENGTH(v_words);
    DECLARE v_i INT DEFAULT 1;
    DECLARE v_out TEXT DEFAULT JSON_UNQUOTE(JSON_EXTRACT(v_words, '$[0]'));
    WHILE v_i < v_n DO
        SET v_out = CONCAT(v_out, IF(v_i = v_n - 1, ' or ', ', '),
                           JSON_UNQUOTE(JSON_EXTRACT(v_words, CONCAT('$[', v_i, ']'))));
        SET v_i = v_i + 1;
    END WHILE;
    RETURN v_out;
END$$

-- ----------------------------------------------------------------------------
-- Input checks shared by every routine.  Names are stored exactly as given
-- or rejected, never trimmed or folded.  A control character is one of
-- U+0000-001F and U+007F-009F (PostgreSQL's [[:cntrl:]] in a UTF-8 locale).
-- ----------------------------------------------------------------------------
CREATE PROCEDURE durable.check_name(IN kind VARCHAR(64), IN value LONGTEXT, IN max_length INT)
NOT DETERMINISTIC NO SQL
BEGIN
    DECLARE v_max INT DEFAULT COALESCE(max_length, durable.bound('max_name_length'));
    IF value IS NULL THEN
        CALL durable.raise_error('DS002', CONCAT(kind, ' must not be null'));
    ELSEIF value = '' THEN
        CALL durable.raise_error('DS002', CONCAT(kind, ' must not be empty'));
    ELSEIF CHAR_LENGTH(value) > v_max THEN
        CALL durable.raise_error('DS002', CONCAT(kind, ' ', durable.lit(CONCAT(LEFT(value, 40), '…')),
            ' is ', CHAR_LENGTH(value), ' characters long; the limit is ', v_max));
    ELSEIF value REGEXP '[\\x{00}-\\x{1F}\\x{7F}-\\x{9F}]' THEN
        CALL durable.raise_error('DS002', CONCAT(kind, ' ', durable.lit(value),
            ' contains a control character'));
    END IF;
END$$

-- Intervals are seconds here.  PostgreSQL prints the bad interval as an
-- interval ('-00:00:05'); this port prints the number of seconds given.
CREATE PROCEDURE durable.check_interval(IN kind VARCHAR(64), IN value DOUBLE, IN allow_zero BOOLEAN)
NOT DETERMINISTIC NO SQL
BEGIN
    IF value IS NULL OR value < 0 OR (value = 0 AND NOT allow_zero)
       OR value > durable.bound('max_interval') THEN
        CALL durable.raise_error('DS001', CONCAT(kind, ' must be ',
            IF(allow_zero, 'zero or positive', 'positive'), ' and at most 10 years, got ',
            durable.num_text(value)));
    END IF;
END$$

CREATE PROCEDURE durable.check_range(IN kind VARCHAR(64), IN value DOUBLE, IN low BIGINT, IN high BIGINT)
NOT DETERMINISTIC NO SQL
BEGIN
    IF value IS NULL OR value < low OR value > high THEN
        CALL durable.raise_error('DS001', CONCAT(kind, ' must be between ', low, ' and ', high,
            ', got ', durable.num_text(value)));
    END IF;
END$$

-- A time argument with a zero part ('0000-00-00', '2030-00-10'), which the
-- caller's sql_mode may let in (the routines' NO_ZERO_DATE does not apply to
-- their arguments), is no time: refused as PostgreSQL refuses 'infinity'.
-- (The caller tests MONTH(x) = 0 OR DAYOFMONTH(x) = 0 and passes the value as
-- text: a DATETIME parameter would refuse it with 1292.)
CREATE PROCEDURE durable.zero_time(IN kind VARCHAR(64), IN value VARCHAR(32))
NOT DETERMINISTIC NO SQL
BEGIN
    CALL durable.raise_error('DS001', CONCAT(kind, ' must be a finite time, got ', value));
END$$

-- A JSON array (of anything), or NULL.
CREATE PROCEDURE durable.check_array(IN kind VARCHAR(64), IN value LONGTEXT)
NOT DETERMINISTIC NO SQL
BEGIN
    IF value IS NOT NULL AND durable.json_kind(value) <> 'array' THEN
        CALL durable.raise_error('DS001', CONCAT(kind, ' must be a JSON array, got ',
            durable.json_kind(value)));
    END IF;
END$$

DELIMITER ;

-- ----------------------------------------------------------------------------
-- Settings: defaults and limits a DBA may tune with a plain UPDATE.
-- Triggers validate every value, so a typo fails at once, not at 3 a.m.
-- Intervals are seconds (PostgreSQL stores interval text such as '30 days').
-- ----------------------------------------------------------------------------
CREATE TABLE durable.settings (
    name        VARCHAR(64)  NOT NULL PRIMARY KEY,
    value       VARCHAR(255) NOT NULL,
    description VARCHAR(255) NOT NULL
) ENGINE = InnoDB;

DELIMITER $$

CREATE PROCEDURE durable.validate_setting(IN name VARCHAR(64), IN value VARCHAR(255))
NOT DETERMINISTIC NO SQL
BEGIN
    DECLARE v_ok BOOLEAN DEFAULT FALSE;
    DECLARE v_number BOOLEAN DEFAULT value REGEXP '^[0-9]+(\\.[0-9]+)?$';
    CASE
    WHEN name IN ('retention', 'long_transaction') THEN
        SET v_ok = v_number AND CAST(value AS DOUBLE) <= durable.bound('max_interval');
    WHEN name IN ('retry_delay', 'retry_max_delay') THEN
        SET v_ok = v_number AND CAST(value AS DOUBLE) > 0
               AND CAST(value AS DOUBLE) <= durable.bound('max_interval');
    WHEN name = 'dead_runs_warning' THEN
        SET v_ok = value REGEXP '^[0-9]{1,10}$' AND CAST(value AS SIGNED) BETWEEN 1 AND 1000000000;
    WHEN name = 'max_args_bytes' THEN
        -- Not below min_max_args_bytes, so enqueue can skip reading the limit for small args.
        SET v_ok = value REGEXP '^[0-9]{1,10}$'
               AND CAST(value AS SIGNED) BETWEEN durable.bound('min_max_args_bytes') AND 104857600;
    WHEN name = 'max_attempts' THEN
        SET v_ok = value REGEXP '^[0-9]{1,10}$'
               AND CAST(value AS SIGNED) BETWEEN 1 AND durable.bound('max_attempts');
    WHEN name = 'retry_jitter' THEN
        SET v_ok = v_number AND CAST(value AS DOUBLE) <= 1;
    WHEN name = 'retry_behavior' THEN
        SET v_ok = durable.accepts('retry_behaviors', value);
    ELSE
        CALL durable.raise_error('DS009', CONCAT('unknown setting ', durable.lit(name)));
    END CASE;
    IF NOT v_ok THEN
        CALL durable.raise_error('DS009', CONCAT('invalid value ', durable.lit(value),
            ' for setting ', durable.lit(name)));
    END IF;
END$$

CREATE TRIGGER durable.settings_validate_insert BEFORE INSERT ON durable.settings
FOR EACH ROW CALL durable.validate_setting(NEW.name, NEW.value)$$

CREATE TRIGGER durable.settings_validate_update BEFORE UPDATE ON durable.settings
FOR EACH ROW CALL durable.validate_setting(NEW.name, NEW.value)$$

DELIMITER ;

INSERT INTO durable.settings (name, value, description) VALUES
    ('retention',       '2592000',  'terminal runs older than this many seconds (30 days) are removed by durable.prune()'),
    ('max_args_bytes',  '1048576',  'largest accepted args document, in bytes (as stored)'),
    ('max_attempts',    '3',        'define_job default when max_attempts is NULL'),
    ('retry_behavior',  'fixed',    'define_job default when retry_behavior is NULL: fixed | backoff'),
    ('retry_delay',     '5',        'define_job default when retry_delay is NULL (seconds)'),
    ('retry_max_delay', '3600',     'define_job default when retry_max_delay is NULL (seconds)'),
    ('retry_jitter',    '0',        'define_job default when retry_jitter is NULL (0..1)'),
    ('long_transaction', '300',     'durable.health warns about transactions open longer than this (seconds)'),
    ('dead_runs_warning', '100000', 'durable.health warns when InnoDB''s purge backlog (history list length) exceeds this');

-- ----------------------------------------------------------------------------
-- Try-locks.  PostgreSQL takes transaction-scoped advisory locks without
-- waiting (pg_try_advisory_xact_lock); here a lock is a row of durable.locks
-- read FOR UPDATE SKIP LOCKED: held until the transaction ends, and skipped,
-- never waited for, when another transaction holds it.  The rows:
--   ('queue', name)  counting and claiming for a queue with a concurrency limit
--   ('job', name)    the same for a job with a limit
--   ('key', key)     leasing a run of a concurrency key
--   ('sweep', 'retention')  one session's retention sweep (durable.sweep)
-- A row is created with the thing it guards (a queue, a job, a run's key),
-- outside any claim, so a claimer never inserts (an insert can wait).
-- Rows of keys stay when their runs are gone (a few bytes each).
-- ----------------------------------------------------------------------------
CREATE TABLE durable.locks (
    kind VARCHAR(8)   NOT NULL,
    name VARCHAR(512) NOT NULL,
    PRIMARY KEY (kind, name)
) ENGINE = InnoDB;
INSERT INTO durable.locks (kind, name) VALUES ('sweep', 'retention');

DELIMITER $$

-- Creates the lock row if missing.  The plain read first keeps the common
-- case (the row exists) free of any lock: INSERT IGNORE would take a shared
-- lock on the existing row and wait for a claimer holding it.
CREATE PROCEDURE durable.ensure_lock(IN kind VARCHAR(8), IN name VARCHAR(512))
NOT DETERMINISTIC MODIFIES SQL DATA
BEGIN
    IF NOT EXISTS (SELECT 1 FROM durable.locks l WHERE l.kind = kind AND l.name = name) THEN
        INSERT IGNORE INTO durable.locks (kind, name) VALUES (kind, name);
    END IF;
END$$

-- true when this transaction now holds the lock (or already did).
CREATE FUNCTION durable.try_lock(kind VARCHAR(8), name VARCHAR(512)) RETURNS BOOLEAN
NOT DETERMINISTIC MODIFIES SQL DATA
BEGIN
    RETURN (SELECT COUNT(*) FROM (SELECT 1 FROM durable.locks l
                                  WHERE l.kind = kind AND l.name = name
                                  FOR UPDATE SKIP LOCKED) x) > 0;
END$$

-- Whether the caller is inside a transaction.  SAVEPOINT outside one is a
-- no-op whose ROLLBACK TO fails (1305): so no @@in_transaction (MariaDB
-- only) and no information_schema.innodb_trx (refreshed at most every 0.1 s,
-- and blind to a START TRANSACTION that has not read yet) is needed.
-- @@autocommit = 0 counts as a transaction (the next statement opens one).
-- (A procedure: a FUNCTION may not use savepoints.)
CREATE PROCEDURE durable.probe_transaction(OUT open BOOLEAN)
NOT DETERMINISTIC NO SQL
BEGIN
    DECLARE CONTINUE HANDLER FOR 1305 SET open = FALSE;
    SET open = TRUE;
    SAVEPOINT durable_probe;
    ROLLBACK TO SAVEPOINT durable_probe;
    IF open THEN
        RELEASE SAVEPOINT durable_probe;
    END IF;
END$$

DELIMITER ;

DELIMITER $$

-- How a procedure that writes in several statements begins and ends its
-- work.  begin_work: with no transaction open, start one (READ COMMITTED,
-- whatever the session's level; own = TRUE); inside the caller's, set a
-- savepoint (own = FALSE) and never commit.  end_work commits only its own.
-- undo_work (from an error handler) rolls back its own transaction, or the
-- caller's back to the savepoint, so a failed call leaves nothing behind
-- either way and the caller's earlier work stays.
CREATE PROCEDURE durable.begin_work(OUT own BOOLEAN)
NOT DETERMINISTIC NO SQL
BEGIN
    DECLARE v_open BOOLEAN;
    CALL durable.probe_transaction(v_open);
    IF v_open THEN
        SET own = FALSE;
        SAVEPOINT durable_work;
    ELSE
        SET own = TRUE;
        SET TRANSACTION ISOLATION LEVEL READ COMMITTED;
        START TRANSACTION;
    END IF;
END$$

CREATE PROCEDURE durable.end_work(IN own BOOLEAN)
NOT DETERMINISTIC NO SQL
BEGIN
    IF own THEN
        COMMIT;
    END IF;
END$$

CREATE PROCEDURE durable.undo_work(IN own BOOLEAN)
NOT DETERMINISTIC NO SQL
BEGIN
    -- (A deadlock or lock wait timeout may have ended the transaction already.)
    DECLARE CONTINUE HANDLER FOR SQLEXCEPTION BEGIN END;
    IF own THEN
        ROLLBACK;
    ELSEIF own IS NOT NULL THEN
        ROLLBACK TO SAVEPOINT durable_work;
    END IF;
END$$

DELIMITER ;

-- ----------------------------------------------------------------------------
-- Queues.  A row appears when a job names the queue, a run is sent to it, or
-- durable.set_queue() configures it.  Its settings steer durable.claim():
--   paused            nothing is claimed from it (enqueues are still accepted);
--   priority          the order of queues when the claimer lists none
--                     (higher first, then by name);
--   weight            its share of a batch under strategy 'weighted';
--   concurrency_limit at most this many leased runs in the queue at once,
--                     across all workers (NULL: no limit);
--   lag_slo           the lag objective in seconds: a due run should start
--                     within this long (NULL: none); read by durable.slo_status
--                     and the metrics, never by claim.  (Last: 0016 added it,
--                     and a migrated install has it last too.)
-- ----------------------------------------------------------------------------
CREATE TABLE durable.queues (
    queue             VARCHAR(128) NOT NULL PRIMARY KEY,
    paused            BOOLEAN      NOT NULL DEFAULT FALSE,
    created_at        DATETIME(6)  NOT NULL,
    priority          INT          NOT NULL DEFAULT 0,
    weight            INT          NOT NULL DEFAULT 1,
    concurrency_limit INT,
    lag_slo           DOUBLE,
    CONSTRAINT queues_weight CHECK (weight >= 1),
    CONSTRAINT queues_limit CHECK (concurrency_limit >= 1),
    CONSTRAINT queues_lag_slo CHECK (lag_slo > 0)
) ENGINE = InnoDB;

DELIMITER $$

CREATE PROCEDURE durable.ensure_queue(IN queue TEXT)
NOT DETERMINISTIC MODIFIES SQL DATA
BEGIN
    CALL durable.check_name('queue name', queue, NULL);
    IF NOT EXISTS (SELECT 1 FROM durable.queues q WHERE q.queue = queue) THEN
        INSERT IGNORE INTO durable.queues (queue, created_at) VALUES (queue, durable.now());
        CALL durable.ensure_lock('queue', queue);
    END IF;
END$$

CREATE PROCEDURE durable.set_queue_paused(IN queue TEXT, IN paused BOOLEAN)
NOT DETERMINISTIC MODIFIES SQL DATA
BEGIN
    IF NOT EXISTS (SELECT 1 FROM durable.queues q WHERE q.queue = queue) THEN
        CALL durable.raise_error('DS010', CONCAT('unknown queue ', durable.lit(queue)));
    END IF;
    UPDATE durable.queues q SET q.paused = paused WHERE q.queue = queue;
END$$

-- A paused queue still accepts runs; nothing is claimed from it.
CREATE FUNCTION durable.pause_queue(queue TEXT) RETURNS INT
NOT DETERMINISTIC MODIFIES SQL DATA SQL SECURITY DEFINER
BEGIN
    CALL durable.set_queue_paused(queue, TRUE);
    RETURN NULL;
END$$

CREATE FUNCTION durable.resume_queue(queue TEXT) RETURNS INT
NOT DETERMINISTIC MODIFIES SQL DATA SQL SECURITY DEFINER
BEGIN
    CALL durable.set_queue_paused(queue, FALSE);
    RETURN NULL;
END$$

-- Upsert a queue's settings.  NULL leaves a setting as it is (a new queue
-- gets the defaults: priority 0, weight 1, no limit, no lag objective);
-- concurrency_limit 0 removes the limit, lag_slo 0 the objective.  The body
-- of set_queue and set_queue_opts (PostgreSQL's five-parameter set_queue).
CREATE PROCEDURE durable.configure_queue(IN queue TEXT, IN priority INT, IN weight INT,
                                         IN concurrency_limit INT, IN lag_slo DOUBLE)
NOT DETERMINISTIC MODIFIES SQL DATA
BEGIN
    CALL durable.check_name('queue name', queue, NULL);
    IF priority IS NOT NULL THEN
        CALL durable.check_range('priority', priority, -1000000, 1000000);
    END IF;
    IF weight IS NOT NULL THEN
        CALL durable.check_range('weight', weight, 1, 1000000);
    END IF;
    IF concurrency_limit IS NOT NULL THEN
        CALL durable.check_range('concurrency_limit', concurrency_limit, 0, 1000000);
    END IF;
    IF lag_slo IS NOT NULL THEN
        CALL durable.check_interval('lag_slo', lag_slo, TRUE);
    END IF;
    CALL durable.ensure_queue(queue);
    UPDATE durable.queues q SET
        q.priority = COALESCE(priority, q.priority),
        q.weight = COALESCE(weight, q.weight),
        q.concurrency_limit = IF(concurrency_limit IS NULL, q.concurrency_limit,
                                 NULLIF(concurrency_limit, 0)),
        q.lag_slo = IF(lag_slo IS NULL, q.lag_slo, NULLIF(lag_slo, 0))
    WHERE q.queue = queue;
END$$

-- PostgreSQL's set_queue has a fifth parameter, lag_slo; a function's arity
-- is frozen here (no defaults), so this one keeps four and the objective is
-- set through set_queue_opts.
CREATE FUNCTION durable.set_queue(queue TEXT, priority INT, weight INT, concurrency_limit INT)
RETURNS INT
NOT DETERMINISTIC MODIFIES SQL DATA SQL SECURITY DEFINER
BEGIN
    CALL durable.configure_queue(queue, priority, weight, concurrency_limit, NULL);
    RETURN NULL;
END$$

-- durable.set_queue with its settings as one JSON object, the form every
-- engine has:
--     SELECT durable.set_queue_opts('mail', '{"weight": 3, "lag_slo": 30}');
-- Keys are PostgreSQL's set_queue parameter names: integers for priority,
-- weight and concurrency_limit, seconds for lag_slo; JSON null leaves a
-- setting as it is.  An unknown key or a value of the wrong type is DS001
-- (the first such key in bytewise order is named), and nothing is written.
CREATE FUNCTION durable.set_queue_opts(queue TEXT, options JSON) RETURNS INT
NOT DETERMINISTIC MODIFIES SQL DATA SQL SECURITY DEFINER
BEGIN
    DECLARE v_opts  LONGTEXT DEFAULT COALESCE(options, '{}');
    DECLARE v_keys  JSON;
    DECLARE v_key   TEXT;
    DECLARE v_bad   TEXT;
    DECLARE v_known BOOLEAN;
    DECLARE v_i     INT DEFAULT 0;
    IF durable.json_kind(v_opts) <> 'object' THEN
        CALL durable.raise_error('DS001', CONCAT('set_queue options must be a JSON object, got ',
            IF(JSON_VALID(v_opts), LEFT(durable.jsonb_text(v_opts), 40), durable.json_kind(v_opts))));
    END IF;
    SET v_keys = JSON_KEYS(v_opts);
    WHILE v_i < COALESCE(JSON_LENGTH(v_keys), 0) DO
        SET v_key = JSON_VALUE(v_keys, CONCAT('$[', v_i, ']'));
        IF (v_bad IS NULL OR CAST(v_key AS BINARY) < CAST(v_bad AS BINARY))
           AND NOT durable.queue_option_ok(v_key, JSON_EXTRACT(v_opts, CONCAT('$.', JSON_QUOTE(v_key)))) THEN
            SET v_bad = v_key;
        END IF;
        SET v_i = v_i + 1;
    END WHILE;
    IF v_bad IS NOT NULL THEN
        SET v_known = CAST(v_bad AS BINARY) IN ('priority', 'weight', 'concurrency_limit', 'lag_slo');
        CALL durable.raise_error('DS001', IF(v_known,
            CONCAT('set_queue option ', v_bad, ' must be ',
                   IF(v_bad = 'lag_slo', 'a number of seconds', 'an integer'), ', got ',
                   LEFT(durable.jsonb_text(JSON_EXTRACT(v_opts, CONCAT('$.', JSON_QUOTE(v_bad)))), 40)),
            durable.fit_message(CONCAT('unknown set_queue option ', durable.lit(LEFT(v_bad, 40)),
                                       ': use concurrency_limit, lag_slo, priority, weight'))));
    END IF;
    CALL durable.configure_queue(
        queue,
        CAST(CAST(JSON_VALUE(v_opts, '$.priority') AS DECIMAL(65, 30)) AS SIGNED),
        CAST(CAST(JSON_VALUE(v_opts, '$.weight') AS DECIMAL(65, 30)) AS SIGNED),
        CAST(CAST(JSON_VALUE(v_opts, '$.concurrency_limit') AS DECIMAL(65, 30)) AS SIGNED),
        CAST(JSON_VALUE(v_opts, '$.lag_slo') AS DOUBLE));
    RETURN NULL;
END$$

-- Whether a set_queue option is known and its value (JSON text) has its
-- type: an integer within INT for priority, weight and concurrency_limit, a
-- number of seconds (at most 1e12 either way) for lag_slo; JSON null always.
CREATE FUNCTION durable.queue_option_ok(name TEXT, value LONGTEXT) RETURNS BOOLEAN
DETERMINISTIC NO SQL
BEGIN
    IF CAST(name AS BINARY) NOT IN ('priority', 'weight', 'concurrency_limit', 'lag_slo') THEN
        RETURN FALSE;
    ELSEIF JSON_TYPE(value) = 'NULL' THEN
        RETURN TRUE;
    ELSEIF name = 'lag_slo' THEN
        RETURN durable.json_number(value)
           AND ABS(CAST(JSON_VALUE(CONCAT('[', value, ']'), '$[0]') AS DOUBLE)) <= 1e12;
    END IF;
    RETURN durable.json_integer(value, -2147483648, 2147483647);
END$$

DELIMITER ;

-- ----------------------------------------------------------------------------
-- Job definitions.  Intervals are seconds.
-- ----------------------------------------------------------------------------
CREATE TABLE durable.jobs (
    job_name        VARCHAR(128) NOT NULL PRIMARY KEY,
    queue           VARCHAR(128) NOT NULL,
    max_attempts    INT          NOT NULL,
    retry_behavior  VARCHAR(16)  NOT NULL,
    retry_delay     DOUBLE       NOT NULL,
    retry_max_delay DOUBLE       NOT NULL,
    retry_jitter    DOUBLE       NOT NULL,
    timeout         DOUBLE,
    priority        INT          NOT NULL,
    created_at      DATETIME(6)  NOT NULL,
    updated_at      DATETIME(6)  NOT NULL,
    -- at most this many leased runs of the job at once, across all workers
    concurrency_limit INT,
    -- false: a run that succeeds is deleted, not moved to run_history (a
    -- queue rather than a log; failed and cancelled runs are always kept)
    keep_succeeded  BOOLEAN      NOT NULL DEFAULT TRUE,
    CONSTRAINT jobs_retry_behavior CHECK (retry_behavior IN ('fixed', 'backoff')),
    CONSTRAINT jobs_limit CHECK (concurrency_limit >= 1),
    KEY jobs_limited (concurrency_limit)
) ENGINE = InnoDB;

DELIMITER $$

-- Upsert.  An explicit NULL means "the default" (from durable.settings);
-- concurrency_limit NULL or 0 means no limit; keep_succeeded false deletes a
-- run that succeeds instead of keeping it in run_history.
CREATE FUNCTION durable.define_job(
    job_name        TEXT,
    queue           TEXT,
    max_attempts    INT,
    retry_behavior  TEXT,
    retry_delay     DOUBLE,
    retry_max_delay DOUBLE,
    retry_jitter    DOUBLE,
    timeout         DOUBLE,
    priority        INT,
    concurrency_limit INT,
    keep_succeeded  BOOLEAN
) RETURNS INT
NOT DETERMINISTIC MODIFIES SQL DATA SQL SECURITY DEFINER
BEGIN
    DECLARE v_queue           TEXT DEFAULT COALESCE(queue, 'default');
    DECLARE v_max_attempts    BIGINT DEFAULT COALESCE(max_attempts,
        (SELECT CAST(s.value AS SIGNED) FROM durable.settings s WHERE s.name = 'max_attempts'));
    DECLARE v_retry_behavior  TEXT DEFAULT COALESCE(retry_behavior,
        (SELECT s.value FROM durable.settings s WHERE s.name = 'retry_behavior'));
    DECLARE v_retry_delay     DOUBLE DEFAULT COALESCE(retry_delay,
        (SELECT CAST(s.value AS DOUBLE) FROM durable.settings s WHERE s.name = 'retry_delay'));
    DECLARE v_retry_max_delay DOUBLE DEFAULT COALESCE(retry_max_delay,
        (SELECT CAST(s.value AS DOUBLE) FROM durable.settings s WHERE s.name = 'retry_max_delay'));
    DECLARE v_retry_jitter    DOUBLE DEFAULT COALESCE(retry_jitter,
        (SELECT CAST(s.value AS DOUBLE) FROM durable.settings s WHERE s.name = 'retry_jitter'));
    DECLARE v_now DATETIME(6) DEFAULT durable.now();

    CALL durable.check_name('job name', job_name, NULL);
    CALL durable.check_range('max_attempts', v_max_attempts, 1, durable.bound('max_attempts'));
    IF NOT durable.accepts('retry_behaviors', v_retry_behavior) THEN
        CALL durable.raise_error('DS001', CONCAT('retry_behavior must be ',
            durable.word_list('retry_behaviors'), ', got ', durable.lit(v_retry_behavior)));
    END IF;
    CALL durable.check_interval('retry_delay', v_retry_delay, TRUE);
    CALL durable.check_interval('retry_max_delay', v_retry_max_delay, TRUE);
    IF NOT (v_retry_jitter >= 0 AND v_retry_jitter <= 1) THEN
        CALL durable.raise_error('DS001', CONCAT('retry_jitter must be between 0 and 1, got ',
            durable.num_text(v_retry_jitter)));
    END IF;
    IF timeout IS NOT NULL THEN
        CALL durable.check_interval('timeout', timeout, FALSE);
    END IF;
    IF concurrency_limit IS NOT NULL THEN
        CALL durable.check_range('concurrency_limit', concurrency_limit, 0, 1000000);
    END IF;
    CALL durable.ensure_queue(v_queue);

    INSERT INTO durable.jobs (job_name, queue, max_attempts, retry_behavior, retry_delay,
                              retry_max_delay, retry_jitter, timeout, priority,
                              created_at, updated_at, concurrency_limit, keep_succeeded)
    VALUES (job_name, v_queue, v_max_attempts, v_retry_behavior, v_retry_delay,
            v_retry_max_delay, v_retry_jitter, timeout, COALESCE(priority, 0), v_now, v_now,
            NULLIF(concurrency_limit, 0), COALESCE(keep_succeeded, TRUE))
    ON DUPLICATE KEY UPDATE
        queue           = VALUES(queue),
        max_attempts    = VALUES(max_attempts),
        retry_behavior  = VALUES(retry_behavior),
        retry_delay     = VALUES(retry_delay),
        retry_max_delay = VALUES(retry_max_delay),
        retry_jitter    = VALUES(retry_jitter),
        timeout         = VALUES(timeout),
        priority        = VALUES(priority),
        updated_at      = VALUES(updated_at),
        concurrency_limit = VALUES(concurrency_limit),
        keep_succeeded  = VALUES(keep_succeeded);
    CALL durable.ensure_lock('job', job_name);
    RETURN NULL;
END$$

DELIMITER ;

-- ----------------------------------------------------------------------------
-- Live runs: waiting, pending and leased only.  Small and hot.
--
-- MariaDB/MySQL have no partial indexes, so the claim index leads with
-- status, and its order is (neg_priority, run_at, run_id) ascending: an
-- index that mixes DESC and ASC columns is only read in order on MariaDB
-- 10.8+ and MySQL 8, and -priority works on every version.
-- ----------------------------------------------------------------------------
CREATE TABLE durable.runs (
    run_id              BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    job_name            VARCHAR(128) NOT NULL,
    queue               VARCHAR(128) NOT NULL,
    status              VARCHAR(16)  NOT NULL,
    args                JSON         NOT NULL,
    priority            INT          NOT NULL,
    neg_priority        INT AS (-priority) STORED,
    run_at              DATETIME(6)  NOT NULL,   -- due time of the next attempt
    attempt             INT          NOT NULL DEFAULT 0,  -- attempts claimed so far
    max_attempts        INT          NOT NULL,
    timeout             DOUBLE,                  -- seconds
    unique_key          VARCHAR(512),
    concurrency_key     VARCHAR(512),
    tags                JSON,
    worker              VARCHAR(128),            -- lease owner while leased
    lease_expires_at    DATETIME(6),
    started_at          DATETIME(6),             -- claim time of the current attempt
    cancel_requested_at DATETIME(6),             -- cancel() on a leased run
    error               TEXT,                    -- error of the latest failed attempt
    created_at          DATETIME(6)  NOT NULL,
    depends_on          JSON,                    -- parent runs (enqueue's depends_on)
    waiting_on          INT          NOT NULL DEFAULT 0,  -- parents not yet succeeded
    meta                JSON,
    progress            DOUBLE,                  -- 0..1, from durable.set_progress()
    progress_note       TEXT,
    -- claimed under a concurrency limit or key (PostgreSQL wakes workers
    -- when such a run ends; kept for the same meaning)
    limited             BOOLEAN      NOT NULL DEFAULT FALSE,
    -- The concurrency key while the run is leased, else NULL: its index
    -- answers "is this key busy?" in one lookup.  One leased run per key is
    -- held by the key's try-lock in claim (see there).  PostgreSQL also has a
    -- partial UNIQUE index here; an InnoDB UNIQUE index on this column made
    -- racing claimers deadlock (1213): its duplicate check takes shared
    -- next-key locks, gaps included, even at READ COMMITTED, and two claimers
    -- leasing runs of two keys whose entries share a gap wait on each other.
    leased_key          VARCHAR(512) AS (IF(status = 'leased', concurrency_key, NULL)) STORED,
    CONSTRAINT runs_status CHECK (status IN ('waiting', 'pending', 'leased')),
    -- Claim order within one queue: higher priority first, then earlier run_at, then lower id.
    KEY runs_claim (status, queue, neg_priority, run_at, run_id),
    -- Expired leases, found by the next claim.
    KEY runs_lease (status, lease_expires_at),
    KEY runs_worker (worker),
    KEY runs_job (job_name, status),
    -- At most one live run per unique key (NULLs are not compared).
    UNIQUE KEY runs_unique_key (unique_key),
    KEY runs_concurrency_key (leased_key)
) ENGINE = InnoDB;

-- ----------------------------------------------------------------------------
-- Terminal runs.  One table (PostgreSQL partitions it by month; MariaDB and
-- MySQL cannot partition a table by a column outside its primary key, and
-- prune deletes in batches instead), indexed by finished_at for prune.
-- ----------------------------------------------------------------------------
CREATE TABLE durable.run_history (
    run_id          BIGINT       NOT NULL PRIMARY KEY,
    job_name        VARCHAR(128) NOT NULL,
    queue           VARCHAR(128) NOT NULL,
    status          VARCHAR(16)  NOT NULL,
    args            JSON         NOT NULL,
    result          JSON,
    error           TEXT,
    priority        INT          NOT NULL,
    run_at          DATETIME(6)  NOT NULL,
    attempt         INT          NOT NULL,
    max_attempts    INT          NOT NULL,
    timeout         DOUBLE,
    unique_key      VARCHAR(512),
    concurrency_key VARCHAR(512),
    tags            JSON,
    worker          VARCHAR(128),
    created_at      DATETIME(6)  NOT NULL,
    started_at      DATETIME(6),
    finished_at     DATETIME(6)  NOT NULL,
    depends_on      JSON,
    meta            JSON,
    progress        DOUBLE,
    progress_note   TEXT,
    CONSTRAINT run_history_status CHECK (status IN ('succeeded', 'failed', 'cancelled')),
    KEY run_history_finished_at (finished_at)
) ENGINE = InnoDB;

-- Dependencies: one row per (parent, child) edge, written when the child is
-- enqueued and removed when the child is pruned.
CREATE TABLE durable.dependencies (
    parent_id BIGINT NOT NULL,
    child_id  BIGINT NOT NULL,
    PRIMARY KEY (parent_id, child_id),
    KEY dependencies_child_id (child_id)
) ENGINE = InnoDB;

-- ============================================================================
-- THE EXIT PATH.  A run leaves durable.runs one way only: durable.finish_runs
-- (complete, fail, cancel, release, the lease sweep in claim, a dependency's
-- failure).  What happens on the way out is written once, here:
--   * the history row is written, then the live row deleted, for the rows
--     locked first (FOR UPDATE), except a run that succeeded in a job defined
--     with keep_succeeded false, which is only deleted;
--   * the run's waiting children move on (durable.settle_children).
-- Sets of runs travel as JSON arrays.  A function may not call itself, nor
-- a procedure on the stack, so the cascade of settle_children is a loop
-- around move_runs rather than a recursion through finish_runs.
-- ============================================================================
DELIMITER $$

-- Moves runs out of durable.runs with `status`.  owner NULL moves any of
-- run_ids; a worker's name only the runs that worker holds leased.  A run
-- whose cancellation was requested always ends 'cancelled'.  results and
-- errors are JSON arrays parallel to run_ids (NULL: none; an error replaces
-- the run's latest one).  n: how many ended with `status`; done: a JSON
-- array of [run_id, final status] of every run moved (NULL when none).
CREATE PROCEDURE durable.move_runs(IN run_ids JSON, IN status VARCHAR(16), IN owner TEXT,
                                   IN results JSON, IN errors JSON,
                                   OUT n INT, OUT done JSON)
NOT DETERMINISTIC MODIFIES SQL DATA
BEGIN
    DECLARE v_ids JSON;
    DECLARE v_now DATETIME(6) DEFAULT durable.now();
    SET n = 0, done = NULL;
    -- Lock the rows that end (a statement of its own: the statements below
    -- then see exactly these rows, whatever committed meanwhile).
    SELECT JSON_ARRAYAGG(x.run_id), JSON_ARRAYAGG(JSON_ARRAY(x.run_id, x.final_status)),
           COALESCE(SUM(x.final_status = status), 0)
    INTO v_ids, done, n
    FROM (SELECT r.run_id, IF(r.cancel_requested_at IS NULL, status, 'cancelled') AS final_status
          FROM (SELECT DISTINCT j.id FROM JSON_TABLE(run_ids, '$[*]' COLUMNS (id BIGINT PATH '$')) j) d
          STRAIGHT_JOIN durable.runs r FORCE INDEX (PRIMARY) ON r.run_id = d.id
          WHERE owner IS NULL OR (r.worker = owner AND r.status = 'leased')
          FOR UPDATE) x;
    IF v_ids IS NOT NULL THEN
        INSERT INTO durable.run_history (run_id, job_name, queue, status, args, result, error,
            priority, run_at, attempt, max_attempts, timeout, unique_key, concurrency_key, tags,
            worker, created_at, started_at, finished_at, depends_on, meta, progress, progress_note)
        SELECT r.run_id, r.job_name, r.queue,
               IF(r.cancel_requested_at IS NULL, status, 'cancelled'), r.args,
               -- (the first occurrence of an id counts, as in PostgreSQL)
               IF(results IS NULL OR JSON_TYPE(JSON_EXTRACT(results, CONCAT('$[', f.ord - 1, ']'))) = 'NULL',
                  NULL, JSON_EXTRACT(results, CONCAT('$[', f.ord - 1, ']'))),
               COALESCE(IF(errors IS NULL, NULL,
                           JSON_VALUE(errors, CONCAT('$[', f.ord - 1, ']'))), r.error),
               r.priority, r.run_at, r.attempt, r.max_attempts, r.timeout, r.unique_key,
               r.concurrency_key, r.tags, r.worker, r.created_at, r.started_at, v_now,
               r.depends_on, r.meta, r.progress, r.progress_note
        FROM JSON_TABLE(v_ids, '$[*]' COLUMNS (id BIGINT PATH '$')) k
        STRAIGHT_JOIN durable.runs r FORCE INDEX (PRIMARY) ON r.run_id = k.id
        JOIN (SELECT j.id, MIN(j.ord) AS ord
              FROM JSON_TABLE(run_ids, '$[*]' COLUMNS (ord FOR ORDINALITY, id BIGINT PATH '$')) j
              GROUP BY j.id) f ON f.id = r.run_id
        WHERE (r.cancel_requested_at IS NOT NULL OR status <> 'succeeded'
               OR NOT EXISTS (SELECT 1 FROM durable.jobs jb
                              WHERE jb.job_name = r.job_name AND NOT jb.keep_succeeded));
        -- (Multi-table form: MariaDB runs `DELETE ... WHERE id IN (subquery)`
        -- as a scan of the table, locking rows other claimers hold.)
        DELETE r FROM JSON_TABLE(v_ids, '$[*]' COLUMNS (id BIGINT PATH '$')) k
        STRAIGHT_JOIN durable.runs r FORCE INDEX (PRIMARY) ON r.run_id = k.id;
    END IF;
END$$

-- Parents that just became terminal (done: [[id, status], ...]) release
-- their waiting children: each success counts down the child's waiting_on,
-- and a child whose count reaches zero becomes pending.  A parent that
-- failed or was cancelled cancels its waiting children with the error
-- 'dependency <parent id> <status>', and those cancel theirs, level by level.
CREATE PROCEDURE durable.settle_children(IN done JSON)
NOT DETERMINISTIC MODIFIES SQL DATA
BEGIN
    DECLARE v_ok JSON;
    DECLARE v_bad JSON;
    DECLARE v_ids JSON;
    DECLARE v_errors JSON;
    DECLARE v_n INT;

    SELECT JSON_ARRAYAGG(IF(d.st = 'succeeded', d.id, NULL)),
           JSON_ARRAYAGG(IF(d.st <> 'succeeded', JSON_ARRAY(d.id, d.st), NULL))
    INTO v_ok, v_bad
    FROM JSON_TABLE(done, '$[*]' COLUMNS (id BIGINT PATH '$[0]', st VARCHAR(16) PATH '$[1]')) d;

    IF v_ok IS NOT NULL THEN
        -- The row lock serialises two parents of one child finishing at once:
        -- the second sees the first one's count.  (status is computed from
        -- the old count: a multi-table UPDATE does not promise the order of
        -- its assignments.)
        UPDATE (SELECT e.child_id, COUNT(*) AS n FROM durable.dependencies e
                WHERE e.parent_id IN (SELECT o.id FROM JSON_TABLE(v_ok, '$[*]' COLUMNS (id BIGINT PATH '$')) o)
                GROUP BY e.child_id) ch
        STRAIGHT_JOIN durable.runs c FORCE INDEX (PRIMARY) ON c.run_id = ch.child_id
        SET c.status = IF(c.waiting_on - ch.n > 0, 'waiting', 'pending'),
            c.waiting_on = c.waiting_on - ch.n
        WHERE c.status = 'waiting';
    END IF;

    levels: LOOP
        -- (JSON_ARRAYAGG keeps the NULLs of the other kind: drop them.)
        SET v_bad = (SELECT JSON_ARRAYAGG(JSON_ARRAY(b.id, b.st))
                     FROM JSON_TABLE(v_bad, '$[*]' COLUMNS (id BIGINT PATH '$[0]', st VARCHAR(16) PATH '$[1]')) b
                     WHERE b.id IS NOT NULL);
        IF v_bad IS NULL THEN
            LEAVE levels;
        END IF;
        SELECT JSON_ARRAYAGG(x.run_id), JSON_ARRAYAGG(x.error) INTO v_ids, v_errors
        FROM (SELECT c.run_id,
                     (SELECT CONCAT('dependency ', b.id, ' ', b.st)
                      FROM JSON_TABLE(v_bad, '$[*]' COLUMNS (id BIGINT PATH '$[0]', st VARCHAR(16) PATH '$[1]')) b
                      JOIN durable.dependencies e ON e.parent_id = b.id AND e.child_id = c.run_id
                      ORDER BY b.id LIMIT 1) AS error
              FROM (SELECT DISTINCT e.child_id FROM durable.dependencies e
                    WHERE e.parent_id IN (SELECT b.id FROM JSON_TABLE(v_bad, '$[*]' COLUMNS (id BIGINT PATH '$[0]')) b)) ch
              STRAIGHT_JOIN durable.runs c FORCE INDEX (PRIMARY) ON c.run_id = ch.child_id
              WHERE c.status = 'waiting'
              ORDER BY c.run_id
              FOR UPDATE) x;
        IF v_ids IS NULL THEN
            LEAVE levels;
        END IF;
        CALL durable.move_runs(v_ids, 'cancelled', NULL, NULL, v_errors, v_n, v_bad);
    END LOOP;
END$$

-- Ends runs (see move_runs), then lets their waiting children move on.
-- Returns how many runs ended with `status` (cancelled ones are not counted).
CREATE PROCEDURE durable.finish_runs(IN run_ids JSON, IN status VARCHAR(16), IN owner TEXT,
                                     IN results JSON, IN errors JSON, OUT n INT)
NOT DETERMINISTIC MODIFIES SQL DATA
BEGIN
    DECLARE v_done JSON;
    DECLARE v_children BOOLEAN DEFAULT FALSE;
    CALL durable.move_runs(run_ids, status, owner, results, errors, n, v_done);
    IF v_done IS NOT NULL THEN
        SELECT EXISTS (SELECT 1 FROM durable.dependencies e
                       WHERE e.parent_id IN (SELECT d.id FROM JSON_TABLE(v_done, '$[*]' COLUMNS (id BIGINT PATH '$[0]')) d))
        INTO v_children;
        IF v_children THEN
            CALL durable.settle_children(v_done);
        END IF;
    END IF;
END$$

DELIMITER ;

-- ----------------------------------------------------------------------------
-- Producers.
-- ----------------------------------------------------------------------------
DELIMITER $$

-- args (or meta) must be a JSON object no larger than the max_args_bytes
-- setting, read only for documents over min_max_args_bytes.  Size is the
-- stored text's bytes (PostgreSQL: the stored jsonb's).
CREATE PROCEDURE durable.check_args(IN args LONGTEXT, IN what VARCHAR(64))
NOT DETERMINISTIC READS SQL DATA
BEGIN
    DECLARE v_limit BIGINT;
    IF durable.json_kind(args) <> 'object' THEN
        CALL durable.raise_error('DS001', CONCAT(what, ' must be a JSON object, got ',
            durable.json_kind(args)));
    END IF;
    IF LENGTH(args) > durable.bound('min_max_args_bytes') THEN
        SET v_limit = (SELECT CAST(s.value AS SIGNED) FROM durable.settings s
                       WHERE s.name = 'max_args_bytes');
        IF LENGTH(args) > v_limit THEN
            CALL durable.raise_error('DS006', CONCAT(what, ' is ', LENGTH(args),
                ' bytes; the limit (setting max_args_bytes) is ', v_limit));
        END IF;
    END IF;
END$$

CREATE PROCEDURE durable.unknown_job(IN job_name TEXT)
NOT DETERMINISTIC NO SQL
BEGIN
    CALL durable.raise_error('DS003', CONCAT('unknown job ', durable.lit(job_name),
        ': define it with durable.define_job() first'));
END$$

-- tags: a JSON array of names (NULL: none).
CREATE PROCEDURE durable.check_tags(IN tags LONGTEXT)
NOT DETERMINISTIC NO SQL
BEGIN
    DECLARE v_i INT DEFAULT 0;
    DECLARE v_n INT;
    IF tags IS NOT NULL THEN
        IF durable.json_kind(tags) <> 'array' THEN
            CALL durable.raise_error('DS001', CONCAT('tags must be a JSON array of strings, got ',
                durable.json_kind(tags)));
        END IF;
        SET v_n = JSON_LENGTH(tags);
        WHILE v_i < v_n DO
            IF JSON_TYPE(JSON_EXTRACT(tags, CONCAT('$[', v_i, ']'))) <> 'STRING' THEN
                CALL durable.raise_error('DS001', CONCAT('tags must be a JSON array of strings, got ',
                    durable.json_kind(JSON_EXTRACT(tags, CONCAT('$[', v_i, ']'))), ' at [', v_i, ']'));
            END IF;
            CALL durable.check_name('tag', JSON_VALUE(tags, CONCAT('$[', v_i, ']')), NULL);
            SET v_i = v_i + 1;
        END WHILE;
    END IF;
END$$

-- The parents of a new (or retried) run.  Every id must exist.  Live parents
-- are locked in share mode: their completion (which locks them FOR UPDATE)
-- waits until this transaction ends, and then sees this child, so no parent
-- can finish unseen by a child that counted it as live.  (PostgreSQL's FOR
-- KEY SHARE still lets the parent's worker heartbeat or fail-with-retry it
-- meanwhile; here those wait for the producer's transaction too.)
-- parents: the distinct ids as a JSON array; live: how many are live;
-- blocker: 'dependency <id> <status>' when one already failed or was cancelled.
CREATE PROCEDURE durable.lock_parents(IN depends_on LONGTEXT, OUT parents JSON,
                                      OUT live INT, OUT blocker TEXT)
NOT DETERMINISTIC READS SQL DATA
BEGIN
    DECLARE v_count INT;
    DECLARE v_missing BIGINT;
    IF durable.json_kind(depends_on) <> 'array'
       OR EXISTS (SELECT 1 FROM JSON_TABLE(depends_on, '$[*]' COLUMNS (v JSON PATH '$')) d
                  WHERE JSON_TYPE(d.v) NOT IN ('INTEGER', 'NULL', 'UNSIGNED INTEGER')) THEN
        CALL durable.raise_error('DS001', 'depends_on must be a one-dimensional array of run ids');
    END IF;
    IF EXISTS (SELECT 1 FROM JSON_TABLE(depends_on, '$[*]' COLUMNS (v JSON PATH '$')) d
               WHERE d.v IS NULL OR JSON_TYPE(d.v) = 'NULL') THEN
        CALL durable.raise_error('DS001', 'depends_on must not contain NULL');
    END IF;
    SELECT JSON_ARRAYAGG(x.id), COUNT(*) INTO parents, v_count
    FROM (SELECT DISTINCT d.id FROM JSON_TABLE(depends_on, '$[*]' COLUMNS (id BIGINT PATH '$')) d) x;
    IF v_count > durable.bound('max_depends_on') THEN
        CALL durable.raise_error('DS001', CONCAT('depends_on lists ', v_count,
            ' runs; the limit is ', durable.bound('max_depends_on')));
    END IF;
    SET live = (SELECT COUNT(*) FROM (
        SELECT r.run_id
        FROM JSON_TABLE(parents, '$[*]' COLUMNS (id BIGINT PATH '$')) p
        STRAIGHT_JOIN durable.runs r FORCE INDEX (PRIMARY) ON r.run_id = p.id
        ORDER BY r.run_id
        LOCK IN SHARE MODE) x);
    SET blocker = NULL;
    IF live < v_count THEN
        -- The others must be terminal.  (Statements of their own, so they see
        -- a parent that finished while we waited for its lock.)
        SET blocker = (SELECT CONCAT('dependency ', h.run_id, ' ', h.status)
                       FROM durable.run_history h
                       WHERE h.run_id IN (SELECT p.id FROM JSON_TABLE(parents, '$[*]' COLUMNS (id BIGINT PATH '$')) p)
                         AND h.status <> 'succeeded'
                       ORDER BY h.run_id LIMIT 1);
        SET v_missing = (SELECT p.id FROM JSON_TABLE(parents, '$[*]' COLUMNS (id BIGINT PATH '$')) p
                         WHERE NOT EXISTS (SELECT 1 FROM durable.runs r WHERE r.run_id = p.id)
                           AND NOT EXISTS (SELECT 1 FROM durable.run_history h WHERE h.run_id = p.id)
                         ORDER BY p.id LIMIT 1);
        IF v_missing IS NOT NULL THEN
            CALL durable.raise_error('DS004', CONCAT('unknown run ', v_missing, ' in depends_on'));
        END IF;
    END IF;
END$$

-- Trace context.  A run carries the W3C traceparent of the trace it was
-- enqueued in as meta's "traceparent", and durable.claim hands it to the
-- worker, whose span per attempt continues that trace.  A client library
-- puts it in meta; a producer without one (the mariadb client, a trigger, a
-- service in another language) sets the user variable @durable_traceparent
-- around its enqueues (PostgreSQL's SET LOCAL durable.traceparent; there is
-- no SET LOCAL here, so the producer sets it back to NULL itself):
--     SET @durable_traceparent = '00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01';
--     SELECT durable.enqueue('send-email', '{"to": "a@b.c"}', NULL, ...);
--     SET @durable_traceparent = NULL;
-- NULL or '' means none.  enqueue, enqueue_opts and enqueue_many store it
-- when meta has no traceparent of its own (meta's wins); a malformed one,
-- in meta or in the variable, is DS001 and nothing is written.
CREATE FUNCTION durable.check_traceparent(value TEXT) RETURNS TEXT CHARACTER SET utf8mb4
DETERMINISTIC NO SQL
BEGIN
    -- (CHAR_LENGTH: the regular expression's $ would also match before a
    -- final newline; PostgreSQL's does not)
    IF value IS NULL OR CHAR_LENGTH(value) <> 55
       OR CONVERT(value USING utf8mb4) COLLATE utf8mb4_bin
          NOT REGEXP '^[0-9a-f]{2}-[0-9a-f]{32}-[0-9a-f]{16}-[0-9a-f]{2}$'
       OR LEFT(value, 2) = 'ff'
       OR SUBSTRING(value, 4, 32) = REPEAT('0', 32)
       OR SUBSTRING(value, 37, 16) = REPEAT('0', 16) THEN
        CALL durable.raise_error('DS001', durable.fit_message(CONCAT(
            'traceparent must be 00-<32 hex>-<16 hex>-<2 hex> (W3C), got ',
            durable.lit(LEFT(value, 100)))));
    END IF;
    RETURN value;
END$$

-- meta with its traceparent checked, or with @durable_traceparent added
-- when meta has none.
CREATE FUNCTION durable.traced_meta(meta JSON) RETURNS JSON
NOT DETERMINISTIC NO SQL
BEGIN
    DECLARE v_given LONGTEXT;
    DECLARE v_ok    TEXT;
    IF meta IS NOT NULL AND JSON_CONTAINS_PATH(meta, 'one', '$.traceparent') THEN
        SET v_given = JSON_EXTRACT(meta, '$.traceparent');
        SET v_ok = durable.check_traceparent(IF(JSON_TYPE(v_given) = 'STRING',
                                                JSON_UNQUOTE(v_given), durable.jsonb_text(v_given)));
        RETURN meta;
    END IF;
    IF @durable_traceparent IS NULL OR LENGTH(@durable_traceparent) = 0 THEN
        RETURN meta;
    END IF;
    RETURN JSON_SET(COALESCE(meta, '{}'), '$.traceparent',
                    durable.check_traceparent(@durable_traceparent));
END$$

-- The single-run path, the hottest producer call.
--   unique_key       at most one live run per key: a second enqueue returns
--                    the live run's id and inserts nothing;
--   concurrency_key  at most one leased run per key at a time;
--   depends_on       a JSON array of run ids: the run waits (status
--                    'waiting') until every parent succeeded; a parent that
--                    fails or is cancelled cancels it.
-- run_at is a UTC DATETIME(6); timeout is seconds.
CREATE FUNCTION durable.enqueue(
    job_name        TEXT,
    args            JSON,
    queue           TEXT,
    run_at          DATETIME(6),
    priority        INT,
    max_attempts    INT,
    unique_key      TEXT,
    concurrency_key TEXT,
    depends_on      JSON,
    tags            JSON,
    timeout         DOUBLE,
    meta            JSON
) RETURNS BIGINT
NOT DETERMINISTIC MODIFIES SQL DATA SQL SECURITY DEFINER
BEGIN
    DECLARE v_now     DATETIME(6) DEFAULT durable.now();
    DECLARE v_run_at  DATETIME(6) DEFAULT COALESCE(run_at, v_now);
    DECLARE v_id      BIGINT;
    DECLARE v_parents JSON;
    DECLARE v_waiting INT DEFAULT 0;
    DECLARE v_blocker TEXT;
    DECLARE v_taken   BOOLEAN DEFAULT FALSE;
    DECLARE v_n       INT;
    DECLARE v_meta    JSON DEFAULT meta;
    -- A racing producer inserted the same unique key first (we waited for
    -- it to commit): its run is the answer.
    DECLARE CONTINUE HANDLER FOR 1062 SET v_taken = TRUE;

    -- Checks that need no table come first.
    IF args IS NOT NULL
       AND (durable.json_kind(args) <> 'object' OR LENGTH(args) > durable.bound('min_max_args_bytes')) THEN
        CALL durable.check_args(args, 'args');
    END IF;
    IF MONTH(run_at) = 0 OR DAYOFMONTH(run_at) = 0 THEN
        CALL durable.zero_time('run_at', run_at);
    END IF;
    IF max_attempts IS NOT NULL THEN
        CALL durable.check_range('max_attempts', max_attempts, 1, durable.bound('max_attempts'));
    END IF;
    IF priority IS NOT NULL THEN
        CALL durable.check_range('priority', priority, -1000000, 1000000);
    END IF;
    IF timeout IS NOT NULL THEN
        CALL durable.check_interval('timeout', timeout, FALSE);
    END IF;
    IF tags IS NOT NULL THEN
        CALL durable.check_tags(tags);
    END IF;
    IF meta IS NOT NULL THEN
        CALL durable.check_args(meta, 'meta');
    END IF;
    IF JSON_CONTAINS_PATH(meta, 'one', '$.traceparent') OR LENGTH(@durable_traceparent) > 0 THEN
        SET v_meta = durable.traced_meta(meta);
    END IF;
    IF unique_key IS NOT NULL THEN
        CALL durable.check_name('unique_key', unique_key, durable.bound('max_key_length'));
    END IF;
    IF concurrency_key IS NOT NULL THEN
        CALL durable.check_name('concurrency_key', concurrency_key, durable.bound('max_key_length'));
    END IF;
    IF NOT EXISTS (SELECT 1 FROM durable.jobs j WHERE j.job_name = job_name) THEN
        CALL durable.unknown_job(job_name);
    END IF;
    IF queue IS NOT NULL THEN
        CALL durable.ensure_queue(queue);
    END IF;
    IF unique_key IS NOT NULL THEN
        SET v_id = (SELECT r.run_id FROM durable.runs r WHERE r.unique_key = unique_key);
        IF v_id IS NOT NULL THEN
            RETURN v_id;
        END IF;
    END IF;
    -- (Anything but an array, JSON or not, goes on to lock_parents, which rejects it.)
    IF depends_on IS NOT NULL
       AND (durable.json_kind(depends_on) <> 'array' OR JSON_LENGTH(depends_on) > 0) THEN
        CALL durable.lock_parents(depends_on, v_parents, v_waiting, v_blocker);
    END IF;
    IF concurrency_key IS NOT NULL THEN
        CALL durable.ensure_lock('key', concurrency_key);
    END IF;

    INSERT INTO durable.runs (job_name, queue, status, args, priority, run_at, max_attempts,
                              timeout, unique_key, concurrency_key, tags, created_at,
                              depends_on, waiting_on, meta)
    SELECT j.job_name, COALESCE(queue, j.queue),
           IF(v_waiting > 0 OR v_blocker IS NOT NULL, 'waiting', 'pending'),
           COALESCE(args, '{}'), COALESCE(priority, j.priority), v_run_at,
           COALESCE(max_attempts, j.max_attempts), COALESCE(timeout, j.timeout),
           unique_key, concurrency_key, tags, v_now, v_parents, v_waiting, v_meta
    FROM durable.jobs j
    WHERE j.job_name = job_name;
    IF v_taken THEN
        RETURN (SELECT r.run_id FROM durable.runs r WHERE r.unique_key = unique_key);
    END IF;
    SET v_id = LAST_INSERT_ID();
    IF v_parents IS NOT NULL THEN
        INSERT INTO durable.dependencies (parent_id, child_id)
        SELECT p.id, v_id FROM JSON_TABLE(v_parents, '$[*]' COLUMNS (id BIGINT PATH '$')) p;
    END IF;
    IF v_blocker IS NOT NULL THEN
        -- A parent already failed: the run exists, and is cancelled at once.
        CALL durable.finish_runs(JSON_ARRAY(v_id), 'cancelled', NULL, NULL, JSON_ARRAY(v_blocker), v_n);
    END IF;
    RETURN v_id;
END$$

-- enqueue for clients that cannot pass twelve positional arguments, and the
-- form new parameters arrive in: options is a JSON object whose keys are
-- enqueue's parameter names after args (queue, run_at, priority,
-- max_attempts, unique_key, concurrency_key, depends_on, tags, timeout,
-- meta), checked as PostgreSQL's enqueue_opts checks them, with its texts:
-- integers integral and within INT range, depends_on an array of positive
-- integers, tags an array of strings, timeout a number of seconds, meta an
-- object; a JSON null means the default; the first bad key in jsonb's key
-- order (shorter first, then bytewise) is the one named.  run_at is an ISO
-- 8601 text (durable.iso_time): UTC when it has no offset, converted to UTC
-- when it has one.
CREATE FUNCTION durable.enqueue_opts(job_name TEXT, args JSON, options JSON) RETURNS BIGINT
NOT DETERMINISTIC MODIFIES SQL DATA SQL SECURITY DEFINER
BEGIN
    DECLARE v_opts   LONGTEXT DEFAULT COALESCE(options, '{}');
    DECLARE v_keys   JSON;
    DECLARE v_key    TEXT;
    DECLARE v_want   VARCHAR(32);
    DECLARE v_bad    TEXT;
    DECLARE v_bad_want VARCHAR(32);
    DECLARE v_value  LONGTEXT;
    DECLARE v_text   TEXT;
    DECLARE v_run_at DATETIME(6);
    DECLARE v_deps   LONGTEXT;
    DECLARE v_i      INT DEFAULT 0;
    IF durable.json_kind(v_opts) <> 'object' THEN
        CALL durable.raise_error('DS001', CONCAT('options must be a JSON object, got ',
            durable.json_kind(v_opts)));
    END IF;
    SET v_keys = JSON_KEYS(v_opts);
    WHILE v_i < COALESCE(JSON_LENGTH(v_keys), 0) DO
        SET v_key = JSON_VALUE(v_keys, CONCAT('$[', v_i, ']'));
        SET v_want = durable.enqueue_option_type(v_key);
        IF (v_bad IS NULL OR LENGTH(v_key) < LENGTH(v_bad)
            OR (LENGTH(v_key) = LENGTH(v_bad) AND CAST(v_key AS BINARY) < CAST(v_bad AS BINARY)))
           AND (v_want IS NULL OR NOT durable.enqueue_option_ok(
                    JSON_EXTRACT(v_opts, CONCAT('$.', JSON_QUOTE(v_key))), v_want)) THEN
            SET v_bad = v_key, v_bad_want = v_want;
        END IF;
        SET v_i = v_i + 1;
    END WHILE;
    IF v_bad IS NOT NULL AND v_bad_want IS NULL THEN
        -- (PostgreSQL's text is longer than MySQL's 128 characters: cut, as
        -- cron_message cuts)
        CALL durable.raise_error('DS001', durable.fit_message(CONCAT(
            'unknown enqueue option ', durable.lit(LEFT(v_bad, 40)),
            ': use queue, run_at, priority, max_attempts, unique_key, concurrency_key, ',
            'depends_on, tags, timeout or meta')));
    ELSEIF v_bad IS NOT NULL THEN
        CALL durable.raise_error('DS001', CONCAT(
            'enqueue option ', v_bad, ' must be ', IF(v_bad_want IN ('string', 'number'), 'a', 'an'),
            ' ', v_bad_want, ', got ', LEFT(durable.jsonb_text(
                JSON_EXTRACT(v_opts, CONCAT('$.', JSON_QUOTE(v_bad)))), 40)));
    END IF;
    SET v_text = JSON_VALUE(v_opts, '$.run_at');
    IF v_text IS NOT NULL THEN
        SET v_run_at = durable.iso_time(v_text);
        IF v_run_at IS NULL THEN
            CALL durable.raise_error('DS001', CONCAT(
                'enqueue option run_at must be an ISO 8601 time, got ', durable.lit(LEFT(v_text, 40))));
        END IF;
    END IF;
    IF JSON_TYPE(JSON_EXTRACT(v_opts, '$.depends_on')) = 'ARRAY' THEN
        SET v_deps = JSON_EXTRACT(v_opts, '$.depends_on');
        IF v_deps NOT REGEXP '^\\[[0-9, ]*\\]$' THEN
            -- integral numbers written otherwise (1.0, 1e2): as integers
            SET v_keys = v_deps, v_deps = JSON_ARRAY(), v_i = 0;
            WHILE v_i < JSON_LENGTH(v_keys) DO
                SET v_deps = JSON_ARRAY_APPEND(v_deps, '$', CAST(CAST(
                    JSON_VALUE(v_keys, CONCAT('$[', v_i, ']')) AS DECIMAL(65, 30)) AS SIGNED));
                SET v_i = v_i + 1;
            END WHILE;
        END IF;
    END IF;
    RETURN durable.enqueue(
        job_name, args,
        JSON_VALUE(v_opts, '$.queue'),
        v_run_at,
        CAST(CAST(JSON_VALUE(v_opts, '$.priority') AS DECIMAL(65, 30)) AS SIGNED),
        CAST(CAST(JSON_VALUE(v_opts, '$.max_attempts') AS DECIMAL(65, 30)) AS SIGNED),
        JSON_VALUE(v_opts, '$.unique_key'),
        JSON_VALUE(v_opts, '$.concurrency_key'),
        v_deps,
        IF(JSON_TYPE(JSON_EXTRACT(v_opts, '$.tags')) = 'ARRAY', JSON_EXTRACT(v_opts, '$.tags'), NULL),
        JSON_VALUE(v_opts, '$.timeout'),
        IF(JSON_TYPE(JSON_EXTRACT(v_opts, '$.meta')) = 'OBJECT', JSON_EXTRACT(v_opts, '$.meta'), NULL));
END$$

-- The type an enqueue option's value must have, as PostgreSQL's
-- enqueue_opts names it in its messages; NULL for an unknown option.
CREATE FUNCTION durable.enqueue_option_type(name TEXT) RETURNS VARCHAR(32) CHARACTER SET utf8mb4
DETERMINISTIC NO SQL
BEGIN
    RETURN CASE CAST(name AS BINARY)
        WHEN 'queue' THEN 'string' WHEN 'unique_key' THEN 'string'
        WHEN 'concurrency_key' THEN 'string' WHEN 'run_at' THEN 'string'
        WHEN 'priority' THEN 'integer' WHEN 'max_attempts' THEN 'integer'
        WHEN 'timeout' THEN 'number' WHEN 'depends_on' THEN 'array of integers'
        WHEN 'tags' THEN 'array of strings' WHEN 'meta' THEN 'object' END;
END$$

-- Whether a JSON value is a number.
CREATE FUNCTION durable.json_number(value LONGTEXT) RETURNS BOOLEAN
DETERMINISTIC NO SQL
BEGIN
    RETURN JSON_TYPE(value) IN ('INTEGER', 'UNSIGNED INTEGER', 'DOUBLE', 'DECIMAL');
END$$

-- PostgreSQL's json_integer: whether a JSON value is an integral number
-- within [low, high].
CREATE FUNCTION durable.json_integer(value LONGTEXT, low DECIMAL(65, 0), high DECIMAL(65, 0))
RETURNS BOOLEAN
DETERMINISTIC NO SQL
BEGIN
    DECLARE v_n DECIMAL(65, 30);
    IF NOT durable.json_number(value) THEN
        RETURN FALSE;
    END IF;
    SET v_n = CAST(JSON_VALUE(CONCAT('[', value, ']'), '$[0]') AS DECIMAL(65, 30));
    RETURN v_n = TRUNCATE(v_n, 0) AND v_n BETWEEN low AND high;
END$$

-- Whether an enqueue option's value (JSON text) has the type `want`
-- (enqueue_option_type); JSON null always has.
CREATE FUNCTION durable.enqueue_option_ok(value LONGTEXT, want VARCHAR(32)) RETURNS BOOLEAN
DETERMINISTIC NO SQL
BEGIN
    DECLARE v_type VARCHAR(32) DEFAULT JSON_TYPE(value);
    IF v_type = 'NULL' THEN
        RETURN TRUE;
    END IF;
    RETURN CASE want
        WHEN 'string' THEN v_type = 'STRING'
        WHEN 'number' THEN durable.json_number(value)
        WHEN 'object' THEN v_type = 'OBJECT'
        WHEN 'integer' THEN durable.json_integer(value, -2147483648, 2147483647)
        WHEN 'array of integers' THEN v_type = 'ARRAY'
            AND NOT EXISTS (SELECT 1 FROM JSON_TABLE(value, '$[*]' COLUMNS (v JSON PATH '$')) e
                            WHERE NOT durable.json_integer(e.v, 1, 9223372036854775807))
        WHEN 'array of strings' THEN v_type = 'ARRAY'
            AND NOT EXISTS (SELECT 1 FROM JSON_TABLE(value, '$[*]' COLUMNS (v JSON PATH '$')) e
                            WHERE JSON_TYPE(e.v) <> 'STRING')
        ELSE FALSE END;
END$$

-- A JSON value as PostgreSQL prints a jsonb: ", " and ": " between items
-- (as JSON_EXTRACT writes them) and an object's keys shorter first, then
-- bytewise (the keys of the outermost object; MySQL's JSON type orders the
-- nested ones too, MariaDB keeps them as written).
CREATE FUNCTION durable.jsonb_text(value LONGTEXT) RETURNS LONGTEXT CHARACTER SET utf8mb4
DETERMINISTIC NO SQL
BEGIN
    IF JSON_TYPE(value) <> 'OBJECT' OR JSON_LENGTH(value) = 0 THEN
        RETURN JSON_EXTRACT(CONCAT('[', value, ']'), '$[0]');
    END IF;
    RETURN (SELECT CONCAT('{', GROUP_CONCAT(
                CONCAT(JSON_QUOTE(k.name), ': ', JSON_EXTRACT(value, CONCAT('$.', JSON_QUOTE(k.name))))
                ORDER BY LENGTH(k.name), CAST(k.name AS BINARY) SEPARATOR ', '), '}')
            FROM JSON_TABLE(JSON_KEYS(value), '$[*]' COLUMNS (name VARCHAR(1024) PATH '$')) k);
END$$

-- A message PostgreSQL words longer than MySQL's 128 characters, cut to
-- 127 and an ellipsis (as cron_message does).
CREATE FUNCTION durable.fit_message(message LONGTEXT) RETURNS TEXT CHARACTER SET utf8mb4
DETERMINISTIC NO SQL
BEGIN
    IF CHAR_LENGTH(message) > 128 THEN
        RETURN CONCAT(LEFT(message, 127), _utf8mb4 X'E280A6');
    END IF;
    RETURN message;
END$$

-- An ISO 8601 time as a UTC DATETIME(6), or NULL when the text is not one:
-- YYYY-MM-DD, then optionally 'T' (or a space) and HH:MM[:SS[.fraction]],
-- then optionally an offset Z, ±HH, ±HHMM or ±HH:MM (up to 15:59, as
-- PostgreSQL takes them; a space may come before it).  Without an offset
-- the time is UTC; with one it is converted to UTC.  The fraction is
-- rounded to microseconds; 24:00:00 is the next midnight; spaces around the
-- text are ignored.  The basic format (20300101T120000Z) is taken too.
CREATE FUNCTION durable.iso_time(value TEXT) RETURNS DATETIME(6)
DETERMINISTIC NO SQL
BEGIN
    DECLARE v TEXT DEFAULT TRIM(value);
    DECLARE v_rest TEXT;
    DECLARE v_time TEXT;
    DECLARE v_off TEXT;
    DECLARE v_pos INT;
    DECLARE v_y INT;
    DECLARE v_mo INT;
    DECLARE v_d INT;
    DECLARE v_h INT DEFAULT 0;
    DECLARE v_mi INT DEFAULT 0;
    DECLARE v_s INT DEFAULT 0;
    DECLARE v_us BIGINT DEFAULT 0;
    DECLARE v_shift INT DEFAULT 0;
    DECLARE v_at DATETIME(6);
    IF v REGEXP '^[0-9]{8}([Tt][0-9]{4}([0-9]{2}([.][0-9]+)?)?([Zz]|[+-][0-9]{2}([0-9]{2})?)?)?$' THEN
        -- the basic format (20300101T120000Z): written out extended
        SET v_rest = SUBSTRING(v, 14);
        SET v = CONCAT(LEFT(v, 4), '-', SUBSTRING(v, 5, 2), '-', SUBSTRING(v, 7, 2),
                       IF(CHAR_LENGTH(v) > 8, CONCAT('T', SUBSTRING(v, 10, 2), ':', SUBSTRING(v, 12, 2),
                          IF(v_rest REGEXP '^[0-9]{2}', CONCAT(':', v_rest), v_rest)), ''));
    END IF;
    IF v IS NULL OR v NOT REGEXP
       '^[0-9]{4}-[0-9]{2}-[0-9]{2}([Tt ][0-9]{2}:[0-9]{2}(:[0-9]{2}([.][0-9]+)?)? ?([Zz]|[+-][0-9]{2}(:?[0-9]{2})?)?)?$' THEN
        RETURN NULL;
    END IF;
    SET v_y = CAST(LEFT(v, 4) AS UNSIGNED), v_mo = CAST(SUBSTRING(v, 6, 2) AS UNSIGNED),
        v_d = CAST(SUBSTRING(v, 9, 2) AS UNSIGNED);
    -- (the first and last days are left out: a shift could leave DATETIME's range)
    IF v_y < 1 OR v_mo NOT BETWEEN 1 AND 12 OR v_d < 1
       OR (v_y = 1 AND v_mo = 1 AND v_d = 1) OR (v_y = 9999 AND v_mo = 12 AND v_d = 31) THEN
        RETURN NULL;
    END IF;
    SET v_at = CAST(CONCAT(LEFT(v, 8), '01') AS DATE);
    IF v_d > DAY(LAST_DAY(v_at)) THEN
        RETURN NULL;
    END IF;
    IF CHAR_LENGTH(v) > 10 THEN
        SET v_rest = SUBSTRING(v, 12);
        SET v_pos = REGEXP_INSTR(v_rest, '[Zz+-]');
        SET v_time = TRIM(IF(v_pos > 0, LEFT(v_rest, v_pos - 1), v_rest));
        SET v_off = IF(v_pos > 0, SUBSTRING(v_rest, v_pos), NULL);
        SET v_h = CAST(LEFT(v_time, 2) AS UNSIGNED), v_mi = CAST(SUBSTRING(v_time, 4, 2) AS UNSIGNED);
        IF CHAR_LENGTH(v_time) >= 8 THEN
            SET v_s = CAST(SUBSTRING(v_time, 7, 2) AS UNSIGNED);
        END IF;
        IF CHAR_LENGTH(v_time) > 9 THEN
            SET v_us = ROUND(CAST(CONCAT('0.', LEFT(SUBSTRING(v_time, 10), 29)) AS DECIMAL(30, 29)) * 1000000);
        END IF;
        IF v_mi > 59 OR v_s > 59 OR v_h > 24 OR (v_h = 24 AND (v_mi > 0 OR v_s > 0 OR v_us > 0)) THEN
            RETURN NULL;
        END IF;
        IF v_off IS NOT NULL AND v_off NOT IN ('Z', 'z') THEN
            SET v_shift = CAST(SUBSTRING(v_off, 2, 2) AS UNSIGNED) * 3600
                        + IF(CHAR_LENGTH(v_off) > 3, CAST(RIGHT(v_off, 2) AS UNSIGNED), 0) * 60;
            IF CAST(SUBSTRING(v_off, 2, 2) AS UNSIGNED) > 15
               OR (CHAR_LENGTH(v_off) > 3 AND CAST(RIGHT(v_off, 2) AS UNSIGNED) > 59) THEN
                RETURN NULL;
            END IF;
            SET v_shift = IF(LEFT(v_off, 1) = '-', -v_shift, v_shift);
        END IF;
    END IF;
    RETURN CAST(v_at AS DATETIME(6)) + INTERVAL (v_d - 1) DAY
           + INTERVAL (v_h * 3600 + v_mi * 60 + v_s - v_shift) SECOND + INTERVAL v_us MICROSECOND;
END$$

-- Many runs of one job; args is a JSON array of objects.  The result set
-- is one column, run_id, in the order of args.
CREATE PROCEDURE durable.enqueue_many(
    IN job_name TEXT,
    IN args     JSON,
    IN queue    TEXT,
    IN run_at   DATETIME(6),
    IN priority INT,
    IN tags     JSON,
    IN meta     JSON
)
NOT DETERMINISTIC MODIFIES SQL DATA SQL SECURITY DEFINER
BEGIN
    DECLARE v_own    BOOLEAN;
    DECLARE v_now    DATETIME(6) DEFAULT durable.now();
    DECLARE v_run_at DATETIME(6) DEFAULT COALESCE(run_at, durable.now());
    DECLARE v_queue  TEXT;
    DECLARE v_i      INT DEFAULT 0;
    DECLARE v_n      INT;
    DECLARE v_doc    LONGTEXT;
    DECLARE v_ids    JSON DEFAULT JSON_ARRAY();
    DECLARE v_first  BIGINT;
    DECLARE v_meta   JSON DEFAULT meta;
    DECLARE EXIT HANDLER FOR SQLEXCEPTION
    BEGIN
        CALL durable.undo_work(v_own);
        RESIGNAL;
    END;

    IF NOT EXISTS (SELECT 1 FROM durable.jobs j WHERE j.job_name = job_name) THEN
        CALL durable.unknown_job(job_name);
    END IF;
    SET v_queue = COALESCE(queue, (SELECT j.queue FROM durable.jobs j WHERE j.job_name = job_name));
    IF MONTH(run_at) = 0 OR DAYOFMONTH(run_at) = 0 THEN
        CALL durable.zero_time('run_at', run_at);
    END IF;
    IF priority IS NOT NULL THEN
        CALL durable.check_range('priority', priority, -1000000, 1000000);
    END IF;
    IF tags IS NOT NULL THEN
        CALL durable.check_tags(tags);
    END IF;
    IF meta IS NOT NULL THEN
        CALL durable.check_args(meta, 'meta');
    END IF;
    IF JSON_CONTAINS_PATH(meta, 'one', '$.traceparent') OR LENGTH(@durable_traceparent) > 0 THEN
        SET v_meta = durable.traced_meta(meta);
    END IF;
    IF durable.json_kind(args) <> 'array' THEN
        CALL durable.raise_error('DS001', CONCAT('args must be a JSON array of objects, got ',
            durable.json_kind(args)));
    END IF;
    SET v_n = JSON_LENGTH(args);
    WHILE v_i < v_n DO
        SET v_doc = JSON_EXTRACT(args, CONCAT('$[', v_i, ']'));
        IF durable.json_kind(v_doc) <> 'object' OR LENGTH(v_doc) > durable.bound('min_max_args_bytes') THEN
            CALL durable.check_args(IF(JSON_TYPE(v_doc) = 'NULL', NULL, v_doc),
                                    CONCAT('args[', v_i + 1, ']'));
        END IF;
        SET v_i = v_i + 1;
    END WHILE;

    CALL durable.begin_work(v_own);
    IF queue IS NOT NULL THEN
        CALL durable.ensure_queue(queue);
    END IF;
    -- One row at a time: with innodb_autoinc_lock_mode = 2 (MySQL 8's
    -- default) the ids of one multi-row INSERT need not be consecutive, and
    -- each id must be known to be returned in the order of args.
    SET v_i = 0;
    WHILE v_i < v_n DO
        INSERT INTO durable.runs (job_name, queue, status, args, priority, run_at, max_attempts,
                                  timeout, created_at, tags, meta)
        SELECT j.job_name, v_queue, 'pending', JSON_EXTRACT(args, CONCAT('$[', v_i, ']')),
               COALESCE(priority, j.priority), v_run_at, j.max_attempts, j.timeout, v_now, tags, v_meta
        FROM durable.jobs j WHERE j.job_name = job_name;
        SET v_ids = JSON_ARRAY_APPEND(v_ids, '$', LAST_INSERT_ID());
        SET v_i = v_i + 1;
    END WHILE;
    CALL durable.end_work(v_own);
    SELECT t.run_id FROM JSON_TABLE(v_ids, '$[*]' COLUMNS (ord FOR ORDINALITY, run_id BIGINT PATH '$')) t
    ORDER BY t.ord;
END$$

DELIMITER ;

-- ----------------------------------------------------------------------------
-- Workers.
-- ----------------------------------------------------------------------------
CREATE TABLE durable.workers (
    worker      VARCHAR(128) NOT NULL PRIMARY KEY,
    queues      JSON,
    concurrency INT          NOT NULL,
    info        JSON         NOT NULL,
    started_at  DATETIME(6)  NOT NULL,
    last_seen   DATETIME(6)  NOT NULL
) ENGINE = InnoDB;

DELIMITER $$

-- Registration only feeds durable.worker_status; claim does not require it.
CREATE FUNCTION durable.register_worker(worker TEXT, queues JSON, concurrency INT, info JSON)
RETURNS INT
NOT DETERMINISTIC MODIFIES SQL DATA SQL SECURITY DEFINER
BEGIN
    DECLARE v_now DATETIME(6) DEFAULT durable.now();
    DECLARE v_i INT DEFAULT 0;
    CALL durable.check_name('worker name', worker, NULL);
    CALL durable.check_array('queues', queues);
    WHILE v_i < COALESCE(JSON_LENGTH(queues), 0) DO
        CALL durable.check_name('queue name', JSON_VALUE(queues, CONCAT('$[', v_i, ']')), NULL);
        SET v_i = v_i + 1;
    END WHILE;
    CALL durable.check_range('concurrency', concurrency, 1, 100000);
    IF info IS NOT NULL AND durable.json_kind(info) <> 'object' THEN
        CALL durable.raise_error('DS001', CONCAT('info must be a JSON object, got ',
            durable.json_kind(info)));
    END IF;
    INSERT INTO durable.workers (worker, queues, concurrency, info, started_at, last_seen)
    VALUES (worker, queues, concurrency, COALESCE(info, '{}'), v_now, v_now)
    ON DUPLICATE KEY UPDATE
        queues = VALUES(queues), concurrency = VALUES(concurrency), info = VALUES(info),
        started_at = VALUES(started_at), last_seen = VALUES(last_seen);
    RETURN NULL;
END$$

-- A worker that shuts down cleanly leaves durable.worker_status at once.
CREATE FUNCTION durable.unregister_worker(worker TEXT) RETURNS BOOLEAN
NOT DETERMINISTIC MODIFIES SQL DATA SQL SECURITY DEFINER
BEGIN
    DELETE FROM durable.workers WHERE durable.workers.worker = worker;
    RETURN ROW_COUNT() > 0;
END$$

DELIMITER ;

-- ----------------------------------------------------------------------------
-- Claiming: which runs a worker may take, and in what order.
--
-- Every locking read names its index (FORCE INDEX): MariaDB may otherwise
-- add a "rowid filter" built from a second index, whose range scan locks
-- every row it passes (all leased runs, say), and claimers then wait on each
-- other.  The same holds for the exit path's lookups by id.
--
-- A claimable run is one of two kinds:
--   pending  due (run_at <= now), of none of the jobs skipped for being at
--            their limit, whose concurrency key no other run holds leased;
--   expired  leased, its lease over, with attempts left and no cancellation
--            requested (it already holds its key and its slot under limits).
-- An expired run that may not be handed out again is ended instead
-- (settle_expired): attempts spent → failed, cancel requested → cancelled.
-- ----------------------------------------------------------------------------
DELIMITER $$

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

-- How many more pending runs of a limited queue or job may start now, or 0
-- when another claimer is deciding for it at this moment: one claimer at a
-- time counts and claims for a limited queue or job (its try-lock); the
-- others skip it for this claim, as SKIP LOCKED skips rows, so claimers
-- never wait on each other.
CREATE PROCEDURE durable.capacity(IN kind VARCHAR(8), IN name TEXT, IN lim INT, OUT cap INT)
NOT DETERMINISTIC MODIFIES SQL DATA
BEGIN
    DECLARE v_locked BOOLEAN;
    -- Two statements: at READ COMMITTED each statement reads the rows
    -- committed when it starts, and the count must see the leases of the
    -- lock's previous holder, committed while we took the lock.
    SELECT durable.try_lock(kind, name) INTO v_locked;
    IF NOT v_locked THEN
        SET cap = 0;
    ELSEIF kind = 'queue' THEN
        SELECT lim - COUNT(*) INTO cap
        FROM (SELECT 1 FROM durable.runs r WHERE r.status = 'leased' AND r.queue = name LIMIT lim) x;
    ELSE
        SELECT lim - COUNT(*) INTO cap
        FROM (SELECT 1 FROM durable.runs r WHERE r.job_name = name AND r.status = 'leased' LIMIT lim) x;
    END IF;
END$$

-- Locks up to `lim` claimable runs of one queue at `at` (at most `cap` of
-- them pending: the queue's remaining capacity, NULL for no limit), skipping
-- rows other claimers hold, jobs in skip_jobs and runs in exclude, and
-- appends their ids to `ids`.  Pending runs and expired leases are looked
-- for separately (each kind has its index) and merged in claim order: the
-- first `lim` of both together are appended, as on PostgreSQL (the others
-- stay locked until the claim ends, as there).
CREATE PROCEDURE durable.lock_claimable(IN queue VARCHAR(128), IN at DATETIME(6), IN lim INT,
                                        IN cap INT, IN skip_jobs JSON, IN exclude JSON,
                                        INOUT ids JSON)
NOT DETERMINISTIC MODIFIES SQL DATA
BEGIN
    DECLARE v_pending INT DEFAULT GREATEST(LEAST(lim, COALESCE(cap, lim)), 0);
    DECLARE v_new JSON;
    DECLARE v_got JSON DEFAULT NULL;
    DECLARE v_expired BOOLEAN;
    IF lim <= 0 THEN
        SET ids = ids;
    ELSE
        IF v_pending > 0 THEN
            SELECT JSON_ARRAYAGG(x.run_id) INTO v_new
            FROM (SELECT r.run_id FROM durable.runs r FORCE INDEX (runs_claim)
                  WHERE r.status = 'pending' AND r.queue = queue AND r.run_at <= at
                    AND (skip_jobs IS NULL OR r.job_name NOT IN (
                         SELECT s.job FROM JSON_TABLE(skip_jobs, '$[*]' COLUMNS (job VARCHAR(128) PATH '$')) s))
                    AND (exclude IS NULL OR r.run_id NOT IN (
                         SELECT e.id FROM JSON_TABLE(exclude, '$[*]' COLUMNS (id BIGINT PATH '$')) e))
                    AND (r.concurrency_key IS NULL
                         OR NOT EXISTS (SELECT 1 FROM durable.runs k WHERE k.leased_key = r.concurrency_key))
                  ORDER BY r.neg_priority, r.run_at, r.run_id
                  LIMIT v_pending
                  FOR UPDATE SKIP LOCKED) x;
            SET v_got = v_new;
        END IF;
        SELECT EXISTS (SELECT 1 FROM durable.runs r
                       WHERE r.status = 'leased' AND r.lease_expires_at <= at AND r.queue = queue)
        INTO v_expired;
        IF v_expired THEN
            SET v_new = NULL;
            SELECT JSON_ARRAYAGG(x.run_id) INTO v_new
            FROM (SELECT r.run_id FROM durable.runs r FORCE INDEX (runs_lease)
                  WHERE r.status = 'leased' AND r.lease_expires_at <= at AND r.queue = queue
                    AND r.attempt < r.max_attempts AND r.cancel_requested_at IS NULL
                    AND (exclude IS NULL OR r.run_id NOT IN (
                         SELECT e.id FROM JSON_TABLE(exclude, '$[*]' COLUMNS (id BIGINT PATH '$')) e))
                  ORDER BY r.neg_priority, r.run_at, r.run_id
                  LIMIT lim
                  FOR UPDATE SKIP LOCKED) x;
            IF v_new IS NOT NULL AND v_got IS NOT NULL THEN
                -- Both kinds found: the first `lim` of them in claim order.
                SET v_got = JSON_MERGE_PRESERVE(v_got, v_new), v_new = NULL;
                SELECT JSON_ARRAYAGG(x.run_id) INTO v_new
                FROM (SELECT r.run_id
                      FROM JSON_TABLE(v_got, '$[*]' COLUMNS (id BIGINT PATH '$')) i
                      STRAIGHT_JOIN durable.runs r FORCE INDEX (PRIMARY) ON r.run_id = i.id
                      ORDER BY r.neg_priority, r.run_at, r.run_id
                      LIMIT lim) x;
                SET v_got = v_new;
            ELSEIF v_new IS NOT NULL THEN
                SET v_got = v_new;
            END IF;
        END IF;
        IF v_got IS NOT NULL THEN
            SET ids = JSON_MERGE_PRESERVE(ids, v_got);
        END IF;
    END IF;
END$$

-- Up to max_runs claimable runs for `worker`, leased for `lease` seconds, as
-- the CALL's result set, in the order the worker should start them:
--     CALL durable.claim(worker, queues, max_runs, lease, strategy)
-- Columns: PostgreSQL's durable.claimed_run (run_id, job_name, queue, args,
-- attempt, max_attempts, run_at, lease_expires_at, timeout, priority,
-- traceparent: the run's meta traceparent, NULL when none).
-- queues: a JSON array of queue names (NULL: every queue, in queue priority
-- order); strategy (NULL: 'priority'):
--   priority  the overall top max_runs by run priority, then run_at, then id;
--   strict    fill from the first queue, then the next, in the order of queues;
--   weighted  each queue's head is a Poisson stream of rate `weight`; the
--             first arrivals of the merged streams form the batch, so each
--             slot goes to a queue with probability weight ÷ total weight of
--             the queues with claimable runs, and no queue with due runs starves.
-- The multi-queue strategies first look without locking to split the batch,
-- then lock that many from each queue.  Keys and job limits are checked run
-- by run, in claim order, under their try-locks; runs dropped for a busy key
-- or a full limit are not replaced in this claim (PostgreSQL tries up to three
-- more rounds; see "One round" below).
CREATE PROCEDURE durable.claim(
    IN worker   TEXT,
    IN queues   JSON,
    IN max_runs INT,
    IN lease    DOUBLE,
    IN strategy TEXT
)
NOT DETERMINISTIC MODIFIES SQL DATA SQL SECURITY DEFINER
BEGIN
    DECLARE v_own       BOOLEAN;
    DECLARE v_now       DATETIME(6) DEFAULT durable.now();
    DECLARE v_max       INT DEFAULT COALESCE(max_runs, 1);
    DECLARE v_lease     DOUBLE DEFAULT COALESCE(lease, 30);
    DECLARE v_strategy  TEXT DEFAULT COALESCE(strategy, 'priority');
    DECLARE v_served    JSON DEFAULT JSON_ARRAY();  -- [[queue, weight, cap], ...] in strategy order
    DECLARE v_nq        INT;
    DECLARE v_any_cap   BOOLEAN DEFAULT FALSE;
    DECLARE v_limited   JSON;                       -- jobs with a limit
    DECLARE v_job_caps  JSON DEFAULT JSON_OBJECT(); -- limited jobs met: runs that may still start
    DECLARE v_skip      JSON;                       -- jobs at their limit
    DECLARE v_ids       JSON;
    DECLARE v_pick      JSON;
    DECLARE v_keys      JSON;
    DECLARE v_taken     JSON DEFAULT JSON_ARRAY();
    DECLARE v_excluded  JSON;
    DECLARE v_peek      JSON;
    DECLARE v_quota     JSON;
    DECLARE v_need      INT;
    DECLARE v_rounds    INT DEFAULT 0;
    DECLARE v_dropped   BOOLEAN;
    DECLARE v_i         INT;
    DECLARE v_q         VARCHAR(128);
    DECLARE v_lim       INT;
    DECLARE v_cap       INT;
    DECLARE v_n         INT;
    DECLARE v_flag      BOOLEAN;
    DECLARE EXIT HANDLER FOR SQLEXCEPTION
    BEGIN
        CALL durable.undo_work(v_own);
        RESIGNAL;
    END;

    -- Reads are SELECT ... INTO, never SET v = (SELECT ...) or IF EXISTS
    -- (...): InnoDB reads without locks only in a SELECT statement (and in
    -- INSERT ... SELECT and UPDATE at READ COMMITTED); in any other statement
    -- it takes shared locks, which would wait on rows other claimers hold.
    IF worker IS NULL OR worker = '' OR CHAR_LENGTH(worker) > durable.bound('max_name_length')
       OR worker REGEXP '[\\x{00}-\\x{1F}\\x{7F}-\\x{9F}]' THEN
        CALL durable.check_name('worker name', worker, NULL);
    END IF;
    IF queues IS NOT NULL AND (durable.json_kind(queues) <> 'array'
        OR EXISTS (SELECT 1 FROM JSON_TABLE(queues, '$[*]' COLUMNS (v JSON PATH '$')) e
                   WHERE JSON_TYPE(e.v) <> 'STRING')) THEN
        CALL durable.raise_error('DS001', 'queues must be a one-dimensional array of queue names');
    END IF;
    IF v_max < 1 OR v_max > durable.bound('max_claim_runs') THEN
        CALL durable.check_range('max_runs', v_max, 1, durable.bound('max_claim_runs'));
    END IF;
    CALL durable.check_interval('lease', v_lease, FALSE);
    IF NOT durable.accepts('claim_strategies', v_strategy) THEN
        CALL durable.raise_error('DS001', CONCAT('unknown claim strategy ', durable.lit(v_strategy),
            ': use ', durable.word_list('claim_strategies')));
    END IF;

    CALL durable.begin_work(v_own);


    -- The served queues in strategy order, paused ones left out; the
    -- capacity of each limited one, taken under its try-lock.
    BEGIN
        DECLARE v_done BOOLEAN DEFAULT FALSE;
        DECLARE v_w INT;
        DECLARE c_queues CURSOR FOR
            SELECT q.queue, q.weight, q.concurrency_limit
            FROM durable.queues q
            LEFT JOIN (SELECT o.name, MIN(o.ord) AS ord
                       FROM JSON_TABLE(queues, '$[*]' COLUMNS (ord FOR ORDINALITY,
                                                               name VARCHAR(512) PATH '$')) o
                       GROUP BY o.name) o ON o.name = q.queue
            WHERE NOT q.paused AND (queues IS NULL OR o.name IS NOT NULL)
            ORDER BY o.ord, q.priority DESC, q.queue;
        DECLARE CONTINUE HANDLER FOR NOT FOUND SET v_done = TRUE;
        OPEN c_queues;
        each_queue: LOOP
            FETCH c_queues INTO v_q, v_w, v_lim;
            IF v_done THEN
                LEAVE each_queue;
            END IF;
            IF v_lim IS NOT NULL THEN
                SET v_any_cap = TRUE;
                CALL durable.capacity('queue', v_q, v_lim, v_lim);
            END IF;
            SET v_served = JSON_ARRAY_APPEND(v_served, '$', JSON_ARRAY(v_q, v_w, v_lim));
        END LOOP;
        CLOSE c_queues;
    END;
    SET v_nq = JSON_LENGTH(v_served);
    SELECT JSON_ARRAYAGG(j.job_name) INTO v_limited FROM durable.jobs j
    WHERE j.concurrency_limit IS NOT NULL;

    SET v_need = v_max;
    rounds: WHILE v_nq > 0 DO
        SET v_rounds = v_rounds + 1, v_ids = JSON_ARRAY(), v_dropped = FALSE;
        IF v_nq = 1 OR v_strategy = 'strict' THEN
            SET v_i = 0;
            WHILE v_i < v_nq AND JSON_LENGTH(v_ids) < v_need DO
                CALL durable.lock_claimable(
                    JSON_VALUE(v_served, CONCAT('$[', v_i, '][0]')), v_now,
                    v_need - JSON_LENGTH(v_ids),
                    JSON_VALUE(v_served, CONCAT('$[', v_i, '][2]')), v_skip, v_excluded, v_ids);
                SET v_i = v_i + 1;
            END WHILE;
        ELSE
            -- Look without locking: each queue's first v_need claimable runs...
            SET v_peek = JSON_ARRAY(), v_i = 0;
            WHILE v_i < v_nq DO
                SET v_q = JSON_VALUE(v_served, CONCAT('$[', v_i, '][0]'));
                SET v_lim = JSON_VALUE(v_served, CONCAT('$[', v_i, '][2]'));
                -- (pending runs: at most the queue's remaining capacity)
                SET v_cap = GREATEST(LEAST(v_need, COALESCE(v_lim, v_need)), 0);
                SET v_pick = NULL;
                SELECT JSON_ARRAYAGG(JSON_ARRAY(x.run_id, x.neg_priority,
                                                DATE_FORMAT(x.run_at, '%Y-%m-%d %H:%i:%s.%f'), v_i,
                                                -LN(1 - RAND())))
                INTO v_pick
                    FROM (SELECT r.run_id, r.neg_priority, r.run_at FROM durable.runs r
                          WHERE r.status = 'pending' AND r.queue = v_q AND r.run_at <= v_now
                            AND (v_skip IS NULL OR r.job_name NOT IN (
                                 SELECT s.job FROM JSON_TABLE(v_skip, '$[*]' COLUMNS (job VARCHAR(128) PATH '$')) s))
                            AND (v_excluded IS NULL OR r.run_id NOT IN (
                                 SELECT e.id FROM JSON_TABLE(v_excluded, '$[*]' COLUMNS (id BIGINT PATH '$')) e))
                            AND (r.concurrency_key IS NULL OR NOT EXISTS (
                                 SELECT 1 FROM durable.runs k WHERE k.leased_key = r.concurrency_key))
                          ORDER BY r.neg_priority, r.run_at, r.run_id
                          LIMIT v_cap) x;
                IF v_pick IS NOT NULL THEN
                    SET v_peek = JSON_MERGE_PRESERVE(v_peek, v_pick);
                END IF;
                SET v_pick = NULL;
                SELECT JSON_ARRAYAGG(JSON_ARRAY(x.run_id, x.neg_priority,
                                                DATE_FORMAT(x.run_at, '%Y-%m-%d %H:%i:%s.%f'), v_i,
                                                -LN(1 - RAND())))
                INTO v_pick
                    FROM (SELECT r.run_id, r.neg_priority, r.run_at FROM durable.runs r
                          WHERE r.status = 'leased' AND r.lease_expires_at <= v_now AND r.queue = v_q
                            AND r.attempt < r.max_attempts AND r.cancel_requested_at IS NULL
                          ORDER BY r.neg_priority, r.run_at, r.run_id
                          LIMIT v_need) x;
                IF v_pick IS NOT NULL THEN
                    SET v_peek = JSON_MERGE_PRESERVE(v_peek, v_pick);
                END IF;
                SET v_i = v_i + 1;
            END WHILE;
            -- ... then the first v_need of all of them, by claim order
            -- (priority) or by arrival of the merged Poisson streams
            -- (weighted), counted per queue; then lock that many from each.
            SET v_quota = (
                SELECT JSON_ARRAYAGG(JSON_ARRAY(t.qi, t.n)) FROM (
                    SELECT u.qi, COUNT(*) AS n FROM (
                        SELECT p.qi, p.run_id, p.np, p.run_at,
                               -- (each candidate's exponential draw was taken once,
                               -- with the peek: RAND() here could be evaluated again
                               -- for the ORDER BY, and the order would not be the sums')
                               IF(v_strategy = 'weighted',
                                  SUM(p.draw) OVER (PARTITION BY p.qi
                                      ORDER BY p.np, p.run_at, p.run_id)
                                  / JSON_VALUE(v_served, CONCAT('$[', p.qi, '][1]')), NULL) AS turn
                        FROM JSON_TABLE(v_peek, '$[*]' COLUMNS (run_id BIGINT PATH '$[0]',
                                                                np INT PATH '$[1]',
                                                                run_at VARCHAR(32) PATH '$[2]',
                                                                qi INT PATH '$[3]',
                                                                draw DOUBLE PATH '$[4]')) p
                        ORDER BY turn, p.np, p.run_at, p.run_id
                        LIMIT v_need) u
                    GROUP BY u.qi) t);
            SET v_i = 0;
            WHILE v_i < COALESCE(JSON_LENGTH(v_quota), 0) DO
                SET v_n = JSON_VALUE(v_quota, CONCAT('$[', v_i, '][0]'));
                CALL durable.lock_claimable(
                    JSON_VALUE(v_served, CONCAT('$[', v_n, '][0]')), v_now,
                    JSON_VALUE(v_quota, CONCAT('$[', v_i, '][1]')),
                    JSON_VALUE(v_served, CONCAT('$[', v_n, '][2]')), v_skip, v_excluded, v_ids);
                SET v_i = v_i + 1;
            END WHILE;
        END IF;
        IF JSON_LENGTH(v_ids) = 0 THEN
            LEAVE rounds;
        END IF;

        SELECT EXISTS (SELECT 1 FROM JSON_TABLE(v_ids, '$[*]' COLUMNS (id BIGINT PATH '$')) i
                       STRAIGHT_JOIN durable.runs r FORCE INDEX (PRIMARY) ON r.run_id = i.id
                       WHERE r.status = 'pending'
                         AND (r.concurrency_key IS NOT NULL
                              OR (v_limited IS NOT NULL AND JSON_CONTAINS(v_limited, JSON_QUOTE(r.job_name)))))
        INTO v_flag;
        IF NOT v_flag THEN
            -- The common case: no key and no limited job among the candidates
            -- (a queue's cap, if any, was applied by lock_claimable).
            SET v_pick = v_ids;
        ELSE
            -- Keys or job limits in play: keep, in claim order, expired leases
            -- (they hold their slot and key already) and pending runs that are
            -- the first of their key in this batch, whose key's try-lock this
            -- claim holds and which no other run holds leased, and that fit in
            -- their job's remaining capacity.  A key another claimer holds is
            -- left for a later claim, as SKIP LOCKED leaves a row.  The try-lock
            -- is what keeps a key to one leased run: only its holder may lease
            -- a run of the key, and it looks for a lease of the key after
            -- taking it, in a statement of its own, which at READ COMMITTED
            -- sees the lease of the key's previous holder once that committed.
            -- (Inside a caller's REPEATABLE READ transaction that read uses the
            -- caller's snapshot: claim at READ COMMITTED, as the driver does.)
            BEGIN
                DECLARE v_done BOOLEAN DEFAULT FALSE;
                DECLARE v_id BIGINT;
                DECLARE v_status VARCHAR(16);
                DECLARE v_key VARCHAR(512);
                DECLARE v_job VARCHAR(128);
                DECLARE v_ok BOOLEAN;
                DECLARE v_path TEXT;
                DECLARE c_runs CURSOR FOR
                    SELECT r.run_id, r.status, r.concurrency_key, r.job_name
                    FROM durable.runs r
                    JOIN JSON_TABLE(v_served, '$[*]' COLUMNS (ord FOR ORDINALITY,
                                                              q VARCHAR(128) PATH '$[0]')) s ON s.q = r.queue
                    WHERE r.run_id IN (SELECT i.id FROM JSON_TABLE(v_ids, '$[*]' COLUMNS (id BIGINT PATH '$')) i)
                    ORDER BY IF(v_strategy = 'strict', s.ord, 0), r.neg_priority, r.run_at, r.run_id;
                DECLARE CONTINUE HANDLER FOR NOT FOUND SET v_done = TRUE;
                SET v_pick = JSON_ARRAY(), v_keys = JSON_ARRAY();
                OPEN c_runs;
                each_run: LOOP
                    FETCH c_runs INTO v_id, v_status, v_key, v_job;
                    IF v_done THEN
                        LEAVE each_run;
                    END IF;
                    SET v_ok = TRUE;
                    IF v_status = 'pending' AND v_key IS NOT NULL THEN
                        SET v_ok = NOT JSON_CONTAINS(v_keys, JSON_QUOTE(v_key));
                        IF v_ok THEN
                            SELECT durable.try_lock('key', v_key) INTO v_ok;
                        END IF;
                        IF v_ok THEN
                            -- (a statement of its own, after the try-lock: it
                            -- sees a lease the key's last holder committed)
                            SELECT NOT EXISTS (SELECT 1 FROM durable.runs k WHERE k.leased_key = v_key)
                            INTO v_ok;
                        END IF;
                        IF NOT v_ok THEN
                            SET v_ok = FALSE;
                        ELSE
                            SET v_keys = JSON_ARRAY_APPEND(v_keys, '$', v_key);
                        END IF;
                    END IF;
                    IF v_ok AND v_status = 'pending' AND v_limited IS NOT NULL
                       AND JSON_CONTAINS(v_limited, JSON_QUOTE(v_job)) THEN
                        SET v_path = CONCAT('$.', JSON_QUOTE(v_job));
                        IF JSON_EXTRACT(v_job_caps, v_path) IS NULL THEN
                            SELECT j.concurrency_limit INTO v_lim FROM durable.jobs j WHERE j.job_name = v_job;
                            CALL durable.capacity('job', v_job, v_lim, v_lim);
                            SET v_job_caps = JSON_SET(v_job_caps, v_path, v_lim);
                        END IF;
                        IF JSON_VALUE(v_job_caps, v_path) <= 0 THEN
                            SET v_ok = FALSE;
                            SET v_skip = JSON_ARRAY_APPEND(COALESCE(v_skip, JSON_ARRAY()), '$', v_job);
                        ELSE
                            SET v_job_caps = JSON_SET(v_job_caps, v_path, JSON_VALUE(v_job_caps, v_path) - 1);
                        END IF;
                    END IF;
                    IF v_ok THEN
                        SET v_pick = JSON_ARRAY_APPEND(v_pick, '$', v_id);
                    ELSE
                        SET v_dropped = TRUE;
                        SET v_excluded = JSON_ARRAY_APPEND(COALESCE(v_excluded, JSON_ARRAY()), '$', v_id);
                    END IF;
                END LOOP;
                CLOSE c_runs;
            END;
        END IF;

        IF JSON_LENGTH(v_pick) > 0 THEN
            UPDATE JSON_TABLE(v_pick, '$[*]' COLUMNS (id BIGINT PATH '$')) i
            STRAIGHT_JOIN durable.runs r FORCE INDEX (PRIMARY) ON r.run_id = i.id
            SET r.status = 'leased', r.worker = worker,
                r.lease_expires_at = durable.plus_seconds(durable.lease_clock(), v_lease),
                r.attempt = r.attempt + 1, r.started_at = v_now,
                r.limited = (r.concurrency_key IS NOT NULL
                             OR (v_limited IS NOT NULL AND JSON_CONTAINS(v_limited, JSON_QUOTE(r.job_name)))
                             OR EXISTS (SELECT 1 FROM durable.queues q
                                        WHERE q.queue = r.queue AND q.concurrency_limit IS NOT NULL));
            SET v_taken = JSON_MERGE_PRESERVE(v_taken, v_pick);
        END IF;
        -- One round.  PostgreSQL looks again (up to four rounds) for runs to
        -- replace those dropped for a busy key or a full limit; here a second
        -- scan of runs_claim after this claim's own UPDATE deadlocks: InnoDB
        -- makes SKIP LOCKED wait for a row another claimer has changed but
        -- not committed (its implicit lock on the secondary index entry), and
        -- two claimers in their second round wait on each other.  The worker
        -- asks again instead.
        LEAVE rounds;
    END WHILE;

    -- Expired leases that may not be handed out again end now: after the
    -- scans above (which never pick them), so that no scan of this claim
    -- passes index entries this claim has changed (see "One round").
    SELECT EXISTS (SELECT 1 FROM durable.runs r
                   WHERE r.status = 'leased' AND r.lease_expires_at <= v_now
                     AND NOT (r.attempt < r.max_attempts AND r.cancel_requested_at IS NULL))
    INTO v_flag;
    IF v_flag THEN
        CALL durable.settle_expired(v_now);
    END IF;
    CALL durable.end_work(v_own);
    SELECT r.run_id, r.job_name, r.queue, r.args, r.attempt, r.max_attempts, r.run_at,
           r.lease_expires_at, r.timeout, r.priority, JSON_VALUE(r.meta, '$.traceparent') AS traceparent
    FROM durable.runs r
    JOIN JSON_TABLE(v_served, '$[*]' COLUMNS (ord FOR ORDINALITY, q VARCHAR(128) PATH '$[0]')) s
      ON s.q = r.queue
    WHERE r.run_id IN (SELECT i.id FROM JSON_TABLE(v_taken, '$[*]' COLUMNS (id BIGINT PATH '$')) i)
      AND r.worker = worker AND r.status = 'leased'
    ORDER BY IF(v_strategy = 'strict', s.ord, 0), r.neg_priority, r.run_at, r.run_id;
END$$

DELIMITER ;

-- ----------------------------------------------------------------------------
-- Finishing an attempt: the lease owner reports success or failure, renews
-- its leases, or gives runs back.  Each acts only on runs the calling worker
-- still holds leased.
-- ----------------------------------------------------------------------------

-- Every attempt that ended in an error, in the order they ended: the error
-- durable.fail() was given, or the engine's own when a lease expired with no
-- attempts left (settle_expired), and what it led to.  A run row keeps only
-- its latest error; this keeps them all, for people reading a run's story.
-- A lease that expired and was claimed again writes nothing here: the claim
-- is the hot path, and the skipped attempt number says it.  The rows go with
-- their run when prune removes it; retry() keeps them (the attempt count
-- starts again, so a round is told by a number that does not grow).
CREATE TABLE durable.run_errors (
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

DELIMITER $$

-- run_ids and results are JSON arrays (results parallel to run_ids, NULL:
-- none).  Returns how many of run_ids it completed.
CREATE FUNCTION durable.complete(worker TEXT, run_ids JSON, results JSON) RETURNS INT
NOT DETERMINISTIC MODIFIES SQL DATA SQL SECURITY DEFINER
BEGIN
    DECLARE v_n INT DEFAULT 0;
    CALL durable.check_array('run_ids', run_ids);
    CALL durable.check_array('results', results);
    IF results IS NOT NULL AND JSON_LENGTH(results) <> COALESCE(JSON_LENGTH(run_ids), 0) THEN
        CALL durable.raise_error('DS001', CONCAT('results has ', JSON_LENGTH(results),
            ' elements but run_ids has ', COALESCE(JSON_LENGTH(run_ids), 0)));
    END IF;
    IF worker IS NULL OR run_ids IS NULL THEN
        RETURN 0;  -- NULL holds no lease (and as finish_runs' owner would mean any run)
    END IF;
    CALL durable.finish_runs(run_ids, 'succeeded', worker, results, NULL, v_n);
    RETURN v_n;
END$$

-- Retry delay in seconds for a failed attempt: base, doubled per attempt for
-- 'backoff', spread by ± jitter ratio, clamped to max_delay (and never more
-- than max_interval).  In DOUBLE, so a high attempt cannot overflow.
CREATE FUNCTION durable.retry_delay(retry_behavior VARCHAR(16), retry_delay DOUBLE,
                                    retry_max_delay DOUBLE, retry_jitter DOUBLE, attempt INT)
RETURNS DOUBLE
NOT DETERMINISTIC NO SQL
BEGIN
    RETURN GREATEST(0, LEAST(
        retry_delay
            * IF(retry_behavior = 'backoff', POW(2, LEAST(GREATEST(attempt - 1, 0), 1000)), 1)
            * (1 + retry_jitter * (2 * RAND() - 1)),
        retry_max_delay, durable.bound('max_interval')));
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

-- Extends the leases the worker still owns (expired ones too, unless another
-- worker reclaimed them); the result set (one column, run_id) is the runs
-- kept.  A run missing from it was lost or cancelled: its handler must stop.
CREATE PROCEDURE durable.heartbeat(IN worker TEXT, IN run_ids JSON, IN lease DOUBLE)
NOT DETERMINISTIC MODIFIES SQL DATA SQL SECURITY DEFINER
BEGIN
    DECLARE v_own   BOOLEAN;
    DECLARE v_lease DOUBLE DEFAULT COALESCE(lease, 30);
    DECLARE v_kept  JSON;
    DECLARE EXIT HANDLER FOR SQLEXCEPTION
    BEGIN
        CALL durable.undo_work(v_own);
        RESIGNAL;
    END;
    CALL durable.check_interval('lease', v_lease, FALSE);
    CALL durable.check_array('run_ids', run_ids);
    CALL durable.begin_work(v_own);
    UPDATE durable.workers w SET w.last_seen = durable.now() WHERE w.worker = worker;
    SET v_kept = (SELECT JSON_ARRAYAGG(x.run_id) FROM (
        SELECT r.run_id
        FROM (SELECT DISTINCT j.id FROM JSON_TABLE(run_ids, '$[*]' COLUMNS (id BIGINT PATH '$')) j) d
        STRAIGHT_JOIN durable.runs r FORCE INDEX (PRIMARY) ON r.run_id = d.id
        WHERE r.worker = worker AND r.status = 'leased' AND r.cancel_requested_at IS NULL
        FOR UPDATE) x);
    UPDATE JSON_TABLE(v_kept, '$[*]' COLUMNS (id BIGINT PATH '$')) i
    STRAIGHT_JOIN durable.runs r FORCE INDEX (PRIMARY) ON r.run_id = i.id
    SET r.lease_expires_at = durable.plus_seconds(durable.lease_clock(), v_lease);
    CALL durable.end_work(v_own);
    SELECT i.id AS run_id FROM JSON_TABLE(COALESCE(v_kept, '[]'), '$[*]' COLUMNS (id BIGINT PATH '$')) i
    ORDER BY i.id;
END$$

-- Graceful shutdown: hand back runs that were claimed but never started; the
-- attempt they counted is given back too.  Returns how many it released
-- (a run cancelled meanwhile ends cancelled and is counted).
CREATE FUNCTION durable.`release`(worker TEXT, run_ids JSON) RETURNS INT
NOT DETERMINISTIC MODIFIES SQL DATA SQL SECURITY DEFINER
BEGIN
    DECLARE v_cancelled JSON;
    DECLARE v_back JSON;
    DECLARE v_n INT;
    DECLARE v_count INT DEFAULT 0;
    CALL durable.check_array('run_ids', run_ids);
    -- Lock first: a cancel() committing meanwhile must not send a cancelled
    -- run back to the queue.
    SELECT JSON_ARRAYAGG(IF(x.cancel_requested_at IS NOT NULL, x.run_id, NULL)),
           JSON_ARRAYAGG(IF(x.cancel_requested_at IS NULL, x.run_id, NULL)),
           COUNT(*)
    INTO v_cancelled, v_back, v_count
    FROM (SELECT r.run_id, r.cancel_requested_at
          FROM (SELECT DISTINCT j.id FROM JSON_TABLE(run_ids, '$[*]' COLUMNS (id BIGINT PATH '$')) j) d
          STRAIGHT_JOIN durable.runs r FORCE INDEX (PRIMARY) ON r.run_id = d.id
          WHERE r.worker = worker AND r.status = 'leased'
          FOR UPDATE) x;
    IF v_count = 0 THEN
        RETURN 0;
    END IF;
    IF EXISTS (SELECT 1 FROM JSON_TABLE(v_cancelled, '$[*]' COLUMNS (id BIGINT PATH '$')) c WHERE c.id IS NOT NULL) THEN
        CALL durable.finish_runs(v_cancelled, 'cancelled', worker, NULL, NULL, v_n);
    END IF;
    UPDATE JSON_TABLE(v_back, '$[*]' COLUMNS (id BIGINT PATH '$')) i
    STRAIGHT_JOIN durable.runs r FORCE INDEX (PRIMARY) ON r.run_id = i.id
    SET r.status = 'pending', r.worker = NULL, r.lease_expires_at = NULL, r.started_at = NULL,
        r.attempt = GREATEST(r.attempt - 1, 0), r.limited = FALSE
    WHERE r.worker = worker AND r.status = 'leased';
    RETURN v_count;
END$$

DELIMITER ;

-- ----------------------------------------------------------------------------
-- What a running handler reports: log lines and progress.  Only the run's
-- lease owner may write them; a call for a run it no longer owns changes
-- nothing and returns false.
-- ----------------------------------------------------------------------------
CREATE TABLE durable.run_logs (
    log_id    BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    run_id    BIGINT       NOT NULL,
    attempt   INT          NOT NULL,
    level     VARCHAR(16)  NOT NULL,
    message   MEDIUMTEXT   NOT NULL,
    worker    VARCHAR(128) NOT NULL,
    logged_at DATETIME(6)  NOT NULL,
    CONSTRAINT run_logs_level CHECK (level IN ('debug', 'info', 'warning', 'error')),
    KEY run_logs_run_id (run_id, log_id)
) ENGINE = InnoDB;

DELIMITER $$

-- Log lines of runs the worker still holds, in array order (run_ids, levels
-- and messages are parallel JSON arrays).  Lines of runs it no longer holds
-- are dropped.  Returns how many lines were written.  One bad element
-- rejects the whole call and is named.
CREATE FUNCTION durable.log_many(worker TEXT, run_ids JSON, levels JSON, messages JSON) RETURNS INT
NOT DETERMINISTIC MODIFIES SQL DATA SQL SECURITY DEFINER
BEGIN
    DECLARE v_level TEXT;
    DECLARE v_message LONGTEXT;
    DECLARE v_found BOOLEAN DEFAULT FALSE;
    CALL durable.check_array('run_ids', run_ids);
    CALL durable.check_array('levels', levels);
    CALL durable.check_array('messages', messages);
    IF NOT (JSON_LENGTH(levels) <=> JSON_LENGTH(run_ids))
       OR NOT (JSON_LENGTH(messages) <=> JSON_LENGTH(run_ids)) THEN
        CALL durable.raise_error('DS001', CONCAT(
            'run_ids, levels and messages must have as many elements each, got ',
            COALESCE(JSON_LENGTH(run_ids), 'NULL'), ', ', COALESCE(JSON_LENGTH(levels), 'NULL'),
            ' and ', COALESCE(JSON_LENGTH(messages), 'NULL')));
    END IF;
    SELECT TRUE, u.level, m.message INTO v_found, v_level, v_message
    FROM JSON_TABLE(levels, '$[*]' COLUMNS (ord FOR ORDINALITY, level VARCHAR(64) PATH '$')) u
    JOIN JSON_TABLE(messages, '$[*]' COLUMNS (ord FOR ORDINALITY, message LONGTEXT PATH '$')) m
      ON m.ord = u.ord
    WHERE u.level IS NULL OR NOT durable.accepts('log_levels', u.level)
       OR m.message IS NULL OR CHAR_LENGTH(m.message) > durable.bound('max_log_message')
    ORDER BY u.ord LIMIT 1;
    IF v_found THEN
        SET v_message = (SELECT m.message
                         FROM JSON_TABLE(levels, '$[*]' COLUMNS (ord FOR ORDINALITY, level VARCHAR(64) PATH '$')) u
                         JOIN JSON_TABLE(messages, '$[*]' COLUMNS (ord FOR ORDINALITY, message LONGTEXT PATH '$')) m
                           ON m.ord = u.ord
                         WHERE u.level IS NULL OR NOT durable.accepts('log_levels', u.level)
                            OR m.message IS NULL OR CHAR_LENGTH(m.message) > durable.bound('max_log_message')
                         ORDER BY u.ord LIMIT 1);
        IF v_level IS NULL OR NOT durable.accepts('log_levels', v_level) THEN
            CALL durable.raise_error('DS001', CONCAT('log level must be ', durable.word_list('log_levels'),
                ', got ', durable.lit(v_level)));
        END IF;
        CALL durable.raise_error('DS001', CONCAT('log message must be text of at most ',
            durable.bound('max_log_message'), ' characters, got ',
            COALESCE(CONCAT(CHAR_LENGTH(v_message), ' characters'), 'NULL')));
    END IF;
    INSERT INTO durable.run_logs (run_id, attempt, level, message, worker, logged_at)
    SELECT r.run_id, r.attempt, u.level, m.message, r.worker, durable.now()
    FROM JSON_TABLE(run_ids, '$[*]' COLUMNS (ord FOR ORDINALITY, run_id BIGINT PATH '$')) i
    JOIN JSON_TABLE(levels, '$[*]' COLUMNS (ord FOR ORDINALITY, level VARCHAR(64) PATH '$')) u ON u.ord = i.ord
    JOIN JSON_TABLE(messages, '$[*]' COLUMNS (ord FOR ORDINALITY, message LONGTEXT PATH '$')) m ON m.ord = i.ord
    JOIN durable.runs r ON r.run_id = i.run_id
    WHERE r.worker = worker AND r.status = 'leased'
    ORDER BY i.ord;  -- log_id follows the order of the lines
    RETURN ROW_COUNT();
END$$

CREATE FUNCTION durable.log(worker TEXT, run_id BIGINT, level TEXT, message LONGTEXT) RETURNS BOOLEAN
NOT DETERMINISTIC MODIFIES SQL DATA SQL SECURITY DEFINER
BEGIN
    RETURN durable.log_many(worker, JSON_ARRAY(run_id), JSON_ARRAY(level), JSON_ARRAY(message)) = 1;
END$$

-- progress is a fraction from 0 to 1; note is free text (at most
-- max_progress_note characters).  Several values for one run: the last one
-- counts.  Returns how many runs the worker still held (and so updated).
CREATE FUNCTION durable.set_progress_many(worker TEXT, run_ids JSON, progress JSON, notes JSON)
RETURNS INT
NOT DETERMINISTIC MODIFIES SQL DATA SQL SECURITY DEFINER
BEGIN
    DECLARE v_progress DOUBLE;
    DECLARE v_note LONGTEXT;
    DECLARE v_found BOOLEAN DEFAULT FALSE;
    CALL durable.check_array('run_ids', run_ids);
    CALL durable.check_array('progress', progress);
    CALL durable.check_array('notes', notes);
    IF NOT (JSON_LENGTH(progress) <=> JSON_LENGTH(run_ids))
       OR (notes IS NOT NULL AND JSON_LENGTH(notes) <> JSON_LENGTH(run_ids)) THEN
        CALL durable.raise_error('DS001', CONCAT(
            'run_ids, progress and notes must have as many elements each, got ',
            COALESCE(JSON_LENGTH(run_ids), 'NULL'), ', ', COALESCE(JSON_LENGTH(progress), 'NULL'),
            ' and ', COALESCE(JSON_LENGTH(notes), 'NULL')));
    END IF;
    SELECT TRUE, p.progress, n.note INTO v_found, v_progress, v_note
    FROM JSON_TABLE(progress, '$[*]' COLUMNS (ord FOR ORDINALITY, progress DOUBLE PATH '$')) p
    LEFT JOIN JSON_TABLE(notes, '$[*]' COLUMNS (ord FOR ORDINALITY, note LONGTEXT PATH '$')) n
      ON n.ord = p.ord
    WHERE p.progress IS NULL OR NOT (p.progress >= 0 AND p.progress <= 1)
       OR CHAR_LENGTH(n.note) > durable.bound('max_progress_note')
    ORDER BY p.ord LIMIT 1;
    IF v_found THEN
        IF v_progress IS NULL OR NOT (v_progress >= 0 AND v_progress <= 1) THEN
            CALL durable.raise_error('DS001', CONCAT('progress must be between 0 and 1, got ',
                durable.num_text(v_progress)));
        END IF;
        CALL durable.raise_error('DS001', CONCAT('progress note is ', CHAR_LENGTH(v_note),
            ' characters long; the limit is ', durable.bound('max_progress_note')));
    END IF;
    UPDATE (SELECT i.run_id, p.progress, n.note
          FROM JSON_TABLE(run_ids, '$[*]' COLUMNS (ord FOR ORDINALITY, run_id BIGINT PATH '$')) i
          JOIN JSON_TABLE(progress, '$[*]' COLUMNS (ord FOR ORDINALITY, progress DOUBLE PATH '$')) p
            ON p.ord = i.ord
          LEFT JOIN JSON_TABLE(notes, '$[*]' COLUMNS (ord FOR ORDINALITY, note LONGTEXT PATH '$')) n
            ON n.ord = i.ord
          WHERE i.ord = (SELECT MAX(i2.ord)
                         FROM JSON_TABLE(run_ids, '$[*]' COLUMNS (ord FOR ORDINALITY, run_id BIGINT PATH '$')) i2
                         WHERE i2.run_id = i.run_id)) l
    STRAIGHT_JOIN durable.runs r FORCE INDEX (PRIMARY) ON r.run_id = l.run_id
    SET r.progress = l.progress, r.progress_note = l.note
    WHERE r.worker = worker AND r.status = 'leased';
    RETURN (SELECT COUNT(*) FROM durable.runs r
            WHERE r.run_id IN (SELECT i.id FROM JSON_TABLE(run_ids, '$[*]' COLUMNS (id BIGINT PATH '$')) i)
              AND r.worker = worker AND r.status = 'leased');
END$$

CREATE FUNCTION durable.set_progress(worker TEXT, run_id BIGINT, progress DOUBLE, note TEXT)
RETURNS BOOLEAN
NOT DETERMINISTIC MODIFIES SQL DATA SQL SECURITY DEFINER
BEGIN
    RETURN durable.set_progress_many(worker, JSON_ARRAY(run_id), JSON_ARRAY(progress),
                                     JSON_ARRAY(note)) = 1;
END$$

-- ----------------------------------------------------------------------------
-- Operators.
-- ----------------------------------------------------------------------------
-- true: the run is now cancelled, or being cancelled (it was running: it
-- leaves its worker's next heartbeat result and ends cancelled); false: it
-- had already finished.  An unknown id is DS004.
CREATE FUNCTION durable.cancel(run_id BIGINT) RETURNS BOOLEAN
NOT DETERMINISTIC MODIFIES SQL DATA SQL SECURITY DEFINER
BEGIN
    DECLARE v_status VARCHAR(16);
    DECLARE v_n INT;
    SET v_status = (SELECT r.status FROM durable.runs r WHERE r.run_id = run_id FOR UPDATE);
    IF v_status IN ('pending', 'waiting') THEN
        CALL durable.finish_runs(JSON_ARRAY(run_id), 'cancelled', NULL, NULL,
                                 JSON_ARRAY('cancelled by durable.cancel()'), v_n);
        RETURN TRUE;
    ELSEIF v_status = 'leased' THEN
        UPDATE durable.runs r SET r.cancel_requested_at = COALESCE(r.cancel_requested_at, durable.now())
        WHERE r.run_id = run_id;
        RETURN TRUE;
    END IF;
    IF EXISTS (SELECT 1 FROM durable.run_history h WHERE h.run_id = run_id) THEN
        RETURN FALSE;
    END IF;
    CALL durable.raise_error('DS004', CONCAT('unknown run ', COALESCE(run_id, 'NULL')));
    RETURN NULL;
END$$

-- Puts a failed or cancelled run (same id) back to pending, attempts reset —
-- or to waiting, when a parent has not succeeded yet.  A parent that failed
-- or was cancelled must be retried first.
CREATE FUNCTION durable.retry(run_id BIGINT) RETURNS BIGINT
NOT DETERMINISTIC MODIFIES SQL DATA SQL SECURITY DEFINER
BEGIN
    DECLARE v_status  VARCHAR(16);
    DECLARE v_depends JSON;
    DECLARE v_key     VARCHAR(512);
    DECLARE v_ckey    VARCHAR(512);
    DECLARE v_parents JSON;
    DECLARE v_waiting INT DEFAULT 0;
    DECLARE v_blocker TEXT;
    DECLARE v_taken   BOOLEAN DEFAULT FALSE;
    DECLARE CONTINUE HANDLER FOR 1062 SET v_taken = TRUE;
    SELECT h.status, h.depends_on, h.unique_key, h.concurrency_key
    INTO v_status, v_depends, v_key, v_ckey
    FROM durable.run_history h WHERE h.run_id = run_id FOR UPDATE;
    IF v_status IS NULL OR v_status NOT IN ('failed', 'cancelled') THEN
        SET v_status = COALESCE((SELECT r.status FROM durable.runs r WHERE r.run_id = run_id), v_status);
        IF v_status IS NULL THEN
            CALL durable.raise_error('DS004', CONCAT('unknown run ', COALESCE(run_id, 'NULL')));
        END IF;
        CALL durable.raise_error('DS005', CONCAT('run ', run_id, ' is ', v_status,
            '; only failed or cancelled runs can be retried'));
    END IF;
    IF v_depends IS NOT NULL THEN
        CALL durable.lock_parents(v_depends, v_parents, v_waiting, v_blocker);
        IF v_blocker IS NOT NULL THEN
            CALL durable.raise_error('DS005', CONCAT('run ', run_id, ' cannot be retried: its ',
                v_blocker, '; retry that run first'));
        END IF;
    END IF;
    INSERT INTO durable.runs (run_id, job_name, queue, status, args, priority, run_at, attempt,
                              max_attempts, timeout, unique_key, concurrency_key, tags, error,
                              created_at, depends_on, waiting_on, meta)
    SELECT h.run_id, h.job_name, h.queue, IF(v_waiting > 0, 'waiting', 'pending'), h.args,
           h.priority, durable.now(), 0, h.max_attempts, h.timeout, h.unique_key,
           h.concurrency_key, h.tags, h.error, h.created_at, h.depends_on, v_waiting, h.meta
    FROM durable.run_history h WHERE h.run_id = run_id;
    IF v_taken THEN
        CALL durable.raise_error('DS007', CONCAT('run ', run_id,
            ' cannot be retried: another live run holds its unique_key ', durable.lit(v_key)));
    END IF;
    DELETE FROM durable.run_history WHERE durable.run_history.run_id = run_id;
    IF v_ckey IS NOT NULL THEN
        CALL durable.ensure_lock('key', v_ckey);
    END IF;
    RETURN run_id;
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

-- Retention without a Python worker (an EVENT, cron + mariadb, any
-- scheduler): durable.prune in batches until nothing is left, committing
-- each batch when the caller has no transaction open (inside the caller's
-- transaction it commits nothing, and the whole prune is the caller's).
-- The result set: one row, removed, the total.
CREATE PROCEDURE durable.prune_all(IN older_than DOUBLE, IN batch_size INT)
NOT DETERMINISTIC MODIFIES SQL DATA SQL SECURITY DEFINER
BEGIN
    DECLARE v_own BOOLEAN;
    DECLARE v_n BIGINT;
    DECLARE v_total BIGINT DEFAULT 0;
    DECLARE EXIT HANDLER FOR SQLEXCEPTION
    BEGIN
        CALL durable.undo_work(v_own);
        RESIGNAL;
    END;
    batches: LOOP
        CALL durable.begin_work(v_own);
        SET v_n = durable.prune(older_than, batch_size);
        CALL durable.end_work(v_own);
        SET v_total = v_total + v_n;
        IF v_n = 0 THEN
            LEAVE batches;
        END IF;
    END LOOP;
    SELECT v_total AS removed;
END$$

-- One batch of the workers' retention sweep: durable.prune(NULL,
-- batch_size) under a transaction-scoped try-lock, so that one session of
-- the fleet sweeps at a time.  NULL when another session is sweeping.
CREATE FUNCTION durable.sweep(batch_size INT) RETURNS BIGINT
NOT DETERMINISTIC MODIFIES SQL DATA SQL SECURITY DEFINER
BEGIN
    CALL durable.check_range('batch_size', COALESCE(batch_size, 1000), 1, 1000000);
    IF NOT durable.try_lock('sweep', 'retention') THEN
        RETURN NULL;
    END IF;
    RETURN durable.prune(NULL, batch_size);
END$$

DELIMITER ;

-- ===== CRON =====
-- cron_parse, cron_next_spec, cron_next, cron_preview, check_time_zone and the
-- time-zone tables generated from tzdata (sql/mysql/generate_tzdata.py rewrites
-- its block in place).  The section stands on its own: re-applying it alone
-- (tests/mysql/test_cron_mysql.py does) installs new tzdata over an install.
-- ============================================================================
-- durablesql for MariaDB 10.6+ / MySQL 8.0.21+: cron expressions and time zones.
--
--     SELECT durable.cron_next('*/15 * * * *', UTC_TIMESTAMP(6), 'Europe/Berlin');
--         -> DATETIME(6), UTC: the first fire time strictly after `after`
--     CALL durable.cron_preview('0 9 * * mon-fri', UTC_TIMESTAMP(6), 'Europe/Berlin', 5);
--         -> one row per fire time (column cron_preview), UTC
--
-- Applied after `CREATE DATABASE IF NOT EXISTS durable`; every object is qualified as
-- durable.x, so the session's default database does not matter.  Re-applying the file
-- replaces every object it creates (that is how new tzdata is installed): nothing else
-- refers to the tz tables by a foreign key.
--
-- THE RULES are PostgreSQL's (sql/postgres/schema.sql, "Cron: parsing a cron
-- expression ..."), with the same DS codes and messages:
--
-- * 5 fields "minute hour day-of-month month day-of-week" (second = 0), or
--   6 fields "second minute hour day-of-month month day-of-week", separated by runs of
--   spaces and tabs.  An item is *, a value, a range a-b, any of them with /n; "a/n"
--   means "a-max/n"; month names jan..dec and weekday names sun..sat (any case); day of
--   week 0-7, 0 and 7 both Sunday.  Nothing else (no L, W, #, ?, H, @daily, year).
-- * Vixie day rule: when day-of-month and day-of-week are both restricted, a day
--   matches if either matches; a field is unrestricted only when it is exactly "*".
-- * The answer is the first fire time strictly after `after`, reading the expression
--   on the wall clock of an IANA zone.  A wall time inside a spring-forward gap fires
--   once, shifted forward by the gap (02:30 -> 03:30); a wall time that happens twice
--   (fall-back overlap) fires at its first occurrence only, unless the hour field is
--   exactly "*" (then in both passes, so "*/15 * * * *" keeps its rhythm); one instant
--   never fires twice.
--
-- ERRORS: DS001 invalid argument (`after`, `count`), DS011 invalid cron expression,
--         DS012 unknown time zone.  SIGNAL's MESSAGE_TEXT holds at most 128 characters:
--         a message that would be longer gets the cron expression cut to 40 characters
--         plus an ellipsis (as PostgreSQL's check_name shortens values), and if it is
--         still too long, is cut to 127 characters plus an ellipsis.
--
-- Time zones come from the tables below, generated from tzdata for 1970-2100 by
-- sql/mysql/generate_tzdata.py, not from the server: its mysql.time_zone* tables are
-- often empty, and CONVERT_TZ maps a wall time in a spring-forward gap to the wrong
-- instant.  Before 1970 a zone keeps its offset of 1970-01-01; after 2100 it keeps its
-- last offset of 2100 (PostgreSQL follows tzdata's history and rules there).
--
-- Times are handled as whole seconds: instants as Unix seconds (BIGINT, UTC), wall-clock
-- times as "local seconds" (the same count, read on a zone's wall clock).  Fire times are
-- whole seconds, so the first fire time strictly after `after` is the first whole second
-- after FLOOR(after) that fires.
-- ============================================================================

-- Objects of an earlier install of this file (re-applying it replaces them).
DROP FUNCTION IF EXISTS durable.cron_quote;
DROP FUNCTION IF EXISTS durable.cron_message;
DROP FUNCTION IF EXISTS durable.tz_rule;
DROP FUNCTION IF EXISTS durable.check_time_zone;
DROP FUNCTION IF EXISTS durable.cron_parse_value;
DROP FUNCTION IF EXISTS durable.cron_parse_field;
DROP FUNCTION IF EXISTS durable.cron_parse;
DROP FUNCTION IF EXISTS durable.cron_next_local;
DROP FUNCTION IF EXISTS durable.cron_after_seconds;
DROP FUNCTION IF EXISTS durable.cron_next_at;
DROP FUNCTION IF EXISTS durable.cron_next_spec;
DROP FUNCTION IF EXISTS durable.cron_next;
DROP PROCEDURE IF EXISTS durable.cron_preview;
DROP TABLE IF EXISTS durable.tz_transitions;
DROP TABLE IF EXISTS durable.tz_zones;

-- ----------------------------------------------------------------------------
-- Time-zone data.
--
-- tz_zones: the accepted names (UTC and IANA Area/Location names, as PostgreSQL's
--   check_time_zone accepts them).  VARBINARY: compared byte for byte, so
--   'europe/berlin' and 'Europe/Berlin ' (PAD SPACE collations ignore a trailing
--   space) are unknown, as on PostgreSQL.
-- tz_transitions: per rule set (zones with identical offsets since 1970 share one),
--   the offset `utc_offset` (seconds east of UTC) in force from `at_utc` (Unix
--   seconds) on.  The first row of each rule set starts at 0001-01-01 and holds the
--   offset of 1970-01-01.  prev_offset (the offset before at_utc) and next_at (the
--   next row's at_utc, or 10000-01-01) are derived once at install, so one index
--   read gives cron_next the whole segment it needs.
-- ----------------------------------------------------------------------------
CREATE TABLE durable.tz_zones (
    name    VARBINARY(64)     NOT NULL PRIMARY KEY,
    rule_id SMALLINT UNSIGNED NOT NULL
) ENGINE = InnoDB;

CREATE TABLE durable.tz_transitions (
    rule_id     SMALLINT UNSIGNED NOT NULL,
    at_utc      BIGINT            NOT NULL,
    utc_offset  INT               NOT NULL,
    prev_offset INT               NULL,
    next_at     BIGINT            NULL,
    PRIMARY KEY (rule_id, at_utc)
) ENGINE = InnoDB;

-- BEGIN GENERATED TZDATA
-- tzdata 2025b from /usr/share/zoneinfo, written by
--     python3 sql/mysql/generate_tzdata.py
-- (do not edit by hand; re-run it when tzdata changes, then re-apply this file).
-- 554 zone names, 306 rule sets, 31233 transition rows (1970-2100).
INSERT INTO durable.tz_zones (name, rule_id) VALUES
('Africa/Abidjan',1),('Africa/Accra',1),('Africa/Addis_Ababa',2),('Africa/Algiers',3),('Africa/Asmara',2),('Africa/Asmera',2),('Africa/Bamako',1),('Africa/Bangui',4),
('Africa/Banjul',1),('Africa/Bissau',5),('Africa/Blantyre',6),('Africa/Brazzaville',4),('Africa/Bujumbura',6),('Africa/Cairo',7),('Africa/Casablanca',8),('Africa/Ceuta',9),
('Africa/Conakry',1),('Africa/Dakar',1),('Africa/Dar_es_Salaam',2),('Africa/Djibouti',2),('Africa/Douala',4),('Africa/El_Aaiun',10),('Africa/Freetown',1),('Africa/Gaborone',6),
('Africa/Harare',6),('Africa/Johannesburg',6),('Africa/Juba',11),('Africa/Kampala',2),('Africa/Khartoum',12),('Africa/Kigali',6),('Africa/Kinshasa',4),('Africa/Lagos',4),
('Africa/Libreville',4),('Africa/Lome',1),('Africa/Luanda',4),('Africa/Lubumbashi',6),('Africa/Lusaka',6),('Africa/Malabo',4),('Africa/Maputo',6),('Africa/Maseru',6),
('Africa/Mbabane',6),('Africa/Mogadishu',2),('Africa/Monrovia',13),('Africa/Nairobi',2),('Africa/Ndjamena',14),('Africa/Niamey',4),('Africa/Nouakchott',1),('Africa/Ouagadougou',1),
('Africa/Porto-Novo',4),('Africa/Sao_Tome',15),('Africa/Timbuktu',1),('Africa/Tripoli',16),('Africa/Tunis',17),('Africa/Windhoek',18),('America/Adak',19),('America/Anchorage',20),
('America/Anguilla',21),('America/Antigua',21),('America/Araguaina',22),('America/Argentina/Buenos_Aires',23),('America/Argentina/Catamarca',24),('America/Argentina/ComodRivadavia',24),('America/Argentina/Cordoba',25),('America/Argentina/Jujuy',26),
('America/Argentina/La_Rioja',27),('America/Argentina/Mendoza',28),('America/Argentina/Rio_Gallegos',29),('America/Argentina/Salta',30),('America/Argentina/San_Juan',31),('America/Argentina/San_Luis',32),('America/Argentina/Tucuman',33),('America/Argentina/Ushuaia',34),
('America/Aruba',21),('America/Asuncion',35),('America/Atikokan',36),('America/Atka',19),('America/Bahia',37),('America/Bahia_Banderas',38),('America/Barbados',39),('America/Belem',40),
('America/Belize',41),('America/Blanc-Sablon',21),('America/Boa_Vista',42),('America/Bogota',43),('America/Boise',44),('America/Buenos_Aires',23),('America/Cambridge_Bay',45),('America/Campo_Grande',46),
('America/Cancun',47),('America/Caracas',48),('America/Catamarca',24),('America/Cayenne',49),('America/Cayman',36),('America/Chicago',50),('America/Chihuahua',51),('America/Ciudad_Juarez',52),
('America/Coral_Harbour',36),('America/Cordoba',25),('America/Costa_Rica',53),('America/Coyhaique',54),('America/Creston',55),('America/Cuiaba',56),('America/Curacao',21),('America/Danmarkshavn',57),
('America/Dawson',58),('America/Dawson_Creek',59),('America/Denver',60),('America/Detroit',61),('America/Dominica',21),('America/Edmonton',62),('America/Eirunepe',63),('America/El_Salvador',64),
('America/Ensenada',65),('America/Fort_Nelson',66),('America/Fort_Wayne',67),('America/Fortaleza',68),('America/Glace_Bay',69),('America/Godthab',70),('America/Goose_Bay',71),('America/Grand_Turk',72),
('America/Grenada',21),('America/Guadeloupe',21),('America/Guatemala',73),('America/Guayaquil',74),('America/Guyana',75),('America/Halifax',76),('America/Havana',77),('America/Hermosillo',78),
('America/Indiana/Indianapolis',67),('America/Indiana/Knox',79),('America/Indiana/Marengo',80),('America/Indiana/Petersburg',81),('America/Indiana/Tell_City',82),('America/Indiana/Vevay',83),('America/Indiana/Vincennes',84),('America/Indiana/Winamac',85),
('America/Indianapolis',67),('America/Inuvik',86),('America/Iqaluit',87),('America/Jamaica',88),('America/Jujuy',26),('America/Juneau',89),('America/Kentucky/Louisville',90),('America/Kentucky/Monticello',91),
('America/Knox_IN',79),('America/Kralendijk',21),('America/La_Paz',21),('America/Lima',92),('America/Los_Angeles',93),('America/Louisville',90),('America/Lower_Princes',21),('America/Maceio',94),
('America/Managua',95),('America/Manaus',96),('America/Marigot',21),('America/Martinique',97),('America/Matamoros',98),('America/Mazatlan',99),('America/Mendoza',28),('America/Menominee',100),
('America/Merida',101),('America/Metlakatla',102),('America/Mexico_City',103),('America/Miquelon',104),('America/Moncton',105),('America/Monterrey',106),('America/Montevideo',107),('America/Montreal',108),
('America/Montserrat',21),('America/Nassau',108),('America/New_York',109),('America/Nipigon',108),('America/Nome',110),('America/Noronha',111),('America/North_Dakota/Beulah',112),('America/North_Dakota/Center',113),
('America/North_Dakota/New_Salem',114),('America/Nuuk',70),('America/Ojinaga',115),('America/Panama',36),('America/Pangnirtung',87),('America/Paramaribo',116),('America/Phoenix',55),('America/Port-au-Prince',117),
('America/Port_of_Spain',21),('America/Porto_Acre',118),('America/Porto_Velho',119),('America/Puerto_Rico',21),('America/Punta_Arenas',120),('America/Rainy_River',121),('America/Rankin_Inlet',122),('America/Recife',123),
('America/Regina',124),('America/Resolute',125),('America/Rio_Branco',118),('America/Rosario',25),('America/Santa_Isabel',65),('America/Santarem',126),('America/Santiago',127),('America/Santo_Domingo',128),
('America/Sao_Paulo',129),('America/Scoresbysund',130),('America/Shiprock',60),('America/Sitka',131),('America/St_Barthelemy',21),('America/St_Johns',132),('America/St_Kitts',21),('America/St_Lucia',21),
('America/St_Thomas',21),('America/St_Vincent',21),('America/Swift_Current',133),('America/Tegucigalpa',134),('America/Thule',135),('America/Thunder_Bay',108),('America/Tijuana',65),('America/Toronto',108),
('America/Tortola',21),('America/Vancouver',136),('America/Virgin',21),('America/Whitehorse',137),('America/Winnipeg',121),('America/Yakutat',138),('America/Yellowknife',62),('Antarctica/Casey',139),
('Antarctica/Davis',140),('Antarctica/DumontDUrville',141),('Antarctica/Macquarie',142),('Antarctica/Mawson',143),('Antarctica/McMurdo',144),('Antarctica/Palmer',145),('Antarctica/Rothera',146),('Antarctica/South_Pole',144),
('Antarctica/Syowa',2),('Antarctica/Troll',147),('Antarctica/Vostok',148),('Arctic/Longyearbyen',149),('Asia/Aden',2),('Asia/Almaty',150),('Asia/Amman',151),('Asia/Anadyr',152),
('Asia/Aqtau',153),('Asia/Aqtobe',154),('Asia/Ashgabat',155),('Asia/Ashkhabad',155),('Asia/Atyrau',156),('Asia/Baghdad',157),('Asia/Bahrain',158),('Asia/Baku',159),
('Asia/Bangkok',160),('Asia/Barnaul',161),('Asia/Beirut',162),('Asia/Bishkek',163),('Asia/Brunei',164),('Asia/Calcutta',165),('Asia/Chita',166),('Asia/Choibalsan',167),
('Asia/Chongqing',168),('Asia/Chungking',168),('Asia/Colombo',169),('Asia/Dacca',170),('Asia/Damascus',171),('Asia/Dhaka',170),('Asia/Dili',172),('Asia/Dubai',173),
('Asia/Dushanbe',174),('Asia/Famagusta',175),('Asia/Gaza',176),('Asia/Harbin',168),('Asia/Hebron',177),('Asia/Ho_Chi_Minh',178),('Asia/Hong_Kong',179),('Asia/Hovd',180),
('Asia/Irkutsk',181),('Asia/Istanbul',182),('Asia/Jakarta',160),('Asia/Jayapura',183),('Asia/Jerusalem',184),('Asia/Kabul',185),('Asia/Kamchatka',186),('Asia/Karachi',187),
('Asia/Kashgar',188),('Asia/Kathmandu',189),('Asia/Katmandu',189),('Asia/Khandyga',190),('Asia/Kolkata',165),('Asia/Krasnoyarsk',191),('Asia/Kuala_Lumpur',192),('Asia/Kuching',164),
('Asia/Kuwait',2),('Asia/Macao',179),('Asia/Macau',179),('Asia/Magadan',193),('Asia/Makassar',164),('Asia/Manila',194),('Asia/Muscat',173),('Asia/Nicosia',195),
('Asia/Novokuznetsk',196),('Asia/Novosibirsk',197),('Asia/Omsk',198),('Asia/Oral',199),('Asia/Phnom_Penh',160),('Asia/Pontianak',200),('Asia/Pyongyang',201),('Asia/Qatar',158),
('Asia/Qostanay',202),('Asia/Qyzylorda',203),('Asia/Rangoon',204),('Asia/Riyadh',2),('Asia/Saigon',178),('Asia/Sakhalin',205),('Asia/Samarkand',206),('Asia/Seoul',207),
('Asia/Shanghai',168),('Asia/Singapore',192),('Asia/Srednekolymsk',208),('Asia/Taipei',209),('Asia/Tashkent',210),('Asia/Tbilisi',211),('Asia/Tehran',212),('Asia/Tel_Aviv',184),
('Asia/Thimbu',213),('Asia/Thimphu',213),('Asia/Tokyo',183),('Asia/Tomsk',214),('Asia/Ujung_Pandang',164),('Asia/Ulaanbaatar',167),('Asia/Ulan_Bator',167),('Asia/Urumqi',188),
('Asia/Ust-Nera',215),('Asia/Vientiane',160),('Asia/Vladivostok',216),('Asia/Yakutsk',217),('Asia/Yangon',204),('Asia/Yekaterinburg',218),('Asia/Yerevan',219),('Atlantic/Azores',220),
('Atlantic/Bermuda',221),('Atlantic/Canary',222),('Atlantic/Cape_Verde',223),('Atlantic/Faeroe',224),('Atlantic/Faroe',224),('Atlantic/Jan_Mayen',149),('Atlantic/Madeira',225),('Atlantic/Reykjavik',1),
('Atlantic/South_Georgia',226),('Atlantic/St_Helena',1),('Atlantic/Stanley',227),('Australia/ACT',228),('Australia/Adelaide',229),('Australia/Brisbane',230),('Australia/Broken_Hill',231),('Australia/Canberra',228),
('Australia/Currie',232),('Australia/Darwin',233),('Australia/Eucla',234),('Australia/Hobart',232),('Australia/LHI',235),('Australia/Lindeman',236),('Australia/Lord_Howe',235),('Australia/Melbourne',237),
('Australia/NSW',228),('Australia/North',233),('Australia/Perth',238),('Australia/Queensland',230),('Australia/South',229),('Australia/Sydney',228),('Australia/Tasmania',232),('Australia/Victoria',237),
('Australia/West',238),('Australia/Yancowinna',231),('Brazil/Acre',118),('Brazil/DeNoronha',111),('Brazil/East',129),('Brazil/West',96),('Canada/Atlantic',76),('Canada/Central',121),
('Canada/Eastern',108),('Canada/Mountain',62),('Canada/Newfoundland',132),('Canada/Pacific',136),('Canada/Saskatchewan',124),('Canada/Yukon',137),('Chile/Continental',127),('Chile/EasterIsland',239),
('Etc/GMT',1),('Etc/GMT+0',1),('Etc/GMT+1',240),('Etc/GMT+10',241),('Etc/GMT+11',242),('Etc/GMT+12',243),('Etc/GMT+2',226),('Etc/GMT+3',49),
('Etc/GMT+4',21),('Etc/GMT+5',36),('Etc/GMT+6',124),('Etc/GMT+7',55),('Etc/GMT+8',244),('Etc/GMT+9',245),('Etc/GMT-0',1),('Etc/GMT-1',4),
('Etc/GMT-10',141),('Etc/GMT-11',246),('Etc/GMT-12',247),('Etc/GMT-13',248),('Etc/GMT-14',249),('Etc/GMT-2',6),('Etc/GMT-3',2),('Etc/GMT-4',173),
('Etc/GMT-5',250),('Etc/GMT-6',188),('Etc/GMT-7',160),('Etc/GMT-8',164),('Etc/GMT-9',183),('Etc/GMT0',1),('Etc/Greenwich',1),('Etc/UCT',1),
('Etc/UTC',1),('Etc/Universal',1),('Etc/Zulu',1),('Europe/Amsterdam',251),('Europe/Andorra',252),('Europe/Astrakhan',253),('Europe/Athens',254),('Europe/Belfast',255),
('Europe/Belgrade',256),('Europe/Berlin',149),('Europe/Bratislava',257),('Europe/Brussels',251),('Europe/Bucharest',258),('Europe/Budapest',259),('Europe/Busingen',260),('Europe/Chisinau',261),
('Europe/Copenhagen',149),('Europe/Dublin',255),('Europe/Gibraltar',262),('Europe/Guernsey',255),('Europe/Helsinki',263),('Europe/Isle_of_Man',255),('Europe/Istanbul',182),('Europe/Jersey',255),
('Europe/Kaliningrad',264),('Europe/Kiev',265),('Europe/Kirov',266),('Europe/Kyiv',265),('Europe/Lisbon',267),('Europe/Ljubljana',256),('Europe/London',255),('Europe/Luxembourg',251),
('Europe/Madrid',268),('Europe/Malta',269),('Europe/Mariehamn',263),('Europe/Minsk',270),('Europe/Monaco',271),('Europe/Moscow',272),('Europe/Nicosia',195),('Europe/Oslo',149),
('Europe/Paris',271),('Europe/Podgorica',256),('Europe/Prague',257),('Europe/Riga',273),('Europe/Rome',274),('Europe/Samara',275),('Europe/San_Marino',274),('Europe/Sarajevo',256),
('Europe/Saratov',276),('Europe/Simferopol',277),('Europe/Skopje',256),('Europe/Sofia',278),('Europe/Stockholm',149),('Europe/Tallinn',279),('Europe/Tirane',280),('Europe/Tiraspol',261),
('Europe/Ulyanovsk',281),('Europe/Uzhgorod',265),('Europe/Vaduz',260),('Europe/Vatican',274),('Europe/Vienna',282),('Europe/Vilnius',283),('Europe/Volgograd',284),('Europe/Warsaw',285),
('Europe/Zagreb',256),('Europe/Zaporozhye',265),('Europe/Zurich',260),('Indian/Antananarivo',2),('Indian/Chagos',286),('Indian/Christmas',160),('Indian/Cocos',204),('Indian/Comoro',2),
('Indian/Kerguelen',250),('Indian/Mahe',173),('Indian/Maldives',250),('Indian/Mauritius',287),('Indian/Mayotte',2),('Indian/Reunion',173),('Mexico/BajaNorte',65),('Mexico/BajaSur',99),
('Mexico/General',103),('Pacific/Apia',288),('Pacific/Auckland',144),('Pacific/Bougainville',289),('Pacific/Chatham',290),('Pacific/Chuuk',141),('Pacific/Easter',239),('Pacific/Efate',291),
('Pacific/Enderbury',292),('Pacific/Fakaofo',293),('Pacific/Fiji',294),('Pacific/Funafuti',247),('Pacific/Galapagos',295),('Pacific/Gambier',245),('Pacific/Guadalcanal',246),('Pacific/Guam',296),
('Pacific/Honolulu',241),('Pacific/Johnston',241),('Pacific/Kanton',292),('Pacific/Kiritimati',297),('Pacific/Kosrae',298),('Pacific/Kwajalein',299),('Pacific/Majuro',247),('Pacific/Marquesas',300),
('Pacific/Midway',242),('Pacific/Nauru',301),('Pacific/Niue',242),('Pacific/Norfolk',302),('Pacific/Noumea',303),('Pacific/Pago_Pago',242),('Pacific/Palau',183),('Pacific/Pitcairn',304),
('Pacific/Pohnpei',246),('Pacific/Ponape',246),('Pacific/Port_Moresby',141),('Pacific/Rarotonga',305),('Pacific/Saipan',296),('Pacific/Samoa',242),('Pacific/Tahiti',241),('Pacific/Tarawa',247),
('Pacific/Tongatapu',306),('Pacific/Truk',141),('Pacific/Wake',247),('Pacific/Wallis',247),('Pacific/Yap',141),('US/Alaska',20),('US/Aleutian',19),('US/Arizona',55),
('US/Central',50),('US/East-Indiana',67),('US/Eastern',109),('US/Hawaii',241),('US/Indiana-Starke',79),('US/Michigan',61),('US/Mountain',60),('US/Pacific',93),
('US/Samoa',242),('UTC',1);
INSERT INTO durable.tz_transitions (rule_id, at_utc, utc_offset) VALUES
(1,-62135596800,0),(2,-62135596800,10800),(3,-62135596800,0),(3,41468400,3600),(3,54774000,0),(3,231724800,3600),(3,259545600,7200),(3,275274000,3600),
(3,309740400,0),(3,325468800,3600),(3,341802000,0),(3,357523200,3600),(4,-62135596800,3600),(5,-62135596800,-3600),(5,157770000,0),(6,-62135596800,7200),
(7,-62135596800,7200),(7,10364400,10800),(7,23587200,7200),(7,41900400,10800),(7,55123200,7200),(7,73522800,10800),(7,86745600,7200),(7,105058800,10800),
(7,118281600,7200),(7,136594800,10800),(7,149817600,7200),(7,168130800,10800),(7,181353600,7200),(7,199753200,10800),(7,212976000,7200),(7,231289200,10800),
(7,244512000,7200),(7,262825200,10800),(7,276048000,7200),(7,294361200,10800),(7,307584000,7200),(7,325983600,10800),(7,339206400,7200),(7,357519600,10800),
(7,370742400,7200),(7,396399600,10800),(7,402278400,7200),(7,426812400,10800),(7,433814400,7200),(7,452214000,10800),(7,465436800,7200),(7,483750000,10800),
(7,496972800,7200),(7,515286000,10800),(7,528508800,7200),(7,546822000,10800),(7,560044800,7200),(7,578444400,10800),(7,591667200,7200),(7,610412400,10800),
(7,623203200,7200),(7,641516400,10800),(7,654739200,7200),(7,673052400,10800),(7,686275200,7200),(7,704674800,10800),(7,717897600,7200),(7,736210800,10800),
(7,749433600,7200),(7,767746800,10800),(7,780969600,7200),(7,799020000,10800),(7,812322000,7200),(7,830469600,10800),(7,843771600,7200),(7,861919200,10800),
(7,875221200,7200),(7,893368800,10800),(7,906670800,7200),(7,925423200,10800),(7,938725200,7200),(7,956872800,10800),(7,970174800,7200),(7,988322400,10800),
(7,1001624400,7200),(7,1019772000,10800),(7,1033074000,7200),(7,1051221600,10800),(7,1064523600,7200),(7,1083276000,10800),(7,1096578000,7200),(7,1114725600,10800),
(7,1128027600,7200),(7,1146175200,10800),(7,1158872400,7200),(7,1177624800,10800),(7,1189112400,7200),(7,1209074400,10800),(7,1219957200,7200),(7,1240524000,10800),
(7,1250802000,7200),(7,1272578400,10800),(7,1281474000,7200),(7,1284069600,10800),(7,1285880400,7200),(7,1400191200,10800),(7,1403816400,7200),(7,1406844000,10800),
(7,1411678800,7200),(7,1682632800,10800),(7,1698354000,7200),(7,1714082400,10800),(7,1730408400,7200),(7,1745532000,10800),(7,1761858000,7200),(7,1776981600,10800),
(7,1793307600,7200),(7,1809036000,10800),(7,1824757200,7200),(7,1840485600,10800),(7,1856206800,7200),(7,1871935200,10800),(7,1887656400,7200),(7,1903384800,10800),
(7,1919710800,7200),(7,1934834400,10800),(7,1951160400,7200),(7,1966888800,10800),(7,1982610000,7200),(7,1998338400,10800),(7,2014059600,7200),(7,2029788000,10800),
(7,2045509200,7200),(7,2061237600,10800),(7,2076958800,7200),(7,2092687200,10800),(7,2109013200,7200),(7,2124136800,10800),(7,2140462800,7200),(7,2156191200,10800),
(7,2171912400,7200),(7,2187640800,10800),(7,2203362000,7200),(7,2219090400,10800),(7,2234811600,7200),(7,2250540000,10800),(7,2266866000,7200),(7,2281989600,10800),
(7,2298315600,7200),(7,2313439200,10800),(7,2329765200,7200),(7,2345493600,10800),(7,2361214800,7200),(7,2376943200,10800),(7,2392664400,7200),(7,2408392800,10800),
(7,2424114000,7200),(7,2439842400,10800),(7,2456168400,7200),(7,2471292000,10800),(7,2487618000,7200),(7,2503346400,10800),(7,2519067600,7200),(7,2534796000,10800),
(7,2550517200,7200),(7,2566245600,10800),(7,2581966800,7200),(7,2597695200,10800),(7,2614021200,7200),(7,2629144800,10800),(7,2645470800,7200),(7,2660594400,10800),
(7,2676920400,7200),(7,2692648800,10800),(7,2708370000,7200),(7,2724098400,10800),(7,2739819600,7200),(7,2755548000,10800),(7,2771269200,7200),(7,2786997600,10800),
(7,2803323600,7200),(7,2818447200,10800),(7,2834773200,7200),(7,2850501600,10800),(7,2866222800,7200),(7,2881951200,10800),(7,2897672400,7200),(7,2913400800,10800),
(7,2929122000,7200),(7,2944850400,10800),(7,2960571600,7200),(7,2976300000,10800),(7,2992626000,7200),(7,3007749600,10800),(7,3024075600,7200),(7,3039804000,10800),
(7,3055525200,7200),(7,3071253600,10800),(7,3086974800,7200),(7,3102703200,10800),(7,3118424400,7200),(7,3134152800,10800),(7,3150478800,7200),(7,3165602400,10800),
(7,3181928400,7200),(7,3197052000,10800),(7,3213378000,7200),(7,3229106400,10800),(7,3244827600,7200),(7,3260556000,10800),(7,3276277200,7200),(7,3292005600,10800),
(7,3307726800,7200),(7,3323455200,10800),(7,3339781200,7200),(7,3354904800,10800),(7,3371230800,7200),(7,3386959200,10800),(7,3402680400,7200),(7,3418408800,10800),
(7,3434130000,7200),(7,3449858400,10800),(7,3465579600,7200),(7,3481308000,10800),(7,3497634000,7200),(7,3512757600,10800),(7,3529083600,7200),(7,3544207200,10800),
(7,3560533200,7200),(7,3576261600,10800),(7,3591982800,7200),(7,3607711200,10800),(7,3623432400,7200),(7,3639160800,10800),(7,3654882000,7200),(7,3670610400,10800),
(7,3686936400,7200),(7,3702060000,10800),(7,3718386000,7200),(7,3734114400,10800),(7,3749835600,7200),(7,3765564000,10800),(7,3781285200,7200),(7,3797013600,10800),
(7,3812734800,7200),(7,3828463200,10800),(7,3844184400,7200),(7,3859912800,10800),(7,3876238800,7200),(7,3891362400,10800),(7,3907688400,7200),(7,3923416800,10800),
(7,3939138000,7200),(7,3954866400,10800),(7,3970587600,7200),(7,3986316000,10800),(7,4002037200,7200),(7,4017765600,10800),(7,4034091600,7200),(7,4049215200,10800),
(7,4065541200,7200),(7,4080664800,10800),(7,4096990800,7200),(7,4112719200,10800),(7,4128440400,7200),(8,-62135596800,0),(8,141264000,3600),(8,147222000,0),
(8,199756800,3600),(8,207702000,0),(8,231292800,3600),(8,244249200,0),(8,265507200,3600),(8,271033200,0),(8,448243200,3600),(8,504918000,0),
(8,1212278400,3600),(8,1220223600,0),(8,1243814400,3600),(8,1250809200,0),(8,1272758400,3600),(8,1281222000,0),(8,1301788800,3600),(8,1312066800,0),
(8,1335664800,3600),(8,1342749600,0),(8,1345428000,3600),(8,1348970400,0),(8,1367114400,3600),(8,1373162400,0),(8,1376100000,3600),(8,1382839200,0),
(8,1396144800,3600),(8,1403920800,0),(8,1406944800,3600),(8,1414288800,0),(8,1427594400,3600),(8,1434247200,0),(8,1437271200,3600),(8,1445738400,0),
(8,1459044000,3600),(8,1465092000,0),(8,1468116000,3600),(8,1477792800,0),(8,1490493600,3600),(8,1495332000,0),(8,1498960800,3600),(8,1509242400,0),
(8,1521943200,3600),(8,1526176800,0),(8,1529200800,3600),(8,1557021600,0),(8,1560045600,3600),(8,1587261600,0),(8,1590890400,3600),(8,1618106400,0),
(8,1621130400,3600),(8,1648346400,0),(8,1651975200,3600),(8,1679191200,0),(8,1682215200,3600),(8,1710036000,0),(8,1713060000,3600),(8,1740276000,0),
(8,1743904800,3600),(8,1771120800,0),(8,1774144800,3600),(8,1801965600,0),(8,1804989600,3600),(8,1832205600,0),(8,1835834400,3600),(8,1863050400,0),
(8,1866074400,3600),(8,1893290400,0),(8,1896919200,3600),(8,1924135200,0),(8,1927159200,3600),(8,1954980000,0),(8,1958004000,3600),(8,1985220000,0),
(8,1988848800,3600),(8,2016064800,0),(8,2019088800,3600),(8,2046304800,0),(8,2049933600,3600),(8,2077149600,0),(8,2080778400,3600),(8,2107994400,0),
(8,2111018400,3600),(8,2138234400,0),(8,2141863200,3600),(8,2169079200,0),(8,2172103200,3600),(8,2199924000,0),(8,2202948000,3600),(8,2230164000,0),
(8,2233792800,3600),(8,2261008800,0),(8,2264032800,3600),(8,2291248800,0),(8,2294877600,3600),(8,2322093600,0),(8,2325722400,3600),(8,2352938400,0),
(8,2355962400,3600),(8,2383178400,0),(8,2386807200,3600),(8,2414023200,0),(8,2417047200,3600),(8,2444868000,0),(8,2447892000,3600),(8,2475108000,0),
(8,2478736800,3600),(8,2505952800,0),(8,2508976800,3600),(8,2536192800,0),(8,2539821600,3600),(8,2567037600,0),(8,2570666400,3600),(8,2597882400,0),
(8,2600906400,3600),(8,2628122400,0),(8,2631751200,3600),(8,2658967200,0),(8,2661991200,3600),(8,2689812000,0),(8,2692836000,3600),(8,2720052000,0),
(8,2723680800,3600),(8,2750896800,0),(8,2753920800,3600),(8,2781136800,0),(8,2784765600,3600),(8,2811981600,0),(8,2815610400,3600),(8,2842826400,0),
(8,2845850400,3600),(8,2873066400,0),(8,2876695200,3600),(8,2903911200,0),(8,2906935200,3600),(8,2934756000,0),(8,2937780000,3600),(8,2964996000,0),
(8,2968624800,3600),(8,2995840800,0),(8,2998864800,3600),(8,3026080800,0),(8,3029709600,3600),(8,3056925600,0),(8,3060554400,3600),(8,3087770400,0),
(8,3090794400,3600),(8,3118010400,0),(8,3121639200,3600),(8,3148855200,0),(8,3151879200,3600),(8,3179700000,0),(8,3182724000,3600),(8,3209940000,0),
(8,3213568800,3600),(8,3240784800,0),(8,3243808800,3600),(8,3271024800,0),(8,3274653600,3600),(8,3301869600,0),(8,3305498400,3600),(8,3332714400,0),
(8,3335738400,3600),(8,3362954400,0),(8,3366583200,3600),(8,3393799200,0),(8,3396823200,3600),(8,3424644000,0),(8,3427668000,3600),(8,3454884000,0),
(8,3458512800,3600),(8,3485728800,0),(8,3488752800,3600),(8,3515968800,0),(8,3519597600,3600),(8,3546813600,0),(8,3549837600,3600),(8,3577658400,0),
(8,3580682400,3600),(8,3607898400,0),(8,3611527200,3600),(8,3638743200,0),(8,3641767200,3600),(8,3669588000,0),(8,3672612000,3600),(8,3699828000,0),
(8,3703456800,3600),(9,-62135596800,0),(9,141264000,3600),(9,147222000,0),(9,199756800,3600),(9,207702000,0),(9,231292800,3600),(9,244249200,0),
(9,265507200,3600),(9,271033200,0),(9,448243200,3600),(9,512528400,7200),(9,528253200,3600),(9,543978000,7200),(9,559702800,3600),(9,575427600,7200),
(9,591152400,3600),(9,606877200,7200),(9,622602000,3600),(9,638326800,7200),(9,654656400,3600),(9,670381200,7200),(9,686106000,3600),(9,701830800,7200),
(9,717555600,3600),(9,733280400,7200),(9,749005200,3600),(9,764730000,7200),(9,780454800,3600),(9,796179600,7200),(9,811904400,3600),(9,828234000,7200),
(9,846378000,3600),(9,859683600,7200),(9,877827600,3600),(9,891133200,7200),(9,909277200,3600),(9,922582800,7200),(9,941331600,3600),(9,954032400,7200),
(9,972781200,3600),(9,985482000,7200),(9,1004230800,3600),(9,1017536400,7200),(9,1035680400,3600),(9,1048986000,7200),(9,1067130000,3600),(9,1080435600,7200),
(9,1099184400,3600),(9,1111885200,7200),(9,1130634000,3600),(9,1143334800,7200),(9,1162083600,3600),(9,1174784400,7200),(9,1193533200,3600),(9,1206838800,7200),
(9,1224982800,3600),(9,1238288400,7200),(9,1256432400,3600),(9,1269738000,7200),(9,1288486800,3600),(9,1301187600,7200),(9,1319936400,3600),(9,1332637200,7200),
(9,1351386000,3600),(9,1364691600,7200),(9,1382835600,3600),(9,1396141200,7200),(9,1414285200,3600),(9,1427590800,7200),(9,1445734800,3600),(9,1459040400,7200),
(9,1477789200,3600),(9,1490490000,7200),(9,1509238800,3600),(9,1521939600,7200),(9,1540688400,3600),(9,1553994000,7200),(9,1572138000,3600),(9,1585443600,7200),
(9,1603587600,3600),(9,1616893200,7200),(9,1635642000,3600),(9,1648342800,7200),(9,1667091600,3600),(9,1679792400,7200),(9,1698541200,3600),(9,1711846800,7200),
(9,1729990800,3600),(9,1743296400,7200),(9,1761440400,3600),(9,1774746000,7200),(9,1792890000,3600),(9,1806195600,7200),(9,1824944400,3600),(9,1837645200,7200),
(9,1856394000,3600),(9,1869094800,7200),(9,1887843600,3600),(9,1901149200,7200),(9,1919293200,3600),(9,1932598800,7200),(9,1950742800,3600),(9,1964048400,7200),
(9,1982797200,3600),(9,1995498000,7200),(9,2014246800,3600),(9,2026947600,7200),(9,2045696400,3600),(9,2058397200,7200),(9,2077146000,3600),(9,2090451600,7200),
(9,2108595600,3600),(9,2121901200,7200),(9,2140045200,3600),(9,2153350800,7200),(9,2172099600,3600),(9,2184800400,7200),(9,2203549200,3600),(9,2216250000,7200),
(9,2234998800,3600),(9,2248304400,7200),(9,2266448400,3600),(9,2279754000,7200),(9,2297898000,3600),(9,2311203600,7200),(9,2329347600,3600),(9,2342653200,7200),
(9,2361402000,3600),(9,2374102800,7200),(9,2392851600,3600),(9,2405552400,7200),(9,2424301200,3600),(9,2437606800,7200),(9,2455750800,3600),(9,2469056400,7200),
(9,2487200400,3600),(9,2500506000,7200),(9,2519254800,3600),(9,2531955600,7200),(9,2550704400,3600),(9,2563405200,7200),(9,2582154000,3600),(9,2595459600,7200),
(9,2613603600,3600),(9,2626909200,7200),(9,2645053200,3600),(9,2658358800,7200),(9,2676502800,3600),(9,2689808400,7200),(9,2708557200,3600),(9,2721258000,7200),
(9,2740006800,3600),(9,2752707600,7200),(9,2771456400,3600),(9,2784762000,7200),(9,2802906000,3600),(9,2816211600,7200),(9,2834355600,3600),(9,2847661200,7200),
(9,2866410000,3600),(9,2879110800,7200),(9,2897859600,3600),(9,2910560400,7200),(9,2929309200,3600),(9,2942010000,7200),(9,2960758800,3600),(9,2974064400,7200),
(9,2992208400,3600),(9,3005514000,7200),(9,3023658000,3600),(9,3036963600,7200),(9,3055712400,3600),(9,3068413200,7200),(9,3087162000,3600),(9,3099862800,7200),
(9,3118611600,3600),(9,3131917200,7200),(9,3150061200,3600),(9,3163366800,7200),(9,3181510800,3600),(9,3194816400,7200),(9,3212960400,3600),(9,3226266000,7200),
(9,3245014800,3600),(9,3257715600,7200),(9,3276464400,3600),(9,3289165200,7200),(9,3307914000,3600),(9,3321219600,7200),(9,3339363600,3600),(9,3352669200,7200),
(9,3370813200,3600),(9,3384118800,7200),(9,3402867600,3600),(9,3415568400,7200),(9,3434317200,3600),(9,3447018000,7200),(9,3465766800,3600),(9,3479072400,7200),
(9,3497216400,3600),(9,3510522000,7200),(9,3528666000,3600),(9,3541971600,7200),(9,3560115600,3600),(9,3573421200,7200),(9,3592170000,3600),(9,3604870800,7200),
(9,3623619600,3600),(9,3636320400,7200),(9,3655069200,3600),(9,3668374800,7200),(9,3686518800,3600),(9,3699824400,7200),(9,3717968400,3600),(9,3731274000,7200),
(9,3750022800,3600),(9,3762723600,7200),(9,3781472400,3600),(9,3794173200,7200),(9,3812922000,3600),(9,3825622800,7200),(9,3844371600,3600),(9,3857677200,7200),
(9,3875821200,3600),(9,3889126800,7200),(9,3907270800,3600),(9,3920576400,7200),(9,3939325200,3600),(9,3952026000,7200),(9,3970774800,3600),(9,3983475600,7200),
(9,4002224400,3600),(9,4015530000,7200),(9,4033674000,3600),(9,4046979600,7200),(9,4065123600,3600),(9,4078429200,7200),(9,4096573200,3600),(9,4109878800,7200),
(9,4128627600,3600),(10,-62135596800,-3600),(10,198291600,0),(10,199756800,3600),(10,207702000,0),(10,231292800,3600),(10,244249200,0),(10,265507200,3600),
(10,271033200,0),(10,1212278400,3600),(10,1220223600,0),(10,1243814400,3600),(10,1250809200,0),(10,1272758400,3600),(10,1281222000,0),(10,1301788800,3600),
(10,1312066800,0),(10,1335664800,3600),(10,1342749600,0),(10,1345428000,3600),(10,1348970400,0),(10,1367114400,3600),(10,1373162400,0),(10,1376100000,3600),
(10,1382839200,0),(10,1396144800,3600),(10,1403920800,0),(10,1406944800,3600),(10,1414288800,0),(10,1427594400,3600),(10,1434247200,0),(10,1437271200,3600),
(10,1445738400,0),(10,1459044000,3600),(10,1465092000,0),(10,1468116000,3600),(10,1477792800,0),(10,1490493600,3600),(10,1495332000,0),(10,1498960800,3600),
(10,1509242400,0),(10,1521943200,3600),(10,1526176800,0),(10,1529200800,3600),(10,1557021600,0),(10,1560045600,3600),(10,1587261600,0),(10,1590890400,3600),
(10,1618106400,0),(10,1621130400,3600),(10,1648346400,0),(10,1651975200,3600),(10,1679191200,0),(10,1682215200,3600),(10,1710036000,0),(10,1713060000,3600),
(10,1740276000,0),(10,1743904800,3600),(10,1771120800,0),(10,1774144800,3600),(10,1801965600,0),(10,1804989600,3600),(10,1832205600,0),(10,1835834400,3600),
(10,1863050400,0),(10,1866074400,3600),(10,1893290400,0),(10,1896919200,3600),(10,1924135200,0),(10,1927159200,3600),(10,1954980000,0),(10,1958004000,3600),
(10,1985220000,0),(10,1988848800,3600),(10,2016064800,0),(10,2019088800,3600),(10,2046304800,0),(10,2049933600,3600),(10,2077149600,0),(10,2080778400,3600),
(10,2107994400,0),(10,2111018400,3600),(10,2138234400,0),(10,2141863200,3600),(10,2169079200,0),(10,2172103200,3600),(10,2199924000,0),(10,2202948000,3600),
(10,2230164000,0),(10,2233792800,3600),(10,2261008800,0),(10,2264032800,3600),(10,2291248800,0),(10,2294877600,3600),(10,2322093600,0),(10,2325722400,3600),
(10,2352938400,0),(10,2355962400,3600),(10,2383178400,0),(10,2386807200,3600),(10,2414023200,0),(10,2417047200,3600),(10,2444868000,0),(10,2447892000,3600),
(10,2475108000,0),(10,2478736800,3600),(10,2505952800,0),(10,2508976800,3600),(10,2536192800,0),(10,2539821600,3600),(10,2567037600,0),(10,2570666400,3600),
(10,2597882400,0),(10,2600906400,3600),(10,2628122400,0),(10,2631751200,3600),(10,2658967200,0),(10,2661991200,3600),(10,2689812000,0),(10,2692836000,3600),
(10,2720052000,0),(10,2723680800,3600),(10,2750896800,0),(10,2753920800,3600),(10,2781136800,0),(10,2784765600,3600),(10,2811981600,0),(10,2815610400,3600),
(10,2842826400,0),(10,2845850400,3600),(10,2873066400,0),(10,2876695200,3600),(10,2903911200,0),(10,2906935200,3600),(10,2934756000,0),(10,2937780000,3600),
(10,2964996000,0),(10,2968624800,3600),(10,2995840800,0),(10,2998864800,3600),(10,3026080800,0),(10,3029709600,3600),(10,3056925600,0),(10,3060554400,3600),
(10,3087770400,0),(10,3090794400,3600),(10,3118010400,0),(10,3121639200,3600),(10,3148855200,0),(10,3151879200,3600),(10,3179700000,0),(10,3182724000,3600),
(10,3209940000,0),(10,3213568800,3600),(10,3240784800,0),(10,3243808800,3600),(10,3271024800,0),(10,3274653600,3600),(10,3301869600,0),(10,3305498400,3600),
(10,3332714400,0),(10,3335738400,3600),(10,3362954400,0),(10,3366583200,3600),(10,3393799200,0),(10,3396823200,3600),(10,3424644000,0),(10,3427668000,3600),
(10,3454884000,0),(10,3458512800,3600),(10,3485728800,0),(10,3488752800,3600),(10,3515968800,0),(10,3519597600,3600),(10,3546813600,0),(10,3549837600,3600),
(10,3577658400,0),(10,3580682400,3600),(10,3607898400,0),(10,3611527200,3600),(10,3638743200,0),(10,3641767200,3600),(10,3669588000,0),(10,3672612000,3600),
(10,3699828000,0),(10,3703456800,3600),(11,-62135596800,7200),(11,10360800,10800),(11,24786000,7200),(11,41810400,10800),(11,56322000,7200),(11,73432800,10800),
(11,87944400,7200),(11,104882400,10800),(11,119480400,7200),(11,136332000,10800),(11,151016400,7200),(11,167781600,10800),(11,182552400,7200),(11,199231200,10800),
(11,214174800,7200),(11,230680800,10800),(11,245710800,7200),(11,262735200,10800),(11,277246800,7200),(11,294184800,10800),(11,308782800,7200),(11,325634400,10800),
(11,340405200,7200),(11,357084000,10800),(11,371941200,7200),(11,388533600,10800),(11,403477200,7200),(11,419983200,10800),(11,435013200,7200),(11,452037600,10800),
(11,466635600,7200),(11,483487200,10800),(11,498171600,7200),(11,947930400,10800),(11,1612126800,7200),(12,-62135596800,7200),(12,10360800,10800),(12,24786000,7200),
(12,41810400,10800),(12,56322000,7200),(12,73432800,10800),(12,87944400,7200),(12,104882400,10800),(12,119480400,7200),(12,136332000,10800),(12,151016400,7200),
(12,167781600,10800),(12,182552400,7200),(12,199231200,10800),(12,214174800,7200),(12,230680800,10800),(12,245710800,7200),(12,262735200,10800),(12,277246800,7200),
(12,294184800,10800),(12,308782800,7200),(12,325634400,10800),(12,340405200,7200),(12,357084000,10800),(12,371941200,7200),(12,388533600,10800),(12,403477200,7200),
(12,419983200,10800),(12,435013200,7200),(12,452037600,10800),(12,466635600,7200),(12,483487200,10800),(12,498171600,7200),(12,947930400,10800),(12,1509483600,7200),
(13,-62135596800,-2670),(13,63593070,0),(14,-62135596800,3600),(14,308703600,7200),(14,321314400,3600),(15,-62135596800,0),(15,1514768400,3600),(15,1546304400,0),
(16,-62135596800,7200),(16,378684000,3600),(16,386463600,7200),(16,402271200,3600),(16,417999600,7200),(16,433807200,3600),(16,449622000,7200),(16,465429600,3600),
(16,481590000,7200),(16,496965600,3600),(16,512953200,7200),(16,528674400,3600),(16,544230000,7200),(16,560037600,3600),(16,575852400,7200),(16,591660000,3600),
(16,607388400,7200),(16,623196000,3600),(16,641775600,7200),(16,844034400,3600),(16,860108400,7200),(16,1352505600,3600),(16,1364515200,7200),(17,-62135596800,3600),
(17,231202800,7200),(17,243903600,3600),(17,262825200,7200),(17,276044400,3600),(17,581122800,7200),(17,591145200,3600),(17,606870000,7200),(17,622594800,3600),
(17,641516400,7200),(17,654649200,3600),(17,1114902000,7200),(17,1128038400,3600),(17,1143334800,7200),(17,1162083600,3600),(17,1174784400,7200),(17,1193533200,3600),
(17,1206838800,7200),(17,1224982800,3600),(18,-62135596800,7200),(18,764200800,3600),(18,778640400,7200),(18,796780800,3600),(18,810090000,7200),(18,828835200,3600);
INSERT INTO durable.tz_transitions (rule_id, at_utc, utc_offset) VALUES
(18,841539600,7200),(18,860284800,3600),(18,873594000,7200),(18,891734400,3600),(18,905043600,7200),(18,923184000,3600),(18,936493200,7200),(18,954633600,3600),
(18,967942800,7200),(18,986083200,3600),(18,999392400,7200),(18,1018137600,3600),(18,1030842000,7200),(18,1049587200,3600),(18,1062896400,7200),(18,1081036800,3600),
(18,1094346000,7200),(18,1112486400,3600),(18,1125795600,7200),(18,1143936000,3600),(18,1157245200,7200),(18,1175385600,3600),(18,1188694800,7200),(18,1207440000,3600),
(18,1220749200,7200),(18,1238889600,3600),(18,1252198800,7200),(18,1270339200,3600),(18,1283648400,7200),(18,1301788800,3600),(18,1315098000,7200),(18,1333238400,3600),
(18,1346547600,7200),(18,1365292800,3600),(18,1377997200,7200),(18,1396742400,3600),(18,1410051600,7200),(18,1428192000,3600),(18,1441501200,7200),(18,1459641600,3600),
(18,1472950800,7200),(18,1491091200,3600),(18,1504400400,7200),(19,-62135596800,-39600),(19,9982800,-36000),(19,25704000,-39600),(19,41432400,-36000),(19,57758400,-39600),
(19,73486800,-36000),(19,89208000,-39600),(19,104936400,-36000),(19,120657600,-39600),(19,126709200,-36000),(19,152107200,-39600),(19,162392400,-36000),(19,183556800,-39600),
(19,199285200,-36000),(19,215611200,-39600),(19,230734800,-36000),(19,247060800,-39600),(19,262789200,-36000),(19,278510400,-39600),(19,294238800,-36000),(19,309960000,-39600),
(19,325688400,-36000),(19,341409600,-39600),(19,357138000,-36000),(19,372859200,-39600),(19,388587600,-36000),(19,404913600,-39600),(19,420037200,-36000),(19,452088000,-32400),
(19,467809200,-36000),(19,483537600,-32400),(19,499258800,-36000),(19,514987200,-32400),(19,530708400,-36000),(19,544622400,-32400),(19,562158000,-36000),(19,576072000,-32400),
(19,594212400,-36000),(19,607521600,-32400),(19,625662000,-36000),(19,638971200,-32400),(19,657111600,-36000),(19,671025600,-32400),(19,688561200,-36000),(19,702475200,-32400),
(19,720010800,-36000),(19,733924800,-32400),(19,752065200,-36000),(19,765374400,-32400),(19,783514800,-36000),(19,796824000,-32400),(19,814964400,-36000),(19,828878400,-32400),
(19,846414000,-36000),(19,860328000,-32400),(19,877863600,-36000),(19,891777600,-32400),(19,909313200,-36000),(19,923227200,-32400),(19,941367600,-36000),(19,954676800,-32400),
(19,972817200,-36000),(19,986126400,-32400),(19,1004266800,-36000),(19,1018180800,-32400),(19,1035716400,-36000),(19,1049630400,-32400),(19,1067166000,-36000),(19,1081080000,-32400),
(19,1099220400,-36000),(19,1112529600,-32400),(19,1130670000,-36000),(19,1143979200,-32400),(19,1162119600,-36000),(19,1173614400,-32400),(19,1194174000,-36000),(19,1205064000,-32400),
(19,1225623600,-36000),(19,1236513600,-32400),(19,1257073200,-36000),(19,1268568000,-32400),(19,1289127600,-36000),(19,1300017600,-32400),(19,1320577200,-36000),(19,1331467200,-32400),
(19,1352026800,-36000),(19,1362916800,-32400),(19,1383476400,-36000),(19,1394366400,-32400),(19,1414926000,-36000),(19,1425816000,-32400),(19,1446375600,-36000),(19,1457870400,-32400),
(19,1478430000,-36000),(19,1489320000,-32400),(19,1509879600,-36000),(19,1520769600,-32400),(19,1541329200,-36000),(19,1552219200,-32400),(19,1572778800,-36000),(19,1583668800,-32400),
(19,1604228400,-36000),(19,1615723200,-32400),(19,1636282800,-36000),(19,1647172800,-32400),(19,1667732400,-36000),(19,1678622400,-32400),(19,1699182000,-36000),(19,1710072000,-32400),
(19,1730631600,-36000),(19,1741521600,-32400),(19,1762081200,-36000),(19,1772971200,-32400),(19,1793530800,-36000),(19,1805025600,-32400),(19,1825585200,-36000),(19,1836475200,-32400),
(19,1857034800,-36000),(19,1867924800,-32400),(19,1888484400,-36000),(19,1899374400,-32400),(19,1919934000,-36000),(19,1930824000,-32400),(19,1951383600,-36000),(19,1962878400,-32400),
(19,1983438000,-36000),(19,1994328000,-32400),(19,2014887600,-36000),(19,2025777600,-32400),(19,2046337200,-36000),(19,2057227200,-32400),(19,2077786800,-36000),(19,2088676800,-32400),
(19,2109236400,-36000),(19,2120126400,-32400),(19,2140686000,-36000),(19,2152180800,-32400),(19,2172740400,-36000),(19,2183630400,-32400),(19,2204190000,-36000),(19,2215080000,-32400),
(19,2235639600,-36000),(19,2246529600,-32400),(19,2267089200,-36000),(19,2277979200,-32400),(19,2298538800,-36000),(19,2309428800,-32400),(19,2329988400,-36000),(19,2341483200,-32400),
(19,2362042800,-36000),(19,2372932800,-32400),(19,2393492400,-36000),(19,2404382400,-32400),(19,2424942000,-36000),(19,2435832000,-32400),(19,2456391600,-36000),(19,2467281600,-32400),
(19,2487841200,-36000),(19,2499336000,-32400),(19,2519895600,-36000),(19,2530785600,-32400),(19,2551345200,-36000),(19,2562235200,-32400),(19,2582794800,-36000),(19,2593684800,-32400),
(19,2614244400,-36000),(19,2625134400,-32400),(19,2645694000,-36000),(19,2656584000,-32400),(19,2677143600,-36000),(19,2688638400,-32400),(19,2709198000,-36000),(19,2720088000,-32400),
(19,2740647600,-36000),(19,2751537600,-32400),(19,2772097200,-36000),(19,2782987200,-32400),(19,2803546800,-36000),(19,2814436800,-32400),(19,2834996400,-36000),(19,2846491200,-32400),
(19,2867050800,-36000),(19,2877940800,-32400),(19,2898500400,-36000),(19,2909390400,-32400),(19,2929950000,-36000),(19,2940840000,-32400),(19,2961399600,-36000),(19,2972289600,-32400),
(19,2992849200,-36000),(19,3003739200,-32400),(19,3024298800,-36000),(19,3035793600,-32400),(19,3056353200,-36000),(19,3067243200,-32400),(19,3087802800,-36000),(19,3098692800,-32400),
(19,3119252400,-36000),(19,3130142400,-32400),(19,3150702000,-36000),(19,3161592000,-32400),(19,3182151600,-36000),(19,3193041600,-32400),(19,3213601200,-36000),(19,3225096000,-32400),
(19,3245655600,-36000),(19,3256545600,-32400),(19,3277105200,-36000),(19,3287995200,-32400),(19,3308554800,-36000),(19,3319444800,-32400),(19,3340004400,-36000),(19,3350894400,-32400),
(19,3371454000,-36000),(19,3382948800,-32400),(19,3403508400,-36000),(19,3414398400,-32400),(19,3434958000,-36000),(19,3445848000,-32400),(19,3466407600,-36000),(19,3477297600,-32400),
(19,3497857200,-36000),(19,3508747200,-32400),(19,3529306800,-36000),(19,3540196800,-32400),(19,3560756400,-36000),(19,3572251200,-32400),(19,3592810800,-36000),(19,3603700800,-32400),
(19,3624260400,-36000),(19,3635150400,-32400),(19,3655710000,-36000),(19,3666600000,-32400),(19,3687159600,-36000),(19,3698049600,-32400),(19,3718609200,-36000),(19,3730104000,-32400),
(19,3750663600,-36000),(19,3761553600,-32400),(19,3782113200,-36000),(19,3793003200,-32400),(19,3813562800,-36000),(19,3824452800,-32400),(19,3845012400,-36000),(19,3855902400,-32400),
(19,3876462000,-36000),(19,3887352000,-32400),(19,3907911600,-36000),(19,3919406400,-32400),(19,3939966000,-36000),(19,3950856000,-32400),(19,3971415600,-36000),(19,3982305600,-32400),
(19,4002865200,-36000),(19,4013755200,-32400),(19,4034314800,-36000),(19,4045204800,-32400),(19,4065764400,-36000),(19,4076654400,-32400),(19,4097214000,-36000),(19,4108708800,-32400),
(19,4129268400,-36000),(20,-62135596800,-36000),(20,9979200,-32400),(20,25700400,-36000),(20,41428800,-32400),(20,57754800,-36000),(20,73483200,-32400),(20,89204400,-36000),
(20,104932800,-32400),(20,120654000,-36000),(20,126705600,-32400),(20,152103600,-36000),(20,162388800,-32400),(20,183553200,-36000),(20,199281600,-32400),(20,215607600,-36000),
(20,230731200,-32400),(20,247057200,-36000),(20,262785600,-32400),(20,278506800,-36000),(20,294235200,-32400),(20,309956400,-36000),(20,325684800,-32400),(20,341406000,-36000),
(20,357134400,-32400),(20,372855600,-36000),(20,388584000,-32400),(20,404910000,-36000),(20,420033600,-32400),(20,452084400,-28800),(20,467805600,-32400),(20,483534000,-28800),
(20,499255200,-32400),(20,514983600,-28800),(20,530704800,-32400),(20,544618800,-28800),(20,562154400,-32400),(20,576068400,-28800),(20,594208800,-32400),(20,607518000,-28800),
(20,625658400,-32400),(20,638967600,-28800),(20,657108000,-32400),(20,671022000,-28800),(20,688557600,-32400),(20,702471600,-28800),(20,720007200,-32400),(20,733921200,-28800),
(20,752061600,-32400),(20,765370800,-28800),(20,783511200,-32400),(20,796820400,-28800),(20,814960800,-32400),(20,828874800,-28800),(20,846410400,-32400),(20,860324400,-28800),
(20,877860000,-32400),(20,891774000,-28800),(20,909309600,-32400),(20,923223600,-28800),(20,941364000,-32400),(20,954673200,-28800),(20,972813600,-32400),(20,986122800,-28800),
(20,1004263200,-32400),(20,1018177200,-28800),(20,1035712800,-32400),(20,1049626800,-28800),(20,1067162400,-32400),(20,1081076400,-28800),(20,1099216800,-32400),(20,1112526000,-28800),
(20,1130666400,-32400),(20,1143975600,-28800),(20,1162116000,-32400),(20,1173610800,-28800),(20,1194170400,-32400),(20,1205060400,-28800),(20,1225620000,-32400),(20,1236510000,-28800),
(20,1257069600,-32400),(20,1268564400,-28800),(20,1289124000,-32400),(20,1300014000,-28800),(20,1320573600,-32400),(20,1331463600,-28800),(20,1352023200,-32400),(20,1362913200,-28800),
(20,1383472800,-32400),(20,1394362800,-28800),(20,1414922400,-32400),(20,1425812400,-28800),(20,1446372000,-32400),(20,1457866800,-28800),(20,1478426400,-32400),(20,1489316400,-28800),
(20,1509876000,-32400),(20,1520766000,-28800),(20,1541325600,-32400),(20,1552215600,-28800),(20,1572775200,-32400),(20,1583665200,-28800),(20,1604224800,-32400),(20,1615719600,-28800),
(20,1636279200,-32400),(20,1647169200,-28800),(20,1667728800,-32400),(20,1678618800,-28800),(20,1699178400,-32400),(20,1710068400,-28800),(20,1730628000,-32400),(20,1741518000,-28800),
(20,1762077600,-32400),(20,1772967600,-28800),(20,1793527200,-32400),(20,1805022000,-28800),(20,1825581600,-32400),(20,1836471600,-28800),(20,1857031200,-32400),(20,1867921200,-28800),
(20,1888480800,-32400),(20,1899370800,-28800),(20,1919930400,-32400),(20,1930820400,-28800),(20,1951380000,-32400),(20,1962874800,-28800),(20,1983434400,-32400),(20,1994324400,-28800),
(20,2014884000,-32400),(20,2025774000,-28800),(20,2046333600,-32400),(20,2057223600,-28800),(20,2077783200,-32400),(20,2088673200,-28800),(20,2109232800,-32400),(20,2120122800,-28800),
(20,2140682400,-32400),(20,2152177200,-28800),(20,2172736800,-32400),(20,2183626800,-28800),(20,2204186400,-32400),(20,2215076400,-28800),(20,2235636000,-32400),(20,2246526000,-28800),
(20,2267085600,-32400),(20,2277975600,-28800),(20,2298535200,-32400),(20,2309425200,-28800),(20,2329984800,-32400),(20,2341479600,-28800),(20,2362039200,-32400),(20,2372929200,-28800),
(20,2393488800,-32400),(20,2404378800,-28800),(20,2424938400,-32400),(20,2435828400,-28800),(20,2456388000,-32400),(20,2467278000,-28800),(20,2487837600,-32400),(20,2499332400,-28800),
(20,2519892000,-32400),(20,2530782000,-28800),(20,2551341600,-32400),(20,2562231600,-28800),(20,2582791200,-32400),(20,2593681200,-28800),(20,2614240800,-32400),(20,2625130800,-28800),
(20,2645690400,-32400),(20,2656580400,-28800),(20,2677140000,-32400),(20,2688634800,-28800),(20,2709194400,-32400),(20,2720084400,-28800),(20,2740644000,-32400),(20,2751534000,-28800),
(20,2772093600,-32400),(20,2782983600,-28800),(20,2803543200,-32400),(20,2814433200,-28800),(20,2834992800,-32400),(20,2846487600,-28800),(20,2867047200,-32400),(20,2877937200,-28800),
(20,2898496800,-32400),(20,2909386800,-28800),(20,2929946400,-32400),(20,2940836400,-28800),(20,2961396000,-32400),(20,2972286000,-28800),(20,2992845600,-32400),(20,3003735600,-28800),
(20,3024295200,-32400),(20,3035790000,-28800),(20,3056349600,-32400),(20,3067239600,-28800),(20,3087799200,-32400),(20,3098689200,-28800),(20,3119248800,-32400),(20,3130138800,-28800),
(20,3150698400,-32400),(20,3161588400,-28800),(20,3182148000,-32400),(20,3193038000,-28800),(20,3213597600,-32400),(20,3225092400,-28800),(20,3245652000,-32400),(20,3256542000,-28800),
(20,3277101600,-32400),(20,3287991600,-28800),(20,3308551200,-32400),(20,3319441200,-28800),(20,3340000800,-32400),(20,3350890800,-28800),(20,3371450400,-32400),(20,3382945200,-28800),
(20,3403504800,-32400),(20,3414394800,-28800),(20,3434954400,-32400),(20,3445844400,-28800),(20,3466404000,-32400),(20,3477294000,-28800),(20,3497853600,-32400),(20,3508743600,-28800),
(20,3529303200,-32400),(20,3540193200,-28800),(20,3560752800,-32400),(20,3572247600,-28800),(20,3592807200,-32400),(20,3603697200,-28800),(20,3624256800,-32400),(20,3635146800,-28800),
(20,3655706400,-32400),(20,3666596400,-28800),(20,3687156000,-32400),(20,3698046000,-28800),(20,3718605600,-32400),(20,3730100400,-28800),(20,3750660000,-32400),(20,3761550000,-28800),
(20,3782109600,-32400),(20,3792999600,-28800),(20,3813559200,-32400),(20,3824449200,-28800),(20,3845008800,-32400),(20,3855898800,-28800),(20,3876458400,-32400),(20,3887348400,-28800),
(20,3907908000,-32400),(20,3919402800,-28800),(20,3939962400,-32400),(20,3950852400,-28800),(20,3971412000,-32400),(20,3982302000,-28800),(20,4002861600,-32400),(20,4013751600,-28800),
(20,4034311200,-32400),(20,4045201200,-28800),(20,4065760800,-32400),(20,4076650800,-28800),(20,4097210400,-32400),(20,4108705200,-28800),(20,4129264800,-32400),(21,-62135596800,-14400),
(22,-62135596800,-10800),(22,499748400,-7200),(22,511236000,-10800),(22,530593200,-7200),(22,540266400,-10800),(22,562129200,-7200),(22,571197600,-10800),(22,592974000,-7200),
(22,602042400,-10800),(22,624423600,-7200),(22,634701600,-10800),(22,813726000,-7200),(22,824004000,-10800),(22,844570800,-7200),(22,856058400,-10800),(22,876106800,-7200),
(22,888717600,-10800),(22,908074800,-7200),(22,919562400,-10800),(22,938919600,-7200),(22,951616800,-10800),(22,970974000,-7200),(22,982461600,-10800),(22,1003028400,-7200),
(22,1013911200,-10800),(22,1036292400,-7200),(22,1045360800,-10800),(22,1350788400,-7200),(22,1361066400,-10800),(23,-62135596800,-10800),(23,128142000,-7200),(23,136605600,-10800),
(23,596948400,-7200),(23,605066400,-10800),(23,624423600,-7200),(23,636516000,-10800),(23,656478000,-7200),(23,667965600,-10800),(23,687927600,-7200),(23,699415200,-10800),
(23,719377200,-7200),(23,731469600,-10800),(23,1198983600,-7200),(23,1205632800,-10800),(23,1224385200,-7200),(23,1237082400,-10800),(24,-62135596800,-10800),(24,128142000,-7200),
(24,136605600,-10800),(24,596948400,-7200),(24,605066400,-10800),(24,624423600,-7200),(24,636516000,-10800),(24,656478000,-7200),(24,667965600,-14400),(24,687931200,-7200),
(24,699415200,-10800),(24,719377200,-7200),(24,731469600,-10800),(24,1086058800,-14400),(24,1087704000,-10800),(24,1198983600,-7200),(24,1205632800,-10800),(25,-62135596800,-10800),
(25,128142000,-7200),(25,136605600,-10800),(25,596948400,-7200),(25,605066400,-10800),(25,624423600,-7200),(25,636516000,-10800),(25,656478000,-7200),(25,667965600,-14400),
(25,687931200,-7200),(25,699415200,-10800),(25,719377200,-7200),(25,731469600,-10800),(25,1198983600,-7200),(25,1205632800,-10800),(25,1224385200,-7200),(25,1237082400,-10800),
(26,-62135596800,-10800),(26,128142000,-7200),(26,136605600,-10800),(26,596948400,-7200),(26,605066400,-10800),(26,624423600,-7200),(26,636516000,-14400),(26,657086400,-10800),
(26,669178800,-14400),(26,686721600,-7200),(26,699415200,-10800),(26,719377200,-7200),(26,731469600,-10800),(26,1198983600,-7200),(26,1205632800,-10800),(27,-62135596800,-10800),
(27,128142000,-7200),(27,136605600,-10800),(27,596948400,-7200),(27,605066400,-10800),(27,624423600,-7200),(27,636516000,-10800),(27,656478000,-7200),(27,667792800,-14400),
(27,673588800,-10800),(27,687927600,-7200),(27,699415200,-10800),(27,719377200,-7200),(27,731469600,-10800),(27,1086058800,-14400),(27,1087704000,-10800),(27,1198983600,-7200),
(27,1205632800,-10800),(28,-62135596800,-10800),(28,128142000,-7200),(28,136605600,-10800),(28,596948400,-7200),(28,605066400,-10800),(28,624423600,-7200),(28,636516000,-14400),
(28,655963200,-10800),(28,667796400,-14400),(28,687499200,-10800),(28,699418800,-14400),(28,719380800,-7200),(28,731469600,-10800),(28,1085281200,-14400),(28,1096171200,-10800),
(28,1198983600,-7200),(28,1205632800,-10800),(29,-62135596800,-10800),(29,128142000,-7200),(29,136605600,-10800),(29,596948400,-7200),(29,605066400,-10800),(29,624423600,-7200),
(29,636516000,-10800),(29,656478000,-7200),(29,667965600,-10800),(29,687927600,-7200),(29,699415200,-10800),(29,719377200,-7200),(29,731469600,-10800),(29,1086058800,-14400),
(29,1087704000,-10800),(29,1198983600,-7200),(29,1205632800,-10800),(30,-62135596800,-10800),(30,128142000,-7200),(30,136605600,-10800),(30,596948400,-7200),(30,605066400,-10800),
(30,624423600,-7200),(30,636516000,-10800),(30,656478000,-7200),(30,667965600,-14400),(30,687931200,-7200),(30,699415200,-10800),(30,719377200,-7200),(30,731469600,-10800),
(30,1198983600,-7200),(30,1205632800,-10800),(31,-62135596800,-10800),(31,128142000,-7200),(31,136605600,-10800),(31,596948400,-7200),(31,605066400,-10800),(31,624423600,-7200),
(31,636516000,-10800),(31,656478000,-7200),(31,667792800,-14400),(31,673588800,-10800),(31,687927600,-7200),(31,699415200,-10800),(31,719377200,-7200),(31,731469600,-10800),
(31,1085972400,-14400),(31,1090728000,-10800),(31,1198983600,-7200),(31,1205632800,-10800),(32,-62135596800,-10800),(32,128142000,-7200),(32,136605600,-10800),(32,596948400,-7200),
(32,605066400,-10800),(32,624423600,-7200),(32,637380000,-14400),(32,655963200,-10800),(32,667796400,-14400),(32,675748800,-10800),(32,1085972400,-14400),(32,1090728000,-10800),
(32,1198983600,-7200),(32,1200880800,-10800),(32,1205031600,-14400),(32,1223784000,-10800),(32,1236481200,-14400),(32,1255233600,-10800),(33,-62135596800,-10800),(33,128142000,-7200),
(33,136605600,-10800),(33,596948400,-7200),(33,605066400,-10800),(33,624423600,-7200),(33,636516000,-10800),(33,656478000,-7200),(33,667965600,-14400),(33,687931200,-7200),
(33,699415200,-10800),(33,719377200,-7200),(33,731469600,-10800),(33,1086058800,-14400),(33,1087099200,-10800),(33,1198983600,-7200),(33,1205632800,-10800),(33,1224385200,-7200),
(33,1237082400,-10800),(34,-62135596800,-10800),(34,128142000,-7200),(34,136605600,-10800),(34,596948400,-7200),(34,605066400,-10800),(34,624423600,-7200),(34,636516000,-10800),
(34,656478000,-7200),(34,667965600,-10800),(34,687927600,-7200),(34,699415200,-10800),(34,719377200,-7200),(34,731469600,-10800),(34,1085886000,-14400),(34,1087704000,-10800),
(34,1198983600,-7200),(34,1205632800,-10800),(35,-62135596800,-14400),(35,86760000,-10800),(35,134017200,-14400),(35,181368000,-10800),(35,194497200,-14400),(35,212990400,-10800),
(35,226033200,-14400),(35,244526400,-10800),(35,257569200,-14400),(35,276062400,-10800),(35,291783600,-14400),(35,307598400,-10800),(35,323406000,-14400),(35,339220800,-10800),
(35,354942000,-14400),(35,370756800,-10800),(35,386478000,-14400),(35,402292800,-10800),(35,418014000,-14400),(35,433828800,-10800),(35,449636400,-14400),(35,465451200,-10800),
(35,481172400,-14400),(35,496987200,-10800),(35,512708400,-14400),(35,528523200,-10800),(35,544244400,-14400),(35,560059200,-10800),(35,575866800,-14400),(35,591681600,-10800),
(35,607402800,-14400),(35,625032000,-10800),(35,638938800,-14400),(35,654753600,-10800),(35,670474800,-14400),(35,686721600,-10800),(35,699418800,-14400),(35,718257600,-10800),
(35,733546800,-14400),(35,749448000,-10800),(35,762318000,-14400),(35,780984000,-10800),(35,793767600,-14400),(35,812520000,-10800),(35,825649200,-14400),(35,844574400,-10800),
(35,856666800,-14400),(35,876024000,-10800),(35,888721200,-14400),(35,907473600,-10800),(35,920775600,-14400),(35,938923200,-10800),(35,952225200,-14400),(35,970372800,-10800),
(35,983674800,-14400),(35,1002427200,-10800),(35,1018148400,-14400),(35,1030852800,-10800),(35,1049598000,-14400),(35,1062907200,-10800),(35,1081047600,-14400),(35,1097985600,-10800),
(35,1110682800,-14400),(35,1129435200,-10800),(35,1142132400,-14400),(35,1160884800,-10800),(35,1173582000,-14400),(35,1192939200,-10800),(35,1205031600,-14400),(35,1224388800,-10800),
(35,1236481200,-14400),(35,1255838400,-10800),(35,1270954800,-14400),(35,1286078400,-10800),(35,1302404400,-14400),(35,1317528000,-10800),(35,1333854000,-14400),(35,1349582400,-10800),
(35,1364094000,-14400),(35,1381032000,-10800),(35,1395543600,-14400),(35,1412481600,-10800),(35,1426993200,-14400),(35,1443931200,-10800),(35,1459047600,-14400),(35,1475380800,-10800),
(35,1490497200,-14400),(35,1506830400,-10800),(35,1521946800,-14400),(35,1538884800,-10800),(35,1553396400,-14400),(35,1570334400,-10800),(35,1584846000,-14400),(35,1601784000,-10800),
(35,1616900400,-14400),(35,1633233600,-10800),(35,1648350000,-14400),(35,1664683200,-10800),(35,1679799600,-14400),(35,1696132800,-10800),(35,1711249200,-14400),(35,1728187200,-10800),
(36,-62135596800,-18000),(37,-62135596800,-10800),(37,499748400,-7200),(37,511236000,-10800),(37,530593200,-7200),(37,540266400,-10800),(37,562129200,-7200),(37,571197600,-10800),
(37,592974000,-7200),(37,602042400,-10800),(37,624423600,-7200),(37,634701600,-10800),(37,656478000,-7200),(37,666756000,-10800),(37,687927600,-7200),(37,697600800,-10800),
(37,719982000,-7200),(37,728445600,-10800),(37,750826800,-7200),(37,761709600,-10800),(37,782276400,-7200),(37,793159200,-10800),(37,813726000,-7200),(37,824004000,-10800),
(37,844570800,-7200),(37,856058400,-10800),(37,876106800,-7200),(37,888717600,-10800),(37,908074800,-7200),(37,919562400,-10800),(37,938919600,-7200),(37,951616800,-10800),
(37,970974000,-7200),(37,982461600,-10800),(37,1003028400,-7200),(37,1013911200,-10800),(37,1036292400,-7200),(37,1045360800,-10800),(37,1318734000,-7200),(37,1330221600,-10800),
(38,-62135596800,-25200),(38,828867600,-21600),(38,846403200,-25200),(38,860317200,-21600),(38,877852800,-25200),(38,891766800,-21600),(38,909302400,-25200),(38,923216400,-21600),
(38,941356800,-25200),(38,954666000,-21600),(38,972806400,-25200),(38,989139600,-21600),(38,1001836800,-25200),(38,1018170000,-21600),(38,1035705600,-25200),(38,1049619600,-21600),
(38,1067155200,-25200),(38,1081069200,-21600),(38,1099209600,-25200),(38,1112518800,-21600),(38,1130659200,-25200),(38,1143968400,-21600),(38,1162108800,-25200),(38,1175418000,-21600),
(38,1193558400,-25200),(38,1207472400,-21600),(38,1225008000,-25200),(38,1238922000,-21600),(38,1256457600,-25200),(38,1270371600,-18000),(38,1288508400,-21600),(38,1301817600,-18000),
(38,1319958000,-21600),(38,1333267200,-18000),(38,1351407600,-21600),(38,1365321600,-18000),(38,1382857200,-21600),(38,1396771200,-18000),(38,1414306800,-21600),(38,1428220800,-18000),
(38,1445756400,-21600),(38,1459670400,-18000),(38,1477810800,-21600),(38,1491120000,-18000),(38,1509260400,-21600),(38,1522569600,-18000),(38,1540710000,-21600),(38,1554624000,-18000),
(38,1572159600,-21600),(38,1586073600,-18000),(38,1603609200,-21600),(38,1617523200,-18000),(38,1635663600,-21600),(38,1648972800,-18000),(38,1667113200,-21600),(39,-62135596800,-14400);
INSERT INTO durable.tz_transitions (rule_id, at_utc, utc_offset) VALUES
(39,234943200,-10800),(39,244616400,-14400),(39,261554400,-10800),(39,276066000,-14400),(39,293004000,-10800),(39,307515600,-14400),(39,325058400,-10800),(39,338706000,-14400),
(40,-62135596800,-10800),(40,499748400,-7200),(40,511236000,-10800),(40,530593200,-7200),(40,540266400,-10800),(40,562129200,-7200),(40,571197600,-10800),(41,-62135596800,-21600),
(41,123919200,-18000),(41,129618000,-21600),(41,409039200,-18000),(41,413874000,-21600),(42,-62135596800,-14400),(42,499752000,-10800),(42,511239600,-14400),(42,530596800,-10800),
(42,540270000,-14400),(42,562132800,-10800),(42,571201200,-14400),(42,938923200,-10800),(42,951620400,-14400),(42,970977600,-10800),(42,971578800,-14400),(43,-62135596800,-18000),
(43,704869200,-14400),(43,729057600,-18000),(44,-62135596800,-25200),(44,9968400,-21600),(44,25689600,-25200),(44,41418000,-21600),(44,57744000,-25200),(44,73472400,-21600),
(44,89193600,-25200),(44,104922000,-21600),(44,120643200,-25200),(44,129114000,-21600),(44,152092800,-25200),(44,162378000,-21600),(44,183542400,-25200),(44,199270800,-21600),
(44,215596800,-25200),(44,230720400,-21600),(44,247046400,-25200),(44,262774800,-21600),(44,278496000,-25200),(44,294224400,-21600),(44,309945600,-25200),(44,325674000,-21600),
(44,341395200,-25200),(44,357123600,-21600),(44,372844800,-25200),(44,388573200,-21600),(44,404899200,-25200),(44,420022800,-21600),(44,436348800,-25200),(44,452077200,-21600),
(44,467798400,-25200),(44,483526800,-21600),(44,499248000,-25200),(44,514976400,-21600),(44,530697600,-25200),(44,544611600,-21600),(44,562147200,-25200),(44,576061200,-21600),
(44,594201600,-25200),(44,607510800,-21600),(44,625651200,-25200),(44,638960400,-21600),(44,657100800,-25200),(44,671014800,-21600),(44,688550400,-25200),(44,702464400,-21600),
(44,720000000,-25200),(44,733914000,-21600),(44,752054400,-25200),(44,765363600,-21600),(44,783504000,-25200),(44,796813200,-21600),(44,814953600,-25200),(44,828867600,-21600),
(44,846403200,-25200),(44,860317200,-21600),(44,877852800,-25200),(44,891766800,-21600),(44,909302400,-25200),(44,923216400,-21600),(44,941356800,-25200),(44,954666000,-21600),
(44,972806400,-25200),(44,986115600,-21600),(44,1004256000,-25200),(44,1018170000,-21600),(44,1035705600,-25200),(44,1049619600,-21600),(44,1067155200,-25200),(44,1081069200,-21600),
(44,1099209600,-25200),(44,1112518800,-21600),(44,1130659200,-25200),(44,1143968400,-21600),(44,1162108800,-25200),(44,1173603600,-21600),(44,1194163200,-25200),(44,1205053200,-21600),
(44,1225612800,-25200),(44,1236502800,-21600),(44,1257062400,-25200),(44,1268557200,-21600),(44,1289116800,-25200),(44,1300006800,-21600),(44,1320566400,-25200),(44,1331456400,-21600),
(44,1352016000,-25200),(44,1362906000,-21600),(44,1383465600,-25200),(44,1394355600,-21600),(44,1414915200,-25200),(44,1425805200,-21600),(44,1446364800,-25200),(44,1457859600,-21600),
(44,1478419200,-25200),(44,1489309200,-21600),(44,1509868800,-25200),(44,1520758800,-21600),(44,1541318400,-25200),(44,1552208400,-21600),(44,1572768000,-25200),(44,1583658000,-21600),
(44,1604217600,-25200),(44,1615712400,-21600),(44,1636272000,-25200),(44,1647162000,-21600),(44,1667721600,-25200),(44,1678611600,-21600),(44,1699171200,-25200),(44,1710061200,-21600),
(44,1730620800,-25200),(44,1741510800,-21600),(44,1762070400,-25200),(44,1772960400,-21600),(44,1793520000,-25200),(44,1805014800,-21600),(44,1825574400,-25200),(44,1836464400,-21600),
(44,1857024000,-25200),(44,1867914000,-21600),(44,1888473600,-25200),(44,1899363600,-21600),(44,1919923200,-25200),(44,1930813200,-21600),(44,1951372800,-25200),(44,1962867600,-21600),
(44,1983427200,-25200),(44,1994317200,-21600),(44,2014876800,-25200),(44,2025766800,-21600),(44,2046326400,-25200),(44,2057216400,-21600),(44,2077776000,-25200),(44,2088666000,-21600),
(44,2109225600,-25200),(44,2120115600,-21600),(44,2140675200,-25200),(44,2152170000,-21600),(44,2172729600,-25200),(44,2183619600,-21600),(44,2204179200,-25200),(44,2215069200,-21600),
(44,2235628800,-25200),(44,2246518800,-21600),(44,2267078400,-25200),(44,2277968400,-21600),(44,2298528000,-25200),(44,2309418000,-21600),(44,2329977600,-25200),(44,2341472400,-21600),
(44,2362032000,-25200),(44,2372922000,-21600),(44,2393481600,-25200),(44,2404371600,-21600),(44,2424931200,-25200),(44,2435821200,-21600),(44,2456380800,-25200),(44,2467270800,-21600),
(44,2487830400,-25200),(44,2499325200,-21600),(44,2519884800,-25200),(44,2530774800,-21600),(44,2551334400,-25200),(44,2562224400,-21600),(44,2582784000,-25200),(44,2593674000,-21600),
(44,2614233600,-25200),(44,2625123600,-21600),(44,2645683200,-25200),(44,2656573200,-21600),(44,2677132800,-25200),(44,2688627600,-21600),(44,2709187200,-25200),(44,2720077200,-21600),
(44,2740636800,-25200),(44,2751526800,-21600),(44,2772086400,-25200),(44,2782976400,-21600),(44,2803536000,-25200),(44,2814426000,-21600),(44,2834985600,-25200),(44,2846480400,-21600),
(44,2867040000,-25200),(44,2877930000,-21600),(44,2898489600,-25200),(44,2909379600,-21600),(44,2929939200,-25200),(44,2940829200,-21600),(44,2961388800,-25200),(44,2972278800,-21600),
(44,2992838400,-25200),(44,3003728400,-21600),(44,3024288000,-25200),(44,3035782800,-21600),(44,3056342400,-25200),(44,3067232400,-21600),(44,3087792000,-25200),(44,3098682000,-21600),
(44,3119241600,-25200),(44,3130131600,-21600),(44,3150691200,-25200),(44,3161581200,-21600),(44,3182140800,-25200),(44,3193030800,-21600),(44,3213590400,-25200),(44,3225085200,-21600),
(44,3245644800,-25200),(44,3256534800,-21600),(44,3277094400,-25200),(44,3287984400,-21600),(44,3308544000,-25200),(44,3319434000,-21600),(44,3339993600,-25200),(44,3350883600,-21600),
(44,3371443200,-25200),(44,3382938000,-21600),(44,3403497600,-25200),(44,3414387600,-21600),(44,3434947200,-25200),(44,3445837200,-21600),(44,3466396800,-25200),(44,3477286800,-21600),
(44,3497846400,-25200),(44,3508736400,-21600),(44,3529296000,-25200),(44,3540186000,-21600),(44,3560745600,-25200),(44,3572240400,-21600),(44,3592800000,-25200),(44,3603690000,-21600),
(44,3624249600,-25200),(44,3635139600,-21600),(44,3655699200,-25200),(44,3666589200,-21600),(44,3687148800,-25200),(44,3698038800,-21600),(44,3718598400,-25200),(44,3730093200,-21600),
(44,3750652800,-25200),(44,3761542800,-21600),(44,3782102400,-25200),(44,3792992400,-21600),(44,3813552000,-25200),(44,3824442000,-21600),(44,3845001600,-25200),(44,3855891600,-21600),
(44,3876451200,-25200),(44,3887341200,-21600),(44,3907900800,-25200),(44,3919395600,-21600),(44,3939955200,-25200),(44,3950845200,-21600),(44,3971404800,-25200),(44,3982294800,-21600),
(44,4002854400,-25200),(44,4013744400,-21600),(44,4034304000,-25200),(44,4045194000,-21600),(44,4065753600,-25200),(44,4076643600,-21600),(44,4097203200,-25200),(44,4108698000,-21600),
(44,4129257600,-25200),(45,-62135596800,-25200),(45,73472400,-21600),(45,89193600,-25200),(45,104922000,-21600),(45,120643200,-25200),(45,136371600,-21600),(45,152092800,-25200),
(45,167821200,-21600),(45,183542400,-25200),(45,199270800,-21600),(45,215596800,-25200),(45,230720400,-21600),(45,247046400,-25200),(45,262774800,-21600),(45,278496000,-25200),
(45,294224400,-21600),(45,309945600,-25200),(45,325674000,-21600),(45,341395200,-25200),(45,357123600,-21600),(45,372844800,-25200),(45,388573200,-21600),(45,404899200,-25200),
(45,420022800,-21600),(45,436348800,-25200),(45,452077200,-21600),(45,467798400,-25200),(45,483526800,-21600),(45,499248000,-25200),(45,514976400,-21600),(45,530697600,-25200),
(45,544611600,-21600),(45,562147200,-25200),(45,576061200,-21600),(45,594201600,-25200),(45,607510800,-21600),(45,625651200,-25200),(45,638960400,-21600),(45,657100800,-25200),
(45,671014800,-21600),(45,688550400,-25200),(45,702464400,-21600),(45,720000000,-25200),(45,733914000,-21600),(45,752054400,-25200),(45,765363600,-21600),(45,783504000,-25200),
(45,796813200,-21600),(45,814953600,-25200),(45,828867600,-21600),(45,846403200,-25200),(45,860317200,-21600),(45,877852800,-25200),(45,891766800,-21600),(45,909302400,-25200),
(45,923216400,-21600),(45,954662400,-18000),(45,973400400,-21600),(45,1004256000,-25200),(45,1018170000,-21600),(45,1035705600,-25200),(45,1049619600,-21600),(45,1067155200,-25200),
(45,1081069200,-21600),(45,1099209600,-25200),(45,1112518800,-21600),(45,1130659200,-25200),(45,1143968400,-21600),(45,1162108800,-25200),(45,1173603600,-21600),(45,1194163200,-25200),
(45,1205053200,-21600),(45,1225612800,-25200),(45,1236502800,-21600),(45,1257062400,-25200),(45,1268557200,-21600),(45,1289116800,-25200),(45,1300006800,-21600),(45,1320566400,-25200),
(45,1331456400,-21600),(45,1352016000,-25200),(45,1362906000,-21600),(45,1383465600,-25200),(45,1394355600,-21600),(45,1414915200,-25200),(45,1425805200,-21600),(45,1446364800,-25200),
(45,1457859600,-21600),(45,1478419200,-25200),(45,1489309200,-21600),(45,1509868800,-25200),(45,1520758800,-21600),(45,1541318400,-25200),(45,1552208400,-21600),(45,1572768000,-25200),
(45,1583658000,-21600),(45,1604217600,-25200),(45,1615712400,-21600),(45,1636272000,-25200),(45,1647162000,-21600),(45,1667721600,-25200),(45,1678611600,-21600),(45,1699171200,-25200),
(45,1710061200,-21600),(45,1730620800,-25200),(45,1741510800,-21600),(45,1762070400,-25200),(45,1772960400,-21600),(45,1793520000,-25200),(45,1805014800,-21600),(45,1825574400,-25200),
(45,1836464400,-21600),(45,1857024000,-25200),(45,1867914000,-21600),(45,1888473600,-25200),(45,1899363600,-21600),(45,1919923200,-25200),(45,1930813200,-21600),(45,1951372800,-25200),
(45,1962867600,-21600),(45,1983427200,-25200),(45,1994317200,-21600),(45,2014876800,-25200),(45,2025766800,-21600),(45,2046326400,-25200),(45,2057216400,-21600),(45,2077776000,-25200),
(45,2088666000,-21600),(45,2109225600,-25200),(45,2120115600,-21600),(45,2140675200,-25200),(45,2152170000,-21600),(45,2172729600,-25200),(45,2183619600,-21600),(45,2204179200,-25200),
(45,2215069200,-21600),(45,2235628800,-25200),(45,2246518800,-21600),(45,2267078400,-25200),(45,2277968400,-21600),(45,2298528000,-25200),(45,2309418000,-21600),(45,2329977600,-25200),
(45,2341472400,-21600),(45,2362032000,-25200),(45,2372922000,-21600),(45,2393481600,-25200),(45,2404371600,-21600),(45,2424931200,-25200),(45,2435821200,-21600),(45,2456380800,-25200),
(45,2467270800,-21600),(45,2487830400,-25200),(45,2499325200,-21600),(45,2519884800,-25200),(45,2530774800,-21600),(45,2551334400,-25200),(45,2562224400,-21600),(45,2582784000,-25200),
(45,2593674000,-21600),(45,2614233600,-25200),(45,2625123600,-21600),(45,2645683200,-25200),(45,2656573200,-21600),(45,2677132800,-25200),(45,2688627600,-21600),(45,2709187200,-25200),
(45,2720077200,-21600),(45,2740636800,-25200),(45,2751526800,-21600),(45,2772086400,-25200),(45,2782976400,-21600),(45,2803536000,-25200),(45,2814426000,-21600),(45,2834985600,-25200),
(45,2846480400,-21600),(45,2867040000,-25200),(45,2877930000,-21600),(45,2898489600,-25200),(45,2909379600,-21600),(45,2929939200,-25200),(45,2940829200,-21600),(45,2961388800,-25200),
(45,2972278800,-21600),(45,2992838400,-25200),(45,3003728400,-21600),(45,3024288000,-25200),(45,3035782800,-21600),(45,3056342400,-25200),(45,3067232400,-21600),(45,3087792000,-25200),
(45,3098682000,-21600),(45,3119241600,-25200),(45,3130131600,-21600),(45,3150691200,-25200),(45,3161581200,-21600),(45,3182140800,-25200),(45,3193030800,-21600),(45,3213590400,-25200),
(45,3225085200,-21600),(45,3245644800,-25200),(45,3256534800,-21600),(45,3277094400,-25200),(45,3287984400,-21600),(45,3308544000,-25200),(45,3319434000,-21600),(45,3339993600,-25200),
(45,3350883600,-21600),(45,3371443200,-25200),(45,3382938000,-21600),(45,3403497600,-25200),(45,3414387600,-21600),(45,3434947200,-25200),(45,3445837200,-21600),(45,3466396800,-25200),
(45,3477286800,-21600),(45,3497846400,-25200),(45,3508736400,-21600),(45,3529296000,-25200),(45,3540186000,-21600),(45,3560745600,-25200),(45,3572240400,-21600),(45,3592800000,-25200),
(45,3603690000,-21600),(45,3624249600,-25200),(45,3635139600,-21600),(45,3655699200,-25200),(45,3666589200,-21600),(45,3687148800,-25200),(45,3698038800,-21600),(45,3718598400,-25200),
(45,3730093200,-21600),(45,3750652800,-25200),(45,3761542800,-21600),(45,3782102400,-25200),(45,3792992400,-21600),(45,3813552000,-25200),(45,3824442000,-21600),(45,3845001600,-25200),
(45,3855891600,-21600),(45,3876451200,-25200),(45,3887341200,-21600),(45,3907900800,-25200),(45,3919395600,-21600),(45,3939955200,-25200),(45,3950845200,-21600),(45,3971404800,-25200),
(45,3982294800,-21600),(45,4002854400,-25200),(45,4013744400,-21600),(45,4034304000,-25200),(45,4045194000,-21600),(45,4065753600,-25200),(45,4076643600,-21600),(45,4097203200,-25200),
(45,4108698000,-21600),(45,4129257600,-25200),(46,-62135596800,-14400),(46,499752000,-10800),(46,511239600,-14400),(46,530596800,-10800),(46,540270000,-14400),(46,562132800,-10800),
(46,571201200,-14400),(46,592977600,-10800),(46,602046000,-14400),(46,624427200,-10800),(46,634705200,-14400),(46,656481600,-10800),(46,666759600,-14400),(46,687931200,-10800),
(46,697604400,-14400),(46,719985600,-10800),(46,728449200,-14400),(46,750830400,-10800),(46,761713200,-14400),(46,782280000,-10800),(46,793162800,-14400),(46,813729600,-10800),
(46,824007600,-14400),(46,844574400,-10800),(46,856062000,-14400),(46,876110400,-10800),(46,888721200,-14400),(46,908078400,-10800),(46,919566000,-14400),(46,938923200,-10800),
(46,951620400,-14400),(46,970977600,-10800),(46,982465200,-14400),(46,1003032000,-10800),(46,1013914800,-14400),(46,1036296000,-10800),(46,1045364400,-14400),(46,1066536000,-10800),
(46,1076814000,-14400),(46,1099368000,-10800),(46,1108868400,-14400),(46,1129435200,-10800),(46,1140318000,-14400),(46,1162699200,-10800),(46,1172372400,-14400),(46,1192334400,-10800),
(46,1203217200,-14400),(46,1224388800,-10800),(46,1234666800,-14400),(46,1255838400,-10800),(46,1266721200,-14400),(46,1287288000,-10800),(46,1298170800,-14400),(46,1318737600,-10800),
(46,1330225200,-14400),(46,1350792000,-10800),(46,1361070000,-14400),(46,1382241600,-10800),(46,1392519600,-14400),(46,1413691200,-10800),(46,1424574000,-14400),(46,1445140800,-10800),
(46,1456023600,-14400),(46,1476590400,-10800),(46,1487473200,-14400),(46,1508040000,-10800),(46,1518922800,-14400),(46,1541304000,-10800),(46,1550372400,-14400),(47,-62135596800,-21600),
(47,378201600,-18000),(47,410504400,-21600),(47,828864000,-18000),(47,846399600,-21600),(47,860313600,-18000),(47,891759600,-14400),(47,902037600,-18000),(47,909298800,-21600),
(47,923212800,-18000),(47,941353200,-21600),(47,954662400,-18000),(47,972802800,-21600),(47,989136000,-18000),(47,1001833200,-21600),(47,1018166400,-18000),(47,1035702000,-21600),
(47,1049616000,-18000),(47,1067151600,-21600),(47,1081065600,-18000),(47,1099206000,-21600),(47,1112515200,-18000),(47,1130655600,-21600),(47,1143964800,-18000),(47,1162105200,-21600),
(47,1175414400,-18000),(47,1193554800,-21600),(47,1207468800,-18000),(47,1225004400,-21600),(47,1238918400,-18000),(47,1256454000,-21600),(47,1270368000,-18000),(47,1288508400,-21600),
(47,1301817600,-18000),(47,1319958000,-21600),(47,1333267200,-18000),(47,1351407600,-21600),(47,1365321600,-18000),(47,1382857200,-21600),(47,1396771200,-18000),(47,1414306800,-21600),
(47,1422777600,-18000),(48,-62135596800,-14400),(48,1197183600,-16200),(48,1462086000,-14400),(49,-62135596800,-10800),(50,-62135596800,-21600),(50,9964800,-18000),(50,25686000,-21600),
(50,41414400,-18000),(50,57740400,-21600),(50,73468800,-18000),(50,89190000,-21600),(50,104918400,-18000),(50,120639600,-21600),(50,126691200,-18000),(50,152089200,-21600),
(50,162374400,-18000),(50,183538800,-21600),(50,199267200,-18000),(50,215593200,-21600),(50,230716800,-18000),(50,247042800,-21600),(50,262771200,-18000),(50,278492400,-21600),
(50,294220800,-18000),(50,309942000,-21600),(50,325670400,-18000),(50,341391600,-21600),(50,357120000,-18000),(50,372841200,-21600),(50,388569600,-18000),(50,404895600,-21600),
(50,420019200,-18000),(50,436345200,-21600),(50,452073600,-18000),(50,467794800,-21600),(50,483523200,-18000),(50,499244400,-21600),(50,514972800,-18000),(50,530694000,-21600),
(50,544608000,-18000),(50,562143600,-21600),(50,576057600,-18000),(50,594198000,-21600),(50,607507200,-18000),(50,625647600,-21600),(50,638956800,-18000),(50,657097200,-21600),
(50,671011200,-18000),(50,688546800,-21600),(50,702460800,-18000),(50,719996400,-21600),(50,733910400,-18000),(50,752050800,-21600),(50,765360000,-18000),(50,783500400,-21600),
(50,796809600,-18000),(50,814950000,-21600),(50,828864000,-18000),(50,846399600,-21600),(50,860313600,-18000),(50,877849200,-21600),(50,891763200,-18000),(50,909298800,-21600),
(50,923212800,-18000),(50,941353200,-21600),(50,954662400,-18000),(50,972802800,-21600),(50,986112000,-18000),(50,1004252400,-21600),(50,1018166400,-18000),(50,1035702000,-21600),
(50,1049616000,-18000),(50,1067151600,-21600),(50,1081065600,-18000),(50,1099206000,-21600),(50,1112515200,-18000),(50,1130655600,-21600),(50,1143964800,-18000),(50,1162105200,-21600),
(50,1173600000,-18000),(50,1194159600,-21600),(50,1205049600,-18000),(50,1225609200,-21600),(50,1236499200,-18000),(50,1257058800,-21600),(50,1268553600,-18000),(50,1289113200,-21600),
(50,1300003200,-18000),(50,1320562800,-21600),(50,1331452800,-18000),(50,1352012400,-21600),(50,1362902400,-18000),(50,1383462000,-21600),(50,1394352000,-18000),(50,1414911600,-21600),
(50,1425801600,-18000),(50,1446361200,-21600),(50,1457856000,-18000),(50,1478415600,-21600),(50,1489305600,-18000),(50,1509865200,-21600),(50,1520755200,-18000),(50,1541314800,-21600),
(50,1552204800,-18000),(50,1572764400,-21600),(50,1583654400,-18000),(50,1604214000,-21600),(50,1615708800,-18000),(50,1636268400,-21600),(50,1647158400,-18000),(50,1667718000,-21600),
(50,1678608000,-18000),(50,1699167600,-21600),(50,1710057600,-18000),(50,1730617200,-21600),(50,1741507200,-18000),(50,1762066800,-21600),(50,1772956800,-18000),(50,1793516400,-21600),
(50,1805011200,-18000),(50,1825570800,-21600),(50,1836460800,-18000),(50,1857020400,-21600),(50,1867910400,-18000),(50,1888470000,-21600),(50,1899360000,-18000),(50,1919919600,-21600),
(50,1930809600,-18000),(50,1951369200,-21600),(50,1962864000,-18000),(50,1983423600,-21600),(50,1994313600,-18000),(50,2014873200,-21600),(50,2025763200,-18000),(50,2046322800,-21600),
(50,2057212800,-18000),(50,2077772400,-21600),(50,2088662400,-18000),(50,2109222000,-21600),(50,2120112000,-18000),(50,2140671600,-21600),(50,2152166400,-18000),(50,2172726000,-21600),
(50,2183616000,-18000),(50,2204175600,-21600),(50,2215065600,-18000),(50,2235625200,-21600),(50,2246515200,-18000),(50,2267074800,-21600),(50,2277964800,-18000),(50,2298524400,-21600),
(50,2309414400,-18000),(50,2329974000,-21600),(50,2341468800,-18000),(50,2362028400,-21600),(50,2372918400,-18000),(50,2393478000,-21600),(50,2404368000,-18000),(50,2424927600,-21600),
(50,2435817600,-18000),(50,2456377200,-21600),(50,2467267200,-18000),(50,2487826800,-21600),(50,2499321600,-18000),(50,2519881200,-21600),(50,2530771200,-18000),(50,2551330800,-21600),
(50,2562220800,-18000),(50,2582780400,-21600),(50,2593670400,-18000),(50,2614230000,-21600),(50,2625120000,-18000),(50,2645679600,-21600),(50,2656569600,-18000),(50,2677129200,-21600),
(50,2688624000,-18000),(50,2709183600,-21600),(50,2720073600,-18000),(50,2740633200,-21600),(50,2751523200,-18000),(50,2772082800,-21600),(50,2782972800,-18000),(50,2803532400,-21600),
(50,2814422400,-18000),(50,2834982000,-21600),(50,2846476800,-18000),(50,2867036400,-21600),(50,2877926400,-18000),(50,2898486000,-21600),(50,2909376000,-18000),(50,2929935600,-21600),
(50,2940825600,-18000),(50,2961385200,-21600),(50,2972275200,-18000),(50,2992834800,-21600),(50,3003724800,-18000),(50,3024284400,-21600),(50,3035779200,-18000),(50,3056338800,-21600),
(50,3067228800,-18000),(50,3087788400,-21600),(50,3098678400,-18000),(50,3119238000,-21600),(50,3130128000,-18000),(50,3150687600,-21600),(50,3161577600,-18000),(50,3182137200,-21600),
(50,3193027200,-18000),(50,3213586800,-21600),(50,3225081600,-18000),(50,3245641200,-21600),(50,3256531200,-18000),(50,3277090800,-21600),(50,3287980800,-18000),(50,3308540400,-21600),
(50,3319430400,-18000),(50,3339990000,-21600),(50,3350880000,-18000),(50,3371439600,-21600),(50,3382934400,-18000),(50,3403494000,-21600),(50,3414384000,-18000),(50,3434943600,-21600),
(50,3445833600,-18000),(50,3466393200,-21600),(50,3477283200,-18000),(50,3497842800,-21600),(50,3508732800,-18000),(50,3529292400,-21600),(50,3540182400,-18000),(50,3560742000,-21600),
(50,3572236800,-18000),(50,3592796400,-21600),(50,3603686400,-18000),(50,3624246000,-21600),(50,3635136000,-18000),(50,3655695600,-21600),(50,3666585600,-18000),(50,3687145200,-21600),
(50,3698035200,-18000),(50,3718594800,-21600),(50,3730089600,-18000),(50,3750649200,-21600),(50,3761539200,-18000),(50,3782098800,-21600),(50,3792988800,-18000),(50,3813548400,-21600),
(50,3824438400,-18000),(50,3844998000,-21600),(50,3855888000,-18000),(50,3876447600,-21600),(50,3887337600,-18000),(50,3907897200,-21600),(50,3919392000,-18000),(50,3939951600,-21600),
(50,3950841600,-18000),(50,3971401200,-21600),(50,3982291200,-18000),(50,4002850800,-21600),(50,4013740800,-18000),(50,4034300400,-21600),(50,4045190400,-18000),(50,4065750000,-21600),
(50,4076640000,-18000),(50,4097199600,-21600),(50,4108694400,-18000),(50,4129254000,-21600),(51,-62135596800,-21600),(51,828864000,-18000),(51,846399600,-21600),(51,860313600,-18000),
(51,877849200,-21600),(51,909302400,-25200),(51,923216400,-21600),(51,941356800,-25200),(51,954666000,-21600),(51,972806400,-25200),(51,989139600,-21600),(51,1001836800,-25200),
(51,1018170000,-21600),(51,1035705600,-25200),(51,1049619600,-21600),(51,1067155200,-25200),(51,1081069200,-21600),(51,1099209600,-25200),(51,1112518800,-21600),(51,1130659200,-25200),
(51,1143968400,-21600),(51,1162108800,-25200),(51,1175418000,-21600),(51,1193558400,-25200),(51,1207472400,-21600),(51,1225008000,-25200),(51,1238922000,-21600),(51,1256457600,-25200),
(51,1270371600,-21600),(51,1288512000,-25200),(51,1301821200,-21600),(51,1319961600,-25200),(51,1333270800,-21600),(51,1351411200,-25200),(51,1365325200,-21600),(51,1382860800,-25200),
(51,1396774800,-21600),(51,1414310400,-25200),(51,1428224400,-21600),(51,1445760000,-25200),(51,1459674000,-21600),(51,1477814400,-25200),(51,1491123600,-21600),(51,1509264000,-25200),
(51,1522573200,-21600),(51,1540713600,-25200),(51,1554627600,-21600),(51,1572163200,-25200),(51,1586077200,-21600),(51,1603612800,-25200),(51,1617526800,-21600),(51,1635667200,-25200),
(51,1648976400,-21600),(52,-62135596800,-21600),(52,828864000,-18000),(52,846399600,-21600),(52,860313600,-18000),(52,877849200,-21600),(52,909302400,-25200),(52,923216400,-21600),
(52,941356800,-25200),(52,954666000,-21600),(52,972806400,-25200),(52,989139600,-21600),(52,1001836800,-25200),(52,1018170000,-21600),(52,1035705600,-25200),(52,1049619600,-21600);
INSERT INTO durable.tz_transitions (rule_id, at_utc, utc_offset) VALUES
(52,1067155200,-25200),(52,1081069200,-21600),(52,1099209600,-25200),(52,1112518800,-21600),(52,1130659200,-25200),(52,1143968400,-21600),(52,1162108800,-25200),(52,1175418000,-21600),
(52,1193558400,-25200),(52,1207472400,-21600),(52,1225008000,-25200),(52,1238922000,-21600),(52,1256457600,-25200),(52,1268557200,-21600),(52,1289116800,-25200),(52,1300006800,-21600),
(52,1320566400,-25200),(52,1331456400,-21600),(52,1352016000,-25200),(52,1362906000,-21600),(52,1383465600,-25200),(52,1394355600,-21600),(52,1414915200,-25200),(52,1425805200,-21600),
(52,1446364800,-25200),(52,1457859600,-21600),(52,1478419200,-25200),(52,1489309200,-21600),(52,1509868800,-25200),(52,1520758800,-21600),(52,1541318400,-25200),(52,1552208400,-21600),
(52,1572768000,-25200),(52,1583658000,-21600),(52,1604217600,-25200),(52,1615712400,-21600),(52,1636272000,-25200),(52,1647162000,-21600),(52,1669788000,-25200),(52,1678611600,-21600),
(52,1699171200,-25200),(52,1710061200,-21600),(52,1730620800,-25200),(52,1741510800,-21600),(52,1762070400,-25200),(52,1772960400,-21600),(52,1793520000,-25200),(52,1805014800,-21600),
(52,1825574400,-25200),(52,1836464400,-21600),(52,1857024000,-25200),(52,1867914000,-21600),(52,1888473600,-25200),(52,1899363600,-21600),(52,1919923200,-25200),(52,1930813200,-21600),
(52,1951372800,-25200),(52,1962867600,-21600),(52,1983427200,-25200),(52,1994317200,-21600),(52,2014876800,-25200),(52,2025766800,-21600),(52,2046326400,-25200),(52,2057216400,-21600),
(52,2077776000,-25200),(52,2088666000,-21600),(52,2109225600,-25200),(52,2120115600,-21600),(52,2140675200,-25200),(52,2152170000,-21600),(52,2172729600,-25200),(52,2183619600,-21600),
(52,2204179200,-25200),(52,2215069200,-21600),(52,2235628800,-25200),(52,2246518800,-21600),(52,2267078400,-25200),(52,2277968400,-21600),(52,2298528000,-25200),(52,2309418000,-21600),
(52,2329977600,-25200),(52,2341472400,-21600),(52,2362032000,-25200),(52,2372922000,-21600),(52,2393481600,-25200),(52,2404371600,-21600),(52,2424931200,-25200),(52,2435821200,-21600),
(52,2456380800,-25200),(52,2467270800,-21600),(52,2487830400,-25200),(52,2499325200,-21600),(52,2519884800,-25200),(52,2530774800,-21600),(52,2551334400,-25200),(52,2562224400,-21600),
(52,2582784000,-25200),(52,2593674000,-21600),(52,2614233600,-25200),(52,2625123600,-21600),(52,2645683200,-25200),(52,2656573200,-21600),(52,2677132800,-25200),(52,2688627600,-21600),
(52,2709187200,-25200),(52,2720077200,-21600),(52,2740636800,-25200),(52,2751526800,-21600),(52,2772086400,-25200),(52,2782976400,-21600),(52,2803536000,-25200),(52,2814426000,-21600),
(52,2834985600,-25200),(52,2846480400,-21600),(52,2867040000,-25200),(52,2877930000,-21600),(52,2898489600,-25200),(52,2909379600,-21600),(52,2929939200,-25200),(52,2940829200,-21600),
(52,2961388800,-25200),(52,2972278800,-21600),(52,2992838400,-25200),(52,3003728400,-21600),(52,3024288000,-25200),(52,3035782800,-21600),(52,3056342400,-25200),(52,3067232400,-21600),
(52,3087792000,-25200),(52,3098682000,-21600),(52,3119241600,-25200),(52,3130131600,-21600),(52,3150691200,-25200),(52,3161581200,-21600),(52,3182140800,-25200),(52,3193030800,-21600),
(52,3213590400,-25200),(52,3225085200,-21600),(52,3245644800,-25200),(52,3256534800,-21600),(52,3277094400,-25200),(52,3287984400,-21600),(52,3308544000,-25200),(52,3319434000,-21600),
(52,3339993600,-25200),(52,3350883600,-21600),(52,3371443200,-25200),(52,3382938000,-21600),(52,3403497600,-25200),(52,3414387600,-21600),(52,3434947200,-25200),(52,3445837200,-21600),
(52,3466396800,-25200),(52,3477286800,-21600),(52,3497846400,-25200),(52,3508736400,-21600),(52,3529296000,-25200),(52,3540186000,-21600),(52,3560745600,-25200),(52,3572240400,-21600),
(52,3592800000,-25200),(52,3603690000,-21600),(52,3624249600,-25200),(52,3635139600,-21600),(52,3655699200,-25200),(52,3666589200,-21600),(52,3687148800,-25200),(52,3698038800,-21600),
(52,3718598400,-25200),(52,3730093200,-21600),(52,3750652800,-25200),(52,3761542800,-21600),(52,3782102400,-25200),(52,3792992400,-21600),(52,3813552000,-25200),(52,3824442000,-21600),
(52,3845001600,-25200),(52,3855891600,-21600),(52,3876451200,-25200),(52,3887341200,-21600),(52,3907900800,-25200),(52,3919395600,-21600),(52,3939955200,-25200),(52,3950845200,-21600),
(52,3971404800,-25200),(52,3982294800,-21600),(52,4002854400,-25200),(52,4013744400,-21600),(52,4034304000,-25200),(52,4045194000,-21600),(52,4065753600,-25200),(52,4076643600,-21600),
(52,4097203200,-25200),(52,4108698000,-21600),(52,4129257600,-25200),(53,-62135596800,-21600),(53,288770400,-18000),(53,297234000,-21600),(53,320220000,-18000),(53,328683600,-21600),
(53,664264800,-18000),(53,678344400,-21600),(53,695714400,-18000),(53,700635600,-21600),(54,-62135596800,-10800),(54,7527600,-14400),(54,24465600,-10800),(54,37767600,-14400),
(54,55915200,-10800),(54,69217200,-14400),(54,87969600,-10800),(54,100666800,-14400),(54,118209600,-10800),(54,132116400,-14400),(54,150868800,-10800),(54,163566000,-14400),
(54,182318400,-10800),(54,195620400,-14400),(54,213768000,-10800),(54,227070000,-14400),(54,245217600,-10800),(54,258519600,-14400),(54,277272000,-10800),(54,289969200,-14400),
(54,308721600,-10800),(54,321418800,-14400),(54,340171200,-10800),(54,353473200,-14400),(54,371620800,-10800),(54,384922800,-14400),(54,403070400,-10800),(54,416372400,-14400),
(54,434520000,-10800),(54,447822000,-14400),(54,466574400,-10800),(54,479271600,-14400),(54,498024000,-10800),(54,510721200,-14400),(54,529473600,-10800),(54,545194800,-14400),
(54,560923200,-10800),(54,574225200,-14400),(54,592372800,-10800),(54,605674800,-14400),(54,624427200,-10800),(54,637124400,-14400),(54,653457600,-10800),(54,668574000,-14400),
(54,687326400,-10800),(54,700628400,-14400),(54,718776000,-10800),(54,732078000,-14400),(54,750225600,-10800),(54,763527600,-14400),(54,781675200,-10800),(54,794977200,-14400),
(54,813729600,-10800),(54,826426800,-14400),(54,845179200,-10800),(54,859690800,-14400),(54,876628800,-10800),(54,889930800,-14400),(54,906868800,-10800),(54,923194800,-14400),
(54,939528000,-10800),(54,952830000,-14400),(54,971582400,-10800),(54,984279600,-14400),(54,1003032000,-10800),(54,1015729200,-14400),(54,1034481600,-10800),(54,1047178800,-14400),
(54,1065931200,-10800),(54,1079233200,-14400),(54,1097380800,-10800),(54,1110682800,-14400),(54,1128830400,-10800),(54,1142132400,-14400),(54,1160884800,-10800),(54,1173582000,-14400),
(54,1192334400,-10800),(54,1206846000,-14400),(54,1223784000,-10800),(54,1237086000,-14400),(54,1255233600,-10800),(54,1270350000,-14400),(54,1286683200,-10800),(54,1304823600,-14400),
(54,1313899200,-10800),(54,1335668400,-14400),(54,1346558400,-10800),(54,1367118000,-14400),(54,1378612800,-10800),(54,1398567600,-14400),(54,1410062400,-10800),(54,1463281200,-14400),
(54,1471147200,-10800),(54,1494730800,-14400),(54,1502596800,-10800),(54,1526180400,-14400),(54,1534046400,-10800),(54,1554606000,-14400),(54,1567915200,-10800),(54,1586055600,-14400),
(54,1599364800,-10800),(54,1617505200,-14400),(54,1630814400,-10800),(54,1648954800,-14400),(54,1662868800,-10800),(54,1680404400,-14400),(54,1693713600,-10800),(54,1712458800,-14400),
(54,1725768000,-10800),(55,-62135596800,-25200),(56,-62135596800,-14400),(56,499752000,-10800),(56,511239600,-14400),(56,530596800,-10800),(56,540270000,-14400),(56,562132800,-10800),
(56,571201200,-14400),(56,592977600,-10800),(56,602046000,-14400),(56,624427200,-10800),(56,634705200,-14400),(56,656481600,-10800),(56,666759600,-14400),(56,687931200,-10800),
(56,697604400,-14400),(56,719985600,-10800),(56,728449200,-14400),(56,750830400,-10800),(56,761713200,-14400),(56,782280000,-10800),(56,793162800,-14400),(56,813729600,-10800),
(56,824007600,-14400),(56,844574400,-10800),(56,856062000,-14400),(56,876110400,-10800),(56,888721200,-14400),(56,908078400,-10800),(56,919566000,-14400),(56,938923200,-10800),
(56,951620400,-14400),(56,970977600,-10800),(56,982465200,-14400),(56,1003032000,-10800),(56,1013914800,-14400),(56,1036296000,-10800),(56,1045364400,-14400),(56,1099368000,-10800),
(56,1108868400,-14400),(56,1129435200,-10800),(56,1140318000,-14400),(56,1162699200,-10800),(56,1172372400,-14400),(56,1192334400,-10800),(56,1203217200,-14400),(56,1224388800,-10800),
(56,1234666800,-14400),(56,1255838400,-10800),(56,1266721200,-14400),(56,1287288000,-10800),(56,1298170800,-14400),(56,1318737600,-10800),(56,1330225200,-14400),(56,1350792000,-10800),
(56,1361070000,-14400),(56,1382241600,-10800),(56,1392519600,-14400),(56,1413691200,-10800),(56,1424574000,-14400),(56,1445140800,-10800),(56,1456023600,-14400),(56,1476590400,-10800),
(56,1487473200,-14400),(56,1508040000,-10800),(56,1518922800,-14400),(56,1541304000,-10800),(56,1550372400,-14400),(57,-62135596800,-10800),(57,323845200,-7200),(57,338950800,-10800),
(57,354675600,-7200),(57,370400400,-10800),(57,386125200,-7200),(57,401850000,-10800),(57,417574800,-7200),(57,433299600,-10800),(57,449024400,-7200),(57,465354000,-10800),
(57,481078800,-7200),(57,496803600,-10800),(57,512528400,-7200),(57,528253200,-10800),(57,543978000,-7200),(57,559702800,-10800),(57,575427600,-7200),(57,591152400,-10800),
(57,606877200,-7200),(57,622602000,-10800),(57,638326800,-7200),(57,654656400,-10800),(57,670381200,-7200),(57,686106000,-10800),(57,701830800,-7200),(57,717555600,-10800),
(57,733280400,-7200),(57,749005200,-10800),(57,764730000,-7200),(57,780454800,-10800),(57,796179600,-7200),(57,811904400,-10800),(57,820465200,0),(58,-62135596800,-32400),
(58,120646800,-28800),(58,325677600,-25200),(58,341398800,-28800),(58,357127200,-25200),(58,372848400,-28800),(58,388576800,-25200),(58,404902800,-28800),(58,420026400,-25200),
(58,436352400,-28800),(58,452080800,-25200),(58,467802000,-28800),(58,483530400,-25200),(58,499251600,-28800),(58,514980000,-25200),(58,530701200,-28800),(58,544615200,-25200),
(58,562150800,-28800),(58,576064800,-25200),(58,594205200,-28800),(58,607514400,-25200),(58,625654800,-28800),(58,638964000,-25200),(58,657104400,-28800),(58,671018400,-25200),
(58,688554000,-28800),(58,702468000,-25200),(58,720003600,-28800),(58,733917600,-25200),(58,752058000,-28800),(58,765367200,-25200),(58,783507600,-28800),(58,796816800,-25200),
(58,814957200,-28800),(58,828871200,-25200),(58,846406800,-28800),(58,860320800,-25200),(58,877856400,-28800),(58,891770400,-25200),(58,909306000,-28800),(58,923220000,-25200),
(58,941360400,-28800),(58,954669600,-25200),(58,972810000,-28800),(58,986119200,-25200),(58,1004259600,-28800),(58,1018173600,-25200),(58,1035709200,-28800),(58,1049623200,-25200),
(58,1067158800,-28800),(58,1081072800,-25200),(58,1099213200,-28800),(58,1112522400,-25200),(58,1130662800,-28800),(58,1143972000,-25200),(58,1162112400,-28800),(58,1173607200,-25200),
(58,1194166800,-28800),(58,1205056800,-25200),(58,1225616400,-28800),(58,1236506400,-25200),(58,1257066000,-28800),(58,1268560800,-25200),(58,1289120400,-28800),(58,1300010400,-25200),
(58,1320570000,-28800),(58,1331460000,-25200),(58,1352019600,-28800),(58,1362909600,-25200),(58,1383469200,-28800),(58,1394359200,-25200),(58,1414918800,-28800),(58,1425808800,-25200),
(58,1446368400,-28800),(58,1457863200,-25200),(58,1478422800,-28800),(58,1489312800,-25200),(58,1509872400,-28800),(58,1520762400,-25200),(58,1541322000,-28800),(58,1552212000,-25200),
(58,1572771600,-28800),(58,1583661600,-25200),(59,-62135596800,-28800),(59,9972000,-25200),(59,25693200,-28800),(59,41421600,-25200),(59,57747600,-28800),(59,73476000,-25200),
(60,-62135596800,-25200),(60,9968400,-21600),(60,25689600,-25200),(60,41418000,-21600),(60,57744000,-25200),(60,73472400,-21600),(60,89193600,-25200),(60,104922000,-21600),
(60,120643200,-25200),(60,126694800,-21600),(60,152092800,-25200),(60,162378000,-21600),(60,183542400,-25200),(60,199270800,-21600),(60,215596800,-25200),(60,230720400,-21600),
(60,247046400,-25200),(60,262774800,-21600),(60,278496000,-25200),(60,294224400,-21600),(60,309945600,-25200),(60,325674000,-21600),(60,341395200,-25200),(60,357123600,-21600),
(60,372844800,-25200),(60,388573200,-21600),(60,404899200,-25200),(60,420022800,-21600),(60,436348800,-25200),(60,452077200,-21600),(60,467798400,-25200),(60,483526800,-21600),
(60,499248000,-25200),(60,514976400,-21600),(60,530697600,-25200),(60,544611600,-21600),(60,562147200,-25200),(60,576061200,-21600),(60,594201600,-25200),(60,607510800,-21600),
(60,625651200,-25200),(60,638960400,-21600),(60,657100800,-25200),(60,671014800,-21600),(60,688550400,-25200),(60,702464400,-21600),(60,720000000,-25200),(60,733914000,-21600),
(60,752054400,-25200),(60,765363600,-21600),(60,783504000,-25200),(60,796813200,-21600),(60,814953600,-25200),(60,828867600,-21600),(60,846403200,-25200),(60,860317200,-21600),
(60,877852800,-25200),(60,891766800,-21600),(60,909302400,-25200),(60,923216400,-21600),(60,941356800,-25200),(60,954666000,-21600),(60,972806400,-25200),(60,986115600,-21600),
(60,1004256000,-25200),(60,1018170000,-21600),(60,1035705600,-25200),(60,1049619600,-21600),(60,1067155200,-25200),(60,1081069200,-21600),(60,1099209600,-25200),(60,1112518800,-21600),
(60,1130659200,-25200),(60,1143968400,-21600),(60,1162108800,-25200),(60,1173603600,-21600),(60,1194163200,-25200),(60,1205053200,-21600),(60,1225612800,-25200),(60,1236502800,-21600),
(60,1257062400,-25200),(60,1268557200,-21600),(60,1289116800,-25200),(60,1300006800,-21600),(60,1320566400,-25200),(60,1331456400,-21600),(60,1352016000,-25200),(60,1362906000,-21600),
(60,1383465600,-25200),(60,1394355600,-21600),(60,1414915200,-25200),(60,1425805200,-21600),(60,1446364800,-25200),(60,1457859600,-21600),(60,1478419200,-25200),(60,1489309200,-21600),
(60,1509868800,-25200),(60,1520758800,-21600),(60,1541318400,-25200),(60,1552208400,-21600),(60,1572768000,-25200),(60,1583658000,-21600),(60,1604217600,-25200),(60,1615712400,-21600),
(60,1636272000,-25200),(60,1647162000,-21600),(60,1667721600,-25200),(60,1678611600,-21600),(60,1699171200,-25200),(60,1710061200,-21600),(60,1730620800,-25200),(60,1741510800,-21600),
(60,1762070400,-25200),(60,1772960400,-21600),(60,1793520000,-25200),(60,1805014800,-21600),(60,1825574400,-25200),(60,1836464400,-21600),(60,1857024000,-25200),(60,1867914000,-21600),
(60,1888473600,-25200),(60,1899363600,-21600),(60,1919923200,-25200),(60,1930813200,-21600),(60,1951372800,-25200),(60,1962867600,-21600),(60,1983427200,-25200),(60,1994317200,-21600),
(60,2014876800,-25200),(60,2025766800,-21600),(60,2046326400,-25200),(60,2057216400,-21600),(60,2077776000,-25200),(60,2088666000,-21600),(60,2109225600,-25200),(60,2120115600,-21600),
(60,2140675200,-25200),(60,2152170000,-21600),(60,2172729600,-25200),(60,2183619600,-21600),(60,2204179200,-25200),(60,2215069200,-21600),(60,2235628800,-25200),(60,2246518800,-21600),
(60,2267078400,-25200),(60,2277968400,-21600),(60,2298528000,-25200),(60,2309418000,-21600),(60,2329977600,-25200),(60,2341472400,-21600),(60,2362032000,-25200),(60,2372922000,-21600),
(60,2393481600,-25200),(60,2404371600,-21600),(60,2424931200,-25200),(60,2435821200,-21600),(60,2456380800,-25200),(60,2467270800,-21600),(60,2487830400,-25200),(60,2499325200,-21600),
(60,2519884800,-25200),(60,2530774800,-21600),(60,2551334400,-25200),(60,2562224400,-21600),(60,2582784000,-25200),(60,2593674000,-21600),(60,2614233600,-25200),(60,2625123600,-21600),
(60,2645683200,-25200),(60,2656573200,-21600),(60,2677132800,-25200),(60,2688627600,-21600),(60,2709187200,-25200),(60,2720077200,-21600),(60,2740636800,-25200),(60,2751526800,-21600),
(60,2772086400,-25200),(60,2782976400,-21600),(60,2803536000,-25200),(60,2814426000,-21600),(60,2834985600,-25200),(60,2846480400,-21600),(60,2867040000,-25200),(60,2877930000,-21600),
(60,2898489600,-25200),(60,2909379600,-21600),(60,2929939200,-25200),(60,2940829200,-21600),(60,2961388800,-25200),(60,2972278800,-21600),(60,2992838400,-25200),(60,3003728400,-21600),
(60,3024288000,-25200),(60,3035782800,-21600),(60,3056342400,-25200),(60,3067232400,-21600),(60,3087792000,-25200),(60,3098682000,-21600),(60,3119241600,-25200),(60,3130131600,-21600),
(60,3150691200,-25200),(60,3161581200,-21600),(60,3182140800,-25200),(60,3193030800,-21600),(60,3213590400,-25200),(60,3225085200,-21600),(60,3245644800,-25200),(60,3256534800,-21600),
(60,3277094400,-25200),(60,3287984400,-21600),(60,3308544000,-25200),(60,3319434000,-21600),(60,3339993600,-25200),(60,3350883600,-21600),(60,3371443200,-25200),(60,3382938000,-21600),
(60,3403497600,-25200),(60,3414387600,-21600),(60,3434947200,-25200),(60,3445837200,-21600),(60,3466396800,-25200),(60,3477286800,-21600),(60,3497846400,-25200),(60,3508736400,-21600),
(60,3529296000,-25200),(60,3540186000,-21600),(60,3560745600,-25200),(60,3572240400,-21600),(60,3592800000,-25200),(60,3603690000,-21600),(60,3624249600,-25200),(60,3635139600,-21600),
(60,3655699200,-25200),(60,3666589200,-21600),(60,3687148800,-25200),(60,3698038800,-21600),(60,3718598400,-25200),(60,3730093200,-21600),(60,3750652800,-25200),(60,3761542800,-21600),
(60,3782102400,-25200),(60,3792992400,-21600),(60,3813552000,-25200),(60,3824442000,-21600),(60,3845001600,-25200),(60,3855891600,-21600),(60,3876451200,-25200),(60,3887341200,-21600),
(60,3907900800,-25200),(60,3919395600,-21600),(60,3939955200,-25200),(60,3950845200,-21600),(60,3971404800,-25200),(60,3982294800,-21600),(60,4002854400,-25200),(60,4013744400,-21600),
(60,4034304000,-25200),(60,4045194000,-21600),(60,4065753600,-25200),(60,4076643600,-21600),(60,4097203200,-25200),(60,4108698000,-21600),(60,4129257600,-25200),(61,-62135596800,-18000),
(61,104914800,-14400),(61,120636000,-18000),(61,126687600,-14400),(61,152085600,-18000),(61,167814000,-14400),(61,183535200,-18000),(61,199263600,-14400),(61,215589600,-18000),
(61,230713200,-14400),(61,247039200,-18000),(61,262767600,-14400),(61,278488800,-18000),(61,294217200,-14400),(61,309938400,-18000),(61,325666800,-14400),(61,341388000,-18000),
(61,357116400,-14400),(61,372837600,-18000),(61,388566000,-14400),(61,404892000,-18000),(61,420015600,-14400),(61,436341600,-18000),(61,452070000,-14400),(61,467791200,-18000),
(61,483519600,-14400),(61,499240800,-18000),(61,514969200,-14400),(61,530690400,-18000),(61,544604400,-14400),(61,562140000,-18000),(61,576054000,-14400),(61,594194400,-18000),
(61,607503600,-14400),(61,625644000,-18000),(61,638953200,-14400),(61,657093600,-18000),(61,671007600,-14400),(61,688543200,-18000),(61,702457200,-14400),(61,719992800,-18000),
(61,733906800,-14400),(61,752047200,-18000),(61,765356400,-14400),(61,783496800,-18000),(61,796806000,-14400),(61,814946400,-18000),(61,828860400,-14400),(61,846396000,-18000),
(61,860310000,-14400),(61,877845600,-18000),(61,891759600,-14400),(61,909295200,-18000),(61,923209200,-14400),(61,941349600,-18000),(61,954658800,-14400),(61,972799200,-18000),
(61,986108400,-14400),(61,1004248800,-18000),(61,1018162800,-14400),(61,1035698400,-18000),(61,1049612400,-14400),(61,1067148000,-18000),(61,1081062000,-14400),(61,1099202400,-18000),
(61,1112511600,-14400),(61,1130652000,-18000),(61,1143961200,-14400),(61,1162101600,-18000),(61,1173596400,-14400),(61,1194156000,-18000),(61,1205046000,-14400),(61,1225605600,-18000),
(61,1236495600,-14400),(61,1257055200,-18000),(61,1268550000,-14400),(61,1289109600,-18000),(61,1299999600,-14400),(61,1320559200,-18000),(61,1331449200,-14400),(61,1352008800,-18000),
(61,1362898800,-14400),(61,1383458400,-18000),(61,1394348400,-14400),(61,1414908000,-18000),(61,1425798000,-14400),(61,1446357600,-18000),(61,1457852400,-14400),(61,1478412000,-18000),
(61,1489302000,-14400),(61,1509861600,-18000),(61,1520751600,-14400),(61,1541311200,-18000),(61,1552201200,-14400),(61,1572760800,-18000),(61,1583650800,-14400),(61,1604210400,-18000),
(61,1615705200,-14400),(61,1636264800,-18000),(61,1647154800,-14400),(61,1667714400,-18000),(61,1678604400,-14400),(61,1699164000,-18000),(61,1710054000,-14400),(61,1730613600,-18000),
(61,1741503600,-14400),(61,1762063200,-18000),(61,1772953200,-14400),(61,1793512800,-18000),(61,1805007600,-14400),(61,1825567200,-18000),(61,1836457200,-14400),(61,1857016800,-18000),
(61,1867906800,-14400),(61,1888466400,-18000),(61,1899356400,-14400),(61,1919916000,-18000),(61,1930806000,-14400),(61,1951365600,-18000),(61,1962860400,-14400),(61,1983420000,-18000),
(61,1994310000,-14400),(61,2014869600,-18000),(61,2025759600,-14400),(61,2046319200,-18000),(61,2057209200,-14400),(61,2077768800,-18000),(61,2088658800,-14400),(61,2109218400,-18000),
(61,2120108400,-14400),(61,2140668000,-18000),(61,2152162800,-14400),(61,2172722400,-18000),(61,2183612400,-14400),(61,2204172000,-18000),(61,2215062000,-14400),(61,2235621600,-18000),
(61,2246511600,-14400),(61,2267071200,-18000),(61,2277961200,-14400),(61,2298520800,-18000),(61,2309410800,-14400),(61,2329970400,-18000),(61,2341465200,-14400),(61,2362024800,-18000),
(61,2372914800,-14400),(61,2393474400,-18000),(61,2404364400,-14400),(61,2424924000,-18000),(61,2435814000,-14400),(61,2456373600,-18000),(61,2467263600,-14400),(61,2487823200,-18000),
(61,2499318000,-14400),(61,2519877600,-18000),(61,2530767600,-14400),(61,2551327200,-18000),(61,2562217200,-14400),(61,2582776800,-18000),(61,2593666800,-14400),(61,2614226400,-18000),
(61,2625116400,-14400),(61,2645676000,-18000),(61,2656566000,-14400),(61,2677125600,-18000),(61,2688620400,-14400),(61,2709180000,-18000),(61,2720070000,-14400),(61,2740629600,-18000),
(61,2751519600,-14400),(61,2772079200,-18000),(61,2782969200,-14400),(61,2803528800,-18000),(61,2814418800,-14400),(61,2834978400,-18000),(61,2846473200,-14400),(61,2867032800,-18000),
(61,2877922800,-14400),(61,2898482400,-18000),(61,2909372400,-14400),(61,2929932000,-18000),(61,2940822000,-14400),(61,2961381600,-18000),(61,2972271600,-14400),(61,2992831200,-18000),
(61,3003721200,-14400),(61,3024280800,-18000),(61,3035775600,-14400),(61,3056335200,-18000),(61,3067225200,-14400),(61,3087784800,-18000),(61,3098674800,-14400),(61,3119234400,-18000),
(61,3130124400,-14400),(61,3150684000,-18000),(61,3161574000,-14400),(61,3182133600,-18000),(61,3193023600,-14400),(61,3213583200,-18000),(61,3225078000,-14400),(61,3245637600,-18000),
(61,3256527600,-14400),(61,3277087200,-18000),(61,3287977200,-14400),(61,3308536800,-18000),(61,3319426800,-14400),(61,3339986400,-18000),(61,3350876400,-14400),(61,3371436000,-18000),
(61,3382930800,-14400),(61,3403490400,-18000),(61,3414380400,-14400),(61,3434940000,-18000),(61,3445830000,-14400),(61,3466389600,-18000),(61,3477279600,-14400),(61,3497839200,-18000),
(61,3508729200,-14400),(61,3529288800,-18000),(61,3540178800,-14400),(61,3560738400,-18000),(61,3572233200,-14400),(61,3592792800,-18000),(61,3603682800,-14400),(61,3624242400,-18000),
(61,3635132400,-14400),(61,3655692000,-18000),(61,3666582000,-14400),(61,3687141600,-18000),(61,3698031600,-14400),(61,3718591200,-18000),(61,3730086000,-14400),(61,3750645600,-18000);
INSERT INTO durable.tz_transitions (rule_id, at_utc, utc_offset) VALUES
(61,3761535600,-14400),(61,3782095200,-18000),(61,3792985200,-14400),(61,3813544800,-18000),(61,3824434800,-14400),(61,3844994400,-18000),(61,3855884400,-14400),(61,3876444000,-18000),
(61,3887334000,-14400),(61,3907893600,-18000),(61,3919388400,-14400),(61,3939948000,-18000),(61,3950838000,-14400),(61,3971397600,-18000),(61,3982287600,-14400),(61,4002847200,-18000),
(61,4013737200,-14400),(61,4034296800,-18000),(61,4045186800,-14400),(61,4065746400,-18000),(61,4076636400,-14400),(61,4097196000,-18000),(61,4108690800,-14400),(61,4129250400,-18000),
(62,-62135596800,-25200),(62,73472400,-21600),(62,89193600,-25200),(62,104922000,-21600),(62,120643200,-25200),(62,136371600,-21600),(62,152092800,-25200),(62,167821200,-21600),
(62,183542400,-25200),(62,199270800,-21600),(62,215596800,-25200),(62,230720400,-21600),(62,247046400,-25200),(62,262774800,-21600),(62,278496000,-25200),(62,294224400,-21600),
(62,309945600,-25200),(62,325674000,-21600),(62,341395200,-25200),(62,357123600,-21600),(62,372844800,-25200),(62,388573200,-21600),(62,404899200,-25200),(62,420022800,-21600),
(62,436348800,-25200),(62,452077200,-21600),(62,467798400,-25200),(62,483526800,-21600),(62,499248000,-25200),(62,514976400,-21600),(62,530697600,-25200),(62,544611600,-21600),
(62,562147200,-25200),(62,576061200,-21600),(62,594201600,-25200),(62,607510800,-21600),(62,625651200,-25200),(62,638960400,-21600),(62,657100800,-25200),(62,671014800,-21600),
(62,688550400,-25200),(62,702464400,-21600),(62,720000000,-25200),(62,733914000,-21600),(62,752054400,-25200),(62,765363600,-21600),(62,783504000,-25200),(62,796813200,-21600),
(62,814953600,-25200),(62,828867600,-21600),(62,846403200,-25200),(62,860317200,-21600),(62,877852800,-25200),(62,891766800,-21600),(62,909302400,-25200),(62,923216400,-21600),
(62,941356800,-25200),(62,954666000,-21600),(62,972806400,-25200),(62,986115600,-21600),(62,1004256000,-25200),(62,1018170000,-21600),(62,1035705600,-25200),(62,1049619600,-21600),
(62,1067155200,-25200),(62,1081069200,-21600),(62,1099209600,-25200),(62,1112518800,-21600),(62,1130659200,-25200),(62,1143968400,-21600),(62,1162108800,-25200),(62,1173603600,-21600),
(62,1194163200,-25200),(62,1205053200,-21600),(62,1225612800,-25200),(62,1236502800,-21600),(62,1257062400,-25200),(62,1268557200,-21600),(62,1289116800,-25200),(62,1300006800,-21600),
(62,1320566400,-25200),(62,1331456400,-21600),(62,1352016000,-25200),(62,1362906000,-21600),(62,1383465600,-25200),(62,1394355600,-21600),(62,1414915200,-25200),(62,1425805200,-21600),
(62,1446364800,-25200),(62,1457859600,-21600),(62,1478419200,-25200),(62,1489309200,-21600),(62,1509868800,-25200),(62,1520758800,-21600),(62,1541318400,-25200),(62,1552208400,-21600),
(62,1572768000,-25200),(62,1583658000,-21600),(62,1604217600,-25200),(62,1615712400,-21600),(62,1636272000,-25200),(62,1647162000,-21600),(62,1667721600,-25200),(62,1678611600,-21600),
(62,1699171200,-25200),(62,1710061200,-21600),(62,1730620800,-25200),(62,1741510800,-21600),(62,1762070400,-25200),(62,1772960400,-21600),(62,1793520000,-25200),(62,1805014800,-21600),
(62,1825574400,-25200),(62,1836464400,-21600),(62,1857024000,-25200),(62,1867914000,-21600),(62,1888473600,-25200),(62,1899363600,-21600),(62,1919923200,-25200),(62,1930813200,-21600),
(62,1951372800,-25200),(62,1962867600,-21600),(62,1983427200,-25200),(62,1994317200,-21600),(62,2014876800,-25200),(62,2025766800,-21600),(62,2046326400,-25200),(62,2057216400,-21600),
(62,2077776000,-25200),(62,2088666000,-21600),(62,2109225600,-25200),(62,2120115600,-21600),(62,2140675200,-25200),(62,2152170000,-21600),(62,2172729600,-25200),(62,2183619600,-21600),
(62,2204179200,-25200),(62,2215069200,-21600),(62,2235628800,-25200),(62,2246518800,-21600),(62,2267078400,-25200),(62,2277968400,-21600),(62,2298528000,-25200),(62,2309418000,-21600),
(62,2329977600,-25200),(62,2341472400,-21600),(62,2362032000,-25200),(62,2372922000,-21600),(62,2393481600,-25200),(62,2404371600,-21600),(62,2424931200,-25200),(62,2435821200,-21600),
(62,2456380800,-25200),(62,2467270800,-21600),(62,2487830400,-25200),(62,2499325200,-21600),(62,2519884800,-25200),(62,2530774800,-21600),(62,2551334400,-25200),(62,2562224400,-21600),
(62,2582784000,-25200),(62,2593674000,-21600),(62,2614233600,-25200),(62,2625123600,-21600),(62,2645683200,-25200),(62,2656573200,-21600),(62,2677132800,-25200),(62,2688627600,-21600),
(62,2709187200,-25200),(62,2720077200,-21600),(62,2740636800,-25200),(62,2751526800,-21600),(62,2772086400,-25200),(62,2782976400,-21600),(62,2803536000,-25200),(62,2814426000,-21600),
(62,2834985600,-25200),(62,2846480400,-21600),(62,2867040000,-25200),(62,2877930000,-21600),(62,2898489600,-25200),(62,2909379600,-21600),(62,2929939200,-25200),(62,2940829200,-21600),
(62,2961388800,-25200),(62,2972278800,-21600),(62,2992838400,-25200),(62,3003728400,-21600),(62,3024288000,-25200),(62,3035782800,-21600),(62,3056342400,-25200),(62,3067232400,-21600),
(62,3087792000,-25200),(62,3098682000,-21600),(62,3119241600,-25200),(62,3130131600,-21600),(62,3150691200,-25200),(62,3161581200,-21600),(62,3182140800,-25200),(62,3193030800,-21600),
(62,3213590400,-25200),(62,3225085200,-21600),(62,3245644800,-25200),(62,3256534800,-21600),(62,3277094400,-25200),(62,3287984400,-21600),(62,3308544000,-25200),(62,3319434000,-21600),
(62,3339993600,-25200),(62,3350883600,-21600),(62,3371443200,-25200),(62,3382938000,-21600),(62,3403497600,-25200),(62,3414387600,-21600),(62,3434947200,-25200),(62,3445837200,-21600),
(62,3466396800,-25200),(62,3477286800,-21600),(62,3497846400,-25200),(62,3508736400,-21600),(62,3529296000,-25200),(62,3540186000,-21600),(62,3560745600,-25200),(62,3572240400,-21600),
(62,3592800000,-25200),(62,3603690000,-21600),(62,3624249600,-25200),(62,3635139600,-21600),(62,3655699200,-25200),(62,3666589200,-21600),(62,3687148800,-25200),(62,3698038800,-21600),
(62,3718598400,-25200),(62,3730093200,-21600),(62,3750652800,-25200),(62,3761542800,-21600),(62,3782102400,-25200),(62,3792992400,-21600),(62,3813552000,-25200),(62,3824442000,-21600),
(62,3845001600,-25200),(62,3855891600,-21600),(62,3876451200,-25200),(62,3887341200,-21600),(62,3907900800,-25200),(62,3919395600,-21600),(62,3939955200,-25200),(62,3950845200,-21600),
(62,3971404800,-25200),(62,3982294800,-21600),(62,4002854400,-25200),(62,4013744400,-21600),(62,4034304000,-25200),(62,4045194000,-21600),(62,4065753600,-25200),(62,4076643600,-21600),
(62,4097203200,-25200),(62,4108698000,-21600),(62,4129257600,-25200),(63,-62135596800,-18000),(63,499755600,-14400),(63,511243200,-18000),(63,530600400,-14400),(63,540273600,-18000),
(63,562136400,-14400),(63,571204800,-18000),(63,750834000,-14400),(63,761716800,-18000),(63,1214283600,-14400),(63,1384056000,-18000),(64,-62135596800,-21600),(64,547020000,-18000),
(64,559717200,-21600),(64,578469600,-18000),(64,591166800,-21600),(65,-62135596800,-28800),(65,199274400,-25200),(65,215600400,-28800),(65,230724000,-25200),(65,247050000,-28800),
(65,262778400,-25200),(65,278499600,-28800),(65,294228000,-25200),(65,309949200,-28800),(65,325677600,-25200),(65,341398800,-28800),(65,357127200,-25200),(65,372848400,-28800),
(65,388576800,-25200),(65,404902800,-28800),(65,420026400,-25200),(65,436352400,-28800),(65,452080800,-25200),(65,467802000,-28800),(65,483530400,-25200),(65,499251600,-28800),
(65,514980000,-25200),(65,530701200,-28800),(65,544615200,-25200),(65,562150800,-28800),(65,576064800,-25200),(65,594205200,-28800),(65,607514400,-25200),(65,625654800,-28800),
(65,638964000,-25200),(65,657104400,-28800),(65,671018400,-25200),(65,688554000,-28800),(65,702468000,-25200),(65,720003600,-28800),(65,733917600,-25200),(65,752058000,-28800),
(65,765367200,-25200),(65,783507600,-28800),(65,796816800,-25200),(65,814957200,-28800),(65,828871200,-25200),(65,846406800,-28800),(65,860320800,-25200),(65,877856400,-28800),
(65,891770400,-25200),(65,909306000,-28800),(65,923220000,-25200),(65,941360400,-28800),(65,954669600,-25200),(65,972810000,-28800),(65,986119200,-25200),(65,1004259600,-28800),
(65,1018173600,-25200),(65,1035709200,-28800),(65,1049623200,-25200),(65,1067158800,-28800),(65,1081072800,-25200),(65,1099213200,-28800),(65,1112522400,-25200),(65,1130662800,-28800),
(65,1143972000,-25200),(65,1162112400,-28800),(65,1175421600,-25200),(65,1193562000,-28800),(65,1207476000,-25200),(65,1225011600,-28800),(65,1238925600,-25200),(65,1256461200,-28800),
(65,1268560800,-25200),(65,1289120400,-28800),(65,1300010400,-25200),(65,1320570000,-28800),(65,1331460000,-25200),(65,1352019600,-28800),(65,1362909600,-25200),(65,1383469200,-28800),
(65,1394359200,-25200),(65,1414918800,-28800),(65,1425808800,-25200),(65,1446368400,-28800),(65,1457863200,-25200),(65,1478422800,-28800),(65,1489312800,-25200),(65,1509872400,-28800),
(65,1520762400,-25200),(65,1541322000,-28800),(65,1552212000,-25200),(65,1572771600,-28800),(65,1583661600,-25200),(65,1604221200,-28800),(65,1615716000,-25200),(65,1636275600,-28800),
(65,1647165600,-25200),(65,1667725200,-28800),(65,1678615200,-25200),(65,1699174800,-28800),(65,1710064800,-25200),(65,1730624400,-28800),(65,1741514400,-25200),(65,1762074000,-28800),
(65,1772964000,-25200),(65,1793523600,-28800),(65,1805018400,-25200),(65,1825578000,-28800),(65,1836468000,-25200),(65,1857027600,-28800),(65,1867917600,-25200),(65,1888477200,-28800),
(65,1899367200,-25200),(65,1919926800,-28800),(65,1930816800,-25200),(65,1951376400,-28800),(65,1962871200,-25200),(65,1983430800,-28800),(65,1994320800,-25200),(65,2014880400,-28800),
(65,2025770400,-25200),(65,2046330000,-28800),(65,2057220000,-25200),(65,2077779600,-28800),(65,2088669600,-25200),(65,2109229200,-28800),(65,2120119200,-25200),(65,2140678800,-28800),
(65,2152173600,-25200),(65,2172733200,-28800),(65,2183623200,-25200),(65,2204182800,-28800),(65,2215072800,-25200),(65,2235632400,-28800),(65,2246522400,-25200),(65,2267082000,-28800),
(65,2277972000,-25200),(65,2298531600,-28800),(65,2309421600,-25200),(65,2329981200,-28800),(65,2341476000,-25200),(65,2362035600,-28800),(65,2372925600,-25200),(65,2393485200,-28800),
(65,2404375200,-25200),(65,2424934800,-28800),(65,2435824800,-25200),(65,2456384400,-28800),(65,2467274400,-25200),(65,2487834000,-28800),(65,2499328800,-25200),(65,2519888400,-28800),
(65,2530778400,-25200),(65,2551338000,-28800),(65,2562228000,-25200),(65,2582787600,-28800),(65,2593677600,-25200),(65,2614237200,-28800),(65,2625127200,-25200),(65,2645686800,-28800),
(65,2656576800,-25200),(65,2677136400,-28800),(65,2688631200,-25200),(65,2709190800,-28800),(65,2720080800,-25200),(65,2740640400,-28800),(65,2751530400,-25200),(65,2772090000,-28800),
(65,2782980000,-25200),(65,2803539600,-28800),(65,2814429600,-25200),(65,2834989200,-28800),(65,2846484000,-25200),(65,2867043600,-28800),(65,2877933600,-25200),(65,2898493200,-28800),
(65,2909383200,-25200),(65,2929942800,-28800),(65,2940832800,-25200),(65,2961392400,-28800),(65,2972282400,-25200),(65,2992842000,-28800),(65,3003732000,-25200),(65,3024291600,-28800),
(65,3035786400,-25200),(65,3056346000,-28800),(65,3067236000,-25200),(65,3087795600,-28800),(65,3098685600,-25200),(65,3119245200,-28800),(65,3130135200,-25200),(65,3150694800,-28800),
(65,3161584800,-25200),(65,3182144400,-28800),(65,3193034400,-25200),(65,3213594000,-28800),(65,3225088800,-25200),(65,3245648400,-28800),(65,3256538400,-25200),(65,3277098000,-28800),
(65,3287988000,-25200),(65,3308547600,-28800),(65,3319437600,-25200),(65,3339997200,-28800),(65,3350887200,-25200),(65,3371446800,-28800),(65,3382941600,-25200),(65,3403501200,-28800),
(65,3414391200,-25200),(65,3434950800,-28800),(65,3445840800,-25200),(65,3466400400,-28800),(65,3477290400,-25200),(65,3497850000,-28800),(65,3508740000,-25200),(65,3529299600,-28800),
(65,3540189600,-25200),(65,3560749200,-28800),(65,3572244000,-25200),(65,3592803600,-28800),(65,3603693600,-25200),(65,3624253200,-28800),(65,3635143200,-25200),(65,3655702800,-28800),
(65,3666592800,-25200),(65,3687152400,-28800),(65,3698042400,-25200),(65,3718602000,-28800),(65,3730096800,-25200),(65,3750656400,-28800),(65,3761546400,-25200),(65,3782106000,-28800),
(65,3792996000,-25200),(65,3813555600,-28800),(65,3824445600,-25200),(65,3845005200,-28800),(65,3855895200,-25200),(65,3876454800,-28800),(65,3887344800,-25200),(65,3907904400,-28800),
(65,3919399200,-25200),(65,3939958800,-28800),(65,3950848800,-25200),(65,3971408400,-28800),(65,3982298400,-25200),(65,4002858000,-28800),(65,4013748000,-25200),(65,4034307600,-28800),
(65,4045197600,-25200),(65,4065757200,-28800),(65,4076647200,-25200),(65,4097206800,-28800),(65,4108701600,-25200),(65,4129261200,-28800),(66,-62135596800,-28800),(66,9972000,-25200),
(66,25693200,-28800),(66,41421600,-25200),(66,57747600,-28800),(66,73476000,-25200),(66,89197200,-28800),(66,104925600,-25200),(66,120646800,-28800),(66,136375200,-25200),
(66,152096400,-28800),(66,167824800,-25200),(66,183546000,-28800),(66,199274400,-25200),(66,215600400,-28800),(66,230724000,-25200),(66,247050000,-28800),(66,262778400,-25200),
(66,278499600,-28800),(66,294228000,-25200),(66,309949200,-28800),(66,325677600,-25200),(66,341398800,-28800),(66,357127200,-25200),(66,372848400,-28800),(66,388576800,-25200),
(66,404902800,-28800),(66,420026400,-25200),(66,436352400,-28800),(66,452080800,-25200),(66,467802000,-28800),(66,483530400,-25200),(66,499251600,-28800),(66,514980000,-25200),
(66,530701200,-28800),(66,544615200,-25200),(66,562150800,-28800),(66,576064800,-25200),(66,594205200,-28800),(66,607514400,-25200),(66,625654800,-28800),(66,638964000,-25200),
(66,657104400,-28800),(66,671018400,-25200),(66,688554000,-28800),(66,702468000,-25200),(66,720003600,-28800),(66,733917600,-25200),(66,752058000,-28800),(66,765367200,-25200),
(66,783507600,-28800),(66,796816800,-25200),(66,814957200,-28800),(66,828871200,-25200),(66,846406800,-28800),(66,860320800,-25200),(66,877856400,-28800),(66,891770400,-25200),
(66,909306000,-28800),(66,923220000,-25200),(66,941360400,-28800),(66,954669600,-25200),(66,972810000,-28800),(66,986119200,-25200),(66,1004259600,-28800),(66,1018173600,-25200),
(66,1035709200,-28800),(66,1049623200,-25200),(66,1067158800,-28800),(66,1081072800,-25200),(66,1099213200,-28800),(66,1112522400,-25200),(66,1130662800,-28800),(66,1143972000,-25200),
(66,1162112400,-28800),(66,1173607200,-25200),(66,1194166800,-28800),(66,1205056800,-25200),(66,1225616400,-28800),(66,1236506400,-25200),(66,1257066000,-28800),(66,1268560800,-25200),
(66,1289120400,-28800),(66,1300010400,-25200),(66,1320570000,-28800),(66,1331460000,-25200),(66,1352019600,-28800),(66,1362909600,-25200),(66,1383469200,-28800),(66,1394359200,-25200),
(66,1414918800,-28800),(66,1425808800,-25200),(67,-62135596800,-18000),(67,9961200,-14400),(67,25682400,-18000),(67,1143961200,-14400),(67,1162101600,-18000),(67,1173596400,-14400),
(67,1194156000,-18000),(67,1205046000,-14400),(67,1225605600,-18000),(67,1236495600,-14400),(67,1257055200,-18000),(67,1268550000,-14400),(67,1289109600,-18000),(67,1299999600,-14400),
(67,1320559200,-18000),(67,1331449200,-14400),(67,1352008800,-18000),(67,1362898800,-14400),(67,1383458400,-18000),(67,1394348400,-14400),(67,1414908000,-18000),(67,1425798000,-14400),
(67,1446357600,-18000),(67,1457852400,-14400),(67,1478412000,-18000),(67,1489302000,-14400),(67,1509861600,-18000),(67,1520751600,-14400),(67,1541311200,-18000),(67,1552201200,-14400),
(67,1572760800,-18000),(67,1583650800,-14400),(67,1604210400,-18000),(67,1615705200,-14400),(67,1636264800,-18000),(67,1647154800,-14400),(67,1667714400,-18000),(67,1678604400,-14400),
(67,1699164000,-18000),(67,1710054000,-14400),(67,1730613600,-18000),(67,1741503600,-14400),(67,1762063200,-18000),(67,1772953200,-14400),(67,1793512800,-18000),(67,1805007600,-14400),
(67,1825567200,-18000),(67,1836457200,-14400),(67,1857016800,-18000),(67,1867906800,-14400),(67,1888466400,-18000),(67,1899356400,-14400),(67,1919916000,-18000),(67,1930806000,-14400),
(67,1951365600,-18000),(67,1962860400,-14400),(67,1983420000,-18000),(67,1994310000,-14400),(67,2014869600,-18000),(67,2025759600,-14400),(67,2046319200,-18000),(67,2057209200,-14400),
(67,2077768800,-18000),(67,2088658800,-14400),(67,2109218400,-18000),(67,2120108400,-14400),(67,2140668000,-18000),(67,2152162800,-14400),(67,2172722400,-18000),(67,2183612400,-14400),
(67,2204172000,-18000),(67,2215062000,-14400),(67,2235621600,-18000),(67,2246511600,-14400),(67,2267071200,-18000),(67,2277961200,-14400),(67,2298520800,-18000),(67,2309410800,-14400),
(67,2329970400,-18000),(67,2341465200,-14400),(67,2362024800,-18000),(67,2372914800,-14400),(67,2393474400,-18000),(67,2404364400,-14400),(67,2424924000,-18000),(67,2435814000,-14400),
(67,2456373600,-18000),(67,2467263600,-14400),(67,2487823200,-18000),(67,2499318000,-14400),(67,2519877600,-18000),(67,2530767600,-14400),(67,2551327200,-18000),(67,2562217200,-14400),
(67,2582776800,-18000),(67,2593666800,-14400),(67,2614226400,-18000),(67,2625116400,-14400),(67,2645676000,-18000),(67,2656566000,-14400),(67,2677125600,-18000),(67,2688620400,-14400),
(67,2709180000,-18000),(67,2720070000,-14400),(67,2740629600,-18000),(67,2751519600,-14400),(67,2772079200,-18000),(67,2782969200,-14400),(67,2803528800,-18000),(67,2814418800,-14400),
(67,2834978400,-18000),(67,2846473200,-14400),(67,2867032800,-18000),(67,2877922800,-14400),(67,2898482400,-18000),(67,2909372400,-14400),(67,2929932000,-18000),(67,2940822000,-14400),
(67,2961381600,-18000),(67,2972271600,-14400),(67,2992831200,-18000),(67,3003721200,-14400),(67,3024280800,-18000),(67,3035775600,-14400),(67,3056335200,-18000),(67,3067225200,-14400),
(67,3087784800,-18000),(67,3098674800,-14400),(67,3119234400,-18000),(67,3130124400,-14400),(67,3150684000,-18000),(67,3161574000,-14400),(67,3182133600,-18000),(67,3193023600,-14400),
(67,3213583200,-18000),(67,3225078000,-14400),(67,3245637600,-18000),(67,3256527600,-14400),(67,3277087200,-18000),(67,3287977200,-14400),(67,3308536800,-18000),(67,3319426800,-14400),
(67,3339986400,-18000),(67,3350876400,-14400),(67,3371436000,-18000),(67,3382930800,-14400),(67,3403490400,-18000),(67,3414380400,-14400),(67,3434940000,-18000),(67,3445830000,-14400),
(67,3466389600,-18000),(67,3477279600,-14400),(67,3497839200,-18000),(67,3508729200,-14400),(67,3529288800,-18000),(67,3540178800,-14400),(67,3560738400,-18000),(67,3572233200,-14400),
(67,3592792800,-18000),(67,3603682800,-14400),(67,3624242400,-18000),(67,3635132400,-14400),(67,3655692000,-18000),(67,3666582000,-14400),(67,3687141600,-18000),(67,3698031600,-14400),
(67,3718591200,-18000),(67,3730086000,-14400),(67,3750645600,-18000),(67,3761535600,-14400),(67,3782095200,-18000),(67,3792985200,-14400),(67,3813544800,-18000),(67,3824434800,-14400),
(67,3844994400,-18000),(67,3855884400,-14400),(67,3876444000,-18000),(67,3887334000,-14400),(67,3907893600,-18000),(67,3919388400,-14400),(67,3939948000,-18000),(67,3950838000,-14400),
(67,3971397600,-18000),(67,3982287600,-14400),(67,4002847200,-18000),(67,4013737200,-14400),(67,4034296800,-18000),(67,4045186800,-14400),(67,4065746400,-18000),(67,4076636400,-14400),
(67,4097196000,-18000),(67,4108690800,-14400),(67,4129250400,-18000),(68,-62135596800,-10800),(68,499748400,-7200),(68,511236000,-10800),(68,530593200,-7200),(68,540266400,-10800),
(68,562129200,-7200),(68,571197600,-10800),(68,592974000,-7200),(68,602042400,-10800),(68,624423600,-7200),(68,634701600,-10800),(68,938919600,-7200),(68,951616800,-10800),
(68,970974000,-7200),(68,972180000,-10800),(68,1003028400,-7200),(68,1013911200,-10800),(69,-62135596800,-14400),(69,73461600,-10800),(69,89182800,-14400),(69,104911200,-10800),
(69,120632400,-14400),(69,136360800,-10800),(69,152082000,-14400),(69,167810400,-10800),(69,183531600,-14400),(69,199260000,-10800),(69,215586000,-14400),(69,230709600,-10800),
(69,247035600,-14400),(69,262764000,-10800),(69,278485200,-14400),(69,294213600,-10800),(69,309934800,-14400),(69,325663200,-10800),(69,341384400,-14400),(69,357112800,-10800),
(69,372834000,-14400),(69,388562400,-10800),(69,404888400,-14400),(69,420012000,-10800),(69,436338000,-14400),(69,452066400,-10800),(69,467787600,-14400),(69,483516000,-10800),
(69,499237200,-14400),(69,514965600,-10800),(69,530686800,-14400),(69,544600800,-10800),(69,562136400,-14400),(69,576050400,-10800),(69,594190800,-14400),(69,607500000,-10800),
(69,625640400,-14400),(69,638949600,-10800),(69,657090000,-14400),(69,671004000,-10800),(69,688539600,-14400),(69,702453600,-10800),(69,719989200,-14400),(69,733903200,-10800),
(69,752043600,-14400),(69,765352800,-10800),(69,783493200,-14400),(69,796802400,-10800),(69,814942800,-14400),(69,828856800,-10800),(69,846392400,-14400),(69,860306400,-10800),
(69,877842000,-14400),(69,891756000,-10800),(69,909291600,-14400),(69,923205600,-10800),(69,941346000,-14400),(69,954655200,-10800),(69,972795600,-14400),(69,986104800,-10800),
(69,1004245200,-14400),(69,1018159200,-10800),(69,1035694800,-14400),(69,1049608800,-10800),(69,1067144400,-14400),(69,1081058400,-10800),(69,1099198800,-14400),(69,1112508000,-10800),
(69,1130648400,-14400),(69,1143957600,-10800),(69,1162098000,-14400),(69,1173592800,-10800),(69,1194152400,-14400),(69,1205042400,-10800),(69,1225602000,-14400),(69,1236492000,-10800),
(69,1257051600,-14400),(69,1268546400,-10800),(69,1289106000,-14400),(69,1299996000,-10800),(69,1320555600,-14400),(69,1331445600,-10800),(69,1352005200,-14400),(69,1362895200,-10800),
(69,1383454800,-14400),(69,1394344800,-10800),(69,1414904400,-14400),(69,1425794400,-10800),(69,1446354000,-14400),(69,1457848800,-10800),(69,1478408400,-14400),(69,1489298400,-10800),
(69,1509858000,-14400),(69,1520748000,-10800),(69,1541307600,-14400),(69,1552197600,-10800),(69,1572757200,-14400),(69,1583647200,-10800),(69,1604206800,-14400),(69,1615701600,-10800),
(69,1636261200,-14400),(69,1647151200,-10800),(69,1667710800,-14400),(69,1678600800,-10800),(69,1699160400,-14400),(69,1710050400,-10800),(69,1730610000,-14400),(69,1741500000,-10800),
(69,1762059600,-14400),(69,1772949600,-10800),(69,1793509200,-14400),(69,1805004000,-10800),(69,1825563600,-14400),(69,1836453600,-10800),(69,1857013200,-14400),(69,1867903200,-10800),
(69,1888462800,-14400),(69,1899352800,-10800),(69,1919912400,-14400),(69,1930802400,-10800),(69,1951362000,-14400),(69,1962856800,-10800),(69,1983416400,-14400),(69,1994306400,-10800),
(69,2014866000,-14400),(69,2025756000,-10800),(69,2046315600,-14400),(69,2057205600,-10800),(69,2077765200,-14400),(69,2088655200,-10800),(69,2109214800,-14400),(69,2120104800,-10800),
(69,2140664400,-14400),(69,2152159200,-10800),(69,2172718800,-14400),(69,2183608800,-10800),(69,2204168400,-14400),(69,2215058400,-10800),(69,2235618000,-14400),(69,2246508000,-10800),
(69,2267067600,-14400),(69,2277957600,-10800),(69,2298517200,-14400),(69,2309407200,-10800),(69,2329966800,-14400),(69,2341461600,-10800),(69,2362021200,-14400),(69,2372911200,-10800);
INSERT INTO durable.tz_transitions (rule_id, at_utc, utc_offset) VALUES
(69,2393470800,-14400),(69,2404360800,-10800),(69,2424920400,-14400),(69,2435810400,-10800),(69,2456370000,-14400),(69,2467260000,-10800),(69,2487819600,-14400),(69,2499314400,-10800),
(69,2519874000,-14400),(69,2530764000,-10800),(69,2551323600,-14400),(69,2562213600,-10800),(69,2582773200,-14400),(69,2593663200,-10800),(69,2614222800,-14400),(69,2625112800,-10800),
(69,2645672400,-14400),(69,2656562400,-10800),(69,2677122000,-14400),(69,2688616800,-10800),(69,2709176400,-14400),(69,2720066400,-10800),(69,2740626000,-14400),(69,2751516000,-10800),
(69,2772075600,-14400),(69,2782965600,-10800),(69,2803525200,-14400),(69,2814415200,-10800),(69,2834974800,-14400),(69,2846469600,-10800),(69,2867029200,-14400),(69,2877919200,-10800),
(69,2898478800,-14400),(69,2909368800,-10800),(69,2929928400,-14400),(69,2940818400,-10800),(69,2961378000,-14400),(69,2972268000,-10800),(69,2992827600,-14400),(69,3003717600,-10800),
(69,3024277200,-14400),(69,3035772000,-10800),(69,3056331600,-14400),(69,3067221600,-10800),(69,3087781200,-14400),(69,3098671200,-10800),(69,3119230800,-14400),(69,3130120800,-10800),
(69,3150680400,-14400),(69,3161570400,-10800),(69,3182130000,-14400),(69,3193020000,-10800),(69,3213579600,-14400),(69,3225074400,-10800),(69,3245634000,-14400),(69,3256524000,-10800),
(69,3277083600,-14400),(69,3287973600,-10800),(69,3308533200,-14400),(69,3319423200,-10800),(69,3339982800,-14400),(69,3350872800,-10800),(69,3371432400,-14400),(69,3382927200,-10800),
(69,3403486800,-14400),(69,3414376800,-10800),(69,3434936400,-14400),(69,3445826400,-10800),(69,3466386000,-14400),(69,3477276000,-10800),(69,3497835600,-14400),(69,3508725600,-10800),
(69,3529285200,-14400),(69,3540175200,-10800),(69,3560734800,-14400),(69,3572229600,-10800),(69,3592789200,-14400),(69,3603679200,-10800),(69,3624238800,-14400),(69,3635128800,-10800),
(69,3655688400,-14400),(69,3666578400,-10800),(69,3687138000,-14400),(69,3698028000,-10800),(69,3718587600,-14400),(69,3730082400,-10800),(69,3750642000,-14400),(69,3761532000,-10800),
(69,3782091600,-14400),(69,3792981600,-10800),(69,3813541200,-14400),(69,3824431200,-10800),(69,3844990800,-14400),(69,3855880800,-10800),(69,3876440400,-14400),(69,3887330400,-10800),
(69,3907890000,-14400),(69,3919384800,-10800),(69,3939944400,-14400),(69,3950834400,-10800),(69,3971394000,-14400),(69,3982284000,-10800),(69,4002843600,-14400),(69,4013733600,-10800),
(69,4034293200,-14400),(69,4045183200,-10800),(69,4065742800,-14400),(69,4076632800,-10800),(69,4097192400,-14400),(69,4108687200,-10800),(69,4129246800,-14400),(70,-62135596800,-10800),
(70,323845200,-7200),(70,338950800,-10800),(70,354675600,-7200),(70,370400400,-10800),(70,386125200,-7200),(70,401850000,-10800),(70,417574800,-7200),(70,433299600,-10800),
(70,449024400,-7200),(70,465354000,-10800),(70,481078800,-7200),(70,496803600,-10800),(70,512528400,-7200),(70,528253200,-10800),(70,543978000,-7200),(70,559702800,-10800),
(70,575427600,-7200),(70,591152400,-10800),(70,606877200,-7200),(70,622602000,-10800),(70,638326800,-7200),(70,654656400,-10800),(70,670381200,-7200),(70,686106000,-10800),
(70,701830800,-7200),(70,717555600,-10800),(70,733280400,-7200),(70,749005200,-10800),(70,764730000,-7200),(70,780454800,-10800),(70,796179600,-7200),(70,811904400,-10800),
(70,828234000,-7200),(70,846378000,-10800),(70,859683600,-7200),(70,877827600,-10800),(70,891133200,-7200),(70,909277200,-10800),(70,922582800,-7200),(70,941331600,-10800),
(70,954032400,-7200),(70,972781200,-10800),(70,985482000,-7200),(70,1004230800,-10800),(70,1017536400,-7200),(70,1035680400,-10800),(70,1048986000,-7200),(70,1067130000,-10800),
(70,1080435600,-7200),(70,1099184400,-10800),(70,1111885200,-7200),(70,1130634000,-10800),(70,1143334800,-7200),(70,1162083600,-10800),(70,1174784400,-7200),(70,1193533200,-10800),
(70,1206838800,-7200),(70,1224982800,-10800),(70,1238288400,-7200),(70,1256432400,-10800),(70,1269738000,-7200),(70,1288486800,-10800),(70,1301187600,-7200),(70,1319936400,-10800),
(70,1332637200,-7200),(70,1351386000,-10800),(70,1364691600,-7200),(70,1382835600,-10800),(70,1396141200,-7200),(70,1414285200,-10800),(70,1427590800,-7200),(70,1445734800,-10800),
(70,1459040400,-7200),(70,1477789200,-10800),(70,1490490000,-7200),(70,1509238800,-10800),(70,1521939600,-7200),(70,1540688400,-10800),(70,1553994000,-7200),(70,1572138000,-10800),
(70,1585443600,-7200),(70,1603587600,-10800),(70,1616893200,-7200),(70,1635642000,-10800),(70,1648342800,-7200),(70,1667091600,-10800),(70,1679792400,-7200),(70,1711846800,-3600),
(70,1729990800,-7200),(70,1743296400,-3600),(70,1761440400,-7200),(70,1774746000,-3600),(70,1792890000,-7200),(70,1806195600,-3600),(70,1824944400,-7200),(70,1837645200,-3600),
(70,1856394000,-7200),(70,1869094800,-3600),(70,1887843600,-7200),(70,1901149200,-3600),(70,1919293200,-7200),(70,1932598800,-3600),(70,1950742800,-7200),(70,1964048400,-3600),
(70,1982797200,-7200),(70,1995498000,-3600),(70,2014246800,-7200),(70,2026947600,-3600),(70,2045696400,-7200),(70,2058397200,-3600),(70,2077146000,-7200),(70,2090451600,-3600),
(70,2108595600,-7200),(70,2121901200,-3600),(70,2140045200,-7200),(70,2153350800,-3600),(70,2172099600,-7200),(70,2184800400,-3600),(70,2203549200,-7200),(70,2216250000,-3600),
(70,2234998800,-7200),(70,2248304400,-3600),(70,2266448400,-7200),(70,2279754000,-3600),(70,2297898000,-7200),(70,2311203600,-3600),(70,2329347600,-7200),(70,2342653200,-3600),
(70,2361402000,-7200),(70,2374102800,-3600),(70,2392851600,-7200),(70,2405552400,-3600),(70,2424301200,-7200),(70,2437606800,-3600),(70,2455750800,-7200),(70,2469056400,-3600),
(70,2487200400,-7200),(70,2500506000,-3600),(70,2519254800,-7200),(70,2531955600,-3600),(70,2550704400,-7200),(70,2563405200,-3600),(70,2582154000,-7200),(70,2595459600,-3600),
(70,2613603600,-7200),(70,2626909200,-3600),(70,2645053200,-7200),(70,2658358800,-3600),(70,2676502800,-7200),(70,2689808400,-3600),(70,2708557200,-7200),(70,2721258000,-3600),
(70,2740006800,-7200),(70,2752707600,-3600),(70,2771456400,-7200),(70,2784762000,-3600),(70,2802906000,-7200),(70,2816211600,-3600),(70,2834355600,-7200),(70,2847661200,-3600),
(70,2866410000,-7200),(70,2879110800,-3600),(70,2897859600,-7200),(70,2910560400,-3600),(70,2929309200,-7200),(70,2942010000,-3600),(70,2960758800,-7200),(70,2974064400,-3600),
(70,2992208400,-7200),(70,3005514000,-3600),(70,3023658000,-7200),(70,3036963600,-3600),(70,3055712400,-7200),(70,3068413200,-3600),(70,3087162000,-7200),(70,3099862800,-3600),
(70,3118611600,-7200),(70,3131917200,-3600),(70,3150061200,-7200),(70,3163366800,-3600),(70,3181510800,-7200),(70,3194816400,-3600),(70,3212960400,-7200),(70,3226266000,-3600),
(70,3245014800,-7200),(70,3257715600,-3600),(70,3276464400,-7200),(70,3289165200,-3600),(70,3307914000,-7200),(70,3321219600,-3600),(70,3339363600,-7200),(70,3352669200,-3600),
(70,3370813200,-7200),(70,3384118800,-3600),(70,3402867600,-7200),(70,3415568400,-3600),(70,3434317200,-7200),(70,3447018000,-3600),(70,3465766800,-7200),(70,3479072400,-3600),
(70,3497216400,-7200),(70,3510522000,-3600),(70,3528666000,-7200),(70,3541971600,-3600),(70,3560115600,-7200),(70,3573421200,-3600),(70,3592170000,-7200),(70,3604870800,-3600),
(70,3623619600,-7200),(70,3636320400,-3600),(70,3655069200,-7200),(70,3668374800,-3600),(70,3686518800,-7200),(70,3699824400,-3600),(70,3717968400,-7200),(70,3731274000,-3600),
(70,3750022800,-7200),(70,3762723600,-3600),(70,3781472400,-7200),(70,3794173200,-3600),(70,3812922000,-7200),(70,3825622800,-3600),(70,3844371600,-7200),(70,3857677200,-3600),
(70,3875821200,-7200),(70,3889126800,-3600),(70,3907270800,-7200),(70,3920576400,-3600),(70,3939325200,-7200),(70,3952026000,-3600),(70,3970774800,-7200),(70,3983475600,-3600),
(70,4002224400,-7200),(70,4015530000,-3600),(70,4033674000,-7200),(70,4046979600,-3600),(70,4065123600,-7200),(70,4078429200,-3600),(70,4096573200,-7200),(70,4109878800,-3600),
(70,4128627600,-7200),(71,-62135596800,-14400),(71,9957600,-10800),(71,25678800,-14400),(71,41407200,-10800),(71,57733200,-14400),(71,73461600,-10800),(71,89182800,-14400),
(71,104911200,-10800),(71,120632400,-14400),(71,136360800,-10800),(71,152082000,-14400),(71,167810400,-10800),(71,183531600,-14400),(71,199260000,-10800),(71,215586000,-14400),
(71,230709600,-10800),(71,247035600,-14400),(71,262764000,-10800),(71,278485200,-14400),(71,294213600,-10800),(71,309934800,-14400),(71,325663200,-10800),(71,341384400,-14400),
(71,357112800,-10800),(71,372834000,-14400),(71,388562400,-10800),(71,404888400,-14400),(71,420012000,-10800),(71,436338000,-14400),(71,452066400,-10800),(71,467787600,-14400),
(71,483516000,-10800),(71,499237200,-14400),(71,514965600,-10800),(71,530686800,-14400),(71,544593660,-10800),(71,562129260,-14400),(71,576043260,-7200),(71,594180060,-14400),
(71,607492860,-10800),(71,625633260,-14400),(71,638942460,-10800),(71,657082860,-14400),(71,670996860,-10800),(71,688532460,-14400),(71,702446460,-10800),(71,719982060,-14400),
(71,733896060,-10800),(71,752036460,-14400),(71,765345660,-10800),(71,783486060,-14400),(71,796795260,-10800),(71,814935660,-14400),(71,828849660,-10800),(71,846385260,-14400),
(71,860299260,-10800),(71,877834860,-14400),(71,891748860,-10800),(71,909284460,-14400),(71,923198460,-10800),(71,941338860,-14400),(71,954648060,-10800),(71,972788460,-14400),
(71,986097660,-10800),(71,1004238060,-14400),(71,1018152060,-10800),(71,1035687660,-14400),(71,1049601660,-10800),(71,1067137260,-14400),(71,1081051260,-10800),(71,1099191660,-14400),
(71,1112500860,-10800),(71,1130641260,-14400),(71,1143950460,-10800),(71,1162090860,-14400),(71,1173585660,-10800),(71,1194145260,-14400),(71,1205035260,-10800),(71,1225594860,-14400),
(71,1236484860,-10800),(71,1257044460,-14400),(71,1268539260,-10800),(71,1289098860,-14400),(71,1299988860,-10800),(71,1320555600,-14400),(71,1331445600,-10800),(71,1352005200,-14400),
(71,1362895200,-10800),(71,1383454800,-14400),(71,1394344800,-10800),(71,1414904400,-14400),(71,1425794400,-10800),(71,1446354000,-14400),(71,1457848800,-10800),(71,1478408400,-14400),
(71,1489298400,-10800),(71,1509858000,-14400),(71,1520748000,-10800),(71,1541307600,-14400),(71,1552197600,-10800),(71,1572757200,-14400),(71,1583647200,-10800),(71,1604206800,-14400),
(71,1615701600,-10800),(71,1636261200,-14400),(71,1647151200,-10800),(71,1667710800,-14400),(71,1678600800,-10800),(71,1699160400,-14400),(71,1710050400,-10800),(71,1730610000,-14400),
(71,1741500000,-10800),(71,1762059600,-14400),(71,1772949600,-10800),(71,1793509200,-14400),(71,1805004000,-10800),(71,1825563600,-14400),(71,1836453600,-10800),(71,1857013200,-14400),
(71,1867903200,-10800),(71,1888462800,-14400),(71,1899352800,-10800),(71,1919912400,-14400),(71,1930802400,-10800),(71,1951362000,-14400),(71,1962856800,-10800),(71,1983416400,-14400),
(71,1994306400,-10800),(71,2014866000,-14400),(71,2025756000,-10800),(71,2046315600,-14400),(71,2057205600,-10800),(71,2077765200,-14400),(71,2088655200,-10800),(71,2109214800,-14400),
(71,2120104800,-10800),(71,2140664400,-14400),(71,2152159200,-10800),(71,2172718800,-14400),(71,2183608800,-10800),(71,2204168400,-14400),(71,2215058400,-10800),(71,2235618000,-14400),
(71,2246508000,-10800),(71,2267067600,-14400),(71,2277957600,-10800),(71,2298517200,-14400),(71,2309407200,-10800),(71,2329966800,-14400),(71,2341461600,-10800),(71,2362021200,-14400),
(71,2372911200,-10800),(71,2393470800,-14400),(71,2404360800,-10800),(71,2424920400,-14400),(71,2435810400,-10800),(71,2456370000,-14400),(71,2467260000,-10800),(71,2487819600,-14400),
(71,2499314400,-10800),(71,2519874000,-14400),(71,2530764000,-10800),(71,2551323600,-14400),(71,2562213600,-10800),(71,2582773200,-14400),(71,2593663200,-10800),(71,2614222800,-14400),
(71,2625112800,-10800),(71,2645672400,-14400),(71,2656562400,-10800),(71,2677122000,-14400),(71,2688616800,-10800),(71,2709176400,-14400),(71,2720066400,-10800),(71,2740626000,-14400),
(71,2751516000,-10800),(71,2772075600,-14400),(71,2782965600,-10800),(71,2803525200,-14400),(71,2814415200,-10800),(71,2834974800,-14400),(71,2846469600,-10800),(71,2867029200,-14400),
(71,2877919200,-10800),(71,2898478800,-14400),(71,2909368800,-10800),(71,2929928400,-14400),(71,2940818400,-10800),(71,2961378000,-14400),(71,2972268000,-10800),(71,2992827600,-14400),
(71,3003717600,-10800),(71,3024277200,-14400),(71,3035772000,-10800),(71,3056331600,-14400),(71,3067221600,-10800),(71,3087781200,-14400),(71,3098671200,-10800),(71,3119230800,-14400),
(71,3130120800,-10800),(71,3150680400,-14400),(71,3161570400,-10800),(71,3182130000,-14400),(71,3193020000,-10800),(71,3213579600,-14400),(71,3225074400,-10800),(71,3245634000,-14400),
(71,3256524000,-10800),(71,3277083600,-14400),(71,3287973600,-10800),(71,3308533200,-14400),(71,3319423200,-10800),(71,3339982800,-14400),(71,3350872800,-10800),(71,3371432400,-14400),
(71,3382927200,-10800),(71,3403486800,-14400),(71,3414376800,-10800),(71,3434936400,-14400),(71,3445826400,-10800),(71,3466386000,-14400),(71,3477276000,-10800),(71,3497835600,-14400),
(71,3508725600,-10800),(71,3529285200,-14400),(71,3540175200,-10800),(71,3560734800,-14400),(71,3572229600,-10800),(71,3592789200,-14400),(71,3603679200,-10800),(71,3624238800,-14400),
(71,3635128800,-10800),(71,3655688400,-14400),(71,3666578400,-10800),(71,3687138000,-14400),(71,3698028000,-10800),(71,3718587600,-14400),(71,3730082400,-10800),(71,3750642000,-14400),
(71,3761532000,-10800),(71,3782091600,-14400),(71,3792981600,-10800),(71,3813541200,-14400),(71,3824431200,-10800),(71,3844990800,-14400),(71,3855880800,-10800),(71,3876440400,-14400),
(71,3887330400,-10800),(71,3907890000,-14400),(71,3919384800,-10800),(71,3939944400,-14400),(71,3950834400,-10800),(71,3971394000,-14400),(71,3982284000,-10800),(71,4002843600,-14400),
(71,4013733600,-10800),(71,4034293200,-14400),(71,4045183200,-10800),(71,4065742800,-14400),(71,4076632800,-10800),(71,4097192400,-14400),(71,4108687200,-10800),(71,4129246800,-14400),
(72,-62135596800,-18000),(72,294217200,-14400),(72,309938400,-18000),(72,325666800,-14400),(72,341388000,-18000),(72,357116400,-14400),(72,372837600,-18000),(72,388566000,-14400),
(72,404892000,-18000),(72,420015600,-14400),(72,436341600,-18000),(72,452070000,-14400),(72,467791200,-18000),(72,483519600,-14400),(72,499240800,-18000),(72,514969200,-14400),
(72,530690400,-18000),(72,544604400,-14400),(72,562140000,-18000),(72,576054000,-14400),(72,594194400,-18000),(72,607503600,-14400),(72,625644000,-18000),(72,638953200,-14400),
(72,657093600,-18000),(72,671007600,-14400),(72,688543200,-18000),(72,702457200,-14400),(72,719992800,-18000),(72,733906800,-14400),(72,752047200,-18000),(72,765356400,-14400),
(72,783496800,-18000),(72,796806000,-14400),(72,814946400,-18000),(72,828860400,-14400),(72,846396000,-18000),(72,860310000,-14400),(72,877845600,-18000),(72,891759600,-14400),
(72,909295200,-18000),(72,923209200,-14400),(72,941349600,-18000),(72,954658800,-14400),(72,972799200,-18000),(72,986108400,-14400),(72,1004248800,-18000),(72,1018162800,-14400),
(72,1035698400,-18000),(72,1049612400,-14400),(72,1067148000,-18000),(72,1081062000,-14400),(72,1099202400,-18000),(72,1112511600,-14400),(72,1130652000,-18000),(72,1143961200,-14400),
(72,1162101600,-18000),(72,1173596400,-14400),(72,1194156000,-18000),(72,1205046000,-14400),(72,1225605600,-18000),(72,1236495600,-14400),(72,1257055200,-18000),(72,1268550000,-14400),
(72,1289109600,-18000),(72,1299999600,-14400),(72,1320559200,-18000),(72,1331449200,-14400),(72,1352008800,-18000),(72,1362898800,-14400),(72,1383458400,-18000),(72,1394348400,-14400),
(72,1414908000,-18000),(72,1425798000,-14400),(72,1541311200,-18000),(72,1552201200,-14400),(72,1572760800,-18000),(72,1583650800,-14400),(72,1604210400,-18000),(72,1615705200,-14400),
(72,1636264800,-18000),(72,1647154800,-14400),(72,1667714400,-18000),(72,1678604400,-14400),(72,1699164000,-18000),(72,1710054000,-14400),(72,1730613600,-18000),(72,1741503600,-14400),
(72,1762063200,-18000),(72,1772953200,-14400),(72,1793512800,-18000),(72,1805007600,-14400),(72,1825567200,-18000),(72,1836457200,-14400),(72,1857016800,-18000),(72,1867906800,-14400),
(72,1888466400,-18000),(72,1899356400,-14400),(72,1919916000,-18000),(72,1930806000,-14400),(72,1951365600,-18000),(72,1962860400,-14400),(72,1983420000,-18000),(72,1994310000,-14400),
(72,2014869600,-18000),(72,2025759600,-14400),(72,2046319200,-18000),(72,2057209200,-14400),(72,2077768800,-18000),(72,2088658800,-14400),(72,2109218400,-18000),(72,2120108400,-14400),
(72,2140668000,-18000),(72,2152162800,-14400),(72,2172722400,-18000),(72,2183612400,-14400),(72,2204172000,-18000),(72,2215062000,-14400),(72,2235621600,-18000),(72,2246511600,-14400),
(72,2267071200,-18000),(72,2277961200,-14400),(72,2298520800,-18000),(72,2309410800,-14400),(72,2329970400,-18000),(72,2341465200,-14400),(72,2362024800,-18000),(72,2372914800,-14400),
(72,2393474400,-18000),(72,2404364400,-14400),(72,2424924000,-18000),(72,2435814000,-14400),(72,2456373600,-18000),(72,2467263600,-14400),(72,2487823200,-18000),(72,2499318000,-14400),
(72,2519877600,-18000),(72,2530767600,-14400),(72,2551327200,-18000),(72,2562217200,-14400),(72,2582776800,-18000),(72,2593666800,-14400),(72,2614226400,-18000),(72,2625116400,-14400),
(72,2645676000,-18000),(72,2656566000,-14400),(72,2677125600,-18000),(72,2688620400,-14400),(72,2709180000,-18000),(72,2720070000,-14400),(72,2740629600,-18000),(72,2751519600,-14400),
(72,2772079200,-18000),(72,2782969200,-14400),(72,2803528800,-18000),(72,2814418800,-14400),(72,2834978400,-18000),(72,2846473200,-14400),(72,2867032800,-18000),(72,2877922800,-14400),
(72,2898482400,-18000),(72,2909372400,-14400),(72,2929932000,-18000),(72,2940822000,-14400),(72,2961381600,-18000),(72,2972271600,-14400),(72,2992831200,-18000),(72,3003721200,-14400),
(72,3024280800,-18000),(72,3035775600,-14400),(72,3056335200,-18000),(72,3067225200,-14400),(72,3087784800,-18000),(72,3098674800,-14400),(72,3119234400,-18000),(72,3130124400,-14400),
(72,3150684000,-18000),(72,3161574000,-14400),(72,3182133600,-18000),(72,3193023600,-14400),(72,3213583200,-18000),(72,3225078000,-14400),(72,3245637600,-18000),(72,3256527600,-14400),
(72,3277087200,-18000),(72,3287977200,-14400),(72,3308536800,-18000),(72,3319426800,-14400),(72,3339986400,-18000),(72,3350876400,-14400),(72,3371436000,-18000),(72,3382930800,-14400),
(72,3403490400,-18000),(72,3414380400,-14400),(72,3434940000,-18000),(72,3445830000,-14400),(72,3466389600,-18000),(72,3477279600,-14400),(72,3497839200,-18000),(72,3508729200,-14400),
(72,3529288800,-18000),(72,3540178800,-14400),(72,3560738400,-18000),(72,3572233200,-14400),(72,3592792800,-18000),(72,3603682800,-14400),(72,3624242400,-18000),(72,3635132400,-14400),
(72,3655692000,-18000),(72,3666582000,-14400),(72,3687141600,-18000),(72,3698031600,-14400),(72,3718591200,-18000),(72,3730086000,-14400),(72,3750645600,-18000),(72,3761535600,-14400),
(72,3782095200,-18000),(72,3792985200,-14400),(72,3813544800,-18000),(72,3824434800,-14400),(72,3844994400,-18000),(72,3855884400,-14400),(72,3876444000,-18000),(72,3887334000,-14400),
(72,3907893600,-18000),(72,3919388400,-14400),(72,3939948000,-18000),(72,3950838000,-14400),(72,3971397600,-18000),(72,3982287600,-14400),(72,4002847200,-18000),(72,4013737200,-14400),
(72,4034296800,-18000),(72,4045186800,-14400),(72,4065746400,-18000),(72,4076636400,-14400),(72,4097196000,-18000),(72,4108690800,-14400),(72,4129250400,-18000),(73,-62135596800,-21600),
(73,123055200,-18000),(73,130914000,-21600),(73,422344800,-18000),(73,433054800,-21600),(73,669708000,-18000),(73,684219600,-21600),(73,1146376800,-18000),(73,1159678800,-21600),
(74,-62135596800,-18000),(74,722926800,-14400),(74,728884800,-18000),(75,-62135596800,-13500),(75,176096700,-10800),(75,701841600,-14400),(76,-62135596800,-14400),(76,9957600,-10800),
(76,25678800,-14400),(76,41407200,-10800),(76,57733200,-14400),(76,73461600,-10800),(76,89182800,-14400),(76,104911200,-10800),(76,120632400,-14400),(76,136360800,-10800),
(76,152082000,-14400),(76,167810400,-10800),(76,183531600,-14400),(76,199260000,-10800),(76,215586000,-14400),(76,230709600,-10800),(76,247035600,-14400),(76,262764000,-10800),
(76,278485200,-14400),(76,294213600,-10800),(76,309934800,-14400),(76,325663200,-10800),(76,341384400,-14400),(76,357112800,-10800),(76,372834000,-14400),(76,388562400,-10800),
(76,404888400,-14400),(76,420012000,-10800),(76,436338000,-14400),(76,452066400,-10800),(76,467787600,-14400),(76,483516000,-10800),(76,499237200,-14400),(76,514965600,-10800),
(76,530686800,-14400),(76,544600800,-10800),(76,562136400,-14400),(76,576050400,-10800),(76,594190800,-14400),(76,607500000,-10800),(76,625640400,-14400),(76,638949600,-10800),
(76,657090000,-14400),(76,671004000,-10800),(76,688539600,-14400),(76,702453600,-10800),(76,719989200,-14400),(76,733903200,-10800),(76,752043600,-14400),(76,765352800,-10800),
(76,783493200,-14400),(76,796802400,-10800),(76,814942800,-14400),(76,828856800,-10800),(76,846392400,-14400),(76,860306400,-10800),(76,877842000,-14400),(76,891756000,-10800),
(76,909291600,-14400),(76,923205600,-10800),(76,941346000,-14400),(76,954655200,-10800),(76,972795600,-14400),(76,986104800,-10800),(76,1004245200,-14400),(76,1018159200,-10800),
(76,1035694800,-14400),(76,1049608800,-10800),(76,1067144400,-14400),(76,1081058400,-10800),(76,1099198800,-14400),(76,1112508000,-10800),(76,1130648400,-14400),(76,1143957600,-10800),
(76,1162098000,-14400),(76,1173592800,-10800),(76,1194152400,-14400),(76,1205042400,-10800),(76,1225602000,-14400),(76,1236492000,-10800),(76,1257051600,-14400),(76,1268546400,-10800),
(76,1289106000,-14400),(76,1299996000,-10800),(76,1320555600,-14400),(76,1331445600,-10800),(76,1352005200,-14400),(76,1362895200,-10800),(76,1383454800,-14400),(76,1394344800,-10800),
(76,1414904400,-14400),(76,1425794400,-10800),(76,1446354000,-14400),(76,1457848800,-10800),(76,1478408400,-14400),(76,1489298400,-10800),(76,1509858000,-14400),(76,1520748000,-10800),
(76,1541307600,-14400),(76,1552197600,-10800),(76,1572757200,-14400),(76,1583647200,-10800),(76,1604206800,-14400),(76,1615701600,-10800),(76,1636261200,-14400),(76,1647151200,-10800),
(76,1667710800,-14400),(76,1678600800,-10800),(76,1699160400,-14400),(76,1710050400,-10800),(76,1730610000,-14400),(76,1741500000,-10800),(76,1762059600,-14400),(76,1772949600,-10800),
(76,1793509200,-14400),(76,1805004000,-10800),(76,1825563600,-14400),(76,1836453600,-10800),(76,1857013200,-14400),(76,1867903200,-10800),(76,1888462800,-14400),(76,1899352800,-10800),
(76,1919912400,-14400),(76,1930802400,-10800),(76,1951362000,-14400),(76,1962856800,-10800),(76,1983416400,-14400),(76,1994306400,-10800),(76,2014866000,-14400),(76,2025756000,-10800);
INSERT INTO durable.tz_transitions (rule_id, at_utc, utc_offset) VALUES
(76,2046315600,-14400),(76,2057205600,-10800),(76,2077765200,-14400),(76,2088655200,-10800),(76,2109214800,-14400),(76,2120104800,-10800),(76,2140664400,-14400),(76,2152159200,-10800),
(76,2172718800,-14400),(76,2183608800,-10800),(76,2204168400,-14400),(76,2215058400,-10800),(76,2235618000,-14400),(76,2246508000,-10800),(76,2267067600,-14400),(76,2277957600,-10800),
(76,2298517200,-14400),(76,2309407200,-10800),(76,2329966800,-14400),(76,2341461600,-10800),(76,2362021200,-14400),(76,2372911200,-10800),(76,2393470800,-14400),(76,2404360800,-10800),
(76,2424920400,-14400),(76,2435810400,-10800),(76,2456370000,-14400),(76,2467260000,-10800),(76,2487819600,-14400),(76,2499314400,-10800),(76,2519874000,-14400),(76,2530764000,-10800),
(76,2551323600,-14400),(76,2562213600,-10800),(76,2582773200,-14400),(76,2593663200,-10800),(76,2614222800,-14400),(76,2625112800,-10800),(76,2645672400,-14400),(76,2656562400,-10800),
(76,2677122000,-14400),(76,2688616800,-10800),(76,2709176400,-14400),(76,2720066400,-10800),(76,2740626000,-14400),(76,2751516000,-10800),(76,2772075600,-14400),(76,2782965600,-10800),
(76,2803525200,-14400),(76,2814415200,-10800),(76,2834974800,-14400),(76,2846469600,-10800),(76,2867029200,-14400),(76,2877919200,-10800),(76,2898478800,-14400),(76,2909368800,-10800),
(76,2929928400,-14400),(76,2940818400,-10800),(76,2961378000,-14400),(76,2972268000,-10800),(76,2992827600,-14400),(76,3003717600,-10800),(76,3024277200,-14400),(76,3035772000,-10800),
(76,3056331600,-14400),(76,3067221600,-10800),(76,3087781200,-14400),(76,3098671200,-10800),(76,3119230800,-14400),(76,3130120800,-10800),(76,3150680400,-14400),(76,3161570400,-10800),
(76,3182130000,-14400),(76,3193020000,-10800),(76,3213579600,-14400),(76,3225074400,-10800),(76,3245634000,-14400),(76,3256524000,-10800),(76,3277083600,-14400),(76,3287973600,-10800),
(76,3308533200,-14400),(76,3319423200,-10800),(76,3339982800,-14400),(76,3350872800,-10800),(76,3371432400,-14400),(76,3382927200,-10800),(76,3403486800,-14400),(76,3414376800,-10800),
(76,3434936400,-14400),(76,3445826400,-10800),(76,3466386000,-14400),(76,3477276000,-10800),(76,3497835600,-14400),(76,3508725600,-10800),(76,3529285200,-14400),(76,3540175200,-10800),
(76,3560734800,-14400),(76,3572229600,-10800),(76,3592789200,-14400),(76,3603679200,-10800),(76,3624238800,-14400),(76,3635128800,-10800),(76,3655688400,-14400),(76,3666578400,-10800),
(76,3687138000,-14400),(76,3698028000,-10800),(76,3718587600,-14400),(76,3730082400,-10800),(76,3750642000,-14400),(76,3761532000,-10800),(76,3782091600,-14400),(76,3792981600,-10800),
(76,3813541200,-14400),(76,3824431200,-10800),(76,3844990800,-14400),(76,3855880800,-10800),(76,3876440400,-14400),(76,3887330400,-10800),(76,3907890000,-14400),(76,3919384800,-10800),
(76,3939944400,-14400),(76,3950834400,-10800),(76,3971394000,-14400),(76,3982284000,-10800),(76,4002843600,-14400),(76,4013733600,-10800),(76,4034293200,-14400),(76,4045183200,-10800),
(76,4065742800,-14400),(76,4076632800,-10800),(76,4097192400,-14400),(76,4108687200,-10800),(76,4129246800,-14400),(77,-62135596800,-18000),(77,9954000,-14400),(77,25675200,-18000),
(77,41403600,-14400),(77,57729600,-18000),(77,73458000,-14400),(77,87364800,-18000),(77,104907600,-14400),(77,118900800,-18000),(77,136357200,-14400),(77,150436800,-18000),
(77,167806800,-14400),(77,183528000,-18000),(77,199256400,-14400),(77,215582400,-18000),(77,230706000,-14400),(77,247032000,-18000),(77,263365200,-14400),(77,276667200,-18000),
(77,290581200,-14400),(77,308721600,-18000),(77,322030800,-14400),(77,340171200,-18000),(77,358318800,-14400),(77,371620800,-18000),(77,389768400,-14400),(77,403070400,-18000),
(77,421218000,-14400),(77,434520000,-18000),(77,452667600,-14400),(77,466574400,-18000),(77,484117200,-14400),(77,498024000,-18000),(77,511333200,-14400),(77,529473600,-18000),
(77,542782800,-14400),(77,560923200,-18000),(77,574837200,-14400),(77,592372800,-18000),(77,606286800,-14400),(77,623822400,-18000),(77,638946000,-14400),(77,655876800,-18000),
(77,671000400,-14400),(77,687330000,-18000),(77,702450000,-14400),(77,718779600,-18000),(77,733899600,-14400),(77,750229200,-18000),(77,765349200,-14400),(77,781678800,-18000),
(77,796798800,-14400),(77,813128400,-18000),(77,828853200,-14400),(77,844578000,-18000),(77,860302800,-14400),(77,876632400,-18000),(77,891147600,-14400),(77,909291600,-18000),
(77,922597200,-14400),(77,941346000,-18000),(77,954651600,-14400),(77,972795600,-18000),(77,986101200,-14400),(77,1004245200,-18000),(77,1018155600,-14400),(77,1035694800,-18000),
(77,1049605200,-14400),(77,1067144400,-18000),(77,1080450000,-14400),(77,1162098000,-18000),(77,1173589200,-14400),(77,1193547600,-18000),(77,1205643600,-14400),(77,1224997200,-18000),
(77,1236488400,-14400),(77,1256446800,-18000),(77,1268542800,-14400),(77,1288501200,-18000),(77,1300597200,-14400),(77,1321160400,-18000),(77,1333256400,-14400),(77,1352005200,-18000),
(77,1362891600,-14400),(77,1383454800,-18000),(77,1394341200,-14400),(77,1414904400,-18000),(77,1425790800,-14400),(77,1446354000,-18000),(77,1457845200,-14400),(77,1478408400,-18000),
(77,1489294800,-14400),(77,1509858000,-18000),(77,1520744400,-14400),(77,1541307600,-18000),(77,1552194000,-14400),(77,1572757200,-18000),(77,1583643600,-14400),(77,1604206800,-18000),
(77,1615698000,-14400),(77,1636261200,-18000),(77,1647147600,-14400),(77,1667710800,-18000),(77,1678597200,-14400),(77,1699160400,-18000),(77,1710046800,-14400),(77,1730610000,-18000),
(77,1741496400,-14400),(77,1762059600,-18000),(77,1772946000,-14400),(77,1793509200,-18000),(77,1805000400,-14400),(77,1825563600,-18000),(77,1836450000,-14400),(77,1857013200,-18000),
(77,1867899600,-14400),(77,1888462800,-18000),(77,1899349200,-14400),(77,1919912400,-18000),(77,1930798800,-14400),(77,1951362000,-18000),(77,1962853200,-14400),(77,1983416400,-18000),
(77,1994302800,-14400),(77,2014866000,-18000),(77,2025752400,-14400),(77,2046315600,-18000),(77,2057202000,-14400),(77,2077765200,-18000),(77,2088651600,-14400),(77,2109214800,-18000),
(77,2120101200,-14400),(77,2140664400,-18000),(77,2152155600,-14400),(77,2172718800,-18000),(77,2183605200,-14400),(77,2204168400,-18000),(77,2215054800,-14400),(77,2235618000,-18000),
(77,2246504400,-14400),(77,2267067600,-18000),(77,2277954000,-14400),(77,2298517200,-18000),(77,2309403600,-14400),(77,2329966800,-18000),(77,2341458000,-14400),(77,2362021200,-18000),
(77,2372907600,-14400),(77,2393470800,-18000),(77,2404357200,-14400),(77,2424920400,-18000),(77,2435806800,-14400),(77,2456370000,-18000),(77,2467256400,-14400),(77,2487819600,-18000),
(77,2499310800,-14400),(77,2519874000,-18000),(77,2530760400,-14400),(77,2551323600,-18000),(77,2562210000,-14400),(77,2582773200,-18000),(77,2593659600,-14400),(77,2614222800,-18000),
(77,2625109200,-14400),(77,2645672400,-18000),(77,2656558800,-14400),(77,2677122000,-18000),(77,2688613200,-14400),(77,2709176400,-18000),(77,2720062800,-14400),(77,2740626000,-18000),
(77,2751512400,-14400),(77,2772075600,-18000),(77,2782962000,-14400),(77,2803525200,-18000),(77,2814411600,-14400),(77,2834974800,-18000),(77,2846466000,-14400),(77,2867029200,-18000),
(77,2877915600,-14400),(77,2898478800,-18000),(77,2909365200,-14400),(77,2929928400,-18000),(77,2940814800,-14400),(77,2961378000,-18000),(77,2972264400,-14400),(77,2992827600,-18000),
(77,3003714000,-14400),(77,3024277200,-18000),(77,3035768400,-14400),(77,3056331600,-18000),(77,3067218000,-14400),(77,3087781200,-18000),(77,3098667600,-14400),(77,3119230800,-18000),
(77,3130117200,-14400),(77,3150680400,-18000),(77,3161566800,-14400),(77,3182130000,-18000),(77,3193016400,-14400),(77,3213579600,-18000),(77,3225070800,-14400),(77,3245634000,-18000),
(77,3256520400,-14400),(77,3277083600,-18000),(77,3287970000,-14400),(77,3308533200,-18000),(77,3319419600,-14400),(77,3339982800,-18000),(77,3350869200,-14400),(77,3371432400,-18000),
(77,3382923600,-14400),(77,3403486800,-18000),(77,3414373200,-14400),(77,3434936400,-18000),(77,3445822800,-14400),(77,3466386000,-18000),(77,3477272400,-14400),(77,3497835600,-18000),
(77,3508722000,-14400),(77,3529285200,-18000),(77,3540171600,-14400),(77,3560734800,-18000),(77,3572226000,-14400),(77,3592789200,-18000),(77,3603675600,-14400),(77,3624238800,-18000),
(77,3635125200,-14400),(77,3655688400,-18000),(77,3666574800,-14400),(77,3687138000,-18000),(77,3698024400,-14400),(77,3718587600,-18000),(77,3730078800,-14400),(77,3750642000,-18000),
(77,3761528400,-14400),(77,3782091600,-18000),(77,3792978000,-14400),(77,3813541200,-18000),(77,3824427600,-14400),(77,3844990800,-18000),(77,3855877200,-14400),(77,3876440400,-18000),
(77,3887326800,-14400),(77,3907890000,-18000),(77,3919381200,-14400),(77,3939944400,-18000),(77,3950830800,-14400),(77,3971394000,-18000),(77,3982280400,-14400),(77,4002843600,-18000),
(77,4013730000,-14400),(77,4034293200,-18000),(77,4045179600,-14400),(77,4065742800,-18000),(77,4076629200,-14400),(77,4097192400,-18000),(77,4108683600,-14400),(77,4129246800,-18000),
(78,-62135596800,-25200),(78,828867600,-21600),(78,846403200,-25200),(78,860317200,-21600),(78,877852800,-25200),(78,891766800,-21600),(78,909302400,-25200),(79,-62135596800,-21600),
(79,9964800,-18000),(79,25686000,-21600),(79,41414400,-18000),(79,57740400,-21600),(79,73468800,-18000),(79,89190000,-21600),(79,104918400,-18000),(79,120639600,-21600),
(79,126691200,-18000),(79,152089200,-21600),(79,162374400,-18000),(79,183538800,-21600),(79,199267200,-18000),(79,215593200,-21600),(79,230716800,-18000),(79,247042800,-21600),
(79,262771200,-18000),(79,278492400,-21600),(79,294220800,-18000),(79,309942000,-21600),(79,325670400,-18000),(79,341391600,-21600),(79,357120000,-18000),(79,372841200,-21600),
(79,388569600,-18000),(79,404895600,-21600),(79,420019200,-18000),(79,436345200,-21600),(79,452073600,-18000),(79,467794800,-21600),(79,483523200,-18000),(79,499244400,-21600),
(79,514972800,-18000),(79,530694000,-21600),(79,544608000,-18000),(79,562143600,-21600),(79,576057600,-18000),(79,594198000,-21600),(79,607507200,-18000),(79,625647600,-21600),
(79,638956800,-18000),(79,657097200,-21600),(79,671011200,-18000),(79,1162105200,-21600),(79,1173600000,-18000),(79,1194159600,-21600),(79,1205049600,-18000),(79,1225609200,-21600),
(79,1236499200,-18000),(79,1257058800,-21600),(79,1268553600,-18000),(79,1289113200,-21600),(79,1300003200,-18000),(79,1320562800,-21600),(79,1331452800,-18000),(79,1352012400,-21600),
(79,1362902400,-18000),(79,1383462000,-21600),(79,1394352000,-18000),(79,1414911600,-21600),(79,1425801600,-18000),(79,1446361200,-21600),(79,1457856000,-18000),(79,1478415600,-21600),
(79,1489305600,-18000),(79,1509865200,-21600),(79,1520755200,-18000),(79,1541314800,-21600),(79,1552204800,-18000),(79,1572764400,-21600),(79,1583654400,-18000),(79,1604214000,-21600),
(79,1615708800,-18000),(79,1636268400,-21600),(79,1647158400,-18000),(79,1667718000,-21600),(79,1678608000,-18000),(79,1699167600,-21600),(79,1710057600,-18000),(79,1730617200,-21600),
(79,1741507200,-18000),(79,1762066800,-21600),(79,1772956800,-18000),(79,1793516400,-21600),(79,1805011200,-18000),(79,1825570800,-21600),(79,1836460800,-18000),(79,1857020400,-21600),
(79,1867910400,-18000),(79,1888470000,-21600),(79,1899360000,-18000),(79,1919919600,-21600),(79,1930809600,-18000),(79,1951369200,-21600),(79,1962864000,-18000),(79,1983423600,-21600),
(79,1994313600,-18000),(79,2014873200,-21600),(79,2025763200,-18000),(79,2046322800,-21600),(79,2057212800,-18000),(79,2077772400,-21600),(79,2088662400,-18000),(79,2109222000,-21600),
(79,2120112000,-18000),(79,2140671600,-21600),(79,2152166400,-18000),(79,2172726000,-21600),(79,2183616000,-18000),(79,2204175600,-21600),(79,2215065600,-18000),(79,2235625200,-21600),
(79,2246515200,-18000),(79,2267074800,-21600),(79,2277964800,-18000),(79,2298524400,-21600),(79,2309414400,-18000),(79,2329974000,-21600),(79,2341468800,-18000),(79,2362028400,-21600),
(79,2372918400,-18000),(79,2393478000,-21600),(79,2404368000,-18000),(79,2424927600,-21600),(79,2435817600,-18000),(79,2456377200,-21600),(79,2467267200,-18000),(79,2487826800,-21600),
(79,2499321600,-18000),(79,2519881200,-21600),(79,2530771200,-18000),(79,2551330800,-21600),(79,2562220800,-18000),(79,2582780400,-21600),(79,2593670400,-18000),(79,2614230000,-21600),
(79,2625120000,-18000),(79,2645679600,-21600),(79,2656569600,-18000),(79,2677129200,-21600),(79,2688624000,-18000),(79,2709183600,-21600),(79,2720073600,-18000),(79,2740633200,-21600),
(79,2751523200,-18000),(79,2772082800,-21600),(79,2782972800,-18000),(79,2803532400,-21600),(79,2814422400,-18000),(79,2834982000,-21600),(79,2846476800,-18000),(79,2867036400,-21600),
(79,2877926400,-18000),(79,2898486000,-21600),(79,2909376000,-18000),(79,2929935600,-21600),(79,2940825600,-18000),(79,2961385200,-21600),(79,2972275200,-18000),(79,2992834800,-21600),
(79,3003724800,-18000),(79,3024284400,-21600),(79,3035779200,-18000),(79,3056338800,-21600),(79,3067228800,-18000),(79,3087788400,-21600),(79,3098678400,-18000),(79,3119238000,-21600),
(79,3130128000,-18000),(79,3150687600,-21600),(79,3161577600,-18000),(79,3182137200,-21600),(79,3193027200,-18000),(79,3213586800,-21600),(79,3225081600,-18000),(79,3245641200,-21600),
(79,3256531200,-18000),(79,3277090800,-21600),(79,3287980800,-18000),(79,3308540400,-21600),(79,3319430400,-18000),(79,3339990000,-21600),(79,3350880000,-18000),(79,3371439600,-21600),
(79,3382934400,-18000),(79,3403494000,-21600),(79,3414384000,-18000),(79,3434943600,-21600),(79,3445833600,-18000),(79,3466393200,-21600),(79,3477283200,-18000),(79,3497842800,-21600),
(79,3508732800,-18000),(79,3529292400,-21600),(79,3540182400,-18000),(79,3560742000,-21600),(79,3572236800,-18000),(79,3592796400,-21600),(79,3603686400,-18000),(79,3624246000,-21600),
(79,3635136000,-18000),(79,3655695600,-21600),(79,3666585600,-18000),(79,3687145200,-21600),(79,3698035200,-18000),(79,3718594800,-21600),(79,3730089600,-18000),(79,3750649200,-21600),
(79,3761539200,-18000),(79,3782098800,-21600),(79,3792988800,-18000),(79,3813548400,-21600),(79,3824438400,-18000),(79,3844998000,-21600),(79,3855888000,-18000),(79,3876447600,-21600),
(79,3887337600,-18000),(79,3907897200,-21600),(79,3919392000,-18000),(79,3939951600,-21600),(79,3950841600,-18000),(79,3971401200,-21600),(79,3982291200,-18000),(79,4002850800,-21600),
(79,4013740800,-18000),(79,4034300400,-21600),(79,4045190400,-18000),(79,4065750000,-21600),(79,4076640000,-18000),(79,4097199600,-21600),(79,4108694400,-18000),(79,4129254000,-21600),
(80,-62135596800,-18000),(80,9961200,-14400),(80,25682400,-18000),(80,41410800,-14400),(80,57736800,-18000),(80,73465200,-14400),(80,89186400,-18000),(80,104914800,-14400),
(80,120636000,-18000),(80,162370800,-14400),(80,183535200,-18000),(80,1143961200,-14400),(80,1162101600,-18000),(80,1173596400,-14400),(80,1194156000,-18000),(80,1205046000,-14400),
(80,1225605600,-18000),(80,1236495600,-14400),(80,1257055200,-18000),(80,1268550000,-14400),(80,1289109600,-18000),(80,1299999600,-14400),(80,1320559200,-18000),(80,1331449200,-14400),
(80,1352008800,-18000),(80,1362898800,-14400),(80,1383458400,-18000),(80,1394348400,-14400),(80,1414908000,-18000),(80,1425798000,-14400),(80,1446357600,-18000),(80,1457852400,-14400),
(80,1478412000,-18000),(80,1489302000,-14400),(80,1509861600,-18000),(80,1520751600,-14400),(80,1541311200,-18000),(80,1552201200,-14400),(80,1572760800,-18000),(80,1583650800,-14400),
(80,1604210400,-18000),(80,1615705200,-14400),(80,1636264800,-18000),(80,1647154800,-14400),(80,1667714400,-18000),(80,1678604400,-14400),(80,1699164000,-18000),(80,1710054000,-14400),
(80,1730613600,-18000),(80,1741503600,-14400),(80,1762063200,-18000),(80,1772953200,-14400),(80,1793512800,-18000),(80,1805007600,-14400),(80,1825567200,-18000),(80,1836457200,-14400),
(80,1857016800,-18000),(80,1867906800,-14400),(80,1888466400,-18000),(80,1899356400,-14400),(80,1919916000,-18000),(80,1930806000,-14400),(80,1951365600,-18000),(80,1962860400,-14400),
(80,1983420000,-18000),(80,1994310000,-14400),(80,2014869600,-18000),(80,2025759600,-14400),(80,2046319200,-18000),(80,2057209200,-14400),(80,2077768800,-18000),(80,2088658800,-14400),
(80,2109218400,-18000),(80,2120108400,-14400),(80,2140668000,-18000),(80,2152162800,-14400),(80,2172722400,-18000),(80,2183612400,-14400),(80,2204172000,-18000),(80,2215062000,-14400),
(80,2235621600,-18000),(80,2246511600,-14400),(80,2267071200,-18000),(80,2277961200,-14400),(80,2298520800,-18000),(80,2309410800,-14400),(80,2329970400,-18000),(80,2341465200,-14400),
(80,2362024800,-18000),(80,2372914800,-14400),(80,2393474400,-18000),(80,2404364400,-14400),(80,2424924000,-18000),(80,2435814000,-14400),(80,2456373600,-18000),(80,2467263600,-14400),
(80,2487823200,-18000),(80,2499318000,-14400),(80,2519877600,-18000),(80,2530767600,-14400),(80,2551327200,-18000),(80,2562217200,-14400),(80,2582776800,-18000),(80,2593666800,-14400),
(80,2614226400,-18000),(80,2625116400,-14400),(80,2645676000,-18000),(80,2656566000,-14400),(80,2677125600,-18000),(80,2688620400,-14400),(80,2709180000,-18000),(80,2720070000,-14400),
(80,2740629600,-18000),(80,2751519600,-14400),(80,2772079200,-18000),(80,2782969200,-14400),(80,2803528800,-18000),(80,2814418800,-14400),(80,2834978400,-18000),(80,2846473200,-14400),
(80,2867032800,-18000),(80,2877922800,-14400),(80,2898482400,-18000),(80,2909372400,-14400),(80,2929932000,-18000),(80,2940822000,-14400),(80,2961381600,-18000),(80,2972271600,-14400),
(80,2992831200,-18000),(80,3003721200,-14400),(80,3024280800,-18000),(80,3035775600,-14400),(80,3056335200,-18000),(80,3067225200,-14400),(80,3087784800,-18000),(80,3098674800,-14400),
(80,3119234400,-18000),(80,3130124400,-14400),(80,3150684000,-18000),(80,3161574000,-14400),(80,3182133600,-18000),(80,3193023600,-14400),(80,3213583200,-18000),(80,3225078000,-14400),
(80,3245637600,-18000),(80,3256527600,-14400),(80,3277087200,-18000),(80,3287977200,-14400),(80,3308536800,-18000),(80,3319426800,-14400),(80,3339986400,-18000),(80,3350876400,-14400),
(80,3371436000,-18000),(80,3382930800,-14400),(80,3403490400,-18000),(80,3414380400,-14400),(80,3434940000,-18000),(80,3445830000,-14400),(80,3466389600,-18000),(80,3477279600,-14400),
(80,3497839200,-18000),(80,3508729200,-14400),(80,3529288800,-18000),(80,3540178800,-14400),(80,3560738400,-18000),(80,3572233200,-14400),(80,3592792800,-18000),(80,3603682800,-14400),
(80,3624242400,-18000),(80,3635132400,-14400),(80,3655692000,-18000),(80,3666582000,-14400),(80,3687141600,-18000),(80,3698031600,-14400),(80,3718591200,-18000),(80,3730086000,-14400),
(80,3750645600,-18000),(80,3761535600,-14400),(80,3782095200,-18000),(80,3792985200,-14400),(80,3813544800,-18000),(80,3824434800,-14400),(80,3844994400,-18000),(80,3855884400,-14400),
(80,3876444000,-18000),(80,3887334000,-14400),(80,3907893600,-18000),(80,3919388400,-14400),(80,3939948000,-18000),(80,3950838000,-14400),(80,3971397600,-18000),(80,3982287600,-14400),
(80,4002847200,-18000),(80,4013737200,-14400),(80,4034296800,-18000),(80,4045186800,-14400),(80,4065746400,-18000),(80,4076636400,-14400),(80,4097196000,-18000),(80,4108690800,-14400),
(80,4129250400,-18000),(81,-62135596800,-21600),(81,9964800,-18000),(81,25686000,-21600),(81,41414400,-18000),(81,57740400,-21600),(81,73468800,-18000),(81,89190000,-21600),
(81,104918400,-18000),(81,120639600,-21600),(81,126691200,-18000),(81,152089200,-21600),(81,162374400,-18000),(81,183538800,-21600),(81,199267200,-18000),(81,215593200,-21600),
(81,230716800,-18000),(81,1162105200,-21600),(81,1173600000,-18000),(81,1205046000,-14400),(81,1225605600,-18000),(81,1236495600,-14400),(81,1257055200,-18000),(81,1268550000,-14400),
(81,1289109600,-18000),(81,1299999600,-14400),(81,1320559200,-18000),(81,1331449200,-14400),(81,1352008800,-18000),(81,1362898800,-14400),(81,1383458400,-18000),(81,1394348400,-14400),
(81,1414908000,-18000),(81,1425798000,-14400),(81,1446357600,-18000),(81,1457852400,-14400),(81,1478412000,-18000),(81,1489302000,-14400),(81,1509861600,-18000),(81,1520751600,-14400),
(81,1541311200,-18000),(81,1552201200,-14400),(81,1572760800,-18000),(81,1583650800,-14400),(81,1604210400,-18000),(81,1615705200,-14400),(81,1636264800,-18000),(81,1647154800,-14400),
(81,1667714400,-18000),(81,1678604400,-14400),(81,1699164000,-18000),(81,1710054000,-14400),(81,1730613600,-18000),(81,1741503600,-14400),(81,1762063200,-18000),(81,1772953200,-14400),
(81,1793512800,-18000),(81,1805007600,-14400),(81,1825567200,-18000),(81,1836457200,-14400),(81,1857016800,-18000),(81,1867906800,-14400),(81,1888466400,-18000),(81,1899356400,-14400),
(81,1919916000,-18000),(81,1930806000,-14400),(81,1951365600,-18000),(81,1962860400,-14400),(81,1983420000,-18000),(81,1994310000,-14400),(81,2014869600,-18000),(81,2025759600,-14400),
(81,2046319200,-18000),(81,2057209200,-14400),(81,2077768800,-18000),(81,2088658800,-14400),(81,2109218400,-18000),(81,2120108400,-14400),(81,2140668000,-18000),(81,2152162800,-14400),
(81,2172722400,-18000),(81,2183612400,-14400),(81,2204172000,-18000),(81,2215062000,-14400),(81,2235621600,-18000),(81,2246511600,-14400),(81,2267071200,-18000),(81,2277961200,-14400),
(81,2298520800,-18000),(81,2309410800,-14400),(81,2329970400,-18000),(81,2341465200,-14400),(81,2362024800,-18000),(81,2372914800,-14400),(81,2393474400,-18000),(81,2404364400,-14400),
(81,2424924000,-18000),(81,2435814000,-14400),(81,2456373600,-18000),(81,2467263600,-14400),(81,2487823200,-18000),(81,2499318000,-14400),(81,2519877600,-18000),(81,2530767600,-14400),
(81,2551327200,-18000),(81,2562217200,-14400),(81,2582776800,-18000),(81,2593666800,-14400),(81,2614226400,-18000),(81,2625116400,-14400),(81,2645676000,-18000),(81,2656566000,-14400),
(81,2677125600,-18000),(81,2688620400,-14400),(81,2709180000,-18000),(81,2720070000,-14400),(81,2740629600,-18000),(81,2751519600,-14400),(81,2772079200,-18000),(81,2782969200,-14400),
(81,2803528800,-18000),(81,2814418800,-14400),(81,2834978400,-18000),(81,2846473200,-14400),(81,2867032800,-18000),(81,2877922800,-14400),(81,2898482400,-18000),(81,2909372400,-14400),
(81,2929932000,-18000),(81,2940822000,-14400),(81,2961381600,-18000),(81,2972271600,-14400),(81,2992831200,-18000),(81,3003721200,-14400),(81,3024280800,-18000),(81,3035775600,-14400),
(81,3056335200,-18000),(81,3067225200,-14400),(81,3087784800,-18000),(81,3098674800,-14400),(81,3119234400,-18000),(81,3130124400,-14400),(81,3150684000,-18000),(81,3161574000,-14400),
(81,3182133600,-18000),(81,3193023600,-14400),(81,3213583200,-18000),(81,3225078000,-14400),(81,3245637600,-18000),(81,3256527600,-14400),(81,3277087200,-18000),(81,3287977200,-14400),
(81,3308536800,-18000),(81,3319426800,-14400),(81,3339986400,-18000),(81,3350876400,-14400),(81,3371436000,-18000),(81,3382930800,-14400),(81,3403490400,-18000),(81,3414380400,-14400),
(81,3434940000,-18000),(81,3445830000,-14400),(81,3466389600,-18000),(81,3477279600,-14400),(81,3497839200,-18000),(81,3508729200,-14400),(81,3529288800,-18000),(81,3540178800,-14400);
INSERT INTO durable.tz_transitions (rule_id, at_utc, utc_offset) VALUES
(81,3560738400,-18000),(81,3572233200,-14400),(81,3592792800,-18000),(81,3603682800,-14400),(81,3624242400,-18000),(81,3635132400,-14400),(81,3655692000,-18000),(81,3666582000,-14400),
(81,3687141600,-18000),(81,3698031600,-14400),(81,3718591200,-18000),(81,3730086000,-14400),(81,3750645600,-18000),(81,3761535600,-14400),(81,3782095200,-18000),(81,3792985200,-14400),
(81,3813544800,-18000),(81,3824434800,-14400),(81,3844994400,-18000),(81,3855884400,-14400),(81,3876444000,-18000),(81,3887334000,-14400),(81,3907893600,-18000),(81,3919388400,-14400),
(81,3939948000,-18000),(81,3950838000,-14400),(81,3971397600,-18000),(81,3982287600,-14400),(81,4002847200,-18000),(81,4013737200,-14400),(81,4034296800,-18000),(81,4045186800,-14400),
(81,4065746400,-18000),(81,4076636400,-14400),(81,4097196000,-18000),(81,4108690800,-14400),(81,4129250400,-18000),(82,-62135596800,-18000),(82,9961200,-14400),(82,25682400,-18000),
(82,1162105200,-21600),(82,1173600000,-18000),(82,1194159600,-21600),(82,1205049600,-18000),(82,1225609200,-21600),(82,1236499200,-18000),(82,1257058800,-21600),(82,1268553600,-18000),
(82,1289113200,-21600),(82,1300003200,-18000),(82,1320562800,-21600),(82,1331452800,-18000),(82,1352012400,-21600),(82,1362902400,-18000),(82,1383462000,-21600),(82,1394352000,-18000),
(82,1414911600,-21600),(82,1425801600,-18000),(82,1446361200,-21600),(82,1457856000,-18000),(82,1478415600,-21600),(82,1489305600,-18000),(82,1509865200,-21600),(82,1520755200,-18000),
(82,1541314800,-21600),(82,1552204800,-18000),(82,1572764400,-21600),(82,1583654400,-18000),(82,1604214000,-21600),(82,1615708800,-18000),(82,1636268400,-21600),(82,1647158400,-18000),
(82,1667718000,-21600),(82,1678608000,-18000),(82,1699167600,-21600),(82,1710057600,-18000),(82,1730617200,-21600),(82,1741507200,-18000),(82,1762066800,-21600),(82,1772956800,-18000),
(82,1793516400,-21600),(82,1805011200,-18000),(82,1825570800,-21600),(82,1836460800,-18000),(82,1857020400,-21600),(82,1867910400,-18000),(82,1888470000,-21600),(82,1899360000,-18000),
(82,1919919600,-21600),(82,1930809600,-18000),(82,1951369200,-21600),(82,1962864000,-18000),(82,1983423600,-21600),(82,1994313600,-18000),(82,2014873200,-21600),(82,2025763200,-18000),
(82,2046322800,-21600),(82,2057212800,-18000),(82,2077772400,-21600),(82,2088662400,-18000),(82,2109222000,-21600),(82,2120112000,-18000),(82,2140671600,-21600),(82,2152166400,-18000),
(82,2172726000,-21600),(82,2183616000,-18000),(82,2204175600,-21600),(82,2215065600,-18000),(82,2235625200,-21600),(82,2246515200,-18000),(82,2267074800,-21600),(82,2277964800,-18000),
(82,2298524400,-21600),(82,2309414400,-18000),(82,2329974000,-21600),(82,2341468800,-18000),(82,2362028400,-21600),(82,2372918400,-18000),(82,2393478000,-21600),(82,2404368000,-18000),
(82,2424927600,-21600),(82,2435817600,-18000),(82,2456377200,-21600),(82,2467267200,-18000),(82,2487826800,-21600),(82,2499321600,-18000),(82,2519881200,-21600),(82,2530771200,-18000),
(82,2551330800,-21600),(82,2562220800,-18000),(82,2582780400,-21600),(82,2593670400,-18000),(82,2614230000,-21600),(82,2625120000,-18000),(82,2645679600,-21600),(82,2656569600,-18000),
(82,2677129200,-21600),(82,2688624000,-18000),(82,2709183600,-21600),(82,2720073600,-18000),(82,2740633200,-21600),(82,2751523200,-18000),(82,2772082800,-21600),(82,2782972800,-18000),
(82,2803532400,-21600),(82,2814422400,-18000),(82,2834982000,-21600),(82,2846476800,-18000),(82,2867036400,-21600),(82,2877926400,-18000),(82,2898486000,-21600),(82,2909376000,-18000),
(82,2929935600,-21600),(82,2940825600,-18000),(82,2961385200,-21600),(82,2972275200,-18000),(82,2992834800,-21600),(82,3003724800,-18000),(82,3024284400,-21600),(82,3035779200,-18000),
(82,3056338800,-21600),(82,3067228800,-18000),(82,3087788400,-21600),(82,3098678400,-18000),(82,3119238000,-21600),(82,3130128000,-18000),(82,3150687600,-21600),(82,3161577600,-18000),
(82,3182137200,-21600),(82,3193027200,-18000),(82,3213586800,-21600),(82,3225081600,-18000),(82,3245641200,-21600),(82,3256531200,-18000),(82,3277090800,-21600),(82,3287980800,-18000),
(82,3308540400,-21600),(82,3319430400,-18000),(82,3339990000,-21600),(82,3350880000,-18000),(82,3371439600,-21600),(82,3382934400,-18000),(82,3403494000,-21600),(82,3414384000,-18000),
(82,3434943600,-21600),(82,3445833600,-18000),(82,3466393200,-21600),(82,3477283200,-18000),(82,3497842800,-21600),(82,3508732800,-18000),(82,3529292400,-21600),(82,3540182400,-18000),
(82,3560742000,-21600),(82,3572236800,-18000),(82,3592796400,-21600),(82,3603686400,-18000),(82,3624246000,-21600),(82,3635136000,-18000),(82,3655695600,-21600),(82,3666585600,-18000),
(82,3687145200,-21600),(82,3698035200,-18000),(82,3718594800,-21600),(82,3730089600,-18000),(82,3750649200,-21600),(82,3761539200,-18000),(82,3782098800,-21600),(82,3792988800,-18000),
(82,3813548400,-21600),(82,3824438400,-18000),(82,3844998000,-21600),(82,3855888000,-18000),(82,3876447600,-21600),(82,3887337600,-18000),(82,3907897200,-21600),(82,3919392000,-18000),
(82,3939951600,-21600),(82,3950841600,-18000),(82,3971401200,-21600),(82,3982291200,-18000),(82,4002850800,-21600),(82,4013740800,-18000),(82,4034300400,-21600),(82,4045190400,-18000),
(82,4065750000,-21600),(82,4076640000,-18000),(82,4097199600,-21600),(82,4108694400,-18000),(82,4129254000,-21600),(83,-62135596800,-18000),(83,9961200,-14400),(83,25682400,-18000),
(83,41410800,-14400),(83,57736800,-18000),(83,73465200,-14400),(83,89186400,-18000),(83,1143961200,-14400),(83,1162101600,-18000),(83,1173596400,-14400),(83,1194156000,-18000),
(83,1205046000,-14400),(83,1225605600,-18000),(83,1236495600,-14400),(83,1257055200,-18000),(83,1268550000,-14400),(83,1289109600,-18000),(83,1299999600,-14400),(83,1320559200,-18000),
(83,1331449200,-14400),(83,1352008800,-18000),(83,1362898800,-14400),(83,1383458400,-18000),(83,1394348400,-14400),(83,1414908000,-18000),(83,1425798000,-14400),(83,1446357600,-18000),
(83,1457852400,-14400),(83,1478412000,-18000),(83,1489302000,-14400),(83,1509861600,-18000),(83,1520751600,-14400),(83,1541311200,-18000),(83,1552201200,-14400),(83,1572760800,-18000),
(83,1583650800,-14400),(83,1604210400,-18000),(83,1615705200,-14400),(83,1636264800,-18000),(83,1647154800,-14400),(83,1667714400,-18000),(83,1678604400,-14400),(83,1699164000,-18000),
(83,1710054000,-14400),(83,1730613600,-18000),(83,1741503600,-14400),(83,1762063200,-18000),(83,1772953200,-14400),(83,1793512800,-18000),(83,1805007600,-14400),(83,1825567200,-18000),
(83,1836457200,-14400),(83,1857016800,-18000),(83,1867906800,-14400),(83,1888466400,-18000),(83,1899356400,-14400),(83,1919916000,-18000),(83,1930806000,-14400),(83,1951365600,-18000),
(83,1962860400,-14400),(83,1983420000,-18000),(83,1994310000,-14400),(83,2014869600,-18000),(83,2025759600,-14400),(83,2046319200,-18000),(83,2057209200,-14400),(83,2077768800,-18000),
(83,2088658800,-14400),(83,2109218400,-18000),(83,2120108400,-14400),(83,2140668000,-18000),(83,2152162800,-14400),(83,2172722400,-18000),(83,2183612400,-14400),(83,2204172000,-18000),
(83,2215062000,-14400),(83,2235621600,-18000),(83,2246511600,-14400),(83,2267071200,-18000),(83,2277961200,-14400),(83,2298520800,-18000),(83,2309410800,-14400),(83,2329970400,-18000),
(83,2341465200,-14400),(83,2362024800,-18000),(83,2372914800,-14400),(83,2393474400,-18000),(83,2404364400,-14400),(83,2424924000,-18000),(83,2435814000,-14400),(83,2456373600,-18000),
(83,2467263600,-14400),(83,2487823200,-18000),(83,2499318000,-14400),(83,2519877600,-18000),(83,2530767600,-14400),(83,2551327200,-18000),(83,2562217200,-14400),(83,2582776800,-18000),
(83,2593666800,-14400),(83,2614226400,-18000),(83,2625116400,-14400),(83,2645676000,-18000),(83,2656566000,-14400),(83,2677125600,-18000),(83,2688620400,-14400),(83,2709180000,-18000),
(83,2720070000,-14400),(83,2740629600,-18000),(83,2751519600,-14400),(83,2772079200,-18000),(83,2782969200,-14400),(83,2803528800,-18000),(83,2814418800,-14400),(83,2834978400,-18000),
(83,2846473200,-14400),(83,2867032800,-18000),(83,2877922800,-14400),(83,2898482400,-18000),(83,2909372400,-14400),(83,2929932000,-18000),(83,2940822000,-14400),(83,2961381600,-18000),
(83,2972271600,-14400),(83,2992831200,-18000),(83,3003721200,-14400),(83,3024280800,-18000),(83,3035775600,-14400),(83,3056335200,-18000),(83,3067225200,-14400),(83,3087784800,-18000),
(83,3098674800,-14400),(83,3119234400,-18000),(83,3130124400,-14400),(83,3150684000,-18000),(83,3161574000,-14400),(83,3182133600,-18000),(83,3193023600,-14400),(83,3213583200,-18000),
(83,3225078000,-14400),(83,3245637600,-18000),(83,3256527600,-14400),(83,3277087200,-18000),(83,3287977200,-14400),(83,3308536800,-18000),(83,3319426800,-14400),(83,3339986400,-18000),
(83,3350876400,-14400),(83,3371436000,-18000),(83,3382930800,-14400),(83,3403490400,-18000),(83,3414380400,-14400),(83,3434940000,-18000),(83,3445830000,-14400),(83,3466389600,-18000),
(83,3477279600,-14400),(83,3497839200,-18000),(83,3508729200,-14400),(83,3529288800,-18000),(83,3540178800,-14400),(83,3560738400,-18000),(83,3572233200,-14400),(83,3592792800,-18000),
(83,3603682800,-14400),(83,3624242400,-18000),(83,3635132400,-14400),(83,3655692000,-18000),(83,3666582000,-14400),(83,3687141600,-18000),(83,3698031600,-14400),(83,3718591200,-18000),
(83,3730086000,-14400),(83,3750645600,-18000),(83,3761535600,-14400),(83,3782095200,-18000),(83,3792985200,-14400),(83,3813544800,-18000),(83,3824434800,-14400),(83,3844994400,-18000),
(83,3855884400,-14400),(83,3876444000,-18000),(83,3887334000,-14400),(83,3907893600,-18000),(83,3919388400,-14400),(83,3939948000,-18000),(83,3950838000,-14400),(83,3971397600,-18000),
(83,3982287600,-14400),(83,4002847200,-18000),(83,4013737200,-14400),(83,4034296800,-18000),(83,4045186800,-14400),(83,4065746400,-18000),(83,4076636400,-14400),(83,4097196000,-18000),
(83,4108690800,-14400),(83,4129250400,-18000),(84,-62135596800,-18000),(84,9961200,-14400),(84,25682400,-18000),(84,1162105200,-21600),(84,1173600000,-18000),(84,1205046000,-14400),
(84,1225605600,-18000),(84,1236495600,-14400),(84,1257055200,-18000),(84,1268550000,-14400),(84,1289109600,-18000),(84,1299999600,-14400),(84,1320559200,-18000),(84,1331449200,-14400),
(84,1352008800,-18000),(84,1362898800,-14400),(84,1383458400,-18000),(84,1394348400,-14400),(84,1414908000,-18000),(84,1425798000,-14400),(84,1446357600,-18000),(84,1457852400,-14400),
(84,1478412000,-18000),(84,1489302000,-14400),(84,1509861600,-18000),(84,1520751600,-14400),(84,1541311200,-18000),(84,1552201200,-14400),(84,1572760800,-18000),(84,1583650800,-14400),
(84,1604210400,-18000),(84,1615705200,-14400),(84,1636264800,-18000),(84,1647154800,-14400),(84,1667714400,-18000),(84,1678604400,-14400),(84,1699164000,-18000),(84,1710054000,-14400),
(84,1730613600,-18000),(84,1741503600,-14400),(84,1762063200,-18000),(84,1772953200,-14400),(84,1793512800,-18000),(84,1805007600,-14400),(84,1825567200,-18000),(84,1836457200,-14400),
(84,1857016800,-18000),(84,1867906800,-14400),(84,1888466400,-18000),(84,1899356400,-14400),(84,1919916000,-18000),(84,1930806000,-14400),(84,1951365600,-18000),(84,1962860400,-14400),
(84,1983420000,-18000),(84,1994310000,-14400),(84,2014869600,-18000),(84,2025759600,-14400),(84,2046319200,-18000),(84,2057209200,-14400),(84,2077768800,-18000),(84,2088658800,-14400),
(84,2109218400,-18000),(84,2120108400,-14400),(84,2140668000,-18000),(84,2152162800,-14400),(84,2172722400,-18000),(84,2183612400,-14400),(84,2204172000,-18000),(84,2215062000,-14400),
(84,2235621600,-18000),(84,2246511600,-14400),(84,2267071200,-18000),(84,2277961200,-14400),(84,2298520800,-18000),(84,2309410800,-14400),(84,2329970400,-18000),(84,2341465200,-14400),
(84,2362024800,-18000),(84,2372914800,-14400),(84,2393474400,-18000),(84,2404364400,-14400),(84,2424924000,-18000),(84,2435814000,-14400),(84,2456373600,-18000),(84,2467263600,-14400),
(84,2487823200,-18000),(84,2499318000,-14400),(84,2519877600,-18000),(84,2530767600,-14400),(84,2551327200,-18000),(84,2562217200,-14400),(84,2582776800,-18000),(84,2593666800,-14400),
(84,2614226400,-18000),(84,2625116400,-14400),(84,2645676000,-18000),(84,2656566000,-14400),(84,2677125600,-18000),(84,2688620400,-14400),(84,2709180000,-18000),(84,2720070000,-14400),
(84,2740629600,-18000),(84,2751519600,-14400),(84,2772079200,-18000),(84,2782969200,-14400),(84,2803528800,-18000),(84,2814418800,-14400),(84,2834978400,-18000),(84,2846473200,-14400),
(84,2867032800,-18000),(84,2877922800,-14400),(84,2898482400,-18000),(84,2909372400,-14400),(84,2929932000,-18000),(84,2940822000,-14400),(84,2961381600,-18000),(84,2972271600,-14400),
(84,2992831200,-18000),(84,3003721200,-14400),(84,3024280800,-18000),(84,3035775600,-14400),(84,3056335200,-18000),(84,3067225200,-14400),(84,3087784800,-18000),(84,3098674800,-14400),
(84,3119234400,-18000),(84,3130124400,-14400),(84,3150684000,-18000),(84,3161574000,-14400),(84,3182133600,-18000),(84,3193023600,-14400),(84,3213583200,-18000),(84,3225078000,-14400),
(84,3245637600,-18000),(84,3256527600,-14400),(84,3277087200,-18000),(84,3287977200,-14400),(84,3308536800,-18000),(84,3319426800,-14400),(84,3339986400,-18000),(84,3350876400,-14400),
(84,3371436000,-18000),(84,3382930800,-14400),(84,3403490400,-18000),(84,3414380400,-14400),(84,3434940000,-18000),(84,3445830000,-14400),(84,3466389600,-18000),(84,3477279600,-14400),
(84,3497839200,-18000),(84,3508729200,-14400),(84,3529288800,-18000),(84,3540178800,-14400),(84,3560738400,-18000),(84,3572233200,-14400),(84,3592792800,-18000),(84,3603682800,-14400),
(84,3624242400,-18000),(84,3635132400,-14400),(84,3655692000,-18000),(84,3666582000,-14400),(84,3687141600,-18000),(84,3698031600,-14400),(84,3718591200,-18000),(84,3730086000,-14400),
(84,3750645600,-18000),(84,3761535600,-14400),(84,3782095200,-18000),(84,3792985200,-14400),(84,3813544800,-18000),(84,3824434800,-14400),(84,3844994400,-18000),(84,3855884400,-14400),
(84,3876444000,-18000),(84,3887334000,-14400),(84,3907893600,-18000),(84,3919388400,-14400),(84,3939948000,-18000),(84,3950838000,-14400),(84,3971397600,-18000),(84,3982287600,-14400),
(84,4002847200,-18000),(84,4013737200,-14400),(84,4034296800,-18000),(84,4045186800,-14400),(84,4065746400,-18000),(84,4076636400,-14400),(84,4097196000,-18000),(84,4108690800,-14400),
(84,4129250400,-18000),(85,-62135596800,-18000),(85,9961200,-14400),(85,25682400,-18000),(85,1162105200,-21600),(85,1173600000,-14400),(85,1194156000,-18000),(85,1205046000,-14400),
(85,1225605600,-18000),(85,1236495600,-14400),(85,1257055200,-18000),(85,1268550000,-14400),(85,1289109600,-18000),(85,1299999600,-14400),(85,1320559200,-18000),(85,1331449200,-14400),
(85,1352008800,-18000),(85,1362898800,-14400),(85,1383458400,-18000),(85,1394348400,-14400),(85,1414908000,-18000),(85,1425798000,-14400),(85,1446357600,-18000),(85,1457852400,-14400),
(85,1478412000,-18000),(85,1489302000,-14400),(85,1509861600,-18000),(85,1520751600,-14400),(85,1541311200,-18000),(85,1552201200,-14400),(85,1572760800,-18000),(85,1583650800,-14400),
(85,1604210400,-18000),(85,1615705200,-14400),(85,1636264800,-18000),(85,1647154800,-14400),(85,1667714400,-18000),(85,1678604400,-14400),(85,1699164000,-18000),(85,1710054000,-14400),
(85,1730613600,-18000),(85,1741503600,-14400),(85,1762063200,-18000),(85,1772953200,-14400),(85,1793512800,-18000),(85,1805007600,-14400),(85,1825567200,-18000),(85,1836457200,-14400),
(85,1857016800,-18000),(85,1867906800,-14400),(85,1888466400,-18000),(85,1899356400,-14400),(85,1919916000,-18000),(85,1930806000,-14400),(85,1951365600,-18000),(85,1962860400,-14400),
(85,1983420000,-18000),(85,1994310000,-14400),(85,2014869600,-18000),(85,2025759600,-14400),(85,2046319200,-18000),(85,2057209200,-14400),(85,2077768800,-18000),(85,2088658800,-14400),
(85,2109218400,-18000),(85,2120108400,-14400),(85,2140668000,-18000),(85,2152162800,-14400),(85,2172722400,-18000),(85,2183612400,-14400),(85,2204172000,-18000),(85,2215062000,-14400),
(85,2235621600,-18000),(85,2246511600,-14400),(85,2267071200,-18000),(85,2277961200,-14400),(85,2298520800,-18000),(85,2309410800,-14400),(85,2329970400,-18000),(85,2341465200,-14400),
(85,2362024800,-18000),(85,2372914800,-14400),(85,2393474400,-18000),(85,2404364400,-14400),(85,2424924000,-18000),(85,2435814000,-14400),(85,2456373600,-18000),(85,2467263600,-14400),
(85,2487823200,-18000),(85,2499318000,-14400),(85,2519877600,-18000),(85,2530767600,-14400),(85,2551327200,-18000),(85,2562217200,-14400),(85,2582776800,-18000),(85,2593666800,-14400),
(85,2614226400,-18000),(85,2625116400,-14400),(85,2645676000,-18000),(85,2656566000,-14400),(85,2677125600,-18000),(85,2688620400,-14400),(85,2709180000,-18000),(85,2720070000,-14400),
(85,2740629600,-18000),(85,2751519600,-14400),(85,2772079200,-18000),(85,2782969200,-14400),(85,2803528800,-18000),(85,2814418800,-14400),(85,2834978400,-18000),(85,2846473200,-14400),
(85,2867032800,-18000),(85,2877922800,-14400),(85,2898482400,-18000),(85,2909372400,-14400),(85,2929932000,-18000),(85,2940822000,-14400),(85,2961381600,-18000),(85,2972271600,-14400),
(85,2992831200,-18000),(85,3003721200,-14400),(85,3024280800,-18000),(85,3035775600,-14400),(85,3056335200,-18000),(85,3067225200,-14400),(85,3087784800,-18000),(85,3098674800,-14400),
(85,3119234400,-18000),(85,3130124400,-14400),(85,3150684000,-18000),(85,3161574000,-14400),(85,3182133600,-18000),(85,3193023600,-14400),(85,3213583200,-18000),(85,3225078000,-14400),
(85,3245637600,-18000),(85,3256527600,-14400),(85,3277087200,-18000),(85,3287977200,-14400),(85,3308536800,-18000),(85,3319426800,-14400),(85,3339986400,-18000),(85,3350876400,-14400),
(85,3371436000,-18000),(85,3382930800,-14400),(85,3403490400,-18000),(85,3414380400,-14400),(85,3434940000,-18000),(85,3445830000,-14400),(85,3466389600,-18000),(85,3477279600,-14400),
(85,3497839200,-18000),(85,3508729200,-14400),(85,3529288800,-18000),(85,3540178800,-14400),(85,3560738400,-18000),(85,3572233200,-14400),(85,3592792800,-18000),(85,3603682800,-14400),
(85,3624242400,-18000),(85,3635132400,-14400),(85,3655692000,-18000),(85,3666582000,-14400),(85,3687141600,-18000),(85,3698031600,-14400),(85,3718591200,-18000),(85,3730086000,-14400),
(85,3750645600,-18000),(85,3761535600,-14400),(85,3782095200,-18000),(85,3792985200,-14400),(85,3813544800,-18000),(85,3824434800,-14400),(85,3844994400,-18000),(85,3855884400,-14400),
(85,3876444000,-18000),(85,3887334000,-14400),(85,3907893600,-18000),(85,3919388400,-14400),(85,3939948000,-18000),(85,3950838000,-14400),(85,3971397600,-18000),(85,3982287600,-14400),
(85,4002847200,-18000),(85,4013737200,-14400),(85,4034296800,-18000),(85,4045186800,-14400),(85,4065746400,-18000),(85,4076636400,-14400),(85,4097196000,-18000),(85,4108690800,-14400),
(85,4129250400,-18000),(86,-62135596800,-28800),(86,73476000,-25200),(86,89197200,-28800),(86,104925600,-25200),(86,120646800,-28800),(86,136375200,-25200),(86,152096400,-28800),
(86,167824800,-25200),(86,183546000,-28800),(86,199274400,-25200),(86,215600400,-28800),(86,230724000,-25200),(86,247050000,-28800),(86,262778400,-25200),(86,278499600,-28800),
(86,294228000,-21600),(86,309945600,-25200),(86,325674000,-21600),(86,341395200,-25200),(86,357123600,-21600),(86,372844800,-25200),(86,388573200,-21600),(86,404899200,-25200),
(86,420022800,-21600),(86,436348800,-25200),(86,452077200,-21600),(86,467798400,-25200),(86,483526800,-21600),(86,499248000,-25200),(86,514976400,-21600),(86,530697600,-25200),
(86,544611600,-21600),(86,562147200,-25200),(86,576061200,-21600),(86,594201600,-25200),(86,607510800,-21600),(86,625651200,-25200),(86,638960400,-21600),(86,657100800,-25200),
(86,671014800,-21600),(86,688550400,-25200),(86,702464400,-21600),(86,720000000,-25200),(86,733914000,-21600),(86,752054400,-25200),(86,765363600,-21600),(86,783504000,-25200),
(86,796813200,-21600),(86,814953600,-25200),(86,828867600,-21600),(86,846403200,-25200),(86,860317200,-21600),(86,877852800,-25200),(86,891766800,-21600),(86,909302400,-25200),
(86,923216400,-21600),(86,941356800,-25200),(86,954666000,-21600),(86,972806400,-25200),(86,986115600,-21600),(86,1004256000,-25200),(86,1018170000,-21600),(86,1035705600,-25200),
(86,1049619600,-21600),(86,1067155200,-25200),(86,1081069200,-21600),(86,1099209600,-25200),(86,1112518800,-21600),(86,1130659200,-25200),(86,1143968400,-21600),(86,1162108800,-25200),
(86,1173603600,-21600),(86,1194163200,-25200),(86,1205053200,-21600),(86,1225612800,-25200),(86,1236502800,-21600),(86,1257062400,-25200),(86,1268557200,-21600),(86,1289116800,-25200),
(86,1300006800,-21600),(86,1320566400,-25200),(86,1331456400,-21600),(86,1352016000,-25200),(86,1362906000,-21600),(86,1383465600,-25200),(86,1394355600,-21600),(86,1414915200,-25200),
(86,1425805200,-21600),(86,1446364800,-25200),(86,1457859600,-21600),(86,1478419200,-25200),(86,1489309200,-21600),(86,1509868800,-25200),(86,1520758800,-21600),(86,1541318400,-25200),
(86,1552208400,-21600),(86,1572768000,-25200),(86,1583658000,-21600),(86,1604217600,-25200),(86,1615712400,-21600),(86,1636272000,-25200),(86,1647162000,-21600),(86,1667721600,-25200),
(86,1678611600,-21600),(86,1699171200,-25200),(86,1710061200,-21600),(86,1730620800,-25200),(86,1741510800,-21600),(86,1762070400,-25200),(86,1772960400,-21600),(86,1793520000,-25200),
(86,1805014800,-21600),(86,1825574400,-25200),(86,1836464400,-21600),(86,1857024000,-25200),(86,1867914000,-21600),(86,1888473600,-25200),(86,1899363600,-21600),(86,1919923200,-25200),
(86,1930813200,-21600),(86,1951372800,-25200),(86,1962867600,-21600),(86,1983427200,-25200),(86,1994317200,-21600),(86,2014876800,-25200),(86,2025766800,-21600),(86,2046326400,-25200),
(86,2057216400,-21600),(86,2077776000,-25200),(86,2088666000,-21600),(86,2109225600,-25200),(86,2120115600,-21600),(86,2140675200,-25200),(86,2152170000,-21600),(86,2172729600,-25200),
(86,2183619600,-21600),(86,2204179200,-25200),(86,2215069200,-21600),(86,2235628800,-25200),(86,2246518800,-21600),(86,2267078400,-25200),(86,2277968400,-21600),(86,2298528000,-25200),
(86,2309418000,-21600),(86,2329977600,-25200),(86,2341472400,-21600),(86,2362032000,-25200),(86,2372922000,-21600),(86,2393481600,-25200),(86,2404371600,-21600),(86,2424931200,-25200),
(86,2435821200,-21600),(86,2456380800,-25200),(86,2467270800,-21600),(86,2487830400,-25200),(86,2499325200,-21600),(86,2519884800,-25200),(86,2530774800,-21600),(86,2551334400,-25200),
(86,2562224400,-21600),(86,2582784000,-25200),(86,2593674000,-21600),(86,2614233600,-25200),(86,2625123600,-21600),(86,2645683200,-25200),(86,2656573200,-21600),(86,2677132800,-25200),
(86,2688627600,-21600),(86,2709187200,-25200),(86,2720077200,-21600),(86,2740636800,-25200),(86,2751526800,-21600),(86,2772086400,-25200),(86,2782976400,-21600),(86,2803536000,-25200),
(86,2814426000,-21600),(86,2834985600,-25200),(86,2846480400,-21600),(86,2867040000,-25200),(86,2877930000,-21600),(86,2898489600,-25200),(86,2909379600,-21600),(86,2929939200,-25200),
(86,2940829200,-21600),(86,2961388800,-25200),(86,2972278800,-21600),(86,2992838400,-25200),(86,3003728400,-21600),(86,3024288000,-25200),(86,3035782800,-21600),(86,3056342400,-25200);
INSERT INTO durable.tz_transitions (rule_id, at_utc, utc_offset) VALUES
(86,3067232400,-21600),(86,3087792000,-25200),(86,3098682000,-21600),(86,3119241600,-25200),(86,3130131600,-21600),(86,3150691200,-25200),(86,3161581200,-21600),(86,3182140800,-25200),
(86,3193030800,-21600),(86,3213590400,-25200),(86,3225085200,-21600),(86,3245644800,-25200),(86,3256534800,-21600),(86,3277094400,-25200),(86,3287984400,-21600),(86,3308544000,-25200),
(86,3319434000,-21600),(86,3339993600,-25200),(86,3350883600,-21600),(86,3371443200,-25200),(86,3382938000,-21600),(86,3403497600,-25200),(86,3414387600,-21600),(86,3434947200,-25200),
(86,3445837200,-21600),(86,3466396800,-25200),(86,3477286800,-21600),(86,3497846400,-25200),(86,3508736400,-21600),(86,3529296000,-25200),(86,3540186000,-21600),(86,3560745600,-25200),
(86,3572240400,-21600),(86,3592800000,-25200),(86,3603690000,-21600),(86,3624249600,-25200),(86,3635139600,-21600),(86,3655699200,-25200),(86,3666589200,-21600),(86,3687148800,-25200),
(86,3698038800,-21600),(86,3718598400,-25200),(86,3730093200,-21600),(86,3750652800,-25200),(86,3761542800,-21600),(86,3782102400,-25200),(86,3792992400,-21600),(86,3813552000,-25200),
(86,3824442000,-21600),(86,3845001600,-25200),(86,3855891600,-21600),(86,3876451200,-25200),(86,3887341200,-21600),(86,3907900800,-25200),(86,3919395600,-21600),(86,3939955200,-25200),
(86,3950845200,-21600),(86,3971404800,-25200),(86,3982294800,-21600),(86,4002854400,-25200),(86,4013744400,-21600),(86,4034304000,-25200),(86,4045194000,-21600),(86,4065753600,-25200),
(86,4076643600,-21600),(86,4097203200,-25200),(86,4108698000,-21600),(86,4129257600,-25200),(87,-62135596800,-18000),(87,73465200,-14400),(87,89186400,-18000),(87,104914800,-14400),
(87,120636000,-18000),(87,136364400,-14400),(87,152085600,-18000),(87,167814000,-14400),(87,183535200,-18000),(87,199263600,-14400),(87,215589600,-18000),(87,230713200,-14400),
(87,247039200,-18000),(87,262767600,-14400),(87,278488800,-18000),(87,294217200,-14400),(87,309938400,-18000),(87,325666800,-14400),(87,341388000,-18000),(87,357116400,-14400),
(87,372837600,-18000),(87,388566000,-14400),(87,404892000,-18000),(87,420015600,-14400),(87,436341600,-18000),(87,452070000,-14400),(87,467791200,-18000),(87,483519600,-14400),
(87,499240800,-18000),(87,514969200,-14400),(87,530690400,-18000),(87,544604400,-14400),(87,562140000,-18000),(87,576054000,-14400),(87,594194400,-18000),(87,607503600,-14400),
(87,625644000,-18000),(87,638953200,-14400),(87,657093600,-18000),(87,671007600,-14400),(87,688543200,-18000),(87,702457200,-14400),(87,719992800,-18000),(87,733906800,-14400),
(87,752047200,-18000),(87,765356400,-14400),(87,783496800,-18000),(87,796806000,-14400),(87,814946400,-18000),(87,828860400,-14400),(87,846396000,-18000),(87,860310000,-14400),
(87,877845600,-18000),(87,891759600,-14400),(87,909295200,-18000),(87,923209200,-14400),(87,941349600,-21600),(87,954662400,-18000),(87,986108400,-14400),(87,1004248800,-18000),
(87,1018162800,-14400),(87,1035698400,-18000),(87,1049612400,-14400),(87,1067148000,-18000),(87,1081062000,-14400),(87,1099202400,-18000),(87,1112511600,-14400),(87,1130652000,-18000),
(87,1143961200,-14400),(87,1162101600,-18000),(87,1173596400,-14400),(87,1194156000,-18000),(87,1205046000,-14400),(87,1225605600,-18000),(87,1236495600,-14400),(87,1257055200,-18000),
(87,1268550000,-14400),(87,1289109600,-18000),(87,1299999600,-14400),(87,1320559200,-18000),(87,1331449200,-14400),(87,1352008800,-18000),(87,1362898800,-14400),(87,1383458400,-18000),
(87,1394348400,-14400),(87,1414908000,-18000),(87,1425798000,-14400),(87,1446357600,-18000),(87,1457852400,-14400),(87,1478412000,-18000),(87,1489302000,-14400),(87,1509861600,-18000),
(87,1520751600,-14400),(87,1541311200,-18000),(87,1552201200,-14400),(87,1572760800,-18000),(87,1583650800,-14400),(87,1604210400,-18000),(87,1615705200,-14400),(87,1636264800,-18000),
(87,1647154800,-14400),(87,1667714400,-18000),(87,1678604400,-14400),(87,1699164000,-18000),(87,1710054000,-14400),(87,1730613600,-18000),(87,1741503600,-14400),(87,1762063200,-18000),
(87,1772953200,-14400),(87,1793512800,-18000),(87,1805007600,-14400),(87,1825567200,-18000),(87,1836457200,-14400),(87,1857016800,-18000),(87,1867906800,-14400),(87,1888466400,-18000),
(87,1899356400,-14400),(87,1919916000,-18000),(87,1930806000,-14400),(87,1951365600,-18000),(87,1962860400,-14400),(87,1983420000,-18000),(87,1994310000,-14400),(87,2014869600,-18000),
(87,2025759600,-14400),(87,2046319200,-18000),(87,2057209200,-14400),(87,2077768800,-18000),(87,2088658800,-14400),(87,2109218400,-18000),(87,2120108400,-14400),(87,2140668000,-18000),
(87,2152162800,-14400),(87,2172722400,-18000),(87,2183612400,-14400),(87,2204172000,-18000),(87,2215062000,-14400),(87,2235621600,-18000),(87,2246511600,-14400),(87,2267071200,-18000),
(87,2277961200,-14400),(87,2298520800,-18000),(87,2309410800,-14400),(87,2329970400,-18000),(87,2341465200,-14400),(87,2362024800,-18000),(87,2372914800,-14400),(87,2393474400,-18000),
(87,2404364400,-14400),(87,2424924000,-18000),(87,2435814000,-14400),(87,2456373600,-18000),(87,2467263600,-14400),(87,2487823200,-18000),(87,2499318000,-14400),(87,2519877600,-18000),
(87,2530767600,-14400),(87,2551327200,-18000),(87,2562217200,-14400),(87,2582776800,-18000),(87,2593666800,-14400),(87,2614226400,-18000),(87,2625116400,-14400),(87,2645676000,-18000),
(87,2656566000,-14400),(87,2677125600,-18000),(87,2688620400,-14400),(87,2709180000,-18000),(87,2720070000,-14400),(87,2740629600,-18000),(87,2751519600,-14400),(87,2772079200,-18000),
(87,2782969200,-14400),(87,2803528800,-18000),(87,2814418800,-14400),(87,2834978400,-18000),(87,2846473200,-14400),(87,2867032800,-18000),(87,2877922800,-14400),(87,2898482400,-18000),
(87,2909372400,-14400),(87,2929932000,-18000),(87,2940822000,-14400),(87,2961381600,-18000),(87,2972271600,-14400),(87,2992831200,-18000),(87,3003721200,-14400),(87,3024280800,-18000),
(87,3035775600,-14400),(87,3056335200,-18000),(87,3067225200,-14400),(87,3087784800,-18000),(87,3098674800,-14400),(87,3119234400,-18000),(87,3130124400,-14400),(87,3150684000,-18000),
(87,3161574000,-14400),(87,3182133600,-18000),(87,3193023600,-14400),(87,3213583200,-18000),(87,3225078000,-14400),(87,3245637600,-18000),(87,3256527600,-14400),(87,3277087200,-18000),
(87,3287977200,-14400),(87,3308536800,-18000),(87,3319426800,-14400),(87,3339986400,-18000),(87,3350876400,-14400),(87,3371436000,-18000),(87,3382930800,-14400),(87,3403490400,-18000),
(87,3414380400,-14400),(87,3434940000,-18000),(87,3445830000,-14400),(87,3466389600,-18000),(87,3477279600,-14400),(87,3497839200,-18000),(87,3508729200,-14400),(87,3529288800,-18000),
(87,3540178800,-14400),(87,3560738400,-18000),(87,3572233200,-14400),(87,3592792800,-18000),(87,3603682800,-14400),(87,3624242400,-18000),(87,3635132400,-14400),(87,3655692000,-18000),
(87,3666582000,-14400),(87,3687141600,-18000),(87,3698031600,-14400),(87,3718591200,-18000),(87,3730086000,-14400),(87,3750645600,-18000),(87,3761535600,-14400),(87,3782095200,-18000),
(87,3792985200,-14400),(87,3813544800,-18000),(87,3824434800,-14400),(87,3844994400,-18000),(87,3855884400,-14400),(87,3876444000,-18000),(87,3887334000,-14400),(87,3907893600,-18000),
(87,3919388400,-14400),(87,3939948000,-18000),(87,3950838000,-14400),(87,3971397600,-18000),(87,3982287600,-14400),(87,4002847200,-18000),(87,4013737200,-14400),(87,4034296800,-18000),
(87,4045186800,-14400),(87,4065746400,-18000),(87,4076636400,-14400),(87,4097196000,-18000),(87,4108690800,-14400),(87,4129250400,-18000),(88,-62135596800,-18000),(88,126687600,-14400),
(88,152085600,-18000),(88,162370800,-14400),(88,183535200,-18000),(88,199263600,-14400),(88,215589600,-18000),(88,230713200,-14400),(88,247039200,-18000),(88,262767600,-14400),
(88,278488800,-18000),(88,294217200,-14400),(88,309938400,-18000),(88,325666800,-14400),(88,341388000,-18000),(88,357116400,-14400),(88,372837600,-18000),(88,388566000,-14400),
(88,404892000,-18000),(88,420015600,-14400),(88,436341600,-18000),(89,-62135596800,-28800),(89,9972000,-25200),(89,25693200,-28800),(89,41421600,-25200),(89,57747600,-28800),
(89,73476000,-25200),(89,89197200,-28800),(89,104925600,-25200),(89,120646800,-28800),(89,126698400,-25200),(89,152096400,-28800),(89,162381600,-25200),(89,183546000,-28800),
(89,199274400,-25200),(89,215600400,-28800),(89,230724000,-25200),(89,247050000,-28800),(89,262778400,-25200),(89,278499600,-28800),(89,294228000,-25200),(89,309949200,-28800),
(89,357127200,-25200),(89,372848400,-28800),(89,388576800,-25200),(89,404902800,-28800),(89,420026400,-25200),(89,436352400,-32400),(89,452084400,-28800),(89,467805600,-32400),
(89,483534000,-28800),(89,499255200,-32400),(89,514983600,-28800),(89,530704800,-32400),(89,544618800,-28800),(89,562154400,-32400),(89,576068400,-28800),(89,594208800,-32400),
(89,607518000,-28800),(89,625658400,-32400),(89,638967600,-28800),(89,657108000,-32400),(89,671022000,-28800),(89,688557600,-32400),(89,702471600,-28800),(89,720007200,-32400),
(89,733921200,-28800),(89,752061600,-32400),(89,765370800,-28800),(89,783511200,-32400),(89,796820400,-28800),(89,814960800,-32400),(89,828874800,-28800),(89,846410400,-32400),
(89,860324400,-28800),(89,877860000,-32400),(89,891774000,-28800),(89,909309600,-32400),(89,923223600,-28800),(89,941364000,-32400),(89,954673200,-28800),(89,972813600,-32400),
(89,986122800,-28800),(89,1004263200,-32400),(89,1018177200,-28800),(89,1035712800,-32400),(89,1049626800,-28800),(89,1067162400,-32400),(89,1081076400,-28800),(89,1099216800,-32400),
(89,1112526000,-28800),(89,1130666400,-32400),(89,1143975600,-28800),(89,1162116000,-32400),(89,1173610800,-28800),(89,1194170400,-32400),(89,1205060400,-28800),(89,1225620000,-32400),
(89,1236510000,-28800),(89,1257069600,-32400),(89,1268564400,-28800),(89,1289124000,-32400),(89,1300014000,-28800),(89,1320573600,-32400),(89,1331463600,-28800),(89,1352023200,-32400),
(89,1362913200,-28800),(89,1383472800,-32400),(89,1394362800,-28800),(89,1414922400,-32400),(89,1425812400,-28800),(89,1446372000,-32400),(89,1457866800,-28800),(89,1478426400,-32400),
(89,1489316400,-28800),(89,1509876000,-32400),(89,1520766000,-28800),(89,1541325600,-32400),(89,1552215600,-28800),(89,1572775200,-32400),(89,1583665200,-28800),(89,1604224800,-32400),
(89,1615719600,-28800),(89,1636279200,-32400),(89,1647169200,-28800),(89,1667728800,-32400),(89,1678618800,-28800),(89,1699178400,-32400),(89,1710068400,-28800),(89,1730628000,-32400),
(89,1741518000,-28800),(89,1762077600,-32400),(89,1772967600,-28800),(89,1793527200,-32400),(89,1805022000,-28800),(89,1825581600,-32400),(89,1836471600,-28800),(89,1857031200,-32400),
(89,1867921200,-28800),(89,1888480800,-32400),(89,1899370800,-28800),(89,1919930400,-32400),(89,1930820400,-28800),(89,1951380000,-32400),(89,1962874800,-28800),(89,1983434400,-32400),
(89,1994324400,-28800),(89,2014884000,-32400),(89,2025774000,-28800),(89,2046333600,-32400),(89,2057223600,-28800),(89,2077783200,-32400),(89,2088673200,-28800),(89,2109232800,-32400),
(89,2120122800,-28800),(89,2140682400,-32400),(89,2152177200,-28800),(89,2172736800,-32400),(89,2183626800,-28800),(89,2204186400,-32400),(89,2215076400,-28800),(89,2235636000,-32400),
(89,2246526000,-28800),(89,2267085600,-32400),(89,2277975600,-28800),(89,2298535200,-32400),(89,2309425200,-28800),(89,2329984800,-32400),(89,2341479600,-28800),(89,2362039200,-32400),
(89,2372929200,-28800),(89,2393488800,-32400),(89,2404378800,-28800),(89,2424938400,-32400),(89,2435828400,-28800),(89,2456388000,-32400),(89,2467278000,-28800),(89,2487837600,-32400),
(89,2499332400,-28800),(89,2519892000,-32400),(89,2530782000,-28800),(89,2551341600,-32400),(89,2562231600,-28800),(89,2582791200,-32400),(89,2593681200,-28800),(89,2614240800,-32400),
(89,2625130800,-28800),(89,2645690400,-32400),(89,2656580400,-28800),(89,2677140000,-32400),(89,2688634800,-28800),(89,2709194400,-32400),(89,2720084400,-28800),(89,2740644000,-32400),
(89,2751534000,-28800),(89,2772093600,-32400),(89,2782983600,-28800),(89,2803543200,-32400),(89,2814433200,-28800),(89,2834992800,-32400),(89,2846487600,-28800),(89,2867047200,-32400),
(89,2877937200,-28800),(89,2898496800,-32400),(89,2909386800,-28800),(89,2929946400,-32400),(89,2940836400,-28800),(89,2961396000,-32400),(89,2972286000,-28800),(89,2992845600,-32400),
(89,3003735600,-28800),(89,3024295200,-32400),(89,3035790000,-28800),(89,3056349600,-32400),(89,3067239600,-28800),(89,3087799200,-32400),(89,3098689200,-28800),(89,3119248800,-32400),
(89,3130138800,-28800),(89,3150698400,-32400),(89,3161588400,-28800),(89,3182148000,-32400),(89,3193038000,-28800),(89,3213597600,-32400),(89,3225092400,-28800),(89,3245652000,-32400),
(89,3256542000,-28800),(89,3277101600,-32400),(89,3287991600,-28800),(89,3308551200,-32400),(89,3319441200,-28800),(89,3340000800,-32400),(89,3350890800,-28800),(89,3371450400,-32400),
(89,3382945200,-28800),(89,3403504800,-32400),(89,3414394800,-28800),(89,3434954400,-32400),(89,3445844400,-28800),(89,3466404000,-32400),(89,3477294000,-28800),(89,3497853600,-32400),
(89,3508743600,-28800),(89,3529303200,-32400),(89,3540193200,-28800),(89,3560752800,-32400),(89,3572247600,-28800),(89,3592807200,-32400),(89,3603697200,-28800),(89,3624256800,-32400),
(89,3635146800,-28800),(89,3655706400,-32400),(89,3666596400,-28800),(89,3687156000,-32400),(89,3698046000,-28800),(89,3718605600,-32400),(89,3730100400,-28800),(89,3750660000,-32400),
(89,3761550000,-28800),(89,3782109600,-32400),(89,3792999600,-28800),(89,3813559200,-32400),(89,3824449200,-28800),(89,3845008800,-32400),(89,3855898800,-28800),(89,3876458400,-32400),
(89,3887348400,-28800),(89,3907908000,-32400),(89,3919402800,-28800),(89,3939962400,-32400),(89,3950852400,-28800),(89,3971412000,-32400),(89,3982302000,-28800),(89,4002861600,-32400),
(89,4013751600,-28800),(89,4034311200,-32400),(89,4045201200,-28800),(89,4065760800,-32400),(89,4076650800,-28800),(89,4097210400,-32400),(89,4108705200,-28800),(89,4129264800,-32400),
(90,-62135596800,-18000),(90,9961200,-14400),(90,25682400,-18000),(90,41410800,-14400),(90,57736800,-18000),(90,73465200,-14400),(90,89186400,-18000),(90,104914800,-14400),
(90,120636000,-18000),(90,162370800,-14400),(90,183535200,-18000),(90,199263600,-14400),(90,215589600,-18000),(90,230713200,-14400),(90,247039200,-18000),(90,262767600,-14400),
(90,278488800,-18000),(90,294217200,-14400),(90,309938400,-18000),(90,325666800,-14400),(90,341388000,-18000),(90,357116400,-14400),(90,372837600,-18000),(90,388566000,-14400),
(90,404892000,-18000),(90,420015600,-14400),(90,436341600,-18000),(90,452070000,-14400),(90,467791200,-18000),(90,483519600,-14400),(90,499240800,-18000),(90,514969200,-14400),
(90,530690400,-18000),(90,544604400,-14400),(90,562140000,-18000),(90,576054000,-14400),(90,594194400,-18000),(90,607503600,-14400),(90,625644000,-18000),(90,638953200,-14400),
(90,657093600,-18000),(90,671007600,-14400),(90,688543200,-18000),(90,702457200,-14400),(90,719992800,-18000),(90,733906800,-14400),(90,752047200,-18000),(90,765356400,-14400),
(90,783496800,-18000),(90,796806000,-14400),(90,814946400,-18000),(90,828860400,-14400),(90,846396000,-18000),(90,860310000,-14400),(90,877845600,-18000),(90,891759600,-14400),
(90,909295200,-18000),(90,923209200,-14400),(90,941349600,-18000),(90,954658800,-14400),(90,972799200,-18000),(90,986108400,-14400),(90,1004248800,-18000),(90,1018162800,-14400),
(90,1035698400,-18000),(90,1049612400,-14400),(90,1067148000,-18000),(90,1081062000,-14400),(90,1099202400,-18000),(90,1112511600,-14400),(90,1130652000,-18000),(90,1143961200,-14400),
(90,1162101600,-18000),(90,1173596400,-14400),(90,1194156000,-18000),(90,1205046000,-14400),(90,1225605600,-18000),(90,1236495600,-14400),(90,1257055200,-18000),(90,1268550000,-14400),
(90,1289109600,-18000),(90,1299999600,-14400),(90,1320559200,-18000),(90,1331449200,-14400),(90,1352008800,-18000),(90,1362898800,-14400),(90,1383458400,-18000),(90,1394348400,-14400),
(90,1414908000,-18000),(90,1425798000,-14400),(90,1446357600,-18000),(90,1457852400,-14400),(90,1478412000,-18000),(90,1489302000,-14400),(90,1509861600,-18000),(90,1520751600,-14400),
(90,1541311200,-18000),(90,1552201200,-14400),(90,1572760800,-18000),(90,1583650800,-14400),(90,1604210400,-18000),(90,1615705200,-14400),(90,1636264800,-18000),(90,1647154800,-14400),
(90,1667714400,-18000),(90,1678604400,-14400),(90,1699164000,-18000),(90,1710054000,-14400),(90,1730613600,-18000),(90,1741503600,-14400),(90,1762063200,-18000),(90,1772953200,-14400),
(90,1793512800,-18000),(90,1805007600,-14400),(90,1825567200,-18000),(90,1836457200,-14400),(90,1857016800,-18000),(90,1867906800,-14400),(90,1888466400,-18000),(90,1899356400,-14400),
(90,1919916000,-18000),(90,1930806000,-14400),(90,1951365600,-18000),(90,1962860400,-14400),(90,1983420000,-18000),(90,1994310000,-14400),(90,2014869600,-18000),(90,2025759600,-14400),
(90,2046319200,-18000),(90,2057209200,-14400),(90,2077768800,-18000),(90,2088658800,-14400),(90,2109218400,-18000),(90,2120108400,-14400),(90,2140668000,-18000),(90,2152162800,-14400),
(90,2172722400,-18000),(90,2183612400,-14400),(90,2204172000,-18000),(90,2215062000,-14400),(90,2235621600,-18000),(90,2246511600,-14400),(90,2267071200,-18000),(90,2277961200,-14400),
(90,2298520800,-18000),(90,2309410800,-14400),(90,2329970400,-18000),(90,2341465200,-14400),(90,2362024800,-18000),(90,2372914800,-14400),(90,2393474400,-18000),(90,2404364400,-14400),
(90,2424924000,-18000),(90,2435814000,-14400),(90,2456373600,-18000),(90,2467263600,-14400),(90,2487823200,-18000),(90,2499318000,-14400),(90,2519877600,-18000),(90,2530767600,-14400),
(90,2551327200,-18000),(90,2562217200,-14400),(90,2582776800,-18000),(90,2593666800,-14400),(90,2614226400,-18000),(90,2625116400,-14400),(90,2645676000,-18000),(90,2656566000,-14400),
(90,2677125600,-18000),(90,2688620400,-14400),(90,2709180000,-18000),(90,2720070000,-14400),(90,2740629600,-18000),(90,2751519600,-14400),(90,2772079200,-18000),(90,2782969200,-14400),
(90,2803528800,-18000),(90,2814418800,-14400),(90,2834978400,-18000),(90,2846473200,-14400),(90,2867032800,-18000),(90,2877922800,-14400),(90,2898482400,-18000),(90,2909372400,-14400),
(90,2929932000,-18000),(90,2940822000,-14400),(90,2961381600,-18000),(90,2972271600,-14400),(90,2992831200,-18000),(90,3003721200,-14400),(90,3024280800,-18000),(90,3035775600,-14400),
(90,3056335200,-18000),(90,3067225200,-14400),(90,3087784800,-18000),(90,3098674800,-14400),(90,3119234400,-18000),(90,3130124400,-14400),(90,3150684000,-18000),(90,3161574000,-14400),
(90,3182133600,-18000),(90,3193023600,-14400),(90,3213583200,-18000),(90,3225078000,-14400),(90,3245637600,-18000),(90,3256527600,-14400),(90,3277087200,-18000),(90,3287977200,-14400),
(90,3308536800,-18000),(90,3319426800,-14400),(90,3339986400,-18000),(90,3350876400,-14400),(90,3371436000,-18000),(90,3382930800,-14400),(90,3403490400,-18000),(90,3414380400,-14400),
(90,3434940000,-18000),(90,3445830000,-14400),(90,3466389600,-18000),(90,3477279600,-14400),(90,3497839200,-18000),(90,3508729200,-14400),(90,3529288800,-18000),(90,3540178800,-14400),
(90,3560738400,-18000),(90,3572233200,-14400),(90,3592792800,-18000),(90,3603682800,-14400),(90,3624242400,-18000),(90,3635132400,-14400),(90,3655692000,-18000),(90,3666582000,-14400),
(90,3687141600,-18000),(90,3698031600,-14400),(90,3718591200,-18000),(90,3730086000,-14400),(90,3750645600,-18000),(90,3761535600,-14400),(90,3782095200,-18000),(90,3792985200,-14400),
(90,3813544800,-18000),(90,3824434800,-14400),(90,3844994400,-18000),(90,3855884400,-14400),(90,3876444000,-18000),(90,3887334000,-14400),(90,3907893600,-18000),(90,3919388400,-14400),
(90,3939948000,-18000),(90,3950838000,-14400),(90,3971397600,-18000),(90,3982287600,-14400),(90,4002847200,-18000),(90,4013737200,-14400),(90,4034296800,-18000),(90,4045186800,-14400),
(90,4065746400,-18000),(90,4076636400,-14400),(90,4097196000,-18000),(90,4108690800,-14400),(90,4129250400,-18000),(91,-62135596800,-21600),(91,9964800,-18000),(91,25686000,-21600),
(91,41414400,-18000),(91,57740400,-21600),(91,73468800,-18000),(91,89190000,-21600),(91,104918400,-18000),(91,120639600,-21600),(91,126691200,-18000),(91,152089200,-21600),
(91,162374400,-18000),(91,183538800,-21600),(91,199267200,-18000),(91,215593200,-21600),(91,230716800,-18000),(91,247042800,-21600),(91,262771200,-18000),(91,278492400,-21600),
(91,294220800,-18000),(91,309942000,-21600),(91,325670400,-18000),(91,341391600,-21600),(91,357120000,-18000),(91,372841200,-21600),(91,388569600,-18000),(91,404895600,-21600),
(91,420019200,-18000),(91,436345200,-21600),(91,452073600,-18000),(91,467794800,-21600),(91,483523200,-18000),(91,499244400,-21600),(91,514972800,-18000),(91,530694000,-21600),
(91,544608000,-18000),(91,562143600,-21600),(91,576057600,-18000),(91,594198000,-21600),(91,607507200,-18000),(91,625647600,-21600),(91,638956800,-18000),(91,657097200,-21600),
(91,671011200,-18000),(91,688546800,-21600),(91,702460800,-18000),(91,719996400,-21600),(91,733910400,-18000),(91,752050800,-21600),(91,765360000,-18000),(91,783500400,-21600),
(91,796809600,-18000),(91,814950000,-21600),(91,828864000,-18000),(91,846399600,-21600),(91,860313600,-18000),(91,877849200,-21600),(91,891763200,-18000),(91,909298800,-21600),
(91,923212800,-18000),(91,941353200,-21600),(91,954662400,-18000),(91,986108400,-14400),(91,1004248800,-18000),(91,1018162800,-14400),(91,1035698400,-18000),(91,1049612400,-14400),
(91,1067148000,-18000),(91,1081062000,-14400),(91,1099202400,-18000),(91,1112511600,-14400),(91,1130652000,-18000),(91,1143961200,-14400),(91,1162101600,-18000),(91,1173596400,-14400),
(91,1194156000,-18000),(91,1205046000,-14400),(91,1225605600,-18000),(91,1236495600,-14400),(91,1257055200,-18000),(91,1268550000,-14400),(91,1289109600,-18000),(91,1299999600,-14400),
(91,1320559200,-18000),(91,1331449200,-14400),(91,1352008800,-18000),(91,1362898800,-14400),(91,1383458400,-18000),(91,1394348400,-14400),(91,1414908000,-18000),(91,1425798000,-14400),
(91,1446357600,-18000),(91,1457852400,-14400),(91,1478412000,-18000),(91,1489302000,-14400),(91,1509861600,-18000),(91,1520751600,-14400),(91,1541311200,-18000),(91,1552201200,-14400),
(91,1572760800,-18000),(91,1583650800,-14400),(91,1604210400,-18000),(91,1615705200,-14400),(91,1636264800,-18000),(91,1647154800,-14400),(91,1667714400,-18000),(91,1678604400,-14400),
(91,1699164000,-18000),(91,1710054000,-14400),(91,1730613600,-18000),(91,1741503600,-14400),(91,1762063200,-18000),(91,1772953200,-14400),(91,1793512800,-18000),(91,1805007600,-14400),
(91,1825567200,-18000),(91,1836457200,-14400),(91,1857016800,-18000),(91,1867906800,-14400),(91,1888466400,-18000),(91,1899356400,-14400),(91,1919916000,-18000),(91,1930806000,-14400),
(91,1951365600,-18000),(91,1962860400,-14400),(91,1983420000,-18000),(91,1994310000,-14400),(91,2014869600,-18000),(91,2025759600,-14400),(91,2046319200,-18000),(91,2057209200,-14400);
INSERT INTO durable.tz_transitions (rule_id, at_utc, utc_offset) VALUES
(91,2077768800,-18000),(91,2088658800,-14400),(91,2109218400,-18000),(91,2120108400,-14400),(91,2140668000,-18000),(91,2152162800,-14400),(91,2172722400,-18000),(91,2183612400,-14400),
(91,2204172000,-18000),(91,2215062000,-14400),(91,2235621600,-18000),(91,2246511600,-14400),(91,2267071200,-18000),(91,2277961200,-14400),(91,2298520800,-18000),(91,2309410800,-14400),
(91,2329970400,-18000),(91,2341465200,-14400),(91,2362024800,-18000),(91,2372914800,-14400),(91,2393474400,-18000),(91,2404364400,-14400),(91,2424924000,-18000),(91,2435814000,-14400),
(91,2456373600,-18000),(91,2467263600,-14400),(91,2487823200,-18000),(91,2499318000,-14400),(91,2519877600,-18000),(91,2530767600,-14400),(91,2551327200,-18000),(91,2562217200,-14400),
(91,2582776800,-18000),(91,2593666800,-14400),(91,2614226400,-18000),(91,2625116400,-14400),(91,2645676000,-18000),(91,2656566000,-14400),(91,2677125600,-18000),(91,2688620400,-14400),
(91,2709180000,-18000),(91,2720070000,-14400),(91,2740629600,-18000),(91,2751519600,-14400),(91,2772079200,-18000),(91,2782969200,-14400),(91,2803528800,-18000),(91,2814418800,-14400),
(91,2834978400,-18000),(91,2846473200,-14400),(91,2867032800,-18000),(91,2877922800,-14400),(91,2898482400,-18000),(91,2909372400,-14400),(91,2929932000,-18000),(91,2940822000,-14400),
(91,2961381600,-18000),(91,2972271600,-14400),(91,2992831200,-18000),(91,3003721200,-14400),(91,3024280800,-18000),(91,3035775600,-14400),(91,3056335200,-18000),(91,3067225200,-14400),
(91,3087784800,-18000),(91,3098674800,-14400),(91,3119234400,-18000),(91,3130124400,-14400),(91,3150684000,-18000),(91,3161574000,-14400),(91,3182133600,-18000),(91,3193023600,-14400),
(91,3213583200,-18000),(91,3225078000,-14400),(91,3245637600,-18000),(91,3256527600,-14400),(91,3277087200,-18000),(91,3287977200,-14400),(91,3308536800,-18000),(91,3319426800,-14400),
(91,3339986400,-18000),(91,3350876400,-14400),(91,3371436000,-18000),(91,3382930800,-14400),(91,3403490400,-18000),(91,3414380400,-14400),(91,3434940000,-18000),(91,3445830000,-14400),
(91,3466389600,-18000),(91,3477279600,-14400),(91,3497839200,-18000),(91,3508729200,-14400),(91,3529288800,-18000),(91,3540178800,-14400),(91,3560738400,-18000),(91,3572233200,-14400),
(91,3592792800,-18000),(91,3603682800,-14400),(91,3624242400,-18000),(91,3635132400,-14400),(91,3655692000,-18000),(91,3666582000,-14400),(91,3687141600,-18000),(91,3698031600,-14400),
(91,3718591200,-18000),(91,3730086000,-14400),(91,3750645600,-18000),(91,3761535600,-14400),(91,3782095200,-18000),(91,3792985200,-14400),(91,3813544800,-18000),(91,3824434800,-14400),
(91,3844994400,-18000),(91,3855884400,-14400),(91,3876444000,-18000),(91,3887334000,-14400),(91,3907893600,-18000),(91,3919388400,-14400),(91,3939948000,-18000),(91,3950838000,-14400),
(91,3971397600,-18000),(91,3982287600,-14400),(91,4002847200,-18000),(91,4013737200,-14400),(91,4034296800,-18000),(91,4045186800,-14400),(91,4065746400,-18000),(91,4076636400,-14400),
(91,4097196000,-18000),(91,4108690800,-14400),(91,4129250400,-18000),(92,-62135596800,-18000),(92,504939600,-14400),(92,512712000,-18000),(92,536475600,-14400),(92,544248000,-18000),
(92,631170000,-14400),(92,638942400,-18000),(92,757400400,-14400),(92,765172800,-18000),(93,-62135596800,-28800),(93,9972000,-25200),(93,25693200,-28800),(93,41421600,-25200),
(93,57747600,-28800),(93,73476000,-25200),(93,89197200,-28800),(93,104925600,-25200),(93,120646800,-28800),(93,126698400,-25200),(93,152096400,-28800),(93,162381600,-25200),
(93,183546000,-28800),(93,199274400,-25200),(93,215600400,-28800),(93,230724000,-25200),(93,247050000,-28800),(93,262778400,-25200),(93,278499600,-28800),(93,294228000,-25200),
(93,309949200,-28800),(93,325677600,-25200),(93,341398800,-28800),(93,357127200,-25200),(93,372848400,-28800),(93,388576800,-25200),(93,404902800,-28800),(93,420026400,-25200),
(93,436352400,-28800),(93,452080800,-25200),(93,467802000,-28800),(93,483530400,-25200),(93,499251600,-28800),(93,514980000,-25200),(93,530701200,-28800),(93,544615200,-25200),
(93,562150800,-28800),(93,576064800,-25200),(93,594205200,-28800),(93,607514400,-25200),(93,625654800,-28800),(93,638964000,-25200),(93,657104400,-28800),(93,671018400,-25200),
(93,688554000,-28800),(93,702468000,-25200),(93,720003600,-28800),(93,733917600,-25200),(93,752058000,-28800),(93,765367200,-25200),(93,783507600,-28800),(93,796816800,-25200),
(93,814957200,-28800),(93,828871200,-25200),(93,846406800,-28800),(93,860320800,-25200),(93,877856400,-28800),(93,891770400,-25200),(93,909306000,-28800),(93,923220000,-25200),
(93,941360400,-28800),(93,954669600,-25200),(93,972810000,-28800),(93,986119200,-25200),(93,1004259600,-28800),(93,1018173600,-25200),(93,1035709200,-28800),(93,1049623200,-25200),
(93,1067158800,-28800),(93,1081072800,-25200),(93,1099213200,-28800),(93,1112522400,-25200),(93,1130662800,-28800),(93,1143972000,-25200),(93,1162112400,-28800),(93,1173607200,-25200),
(93,1194166800,-28800),(93,1205056800,-25200),(93,1225616400,-28800),(93,1236506400,-25200),(93,1257066000,-28800),(93,1268560800,-25200),(93,1289120400,-28800),(93,1300010400,-25200),
(93,1320570000,-28800),(93,1331460000,-25200),(93,1352019600,-28800),(93,1362909600,-25200),(93,1383469200,-28800),(93,1394359200,-25200),(93,1414918800,-28800),(93,1425808800,-25200),
(93,1446368400,-28800),(93,1457863200,-25200),(93,1478422800,-28800),(93,1489312800,-25200),(93,1509872400,-28800),(93,1520762400,-25200),(93,1541322000,-28800),(93,1552212000,-25200),
(93,1572771600,-28800),(93,1583661600,-25200),(93,1604221200,-28800),(93,1615716000,-25200),(93,1636275600,-28800),(93,1647165600,-25200),(93,1667725200,-28800),(93,1678615200,-25200),
(93,1699174800,-28800),(93,1710064800,-25200),(93,1730624400,-28800),(93,1741514400,-25200),(93,1762074000,-28800),(93,1772964000,-25200),(93,1793523600,-28800),(93,1805018400,-25200),
(93,1825578000,-28800),(93,1836468000,-25200),(93,1857027600,-28800),(93,1867917600,-25200),(93,1888477200,-28800),(93,1899367200,-25200),(93,1919926800,-28800),(93,1930816800,-25200),
(93,1951376400,-28800),(93,1962871200,-25200),(93,1983430800,-28800),(93,1994320800,-25200),(93,2014880400,-28800),(93,2025770400,-25200),(93,2046330000,-28800),(93,2057220000,-25200),
(93,2077779600,-28800),(93,2088669600,-25200),(93,2109229200,-28800),(93,2120119200,-25200),(93,2140678800,-28800),(93,2152173600,-25200),(93,2172733200,-28800),(93,2183623200,-25200),
(93,2204182800,-28800),(93,2215072800,-25200),(93,2235632400,-28800),(93,2246522400,-25200),(93,2267082000,-28800),(93,2277972000,-25200),(93,2298531600,-28800),(93,2309421600,-25200),
(93,2329981200,-28800),(93,2341476000,-25200),(93,2362035600,-28800),(93,2372925600,-25200),(93,2393485200,-28800),(93,2404375200,-25200),(93,2424934800,-28800),(93,2435824800,-25200),
(93,2456384400,-28800),(93,2467274400,-25200),(93,2487834000,-28800),(93,2499328800,-25200),(93,2519888400,-28800),(93,2530778400,-25200),(93,2551338000,-28800),(93,2562228000,-25200),
(93,2582787600,-28800),(93,2593677600,-25200),(93,2614237200,-28800),(93,2625127200,-25200),(93,2645686800,-28800),(93,2656576800,-25200),(93,2677136400,-28800),(93,2688631200,-25200),
(93,2709190800,-28800),(93,2720080800,-25200),(93,2740640400,-28800),(93,2751530400,-25200),(93,2772090000,-28800),(93,2782980000,-25200),(93,2803539600,-28800),(93,2814429600,-25200),
(93,2834989200,-28800),(93,2846484000,-25200),(93,2867043600,-28800),(93,2877933600,-25200),(93,2898493200,-28800),(93,2909383200,-25200),(93,2929942800,-28800),(93,2940832800,-25200),
(93,2961392400,-28800),(93,2972282400,-25200),(93,2992842000,-28800),(93,3003732000,-25200),(93,3024291600,-28800),(93,3035786400,-25200),(93,3056346000,-28800),(93,3067236000,-25200),
(93,3087795600,-28800),(93,3098685600,-25200),(93,3119245200,-28800),(93,3130135200,-25200),(93,3150694800,-28800),(93,3161584800,-25200),(93,3182144400,-28800),(93,3193034400,-25200),
(93,3213594000,-28800),(93,3225088800,-25200),(93,3245648400,-28800),(93,3256538400,-25200),(93,3277098000,-28800),(93,3287988000,-25200),(93,3308547600,-28800),(93,3319437600,-25200),
(93,3339997200,-28800),(93,3350887200,-25200),(93,3371446800,-28800),(93,3382941600,-25200),(93,3403501200,-28800),(93,3414391200,-25200),(93,3434950800,-28800),(93,3445840800,-25200),
(93,3466400400,-28800),(93,3477290400,-25200),(93,3497850000,-28800),(93,3508740000,-25200),(93,3529299600,-28800),(93,3540189600,-25200),(93,3560749200,-28800),(93,3572244000,-25200),
(93,3592803600,-28800),(93,3603693600,-25200),(93,3624253200,-28800),(93,3635143200,-25200),(93,3655702800,-28800),(93,3666592800,-25200),(93,3687152400,-28800),(93,3698042400,-25200),
(93,3718602000,-28800),(93,3730096800,-25200),(93,3750656400,-28800),(93,3761546400,-25200),(93,3782106000,-28800),(93,3792996000,-25200),(93,3813555600,-28800),(93,3824445600,-25200),
(93,3845005200,-28800),(93,3855895200,-25200),(93,3876454800,-28800),(93,3887344800,-25200),(93,3907904400,-28800),(93,3919399200,-25200),(93,3939958800,-28800),(93,3950848800,-25200),
(93,3971408400,-28800),(93,3982298400,-25200),(93,4002858000,-28800),(93,4013748000,-25200),(93,4034307600,-28800),(93,4045197600,-25200),(93,4065757200,-28800),(93,4076647200,-25200),
(93,4097206800,-28800),(93,4108701600,-25200),(93,4129261200,-28800),(94,-62135596800,-10800),(94,499748400,-7200),(94,511236000,-10800),(94,530593200,-7200),(94,540266400,-10800),
(94,562129200,-7200),(94,571197600,-10800),(94,592974000,-7200),(94,602042400,-10800),(94,624423600,-7200),(94,634701600,-10800),(94,813726000,-7200),(94,824004000,-10800),
(94,938919600,-7200),(94,951616800,-10800),(94,970974000,-7200),(94,972180000,-10800),(94,1003028400,-7200),(94,1013911200,-10800),(95,-62135596800,-21600),(95,105084000,-18000),
(95,161758800,-21600),(95,290584800,-18000),(95,299134800,-21600),(95,322034400,-18000),(95,330584400,-21600),(95,694260000,-18000),(95,717310800,-21600),(95,725868000,-18000),
(95,852094800,-21600),(95,1113112800,-18000),(95,1128229200,-21600),(95,1146384000,-18000),(95,1159682400,-21600),(96,-62135596800,-14400),(96,499752000,-10800),(96,511239600,-14400),
(96,530596800,-10800),(96,540270000,-14400),(96,562132800,-10800),(96,571201200,-14400),(96,750830400,-10800),(96,761713200,-14400),(97,-62135596800,-14400),(97,323841600,-10800),
(97,338958000,-14400),(98,-62135596800,-21600),(98,576057600,-18000),(98,594198000,-21600),(98,828864000,-18000),(98,846399600,-21600),(98,860313600,-18000),(98,877849200,-21600),
(98,891763200,-18000),(98,909298800,-21600),(98,923212800,-18000),(98,941353200,-21600),(98,954662400,-18000),(98,972802800,-21600),(98,989136000,-18000),(98,1001833200,-21600),
(98,1018166400,-18000),(98,1035702000,-21600),(98,1049616000,-18000),(98,1067151600,-21600),(98,1081065600,-18000),(98,1099206000,-21600),(98,1112515200,-18000),(98,1130655600,-21600),
(98,1143964800,-18000),(98,1162105200,-21600),(98,1175414400,-18000),(98,1193554800,-21600),(98,1207468800,-18000),(98,1225004400,-21600),(98,1238918400,-18000),(98,1256454000,-21600),
(98,1268553600,-18000),(98,1289113200,-21600),(98,1300003200,-18000),(98,1320562800,-21600),(98,1331452800,-18000),(98,1352012400,-21600),(98,1362902400,-18000),(98,1383462000,-21600),
(98,1394352000,-18000),(98,1414911600,-21600),(98,1425801600,-18000),(98,1446361200,-21600),(98,1457856000,-18000),(98,1478415600,-21600),(98,1489305600,-18000),(98,1509865200,-21600),
(98,1520755200,-18000),(98,1541314800,-21600),(98,1552204800,-18000),(98,1572764400,-21600),(98,1583654400,-18000),(98,1604214000,-21600),(98,1615708800,-18000),(98,1636268400,-21600),
(98,1647158400,-18000),(98,1667718000,-21600),(98,1678608000,-18000),(98,1699167600,-21600),(98,1710057600,-18000),(98,1730617200,-21600),(98,1741507200,-18000),(98,1762066800,-21600),
(98,1772956800,-18000),(98,1793516400,-21600),(98,1805011200,-18000),(98,1825570800,-21600),(98,1836460800,-18000),(98,1857020400,-21600),(98,1867910400,-18000),(98,1888470000,-21600),
(98,1899360000,-18000),(98,1919919600,-21600),(98,1930809600,-18000),(98,1951369200,-21600),(98,1962864000,-18000),(98,1983423600,-21600),(98,1994313600,-18000),(98,2014873200,-21600),
(98,2025763200,-18000),(98,2046322800,-21600),(98,2057212800,-18000),(98,2077772400,-21600),(98,2088662400,-18000),(98,2109222000,-21600),(98,2120112000,-18000),(98,2140671600,-21600),
(98,2152166400,-18000),(98,2172726000,-21600),(98,2183616000,-18000),(98,2204175600,-21600),(98,2215065600,-18000),(98,2235625200,-21600),(98,2246515200,-18000),(98,2267074800,-21600),
(98,2277964800,-18000),(98,2298524400,-21600),(98,2309414400,-18000),(98,2329974000,-21600),(98,2341468800,-18000),(98,2362028400,-21600),(98,2372918400,-18000),(98,2393478000,-21600),
(98,2404368000,-18000),(98,2424927600,-21600),(98,2435817600,-18000),(98,2456377200,-21600),(98,2467267200,-18000),(98,2487826800,-21600),(98,2499321600,-18000),(98,2519881200,-21600),
(98,2530771200,-18000),(98,2551330800,-21600),(98,2562220800,-18000),(98,2582780400,-21600),(98,2593670400,-18000),(98,2614230000,-21600),(98,2625120000,-18000),(98,2645679600,-21600),
(98,2656569600,-18000),(98,2677129200,-21600),(98,2688624000,-18000),(98,2709183600,-21600),(98,2720073600,-18000),(98,2740633200,-21600),(98,2751523200,-18000),(98,2772082800,-21600),
(98,2782972800,-18000),(98,2803532400,-21600),(98,2814422400,-18000),(98,2834982000,-21600),(98,2846476800,-18000),(98,2867036400,-21600),(98,2877926400,-18000),(98,2898486000,-21600),
(98,2909376000,-18000),(98,2929935600,-21600),(98,2940825600,-18000),(98,2961385200,-21600),(98,2972275200,-18000),(98,2992834800,-21600),(98,3003724800,-18000),(98,3024284400,-21600),
(98,3035779200,-18000),(98,3056338800,-21600),(98,3067228800,-18000),(98,3087788400,-21600),(98,3098678400,-18000),(98,3119238000,-21600),(98,3130128000,-18000),(98,3150687600,-21600),
(98,3161577600,-18000),(98,3182137200,-21600),(98,3193027200,-18000),(98,3213586800,-21600),(98,3225081600,-18000),(98,3245641200,-21600),(98,3256531200,-18000),(98,3277090800,-21600),
(98,3287980800,-18000),(98,3308540400,-21600),(98,3319430400,-18000),(98,3339990000,-21600),(98,3350880000,-18000),(98,3371439600,-21600),(98,3382934400,-18000),(98,3403494000,-21600),
(98,3414384000,-18000),(98,3434943600,-21600),(98,3445833600,-18000),(98,3466393200,-21600),(98,3477283200,-18000),(98,3497842800,-21600),(98,3508732800,-18000),(98,3529292400,-21600),
(98,3540182400,-18000),(98,3560742000,-21600),(98,3572236800,-18000),(98,3592796400,-21600),(98,3603686400,-18000),(98,3624246000,-21600),(98,3635136000,-18000),(98,3655695600,-21600),
(98,3666585600,-18000),(98,3687145200,-21600),(98,3698035200,-18000),(98,3718594800,-21600),(98,3730089600,-18000),(98,3750649200,-21600),(98,3761539200,-18000),(98,3782098800,-21600),
(98,3792988800,-18000),(98,3813548400,-21600),(98,3824438400,-18000),(98,3844998000,-21600),(98,3855888000,-18000),(98,3876447600,-21600),(98,3887337600,-18000),(98,3907897200,-21600),
(98,3919392000,-18000),(98,3939951600,-21600),(98,3950841600,-18000),(98,3971401200,-21600),(98,3982291200,-18000),(98,4002850800,-21600),(98,4013740800,-18000),(98,4034300400,-21600),
(98,4045190400,-18000),(98,4065750000,-21600),(98,4076640000,-18000),(98,4097199600,-21600),(98,4108694400,-18000),(98,4129254000,-21600),(99,-62135596800,-25200),(99,828867600,-21600),
(99,846403200,-25200),(99,860317200,-21600),(99,877852800,-25200),(99,891766800,-21600),(99,909302400,-25200),(99,923216400,-21600),(99,941356800,-25200),(99,954666000,-21600),
(99,972806400,-25200),(99,989139600,-21600),(99,1001836800,-25200),(99,1018170000,-21600),(99,1035705600,-25200),(99,1049619600,-21600),(99,1067155200,-25200),(99,1081069200,-21600),
(99,1099209600,-25200),(99,1112518800,-21600),(99,1130659200,-25200),(99,1143968400,-21600),(99,1162108800,-25200),(99,1175418000,-21600),(99,1193558400,-25200),(99,1207472400,-21600),
(99,1225008000,-25200),(99,1238922000,-21600),(99,1256457600,-25200),(99,1270371600,-21600),(99,1288512000,-25200),(99,1301821200,-21600),(99,1319961600,-25200),(99,1333270800,-21600),
(99,1351411200,-25200),(99,1365325200,-21600),(99,1382860800,-25200),(99,1396774800,-21600),(99,1414310400,-25200),(99,1428224400,-21600),(99,1445760000,-25200),(99,1459674000,-21600),
(99,1477814400,-25200),(99,1491123600,-21600),(99,1509264000,-25200),(99,1522573200,-21600),(99,1540713600,-25200),(99,1554627600,-21600),(99,1572163200,-25200),(99,1586077200,-21600),
(99,1603612800,-25200),(99,1617526800,-21600),(99,1635667200,-25200),(99,1648976400,-21600),(99,1667116800,-25200),(100,-62135596800,-18000),(100,120639600,-21600),(100,126691200,-18000),
(100,152089200,-21600),(100,162374400,-18000),(100,183538800,-21600),(100,199267200,-18000),(100,215593200,-21600),(100,230716800,-18000),(100,247042800,-21600),(100,262771200,-18000),
(100,278492400,-21600),(100,294220800,-18000),(100,309942000,-21600),(100,325670400,-18000),(100,341391600,-21600),(100,357120000,-18000),(100,372841200,-21600),(100,388569600,-18000),
(100,404895600,-21600),(100,420019200,-18000),(100,436345200,-21600),(100,452073600,-18000),(100,467794800,-21600),(100,483523200,-18000),(100,499244400,-21600),(100,514972800,-18000),
(100,530694000,-21600),(100,544608000,-18000),(100,562143600,-21600),(100,576057600,-18000),(100,594198000,-21600),(100,607507200,-18000),(100,625647600,-21600),(100,638956800,-18000),
(100,657097200,-21600),(100,671011200,-18000),(100,688546800,-21600),(100,702460800,-18000),(100,719996400,-21600),(100,733910400,-18000),(100,752050800,-21600),(100,765360000,-18000),
(100,783500400,-21600),(100,796809600,-18000),(100,814950000,-21600),(100,828864000,-18000),(100,846399600,-21600),(100,860313600,-18000),(100,877849200,-21600),(100,891763200,-18000),
(100,909298800,-21600),(100,923212800,-18000),(100,941353200,-21600),(100,954662400,-18000),(100,972802800,-21600),(100,986112000,-18000),(100,1004252400,-21600),(100,1018166400,-18000),
(100,1035702000,-21600),(100,1049616000,-18000),(100,1067151600,-21600),(100,1081065600,-18000),(100,1099206000,-21600),(100,1112515200,-18000),(100,1130655600,-21600),(100,1143964800,-18000),
(100,1162105200,-21600),(100,1173600000,-18000),(100,1194159600,-21600),(100,1205049600,-18000),(100,1225609200,-21600),(100,1236499200,-18000),(100,1257058800,-21600),(100,1268553600,-18000),
(100,1289113200,-21600),(100,1300003200,-18000),(100,1320562800,-21600),(100,1331452800,-18000),(100,1352012400,-21600),(100,1362902400,-18000),(100,1383462000,-21600),(100,1394352000,-18000),
(100,1414911600,-21600),(100,1425801600,-18000),(100,1446361200,-21600),(100,1457856000,-18000),(100,1478415600,-21600),(100,1489305600,-18000),(100,1509865200,-21600),(100,1520755200,-18000),
(100,1541314800,-21600),(100,1552204800,-18000),(100,1572764400,-21600),(100,1583654400,-18000),(100,1604214000,-21600),(100,1615708800,-18000),(100,1636268400,-21600),(100,1647158400,-18000),
(100,1667718000,-21600),(100,1678608000,-18000),(100,1699167600,-21600),(100,1710057600,-18000),(100,1730617200,-21600),(100,1741507200,-18000),(100,1762066800,-21600),(100,1772956800,-18000),
(100,1793516400,-21600),(100,1805011200,-18000),(100,1825570800,-21600),(100,1836460800,-18000),(100,1857020400,-21600),(100,1867910400,-18000),(100,1888470000,-21600),(100,1899360000,-18000),
(100,1919919600,-21600),(100,1930809600,-18000),(100,1951369200,-21600),(100,1962864000,-18000),(100,1983423600,-21600),(100,1994313600,-18000),(100,2014873200,-21600),(100,2025763200,-18000),
(100,2046322800,-21600),(100,2057212800,-18000),(100,2077772400,-21600),(100,2088662400,-18000),(100,2109222000,-21600),(100,2120112000,-18000),(100,2140671600,-21600),(100,2152166400,-18000),
(100,2172726000,-21600),(100,2183616000,-18000),(100,2204175600,-21600),(100,2215065600,-18000),(100,2235625200,-21600),(100,2246515200,-18000),(100,2267074800,-21600),(100,2277964800,-18000),
(100,2298524400,-21600),(100,2309414400,-18000),(100,2329974000,-21600),(100,2341468800,-18000),(100,2362028400,-21600),(100,2372918400,-18000),(100,2393478000,-21600),(100,2404368000,-18000),
(100,2424927600,-21600),(100,2435817600,-18000),(100,2456377200,-21600),(100,2467267200,-18000),(100,2487826800,-21600),(100,2499321600,-18000),(100,2519881200,-21600),(100,2530771200,-18000),
(100,2551330800,-21600),(100,2562220800,-18000),(100,2582780400,-21600),(100,2593670400,-18000),(100,2614230000,-21600),(100,2625120000,-18000),(100,2645679600,-21600),(100,2656569600,-18000),
(100,2677129200,-21600),(100,2688624000,-18000),(100,2709183600,-21600),(100,2720073600,-18000),(100,2740633200,-21600),(100,2751523200,-18000),(100,2772082800,-21600),(100,2782972800,-18000),
(100,2803532400,-21600),(100,2814422400,-18000),(100,2834982000,-21600),(100,2846476800,-18000),(100,2867036400,-21600),(100,2877926400,-18000),(100,2898486000,-21600),(100,2909376000,-18000),
(100,2929935600,-21600),(100,2940825600,-18000),(100,2961385200,-21600),(100,2972275200,-18000),(100,2992834800,-21600),(100,3003724800,-18000),(100,3024284400,-21600),(100,3035779200,-18000),
(100,3056338800,-21600),(100,3067228800,-18000),(100,3087788400,-21600),(100,3098678400,-18000),(100,3119238000,-21600),(100,3130128000,-18000),(100,3150687600,-21600),(100,3161577600,-18000),
(100,3182137200,-21600),(100,3193027200,-18000),(100,3213586800,-21600),(100,3225081600,-18000),(100,3245641200,-21600),(100,3256531200,-18000),(100,3277090800,-21600),(100,3287980800,-18000),
(100,3308540400,-21600),(100,3319430400,-18000),(100,3339990000,-21600),(100,3350880000,-18000),(100,3371439600,-21600),(100,3382934400,-18000),(100,3403494000,-21600),(100,3414384000,-18000),
(100,3434943600,-21600),(100,3445833600,-18000),(100,3466393200,-21600),(100,3477283200,-18000),(100,3497842800,-21600),(100,3508732800,-18000),(100,3529292400,-21600),(100,3540182400,-18000),
(100,3560742000,-21600),(100,3572236800,-18000),(100,3592796400,-21600),(100,3603686400,-18000),(100,3624246000,-21600),(100,3635136000,-18000),(100,3655695600,-21600),(100,3666585600,-18000),
(100,3687145200,-21600),(100,3698035200,-18000),(100,3718594800,-21600),(100,3730089600,-18000),(100,3750649200,-21600),(100,3761539200,-18000),(100,3782098800,-21600),(100,3792988800,-18000),
(100,3813548400,-21600),(100,3824438400,-18000),(100,3844998000,-21600),(100,3855888000,-18000),(100,3876447600,-21600),(100,3887337600,-18000),(100,3907897200,-21600),(100,3919392000,-18000),
(100,3939951600,-21600),(100,3950841600,-18000),(100,3971401200,-21600),(100,3982291200,-18000),(100,4002850800,-21600),(100,4013740800,-18000),(100,4034300400,-21600),(100,4045190400,-18000),
(100,4065750000,-21600),(100,4076640000,-18000),(100,4097199600,-21600),(100,4108694400,-18000),(100,4129254000,-21600),(101,-62135596800,-21600),(101,378201600,-18000),(101,405068400,-21600),
(101,828864000,-18000),(101,846399600,-21600),(101,860313600,-18000),(101,877849200,-21600),(101,891763200,-18000),(101,909298800,-21600),(101,923212800,-18000),(101,941353200,-21600),
(101,954662400,-18000),(101,972802800,-21600),(101,989136000,-18000),(101,1001833200,-21600),(101,1018166400,-18000),(101,1035702000,-21600),(101,1049616000,-18000),(101,1067151600,-21600),
(101,1081065600,-18000),(101,1099206000,-21600),(101,1112515200,-18000),(101,1130655600,-21600),(101,1143964800,-18000),(101,1162105200,-21600),(101,1175414400,-18000),(101,1193554800,-21600);
INSERT INTO durable.tz_transitions (rule_id, at_utc, utc_offset) VALUES
(101,1207468800,-18000),(101,1225004400,-21600),(101,1238918400,-18000),(101,1256454000,-21600),(101,1270368000,-18000),(101,1288508400,-21600),(101,1301817600,-18000),(101,1319958000,-21600),
(101,1333267200,-18000),(101,1351407600,-21600),(101,1365321600,-18000),(101,1382857200,-21600),(101,1396771200,-18000),(101,1414306800,-21600),(101,1428220800,-18000),(101,1445756400,-21600),
(101,1459670400,-18000),(101,1477810800,-21600),(101,1491120000,-18000),(101,1509260400,-21600),(101,1522569600,-18000),(101,1540710000,-21600),(101,1554624000,-18000),(101,1572159600,-21600),
(101,1586073600,-18000),(101,1603609200,-21600),(101,1617523200,-18000),(101,1635663600,-21600),(101,1648972800,-18000),(101,1667113200,-21600),(102,-62135596800,-28800),(102,9972000,-25200),
(102,25693200,-28800),(102,41421600,-25200),(102,57747600,-28800),(102,73476000,-25200),(102,89197200,-28800),(102,104925600,-25200),(102,120646800,-28800),(102,126698400,-25200),
(102,152096400,-28800),(102,162381600,-25200),(102,183546000,-28800),(102,199274400,-25200),(102,215600400,-28800),(102,230724000,-25200),(102,247050000,-28800),(102,262778400,-25200),
(102,278499600,-28800),(102,294228000,-25200),(102,309949200,-28800),(102,325677600,-25200),(102,341398800,-28800),(102,357127200,-25200),(102,372848400,-28800),(102,388576800,-25200),
(102,404902800,-28800),(102,420026400,-25200),(102,436352400,-28800),(102,1446372000,-32400),(102,1457866800,-28800),(102,1478426400,-32400),(102,1489316400,-28800),(102,1509876000,-32400),
(102,1520766000,-28800),(102,1547978400,-32400),(102,1552215600,-28800),(102,1572775200,-32400),(102,1583665200,-28800),(102,1604224800,-32400),(102,1615719600,-28800),(102,1636279200,-32400),
(102,1647169200,-28800),(102,1667728800,-32400),(102,1678618800,-28800),(102,1699178400,-32400),(102,1710068400,-28800),(102,1730628000,-32400),(102,1741518000,-28800),(102,1762077600,-32400),
(102,1772967600,-28800),(102,1793527200,-32400),(102,1805022000,-28800),(102,1825581600,-32400),(102,1836471600,-28800),(102,1857031200,-32400),(102,1867921200,-28800),(102,1888480800,-32400),
(102,1899370800,-28800),(102,1919930400,-32400),(102,1930820400,-28800),(102,1951380000,-32400),(102,1962874800,-28800),(102,1983434400,-32400),(102,1994324400,-28800),(102,2014884000,-32400),
(102,2025774000,-28800),(102,2046333600,-32400),(102,2057223600,-28800),(102,2077783200,-32400),(102,2088673200,-28800),(102,2109232800,-32400),(102,2120122800,-28800),(102,2140682400,-32400),
(102,2152177200,-28800),(102,2172736800,-32400),(102,2183626800,-28800),(102,2204186400,-32400),(102,2215076400,-28800),(102,2235636000,-32400),(102,2246526000,-28800),(102,2267085600,-32400),
(102,2277975600,-28800),(102,2298535200,-32400),(102,2309425200,-28800),(102,2329984800,-32400),(102,2341479600,-28800),(102,2362039200,-32400),(102,2372929200,-28800),(102,2393488800,-32400),
(102,2404378800,-28800),(102,2424938400,-32400),(102,2435828400,-28800),(102,2456388000,-32400),(102,2467278000,-28800),(102,2487837600,-32400),(102,2499332400,-28800),(102,2519892000,-32400),
(102,2530782000,-28800),(102,2551341600,-32400),(102,2562231600,-28800),(102,2582791200,-32400),(102,2593681200,-28800),(102,2614240800,-32400),(102,2625130800,-28800),(102,2645690400,-32400),
(102,2656580400,-28800),(102,2677140000,-32400),(102,2688634800,-28800),(102,2709194400,-32400),(102,2720084400,-28800),(102,2740644000,-32400),(102,2751534000,-28800),(102,2772093600,-32400),
(102,2782983600,-28800),(102,2803543200,-32400),(102,2814433200,-28800),(102,2834992800,-32400),(102,2846487600,-28800),(102,2867047200,-32400),(102,2877937200,-28800),(102,2898496800,-32400),
(102,2909386800,-28800),(102,2929946400,-32400),(102,2940836400,-28800),(102,2961396000,-32400),(102,2972286000,-28800),(102,2992845600,-32400),(102,3003735600,-28800),(102,3024295200,-32400),
(102,3035790000,-28800),(102,3056349600,-32400),(102,3067239600,-28800),(102,3087799200,-32400),(102,3098689200,-28800),(102,3119248800,-32400),(102,3130138800,-28800),(102,3150698400,-32400),
(102,3161588400,-28800),(102,3182148000,-32400),(102,3193038000,-28800),(102,3213597600,-32400),(102,3225092400,-28800),(102,3245652000,-32400),(102,3256542000,-28800),(102,3277101600,-32400),
(102,3287991600,-28800),(102,3308551200,-32400),(102,3319441200,-28800),(102,3340000800,-32400),(102,3350890800,-28800),(102,3371450400,-32400),(102,3382945200,-28800),(102,3403504800,-32400),
(102,3414394800,-28800),(102,3434954400,-32400),(102,3445844400,-28800),(102,3466404000,-32400),(102,3477294000,-28800),(102,3497853600,-32400),(102,3508743600,-28800),(102,3529303200,-32400),
(102,3540193200,-28800),(102,3560752800,-32400),(102,3572247600,-28800),(102,3592807200,-32400),(102,3603697200,-28800),(102,3624256800,-32400),(102,3635146800,-28800),(102,3655706400,-32400),
(102,3666596400,-28800),(102,3687156000,-32400),(102,3698046000,-28800),(102,3718605600,-32400),(102,3730100400,-28800),(102,3750660000,-32400),(102,3761550000,-28800),(102,3782109600,-32400),
(102,3792999600,-28800),(102,3813559200,-32400),(102,3824449200,-28800),(102,3845008800,-32400),(102,3855898800,-28800),(102,3876458400,-32400),(102,3887348400,-28800),(102,3907908000,-32400),
(102,3919402800,-28800),(102,3939962400,-32400),(102,3950852400,-28800),(102,3971412000,-32400),(102,3982302000,-28800),(102,4002861600,-32400),(102,4013751600,-28800),(102,4034311200,-32400),
(102,4045201200,-28800),(102,4065760800,-32400),(102,4076650800,-28800),(102,4097210400,-32400),(102,4108705200,-28800),(102,4129264800,-32400),(103,-62135596800,-21600),(103,828864000,-18000),
(103,846399600,-21600),(103,860313600,-18000),(103,877849200,-21600),(103,891763200,-18000),(103,909298800,-21600),(103,923212800,-18000),(103,941353200,-21600),(103,954662400,-18000),
(103,972802800,-21600),(103,989136000,-18000),(103,1001833200,-21600),(103,1018166400,-18000),(103,1035702000,-21600),(103,1049616000,-18000),(103,1067151600,-21600),(103,1081065600,-18000),
(103,1099206000,-21600),(103,1112515200,-18000),(103,1130655600,-21600),(103,1143964800,-18000),(103,1162105200,-21600),(103,1175414400,-18000),(103,1193554800,-21600),(103,1207468800,-18000),
(103,1225004400,-21600),(103,1238918400,-18000),(103,1256454000,-21600),(103,1270368000,-18000),(103,1288508400,-21600),(103,1301817600,-18000),(103,1319958000,-21600),(103,1333267200,-18000),
(103,1351407600,-21600),(103,1365321600,-18000),(103,1382857200,-21600),(103,1396771200,-18000),(103,1414306800,-21600),(103,1428220800,-18000),(103,1445756400,-21600),(103,1459670400,-18000),
(103,1477810800,-21600),(103,1491120000,-18000),(103,1509260400,-21600),(103,1522569600,-18000),(103,1540710000,-21600),(103,1554624000,-18000),(103,1572159600,-21600),(103,1586073600,-18000),
(103,1603609200,-21600),(103,1617523200,-18000),(103,1635663600,-21600),(103,1648972800,-18000),(103,1667113200,-21600),(104,-62135596800,-14400),(104,326001600,-10800),(104,544597200,-7200),
(104,562132800,-10800),(104,576046800,-7200),(104,594187200,-10800),(104,607496400,-7200),(104,625636800,-10800),(104,638946000,-7200),(104,657086400,-10800),(104,671000400,-7200),
(104,688536000,-10800),(104,702450000,-7200),(104,719985600,-10800),(104,733899600,-7200),(104,752040000,-10800),(104,765349200,-7200),(104,783489600,-10800),(104,796798800,-7200),
(104,814939200,-10800),(104,828853200,-7200),(104,846388800,-10800),(104,860302800,-7200),(104,877838400,-10800),(104,891752400,-7200),(104,909288000,-10800),(104,923202000,-7200),
(104,941342400,-10800),(104,954651600,-7200),(104,972792000,-10800),(104,986101200,-7200),(104,1004241600,-10800),(104,1018155600,-7200),(104,1035691200,-10800),(104,1049605200,-7200),
(104,1067140800,-10800),(104,1081054800,-7200),(104,1099195200,-10800),(104,1112504400,-7200),(104,1130644800,-10800),(104,1143954000,-7200),(104,1162094400,-10800),(104,1173589200,-7200),
(104,1194148800,-10800),(104,1205038800,-7200),(104,1225598400,-10800),(104,1236488400,-7200),(104,1257048000,-10800),(104,1268542800,-7200),(104,1289102400,-10800),(104,1299992400,-7200),
(104,1320552000,-10800),(104,1331442000,-7200),(104,1352001600,-10800),(104,1362891600,-7200),(104,1383451200,-10800),(104,1394341200,-7200),(104,1414900800,-10800),(104,1425790800,-7200),
(104,1446350400,-10800),(104,1457845200,-7200),(104,1478404800,-10800),(104,1489294800,-7200),(104,1509854400,-10800),(104,1520744400,-7200),(104,1541304000,-10800),(104,1552194000,-7200),
(104,1572753600,-10800),(104,1583643600,-7200),(104,1604203200,-10800),(104,1615698000,-7200),(104,1636257600,-10800),(104,1647147600,-7200),(104,1667707200,-10800),(104,1678597200,-7200),
(104,1699156800,-10800),(104,1710046800,-7200),(104,1730606400,-10800),(104,1741496400,-7200),(104,1762056000,-10800),(104,1772946000,-7200),(104,1793505600,-10800),(104,1805000400,-7200),
(104,1825560000,-10800),(104,1836450000,-7200),(104,1857009600,-10800),(104,1867899600,-7200),(104,1888459200,-10800),(104,1899349200,-7200),(104,1919908800,-10800),(104,1930798800,-7200),
(104,1951358400,-10800),(104,1962853200,-7200),(104,1983412800,-10800),(104,1994302800,-7200),(104,2014862400,-10800),(104,2025752400,-7200),(104,2046312000,-10800),(104,2057202000,-7200),
(104,2077761600,-10800),(104,2088651600,-7200),(104,2109211200,-10800),(104,2120101200,-7200),(104,2140660800,-10800),(104,2152155600,-7200),(104,2172715200,-10800),(104,2183605200,-7200),
(104,2204164800,-10800),(104,2215054800,-7200),(104,2235614400,-10800),(104,2246504400,-7200),(104,2267064000,-10800),(104,2277954000,-7200),(104,2298513600,-10800),(104,2309403600,-7200),
(104,2329963200,-10800),(104,2341458000,-7200),(104,2362017600,-10800),(104,2372907600,-7200),(104,2393467200,-10800),(104,2404357200,-7200),(104,2424916800,-10800),(104,2435806800,-7200),
(104,2456366400,-10800),(104,2467256400,-7200),(104,2487816000,-10800),(104,2499310800,-7200),(104,2519870400,-10800),(104,2530760400,-7200),(104,2551320000,-10800),(104,2562210000,-7200),
(104,2582769600,-10800),(104,2593659600,-7200),(104,2614219200,-10800),(104,2625109200,-7200),(104,2645668800,-10800),(104,2656558800,-7200),(104,2677118400,-10800),(104,2688613200,-7200),
(104,2709172800,-10800),(104,2720062800,-7200),(104,2740622400,-10800),(104,2751512400,-7200),(104,2772072000,-10800),(104,2782962000,-7200),(104,2803521600,-10800),(104,2814411600,-7200),
(104,2834971200,-10800),(104,2846466000,-7200),(104,2867025600,-10800),(104,2877915600,-7200),(104,2898475200,-10800),(104,2909365200,-7200),(104,2929924800,-10800),(104,2940814800,-7200),
(104,2961374400,-10800),(104,2972264400,-7200),(104,2992824000,-10800),(104,3003714000,-7200),(104,3024273600,-10800),(104,3035768400,-7200),(104,3056328000,-10800),(104,3067218000,-7200),
(104,3087777600,-10800),(104,3098667600,-7200),(104,3119227200,-10800),(104,3130117200,-7200),(104,3150676800,-10800),(104,3161566800,-7200),(104,3182126400,-10800),(104,3193016400,-7200),
(104,3213576000,-10800),(104,3225070800,-7200),(104,3245630400,-10800),(104,3256520400,-7200),(104,3277080000,-10800),(104,3287970000,-7200),(104,3308529600,-10800),(104,3319419600,-7200),
(104,3339979200,-10800),(104,3350869200,-7200),(104,3371428800,-10800),(104,3382923600,-7200),(104,3403483200,-10800),(104,3414373200,-7200),(104,3434932800,-10800),(104,3445822800,-7200),
(104,3466382400,-10800),(104,3477272400,-7200),(104,3497832000,-10800),(104,3508722000,-7200),(104,3529281600,-10800),(104,3540171600,-7200),(104,3560731200,-10800),(104,3572226000,-7200),
(104,3592785600,-10800),(104,3603675600,-7200),(104,3624235200,-10800),(104,3635125200,-7200),(104,3655684800,-10800),(104,3666574800,-7200),(104,3687134400,-10800),(104,3698024400,-7200),
(104,3718584000,-10800),(104,3730078800,-7200),(104,3750638400,-10800),(104,3761528400,-7200),(104,3782088000,-10800),(104,3792978000,-7200),(104,3813537600,-10800),(104,3824427600,-7200),
(104,3844987200,-10800),(104,3855877200,-7200),(104,3876436800,-10800),(104,3887326800,-7200),(104,3907886400,-10800),(104,3919381200,-7200),(104,3939940800,-10800),(104,3950830800,-7200),
(104,3971390400,-10800),(104,3982280400,-7200),(104,4002840000,-10800),(104,4013730000,-7200),(104,4034289600,-10800),(104,4045179600,-7200),(104,4065739200,-10800),(104,4076629200,-7200),
(104,4097188800,-10800),(104,4108683600,-7200),(104,4129243200,-10800),(105,-62135596800,-14400),(105,9957600,-10800),(105,25678800,-14400),(105,41407200,-10800),(105,57733200,-14400),
(105,73461600,-10800),(105,89182800,-14400),(105,136360800,-10800),(105,152082000,-14400),(105,167810400,-10800),(105,183531600,-14400),(105,199260000,-10800),(105,215586000,-14400),
(105,230709600,-10800),(105,247035600,-14400),(105,262764000,-10800),(105,278485200,-14400),(105,294213600,-10800),(105,309934800,-14400),(105,325663200,-10800),(105,341384400,-14400),
(105,357112800,-10800),(105,372834000,-14400),(105,388562400,-10800),(105,404888400,-14400),(105,420012000,-10800),(105,436338000,-14400),(105,452066400,-10800),(105,467787600,-14400),
(105,483516000,-10800),(105,499237200,-14400),(105,514965600,-10800),(105,530686800,-14400),(105,544600800,-10800),(105,562136400,-14400),(105,576050400,-10800),(105,594190800,-14400),
(105,607500000,-10800),(105,625640400,-14400),(105,638949600,-10800),(105,657090000,-14400),(105,671004000,-10800),(105,688539600,-14400),(105,702453600,-10800),(105,719989200,-14400),
(105,733896060,-10800),(105,752036460,-14400),(105,765345660,-10800),(105,783486060,-14400),(105,796795260,-10800),(105,814935660,-14400),(105,828849660,-10800),(105,846385260,-14400),
(105,860299260,-10800),(105,877834860,-14400),(105,891748860,-10800),(105,909284460,-14400),(105,923198460,-10800),(105,941338860,-14400),(105,954648060,-10800),(105,972788460,-14400),
(105,986097660,-10800),(105,1004238060,-14400),(105,1018152060,-10800),(105,1035687660,-14400),(105,1049601660,-10800),(105,1067137260,-14400),(105,1081051260,-10800),(105,1099191660,-14400),
(105,1112500860,-10800),(105,1130641260,-14400),(105,1143950460,-10800),(105,1162090860,-14400),(105,1173592800,-10800),(105,1194152400,-14400),(105,1205042400,-10800),(105,1225602000,-14400),
(105,1236492000,-10800),(105,1257051600,-14400),(105,1268546400,-10800),(105,1289106000,-14400),(105,1299996000,-10800),(105,1320555600,-14400),(105,1331445600,-10800),(105,1352005200,-14400),
(105,1362895200,-10800),(105,1383454800,-14400),(105,1394344800,-10800),(105,1414904400,-14400),(105,1425794400,-10800),(105,1446354000,-14400),(105,1457848800,-10800),(105,1478408400,-14400),
(105,1489298400,-10800),(105,1509858000,-14400),(105,1520748000,-10800),(105,1541307600,-14400),(105,1552197600,-10800),(105,1572757200,-14400),(105,1583647200,-10800),(105,1604206800,-14400),
(105,1615701600,-10800),(105,1636261200,-14400),(105,1647151200,-10800),(105,1667710800,-14400),(105,1678600800,-10800),(105,1699160400,-14400),(105,1710050400,-10800),(105,1730610000,-14400),
(105,1741500000,-10800),(105,1762059600,-14400),(105,1772949600,-10800),(105,1793509200,-14400),(105,1805004000,-10800),(105,1825563600,-14400),(105,1836453600,-10800),(105,1857013200,-14400),
(105,1867903200,-10800),(105,1888462800,-14400),(105,1899352800,-10800),(105,1919912400,-14400),(105,1930802400,-10800),(105,1951362000,-14400),(105,1962856800,-10800),(105,1983416400,-14400),
(105,1994306400,-10800),(105,2014866000,-14400),(105,2025756000,-10800),(105,2046315600,-14400),(105,2057205600,-10800),(105,2077765200,-14400),(105,2088655200,-10800),(105,2109214800,-14400),
(105,2120104800,-10800),(105,2140664400,-14400),(105,2152159200,-10800),(105,2172718800,-14400),(105,2183608800,-10800),(105,2204168400,-14400),(105,2215058400,-10800),(105,2235618000,-14400),
(105,2246508000,-10800),(105,2267067600,-14400),(105,2277957600,-10800),(105,2298517200,-14400),(105,2309407200,-10800),(105,2329966800,-14400),(105,2341461600,-10800),(105,2362021200,-14400),
(105,2372911200,-10800),(105,2393470800,-14400),(105,2404360800,-10800),(105,2424920400,-14400),(105,2435810400,-10800),(105,2456370000,-14400),(105,2467260000,-10800),(105,2487819600,-14400),
(105,2499314400,-10800),(105,2519874000,-14400),(105,2530764000,-10800),(105,2551323600,-14400),(105,2562213600,-10800),(105,2582773200,-14400),(105,2593663200,-10800),(105,2614222800,-14400),
(105,2625112800,-10800),(105,2645672400,-14400),(105,2656562400,-10800),(105,2677122000,-14400),(105,2688616800,-10800),(105,2709176400,-14400),(105,2720066400,-10800),(105,2740626000,-14400),
(105,2751516000,-10800),(105,2772075600,-14400),(105,2782965600,-10800),(105,2803525200,-14400),(105,2814415200,-10800),(105,2834974800,-14400),(105,2846469600,-10800),(105,2867029200,-14400),
(105,2877919200,-10800),(105,2898478800,-14400),(105,2909368800,-10800),(105,2929928400,-14400),(105,2940818400,-10800),(105,2961378000,-14400),(105,2972268000,-10800),(105,2992827600,-14400),
(105,3003717600,-10800),(105,3024277200,-14400),(105,3035772000,-10800),(105,3056331600,-14400),(105,3067221600,-10800),(105,3087781200,-14400),(105,3098671200,-10800),(105,3119230800,-14400),
(105,3130120800,-10800),(105,3150680400,-14400),(105,3161570400,-10800),(105,3182130000,-14400),(105,3193020000,-10800),(105,3213579600,-14400),(105,3225074400,-10800),(105,3245634000,-14400),
(105,3256524000,-10800),(105,3277083600,-14400),(105,3287973600,-10800),(105,3308533200,-14400),(105,3319423200,-10800),(105,3339982800,-14400),(105,3350872800,-10800),(105,3371432400,-14400),
(105,3382927200,-10800),(105,3403486800,-14400),(105,3414376800,-10800),(105,3434936400,-14400),(105,3445826400,-10800),(105,3466386000,-14400),(105,3477276000,-10800),(105,3497835600,-14400),
(105,3508725600,-10800),(105,3529285200,-14400),(105,3540175200,-10800),(105,3560734800,-14400),(105,3572229600,-10800),(105,3592789200,-14400),(105,3603679200,-10800),(105,3624238800,-14400),
(105,3635128800,-10800),(105,3655688400,-14400),(105,3666578400,-10800),(105,3687138000,-14400),(105,3698028000,-10800),(105,3718587600,-14400),(105,3730082400,-10800),(105,3750642000,-14400),
(105,3761532000,-10800),(105,3782091600,-14400),(105,3792981600,-10800),(105,3813541200,-14400),(105,3824431200,-10800),(105,3844990800,-14400),(105,3855880800,-10800),(105,3876440400,-14400),
(105,3887330400,-10800),(105,3907890000,-14400),(105,3919384800,-10800),(105,3939944400,-14400),(105,3950834400,-10800),(105,3971394000,-14400),(105,3982284000,-10800),(105,4002843600,-14400),
(105,4013733600,-10800),(105,4034293200,-14400),(105,4045183200,-10800),(105,4065742800,-14400),(105,4076632800,-10800),(105,4097192400,-14400),(105,4108687200,-10800),(105,4129246800,-14400),
(106,-62135596800,-21600),(106,576057600,-18000),(106,594198000,-21600),(106,828864000,-18000),(106,846399600,-21600),(106,860313600,-18000),(106,877849200,-21600),(106,891763200,-18000),
(106,909298800,-21600),(106,923212800,-18000),(106,941353200,-21600),(106,954662400,-18000),(106,972802800,-21600),(106,989136000,-18000),(106,1001833200,-21600),(106,1018166400,-18000),
(106,1035702000,-21600),(106,1049616000,-18000),(106,1067151600,-21600),(106,1081065600,-18000),(106,1099206000,-21600),(106,1112515200,-18000),(106,1130655600,-21600),(106,1143964800,-18000),
(106,1162105200,-21600),(106,1175414400,-18000),(106,1193554800,-21600),(106,1207468800,-18000),(106,1225004400,-21600),(106,1238918400,-18000),(106,1256454000,-21600),(106,1270368000,-18000),
(106,1288508400,-21600),(106,1301817600,-18000),(106,1319958000,-21600),(106,1333267200,-18000),(106,1351407600,-21600),(106,1365321600,-18000),(106,1382857200,-21600),(106,1396771200,-18000),
(106,1414306800,-21600),(106,1428220800,-18000),(106,1445756400,-21600),(106,1459670400,-18000),(106,1477810800,-21600),(106,1491120000,-18000),(106,1509260400,-21600),(106,1522569600,-18000),
(106,1540710000,-21600),(106,1554624000,-18000),(106,1572159600,-21600),(106,1586073600,-18000),(106,1603609200,-21600),(106,1617523200,-18000),(106,1635663600,-21600),(106,1648972800,-18000),
(106,1667113200,-21600),(107,-62135596800,-10800),(107,9860400,-7200),(107,14176800,-10800),(107,72846000,-7200),(107,80100000,-10800),(107,127278000,-5400),(107,132111000,-9000),
(107,147234600,-10800),(107,156913200,-7200),(107,165376800,-10800),(107,219812400,-7200),(107,226461600,-10800),(107,250052400,-7200),(107,257911200,-10800),(107,282711600,-7200),
(107,289360800,-10800),(107,294202800,-7200),(107,322020000,-10800),(107,566449200,-7200),(107,573012000,-10800),(107,597812400,-7200),(107,605066400,-10800),(107,625633200,-7200),
(107,635911200,-10800),(107,656478000,-7200),(107,667965600,-10800),(107,688532400,-7200),(107,699415200,-10800),(107,719377200,-7200),(107,730864800,-10800),(107,1095562800,-7200),
(107,1111896000,-10800),(107,1128834000,-7200),(107,1142136000,-10800),(107,1159678800,-7200),(107,1173585600,-10800),(107,1191733200,-7200),(107,1205035200,-10800),(107,1223182800,-7200),
(107,1236484800,-10800),(107,1254632400,-7200),(107,1268539200,-10800),(107,1286082000,-7200),(107,1299988800,-10800),(107,1317531600,-7200),(107,1331438400,-10800),(107,1349586000,-7200),
(107,1362888000,-10800),(107,1381035600,-7200),(107,1394337600,-10800),(107,1412485200,-7200),(107,1425787200,-10800),(108,-62135596800,-18000),(108,9961200,-14400),(108,25682400,-18000),
(108,41410800,-14400),(108,57736800,-18000),(108,73465200,-14400),(108,89186400,-18000),(108,104914800,-14400),(108,120636000,-18000),(108,136364400,-14400),(108,152085600,-18000),
(108,167814000,-14400),(108,183535200,-18000),(108,199263600,-14400),(108,215589600,-18000),(108,230713200,-14400),(108,247039200,-18000),(108,262767600,-14400),(108,278488800,-18000),
(108,294217200,-14400),(108,309938400,-18000),(108,325666800,-14400),(108,341388000,-18000),(108,357116400,-14400),(108,372837600,-18000),(108,388566000,-14400),(108,404892000,-18000),
(108,420015600,-14400),(108,436341600,-18000),(108,452070000,-14400),(108,467791200,-18000),(108,483519600,-14400),(108,499240800,-18000),(108,514969200,-14400),(108,530690400,-18000),
(108,544604400,-14400),(108,562140000,-18000),(108,576054000,-14400),(108,594194400,-18000),(108,607503600,-14400),(108,625644000,-18000),(108,638953200,-14400),(108,657093600,-18000),
(108,671007600,-14400),(108,688543200,-18000),(108,702457200,-14400),(108,719992800,-18000),(108,733906800,-14400),(108,752047200,-18000),(108,765356400,-14400),(108,783496800,-18000),
(108,796806000,-14400),(108,814946400,-18000),(108,828860400,-14400),(108,846396000,-18000),(108,860310000,-14400),(108,877845600,-18000),(108,891759600,-14400),(108,909295200,-18000),
(108,923209200,-14400),(108,941349600,-18000),(108,954658800,-14400),(108,972799200,-18000),(108,986108400,-14400),(108,1004248800,-18000),(108,1018162800,-14400),(108,1035698400,-18000),
(108,1049612400,-14400),(108,1067148000,-18000),(108,1081062000,-14400),(108,1099202400,-18000),(108,1112511600,-14400),(108,1130652000,-18000),(108,1143961200,-14400),(108,1162101600,-18000),
(108,1173596400,-14400),(108,1194156000,-18000),(108,1205046000,-14400),(108,1225605600,-18000),(108,1236495600,-14400),(108,1257055200,-18000),(108,1268550000,-14400),(108,1289109600,-18000),
(108,1299999600,-14400),(108,1320559200,-18000),(108,1331449200,-14400),(108,1352008800,-18000),(108,1362898800,-14400),(108,1383458400,-18000),(108,1394348400,-14400),(108,1414908000,-18000),
(108,1425798000,-14400),(108,1446357600,-18000),(108,1457852400,-14400),(108,1478412000,-18000),(108,1489302000,-14400),(108,1509861600,-18000),(108,1520751600,-14400),(108,1541311200,-18000),
(108,1552201200,-14400),(108,1572760800,-18000),(108,1583650800,-14400),(108,1604210400,-18000),(108,1615705200,-14400),(108,1636264800,-18000),(108,1647154800,-14400),(108,1667714400,-18000),
(108,1678604400,-14400),(108,1699164000,-18000),(108,1710054000,-14400),(108,1730613600,-18000),(108,1741503600,-14400),(108,1762063200,-18000),(108,1772953200,-14400),(108,1793512800,-18000);
INSERT INTO durable.tz_transitions (rule_id, at_utc, utc_offset) VALUES
(108,1805007600,-14400),(108,1825567200,-18000),(108,1836457200,-14400),(108,1857016800,-18000),(108,1867906800,-14400),(108,1888466400,-18000),(108,1899356400,-14400),(108,1919916000,-18000),
(108,1930806000,-14400),(108,1951365600,-18000),(108,1962860400,-14400),(108,1983420000,-18000),(108,1994310000,-14400),(108,2014869600,-18000),(108,2025759600,-14400),(108,2046319200,-18000),
(108,2057209200,-14400),(108,2077768800,-18000),(108,2088658800,-14400),(108,2109218400,-18000),(108,2120108400,-14400),(108,2140668000,-18000),(108,2152162800,-14400),(108,2172722400,-18000),
(108,2183612400,-14400),(108,2204172000,-18000),(108,2215062000,-14400),(108,2235621600,-18000),(108,2246511600,-14400),(108,2267071200,-18000),(108,2277961200,-14400),(108,2298520800,-18000),
(108,2309410800,-14400),(108,2329970400,-18000),(108,2341465200,-14400),(108,2362024800,-18000),(108,2372914800,-14400),(108,2393474400,-18000),(108,2404364400,-14400),(108,2424924000,-18000),
(108,2435814000,-14400),(108,2456373600,-18000),(108,2467263600,-14400),(108,2487823200,-18000),(108,2499318000,-14400),(108,2519877600,-18000),(108,2530767600,-14400),(108,2551327200,-18000),
(108,2562217200,-14400),(108,2582776800,-18000),(108,2593666800,-14400),(108,2614226400,-18000),(108,2625116400,-14400),(108,2645676000,-18000),(108,2656566000,-14400),(108,2677125600,-18000),
(108,2688620400,-14400),(108,2709180000,-18000),(108,2720070000,-14400),(108,2740629600,-18000),(108,2751519600,-14400),(108,2772079200,-18000),(108,2782969200,-14400),(108,2803528800,-18000),
(108,2814418800,-14400),(108,2834978400,-18000),(108,2846473200,-14400),(108,2867032800,-18000),(108,2877922800,-14400),(108,2898482400,-18000),(108,2909372400,-14400),(108,2929932000,-18000),
(108,2940822000,-14400),(108,2961381600,-18000),(108,2972271600,-14400),(108,2992831200,-18000),(108,3003721200,-14400),(108,3024280800,-18000),(108,3035775600,-14400),(108,3056335200,-18000),
(108,3067225200,-14400),(108,3087784800,-18000),(108,3098674800,-14400),(108,3119234400,-18000),(108,3130124400,-14400),(108,3150684000,-18000),(108,3161574000,-14400),(108,3182133600,-18000),
(108,3193023600,-14400),(108,3213583200,-18000),(108,3225078000,-14400),(108,3245637600,-18000),(108,3256527600,-14400),(108,3277087200,-18000),(108,3287977200,-14400),(108,3308536800,-18000),
(108,3319426800,-14400),(108,3339986400,-18000),(108,3350876400,-14400),(108,3371436000,-18000),(108,3382930800,-14400),(108,3403490400,-18000),(108,3414380400,-14400),(108,3434940000,-18000),
(108,3445830000,-14400),(108,3466389600,-18000),(108,3477279600,-14400),(108,3497839200,-18000),(108,3508729200,-14400),(108,3529288800,-18000),(108,3540178800,-14400),(108,3560738400,-18000),
(108,3572233200,-14400),(108,3592792800,-18000),(108,3603682800,-14400),(108,3624242400,-18000),(108,3635132400,-14400),(108,3655692000,-18000),(108,3666582000,-14400),(108,3687141600,-18000),
(108,3698031600,-14400),(108,3718591200,-18000),(108,3730086000,-14400),(108,3750645600,-18000),(108,3761535600,-14400),(108,3782095200,-18000),(108,3792985200,-14400),(108,3813544800,-18000),
(108,3824434800,-14400),(108,3844994400,-18000),(108,3855884400,-14400),(108,3876444000,-18000),(108,3887334000,-14400),(108,3907893600,-18000),(108,3919388400,-14400),(108,3939948000,-18000),
(108,3950838000,-14400),(108,3971397600,-18000),(108,3982287600,-14400),(108,4002847200,-18000),(108,4013737200,-14400),(108,4034296800,-18000),(108,4045186800,-14400),(108,4065746400,-18000),
(108,4076636400,-14400),(108,4097196000,-18000),(108,4108690800,-14400),(108,4129250400,-18000),(109,-62135596800,-18000),(109,9961200,-14400),(109,25682400,-18000),(109,41410800,-14400),
(109,57736800,-18000),(109,73465200,-14400),(109,89186400,-18000),(109,104914800,-14400),(109,120636000,-18000),(109,126687600,-14400),(109,152085600,-18000),(109,162370800,-14400),
(109,183535200,-18000),(109,199263600,-14400),(109,215589600,-18000),(109,230713200,-14400),(109,247039200,-18000),(109,262767600,-14400),(109,278488800,-18000),(109,294217200,-14400),
(109,309938400,-18000),(109,325666800,-14400),(109,341388000,-18000),(109,357116400,-14400),(109,372837600,-18000),(109,388566000,-14400),(109,404892000,-18000),(109,420015600,-14400),
(109,436341600,-18000),(109,452070000,-14400),(109,467791200,-18000),(109,483519600,-14400),(109,499240800,-18000),(109,514969200,-14400),(109,530690400,-18000),(109,544604400,-14400),
(109,562140000,-18000),(109,576054000,-14400),(109,594194400,-18000),(109,607503600,-14400),(109,625644000,-18000),(109,638953200,-14400),(109,657093600,-18000),(109,671007600,-14400),
(109,688543200,-18000),(109,702457200,-14400),(109,719992800,-18000),(109,733906800,-14400),(109,752047200,-18000),(109,765356400,-14400),(109,783496800,-18000),(109,796806000,-14400),
(109,814946400,-18000),(109,828860400,-14400),(109,846396000,-18000),(109,860310000,-14400),(109,877845600,-18000),(109,891759600,-14400),(109,909295200,-18000),(109,923209200,-14400),
(109,941349600,-18000),(109,954658800,-14400),(109,972799200,-18000),(109,986108400,-14400),(109,1004248800,-18000),(109,1018162800,-14400),(109,1035698400,-18000),(109,1049612400,-14400),
(109,1067148000,-18000),(109,1081062000,-14400),(109,1099202400,-18000),(109,1112511600,-14400),(109,1130652000,-18000),(109,1143961200,-14400),(109,1162101600,-18000),(109,1173596400,-14400),
(109,1194156000,-18000),(109,1205046000,-14400),(109,1225605600,-18000),(109,1236495600,-14400),(109,1257055200,-18000),(109,1268550000,-14400),(109,1289109600,-18000),(109,1299999600,-14400),
(109,1320559200,-18000),(109,1331449200,-14400),(109,1352008800,-18000),(109,1362898800,-14400),(109,1383458400,-18000),(109,1394348400,-14400),(109,1414908000,-18000),(109,1425798000,-14400),
(109,1446357600,-18000),(109,1457852400,-14400),(109,1478412000,-18000),(109,1489302000,-14400),(109,1509861600,-18000),(109,1520751600,-14400),(109,1541311200,-18000),(109,1552201200,-14400),
(109,1572760800,-18000),(109,1583650800,-14400),(109,1604210400,-18000),(109,1615705200,-14400),(109,1636264800,-18000),(109,1647154800,-14400),(109,1667714400,-18000),(109,1678604400,-14400),
(109,1699164000,-18000),(109,1710054000,-14400),(109,1730613600,-18000),(109,1741503600,-14400),(109,1762063200,-18000),(109,1772953200,-14400),(109,1793512800,-18000),(109,1805007600,-14400),
(109,1825567200,-18000),(109,1836457200,-14400),(109,1857016800,-18000),(109,1867906800,-14400),(109,1888466400,-18000),(109,1899356400,-14400),(109,1919916000,-18000),(109,1930806000,-14400),
(109,1951365600,-18000),(109,1962860400,-14400),(109,1983420000,-18000),(109,1994310000,-14400),(109,2014869600,-18000),(109,2025759600,-14400),(109,2046319200,-18000),(109,2057209200,-14400),
(109,2077768800,-18000),(109,2088658800,-14400),(109,2109218400,-18000),(109,2120108400,-14400),(109,2140668000,-18000),(109,2152162800,-14400),(109,2172722400,-18000),(109,2183612400,-14400),
(109,2204172000,-18000),(109,2215062000,-14400),(109,2235621600,-18000),(109,2246511600,-14400),(109,2267071200,-18000),(109,2277961200,-14400),(109,2298520800,-18000),(109,2309410800,-14400),
(109,2329970400,-18000),(109,2341465200,-14400),(109,2362024800,-18000),(109,2372914800,-14400),(109,2393474400,-18000),(109,2404364400,-14400),(109,2424924000,-18000),(109,2435814000,-14400),
(109,2456373600,-18000),(109,2467263600,-14400),(109,2487823200,-18000),(109,2499318000,-14400),(109,2519877600,-18000),(109,2530767600,-14400),(109,2551327200,-18000),(109,2562217200,-14400),
(109,2582776800,-18000),(109,2593666800,-14400),(109,2614226400,-18000),(109,2625116400,-14400),(109,2645676000,-18000),(109,2656566000,-14400),(109,2677125600,-18000),(109,2688620400,-14400),
(109,2709180000,-18000),(109,2720070000,-14400),(109,2740629600,-18000),(109,2751519600,-14400),(109,2772079200,-18000),(109,2782969200,-14400),(109,2803528800,-18000),(109,2814418800,-14400),
(109,2834978400,-18000),(109,2846473200,-14400),(109,2867032800,-18000),(109,2877922800,-14400),(109,2898482400,-18000),(109,2909372400,-14400),(109,2929932000,-18000),(109,2940822000,-14400),
(109,2961381600,-18000),(109,2972271600,-14400),(109,2992831200,-18000),(109,3003721200,-14400),(109,3024280800,-18000),(109,3035775600,-14400),(109,3056335200,-18000),(109,3067225200,-14400),
(109,3087784800,-18000),(109,3098674800,-14400),(109,3119234400,-18000),(109,3130124400,-14400),(109,3150684000,-18000),(109,3161574000,-14400),(109,3182133600,-18000),(109,3193023600,-14400),
(109,3213583200,-18000),(109,3225078000,-14400),(109,3245637600,-18000),(109,3256527600,-14400),(109,3277087200,-18000),(109,3287977200,-14400),(109,3308536800,-18000),(109,3319426800,-14400),
(109,3339986400,-18000),(109,3350876400,-14400),(109,3371436000,-18000),(109,3382930800,-14400),(109,3403490400,-18000),(109,3414380400,-14400),(109,3434940000,-18000),(109,3445830000,-14400),
(109,3466389600,-18000),(109,3477279600,-14400),(109,3497839200,-18000),(109,3508729200,-14400),(109,3529288800,-18000),(109,3540178800,-14400),(109,3560738400,-18000),(109,3572233200,-14400),
(109,3592792800,-18000),(109,3603682800,-14400),(109,3624242400,-18000),(109,3635132400,-14400),(109,3655692000,-18000),(109,3666582000,-14400),(109,3687141600,-18000),(109,3698031600,-14400),
(109,3718591200,-18000),(109,3730086000,-14400),(109,3750645600,-18000),(109,3761535600,-14400),(109,3782095200,-18000),(109,3792985200,-14400),(109,3813544800,-18000),(109,3824434800,-14400),
(109,3844994400,-18000),(109,3855884400,-14400),(109,3876444000,-18000),(109,3887334000,-14400),(109,3907893600,-18000),(109,3919388400,-14400),(109,3939948000,-18000),(109,3950838000,-14400),
(109,3971397600,-18000),(109,3982287600,-14400),(109,4002847200,-18000),(109,4013737200,-14400),(109,4034296800,-18000),(109,4045186800,-14400),(109,4065746400,-18000),(109,4076636400,-14400),
(109,4097196000,-18000),(109,4108690800,-14400),(109,4129250400,-18000),(110,-62135596800,-39600),(110,9982800,-36000),(110,25704000,-39600),(110,41432400,-36000),(110,57758400,-39600),
(110,73486800,-36000),(110,89208000,-39600),(110,104936400,-36000),(110,120657600,-39600),(110,126709200,-36000),(110,152107200,-39600),(110,162392400,-36000),(110,183556800,-39600),
(110,199285200,-36000),(110,215611200,-39600),(110,230734800,-36000),(110,247060800,-39600),(110,262789200,-36000),(110,278510400,-39600),(110,294238800,-36000),(110,309960000,-39600),
(110,325688400,-36000),(110,341409600,-39600),(110,357138000,-36000),(110,372859200,-39600),(110,388587600,-36000),(110,404913600,-39600),(110,420037200,-36000),(110,436363200,-32400),
(110,452084400,-28800),(110,467805600,-32400),(110,483534000,-28800),(110,499255200,-32400),(110,514983600,-28800),(110,530704800,-32400),(110,544618800,-28800),(110,562154400,-32400),
(110,576068400,-28800),(110,594208800,-32400),(110,607518000,-28800),(110,625658400,-32400),(110,638967600,-28800),(110,657108000,-32400),(110,671022000,-28800),(110,688557600,-32400),
(110,702471600,-28800),(110,720007200,-32400),(110,733921200,-28800),(110,752061600,-32400),(110,765370800,-28800),(110,783511200,-32400),(110,796820400,-28800),(110,814960800,-32400),
(110,828874800,-28800),(110,846410400,-32400),(110,860324400,-28800),(110,877860000,-32400),(110,891774000,-28800),(110,909309600,-32400),(110,923223600,-28800),(110,941364000,-32400),
(110,954673200,-28800),(110,972813600,-32400),(110,986122800,-28800),(110,1004263200,-32400),(110,1018177200,-28800),(110,1035712800,-32400),(110,1049626800,-28800),(110,1067162400,-32400),
(110,1081076400,-28800),(110,1099216800,-32400),(110,1112526000,-28800),(110,1130666400,-32400),(110,1143975600,-28800),(110,1162116000,-32400),(110,1173610800,-28800),(110,1194170400,-32400),
(110,1205060400,-28800),(110,1225620000,-32400),(110,1236510000,-28800),(110,1257069600,-32400),(110,1268564400,-28800),(110,1289124000,-32400),(110,1300014000,-28800),(110,1320573600,-32400),
(110,1331463600,-28800),(110,1352023200,-32400),(110,1362913200,-28800),(110,1383472800,-32400),(110,1394362800,-28800),(110,1414922400,-32400),(110,1425812400,-28800),(110,1446372000,-32400),
(110,1457866800,-28800),(110,1478426400,-32400),(110,1489316400,-28800),(110,1509876000,-32400),(110,1520766000,-28800),(110,1541325600,-32400),(110,1552215600,-28800),(110,1572775200,-32400),
(110,1583665200,-28800),(110,1604224800,-32400),(110,1615719600,-28800),(110,1636279200,-32400),(110,1647169200,-28800),(110,1667728800,-32400),(110,1678618800,-28800),(110,1699178400,-32400),
(110,1710068400,-28800),(110,1730628000,-32400),(110,1741518000,-28800),(110,1762077600,-32400),(110,1772967600,-28800),(110,1793527200,-32400),(110,1805022000,-28800),(110,1825581600,-32400),
(110,1836471600,-28800),(110,1857031200,-32400),(110,1867921200,-28800),(110,1888480800,-32400),(110,1899370800,-28800),(110,1919930400,-32400),(110,1930820400,-28800),(110,1951380000,-32400),
(110,1962874800,-28800),(110,1983434400,-32400),(110,1994324400,-28800),(110,2014884000,-32400),(110,2025774000,-28800),(110,2046333600,-32400),(110,2057223600,-28800),(110,2077783200,-32400),
(110,2088673200,-28800),(110,2109232800,-32400),(110,2120122800,-28800),(110,2140682400,-32400),(110,2152177200,-28800),(110,2172736800,-32400),(110,2183626800,-28800),(110,2204186400,-32400),
(110,2215076400,-28800),(110,2235636000,-32400),(110,2246526000,-28800),(110,2267085600,-32400),(110,2277975600,-28800),(110,2298535200,-32400),(110,2309425200,-28800),(110,2329984800,-32400),
(110,2341479600,-28800),(110,2362039200,-32400),(110,2372929200,-28800),(110,2393488800,-32400),(110,2404378800,-28800),(110,2424938400,-32400),(110,2435828400,-28800),(110,2456388000,-32400),
(110,2467278000,-28800),(110,2487837600,-32400),(110,2499332400,-28800),(110,2519892000,-32400),(110,2530782000,-28800),(110,2551341600,-32400),(110,2562231600,-28800),(110,2582791200,-32400),
(110,2593681200,-28800),(110,2614240800,-32400),(110,2625130800,-28800),(110,2645690400,-32400),(110,2656580400,-28800),(110,2677140000,-32400),(110,2688634800,-28800),(110,2709194400,-32400),
(110,2720084400,-28800),(110,2740644000,-32400),(110,2751534000,-28800),(110,2772093600,-32400),(110,2782983600,-28800),(110,2803543200,-32400),(110,2814433200,-28800),(110,2834992800,-32400),
(110,2846487600,-28800),(110,2867047200,-32400),(110,2877937200,-28800),(110,2898496800,-32400),(110,2909386800,-28800),(110,2929946400,-32400),(110,2940836400,-28800),(110,2961396000,-32400),
(110,2972286000,-28800),(110,2992845600,-32400),(110,3003735600,-28800),(110,3024295200,-32400),(110,3035790000,-28800),(110,3056349600,-32400),(110,3067239600,-28800),(110,3087799200,-32400),
(110,3098689200,-28800),(110,3119248800,-32400),(110,3130138800,-28800),(110,3150698400,-32400),(110,3161588400,-28800),(110,3182148000,-32400),(110,3193038000,-28800),(110,3213597600,-32400),
(110,3225092400,-28800),(110,3245652000,-32400),(110,3256542000,-28800),(110,3277101600,-32400),(110,3287991600,-28800),(110,3308551200,-32400),(110,3319441200,-28800),(110,3340000800,-32400),
(110,3350890800,-28800),(110,3371450400,-32400),(110,3382945200,-28800),(110,3403504800,-32400),(110,3414394800,-28800),(110,3434954400,-32400),(110,3445844400,-28800),(110,3466404000,-32400),
(110,3477294000,-28800),(110,3497853600,-32400),(110,3508743600,-28800),(110,3529303200,-32400),(110,3540193200,-28800),(110,3560752800,-32400),(110,3572247600,-28800),(110,3592807200,-32400),
(110,3603697200,-28800),(110,3624256800,-32400),(110,3635146800,-28800),(110,3655706400,-32400),(110,3666596400,-28800),(110,3687156000,-32400),(110,3698046000,-28800),(110,3718605600,-32400),
(110,3730100400,-28800),(110,3750660000,-32400),(110,3761550000,-28800),(110,3782109600,-32400),(110,3792999600,-28800),(110,3813559200,-32400),(110,3824449200,-28800),(110,3845008800,-32400),
(110,3855898800,-28800),(110,3876458400,-32400),(110,3887348400,-28800),(110,3907908000,-32400),(110,3919402800,-28800),(110,3939962400,-32400),(110,3950852400,-28800),(110,3971412000,-32400),
(110,3982302000,-28800),(110,4002861600,-32400),(110,4013751600,-28800),(110,4034311200,-32400),(110,4045201200,-28800),(110,4065760800,-32400),(110,4076650800,-28800),(110,4097210400,-32400),
(110,4108705200,-28800),(110,4129264800,-32400),(111,-62135596800,-7200),(111,499744800,-3600),(111,511232400,-7200),(111,530589600,-3600),(111,540262800,-7200),(111,562125600,-3600),
(111,571194000,-7200),(111,592970400,-3600),(111,602038800,-7200),(111,624420000,-3600),(111,634698000,-7200),(111,938916000,-3600),(111,951613200,-7200),(111,970970400,-3600),
(111,971571600,-7200),(111,1003024800,-3600),(111,1013907600,-7200),(112,-62135596800,-25200),(112,9968400,-21600),(112,25689600,-25200),(112,41418000,-21600),(112,57744000,-25200),
(112,73472400,-21600),(112,89193600,-25200),(112,104922000,-21600),(112,120643200,-25200),(112,126694800,-21600),(112,152092800,-25200),(112,162378000,-21600),(112,183542400,-25200),
(112,199270800,-21600),(112,215596800,-25200),(112,230720400,-21600),(112,247046400,-25200),(112,262774800,-21600),(112,278496000,-25200),(112,294224400,-21600),(112,309945600,-25200),
(112,325674000,-21600),(112,341395200,-25200),(112,357123600,-21600),(112,372844800,-25200),(112,388573200,-21600),(112,404899200,-25200),(112,420022800,-21600),(112,436348800,-25200),
(112,452077200,-21600),(112,467798400,-25200),(112,483526800,-21600),(112,499248000,-25200),(112,514976400,-21600),(112,530697600,-25200),(112,544611600,-21600),(112,562147200,-25200),
(112,576061200,-21600),(112,594201600,-25200),(112,607510800,-21600),(112,625651200,-25200),(112,638960400,-21600),(112,657100800,-25200),(112,671014800,-21600),(112,688550400,-25200),
(112,702464400,-21600),(112,720000000,-25200),(112,733914000,-21600),(112,752054400,-25200),(112,765363600,-21600),(112,783504000,-25200),(112,796813200,-21600),(112,814953600,-25200),
(112,828867600,-21600),(112,846403200,-25200),(112,860317200,-21600),(112,877852800,-25200),(112,891766800,-21600),(112,909302400,-25200),(112,923216400,-21600),(112,941356800,-25200),
(112,954666000,-21600),(112,972806400,-25200),(112,986115600,-21600),(112,1004256000,-25200),(112,1018170000,-21600),(112,1035705600,-25200),(112,1049619600,-21600),(112,1067155200,-25200),
(112,1081069200,-21600),(112,1099209600,-25200),(112,1112518800,-21600),(112,1130659200,-25200),(112,1143968400,-21600),(112,1162108800,-25200),(112,1173603600,-21600),(112,1194163200,-25200),
(112,1205053200,-21600),(112,1225612800,-25200),(112,1236502800,-21600),(112,1257062400,-25200),(112,1268557200,-21600),(112,1300003200,-18000),(112,1320562800,-21600),(112,1331452800,-18000),
(112,1352012400,-21600),(112,1362902400,-18000),(112,1383462000,-21600),(112,1394352000,-18000),(112,1414911600,-21600),(112,1425801600,-18000),(112,1446361200,-21600),(112,1457856000,-18000),
(112,1478415600,-21600),(112,1489305600,-18000),(112,1509865200,-21600),(112,1520755200,-18000),(112,1541314800,-21600),(112,1552204800,-18000),(112,1572764400,-21600),(112,1583654400,-18000),
(112,1604214000,-21600),(112,1615708800,-18000),(112,1636268400,-21600),(112,1647158400,-18000),(112,1667718000,-21600),(112,1678608000,-18000),(112,1699167600,-21600),(112,1710057600,-18000),
(112,1730617200,-21600),(112,1741507200,-18000),(112,1762066800,-21600),(112,1772956800,-18000),(112,1793516400,-21600),(112,1805011200,-18000),(112,1825570800,-21600),(112,1836460800,-18000),
(112,1857020400,-21600),(112,1867910400,-18000),(112,1888470000,-21600),(112,1899360000,-18000),(112,1919919600,-21600),(112,1930809600,-18000),(112,1951369200,-21600),(112,1962864000,-18000),
(112,1983423600,-21600),(112,1994313600,-18000),(112,2014873200,-21600),(112,2025763200,-18000),(112,2046322800,-21600),(112,2057212800,-18000),(112,2077772400,-21600),(112,2088662400,-18000),
(112,2109222000,-21600),(112,2120112000,-18000),(112,2140671600,-21600),(112,2152166400,-18000),(112,2172726000,-21600),(112,2183616000,-18000),(112,2204175600,-21600),(112,2215065600,-18000),
(112,2235625200,-21600),(112,2246515200,-18000),(112,2267074800,-21600),(112,2277964800,-18000),(112,2298524400,-21600),(112,2309414400,-18000),(112,2329974000,-21600),(112,2341468800,-18000),
(112,2362028400,-21600),(112,2372918400,-18000),(112,2393478000,-21600),(112,2404368000,-18000),(112,2424927600,-21600),(112,2435817600,-18000),(112,2456377200,-21600),(112,2467267200,-18000),
(112,2487826800,-21600),(112,2499321600,-18000),(112,2519881200,-21600),(112,2530771200,-18000),(112,2551330800,-21600),(112,2562220800,-18000),(112,2582780400,-21600),(112,2593670400,-18000),
(112,2614230000,-21600),(112,2625120000,-18000),(112,2645679600,-21600),(112,2656569600,-18000),(112,2677129200,-21600),(112,2688624000,-18000),(112,2709183600,-21600),(112,2720073600,-18000),
(112,2740633200,-21600),(112,2751523200,-18000),(112,2772082800,-21600),(112,2782972800,-18000),(112,2803532400,-21600),(112,2814422400,-18000),(112,2834982000,-21600),(112,2846476800,-18000),
(112,2867036400,-21600),(112,2877926400,-18000),(112,2898486000,-21600),(112,2909376000,-18000),(112,2929935600,-21600),(112,2940825600,-18000),(112,2961385200,-21600),(112,2972275200,-18000),
(112,2992834800,-21600),(112,3003724800,-18000),(112,3024284400,-21600),(112,3035779200,-18000),(112,3056338800,-21600),(112,3067228800,-18000),(112,3087788400,-21600),(112,3098678400,-18000),
(112,3119238000,-21600),(112,3130128000,-18000),(112,3150687600,-21600),(112,3161577600,-18000),(112,3182137200,-21600),(112,3193027200,-18000),(112,3213586800,-21600),(112,3225081600,-18000),
(112,3245641200,-21600),(112,3256531200,-18000),(112,3277090800,-21600),(112,3287980800,-18000),(112,3308540400,-21600),(112,3319430400,-18000),(112,3339990000,-21600),(112,3350880000,-18000),
(112,3371439600,-21600),(112,3382934400,-18000),(112,3403494000,-21600),(112,3414384000,-18000),(112,3434943600,-21600),(112,3445833600,-18000),(112,3466393200,-21600),(112,3477283200,-18000),
(112,3497842800,-21600),(112,3508732800,-18000),(112,3529292400,-21600),(112,3540182400,-18000),(112,3560742000,-21600),(112,3572236800,-18000),(112,3592796400,-21600),(112,3603686400,-18000),
(112,3624246000,-21600),(112,3635136000,-18000),(112,3655695600,-21600),(112,3666585600,-18000),(112,3687145200,-21600),(112,3698035200,-18000),(112,3718594800,-21600),(112,3730089600,-18000),
(112,3750649200,-21600),(112,3761539200,-18000),(112,3782098800,-21600),(112,3792988800,-18000),(112,3813548400,-21600),(112,3824438400,-18000),(112,3844998000,-21600),(112,3855888000,-18000),
(112,3876447600,-21600),(112,3887337600,-18000),(112,3907897200,-21600),(112,3919392000,-18000),(112,3939951600,-21600),(112,3950841600,-18000),(112,3971401200,-21600),(112,3982291200,-18000),
(112,4002850800,-21600),(112,4013740800,-18000),(112,4034300400,-21600),(112,4045190400,-18000),(112,4065750000,-21600),(112,4076640000,-18000),(112,4097199600,-21600),(112,4108694400,-18000),
(112,4129254000,-21600),(113,-62135596800,-25200),(113,9968400,-21600),(113,25689600,-25200),(113,41418000,-21600),(113,57744000,-25200),(113,73472400,-21600),(113,89193600,-25200),
(113,104922000,-21600),(113,120643200,-25200),(113,126694800,-21600),(113,152092800,-25200),(113,162378000,-21600),(113,183542400,-25200),(113,199270800,-21600),(113,215596800,-25200),
(113,230720400,-21600),(113,247046400,-25200),(113,262774800,-21600),(113,278496000,-25200),(113,294224400,-21600),(113,309945600,-25200),(113,325674000,-21600),(113,341395200,-25200),
(113,357123600,-21600),(113,372844800,-25200),(113,388573200,-21600),(113,404899200,-25200),(113,420022800,-21600),(113,436348800,-25200),(113,452077200,-21600),(113,467798400,-25200),
(113,483526800,-21600),(113,499248000,-25200),(113,514976400,-21600),(113,530697600,-25200),(113,544611600,-21600),(113,562147200,-25200),(113,576061200,-21600),(113,594201600,-25200),
(113,607510800,-21600),(113,625651200,-25200),(113,638960400,-21600),(113,657100800,-25200),(113,671014800,-21600),(113,688550400,-25200),(113,702464400,-21600),(113,733910400,-18000);
INSERT INTO durable.tz_transitions (rule_id, at_utc, utc_offset) VALUES
(113,752050800,-21600),(113,765360000,-18000),(113,783500400,-21600),(113,796809600,-18000),(113,814950000,-21600),(113,828864000,-18000),(113,846399600,-21600),(113,860313600,-18000),
(113,877849200,-21600),(113,891763200,-18000),(113,909298800,-21600),(113,923212800,-18000),(113,941353200,-21600),(113,954662400,-18000),(113,972802800,-21600),(113,986112000,-18000),
(113,1004252400,-21600),(113,1018166400,-18000),(113,1035702000,-21600),(113,1049616000,-18000),(113,1067151600,-21600),(113,1081065600,-18000),(113,1099206000,-21600),(113,1112515200,-18000),
(113,1130655600,-21600),(113,1143964800,-18000),(113,1162105200,-21600),(113,1173600000,-18000),(113,1194159600,-21600),(113,1205049600,-18000),(113,1225609200,-21600),(113,1236499200,-18000),
(113,1257058800,-21600),(113,1268553600,-18000),(113,1289113200,-21600),(113,1300003200,-18000),(113,1320562800,-21600),(113,1331452800,-18000),(113,1352012400,-21600),(113,1362902400,-18000),
(113,1383462000,-21600),(113,1394352000,-18000),(113,1414911600,-21600),(113,1425801600,-18000),(113,1446361200,-21600),(113,1457856000,-18000),(113,1478415600,-21600),(113,1489305600,-18000),
(113,1509865200,-21600),(113,1520755200,-18000),(113,1541314800,-21600),(113,1552204800,-18000),(113,1572764400,-21600),(113,1583654400,-18000),(113,1604214000,-21600),(113,1615708800,-18000),
(113,1636268400,-21600),(113,1647158400,-18000),(113,1667718000,-21600),(113,1678608000,-18000),(113,1699167600,-21600),(113,1710057600,-18000),(113,1730617200,-21600),(113,1741507200,-18000),
(113,1762066800,-21600),(113,1772956800,-18000),(113,1793516400,-21600),(113,1805011200,-18000),(113,1825570800,-21600),(113,1836460800,-18000),(113,1857020400,-21600),(113,1867910400,-18000),
(113,1888470000,-21600),(113,1899360000,-18000),(113,1919919600,-21600),(113,1930809600,-18000),(113,1951369200,-21600),(113,1962864000,-18000),(113,1983423600,-21600),(113,1994313600,-18000),
(113,2014873200,-21600),(113,2025763200,-18000),(113,2046322800,-21600),(113,2057212800,-18000),(113,2077772400,-21600),(113,2088662400,-18000),(113,2109222000,-21600),(113,2120112000,-18000),
(113,2140671600,-21600),(113,2152166400,-18000),(113,2172726000,-21600),(113,2183616000,-18000),(113,2204175600,-21600),(113,2215065600,-18000),(113,2235625200,-21600),(113,2246515200,-18000),
(113,2267074800,-21600),(113,2277964800,-18000),(113,2298524400,-21600),(113,2309414400,-18000),(113,2329974000,-21600),(113,2341468800,-18000),(113,2362028400,-21600),(113,2372918400,-18000),
(113,2393478000,-21600),(113,2404368000,-18000),(113,2424927600,-21600),(113,2435817600,-18000),(113,2456377200,-21600),(113,2467267200,-18000),(113,2487826800,-21600),(113,2499321600,-18000),
(113,2519881200,-21600),(113,2530771200,-18000),(113,2551330800,-21600),(113,2562220800,-18000),(113,2582780400,-21600),(113,2593670400,-18000),(113,2614230000,-21600),(113,2625120000,-18000),
(113,2645679600,-21600),(113,2656569600,-18000),(113,2677129200,-21600),(113,2688624000,-18000),(113,2709183600,-21600),(113,2720073600,-18000),(113,2740633200,-21600),(113,2751523200,-18000),
(113,2772082800,-21600),(113,2782972800,-18000),(113,2803532400,-21600),(113,2814422400,-18000),(113,2834982000,-21600),(113,2846476800,-18000),(113,2867036400,-21600),(113,2877926400,-18000),
(113,2898486000,-21600),(113,2909376000,-18000),(113,2929935600,-21600),(113,2940825600,-18000),(113,2961385200,-21600),(113,2972275200,-18000),(113,2992834800,-21600),(113,3003724800,-18000),
(113,3024284400,-21600),(113,3035779200,-18000),(113,3056338800,-21600),(113,3067228800,-18000),(113,3087788400,-21600),(113,3098678400,-18000),(113,3119238000,-21600),(113,3130128000,-18000),
(113,3150687600,-21600),(113,3161577600,-18000),(113,3182137200,-21600),(113,3193027200,-18000),(113,3213586800,-21600),(113,3225081600,-18000),(113,3245641200,-21600),(113,3256531200,-18000),
(113,3277090800,-21600),(113,3287980800,-18000),(113,3308540400,-21600),(113,3319430400,-18000),(113,3339990000,-21600),(113,3350880000,-18000),(113,3371439600,-21600),(113,3382934400,-18000),
(113,3403494000,-21600),(113,3414384000,-18000),(113,3434943600,-21600),(113,3445833600,-18000),(113,3466393200,-21600),(113,3477283200,-18000),(113,3497842800,-21600),(113,3508732800,-18000),
(113,3529292400,-21600),(113,3540182400,-18000),(113,3560742000,-21600),(113,3572236800,-18000),(113,3592796400,-21600),(113,3603686400,-18000),(113,3624246000,-21600),(113,3635136000,-18000),
(113,3655695600,-21600),(113,3666585600,-18000),(113,3687145200,-21600),(113,3698035200,-18000),(113,3718594800,-21600),(113,3730089600,-18000),(113,3750649200,-21600),(113,3761539200,-18000),
(113,3782098800,-21600),(113,3792988800,-18000),(113,3813548400,-21600),(113,3824438400,-18000),(113,3844998000,-21600),(113,3855888000,-18000),(113,3876447600,-21600),(113,3887337600,-18000),
(113,3907897200,-21600),(113,3919392000,-18000),(113,3939951600,-21600),(113,3950841600,-18000),(113,3971401200,-21600),(113,3982291200,-18000),(113,4002850800,-21600),(113,4013740800,-18000),
(113,4034300400,-21600),(113,4045190400,-18000),(113,4065750000,-21600),(113,4076640000,-18000),(113,4097199600,-21600),(113,4108694400,-18000),(113,4129254000,-21600),(114,-62135596800,-25200),
(114,9968400,-21600),(114,25689600,-25200),(114,41418000,-21600),(114,57744000,-25200),(114,73472400,-21600),(114,89193600,-25200),(114,104922000,-21600),(114,120643200,-25200),
(114,126694800,-21600),(114,152092800,-25200),(114,162378000,-21600),(114,183542400,-25200),(114,199270800,-21600),(114,215596800,-25200),(114,230720400,-21600),(114,247046400,-25200),
(114,262774800,-21600),(114,278496000,-25200),(114,294224400,-21600),(114,309945600,-25200),(114,325674000,-21600),(114,341395200,-25200),(114,357123600,-21600),(114,372844800,-25200),
(114,388573200,-21600),(114,404899200,-25200),(114,420022800,-21600),(114,436348800,-25200),(114,452077200,-21600),(114,467798400,-25200),(114,483526800,-21600),(114,499248000,-25200),
(114,514976400,-21600),(114,530697600,-25200),(114,544611600,-21600),(114,562147200,-25200),(114,576061200,-21600),(114,594201600,-25200),(114,607510800,-21600),(114,625651200,-25200),
(114,638960400,-21600),(114,657100800,-25200),(114,671014800,-21600),(114,688550400,-25200),(114,702464400,-21600),(114,720000000,-25200),(114,733914000,-21600),(114,752054400,-25200),
(114,765363600,-21600),(114,783504000,-25200),(114,796813200,-21600),(114,814953600,-25200),(114,828867600,-21600),(114,846403200,-25200),(114,860317200,-21600),(114,877852800,-25200),
(114,891766800,-21600),(114,909302400,-25200),(114,923216400,-21600),(114,941356800,-25200),(114,954666000,-21600),(114,972806400,-25200),(114,986115600,-21600),(114,1004256000,-25200),
(114,1018170000,-21600),(114,1035705600,-25200),(114,1049619600,-21600),(114,1081065600,-18000),(114,1099206000,-21600),(114,1112515200,-18000),(114,1130655600,-21600),(114,1143964800,-18000),
(114,1162105200,-21600),(114,1173600000,-18000),(114,1194159600,-21600),(114,1205049600,-18000),(114,1225609200,-21600),(114,1236499200,-18000),(114,1257058800,-21600),(114,1268553600,-18000),
(114,1289113200,-21600),(114,1300003200,-18000),(114,1320562800,-21600),(114,1331452800,-18000),(114,1352012400,-21600),(114,1362902400,-18000),(114,1383462000,-21600),(114,1394352000,-18000),
(114,1414911600,-21600),(114,1425801600,-18000),(114,1446361200,-21600),(114,1457856000,-18000),(114,1478415600,-21600),(114,1489305600,-18000),(114,1509865200,-21600),(114,1520755200,-18000),
(114,1541314800,-21600),(114,1552204800,-18000),(114,1572764400,-21600),(114,1583654400,-18000),(114,1604214000,-21600),(114,1615708800,-18000),(114,1636268400,-21600),(114,1647158400,-18000),
(114,1667718000,-21600),(114,1678608000,-18000),(114,1699167600,-21600),(114,1710057600,-18000),(114,1730617200,-21600),(114,1741507200,-18000),(114,1762066800,-21600),(114,1772956800,-18000),
(114,1793516400,-21600),(114,1805011200,-18000),(114,1825570800,-21600),(114,1836460800,-18000),(114,1857020400,-21600),(114,1867910400,-18000),(114,1888470000,-21600),(114,1899360000,-18000),
(114,1919919600,-21600),(114,1930809600,-18000),(114,1951369200,-21600),(114,1962864000,-18000),(114,1983423600,-21600),(114,1994313600,-18000),(114,2014873200,-21600),(114,2025763200,-18000),
(114,2046322800,-21600),(114,2057212800,-18000),(114,2077772400,-21600),(114,2088662400,-18000),(114,2109222000,-21600),(114,2120112000,-18000),(114,2140671600,-21600),(114,2152166400,-18000),
(114,2172726000,-21600),(114,2183616000,-18000),(114,2204175600,-21600),(114,2215065600,-18000),(114,2235625200,-21600),(114,2246515200,-18000),(114,2267074800,-21600),(114,2277964800,-18000),
(114,2298524400,-21600),(114,2309414400,-18000),(114,2329974000,-21600),(114,2341468800,-18000),(114,2362028400,-21600),(114,2372918400,-18000),(114,2393478000,-21600),(114,2404368000,-18000),
(114,2424927600,-21600),(114,2435817600,-18000),(114,2456377200,-21600),(114,2467267200,-18000),(114,2487826800,-21600),(114,2499321600,-18000),(114,2519881200,-21600),(114,2530771200,-18000),
(114,2551330800,-21600),(114,2562220800,-18000),(114,2582780400,-21600),(114,2593670400,-18000),(114,2614230000,-21600),(114,2625120000,-18000),(114,2645679600,-21600),(114,2656569600,-18000),
(114,2677129200,-21600),(114,2688624000,-18000),(114,2709183600,-21600),(114,2720073600,-18000),(114,2740633200,-21600),(114,2751523200,-18000),(114,2772082800,-21600),(114,2782972800,-18000),
(114,2803532400,-21600),(114,2814422400,-18000),(114,2834982000,-21600),(114,2846476800,-18000),(114,2867036400,-21600),(114,2877926400,-18000),(114,2898486000,-21600),(114,2909376000,-18000),
(114,2929935600,-21600),(114,2940825600,-18000),(114,2961385200,-21600),(114,2972275200,-18000),(114,2992834800,-21600),(114,3003724800,-18000),(114,3024284400,-21600),(114,3035779200,-18000),
(114,3056338800,-21600),(114,3067228800,-18000),(114,3087788400,-21600),(114,3098678400,-18000),(114,3119238000,-21600),(114,3130128000,-18000),(114,3150687600,-21600),(114,3161577600,-18000),
(114,3182137200,-21600),(114,3193027200,-18000),(114,3213586800,-21600),(114,3225081600,-18000),(114,3245641200,-21600),(114,3256531200,-18000),(114,3277090800,-21600),(114,3287980800,-18000),
(114,3308540400,-21600),(114,3319430400,-18000),(114,3339990000,-21600),(114,3350880000,-18000),(114,3371439600,-21600),(114,3382934400,-18000),(114,3403494000,-21600),(114,3414384000,-18000),
(114,3434943600,-21600),(114,3445833600,-18000),(114,3466393200,-21600),(114,3477283200,-18000),(114,3497842800,-21600),(114,3508732800,-18000),(114,3529292400,-21600),(114,3540182400,-18000),
(114,3560742000,-21600),(114,3572236800,-18000),(114,3592796400,-21600),(114,3603686400,-18000),(114,3624246000,-21600),(114,3635136000,-18000),(114,3655695600,-21600),(114,3666585600,-18000),
(114,3687145200,-21600),(114,3698035200,-18000),(114,3718594800,-21600),(114,3730089600,-18000),(114,3750649200,-21600),(114,3761539200,-18000),(114,3782098800,-21600),(114,3792988800,-18000),
(114,3813548400,-21600),(114,3824438400,-18000),(114,3844998000,-21600),(114,3855888000,-18000),(114,3876447600,-21600),(114,3887337600,-18000),(114,3907897200,-21600),(114,3919392000,-18000),
(114,3939951600,-21600),(114,3950841600,-18000),(114,3971401200,-21600),(114,3982291200,-18000),(114,4002850800,-21600),(114,4013740800,-18000),(114,4034300400,-21600),(114,4045190400,-18000),
(114,4065750000,-21600),(114,4076640000,-18000),(114,4097199600,-21600),(114,4108694400,-18000),(114,4129254000,-21600),(115,-62135596800,-21600),(115,828864000,-18000),(115,846399600,-21600),
(115,860313600,-18000),(115,877849200,-21600),(115,909302400,-25200),(115,923216400,-21600),(115,941356800,-25200),(115,954666000,-21600),(115,972806400,-25200),(115,989139600,-21600),
(115,1001836800,-25200),(115,1018170000,-21600),(115,1035705600,-25200),(115,1049619600,-21600),(115,1067155200,-25200),(115,1081069200,-21600),(115,1099209600,-25200),(115,1112518800,-21600),
(115,1130659200,-25200),(115,1143968400,-21600),(115,1162108800,-25200),(115,1175418000,-21600),(115,1193558400,-25200),(115,1207472400,-21600),(115,1225008000,-25200),(115,1238922000,-21600),
(115,1256457600,-25200),(115,1268557200,-21600),(115,1289116800,-25200),(115,1300006800,-21600),(115,1320566400,-25200),(115,1331456400,-21600),(115,1352016000,-25200),(115,1362906000,-21600),
(115,1383465600,-25200),(115,1394355600,-21600),(115,1414915200,-25200),(115,1425805200,-21600),(115,1446364800,-25200),(115,1457859600,-21600),(115,1478419200,-25200),(115,1489309200,-21600),
(115,1509868800,-25200),(115,1520758800,-21600),(115,1541318400,-25200),(115,1552208400,-21600),(115,1572768000,-25200),(115,1583658000,-21600),(115,1604217600,-25200),(115,1615712400,-21600),
(115,1636272000,-25200),(115,1647162000,-21600),(115,1678608000,-18000),(115,1699167600,-21600),(115,1710057600,-18000),(115,1730617200,-21600),(115,1741507200,-18000),(115,1762066800,-21600),
(115,1772956800,-18000),(115,1793516400,-21600),(115,1805011200,-18000),(115,1825570800,-21600),(115,1836460800,-18000),(115,1857020400,-21600),(115,1867910400,-18000),(115,1888470000,-21600),
(115,1899360000,-18000),(115,1919919600,-21600),(115,1930809600,-18000),(115,1951369200,-21600),(115,1962864000,-18000),(115,1983423600,-21600),(115,1994313600,-18000),(115,2014873200,-21600),
(115,2025763200,-18000),(115,2046322800,-21600),(115,2057212800,-18000),(115,2077772400,-21600),(115,2088662400,-18000),(115,2109222000,-21600),(115,2120112000,-18000),(115,2140671600,-21600),
(115,2152166400,-18000),(115,2172726000,-21600),(115,2183616000,-18000),(115,2204175600,-21600),(115,2215065600,-18000),(115,2235625200,-21600),(115,2246515200,-18000),(115,2267074800,-21600),
(115,2277964800,-18000),(115,2298524400,-21600),(115,2309414400,-18000),(115,2329974000,-21600),(115,2341468800,-18000),(115,2362028400,-21600),(115,2372918400,-18000),(115,2393478000,-21600),
(115,2404368000,-18000),(115,2424927600,-21600),(115,2435817600,-18000),(115,2456377200,-21600),(115,2467267200,-18000),(115,2487826800,-21600),(115,2499321600,-18000),(115,2519881200,-21600),
(115,2530771200,-18000),(115,2551330800,-21600),(115,2562220800,-18000),(115,2582780400,-21600),(115,2593670400,-18000),(115,2614230000,-21600),(115,2625120000,-18000),(115,2645679600,-21600),
(115,2656569600,-18000),(115,2677129200,-21600),(115,2688624000,-18000),(115,2709183600,-21600),(115,2720073600,-18000),(115,2740633200,-21600),(115,2751523200,-18000),(115,2772082800,-21600),
(115,2782972800,-18000),(115,2803532400,-21600),(115,2814422400,-18000),(115,2834982000,-21600),(115,2846476800,-18000),(115,2867036400,-21600),(115,2877926400,-18000),(115,2898486000,-21600),
(115,2909376000,-18000),(115,2929935600,-21600),(115,2940825600,-18000),(115,2961385200,-21600),(115,2972275200,-18000),(115,2992834800,-21600),(115,3003724800,-18000),(115,3024284400,-21600),
(115,3035779200,-18000),(115,3056338800,-21600),(115,3067228800,-18000),(115,3087788400,-21600),(115,3098678400,-18000),(115,3119238000,-21600),(115,3130128000,-18000),(115,3150687600,-21600),
(115,3161577600,-18000),(115,3182137200,-21600),(115,3193027200,-18000),(115,3213586800,-21600),(115,3225081600,-18000),(115,3245641200,-21600),(115,3256531200,-18000),(115,3277090800,-21600),
(115,3287980800,-18000),(115,3308540400,-21600),(115,3319430400,-18000),(115,3339990000,-21600),(115,3350880000,-18000),(115,3371439600,-21600),(115,3382934400,-18000),(115,3403494000,-21600),
(115,3414384000,-18000),(115,3434943600,-21600),(115,3445833600,-18000),(115,3466393200,-21600),(115,3477283200,-18000),(115,3497842800,-21600),(115,3508732800,-18000),(115,3529292400,-21600),
(115,3540182400,-18000),(115,3560742000,-21600),(115,3572236800,-18000),(115,3592796400,-21600),(115,3603686400,-18000),(115,3624246000,-21600),(115,3635136000,-18000),(115,3655695600,-21600),
(115,3666585600,-18000),(115,3687145200,-21600),(115,3698035200,-18000),(115,3718594800,-21600),(115,3730089600,-18000),(115,3750649200,-21600),(115,3761539200,-18000),(115,3782098800,-21600),
(115,3792988800,-18000),(115,3813548400,-21600),(115,3824438400,-18000),(115,3844998000,-21600),(115,3855888000,-18000),(115,3876447600,-21600),(115,3887337600,-18000),(115,3907897200,-21600),
(115,3919392000,-18000),(115,3939951600,-21600),(115,3950841600,-18000),(115,3971401200,-21600),(115,3982291200,-18000),(115,4002850800,-21600),(115,4013740800,-18000),(115,4034300400,-21600),
(115,4045190400,-18000),(115,4065750000,-21600),(115,4076640000,-18000),(115,4097199600,-21600),(115,4108694400,-18000),(115,4129254000,-21600),(116,-62135596800,-12600),(116,465449400,-10800),
(117,-62135596800,-18000),(117,421218000,-14400),(117,436334400,-18000),(117,452062800,-14400),(117,467784000,-18000),(117,483512400,-14400),(117,499233600,-18000),(117,514962000,-14400),
(117,530683200,-18000),(117,546411600,-14400),(117,562132800,-18000),(117,576050400,-14400),(117,594194400,-18000),(117,607500000,-14400),(117,625644000,-18000),(117,638949600,-14400),
(117,657093600,-18000),(117,671004000,-14400),(117,688543200,-18000),(117,702453600,-14400),(117,719992800,-18000),(117,733903200,-14400),(117,752047200,-18000),(117,765352800,-14400),
(117,783496800,-18000),(117,796802400,-14400),(117,814946400,-18000),(117,828856800,-14400),(117,846396000,-18000),(117,860306400,-14400),(117,877845600,-18000),(117,1112504400,-14400),
(117,1130644800,-18000),(117,1143954000,-14400),(117,1162094400,-18000),(117,1331449200,-14400),(117,1352008800,-18000),(117,1362898800,-14400),(117,1383458400,-18000),(117,1394348400,-14400),
(117,1414908000,-18000),(117,1425798000,-14400),(117,1446357600,-18000),(117,1489302000,-14400),(117,1509861600,-18000),(117,1520751600,-14400),(117,1541311200,-18000),(117,1552201200,-14400),
(117,1572760800,-18000),(117,1583650800,-14400),(117,1604210400,-18000),(117,1615705200,-14400),(117,1636264800,-18000),(117,1647154800,-14400),(117,1667714400,-18000),(117,1678604400,-14400),
(117,1699164000,-18000),(117,1710054000,-14400),(117,1730613600,-18000),(117,1741503600,-14400),(117,1762063200,-18000),(117,1772953200,-14400),(117,1793512800,-18000),(117,1805007600,-14400),
(117,1825567200,-18000),(117,1836457200,-14400),(117,1857016800,-18000),(117,1867906800,-14400),(117,1888466400,-18000),(117,1899356400,-14400),(117,1919916000,-18000),(117,1930806000,-14400),
(117,1951365600,-18000),(117,1962860400,-14400),(117,1983420000,-18000),(117,1994310000,-14400),(117,2014869600,-18000),(117,2025759600,-14400),(117,2046319200,-18000),(117,2057209200,-14400),
(117,2077768800,-18000),(117,2088658800,-14400),(117,2109218400,-18000),(117,2120108400,-14400),(117,2140668000,-18000),(117,2152162800,-14400),(117,2172722400,-18000),(117,2183612400,-14400),
(117,2204172000,-18000),(117,2215062000,-14400),(117,2235621600,-18000),(117,2246511600,-14400),(117,2267071200,-18000),(117,2277961200,-14400),(117,2298520800,-18000),(117,2309410800,-14400),
(117,2329970400,-18000),(117,2341465200,-14400),(117,2362024800,-18000),(117,2372914800,-14400),(117,2393474400,-18000),(117,2404364400,-14400),(117,2424924000,-18000),(117,2435814000,-14400),
(117,2456373600,-18000),(117,2467263600,-14400),(117,2487823200,-18000),(117,2499318000,-14400),(117,2519877600,-18000),(117,2530767600,-14400),(117,2551327200,-18000),(117,2562217200,-14400),
(117,2582776800,-18000),(117,2593666800,-14400),(117,2614226400,-18000),(117,2625116400,-14400),(117,2645676000,-18000),(117,2656566000,-14400),(117,2677125600,-18000),(117,2688620400,-14400),
(117,2709180000,-18000),(117,2720070000,-14400),(117,2740629600,-18000),(117,2751519600,-14400),(117,2772079200,-18000),(117,2782969200,-14400),(117,2803528800,-18000),(117,2814418800,-14400),
(117,2834978400,-18000),(117,2846473200,-14400),(117,2867032800,-18000),(117,2877922800,-14400),(117,2898482400,-18000),(117,2909372400,-14400),(117,2929932000,-18000),(117,2940822000,-14400),
(117,2961381600,-18000),(117,2972271600,-14400),(117,2992831200,-18000),(117,3003721200,-14400),(117,3024280800,-18000),(117,3035775600,-14400),(117,3056335200,-18000),(117,3067225200,-14400),
(117,3087784800,-18000),(117,3098674800,-14400),(117,3119234400,-18000),(117,3130124400,-14400),(117,3150684000,-18000),(117,3161574000,-14400),(117,3182133600,-18000),(117,3193023600,-14400),
(117,3213583200,-18000),(117,3225078000,-14400),(117,3245637600,-18000),(117,3256527600,-14400),(117,3277087200,-18000),(117,3287977200,-14400),(117,3308536800,-18000),(117,3319426800,-14400),
(117,3339986400,-18000),(117,3350876400,-14400),(117,3371436000,-18000),(117,3382930800,-14400),(117,3403490400,-18000),(117,3414380400,-14400),(117,3434940000,-18000),(117,3445830000,-14400),
(117,3466389600,-18000),(117,3477279600,-14400),(117,3497839200,-18000),(117,3508729200,-14400),(117,3529288800,-18000),(117,3540178800,-14400),(117,3560738400,-18000),(117,3572233200,-14400),
(117,3592792800,-18000),(117,3603682800,-14400),(117,3624242400,-18000),(117,3635132400,-14400),(117,3655692000,-18000),(117,3666582000,-14400),(117,3687141600,-18000),(117,3698031600,-14400),
(117,3718591200,-18000),(117,3730086000,-14400),(117,3750645600,-18000),(117,3761535600,-14400),(117,3782095200,-18000),(117,3792985200,-14400),(117,3813544800,-18000),(117,3824434800,-14400),
(117,3844994400,-18000),(117,3855884400,-14400),(117,3876444000,-18000),(117,3887334000,-14400),(117,3907893600,-18000),(117,3919388400,-14400),(117,3939948000,-18000),(117,3950838000,-14400),
(117,3971397600,-18000),(117,3982287600,-14400),(117,4002847200,-18000),(117,4013737200,-14400),(117,4034296800,-18000),(117,4045186800,-14400),(117,4065746400,-18000),(117,4076636400,-14400),
(117,4097196000,-18000),(117,4108690800,-14400),(117,4129250400,-18000),(118,-62135596800,-18000),(118,499755600,-14400),(118,511243200,-18000),(118,530600400,-14400),(118,540273600,-18000),
(118,562136400,-14400),(118,571204800,-18000),(118,1214283600,-14400),(118,1384056000,-18000),(119,-62135596800,-14400),(119,499752000,-10800),(119,511239600,-14400),(119,530596800,-10800),
(119,540270000,-14400),(119,562132800,-10800),(119,571201200,-14400),(120,-62135596800,-10800),(120,7527600,-14400),(120,24465600,-10800),(120,37767600,-14400),(120,55915200,-10800),
(120,69217200,-14400),(120,87969600,-10800),(120,100666800,-14400),(120,118209600,-10800),(120,132116400,-14400),(120,150868800,-10800),(120,163566000,-14400),(120,182318400,-10800),
(120,195620400,-14400),(120,213768000,-10800),(120,227070000,-14400),(120,245217600,-10800),(120,258519600,-14400),(120,277272000,-10800),(120,289969200,-14400),(120,308721600,-10800),
(120,321418800,-14400),(120,340171200,-10800),(120,353473200,-14400),(120,371620800,-10800),(120,384922800,-14400),(120,403070400,-10800),(120,416372400,-14400),(120,434520000,-10800),
(120,447822000,-14400),(120,466574400,-10800),(120,479271600,-14400),(120,498024000,-10800),(120,510721200,-14400),(120,529473600,-10800),(120,545194800,-14400),(120,560923200,-10800),
(120,574225200,-14400),(120,592372800,-10800),(120,605674800,-14400),(120,624427200,-10800),(120,637124400,-14400),(120,653457600,-10800),(120,668574000,-14400),(120,687326400,-10800),
(120,700628400,-14400),(120,718776000,-10800),(120,732078000,-14400),(120,750225600,-10800),(120,763527600,-14400),(120,781675200,-10800),(120,794977200,-14400),(120,813729600,-10800),
(120,826426800,-14400),(120,845179200,-10800),(120,859690800,-14400),(120,876628800,-10800),(120,889930800,-14400),(120,906868800,-10800),(120,923194800,-14400),(120,939528000,-10800),
(120,952830000,-14400),(120,971582400,-10800),(120,984279600,-14400),(120,1003032000,-10800),(120,1015729200,-14400),(120,1034481600,-10800),(120,1047178800,-14400),(120,1065931200,-10800),
(120,1079233200,-14400),(120,1097380800,-10800),(120,1110682800,-14400),(120,1128830400,-10800),(120,1142132400,-14400),(120,1160884800,-10800),(120,1173582000,-14400),(120,1192334400,-10800),
(120,1206846000,-14400),(120,1223784000,-10800),(120,1237086000,-14400),(120,1255233600,-10800),(120,1270350000,-14400),(120,1286683200,-10800),(120,1304823600,-14400),(120,1313899200,-10800);
INSERT INTO durable.tz_transitions (rule_id, at_utc, utc_offset) VALUES
(120,1335668400,-14400),(120,1346558400,-10800),(120,1367118000,-14400),(120,1378612800,-10800),(120,1398567600,-14400),(120,1410062400,-10800),(120,1463281200,-14400),(120,1471147200,-10800),
(121,-62135596800,-21600),(121,9964800,-18000),(121,25689600,-21600),(121,41414400,-18000),(121,57744000,-21600),(121,73468800,-18000),(121,89193600,-21600),(121,104918400,-18000),
(121,120643200,-21600),(121,136368000,-18000),(121,152092800,-21600),(121,167817600,-18000),(121,183542400,-21600),(121,199267200,-18000),(121,215596800,-21600),(121,230716800,-18000),
(121,247046400,-21600),(121,262771200,-18000),(121,278496000,-21600),(121,294220800,-18000),(121,309945600,-21600),(121,325670400,-18000),(121,341395200,-21600),(121,357120000,-18000),
(121,372844800,-21600),(121,388569600,-18000),(121,404899200,-21600),(121,420019200,-18000),(121,436348800,-21600),(121,452073600,-18000),(121,467798400,-21600),(121,483523200,-18000),
(121,499248000,-21600),(121,514972800,-18000),(121,530697600,-21600),(121,544608000,-18000),(121,562147200,-21600),(121,576057600,-18000),(121,594201600,-21600),(121,607507200,-18000),
(121,625651200,-21600),(121,638956800,-18000),(121,657100800,-21600),(121,671011200,-18000),(121,688550400,-21600),(121,702460800,-18000),(121,720000000,-21600),(121,733910400,-18000),
(121,752054400,-21600),(121,765360000,-18000),(121,783504000,-21600),(121,796809600,-18000),(121,814953600,-21600),(121,828864000,-18000),(121,846403200,-21600),(121,860313600,-18000),
(121,877852800,-21600),(121,891763200,-18000),(121,909302400,-21600),(121,923212800,-18000),(121,941356800,-21600),(121,954662400,-18000),(121,972806400,-21600),(121,986112000,-18000),
(121,1004256000,-21600),(121,1018166400,-18000),(121,1035705600,-21600),(121,1049616000,-18000),(121,1067155200,-21600),(121,1081065600,-18000),(121,1099209600,-21600),(121,1112515200,-18000),
(121,1130659200,-21600),(121,1143964800,-18000),(121,1162105200,-21600),(121,1173600000,-18000),(121,1194159600,-21600),(121,1205049600,-18000),(121,1225609200,-21600),(121,1236499200,-18000),
(121,1257058800,-21600),(121,1268553600,-18000),(121,1289113200,-21600),(121,1300003200,-18000),(121,1320562800,-21600),(121,1331452800,-18000),(121,1352012400,-21600),(121,1362902400,-18000),
(121,1383462000,-21600),(121,1394352000,-18000),(121,1414911600,-21600),(121,1425801600,-18000),(121,1446361200,-21600),(121,1457856000,-18000),(121,1478415600,-21600),(121,1489305600,-18000),
(121,1509865200,-21600),(121,1520755200,-18000),(121,1541314800,-21600),(121,1552204800,-18000),(121,1572764400,-21600),(121,1583654400,-18000),(121,1604214000,-21600),(121,1615708800,-18000),
(121,1636268400,-21600),(121,1647158400,-18000),(121,1667718000,-21600),(121,1678608000,-18000),(121,1699167600,-21600),(121,1710057600,-18000),(121,1730617200,-21600),(121,1741507200,-18000),
(121,1762066800,-21600),(121,1772956800,-18000),(121,1793516400,-21600),(121,1805011200,-18000),(121,1825570800,-21600),(121,1836460800,-18000),(121,1857020400,-21600),(121,1867910400,-18000),
(121,1888470000,-21600),(121,1899360000,-18000),(121,1919919600,-21600),(121,1930809600,-18000),(121,1951369200,-21600),(121,1962864000,-18000),(121,1983423600,-21600),(121,1994313600,-18000),
(121,2014873200,-21600),(121,2025763200,-18000),(121,2046322800,-21600),(121,2057212800,-18000),(121,2077772400,-21600),(121,2088662400,-18000),(121,2109222000,-21600),(121,2120112000,-18000),
(121,2140671600,-21600),(121,2152166400,-18000),(121,2172726000,-21600),(121,2183616000,-18000),(121,2204175600,-21600),(121,2215065600,-18000),(121,2235625200,-21600),(121,2246515200,-18000),
(121,2267074800,-21600),(121,2277964800,-18000),(121,2298524400,-21600),(121,2309414400,-18000),(121,2329974000,-21600),(121,2341468800,-18000),(121,2362028400,-21600),(121,2372918400,-18000),
(121,2393478000,-21600),(121,2404368000,-18000),(121,2424927600,-21600),(121,2435817600,-18000),(121,2456377200,-21600),(121,2467267200,-18000),(121,2487826800,-21600),(121,2499321600,-18000),
(121,2519881200,-21600),(121,2530771200,-18000),(121,2551330800,-21600),(121,2562220800,-18000),(121,2582780400,-21600),(121,2593670400,-18000),(121,2614230000,-21600),(121,2625120000,-18000),
(121,2645679600,-21600),(121,2656569600,-18000),(121,2677129200,-21600),(121,2688624000,-18000),(121,2709183600,-21600),(121,2720073600,-18000),(121,2740633200,-21600),(121,2751523200,-18000),
(121,2772082800,-21600),(121,2782972800,-18000),(121,2803532400,-21600),(121,2814422400,-18000),(121,2834982000,-21600),(121,2846476800,-18000),(121,2867036400,-21600),(121,2877926400,-18000),
(121,2898486000,-21600),(121,2909376000,-18000),(121,2929935600,-21600),(121,2940825600,-18000),(121,2961385200,-21600),(121,2972275200,-18000),(121,2992834800,-21600),(121,3003724800,-18000),
(121,3024284400,-21600),(121,3035779200,-18000),(121,3056338800,-21600),(121,3067228800,-18000),(121,3087788400,-21600),(121,3098678400,-18000),(121,3119238000,-21600),(121,3130128000,-18000),
(121,3150687600,-21600),(121,3161577600,-18000),(121,3182137200,-21600),(121,3193027200,-18000),(121,3213586800,-21600),(121,3225081600,-18000),(121,3245641200,-21600),(121,3256531200,-18000),
(121,3277090800,-21600),(121,3287980800,-18000),(121,3308540400,-21600),(121,3319430400,-18000),(121,3339990000,-21600),(121,3350880000,-18000),(121,3371439600,-21600),(121,3382934400,-18000),
(121,3403494000,-21600),(121,3414384000,-18000),(121,3434943600,-21600),(121,3445833600,-18000),(121,3466393200,-21600),(121,3477283200,-18000),(121,3497842800,-21600),(121,3508732800,-18000),
(121,3529292400,-21600),(121,3540182400,-18000),(121,3560742000,-21600),(121,3572236800,-18000),(121,3592796400,-21600),(121,3603686400,-18000),(121,3624246000,-21600),(121,3635136000,-18000),
(121,3655695600,-21600),(121,3666585600,-18000),(121,3687145200,-21600),(121,3698035200,-18000),(121,3718594800,-21600),(121,3730089600,-18000),(121,3750649200,-21600),(121,3761539200,-18000),
(121,3782098800,-21600),(121,3792988800,-18000),(121,3813548400,-21600),(121,3824438400,-18000),(121,3844998000,-21600),(121,3855888000,-18000),(121,3876447600,-21600),(121,3887337600,-18000),
(121,3907897200,-21600),(121,3919392000,-18000),(121,3939951600,-21600),(121,3950841600,-18000),(121,3971401200,-21600),(121,3982291200,-18000),(121,4002850800,-21600),(121,4013740800,-18000),
(121,4034300400,-21600),(121,4045190400,-18000),(121,4065750000,-21600),(121,4076640000,-18000),(121,4097199600,-21600),(121,4108694400,-18000),(121,4129254000,-21600),(122,-62135596800,-21600),
(122,73468800,-18000),(122,89190000,-21600),(122,104918400,-18000),(122,120639600,-21600),(122,136368000,-18000),(122,152089200,-21600),(122,167817600,-18000),(122,183538800,-21600),
(122,199267200,-18000),(122,215593200,-21600),(122,230716800,-18000),(122,247042800,-21600),(122,262771200,-18000),(122,278492400,-21600),(122,294220800,-18000),(122,309942000,-21600),
(122,325670400,-18000),(122,341391600,-21600),(122,357120000,-18000),(122,372841200,-21600),(122,388569600,-18000),(122,404895600,-21600),(122,420019200,-18000),(122,436345200,-21600),
(122,452073600,-18000),(122,467794800,-21600),(122,483523200,-18000),(122,499244400,-21600),(122,514972800,-18000),(122,530694000,-21600),(122,544608000,-18000),(122,562143600,-21600),
(122,576057600,-18000),(122,594198000,-21600),(122,607507200,-18000),(122,625647600,-21600),(122,638956800,-18000),(122,657097200,-21600),(122,671011200,-18000),(122,688546800,-21600),
(122,702460800,-18000),(122,719996400,-21600),(122,733910400,-18000),(122,752050800,-21600),(122,765360000,-18000),(122,783500400,-21600),(122,796809600,-18000),(122,814950000,-21600),
(122,828864000,-18000),(122,846399600,-21600),(122,860313600,-18000),(122,877849200,-21600),(122,891763200,-18000),(122,909298800,-21600),(122,923212800,-18000),(122,941353200,-21600),
(122,954662400,-18000),(122,1004252400,-21600),(122,1018166400,-18000),(122,1035702000,-21600),(122,1049616000,-18000),(122,1067151600,-21600),(122,1081065600,-18000),(122,1099206000,-21600),
(122,1112515200,-18000),(122,1130655600,-21600),(122,1143964800,-18000),(122,1162105200,-21600),(122,1173600000,-18000),(122,1194159600,-21600),(122,1205049600,-18000),(122,1225609200,-21600),
(122,1236499200,-18000),(122,1257058800,-21600),(122,1268553600,-18000),(122,1289113200,-21600),(122,1300003200,-18000),(122,1320562800,-21600),(122,1331452800,-18000),(122,1352012400,-21600),
(122,1362902400,-18000),(122,1383462000,-21600),(122,1394352000,-18000),(122,1414911600,-21600),(122,1425801600,-18000),(122,1446361200,-21600),(122,1457856000,-18000),(122,1478415600,-21600),
(122,1489305600,-18000),(122,1509865200,-21600),(122,1520755200,-18000),(122,1541314800,-21600),(122,1552204800,-18000),(122,1572764400,-21600),(122,1583654400,-18000),(122,1604214000,-21600),
(122,1615708800,-18000),(122,1636268400,-21600),(122,1647158400,-18000),(122,1667718000,-21600),(122,1678608000,-18000),(122,1699167600,-21600),(122,1710057600,-18000),(122,1730617200,-21600),
(122,1741507200,-18000),(122,1762066800,-21600),(122,1772956800,-18000),(122,1793516400,-21600),(122,1805011200,-18000),(122,1825570800,-21600),(122,1836460800,-18000),(122,1857020400,-21600),
(122,1867910400,-18000),(122,1888470000,-21600),(122,1899360000,-18000),(122,1919919600,-21600),(122,1930809600,-18000),(122,1951369200,-21600),(122,1962864000,-18000),(122,1983423600,-21600),
(122,1994313600,-18000),(122,2014873200,-21600),(122,2025763200,-18000),(122,2046322800,-21600),(122,2057212800,-18000),(122,2077772400,-21600),(122,2088662400,-18000),(122,2109222000,-21600),
(122,2120112000,-18000),(122,2140671600,-21600),(122,2152166400,-18000),(122,2172726000,-21600),(122,2183616000,-18000),(122,2204175600,-21600),(122,2215065600,-18000),(122,2235625200,-21600),
(122,2246515200,-18000),(122,2267074800,-21600),(122,2277964800,-18000),(122,2298524400,-21600),(122,2309414400,-18000),(122,2329974000,-21600),(122,2341468800,-18000),(122,2362028400,-21600),
(122,2372918400,-18000),(122,2393478000,-21600),(122,2404368000,-18000),(122,2424927600,-21600),(122,2435817600,-18000),(122,2456377200,-21600),(122,2467267200,-18000),(122,2487826800,-21600),
(122,2499321600,-18000),(122,2519881200,-21600),(122,2530771200,-18000),(122,2551330800,-21600),(122,2562220800,-18000),(122,2582780400,-21600),(122,2593670400,-18000),(122,2614230000,-21600),
(122,2625120000,-18000),(122,2645679600,-21600),(122,2656569600,-18000),(122,2677129200,-21600),(122,2688624000,-18000),(122,2709183600,-21600),(122,2720073600,-18000),(122,2740633200,-21600),
(122,2751523200,-18000),(122,2772082800,-21600),(122,2782972800,-18000),(122,2803532400,-21600),(122,2814422400,-18000),(122,2834982000,-21600),(122,2846476800,-18000),(122,2867036400,-21600),
(122,2877926400,-18000),(122,2898486000,-21600),(122,2909376000,-18000),(122,2929935600,-21600),(122,2940825600,-18000),(122,2961385200,-21600),(122,2972275200,-18000),(122,2992834800,-21600),
(122,3003724800,-18000),(122,3024284400,-21600),(122,3035779200,-18000),(122,3056338800,-21600),(122,3067228800,-18000),(122,3087788400,-21600),(122,3098678400,-18000),(122,3119238000,-21600),
(122,3130128000,-18000),(122,3150687600,-21600),(122,3161577600,-18000),(122,3182137200,-21600),(122,3193027200,-18000),(122,3213586800,-21600),(122,3225081600,-18000),(122,3245641200,-21600),
(122,3256531200,-18000),(122,3277090800,-21600),(122,3287980800,-18000),(122,3308540400,-21600),(122,3319430400,-18000),(122,3339990000,-21600),(122,3350880000,-18000),(122,3371439600,-21600),
(122,3382934400,-18000),(122,3403494000,-21600),(122,3414384000,-18000),(122,3434943600,-21600),(122,3445833600,-18000),(122,3466393200,-21600),(122,3477283200,-18000),(122,3497842800,-21600),
(122,3508732800,-18000),(122,3529292400,-21600),(122,3540182400,-18000),(122,3560742000,-21600),(122,3572236800,-18000),(122,3592796400,-21600),(122,3603686400,-18000),(122,3624246000,-21600),
(122,3635136000,-18000),(122,3655695600,-21600),(122,3666585600,-18000),(122,3687145200,-21600),(122,3698035200,-18000),(122,3718594800,-21600),(122,3730089600,-18000),(122,3750649200,-21600),
(122,3761539200,-18000),(122,3782098800,-21600),(122,3792988800,-18000),(122,3813548400,-21600),(122,3824438400,-18000),(122,3844998000,-21600),(122,3855888000,-18000),(122,3876447600,-21600),
(122,3887337600,-18000),(122,3907897200,-21600),(122,3919392000,-18000),(122,3939951600,-21600),(122,3950841600,-18000),(122,3971401200,-21600),(122,3982291200,-18000),(122,4002850800,-21600),
(122,4013740800,-18000),(122,4034300400,-21600),(122,4045190400,-18000),(122,4065750000,-21600),(122,4076640000,-18000),(122,4097199600,-21600),(122,4108694400,-18000),(122,4129254000,-21600),
(123,-62135596800,-10800),(123,499748400,-7200),(123,511236000,-10800),(123,530593200,-7200),(123,540266400,-10800),(123,562129200,-7200),(123,571197600,-10800),(123,592974000,-7200),
(123,602042400,-10800),(123,624423600,-7200),(123,634701600,-10800),(123,938919600,-7200),(123,951616800,-10800),(123,970974000,-7200),(123,971575200,-10800),(123,1003028400,-7200),
(123,1013911200,-10800),(124,-62135596800,-21600),(125,-62135596800,-21600),(125,73468800,-18000),(125,89190000,-21600),(125,104918400,-18000),(125,120639600,-21600),(125,136368000,-18000),
(125,152089200,-21600),(125,167817600,-18000),(125,183538800,-21600),(125,199267200,-18000),(125,215593200,-21600),(125,230716800,-18000),(125,247042800,-21600),(125,262771200,-18000),
(125,278492400,-21600),(125,294220800,-18000),(125,309942000,-21600),(125,325670400,-18000),(125,341391600,-21600),(125,357120000,-18000),(125,372841200,-21600),(125,388569600,-18000),
(125,404895600,-21600),(125,420019200,-18000),(125,436345200,-21600),(125,452073600,-18000),(125,467794800,-21600),(125,483523200,-18000),(125,499244400,-21600),(125,514972800,-18000),
(125,530694000,-21600),(125,544608000,-18000),(125,562143600,-21600),(125,576057600,-18000),(125,594198000,-21600),(125,607507200,-18000),(125,625647600,-21600),(125,638956800,-18000),
(125,657097200,-21600),(125,671011200,-18000),(125,688546800,-21600),(125,702460800,-18000),(125,719996400,-21600),(125,733910400,-18000),(125,752050800,-21600),(125,765360000,-18000),
(125,783500400,-21600),(125,796809600,-18000),(125,814950000,-21600),(125,828864000,-18000),(125,846399600,-21600),(125,860313600,-18000),(125,877849200,-21600),(125,891763200,-18000),
(125,909298800,-21600),(125,923212800,-18000),(125,941353200,-21600),(125,954662400,-18000),(125,1004252400,-21600),(125,1018166400,-18000),(125,1035702000,-21600),(125,1049616000,-18000),
(125,1067151600,-21600),(125,1081065600,-18000),(125,1099206000,-21600),(125,1112515200,-18000),(125,1130655600,-21600),(125,1143964800,-18000),(125,1194159600,-21600),(125,1205049600,-18000),
(125,1225609200,-21600),(125,1236499200,-18000),(125,1257058800,-21600),(125,1268553600,-18000),(125,1289113200,-21600),(125,1300003200,-18000),(125,1320562800,-21600),(125,1331452800,-18000),
(125,1352012400,-21600),(125,1362902400,-18000),(125,1383462000,-21600),(125,1394352000,-18000),(125,1414911600,-21600),(125,1425801600,-18000),(125,1446361200,-21600),(125,1457856000,-18000),
(125,1478415600,-21600),(125,1489305600,-18000),(125,1509865200,-21600),(125,1520755200,-18000),(125,1541314800,-21600),(125,1552204800,-18000),(125,1572764400,-21600),(125,1583654400,-18000),
(125,1604214000,-21600),(125,1615708800,-18000),(125,1636268400,-21600),(125,1647158400,-18000),(125,1667718000,-21600),(125,1678608000,-18000),(125,1699167600,-21600),(125,1710057600,-18000),
(125,1730617200,-21600),(125,1741507200,-18000),(125,1762066800,-21600),(125,1772956800,-18000),(125,1793516400,-21600),(125,1805011200,-18000),(125,1825570800,-21600),(125,1836460800,-18000),
(125,1857020400,-21600),(125,1867910400,-18000),(125,1888470000,-21600),(125,1899360000,-18000),(125,1919919600,-21600),(125,1930809600,-18000),(125,1951369200,-21600),(125,1962864000,-18000),
(125,1983423600,-21600),(125,1994313600,-18000),(125,2014873200,-21600),(125,2025763200,-18000),(125,2046322800,-21600),(125,2057212800,-18000),(125,2077772400,-21600),(125,2088662400,-18000),
(125,2109222000,-21600),(125,2120112000,-18000),(125,2140671600,-21600),(125,2152166400,-18000),(125,2172726000,-21600),(125,2183616000,-18000),(125,2204175600,-21600),(125,2215065600,-18000),
(125,2235625200,-21600),(125,2246515200,-18000),(125,2267074800,-21600),(125,2277964800,-18000),(125,2298524400,-21600),(125,2309414400,-18000),(125,2329974000,-21600),(125,2341468800,-18000),
(125,2362028400,-21600),(125,2372918400,-18000),(125,2393478000,-21600),(125,2404368000,-18000),(125,2424927600,-21600),(125,2435817600,-18000),(125,2456377200,-21600),(125,2467267200,-18000),
(125,2487826800,-21600),(125,2499321600,-18000),(125,2519881200,-21600),(125,2530771200,-18000),(125,2551330800,-21600),(125,2562220800,-18000),(125,2582780400,-21600),(125,2593670400,-18000),
(125,2614230000,-21600),(125,2625120000,-18000),(125,2645679600,-21600),(125,2656569600,-18000),(125,2677129200,-21600),(125,2688624000,-18000),(125,2709183600,-21600),(125,2720073600,-18000),
(125,2740633200,-21600),(125,2751523200,-18000),(125,2772082800,-21600),(125,2782972800,-18000),(125,2803532400,-21600),(125,2814422400,-18000),(125,2834982000,-21600),(125,2846476800,-18000),
(125,2867036400,-21600),(125,2877926400,-18000),(125,2898486000,-21600),(125,2909376000,-18000),(125,2929935600,-21600),(125,2940825600,-18000),(125,2961385200,-21600),(125,2972275200,-18000),
(125,2992834800,-21600),(125,3003724800,-18000),(125,3024284400,-21600),(125,3035779200,-18000),(125,3056338800,-21600),(125,3067228800,-18000),(125,3087788400,-21600),(125,3098678400,-18000),
(125,3119238000,-21600),(125,3130128000,-18000),(125,3150687600,-21600),(125,3161577600,-18000),(125,3182137200,-21600),(125,3193027200,-18000),(125,3213586800,-21600),(125,3225081600,-18000),
(125,3245641200,-21600),(125,3256531200,-18000),(125,3277090800,-21600),(125,3287980800,-18000),(125,3308540400,-21600),(125,3319430400,-18000),(125,3339990000,-21600),(125,3350880000,-18000),
(125,3371439600,-21600),(125,3382934400,-18000),(125,3403494000,-21600),(125,3414384000,-18000),(125,3434943600,-21600),(125,3445833600,-18000),(125,3466393200,-21600),(125,3477283200,-18000),
(125,3497842800,-21600),(125,3508732800,-18000),(125,3529292400,-21600),(125,3540182400,-18000),(125,3560742000,-21600),(125,3572236800,-18000),(125,3592796400,-21600),(125,3603686400,-18000),
(125,3624246000,-21600),(125,3635136000,-18000),(125,3655695600,-21600),(125,3666585600,-18000),(125,3687145200,-21600),(125,3698035200,-18000),(125,3718594800,-21600),(125,3730089600,-18000),
(125,3750649200,-21600),(125,3761539200,-18000),(125,3782098800,-21600),(125,3792988800,-18000),(125,3813548400,-21600),(125,3824438400,-18000),(125,3844998000,-21600),(125,3855888000,-18000),
(125,3876447600,-21600),(125,3887337600,-18000),(125,3907897200,-21600),(125,3919392000,-18000),(125,3939951600,-21600),(125,3950841600,-18000),(125,3971401200,-21600),(125,3982291200,-18000),
(125,4002850800,-21600),(125,4013740800,-18000),(125,4034300400,-21600),(125,4045190400,-18000),(125,4065750000,-21600),(125,4076640000,-18000),(125,4097199600,-21600),(125,4108694400,-18000),
(125,4129254000,-21600),(126,-62135596800,-14400),(126,499752000,-10800),(126,511239600,-14400),(126,530596800,-10800),(126,540270000,-14400),(126,562132800,-10800),(126,571201200,-14400),
(126,1214280000,-10800),(127,-62135596800,-10800),(127,7527600,-14400),(127,24465600,-10800),(127,37767600,-14400),(127,55915200,-10800),(127,69217200,-14400),(127,87969600,-10800),
(127,100666800,-14400),(127,118209600,-10800),(127,132116400,-14400),(127,150868800,-10800),(127,163566000,-14400),(127,182318400,-10800),(127,195620400,-14400),(127,213768000,-10800),
(127,227070000,-14400),(127,245217600,-10800),(127,258519600,-14400),(127,277272000,-10800),(127,289969200,-14400),(127,308721600,-10800),(127,321418800,-14400),(127,340171200,-10800),
(127,353473200,-14400),(127,371620800,-10800),(127,384922800,-14400),(127,403070400,-10800),(127,416372400,-14400),(127,434520000,-10800),(127,447822000,-14400),(127,466574400,-10800),
(127,479271600,-14400),(127,498024000,-10800),(127,510721200,-14400),(127,529473600,-10800),(127,545194800,-14400),(127,560923200,-10800),(127,574225200,-14400),(127,592372800,-10800),
(127,605674800,-14400),(127,624427200,-10800),(127,637124400,-14400),(127,653457600,-10800),(127,668574000,-14400),(127,687326400,-10800),(127,700628400,-14400),(127,718776000,-10800),
(127,732078000,-14400),(127,750225600,-10800),(127,763527600,-14400),(127,781675200,-10800),(127,794977200,-14400),(127,813729600,-10800),(127,826426800,-14400),(127,845179200,-10800),
(127,859690800,-14400),(127,876628800,-10800),(127,889930800,-14400),(127,906868800,-10800),(127,923194800,-14400),(127,939528000,-10800),(127,952830000,-14400),(127,971582400,-10800),
(127,984279600,-14400),(127,1003032000,-10800),(127,1015729200,-14400),(127,1034481600,-10800),(127,1047178800,-14400),(127,1065931200,-10800),(127,1079233200,-14400),(127,1097380800,-10800),
(127,1110682800,-14400),(127,1128830400,-10800),(127,1142132400,-14400),(127,1160884800,-10800),(127,1173582000,-14400),(127,1192334400,-10800),(127,1206846000,-14400),(127,1223784000,-10800),
(127,1237086000,-14400),(127,1255233600,-10800),(127,1270350000,-14400),(127,1286683200,-10800),(127,1304823600,-14400),(127,1313899200,-10800),(127,1335668400,-14400),(127,1346558400,-10800),
(127,1367118000,-14400),(127,1378612800,-10800),(127,1398567600,-14400),(127,1410062400,-10800),(127,1463281200,-14400),(127,1471147200,-10800),(127,1494730800,-14400),(127,1502596800,-10800),
(127,1526180400,-14400),(127,1534046400,-10800),(127,1554606000,-14400),(127,1567915200,-10800),(127,1586055600,-14400),(127,1599364800,-10800),(127,1617505200,-14400),(127,1630814400,-10800),
(127,1648954800,-14400),(127,1662868800,-10800),(127,1680404400,-14400),(127,1693713600,-10800),(127,1712458800,-14400),(127,1725768000,-10800),(127,1743908400,-14400),(127,1757217600,-10800),
(127,1775358000,-14400),(127,1788667200,-10800),(127,1806807600,-14400),(127,1820116800,-10800),(127,1838257200,-14400),(127,1851566400,-10800),(127,1870311600,-14400),(127,1883016000,-10800),
(127,1901761200,-14400),(127,1915070400,-10800),(127,1933210800,-14400),(127,1946520000,-10800),(127,1964660400,-14400),(127,1977969600,-10800),(127,1996110000,-14400),(127,2009419200,-10800),
(127,2027559600,-14400),(127,2040868800,-10800),(127,2059614000,-14400),(127,2072318400,-10800),(127,2091063600,-14400),(127,2104372800,-10800),(127,2122513200,-14400),(127,2135822400,-10800),
(127,2153962800,-14400),(127,2167272000,-10800),(127,2185412400,-14400),(127,2198721600,-10800),(127,2217466800,-14400),(127,2230171200,-10800),(127,2248916400,-14400),(127,2262225600,-10800),
(127,2280366000,-14400),(127,2293675200,-10800),(127,2311815600,-14400),(127,2325124800,-10800),(127,2343265200,-14400),(127,2356574400,-10800),(127,2374714800,-14400),(127,2388024000,-10800),
(127,2406769200,-14400),(127,2419473600,-10800),(127,2438218800,-14400),(127,2451528000,-10800),(127,2469668400,-14400),(127,2482977600,-10800),(127,2501118000,-14400),(127,2514427200,-10800),
(127,2532567600,-14400),(127,2545876800,-10800),(127,2564017200,-14400),(127,2577326400,-10800),(127,2596071600,-14400),(127,2609380800,-10800),(127,2627521200,-14400),(127,2640830400,-10800),
(127,2658970800,-14400),(127,2672280000,-10800),(127,2690420400,-14400),(127,2703729600,-10800),(127,2721870000,-14400),(127,2735179200,-10800),(127,2753924400,-14400),(127,2766628800,-10800),
(127,2785374000,-14400),(127,2798683200,-10800),(127,2816823600,-14400),(127,2830132800,-10800),(127,2848273200,-14400),(127,2861582400,-10800),(127,2879722800,-14400),(127,2893032000,-10800),
(127,2911172400,-14400),(127,2924481600,-10800),(127,2943226800,-14400),(127,2955931200,-10800),(127,2974676400,-14400),(127,2987985600,-10800),(127,3006126000,-14400),(127,3019435200,-10800);
INSERT INTO durable.tz_transitions (rule_id, at_utc, utc_offset) VALUES
(127,3037575600,-14400),(127,3050884800,-10800),(127,3069025200,-14400),(127,3082334400,-10800),(127,3101079600,-14400),(127,3113784000,-10800),(127,3132529200,-14400),(127,3145838400,-10800),
(127,3163978800,-14400),(127,3177288000,-10800),(127,3195428400,-14400),(127,3208737600,-10800),(127,3226878000,-14400),(127,3240187200,-10800),(127,3258327600,-14400),(127,3271636800,-10800),
(127,3290382000,-14400),(127,3303086400,-10800),(127,3321831600,-14400),(127,3335140800,-10800),(127,3353281200,-14400),(127,3366590400,-10800),(127,3384730800,-14400),(127,3398040000,-10800),
(127,3416180400,-14400),(127,3429489600,-10800),(127,3447630000,-14400),(127,3460939200,-10800),(127,3479684400,-14400),(127,3492993600,-10800),(127,3511134000,-14400),(127,3524443200,-10800),
(127,3542583600,-14400),(127,3555892800,-10800),(127,3574033200,-14400),(127,3587342400,-10800),(127,3605482800,-14400),(127,3618792000,-10800),(127,3637537200,-14400),(127,3650241600,-10800),
(127,3668986800,-14400),(127,3682296000,-10800),(127,3700436400,-14400),(127,3713745600,-10800),(127,3731886000,-14400),(127,3745195200,-10800),(127,3763335600,-14400),(127,3776644800,-10800),
(127,3794785200,-14400),(127,3808094400,-10800),(127,3826839600,-14400),(127,3839544000,-10800),(127,3858289200,-14400),(127,3871598400,-10800),(127,3889738800,-14400),(127,3903048000,-10800),
(127,3921188400,-14400),(127,3934497600,-10800),(127,3952638000,-14400),(127,3965947200,-10800),(127,3984692400,-14400),(127,3997396800,-10800),(127,4016142000,-14400),(127,4029451200,-10800),
(127,4047591600,-14400),(127,4060900800,-10800),(127,4079041200,-14400),(127,4092350400,-10800),(127,4110490800,-14400),(127,4123800000,-10800),(128,-62135596800,-16200),(128,4422600,-18000),
(128,25678800,-16200),(128,33193800,-18000),(128,57733200,-16200),(128,64816200,-18000),(128,89182800,-16200),(128,96438600,-18000),(128,120632400,-16200),(128,127974600,-18000),
(128,152082000,-14400),(128,972799200,-18000),(128,975823200,-14400),(129,-62135596800,-10800),(129,499748400,-7200),(129,511236000,-10800),(129,530593200,-7200),(129,540266400,-10800),
(129,562129200,-7200),(129,571197600,-10800),(129,592974000,-7200),(129,602042400,-10800),(129,624423600,-7200),(129,634701600,-10800),(129,656478000,-7200),(129,666756000,-10800),
(129,687927600,-7200),(129,697600800,-10800),(129,719982000,-7200),(129,728445600,-10800),(129,750826800,-7200),(129,761709600,-10800),(129,782276400,-7200),(129,793159200,-10800),
(129,813726000,-7200),(129,824004000,-10800),(129,844570800,-7200),(129,856058400,-10800),(129,876106800,-7200),(129,888717600,-10800),(129,908074800,-7200),(129,919562400,-10800),
(129,938919600,-7200),(129,951616800,-10800),(129,970974000,-7200),(129,982461600,-10800),(129,1003028400,-7200),(129,1013911200,-10800),(129,1036292400,-7200),(129,1045360800,-10800),
(129,1066532400,-7200),(129,1076810400,-10800),(129,1099364400,-7200),(129,1108864800,-10800),(129,1129431600,-7200),(129,1140314400,-10800),(129,1162695600,-7200),(129,1172368800,-10800),
(129,1192330800,-7200),(129,1203213600,-10800),(129,1224385200,-7200),(129,1234663200,-10800),(129,1255834800,-7200),(129,1266717600,-10800),(129,1287284400,-7200),(129,1298167200,-10800),
(129,1318734000,-7200),(129,1330221600,-10800),(129,1350788400,-7200),(129,1361066400,-10800),(129,1382238000,-7200),(129,1392516000,-10800),(129,1413687600,-7200),(129,1424570400,-10800),
(129,1445137200,-7200),(129,1456020000,-10800),(129,1476586800,-7200),(129,1487469600,-10800),(129,1508036400,-7200),(129,1518919200,-10800),(129,1541300400,-7200),(129,1550368800,-10800),
(130,-62135596800,-7200),(130,323841600,-3600),(130,338961600,-7200),(130,354679200,0),(130,370400400,-3600),(130,386125200,0),(130,401850000,-3600),(130,417574800,0),
(130,433299600,-3600),(130,449024400,0),(130,465354000,-3600),(130,481078800,0),(130,496803600,-3600),(130,512528400,0),(130,528253200,-3600),(130,543978000,0),
(130,559702800,-3600),(130,575427600,0),(130,591152400,-3600),(130,606877200,0),(130,622602000,-3600),(130,638326800,0),(130,654656400,-3600),(130,670381200,0),
(130,686106000,-3600),(130,701830800,0),(130,717555600,-3600),(130,733280400,0),(130,749005200,-3600),(130,764730000,0),(130,780454800,-3600),(130,796179600,0),
(130,811904400,-3600),(130,828234000,0),(130,846378000,-3600),(130,859683600,0),(130,877827600,-3600),(130,891133200,0),(130,909277200,-3600),(130,922582800,0),
(130,941331600,-3600),(130,954032400,0),(130,972781200,-3600),(130,985482000,0),(130,1004230800,-3600),(130,1017536400,0),(130,1035680400,-3600),(130,1048986000,0),
(130,1067130000,-3600),(130,1080435600,0),(130,1099184400,-3600),(130,1111885200,0),(130,1130634000,-3600),(130,1143334800,0),(130,1162083600,-3600),(130,1174784400,0),
(130,1193533200,-3600),(130,1206838800,0),(130,1224982800,-3600),(130,1238288400,0),(130,1256432400,-3600),(130,1269738000,0),(130,1288486800,-3600),(130,1301187600,0),
(130,1319936400,-3600),(130,1332637200,0),(130,1351386000,-3600),(130,1364691600,0),(130,1382835600,-3600),(130,1396141200,0),(130,1414285200,-3600),(130,1427590800,0),
(130,1445734800,-3600),(130,1459040400,0),(130,1477789200,-3600),(130,1490490000,0),(130,1509238800,-3600),(130,1521939600,0),(130,1540688400,-3600),(130,1553994000,0),
(130,1572138000,-3600),(130,1585443600,0),(130,1603587600,-3600),(130,1616893200,0),(130,1635642000,-3600),(130,1648342800,0),(130,1667091600,-3600),(130,1679792400,0),
(130,1698541200,-3600),(130,1729990800,-7200),(130,1743296400,-3600),(130,1761440400,-7200),(130,1774746000,-3600),(130,1792890000,-7200),(130,1806195600,-3600),(130,1824944400,-7200),
(130,1837645200,-3600),(130,1856394000,-7200),(130,1869094800,-3600),(130,1887843600,-7200),(130,1901149200,-3600),(130,1919293200,-7200),(130,1932598800,-3600),(130,1950742800,-7200),
(130,1964048400,-3600),(130,1982797200,-7200),(130,1995498000,-3600),(130,2014246800,-7200),(130,2026947600,-3600),(130,2045696400,-7200),(130,2058397200,-3600),(130,2077146000,-7200),
(130,2090451600,-3600),(130,2108595600,-7200),(130,2121901200,-3600),(130,2140045200,-7200),(130,2153350800,-3600),(130,2172099600,-7200),(130,2184800400,-3600),(130,2203549200,-7200),
(130,2216250000,-3600),(130,2234998800,-7200),(130,2248304400,-3600),(130,2266448400,-7200),(130,2279754000,-3600),(130,2297898000,-7200),(130,2311203600,-3600),(130,2329347600,-7200),
(130,2342653200,-3600),(130,2361402000,-7200),(130,2374102800,-3600),(130,2392851600,-7200),(130,2405552400,-3600),(130,2424301200,-7200),(130,2437606800,-3600),(130,2455750800,-7200),
(130,2469056400,-3600),(130,2487200400,-7200),(130,2500506000,-3600),(130,2519254800,-7200),(130,2531955600,-3600),(130,2550704400,-7200),(130,2563405200,-3600),(130,2582154000,-7200),
(130,2595459600,-3600),(130,2613603600,-7200),(130,2626909200,-3600),(130,2645053200,-7200),(130,2658358800,-3600),(130,2676502800,-7200),(130,2689808400,-3600),(130,2708557200,-7200),
(130,2721258000,-3600),(130,2740006800,-7200),(130,2752707600,-3600),(130,2771456400,-7200),(130,2784762000,-3600),(130,2802906000,-7200),(130,2816211600,-3600),(130,2834355600,-7200),
(130,2847661200,-3600),(130,2866410000,-7200),(130,2879110800,-3600),(130,2897859600,-7200),(130,2910560400,-3600),(130,2929309200,-7200),(130,2942010000,-3600),(130,2960758800,-7200),
(130,2974064400,-3600),(130,2992208400,-7200),(130,3005514000,-3600),(130,3023658000,-7200),(130,3036963600,-3600),(130,3055712400,-7200),(130,3068413200,-3600),(130,3087162000,-7200),
(130,3099862800,-3600),(130,3118611600,-7200),(130,3131917200,-3600),(130,3150061200,-7200),(130,3163366800,-3600),(130,3181510800,-7200),(130,3194816400,-3600),(130,3212960400,-7200),
(130,3226266000,-3600),(130,3245014800,-7200),(130,3257715600,-3600),(130,3276464400,-7200),(130,3289165200,-3600),(130,3307914000,-7200),(130,3321219600,-3600),(130,3339363600,-7200),
(130,3352669200,-3600),(130,3370813200,-7200),(130,3384118800,-3600),(130,3402867600,-7200),(130,3415568400,-3600),(130,3434317200,-7200),(130,3447018000,-3600),(130,3465766800,-7200),
(130,3479072400,-3600),(130,3497216400,-7200),(130,3510522000,-3600),(130,3528666000,-7200),(130,3541971600,-3600),(130,3560115600,-7200),(130,3573421200,-3600),(130,3592170000,-7200),
(130,3604870800,-3600),(130,3623619600,-7200),(130,3636320400,-3600),(130,3655069200,-7200),(130,3668374800,-3600),(130,3686518800,-7200),(130,3699824400,-3600),(130,3717968400,-7200),
(130,3731274000,-3600),(130,3750022800,-7200),(130,3762723600,-3600),(130,3781472400,-7200),(130,3794173200,-3600),(130,3812922000,-7200),(130,3825622800,-3600),(130,3844371600,-7200),
(130,3857677200,-3600),(130,3875821200,-7200),(130,3889126800,-3600),(130,3907270800,-7200),(130,3920576400,-3600),(130,3939325200,-7200),(130,3952026000,-3600),(130,3970774800,-7200),
(130,3983475600,-3600),(130,4002224400,-7200),(130,4015530000,-3600),(130,4033674000,-7200),(130,4046979600,-3600),(130,4065123600,-7200),(130,4078429200,-3600),(130,4096573200,-7200),
(130,4109878800,-3600),(130,4128627600,-7200),(131,-62135596800,-28800),(131,9972000,-25200),(131,25693200,-28800),(131,41421600,-25200),(131,57747600,-28800),(131,73476000,-25200),
(131,89197200,-28800),(131,104925600,-25200),(131,120646800,-28800),(131,126698400,-25200),(131,152096400,-28800),(131,162381600,-25200),(131,183546000,-28800),(131,199274400,-25200),
(131,215600400,-28800),(131,230724000,-25200),(131,247050000,-28800),(131,262778400,-25200),(131,278499600,-28800),(131,294228000,-25200),(131,309949200,-28800),(131,325677600,-25200),
(131,341398800,-28800),(131,357127200,-25200),(131,372848400,-28800),(131,388576800,-25200),(131,404902800,-28800),(131,420026400,-25200),(131,436352400,-32400),(131,452084400,-28800),
(131,467805600,-32400),(131,483534000,-28800),(131,499255200,-32400),(131,514983600,-28800),(131,530704800,-32400),(131,544618800,-28800),(131,562154400,-32400),(131,576068400,-28800),
(131,594208800,-32400),(131,607518000,-28800),(131,625658400,-32400),(131,638967600,-28800),(131,657108000,-32400),(131,671022000,-28800),(131,688557600,-32400),(131,702471600,-28800),
(131,720007200,-32400),(131,733921200,-28800),(131,752061600,-32400),(131,765370800,-28800),(131,783511200,-32400),(131,796820400,-28800),(131,814960800,-32400),(131,828874800,-28800),
(131,846410400,-32400),(131,860324400,-28800),(131,877860000,-32400),(131,891774000,-28800),(131,909309600,-32400),(131,923223600,-28800),(131,941364000,-32400),(131,954673200,-28800),
(131,972813600,-32400),(131,986122800,-28800),(131,1004263200,-32400),(131,1018177200,-28800),(131,1035712800,-32400),(131,1049626800,-28800),(131,1067162400,-32400),(131,1081076400,-28800),
(131,1099216800,-32400),(131,1112526000,-28800),(131,1130666400,-32400),(131,1143975600,-28800),(131,1162116000,-32400),(131,1173610800,-28800),(131,1194170400,-32400),(131,1205060400,-28800),
(131,1225620000,-32400),(131,1236510000,-28800),(131,1257069600,-32400),(131,1268564400,-28800),(131,1289124000,-32400),(131,1300014000,-28800),(131,1320573600,-32400),(131,1331463600,-28800),
(131,1352023200,-32400),(131,1362913200,-28800),(131,1383472800,-32400),(131,1394362800,-28800),(131,1414922400,-32400),(131,1425812400,-28800),(131,1446372000,-32400),(131,1457866800,-28800),
(131,1478426400,-32400),(131,1489316400,-28800),(131,1509876000,-32400),(131,1520766000,-28800),(131,1541325600,-32400),(131,1552215600,-28800),(131,1572775200,-32400),(131,1583665200,-28800),
(131,1604224800,-32400),(131,1615719600,-28800),(131,1636279200,-32400),(131,1647169200,-28800),(131,1667728800,-32400),(131,1678618800,-28800),(131,1699178400,-32400),(131,1710068400,-28800),
(131,1730628000,-32400),(131,1741518000,-28800),(131,1762077600,-32400),(131,1772967600,-28800),(131,1793527200,-32400),(131,1805022000,-28800),(131,1825581600,-32400),(131,1836471600,-28800),
(131,1857031200,-32400),(131,1867921200,-28800),(131,1888480800,-32400),(131,1899370800,-28800),(131,1919930400,-32400),(131,1930820400,-28800),(131,1951380000,-32400),(131,1962874800,-28800),
(131,1983434400,-32400),(131,1994324400,-28800),(131,2014884000,-32400),(131,2025774000,-28800),(131,2046333600,-32400),(131,2057223600,-28800),(131,2077783200,-32400),(131,2088673200,-28800),
(131,2109232800,-32400),(131,2120122800,-28800),(131,2140682400,-32400),(131,2152177200,-28800),(131,2172736800,-32400),(131,2183626800,-28800),(131,2204186400,-32400),(131,2215076400,-28800),
(131,2235636000,-32400),(131,2246526000,-28800),(131,2267085600,-32400),(131,2277975600,-28800),(131,2298535200,-32400),(131,2309425200,-28800),(131,2329984800,-32400),(131,2341479600,-28800),
(131,2362039200,-32400),(131,2372929200,-28800),(131,2393488800,-32400),(131,2404378800,-28800),(131,2424938400,-32400),(131,2435828400,-28800),(131,2456388000,-32400),(131,2467278000,-28800),
(131,2487837600,-32400),(131,2499332400,-28800),(131,2519892000,-32400),(131,2530782000,-28800),(131,2551341600,-32400),(131,2562231600,-28800),(131,2582791200,-32400),(131,2593681200,-28800),
(131,2614240800,-32400),(131,2625130800,-28800),(131,2645690400,-32400),(131,2656580400,-28800),(131,2677140000,-32400),(131,2688634800,-28800),(131,2709194400,-32400),(131,2720084400,-28800),
(131,2740644000,-32400),(131,2751534000,-28800),(131,2772093600,-32400),(131,2782983600,-28800),(131,2803543200,-32400),(131,2814433200,-28800),(131,2834992800,-32400),(131,2846487600,-28800),
(131,2867047200,-32400),(131,2877937200,-28800),(131,2898496800,-32400),(131,2909386800,-28800),(131,2929946400,-32400),(131,2940836400,-28800),(131,2961396000,-32400),(131,2972286000,-28800),
(131,2992845600,-32400),(131,3003735600,-28800),(131,3024295200,-32400),(131,3035790000,-28800),(131,3056349600,-32400),(131,3067239600,-28800),(131,3087799200,-32400),(131,3098689200,-28800),
(131,3119248800,-32400),(131,3130138800,-28800),(131,3150698400,-32400),(131,3161588400,-28800),(131,3182148000,-32400),(131,3193038000,-28800),(131,3213597600,-32400),(131,3225092400,-28800),
(131,3245652000,-32400),(131,3256542000,-28800),(131,3277101600,-32400),(131,3287991600,-28800),(131,3308551200,-32400),(131,3319441200,-28800),(131,3340000800,-32400),(131,3350890800,-28800),
(131,3371450400,-32400),(131,3382945200,-28800),(131,3403504800,-32400),(131,3414394800,-28800),(131,3434954400,-32400),(131,3445844400,-28800),(131,3466404000,-32400),(131,3477294000,-28800),
(131,3497853600,-32400),(131,3508743600,-28800),(131,3529303200,-32400),(131,3540193200,-28800),(131,3560752800,-32400),(131,3572247600,-28800),(131,3592807200,-32400),(131,3603697200,-28800),
(131,3624256800,-32400),(131,3635146800,-28800),(131,3655706400,-32400),(131,3666596400,-28800),(131,3687156000,-32400),(131,3698046000,-28800),(131,3718605600,-32400),(131,3730100400,-28800),
(131,3750660000,-32400),(131,3761550000,-28800),(131,3782109600,-32400),(131,3792999600,-28800),(131,3813559200,-32400),(131,3824449200,-28800),(131,3845008800,-32400),(131,3855898800,-28800),
(131,3876458400,-32400),(131,3887348400,-28800),(131,3907908000,-32400),(131,3919402800,-28800),(131,3939962400,-32400),(131,3950852400,-28800),(131,3971412000,-32400),(131,3982302000,-28800),
(131,4002861600,-32400),(131,4013751600,-28800),(131,4034311200,-32400),(131,4045201200,-28800),(131,4065760800,-32400),(131,4076650800,-28800),(131,4097210400,-32400),(131,4108705200,-28800),
(131,4129264800,-32400),(132,-62135596800,-12600),(132,9955800,-9000),(132,25677000,-12600),(132,41405400,-9000),(132,57731400,-12600),(132,73459800,-9000),(132,89181000,-12600),
(132,104909400,-9000),(132,120630600,-12600),(132,136359000,-9000),(132,152080200,-12600),(132,167808600,-9000),(132,183529800,-12600),(132,199258200,-9000),(132,215584200,-12600),
(132,230707800,-9000),(132,247033800,-12600),(132,262762200,-9000),(132,278483400,-12600),(132,294211800,-9000),(132,309933000,-12600),(132,325661400,-9000),(132,341382600,-12600),
(132,357111000,-9000),(132,372832200,-12600),(132,388560600,-9000),(132,404886600,-12600),(132,420010200,-9000),(132,436336200,-12600),(132,452064600,-9000),(132,467785800,-12600),
(132,483514200,-9000),(132,499235400,-12600),(132,514963800,-9000),(132,530685000,-12600),(132,544591860,-9000),(132,562127460,-12600),(132,576041460,-5400),(132,594178260,-12600),
(132,607491060,-9000),(132,625631460,-12600),(132,638940660,-9000),(132,657081060,-12600),(132,670995060,-9000),(132,688530660,-12600),(132,702444660,-9000),(132,719980260,-12600),
(132,733894260,-9000),(132,752034660,-12600),(132,765343860,-9000),(132,783484260,-12600),(132,796793460,-9000),(132,814933860,-12600),(132,828847860,-9000),(132,846383460,-12600),
(132,860297460,-9000),(132,877833060,-12600),(132,891747060,-9000),(132,909282660,-12600),(132,923196660,-9000),(132,941337060,-12600),(132,954646260,-9000),(132,972786660,-12600),
(132,986095860,-9000),(132,1004236260,-12600),(132,1018150260,-9000),(132,1035685860,-12600),(132,1049599860,-9000),(132,1067135460,-12600),(132,1081049460,-9000),(132,1099189860,-12600),
(132,1112499060,-9000),(132,1130639460,-12600),(132,1143948660,-9000),(132,1162089060,-12600),(132,1173583860,-9000),(132,1194143460,-12600),(132,1205033460,-9000),(132,1225593060,-12600),
(132,1236483060,-9000),(132,1257042660,-12600),(132,1268537460,-9000),(132,1289097060,-12600),(132,1299987060,-9000),(132,1320553800,-12600),(132,1331443800,-9000),(132,1352003400,-12600),
(132,1362893400,-9000),(132,1383453000,-12600),(132,1394343000,-9000),(132,1414902600,-12600),(132,1425792600,-9000),(132,1446352200,-12600),(132,1457847000,-9000),(132,1478406600,-12600),
(132,1489296600,-9000),(132,1509856200,-12600),(132,1520746200,-9000),(132,1541305800,-12600),(132,1552195800,-9000),(132,1572755400,-12600),(132,1583645400,-9000),(132,1604205000,-12600),
(132,1615699800,-9000),(132,1636259400,-12600),(132,1647149400,-9000),(132,1667709000,-12600),(132,1678599000,-9000),(132,1699158600,-12600),(132,1710048600,-9000),(132,1730608200,-12600),
(132,1741498200,-9000),(132,1762057800,-12600),(132,1772947800,-9000),(132,1793507400,-12600),(132,1805002200,-9000),(132,1825561800,-12600),(132,1836451800,-9000),(132,1857011400,-12600),
(132,1867901400,-9000),(132,1888461000,-12600),(132,1899351000,-9000),(132,1919910600,-12600),(132,1930800600,-9000),(132,1951360200,-12600),(132,1962855000,-9000),(132,1983414600,-12600),
(132,1994304600,-9000),(132,2014864200,-12600),(132,2025754200,-9000),(132,2046313800,-12600),(132,2057203800,-9000),(132,2077763400,-12600),(132,2088653400,-9000),(132,2109213000,-12600),
(132,2120103000,-9000),(132,2140662600,-12600),(132,2152157400,-9000),(132,2172717000,-12600),(132,2183607000,-9000),(132,2204166600,-12600),(132,2215056600,-9000),(132,2235616200,-12600),
(132,2246506200,-9000),(132,2267065800,-12600),(132,2277955800,-9000),(132,2298515400,-12600),(132,2309405400,-9000),(132,2329965000,-12600),(132,2341459800,-9000),(132,2362019400,-12600),
(132,2372909400,-9000),(132,2393469000,-12600),(132,2404359000,-9000),(132,2424918600,-12600),(132,2435808600,-9000),(132,2456368200,-12600),(132,2467258200,-9000),(132,2487817800,-12600),
(132,2499312600,-9000),(132,2519872200,-12600),(132,2530762200,-9000),(132,2551321800,-12600),(132,2562211800,-9000),(132,2582771400,-12600),(132,2593661400,-9000),(132,2614221000,-12600),
(132,2625111000,-9000),(132,2645670600,-12600),(132,2656560600,-9000),(132,2677120200,-12600),(132,2688615000,-9000),(132,2709174600,-12600),(132,2720064600,-9000),(132,2740624200,-12600),
(132,2751514200,-9000),(132,2772073800,-12600),(132,2782963800,-9000),(132,2803523400,-12600),(132,2814413400,-9000),(132,2834973000,-12600),(132,2846467800,-9000),(132,2867027400,-12600),
(132,2877917400,-9000),(132,2898477000,-12600),(132,2909367000,-9000),(132,2929926600,-12600),(132,2940816600,-9000),(132,2961376200,-12600),(132,2972266200,-9000),(132,2992825800,-12600),
(132,3003715800,-9000),(132,3024275400,-12600),(132,3035770200,-9000),(132,3056329800,-12600),(132,3067219800,-9000),(132,3087779400,-12600),(132,3098669400,-9000),(132,3119229000,-12600),
(132,3130119000,-9000),(132,3150678600,-12600),(132,3161568600,-9000),(132,3182128200,-12600),(132,3193018200,-9000),(132,3213577800,-12600),(132,3225072600,-9000),(132,3245632200,-12600),
(132,3256522200,-9000),(132,3277081800,-12600),(132,3287971800,-9000),(132,3308531400,-12600),(132,3319421400,-9000),(132,3339981000,-12600),(132,3350871000,-9000),(132,3371430600,-12600),
(132,3382925400,-9000),(132,3403485000,-12600),(132,3414375000,-9000),(132,3434934600,-12600),(132,3445824600,-9000),(132,3466384200,-12600),(132,3477274200,-9000),(132,3497833800,-12600),
(132,3508723800,-9000),(132,3529283400,-12600),(132,3540173400,-9000),(132,3560733000,-12600),(132,3572227800,-9000),(132,3592787400,-12600),(132,3603677400,-9000),(132,3624237000,-12600),
(132,3635127000,-9000),(132,3655686600,-12600),(132,3666576600,-9000),(132,3687136200,-12600),(132,3698026200,-9000),(132,3718585800,-12600),(132,3730080600,-9000),(132,3750640200,-12600),
(132,3761530200,-9000),(132,3782089800,-12600),(132,3792979800,-9000),(132,3813539400,-12600),(132,3824429400,-9000),(132,3844989000,-12600),(132,3855879000,-9000),(132,3876438600,-12600),
(132,3887328600,-9000),(132,3907888200,-12600),(132,3919383000,-9000),(132,3939942600,-12600),(132,3950832600,-9000),(132,3971392200,-12600),(132,3982282200,-9000),(132,4002841800,-12600),
(132,4013731800,-9000),(132,4034291400,-12600),(132,4045181400,-9000),(132,4065741000,-12600),(132,4076631000,-9000),(132,4097190600,-12600),(132,4108685400,-9000),(132,4129245000,-12600),
(133,-62135596800,-25200),(133,73472400,-21600),(134,-62135596800,-21600),(134,547020000,-18000),(134,559717200,-21600),(134,578469600,-18000),(134,591166800,-21600),(134,1146981600,-18000),
(134,1154926800,-21600),(135,-62135596800,-14400),(135,670399200,-10800),(135,686120400,-14400),(135,701848800,-10800),(135,717570000,-14400),(135,733903200,-10800),(135,752043600,-14400),
(135,765352800,-10800),(135,783493200,-14400),(135,796802400,-10800),(135,814942800,-14400),(135,828856800,-10800),(135,846392400,-14400),(135,860306400,-10800),(135,877842000,-14400),
(135,891756000,-10800),(135,909291600,-14400),(135,923205600,-10800),(135,941346000,-14400),(135,954655200,-10800),(135,972795600,-14400),(135,986104800,-10800),(135,1004245200,-14400),
(135,1018159200,-10800),(135,1035694800,-14400),(135,1049608800,-10800),(135,1067144400,-14400),(135,1081058400,-10800),(135,1099198800,-14400),(135,1112508000,-10800),(135,1130648400,-14400),
(135,1143957600,-10800),(135,1162098000,-14400),(135,1173592800,-10800),(135,1194152400,-14400),(135,1205042400,-10800),(135,1225602000,-14400),(135,1236492000,-10800),(135,1257051600,-14400),
(135,1268546400,-10800),(135,1289106000,-14400),(135,1299996000,-10800),(135,1320555600,-14400),(135,1331445600,-10800),(135,1352005200,-14400),(135,1362895200,-10800),(135,1383454800,-14400),
(135,1394344800,-10800),(135,1414904400,-14400),(135,1425794400,-10800),(135,1446354000,-14400),(135,1457848800,-10800),(135,1478408400,-14400),(135,1489298400,-10800),(135,1509858000,-14400),
(135,1520748000,-10800),(135,1541307600,-14400),(135,1552197600,-10800),(135,1572757200,-14400),(135,1583647200,-10800),(135,1604206800,-14400),(135,1615701600,-10800),(135,1636261200,-14400),
(135,1647151200,-10800),(135,1667710800,-14400),(135,1678600800,-10800),(135,1699160400,-14400),(135,1710050400,-10800),(135,1730610000,-14400),(135,1741500000,-10800),(135,1762059600,-14400);
INSERT INTO durable.tz_transitions (rule_id, at_utc, utc_offset) VALUES
(135,1772949600,-10800),(135,1793509200,-14400),(135,1805004000,-10800),(135,1825563600,-14400),(135,1836453600,-10800),(135,1857013200,-14400),(135,1867903200,-10800),(135,1888462800,-14400),
(135,1899352800,-10800),(135,1919912400,-14400),(135,1930802400,-10800),(135,1951362000,-14400),(135,1962856800,-10800),(135,1983416400,-14400),(135,1994306400,-10800),(135,2014866000,-14400),
(135,2025756000,-10800),(135,2046315600,-14400),(135,2057205600,-10800),(135,2077765200,-14400),(135,2088655200,-10800),(135,2109214800,-14400),(135,2120104800,-10800),(135,2140664400,-14400),
(135,2152159200,-10800),(135,2172718800,-14400),(135,2183608800,-10800),(135,2204168400,-14400),(135,2215058400,-10800),(135,2235618000,-14400),(135,2246508000,-10800),(135,2267067600,-14400),
(135,2277957600,-10800),(135,2298517200,-14400),(135,2309407200,-10800),(135,2329966800,-14400),(135,2341461600,-10800),(135,2362021200,-14400),(135,2372911200,-10800),(135,2393470800,-14400),
(135,2404360800,-10800),(135,2424920400,-14400),(135,2435810400,-10800),(135,2456370000,-14400),(135,2467260000,-10800),(135,2487819600,-14400),(135,2499314400,-10800),(135,2519874000,-14400),
(135,2530764000,-10800),(135,2551323600,-14400),(135,2562213600,-10800),(135,2582773200,-14400),(135,2593663200,-10800),(135,2614222800,-14400),(135,2625112800,-10800),(135,2645672400,-14400),
(135,2656562400,-10800),(135,2677122000,-14400),(135,2688616800,-10800),(135,2709176400,-14400),(135,2720066400,-10800),(135,2740626000,-14400),(135,2751516000,-10800),(135,2772075600,-14400),
(135,2782965600,-10800),(135,2803525200,-14400),(135,2814415200,-10800),(135,2834974800,-14400),(135,2846469600,-10800),(135,2867029200,-14400),(135,2877919200,-10800),(135,2898478800,-14400),
(135,2909368800,-10800),(135,2929928400,-14400),(135,2940818400,-10800),(135,2961378000,-14400),(135,2972268000,-10800),(135,2992827600,-14400),(135,3003717600,-10800),(135,3024277200,-14400),
(135,3035772000,-10800),(135,3056331600,-14400),(135,3067221600,-10800),(135,3087781200,-14400),(135,3098671200,-10800),(135,3119230800,-14400),(135,3130120800,-10800),(135,3150680400,-14400),
(135,3161570400,-10800),(135,3182130000,-14400),(135,3193020000,-10800),(135,3213579600,-14400),(135,3225074400,-10800),(135,3245634000,-14400),(135,3256524000,-10800),(135,3277083600,-14400),
(135,3287973600,-10800),(135,3308533200,-14400),(135,3319423200,-10800),(135,3339982800,-14400),(135,3350872800,-10800),(135,3371432400,-14400),(135,3382927200,-10800),(135,3403486800,-14400),
(135,3414376800,-10800),(135,3434936400,-14400),(135,3445826400,-10800),(135,3466386000,-14400),(135,3477276000,-10800),(135,3497835600,-14400),(135,3508725600,-10800),(135,3529285200,-14400),
(135,3540175200,-10800),(135,3560734800,-14400),(135,3572229600,-10800),(135,3592789200,-14400),(135,3603679200,-10800),(135,3624238800,-14400),(135,3635128800,-10800),(135,3655688400,-14400),
(135,3666578400,-10800),(135,3687138000,-14400),(135,3698028000,-10800),(135,3718587600,-14400),(135,3730082400,-10800),(135,3750642000,-14400),(135,3761532000,-10800),(135,3782091600,-14400),
(135,3792981600,-10800),(135,3813541200,-14400),(135,3824431200,-10800),(135,3844990800,-14400),(135,3855880800,-10800),(135,3876440400,-14400),(135,3887330400,-10800),(135,3907890000,-14400),
(135,3919384800,-10800),(135,3939944400,-14400),(135,3950834400,-10800),(135,3971394000,-14400),(135,3982284000,-10800),(135,4002843600,-14400),(135,4013733600,-10800),(135,4034293200,-14400),
(135,4045183200,-10800),(135,4065742800,-14400),(135,4076632800,-10800),(135,4097192400,-14400),(135,4108687200,-10800),(135,4129246800,-14400),(136,-62135596800,-28800),(136,9972000,-25200),
(136,25693200,-28800),(136,41421600,-25200),(136,57747600,-28800),(136,73476000,-25200),(136,89197200,-28800),(136,104925600,-25200),(136,120646800,-28800),(136,136375200,-25200),
(136,152096400,-28800),(136,167824800,-25200),(136,183546000,-28800),(136,199274400,-25200),(136,215600400,-28800),(136,230724000,-25200),(136,247050000,-28800),(136,262778400,-25200),
(136,278499600,-28800),(136,294228000,-25200),(136,309949200,-28800),(136,325677600,-25200),(136,341398800,-28800),(136,357127200,-25200),(136,372848400,-28800),(136,388576800,-25200),
(136,404902800,-28800),(136,420026400,-25200),(136,436352400,-28800),(136,452080800,-25200),(136,467802000,-28800),(136,483530400,-25200),(136,499251600,-28800),(136,514980000,-25200),
(136,530701200,-28800),(136,544615200,-25200),(136,562150800,-28800),(136,576064800,-25200),(136,594205200,-28800),(136,607514400,-25200),(136,625654800,-28800),(136,638964000,-25200),
(136,657104400,-28800),(136,671018400,-25200),(136,688554000,-28800),(136,702468000,-25200),(136,720003600,-28800),(136,733917600,-25200),(136,752058000,-28800),(136,765367200,-25200),
(136,783507600,-28800),(136,796816800,-25200),(136,814957200,-28800),(136,828871200,-25200),(136,846406800,-28800),(136,860320800,-25200),(136,877856400,-28800),(136,891770400,-25200),
(136,909306000,-28800),(136,923220000,-25200),(136,941360400,-28800),(136,954669600,-25200),(136,972810000,-28800),(136,986119200,-25200),(136,1004259600,-28800),(136,1018173600,-25200),
(136,1035709200,-28800),(136,1049623200,-25200),(136,1067158800,-28800),(136,1081072800,-25200),(136,1099213200,-28800),(136,1112522400,-25200),(136,1130662800,-28800),(136,1143972000,-25200),
(136,1162112400,-28800),(136,1173607200,-25200),(136,1194166800,-28800),(136,1205056800,-25200),(136,1225616400,-28800),(136,1236506400,-25200),(136,1257066000,-28800),(136,1268560800,-25200),
(136,1289120400,-28800),(136,1300010400,-25200),(136,1320570000,-28800),(136,1331460000,-25200),(136,1352019600,-28800),(136,1362909600,-25200),(136,1383469200,-28800),(136,1394359200,-25200),
(136,1414918800,-28800),(136,1425808800,-25200),(136,1446368400,-28800),(136,1457863200,-25200),(136,1478422800,-28800),(136,1489312800,-25200),(136,1509872400,-28800),(136,1520762400,-25200),
(136,1541322000,-28800),(136,1552212000,-25200),(136,1572771600,-28800),(136,1583661600,-25200),(136,1604221200,-28800),(136,1615716000,-25200),(136,1636275600,-28800),(136,1647165600,-25200),
(136,1667725200,-28800),(136,1678615200,-25200),(136,1699174800,-28800),(136,1710064800,-25200),(136,1730624400,-28800),(136,1741514400,-25200),(136,1762074000,-28800),(136,1772964000,-25200),
(136,1793523600,-28800),(136,1805018400,-25200),(136,1825578000,-28800),(136,1836468000,-25200),(136,1857027600,-28800),(136,1867917600,-25200),(136,1888477200,-28800),(136,1899367200,-25200),
(136,1919926800,-28800),(136,1930816800,-25200),(136,1951376400,-28800),(136,1962871200,-25200),(136,1983430800,-28800),(136,1994320800,-25200),(136,2014880400,-28800),(136,2025770400,-25200),
(136,2046330000,-28800),(136,2057220000,-25200),(136,2077779600,-28800),(136,2088669600,-25200),(136,2109229200,-28800),(136,2120119200,-25200),(136,2140678800,-28800),(136,2152173600,-25200),
(136,2172733200,-28800),(136,2183623200,-25200),(136,2204182800,-28800),(136,2215072800,-25200),(136,2235632400,-28800),(136,2246522400,-25200),(136,2267082000,-28800),(136,2277972000,-25200),
(136,2298531600,-28800),(136,2309421600,-25200),(136,2329981200,-28800),(136,2341476000,-25200),(136,2362035600,-28800),(136,2372925600,-25200),(136,2393485200,-28800),(136,2404375200,-25200),
(136,2424934800,-28800),(136,2435824800,-25200),(136,2456384400,-28800),(136,2467274400,-25200),(136,2487834000,-28800),(136,2499328800,-25200),(136,2519888400,-28800),(136,2530778400,-25200),
(136,2551338000,-28800),(136,2562228000,-25200),(136,2582787600,-28800),(136,2593677600,-25200),(136,2614237200,-28800),(136,2625127200,-25200),(136,2645686800,-28800),(136,2656576800,-25200),
(136,2677136400,-28800),(136,2688631200,-25200),(136,2709190800,-28800),(136,2720080800,-25200),(136,2740640400,-28800),(136,2751530400,-25200),(136,2772090000,-28800),(136,2782980000,-25200),
(136,2803539600,-28800),(136,2814429600,-25200),(136,2834989200,-28800),(136,2846484000,-25200),(136,2867043600,-28800),(136,2877933600,-25200),(136,2898493200,-28800),(136,2909383200,-25200),
(136,2929942800,-28800),(136,2940832800,-25200),(136,2961392400,-28800),(136,2972282400,-25200),(136,2992842000,-28800),(136,3003732000,-25200),(136,3024291600,-28800),(136,3035786400,-25200),
(136,3056346000,-28800),(136,3067236000,-25200),(136,3087795600,-28800),(136,3098685600,-25200),(136,3119245200,-28800),(136,3130135200,-25200),(136,3150694800,-28800),(136,3161584800,-25200),
(136,3182144400,-28800),(136,3193034400,-25200),(136,3213594000,-28800),(136,3225088800,-25200),(136,3245648400,-28800),(136,3256538400,-25200),(136,3277098000,-28800),(136,3287988000,-25200),
(136,3308547600,-28800),(136,3319437600,-25200),(136,3339997200,-28800),(136,3350887200,-25200),(136,3371446800,-28800),(136,3382941600,-25200),(136,3403501200,-28800),(136,3414391200,-25200),
(136,3434950800,-28800),(136,3445840800,-25200),(136,3466400400,-28800),(136,3477290400,-25200),(136,3497850000,-28800),(136,3508740000,-25200),(136,3529299600,-28800),(136,3540189600,-25200),
(136,3560749200,-28800),(136,3572244000,-25200),(136,3592803600,-28800),(136,3603693600,-25200),(136,3624253200,-28800),(136,3635143200,-25200),(136,3655702800,-28800),(136,3666592800,-25200),
(136,3687152400,-28800),(136,3698042400,-25200),(136,3718602000,-28800),(136,3730096800,-25200),(136,3750656400,-28800),(136,3761546400,-25200),(136,3782106000,-28800),(136,3792996000,-25200),
(136,3813555600,-28800),(136,3824445600,-25200),(136,3845005200,-28800),(136,3855895200,-25200),(136,3876454800,-28800),(136,3887344800,-25200),(136,3907904400,-28800),(136,3919399200,-25200),
(136,3939958800,-28800),(136,3950848800,-25200),(136,3971408400,-28800),(136,3982298400,-25200),(136,4002858000,-28800),(136,4013748000,-25200),(136,4034307600,-28800),(136,4045197600,-25200),
(136,4065757200,-28800),(136,4076647200,-25200),(136,4097206800,-28800),(136,4108701600,-25200),(136,4129261200,-28800),(137,-62135596800,-28800),(137,325677600,-25200),(137,341398800,-28800),
(137,357127200,-25200),(137,372848400,-28800),(137,388576800,-25200),(137,404902800,-28800),(137,420026400,-25200),(137,436352400,-28800),(137,452080800,-25200),(137,467802000,-28800),
(137,483530400,-25200),(137,499251600,-28800),(137,514980000,-25200),(137,530701200,-28800),(137,544615200,-25200),(137,562150800,-28800),(137,576064800,-25200),(137,594205200,-28800),
(137,607514400,-25200),(137,625654800,-28800),(137,638964000,-25200),(137,657104400,-28800),(137,671018400,-25200),(137,688554000,-28800),(137,702468000,-25200),(137,720003600,-28800),
(137,733917600,-25200),(137,752058000,-28800),(137,765367200,-25200),(137,783507600,-28800),(137,796816800,-25200),(137,814957200,-28800),(137,828871200,-25200),(137,846406800,-28800),
(137,860320800,-25200),(137,877856400,-28800),(137,891770400,-25200),(137,909306000,-28800),(137,923220000,-25200),(137,941360400,-28800),(137,954669600,-25200),(137,972810000,-28800),
(137,986119200,-25200),(137,1004259600,-28800),(137,1018173600,-25200),(137,1035709200,-28800),(137,1049623200,-25200),(137,1067158800,-28800),(137,1081072800,-25200),(137,1099213200,-28800),
(137,1112522400,-25200),(137,1130662800,-28800),(137,1143972000,-25200),(137,1162112400,-28800),(137,1173607200,-25200),(137,1194166800,-28800),(137,1205056800,-25200),(137,1225616400,-28800),
(137,1236506400,-25200),(137,1257066000,-28800),(137,1268560800,-25200),(137,1289120400,-28800),(137,1300010400,-25200),(137,1320570000,-28800),(137,1331460000,-25200),(137,1352019600,-28800),
(137,1362909600,-25200),(137,1383469200,-28800),(137,1394359200,-25200),(137,1414918800,-28800),(137,1425808800,-25200),(137,1446368400,-28800),(137,1457863200,-25200),(137,1478422800,-28800),
(137,1489312800,-25200),(137,1509872400,-28800),(137,1520762400,-25200),(137,1541322000,-28800),(137,1552212000,-25200),(137,1572771600,-28800),(137,1583661600,-25200),(138,-62135596800,-32400),
(138,9975600,-28800),(138,25696800,-32400),(138,41425200,-28800),(138,57751200,-32400),(138,73479600,-28800),(138,89200800,-32400),(138,104929200,-28800),(138,120650400,-32400),
(138,126702000,-28800),(138,152100000,-32400),(138,162385200,-28800),(138,183549600,-32400),(138,199278000,-28800),(138,215604000,-32400),(138,230727600,-28800),(138,247053600,-32400),
(138,262782000,-28800),(138,278503200,-32400),(138,294231600,-28800),(138,309952800,-32400),(138,325681200,-28800),(138,341402400,-32400),(138,357130800,-28800),(138,372852000,-32400),
(138,388580400,-28800),(138,404906400,-32400),(138,420030000,-28800),(138,436356000,-32400),(138,452084400,-28800),(138,467805600,-32400),(138,483534000,-28800),(138,499255200,-32400),
(138,514983600,-28800),(138,530704800,-32400),(138,544618800,-28800),(138,562154400,-32400),(138,576068400,-28800),(138,594208800,-32400),(138,607518000,-28800),(138,625658400,-32400),
(138,638967600,-28800),(138,657108000,-32400),(138,671022000,-28800),(138,688557600,-32400),(138,702471600,-28800),(138,720007200,-32400),(138,733921200,-28800),(138,752061600,-32400),
(138,765370800,-28800),(138,783511200,-32400),(138,796820400,-28800),(138,814960800,-32400),(138,828874800,-28800),(138,846410400,-32400),(138,860324400,-28800),(138,877860000,-32400),
(138,891774000,-28800),(138,909309600,-32400),(138,923223600,-28800),(138,941364000,-32400),(138,954673200,-28800),(138,972813600,-32400),(138,986122800,-28800),(138,1004263200,-32400),
(138,1018177200,-28800),(138,1035712800,-32400),(138,1049626800,-28800),(138,1067162400,-32400),(138,1081076400,-28800),(138,1099216800,-32400),(138,1112526000,-28800),(138,1130666400,-32400),
(138,1143975600,-28800),(138,1162116000,-32400),(138,1173610800,-28800),(138,1194170400,-32400),(138,1205060400,-28800),(138,1225620000,-32400),(138,1236510000,-28800),(138,1257069600,-32400),
(138,1268564400,-28800),(138,1289124000,-32400),(138,1300014000,-28800),(138,1320573600,-32400),(138,1331463600,-28800),(138,1352023200,-32400),(138,1362913200,-28800),(138,1383472800,-32400),
(138,1394362800,-28800),(138,1414922400,-32400),(138,1425812400,-28800),(138,1446372000,-32400),(138,1457866800,-28800),(138,1478426400,-32400),(138,1489316400,-28800),(138,1509876000,-32400),
(138,1520766000,-28800),(138,1541325600,-32400),(138,1552215600,-28800),(138,1572775200,-32400),(138,1583665200,-28800),(138,1604224800,-32400),(138,1615719600,-28800),(138,1636279200,-32400),
(138,1647169200,-28800),(138,1667728800,-32400),(138,1678618800,-28800),(138,1699178400,-32400),(138,1710068400,-28800),(138,1730628000,-32400),(138,1741518000,-28800),(138,1762077600,-32400),
(138,1772967600,-28800),(138,1793527200,-32400),(138,1805022000,-28800),(138,1825581600,-32400),(138,1836471600,-28800),(138,1857031200,-32400),(138,1867921200,-28800),(138,1888480800,-32400),
(138,1899370800,-28800),(138,1919930400,-32400),(138,1930820400,-28800),(138,1951380000,-32400),(138,1962874800,-28800),(138,1983434400,-32400),(138,1994324400,-28800),(138,2014884000,-32400),
(138,2025774000,-28800),(138,2046333600,-32400),(138,2057223600,-28800),(138,2077783200,-32400),(138,2088673200,-28800),(138,2109232800,-32400),(138,2120122800,-28800),(138,2140682400,-32400),
(138,2152177200,-28800),(138,2172736800,-32400),(138,2183626800,-28800),(138,2204186400,-32400),(138,2215076400,-28800),(138,2235636000,-32400),(138,2246526000,-28800),(138,2267085600,-32400),
(138,2277975600,-28800),(138,2298535200,-32400),(138,2309425200,-28800),(138,2329984800,-32400),(138,2341479600,-28800),(138,2362039200,-32400),(138,2372929200,-28800),(138,2393488800,-32400),
(138,2404378800,-28800),(138,2424938400,-32400),(138,2435828400,-28800),(138,2456388000,-32400),(138,2467278000,-28800),(138,2487837600,-32400),(138,2499332400,-28800),(138,2519892000,-32400),
(138,2530782000,-28800),(138,2551341600,-32400),(138,2562231600,-28800),(138,2582791200,-32400),(138,2593681200,-28800),(138,2614240800,-32400),(138,2625130800,-28800),(138,2645690400,-32400),
(138,2656580400,-28800),(138,2677140000,-32400),(138,2688634800,-28800),(138,2709194400,-32400),(138,2720084400,-28800),(138,2740644000,-32400),(138,2751534000,-28800),(138,2772093600,-32400),
(138,2782983600,-28800),(138,2803543200,-32400),(138,2814433200,-28800),(138,2834992800,-32400),(138,2846487600,-28800),(138,2867047200,-32400),(138,2877937200,-28800),(138,2898496800,-32400),
(138,2909386800,-28800),(138,2929946400,-32400),(138,2940836400,-28800),(138,2961396000,-32400),(138,2972286000,-28800),(138,2992845600,-32400),(138,3003735600,-28800),(138,3024295200,-32400),
(138,3035790000,-28800),(138,3056349600,-32400),(138,3067239600,-28800),(138,3087799200,-32400),(138,3098689200,-28800),(138,3119248800,-32400),(138,3130138800,-28800),(138,3150698400,-32400),
(138,3161588400,-28800),(138,3182148000,-32400),(138,3193038000,-28800),(138,3213597600,-32400),(138,3225092400,-28800),(138,3245652000,-32400),(138,3256542000,-28800),(138,3277101600,-32400),
(138,3287991600,-28800),(138,3308551200,-32400),(138,3319441200,-28800),(138,3340000800,-32400),(138,3350890800,-28800),(138,3371450400,-32400),(138,3382945200,-28800),(138,3403504800,-32400),
(138,3414394800,-28800),(138,3434954400,-32400),(138,3445844400,-28800),(138,3466404000,-32400),(138,3477294000,-28800),(138,3497853600,-32400),(138,3508743600,-28800),(138,3529303200,-32400),
(138,3540193200,-28800),(138,3560752800,-32400),(138,3572247600,-28800),(138,3592807200,-32400),(138,3603697200,-28800),(138,3624256800,-32400),(138,3635146800,-28800),(138,3655706400,-32400),
(138,3666596400,-28800),(138,3687156000,-32400),(138,3698046000,-28800),(138,3718605600,-32400),(138,3730100400,-28800),(138,3750660000,-32400),(138,3761550000,-28800),(138,3782109600,-32400),
(138,3792999600,-28800),(138,3813559200,-32400),(138,3824449200,-28800),(138,3845008800,-32400),(138,3855898800,-28800),(138,3876458400,-32400),(138,3887348400,-28800),(138,3907908000,-32400),
(138,3919402800,-28800),(138,3939962400,-32400),(138,3950852400,-28800),(138,3971412000,-32400),(138,3982302000,-28800),(138,4002861600,-32400),(138,4013751600,-28800),(138,4034311200,-32400),
(138,4045201200,-28800),(138,4065760800,-32400),(138,4076650800,-28800),(138,4097210400,-32400),(138,4108705200,-28800),(138,4129264800,-32400),(139,-62135596800,28800),(139,1255802400,39600),
(139,1267714800,28800),(139,1319738400,39600),(139,1329843600,28800),(139,1477065600,39600),(139,1520701200,28800),(139,1538856000,39600),(139,1552752000,28800),(139,1570129200,39600),
(139,1583596800,28800),(139,1601740860,39600),(139,1615640400,28800),(139,1633190460,39600),(139,1647090000,28800),(139,1664640060,39600),(139,1678291200,28800),(140,-62135596800,25200),
(140,1255806000,18000),(140,1268251200,25200),(140,1319742000,18000),(140,1329854400,25200),(141,-62135596800,36000),(142,-62135596800,39600),(142,5673600,36000),(142,25632000,39600),
(142,37728000,36000),(142,57686400,39600),(142,67968000,36000),(142,89136000,39600),(142,100022400,36000),(142,120585600,39600),(142,131472000,36000),(142,152035200,39600),
(142,162921600,36000),(142,183484800,39600),(142,194976000,36000),(142,215539200,39600),(142,226425600,36000),(142,246988800,39600),(142,257875200,36000),(142,278438400,39600),
(142,289324800,36000),(142,309888000,39600),(142,320774400,36000),(142,341337600,39600),(142,352224000,36000),(142,372787200,39600),(142,386092800,36000),(142,404841600,39600),
(142,417542400,36000),(142,436291200,39600),(142,447177600,36000),(142,467740800,39600),(142,478627200,36000),(142,499190400,39600),(142,510076800,36000),(142,530035200,39600),
(142,542736000,36000),(142,562089600,39600),(142,574790400,36000),(142,594144000,39600),(142,606240000,36000),(142,625593600,39600),(142,637689600,36000),(142,657043200,39600),
(142,670348800,36000),(142,686678400,39600),(142,701798400,36000),(142,718128000,39600),(142,733248000,36000),(142,749577600,39600),(142,764697600,36000),(142,781027200,39600),
(142,796147200,36000),(142,812476800,39600),(142,828201600,36000),(142,844531200,39600),(142,859651200,36000),(142,875980800,39600),(142,891100800,36000),(142,907430400,39600),
(142,922550400,36000),(142,938880000,39600),(142,954000000,36000),(142,967305600,39600),(142,985449600,36000),(142,1002384000,39600),(142,1017504000,36000),(142,1033833600,39600),
(142,1048953600,36000),(142,1065283200,39600),(142,1080403200,36000),(142,1096732800,39600),(142,1111852800,36000),(142,1128182400,39600),(142,1143907200,36000),(142,1159632000,39600),
(142,1174752000,36000),(142,1191686400,39600),(142,1207411200,36000),(142,1223136000,39600),(142,1238860800,36000),(142,1254585600,39600),(142,1301760000,36000),(142,1317484800,39600),
(142,1333209600,36000),(142,1349539200,39600),(142,1365264000,36000),(142,1380988800,39600),(142,1396713600,36000),(142,1412438400,39600),(142,1428163200,36000),(142,1443888000,39600),
(142,1459612800,36000),(142,1475337600,39600),(142,1491062400,36000),(142,1506787200,39600),(142,1522512000,36000),(142,1538841600,39600),(142,1554566400,36000),(142,1570291200,39600),
(142,1586016000,36000),(142,1601740800,39600),(142,1617465600,36000),(142,1633190400,39600),(142,1648915200,36000),(142,1664640000,39600),(142,1680364800,36000),(142,1696089600,39600),
(142,1712419200,36000),(142,1728144000,39600),(142,1743868800,36000),(142,1759593600,39600),(142,1775318400,36000),(142,1791043200,39600),(142,1806768000,36000),(142,1822492800,39600),
(142,1838217600,36000),(142,1853942400,39600),(142,1869667200,36000),(142,1885996800,39600),(142,1901721600,36000),(142,1917446400,39600),(142,1933171200,36000),(142,1948896000,39600),
(142,1964620800,36000),(142,1980345600,39600),(142,1996070400,36000),(142,2011795200,39600),(142,2027520000,36000),(142,2043244800,39600),(142,2058969600,36000),(142,2075299200,39600),
(142,2091024000,36000),(142,2106748800,39600),(142,2122473600,36000),(142,2138198400,39600),(142,2153923200,36000),(142,2169648000,39600),(142,2185372800,36000),(142,2201097600,39600),
(142,2216822400,36000),(142,2233152000,39600),(142,2248876800,36000),(142,2264601600,39600),(142,2280326400,36000),(142,2296051200,39600),(142,2311776000,36000),(142,2327500800,39600),
(142,2343225600,36000),(142,2358950400,39600),(142,2374675200,36000),(142,2390400000,39600),(142,2406124800,36000),(142,2422454400,39600),(142,2438179200,36000),(142,2453904000,39600),
(142,2469628800,36000),(142,2485353600,39600),(142,2501078400,36000),(142,2516803200,39600),(142,2532528000,36000),(142,2548252800,39600),(142,2563977600,36000),(142,2579702400,39600),
(142,2596032000,36000),(142,2611756800,39600),(142,2627481600,36000),(142,2643206400,39600),(142,2658931200,36000),(142,2674656000,39600),(142,2690380800,36000),(142,2706105600,39600),
(142,2721830400,36000),(142,2737555200,39600),(142,2753280000,36000),(142,2769609600,39600),(142,2785334400,36000),(142,2801059200,39600),(142,2816784000,36000),(142,2832508800,39600),
(142,2848233600,36000),(142,2863958400,39600),(142,2879683200,36000),(142,2895408000,39600),(142,2911132800,36000),(142,2926857600,39600),(142,2942582400,36000),(142,2958912000,39600),
(142,2974636800,36000),(142,2990361600,39600),(142,3006086400,36000),(142,3021811200,39600),(142,3037536000,36000),(142,3053260800,39600),(142,3068985600,36000),(142,3084710400,39600),
(142,3100435200,36000),(142,3116764800,39600),(142,3132489600,36000),(142,3148214400,39600),(142,3163939200,36000),(142,3179664000,39600),(142,3195388800,36000),(142,3211113600,39600),
(142,3226838400,36000),(142,3242563200,39600),(142,3258288000,36000),(142,3274012800,39600),(142,3289737600,36000),(142,3306067200,39600),(142,3321792000,36000),(142,3337516800,39600),
(142,3353241600,36000),(142,3368966400,39600),(142,3384691200,36000),(142,3400416000,39600),(142,3416140800,36000),(142,3431865600,39600),(142,3447590400,36000),(142,3463315200,39600);
INSERT INTO durable.tz_transitions (rule_id, at_utc, utc_offset) VALUES
(142,3479644800,36000),(142,3495369600,39600),(142,3511094400,36000),(142,3526819200,39600),(142,3542544000,36000),(142,3558268800,39600),(142,3573993600,36000),(142,3589718400,39600),
(142,3605443200,36000),(142,3621168000,39600),(142,3636892800,36000),(142,3653222400,39600),(142,3668947200,36000),(142,3684672000,39600),(142,3700396800,36000),(142,3716121600,39600),
(142,3731846400,36000),(142,3747571200,39600),(142,3763296000,36000),(142,3779020800,39600),(142,3794745600,36000),(142,3810470400,39600),(142,3826195200,36000),(142,3842524800,39600),
(142,3858249600,36000),(142,3873974400,39600),(142,3889699200,36000),(142,3905424000,39600),(142,3921148800,36000),(142,3936873600,39600),(142,3952598400,36000),(142,3968323200,39600),
(142,3984048000,36000),(142,4000377600,39600),(142,4016102400,36000),(142,4031827200,39600),(142,4047552000,36000),(142,4063276800,39600),(142,4079001600,36000),(142,4094726400,39600),
(142,4110451200,36000),(142,4126176000,39600),(143,-62135596800,21600),(143,1255809600,18000),(144,-62135596800,43200),(144,152632800,46800),(144,162309600,43200),(144,183477600,46800),
(144,194968800,43200),(144,215532000,46800),(144,226418400,43200),(144,246981600,46800),(144,257868000,43200),(144,278431200,46800),(144,289317600,43200),(144,309880800,46800),
(144,320767200,43200),(144,341330400,46800),(144,352216800,43200),(144,372780000,46800),(144,384271200,43200),(144,404834400,46800),(144,415720800,43200),(144,436284000,46800),
(144,447170400,43200),(144,467733600,46800),(144,478620000,43200),(144,499183200,46800),(144,510069600,43200),(144,530632800,46800),(144,541519200,43200),(144,562082400,46800),
(144,573573600,43200),(144,594136800,46800),(144,605023200,43200),(144,623772000,46800),(144,637682400,43200),(144,655221600,46800),(144,669132000,43200),(144,686671200,46800),
(144,700581600,43200),(144,718120800,46800),(144,732636000,43200),(144,749570400,46800),(144,764085600,43200),(144,781020000,46800),(144,795535200,43200),(144,812469600,46800),
(144,826984800,43200),(144,844524000,46800),(144,858434400,43200),(144,875973600,46800),(144,889884000,43200),(144,907423200,46800),(144,921938400,43200),(144,938872800,46800),
(144,953388000,43200),(144,970322400,46800),(144,984837600,43200),(144,1002376800,46800),(144,1016287200,43200),(144,1033826400,46800),(144,1047736800,43200),(144,1065276000,46800),
(144,1079791200,43200),(144,1096725600,46800),(144,1111240800,43200),(144,1128175200,46800),(144,1142690400,43200),(144,1159624800,46800),(144,1174140000,43200),(144,1191074400,46800),
(144,1207404000,43200),(144,1222524000,46800),(144,1238853600,43200),(144,1253973600,46800),(144,1270303200,43200),(144,1285423200,46800),(144,1301752800,43200),(144,1316872800,46800),
(144,1333202400,43200),(144,1348927200,46800),(144,1365256800,43200),(144,1380376800,46800),(144,1396706400,43200),(144,1411826400,46800),(144,1428156000,43200),(144,1443276000,46800),
(144,1459605600,43200),(144,1474725600,46800),(144,1491055200,43200),(144,1506175200,46800),(144,1522504800,43200),(144,1538229600,46800),(144,1554559200,43200),(144,1569679200,46800),
(144,1586008800,43200),(144,1601128800,46800),(144,1617458400,43200),(144,1632578400,46800),(144,1648908000,43200),(144,1664028000,46800),(144,1680357600,43200),(144,1695477600,46800),
(144,1712412000,43200),(144,1727532000,46800),(144,1743861600,43200),(144,1758981600,46800),(144,1775311200,43200),(144,1790431200,46800),(144,1806760800,43200),(144,1821880800,46800),
(144,1838210400,43200),(144,1853330400,46800),(144,1869660000,43200),(144,1885384800,46800),(144,1901714400,43200),(144,1916834400,46800),(144,1933164000,43200),(144,1948284000,46800),
(144,1964613600,43200),(144,1979733600,46800),(144,1996063200,43200),(144,2011183200,46800),(144,2027512800,43200),(144,2042632800,46800),(144,2058962400,43200),(144,2074687200,46800),
(144,2091016800,43200),(144,2106136800,46800),(144,2122466400,43200),(144,2137586400,46800),(144,2153916000,43200),(144,2169036000,46800),(144,2185365600,43200),(144,2200485600,46800),
(144,2216815200,43200),(144,2232540000,46800),(144,2248869600,43200),(144,2263989600,46800),(144,2280319200,43200),(144,2295439200,46800),(144,2311768800,43200),(144,2326888800,46800),
(144,2343218400,43200),(144,2358338400,46800),(144,2374668000,43200),(144,2389788000,46800),(144,2406117600,43200),(144,2421842400,46800),(144,2438172000,43200),(144,2453292000,46800),
(144,2469621600,43200),(144,2484741600,46800),(144,2501071200,43200),(144,2516191200,46800),(144,2532520800,43200),(144,2547640800,46800),(144,2563970400,43200),(144,2579090400,46800),
(144,2596024800,43200),(144,2611144800,46800),(144,2627474400,43200),(144,2642594400,46800),(144,2658924000,43200),(144,2674044000,46800),(144,2690373600,43200),(144,2705493600,46800),
(144,2721823200,43200),(144,2736943200,46800),(144,2753272800,43200),(144,2768997600,46800),(144,2785327200,43200),(144,2800447200,46800),(144,2816776800,43200),(144,2831896800,46800),
(144,2848226400,43200),(144,2863346400,46800),(144,2879676000,43200),(144,2894796000,46800),(144,2911125600,43200),(144,2926245600,46800),(144,2942575200,43200),(144,2958300000,46800),
(144,2974629600,43200),(144,2989749600,46800),(144,3006079200,43200),(144,3021199200,46800),(144,3037528800,43200),(144,3052648800,46800),(144,3068978400,43200),(144,3084098400,46800),
(144,3100428000,43200),(144,3116152800,46800),(144,3132482400,43200),(144,3147602400,46800),(144,3163932000,43200),(144,3179052000,46800),(144,3195381600,43200),(144,3210501600,46800),
(144,3226831200,43200),(144,3241951200,46800),(144,3258280800,43200),(144,3273400800,46800),(144,3289730400,43200),(144,3305455200,46800),(144,3321784800,43200),(144,3336904800,46800),
(144,3353234400,43200),(144,3368354400,46800),(144,3384684000,43200),(144,3399804000,46800),(144,3416133600,43200),(144,3431253600,46800),(144,3447583200,43200),(144,3462703200,46800),
(144,3479637600,43200),(144,3494757600,46800),(144,3511087200,43200),(144,3526207200,46800),(144,3542536800,43200),(144,3557656800,46800),(144,3573986400,43200),(144,3589106400,46800),
(144,3605436000,43200),(144,3620556000,46800),(144,3636885600,43200),(144,3652610400,46800),(144,3668940000,43200),(144,3684060000,46800),(144,3700389600,43200),(144,3715509600,46800),
(144,3731839200,43200),(144,3746959200,46800),(144,3763288800,43200),(144,3778408800,46800),(144,3794738400,43200),(144,3809858400,46800),(144,3826188000,43200),(144,3841912800,46800),
(144,3858242400,43200),(144,3873362400,46800),(144,3889692000,43200),(144,3904812000,46800),(144,3921141600,43200),(144,3936261600,46800),(144,3952591200,43200),(144,3967711200,46800),
(144,3984040800,43200),(144,3999765600,46800),(144,4016095200,43200),(144,4031215200,46800),(144,4047544800,43200),(144,4062664800,46800),(144,4078994400,43200),(144,4094114400,46800),
(144,4110444000,43200),(144,4125564000,46800),(145,-62135596800,-10800),(145,128142000,-7200),(145,136605600,-10800),(145,389070000,-14400),(145,403070400,-10800),(145,416372400,-14400),
(145,434520000,-10800),(145,447822000,-14400),(145,466574400,-10800),(145,479271600,-14400),(145,498024000,-10800),(145,510721200,-14400),(145,529473600,-10800),(145,545194800,-14400),
(145,560923200,-10800),(145,574225200,-14400),(145,592372800,-10800),(145,605674800,-14400),(145,624427200,-10800),(145,637124400,-14400),(145,653457600,-10800),(145,668574000,-14400),
(145,687326400,-10800),(145,700628400,-14400),(145,718776000,-10800),(145,732078000,-14400),(145,750225600,-10800),(145,763527600,-14400),(145,781675200,-10800),(145,794977200,-14400),
(145,813729600,-10800),(145,826426800,-14400),(145,845179200,-10800),(145,859690800,-14400),(145,876628800,-10800),(145,889930800,-14400),(145,906868800,-10800),(145,923194800,-14400),
(145,939528000,-10800),(145,952830000,-14400),(145,971582400,-10800),(145,984279600,-14400),(145,1003032000,-10800),(145,1015729200,-14400),(145,1034481600,-10800),(145,1047178800,-14400),
(145,1065931200,-10800),(145,1079233200,-14400),(145,1097380800,-10800),(145,1110682800,-14400),(145,1128830400,-10800),(145,1142132400,-14400),(145,1160884800,-10800),(145,1173582000,-14400),
(145,1192334400,-10800),(145,1206846000,-14400),(145,1223784000,-10800),(145,1237086000,-14400),(145,1255233600,-10800),(145,1270350000,-14400),(145,1286683200,-10800),(145,1304823600,-14400),
(145,1313899200,-10800),(145,1335668400,-14400),(145,1346558400,-10800),(145,1367118000,-14400),(145,1378612800,-10800),(145,1398567600,-14400),(145,1410062400,-10800),(145,1463281200,-14400),
(145,1471147200,-10800),(146,-62135596800,0),(146,218246400,-10800),(147,-62135596800,0),(147,1111885200,7200),(147,1130634000,0),(147,1143334800,7200),(147,1162083600,0),
(147,1174784400,7200),(147,1193533200,0),(147,1206838800,7200),(147,1224982800,0),(147,1238288400,7200),(147,1256432400,0),(147,1269738000,7200),(147,1288486800,0),
(147,1301187600,7200),(147,1319936400,0),(147,1332637200,7200),(147,1351386000,0),(147,1364691600,7200),(147,1382835600,0),(147,1396141200,7200),(147,1414285200,0),
(147,1427590800,7200),(147,1445734800,0),(147,1459040400,7200),(147,1477789200,0),(147,1490490000,7200),(147,1509238800,0),(147,1521939600,7200),(147,1540688400,0),
(147,1553994000,7200),(147,1572138000,0),(147,1585443600,7200),(147,1603587600,0),(147,1616893200,7200),(147,1635642000,0),(147,1648342800,7200),(147,1667091600,0),
(147,1679792400,7200),(147,1698541200,0),(147,1711846800,7200),(147,1729990800,0),(147,1743296400,7200),(147,1761440400,0),(147,1774746000,7200),(147,1792890000,0),
(147,1806195600,7200),(147,1824944400,0),(147,1837645200,7200),(147,1856394000,0),(147,1869094800,7200),(147,1887843600,0),(147,1901149200,7200),(147,1919293200,0),
(147,1932598800,7200),(147,1950742800,0),(147,1964048400,7200),(147,1982797200,0),(147,1995498000,7200),(147,2014246800,0),(147,2026947600,7200),(147,2045696400,0),
(147,2058397200,7200),(147,2077146000,0),(147,2090451600,7200),(147,2108595600,0),(147,2121901200,7200),(147,2140045200,0),(147,2153350800,7200),(147,2172099600,0),
(147,2184800400,7200),(147,2203549200,0),(147,2216250000,7200),(147,2234998800,0),(147,2248304400,7200),(147,2266448400,0),(147,2279754000,7200),(147,2297898000,0),
(147,2311203600,7200),(147,2329347600,0),(147,2342653200,7200),(147,2361402000,0),(147,2374102800,7200),(147,2392851600,0),(147,2405552400,7200),(147,2424301200,0),
(147,2437606800,7200),(147,2455750800,0),(147,2469056400,7200),(147,2487200400,0),(147,2500506000,7200),(147,2519254800,0),(147,2531955600,7200),(147,2550704400,0),
(147,2563405200,7200),(147,2582154000,0),(147,2595459600,7200),(147,2613603600,0),(147,2626909200,7200),(147,2645053200,0),(147,2658358800,7200),(147,2676502800,0),
(147,2689808400,7200),(147,2708557200,0),(147,2721258000,7200),(147,2740006800,0),(147,2752707600,7200),(147,2771456400,0),(147,2784762000,7200),(147,2802906000,0),
(147,2816211600,7200),(147,2834355600,0),(147,2847661200,7200),(147,2866410000,0),(147,2879110800,7200),(147,2897859600,0),(147,2910560400,7200),(147,2929309200,0),
(147,2942010000,7200),(147,2960758800,0),(147,2974064400,7200),(147,2992208400,0),(147,3005514000,7200),(147,3023658000,0),(147,3036963600,7200),(147,3055712400,0),
(147,3068413200,7200),(147,3087162000,0),(147,3099862800,7200),(147,3118611600,0),(147,3131917200,7200),(147,3150061200,0),(147,3163366800,7200),(147,3181510800,0),
(147,3194816400,7200),(147,3212960400,0),(147,3226266000,7200),(147,3245014800,0),(147,3257715600,7200),(147,3276464400,0),(147,3289165200,7200),(147,3307914000,0),
(147,3321219600,7200),(147,3339363600,0),(147,3352669200,7200),(147,3370813200,0),(147,3384118800,7200),(147,3402867600,0),(147,3415568400,7200),(147,3434317200,0),
(147,3447018000,7200),(147,3465766800,0),(147,3479072400,7200),(147,3497216400,0),(147,3510522000,7200),(147,3528666000,0),(147,3541971600,7200),(147,3560115600,0),
(147,3573421200,7200),(147,3592170000,0),(147,3604870800,7200),(147,3623619600,0),(147,3636320400,7200),(147,3655069200,0),(147,3668374800,7200),(147,3686518800,0),
(147,3699824400,7200),(147,3717968400,0),(147,3731274000,7200),(147,3750022800,0),(147,3762723600,7200),(147,3781472400,0),(147,3794173200,7200),(147,3812922000,0),
(147,3825622800,7200),(147,3844371600,0),(147,3857677200,7200),(147,3875821200,0),(147,3889126800,7200),(147,3907270800,0),(147,3920576400,7200),(147,3939325200,0),
(147,3952026000,7200),(147,3970774800,0),(147,3983475600,7200),(147,4002224400,0),(147,4015530000,7200),(147,4033674000,0),(147,4046979600,7200),(147,4065123600,0),
(147,4078429200,7200),(147,4096573200,0),(147,4109878800,7200),(147,4128627600,0),(148,-62135596800,25200),(148,760035600,0),(148,783648000,25200),(148,1702839600,18000),
(149,-62135596800,3600),(149,323830800,7200),(149,338950800,3600),(149,354675600,7200),(149,370400400,3600),(149,386125200,7200),(149,401850000,3600),(149,417574800,7200),
(149,433299600,3600),(149,449024400,7200),(149,465354000,3600),(149,481078800,7200),(149,496803600,3600),(149,512528400,7200),(149,528253200,3600),(149,543978000,7200),
(149,559702800,3600),(149,575427600,7200),(149,591152400,3600),(149,606877200,7200),(149,622602000,3600),(149,638326800,7200),(149,654656400,3600),(149,670381200,7200),
(149,686106000,3600),(149,701830800,7200),(149,717555600,3600),(149,733280400,7200),(149,749005200,3600),(149,764730000,7200),(149,780454800,3600),(149,796179600,7200),
(149,811904400,3600),(149,828234000,7200),(149,846378000,3600),(149,859683600,7200),(149,877827600,3600),(149,891133200,7200),(149,909277200,3600),(149,922582800,7200),
(149,941331600,3600),(149,954032400,7200),(149,972781200,3600),(149,985482000,7200),(149,1004230800,3600),(149,1017536400,7200),(149,1035680400,3600),(149,1048986000,7200),
(149,1067130000,3600),(149,1080435600,7200),(149,1099184400,3600),(149,1111885200,7200),(149,1130634000,3600),(149,1143334800,7200),(149,1162083600,3600),(149,1174784400,7200),
(149,1193533200,3600),(149,1206838800,7200),(149,1224982800,3600),(149,1238288400,7200),(149,1256432400,3600),(149,1269738000,7200),(149,1288486800,3600),(149,1301187600,7200),
(149,1319936400,3600),(149,1332637200,7200),(149,1351386000,3600),(149,1364691600,7200),(149,1382835600,3600),(149,1396141200,7200),(149,1414285200,3600),(149,1427590800,7200),
(149,1445734800,3600),(149,1459040400,7200),(149,1477789200,3600),(149,1490490000,7200),(149,1509238800,3600),(149,1521939600,7200),(149,1540688400,3600),(149,1553994000,7200),
(149,1572138000,3600),(149,1585443600,7200),(149,1603587600,3600),(149,1616893200,7200),(149,1635642000,3600),(149,1648342800,7200),(149,1667091600,3600),(149,1679792400,7200),
(149,1698541200,3600),(149,1711846800,7200),(149,1729990800,3600),(149,1743296400,7200),(149,1761440400,3600),(149,1774746000,7200),(149,1792890000,3600),(149,1806195600,7200),
(149,1824944400,3600),(149,1837645200,7200),(149,1856394000,3600),(149,1869094800,7200),(149,1887843600,3600),(149,1901149200,7200),(149,1919293200,3600),(149,1932598800,7200),
(149,1950742800,3600),(149,1964048400,7200),(149,1982797200,3600),(149,1995498000,7200),(149,2014246800,3600),(149,2026947600,7200),(149,2045696400,3600),(149,2058397200,7200),
(149,2077146000,3600),(149,2090451600,7200),(149,2108595600,3600),(149,2121901200,7200),(149,2140045200,3600),(149,2153350800,7200),(149,2172099600,3600),(149,2184800400,7200),
(149,2203549200,3600),(149,2216250000,7200),(149,2234998800,3600),(149,2248304400,7200),(149,2266448400,3600),(149,2279754000,7200),(149,2297898000,3600),(149,2311203600,7200),
(149,2329347600,3600),(149,2342653200,7200),(149,2361402000,3600),(149,2374102800,7200),(149,2392851600,3600),(149,2405552400,7200),(149,2424301200,3600),(149,2437606800,7200),
(149,2455750800,3600),(149,2469056400,7200),(149,2487200400,3600),(149,2500506000,7200),(149,2519254800,3600),(149,2531955600,7200),(149,2550704400,3600),(149,2563405200,7200),
(149,2582154000,3600),(149,2595459600,7200),(149,2613603600,3600),(149,2626909200,7200),(149,2645053200,3600),(149,2658358800,7200),(149,2676502800,3600),(149,2689808400,7200),
(149,2708557200,3600),(149,2721258000,7200),(149,2740006800,3600),(149,2752707600,7200),(149,2771456400,3600),(149,2784762000,7200),(149,2802906000,3600),(149,2816211600,7200),
(149,2834355600,3600),(149,2847661200,7200),(149,2866410000,3600),(149,2879110800,7200),(149,2897859600,3600),(149,2910560400,7200),(149,2929309200,3600),(149,2942010000,7200),
(149,2960758800,3600),(149,2974064400,7200),(149,2992208400,3600),(149,3005514000,7200),(149,3023658000,3600),(149,3036963600,7200),(149,3055712400,3600),(149,3068413200,7200),
(149,3087162000,3600),(149,3099862800,7200),(149,3118611600,3600),(149,3131917200,7200),(149,3150061200,3600),(149,3163366800,7200),(149,3181510800,3600),(149,3194816400,7200),
(149,3212960400,3600),(149,3226266000,7200),(149,3245014800,3600),(149,3257715600,7200),(149,3276464400,3600),(149,3289165200,7200),(149,3307914000,3600),(149,3321219600,7200),
(149,3339363600,3600),(149,3352669200,7200),(149,3370813200,3600),(149,3384118800,7200),(149,3402867600,3600),(149,3415568400,7200),(149,3434317200,3600),(149,3447018000,7200),
(149,3465766800,3600),(149,3479072400,7200),(149,3497216400,3600),(149,3510522000,7200),(149,3528666000,3600),(149,3541971600,7200),(149,3560115600,3600),(149,3573421200,7200),
(149,3592170000,3600),(149,3604870800,7200),(149,3623619600,3600),(149,3636320400,7200),(149,3655069200,3600),(149,3668374800,7200),(149,3686518800,3600),(149,3699824400,7200),
(149,3717968400,3600),(149,3731274000,7200),(149,3750022800,3600),(149,3762723600,7200),(149,3781472400,3600),(149,3794173200,7200),(149,3812922000,3600),(149,3825622800,7200),
(149,3844371600,3600),(149,3857677200,7200),(149,3875821200,3600),(149,3889126800,7200),(149,3907270800,3600),(149,3920576400,7200),(149,3939325200,3600),(149,3952026000,7200),
(149,3970774800,3600),(149,3983475600,7200),(149,4002224400,3600),(149,4015530000,7200),(149,4033674000,3600),(149,4046979600,7200),(149,4065123600,3600),(149,4078429200,7200),
(149,4096573200,3600),(149,4109878800,7200),(149,4128627600,3600),(150,-62135596800,21600),(150,354909600,25200),(150,370717200,21600),(150,386445600,25200),(150,402253200,21600),
(150,417981600,25200),(150,433789200,21600),(150,449604000,25200),(150,465336000,21600),(150,481060800,25200),(150,496785600,21600),(150,512510400,25200),(150,528235200,21600),
(150,543960000,25200),(150,559684800,21600),(150,575409600,25200),(150,591134400,21600),(150,606859200,25200),(150,622584000,21600),(150,638308800,25200),(150,654638400,21600),
(150,686091600,18000),(150,695768400,21600),(150,701812800,25200),(150,717537600,21600),(150,733262400,25200),(150,748987200,21600),(150,764712000,25200),(150,780436800,21600),
(150,796161600,25200),(150,811886400,21600),(150,828216000,25200),(150,846360000,21600),(150,859665600,25200),(150,877809600,21600),(150,891115200,25200),(150,909259200,21600),
(150,922564800,25200),(150,941313600,21600),(150,954014400,25200),(150,972763200,21600),(150,985464000,25200),(150,1004212800,21600),(150,1017518400,25200),(150,1035662400,21600),
(150,1048968000,25200),(150,1067112000,21600),(150,1080417600,25200),(150,1099166400,21600),(150,1709229600,18000),(151,-62135596800,7200),(151,108165600,10800),(151,118270800,7200),
(151,136591200,10800),(151,149806800,7200),(151,168127200,10800),(151,181342800,7200),(151,199749600,10800),(151,215643600,7200),(151,231285600,10800),(151,244501200,7200),
(151,262735200,10800),(151,275950800,7200),(151,481154400,10800),(151,496962000,7200),(151,512949600,10800),(151,528670800,7200),(151,544399200,10800),(151,560120400,7200),
(151,575848800,10800),(151,592174800,7200),(151,610581600,10800),(151,623624400,7200),(151,641167200,10800),(151,655074000,7200),(151,671839200,10800),(151,685918800,7200),
(151,702856800,10800),(151,717973200,7200),(151,733701600,10800),(151,749422800,7200),(151,765151200,10800),(151,779662800,7200),(151,797205600,10800),(151,811116000,7200),
(151,828655200,10800),(151,843170400,7200),(151,860104800,10800),(151,874620000,7200),(151,891554400,10800),(151,906069600,7200),(151,930780000,10800),(151,938124000,7200),
(151,954367200,10800),(151,970178400,7200),(151,985816800,10800),(151,1001628000,7200),(151,1017352800,10800),(151,1033077600,7200),(151,1048802400,10800),(151,1066946400,7200),
(151,1080252000,10800),(151,1097791200,7200),(151,1112306400,10800),(151,1128031200,7200),(151,1143756000,10800),(151,1161900000,7200),(151,1175205600,10800),(151,1193349600,7200),
(151,1206655200,10800),(151,1225404000,7200),(151,1238104800,10800),(151,1256853600,7200),(151,1269554400,10800),(151,1288303200,7200),(151,1301608800,10800),(151,1319752800,7200),
(151,1333058400,10800),(151,1387486800,7200),(151,1395957600,10800),(151,1414706400,7200),(151,1427407200,10800),(151,1446156000,7200),(151,1459461600,10800),(151,1477605600,7200),
(151,1490911200,10800),(151,1509055200,7200),(151,1522360800,10800),(151,1540504800,7200),(151,1553810400,10800),(151,1571954400,7200),(151,1585260000,10800),(151,1604008800,7200),
(151,1616709600,10800),(151,1635458400,7200),(151,1645740000,10800),(152,-62135596800,46800),(152,354884400,50400),(152,370692000,46800),(152,402231600,43200),(152,417960000,46800),
(152,433767600,43200),(152,449582400,46800),(152,465314400,43200),(152,481039200,46800),(152,496764000,43200),(152,512488800,46800),(152,528213600,43200),(152,543938400,46800),
(152,559663200,43200),(152,575388000,46800),(152,591112800,43200),(152,606837600,46800),(152,622562400,43200),(152,638287200,46800),(152,654616800,43200),(152,686070000,39600),
(152,695746800,43200),(152,701791200,46800),(152,717516000,43200),(152,733240800,46800),(152,748965600,43200),(152,764690400,46800),(152,780415200,43200),(152,796140000,46800),
(152,811864800,43200),(152,828194400,46800),(152,846338400,43200),(152,859644000,46800),(152,877788000,43200),(152,891093600,46800),(152,909237600,43200),(152,922543200,46800),
(152,941292000,43200),(152,953992800,46800),(152,972741600,43200),(152,985442400,46800),(152,1004191200,43200),(152,1017496800,46800),(152,1035640800,43200),(152,1048946400,46800),
(152,1067090400,43200),(152,1080396000,46800),(152,1099144800,43200),(152,1111845600,46800),(152,1130594400,43200),(152,1143295200,46800),(152,1162044000,43200),(152,1174744800,46800);
INSERT INTO durable.tz_transitions (rule_id, at_utc, utc_offset) VALUES
(152,1193493600,43200),(152,1206799200,46800),(152,1224943200,43200),(152,1238248800,46800),(152,1256392800,43200),(152,1288450800,39600),(152,1301151600,43200),(153,-62135596800,18000),
(153,370724400,21600),(153,402256800,18000),(153,417985200,21600),(153,433792800,18000),(153,449607600,21600),(153,465339600,18000),(153,481064400,21600),(153,496789200,18000),
(153,512514000,21600),(153,528238800,18000),(153,543963600,21600),(153,559688400,18000),(153,575413200,21600),(153,591138000,18000),(153,606862800,21600),(153,622587600,18000),
(153,638312400,21600),(153,654642000,18000),(153,686095200,14400),(153,695772000,18000),(153,701816400,21600),(153,717541200,18000),(153,733266000,21600),(153,748990800,18000),
(153,764715600,21600),(153,780440400,14400),(153,796168800,18000),(153,811893600,14400),(153,828223200,18000),(153,846367200,14400),(153,859672800,18000),(153,877816800,14400),
(153,891122400,18000),(153,909266400,14400),(153,922572000,18000),(153,941320800,14400),(153,954021600,18000),(153,972770400,14400),(153,985471200,18000),(153,1004220000,14400),
(153,1017525600,18000),(153,1035669600,14400),(153,1048975200,18000),(153,1067119200,14400),(153,1080424800,18000),(154,-62135596800,18000),(154,354913200,21600),(154,402256800,18000),
(154,417985200,21600),(154,433792800,18000),(154,449607600,21600),(154,465339600,18000),(154,481064400,21600),(154,496789200,18000),(154,512514000,21600),(154,528238800,18000),
(154,543963600,21600),(154,559688400,18000),(154,575413200,21600),(154,591138000,18000),(154,606862800,21600),(154,622587600,18000),(154,638312400,21600),(154,654642000,18000),
(154,686095200,14400),(154,695772000,18000),(154,701816400,21600),(154,717541200,18000),(154,733266000,21600),(154,748990800,18000),(154,764715600,21600),(154,780440400,18000),
(154,796165200,21600),(154,811890000,18000),(154,828219600,21600),(154,846363600,18000),(154,859669200,21600),(154,877813200,18000),(154,891118800,21600),(154,909262800,18000),
(154,922568400,21600),(154,941317200,18000),(154,954018000,21600),(154,972766800,18000),(154,985467600,21600),(154,1004216400,18000),(154,1017522000,21600),(154,1035666000,18000),
(154,1048971600,21600),(154,1067115600,18000),(154,1080421200,21600),(154,1099170000,18000),(155,-62135596800,18000),(155,354913200,21600),(155,370720800,18000),(155,386449200,21600),
(155,402256800,18000),(155,417985200,21600),(155,433792800,18000),(155,449607600,21600),(155,465339600,18000),(155,481064400,21600),(155,496789200,18000),(155,512514000,21600),
(155,528238800,18000),(155,543963600,21600),(155,559688400,18000),(155,575413200,21600),(155,591138000,18000),(155,606862800,21600),(155,622587600,18000),(155,638312400,21600),
(155,654642000,18000),(155,686095200,14400),(155,695772000,18000),(156,-62135596800,18000),(156,370724400,21600),(156,402256800,18000),(156,417985200,21600),(156,433792800,18000),
(156,449607600,21600),(156,465339600,18000),(156,481064400,21600),(156,496789200,18000),(156,512514000,21600),(156,528238800,18000),(156,543963600,21600),(156,559688400,18000),
(156,575413200,21600),(156,591138000,18000),(156,606862800,21600),(156,622587600,18000),(156,638312400,21600),(156,654642000,18000),(156,686095200,14400),(156,695772000,18000),
(156,701816400,21600),(156,717541200,18000),(156,733266000,21600),(156,748990800,18000),(156,764715600,21600),(156,780440400,18000),(156,796165200,21600),(156,811890000,18000),
(156,828219600,21600),(156,846363600,18000),(156,859669200,21600),(156,877813200,18000),(156,891118800,21600),(156,909262800,18000),(156,941320800,14400),(156,954021600,18000),
(156,972770400,14400),(156,985471200,18000),(156,1004220000,14400),(156,1017525600,18000),(156,1035669600,14400),(156,1048975200,18000),(156,1067119200,14400),(156,1080424800,18000),
(157,-62135596800,10800),(157,389048400,14400),(157,402264000,10800),(157,417906000,14400),(157,433800000,10800),(157,449614800,14400),(157,465422400,10800),(157,481150800,14400),
(157,496792800,10800),(157,512517600,14400),(157,528242400,10800),(157,543967200,14400),(157,559692000,10800),(157,575416800,14400),(157,591141600,10800),(157,606866400,14400),
(157,622591200,10800),(157,638316000,14400),(157,654645600,10800),(157,670464000,14400),(157,686275200,10800),(157,702086400,14400),(157,717897600,10800),(157,733622400,14400),
(157,749433600,10800),(157,765158400,14400),(157,780969600,10800),(157,796694400,14400),(157,812505600,10800),(157,828316800,14400),(157,844128000,10800),(157,859852800,14400),
(157,875664000,10800),(157,891388800,14400),(157,907200000,10800),(157,922924800,14400),(157,938736000,10800),(157,954547200,14400),(157,970358400,10800),(157,986083200,14400),
(157,1001894400,10800),(157,1017619200,14400),(157,1033430400,10800),(157,1049155200,14400),(157,1064966400,10800),(157,1080777600,14400),(157,1096588800,10800),(157,1112313600,14400),
(157,1128124800,10800),(157,1143849600,14400),(157,1159660800,10800),(157,1175385600,14400),(157,1191196800,10800),(158,-62135596800,14400),(158,76190400,10800),(159,-62135596800,14400),
(159,354916800,18000),(159,370724400,14400),(159,386452800,18000),(159,402260400,14400),(159,417988800,18000),(159,433796400,14400),(159,449611200,18000),(159,465343200,14400),
(159,481068000,18000),(159,496792800,14400),(159,512517600,18000),(159,528242400,14400),(159,543967200,18000),(159,559692000,14400),(159,575416800,18000),(159,591141600,14400),
(159,606866400,18000),(159,622591200,14400),(159,638316000,18000),(159,654645600,14400),(159,686098800,10800),(159,701823600,14400),(159,828234000,18000),(159,846378000,14400),
(159,859680000,18000),(159,877824000,14400),(159,891129600,18000),(159,909273600,14400),(159,922579200,18000),(159,941328000,14400),(159,954028800,18000),(159,972777600,14400),
(159,985478400,18000),(159,1004227200,14400),(159,1017532800,18000),(159,1035676800,14400),(159,1048982400,18000),(159,1067126400,14400),(159,1080432000,18000),(159,1099180800,14400),
(159,1111881600,18000),(159,1130630400,14400),(159,1143331200,18000),(159,1162080000,14400),(159,1174780800,18000),(159,1193529600,14400),(159,1206835200,18000),(159,1224979200,14400),
(159,1238284800,18000),(159,1256428800,14400),(159,1269734400,18000),(159,1288483200,14400),(159,1301184000,18000),(159,1319932800,14400),(159,1332633600,18000),(159,1351382400,14400),
(159,1364688000,18000),(159,1382832000,14400),(159,1396137600,18000),(159,1414281600,14400),(159,1427587200,18000),(159,1445731200,14400),(160,-62135596800,25200),(161,-62135596800,25200),
(161,354906000,28800),(161,370713600,25200),(161,386442000,28800),(161,402249600,25200),(161,417978000,28800),(161,433785600,25200),(161,449600400,28800),(161,465332400,25200),
(161,481057200,28800),(161,496782000,25200),(161,512506800,28800),(161,528231600,25200),(161,543956400,28800),(161,559681200,25200),(161,575406000,28800),(161,591130800,25200),
(161,606855600,28800),(161,622580400,25200),(161,638305200,28800),(161,654634800,25200),(161,686088000,21600),(161,695764800,25200),(161,701809200,28800),(161,717534000,25200),
(161,733258800,28800),(161,748983600,25200),(161,764708400,28800),(161,780433200,25200),(161,796158000,28800),(161,801590400,25200),(161,811886400,21600),(161,828216000,25200),
(161,846360000,21600),(161,859665600,25200),(161,877809600,21600),(161,891115200,25200),(161,909259200,21600),(161,922564800,25200),(161,941313600,21600),(161,954014400,25200),
(161,972763200,21600),(161,985464000,25200),(161,1004212800,21600),(161,1017518400,25200),(161,1035662400,21600),(161,1048968000,25200),(161,1067112000,21600),(161,1080417600,25200),
(161,1099166400,21600),(161,1111867200,25200),(161,1130616000,21600),(161,1143316800,25200),(161,1162065600,21600),(161,1174766400,25200),(161,1193515200,21600),(161,1206820800,25200),
(161,1224964800,21600),(161,1238270400,25200),(161,1256414400,21600),(161,1269720000,25200),(161,1288468800,21600),(161,1301169600,25200),(161,1414263600,21600),(161,1459022400,25200),
(162,-62135596800,7200),(162,78012000,10800),(162,86734800,7200),(162,105055200,10800),(162,118270800,7200),(162,136591200,10800),(162,149806800,7200),(162,168127200,10800),
(162,181342800,7200),(162,199749600,10800),(162,212965200,7200),(162,231285600,10800),(162,244501200,7200),(162,262735200,10800),(162,275950800,7200),(162,452210400,10800),
(162,466722000,7200),(162,483746400,10800),(162,498258000,7200),(162,515282400,10800),(162,529794000,7200),(162,546818400,10800),(162,561330000,7200),(162,581119200,10800),
(162,592952400,7200),(162,610754400,10800),(162,624488400,7200),(162,641512800,10800),(162,656024400,7200),(162,673048800,10800),(162,687560400,7200),(162,704671200,10800),
(162,718146000,7200),(162,733269600,10800),(162,748990800,7200),(162,764719200,10800),(162,780440400,7200),(162,796168800,10800),(162,811890000,7200),(162,828223200,10800),
(162,843944400,7200),(162,859672800,10800),(162,875394000,7200),(162,891122400,10800),(162,906843600,7200),(162,922572000,10800),(162,941317200,7200),(162,954021600,10800),
(162,972766800,7200),(162,985471200,10800),(162,1004216400,7200),(162,1017525600,10800),(162,1035666000,7200),(162,1048975200,10800),(162,1067115600,7200),(162,1080424800,10800),
(162,1099170000,7200),(162,1111874400,10800),(162,1130619600,7200),(162,1143324000,10800),(162,1162069200,7200),(162,1174773600,10800),(162,1193518800,7200),(162,1206828000,10800),
(162,1224968400,7200),(162,1238277600,10800),(162,1256418000,7200),(162,1269727200,10800),(162,1288472400,7200),(162,1301176800,10800),(162,1319922000,7200),(162,1332626400,10800),
(162,1351371600,7200),(162,1364680800,10800),(162,1382821200,7200),(162,1396130400,10800),(162,1414270800,7200),(162,1427580000,10800),(162,1445720400,7200),(162,1459029600,10800),
(162,1477774800,7200),(162,1490479200,10800),(162,1509224400,7200),(162,1521928800,10800),(162,1540674000,7200),(162,1553983200,10800),(162,1572123600,7200),(162,1585432800,10800),
(162,1603573200,7200),(162,1616882400,10800),(162,1635627600,7200),(162,1648332000,10800),(162,1667077200,7200),(162,1679781600,10800),(162,1698526800,7200),(162,1711836000,10800),
(162,1729976400,7200),(162,1743285600,10800),(162,1761426000,7200),(162,1774735200,10800),(162,1792875600,7200),(162,1806184800,10800),(162,1824930000,7200),(162,1837634400,10800),
(162,1856379600,7200),(162,1869084000,10800),(162,1887829200,7200),(162,1901138400,10800),(162,1919278800,7200),(162,1932588000,10800),(162,1950728400,7200),(162,1964037600,10800),
(162,1982782800,7200),(162,1995487200,10800),(162,2014232400,7200),(162,2026936800,10800),(162,2045682000,7200),(162,2058386400,10800),(162,2077131600,7200),(162,2090440800,10800),
(162,2108581200,7200),(162,2121890400,10800),(162,2140030800,7200),(162,2153340000,10800),(162,2172085200,7200),(162,2184789600,10800),(162,2203534800,7200),(162,2216239200,10800),
(162,2234984400,7200),(162,2248293600,10800),(162,2266434000,7200),(162,2279743200,10800),(162,2297883600,7200),(162,2311192800,10800),(162,2329333200,7200),(162,2342642400,10800),
(162,2361387600,7200),(162,2374092000,10800),(162,2392837200,7200),(162,2405541600,10800),(162,2424286800,7200),(162,2437596000,10800),(162,2455736400,7200),(162,2469045600,10800),
(162,2487186000,7200),(162,2500495200,10800),(162,2519240400,7200),(162,2531944800,10800),(162,2550690000,7200),(162,2563394400,10800),(162,2582139600,7200),(162,2595448800,10800),
(162,2613589200,7200),(162,2626898400,10800),(162,2645038800,7200),(162,2658348000,10800),(162,2676488400,7200),(162,2689797600,10800),(162,2708542800,7200),(162,2721247200,10800),
(162,2739992400,7200),(162,2752696800,10800),(162,2771442000,7200),(162,2784751200,10800),(162,2802891600,7200),(162,2816200800,10800),(162,2834341200,7200),(162,2847650400,10800),
(162,2866395600,7200),(162,2879100000,10800),(162,2897845200,7200),(162,2910549600,10800),(162,2929294800,7200),(162,2941999200,10800),(162,2960744400,7200),(162,2974053600,10800),
(162,2992194000,7200),(162,3005503200,10800),(162,3023643600,7200),(162,3036952800,10800),(162,3055698000,7200),(162,3068402400,10800),(162,3087147600,7200),(162,3099852000,10800),
(162,3118597200,7200),(162,3131906400,10800),(162,3150046800,7200),(162,3163356000,10800),(162,3181496400,7200),(162,3194805600,10800),(162,3212946000,7200),(162,3226255200,10800),
(162,3245000400,7200),(162,3257704800,10800),(162,3276450000,7200),(162,3289154400,10800),(162,3307899600,7200),(162,3321208800,10800),(162,3339349200,7200),(162,3352658400,10800),
(162,3370798800,7200),(162,3384108000,10800),(162,3402853200,7200),(162,3415557600,10800),(162,3434302800,7200),(162,3447007200,10800),(162,3465752400,7200),(162,3479061600,10800),
(162,3497202000,7200),(162,3510511200,10800),(162,3528651600,7200),(162,3541960800,10800),(162,3560101200,7200),(162,3573410400,10800),(162,3592155600,7200),(162,3604860000,10800),
(162,3623605200,7200),(162,3636309600,10800),(162,3655054800,7200),(162,3668364000,10800),(162,3686504400,7200),(162,3699813600,10800),(162,3717954000,7200),(162,3731263200,10800),
(162,3750008400,7200),(162,3762712800,10800),(162,3781458000,7200),(162,3794162400,10800),(162,3812907600,7200),(162,3825612000,10800),(162,3844357200,7200),(162,3857666400,10800),
(162,3875806800,7200),(162,3889116000,10800),(162,3907256400,7200),(162,3920565600,10800),(162,3939310800,7200),(162,3952015200,10800),(162,3970760400,7200),(162,3983464800,10800),
(162,4002210000,7200),(162,4015519200,10800),(162,4033659600,7200),(162,4046968800,10800),(162,4065109200,7200),(162,4078418400,10800),(162,4096558800,7200),(162,4109868000,10800),
(162,4128613200,7200),(163,-62135596800,21600),(163,354909600,25200),(163,370717200,21600),(163,386445600,25200),(163,402253200,21600),(163,417981600,25200),(163,433789200,21600),
(163,449604000,25200),(163,465336000,21600),(163,481060800,25200),(163,496785600,21600),(163,512510400,25200),(163,528235200,21600),(163,543960000,25200),(163,559684800,21600),
(163,575409600,25200),(163,591134400,21600),(163,606859200,25200),(163,622584000,21600),(163,638308800,25200),(163,654638400,21600),(163,683582400,18000),(163,703018800,21600),
(163,717530400,18000),(163,734468400,21600),(163,748980000,18000),(163,765918000,21600),(163,780429600,18000),(163,797367600,21600),(163,811879200,18000),(163,828817200,21600),
(163,843933600,18000),(163,859671000,21600),(163,877811400,18000),(163,891120600,21600),(163,909261000,18000),(163,922570200,21600),(163,941315400,18000),(163,954019800,21600),
(163,972765000,18000),(163,985469400,21600),(163,1004214600,18000),(163,1017523800,21600),(163,1035664200,18000),(163,1048973400,21600),(163,1067113800,18000),(163,1080423000,21600),
(163,1099168200,18000),(163,1111872600,21600),(164,-62135596800,28800),(165,-62135596800,19800),(166,-62135596800,32400),(166,354898800,36000),(166,370706400,32400),(166,386434800,36000),
(166,402242400,32400),(166,417970800,36000),(166,433778400,32400),(166,449593200,36000),(166,465325200,32400),(166,481050000,36000),(166,496774800,32400),(166,512499600,36000),
(166,528224400,32400),(166,543949200,36000),(166,559674000,32400),(166,575398800,36000),(166,591123600,32400),(166,606848400,36000),(166,622573200,32400),(166,638298000,36000),
(166,654627600,32400),(166,686080800,28800),(166,695757600,32400),(166,701802000,36000),(166,717526800,32400),(166,733251600,36000),(166,748976400,32400),(166,764701200,36000),
(166,780426000,32400),(166,796150800,36000),(166,811875600,32400),(166,828205200,36000),(166,846349200,32400),(166,859654800,36000),(166,877798800,32400),(166,891104400,36000),
(166,909248400,32400),(166,922554000,36000),(166,941302800,32400),(166,954003600,36000),(166,972752400,32400),(166,985453200,36000),(166,1004202000,32400),(166,1017507600,36000),
(166,1035651600,32400),(166,1048957200,36000),(166,1067101200,32400),(166,1080406800,36000),(166,1099155600,32400),(166,1111856400,36000),(166,1130605200,32400),(166,1143306000,36000),
(166,1162054800,32400),(166,1174755600,36000),(166,1193504400,32400),(166,1206810000,36000),(166,1224954000,32400),(166,1238259600,36000),(166,1256403600,32400),(166,1269709200,36000),
(166,1288458000,32400),(166,1301158800,36000),(166,1414252800,28800),(166,1459015200,32400),(167,-62135596800,25200),(167,252435600,28800),(167,417974400,32400),(167,433782000,28800),
(167,449596800,32400),(167,465318000,28800),(167,481046400,32400),(167,496767600,28800),(167,512496000,32400),(167,528217200,28800),(167,543945600,32400),(167,559666800,28800),
(167,575395200,32400),(167,591116400,28800),(167,606844800,32400),(167,622566000,28800),(167,638294400,32400),(167,654620400,28800),(167,670348800,32400),(167,686070000,28800),
(167,701798400,32400),(167,717519600,28800),(167,733248000,32400),(167,748969200,28800),(167,764697600,32400),(167,780418800,28800),(167,796147200,32400),(167,811868400,28800),
(167,828201600,32400),(167,843922800,28800),(167,859651200,32400),(167,875372400,28800),(167,891100800,32400),(167,906822000,28800),(167,988394400,32400),(167,1001696400,28800),
(167,1017424800,32400),(167,1033146000,28800),(167,1048874400,32400),(167,1064595600,28800),(167,1080324000,32400),(167,1096045200,28800),(167,1111773600,32400),(167,1127494800,28800),
(167,1143223200,32400),(167,1159549200,28800),(167,1427479200,32400),(167,1443193200,28800),(167,1458928800,32400),(167,1474642800,28800),(168,-62135596800,28800),(168,515527200,32400),
(168,527014800,28800),(168,545162400,32400),(168,558464400,28800),(168,577216800,32400),(168,589914000,28800),(168,608666400,32400),(168,621968400,28800),(168,640116000,32400),
(168,653418000,28800),(168,671565600,32400),(168,684867600,28800),(169,-62135596800,19800),(169,832962600,23400),(169,846266400,21600),(169,1145039400,19800),(170,-62135596800,21600),
(170,1245430800,25200),(170,1262278800,21600),(171,-62135596800,7200),(171,10368000,10800),(171,23583600,7200),(171,41904000,10800),(171,55119600,7200),(171,73526400,10800),
(171,86742000,7200),(171,105062400,10800),(171,118278000,7200),(171,136598400,10800),(171,149814000,7200),(171,168134400,10800),(171,181350000,7200),(171,199756800,10800),
(171,212972400,7200),(171,231292800,10800),(171,241916400,7200),(171,262828800,10800),(171,273452400,7200),(171,418694400,10800),(171,433810800,7200),(171,450316800,10800),
(171,465433200,7200),(171,508896000,10800),(171,529196400,7200),(171,541555200,10800),(171,562633200,7200),(171,574387200,10800),(171,594255600,7200),(171,607305600,10800),
(171,623199600,7200),(171,638928000,10800),(171,654649200,7200),(171,670456800,10800),(171,686264400,7200),(171,702684000,10800),(171,717886800,7200),(171,733096800,10800),
(171,748904400,7200),(171,765151200,10800),(171,780958800,7200),(171,796687200,10800),(171,812494800,7200),(171,828309600,10800),(171,844117200,7200),(171,859759200,10800),
(171,875653200,7200),(171,891208800,10800),(171,907189200,7200),(171,922917600,10800),(171,938725200,7200),(171,954540000,10800),(171,970347600,7200),(171,986076000,10800),
(171,1001883600,7200),(171,1017612000,10800),(171,1033419600,7200),(171,1049148000,10800),(171,1064955600,7200),(171,1080770400,10800),(171,1096578000,7200),(171,1112306400,10800),
(171,1128114000,7200),(171,1143842400,10800),(171,1158872400,7200),(171,1175205600,10800),(171,1193950800,7200),(171,1207260000,10800),(171,1225486800,7200),(171,1238104800,10800),
(171,1256850000,7200),(171,1270159200,10800),(171,1288299600,7200),(171,1301608800,10800),(171,1319749200,7200),(171,1333058400,10800),(171,1351198800,7200),(171,1364508000,10800),
(171,1382648400,7200),(171,1395957600,10800),(171,1414702800,7200),(171,1427407200,10800),(171,1446152400,7200),(171,1458856800,10800),(171,1477602000,7200),(171,1490911200,10800),
(171,1509051600,7200),(171,1522360800,10800),(171,1540501200,7200),(171,1553810400,10800),(171,1571950800,7200),(171,1585260000,10800),(171,1604005200,7200),(171,1616709600,10800),
(171,1635454800,7200),(171,1648159200,10800),(172,-62135596800,32400),(172,199897200,28800),(172,969120000,32400),(173,-62135596800,14400),(174,-62135596800,21600),(174,354909600,25200),
(174,370717200,21600),(174,386445600,25200),(174,402253200,21600),(174,417981600,25200),(174,433789200,21600),(174,449604000,25200),(174,465336000,21600),(174,481060800,25200),
(174,496785600,21600),(174,512510400,25200),(174,528235200,21600),(174,543960000,25200),(174,559684800,21600),(174,575409600,25200),(174,591134400,21600),(174,606859200,25200),
(174,622584000,21600),(174,638308800,25200),(174,654638400,21600),(174,684363600,18000),(175,-62135596800,7200),(175,166572000,10800),(175,182293200,7200),(175,200959200,10800),
(175,213829200,7200),(175,228866400,10800),(175,243982800,7200),(175,260316000,10800),(175,276123600,7200),(175,291765600,10800),(175,307486800,7200),(175,323820000,10800),
(175,338936400,7200),(175,354664800,10800),(175,370386000,7200),(175,386114400,10800),(175,401835600,7200),(175,417564000,10800),(175,433285200,7200),(175,449013600,10800),
(175,465339600,7200),(175,481068000,10800),(175,496789200,7200),(175,512517600,10800),(175,528238800,7200),(175,543967200,10800),(175,559688400,7200),(175,575416800,10800),
(175,591138000,7200),(175,606866400,10800),(175,622587600,7200),(175,638316000,10800),(175,654642000,7200),(175,670370400,10800),(175,686091600,7200),(175,701820000,10800),
(175,717541200,7200),(175,733269600,10800),(175,748990800,7200),(175,764719200,10800),(175,780440400,7200),(175,796168800,10800),(175,811890000,7200),(175,828223200,10800),
(175,843944400,7200),(175,859672800,10800),(175,875394000,7200),(175,891122400,10800),(175,909277200,7200),(175,922582800,10800),(175,941331600,7200),(175,954032400,10800),
(175,972781200,7200),(175,985482000,10800),(175,1004230800,7200),(175,1017536400,10800),(175,1035680400,7200),(175,1048986000,10800),(175,1067130000,7200),(175,1080435600,10800),
(175,1099184400,7200),(175,1111885200,10800),(175,1130634000,7200),(175,1143334800,10800),(175,1162083600,7200),(175,1174784400,10800),(175,1193533200,7200),(175,1206838800,10800),
(175,1224982800,7200),(175,1238288400,10800),(175,1256432400,7200),(175,1269738000,10800),(175,1288486800,7200),(175,1301187600,10800),(175,1319936400,7200),(175,1332637200,10800),
(175,1351386000,7200),(175,1364691600,10800),(175,1382835600,7200),(175,1396141200,10800),(175,1414285200,7200),(175,1427590800,10800),(175,1445734800,7200),(175,1459040400,10800),
(175,1509238800,7200),(175,1521939600,10800),(175,1540688400,7200),(175,1553994000,10800),(175,1572138000,7200),(175,1585443600,10800),(175,1603587600,7200),(175,1616893200,10800);
INSERT INTO durable.tz_transitions (rule_id, at_utc, utc_offset) VALUES
(175,1635642000,7200),(175,1648342800,10800),(175,1667091600,7200),(175,1679792400,10800),(175,1698541200,7200),(175,1711846800,10800),(175,1729990800,7200),(175,1743296400,10800),
(175,1761440400,7200),(175,1774746000,10800),(175,1792890000,7200),(175,1806195600,10800),(175,1824944400,7200),(175,1837645200,10800),(175,1856394000,7200),(175,1869094800,10800),
(175,1887843600,7200),(175,1901149200,10800),(175,1919293200,7200),(175,1932598800,10800),(175,1950742800,7200),(175,1964048400,10800),(175,1982797200,7200),(175,1995498000,10800),
(175,2014246800,7200),(175,2026947600,10800),(175,2045696400,7200),(175,2058397200,10800),(175,2077146000,7200),(175,2090451600,10800),(175,2108595600,7200),(175,2121901200,10800),
(175,2140045200,7200),(175,2153350800,10800),(175,2172099600,7200),(175,2184800400,10800),(175,2203549200,7200),(175,2216250000,10800),(175,2234998800,7200),(175,2248304400,10800),
(175,2266448400,7200),(175,2279754000,10800),(175,2297898000,7200),(175,2311203600,10800),(175,2329347600,7200),(175,2342653200,10800),(175,2361402000,7200),(175,2374102800,10800),
(175,2392851600,7200),(175,2405552400,10800),(175,2424301200,7200),(175,2437606800,10800),(175,2455750800,7200),(175,2469056400,10800),(175,2487200400,7200),(175,2500506000,10800),
(175,2519254800,7200),(175,2531955600,10800),(175,2550704400,7200),(175,2563405200,10800),(175,2582154000,7200),(175,2595459600,10800),(175,2613603600,7200),(175,2626909200,10800),
(175,2645053200,7200),(175,2658358800,10800),(175,2676502800,7200),(175,2689808400,10800),(175,2708557200,7200),(175,2721258000,10800),(175,2740006800,7200),(175,2752707600,10800),
(175,2771456400,7200),(175,2784762000,10800),(175,2802906000,7200),(175,2816211600,10800),(175,2834355600,7200),(175,2847661200,10800),(175,2866410000,7200),(175,2879110800,10800),
(175,2897859600,7200),(175,2910560400,10800),(175,2929309200,7200),(175,2942010000,10800),(175,2960758800,7200),(175,2974064400,10800),(175,2992208400,7200),(175,3005514000,10800),
(175,3023658000,7200),(175,3036963600,10800),(175,3055712400,7200),(175,3068413200,10800),(175,3087162000,7200),(175,3099862800,10800),(175,3118611600,7200),(175,3131917200,10800),
(175,3150061200,7200),(175,3163366800,10800),(175,3181510800,7200),(175,3194816400,10800),(175,3212960400,7200),(175,3226266000,10800),(175,3245014800,7200),(175,3257715600,10800),
(175,3276464400,7200),(175,3289165200,10800),(175,3307914000,7200),(175,3321219600,10800),(175,3339363600,7200),(175,3352669200,10800),(175,3370813200,7200),(175,3384118800,10800),
(175,3402867600,7200),(175,3415568400,10800),(175,3434317200,7200),(175,3447018000,10800),(175,3465766800,7200),(175,3479072400,10800),(175,3497216400,7200),(175,3510522000,10800),
(175,3528666000,7200),(175,3541971600,10800),(175,3560115600,7200),(175,3573421200,10800),(175,3592170000,7200),(175,3604870800,10800),(175,3623619600,7200),(175,3636320400,10800),
(175,3655069200,7200),(175,3668374800,10800),(175,3686518800,7200),(175,3699824400,10800),(175,3717968400,7200),(175,3731274000,10800),(175,3750022800,7200),(175,3762723600,10800),
(175,3781472400,7200),(175,3794173200,10800),(175,3812922000,7200),(175,3825622800,10800),(175,3844371600,7200),(175,3857677200,10800),(175,3875821200,7200),(175,3889126800,10800),
(175,3907270800,7200),(175,3920576400,10800),(175,3939325200,7200),(175,3952026000,10800),(175,3970774800,7200),(175,3983475600,10800),(175,4002224400,7200),(175,4015530000,10800),
(175,4033674000,7200),(175,4046979600,10800),(175,4065123600,7200),(175,4078429200,10800),(175,4096573200,7200),(175,4109878800,10800),(175,4128627600,7200),(176,-62135596800,7200),
(176,142380000,10800),(176,150843600,7200),(176,167176800,10800),(176,178664400,7200),(176,334101600,10800),(176,337730400,7200),(176,452642400,10800),(176,462319200,7200),
(176,482277600,10800),(176,494370000,7200),(176,516751200,10800),(176,526424400,7200),(176,545436000,10800),(176,558478800,7200),(176,576626400,10800),(176,589323600,7200),
(176,609890400,10800),(176,620773200,7200),(176,638316000,10800),(176,651618000,7200),(176,669765600,10800),(176,683672400,7200),(176,701820000,10800),(176,715726800,7200),
(176,733701600,10800),(176,747176400,7200),(176,765151200,10800),(176,778021200,7200),(176,796600800,10800),(176,810075600,7200),(176,828655200,10800),(176,843170400,7200),
(176,860104800,10800),(176,874620000,7200),(176,891554400,10800),(176,906069600,7200),(176,924213600,10800),(176,939934800,7200),(176,956268000,10800),(176,971989200,7200),
(176,987717600,10800),(176,1003438800,7200),(176,1019167200,10800),(176,1034888400,7200),(176,1050616800,10800),(176,1066338000,7200),(176,1082066400,10800),(176,1096581600,7200),
(176,1113516000,10800),(176,1128380400,7200),(176,1143842400,10800),(176,1158872400,7200),(176,1175378400,10800),(176,1189638000,7200),(176,1206655200,10800),(176,1219957200,7200),
(176,1238104800,10800),(176,1252015200,7200),(176,1269640860,10800),(176,1281474000,7200),(176,1301608860,10800),(176,1312146000,7200),(176,1333058400,10800),(176,1348178400,7200),
(176,1364508000,10800),(176,1380229200,7200),(176,1395957600,10800),(176,1414098000,7200),(176,1427493600,10800),(176,1445551200,7200),(176,1458946800,10800),(176,1477692000,7200),
(176,1490396400,10800),(176,1509141600,7200),(176,1521846000,10800),(176,1540591200,7200),(176,1553810400,10800),(176,1572037200,7200),(176,1585346400,10800),(176,1603490400,7200),
(176,1616796000,10800),(176,1635458400,7200),(176,1648332000,10800),(176,1666998000,7200),(176,1682726400,10800),(176,1698447600,7200),(176,1713571200,10800),(176,1729897200,7200),
(176,1744416000,10800),(176,1761346800,7200),(176,1774656000,10800),(176,1792796400,7200),(176,1806105600,10800),(176,1824850800,7200),(176,1837555200,10800),(176,1856300400,7200),
(176,1869004800,10800),(176,1887750000,7200),(176,1901059200,10800),(176,1919199600,7200),(176,1932508800,10800),(176,1950649200,7200),(176,1963958400,10800),(176,1982703600,7200),
(176,1995408000,10800),(176,2014153200,7200),(176,2026857600,10800),(176,2045602800,7200),(176,2058307200,10800),(176,2077052400,7200),(176,2090361600,10800),(176,2107897200,7200),
(176,2121811200,10800),(176,2138742000,7200),(176,2153260800,10800),(176,2168982000,7200),(176,2184710400,10800),(176,2199826800,7200),(176,2216160000,10800),(176,2230066800,7200),
(176,2234304000,10800),(176,2234905200,7200),(176,2248214400,10800),(176,2260911600,7200),(176,2264544000,10800),(176,2266354800,7200),(176,2279664000,10800),(176,2291756400,7200),
(176,2295388800,10800),(176,2297804400,7200),(176,2311113600,10800),(176,2321996400,7200),(176,2326233600,10800),(176,2329254000,7200),(176,2342563200,10800),(176,2352841200,7200),
(176,2356473600,10800),(176,2361308400,7200),(176,2374012800,10800),(176,2383686000,7200),(176,2387318400,10800),(176,2392758000,7200),(176,2405462400,10800),(176,2413926000,7200),
(176,2418163200,10800),(176,2424207600,7200),(176,2437516800,10800),(176,2444770800,7200),(176,2448403200,10800),(176,2455657200,7200),(176,2468966400,10800),(176,2475010800,7200),
(176,2479248000,10800),(176,2487106800,7200),(176,2500416000,10800),(176,2505855600,7200),(176,2509488000,10800),(176,2519161200,7200),(176,2531865600,10800),(176,2536700400,7200),
(176,2540332800,10800),(176,2550610800,7200),(176,2563315200,10800),(176,2566940400,7200),(176,2571177600,10800),(176,2582060400,7200),(176,2595369600,10800),(176,2597785200,7200),
(176,2601417600,10800),(176,2613510000,7200),(176,2626819200,10800),(176,2628025200,7200),(176,2632262400,10800),(176,2644959600,7200),(176,2658268800,10800),(176,2658870000,7200),
(176,2663107200,10800),(176,2676409200,7200),(176,2693347200,10800),(176,2708463600,7200),(176,2724192000,10800),(176,2739913200,7200),(176,2754432000,10800),(176,2771362800,7200),
(176,2785276800,10800),(176,2802812400,7200),(176,2816121600,10800),(176,2834262000,7200),(176,2847571200,10800),(176,2866316400,7200),(176,2879020800,10800),(176,2897766000,7200),
(176,2910470400,10800),(176,2929215600,7200),(176,2941920000,10800),(176,2960665200,7200),(176,2973974400,10800),(176,2992114800,7200),(176,3005424000,10800),(176,3023564400,7200),
(176,3036873600,10800),(176,3055618800,7200),(176,3068323200,10800),(176,3087068400,7200),(176,3099772800,10800),(176,3117913200,7200),(176,3131827200,10800),(176,3148758000,7200),
(176,3163276800,10800),(176,3179602800,7200),(176,3194726400,10800),(176,3209842800,7200),(176,3226176000,10800),(176,3240687600,7200),(176,3244320000,10800),(176,3244921200,7200),
(176,3257625600,10800),(176,3271532400,7200),(176,3275164800,10800),(176,3276370800,7200),(176,3289075200,10800),(176,3301772400,7200),(176,3306009600,10800),(176,3307820400,7200),
(176,3321129600,10800),(176,3332617200,7200),(176,3336249600,10800),(176,3339270000,7200),(176,3352579200,10800),(176,3362857200,7200),(176,3367094400,10800),(176,3370719600,7200),
(176,3384028800,10800),(176,3393702000,7200),(176,3397939200,10800),(176,3402774000,7200),(176,3415478400,10800),(176,3424546800,7200),(176,3428179200,10800),(176,3434223600,7200),
(176,3446928000,10800),(176,3454786800,7200),(176,3459024000,10800),(176,3465673200,7200),(176,3478982400,10800),(176,3485631600,7200),(176,3489264000,10800),(176,3497122800,7200),
(176,3510432000,10800),(176,3516476400,7200),(176,3520108800,10800),(176,3528572400,7200),(176,3541881600,10800),(176,3546716400,7200),(176,3550953600,10800),(176,3560022000,7200),
(176,3573331200,10800),(176,3577561200,7200),(176,3581193600,10800),(176,3592076400,7200),(176,3604780800,10800),(176,3607801200,7200),(176,3612038400,10800),(176,3623526000,7200),
(176,3636230400,10800),(176,3638646000,7200),(176,3642883200,10800),(176,3654975600,7200),(176,3668284800,10800),(176,3669490800,7200),(176,3673123200,10800),(176,3686425200,7200),
(176,3699734400,10800),(176,3717874800,7200),(176,3731184000,10800),(176,3749929200,7200),(176,3762633600,10800),(176,3781378800,7200),(176,3794083200,10800),(176,3812828400,7200),
(176,3825532800,10800),(176,3844278000,7200),(176,3857587200,10800),(176,3875727600,7200),(176,3889036800,10800),(176,3907177200,7200),(176,3920486400,10800),(176,3939231600,7200),
(176,3951936000,10800),(176,3970681200,7200),(176,3983385600,10800),(176,4002130800,7200),(176,4015440000,10800),(176,4033580400,7200),(176,4046889600,10800),(176,4065030000,7200),
(176,4078339200,10800),(176,4096479600,7200),(176,4109788800,10800),(176,4128534000,7200),(177,-62135596800,7200),(177,142380000,10800),(177,150843600,7200),(177,167176800,10800),
(177,178664400,7200),(177,334101600,10800),(177,337730400,7200),(177,452642400,10800),(177,462319200,7200),(177,482277600,10800),(177,494370000,7200),(177,516751200,10800),
(177,526424400,7200),(177,545436000,10800),(177,558478800,7200),(177,576626400,10800),(177,589323600,7200),(177,609890400,10800),(177,620773200,7200),(177,638316000,10800),
(177,651618000,7200),(177,669765600,10800),(177,683672400,7200),(177,701820000,10800),(177,715726800,7200),(177,733701600,10800),(177,747176400,7200),(177,765151200,10800),
(177,778021200,7200),(177,796600800,10800),(177,810075600,7200),(177,828655200,10800),(177,843170400,7200),(177,860104800,10800),(177,874620000,7200),(177,891554400,10800),
(177,906069600,7200),(177,924213600,10800),(177,939934800,7200),(177,956268000,10800),(177,971989200,7200),(177,987717600,10800),(177,1003438800,7200),(177,1019167200,10800),
(177,1034888400,7200),(177,1050616800,10800),(177,1066338000,7200),(177,1082066400,10800),(177,1096581600,7200),(177,1113516000,10800),(177,1128380400,7200),(177,1143842400,10800),
(177,1158872400,7200),(177,1175378400,10800),(177,1189638000,7200),(177,1206655200,10800),(177,1220216400,7200),(177,1238104800,10800),(177,1252015200,7200),(177,1269554400,10800),
(177,1281474000,7200),(177,1301608860,10800),(177,1312146000,7200),(177,1314655200,10800),(177,1317330000,7200),(177,1333058400,10800),(177,1348178400,7200),(177,1364508000,10800),
(177,1380229200,7200),(177,1395957600,10800),(177,1414098000,7200),(177,1427493600,10800),(177,1445551200,7200),(177,1458946800,10800),(177,1477692000,7200),(177,1490396400,10800),
(177,1509141600,7200),(177,1521846000,10800),(177,1540591200,7200),(177,1553810400,10800),(177,1572037200,7200),(177,1585346400,10800),(177,1603490400,7200),(177,1616796000,10800),
(177,1635458400,7200),(177,1648332000,10800),(177,1666998000,7200),(177,1682726400,10800),(177,1698447600,7200),(177,1713571200,10800),(177,1729897200,7200),(177,1744416000,10800),
(177,1761346800,7200),(177,1774656000,10800),(177,1792796400,7200),(177,1806105600,10800),(177,1824850800,7200),(177,1837555200,10800),(177,1856300400,7200),(177,1869004800,10800),
(177,1887750000,7200),(177,1901059200,10800),(177,1919199600,7200),(177,1932508800,10800),(177,1950649200,7200),(177,1963958400,10800),(177,1982703600,7200),(177,1995408000,10800),
(177,2014153200,7200),(177,2026857600,10800),(177,2045602800,7200),(177,2058307200,10800),(177,2077052400,7200),(177,2090361600,10800),(177,2107897200,7200),(177,2121811200,10800),
(177,2138742000,7200),(177,2153260800,10800),(177,2168982000,7200),(177,2184710400,10800),(177,2199826800,7200),(177,2216160000,10800),(177,2230066800,7200),(177,2234304000,10800),
(177,2234905200,7200),(177,2248214400,10800),(177,2260911600,7200),(177,2264544000,10800),(177,2266354800,7200),(177,2279664000,10800),(177,2291756400,7200),(177,2295388800,10800),
(177,2297804400,7200),(177,2311113600,10800),(177,2321996400,7200),(177,2326233600,10800),(177,2329254000,7200),(177,2342563200,10800),(177,2352841200,7200),(177,2356473600,10800),
(177,2361308400,7200),(177,2374012800,10800),(177,2383686000,7200),(177,2387318400,10800),(177,2392758000,7200),(177,2405462400,10800),(177,2413926000,7200),(177,2418163200,10800),
(177,2424207600,7200),(177,2437516800,10800),(177,2444770800,7200),(177,2448403200,10800),(177,2455657200,7200),(177,2468966400,10800),(177,2475010800,7200),(177,2479248000,10800),
(177,2487106800,7200),(177,2500416000,10800),(177,2505855600,7200),(177,2509488000,10800),(177,2519161200,7200),(177,2531865600,10800),(177,2536700400,7200),(177,2540332800,10800),
(177,2550610800,7200),(177,2563315200,10800),(177,2566940400,7200),(177,2571177600,10800),(177,2582060400,7200),(177,2595369600,10800),(177,2597785200,7200),(177,2601417600,10800),
(177,2613510000,7200),(177,2626819200,10800),(177,2628025200,7200),(177,2632262400,10800),(177,2644959600,7200),(177,2658268800,10800),(177,2658870000,7200),(177,2663107200,10800),
(177,2676409200,7200),(177,2693347200,10800),(177,2708463600,7200),(177,2724192000,10800),(177,2739913200,7200),(177,2754432000,10800),(177,2771362800,7200),(177,2785276800,10800),
(177,2802812400,7200),(177,2816121600,10800),(177,2834262000,7200),(177,2847571200,10800),(177,2866316400,7200),(177,2879020800,10800),(177,2897766000,7200),(177,2910470400,10800),
(177,2929215600,7200),(177,2941920000,10800),(177,2960665200,7200),(177,2973974400,10800),(177,2992114800,7200),(177,3005424000,10800),(177,3023564400,7200),(177,3036873600,10800),
(177,3055618800,7200),(177,3068323200,10800),(177,3087068400,7200),(177,3099772800,10800),(177,3117913200,7200),(177,3131827200,10800),(177,3148758000,7200),(177,3163276800,10800),
(177,3179602800,7200),(177,3194726400,10800),(177,3209842800,7200),(177,3226176000,10800),(177,3240687600,7200),(177,3244320000,10800),(177,3244921200,7200),(177,3257625600,10800),
(177,3271532400,7200),(177,3275164800,10800),(177,3276370800,7200),(177,3289075200,10800),(177,3301772400,7200),(177,3306009600,10800),(177,3307820400,7200),(177,3321129600,10800),
(177,3332617200,7200),(177,3336249600,10800),(177,3339270000,7200),(177,3352579200,10800),(177,3362857200,7200),(177,3367094400,10800),(177,3370719600,7200),(177,3384028800,10800),
(177,3393702000,7200),(177,3397939200,10800),(177,3402774000,7200),(177,3415478400,10800),(177,3424546800,7200),(177,3428179200,10800),(177,3434223600,7200),(177,3446928000,10800),
(177,3454786800,7200),(177,3459024000,10800),(177,3465673200,7200),(177,3478982400,10800),(177,3485631600,7200),(177,3489264000,10800),(177,3497122800,7200),(177,3510432000,10800),
(177,3516476400,7200),(177,3520108800,10800),(177,3528572400,7200),(177,3541881600,10800),(177,3546716400,7200),(177,3550953600,10800),(177,3560022000,7200),(177,3573331200,10800),
(177,3577561200,7200),(177,3581193600,10800),(177,3592076400,7200),(177,3604780800,10800),(177,3607801200,7200),(177,3612038400,10800),(177,3623526000,7200),(177,3636230400,10800),
(177,3638646000,7200),(177,3642883200,10800),(177,3654975600,7200),(177,3668284800,10800),(177,3669490800,7200),(177,3673123200,10800),(177,3686425200,7200),(177,3699734400,10800),
(177,3717874800,7200),(177,3731184000,10800),(177,3749929200,7200),(177,3762633600,10800),(177,3781378800,7200),(177,3794083200,10800),(177,3812828400,7200),(177,3825532800,10800),
(177,3844278000,7200),(177,3857587200,10800),(177,3875727600,7200),(177,3889036800,10800),(177,3907177200,7200),(177,3920486400,10800),(177,3939231600,7200),(177,3951936000,10800),
(177,3970681200,7200),(177,3983385600,10800),(177,4002130800,7200),(177,4015440000,10800),(177,4033580400,7200),(177,4046889600,10800),(177,4065030000,7200),(177,4078339200,10800),
(177,4096479600,7200),(177,4109788800,10800),(177,4128534000,7200),(178,-62135596800,28800),(178,171820800,25200),(179,-62135596800,28800),(179,9315000,32400),(179,25036200,28800),
(179,40764600,32400),(179,56485800,28800),(179,72214200,32400),(179,88540200,28800),(179,104268600,32400),(179,119989800,28800),(179,126041400,32400),(179,151439400,28800),
(179,167167800,32400),(179,182889000,28800),(179,198617400,32400),(179,214338600,28800),(179,295385400,32400),(179,309292200,28800),(180,-62135596800,21600),(180,252439200,25200),
(180,417978000,28800),(180,433785600,25200),(180,449600400,28800),(180,465321600,25200),(180,481050000,28800),(180,496771200,25200),(180,512499600,28800),(180,528220800,25200),
(180,543949200,28800),(180,559670400,25200),(180,575398800,28800),(180,591120000,25200),(180,606848400,28800),(180,622569600,25200),(180,638298000,28800),(180,654624000,25200),
(180,670352400,28800),(180,686073600,25200),(180,701802000,28800),(180,717523200,25200),(180,733251600,28800),(180,748972800,25200),(180,764701200,28800),(180,780422400,25200),
(180,796150800,28800),(180,811872000,25200),(180,828205200,28800),(180,843926400,25200),(180,859654800,28800),(180,875376000,25200),(180,891104400,28800),(180,906825600,25200),
(180,988398000,28800),(180,1001700000,25200),(180,1017428400,28800),(180,1033149600,25200),(180,1048878000,28800),(180,1064599200,25200),(180,1080327600,28800),(180,1096048800,25200),
(180,1111777200,28800),(180,1127498400,25200),(180,1143226800,28800),(180,1159552800,25200),(180,1427482800,28800),(180,1443196800,25200),(180,1458932400,28800),(180,1474646400,25200),
(181,-62135596800,28800),(181,354902400,32400),(181,370710000,28800),(181,386438400,32400),(181,402246000,28800),(181,417974400,32400),(181,433782000,28800),(181,449596800,32400),
(181,465328800,28800),(181,481053600,32400),(181,496778400,28800),(181,512503200,32400),(181,528228000,28800),(181,543952800,32400),(181,559677600,28800),(181,575402400,32400),
(181,591127200,28800),(181,606852000,32400),(181,622576800,28800),(181,638301600,32400),(181,654631200,28800),(181,686084400,25200),(181,695761200,28800),(181,701805600,32400),
(181,717530400,28800),(181,733255200,32400),(181,748980000,28800),(181,764704800,32400),(181,780429600,28800),(181,796154400,32400),(181,811879200,28800),(181,828208800,32400),
(181,846352800,28800),(181,859658400,32400),(181,877802400,28800),(181,891108000,32400),(181,909252000,28800),(181,922557600,32400),(181,941306400,28800),(181,954007200,32400),
(181,972756000,28800),(181,985456800,32400),(181,1004205600,28800),(181,1017511200,32400),(181,1035655200,28800),(181,1048960800,32400),(181,1067104800,28800),(181,1080410400,32400),
(181,1099159200,28800),(181,1111860000,32400),(181,1130608800,28800),(181,1143309600,32400),(181,1162058400,28800),(181,1174759200,32400),(181,1193508000,28800),(181,1206813600,32400),
(181,1224957600,28800),(181,1238263200,32400),(181,1256407200,28800),(181,1269712800,32400),(181,1288461600,28800),(181,1301162400,32400),(181,1414256400,28800),(182,-62135596800,7200),
(182,107910000,10800),(182,121215600,7200),(182,133920000,10800),(182,152665200,7200),(182,164678400,10800),(182,184114800,7200),(182,196214400,10800),(182,215564400,7200),
(182,228873600,10800),(182,245804400,7200),(182,260323200,10800),(182,428454000,14400),(182,433893600,10800),(182,468111600,7200),(182,482799600,10800),(182,496710000,7200),
(182,512521200,10800),(182,528246000,7200),(182,543970800,10800),(182,559695600,7200),(182,575420400,10800),(182,591145200,7200),(182,606870000,10800),(182,622594800,7200),
(182,638319600,10800),(182,654649200,7200),(182,670374000,10800),(182,686098800,7200),(182,701823600,10800),(182,717548400,7200),(182,733273200,10800),(182,748998000,7200),
(182,764118000,10800),(182,780447600,7200),(182,796172400,10800),(182,811897200,7200),(182,828226800,10800),(182,846370800,7200),(182,859676400,10800),(182,877820400,7200),
(182,891126000,10800),(182,909270000,7200),(182,922575600,10800),(182,941324400,7200),(182,954025200,10800),(182,972774000,7200),(182,985474800,10800),(182,1004223600,7200),
(182,1017529200,10800),(182,1035673200,7200),(182,1048978800,10800),(182,1067122800,7200),(182,1080428400,10800),(182,1099177200,7200),(182,1111878000,10800),(182,1130626800,7200),
(182,1143327600,10800),(182,1162076400,7200),(182,1174784400,10800),(182,1193533200,7200),(182,1206838800,10800),(182,1224982800,7200),(182,1238288400,10800),(182,1256432400,7200),
(182,1269738000,10800),(182,1288486800,7200),(182,1301274000,10800),(182,1319936400,7200),(182,1332637200,10800),(182,1351386000,7200),(182,1364691600,10800),(182,1382835600,7200),
(182,1396227600,10800),(182,1414285200,7200),(182,1427590800,10800),(182,1446944400,7200),(182,1459040400,10800),(183,-62135596800,32400),(184,-62135596800,7200),(184,142380000,10800),
(184,150843600,7200),(184,167176800,10800),(184,178664400,7200),(184,334101600,10800),(184,337730400,7200),(184,452642400,10800),(184,462319200,7200),(184,482277600,10800),
(184,494370000,7200),(184,516751200,10800),(184,526424400,7200),(184,545436000,10800),(184,558478800,7200),(184,576626400,10800),(184,589323600,7200),(184,609890400,10800),
(184,620773200,7200),(184,638316000,10800),(184,651618000,7200),(184,669765600,10800),(184,683672400,7200),(184,701820000,10800),(184,715726800,7200),(184,733701600,10800);
INSERT INTO durable.tz_transitions (rule_id, at_utc, utc_offset) VALUES
(184,747176400,7200),(184,765151200,10800),(184,778021200,7200),(184,796600800,10800),(184,810075600,7200),(184,826840800,10800),(184,842821200,7200),(184,858895200,10800),
(184,874184400,7200),(184,890344800,10800),(184,905029200,7200),(184,923011200,10800),(184,936313200,7200),(184,955670400,10800),(184,970783200,7200),(184,986770800,10800),
(184,1001282400,7200),(184,1017356400,10800),(184,1033941600,7200),(184,1048806000,10800),(184,1065132000,7200),(184,1081292400,10800),(184,1095804000,7200),(184,1112313600,10800),
(184,1128812400,7200),(184,1143763200,10800),(184,1159657200,7200),(184,1175212800,10800),(184,1189897200,7200),(184,1206662400,10800),(184,1223161200,7200),(184,1238112000,10800),
(184,1254006000,7200),(184,1269561600,10800),(184,1284246000,7200),(184,1301616000,10800),(184,1317510000,7200),(184,1333065600,10800),(184,1348354800,7200),(184,1364515200,10800),
(184,1382828400,7200),(184,1395964800,10800),(184,1414278000,7200),(184,1427414400,10800),(184,1445727600,7200),(184,1458864000,10800),(184,1477782000,7200),(184,1490313600,10800),
(184,1509231600,7200),(184,1521763200,10800),(184,1540681200,7200),(184,1553817600,10800),(184,1572130800,7200),(184,1585267200,10800),(184,1603580400,7200),(184,1616716800,10800),
(184,1635634800,7200),(184,1648166400,10800),(184,1667084400,7200),(184,1679616000,10800),(184,1698534000,7200),(184,1711670400,10800),(184,1729983600,7200),(184,1743120000,10800),
(184,1761433200,7200),(184,1774569600,10800),(184,1792882800,7200),(184,1806019200,10800),(184,1824937200,7200),(184,1837468800,10800),(184,1856386800,7200),(184,1868918400,10800),
(184,1887836400,7200),(184,1900972800,10800),(184,1919286000,7200),(184,1932422400,10800),(184,1950735600,7200),(184,1963872000,10800),(184,1982790000,7200),(184,1995321600,10800),
(184,2014239600,7200),(184,2026771200,10800),(184,2045689200,7200),(184,2058220800,10800),(184,2077138800,7200),(184,2090275200,10800),(184,2108588400,7200),(184,2121724800,10800),
(184,2140038000,7200),(184,2153174400,10800),(184,2172092400,7200),(184,2184624000,10800),(184,2203542000,7200),(184,2216073600,10800),(184,2234991600,7200),(184,2248128000,10800),
(184,2266441200,7200),(184,2279577600,10800),(184,2297890800,7200),(184,2311027200,10800),(184,2329340400,7200),(184,2342476800,10800),(184,2361394800,7200),(184,2373926400,10800),
(184,2392844400,7200),(184,2405376000,10800),(184,2424294000,7200),(184,2437430400,10800),(184,2455743600,7200),(184,2468880000,10800),(184,2487193200,7200),(184,2500329600,10800),
(184,2519247600,7200),(184,2531779200,10800),(184,2550697200,7200),(184,2563228800,10800),(184,2582146800,7200),(184,2595283200,10800),(184,2613596400,7200),(184,2626732800,10800),
(184,2645046000,7200),(184,2658182400,10800),(184,2676495600,7200),(184,2689632000,10800),(184,2708550000,7200),(184,2721081600,10800),(184,2739999600,7200),(184,2752531200,10800),
(184,2771449200,7200),(184,2784585600,10800),(184,2802898800,7200),(184,2816035200,10800),(184,2834348400,7200),(184,2847484800,10800),(184,2866402800,7200),(184,2878934400,10800),
(184,2897852400,7200),(184,2910384000,10800),(184,2929302000,7200),(184,2941833600,10800),(184,2960751600,7200),(184,2973888000,10800),(184,2992201200,7200),(184,3005337600,10800),
(184,3023650800,7200),(184,3036787200,10800),(184,3055705200,7200),(184,3068236800,10800),(184,3087154800,7200),(184,3099686400,10800),(184,3118604400,7200),(184,3131740800,10800),
(184,3150054000,7200),(184,3163190400,10800),(184,3181503600,7200),(184,3194640000,10800),(184,3212953200,7200),(184,3226089600,10800),(184,3245007600,7200),(184,3257539200,10800),
(184,3276457200,7200),(184,3288988800,10800),(184,3307906800,7200),(184,3321043200,10800),(184,3339356400,7200),(184,3352492800,10800),(184,3370806000,7200),(184,3383942400,10800),
(184,3402860400,7200),(184,3415392000,10800),(184,3434310000,7200),(184,3446841600,10800),(184,3465759600,7200),(184,3478896000,10800),(184,3497209200,7200),(184,3510345600,10800),
(184,3528658800,7200),(184,3541795200,10800),(184,3560108400,7200),(184,3573244800,10800),(184,3592162800,7200),(184,3604694400,10800),(184,3623612400,7200),(184,3636144000,10800),
(184,3655062000,7200),(184,3668198400,10800),(184,3686511600,7200),(184,3699648000,10800),(184,3717961200,7200),(184,3731097600,10800),(184,3750015600,7200),(184,3762547200,10800),
(184,3781465200,7200),(184,3793996800,10800),(184,3812914800,7200),(184,3825446400,10800),(184,3844364400,7200),(184,3857500800,10800),(184,3875814000,7200),(184,3888950400,10800),
(184,3907263600,7200),(184,3920400000,10800),(184,3939318000,7200),(184,3951849600,10800),(184,3970767600,7200),(184,3983299200,10800),(184,4002217200,7200),(184,4015353600,10800),
(184,4033666800,7200),(184,4046803200,10800),(184,4065116400,7200),(184,4078252800,10800),(184,4096566000,7200),(184,4109702400,10800),(184,4128620400,7200),(185,-62135596800,16200),
(186,-62135596800,43200),(186,354888000,46800),(186,370695600,43200),(186,386424000,46800),(186,402231600,43200),(186,417960000,46800),(186,433767600,43200),(186,449582400,46800),
(186,465314400,43200),(186,481039200,46800),(186,496764000,43200),(186,512488800,46800),(186,528213600,43200),(186,543938400,46800),(186,559663200,43200),(186,575388000,46800),
(186,591112800,43200),(186,606837600,46800),(186,622562400,43200),(186,638287200,46800),(186,654616800,43200),(186,686070000,39600),(186,695746800,43200),(186,701791200,46800),
(186,717516000,43200),(186,733240800,46800),(186,748965600,43200),(186,764690400,46800),(186,780415200,43200),(186,796140000,46800),(186,811864800,43200),(186,828194400,46800),
(186,846338400,43200),(186,859644000,46800),(186,877788000,43200),(186,891093600,46800),(186,909237600,43200),(186,922543200,46800),(186,941292000,43200),(186,953992800,46800),
(186,972741600,43200),(186,985442400,46800),(186,1004191200,43200),(186,1017496800,46800),(186,1035640800,43200),(186,1048946400,46800),(186,1067090400,43200),(186,1080396000,46800),
(186,1099144800,43200),(186,1111845600,46800),(186,1130594400,43200),(186,1143295200,46800),(186,1162044000,43200),(186,1174744800,46800),(186,1193493600,43200),(186,1206799200,46800),
(186,1224943200,43200),(186,1238248800,46800),(186,1256392800,43200),(186,1288450800,39600),(186,1301151600,43200),(187,-62135596800,18000),(187,1018119600,21600),(187,1033840800,18000),
(187,1212260400,21600),(187,1225476000,18000),(187,1239735600,21600),(187,1257012000,18000),(188,-62135596800,21600),(189,-62135596800,19800),(189,504901800,20700),(190,-62135596800,32400),
(190,354898800,36000),(190,370706400,32400),(190,386434800,36000),(190,402242400,32400),(190,417970800,36000),(190,433778400,32400),(190,449593200,36000),(190,465325200,32400),
(190,481050000,36000),(190,496774800,32400),(190,512499600,36000),(190,528224400,32400),(190,543949200,36000),(190,559674000,32400),(190,575398800,36000),(190,591123600,32400),
(190,606848400,36000),(190,622573200,32400),(190,638298000,36000),(190,654627600,32400),(190,686080800,28800),(190,695757600,32400),(190,701802000,36000),(190,717526800,32400),
(190,733251600,36000),(190,748976400,32400),(190,764701200,36000),(190,780426000,32400),(190,796150800,36000),(190,811875600,32400),(190,828205200,36000),(190,846349200,32400),
(190,859654800,36000),(190,877798800,32400),(190,891104400,36000),(190,909248400,32400),(190,922554000,36000),(190,941302800,32400),(190,954003600,36000),(190,972752400,32400),
(190,985453200,36000),(190,1004202000,32400),(190,1017507600,36000),(190,1035651600,32400),(190,1048957200,36000),(190,1067101200,32400),(190,1072882800,36000),(190,1080403200,39600),
(190,1099152000,36000),(190,1111852800,39600),(190,1130601600,36000),(190,1143302400,39600),(190,1162051200,36000),(190,1174752000,39600),(190,1193500800,36000),(190,1206806400,39600),
(190,1224950400,36000),(190,1238256000,39600),(190,1256400000,36000),(190,1269705600,39600),(190,1288454400,36000),(190,1301155200,39600),(190,1315832400,36000),(190,1414252800,32400),
(191,-62135596800,25200),(191,354906000,28800),(191,370713600,25200),(191,386442000,28800),(191,402249600,25200),(191,417978000,28800),(191,433785600,25200),(191,449600400,28800),
(191,465332400,25200),(191,481057200,28800),(191,496782000,25200),(191,512506800,28800),(191,528231600,25200),(191,543956400,28800),(191,559681200,25200),(191,575406000,28800),
(191,591130800,25200),(191,606855600,28800),(191,622580400,25200),(191,638305200,28800),(191,654634800,25200),(191,686088000,21600),(191,695764800,25200),(191,701809200,28800),
(191,717534000,25200),(191,733258800,28800),(191,748983600,25200),(191,764708400,28800),(191,780433200,25200),(191,796158000,28800),(191,811882800,25200),(191,828212400,28800),
(191,846356400,25200),(191,859662000,28800),(191,877806000,25200),(191,891111600,28800),(191,909255600,25200),(191,922561200,28800),(191,941310000,25200),(191,954010800,28800),
(191,972759600,25200),(191,985460400,28800),(191,1004209200,25200),(191,1017514800,28800),(191,1035658800,25200),(191,1048964400,28800),(191,1067108400,25200),(191,1080414000,28800),
(191,1099162800,25200),(191,1111863600,28800),(191,1130612400,25200),(191,1143313200,28800),(191,1162062000,25200),(191,1174762800,28800),(191,1193511600,25200),(191,1206817200,28800),
(191,1224961200,25200),(191,1238266800,28800),(191,1256410800,25200),(191,1269716400,28800),(191,1288465200,25200),(191,1301166000,28800),(191,1414260000,25200),(192,-62135596800,27000),
(192,378662400,28800),(193,-62135596800,39600),(193,354891600,43200),(193,370699200,39600),(193,386427600,43200),(193,402235200,39600),(193,417963600,43200),(193,433771200,39600),
(193,449586000,43200),(193,465318000,39600),(193,481042800,43200),(193,496767600,39600),(193,512492400,43200),(193,528217200,39600),(193,543942000,43200),(193,559666800,39600),
(193,575391600,43200),(193,591116400,39600),(193,606841200,43200),(193,622566000,39600),(193,638290800,43200),(193,654620400,39600),(193,686073600,36000),(193,695750400,39600),
(193,701794800,43200),(193,717519600,39600),(193,733244400,43200),(193,748969200,39600),(193,764694000,43200),(193,780418800,39600),(193,796143600,43200),(193,811868400,39600),
(193,828198000,43200),(193,846342000,39600),(193,859647600,43200),(193,877791600,39600),(193,891097200,43200),(193,909241200,39600),(193,922546800,43200),(193,941295600,39600),
(193,953996400,43200),(193,972745200,39600),(193,985446000,43200),(193,1004194800,39600),(193,1017500400,43200),(193,1035644400,39600),(193,1048950000,43200),(193,1067094000,39600),
(193,1080399600,43200),(193,1099148400,39600),(193,1111849200,43200),(193,1130598000,39600),(193,1143298800,43200),(193,1162047600,39600),(193,1174748400,43200),(193,1193497200,39600),
(193,1206802800,43200),(193,1224946800,39600),(193,1238252400,43200),(193,1256396400,39600),(193,1269702000,43200),(193,1288450800,39600),(193,1301151600,43200),(193,1414245600,36000),
(193,1461427200,39600),(194,-62135596800,28800),(194,228326400,32400),(194,243702000,28800),(194,643219200,32400),(194,649177200,28800),(195,-62135596800,7200),(195,166572000,10800),
(195,182293200,7200),(195,200959200,10800),(195,213829200,7200),(195,228866400,10800),(195,243982800,7200),(195,260316000,10800),(195,276123600,7200),(195,291765600,10800),
(195,307486800,7200),(195,323820000,10800),(195,338936400,7200),(195,354664800,10800),(195,370386000,7200),(195,386114400,10800),(195,401835600,7200),(195,417564000,10800),
(195,433285200,7200),(195,449013600,10800),(195,465339600,7200),(195,481068000,10800),(195,496789200,7200),(195,512517600,10800),(195,528238800,7200),(195,543967200,10800),
(195,559688400,7200),(195,575416800,10800),(195,591138000,7200),(195,606866400,10800),(195,622587600,7200),(195,638316000,10800),(195,654642000,7200),(195,670370400,10800),
(195,686091600,7200),(195,701820000,10800),(195,717541200,7200),(195,733269600,10800),(195,748990800,7200),(195,764719200,10800),(195,780440400,7200),(195,796168800,10800),
(195,811890000,7200),(195,828223200,10800),(195,843944400,7200),(195,859672800,10800),(195,875394000,7200),(195,891122400,10800),(195,909277200,7200),(195,922582800,10800),
(195,941331600,7200),(195,954032400,10800),(195,972781200,7200),(195,985482000,10800),(195,1004230800,7200),(195,1017536400,10800),(195,1035680400,7200),(195,1048986000,10800),
(195,1067130000,7200),(195,1080435600,10800),(195,1099184400,7200),(195,1111885200,10800),(195,1130634000,7200),(195,1143334800,10800),(195,1162083600,7200),(195,1174784400,10800),
(195,1193533200,7200),(195,1206838800,10800),(195,1224982800,7200),(195,1238288400,10800),(195,1256432400,7200),(195,1269738000,10800),(195,1288486800,7200),(195,1301187600,10800),
(195,1319936400,7200),(195,1332637200,10800),(195,1351386000,7200),(195,1364691600,10800),(195,1382835600,7200),(195,1396141200,10800),(195,1414285200,7200),(195,1427590800,10800),
(195,1445734800,7200),(195,1459040400,10800),(195,1477789200,7200),(195,1490490000,10800),(195,1509238800,7200),(195,1521939600,10800),(195,1540688400,7200),(195,1553994000,10800),
(195,1572138000,7200),(195,1585443600,10800),(195,1603587600,7200),(195,1616893200,10800),(195,1635642000,7200),(195,1648342800,10800),(195,1667091600,7200),(195,1679792400,10800),
(195,1698541200,7200),(195,1711846800,10800),(195,1729990800,7200),(195,1743296400,10800),(195,1761440400,7200),(195,1774746000,10800),(195,1792890000,7200),(195,1806195600,10800),
(195,1824944400,7200),(195,1837645200,10800),(195,1856394000,7200),(195,1869094800,10800),(195,1887843600,7200),(195,1901149200,10800),(195,1919293200,7200),(195,1932598800,10800),
(195,1950742800,7200),(195,1964048400,10800),(195,1982797200,7200),(195,1995498000,10800),(195,2014246800,7200),(195,2026947600,10800),(195,2045696400,7200),(195,2058397200,10800),
(195,2077146000,7200),(195,2090451600,10800),(195,2108595600,7200),(195,2121901200,10800),(195,2140045200,7200),(195,2153350800,10800),(195,2172099600,7200),(195,2184800400,10800),
(195,2203549200,7200),(195,2216250000,10800),(195,2234998800,7200),(195,2248304400,10800),(195,2266448400,7200),(195,2279754000,10800),(195,2297898000,7200),(195,2311203600,10800),
(195,2329347600,7200),(195,2342653200,10800),(195,2361402000,7200),(195,2374102800,10800),(195,2392851600,7200),(195,2405552400,10800),(195,2424301200,7200),(195,2437606800,10800),
(195,2455750800,7200),(195,2469056400,10800),(195,2487200400,7200),(195,2500506000,10800),(195,2519254800,7200),(195,2531955600,10800),(195,2550704400,7200),(195,2563405200,10800),
(195,2582154000,7200),(195,2595459600,10800),(195,2613603600,7200),(195,2626909200,10800),(195,2645053200,7200),(195,2658358800,10800),(195,2676502800,7200),(195,2689808400,10800),
(195,2708557200,7200),(195,2721258000,10800),(195,2740006800,7200),(195,2752707600,10800),(195,2771456400,7200),(195,2784762000,10800),(195,2802906000,7200),(195,2816211600,10800),
(195,2834355600,7200),(195,2847661200,10800),(195,2866410000,7200),(195,2879110800,10800),(195,2897859600,7200),(195,2910560400,10800),(195,2929309200,7200),(195,2942010000,10800),
(195,2960758800,7200),(195,2974064400,10800),(195,2992208400,7200),(195,3005514000,10800),(195,3023658000,7200),(195,3036963600,10800),(195,3055712400,7200),(195,3068413200,10800),
(195,3087162000,7200),(195,3099862800,10800),(195,3118611600,7200),(195,3131917200,10800),(195,3150061200,7200),(195,3163366800,10800),(195,3181510800,7200),(195,3194816400,10800),
(195,3212960400,7200),(195,3226266000,10800),(195,3245014800,7200),(195,3257715600,10800),(195,3276464400,7200),(195,3289165200,10800),(195,3307914000,7200),(195,3321219600,10800),
(195,3339363600,7200),(195,3352669200,10800),(195,3370813200,7200),(195,3384118800,10800),(195,3402867600,7200),(195,3415568400,10800),(195,3434317200,7200),(195,3447018000,10800),
(195,3465766800,7200),(195,3479072400,10800),(195,3497216400,7200),(195,3510522000,10800),(195,3528666000,7200),(195,3541971600,10800),(195,3560115600,7200),(195,3573421200,10800),
(195,3592170000,7200),(195,3604870800,10800),(195,3623619600,7200),(195,3636320400,10800),(195,3655069200,7200),(195,3668374800,10800),(195,3686518800,7200),(195,3699824400,10800),
(195,3717968400,7200),(195,3731274000,10800),(195,3750022800,7200),(195,3762723600,10800),(195,3781472400,7200),(195,3794173200,10800),(195,3812922000,7200),(195,3825622800,10800),
(195,3844371600,7200),(195,3857677200,10800),(195,3875821200,7200),(195,3889126800,10800),(195,3907270800,7200),(195,3920576400,10800),(195,3939325200,7200),(195,3952026000,10800),
(195,3970774800,7200),(195,3983475600,10800),(195,4002224400,7200),(195,4015530000,10800),(195,4033674000,7200),(195,4046979600,10800),(195,4065123600,7200),(195,4078429200,10800),
(195,4096573200,7200),(195,4109878800,10800),(195,4128627600,7200),(196,-62135596800,25200),(196,354906000,28800),(196,370713600,25200),(196,386442000,28800),(196,402249600,25200),
(196,417978000,28800),(196,433785600,25200),(196,449600400,28800),(196,465332400,25200),(196,481057200,28800),(196,496782000,25200),(196,512506800,28800),(196,528231600,25200),
(196,543956400,28800),(196,559681200,25200),(196,575406000,28800),(196,591130800,25200),(196,606855600,28800),(196,622580400,25200),(196,638305200,28800),(196,654634800,25200),
(196,686088000,21600),(196,695764800,25200),(196,701809200,28800),(196,717534000,25200),(196,733258800,28800),(196,748983600,25200),(196,764708400,28800),(196,780433200,25200),
(196,796158000,28800),(196,811882800,25200),(196,828212400,28800),(196,846356400,25200),(196,859662000,28800),(196,877806000,25200),(196,891111600,28800),(196,909255600,25200),
(196,922561200,28800),(196,941310000,25200),(196,954010800,28800),(196,972759600,25200),(196,985460400,28800),(196,1004209200,25200),(196,1017514800,28800),(196,1035658800,25200),
(196,1048964400,28800),(196,1067108400,25200),(196,1080414000,28800),(196,1099162800,25200),(196,1111863600,28800),(196,1130612400,25200),(196,1143313200,28800),(196,1162062000,25200),
(196,1174762800,28800),(196,1193511600,25200),(196,1206817200,28800),(196,1224961200,25200),(196,1238266800,28800),(196,1256410800,25200),(196,1288468800,21600),(196,1301169600,25200),
(197,-62135596800,25200),(197,354906000,28800),(197,370713600,25200),(197,386442000,28800),(197,402249600,25200),(197,417978000,28800),(197,433785600,25200),(197,449600400,28800),
(197,465332400,25200),(197,481057200,28800),(197,496782000,25200),(197,512506800,28800),(197,528231600,25200),(197,543956400,28800),(197,559681200,25200),(197,575406000,28800),
(197,591130800,25200),(197,606855600,28800),(197,622580400,25200),(197,638305200,28800),(197,654634800,25200),(197,686088000,21600),(197,695764800,25200),(197,701809200,28800),
(197,717534000,25200),(197,733258800,28800),(197,738086400,25200),(197,748987200,21600),(197,764712000,25200),(197,780436800,21600),(197,796161600,25200),(197,811886400,21600),
(197,828216000,25200),(197,846360000,21600),(197,859665600,25200),(197,877809600,21600),(197,891115200,25200),(197,909259200,21600),(197,922564800,25200),(197,941313600,21600),
(197,954014400,25200),(197,972763200,21600),(197,985464000,25200),(197,1004212800,21600),(197,1017518400,25200),(197,1035662400,21600),(197,1048968000,25200),(197,1067112000,21600),
(197,1080417600,25200),(197,1099166400,21600),(197,1111867200,25200),(197,1130616000,21600),(197,1143316800,25200),(197,1162065600,21600),(197,1174766400,25200),(197,1193515200,21600),
(197,1206820800,25200),(197,1224964800,21600),(197,1238270400,25200),(197,1256414400,21600),(197,1269720000,25200),(197,1288468800,21600),(197,1301169600,25200),(197,1414263600,21600),
(197,1469304000,25200),(198,-62135596800,21600),(198,354909600,25200),(198,370717200,21600),(198,386445600,25200),(198,402253200,21600),(198,417981600,25200),(198,433789200,21600),
(198,449604000,25200),(198,465336000,21600),(198,481060800,25200),(198,496785600,21600),(198,512510400,25200),(198,528235200,21600),(198,543960000,25200),(198,559684800,21600),
(198,575409600,25200),(198,591134400,21600),(198,606859200,25200),(198,622584000,21600),(198,638308800,25200),(198,654638400,21600),(198,686091600,18000),(198,695768400,21600),
(198,701812800,25200),(198,717537600,21600),(198,733262400,25200),(198,748987200,21600),(198,764712000,25200),(198,780436800,21600),(198,796161600,25200),(198,811886400,21600),
(198,828216000,25200),(198,846360000,21600),(198,859665600,25200),(198,877809600,21600),(198,891115200,25200),(198,909259200,21600),(198,922564800,25200),(198,941313600,21600),
(198,954014400,25200),(198,972763200,21600),(198,985464000,25200),(198,1004212800,21600),(198,1017518400,25200),(198,1035662400,21600),(198,1048968000,25200),(198,1067112000,21600),
(198,1080417600,25200),(198,1099166400,21600),(198,1111867200,25200),(198,1130616000,21600),(198,1143316800,25200),(198,1162065600,21600),(198,1174766400,25200),(198,1193515200,21600),
(198,1206820800,25200),(198,1224964800,21600),(198,1238270400,25200),(198,1256414400,21600),(198,1269720000,25200),(198,1288468800,21600),(198,1301169600,25200),(198,1414263600,21600),
(199,-62135596800,18000),(199,354913200,21600),(199,402256800,18000),(199,417985200,21600),(199,433792800,18000),(199,449607600,21600),(199,465339600,18000),(199,481064400,21600),
(199,496789200,18000),(199,512514000,21600),(199,528238800,18000),(199,543963600,21600),(199,559688400,18000),(199,575413200,21600),(199,591138000,18000),(199,622591200,14400),
(199,638316000,18000),(199,654645600,14400),(199,670370400,18000),(199,686095200,14400),(199,695772000,18000),(199,717544800,14400),(199,733269600,18000),(199,748994400,14400),
(199,764719200,18000),(199,780444000,14400),(199,796168800,18000),(199,811893600,14400),(199,828223200,18000),(199,846367200,14400),(199,859672800,18000),(199,877816800,14400),
(199,891122400,18000),(199,909266400,14400),(199,922572000,18000),(199,941320800,14400),(199,954021600,18000),(199,972770400,14400),(199,985471200,18000),(199,1004220000,14400),
(199,1017525600,18000),(199,1035669600,14400),(199,1048975200,18000),(199,1067119200,14400),(199,1080424800,18000),(200,-62135596800,28800),(200,567964800,25200),(201,-62135596800,32400),
(201,1439564400,30600),(201,1525446000,32400),(202,-62135596800,18000),(202,354913200,21600),(202,402256800,18000),(202,417985200,21600),(202,433792800,18000),(202,449607600,21600),
(202,465339600,18000),(202,481064400,21600),(202,496789200,18000),(202,512514000,21600),(202,528238800,18000),(202,543963600,21600),(202,559688400,18000),(202,575413200,21600),
(202,591138000,18000),(202,606862800,21600),(202,622587600,18000),(202,638312400,21600),(202,654642000,18000),(202,686095200,14400),(202,695772000,18000),(202,701816400,21600);
INSERT INTO durable.tz_transitions (rule_id, at_utc, utc_offset) VALUES
(202,717541200,18000),(202,733266000,21600),(202,748990800,18000),(202,764715600,21600),(202,780440400,18000),(202,796165200,21600),(202,811890000,18000),(202,828219600,21600),
(202,846363600,18000),(202,859669200,21600),(202,877813200,18000),(202,891118800,21600),(202,909262800,18000),(202,922568400,21600),(202,941317200,18000),(202,954018000,21600),
(202,972766800,18000),(202,985467600,21600),(202,1004216400,18000),(202,1017522000,21600),(202,1035666000,18000),(202,1048971600,21600),(202,1067115600,18000),(202,1080421200,21600),
(202,1709229600,18000),(203,-62135596800,18000),(203,354913200,21600),(203,402256800,18000),(203,417985200,21600),(203,433792800,18000),(203,449607600,21600),(203,465339600,18000),
(203,481064400,21600),(203,496789200,18000),(203,512514000,21600),(203,528238800,18000),(203,543963600,21600),(203,559688400,18000),(203,575413200,21600),(203,591138000,18000),
(203,606862800,21600),(203,622587600,18000),(203,638312400,21600),(203,654642000,18000),(203,695768400,21600),(203,717541200,18000),(203,733266000,21600),(203,748990800,18000),
(203,764715600,21600),(203,780440400,18000),(203,796165200,21600),(203,811890000,18000),(203,828219600,21600),(203,846363600,18000),(203,859669200,21600),(203,877813200,18000),
(203,891118800,21600),(203,909262800,18000),(203,922568400,21600),(203,941317200,18000),(203,954018000,21600),(203,972766800,18000),(203,985467600,21600),(203,1004216400,18000),
(203,1017522000,21600),(203,1035666000,18000),(203,1048971600,21600),(203,1067115600,18000),(203,1080421200,21600),(203,1545328800,18000),(204,-62135596800,23400),(205,-62135596800,39600),
(205,354891600,43200),(205,370699200,39600),(205,386427600,43200),(205,402235200,39600),(205,417963600,43200),(205,433771200,39600),(205,449586000,43200),(205,465318000,39600),
(205,481042800,43200),(205,496767600,39600),(205,512492400,43200),(205,528217200,39600),(205,543942000,43200),(205,559666800,39600),(205,575391600,43200),(205,591116400,39600),
(205,606841200,43200),(205,622566000,39600),(205,638290800,43200),(205,654620400,39600),(205,686073600,36000),(205,695750400,39600),(205,701794800,43200),(205,717519600,39600),
(205,733244400,43200),(205,748969200,39600),(205,764694000,43200),(205,780418800,39600),(205,796143600,43200),(205,811868400,39600),(205,828198000,43200),(205,846342000,39600),
(205,877795200,36000),(205,891100800,39600),(205,909244800,36000),(205,922550400,39600),(205,941299200,36000),(205,954000000,39600),(205,972748800,36000),(205,985449600,39600),
(205,1004198400,36000),(205,1017504000,39600),(205,1035648000,36000),(205,1048953600,39600),(205,1067097600,36000),(205,1080403200,39600),(205,1099152000,36000),(205,1111852800,39600),
(205,1130601600,36000),(205,1143302400,39600),(205,1162051200,36000),(205,1174752000,39600),(205,1193500800,36000),(205,1206806400,39600),(205,1224950400,36000),(205,1238256000,39600),
(205,1256400000,36000),(205,1269705600,39600),(205,1288454400,36000),(205,1301155200,39600),(205,1414249200,36000),(205,1459008000,39600),(206,-62135596800,18000),(206,354913200,21600),
(206,402256800,18000),(206,417985200,21600),(206,433792800,18000),(206,449607600,21600),(206,465339600,18000),(206,481064400,21600),(206,496789200,18000),(206,512514000,21600),
(206,528238800,18000),(206,543963600,21600),(206,559688400,18000),(206,575413200,21600),(206,591138000,18000),(206,606862800,21600),(206,622587600,18000),(206,638312400,21600),
(206,654642000,18000),(206,670366800,21600),(206,686091600,18000),(207,-62135596800,32400),(207,547578000,36000),(207,560883600,32400),(207,579027600,36000),(207,592333200,32400),
(208,-62135596800,39600),(208,354891600,43200),(208,370699200,39600),(208,386427600,43200),(208,402235200,39600),(208,417963600,43200),(208,433771200,39600),(208,449586000,43200),
(208,465318000,39600),(208,481042800,43200),(208,496767600,39600),(208,512492400,43200),(208,528217200,39600),(208,543942000,43200),(208,559666800,39600),(208,575391600,43200),
(208,591116400,39600),(208,606841200,43200),(208,622566000,39600),(208,638290800,43200),(208,654620400,39600),(208,686073600,36000),(208,695750400,39600),(208,701794800,43200),
(208,717519600,39600),(208,733244400,43200),(208,748969200,39600),(208,764694000,43200),(208,780418800,39600),(208,796143600,43200),(208,811868400,39600),(208,828198000,43200),
(208,846342000,39600),(208,859647600,43200),(208,877791600,39600),(208,891097200,43200),(208,909241200,39600),(208,922546800,43200),(208,941295600,39600),(208,953996400,43200),
(208,972745200,39600),(208,985446000,43200),(208,1004194800,39600),(208,1017500400,43200),(208,1035644400,39600),(208,1048950000,43200),(208,1067094000,39600),(208,1080399600,43200),
(208,1099148400,39600),(208,1111849200,43200),(208,1130598000,39600),(208,1143298800,43200),(208,1162047600,39600),(208,1174748400,43200),(208,1193497200,39600),(208,1206802800,43200),
(208,1224946800,39600),(208,1238252400,43200),(208,1256396400,39600),(208,1269702000,43200),(208,1288450800,39600),(208,1301151600,43200),(208,1414245600,39600),(209,-62135596800,28800),
(209,133977600,32400),(209,149785200,28800),(209,165513600,32400),(209,181321200,28800),(209,299606400,32400),(209,307551600,28800),(210,-62135596800,21600),(210,354909600,25200),
(210,370717200,21600),(210,386445600,25200),(210,402253200,21600),(210,417981600,25200),(210,433789200,21600),(210,449604000,25200),(210,465336000,21600),(210,481060800,25200),
(210,496785600,21600),(210,512510400,25200),(210,528235200,21600),(210,543960000,25200),(210,559684800,21600),(210,575409600,25200),(210,591134400,21600),(210,606859200,25200),
(210,622584000,21600),(210,638308800,25200),(210,654638400,21600),(210,686091600,18000),(211,-62135596800,14400),(211,354916800,18000),(211,370724400,14400),(211,386452800,18000),
(211,402260400,14400),(211,417988800,18000),(211,433796400,14400),(211,449611200,18000),(211,465343200,14400),(211,481068000,18000),(211,496792800,14400),(211,512517600,18000),
(211,528242400,14400),(211,543967200,18000),(211,559692000,14400),(211,575416800,18000),(211,591141600,14400),(211,606866400,18000),(211,622591200,14400),(211,638316000,18000),
(211,654645600,14400),(211,686098800,10800),(211,701816400,14400),(211,717537600,10800),(211,733266000,14400),(211,748987200,10800),(211,764715600,14400),(211,796161600,18000),
(211,811882800,14400),(211,828216000,18000),(211,877806000,14400),(211,891115200,18000),(211,909255600,14400),(211,922564800,18000),(211,941310000,14400),(211,954014400,18000),
(211,972759600,14400),(211,985464000,18000),(211,1004209200,14400),(211,1017518400,18000),(211,1035658800,14400),(211,1048968000,18000),(211,1067108400,14400),(211,1080417600,18000),
(211,1088276400,14400),(211,1099177200,10800),(211,1111878000,14400),(212,-62135596800,12600),(212,227820600,16200),(212,246223800,14400),(212,259617600,18000),(212,271108800,14400),
(212,279576000,12600),(212,296598600,16200),(212,306531000,12600),(212,322432200,16200),(212,338499000,12600),(212,673216200,16200),(212,685481400,12600),(212,701209800,16200),
(212,717103800,12600),(212,732745800,16200),(212,748639800,12600),(212,764281800,16200),(212,780175800,12600),(212,795817800,16200),(212,811711800,12600),(212,827353800,16200),
(212,843247800,12600),(212,858976200,16200),(212,874870200,12600),(212,890512200,16200),(212,906406200,12600),(212,922048200,16200),(212,937942200,12600),(212,953584200,16200),
(212,969478200,12600),(212,985206600,16200),(212,1001100600,12600),(212,1016742600,16200),(212,1032636600,12600),(212,1048278600,16200),(212,1064172600,12600),(212,1079814600,16200),
(212,1095708600,12600),(212,1111437000,16200),(212,1127331000,12600),(212,1206045000,16200),(212,1221939000,12600),(212,1237667400,16200),(212,1253561400,12600),(212,1269203400,16200),
(212,1285097400,12600),(212,1300739400,16200),(212,1316633400,12600),(212,1332275400,16200),(212,1348169400,12600),(212,1363897800,16200),(212,1379791800,12600),(212,1395433800,16200),
(212,1411327800,12600),(212,1426969800,16200),(212,1442863800,12600),(212,1458505800,16200),(212,1474399800,12600),(212,1490128200,16200),(212,1506022200,12600),(212,1521664200,16200),
(212,1537558200,12600),(212,1553200200,16200),(212,1569094200,12600),(212,1584736200,16200),(212,1600630200,12600),(212,1616358600,16200),(212,1632252600,12600),(212,1647894600,16200),
(212,1663788600,12600),(213,-62135596800,19800),(213,560025000,21600),(214,-62135596800,25200),(214,354906000,28800),(214,370713600,25200),(214,386442000,28800),(214,402249600,25200),
(214,417978000,28800),(214,433785600,25200),(214,449600400,28800),(214,465332400,25200),(214,481057200,28800),(214,496782000,25200),(214,512506800,28800),(214,528231600,25200),
(214,543956400,28800),(214,559681200,25200),(214,575406000,28800),(214,591130800,25200),(214,606855600,28800),(214,622580400,25200),(214,638305200,28800),(214,654634800,25200),
(214,686088000,21600),(214,695764800,25200),(214,701809200,28800),(214,717534000,25200),(214,733258800,28800),(214,748983600,25200),(214,764708400,28800),(214,780433200,25200),
(214,796158000,28800),(214,811882800,25200),(214,828212400,28800),(214,846356400,25200),(214,859662000,28800),(214,877806000,25200),(214,891111600,28800),(214,909255600,25200),
(214,922561200,28800),(214,941310000,25200),(214,954010800,28800),(214,972759600,25200),(214,985460400,28800),(214,1004209200,25200),(214,1017514800,28800),(214,1020193200,25200),
(214,1035662400,21600),(214,1048968000,25200),(214,1067112000,21600),(214,1080417600,25200),(214,1099166400,21600),(214,1111867200,25200),(214,1130616000,21600),(214,1143316800,25200),
(214,1162065600,21600),(214,1174766400,25200),(214,1193515200,21600),(214,1206820800,25200),(214,1224964800,21600),(214,1238270400,25200),(214,1256414400,21600),(214,1269720000,25200),
(214,1288468800,21600),(214,1301169600,25200),(214,1414263600,21600),(214,1464465600,25200),(215,-62135596800,32400),(215,354898800,43200),(215,370699200,39600),(215,386427600,43200),
(215,402235200,39600),(215,417963600,43200),(215,433771200,39600),(215,449586000,43200),(215,465318000,39600),(215,481042800,43200),(215,496767600,39600),(215,512492400,43200),
(215,528217200,39600),(215,543942000,43200),(215,559666800,39600),(215,575391600,43200),(215,591116400,39600),(215,606841200,43200),(215,622566000,39600),(215,638290800,43200),
(215,654620400,39600),(215,686073600,36000),(215,695750400,39600),(215,701794800,43200),(215,717519600,39600),(215,733244400,43200),(215,748969200,39600),(215,764694000,43200),
(215,780418800,39600),(215,796143600,43200),(215,811868400,39600),(215,828198000,43200),(215,846342000,39600),(215,859647600,43200),(215,877791600,39600),(215,891097200,43200),
(215,909241200,39600),(215,922546800,43200),(215,941295600,39600),(215,953996400,43200),(215,972745200,39600),(215,985446000,43200),(215,1004194800,39600),(215,1017500400,43200),
(215,1035644400,39600),(215,1048950000,43200),(215,1067094000,39600),(215,1080399600,43200),(215,1099148400,39600),(215,1111849200,43200),(215,1130598000,39600),(215,1143298800,43200),
(215,1162047600,39600),(215,1174748400,43200),(215,1193497200,39600),(215,1206802800,43200),(215,1224946800,39600),(215,1238252400,43200),(215,1256396400,39600),(215,1269702000,43200),
(215,1288450800,39600),(215,1301151600,43200),(215,1315828800,39600),(215,1414249200,36000),(216,-62135596800,36000),(216,354895200,39600),(216,370702800,36000),(216,386431200,39600),
(216,402238800,36000),(216,417967200,39600),(216,433774800,36000),(216,449589600,39600),(216,465321600,36000),(216,481046400,39600),(216,496771200,36000),(216,512496000,39600),
(216,528220800,36000),(216,543945600,39600),(216,559670400,36000),(216,575395200,39600),(216,591120000,36000),(216,606844800,39600),(216,622569600,36000),(216,638294400,39600),
(216,654624000,36000),(216,686077200,32400),(216,695754000,36000),(216,701798400,39600),(216,717523200,36000),(216,733248000,39600),(216,748972800,36000),(216,764697600,39600),
(216,780422400,36000),(216,796147200,39600),(216,811872000,36000),(216,828201600,39600),(216,846345600,36000),(216,859651200,39600),(216,877795200,36000),(216,891100800,39600),
(216,909244800,36000),(216,922550400,39600),(216,941299200,36000),(216,954000000,39600),(216,972748800,36000),(216,985449600,39600),(216,1004198400,36000),(216,1017504000,39600),
(216,1035648000,36000),(216,1048953600,39600),(216,1067097600,36000),(216,1080403200,39600),(216,1099152000,36000),(216,1111852800,39600),(216,1130601600,36000),(216,1143302400,39600),
(216,1162051200,36000),(216,1174752000,39600),(216,1193500800,36000),(216,1206806400,39600),(216,1224950400,36000),(216,1238256000,39600),(216,1256400000,36000),(216,1269705600,39600),
(216,1288454400,36000),(216,1301155200,39600),(216,1414249200,36000),(217,-62135596800,32400),(217,354898800,36000),(217,370706400,32400),(217,386434800,36000),(217,402242400,32400),
(217,417970800,36000),(217,433778400,32400),(217,449593200,36000),(217,465325200,32400),(217,481050000,36000),(217,496774800,32400),(217,512499600,36000),(217,528224400,32400),
(217,543949200,36000),(217,559674000,32400),(217,575398800,36000),(217,591123600,32400),(217,606848400,36000),(217,622573200,32400),(217,638298000,36000),(217,654627600,32400),
(217,686080800,28800),(217,695757600,32400),(217,701802000,36000),(217,717526800,32400),(217,733251600,36000),(217,748976400,32400),(217,764701200,36000),(217,780426000,32400),
(217,796150800,36000),(217,811875600,32400),(217,828205200,36000),(217,846349200,32400),(217,859654800,36000),(217,877798800,32400),(217,891104400,36000),(217,909248400,32400),
(217,922554000,36000),(217,941302800,32400),(217,954003600,36000),(217,972752400,32400),(217,985453200,36000),(217,1004202000,32400),(217,1017507600,36000),(217,1035651600,32400),
(217,1048957200,36000),(217,1067101200,32400),(217,1080406800,36000),(217,1099155600,32400),(217,1111856400,36000),(217,1130605200,32400),(217,1143306000,36000),(217,1162054800,32400),
(217,1174755600,36000),(217,1193504400,32400),(217,1206810000,36000),(217,1224954000,32400),(217,1238259600,36000),(217,1256403600,32400),(217,1269709200,36000),(217,1288458000,32400),
(217,1301158800,36000),(217,1414252800,32400),(218,-62135596800,18000),(218,354913200,21600),(218,370720800,18000),(218,386449200,21600),(218,402256800,18000),(218,417985200,21600),
(218,433792800,18000),(218,449607600,21600),(218,465339600,18000),(218,481064400,21600),(218,496789200,18000),(218,512514000,21600),(218,528238800,18000),(218,543963600,21600),
(218,559688400,18000),(218,575413200,21600),(218,591138000,18000),(218,606862800,21600),(218,622587600,18000),(218,638312400,21600),(218,654642000,18000),(218,686095200,14400),
(218,695772000,18000),(218,701816400,21600),(218,717541200,18000),(218,733266000,21600),(218,748990800,18000),(218,764715600,21600),(218,780440400,18000),(218,796165200,21600),
(218,811890000,18000),(218,828219600,21600),(218,846363600,18000),(218,859669200,21600),(218,877813200,18000),(218,891118800,21600),(218,909262800,18000),(218,922568400,21600),
(218,941317200,18000),(218,954018000,21600),(218,972766800,18000),(218,985467600,21600),(218,1004216400,18000),(218,1017522000,21600),(218,1035666000,18000),(218,1048971600,21600),
(218,1067115600,18000),(218,1080421200,21600),(218,1099170000,18000),(218,1111870800,21600),(218,1130619600,18000),(218,1143320400,21600),(218,1162069200,18000),(218,1174770000,21600),
(218,1193518800,18000),(218,1206824400,21600),(218,1224968400,18000),(218,1238274000,21600),(218,1256418000,18000),(218,1269723600,21600),(218,1288472400,18000),(218,1301173200,21600),
(218,1414267200,18000),(219,-62135596800,14400),(219,354916800,18000),(219,370724400,14400),(219,386452800,18000),(219,402260400,14400),(219,417988800,18000),(219,433796400,14400),
(219,449611200,18000),(219,465343200,14400),(219,481068000,18000),(219,496792800,14400),(219,512517600,18000),(219,528242400,14400),(219,543967200,18000),(219,559692000,14400),
(219,575416800,18000),(219,591141600,14400),(219,606866400,18000),(219,622591200,14400),(219,638316000,18000),(219,654645600,14400),(219,686098800,10800),(219,701823600,14400),
(219,717548400,10800),(219,733273200,14400),(219,748998000,10800),(219,764722800,14400),(219,780447600,10800),(219,796172400,14400),(219,859672800,18000),(219,877816800,14400),
(219,891122400,18000),(219,909266400,14400),(219,922572000,18000),(219,941320800,14400),(219,954021600,18000),(219,972770400,14400),(219,985471200,18000),(219,1004220000,14400),
(219,1017525600,18000),(219,1035669600,14400),(219,1048975200,18000),(219,1067119200,14400),(219,1080424800,18000),(219,1099173600,14400),(219,1111874400,18000),(219,1130623200,14400),
(219,1143324000,18000),(219,1162072800,14400),(219,1174773600,18000),(219,1193522400,14400),(219,1206828000,18000),(219,1224972000,14400),(219,1238277600,18000),(219,1256421600,14400),
(219,1269727200,18000),(219,1288476000,14400),(219,1301176800,18000),(219,1319925600,14400),(220,-62135596800,-3600),(220,386125200,0),(220,401850000,-3600),(220,417574800,0),
(220,433299600,-3600),(220,449024400,0),(220,465354000,-3600),(220,481078800,0),(220,496803600,-3600),(220,512528400,0),(220,528253200,-3600),(220,543978000,0),
(220,559702800,-3600),(220,575427600,0),(220,591152400,-3600),(220,606877200,0),(220,622602000,-3600),(220,638326800,0),(220,654656400,-3600),(220,670381200,0),
(220,686106000,-3600),(220,701830800,0),(220,717555600,-3600),(220,725421600,0),(220,733280400,3600),(220,740278800,0),(220,749005200,-3600),(220,764730000,0),
(220,780454800,-3600),(220,796179600,0),(220,811904400,-3600),(220,828234000,0),(220,846378000,-3600),(220,859683600,0),(220,877827600,-3600),(220,891133200,0),
(220,909277200,-3600),(220,922582800,0),(220,941331600,-3600),(220,954032400,0),(220,972781200,-3600),(220,985482000,0),(220,1004230800,-3600),(220,1017536400,0),
(220,1035680400,-3600),(220,1048986000,0),(220,1067130000,-3600),(220,1080435600,0),(220,1099184400,-3600),(220,1111885200,0),(220,1130634000,-3600),(220,1143334800,0),
(220,1162083600,-3600),(220,1174784400,0),(220,1193533200,-3600),(220,1206838800,0),(220,1224982800,-3600),(220,1238288400,0),(220,1256432400,-3600),(220,1269738000,0),
(220,1288486800,-3600),(220,1301187600,0),(220,1319936400,-3600),(220,1332637200,0),(220,1351386000,-3600),(220,1364691600,0),(220,1382835600,-3600),(220,1396141200,0),
(220,1414285200,-3600),(220,1427590800,0),(220,1445734800,-3600),(220,1459040400,0),(220,1477789200,-3600),(220,1490490000,0),(220,1509238800,-3600),(220,1521939600,0),
(220,1540688400,-3600),(220,1553994000,0),(220,1572138000,-3600),(220,1585443600,0),(220,1603587600,-3600),(220,1616893200,0),(220,1635642000,-3600),(220,1648342800,0),
(220,1667091600,-3600),(220,1679792400,0),(220,1698541200,-3600),(220,1711846800,0),(220,1729990800,-3600),(220,1743296400,0),(220,1761440400,-3600),(220,1774746000,0),
(220,1792890000,-3600),(220,1806195600,0),(220,1824944400,-3600),(220,1837645200,0),(220,1856394000,-3600),(220,1869094800,0),(220,1887843600,-3600),(220,1901149200,0),
(220,1919293200,-3600),(220,1932598800,0),(220,1950742800,-3600),(220,1964048400,0),(220,1982797200,-3600),(220,1995498000,0),(220,2014246800,-3600),(220,2026947600,0),
(220,2045696400,-3600),(220,2058397200,0),(220,2077146000,-3600),(220,2090451600,0),(220,2108595600,-3600),(220,2121901200,0),(220,2140045200,-3600),(220,2153350800,0),
(220,2172099600,-3600),(220,2184800400,0),(220,2203549200,-3600),(220,2216250000,0),(220,2234998800,-3600),(220,2248304400,0),(220,2266448400,-3600),(220,2279754000,0),
(220,2297898000,-3600),(220,2311203600,0),(220,2329347600,-3600),(220,2342653200,0),(220,2361402000,-3600),(220,2374102800,0),(220,2392851600,-3600),(220,2405552400,0),
(220,2424301200,-3600),(220,2437606800,0),(220,2455750800,-3600),(220,2469056400,0),(220,2487200400,-3600),(220,2500506000,0),(220,2519254800,-3600),(220,2531955600,0),
(220,2550704400,-3600),(220,2563405200,0),(220,2582154000,-3600),(220,2595459600,0),(220,2613603600,-3600),(220,2626909200,0),(220,2645053200,-3600),(220,2658358800,0),
(220,2676502800,-3600),(220,2689808400,0),(220,2708557200,-3600),(220,2721258000,0),(220,2740006800,-3600),(220,2752707600,0),(220,2771456400,-3600),(220,2784762000,0),
(220,2802906000,-3600),(220,2816211600,0),(220,2834355600,-3600),(220,2847661200,0),(220,2866410000,-3600),(220,2879110800,0),(220,2897859600,-3600),(220,2910560400,0),
(220,2929309200,-3600),(220,2942010000,0),(220,2960758800,-3600),(220,2974064400,0),(220,2992208400,-3600),(220,3005514000,0),(220,3023658000,-3600),(220,3036963600,0),
(220,3055712400,-3600),(220,3068413200,0),(220,3087162000,-3600),(220,3099862800,0),(220,3118611600,-3600),(220,3131917200,0),(220,3150061200,-3600),(220,3163366800,0),
(220,3181510800,-3600),(220,3194816400,0),(220,3212960400,-3600),(220,3226266000,0),(220,3245014800,-3600),(220,3257715600,0),(220,3276464400,-3600),(220,3289165200,0),
(220,3307914000,-3600),(220,3321219600,0),(220,3339363600,-3600),(220,3352669200,0),(220,3370813200,-3600),(220,3384118800,0),(220,3402867600,-3600),(220,3415568400,0),
(220,3434317200,-3600),(220,3447018000,0),(220,3465766800,-3600),(220,3479072400,0),(220,3497216400,-3600),(220,3510522000,0),(220,3528666000,-3600),(220,3541971600,0),
(220,3560115600,-3600),(220,3573421200,0),(220,3592170000,-3600),(220,3604870800,0),(220,3623619600,-3600),(220,3636320400,0),(220,3655069200,-3600),(220,3668374800,0),
(220,3686518800,-3600),(220,3699824400,0),(220,3717968400,-3600),(220,3731274000,0),(220,3750022800,-3600),(220,3762723600,0),(220,3781472400,-3600),(220,3794173200,0),
(220,3812922000,-3600),(220,3825622800,0),(220,3844371600,-3600),(220,3857677200,0),(220,3875821200,-3600),(220,3889126800,0),(220,3907270800,-3600),(220,3920576400,0),
(220,3939325200,-3600),(220,3952026000,0),(220,3970774800,-3600),(220,3983475600,0),(220,4002224400,-3600),(220,4015530000,0),(220,4033674000,-3600),(220,4046979600,0),
(220,4065123600,-3600),(220,4078429200,0),(220,4096573200,-3600),(220,4109878800,0),(220,4128627600,-3600),(221,-62135596800,-14400),(221,136360800,-10800),(221,152082000,-14400),
(221,167810400,-10800),(221,183531600,-14400),(221,199260000,-10800),(221,215586000,-14400),(221,230709600,-10800),(221,247035600,-14400),(221,262764000,-10800),(221,278485200,-14400);
INSERT INTO durable.tz_transitions (rule_id, at_utc, utc_offset) VALUES
(221,294213600,-10800),(221,309934800,-14400),(221,325663200,-10800),(221,341384400,-14400),(221,357112800,-10800),(221,372834000,-14400),(221,388562400,-10800),(221,404888400,-14400),
(221,420012000,-10800),(221,436338000,-14400),(221,452066400,-10800),(221,467787600,-14400),(221,483516000,-10800),(221,499237200,-14400),(221,514965600,-10800),(221,530686800,-14400),
(221,544600800,-10800),(221,562136400,-14400),(221,576050400,-10800),(221,594190800,-14400),(221,607500000,-10800),(221,625640400,-14400),(221,638949600,-10800),(221,657090000,-14400),
(221,671004000,-10800),(221,688539600,-14400),(221,702453600,-10800),(221,719989200,-14400),(221,733903200,-10800),(221,752043600,-14400),(221,765352800,-10800),(221,783493200,-14400),
(221,796802400,-10800),(221,814942800,-14400),(221,828856800,-10800),(221,846392400,-14400),(221,860306400,-10800),(221,877842000,-14400),(221,891756000,-10800),(221,909291600,-14400),
(221,923205600,-10800),(221,941346000,-14400),(221,954655200,-10800),(221,972795600,-14400),(221,986104800,-10800),(221,1004245200,-14400),(221,1018159200,-10800),(221,1035694800,-14400),
(221,1049608800,-10800),(221,1067144400,-14400),(221,1081058400,-10800),(221,1099198800,-14400),(221,1112508000,-10800),(221,1130648400,-14400),(221,1143957600,-10800),(221,1162098000,-14400),
(221,1173592800,-10800),(221,1194152400,-14400),(221,1205042400,-10800),(221,1225602000,-14400),(221,1236492000,-10800),(221,1257051600,-14400),(221,1268546400,-10800),(221,1289106000,-14400),
(221,1299996000,-10800),(221,1320555600,-14400),(221,1331445600,-10800),(221,1352005200,-14400),(221,1362895200,-10800),(221,1383454800,-14400),(221,1394344800,-10800),(221,1414904400,-14400),
(221,1425794400,-10800),(221,1446354000,-14400),(221,1457848800,-10800),(221,1478408400,-14400),(221,1489298400,-10800),(221,1509858000,-14400),(221,1520748000,-10800),(221,1541307600,-14400),
(221,1552197600,-10800),(221,1572757200,-14400),(221,1583647200,-10800),(221,1604206800,-14400),(221,1615701600,-10800),(221,1636261200,-14400),(221,1647151200,-10800),(221,1667710800,-14400),
(221,1678600800,-10800),(221,1699160400,-14400),(221,1710050400,-10800),(221,1730610000,-14400),(221,1741500000,-10800),(221,1762059600,-14400),(221,1772949600,-10800),(221,1793509200,-14400),
(221,1805004000,-10800),(221,1825563600,-14400),(221,1836453600,-10800),(221,1857013200,-14400),(221,1867903200,-10800),(221,1888462800,-14400),(221,1899352800,-10800),(221,1919912400,-14400),
(221,1930802400,-10800),(221,1951362000,-14400),(221,1962856800,-10800),(221,1983416400,-14400),(221,1994306400,-10800),(221,2014866000,-14400),(221,2025756000,-10800),(221,2046315600,-14400),
(221,2057205600,-10800),(221,2077765200,-14400),(221,2088655200,-10800),(221,2109214800,-14400),(221,2120104800,-10800),(221,2140664400,-14400),(221,2152159200,-10800),(221,2172718800,-14400),
(221,2183608800,-10800),(221,2204168400,-14400),(221,2215058400,-10800),(221,2235618000,-14400),(221,2246508000,-10800),(221,2267067600,-14400),(221,2277957600,-10800),(221,2298517200,-14400),
(221,2309407200,-10800),(221,2329966800,-14400),(221,2341461600,-10800),(221,2362021200,-14400),(221,2372911200,-10800),(221,2393470800,-14400),(221,2404360800,-10800),(221,2424920400,-14400),
(221,2435810400,-10800),(221,2456370000,-14400),(221,2467260000,-10800),(221,2487819600,-14400),(221,2499314400,-10800),(221,2519874000,-14400),(221,2530764000,-10800),(221,2551323600,-14400),
(221,2562213600,-10800),(221,2582773200,-14400),(221,2593663200,-10800),(221,2614222800,-14400),(221,2625112800,-10800),(221,2645672400,-14400),(221,2656562400,-10800),(221,2677122000,-14400),
(221,2688616800,-10800),(221,2709176400,-14400),(221,2720066400,-10800),(221,2740626000,-14400),(221,2751516000,-10800),(221,2772075600,-14400),(221,2782965600,-10800),(221,2803525200,-14400),
(221,2814415200,-10800),(221,2834974800,-14400),(221,2846469600,-10800),(221,2867029200,-14400),(221,2877919200,-10800),(221,2898478800,-14400),(221,2909368800,-10800),(221,2929928400,-14400),
(221,2940818400,-10800),(221,2961378000,-14400),(221,2972268000,-10800),(221,2992827600,-14400),(221,3003717600,-10800),(221,3024277200,-14400),(221,3035772000,-10800),(221,3056331600,-14400),
(221,3067221600,-10800),(221,3087781200,-14400),(221,3098671200,-10800),(221,3119230800,-14400),(221,3130120800,-10800),(221,3150680400,-14400),(221,3161570400,-10800),(221,3182130000,-14400),
(221,3193020000,-10800),(221,3213579600,-14400),(221,3225074400,-10800),(221,3245634000,-14400),(221,3256524000,-10800),(221,3277083600,-14400),(221,3287973600,-10800),(221,3308533200,-14400),
(221,3319423200,-10800),(221,3339982800,-14400),(221,3350872800,-10800),(221,3371432400,-14400),(221,3382927200,-10800),(221,3403486800,-14400),(221,3414376800,-10800),(221,3434936400,-14400),
(221,3445826400,-10800),(221,3466386000,-14400),(221,3477276000,-10800),(221,3497835600,-14400),(221,3508725600,-10800),(221,3529285200,-14400),(221,3540175200,-10800),(221,3560734800,-14400),
(221,3572229600,-10800),(221,3592789200,-14400),(221,3603679200,-10800),(221,3624238800,-14400),(221,3635128800,-10800),(221,3655688400,-14400),(221,3666578400,-10800),(221,3687138000,-14400),
(221,3698028000,-10800),(221,3718587600,-14400),(221,3730082400,-10800),(221,3750642000,-14400),(221,3761532000,-10800),(221,3782091600,-14400),(221,3792981600,-10800),(221,3813541200,-14400),
(221,3824431200,-10800),(221,3844990800,-14400),(221,3855880800,-10800),(221,3876440400,-14400),(221,3887330400,-10800),(221,3907890000,-14400),(221,3919384800,-10800),(221,3939944400,-14400),
(221,3950834400,-10800),(221,3971394000,-14400),(221,3982284000,-10800),(221,4002843600,-14400),(221,4013733600,-10800),(221,4034293200,-14400),(221,4045183200,-10800),(221,4065742800,-14400),
(221,4076632800,-10800),(221,4097192400,-14400),(221,4108687200,-10800),(221,4129246800,-14400),(222,-62135596800,0),(222,323827200,3600),(222,338950800,0),(222,354675600,3600),
(222,370400400,0),(222,386125200,3600),(222,401850000,0),(222,417574800,3600),(222,433299600,0),(222,449024400,3600),(222,465354000,0),(222,481078800,3600),
(222,496803600,0),(222,512528400,3600),(222,528253200,0),(222,543978000,3600),(222,559702800,0),(222,575427600,3600),(222,591152400,0),(222,606877200,3600),
(222,622602000,0),(222,638326800,3600),(222,654656400,0),(222,670381200,3600),(222,686106000,0),(222,701830800,3600),(222,717555600,0),(222,733280400,3600),
(222,749005200,0),(222,764730000,3600),(222,780454800,0),(222,796179600,3600),(222,811904400,0),(222,828234000,3600),(222,846378000,0),(222,859683600,3600),
(222,877827600,0),(222,891133200,3600),(222,909277200,0),(222,922582800,3600),(222,941331600,0),(222,954032400,3600),(222,972781200,0),(222,985482000,3600),
(222,1004230800,0),(222,1017536400,3600),(222,1035680400,0),(222,1048986000,3600),(222,1067130000,0),(222,1080435600,3600),(222,1099184400,0),(222,1111885200,3600),
(222,1130634000,0),(222,1143334800,3600),(222,1162083600,0),(222,1174784400,3600),(222,1193533200,0),(222,1206838800,3600),(222,1224982800,0),(222,1238288400,3600),
(222,1256432400,0),(222,1269738000,3600),(222,1288486800,0),(222,1301187600,3600),(222,1319936400,0),(222,1332637200,3600),(222,1351386000,0),(222,1364691600,3600),
(222,1382835600,0),(222,1396141200,3600),(222,1414285200,0),(222,1427590800,3600),(222,1445734800,0),(222,1459040400,3600),(222,1477789200,0),(222,1490490000,3600),
(222,1509238800,0),(222,1521939600,3600),(222,1540688400,0),(222,1553994000,3600),(222,1572138000,0),(222,1585443600,3600),(222,1603587600,0),(222,1616893200,3600),
(222,1635642000,0),(222,1648342800,3600),(222,1667091600,0),(222,1679792400,3600),(222,1698541200,0),(222,1711846800,3600),(222,1729990800,0),(222,1743296400,3600),
(222,1761440400,0),(222,1774746000,3600),(222,1792890000,0),(222,1806195600,3600),(222,1824944400,0),(222,1837645200,3600),(222,1856394000,0),(222,1869094800,3600),
(222,1887843600,0),(222,1901149200,3600),(222,1919293200,0),(222,1932598800,3600),(222,1950742800,0),(222,1964048400,3600),(222,1982797200,0),(222,1995498000,3600),
(222,2014246800,0),(222,2026947600,3600),(222,2045696400,0),(222,2058397200,3600),(222,2077146000,0),(222,2090451600,3600),(222,2108595600,0),(222,2121901200,3600),
(222,2140045200,0),(222,2153350800,3600),(222,2172099600,0),(222,2184800400,3600),(222,2203549200,0),(222,2216250000,3600),(222,2234998800,0),(222,2248304400,3600),
(222,2266448400,0),(222,2279754000,3600),(222,2297898000,0),(222,2311203600,3600),(222,2329347600,0),(222,2342653200,3600),(222,2361402000,0),(222,2374102800,3600),
(222,2392851600,0),(222,2405552400,3600),(222,2424301200,0),(222,2437606800,3600),(222,2455750800,0),(222,2469056400,3600),(222,2487200400,0),(222,2500506000,3600),
(222,2519254800,0),(222,2531955600,3600),(222,2550704400,0),(222,2563405200,3600),(222,2582154000,0),(222,2595459600,3600),(222,2613603600,0),(222,2626909200,3600),
(222,2645053200,0),(222,2658358800,3600),(222,2676502800,0),(222,2689808400,3600),(222,2708557200,0),(222,2721258000,3600),(222,2740006800,0),(222,2752707600,3600),
(222,2771456400,0),(222,2784762000,3600),(222,2802906000,0),(222,2816211600,3600),(222,2834355600,0),(222,2847661200,3600),(222,2866410000,0),(222,2879110800,3600),
(222,2897859600,0),(222,2910560400,3600),(222,2929309200,0),(222,2942010000,3600),(222,2960758800,0),(222,2974064400,3600),(222,2992208400,0),(222,3005514000,3600),
(222,3023658000,0),(222,3036963600,3600),(222,3055712400,0),(222,3068413200,3600),(222,3087162000,0),(222,3099862800,3600),(222,3118611600,0),(222,3131917200,3600),
(222,3150061200,0),(222,3163366800,3600),(222,3181510800,0),(222,3194816400,3600),(222,3212960400,0),(222,3226266000,3600),(222,3245014800,0),(222,3257715600,3600),
(222,3276464400,0),(222,3289165200,3600),(222,3307914000,0),(222,3321219600,3600),(222,3339363600,0),(222,3352669200,3600),(222,3370813200,0),(222,3384118800,3600),
(222,3402867600,0),(222,3415568400,3600),(222,3434317200,0),(222,3447018000,3600),(222,3465766800,0),(222,3479072400,3600),(222,3497216400,0),(222,3510522000,3600),
(222,3528666000,0),(222,3541971600,3600),(222,3560115600,0),(222,3573421200,3600),(222,3592170000,0),(222,3604870800,3600),(222,3623619600,0),(222,3636320400,3600),
(222,3655069200,0),(222,3668374800,3600),(222,3686518800,0),(222,3699824400,3600),(222,3717968400,0),(222,3731274000,3600),(222,3750022800,0),(222,3762723600,3600),
(222,3781472400,0),(222,3794173200,3600),(222,3812922000,0),(222,3825622800,3600),(222,3844371600,0),(222,3857677200,3600),(222,3875821200,0),(222,3889126800,3600),
(222,3907270800,0),(222,3920576400,3600),(222,3939325200,0),(222,3952026000,3600),(222,3970774800,0),(222,3983475600,3600),(222,4002224400,0),(222,4015530000,3600),
(222,4033674000,0),(222,4046979600,3600),(222,4065123600,0),(222,4078429200,3600),(222,4096573200,0),(222,4109878800,3600),(222,4128627600,0),(223,-62135596800,-7200),
(223,186120000,-3600),(224,-62135596800,0),(224,354675600,3600),(224,370400400,0),(224,386125200,3600),(224,401850000,0),(224,417574800,3600),(224,433299600,0),
(224,449024400,3600),(224,465354000,0),(224,481078800,3600),(224,496803600,0),(224,512528400,3600),(224,528253200,0),(224,543978000,3600),(224,559702800,0),
(224,575427600,3600),(224,591152400,0),(224,606877200,3600),(224,622602000,0),(224,638326800,3600),(224,654656400,0),(224,670381200,3600),(224,686106000,0),
(224,701830800,3600),(224,717555600,0),(224,733280400,3600),(224,749005200,0),(224,764730000,3600),(224,780454800,0),(224,796179600,3600),(224,811904400,0),
(224,828234000,3600),(224,846378000,0),(224,859683600,3600),(224,877827600,0),(224,891133200,3600),(224,909277200,0),(224,922582800,3600),(224,941331600,0),
(224,954032400,3600),(224,972781200,0),(224,985482000,3600),(224,1004230800,0),(224,1017536400,3600),(224,1035680400,0),(224,1048986000,3600),(224,1067130000,0),
(224,1080435600,3600),(224,1099184400,0),(224,1111885200,3600),(224,1130634000,0),(224,1143334800,3600),(224,1162083600,0),(224,1174784400,3600),(224,1193533200,0),
(224,1206838800,3600),(224,1224982800,0),(224,1238288400,3600),(224,1256432400,0),(224,1269738000,3600),(224,1288486800,0),(224,1301187600,3600),(224,1319936400,0),
(224,1332637200,3600),(224,1351386000,0),(224,1364691600,3600),(224,1382835600,0),(224,1396141200,3600),(224,1414285200,0),(224,1427590800,3600),(224,1445734800,0),
(224,1459040400,3600),(224,1477789200,0),(224,1490490000,3600),(224,1509238800,0),(224,1521939600,3600),(224,1540688400,0),(224,1553994000,3600),(224,1572138000,0),
(224,1585443600,3600),(224,1603587600,0),(224,1616893200,3600),(224,1635642000,0),(224,1648342800,3600),(224,1667091600,0),(224,1679792400,3600),(224,1698541200,0),
(224,1711846800,3600),(224,1729990800,0),(224,1743296400,3600),(224,1761440400,0),(224,1774746000,3600),(224,1792890000,0),(224,1806195600,3600),(224,1824944400,0),
(224,1837645200,3600),(224,1856394000,0),(224,1869094800,3600),(224,1887843600,0),(224,1901149200,3600),(224,1919293200,0),(224,1932598800,3600),(224,1950742800,0),
(224,1964048400,3600),(224,1982797200,0),(224,1995498000,3600),(224,2014246800,0),(224,2026947600,3600),(224,2045696400,0),(224,2058397200,3600),(224,2077146000,0),
(224,2090451600,3600),(224,2108595600,0),(224,2121901200,3600),(224,2140045200,0),(224,2153350800,3600),(224,2172099600,0),(224,2184800400,3600),(224,2203549200,0),
(224,2216250000,3600),(224,2234998800,0),(224,2248304400,3600),(224,2266448400,0),(224,2279754000,3600),(224,2297898000,0),(224,2311203600,3600),(224,2329347600,0),
(224,2342653200,3600),(224,2361402000,0),(224,2374102800,3600),(224,2392851600,0),(224,2405552400,3600),(224,2424301200,0),(224,2437606800,3600),(224,2455750800,0),
(224,2469056400,3600),(224,2487200400,0),(224,2500506000,3600),(224,2519254800,0),(224,2531955600,3600),(224,2550704400,0),(224,2563405200,3600),(224,2582154000,0),
(224,2595459600,3600),(224,2613603600,0),(224,2626909200,3600),(224,2645053200,0),(224,2658358800,3600),(224,2676502800,0),(224,2689808400,3600),(224,2708557200,0),
(224,2721258000,3600),(224,2740006800,0),(224,2752707600,3600),(224,2771456400,0),(224,2784762000,3600),(224,2802906000,0),(224,2816211600,3600),(224,2834355600,0),
(224,2847661200,3600),(224,2866410000,0),(224,2879110800,3600),(224,2897859600,0),(224,2910560400,3600),(224,2929309200,0),(224,2942010000,3600),(224,2960758800,0),
(224,2974064400,3600),(224,2992208400,0),(224,3005514000,3600),(224,3023658000,0),(224,3036963600,3600),(224,3055712400,0),(224,3068413200,3600),(224,3087162000,0),
(224,3099862800,3600),(224,3118611600,0),(224,3131917200,3600),(224,3150061200,0),(224,3163366800,3600),(224,3181510800,0),(224,3194816400,3600),(224,3212960400,0),
(224,3226266000,3600),(224,3245014800,0),(224,3257715600,3600),(224,3276464400,0),(224,3289165200,3600),(224,3307914000,0),(224,3321219600,3600),(224,3339363600,0),
(224,3352669200,3600),(224,3370813200,0),(224,3384118800,3600),(224,3402867600,0),(224,3415568400,3600),(224,3434317200,0),(224,3447018000,3600),(224,3465766800,0),
(224,3479072400,3600),(224,3497216400,0),(224,3510522000,3600),(224,3528666000,0),(224,3541971600,3600),(224,3560115600,0),(224,3573421200,3600),(224,3592170000,0),
(224,3604870800,3600),(224,3623619600,0),(224,3636320400,3600),(224,3655069200,0),(224,3668374800,3600),(224,3686518800,0),(224,3699824400,3600),(224,3717968400,0),
(224,3731274000,3600),(224,3750022800,0),(224,3762723600,3600),(224,3781472400,0),(224,3794173200,3600),(224,3812922000,0),(224,3825622800,3600),(224,3844371600,0),
(224,3857677200,3600),(224,3875821200,0),(224,3889126800,3600),(224,3907270800,0),(224,3920576400,3600),(224,3939325200,0),(224,3952026000,3600),(224,3970774800,0),
(224,3983475600,3600),(224,4002224400,0),(224,4015530000,3600),(224,4033674000,0),(224,4046979600,3600),(224,4065123600,0),(224,4078429200,3600),(224,4096573200,0),
(224,4109878800,3600),(224,4128627600,0),(225,-62135596800,0),(225,386726400,3600),(225,401846400,0),(225,417571200,3600),(225,433296000,0),(225,449020800,3600),
(225,465350400,0),(225,481075200,3600),(225,496800000,0),(225,512524800,3600),(225,528253200,0),(225,543978000,3600),(225,559702800,0),(225,575427600,3600),
(225,591152400,0),(225,606877200,3600),(225,622602000,0),(225,638326800,3600),(225,654656400,0),(225,670381200,3600),(225,686106000,0),(225,701830800,3600),
(225,717555600,0),(225,733280400,3600),(225,749005200,0),(225,764730000,3600),(225,780454800,0),(225,796179600,3600),(225,811904400,0),(225,828234000,3600),
(225,846378000,0),(225,859683600,3600),(225,877827600,0),(225,891133200,3600),(225,909277200,0),(225,922582800,3600),(225,941331600,0),(225,954032400,3600),
(225,972781200,0),(225,985482000,3600),(225,1004230800,0),(225,1017536400,3600),(225,1035680400,0),(225,1048986000,3600),(225,1067130000,0),(225,1080435600,3600),
(225,1099184400,0),(225,1111885200,3600),(225,1130634000,0),(225,1143334800,3600),(225,1162083600,0),(225,1174784400,3600),(225,1193533200,0),(225,1206838800,3600),
(225,1224982800,0),(225,1238288400,3600),(225,1256432400,0),(225,1269738000,3600),(225,1288486800,0),(225,1301187600,3600),(225,1319936400,0),(225,1332637200,3600),
(225,1351386000,0),(225,1364691600,3600),(225,1382835600,0),(225,1396141200,3600),(225,1414285200,0),(225,1427590800,3600),(225,1445734800,0),(225,1459040400,3600),
(225,1477789200,0),(225,1490490000,3600),(225,1509238800,0),(225,1521939600,3600),(225,1540688400,0),(225,1553994000,3600),(225,1572138000,0),(225,1585443600,3600),
(225,1603587600,0),(225,1616893200,3600),(225,1635642000,0),(225,1648342800,3600),(225,1667091600,0),(225,1679792400,3600),(225,1698541200,0),(225,1711846800,3600),
(225,1729990800,0),(225,1743296400,3600),(225,1761440400,0),(225,1774746000,3600),(225,1792890000,0),(225,1806195600,3600),(225,1824944400,0),(225,1837645200,3600),
(225,1856394000,0),(225,1869094800,3600),(225,1887843600,0),(225,1901149200,3600),(225,1919293200,0),(225,1932598800,3600),(225,1950742800,0),(225,1964048400,3600),
(225,1982797200,0),(225,1995498000,3600),(225,2014246800,0),(225,2026947600,3600),(225,2045696400,0),(225,2058397200,3600),(225,2077146000,0),(225,2090451600,3600),
(225,2108595600,0),(225,2121901200,3600),(225,2140045200,0),(225,2153350800,3600),(225,2172099600,0),(225,2184800400,3600),(225,2203549200,0),(225,2216250000,3600),
(225,2234998800,0),(225,2248304400,3600),(225,2266448400,0),(225,2279754000,3600),(225,2297898000,0),(225,2311203600,3600),(225,2329347600,0),(225,2342653200,3600),
(225,2361402000,0),(225,2374102800,3600),(225,2392851600,0),(225,2405552400,3600),(225,2424301200,0),(225,2437606800,3600),(225,2455750800,0),(225,2469056400,3600),
(225,2487200400,0),(225,2500506000,3600),(225,2519254800,0),(225,2531955600,3600),(225,2550704400,0),(225,2563405200,3600),(225,2582154000,0),(225,2595459600,3600),
(225,2613603600,0),(225,2626909200,3600),(225,2645053200,0),(225,2658358800,3600),(225,2676502800,0),(225,2689808400,3600),(225,2708557200,0),(225,2721258000,3600),
(225,2740006800,0),(225,2752707600,3600),(225,2771456400,0),(225,2784762000,3600),(225,2802906000,0),(225,2816211600,3600),(225,2834355600,0),(225,2847661200,3600),
(225,2866410000,0),(225,2879110800,3600),(225,2897859600,0),(225,2910560400,3600),(225,2929309200,0),(225,2942010000,3600),(225,2960758800,0),(225,2974064400,3600),
(225,2992208400,0),(225,3005514000,3600),(225,3023658000,0),(225,3036963600,3600),(225,3055712400,0),(225,3068413200,3600),(225,3087162000,0),(225,3099862800,3600),
(225,3118611600,0),(225,3131917200,3600),(225,3150061200,0),(225,3163366800,3600),(225,3181510800,0),(225,3194816400,3600),(225,3212960400,0),(225,3226266000,3600),
(225,3245014800,0),(225,3257715600,3600),(225,3276464400,0),(225,3289165200,3600),(225,3307914000,0),(225,3321219600,3600),(225,3339363600,0),(225,3352669200,3600),
(225,3370813200,0),(225,3384118800,3600),(225,3402867600,0),(225,3415568400,3600),(225,3434317200,0),(225,3447018000,3600),(225,3465766800,0),(225,3479072400,3600),
(225,3497216400,0),(225,3510522000,3600),(225,3528666000,0),(225,3541971600,3600),(225,3560115600,0),(225,3573421200,3600),(225,3592170000,0),(225,3604870800,3600),
(225,3623619600,0),(225,3636320400,3600),(225,3655069200,0),(225,3668374800,3600),(225,3686518800,0),(225,3699824400,3600),(225,3717968400,0),(225,3731274000,3600),
(225,3750022800,0),(225,3762723600,3600),(225,3781472400,0),(225,3794173200,3600),(225,3812922000,0),(225,3825622800,3600),(225,3844371600,0),(225,3857677200,3600),
(225,3875821200,0),(225,3889126800,3600),(225,3907270800,0),(225,3920576400,3600),(225,3939325200,0),(225,3952026000,3600),(225,3970774800,0),(225,3983475600,3600),
(225,4002224400,0),(225,4015530000,3600),(225,4033674000,0),(225,4046979600,3600),(225,4065123600,0),(225,4078429200,3600),(225,4096573200,0),(225,4109878800,3600),
(225,4128627600,0),(226,-62135596800,-7200),(227,-62135596800,-14400),(227,420609600,-10800),(227,433306800,-7200),(227,452052000,-10800),(227,464151600,-7200),(227,483501600,-10800),
(227,514350000,-14400),(227,527054400,-10800),(227,545799600,-14400),(227,558504000,-10800),(227,577249200,-14400),(227,589953600,-10800),(227,608698800,-14400),(227,621403200,-10800),
(227,640753200,-14400),(227,652852800,-10800),(227,672202800,-14400),(227,684907200,-10800),(227,703652400,-14400),(227,716356800,-10800),(227,735102000,-14400),(227,747806400,-10800),
(227,766551600,-14400),(227,779256000,-10800),(227,798001200,-14400),(227,810705600,-10800),(227,830055600,-14400),(227,842760000,-10800),(227,861505200,-14400),(227,874209600,-10800);
INSERT INTO durable.tz_transitions (rule_id, at_utc, utc_offset) VALUES
(227,892954800,-14400),(227,905659200,-10800),(227,924404400,-14400),(227,937108800,-10800),(227,955854000,-14400),(227,968558400,-10800),(227,987310800,-14400),(227,999410400,-10800),
(227,1019365200,-14400),(227,1030860000,-10800),(227,1050814800,-14400),(227,1062914400,-10800),(227,1082264400,-14400),(227,1094364000,-10800),(227,1113714000,-14400),(227,1125813600,-10800),
(227,1145163600,-14400),(227,1157263200,-10800),(227,1176613200,-14400),(227,1188712800,-10800),(227,1208667600,-14400),(227,1220767200,-10800),(227,1240117200,-14400),(227,1252216800,-10800),
(227,1271566800,-14400),(227,1283666400,-10800),(228,-62135596800,36000),(228,57686400,39600),(228,67968000,36000),(228,89136000,39600),(228,100022400,36000),(228,120585600,39600),
(228,131472000,36000),(228,152035200,39600),(228,162921600,36000),(228,183484800,39600),(228,194976000,36000),(228,215539200,39600),(228,226425600,36000),(228,246988800,39600),
(228,257875200,36000),(228,278438400,39600),(228,289324800,36000),(228,309888000,39600),(228,320774400,36000),(228,341337600,39600),(228,352224000,36000),(228,372787200,39600),
(228,386697600,36000),(228,404841600,39600),(228,415728000,36000),(228,436291200,39600),(228,447177600,36000),(228,467740800,39600),(228,478627200,36000),(228,499190400,39600),
(228,511286400,36000),(228,530035200,39600),(228,542736000,36000),(228,562089600,39600),(228,574790400,36000),(228,594144000,39600),(228,606240000,36000),(228,625593600,39600),
(228,636480000,36000),(228,657043200,39600),(228,667929600,36000),(228,688492800,39600),(228,699379200,36000),(228,719942400,39600),(228,731433600,36000),(228,751996800,39600),
(228,762883200,36000),(228,783446400,39600),(228,794332800,36000),(228,814896000,39600),(228,828201600,36000),(228,846345600,39600),(228,859651200,36000),(228,877795200,39600),
(228,891100800,36000),(228,909244800,39600),(228,922550400,36000),(228,941299200,39600),(228,954000000,36000),(228,967305600,39600),(228,985449600,36000),(228,1004198400,39600),
(228,1017504000,36000),(228,1035648000,39600),(228,1048953600,36000),(228,1067097600,39600),(228,1080403200,36000),(228,1099152000,39600),(228,1111852800,36000),(228,1130601600,39600),
(228,1143907200,36000),(228,1162051200,39600),(228,1174752000,36000),(228,1193500800,39600),(228,1207411200,36000),(228,1223136000,39600),(228,1238860800,36000),(228,1254585600,39600),
(228,1270310400,36000),(228,1286035200,39600),(228,1301760000,36000),(228,1317484800,39600),(228,1333209600,36000),(228,1349539200,39600),(228,1365264000,36000),(228,1380988800,39600),
(228,1396713600,36000),(228,1412438400,39600),(228,1428163200,36000),(228,1443888000,39600),(228,1459612800,36000),(228,1475337600,39600),(228,1491062400,36000),(228,1506787200,39600),
(228,1522512000,36000),(228,1538841600,39600),(228,1554566400,36000),(228,1570291200,39600),(228,1586016000,36000),(228,1601740800,39600),(228,1617465600,36000),(228,1633190400,39600),
(228,1648915200,36000),(228,1664640000,39600),(228,1680364800,36000),(228,1696089600,39600),(228,1712419200,36000),(228,1728144000,39600),(228,1743868800,36000),(228,1759593600,39600),
(228,1775318400,36000),(228,1791043200,39600),(228,1806768000,36000),(228,1822492800,39600),(228,1838217600,36000),(228,1853942400,39600),(228,1869667200,36000),(228,1885996800,39600),
(228,1901721600,36000),(228,1917446400,39600),(228,1933171200,36000),(228,1948896000,39600),(228,1964620800,36000),(228,1980345600,39600),(228,1996070400,36000),(228,2011795200,39600),
(228,2027520000,36000),(228,2043244800,39600),(228,2058969600,36000),(228,2075299200,39600),(228,2091024000,36000),(228,2106748800,39600),(228,2122473600,36000),(228,2138198400,39600),
(228,2153923200,36000),(228,2169648000,39600),(228,2185372800,36000),(228,2201097600,39600),(228,2216822400,36000),(228,2233152000,39600),(228,2248876800,36000),(228,2264601600,39600),
(228,2280326400,36000),(228,2296051200,39600),(228,2311776000,36000),(228,2327500800,39600),(228,2343225600,36000),(228,2358950400,39600),(228,2374675200,36000),(228,2390400000,39600),
(228,2406124800,36000),(228,2422454400,39600),(228,2438179200,36000),(228,2453904000,39600),(228,2469628800,36000),(228,2485353600,39600),(228,2501078400,36000),(228,2516803200,39600),
(228,2532528000,36000),(228,2548252800,39600),(228,2563977600,36000),(228,2579702400,39600),(228,2596032000,36000),(228,2611756800,39600),(228,2627481600,36000),(228,2643206400,39600),
(228,2658931200,36000),(228,2674656000,39600),(228,2690380800,36000),(228,2706105600,39600),(228,2721830400,36000),(228,2737555200,39600),(228,2753280000,36000),(228,2769609600,39600),
(228,2785334400,36000),(228,2801059200,39600),(228,2816784000,36000),(228,2832508800,39600),(228,2848233600,36000),(228,2863958400,39600),(228,2879683200,36000),(228,2895408000,39600),
(228,2911132800,36000),(228,2926857600,39600),(228,2942582400,36000),(228,2958912000,39600),(228,2974636800,36000),(228,2990361600,39600),(228,3006086400,36000),(228,3021811200,39600),
(228,3037536000,36000),(228,3053260800,39600),(228,3068985600,36000),(228,3084710400,39600),(228,3100435200,36000),(228,3116764800,39600),(228,3132489600,36000),(228,3148214400,39600),
(228,3163939200,36000),(228,3179664000,39600),(228,3195388800,36000),(228,3211113600,39600),(228,3226838400,36000),(228,3242563200,39600),(228,3258288000,36000),(228,3274012800,39600),
(228,3289737600,36000),(228,3306067200,39600),(228,3321792000,36000),(228,3337516800,39600),(228,3353241600,36000),(228,3368966400,39600),(228,3384691200,36000),(228,3400416000,39600),
(228,3416140800,36000),(228,3431865600,39600),(228,3447590400,36000),(228,3463315200,39600),(228,3479644800,36000),(228,3495369600,39600),(228,3511094400,36000),(228,3526819200,39600),
(228,3542544000,36000),(228,3558268800,39600),(228,3573993600,36000),(228,3589718400,39600),(228,3605443200,36000),(228,3621168000,39600),(228,3636892800,36000),(228,3653222400,39600),
(228,3668947200,36000),(228,3684672000,39600),(228,3700396800,36000),(228,3716121600,39600),(228,3731846400,36000),(228,3747571200,39600),(228,3763296000,36000),(228,3779020800,39600),
(228,3794745600,36000),(228,3810470400,39600),(228,3826195200,36000),(228,3842524800,39600),(228,3858249600,36000),(228,3873974400,39600),(228,3889699200,36000),(228,3905424000,39600),
(228,3921148800,36000),(228,3936873600,39600),(228,3952598400,36000),(228,3968323200,39600),(228,3984048000,36000),(228,4000377600,39600),(228,4016102400,36000),(228,4031827200,39600),
(228,4047552000,36000),(228,4063276800,39600),(228,4079001600,36000),(228,4094726400,39600),(228,4110451200,36000),(228,4126176000,39600),(229,-62135596800,34200),(229,57688200,37800),
(229,67969800,34200),(229,89137800,37800),(229,100024200,34200),(229,120587400,37800),(229,131473800,34200),(229,152037000,37800),(229,162923400,34200),(229,183486600,37800),
(229,194977800,34200),(229,215541000,37800),(229,226427400,34200),(229,246990600,37800),(229,257877000,34200),(229,278440200,37800),(229,289326600,34200),(229,309889800,37800),
(229,320776200,34200),(229,341339400,37800),(229,352225800,34200),(229,372789000,37800),(229,384280200,34200),(229,404843400,37800),(229,415729800,34200),(229,436293000,37800),
(229,447179400,34200),(229,467742600,37800),(229,478629000,34200),(229,499192200,37800),(229,511288200,34200),(229,530037000,37800),(229,542737800,34200),(229,562091400,37800),
(229,574792200,34200),(229,594145800,37800),(229,606241800,34200),(229,625595400,37800),(229,637691400,34200),(229,657045000,37800),(229,667931400,34200),(229,688494600,37800),
(229,701195400,34200),(229,719944200,37800),(229,731435400,34200),(229,751998600,37800),(229,764094600,34200),(229,783448200,37800),(229,796149000,34200),(229,814897800,37800),
(229,828203400,34200),(229,846347400,37800),(229,859653000,34200),(229,877797000,37800),(229,891102600,34200),(229,909246600,37800),(229,922552200,34200),(229,941301000,37800),
(229,954001800,34200),(229,972750600,37800),(229,985451400,34200),(229,1004200200,37800),(229,1017505800,34200),(229,1035649800,37800),(229,1048955400,34200),(229,1067099400,37800),
(229,1080405000,34200),(229,1099153800,37800),(229,1111854600,34200),(229,1130603400,37800),(229,1143909000,34200),(229,1162053000,37800),(229,1174753800,34200),(229,1193502600,37800),
(229,1207413000,34200),(229,1223137800,37800),(229,1238862600,34200),(229,1254587400,37800),(229,1270312200,34200),(229,1286037000,37800),(229,1301761800,34200),(229,1317486600,37800),
(229,1333211400,34200),(229,1349541000,37800),(229,1365265800,34200),(229,1380990600,37800),(229,1396715400,34200),(229,1412440200,37800),(229,1428165000,34200),(229,1443889800,37800),
(229,1459614600,34200),(229,1475339400,37800),(229,1491064200,34200),(229,1506789000,37800),(229,1522513800,34200),(229,1538843400,37800),(229,1554568200,34200),(229,1570293000,37800),
(229,1586017800,34200),(229,1601742600,37800),(229,1617467400,34200),(229,1633192200,37800),(229,1648917000,34200),(229,1664641800,37800),(229,1680366600,34200),(229,1696091400,37800),
(229,1712421000,34200),(229,1728145800,37800),(229,1743870600,34200),(229,1759595400,37800),(229,1775320200,34200),(229,1791045000,37800),(229,1806769800,34200),(229,1822494600,37800),
(229,1838219400,34200),(229,1853944200,37800),(229,1869669000,34200),(229,1885998600,37800),(229,1901723400,34200),(229,1917448200,37800),(229,1933173000,34200),(229,1948897800,37800),
(229,1964622600,34200),(229,1980347400,37800),(229,1996072200,34200),(229,2011797000,37800),(229,2027521800,34200),(229,2043246600,37800),(229,2058971400,34200),(229,2075301000,37800),
(229,2091025800,34200),(229,2106750600,37800),(229,2122475400,34200),(229,2138200200,37800),(229,2153925000,34200),(229,2169649800,37800),(229,2185374600,34200),(229,2201099400,37800),
(229,2216824200,34200),(229,2233153800,37800),(229,2248878600,34200),(229,2264603400,37800),(229,2280328200,34200),(229,2296053000,37800),(229,2311777800,34200),(229,2327502600,37800),
(229,2343227400,34200),(229,2358952200,37800),(229,2374677000,34200),(229,2390401800,37800),(229,2406126600,34200),(229,2422456200,37800),(229,2438181000,34200),(229,2453905800,37800),
(229,2469630600,34200),(229,2485355400,37800),(229,2501080200,34200),(229,2516805000,37800),(229,2532529800,34200),(229,2548254600,37800),(229,2563979400,34200),(229,2579704200,37800),
(229,2596033800,34200),(229,2611758600,37800),(229,2627483400,34200),(229,2643208200,37800),(229,2658933000,34200),(229,2674657800,37800),(229,2690382600,34200),(229,2706107400,37800),
(229,2721832200,34200),(229,2737557000,37800),(229,2753281800,34200),(229,2769611400,37800),(229,2785336200,34200),(229,2801061000,37800),(229,2816785800,34200),(229,2832510600,37800),
(229,2848235400,34200),(229,2863960200,37800),(229,2879685000,34200),(229,2895409800,37800),(229,2911134600,34200),(229,2926859400,37800),(229,2942584200,34200),(229,2958913800,37800),
(229,2974638600,34200),(229,2990363400,37800),(229,3006088200,34200),(229,3021813000,37800),(229,3037537800,34200),(229,3053262600,37800),(229,3068987400,34200),(229,3084712200,37800),
(229,3100437000,34200),(229,3116766600,37800),(229,3132491400,34200),(229,3148216200,37800),(229,3163941000,34200),(229,3179665800,37800),(229,3195390600,34200),(229,3211115400,37800),
(229,3226840200,34200),(229,3242565000,37800),(229,3258289800,34200),(229,3274014600,37800),(229,3289739400,34200),(229,3306069000,37800),(229,3321793800,34200),(229,3337518600,37800),
(229,3353243400,34200),(229,3368968200,37800),(229,3384693000,34200),(229,3400417800,37800),(229,3416142600,34200),(229,3431867400,37800),(229,3447592200,34200),(229,3463317000,37800),
(229,3479646600,34200),(229,3495371400,37800),(229,3511096200,34200),(229,3526821000,37800),(229,3542545800,34200),(229,3558270600,37800),(229,3573995400,34200),(229,3589720200,37800),
(229,3605445000,34200),(229,3621169800,37800),(229,3636894600,34200),(229,3653224200,37800),(229,3668949000,34200),(229,3684673800,37800),(229,3700398600,34200),(229,3716123400,37800),
(229,3731848200,34200),(229,3747573000,37800),(229,3763297800,34200),(229,3779022600,37800),(229,3794747400,34200),(229,3810472200,37800),(229,3826197000,34200),(229,3842526600,37800),
(229,3858251400,34200),(229,3873976200,37800),(229,3889701000,34200),(229,3905425800,37800),(229,3921150600,34200),(229,3936875400,37800),(229,3952600200,34200),(229,3968325000,37800),
(229,3984049800,34200),(229,4000379400,37800),(229,4016104200,34200),(229,4031829000,37800),(229,4047553800,34200),(229,4063278600,37800),(229,4079003400,34200),(229,4094728200,37800),
(229,4110453000,34200),(229,4126177800,37800),(230,-62135596800,36000),(230,57686400,39600),(230,67968000,36000),(230,625593600,39600),(230,636480000,36000),(230,657043200,39600),
(230,667929600,36000),(230,688492800,39600),(230,699379200,36000),(231,-62135596800,34200),(231,57688200,37800),(231,67969800,34200),(231,89137800,37800),(231,100024200,34200),
(231,120587400,37800),(231,131473800,34200),(231,152037000,37800),(231,162923400,34200),(231,183486600,37800),(231,194977800,34200),(231,215541000,37800),(231,226427400,34200),
(231,246990600,37800),(231,257877000,34200),(231,278440200,37800),(231,289326600,34200),(231,309889800,37800),(231,320776200,34200),(231,341339400,37800),(231,352225800,34200),
(231,372789000,37800),(231,386699400,34200),(231,404843400,37800),(231,415729800,34200),(231,436293000,37800),(231,447179400,34200),(231,467742600,37800),(231,478629000,34200),
(231,499192200,37800),(231,511288200,34200),(231,530037000,37800),(231,542737800,34200),(231,562091400,37800),(231,574792200,34200),(231,594145800,37800),(231,606241800,34200),
(231,625595400,37800),(231,636481800,34200),(231,657045000,37800),(231,667931400,34200),(231,688494600,37800),(231,699381000,34200),(231,719944200,37800),(231,731435400,34200),
(231,751998600,37800),(231,762885000,34200),(231,783448200,37800),(231,794334600,34200),(231,814897800,37800),(231,828203400,34200),(231,846347400,37800),(231,859653000,34200),
(231,877797000,37800),(231,891102600,34200),(231,909246600,37800),(231,922552200,34200),(231,941301000,37800),(231,954001800,34200),(231,972750600,37800),(231,985451400,34200),
(231,1004200200,37800),(231,1017505800,34200),(231,1035649800,37800),(231,1048955400,34200),(231,1067099400,37800),(231,1080405000,34200),(231,1099153800,37800),(231,1111854600,34200),
(231,1130603400,37800),(231,1143909000,34200),(231,1162053000,37800),(231,1174753800,34200),(231,1193502600,37800),(231,1207413000,34200),(231,1223137800,37800),(231,1238862600,34200),
(231,1254587400,37800),(231,1270312200,34200),(231,1286037000,37800),(231,1301761800,34200),(231,1317486600,37800),(231,1333211400,34200),(231,1349541000,37800),(231,1365265800,34200),
(231,1380990600,37800),(231,1396715400,34200),(231,1412440200,37800),(231,1428165000,34200),(231,1443889800,37800),(231,1459614600,34200),(231,1475339400,37800),(231,1491064200,34200),
(231,1506789000,37800),(231,1522513800,34200),(231,1538843400,37800),(231,1554568200,34200),(231,1570293000,37800),(231,1586017800,34200),(231,1601742600,37800),(231,1617467400,34200),
(231,1633192200,37800),(231,1648917000,34200),(231,1664641800,37800),(231,1680366600,34200),(231,1696091400,37800),(231,1712421000,34200),(231,1728145800,37800),(231,1743870600,34200),
(231,1759595400,37800),(231,1775320200,34200),(231,1791045000,37800),(231,1806769800,34200),(231,1822494600,37800),(231,1838219400,34200),(231,1853944200,37800),(231,1869669000,34200),
(231,1885998600,37800),(231,1901723400,34200),(231,1917448200,37800),(231,1933173000,34200),(231,1948897800,37800),(231,1964622600,34200),(231,1980347400,37800),(231,1996072200,34200),
(231,2011797000,37800),(231,2027521800,34200),(231,2043246600,37800),(231,2058971400,34200),(231,2075301000,37800),(231,2091025800,34200),(231,2106750600,37800),(231,2122475400,34200),
(231,2138200200,37800),(231,2153925000,34200),(231,2169649800,37800),(231,2185374600,34200),(231,2201099400,37800),(231,2216824200,34200),(231,2233153800,37800),(231,2248878600,34200),
(231,2264603400,37800),(231,2280328200,34200),(231,2296053000,37800),(231,2311777800,34200),(231,2327502600,37800),(231,2343227400,34200),(231,2358952200,37800),(231,2374677000,34200),
(231,2390401800,37800),(231,2406126600,34200),(231,2422456200,37800),(231,2438181000,34200),(231,2453905800,37800),(231,2469630600,34200),(231,2485355400,37800),(231,2501080200,34200),
(231,2516805000,37800),(231,2532529800,34200),(231,2548254600,37800),(231,2563979400,34200),(231,2579704200,37800),(231,2596033800,34200),(231,2611758600,37800),(231,2627483400,34200),
(231,2643208200,37800),(231,2658933000,34200),(231,2674657800,37800),(231,2690382600,34200),(231,2706107400,37800),(231,2721832200,34200),(231,2737557000,37800),(231,2753281800,34200),
(231,2769611400,37800),(231,2785336200,34200),(231,2801061000,37800),(231,2816785800,34200),(231,2832510600,37800),(231,2848235400,34200),(231,2863960200,37800),(231,2879685000,34200),
(231,2895409800,37800),(231,2911134600,34200),(231,2926859400,37800),(231,2942584200,34200),(231,2958913800,37800),(231,2974638600,34200),(231,2990363400,37800),(231,3006088200,34200),
(231,3021813000,37800),(231,3037537800,34200),(231,3053262600,37800),(231,3068987400,34200),(231,3084712200,37800),(231,3100437000,34200),(231,3116766600,37800),(231,3132491400,34200),
(231,3148216200,37800),(231,3163941000,34200),(231,3179665800,37800),(231,3195390600,34200),(231,3211115400,37800),(231,3226840200,34200),(231,3242565000,37800),(231,3258289800,34200),
(231,3274014600,37800),(231,3289739400,34200),(231,3306069000,37800),(231,3321793800,34200),(231,3337518600,37800),(231,3353243400,34200),(231,3368968200,37800),(231,3384693000,34200),
(231,3400417800,37800),(231,3416142600,34200),(231,3431867400,37800),(231,3447592200,34200),(231,3463317000,37800),(231,3479646600,34200),(231,3495371400,37800),(231,3511096200,34200),
(231,3526821000,37800),(231,3542545800,34200),(231,3558270600,37800),(231,3573995400,34200),(231,3589720200,37800),(231,3605445000,34200),(231,3621169800,37800),(231,3636894600,34200),
(231,3653224200,37800),(231,3668949000,34200),(231,3684673800,37800),(231,3700398600,34200),(231,3716123400,37800),(231,3731848200,34200),(231,3747573000,37800),(231,3763297800,34200),
(231,3779022600,37800),(231,3794747400,34200),(231,3810472200,37800),(231,3826197000,34200),(231,3842526600,37800),(231,3858251400,34200),(231,3873976200,37800),(231,3889701000,34200),
(231,3905425800,37800),(231,3921150600,34200),(231,3936875400,37800),(231,3952600200,34200),(231,3968325000,37800),(231,3984049800,34200),(231,4000379400,37800),(231,4016104200,34200),
(231,4031829000,37800),(231,4047553800,34200),(231,4063278600,37800),(231,4079003400,34200),(231,4094728200,37800),(231,4110453000,34200),(231,4126177800,37800),(232,-62135596800,39600),
(232,5673600,36000),(232,25632000,39600),(232,37728000,36000),(232,57686400,39600),(232,67968000,36000),(232,89136000,39600),(232,100022400,36000),(232,120585600,39600),
(232,131472000,36000),(232,152035200,39600),(232,162921600,36000),(232,183484800,39600),(232,194976000,36000),(232,215539200,39600),(232,226425600,36000),(232,246988800,39600),
(232,257875200,36000),(232,278438400,39600),(232,289324800,36000),(232,309888000,39600),(232,320774400,36000),(232,341337600,39600),(232,352224000,36000),(232,372787200,39600),
(232,386092800,36000),(232,404841600,39600),(232,417542400,36000),(232,436291200,39600),(232,447177600,36000),(232,467740800,39600),(232,478627200,36000),(232,499190400,39600),
(232,510076800,36000),(232,530035200,39600),(232,542736000,36000),(232,562089600,39600),(232,574790400,36000),(232,594144000,39600),(232,606240000,36000),(232,625593600,39600),
(232,637689600,36000),(232,657043200,39600),(232,670348800,36000),(232,686678400,39600),(232,701798400,36000),(232,718128000,39600),(232,733248000,36000),(232,749577600,39600),
(232,764697600,36000),(232,781027200,39600),(232,796147200,36000),(232,812476800,39600),(232,828201600,36000),(232,844531200,39600),(232,859651200,36000),(232,875980800,39600),
(232,891100800,36000),(232,907430400,39600),(232,922550400,36000),(232,938880000,39600),(232,954000000,36000),(232,967305600,39600),(232,985449600,36000),(232,1002384000,39600),
(232,1017504000,36000),(232,1033833600,39600),(232,1048953600,36000),(232,1065283200,39600),(232,1080403200,36000),(232,1096732800,39600),(232,1111852800,36000),(232,1128182400,39600),
(232,1143907200,36000),(232,1159632000,39600),(232,1174752000,36000),(232,1191686400,39600),(232,1207411200,36000),(232,1223136000,39600),(232,1238860800,36000),(232,1254585600,39600),
(232,1270310400,36000),(232,1286035200,39600),(232,1301760000,36000),(232,1317484800,39600),(232,1333209600,36000),(232,1349539200,39600),(232,1365264000,36000),(232,1380988800,39600),
(232,1396713600,36000),(232,1412438400,39600),(232,1428163200,36000),(232,1443888000,39600),(232,1459612800,36000),(232,1475337600,39600),(232,1491062400,36000),(232,1506787200,39600),
(232,1522512000,36000),(232,1538841600,39600),(232,1554566400,36000),(232,1570291200,39600),(232,1586016000,36000),(232,1601740800,39600),(232,1617465600,36000),(232,1633190400,39600),
(232,1648915200,36000),(232,1664640000,39600),(232,1680364800,36000),(232,1696089600,39600),(232,1712419200,36000),(232,1728144000,39600),(232,1743868800,36000),(232,1759593600,39600),
(232,1775318400,36000),(232,1791043200,39600),(232,1806768000,36000),(232,1822492800,39600),(232,1838217600,36000),(232,1853942400,39600),(232,1869667200,36000),(232,1885996800,39600),
(232,1901721600,36000),(232,1917446400,39600),(232,1933171200,36000),(232,1948896000,39600),(232,1964620800,36000),(232,1980345600,39600),(232,1996070400,36000),(232,2011795200,39600),
(232,2027520000,36000),(232,2043244800,39600),(232,2058969600,36000),(232,2075299200,39600),(232,2091024000,36000),(232,2106748800,39600),(232,2122473600,36000),(232,2138198400,39600),
(232,2153923200,36000),(232,2169648000,39600),(232,2185372800,36000),(232,2201097600,39600),(232,2216822400,36000),(232,2233152000,39600),(232,2248876800,36000),(232,2264601600,39600),
(232,2280326400,36000),(232,2296051200,39600),(232,2311776000,36000),(232,2327500800,39600),(232,2343225600,36000),(232,2358950400,39600),(232,2374675200,36000),(232,2390400000,39600),
(232,2406124800,36000),(232,2422454400,39600),(232,2438179200,36000),(232,2453904000,39600),(232,2469628800,36000),(232,2485353600,39600),(232,2501078400,36000),(232,2516803200,39600),
(232,2532528000,36000),(232,2548252800,39600),(232,2563977600,36000),(232,2579702400,39600),(232,2596032000,36000),(232,2611756800,39600),(232,2627481600,36000),(232,2643206400,39600),
(232,2658931200,36000),(232,2674656000,39600),(232,2690380800,36000),(232,2706105600,39600),(232,2721830400,36000),(232,2737555200,39600),(232,2753280000,36000),(232,2769609600,39600),
(232,2785334400,36000),(232,2801059200,39600),(232,2816784000,36000),(232,2832508800,39600),(232,2848233600,36000),(232,2863958400,39600),(232,2879683200,36000),(232,2895408000,39600);
INSERT INTO durable.tz_transitions (rule_id, at_utc, utc_offset) VALUES
(232,2911132800,36000),(232,2926857600,39600),(232,2942582400,36000),(232,2958912000,39600),(232,2974636800,36000),(232,2990361600,39600),(232,3006086400,36000),(232,3021811200,39600),
(232,3037536000,36000),(232,3053260800,39600),(232,3068985600,36000),(232,3084710400,39600),(232,3100435200,36000),(232,3116764800,39600),(232,3132489600,36000),(232,3148214400,39600),
(232,3163939200,36000),(232,3179664000,39600),(232,3195388800,36000),(232,3211113600,39600),(232,3226838400,36000),(232,3242563200,39600),(232,3258288000,36000),(232,3274012800,39600),
(232,3289737600,36000),(232,3306067200,39600),(232,3321792000,36000),(232,3337516800,39600),(232,3353241600,36000),(232,3368966400,39600),(232,3384691200,36000),(232,3400416000,39600),
(232,3416140800,36000),(232,3431865600,39600),(232,3447590400,36000),(232,3463315200,39600),(232,3479644800,36000),(232,3495369600,39600),(232,3511094400,36000),(232,3526819200,39600),
(232,3542544000,36000),(232,3558268800,39600),(232,3573993600,36000),(232,3589718400,39600),(232,3605443200,36000),(232,3621168000,39600),(232,3636892800,36000),(232,3653222400,39600),
(232,3668947200,36000),(232,3684672000,39600),(232,3700396800,36000),(232,3716121600,39600),(232,3731846400,36000),(232,3747571200,39600),(232,3763296000,36000),(232,3779020800,39600),
(232,3794745600,36000),(232,3810470400,39600),(232,3826195200,36000),(232,3842524800,39600),(232,3858249600,36000),(232,3873974400,39600),(232,3889699200,36000),(232,3905424000,39600),
(232,3921148800,36000),(232,3936873600,39600),(232,3952598400,36000),(232,3968323200,39600),(232,3984048000,36000),(232,4000377600,39600),(232,4016102400,36000),(232,4031827200,39600),
(232,4047552000,36000),(232,4063276800,39600),(232,4079001600,36000),(232,4094726400,39600),(232,4110451200,36000),(232,4126176000,39600),(233,-62135596800,34200),(234,-62135596800,31500),
(234,152039700,35100),(234,162926100,31500),(234,436295700,35100),(234,447182100,31500),(234,690311700,35100),(234,699383700,31500),(234,1165079700,35100),(234,1174756500,31500),
(234,1193505300,35100),(234,1206810900,31500),(234,1224954900,35100),(234,1238260500,31500),(235,-62135596800,36000),(235,352216800,37800),(235,372785400,41400),(235,384273000,37800),
(235,404839800,41400),(235,415722600,37800),(235,436289400,41400),(235,447172200,37800),(235,467739000,41400),(235,478621800,37800),(235,499188600,39600),(235,511282800,37800),
(235,530033400,39600),(235,542732400,37800),(235,562087800,39600),(235,574786800,37800),(235,594142200,39600),(235,606236400,37800),(235,625591800,39600),(235,636476400,37800),
(235,657041400,39600),(235,667926000,37800),(235,688491000,39600),(235,699375600,37800),(235,719940600,39600),(235,731430000,37800),(235,751995000,39600),(235,762879600,37800),
(235,783444600,39600),(235,794329200,37800),(235,814894200,39600),(235,828198000,37800),(235,846343800,39600),(235,859647600,37800),(235,877793400,39600),(235,891097200,37800),
(235,909243000,39600),(235,922546800,37800),(235,941297400,39600),(235,953996400,37800),(235,967303800,39600),(235,985446000,37800),(235,1004196600,39600),(235,1017500400,37800),
(235,1035646200,39600),(235,1048950000,37800),(235,1067095800,39600),(235,1080399600,37800),(235,1099150200,39600),(235,1111849200,37800),(235,1130599800,39600),(235,1143903600,37800),
(235,1162049400,39600),(235,1174748400,37800),(235,1193499000,39600),(235,1207407600,37800),(235,1223134200,39600),(235,1238857200,37800),(235,1254583800,39600),(235,1270306800,37800),
(235,1286033400,39600),(235,1301756400,37800),(235,1317483000,39600),(235,1333206000,37800),(235,1349537400,39600),(235,1365260400,37800),(235,1380987000,39600),(235,1396710000,37800),
(235,1412436600,39600),(235,1428159600,37800),(235,1443886200,39600),(235,1459609200,37800),(235,1475335800,39600),(235,1491058800,37800),(235,1506785400,39600),(235,1522508400,37800),
(235,1538839800,39600),(235,1554562800,37800),(235,1570289400,39600),(235,1586012400,37800),(235,1601739000,39600),(235,1617462000,37800),(235,1633188600,39600),(235,1648911600,37800),
(235,1664638200,39600),(235,1680361200,37800),(235,1696087800,39600),(235,1712415600,37800),(235,1728142200,39600),(235,1743865200,37800),(235,1759591800,39600),(235,1775314800,37800),
(235,1791041400,39600),(235,1806764400,37800),(235,1822491000,39600),(235,1838214000,37800),(235,1853940600,39600),(235,1869663600,37800),(235,1885995000,39600),(235,1901718000,37800),
(235,1917444600,39600),(235,1933167600,37800),(235,1948894200,39600),(235,1964617200,37800),(235,1980343800,39600),(235,1996066800,37800),(235,2011793400,39600),(235,2027516400,37800),
(235,2043243000,39600),(235,2058966000,37800),(235,2075297400,39600),(235,2091020400,37800),(235,2106747000,39600),(235,2122470000,37800),(235,2138196600,39600),(235,2153919600,37800),
(235,2169646200,39600),(235,2185369200,37800),(235,2201095800,39600),(235,2216818800,37800),(235,2233150200,39600),(235,2248873200,37800),(235,2264599800,39600),(235,2280322800,37800),
(235,2296049400,39600),(235,2311772400,37800),(235,2327499000,39600),(235,2343222000,37800),(235,2358948600,39600),(235,2374671600,37800),(235,2390398200,39600),(235,2406121200,37800),
(235,2422452600,39600),(235,2438175600,37800),(235,2453902200,39600),(235,2469625200,37800),(235,2485351800,39600),(235,2501074800,37800),(235,2516801400,39600),(235,2532524400,37800),
(235,2548251000,39600),(235,2563974000,37800),(235,2579700600,39600),(235,2596028400,37800),(235,2611755000,39600),(235,2627478000,37800),(235,2643204600,39600),(235,2658927600,37800),
(235,2674654200,39600),(235,2690377200,37800),(235,2706103800,39600),(235,2721826800,37800),(235,2737553400,39600),(235,2753276400,37800),(235,2769607800,39600),(235,2785330800,37800),
(235,2801057400,39600),(235,2816780400,37800),(235,2832507000,39600),(235,2848230000,37800),(235,2863956600,39600),(235,2879679600,37800),(235,2895406200,39600),(235,2911129200,37800),
(235,2926855800,39600),(235,2942578800,37800),(235,2958910200,39600),(235,2974633200,37800),(235,2990359800,39600),(235,3006082800,37800),(235,3021809400,39600),(235,3037532400,37800),
(235,3053259000,39600),(235,3068982000,37800),(235,3084708600,39600),(235,3100431600,37800),(235,3116763000,39600),(235,3132486000,37800),(235,3148212600,39600),(235,3163935600,37800),
(235,3179662200,39600),(235,3195385200,37800),(235,3211111800,39600),(235,3226834800,37800),(235,3242561400,39600),(235,3258284400,37800),(235,3274011000,39600),(235,3289734000,37800),
(235,3306065400,39600),(235,3321788400,37800),(235,3337515000,39600),(235,3353238000,37800),(235,3368964600,39600),(235,3384687600,37800),(235,3400414200,39600),(235,3416137200,37800),
(235,3431863800,39600),(235,3447586800,37800),(235,3463313400,39600),(235,3479641200,37800),(235,3495367800,39600),(235,3511090800,37800),(235,3526817400,39600),(235,3542540400,37800),
(235,3558267000,39600),(235,3573990000,37800),(235,3589716600,39600),(235,3605439600,37800),(235,3621166200,39600),(235,3636889200,37800),(235,3653220600,39600),(235,3668943600,37800),
(235,3684670200,39600),(235,3700393200,37800),(235,3716119800,39600),(235,3731842800,37800),(235,3747569400,39600),(235,3763292400,37800),(235,3779019000,39600),(235,3794742000,37800),
(235,3810468600,39600),(235,3826191600,37800),(235,3842523000,39600),(235,3858246000,37800),(235,3873972600,39600),(235,3889695600,37800),(235,3905422200,39600),(235,3921145200,37800),
(235,3936871800,39600),(235,3952594800,37800),(235,3968321400,39600),(235,3984044400,37800),(235,4000375800,39600),(235,4016098800,37800),(235,4031825400,39600),(235,4047548400,37800),
(235,4063275000,39600),(235,4078998000,37800),(235,4094724600,39600),(235,4110447600,37800),(235,4126174200,39600),(236,-62135596800,36000),(236,57686400,39600),(236,67968000,36000),
(236,625593600,39600),(236,636480000,36000),(236,657043200,39600),(236,667929600,36000),(236,688492800,39600),(236,699379200,36000),(236,719942400,39600),(236,731433600,36000),
(236,751996800,39600),(236,762883200,36000),(237,-62135596800,36000),(237,57686400,39600),(237,67968000,36000),(237,89136000,39600),(237,100022400,36000),(237,120585600,39600),
(237,131472000,36000),(237,152035200,39600),(237,162921600,36000),(237,183484800,39600),(237,194976000,36000),(237,215539200,39600),(237,226425600,36000),(237,246988800,39600),
(237,257875200,36000),(237,278438400,39600),(237,289324800,36000),(237,309888000,39600),(237,320774400,36000),(237,341337600,39600),(237,352224000,36000),(237,372787200,39600),
(237,384278400,36000),(237,404841600,39600),(237,415728000,36000),(237,436291200,39600),(237,447177600,36000),(237,467740800,39600),(237,478627200,36000),(237,499190400,39600),
(237,511286400,36000),(237,530035200,39600),(237,542736000,36000),(237,561484800,39600),(237,574790400,36000),(237,594144000,39600),(237,606240000,36000),(237,625593600,39600),
(237,637689600,36000),(237,657043200,39600),(237,667929600,36000),(237,688492800,39600),(237,699379200,36000),(237,719942400,39600),(237,731433600,36000),(237,751996800,39600),
(237,762883200,36000),(237,783446400,39600),(237,796147200,36000),(237,814896000,39600),(237,828201600,36000),(237,846345600,39600),(237,859651200,36000),(237,877795200,39600),
(237,891100800,36000),(237,909244800,39600),(237,922550400,36000),(237,941299200,39600),(237,954000000,36000),(237,967305600,39600),(237,985449600,36000),(237,1004198400,39600),
(237,1017504000,36000),(237,1035648000,39600),(237,1048953600,36000),(237,1067097600,39600),(237,1080403200,36000),(237,1099152000,39600),(237,1111852800,36000),(237,1130601600,39600),
(237,1143907200,36000),(237,1162051200,39600),(237,1174752000,36000),(237,1193500800,39600),(237,1207411200,36000),(237,1223136000,39600),(237,1238860800,36000),(237,1254585600,39600),
(237,1270310400,36000),(237,1286035200,39600),(237,1301760000,36000),(237,1317484800,39600),(237,1333209600,36000),(237,1349539200,39600),(237,1365264000,36000),(237,1380988800,39600),
(237,1396713600,36000),(237,1412438400,39600),(237,1428163200,36000),(237,1443888000,39600),(237,1459612800,36000),(237,1475337600,39600),(237,1491062400,36000),(237,1506787200,39600),
(237,1522512000,36000),(237,1538841600,39600),(237,1554566400,36000),(237,1570291200,39600),(237,1586016000,36000),(237,1601740800,39600),(237,1617465600,36000),(237,1633190400,39600),
(237,1648915200,36000),(237,1664640000,39600),(237,1680364800,36000),(237,1696089600,39600),(237,1712419200,36000),(237,1728144000,39600),(237,1743868800,36000),(237,1759593600,39600),
(237,1775318400,36000),(237,1791043200,39600),(237,1806768000,36000),(237,1822492800,39600),(237,1838217600,36000),(237,1853942400,39600),(237,1869667200,36000),(237,1885996800,39600),
(237,1901721600,36000),(237,1917446400,39600),(237,1933171200,36000),(237,1948896000,39600),(237,1964620800,36000),(237,1980345600,39600),(237,1996070400,36000),(237,2011795200,39600),
(237,2027520000,36000),(237,2043244800,39600),(237,2058969600,36000),(237,2075299200,39600),(237,2091024000,36000),(237,2106748800,39600),(237,2122473600,36000),(237,2138198400,39600),
(237,2153923200,36000),(237,2169648000,39600),(237,2185372800,36000),(237,2201097600,39600),(237,2216822400,36000),(237,2233152000,39600),(237,2248876800,36000),(237,2264601600,39600),
(237,2280326400,36000),(237,2296051200,39600),(237,2311776000,36000),(237,2327500800,39600),(237,2343225600,36000),(237,2358950400,39600),(237,2374675200,36000),(237,2390400000,39600),
(237,2406124800,36000),(237,2422454400,39600),(237,2438179200,36000),(237,2453904000,39600),(237,2469628800,36000),(237,2485353600,39600),(237,2501078400,36000),(237,2516803200,39600),
(237,2532528000,36000),(237,2548252800,39600),(237,2563977600,36000),(237,2579702400,39600),(237,2596032000,36000),(237,2611756800,39600),(237,2627481600,36000),(237,2643206400,39600),
(237,2658931200,36000),(237,2674656000,39600),(237,2690380800,36000),(237,2706105600,39600),(237,2721830400,36000),(237,2737555200,39600),(237,2753280000,36000),(237,2769609600,39600),
(237,2785334400,36000),(237,2801059200,39600),(237,2816784000,36000),(237,2832508800,39600),(237,2848233600,36000),(237,2863958400,39600),(237,2879683200,36000),(237,2895408000,39600),
(237,2911132800,36000),(237,2926857600,39600),(237,2942582400,36000),(237,2958912000,39600),(237,2974636800,36000),(237,2990361600,39600),(237,3006086400,36000),(237,3021811200,39600),
(237,3037536000,36000),(237,3053260800,39600),(237,3068985600,36000),(237,3084710400,39600),(237,3100435200,36000),(237,3116764800,39600),(237,3132489600,36000),(237,3148214400,39600),
(237,3163939200,36000),(237,3179664000,39600),(237,3195388800,36000),(237,3211113600,39600),(237,3226838400,36000),(237,3242563200,39600),(237,3258288000,36000),(237,3274012800,39600),
(237,3289737600,36000),(237,3306067200,39600),(237,3321792000,36000),(237,3337516800,39600),(237,3353241600,36000),(237,3368966400,39600),(237,3384691200,36000),(237,3400416000,39600),
(237,3416140800,36000),(237,3431865600,39600),(237,3447590400,36000),(237,3463315200,39600),(237,3479644800,36000),(237,3495369600,39600),(237,3511094400,36000),(237,3526819200,39600),
(237,3542544000,36000),(237,3558268800,39600),(237,3573993600,36000),(237,3589718400,39600),(237,3605443200,36000),(237,3621168000,39600),(237,3636892800,36000),(237,3653222400,39600),
(237,3668947200,36000),(237,3684672000,39600),(237,3700396800,36000),(237,3716121600,39600),(237,3731846400,36000),(237,3747571200,39600),(237,3763296000,36000),(237,3779020800,39600),
(237,3794745600,36000),(237,3810470400,39600),(237,3826195200,36000),(237,3842524800,39600),(237,3858249600,36000),(237,3873974400,39600),(237,3889699200,36000),(237,3905424000,39600),
(237,3921148800,36000),(237,3936873600,39600),(237,3952598400,36000),(237,3968323200,39600),(237,3984048000,36000),(237,4000377600,39600),(237,4016102400,36000),(237,4031827200,39600),
(237,4047552000,36000),(237,4063276800,39600),(237,4079001600,36000),(237,4094726400,39600),(237,4110451200,36000),(237,4126176000,39600),(238,-62135596800,28800),(238,152042400,32400),
(238,162928800,28800),(238,436298400,32400),(238,447184800,28800),(238,690314400,32400),(238,699386400,28800),(238,1165082400,32400),(238,1174759200,28800),(238,1193508000,32400),
(238,1206813600,28800),(238,1224957600,32400),(238,1238263200,28800),(239,-62135596800,-21600),(239,7527600,-25200),(239,24465600,-21600),(239,37767600,-25200),(239,55915200,-21600),
(239,69217200,-25200),(239,87969600,-21600),(239,100666800,-25200),(239,118209600,-21600),(239,132116400,-25200),(239,150868800,-21600),(239,163566000,-25200),(239,182318400,-21600),
(239,195620400,-25200),(239,213768000,-21600),(239,227070000,-25200),(239,245217600,-21600),(239,258519600,-25200),(239,277272000,-21600),(239,289969200,-25200),(239,308721600,-21600),
(239,321418800,-25200),(239,340171200,-21600),(239,353473200,-25200),(239,371620800,-21600),(239,403070400,-18000),(239,416372400,-21600),(239,434520000,-18000),(239,447822000,-21600),
(239,466574400,-18000),(239,479271600,-21600),(239,498024000,-18000),(239,510721200,-21600),(239,529473600,-18000),(239,545194800,-21600),(239,560923200,-18000),(239,574225200,-21600),
(239,592372800,-18000),(239,605674800,-21600),(239,624427200,-18000),(239,637124400,-21600),(239,653457600,-18000),(239,668574000,-21600),(239,687326400,-18000),(239,700628400,-21600),
(239,718776000,-18000),(239,732078000,-21600),(239,750225600,-18000),(239,763527600,-21600),(239,781675200,-18000),(239,794977200,-21600),(239,813729600,-18000),(239,826426800,-21600),
(239,845179200,-18000),(239,859690800,-21600),(239,876628800,-18000),(239,889930800,-21600),(239,906868800,-18000),(239,923194800,-21600),(239,939528000,-18000),(239,952830000,-21600),
(239,971582400,-18000),(239,984279600,-21600),(239,1003032000,-18000),(239,1015729200,-21600),(239,1034481600,-18000),(239,1047178800,-21600),(239,1065931200,-18000),(239,1079233200,-21600),
(239,1097380800,-18000),(239,1110682800,-21600),(239,1128830400,-18000),(239,1142132400,-21600),(239,1160884800,-18000),(239,1173582000,-21600),(239,1192334400,-18000),(239,1206846000,-21600),
(239,1223784000,-18000),(239,1237086000,-21600),(239,1255233600,-18000),(239,1270350000,-21600),(239,1286683200,-18000),(239,1304823600,-21600),(239,1313899200,-18000),(239,1335668400,-21600),
(239,1346558400,-18000),(239,1367118000,-21600),(239,1378612800,-18000),(239,1398567600,-21600),(239,1410062400,-18000),(239,1463281200,-21600),(239,1471147200,-18000),(239,1494730800,-21600),
(239,1502596800,-18000),(239,1526180400,-21600),(239,1534046400,-18000),(239,1554606000,-21600),(239,1567915200,-18000),(239,1586055600,-21600),(239,1599364800,-18000),(239,1617505200,-21600),
(239,1630814400,-18000),(239,1648954800,-21600),(239,1662868800,-18000),(239,1680404400,-21600),(239,1693713600,-18000),(239,1712458800,-21600),(239,1725768000,-18000),(239,1743908400,-21600),
(239,1757217600,-18000),(239,1775358000,-21600),(239,1788667200,-18000),(239,1806807600,-21600),(239,1820116800,-18000),(239,1838257200,-21600),(239,1851566400,-18000),(239,1870311600,-21600),
(239,1883016000,-18000),(239,1901761200,-21600),(239,1915070400,-18000),(239,1933210800,-21600),(239,1946520000,-18000),(239,1964660400,-21600),(239,1977969600,-18000),(239,1996110000,-21600),
(239,2009419200,-18000),(239,2027559600,-21600),(239,2040868800,-18000),(239,2059614000,-21600),(239,2072318400,-18000),(239,2091063600,-21600),(239,2104372800,-18000),(239,2122513200,-21600),
(239,2135822400,-18000),(239,2153962800,-21600),(239,2167272000,-18000),(239,2185412400,-21600),(239,2198721600,-18000),(239,2217466800,-21600),(239,2230171200,-18000),(239,2248916400,-21600),
(239,2262225600,-18000),(239,2280366000,-21600),(239,2293675200,-18000),(239,2311815600,-21600),(239,2325124800,-18000),(239,2343265200,-21600),(239,2356574400,-18000),(239,2374714800,-21600),
(239,2388024000,-18000),(239,2406769200,-21600),(239,2419473600,-18000),(239,2438218800,-21600),(239,2451528000,-18000),(239,2469668400,-21600),(239,2482977600,-18000),(239,2501118000,-21600),
(239,2514427200,-18000),(239,2532567600,-21600),(239,2545876800,-18000),(239,2564017200,-21600),(239,2577326400,-18000),(239,2596071600,-21600),(239,2609380800,-18000),(239,2627521200,-21600),
(239,2640830400,-18000),(239,2658970800,-21600),(239,2672280000,-18000),(239,2690420400,-21600),(239,2703729600,-18000),(239,2721870000,-21600),(239,2735179200,-18000),(239,2753924400,-21600),
(239,2766628800,-18000),(239,2785374000,-21600),(239,2798683200,-18000),(239,2816823600,-21600),(239,2830132800,-18000),(239,2848273200,-21600),(239,2861582400,-18000),(239,2879722800,-21600),
(239,2893032000,-18000),(239,2911172400,-21600),(239,2924481600,-18000),(239,2943226800,-21600),(239,2955931200,-18000),(239,2974676400,-21600),(239,2987985600,-18000),(239,3006126000,-21600),
(239,3019435200,-18000),(239,3037575600,-21600),(239,3050884800,-18000),(239,3069025200,-21600),(239,3082334400,-18000),(239,3101079600,-21600),(239,3113784000,-18000),(239,3132529200,-21600),
(239,3145838400,-18000),(239,3163978800,-21600),(239,3177288000,-18000),(239,3195428400,-21600),(239,3208737600,-18000),(239,3226878000,-21600),(239,3240187200,-18000),(239,3258327600,-21600),
(239,3271636800,-18000),(239,3290382000,-21600),(239,3303086400,-18000),(239,3321831600,-21600),(239,3335140800,-18000),(239,3353281200,-21600),(239,3366590400,-18000),(239,3384730800,-21600),
(239,3398040000,-18000),(239,3416180400,-21600),(239,3429489600,-18000),(239,3447630000,-21600),(239,3460939200,-18000),(239,3479684400,-21600),(239,3492993600,-18000),(239,3511134000,-21600),
(239,3524443200,-18000),(239,3542583600,-21600),(239,3555892800,-18000),(239,3574033200,-21600),(239,3587342400,-18000),(239,3605482800,-21600),(239,3618792000,-18000),(239,3637537200,-21600),
(239,3650241600,-18000),(239,3668986800,-21600),(239,3682296000,-18000),(239,3700436400,-21600),(239,3713745600,-18000),(239,3731886000,-21600),(239,3745195200,-18000),(239,3763335600,-21600),
(239,3776644800,-18000),(239,3794785200,-21600),(239,3808094400,-18000),(239,3826839600,-21600),(239,3839544000,-18000),(239,3858289200,-21600),(239,3871598400,-18000),(239,3889738800,-21600),
(239,3903048000,-18000),(239,3921188400,-21600),(239,3934497600,-18000),(239,3952638000,-21600),(239,3965947200,-18000),(239,3984692400,-21600),(239,3997396800,-18000),(239,4016142000,-21600),
(239,4029451200,-18000),(239,4047591600,-21600),(239,4060900800,-18000),(239,4079041200,-21600),(239,4092350400,-18000),(239,4110490800,-21600),(239,4123800000,-18000),(240,-62135596800,-3600),
(241,-62135596800,-36000),(242,-62135596800,-39600),(243,-62135596800,-43200),(244,-62135596800,-28800),(245,-62135596800,-32400),(246,-62135596800,39600),(247,-62135596800,43200),(248,-62135596800,46800),
(249,-62135596800,50400),(250,-62135596800,18000),(251,-62135596800,3600),(251,228877200,7200),(251,243997200,3600),(251,260326800,7200),(251,276051600,3600),(251,291776400,7200),
(251,307501200,3600),(251,323830800,7200),(251,338950800,3600),(251,354675600,7200),(251,370400400,3600),(251,386125200,7200),(251,401850000,3600),(251,417574800,7200),
(251,433299600,3600),(251,449024400,7200),(251,465354000,3600),(251,481078800,7200),(251,496803600,3600),(251,512528400,7200),(251,528253200,3600),(251,543978000,7200),
(251,559702800,3600),(251,575427600,7200),(251,591152400,3600),(251,606877200,7200),(251,622602000,3600),(251,638326800,7200),(251,654656400,3600),(251,670381200,7200),
(251,686106000,3600),(251,701830800,7200),(251,717555600,3600),(251,733280400,7200),(251,749005200,3600),(251,764730000,7200),(251,780454800,3600),(251,796179600,7200),
(251,811904400,3600),(251,828234000,7200),(251,846378000,3600),(251,859683600,7200),(251,877827600,3600),(251,891133200,7200),(251,909277200,3600),(251,922582800,7200),
(251,941331600,3600),(251,954032400,7200),(251,972781200,3600),(251,985482000,7200),(251,1004230800,3600),(251,1017536400,7200),(251,1035680400,3600),(251,1048986000,7200),
(251,1067130000,3600),(251,1080435600,7200),(251,1099184400,3600),(251,1111885200,7200),(251,1130634000,3600),(251,1143334800,7200),(251,1162083600,3600),(251,1174784400,7200),
(251,1193533200,3600),(251,1206838800,7200),(251,1224982800,3600),(251,1238288400,7200),(251,1256432400,3600),(251,1269738000,7200),(251,1288486800,3600),(251,1301187600,7200),
(251,1319936400,3600),(251,1332637200,7200),(251,1351386000,3600),(251,1364691600,7200),(251,1382835600,3600),(251,1396141200,7200),(251,1414285200,3600),(251,1427590800,7200),
(251,1445734800,3600),(251,1459040400,7200),(251,1477789200,3600),(251,1490490000,7200),(251,1509238800,3600),(251,1521939600,7200),(251,1540688400,3600),(251,1553994000,7200),
(251,1572138000,3600),(251,1585443600,7200),(251,1603587600,3600),(251,1616893200,7200),(251,1635642000,3600),(251,1648342800,7200),(251,1667091600,3600),(251,1679792400,7200),
(251,1698541200,3600),(251,1711846800,7200),(251,1729990800,3600),(251,1743296400,7200),(251,1761440400,3600),(251,1774746000,7200),(251,1792890000,3600),(251,1806195600,7200),
(251,1824944400,3600),(251,1837645200,7200),(251,1856394000,3600),(251,1869094800,7200),(251,1887843600,3600),(251,1901149200,7200),(251,1919293200,3600),(251,1932598800,7200);
INSERT INTO durable.tz_transitions (rule_id, at_utc, utc_offset) VALUES
(251,1950742800,3600),(251,1964048400,7200),(251,1982797200,3600),(251,1995498000,7200),(251,2014246800,3600),(251,2026947600,7200),(251,2045696400,3600),(251,2058397200,7200),
(251,2077146000,3600),(251,2090451600,7200),(251,2108595600,3600),(251,2121901200,7200),(251,2140045200,3600),(251,2153350800,7200),(251,2172099600,3600),(251,2184800400,7200),
(251,2203549200,3600),(251,2216250000,7200),(251,2234998800,3600),(251,2248304400,7200),(251,2266448400,3600),(251,2279754000,7200),(251,2297898000,3600),(251,2311203600,7200),
(251,2329347600,3600),(251,2342653200,7200),(251,2361402000,3600),(251,2374102800,7200),(251,2392851600,3600),(251,2405552400,7200),(251,2424301200,3600),(251,2437606800,7200),
(251,2455750800,3600),(251,2469056400,7200),(251,2487200400,3600),(251,2500506000,7200),(251,2519254800,3600),(251,2531955600,7200),(251,2550704400,3600),(251,2563405200,7200),
(251,2582154000,3600),(251,2595459600,7200),(251,2613603600,3600),(251,2626909200,7200),(251,2645053200,3600),(251,2658358800,7200),(251,2676502800,3600),(251,2689808400,7200),
(251,2708557200,3600),(251,2721258000,7200),(251,2740006800,3600),(251,2752707600,7200),(251,2771456400,3600),(251,2784762000,7200),(251,2802906000,3600),(251,2816211600,7200),
(251,2834355600,3600),(251,2847661200,7200),(251,2866410000,3600),(251,2879110800,7200),(251,2897859600,3600),(251,2910560400,7200),(251,2929309200,3600),(251,2942010000,7200),
(251,2960758800,3600),(251,2974064400,7200),(251,2992208400,3600),(251,3005514000,7200),(251,3023658000,3600),(251,3036963600,7200),(251,3055712400,3600),(251,3068413200,7200),
(251,3087162000,3600),(251,3099862800,7200),(251,3118611600,3600),(251,3131917200,7200),(251,3150061200,3600),(251,3163366800,7200),(251,3181510800,3600),(251,3194816400,7200),
(251,3212960400,3600),(251,3226266000,7200),(251,3245014800,3600),(251,3257715600,7200),(251,3276464400,3600),(251,3289165200,7200),(251,3307914000,3600),(251,3321219600,7200),
(251,3339363600,3600),(251,3352669200,7200),(251,3370813200,3600),(251,3384118800,7200),(251,3402867600,3600),(251,3415568400,7200),(251,3434317200,3600),(251,3447018000,7200),
(251,3465766800,3600),(251,3479072400,7200),(251,3497216400,3600),(251,3510522000,7200),(251,3528666000,3600),(251,3541971600,7200),(251,3560115600,3600),(251,3573421200,7200),
(251,3592170000,3600),(251,3604870800,7200),(251,3623619600,3600),(251,3636320400,7200),(251,3655069200,3600),(251,3668374800,7200),(251,3686518800,3600),(251,3699824400,7200),
(251,3717968400,3600),(251,3731274000,7200),(251,3750022800,3600),(251,3762723600,7200),(251,3781472400,3600),(251,3794173200,7200),(251,3812922000,3600),(251,3825622800,7200),
(251,3844371600,3600),(251,3857677200,7200),(251,3875821200,3600),(251,3889126800,7200),(251,3907270800,3600),(251,3920576400,7200),(251,3939325200,3600),(251,3952026000,7200),
(251,3970774800,3600),(251,3983475600,7200),(251,4002224400,3600),(251,4015530000,7200),(251,4033674000,3600),(251,4046979600,7200),(251,4065123600,3600),(251,4078429200,7200),
(251,4096573200,3600),(251,4109878800,7200),(251,4128627600,3600),(252,-62135596800,3600),(252,481078800,7200),(252,496803600,3600),(252,512528400,7200),(252,528253200,3600),
(252,543978000,7200),(252,559702800,3600),(252,575427600,7200),(252,591152400,3600),(252,606877200,7200),(252,622602000,3600),(252,638326800,7200),(252,654656400,3600),
(252,670381200,7200),(252,686106000,3600),(252,701830800,7200),(252,717555600,3600),(252,733280400,7200),(252,749005200,3600),(252,764730000,7200),(252,780454800,3600),
(252,796179600,7200),(252,811904400,3600),(252,828234000,7200),(252,846378000,3600),(252,859683600,7200),(252,877827600,3600),(252,891133200,7200),(252,909277200,3600),
(252,922582800,7200),(252,941331600,3600),(252,954032400,7200),(252,972781200,3600),(252,985482000,7200),(252,1004230800,3600),(252,1017536400,7200),(252,1035680400,3600),
(252,1048986000,7200),(252,1067130000,3600),(252,1080435600,7200),(252,1099184400,3600),(252,1111885200,7200),(252,1130634000,3600),(252,1143334800,7200),(252,1162083600,3600),
(252,1174784400,7200),(252,1193533200,3600),(252,1206838800,7200),(252,1224982800,3600),(252,1238288400,7200),(252,1256432400,3600),(252,1269738000,7200),(252,1288486800,3600),
(252,1301187600,7200),(252,1319936400,3600),(252,1332637200,7200),(252,1351386000,3600),(252,1364691600,7200),(252,1382835600,3600),(252,1396141200,7200),(252,1414285200,3600),
(252,1427590800,7200),(252,1445734800,3600),(252,1459040400,7200),(252,1477789200,3600),(252,1490490000,7200),(252,1509238800,3600),(252,1521939600,7200),(252,1540688400,3600),
(252,1553994000,7200),(252,1572138000,3600),(252,1585443600,7200),(252,1603587600,3600),(252,1616893200,7200),(252,1635642000,3600),(252,1648342800,7200),(252,1667091600,3600),
(252,1679792400,7200),(252,1698541200,3600),(252,1711846800,7200),(252,1729990800,3600),(252,1743296400,7200),(252,1761440400,3600),(252,1774746000,7200),(252,1792890000,3600),
(252,1806195600,7200),(252,1824944400,3600),(252,1837645200,7200),(252,1856394000,3600),(252,1869094800,7200),(252,1887843600,3600),(252,1901149200,7200),(252,1919293200,3600),
(252,1932598800,7200),(252,1950742800,3600),(252,1964048400,7200),(252,1982797200,3600),(252,1995498000,7200),(252,2014246800,3600),(252,2026947600,7200),(252,2045696400,3600),
(252,2058397200,7200),(252,2077146000,3600),(252,2090451600,7200),(252,2108595600,3600),(252,2121901200,7200),(252,2140045200,3600),(252,2153350800,7200),(252,2172099600,3600),
(252,2184800400,7200),(252,2203549200,3600),(252,2216250000,7200),(252,2234998800,3600),(252,2248304400,7200),(252,2266448400,3600),(252,2279754000,7200),(252,2297898000,3600),
(252,2311203600,7200),(252,2329347600,3600),(252,2342653200,7200),(252,2361402000,3600),(252,2374102800,7200),(252,2392851600,3600),(252,2405552400,7200),(252,2424301200,3600),
(252,2437606800,7200),(252,2455750800,3600),(252,2469056400,7200),(252,2487200400,3600),(252,2500506000,7200),(252,2519254800,3600),(252,2531955600,7200),(252,2550704400,3600),
(252,2563405200,7200),(252,2582154000,3600),(252,2595459600,7200),(252,2613603600,3600),(252,2626909200,7200),(252,2645053200,3600),(252,2658358800,7200),(252,2676502800,3600),
(252,2689808400,7200),(252,2708557200,3600),(252,2721258000,7200),(252,2740006800,3600),(252,2752707600,7200),(252,2771456400,3600),(252,2784762000,7200),(252,2802906000,3600),
(252,2816211600,7200),(252,2834355600,3600),(252,2847661200,7200),(252,2866410000,3600),(252,2879110800,7200),(252,2897859600,3600),(252,2910560400,7200),(252,2929309200,3600),
(252,2942010000,7200),(252,2960758800,3600),(252,2974064400,7200),(252,2992208400,3600),(252,3005514000,7200),(252,3023658000,3600),(252,3036963600,7200),(252,3055712400,3600),
(252,3068413200,7200),(252,3087162000,3600),(252,3099862800,7200),(252,3118611600,3600),(252,3131917200,7200),(252,3150061200,3600),(252,3163366800,7200),(252,3181510800,3600),
(252,3194816400,7200),(252,3212960400,3600),(252,3226266000,7200),(252,3245014800,3600),(252,3257715600,7200),(252,3276464400,3600),(252,3289165200,7200),(252,3307914000,3600),
(252,3321219600,7200),(252,3339363600,3600),(252,3352669200,7200),(252,3370813200,3600),(252,3384118800,7200),(252,3402867600,3600),(252,3415568400,7200),(252,3434317200,3600),
(252,3447018000,7200),(252,3465766800,3600),(252,3479072400,7200),(252,3497216400,3600),(252,3510522000,7200),(252,3528666000,3600),(252,3541971600,7200),(252,3560115600,3600),
(252,3573421200,7200),(252,3592170000,3600),(252,3604870800,7200),(252,3623619600,3600),(252,3636320400,7200),(252,3655069200,3600),(252,3668374800,7200),(252,3686518800,3600),
(252,3699824400,7200),(252,3717968400,3600),(252,3731274000,7200),(252,3750022800,3600),(252,3762723600,7200),(252,3781472400,3600),(252,3794173200,7200),(252,3812922000,3600),
(252,3825622800,7200),(252,3844371600,3600),(252,3857677200,7200),(252,3875821200,3600),(252,3889126800,7200),(252,3907270800,3600),(252,3920576400,7200),(252,3939325200,3600),
(252,3952026000,7200),(252,3970774800,3600),(252,3983475600,7200),(252,4002224400,3600),(252,4015530000,7200),(252,4033674000,3600),(252,4046979600,7200),(252,4065123600,3600),
(252,4078429200,7200),(252,4096573200,3600),(252,4109878800,7200),(252,4128627600,3600),(253,-62135596800,14400),(253,354916800,18000),(253,370724400,14400),(253,386452800,18000),
(253,402260400,14400),(253,417988800,18000),(253,433796400,14400),(253,449611200,18000),(253,465343200,14400),(253,481068000,18000),(253,496792800,14400),(253,512517600,18000),
(253,528242400,14400),(253,543967200,18000),(253,559692000,14400),(253,575416800,18000),(253,591141600,14400),(253,622594800,10800),(253,638319600,14400),(253,654649200,10800),
(253,670374000,14400),(253,717548400,10800),(253,733273200,14400),(253,748998000,10800),(253,764722800,14400),(253,780447600,10800),(253,796172400,14400),(253,811897200,10800),
(253,828226800,14400),(253,846370800,10800),(253,859676400,14400),(253,877820400,10800),(253,891126000,14400),(253,909270000,10800),(253,922575600,14400),(253,941324400,10800),
(253,954025200,14400),(253,972774000,10800),(253,985474800,14400),(253,1004223600,10800),(253,1017529200,14400),(253,1035673200,10800),(253,1048978800,14400),(253,1067122800,10800),
(253,1080428400,14400),(253,1099177200,10800),(253,1111878000,14400),(253,1130626800,10800),(253,1143327600,14400),(253,1162076400,10800),(253,1174777200,14400),(253,1193526000,10800),
(253,1206831600,14400),(253,1224975600,10800),(253,1238281200,14400),(253,1256425200,10800),(253,1269730800,14400),(253,1288479600,10800),(253,1301180400,14400),(253,1414274400,10800),
(253,1459033200,14400),(254,-62135596800,7200),(254,166485600,10800),(254,186184800,7200),(254,198028800,10800),(254,213753600,7200),(254,228873600,10800),(254,244080000,7200),
(254,260323200,10800),(254,275446800,7200),(254,291798000,10800),(254,307407600,7200),(254,323388000,10800),(254,338936400,7200),(254,354675600,10800),(254,370400400,7200),
(254,386125200,10800),(254,401850000,7200),(254,417574800,10800),(254,433299600,7200),(254,449024400,10800),(254,465354000,7200),(254,481078800,10800),(254,496803600,7200),
(254,512528400,10800),(254,528253200,7200),(254,543978000,10800),(254,559702800,7200),(254,575427600,10800),(254,591152400,7200),(254,606877200,10800),(254,622602000,7200),
(254,638326800,10800),(254,654656400,7200),(254,670381200,10800),(254,686106000,7200),(254,701830800,10800),(254,717555600,7200),(254,733280400,10800),(254,749005200,7200),
(254,764730000,10800),(254,780454800,7200),(254,796179600,10800),(254,811904400,7200),(254,828234000,10800),(254,846378000,7200),(254,859683600,10800),(254,877827600,7200),
(254,891133200,10800),(254,909277200,7200),(254,922582800,10800),(254,941331600,7200),(254,954032400,10800),(254,972781200,7200),(254,985482000,10800),(254,1004230800,7200),
(254,1017536400,10800),(254,1035680400,7200),(254,1048986000,10800),(254,1067130000,7200),(254,1080435600,10800),(254,1099184400,7200),(254,1111885200,10800),(254,1130634000,7200),
(254,1143334800,10800),(254,1162083600,7200),(254,1174784400,10800),(254,1193533200,7200),(254,1206838800,10800),(254,1224982800,7200),(254,1238288400,10800),(254,1256432400,7200),
(254,1269738000,10800),(254,1288486800,7200),(254,1301187600,10800),(254,1319936400,7200),(254,1332637200,10800),(254,1351386000,7200),(254,1364691600,10800),(254,1382835600,7200),
(254,1396141200,10800),(254,1414285200,7200),(254,1427590800,10800),(254,1445734800,7200),(254,1459040400,10800),(254,1477789200,7200),(254,1490490000,10800),(254,1509238800,7200),
(254,1521939600,10800),(254,1540688400,7200),(254,1553994000,10800),(254,1572138000,7200),(254,1585443600,10800),(254,1603587600,7200),(254,1616893200,10800),(254,1635642000,7200),
(254,1648342800,10800),(254,1667091600,7200),(254,1679792400,10800),(254,1698541200,7200),(254,1711846800,10800),(254,1729990800,7200),(254,1743296400,10800),(254,1761440400,7200),
(254,1774746000,10800),(254,1792890000,7200),(254,1806195600,10800),(254,1824944400,7200),(254,1837645200,10800),(254,1856394000,7200),(254,1869094800,10800),(254,1887843600,7200),
(254,1901149200,10800),(254,1919293200,7200),(254,1932598800,10800),(254,1950742800,7200),(254,1964048400,10800),(254,1982797200,7200),(254,1995498000,10800),(254,2014246800,7200),
(254,2026947600,10800),(254,2045696400,7200),(254,2058397200,10800),(254,2077146000,7200),(254,2090451600,10800),(254,2108595600,7200),(254,2121901200,10800),(254,2140045200,7200),
(254,2153350800,10800),(254,2172099600,7200),(254,2184800400,10800),(254,2203549200,7200),(254,2216250000,10800),(254,2234998800,7200),(254,2248304400,10800),(254,2266448400,7200),
(254,2279754000,10800),(254,2297898000,7200),(254,2311203600,10800),(254,2329347600,7200),(254,2342653200,10800),(254,2361402000,7200),(254,2374102800,10800),(254,2392851600,7200),
(254,2405552400,10800),(254,2424301200,7200),(254,2437606800,10800),(254,2455750800,7200),(254,2469056400,10800),(254,2487200400,7200),(254,2500506000,10800),(254,2519254800,7200),
(254,2531955600,10800),(254,2550704400,7200),(254,2563405200,10800),(254,2582154000,7200),(254,2595459600,10800),(254,2613603600,7200),(254,2626909200,10800),(254,2645053200,7200),
(254,2658358800,10800),(254,2676502800,7200),(254,2689808400,10800),(254,2708557200,7200),(254,2721258000,10800),(254,2740006800,7200),(254,2752707600,10800),(254,2771456400,7200),
(254,2784762000,10800),(254,2802906000,7200),(254,2816211600,10800),(254,2834355600,7200),(254,2847661200,10800),(254,2866410000,7200),(254,2879110800,10800),(254,2897859600,7200),
(254,2910560400,10800),(254,2929309200,7200),(254,2942010000,10800),(254,2960758800,7200),(254,2974064400,10800),(254,2992208400,7200),(254,3005514000,10800),(254,3023658000,7200),
(254,3036963600,10800),(254,3055712400,7200),(254,3068413200,10800),(254,3087162000,7200),(254,3099862800,10800),(254,3118611600,7200),(254,3131917200,10800),(254,3150061200,7200),
(254,3163366800,10800),(254,3181510800,7200),(254,3194816400,10800),(254,3212960400,7200),(254,3226266000,10800),(254,3245014800,7200),(254,3257715600,10800),(254,3276464400,7200),
(254,3289165200,10800),(254,3307914000,7200),(254,3321219600,10800),(254,3339363600,7200),(254,3352669200,10800),(254,3370813200,7200),(254,3384118800,10800),(254,3402867600,7200),
(254,3415568400,10800),(254,3434317200,7200),(254,3447018000,10800),(254,3465766800,7200),(254,3479072400,10800),(254,3497216400,7200),(254,3510522000,10800),(254,3528666000,7200),
(254,3541971600,10800),(254,3560115600,7200),(254,3573421200,10800),(254,3592170000,7200),(254,3604870800,10800),(254,3623619600,7200),(254,3636320400,10800),(254,3655069200,7200),
(254,3668374800,10800),(254,3686518800,7200),(254,3699824400,10800),(254,3717968400,7200),(254,3731274000,10800),(254,3750022800,7200),(254,3762723600,10800),(254,3781472400,7200),
(254,3794173200,10800),(254,3812922000,7200),(254,3825622800,10800),(254,3844371600,7200),(254,3857677200,10800),(254,3875821200,7200),(254,3889126800,10800),(254,3907270800,7200),
(254,3920576400,10800),(254,3939325200,7200),(254,3952026000,10800),(254,3970774800,7200),(254,3983475600,10800),(254,4002224400,7200),(254,4015530000,10800),(254,4033674000,7200),
(254,4046979600,10800),(254,4065123600,7200),(254,4078429200,10800),(254,4096573200,7200),(254,4109878800,10800),(254,4128627600,7200),(255,-62135596800,3600),(255,57722400,0),
(255,69818400,3600),(255,89172000,0),(255,101268000,3600),(255,120621600,0),(255,132717600,3600),(255,152071200,0),(255,164167200,3600),(255,183520800,0),
(255,196221600,3600),(255,214970400,0),(255,227671200,3600),(255,246420000,0),(255,259120800,3600),(255,278474400,0),(255,290570400,3600),(255,309924000,0),
(255,322020000,3600),(255,341373600,0),(255,354675600,3600),(255,372819600,0),(255,386125200,3600),(255,404269200,0),(255,417574800,3600),(255,435718800,0),
(255,449024400,3600),(255,467773200,0),(255,481078800,3600),(255,499222800,0),(255,512528400,3600),(255,530672400,0),(255,543978000,3600),(255,562122000,0),
(255,575427600,3600),(255,593571600,0),(255,606877200,3600),(255,625626000,0),(255,638326800,3600),(255,657075600,0),(255,670381200,3600),(255,688525200,0),
(255,701830800,3600),(255,719974800,0),(255,733280400,3600),(255,751424400,0),(255,764730000,3600),(255,782874000,0),(255,796179600,3600),(255,814323600,0),
(255,828234000,3600),(255,846378000,0),(255,859683600,3600),(255,877827600,0),(255,891133200,3600),(255,909277200,0),(255,922582800,3600),(255,941331600,0),
(255,954032400,3600),(255,972781200,0),(255,985482000,3600),(255,1004230800,0),(255,1017536400,3600),(255,1035680400,0),(255,1048986000,3600),(255,1067130000,0),
(255,1080435600,3600),(255,1099184400,0),(255,1111885200,3600),(255,1130634000,0),(255,1143334800,3600),(255,1162083600,0),(255,1174784400,3600),(255,1193533200,0),
(255,1206838800,3600),(255,1224982800,0),(255,1238288400,3600),(255,1256432400,0),(255,1269738000,3600),(255,1288486800,0),(255,1301187600,3600),(255,1319936400,0),
(255,1332637200,3600),(255,1351386000,0),(255,1364691600,3600),(255,1382835600,0),(255,1396141200,3600),(255,1414285200,0),(255,1427590800,3600),(255,1445734800,0),
(255,1459040400,3600),(255,1477789200,0),(255,1490490000,3600),(255,1509238800,0),(255,1521939600,3600),(255,1540688400,0),(255,1553994000,3600),(255,1572138000,0),
(255,1585443600,3600),(255,1603587600,0),(255,1616893200,3600),(255,1635642000,0),(255,1648342800,3600),(255,1667091600,0),(255,1679792400,3600),(255,1698541200,0),
(255,1711846800,3600),(255,1729990800,0),(255,1743296400,3600),(255,1761440400,0),(255,1774746000,3600),(255,1792890000,0),(255,1806195600,3600),(255,1824944400,0),
(255,1837645200,3600),(255,1856394000,0),(255,1869094800,3600),(255,1887843600,0),(255,1901149200,3600),(255,1919293200,0),(255,1932598800,3600),(255,1950742800,0),
(255,1964048400,3600),(255,1982797200,0),(255,1995498000,3600),(255,2014246800,0),(255,2026947600,3600),(255,2045696400,0),(255,2058397200,3600),(255,2077146000,0),
(255,2090451600,3600),(255,2108595600,0),(255,2121901200,3600),(255,2140045200,0),(255,2153350800,3600),(255,2172099600,0),(255,2184800400,3600),(255,2203549200,0),
(255,2216250000,3600),(255,2234998800,0),(255,2248304400,3600),(255,2266448400,0),(255,2279754000,3600),(255,2297898000,0),(255,2311203600,3600),(255,2329347600,0),
(255,2342653200,3600),(255,2361402000,0),(255,2374102800,3600),(255,2392851600,0),(255,2405552400,3600),(255,2424301200,0),(255,2437606800,3600),(255,2455750800,0),
(255,2469056400,3600),(255,2487200400,0),(255,2500506000,3600),(255,2519254800,0),(255,2531955600,3600),(255,2550704400,0),(255,2563405200,3600),(255,2582154000,0),
(255,2595459600,3600),(255,2613603600,0),(255,2626909200,3600),(255,2645053200,0),(255,2658358800,3600),(255,2676502800,0),(255,2689808400,3600),(255,2708557200,0),
(255,2721258000,3600),(255,2740006800,0),(255,2752707600,3600),(255,2771456400,0),(255,2784762000,3600),(255,2802906000,0),(255,2816211600,3600),(255,2834355600,0),
(255,2847661200,3600),(255,2866410000,0),(255,2879110800,3600),(255,2897859600,0),(255,2910560400,3600),(255,2929309200,0),(255,2942010000,3600),(255,2960758800,0),
(255,2974064400,3600),(255,2992208400,0),(255,3005514000,3600),(255,3023658000,0),(255,3036963600,3600),(255,3055712400,0),(255,3068413200,3600),(255,3087162000,0),
(255,3099862800,3600),(255,3118611600,0),(255,3131917200,3600),(255,3150061200,0),(255,3163366800,3600),(255,3181510800,0),(255,3194816400,3600),(255,3212960400,0),
(255,3226266000,3600),(255,3245014800,0),(255,3257715600,3600),(255,3276464400,0),(255,3289165200,3600),(255,3307914000,0),(255,3321219600,3600),(255,3339363600,0),
(255,3352669200,3600),(255,3370813200,0),(255,3384118800,3600),(255,3402867600,0),(255,3415568400,3600),(255,3434317200,0),(255,3447018000,3600),(255,3465766800,0),
(255,3479072400,3600),(255,3497216400,0),(255,3510522000,3600),(255,3528666000,0),(255,3541971600,3600),(255,3560115600,0),(255,3573421200,3600),(255,3592170000,0),
(255,3604870800,3600),(255,3623619600,0),(255,3636320400,3600),(255,3655069200,0),(255,3668374800,3600),(255,3686518800,0),(255,3699824400,3600),(255,3717968400,0),
(255,3731274000,3600),(255,3750022800,0),(255,3762723600,3600),(255,3781472400,0),(255,3794173200,3600),(255,3812922000,0),(255,3825622800,3600),(255,3844371600,0),
(255,3857677200,3600),(255,3875821200,0),(255,3889126800,3600),(255,3907270800,0),(255,3920576400,3600),(255,3939325200,0),(255,3952026000,3600),(255,3970774800,0),
(255,3983475600,3600),(255,4002224400,0),(255,4015530000,3600),(255,4033674000,0),(255,4046979600,3600),(255,4065123600,0),(255,4078429200,3600),(255,4096573200,0),
(255,4109878800,3600),(255,4128627600,0),(256,-62135596800,3600),(256,417574800,7200),(256,433299600,3600),(256,449024400,7200),(256,465354000,3600),(256,481078800,7200),
(256,496803600,3600),(256,512528400,7200),(256,528253200,3600),(256,543978000,7200),(256,559702800,3600),(256,575427600,7200),(256,591152400,3600),(256,606877200,7200),
(256,622602000,3600),(256,638326800,7200),(256,654656400,3600),(256,670381200,7200),(256,686106000,3600),(256,701830800,7200),(256,717555600,3600),(256,733280400,7200),
(256,749005200,3600),(256,764730000,7200),(256,780454800,3600),(256,796179600,7200),(256,811904400,3600),(256,828234000,7200),(256,846378000,3600),(256,859683600,7200),
(256,877827600,3600),(256,891133200,7200),(256,909277200,3600),(256,922582800,7200),(256,941331600,3600),(256,954032400,7200),(256,972781200,3600),(256,985482000,7200),
(256,1004230800,3600),(256,1017536400,7200),(256,1035680400,3600),(256,1048986000,7200),(256,1067130000,3600),(256,1080435600,7200),(256,1099184400,3600),(256,1111885200,7200),
(256,1130634000,3600),(256,1143334800,7200),(256,1162083600,3600),(256,1174784400,7200),(256,1193533200,3600),(256,1206838800,7200),(256,1224982800,3600),(256,1238288400,7200);
INSERT INTO durable.tz_transitions (rule_id, at_utc, utc_offset) VALUES
(256,1256432400,3600),(256,1269738000,7200),(256,1288486800,3600),(256,1301187600,7200),(256,1319936400,3600),(256,1332637200,7200),(256,1351386000,3600),(256,1364691600,7200),
(256,1382835600,3600),(256,1396141200,7200),(256,1414285200,3600),(256,1427590800,7200),(256,1445734800,3600),(256,1459040400,7200),(256,1477789200,3600),(256,1490490000,7200),
(256,1509238800,3600),(256,1521939600,7200),(256,1540688400,3600),(256,1553994000,7200),(256,1572138000,3600),(256,1585443600,7200),(256,1603587600,3600),(256,1616893200,7200),
(256,1635642000,3600),(256,1648342800,7200),(256,1667091600,3600),(256,1679792400,7200),(256,1698541200,3600),(256,1711846800,7200),(256,1729990800,3600),(256,1743296400,7200),
(256,1761440400,3600),(256,1774746000,7200),(256,1792890000,3600),(256,1806195600,7200),(256,1824944400,3600),(256,1837645200,7200),(256,1856394000,3600),(256,1869094800,7200),
(256,1887843600,3600),(256,1901149200,7200),(256,1919293200,3600),(256,1932598800,7200),(256,1950742800,3600),(256,1964048400,7200),(256,1982797200,3600),(256,1995498000,7200),
(256,2014246800,3600),(256,2026947600,7200),(256,2045696400,3600),(256,2058397200,7200),(256,2077146000,3600),(256,2090451600,7200),(256,2108595600,3600),(256,2121901200,7200),
(256,2140045200,3600),(256,2153350800,7200),(256,2172099600,3600),(256,2184800400,7200),(256,2203549200,3600),(256,2216250000,7200),(256,2234998800,3600),(256,2248304400,7200),
(256,2266448400,3600),(256,2279754000,7200),(256,2297898000,3600),(256,2311203600,7200),(256,2329347600,3600),(256,2342653200,7200),(256,2361402000,3600),(256,2374102800,7200),
(256,2392851600,3600),(256,2405552400,7200),(256,2424301200,3600),(256,2437606800,7200),(256,2455750800,3600),(256,2469056400,7200),(256,2487200400,3600),(256,2500506000,7200),
(256,2519254800,3600),(256,2531955600,7200),(256,2550704400,3600),(256,2563405200,7200),(256,2582154000,3600),(256,2595459600,7200),(256,2613603600,3600),(256,2626909200,7200),
(256,2645053200,3600),(256,2658358800,7200),(256,2676502800,3600),(256,2689808400,7200),(256,2708557200,3600),(256,2721258000,7200),(256,2740006800,3600),(256,2752707600,7200),
(256,2771456400,3600),(256,2784762000,7200),(256,2802906000,3600),(256,2816211600,7200),(256,2834355600,3600),(256,2847661200,7200),(256,2866410000,3600),(256,2879110800,7200),
(256,2897859600,3600),(256,2910560400,7200),(256,2929309200,3600),(256,2942010000,7200),(256,2960758800,3600),(256,2974064400,7200),(256,2992208400,3600),(256,3005514000,7200),
(256,3023658000,3600),(256,3036963600,7200),(256,3055712400,3600),(256,3068413200,7200),(256,3087162000,3600),(256,3099862800,7200),(256,3118611600,3600),(256,3131917200,7200),
(256,3150061200,3600),(256,3163366800,7200),(256,3181510800,3600),(256,3194816400,7200),(256,3212960400,3600),(256,3226266000,7200),(256,3245014800,3600),(256,3257715600,7200),
(256,3276464400,3600),(256,3289165200,7200),(256,3307914000,3600),(256,3321219600,7200),(256,3339363600,3600),(256,3352669200,7200),(256,3370813200,3600),(256,3384118800,7200),
(256,3402867600,3600),(256,3415568400,7200),(256,3434317200,3600),(256,3447018000,7200),(256,3465766800,3600),(256,3479072400,7200),(256,3497216400,3600),(256,3510522000,7200),
(256,3528666000,3600),(256,3541971600,7200),(256,3560115600,3600),(256,3573421200,7200),(256,3592170000,3600),(256,3604870800,7200),(256,3623619600,3600),(256,3636320400,7200),
(256,3655069200,3600),(256,3668374800,7200),(256,3686518800,3600),(256,3699824400,7200),(256,3717968400,3600),(256,3731274000,7200),(256,3750022800,3600),(256,3762723600,7200),
(256,3781472400,3600),(256,3794173200,7200),(256,3812922000,3600),(256,3825622800,7200),(256,3844371600,3600),(256,3857677200,7200),(256,3875821200,3600),(256,3889126800,7200),
(256,3907270800,3600),(256,3920576400,7200),(256,3939325200,3600),(256,3952026000,7200),(256,3970774800,3600),(256,3983475600,7200),(256,4002224400,3600),(256,4015530000,7200),
(256,4033674000,3600),(256,4046979600,7200),(256,4065123600,3600),(256,4078429200,7200),(256,4096573200,3600),(256,4109878800,7200),(256,4128627600,3600),(257,-62135596800,3600),
(257,291776400,7200),(257,307501200,3600),(257,323830800,7200),(257,338950800,3600),(257,354675600,7200),(257,370400400,3600),(257,386125200,7200),(257,401850000,3600),
(257,417574800,7200),(257,433299600,3600),(257,449024400,7200),(257,465354000,3600),(257,481078800,7200),(257,496803600,3600),(257,512528400,7200),(257,528253200,3600),
(257,543978000,7200),(257,559702800,3600),(257,575427600,7200),(257,591152400,3600),(257,606877200,7200),(257,622602000,3600),(257,638326800,7200),(257,654656400,3600),
(257,670381200,7200),(257,686106000,3600),(257,701830800,7200),(257,717555600,3600),(257,733280400,7200),(257,749005200,3600),(257,764730000,7200),(257,780454800,3600),
(257,796179600,7200),(257,811904400,3600),(257,828234000,7200),(257,846378000,3600),(257,859683600,7200),(257,877827600,3600),(257,891133200,7200),(257,909277200,3600),
(257,922582800,7200),(257,941331600,3600),(257,954032400,7200),(257,972781200,3600),(257,985482000,7200),(257,1004230800,3600),(257,1017536400,7200),(257,1035680400,3600),
(257,1048986000,7200),(257,1067130000,3600),(257,1080435600,7200),(257,1099184400,3600),(257,1111885200,7200),(257,1130634000,3600),(257,1143334800,7200),(257,1162083600,3600),
(257,1174784400,7200),(257,1193533200,3600),(257,1206838800,7200),(257,1224982800,3600),(257,1238288400,7200),(257,1256432400,3600),(257,1269738000,7200),(257,1288486800,3600),
(257,1301187600,7200),(257,1319936400,3600),(257,1332637200,7200),(257,1351386000,3600),(257,1364691600,7200),(257,1382835600,3600),(257,1396141200,7200),(257,1414285200,3600),
(257,1427590800,7200),(257,1445734800,3600),(257,1459040400,7200),(257,1477789200,3600),(257,1490490000,7200),(257,1509238800,3600),(257,1521939600,7200),(257,1540688400,3600),
(257,1553994000,7200),(257,1572138000,3600),(257,1585443600,7200),(257,1603587600,3600),(257,1616893200,7200),(257,1635642000,3600),(257,1648342800,7200),(257,1667091600,3600),
(257,1679792400,7200),(257,1698541200,3600),(257,1711846800,7200),(257,1729990800,3600),(257,1743296400,7200),(257,1761440400,3600),(257,1774746000,7200),(257,1792890000,3600),
(257,1806195600,7200),(257,1824944400,3600),(257,1837645200,7200),(257,1856394000,3600),(257,1869094800,7200),(257,1887843600,3600),(257,1901149200,7200),(257,1919293200,3600),
(257,1932598800,7200),(257,1950742800,3600),(257,1964048400,7200),(257,1982797200,3600),(257,1995498000,7200),(257,2014246800,3600),(257,2026947600,7200),(257,2045696400,3600),
(257,2058397200,7200),(257,2077146000,3600),(257,2090451600,7200),(257,2108595600,3600),(257,2121901200,7200),(257,2140045200,3600),(257,2153350800,7200),(257,2172099600,3600),
(257,2184800400,7200),(257,2203549200,3600),(257,2216250000,7200),(257,2234998800,3600),(257,2248304400,7200),(257,2266448400,3600),(257,2279754000,7200),(257,2297898000,3600),
(257,2311203600,7200),(257,2329347600,3600),(257,2342653200,7200),(257,2361402000,3600),(257,2374102800,7200),(257,2392851600,3600),(257,2405552400,7200),(257,2424301200,3600),
(257,2437606800,7200),(257,2455750800,3600),(257,2469056400,7200),(257,2487200400,3600),(257,2500506000,7200),(257,2519254800,3600),(257,2531955600,7200),(257,2550704400,3600),
(257,2563405200,7200),(257,2582154000,3600),(257,2595459600,7200),(257,2613603600,3600),(257,2626909200,7200),(257,2645053200,3600),(257,2658358800,7200),(257,2676502800,3600),
(257,2689808400,7200),(257,2708557200,3600),(257,2721258000,7200),(257,2740006800,3600),(257,2752707600,7200),(257,2771456400,3600),(257,2784762000,7200),(257,2802906000,3600),
(257,2816211600,7200),(257,2834355600,3600),(257,2847661200,7200),(257,2866410000,3600),(257,2879110800,7200),(257,2897859600,3600),(257,2910560400,7200),(257,2929309200,3600),
(257,2942010000,7200),(257,2960758800,3600),(257,2974064400,7200),(257,2992208400,3600),(257,3005514000,7200),(257,3023658000,3600),(257,3036963600,7200),(257,3055712400,3600),
(257,3068413200,7200),(257,3087162000,3600),(257,3099862800,7200),(257,3118611600,3600),(257,3131917200,7200),(257,3150061200,3600),(257,3163366800,7200),(257,3181510800,3600),
(257,3194816400,7200),(257,3212960400,3600),(257,3226266000,7200),(257,3245014800,3600),(257,3257715600,7200),(257,3276464400,3600),(257,3289165200,7200),(257,3307914000,3600),
(257,3321219600,7200),(257,3339363600,3600),(257,3352669200,7200),(257,3370813200,3600),(257,3384118800,7200),(257,3402867600,3600),(257,3415568400,7200),(257,3434317200,3600),
(257,3447018000,7200),(257,3465766800,3600),(257,3479072400,7200),(257,3497216400,3600),(257,3510522000,7200),(257,3528666000,3600),(257,3541971600,7200),(257,3560115600,3600),
(257,3573421200,7200),(257,3592170000,3600),(257,3604870800,7200),(257,3623619600,3600),(257,3636320400,7200),(257,3655069200,3600),(257,3668374800,7200),(257,3686518800,3600),
(257,3699824400,7200),(257,3717968400,3600),(257,3731274000,7200),(257,3750022800,3600),(257,3762723600,7200),(257,3781472400,3600),(257,3794173200,7200),(257,3812922000,3600),
(257,3825622800,7200),(257,3844371600,3600),(257,3857677200,7200),(257,3875821200,3600),(257,3889126800,7200),(257,3907270800,3600),(257,3920576400,7200),(257,3939325200,3600),
(257,3952026000,7200),(257,3970774800,3600),(257,3983475600,7200),(257,4002224400,3600),(257,4015530000,7200),(257,4033674000,3600),(257,4046979600,7200),(257,4065123600,3600),
(257,4078429200,7200),(257,4096573200,3600),(257,4109878800,7200),(257,4128627600,3600),(258,-62135596800,7200),(258,296604000,10800),(258,307486800,7200),(258,323816400,10800),
(258,338940000,7200),(258,354672000,10800),(258,370396800,7200),(258,386121600,10800),(258,401846400,7200),(258,417571200,10800),(258,433296000,7200),(258,449020800,10800),
(258,465350400,7200),(258,481075200,10800),(258,496800000,7200),(258,512524800,10800),(258,528249600,7200),(258,543974400,10800),(258,559699200,7200),(258,575424000,10800),
(258,591148800,7200),(258,606873600,10800),(258,622598400,7200),(258,638323200,10800),(258,654652800,7200),(258,670370400,10800),(258,686095200,7200),(258,701820000,10800),
(258,717544800,7200),(258,733269600,10800),(258,748994400,7200),(258,764719200,10800),(258,780440400,7200),(258,796168800,10800),(258,811890000,7200),(258,828223200,10800),
(258,846363600,7200),(258,859683600,10800),(258,877827600,7200),(258,891133200,10800),(258,909277200,7200),(258,922582800,10800),(258,941331600,7200),(258,954032400,10800),
(258,972781200,7200),(258,985482000,10800),(258,1004230800,7200),(258,1017536400,10800),(258,1035680400,7200),(258,1048986000,10800),(258,1067130000,7200),(258,1080435600,10800),
(258,1099184400,7200),(258,1111885200,10800),(258,1130634000,7200),(258,1143334800,10800),(258,1162083600,7200),(258,1174784400,10800),(258,1193533200,7200),(258,1206838800,10800),
(258,1224982800,7200),(258,1238288400,10800),(258,1256432400,7200),(258,1269738000,10800),(258,1288486800,7200),(258,1301187600,10800),(258,1319936400,7200),(258,1332637200,10800),
(258,1351386000,7200),(258,1364691600,10800),(258,1382835600,7200),(258,1396141200,10800),(258,1414285200,7200),(258,1427590800,10800),(258,1445734800,7200),(258,1459040400,10800),
(258,1477789200,7200),(258,1490490000,10800),(258,1509238800,7200),(258,1521939600,10800),(258,1540688400,7200),(258,1553994000,10800),(258,1572138000,7200),(258,1585443600,10800),
(258,1603587600,7200),(258,1616893200,10800),(258,1635642000,7200),(258,1648342800,10800),(258,1667091600,7200),(258,1679792400,10800),(258,1698541200,7200),(258,1711846800,10800),
(258,1729990800,7200),(258,1743296400,10800),(258,1761440400,7200),(258,1774746000,10800),(258,1792890000,7200),(258,1806195600,10800),(258,1824944400,7200),(258,1837645200,10800),
(258,1856394000,7200),(258,1869094800,10800),(258,1887843600,7200),(258,1901149200,10800),(258,1919293200,7200),(258,1932598800,10800),(258,1950742800,7200),(258,1964048400,10800),
(258,1982797200,7200),(258,1995498000,10800),(258,2014246800,7200),(258,2026947600,10800),(258,2045696400,7200),(258,2058397200,10800),(258,2077146000,7200),(258,2090451600,10800),
(258,2108595600,7200),(258,2121901200,10800),(258,2140045200,7200),(258,2153350800,10800),(258,2172099600,7200),(258,2184800400,10800),(258,2203549200,7200),(258,2216250000,10800),
(258,2234998800,7200),(258,2248304400,10800),(258,2266448400,7200),(258,2279754000,10800),(258,2297898000,7200),(258,2311203600,10800),(258,2329347600,7200),(258,2342653200,10800),
(258,2361402000,7200),(258,2374102800,10800),(258,2392851600,7200),(258,2405552400,10800),(258,2424301200,7200),(258,2437606800,10800),(258,2455750800,7200),(258,2469056400,10800),
(258,2487200400,7200),(258,2500506000,10800),(258,2519254800,7200),(258,2531955600,10800),(258,2550704400,7200),(258,2563405200,10800),(258,2582154000,7200),(258,2595459600,10800),
(258,2613603600,7200),(258,2626909200,10800),(258,2645053200,7200),(258,2658358800,10800),(258,2676502800,7200),(258,2689808400,10800),(258,2708557200,7200),(258,2721258000,10800),
(258,2740006800,7200),(258,2752707600,10800),(258,2771456400,7200),(258,2784762000,10800),(258,2802906000,7200),(258,2816211600,10800),(258,2834355600,7200),(258,2847661200,10800),
(258,2866410000,7200),(258,2879110800,10800),(258,2897859600,7200),(258,2910560400,10800),(258,2929309200,7200),(258,2942010000,10800),(258,2960758800,7200),(258,2974064400,10800),
(258,2992208400,7200),(258,3005514000,10800),(258,3023658000,7200),(258,3036963600,10800),(258,3055712400,7200),(258,3068413200,10800),(258,3087162000,7200),(258,3099862800,10800),
(258,3118611600,7200),(258,3131917200,10800),(258,3150061200,7200),(258,3163366800,10800),(258,3181510800,7200),(258,3194816400,10800),(258,3212960400,7200),(258,3226266000,10800),
(258,3245014800,7200),(258,3257715600,10800),(258,3276464400,7200),(258,3289165200,10800),(258,3307914000,7200),(258,3321219600,10800),(258,3339363600,7200),(258,3352669200,10800),
(258,3370813200,7200),(258,3384118800,10800),(258,3402867600,7200),(258,3415568400,10800),(258,3434317200,7200),(258,3447018000,10800),(258,3465766800,7200),(258,3479072400,10800),
(258,3497216400,7200),(258,3510522000,10800),(258,3528666000,7200),(258,3541971600,10800),(258,3560115600,7200),(258,3573421200,10800),(258,3592170000,7200),(258,3604870800,10800),
(258,3623619600,7200),(258,3636320400,10800),(258,3655069200,7200),(258,3668374800,10800),(258,3686518800,7200),(258,3699824400,10800),(258,3717968400,7200),(258,3731274000,10800),
(258,3750022800,7200),(258,3762723600,10800),(258,3781472400,7200),(258,3794173200,10800),(258,3812922000,7200),(258,3825622800,10800),(258,3844371600,7200),(258,3857677200,10800),
(258,3875821200,7200),(258,3889126800,10800),(258,3907270800,7200),(258,3920576400,10800),(258,3939325200,7200),(258,3952026000,10800),(258,3970774800,7200),(258,3983475600,10800),
(258,4002224400,7200),(258,4015530000,10800),(258,4033674000,7200),(258,4046979600,10800),(258,4065123600,7200),(258,4078429200,10800),(258,4096573200,7200),(258,4109878800,10800),
(258,4128627600,7200),(259,-62135596800,3600),(259,323823600,7200),(259,338943600,3600),(259,354668400,7200),(259,370393200,3600),(259,386118000,7200),(259,401842800,3600),
(259,417567600,7200),(259,433292400,3600),(259,449024400,7200),(259,465354000,3600),(259,481078800,7200),(259,496803600,3600),(259,512528400,7200),(259,528253200,3600),
(259,543978000,7200),(259,559702800,3600),(259,575427600,7200),(259,591152400,3600),(259,606877200,7200),(259,622602000,3600),(259,638326800,7200),(259,654656400,3600),
(259,670381200,7200),(259,686106000,3600),(259,701830800,7200),(259,717555600,3600),(259,733280400,7200),(259,749005200,3600),(259,764730000,7200),(259,780454800,3600),
(259,796179600,7200),(259,811904400,3600),(259,828234000,7200),(259,846378000,3600),(259,859683600,7200),(259,877827600,3600),(259,891133200,7200),(259,909277200,3600),
(259,922582800,7200),(259,941331600,3600),(259,954032400,7200),(259,972781200,3600),(259,985482000,7200),(259,1004230800,3600),(259,1017536400,7200),(259,1035680400,3600),
(259,1048986000,7200),(259,1067130000,3600),(259,1080435600,7200),(259,1099184400,3600),(259,1111885200,7200),(259,1130634000,3600),(259,1143334800,7200),(259,1162083600,3600),
(259,1174784400,7200),(259,1193533200,3600),(259,1206838800,7200),(259,1224982800,3600),(259,1238288400,7200),(259,1256432400,3600),(259,1269738000,7200),(259,1288486800,3600),
(259,1301187600,7200),(259,1319936400,3600),(259,1332637200,7200),(259,1351386000,3600),(259,1364691600,7200),(259,1382835600,3600),(259,1396141200,7200),(259,1414285200,3600),
(259,1427590800,7200),(259,1445734800,3600),(259,1459040400,7200),(259,1477789200,3600),(259,1490490000,7200),(259,1509238800,3600),(259,1521939600,7200),(259,1540688400,3600),
(259,1553994000,7200),(259,1572138000,3600),(259,1585443600,7200),(259,1603587600,3600),(259,1616893200,7200),(259,1635642000,3600),(259,1648342800,7200),(259,1667091600,3600),
(259,1679792400,7200),(259,1698541200,3600),(259,1711846800,7200),(259,1729990800,3600),(259,1743296400,7200),(259,1761440400,3600),(259,1774746000,7200),(259,1792890000,3600),
(259,1806195600,7200),(259,1824944400,3600),(259,1837645200,7200),(259,1856394000,3600),(259,1869094800,7200),(259,1887843600,3600),(259,1901149200,7200),(259,1919293200,3600),
(259,1932598800,7200),(259,1950742800,3600),(259,1964048400,7200),(259,1982797200,3600),(259,1995498000,7200),(259,2014246800,3600),(259,2026947600,7200),(259,2045696400,3600),
(259,2058397200,7200),(259,2077146000,3600),(259,2090451600,7200),(259,2108595600,3600),(259,2121901200,7200),(259,2140045200,3600),(259,2153350800,7200),(259,2172099600,3600),
(259,2184800400,7200),(259,2203549200,3600),(259,2216250000,7200),(259,2234998800,3600),(259,2248304400,7200),(259,2266448400,3600),(259,2279754000,7200),(259,2297898000,3600),
(259,2311203600,7200),(259,2329347600,3600),(259,2342653200,7200),(259,2361402000,3600),(259,2374102800,7200),(259,2392851600,3600),(259,2405552400,7200),(259,2424301200,3600),
(259,2437606800,7200),(259,2455750800,3600),(259,2469056400,7200),(259,2487200400,3600),(259,2500506000,7200),(259,2519254800,3600),(259,2531955600,7200),(259,2550704400,3600),
(259,2563405200,7200),(259,2582154000,3600),(259,2595459600,7200),(259,2613603600,3600),(259,2626909200,7200),(259,2645053200,3600),(259,2658358800,7200),(259,2676502800,3600),
(259,2689808400,7200),(259,2708557200,3600),(259,2721258000,7200),(259,2740006800,3600),(259,2752707600,7200),(259,2771456400,3600),(259,2784762000,7200),(259,2802906000,3600),
(259,2816211600,7200),(259,2834355600,3600),(259,2847661200,7200),(259,2866410000,3600),(259,2879110800,7200),(259,2897859600,3600),(259,2910560400,7200),(259,2929309200,3600),
(259,2942010000,7200),(259,2960758800,3600),(259,2974064400,7200),(259,2992208400,3600),(259,3005514000,7200),(259,3023658000,3600),(259,3036963600,7200),(259,3055712400,3600),
(259,3068413200,7200),(259,3087162000,3600),(259,3099862800,7200),(259,3118611600,3600),(259,3131917200,7200),(259,3150061200,3600),(259,3163366800,7200),(259,3181510800,3600),
(259,3194816400,7200),(259,3212960400,3600),(259,3226266000,7200),(259,3245014800,3600),(259,3257715600,7200),(259,3276464400,3600),(259,3289165200,7200),(259,3307914000,3600),
(259,3321219600,7200),(259,3339363600,3600),(259,3352669200,7200),(259,3370813200,3600),(259,3384118800,7200),(259,3402867600,3600),(259,3415568400,7200),(259,3434317200,3600),
(259,3447018000,7200),(259,3465766800,3600),(259,3479072400,7200),(259,3497216400,3600),(259,3510522000,7200),(259,3528666000,3600),(259,3541971600,7200),(259,3560115600,3600),
(259,3573421200,7200),(259,3592170000,3600),(259,3604870800,7200),(259,3623619600,3600),(259,3636320400,7200),(259,3655069200,3600),(259,3668374800,7200),(259,3686518800,3600),
(259,3699824400,7200),(259,3717968400,3600),(259,3731274000,7200),(259,3750022800,3600),(259,3762723600,7200),(259,3781472400,3600),(259,3794173200,7200),(259,3812922000,3600),
(259,3825622800,7200),(259,3844371600,3600),(259,3857677200,7200),(259,3875821200,3600),(259,3889126800,7200),(259,3907270800,3600),(259,3920576400,7200),(259,3939325200,3600),
(259,3952026000,7200),(259,3970774800,3600),(259,3983475600,7200),(259,4002224400,3600),(259,4015530000,7200),(259,4033674000,3600),(259,4046979600,7200),(259,4065123600,3600),
(259,4078429200,7200),(259,4096573200,3600),(259,4109878800,7200),(259,4128627600,3600),(260,-62135596800,3600),(260,354675600,7200),(260,370400400,3600),(260,386125200,7200),
(260,401850000,3600),(260,417574800,7200),(260,433299600,3600),(260,449024400,7200),(260,465354000,3600),(260,481078800,7200),(260,496803600,3600),(260,512528400,7200),
(260,528253200,3600),(260,543978000,7200),(260,559702800,3600),(260,575427600,7200),(260,591152400,3600),(260,606877200,7200),(260,622602000,3600),(260,638326800,7200),
(260,654656400,3600),(260,670381200,7200),(260,686106000,3600),(260,701830800,7200),(260,717555600,3600),(260,733280400,7200),(260,749005200,3600),(260,764730000,7200),
(260,780454800,3600),(260,796179600,7200),(260,811904400,3600),(260,828234000,7200),(260,846378000,3600),(260,859683600,7200),(260,877827600,3600),(260,891133200,7200),
(260,909277200,3600),(260,922582800,7200),(260,941331600,3600),(260,954032400,7200),(260,972781200,3600),(260,985482000,7200),(260,1004230800,3600),(260,1017536400,7200),
(260,1035680400,3600),(260,1048986000,7200),(260,1067130000,3600),(260,1080435600,7200),(260,1099184400,3600),(260,1111885200,7200),(260,1130634000,3600),(260,1143334800,7200),
(260,1162083600,3600),(260,1174784400,7200),(260,1193533200,3600),(260,1206838800,7200),(260,1224982800,3600),(260,1238288400,7200),(260,1256432400,3600),(260,1269738000,7200),
(260,1288486800,3600),(260,1301187600,7200),(260,1319936400,3600),(260,1332637200,7200),(260,1351386000,3600),(260,1364691600,7200),(260,1382835600,3600),(260,1396141200,7200),
(260,1414285200,3600),(260,1427590800,7200),(260,1445734800,3600),(260,1459040400,7200),(260,1477789200,3600),(260,1490490000,7200),(260,1509238800,3600),(260,1521939600,7200),
(260,1540688400,3600),(260,1553994000,7200),(260,1572138000,3600),(260,1585443600,7200),(260,1603587600,3600),(260,1616893200,7200),(260,1635642000,3600),(260,1648342800,7200);
INSERT INTO durable.tz_transitions (rule_id, at_utc, utc_offset) VALUES
(260,1667091600,3600),(260,1679792400,7200),(260,1698541200,3600),(260,1711846800,7200),(260,1729990800,3600),(260,1743296400,7200),(260,1761440400,3600),(260,1774746000,7200),
(260,1792890000,3600),(260,1806195600,7200),(260,1824944400,3600),(260,1837645200,7200),(260,1856394000,3600),(260,1869094800,7200),(260,1887843600,3600),(260,1901149200,7200),
(260,1919293200,3600),(260,1932598800,7200),(260,1950742800,3600),(260,1964048400,7200),(260,1982797200,3600),(260,1995498000,7200),(260,2014246800,3600),(260,2026947600,7200),
(260,2045696400,3600),(260,2058397200,7200),(260,2077146000,3600),(260,2090451600,7200),(260,2108595600,3600),(260,2121901200,7200),(260,2140045200,3600),(260,2153350800,7200),
(260,2172099600,3600),(260,2184800400,7200),(260,2203549200,3600),(260,2216250000,7200),(260,2234998800,3600),(260,2248304400,7200),(260,2266448400,3600),(260,2279754000,7200),
(260,2297898000,3600),(260,2311203600,7200),(260,2329347600,3600),(260,2342653200,7200),(260,2361402000,3600),(260,2374102800,7200),(260,2392851600,3600),(260,2405552400,7200),
(260,2424301200,3600),(260,2437606800,7200),(260,2455750800,3600),(260,2469056400,7200),(260,2487200400,3600),(260,2500506000,7200),(260,2519254800,3600),(260,2531955600,7200),
(260,2550704400,3600),(260,2563405200,7200),(260,2582154000,3600),(260,2595459600,7200),(260,2613603600,3600),(260,2626909200,7200),(260,2645053200,3600),(260,2658358800,7200),
(260,2676502800,3600),(260,2689808400,7200),(260,2708557200,3600),(260,2721258000,7200),(260,2740006800,3600),(260,2752707600,7200),(260,2771456400,3600),(260,2784762000,7200),
(260,2802906000,3600),(260,2816211600,7200),(260,2834355600,3600),(260,2847661200,7200),(260,2866410000,3600),(260,2879110800,7200),(260,2897859600,3600),(260,2910560400,7200),
(260,2929309200,3600),(260,2942010000,7200),(260,2960758800,3600),(260,2974064400,7200),(260,2992208400,3600),(260,3005514000,7200),(260,3023658000,3600),(260,3036963600,7200),
(260,3055712400,3600),(260,3068413200,7200),(260,3087162000,3600),(260,3099862800,7200),(260,3118611600,3600),(260,3131917200,7200),(260,3150061200,3600),(260,3163366800,7200),
(260,3181510800,3600),(260,3194816400,7200),(260,3212960400,3600),(260,3226266000,7200),(260,3245014800,3600),(260,3257715600,7200),(260,3276464400,3600),(260,3289165200,7200),
(260,3307914000,3600),(260,3321219600,7200),(260,3339363600,3600),(260,3352669200,7200),(260,3370813200,3600),(260,3384118800,7200),(260,3402867600,3600),(260,3415568400,7200),
(260,3434317200,3600),(260,3447018000,7200),(260,3465766800,3600),(260,3479072400,7200),(260,3497216400,3600),(260,3510522000,7200),(260,3528666000,3600),(260,3541971600,7200),
(260,3560115600,3600),(260,3573421200,7200),(260,3592170000,3600),(260,3604870800,7200),(260,3623619600,3600),(260,3636320400,7200),(260,3655069200,3600),(260,3668374800,7200),
(260,3686518800,3600),(260,3699824400,7200),(260,3717968400,3600),(260,3731274000,7200),(260,3750022800,3600),(260,3762723600,7200),(260,3781472400,3600),(260,3794173200,7200),
(260,3812922000,3600),(260,3825622800,7200),(260,3844371600,3600),(260,3857677200,7200),(260,3875821200,3600),(260,3889126800,7200),(260,3907270800,3600),(260,3920576400,7200),
(260,3939325200,3600),(260,3952026000,7200),(260,3970774800,3600),(260,3983475600,7200),(260,4002224400,3600),(260,4015530000,7200),(260,4033674000,3600),(260,4046979600,7200),
(260,4065123600,3600),(260,4078429200,7200),(260,4096573200,3600),(260,4109878800,7200),(260,4128627600,3600),(261,-62135596800,10800),(261,354920400,14400),(261,370728000,10800),
(261,386456400,14400),(261,402264000,10800),(261,417992400,14400),(261,433800000,10800),(261,449614800,14400),(261,465346800,10800),(261,481071600,14400),(261,496796400,10800),
(261,512521200,14400),(261,528246000,10800),(261,543970800,14400),(261,559695600,10800),(261,575420400,14400),(261,591145200,10800),(261,606870000,14400),(261,622594800,10800),
(261,638319600,14400),(261,641944800,10800),(261,654652800,7200),(261,670377600,10800),(261,686102400,7200),(261,701820000,10800),(261,717541200,7200),(261,733269600,10800),
(261,748990800,7200),(261,764719200,10800),(261,780440400,7200),(261,796168800,10800),(261,811890000,7200),(261,828223200,10800),(261,846363600,7200),(261,859680000,10800),
(261,877824000,7200),(261,891129600,10800),(261,909273600,7200),(261,922579200,10800),(261,941328000,7200),(261,954028800,10800),(261,972777600,7200),(261,985478400,10800),
(261,1004227200,7200),(261,1017532800,10800),(261,1035676800,7200),(261,1048982400,10800),(261,1067126400,7200),(261,1080432000,10800),(261,1099180800,7200),(261,1111881600,10800),
(261,1130630400,7200),(261,1143331200,10800),(261,1162080000,7200),(261,1174780800,10800),(261,1193529600,7200),(261,1206835200,10800),(261,1224979200,7200),(261,1238284800,10800),
(261,1256428800,7200),(261,1269734400,10800),(261,1288483200,7200),(261,1301184000,10800),(261,1319932800,7200),(261,1332633600,10800),(261,1351382400,7200),(261,1364688000,10800),
(261,1382832000,7200),(261,1396137600,10800),(261,1414281600,7200),(261,1427587200,10800),(261,1445731200,7200),(261,1459036800,10800),(261,1477785600,7200),(261,1490486400,10800),
(261,1509235200,7200),(261,1521936000,10800),(261,1540684800,7200),(261,1553990400,10800),(261,1572134400,7200),(261,1585440000,10800),(261,1603584000,7200),(261,1616889600,10800),
(261,1635638400,7200),(261,1648339200,10800),(261,1667088000,7200),(261,1679788800,10800),(261,1698537600,7200),(261,1711843200,10800),(261,1729987200,7200),(261,1743292800,10800),
(261,1761436800,7200),(261,1774742400,10800),(261,1792886400,7200),(261,1806192000,10800),(261,1824940800,7200),(261,1837641600,10800),(261,1856390400,7200),(261,1869091200,10800),
(261,1887840000,7200),(261,1901145600,10800),(261,1919289600,7200),(261,1932595200,10800),(261,1950739200,7200),(261,1964044800,10800),(261,1982793600,7200),(261,1995494400,10800),
(261,2014243200,7200),(261,2026944000,10800),(261,2045692800,7200),(261,2058393600,10800),(261,2077142400,7200),(261,2090448000,10800),(261,2108592000,7200),(261,2121897600,10800),
(261,2140041600,7200),(261,2153347200,10800),(261,2172096000,7200),(261,2184796800,10800),(261,2203545600,7200),(261,2216246400,10800),(261,2234995200,7200),(261,2248300800,10800),
(261,2266444800,7200),(261,2279750400,10800),(261,2297894400,7200),(261,2311200000,10800),(261,2329344000,7200),(261,2342649600,10800),(261,2361398400,7200),(261,2374099200,10800),
(261,2392848000,7200),(261,2405548800,10800),(261,2424297600,7200),(261,2437603200,10800),(261,2455747200,7200),(261,2469052800,10800),(261,2487196800,7200),(261,2500502400,10800),
(261,2519251200,7200),(261,2531952000,10800),(261,2550700800,7200),(261,2563401600,10800),(261,2582150400,7200),(261,2595456000,10800),(261,2613600000,7200),(261,2626905600,10800),
(261,2645049600,7200),(261,2658355200,10800),(261,2676499200,7200),(261,2689804800,10800),(261,2708553600,7200),(261,2721254400,10800),(261,2740003200,7200),(261,2752704000,10800),
(261,2771452800,7200),(261,2784758400,10800),(261,2802902400,7200),(261,2816208000,10800),(261,2834352000,7200),(261,2847657600,10800),(261,2866406400,7200),(261,2879107200,10800),
(261,2897856000,7200),(261,2910556800,10800),(261,2929305600,7200),(261,2942006400,10800),(261,2960755200,7200),(261,2974060800,10800),(261,2992204800,7200),(261,3005510400,10800),
(261,3023654400,7200),(261,3036960000,10800),(261,3055708800,7200),(261,3068409600,10800),(261,3087158400,7200),(261,3099859200,10800),(261,3118608000,7200),(261,3131913600,10800),
(261,3150057600,7200),(261,3163363200,10800),(261,3181507200,7200),(261,3194812800,10800),(261,3212956800,7200),(261,3226262400,10800),(261,3245011200,7200),(261,3257712000,10800),
(261,3276460800,7200),(261,3289161600,10800),(261,3307910400,7200),(261,3321216000,10800),(261,3339360000,7200),(261,3352665600,10800),(261,3370809600,7200),(261,3384115200,10800),
(261,3402864000,7200),(261,3415564800,10800),(261,3434313600,7200),(261,3447014400,10800),(261,3465763200,7200),(261,3479068800,10800),(261,3497212800,7200),(261,3510518400,10800),
(261,3528662400,7200),(261,3541968000,10800),(261,3560112000,7200),(261,3573417600,10800),(261,3592166400,7200),(261,3604867200,10800),(261,3623616000,7200),(261,3636316800,10800),
(261,3655065600,7200),(261,3668371200,10800),(261,3686515200,7200),(261,3699820800,10800),(261,3717964800,7200),(261,3731270400,10800),(261,3750019200,7200),(261,3762720000,10800),
(261,3781468800,7200),(261,3794169600,10800),(261,3812918400,7200),(261,3825619200,10800),(261,3844368000,7200),(261,3857673600,10800),(261,3875817600,7200),(261,3889123200,10800),
(261,3907267200,7200),(261,3920572800,10800),(261,3939321600,7200),(261,3952022400,10800),(261,3970771200,7200),(261,3983472000,10800),(261,4002220800,7200),(261,4015526400,10800),
(261,4033670400,7200),(261,4046976000,10800),(261,4065120000,7200),(261,4078425600,10800),(261,4096569600,7200),(261,4109875200,10800),(261,4128624000,7200),(262,-62135596800,3600),
(262,386125200,7200),(262,401850000,3600),(262,417574800,7200),(262,433299600,3600),(262,449024400,7200),(262,465354000,3600),(262,481078800,7200),(262,496803600,3600),
(262,512528400,7200),(262,528253200,3600),(262,543978000,7200),(262,559702800,3600),(262,575427600,7200),(262,591152400,3600),(262,606877200,7200),(262,622602000,3600),
(262,638326800,7200),(262,654656400,3600),(262,670381200,7200),(262,686106000,3600),(262,701830800,7200),(262,717555600,3600),(262,733280400,7200),(262,749005200,3600),
(262,764730000,7200),(262,780454800,3600),(262,796179600,7200),(262,811904400,3600),(262,828234000,7200),(262,846378000,3600),(262,859683600,7200),(262,877827600,3600),
(262,891133200,7200),(262,909277200,3600),(262,922582800,7200),(262,941331600,3600),(262,954032400,7200),(262,972781200,3600),(262,985482000,7200),(262,1004230800,3600),
(262,1017536400,7200),(262,1035680400,3600),(262,1048986000,7200),(262,1067130000,3600),(262,1080435600,7200),(262,1099184400,3600),(262,1111885200,7200),(262,1130634000,3600),
(262,1143334800,7200),(262,1162083600,3600),(262,1174784400,7200),(262,1193533200,3600),(262,1206838800,7200),(262,1224982800,3600),(262,1238288400,7200),(262,1256432400,3600),
(262,1269738000,7200),(262,1288486800,3600),(262,1301187600,7200),(262,1319936400,3600),(262,1332637200,7200),(262,1351386000,3600),(262,1364691600,7200),(262,1382835600,3600),
(262,1396141200,7200),(262,1414285200,3600),(262,1427590800,7200),(262,1445734800,3600),(262,1459040400,7200),(262,1477789200,3600),(262,1490490000,7200),(262,1509238800,3600),
(262,1521939600,7200),(262,1540688400,3600),(262,1553994000,7200),(262,1572138000,3600),(262,1585443600,7200),(262,1603587600,3600),(262,1616893200,7200),(262,1635642000,3600),
(262,1648342800,7200),(262,1667091600,3600),(262,1679792400,7200),(262,1698541200,3600),(262,1711846800,7200),(262,1729990800,3600),(262,1743296400,7200),(262,1761440400,3600),
(262,1774746000,7200),(262,1792890000,3600),(262,1806195600,7200),(262,1824944400,3600),(262,1837645200,7200),(262,1856394000,3600),(262,1869094800,7200),(262,1887843600,3600),
(262,1901149200,7200),(262,1919293200,3600),(262,1932598800,7200),(262,1950742800,3600),(262,1964048400,7200),(262,1982797200,3600),(262,1995498000,7200),(262,2014246800,3600),
(262,2026947600,7200),(262,2045696400,3600),(262,2058397200,7200),(262,2077146000,3600),(262,2090451600,7200),(262,2108595600,3600),(262,2121901200,7200),(262,2140045200,3600),
(262,2153350800,7200),(262,2172099600,3600),(262,2184800400,7200),(262,2203549200,3600),(262,2216250000,7200),(262,2234998800,3600),(262,2248304400,7200),(262,2266448400,3600),
(262,2279754000,7200),(262,2297898000,3600),(262,2311203600,7200),(262,2329347600,3600),(262,2342653200,7200),(262,2361402000,3600),(262,2374102800,7200),(262,2392851600,3600),
(262,2405552400,7200),(262,2424301200,3600),(262,2437606800,7200),(262,2455750800,3600),(262,2469056400,7200),(262,2487200400,3600),(262,2500506000,7200),(262,2519254800,3600),
(262,2531955600,7200),(262,2550704400,3600),(262,2563405200,7200),(262,2582154000,3600),(262,2595459600,7200),(262,2613603600,3600),(262,2626909200,7200),(262,2645053200,3600),
(262,2658358800,7200),(262,2676502800,3600),(262,2689808400,7200),(262,2708557200,3600),(262,2721258000,7200),(262,2740006800,3600),(262,2752707600,7200),(262,2771456400,3600),
(262,2784762000,7200),(262,2802906000,3600),(262,2816211600,7200),(262,2834355600,3600),(262,2847661200,7200),(262,2866410000,3600),(262,2879110800,7200),(262,2897859600,3600),
(262,2910560400,7200),(262,2929309200,3600),(262,2942010000,7200),(262,2960758800,3600),(262,2974064400,7200),(262,2992208400,3600),(262,3005514000,7200),(262,3023658000,3600),
(262,3036963600,7200),(262,3055712400,3600),(262,3068413200,7200),(262,3087162000,3600),(262,3099862800,7200),(262,3118611600,3600),(262,3131917200,7200),(262,3150061200,3600),
(262,3163366800,7200),(262,3181510800,3600),(262,3194816400,7200),(262,3212960400,3600),(262,3226266000,7200),(262,3245014800,3600),(262,3257715600,7200),(262,3276464400,3600),
(262,3289165200,7200),(262,3307914000,3600),(262,3321219600,7200),(262,3339363600,3600),(262,3352669200,7200),(262,3370813200,3600),(262,3384118800,7200),(262,3402867600,3600),
(262,3415568400,7200),(262,3434317200,3600),(262,3447018000,7200),(262,3465766800,3600),(262,3479072400,7200),(262,3497216400,3600),(262,3510522000,7200),(262,3528666000,3600),
(262,3541971600,7200),(262,3560115600,3600),(262,3573421200,7200),(262,3592170000,3600),(262,3604870800,7200),(262,3623619600,3600),(262,3636320400,7200),(262,3655069200,3600),
(262,3668374800,7200),(262,3686518800,3600),(262,3699824400,7200),(262,3717968400,3600),(262,3731274000,7200),(262,3750022800,3600),(262,3762723600,7200),(262,3781472400,3600),
(262,3794173200,7200),(262,3812922000,3600),(262,3825622800,7200),(262,3844371600,3600),(262,3857677200,7200),(262,3875821200,3600),(262,3889126800,7200),(262,3907270800,3600),
(262,3920576400,7200),(262,3939325200,3600),(262,3952026000,7200),(262,3970774800,3600),(262,3983475600,7200),(262,4002224400,3600),(262,4015530000,7200),(262,4033674000,3600),
(262,4046979600,7200),(262,4065123600,3600),(262,4078429200,7200),(262,4096573200,3600),(262,4109878800,7200),(262,4128627600,3600),(263,-62135596800,7200),(263,354672000,10800),
(263,370396800,7200),(263,386121600,10800),(263,401846400,7200),(263,417574800,10800),(263,433299600,7200),(263,449024400,10800),(263,465354000,7200),(263,481078800,10800),
(263,496803600,7200),(263,512528400,10800),(263,528253200,7200),(263,543978000,10800),(263,559702800,7200),(263,575427600,10800),(263,591152400,7200),(263,606877200,10800),
(263,622602000,7200),(263,638326800,10800),(263,654656400,7200),(263,670381200,10800),(263,686106000,7200),(263,701830800,10800),(263,717555600,7200),(263,733280400,10800),
(263,749005200,7200),(263,764730000,10800),(263,780454800,7200),(263,796179600,10800),(263,811904400,7200),(263,828234000,10800),(263,846378000,7200),(263,859683600,10800),
(263,877827600,7200),(263,891133200,10800),(263,909277200,7200),(263,922582800,10800),(263,941331600,7200),(263,954032400,10800),(263,972781200,7200),(263,985482000,10800),
(263,1004230800,7200),(263,1017536400,10800),(263,1035680400,7200),(263,1048986000,10800),(263,1067130000,7200),(263,1080435600,10800),(263,1099184400,7200),(263,1111885200,10800),
(263,1130634000,7200),(263,1143334800,10800),(263,1162083600,7200),(263,1174784400,10800),(263,1193533200,7200),(263,1206838800,10800),(263,1224982800,7200),(263,1238288400,10800),
(263,1256432400,7200),(263,1269738000,10800),(263,1288486800,7200),(263,1301187600,10800),(263,1319936400,7200),(263,1332637200,10800),(263,1351386000,7200),(263,1364691600,10800),
(263,1382835600,7200),(263,1396141200,10800),(263,1414285200,7200),(263,1427590800,10800),(263,1445734800,7200),(263,1459040400,10800),(263,1477789200,7200),(263,1490490000,10800),
(263,1509238800,7200),(263,1521939600,10800),(263,1540688400,7200),(263,1553994000,10800),(263,1572138000,7200),(263,1585443600,10800),(263,1603587600,7200),(263,1616893200,10800),
(263,1635642000,7200),(263,1648342800,10800),(263,1667091600,7200),(263,1679792400,10800),(263,1698541200,7200),(263,1711846800,10800),(263,1729990800,7200),(263,1743296400,10800),
(263,1761440400,7200),(263,1774746000,10800),(263,1792890000,7200),(263,1806195600,10800),(263,1824944400,7200),(263,1837645200,10800),(263,1856394000,7200),(263,1869094800,10800),
(263,1887843600,7200),(263,1901149200,10800),(263,1919293200,7200),(263,1932598800,10800),(263,1950742800,7200),(263,1964048400,10800),(263,1982797200,7200),(263,1995498000,10800),
(263,2014246800,7200),(263,2026947600,10800),(263,2045696400,7200),(263,2058397200,10800),(263,2077146000,7200),(263,2090451600,10800),(263,2108595600,7200),(263,2121901200,10800),
(263,2140045200,7200),(263,2153350800,10800),(263,2172099600,7200),(263,2184800400,10800),(263,2203549200,7200),(263,2216250000,10800),(263,2234998800,7200),(263,2248304400,10800),
(263,2266448400,7200),(263,2279754000,10800),(263,2297898000,7200),(263,2311203600,10800),(263,2329347600,7200),(263,2342653200,10800),(263,2361402000,7200),(263,2374102800,10800),
(263,2392851600,7200),(263,2405552400,10800),(263,2424301200,7200),(263,2437606800,10800),(263,2455750800,7200),(263,2469056400,10800),(263,2487200400,7200),(263,2500506000,10800),
(263,2519254800,7200),(263,2531955600,10800),(263,2550704400,7200),(263,2563405200,10800),(263,2582154000,7200),(263,2595459600,10800),(263,2613603600,7200),(263,2626909200,10800),
(263,2645053200,7200),(263,2658358800,10800),(263,2676502800,7200),(263,2689808400,10800),(263,2708557200,7200),(263,2721258000,10800),(263,2740006800,7200),(263,2752707600,10800),
(263,2771456400,7200),(263,2784762000,10800),(263,2802906000,7200),(263,2816211600,10800),(263,2834355600,7200),(263,2847661200,10800),(263,2866410000,7200),(263,2879110800,10800),
(263,2897859600,7200),(263,2910560400,10800),(263,2929309200,7200),(263,2942010000,10800),(263,2960758800,7200),(263,2974064400,10800),(263,2992208400,7200),(263,3005514000,10800),
(263,3023658000,7200),(263,3036963600,10800),(263,3055712400,7200),(263,3068413200,10800),(263,3087162000,7200),(263,3099862800,10800),(263,3118611600,7200),(263,3131917200,10800),
(263,3150061200,7200),(263,3163366800,10800),(263,3181510800,7200),(263,3194816400,10800),(263,3212960400,7200),(263,3226266000,10800),(263,3245014800,7200),(263,3257715600,10800),
(263,3276464400,7200),(263,3289165200,10800),(263,3307914000,7200),(263,3321219600,10800),(263,3339363600,7200),(263,3352669200,10800),(263,3370813200,7200),(263,3384118800,10800),
(263,3402867600,7200),(263,3415568400,10800),(263,3434317200,7200),(263,3447018000,10800),(263,3465766800,7200),(263,3479072400,10800),(263,3497216400,7200),(263,3510522000,10800),
(263,3528666000,7200),(263,3541971600,10800),(263,3560115600,7200),(263,3573421200,10800),(263,3592170000,7200),(263,3604870800,10800),(263,3623619600,7200),(263,3636320400,10800),
(263,3655069200,7200),(263,3668374800,10800),(263,3686518800,7200),(263,3699824400,10800),(263,3717968400,7200),(263,3731274000,10800),(263,3750022800,7200),(263,3762723600,10800),
(263,3781472400,7200),(263,3794173200,10800),(263,3812922000,7200),(263,3825622800,10800),(263,3844371600,7200),(263,3857677200,10800),(263,3875821200,7200),(263,3889126800,10800),
(263,3907270800,7200),(263,3920576400,10800),(263,3939325200,7200),(263,3952026000,10800),(263,3970774800,7200),(263,3983475600,10800),(263,4002224400,7200),(263,4015530000,10800),
(263,4033674000,7200),(263,4046979600,10800),(263,4065123600,7200),(263,4078429200,10800),(263,4096573200,7200),(263,4109878800,10800),(263,4128627600,7200),(264,-62135596800,10800),
(264,354920400,14400),(264,370728000,10800),(264,386456400,14400),(264,402264000,10800),(264,417992400,14400),(264,433800000,10800),(264,449614800,14400),(264,465346800,10800),
(264,481071600,14400),(264,496796400,10800),(264,512521200,14400),(264,528246000,10800),(264,543970800,14400),(264,559695600,10800),(264,575420400,14400),(264,591145200,10800),
(264,622598400,7200),(264,638323200,10800),(264,654652800,7200),(264,670377600,10800),(264,686102400,7200),(264,701827200,10800),(264,717552000,7200),(264,733276800,10800),
(264,749001600,7200),(264,764726400,10800),(264,780451200,7200),(264,796176000,10800),(264,811900800,7200),(264,828230400,10800),(264,846374400,7200),(264,859680000,10800),
(264,877824000,7200),(264,891129600,10800),(264,909273600,7200),(264,922579200,10800),(264,941328000,7200),(264,954028800,10800),(264,972777600,7200),(264,985478400,10800),
(264,1004227200,7200),(264,1017532800,10800),(264,1035676800,7200),(264,1048982400,10800),(264,1067126400,7200),(264,1080432000,10800),(264,1099180800,7200),(264,1111881600,10800),
(264,1130630400,7200),(264,1143331200,10800),(264,1162080000,7200),(264,1174780800,10800),(264,1193529600,7200),(264,1206835200,10800),(264,1224979200,7200),(264,1238284800,10800),
(264,1256428800,7200),(264,1269734400,10800),(264,1288483200,7200),(264,1301184000,10800),(264,1414278000,7200),(265,-62135596800,10800),(265,354920400,14400),(265,370728000,10800),
(265,386456400,14400),(265,402264000,10800),(265,417992400,14400),(265,433800000,10800),(265,449614800,14400),(265,465346800,10800),(265,481071600,14400),(265,496796400,10800),
(265,512521200,14400),(265,528246000,10800),(265,543970800,14400),(265,559695600,10800),(265,575420400,14400),(265,591145200,10800),(265,606870000,14400),(265,622594800,10800),
(265,638319600,14400),(265,646783200,10800),(265,686102400,7200),(265,701827200,10800),(265,717552000,7200),(265,733276800,10800),(265,749001600,7200),(265,764726400,10800),
(265,780451200,7200),(265,796176000,10800),(265,811900800,7200),(265,828230400,10800),(265,846378000,7200),(265,859683600,10800),(265,877827600,7200),(265,891133200,10800),
(265,909277200,7200),(265,922582800,10800),(265,941331600,7200),(265,954032400,10800),(265,972781200,7200),(265,985482000,10800),(265,1004230800,7200),(265,1017536400,10800),
(265,1035680400,7200),(265,1048986000,10800),(265,1067130000,7200),(265,1080435600,10800),(265,1099184400,7200),(265,1111885200,10800),(265,1130634000,7200),(265,1143334800,10800),
(265,1162083600,7200),(265,1174784400,10800),(265,1193533200,7200),(265,1206838800,10800),(265,1224982800,7200),(265,1238288400,10800),(265,1256432400,7200),(265,1269738000,10800);
INSERT INTO durable.tz_transitions (rule_id, at_utc, utc_offset) VALUES
(265,1288486800,7200),(265,1301187600,10800),(265,1319936400,7200),(265,1332637200,10800),(265,1351386000,7200),(265,1364691600,10800),(265,1382835600,7200),(265,1396141200,10800),
(265,1414285200,7200),(265,1427590800,10800),(265,1445734800,7200),(265,1459040400,10800),(265,1477789200,7200),(265,1490490000,10800),(265,1509238800,7200),(265,1521939600,10800),
(265,1540688400,7200),(265,1553994000,10800),(265,1572138000,7200),(265,1585443600,10800),(265,1603587600,7200),(265,1616893200,10800),(265,1635642000,7200),(265,1648342800,10800),
(265,1667091600,7200),(265,1679792400,10800),(265,1698541200,7200),(265,1711846800,10800),(265,1729990800,7200),(265,1743296400,10800),(265,1761440400,7200),(265,1774746000,10800),
(265,1792890000,7200),(265,1806195600,10800),(265,1824944400,7200),(265,1837645200,10800),(265,1856394000,7200),(265,1869094800,10800),(265,1887843600,7200),(265,1901149200,10800),
(265,1919293200,7200),(265,1932598800,10800),(265,1950742800,7200),(265,1964048400,10800),(265,1982797200,7200),(265,1995498000,10800),(265,2014246800,7200),(265,2026947600,10800),
(265,2045696400,7200),(265,2058397200,10800),(265,2077146000,7200),(265,2090451600,10800),(265,2108595600,7200),(265,2121901200,10800),(265,2140045200,7200),(265,2153350800,10800),
(265,2172099600,7200),(265,2184800400,10800),(265,2203549200,7200),(265,2216250000,10800),(265,2234998800,7200),(265,2248304400,10800),(265,2266448400,7200),(265,2279754000,10800),
(265,2297898000,7200),(265,2311203600,10800),(265,2329347600,7200),(265,2342653200,10800),(265,2361402000,7200),(265,2374102800,10800),(265,2392851600,7200),(265,2405552400,10800),
(265,2424301200,7200),(265,2437606800,10800),(265,2455750800,7200),(265,2469056400,10800),(265,2487200400,7200),(265,2500506000,10800),(265,2519254800,7200),(265,2531955600,10800),
(265,2550704400,7200),(265,2563405200,10800),(265,2582154000,7200),(265,2595459600,10800),(265,2613603600,7200),(265,2626909200,10800),(265,2645053200,7200),(265,2658358800,10800),
(265,2676502800,7200),(265,2689808400,10800),(265,2708557200,7200),(265,2721258000,10800),(265,2740006800,7200),(265,2752707600,10800),(265,2771456400,7200),(265,2784762000,10800),
(265,2802906000,7200),(265,2816211600,10800),(265,2834355600,7200),(265,2847661200,10800),(265,2866410000,7200),(265,2879110800,10800),(265,2897859600,7200),(265,2910560400,10800),
(265,2929309200,7200),(265,2942010000,10800),(265,2960758800,7200),(265,2974064400,10800),(265,2992208400,7200),(265,3005514000,10800),(265,3023658000,7200),(265,3036963600,10800),
(265,3055712400,7200),(265,3068413200,10800),(265,3087162000,7200),(265,3099862800,10800),(265,3118611600,7200),(265,3131917200,10800),(265,3150061200,7200),(265,3163366800,10800),
(265,3181510800,7200),(265,3194816400,10800),(265,3212960400,7200),(265,3226266000,10800),(265,3245014800,7200),(265,3257715600,10800),(265,3276464400,7200),(265,3289165200,10800),
(265,3307914000,7200),(265,3321219600,10800),(265,3339363600,7200),(265,3352669200,10800),(265,3370813200,7200),(265,3384118800,10800),(265,3402867600,7200),(265,3415568400,10800),
(265,3434317200,7200),(265,3447018000,10800),(265,3465766800,7200),(265,3479072400,10800),(265,3497216400,7200),(265,3510522000,10800),(265,3528666000,7200),(265,3541971600,10800),
(265,3560115600,7200),(265,3573421200,10800),(265,3592170000,7200),(265,3604870800,10800),(265,3623619600,7200),(265,3636320400,10800),(265,3655069200,7200),(265,3668374800,10800),
(265,3686518800,7200),(265,3699824400,10800),(265,3717968400,7200),(265,3731274000,10800),(265,3750022800,7200),(265,3762723600,10800),(265,3781472400,7200),(265,3794173200,10800),
(265,3812922000,7200),(265,3825622800,10800),(265,3844371600,7200),(265,3857677200,10800),(265,3875821200,7200),(265,3889126800,10800),(265,3907270800,7200),(265,3920576400,10800),
(265,3939325200,7200),(265,3952026000,10800),(265,3970774800,7200),(265,3983475600,10800),(265,4002224400,7200),(265,4015530000,10800),(265,4033674000,7200),(265,4046979600,10800),
(265,4065123600,7200),(265,4078429200,10800),(265,4096573200,7200),(265,4109878800,10800),(265,4128627600,7200),(266,-62135596800,14400),(266,354916800,18000),(266,370724400,14400),
(266,386452800,18000),(266,402260400,14400),(266,417988800,18000),(266,433796400,14400),(266,449611200,18000),(266,465343200,14400),(266,481068000,18000),(266,496792800,14400),
(266,512517600,18000),(266,528242400,14400),(266,543967200,18000),(266,559692000,14400),(266,575416800,18000),(266,591141600,14400),(266,622594800,10800),(266,638319600,14400),
(266,654649200,10800),(266,670374000,14400),(266,717548400,10800),(266,733273200,14400),(266,748998000,10800),(266,764722800,14400),(266,780447600,10800),(266,796172400,14400),
(266,811897200,10800),(266,828226800,14400),(266,846370800,10800),(266,859676400,14400),(266,877820400,10800),(266,891126000,14400),(266,909270000,10800),(266,922575600,14400),
(266,941324400,10800),(266,954025200,14400),(266,972774000,10800),(266,985474800,14400),(266,1004223600,10800),(266,1017529200,14400),(266,1035673200,10800),(266,1048978800,14400),
(266,1067122800,10800),(266,1080428400,14400),(266,1099177200,10800),(266,1111878000,14400),(266,1130626800,10800),(266,1143327600,14400),(266,1162076400,10800),(266,1174777200,14400),
(266,1193526000,10800),(266,1206831600,14400),(266,1224975600,10800),(266,1238281200,14400),(266,1256425200,10800),(266,1269730800,14400),(266,1288479600,10800),(266,1301180400,14400),
(266,1414274400,10800),(267,-62135596800,3600),(267,212544000,0),(267,228268800,3600),(267,243993600,0),(267,260326800,3600),(267,276051600,0),(267,291776400,3600),
(267,307501200,0),(267,323830800,3600),(267,338950800,0),(267,354672000,3600),(267,370396800,0),(267,386121600,3600),(267,401846400,0),(267,417571200,3600),
(267,433296000,0),(267,449020800,3600),(267,465350400,0),(267,481075200,3600),(267,496800000,0),(267,512528400,3600),(267,528253200,0),(267,543978000,3600),
(267,559702800,0),(267,575427600,3600),(267,591152400,0),(267,606877200,3600),(267,622602000,0),(267,638326800,3600),(267,654656400,0),(267,670381200,3600),
(267,686106000,0),(267,701830800,3600),(267,733280400,7200),(267,749005200,3600),(267,764730000,7200),(267,780454800,3600),(267,796179600,7200),(267,811904400,3600),
(267,846378000,0),(267,859683600,3600),(267,877827600,0),(267,891133200,3600),(267,909277200,0),(267,922582800,3600),(267,941331600,0),(267,954032400,3600),
(267,972781200,0),(267,985482000,3600),(267,1004230800,0),(267,1017536400,3600),(267,1035680400,0),(267,1048986000,3600),(267,1067130000,0),(267,1080435600,3600),
(267,1099184400,0),(267,1111885200,3600),(267,1130634000,0),(267,1143334800,3600),(267,1162083600,0),(267,1174784400,3600),(267,1193533200,0),(267,1206838800,3600),
(267,1224982800,0),(267,1238288400,3600),(267,1256432400,0),(267,1269738000,3600),(267,1288486800,0),(267,1301187600,3600),(267,1319936400,0),(267,1332637200,3600),
(267,1351386000,0),(267,1364691600,3600),(267,1382835600,0),(267,1396141200,3600),(267,1414285200,0),(267,1427590800,3600),(267,1445734800,0),(267,1459040400,3600),
(267,1477789200,0),(267,1490490000,3600),(267,1509238800,0),(267,1521939600,3600),(267,1540688400,0),(267,1553994000,3600),(267,1572138000,0),(267,1585443600,3600),
(267,1603587600,0),(267,1616893200,3600),(267,1635642000,0),(267,1648342800,3600),(267,1667091600,0),(267,1679792400,3600),(267,1698541200,0),(267,1711846800,3600),
(267,1729990800,0),(267,1743296400,3600),(267,1761440400,0),(267,1774746000,3600),(267,1792890000,0),(267,1806195600,3600),(267,1824944400,0),(267,1837645200,3600),
(267,1856394000,0),(267,1869094800,3600),(267,1887843600,0),(267,1901149200,3600),(267,1919293200,0),(267,1932598800,3600),(267,1950742800,0),(267,1964048400,3600),
(267,1982797200,0),(267,1995498000,3600),(267,2014246800,0),(267,2026947600,3600),(267,2045696400,0),(267,2058397200,3600),(267,2077146000,0),(267,2090451600,3600),
(267,2108595600,0),(267,2121901200,3600),(267,2140045200,0),(267,2153350800,3600),(267,2172099600,0),(267,2184800400,3600),(267,2203549200,0),(267,2216250000,3600),
(267,2234998800,0),(267,2248304400,3600),(267,2266448400,0),(267,2279754000,3600),(267,2297898000,0),(267,2311203600,3600),(267,2329347600,0),(267,2342653200,3600),
(267,2361402000,0),(267,2374102800,3600),(267,2392851600,0),(267,2405552400,3600),(267,2424301200,0),(267,2437606800,3600),(267,2455750800,0),(267,2469056400,3600),
(267,2487200400,0),(267,2500506000,3600),(267,2519254800,0),(267,2531955600,3600),(267,2550704400,0),(267,2563405200,3600),(267,2582154000,0),(267,2595459600,3600),
(267,2613603600,0),(267,2626909200,3600),(267,2645053200,0),(267,2658358800,3600),(267,2676502800,0),(267,2689808400,3600),(267,2708557200,0),(267,2721258000,3600),
(267,2740006800,0),(267,2752707600,3600),(267,2771456400,0),(267,2784762000,3600),(267,2802906000,0),(267,2816211600,3600),(267,2834355600,0),(267,2847661200,3600),
(267,2866410000,0),(267,2879110800,3600),(267,2897859600,0),(267,2910560400,3600),(267,2929309200,0),(267,2942010000,3600),(267,2960758800,0),(267,2974064400,3600),
(267,2992208400,0),(267,3005514000,3600),(267,3023658000,0),(267,3036963600,3600),(267,3055712400,0),(267,3068413200,3600),(267,3087162000,0),(267,3099862800,3600),
(267,3118611600,0),(267,3131917200,3600),(267,3150061200,0),(267,3163366800,3600),(267,3181510800,0),(267,3194816400,3600),(267,3212960400,0),(267,3226266000,3600),
(267,3245014800,0),(267,3257715600,3600),(267,3276464400,0),(267,3289165200,3600),(267,3307914000,0),(267,3321219600,3600),(267,3339363600,0),(267,3352669200,3600),
(267,3370813200,0),(267,3384118800,3600),(267,3402867600,0),(267,3415568400,3600),(267,3434317200,0),(267,3447018000,3600),(267,3465766800,0),(267,3479072400,3600),
(267,3497216400,0),(267,3510522000,3600),(267,3528666000,0),(267,3541971600,3600),(267,3560115600,0),(267,3573421200,3600),(267,3592170000,0),(267,3604870800,3600),
(267,3623619600,0),(267,3636320400,3600),(267,3655069200,0),(267,3668374800,3600),(267,3686518800,0),(267,3699824400,3600),(267,3717968400,0),(267,3731274000,3600),
(267,3750022800,0),(267,3762723600,3600),(267,3781472400,0),(267,3794173200,3600),(267,3812922000,0),(267,3825622800,3600),(267,3844371600,0),(267,3857677200,3600),
(267,3875821200,0),(267,3889126800,3600),(267,3907270800,0),(267,3920576400,3600),(267,3939325200,0),(267,3952026000,3600),(267,3970774800,0),(267,3983475600,3600),
(267,4002224400,0),(267,4015530000,3600),(267,4033674000,0),(267,4046979600,3600),(267,4065123600,0),(267,4078429200,3600),(267,4096573200,0),(267,4109878800,3600),
(267,4128627600,0),(268,-62135596800,3600),(268,135122400,7200),(268,150246000,3600),(268,166572000,7200),(268,181695600,3600),(268,196812000,7200),(268,212540400,3600),
(268,228866400,7200),(268,243990000,3600),(268,260326800,7200),(268,276051600,3600),(268,291776400,7200),(268,307501200,3600),(268,323830800,7200),(268,338950800,3600),
(268,354675600,7200),(268,370400400,3600),(268,386125200,7200),(268,401850000,3600),(268,417574800,7200),(268,433299600,3600),(268,449024400,7200),(268,465354000,3600),
(268,481078800,7200),(268,496803600,3600),(268,512528400,7200),(268,528253200,3600),(268,543978000,7200),(268,559702800,3600),(268,575427600,7200),(268,591152400,3600),
(268,606877200,7200),(268,622602000,3600),(268,638326800,7200),(268,654656400,3600),(268,670381200,7200),(268,686106000,3600),(268,701830800,7200),(268,717555600,3600),
(268,733280400,7200),(268,749005200,3600),(268,764730000,7200),(268,780454800,3600),(268,796179600,7200),(268,811904400,3600),(268,828234000,7200),(268,846378000,3600),
(268,859683600,7200),(268,877827600,3600),(268,891133200,7200),(268,909277200,3600),(268,922582800,7200),(268,941331600,3600),(268,954032400,7200),(268,972781200,3600),
(268,985482000,7200),(268,1004230800,3600),(268,1017536400,7200),(268,1035680400,3600),(268,1048986000,7200),(268,1067130000,3600),(268,1080435600,7200),(268,1099184400,3600),
(268,1111885200,7200),(268,1130634000,3600),(268,1143334800,7200),(268,1162083600,3600),(268,1174784400,7200),(268,1193533200,3600),(268,1206838800,7200),(268,1224982800,3600),
(268,1238288400,7200),(268,1256432400,3600),(268,1269738000,7200),(268,1288486800,3600),(268,1301187600,7200),(268,1319936400,3600),(268,1332637200,7200),(268,1351386000,3600),
(268,1364691600,7200),(268,1382835600,3600),(268,1396141200,7200),(268,1414285200,3600),(268,1427590800,7200),(268,1445734800,3600),(268,1459040400,7200),(268,1477789200,3600),
(268,1490490000,7200),(268,1509238800,3600),(268,1521939600,7200),(268,1540688400,3600),(268,1553994000,7200),(268,1572138000,3600),(268,1585443600,7200),(268,1603587600,3600),
(268,1616893200,7200),(268,1635642000,3600),(268,1648342800,7200),(268,1667091600,3600),(268,1679792400,7200),(268,1698541200,3600),(268,1711846800,7200),(268,1729990800,3600),
(268,1743296400,7200),(268,1761440400,3600),(268,1774746000,7200),(268,1792890000,3600),(268,1806195600,7200),(268,1824944400,3600),(268,1837645200,7200),(268,1856394000,3600),
(268,1869094800,7200),(268,1887843600,3600),(268,1901149200,7200),(268,1919293200,3600),(268,1932598800,7200),(268,1950742800,3600),(268,1964048400,7200),(268,1982797200,3600),
(268,1995498000,7200),(268,2014246800,3600),(268,2026947600,7200),(268,2045696400,3600),(268,2058397200,7200),(268,2077146000,3600),(268,2090451600,7200),(268,2108595600,3600),
(268,2121901200,7200),(268,2140045200,3600),(268,2153350800,7200),(268,2172099600,3600),(268,2184800400,7200),(268,2203549200,3600),(268,2216250000,7200),(268,2234998800,3600),
(268,2248304400,7200),(268,2266448400,3600),(268,2279754000,7200),(268,2297898000,3600),(268,2311203600,7200),(268,2329347600,3600),(268,2342653200,7200),(268,2361402000,3600),
(268,2374102800,7200),(268,2392851600,3600),(268,2405552400,7200),(268,2424301200,3600),(268,2437606800,7200),(268,2455750800,3600),(268,2469056400,7200),(268,2487200400,3600),
(268,2500506000,7200),(268,2519254800,3600),(268,2531955600,7200),(268,2550704400,3600),(268,2563405200,7200),(268,2582154000,3600),(268,2595459600,7200),(268,2613603600,3600),
(268,2626909200,7200),(268,2645053200,3600),(268,2658358800,7200),(268,2676502800,3600),(268,2689808400,7200),(268,2708557200,3600),(268,2721258000,7200),(268,2740006800,3600),
(268,2752707600,7200),(268,2771456400,3600),(268,2784762000,7200),(268,2802906000,3600),(268,2816211600,7200),(268,2834355600,3600),(268,2847661200,7200),(268,2866410000,3600),
(268,2879110800,7200),(268,2897859600,3600),(268,2910560400,7200),(268,2929309200,3600),(268,2942010000,7200),(268,2960758800,3600),(268,2974064400,7200),(268,2992208400,3600),
(268,3005514000,7200),(268,3023658000,3600),(268,3036963600,7200),(268,3055712400,3600),(268,3068413200,7200),(268,3087162000,3600),(268,3099862800,7200),(268,3118611600,3600),
(268,3131917200,7200),(268,3150061200,3600),(268,3163366800,7200),(268,3181510800,3600),(268,3194816400,7200),(268,3212960400,3600),(268,3226266000,7200),(268,3245014800,3600),
(268,3257715600,7200),(268,3276464400,3600),(268,3289165200,7200),(268,3307914000,3600),(268,3321219600,7200),(268,3339363600,3600),(268,3352669200,7200),(268,3370813200,3600),
(268,3384118800,7200),(268,3402867600,3600),(268,3415568400,7200),(268,3434317200,3600),(268,3447018000,7200),(268,3465766800,3600),(268,3479072400,7200),(268,3497216400,3600),
(268,3510522000,7200),(268,3528666000,3600),(268,3541971600,7200),(268,3560115600,3600),(268,3573421200,7200),(268,3592170000,3600),(268,3604870800,7200),(268,3623619600,3600),
(268,3636320400,7200),(268,3655069200,3600),(268,3668374800,7200),(268,3686518800,3600),(268,3699824400,7200),(268,3717968400,3600),(268,3731274000,7200),(268,3750022800,3600),
(268,3762723600,7200),(268,3781472400,3600),(268,3794173200,7200),(268,3812922000,3600),(268,3825622800,7200),(268,3844371600,3600),(268,3857677200,7200),(268,3875821200,3600),
(268,3889126800,7200),(268,3907270800,3600),(268,3920576400,7200),(268,3939325200,3600),(268,3952026000,7200),(268,3970774800,3600),(268,3983475600,7200),(268,4002224400,3600),
(268,4015530000,7200),(268,4033674000,3600),(268,4046979600,7200),(268,4065123600,3600),(268,4078429200,7200),(268,4096573200,3600),(268,4109878800,7200),(268,4128627600,3600),
(269,-62135596800,3600),(269,12956400,7200),(269,23238000,3600),(269,43801200,7200),(269,54687600,3600),(269,75855600,7200),(269,86742000,3600),(269,102380400,7200),
(269,118105200,3600),(269,135730800,7200),(269,148518000,3600),(269,167187600,7200),(269,180489600,3600),(269,198637200,7200),(269,211939200,3600),(269,230086800,7200),
(269,243388800,3600),(269,261536400,7200),(269,274838400,3600),(269,292986000,7200),(269,306288000,3600),(269,323312400,7200),(269,338342400,3600),(269,354675600,7200),
(269,370400400,3600),(269,386125200,7200),(269,401850000,3600),(269,417574800,7200),(269,433299600,3600),(269,449024400,7200),(269,465354000,3600),(269,481078800,7200),
(269,496803600,3600),(269,512528400,7200),(269,528253200,3600),(269,543978000,7200),(269,559702800,3600),(269,575427600,7200),(269,591152400,3600),(269,606877200,7200),
(269,622602000,3600),(269,638326800,7200),(269,654656400,3600),(269,670381200,7200),(269,686106000,3600),(269,701830800,7200),(269,717555600,3600),(269,733280400,7200),
(269,749005200,3600),(269,764730000,7200),(269,780454800,3600),(269,796179600,7200),(269,811904400,3600),(269,828234000,7200),(269,846378000,3600),(269,859683600,7200),
(269,877827600,3600),(269,891133200,7200),(269,909277200,3600),(269,922582800,7200),(269,941331600,3600),(269,954032400,7200),(269,972781200,3600),(269,985482000,7200),
(269,1004230800,3600),(269,1017536400,7200),(269,1035680400,3600),(269,1048986000,7200),(269,1067130000,3600),(269,1080435600,7200),(269,1099184400,3600),(269,1111885200,7200),
(269,1130634000,3600),(269,1143334800,7200),(269,1162083600,3600),(269,1174784400,7200),(269,1193533200,3600),(269,1206838800,7200),(269,1224982800,3600),(269,1238288400,7200),
(269,1256432400,3600),(269,1269738000,7200),(269,1288486800,3600),(269,1301187600,7200),(269,1319936400,3600),(269,1332637200,7200),(269,1351386000,3600),(269,1364691600,7200),
(269,1382835600,3600),(269,1396141200,7200),(269,1414285200,3600),(269,1427590800,7200),(269,1445734800,3600),(269,1459040400,7200),(269,1477789200,3600),(269,1490490000,7200),
(269,1509238800,3600),(269,1521939600,7200),(269,1540688400,3600),(269,1553994000,7200),(269,1572138000,3600),(269,1585443600,7200),(269,1603587600,3600),(269,1616893200,7200),
(269,1635642000,3600),(269,1648342800,7200),(269,1667091600,3600),(269,1679792400,7200),(269,1698541200,3600),(269,1711846800,7200),(269,1729990800,3600),(269,1743296400,7200),
(269,1761440400,3600),(269,1774746000,7200),(269,1792890000,3600),(269,1806195600,7200),(269,1824944400,3600),(269,1837645200,7200),(269,1856394000,3600),(269,1869094800,7200),
(269,1887843600,3600),(269,1901149200,7200),(269,1919293200,3600),(269,1932598800,7200),(269,1950742800,3600),(269,1964048400,7200),(269,1982797200,3600),(269,1995498000,7200),
(269,2014246800,3600),(269,2026947600,7200),(269,2045696400,3600),(269,2058397200,7200),(269,2077146000,3600),(269,2090451600,7200),(269,2108595600,3600),(269,2121901200,7200),
(269,2140045200,3600),(269,2153350800,7200),(269,2172099600,3600),(269,2184800400,7200),(269,2203549200,3600),(269,2216250000,7200),(269,2234998800,3600),(269,2248304400,7200),
(269,2266448400,3600),(269,2279754000,7200),(269,2297898000,3600),(269,2311203600,7200),(269,2329347600,3600),(269,2342653200,7200),(269,2361402000,3600),(269,2374102800,7200),
(269,2392851600,3600),(269,2405552400,7200),(269,2424301200,3600),(269,2437606800,7200),(269,2455750800,3600),(269,2469056400,7200),(269,2487200400,3600),(269,2500506000,7200),
(269,2519254800,3600),(269,2531955600,7200),(269,2550704400,3600),(269,2563405200,7200),(269,2582154000,3600),(269,2595459600,7200),(269,2613603600,3600),(269,2626909200,7200),
(269,2645053200,3600),(269,2658358800,7200),(269,2676502800,3600),(269,2689808400,7200),(269,2708557200,3600),(269,2721258000,7200),(269,2740006800,3600),(269,2752707600,7200),
(269,2771456400,3600),(269,2784762000,7200),(269,2802906000,3600),(269,2816211600,7200),(269,2834355600,3600),(269,2847661200,7200),(269,2866410000,3600),(269,2879110800,7200),
(269,2897859600,3600),(269,2910560400,7200),(269,2929309200,3600),(269,2942010000,7200),(269,2960758800,3600),(269,2974064400,7200),(269,2992208400,3600),(269,3005514000,7200),
(269,3023658000,3600),(269,3036963600,7200),(269,3055712400,3600),(269,3068413200,7200),(269,3087162000,3600),(269,3099862800,7200),(269,3118611600,3600),(269,3131917200,7200),
(269,3150061200,3600),(269,3163366800,7200),(269,3181510800,3600),(269,3194816400,7200),(269,3212960400,3600),(269,3226266000,7200),(269,3245014800,3600),(269,3257715600,7200),
(269,3276464400,3600),(269,3289165200,7200),(269,3307914000,3600),(269,3321219600,7200),(269,3339363600,3600),(269,3352669200,7200),(269,3370813200,3600),(269,3384118800,7200),
(269,3402867600,3600),(269,3415568400,7200),(269,3434317200,3600),(269,3447018000,7200),(269,3465766800,3600),(269,3479072400,7200),(269,3497216400,3600),(269,3510522000,7200),
(269,3528666000,3600),(269,3541971600,7200),(269,3560115600,3600),(269,3573421200,7200),(269,3592170000,3600),(269,3604870800,7200),(269,3623619600,3600),(269,3636320400,7200),
(269,3655069200,3600),(269,3668374800,7200),(269,3686518800,3600),(269,3699824400,7200),(269,3717968400,3600),(269,3731274000,7200),(269,3750022800,3600),(269,3762723600,7200),
(269,3781472400,3600),(269,3794173200,7200),(269,3812922000,3600),(269,3825622800,7200),(269,3844371600,3600),(269,3857677200,7200),(269,3875821200,3600),(269,3889126800,7200),
(269,3907270800,3600),(269,3920576400,7200),(269,3939325200,3600),(269,3952026000,7200),(269,3970774800,3600),(269,3983475600,7200),(269,4002224400,3600),(269,4015530000,7200);
INSERT INTO durable.tz_transitions (rule_id, at_utc, utc_offset) VALUES
(269,4033674000,3600),(269,4046979600,7200),(269,4065123600,3600),(269,4078429200,7200),(269,4096573200,3600),(269,4109878800,7200),(269,4128627600,3600),(270,-62135596800,10800),
(270,354920400,14400),(270,370728000,10800),(270,386456400,14400),(270,402264000,10800),(270,417992400,14400),(270,433800000,10800),(270,449614800,14400),(270,465346800,10800),
(270,481071600,14400),(270,496796400,10800),(270,512521200,14400),(270,528246000,10800),(270,543970800,14400),(270,559695600,10800),(270,575420400,14400),(270,591145200,10800),
(270,606870000,14400),(270,622594800,10800),(270,686102400,7200),(270,701827200,10800),(270,717552000,7200),(270,733276800,10800),(270,749001600,7200),(270,764726400,10800),
(270,780451200,7200),(270,796176000,10800),(270,811900800,7200),(270,828230400,10800),(270,846374400,7200),(270,859680000,10800),(270,877824000,7200),(270,891129600,10800),
(270,909273600,7200),(270,922579200,10800),(270,941328000,7200),(270,954028800,10800),(270,972777600,7200),(270,985478400,10800),(270,1004227200,7200),(270,1017532800,10800),
(270,1035676800,7200),(270,1048982400,10800),(270,1067126400,7200),(270,1080432000,10800),(270,1099180800,7200),(270,1111881600,10800),(270,1130630400,7200),(270,1143331200,10800),
(270,1162080000,7200),(270,1174780800,10800),(270,1193529600,7200),(270,1206835200,10800),(270,1224979200,7200),(270,1238284800,10800),(270,1256428800,7200),(270,1269734400,10800),
(270,1288483200,7200),(270,1301184000,10800),(271,-62135596800,3600),(271,196819200,7200),(271,212540400,3600),(271,228877200,7200),(271,243997200,3600),(271,260326800,7200),
(271,276051600,3600),(271,291776400,7200),(271,307501200,3600),(271,323830800,7200),(271,338950800,3600),(271,354675600,7200),(271,370400400,3600),(271,386125200,7200),
(271,401850000,3600),(271,417574800,7200),(271,433299600,3600),(271,449024400,7200),(271,465354000,3600),(271,481078800,7200),(271,496803600,3600),(271,512528400,7200),
(271,528253200,3600),(271,543978000,7200),(271,559702800,3600),(271,575427600,7200),(271,591152400,3600),(271,606877200,7200),(271,622602000,3600),(271,638326800,7200),
(271,654656400,3600),(271,670381200,7200),(271,686106000,3600),(271,701830800,7200),(271,717555600,3600),(271,733280400,7200),(271,749005200,3600),(271,764730000,7200),
(271,780454800,3600),(271,796179600,7200),(271,811904400,3600),(271,828234000,7200),(271,846378000,3600),(271,859683600,7200),(271,877827600,3600),(271,891133200,7200),
(271,909277200,3600),(271,922582800,7200),(271,941331600,3600),(271,954032400,7200),(271,972781200,3600),(271,985482000,7200),(271,1004230800,3600),(271,1017536400,7200),
(271,1035680400,3600),(271,1048986000,7200),(271,1067130000,3600),(271,1080435600,7200),(271,1099184400,3600),(271,1111885200,7200),(271,1130634000,3600),(271,1143334800,7200),
(271,1162083600,3600),(271,1174784400,7200),(271,1193533200,3600),(271,1206838800,7200),(271,1224982800,3600),(271,1238288400,7200),(271,1256432400,3600),(271,1269738000,7200),
(271,1288486800,3600),(271,1301187600,7200),(271,1319936400,3600),(271,1332637200,7200),(271,1351386000,3600),(271,1364691600,7200),(271,1382835600,3600),(271,1396141200,7200),
(271,1414285200,3600),(271,1427590800,7200),(271,1445734800,3600),(271,1459040400,7200),(271,1477789200,3600),(271,1490490000,7200),(271,1509238800,3600),(271,1521939600,7200),
(271,1540688400,3600),(271,1553994000,7200),(271,1572138000,3600),(271,1585443600,7200),(271,1603587600,3600),(271,1616893200,7200),(271,1635642000,3600),(271,1648342800,7200),
(271,1667091600,3600),(271,1679792400,7200),(271,1698541200,3600),(271,1711846800,7200),(271,1729990800,3600),(271,1743296400,7200),(271,1761440400,3600),(271,1774746000,7200),
(271,1792890000,3600),(271,1806195600,7200),(271,1824944400,3600),(271,1837645200,7200),(271,1856394000,3600),(271,1869094800,7200),(271,1887843600,3600),(271,1901149200,7200),
(271,1919293200,3600),(271,1932598800,7200),(271,1950742800,3600),(271,1964048400,7200),(271,1982797200,3600),(271,1995498000,7200),(271,2014246800,3600),(271,2026947600,7200),
(271,2045696400,3600),(271,2058397200,7200),(271,2077146000,3600),(271,2090451600,7200),(271,2108595600,3600),(271,2121901200,7200),(271,2140045200,3600),(271,2153350800,7200),
(271,2172099600,3600),(271,2184800400,7200),(271,2203549200,3600),(271,2216250000,7200),(271,2234998800,3600),(271,2248304400,7200),(271,2266448400,3600),(271,2279754000,7200),
(271,2297898000,3600),(271,2311203600,7200),(271,2329347600,3600),(271,2342653200,7200),(271,2361402000,3600),(271,2374102800,7200),(271,2392851600,3600),(271,2405552400,7200),
(271,2424301200,3600),(271,2437606800,7200),(271,2455750800,3600),(271,2469056400,7200),(271,2487200400,3600),(271,2500506000,7200),(271,2519254800,3600),(271,2531955600,7200),
(271,2550704400,3600),(271,2563405200,7200),(271,2582154000,3600),(271,2595459600,7200),(271,2613603600,3600),(271,2626909200,7200),(271,2645053200,3600),(271,2658358800,7200),
(271,2676502800,3600),(271,2689808400,7200),(271,2708557200,3600),(271,2721258000,7200),(271,2740006800,3600),(271,2752707600,7200),(271,2771456400,3600),(271,2784762000,7200),
(271,2802906000,3600),(271,2816211600,7200),(271,2834355600,3600),(271,2847661200,7200),(271,2866410000,3600),(271,2879110800,7200),(271,2897859600,3600),(271,2910560400,7200),
(271,2929309200,3600),(271,2942010000,7200),(271,2960758800,3600),(271,2974064400,7200),(271,2992208400,3600),(271,3005514000,7200),(271,3023658000,3600),(271,3036963600,7200),
(271,3055712400,3600),(271,3068413200,7200),(271,3087162000,3600),(271,3099862800,7200),(271,3118611600,3600),(271,3131917200,7200),(271,3150061200,3600),(271,3163366800,7200),
(271,3181510800,3600),(271,3194816400,7200),(271,3212960400,3600),(271,3226266000,7200),(271,3245014800,3600),(271,3257715600,7200),(271,3276464400,3600),(271,3289165200,7200),
(271,3307914000,3600),(271,3321219600,7200),(271,3339363600,3600),(271,3352669200,7200),(271,3370813200,3600),(271,3384118800,7200),(271,3402867600,3600),(271,3415568400,7200),
(271,3434317200,3600),(271,3447018000,7200),(271,3465766800,3600),(271,3479072400,7200),(271,3497216400,3600),(271,3510522000,7200),(271,3528666000,3600),(271,3541971600,7200),
(271,3560115600,3600),(271,3573421200,7200),(271,3592170000,3600),(271,3604870800,7200),(271,3623619600,3600),(271,3636320400,7200),(271,3655069200,3600),(271,3668374800,7200),
(271,3686518800,3600),(271,3699824400,7200),(271,3717968400,3600),(271,3731274000,7200),(271,3750022800,3600),(271,3762723600,7200),(271,3781472400,3600),(271,3794173200,7200),
(271,3812922000,3600),(271,3825622800,7200),(271,3844371600,3600),(271,3857677200,7200),(271,3875821200,3600),(271,3889126800,7200),(271,3907270800,3600),(271,3920576400,7200),
(271,3939325200,3600),(271,3952026000,7200),(271,3970774800,3600),(271,3983475600,7200),(271,4002224400,3600),(271,4015530000,7200),(271,4033674000,3600),(271,4046979600,7200),
(271,4065123600,3600),(271,4078429200,7200),(271,4096573200,3600),(271,4109878800,7200),(271,4128627600,3600),(272,-62135596800,10800),(272,354920400,14400),(272,370728000,10800),
(272,386456400,14400),(272,402264000,10800),(272,417992400,14400),(272,433800000,10800),(272,449614800,14400),(272,465346800,10800),(272,481071600,14400),(272,496796400,10800),
(272,512521200,14400),(272,528246000,10800),(272,543970800,14400),(272,559695600,10800),(272,575420400,14400),(272,591145200,10800),(272,606870000,14400),(272,622594800,10800),
(272,638319600,14400),(272,654649200,10800),(272,686102400,7200),(272,695779200,10800),(272,701823600,14400),(272,717548400,10800),(272,733273200,14400),(272,748998000,10800),
(272,764722800,14400),(272,780447600,10800),(272,796172400,14400),(272,811897200,10800),(272,828226800,14400),(272,846370800,10800),(272,859676400,14400),(272,877820400,10800),
(272,891126000,14400),(272,909270000,10800),(272,922575600,14400),(272,941324400,10800),(272,954025200,14400),(272,972774000,10800),(272,985474800,14400),(272,1004223600,10800),
(272,1017529200,14400),(272,1035673200,10800),(272,1048978800,14400),(272,1067122800,10800),(272,1080428400,14400),(272,1099177200,10800),(272,1111878000,14400),(272,1130626800,10800),
(272,1143327600,14400),(272,1162076400,10800),(272,1174777200,14400),(272,1193526000,10800),(272,1206831600,14400),(272,1224975600,10800),(272,1238281200,14400),(272,1256425200,10800),
(272,1269730800,14400),(272,1288479600,10800),(272,1301180400,14400),(272,1414274400,10800),(273,-62135596800,10800),(273,354920400,14400),(273,370728000,10800),(273,386456400,14400),
(273,402264000,10800),(273,417992400,14400),(273,433800000,10800),(273,449614800,14400),(273,465346800,10800),(273,481071600,14400),(273,496796400,10800),(273,512521200,14400),
(273,528246000,10800),(273,543970800,14400),(273,559695600,10800),(273,575420400,14400),(273,591145200,10800),(273,622598400,7200),(273,638323200,10800),(273,654652800,7200),
(273,670377600,10800),(273,686102400,7200),(273,701827200,10800),(273,717552000,7200),(273,733276800,10800),(273,749001600,7200),(273,764726400,10800),(273,780451200,7200),
(273,796176000,10800),(273,811900800,7200),(273,828230400,10800),(273,843955200,7200),(273,859683600,10800),(273,877827600,7200),(273,891133200,10800),(273,909277200,7200),
(273,922582800,10800),(273,941331600,7200),(273,985482000,10800),(273,1004230800,7200),(273,1017536400,10800),(273,1035680400,7200),(273,1048986000,10800),(273,1067130000,7200),
(273,1080435600,10800),(273,1099184400,7200),(273,1111885200,10800),(273,1130634000,7200),(273,1143334800,10800),(273,1162083600,7200),(273,1174784400,10800),(273,1193533200,7200),
(273,1206838800,10800),(273,1224982800,7200),(273,1238288400,10800),(273,1256432400,7200),(273,1269738000,10800),(273,1288486800,7200),(273,1301187600,10800),(273,1319936400,7200),
(273,1332637200,10800),(273,1351386000,7200),(273,1364691600,10800),(273,1382835600,7200),(273,1396141200,10800),(273,1414285200,7200),(273,1427590800,10800),(273,1445734800,7200),
(273,1459040400,10800),(273,1477789200,7200),(273,1490490000,10800),(273,1509238800,7200),(273,1521939600,10800),(273,1540688400,7200),(273,1553994000,10800),(273,1572138000,7200),
(273,1585443600,10800),(273,1603587600,7200),(273,1616893200,10800),(273,1635642000,7200),(273,1648342800,10800),(273,1667091600,7200),(273,1679792400,10800),(273,1698541200,7200),
(273,1711846800,10800),(273,1729990800,7200),(273,1743296400,10800),(273,1761440400,7200),(273,1774746000,10800),(273,1792890000,7200),(273,1806195600,10800),(273,1824944400,7200),
(273,1837645200,10800),(273,1856394000,7200),(273,1869094800,10800),(273,1887843600,7200),(273,1901149200,10800),(273,1919293200,7200),(273,1932598800,10800),(273,1950742800,7200),
(273,1964048400,10800),(273,1982797200,7200),(273,1995498000,10800),(273,2014246800,7200),(273,2026947600,10800),(273,2045696400,7200),(273,2058397200,10800),(273,2077146000,7200),
(273,2090451600,10800),(273,2108595600,7200),(273,2121901200,10800),(273,2140045200,7200),(273,2153350800,10800),(273,2172099600,7200),(273,2184800400,10800),(273,2203549200,7200),
(273,2216250000,10800),(273,2234998800,7200),(273,2248304400,10800),(273,2266448400,7200),(273,2279754000,10800),(273,2297898000,7200),(273,2311203600,10800),(273,2329347600,7200),
(273,2342653200,10800),(273,2361402000,7200),(273,2374102800,10800),(273,2392851600,7200),(273,2405552400,10800),(273,2424301200,7200),(273,2437606800,10800),(273,2455750800,7200),
(273,2469056400,10800),(273,2487200400,7200),(273,2500506000,10800),(273,2519254800,7200),(273,2531955600,10800),(273,2550704400,7200),(273,2563405200,10800),(273,2582154000,7200),
(273,2595459600,10800),(273,2613603600,7200),(273,2626909200,10800),(273,2645053200,7200),(273,2658358800,10800),(273,2676502800,7200),(273,2689808400,10800),(273,2708557200,7200),
(273,2721258000,10800),(273,2740006800,7200),(273,2752707600,10800),(273,2771456400,7200),(273,2784762000,10800),(273,2802906000,7200),(273,2816211600,10800),(273,2834355600,7200),
(273,2847661200,10800),(273,2866410000,7200),(273,2879110800,10800),(273,2897859600,7200),(273,2910560400,10800),(273,2929309200,7200),(273,2942010000,10800),(273,2960758800,7200),
(273,2974064400,10800),(273,2992208400,7200),(273,3005514000,10800),(273,3023658000,7200),(273,3036963600,10800),(273,3055712400,7200),(273,3068413200,10800),(273,3087162000,7200),
(273,3099862800,10800),(273,3118611600,7200),(273,3131917200,10800),(273,3150061200,7200),(273,3163366800,10800),(273,3181510800,7200),(273,3194816400,10800),(273,3212960400,7200),
(273,3226266000,10800),(273,3245014800,7200),(273,3257715600,10800),(273,3276464400,7200),(273,3289165200,10800),(273,3307914000,7200),(273,3321219600,10800),(273,3339363600,7200),
(273,3352669200,10800),(273,3370813200,7200),(273,3384118800,10800),(273,3402867600,7200),(273,3415568400,10800),(273,3434317200,7200),(273,3447018000,10800),(273,3465766800,7200),
(273,3479072400,10800),(273,3497216400,7200),(273,3510522000,10800),(273,3528666000,7200),(273,3541971600,10800),(273,3560115600,7200),(273,3573421200,10800),(273,3592170000,7200),
(273,3604870800,10800),(273,3623619600,7200),(273,3636320400,10800),(273,3655069200,7200),(273,3668374800,10800),(273,3686518800,7200),(273,3699824400,10800),(273,3717968400,7200),
(273,3731274000,10800),(273,3750022800,7200),(273,3762723600,10800),(273,3781472400,7200),(273,3794173200,10800),(273,3812922000,7200),(273,3825622800,10800),(273,3844371600,7200),
(273,3857677200,10800),(273,3875821200,7200),(273,3889126800,10800),(273,3907270800,7200),(273,3920576400,10800),(273,3939325200,7200),(273,3952026000,10800),(273,3970774800,7200),
(273,3983475600,10800),(273,4002224400,7200),(273,4015530000,10800),(273,4033674000,7200),(273,4046979600,10800),(273,4065123600,7200),(273,4078429200,10800),(273,4096573200,7200),
(273,4109878800,10800),(273,4128627600,7200),(274,-62135596800,3600),(274,12956400,7200),(274,23238000,3600),(274,43801200,7200),(274,54687600,3600),(274,75855600,7200),
(274,86742000,3600),(274,107910000,7200),(274,118191600,3600),(274,138754800,7200),(274,149641200,3600),(274,170809200,7200),(274,181090800,3600),(274,202258800,7200),
(274,212540400,3600),(274,233103600,7200),(274,243990000,3600),(274,265158000,7200),(274,276044400,3600),(274,296607600,7200),(274,307494000,3600),(274,323830800,7200),
(274,338950800,3600),(274,354675600,7200),(274,370400400,3600),(274,386125200,7200),(274,401850000,3600),(274,417574800,7200),(274,433299600,3600),(274,449024400,7200),
(274,465354000,3600),(274,481078800,7200),(274,496803600,3600),(274,512528400,7200),(274,528253200,3600),(274,543978000,7200),(274,559702800,3600),(274,575427600,7200),
(274,591152400,3600),(274,606877200,7200),(274,622602000,3600),(274,638326800,7200),(274,654656400,3600),(274,670381200,7200),(274,686106000,3600),(274,701830800,7200),
(274,717555600,3600),(274,733280400,7200),(274,749005200,3600),(274,764730000,7200),(274,780454800,3600),(274,796179600,7200),(274,811904400,3600),(274,828234000,7200),
(274,846378000,3600),(274,859683600,7200),(274,877827600,3600),(274,891133200,7200),(274,909277200,3600),(274,922582800,7200),(274,941331600,3600),(274,954032400,7200),
(274,972781200,3600),(274,985482000,7200),(274,1004230800,3600),(274,1017536400,7200),(274,1035680400,3600),(274,1048986000,7200),(274,1067130000,3600),(274,1080435600,7200),
(274,1099184400,3600),(274,1111885200,7200),(274,1130634000,3600),(274,1143334800,7200),(274,1162083600,3600),(274,1174784400,7200),(274,1193533200,3600),(274,1206838800,7200),
(274,1224982800,3600),(274,1238288400,7200),(274,1256432400,3600),(274,1269738000,7200),(274,1288486800,3600),(274,1301187600,7200),(274,1319936400,3600),(274,1332637200,7200),
(274,1351386000,3600),(274,1364691600,7200),(274,1382835600,3600),(274,1396141200,7200),(274,1414285200,3600),(274,1427590800,7200),(274,1445734800,3600),(274,1459040400,7200),
(274,1477789200,3600),(274,1490490000,7200),(274,1509238800,3600),(274,1521939600,7200),(274,1540688400,3600),(274,1553994000,7200),(274,1572138000,3600),(274,1585443600,7200),
(274,1603587600,3600),(274,1616893200,7200),(274,1635642000,3600),(274,1648342800,7200),(274,1667091600,3600),(274,1679792400,7200),(274,1698541200,3600),(274,1711846800,7200),
(274,1729990800,3600),(274,1743296400,7200),(274,1761440400,3600),(274,1774746000,7200),(274,1792890000,3600),(274,1806195600,7200),(274,1824944400,3600),(274,1837645200,7200),
(274,1856394000,3600),(274,1869094800,7200),(274,1887843600,3600),(274,1901149200,7200),(274,1919293200,3600),(274,1932598800,7200),(274,1950742800,3600),(274,1964048400,7200),
(274,1982797200,3600),(274,1995498000,7200),(274,2014246800,3600),(274,2026947600,7200),(274,2045696400,3600),(274,2058397200,7200),(274,2077146000,3600),(274,2090451600,7200),
(274,2108595600,3600),(274,2121901200,7200),(274,2140045200,3600),(274,2153350800,7200),(274,2172099600,3600),(274,2184800400,7200),(274,2203549200,3600),(274,2216250000,7200),
(274,2234998800,3600),(274,2248304400,7200),(274,2266448400,3600),(274,2279754000,7200),(274,2297898000,3600),(274,2311203600,7200),(274,2329347600,3600),(274,2342653200,7200),
(274,2361402000,3600),(274,2374102800,7200),(274,2392851600,3600),(274,2405552400,7200),(274,2424301200,3600),(274,2437606800,7200),(274,2455750800,3600),(274,2469056400,7200),
(274,2487200400,3600),(274,2500506000,7200),(274,2519254800,3600),(274,2531955600,7200),(274,2550704400,3600),(274,2563405200,7200),(274,2582154000,3600),(274,2595459600,7200),
(274,2613603600,3600),(274,2626909200,7200),(274,2645053200,3600),(274,2658358800,7200),(274,2676502800,3600),(274,2689808400,7200),(274,2708557200,3600),(274,2721258000,7200),
(274,2740006800,3600),(274,2752707600,7200),(274,2771456400,3600),(274,2784762000,7200),(274,2802906000,3600),(274,2816211600,7200),(274,2834355600,3600),(274,2847661200,7200),
(274,2866410000,3600),(274,2879110800,7200),(274,2897859600,3600),(274,2910560400,7200),(274,2929309200,3600),(274,2942010000,7200),(274,2960758800,3600),(274,2974064400,7200),
(274,2992208400,3600),(274,3005514000,7200),(274,3023658000,3600),(274,3036963600,7200),(274,3055712400,3600),(274,3068413200,7200),(274,3087162000,3600),(274,3099862800,7200),
(274,3118611600,3600),(274,3131917200,7200),(274,3150061200,3600),(274,3163366800,7200),(274,3181510800,3600),(274,3194816400,7200),(274,3212960400,3600),(274,3226266000,7200),
(274,3245014800,3600),(274,3257715600,7200),(274,3276464400,3600),(274,3289165200,7200),(274,3307914000,3600),(274,3321219600,7200),(274,3339363600,3600),(274,3352669200,7200),
(274,3370813200,3600),(274,3384118800,7200),(274,3402867600,3600),(274,3415568400,7200),(274,3434317200,3600),(274,3447018000,7200),(274,3465766800,3600),(274,3479072400,7200),
(274,3497216400,3600),(274,3510522000,7200),(274,3528666000,3600),(274,3541971600,7200),(274,3560115600,3600),(274,3573421200,7200),(274,3592170000,3600),(274,3604870800,7200),
(274,3623619600,3600),(274,3636320400,7200),(274,3655069200,3600),(274,3668374800,7200),(274,3686518800,3600),(274,3699824400,7200),(274,3717968400,3600),(274,3731274000,7200),
(274,3750022800,3600),(274,3762723600,7200),(274,3781472400,3600),(274,3794173200,7200),(274,3812922000,3600),(274,3825622800,7200),(274,3844371600,3600),(274,3857677200,7200),
(274,3875821200,3600),(274,3889126800,7200),(274,3907270800,3600),(274,3920576400,7200),(274,3939325200,3600),(274,3952026000,7200),(274,3970774800,3600),(274,3983475600,7200),
(274,4002224400,3600),(274,4015530000,7200),(274,4033674000,3600),(274,4046979600,7200),(274,4065123600,3600),(274,4078429200,7200),(274,4096573200,3600),(274,4109878800,7200),
(274,4128627600,3600),(275,-62135596800,14400),(275,354916800,18000),(275,370724400,14400),(275,386452800,18000),(275,402260400,14400),(275,417988800,18000),(275,433796400,14400),
(275,449611200,18000),(275,465343200,14400),(275,481068000,18000),(275,496792800,14400),(275,512517600,18000),(275,528242400,14400),(275,543967200,18000),(275,559692000,14400),
(275,575416800,18000),(275,591141600,14400),(275,622594800,10800),(275,638319600,14400),(275,654649200,10800),(275,687916800,14400),(275,701820000,18000),(275,717544800,14400),
(275,733269600,18000),(275,748994400,14400),(275,764719200,18000),(275,780444000,14400),(275,796168800,18000),(275,811893600,14400),(275,828223200,18000),(275,846367200,14400),
(275,859672800,18000),(275,877816800,14400),(275,891122400,18000),(275,909266400,14400),(275,922572000,18000),(275,941320800,14400),(275,954021600,18000),(275,972770400,14400),
(275,985471200,18000),(275,1004220000,14400),(275,1017525600,18000),(275,1035669600,14400),(275,1048975200,18000),(275,1067119200,14400),(275,1080424800,18000),(275,1099173600,14400),
(275,1111874400,18000),(275,1130623200,14400),(275,1143324000,18000),(275,1162072800,14400),(275,1174773600,18000),(275,1193522400,14400),(275,1206828000,18000),(275,1224972000,14400),
(275,1238277600,18000),(275,1256421600,14400),(275,1288479600,10800),(275,1301180400,14400),(276,-62135596800,14400),(276,354916800,18000),(276,370724400,14400),(276,386452800,18000),
(276,402260400,14400),(276,417988800,18000),(276,433796400,14400),(276,449611200,18000),(276,465343200,14400),(276,481068000,18000),(276,496792800,14400),(276,512517600,18000),
(276,528242400,14400),(276,543967200,18000),(276,559692000,14400),(276,591145200,10800),(276,606870000,14400),(276,622594800,10800),(276,638319600,14400),(276,654649200,10800),
(276,670374000,14400),(276,717548400,10800),(276,733273200,14400),(276,748998000,10800),(276,764722800,14400),(276,780447600,10800),(276,796172400,14400),(276,811897200,10800),
(276,828226800,14400),(276,846370800,10800),(276,859676400,14400),(276,877820400,10800),(276,891126000,14400),(276,909270000,10800),(276,922575600,14400),(276,941324400,10800),
(276,954025200,14400),(276,972774000,10800),(276,985474800,14400),(276,1004223600,10800),(276,1017529200,14400),(276,1035673200,10800),(276,1048978800,14400),(276,1067122800,10800),
(276,1080428400,14400),(276,1099177200,10800),(276,1111878000,14400),(276,1130626800,10800),(276,1143327600,14400),(276,1162076400,10800),(276,1174777200,14400),(276,1193526000,10800),
(276,1206831600,14400),(276,1224975600,10800),(276,1238281200,14400),(276,1256425200,10800),(276,1269730800,14400),(276,1288479600,10800),(276,1301180400,14400),(276,1414274400,10800);
INSERT INTO durable.tz_transitions (rule_id, at_utc, utc_offset) VALUES
(276,1480806000,14400),(277,-62135596800,10800),(277,354920400,14400),(277,370728000,10800),(277,386456400,14400),(277,402264000,10800),(277,417992400,14400),(277,433800000,10800),
(277,449614800,14400),(277,465346800,10800),(277,481071600,14400),(277,496796400,10800),(277,512521200,14400),(277,528246000,10800),(277,543970800,14400),(277,559695600,10800),
(277,575420400,14400),(277,591145200,10800),(277,606870000,14400),(277,622594800,10800),(277,646786800,7200),(277,701827200,10800),(277,717552000,7200),(277,733276800,10800),
(277,749001600,7200),(277,764726400,10800),(277,767739600,14400),(277,780447600,10800),(277,796172400,14400),(277,811897200,10800),(277,828219600,14400),(277,846374400,10800),
(277,877827600,7200),(277,891133200,10800),(277,909277200,7200),(277,922582800,10800),(277,941331600,7200),(277,954032400,10800),(277,972781200,7200),(277,985482000,10800),
(277,1004230800,7200),(277,1017536400,10800),(277,1035680400,7200),(277,1048986000,10800),(277,1067130000,7200),(277,1080435600,10800),(277,1099184400,7200),(277,1111885200,10800),
(277,1130634000,7200),(277,1143334800,10800),(277,1162083600,7200),(277,1174784400,10800),(277,1193533200,7200),(277,1206838800,10800),(277,1224982800,7200),(277,1238288400,10800),
(277,1256432400,7200),(277,1269738000,10800),(277,1288486800,7200),(277,1301187600,10800),(277,1319936400,7200),(277,1332637200,10800),(277,1351386000,7200),(277,1364691600,10800),
(277,1382835600,7200),(277,1396137600,14400),(277,1414274400,10800),(278,-62135596800,7200),(278,291762000,10800),(278,307576800,7200),(278,323816400,10800),(278,339026400,7200),
(278,355266000,10800),(278,370393200,7200),(278,386715600,10800),(278,401846400,7200),(278,417571200,10800),(278,433296000,7200),(278,449020800,10800),(278,465350400,7200),
(278,481075200,10800),(278,496800000,7200),(278,512524800,10800),(278,528249600,7200),(278,543974400,10800),(278,559699200,7200),(278,575424000,10800),(278,591148800,7200),
(278,606873600,10800),(278,622598400,7200),(278,638323200,10800),(278,654652800,7200),(278,670370400,10800),(278,686091600,7200),(278,701820000,10800),(278,717541200,7200),
(278,733269600,10800),(278,748990800,7200),(278,764719200,10800),(278,780440400,7200),(278,796168800,10800),(278,811890000,7200),(278,828223200,10800),(278,846363600,7200),
(278,859683600,10800),(278,877827600,7200),(278,891133200,10800),(278,909277200,7200),(278,922582800,10800),(278,941331600,7200),(278,954032400,10800),(278,972781200,7200),
(278,985482000,10800),(278,1004230800,7200),(278,1017536400,10800),(278,1035680400,7200),(278,1048986000,10800),(278,1067130000,7200),(278,1080435600,10800),(278,1099184400,7200),
(278,1111885200,10800),(278,1130634000,7200),(278,1143334800,10800),(278,1162083600,7200),(278,1174784400,10800),(278,1193533200,7200),(278,1206838800,10800),(278,1224982800,7200),
(278,1238288400,10800),(278,1256432400,7200),(278,1269738000,10800),(278,1288486800,7200),(278,1301187600,10800),(278,1319936400,7200),(278,1332637200,10800),(278,1351386000,7200),
(278,1364691600,10800),(278,1382835600,7200),(278,1396141200,10800),(278,1414285200,7200),(278,1427590800,10800),(278,1445734800,7200),(278,1459040400,10800),(278,1477789200,7200),
(278,1490490000,10800),(278,1509238800,7200),(278,1521939600,10800),(278,1540688400,7200),(278,1553994000,10800),(278,1572138000,7200),(278,1585443600,10800),(278,1603587600,7200),
(278,1616893200,10800),(278,1635642000,7200),(278,1648342800,10800),(278,1667091600,7200),(278,1679792400,10800),(278,1698541200,7200),(278,1711846800,10800),(278,1729990800,7200),
(278,1743296400,10800),(278,1761440400,7200),(278,1774746000,10800),(278,1792890000,7200),(278,1806195600,10800),(278,1824944400,7200),(278,1837645200,10800),(278,1856394000,7200),
(278,1869094800,10800),(278,1887843600,7200),(278,1901149200,10800),(278,1919293200,7200),(278,1932598800,10800),(278,1950742800,7200),(278,1964048400,10800),(278,1982797200,7200),
(278,1995498000,10800),(278,2014246800,7200),(278,2026947600,10800),(278,2045696400,7200),(278,2058397200,10800),(278,2077146000,7200),(278,2090451600,10800),(278,2108595600,7200),
(278,2121901200,10800),(278,2140045200,7200),(278,2153350800,10800),(278,2172099600,7200),(278,2184800400,10800),(278,2203549200,7200),(278,2216250000,10800),(278,2234998800,7200),
(278,2248304400,10800),(278,2266448400,7200),(278,2279754000,10800),(278,2297898000,7200),(278,2311203600,10800),(278,2329347600,7200),(278,2342653200,10800),(278,2361402000,7200),
(278,2374102800,10800),(278,2392851600,7200),(278,2405552400,10800),(278,2424301200,7200),(278,2437606800,10800),(278,2455750800,7200),(278,2469056400,10800),(278,2487200400,7200),
(278,2500506000,10800),(278,2519254800,7200),(278,2531955600,10800),(278,2550704400,7200),(278,2563405200,10800),(278,2582154000,7200),(278,2595459600,10800),(278,2613603600,7200),
(278,2626909200,10800),(278,2645053200,7200),(278,2658358800,10800),(278,2676502800,7200),(278,2689808400,10800),(278,2708557200,7200),(278,2721258000,10800),(278,2740006800,7200),
(278,2752707600,10800),(278,2771456400,7200),(278,2784762000,10800),(278,2802906000,7200),(278,2816211600,10800),(278,2834355600,7200),(278,2847661200,10800),(278,2866410000,7200),
(278,2879110800,10800),(278,2897859600,7200),(278,2910560400,10800),(278,2929309200,7200),(278,2942010000,10800),(278,2960758800,7200),(278,2974064400,10800),(278,2992208400,7200),
(278,3005514000,10800),(278,3023658000,7200),(278,3036963600,10800),(278,3055712400,7200),(278,3068413200,10800),(278,3087162000,7200),(278,3099862800,10800),(278,3118611600,7200),
(278,3131917200,10800),(278,3150061200,7200),(278,3163366800,10800),(278,3181510800,7200),(278,3194816400,10800),(278,3212960400,7200),(278,3226266000,10800),(278,3245014800,7200),
(278,3257715600,10800),(278,3276464400,7200),(278,3289165200,10800),(278,3307914000,7200),(278,3321219600,10800),(278,3339363600,7200),(278,3352669200,10800),(278,3370813200,7200),
(278,3384118800,10800),(278,3402867600,7200),(278,3415568400,10800),(278,3434317200,7200),(278,3447018000,10800),(278,3465766800,7200),(278,3479072400,10800),(278,3497216400,7200),
(278,3510522000,10800),(278,3528666000,7200),(278,3541971600,10800),(278,3560115600,7200),(278,3573421200,10800),(278,3592170000,7200),(278,3604870800,10800),(278,3623619600,7200),
(278,3636320400,10800),(278,3655069200,7200),(278,3668374800,10800),(278,3686518800,7200),(278,3699824400,10800),(278,3717968400,7200),(278,3731274000,10800),(278,3750022800,7200),
(278,3762723600,10800),(278,3781472400,7200),(278,3794173200,10800),(278,3812922000,7200),(278,3825622800,10800),(278,3844371600,7200),(278,3857677200,10800),(278,3875821200,7200),
(278,3889126800,10800),(278,3907270800,7200),(278,3920576400,10800),(278,3939325200,7200),(278,3952026000,10800),(278,3970774800,7200),(278,3983475600,10800),(278,4002224400,7200),
(278,4015530000,10800),(278,4033674000,7200),(278,4046979600,10800),(278,4065123600,7200),(278,4078429200,10800),(278,4096573200,7200),(278,4109878800,10800),(278,4128627600,7200),
(279,-62135596800,10800),(279,354920400,14400),(279,370728000,10800),(279,386456400,14400),(279,402264000,10800),(279,417992400,14400),(279,433800000,10800),(279,449614800,14400),
(279,465346800,10800),(279,481071600,14400),(279,496796400,10800),(279,512521200,14400),(279,528246000,10800),(279,543970800,14400),(279,559695600,10800),(279,575420400,14400),
(279,591145200,10800),(279,622598400,7200),(279,638323200,10800),(279,654652800,7200),(279,670377600,10800),(279,686102400,7200),(279,701827200,10800),(279,717552000,7200),
(279,733276800,10800),(279,749001600,7200),(279,764726400,10800),(279,780451200,7200),(279,796176000,10800),(279,811900800,7200),(279,828230400,10800),(279,846374400,7200),
(279,859680000,10800),(279,877824000,7200),(279,891129600,10800),(279,909277200,7200),(279,922582800,10800),(279,941331600,7200),(279,1017536400,10800),(279,1035680400,7200),
(279,1048986000,10800),(279,1067130000,7200),(279,1080435600,10800),(279,1099184400,7200),(279,1111885200,10800),(279,1130634000,7200),(279,1143334800,10800),(279,1162083600,7200),
(279,1174784400,10800),(279,1193533200,7200),(279,1206838800,10800),(279,1224982800,7200),(279,1238288400,10800),(279,1256432400,7200),(279,1269738000,10800),(279,1288486800,7200),
(279,1301187600,10800),(279,1319936400,7200),(279,1332637200,10800),(279,1351386000,7200),(279,1364691600,10800),(279,1382835600,7200),(279,1396141200,10800),(279,1414285200,7200),
(279,1427590800,10800),(279,1445734800,7200),(279,1459040400,10800),(279,1477789200,7200),(279,1490490000,10800),(279,1509238800,7200),(279,1521939600,10800),(279,1540688400,7200),
(279,1553994000,10800),(279,1572138000,7200),(279,1585443600,10800),(279,1603587600,7200),(279,1616893200,10800),(279,1635642000,7200),(279,1648342800,10800),(279,1667091600,7200),
(279,1679792400,10800),(279,1698541200,7200),(279,1711846800,10800),(279,1729990800,7200),(279,1743296400,10800),(279,1761440400,7200),(279,1774746000,10800),(279,1792890000,7200),
(279,1806195600,10800),(279,1824944400,7200),(279,1837645200,10800),(279,1856394000,7200),(279,1869094800,10800),(279,1887843600,7200),(279,1901149200,10800),(279,1919293200,7200),
(279,1932598800,10800),(279,1950742800,7200),(279,1964048400,10800),(279,1982797200,7200),(279,1995498000,10800),(279,2014246800,7200),(279,2026947600,10800),(279,2045696400,7200),
(279,2058397200,10800),(279,2077146000,7200),(279,2090451600,10800),(279,2108595600,7200),(279,2121901200,10800),(279,2140045200,7200),(279,2153350800,10800),(279,2172099600,7200),
(279,2184800400,10800),(279,2203549200,7200),(279,2216250000,10800),(279,2234998800,7200),(279,2248304400,10800),(279,2266448400,7200),(279,2279754000,10800),(279,2297898000,7200),
(279,2311203600,10800),(279,2329347600,7200),(279,2342653200,10800),(279,2361402000,7200),(279,2374102800,10800),(279,2392851600,7200),(279,2405552400,10800),(279,2424301200,7200),
(279,2437606800,10800),(279,2455750800,7200),(279,2469056400,10800),(279,2487200400,7200),(279,2500506000,10800),(279,2519254800,7200),(279,2531955600,10800),(279,2550704400,7200),
(279,2563405200,10800),(279,2582154000,7200),(279,2595459600,10800),(279,2613603600,7200),(279,2626909200,10800),(279,2645053200,7200),(279,2658358800,10800),(279,2676502800,7200),
(279,2689808400,10800),(279,2708557200,7200),(279,2721258000,10800),(279,2740006800,7200),(279,2752707600,10800),(279,2771456400,7200),(279,2784762000,10800),(279,2802906000,7200),
(279,2816211600,10800),(279,2834355600,7200),(279,2847661200,10800),(279,2866410000,7200),(279,2879110800,10800),(279,2897859600,7200),(279,2910560400,10800),(279,2929309200,7200),
(279,2942010000,10800),(279,2960758800,7200),(279,2974064400,10800),(279,2992208400,7200),(279,3005514000,10800),(279,3023658000,7200),(279,3036963600,10800),(279,3055712400,7200),
(279,3068413200,10800),(279,3087162000,7200),(279,3099862800,10800),(279,3118611600,7200),(279,3131917200,10800),(279,3150061200,7200),(279,3163366800,10800),(279,3181510800,7200),
(279,3194816400,10800),(279,3212960400,7200),(279,3226266000,10800),(279,3245014800,7200),(279,3257715600,10800),(279,3276464400,7200),(279,3289165200,10800),(279,3307914000,7200),
(279,3321219600,10800),(279,3339363600,7200),(279,3352669200,10800),(279,3370813200,7200),(279,3384118800,10800),(279,3402867600,7200),(279,3415568400,10800),(279,3434317200,7200),
(279,3447018000,10800),(279,3465766800,7200),(279,3479072400,10800),(279,3497216400,7200),(279,3510522000,10800),(279,3528666000,7200),(279,3541971600,10800),(279,3560115600,7200),
(279,3573421200,10800),(279,3592170000,7200),(279,3604870800,10800),(279,3623619600,7200),(279,3636320400,10800),(279,3655069200,7200),(279,3668374800,10800),(279,3686518800,7200),
(279,3699824400,10800),(279,3717968400,7200),(279,3731274000,10800),(279,3750022800,7200),(279,3762723600,10800),(279,3781472400,7200),(279,3794173200,10800),(279,3812922000,7200),
(279,3825622800,10800),(279,3844371600,7200),(279,3857677200,10800),(279,3875821200,7200),(279,3889126800,10800),(279,3907270800,7200),(279,3920576400,10800),(279,3939325200,7200),
(279,3952026000,10800),(279,3970774800,7200),(279,3983475600,10800),(279,4002224400,7200),(279,4015530000,10800),(279,4033674000,7200),(279,4046979600,10800),(279,4065123600,7200),
(279,4078429200,10800),(279,4096573200,7200),(279,4109878800,10800),(279,4128627600,7200),(280,-62135596800,3600),(280,136854000,7200),(280,149896800,3600),(280,168130800,7200),
(280,181432800,3600),(280,199839600,7200),(280,213141600,3600),(280,231894000,7200),(280,244591200,3600),(280,263257200,7200),(280,276040800,3600),(280,294706800,7200),
(280,307490400,3600),(280,326156400,7200),(280,339458400,3600),(280,357087600,7200),(280,370389600,3600),(280,389142000,7200),(280,402444000,3600),(280,419468400,7200),
(280,433807200,3600),(280,449622000,7200),(280,465354000,3600),(280,481078800,7200),(280,496803600,3600),(280,512528400,7200),(280,528253200,3600),(280,543978000,7200),
(280,559702800,3600),(280,575427600,7200),(280,591152400,3600),(280,606877200,7200),(280,622602000,3600),(280,638326800,7200),(280,654656400,3600),(280,670381200,7200),
(280,686106000,3600),(280,701830800,7200),(280,717555600,3600),(280,733280400,7200),(280,749005200,3600),(280,764730000,7200),(280,780454800,3600),(280,796179600,7200),
(280,811904400,3600),(280,828234000,7200),(280,846378000,3600),(280,859683600,7200),(280,877827600,3600),(280,891133200,7200),(280,909277200,3600),(280,922582800,7200),
(280,941331600,3600),(280,954032400,7200),(280,972781200,3600),(280,985482000,7200),(280,1004230800,3600),(280,1017536400,7200),(280,1035680400,3600),(280,1048986000,7200),
(280,1067130000,3600),(280,1080435600,7200),(280,1099184400,3600),(280,1111885200,7200),(280,1130634000,3600),(280,1143334800,7200),(280,1162083600,3600),(280,1174784400,7200),
(280,1193533200,3600),(280,1206838800,7200),(280,1224982800,3600),(280,1238288400,7200),(280,1256432400,3600),(280,1269738000,7200),(280,1288486800,3600),(280,1301187600,7200),
(280,1319936400,3600),(280,1332637200,7200),(280,1351386000,3600),(280,1364691600,7200),(280,1382835600,3600),(280,1396141200,7200),(280,1414285200,3600),(280,1427590800,7200),
(280,1445734800,3600),(280,1459040400,7200),(280,1477789200,3600),(280,1490490000,7200),(280,1509238800,3600),(280,1521939600,7200),(280,1540688400,3600),(280,1553994000,7200),
(280,1572138000,3600),(280,1585443600,7200),(280,1603587600,3600),(280,1616893200,7200),(280,1635642000,3600),(280,1648342800,7200),(280,1667091600,3600),(280,1679792400,7200),
(280,1698541200,3600),(280,1711846800,7200),(280,1729990800,3600),(280,1743296400,7200),(280,1761440400,3600),(280,1774746000,7200),(280,1792890000,3600),(280,1806195600,7200),
(280,1824944400,3600),(280,1837645200,7200),(280,1856394000,3600),(280,1869094800,7200),(280,1887843600,3600),(280,1901149200,7200),(280,1919293200,3600),(280,1932598800,7200),
(280,1950742800,3600),(280,1964048400,7200),(280,1982797200,3600),(280,1995498000,7200),(280,2014246800,3600),(280,2026947600,7200),(280,2045696400,3600),(280,2058397200,7200),
(280,2077146000,3600),(280,2090451600,7200),(280,2108595600,3600),(280,2121901200,7200),(280,2140045200,3600),(280,2153350800,7200),(280,2172099600,3600),(280,2184800400,7200),
(280,2203549200,3600),(280,2216250000,7200),(280,2234998800,3600),(280,2248304400,7200),(280,2266448400,3600),(280,2279754000,7200),(280,2297898000,3600),(280,2311203600,7200),
(280,2329347600,3600),(280,2342653200,7200),(280,2361402000,3600),(280,2374102800,7200),(280,2392851600,3600),(280,2405552400,7200),(280,2424301200,3600),(280,2437606800,7200),
(280,2455750800,3600),(280,2469056400,7200),(280,2487200400,3600),(280,2500506000,7200),(280,2519254800,3600),(280,2531955600,7200),(280,2550704400,3600),(280,2563405200,7200),
(280,2582154000,3600),(280,2595459600,7200),(280,2613603600,3600),(280,2626909200,7200),(280,2645053200,3600),(280,2658358800,7200),(280,2676502800,3600),(280,2689808400,7200),
(280,2708557200,3600),(280,2721258000,7200),(280,2740006800,3600),(280,2752707600,7200),(280,2771456400,3600),(280,2784762000,7200),(280,2802906000,3600),(280,2816211600,7200),
(280,2834355600,3600),(280,2847661200,7200),(280,2866410000,3600),(280,2879110800,7200),(280,2897859600,3600),(280,2910560400,7200),(280,2929309200,3600),(280,2942010000,7200),
(280,2960758800,3600),(280,2974064400,7200),(280,2992208400,3600),(280,3005514000,7200),(280,3023658000,3600),(280,3036963600,7200),(280,3055712400,3600),(280,3068413200,7200),
(280,3087162000,3600),(280,3099862800,7200),(280,3118611600,3600),(280,3131917200,7200),(280,3150061200,3600),(280,3163366800,7200),(280,3181510800,3600),(280,3194816400,7200),
(280,3212960400,3600),(280,3226266000,7200),(280,3245014800,3600),(280,3257715600,7200),(280,3276464400,3600),(280,3289165200,7200),(280,3307914000,3600),(280,3321219600,7200),
(280,3339363600,3600),(280,3352669200,7200),(280,3370813200,3600),(280,3384118800,7200),(280,3402867600,3600),(280,3415568400,7200),(280,3434317200,3600),(280,3447018000,7200),
(280,3465766800,3600),(280,3479072400,7200),(280,3497216400,3600),(280,3510522000,7200),(280,3528666000,3600),(280,3541971600,7200),(280,3560115600,3600),(280,3573421200,7200),
(280,3592170000,3600),(280,3604870800,7200),(280,3623619600,3600),(280,3636320400,7200),(280,3655069200,3600),(280,3668374800,7200),(280,3686518800,3600),(280,3699824400,7200),
(280,3717968400,3600),(280,3731274000,7200),(280,3750022800,3600),(280,3762723600,7200),(280,3781472400,3600),(280,3794173200,7200),(280,3812922000,3600),(280,3825622800,7200),
(280,3844371600,3600),(280,3857677200,7200),(280,3875821200,3600),(280,3889126800,7200),(280,3907270800,3600),(280,3920576400,7200),(280,3939325200,3600),(280,3952026000,7200),
(280,3970774800,3600),(280,3983475600,7200),(280,4002224400,3600),(280,4015530000,7200),(280,4033674000,3600),(280,4046979600,7200),(280,4065123600,3600),(280,4078429200,7200),
(280,4096573200,3600),(280,4109878800,7200),(280,4128627600,3600),(281,-62135596800,14400),(281,354916800,18000),(281,370724400,14400),(281,386452800,18000),(281,402260400,14400),
(281,417988800,18000),(281,433796400,14400),(281,449611200,18000),(281,465343200,14400),(281,481068000,18000),(281,496792800,14400),(281,512517600,18000),(281,528242400,14400),
(281,543967200,18000),(281,559692000,14400),(281,575416800,18000),(281,591141600,14400),(281,622594800,10800),(281,638319600,14400),(281,654649200,10800),(281,686102400,7200),
(281,695779200,10800),(281,701823600,14400),(281,717548400,10800),(281,733273200,14400),(281,748998000,10800),(281,764722800,14400),(281,780447600,10800),(281,796172400,14400),
(281,811897200,10800),(281,828226800,14400),(281,846370800,10800),(281,859676400,14400),(281,877820400,10800),(281,891126000,14400),(281,909270000,10800),(281,922575600,14400),
(281,941324400,10800),(281,954025200,14400),(281,972774000,10800),(281,985474800,14400),(281,1004223600,10800),(281,1017529200,14400),(281,1035673200,10800),(281,1048978800,14400),
(281,1067122800,10800),(281,1080428400,14400),(281,1099177200,10800),(281,1111878000,14400),(281,1130626800,10800),(281,1143327600,14400),(281,1162076400,10800),(281,1174777200,14400),
(281,1193526000,10800),(281,1206831600,14400),(281,1224975600,10800),(281,1238281200,14400),(281,1256425200,10800),(281,1269730800,14400),(281,1288479600,10800),(281,1301180400,14400),
(281,1414274400,10800),(281,1459033200,14400),(282,-62135596800,3600),(282,323823600,7200),(282,338940000,3600),(282,354675600,7200),(282,370400400,3600),(282,386125200,7200),
(282,401850000,3600),(282,417574800,7200),(282,433299600,3600),(282,449024400,7200),(282,465354000,3600),(282,481078800,7200),(282,496803600,3600),(282,512528400,7200),
(282,528253200,3600),(282,543978000,7200),(282,559702800,3600),(282,575427600,7200),(282,591152400,3600),(282,606877200,7200),(282,622602000,3600),(282,638326800,7200),
(282,654656400,3600),(282,670381200,7200),(282,686106000,3600),(282,701830800,7200),(282,717555600,3600),(282,733280400,7200),(282,749005200,3600),(282,764730000,7200),
(282,780454800,3600),(282,796179600,7200),(282,811904400,3600),(282,828234000,7200),(282,846378000,3600),(282,859683600,7200),(282,877827600,3600),(282,891133200,7200),
(282,909277200,3600),(282,922582800,7200),(282,941331600,3600),(282,954032400,7200),(282,972781200,3600),(282,985482000,7200),(282,1004230800,3600),(282,1017536400,7200),
(282,1035680400,3600),(282,1048986000,7200),(282,1067130000,3600),(282,1080435600,7200),(282,1099184400,3600),(282,1111885200,7200),(282,1130634000,3600),(282,1143334800,7200),
(282,1162083600,3600),(282,1174784400,7200),(282,1193533200,3600),(282,1206838800,7200),(282,1224982800,3600),(282,1238288400,7200),(282,1256432400,3600),(282,1269738000,7200),
(282,1288486800,3600),(282,1301187600,7200),(282,1319936400,3600),(282,1332637200,7200),(282,1351386000,3600),(282,1364691600,7200),(282,1382835600,3600),(282,1396141200,7200),
(282,1414285200,3600),(282,1427590800,7200),(282,1445734800,3600),(282,1459040400,7200),(282,1477789200,3600),(282,1490490000,7200),(282,1509238800,3600),(282,1521939600,7200),
(282,1540688400,3600),(282,1553994000,7200),(282,1572138000,3600),(282,1585443600,7200),(282,1603587600,3600),(282,1616893200,7200),(282,1635642000,3600),(282,1648342800,7200),
(282,1667091600,3600),(282,1679792400,7200),(282,1698541200,3600),(282,1711846800,7200),(282,1729990800,3600),(282,1743296400,7200),(282,1761440400,3600),(282,1774746000,7200),
(282,1792890000,3600),(282,1806195600,7200),(282,1824944400,3600),(282,1837645200,7200),(282,1856394000,3600),(282,1869094800,7200),(282,1887843600,3600),(282,1901149200,7200),
(282,1919293200,3600),(282,1932598800,7200),(282,1950742800,3600),(282,1964048400,7200),(282,1982797200,3600),(282,1995498000,7200),(282,2014246800,3600),(282,2026947600,7200),
(282,2045696400,3600),(282,2058397200,7200),(282,2077146000,3600),(282,2090451600,7200),(282,2108595600,3600),(282,2121901200,7200),(282,2140045200,3600),(282,2153350800,7200),
(282,2172099600,3600),(282,2184800400,7200),(282,2203549200,3600),(282,2216250000,7200),(282,2234998800,3600),(282,2248304400,7200),(282,2266448400,3600),(282,2279754000,7200),
(282,2297898000,3600),(282,2311203600,7200),(282,2329347600,3600),(282,2342653200,7200),(282,2361402000,3600),(282,2374102800,7200),(282,2392851600,3600),(282,2405552400,7200);
INSERT INTO durable.tz_transitions (rule_id, at_utc, utc_offset) VALUES
(282,2424301200,3600),(282,2437606800,7200),(282,2455750800,3600),(282,2469056400,7200),(282,2487200400,3600),(282,2500506000,7200),(282,2519254800,3600),(282,2531955600,7200),
(282,2550704400,3600),(282,2563405200,7200),(282,2582154000,3600),(282,2595459600,7200),(282,2613603600,3600),(282,2626909200,7200),(282,2645053200,3600),(282,2658358800,7200),
(282,2676502800,3600),(282,2689808400,7200),(282,2708557200,3600),(282,2721258000,7200),(282,2740006800,3600),(282,2752707600,7200),(282,2771456400,3600),(282,2784762000,7200),
(282,2802906000,3600),(282,2816211600,7200),(282,2834355600,3600),(282,2847661200,7200),(282,2866410000,3600),(282,2879110800,7200),(282,2897859600,3600),(282,2910560400,7200),
(282,2929309200,3600),(282,2942010000,7200),(282,2960758800,3600),(282,2974064400,7200),(282,2992208400,3600),(282,3005514000,7200),(282,3023658000,3600),(282,3036963600,7200),
(282,3055712400,3600),(282,3068413200,7200),(282,3087162000,3600),(282,3099862800,7200),(282,3118611600,3600),(282,3131917200,7200),(282,3150061200,3600),(282,3163366800,7200),
(282,3181510800,3600),(282,3194816400,7200),(282,3212960400,3600),(282,3226266000,7200),(282,3245014800,3600),(282,3257715600,7200),(282,3276464400,3600),(282,3289165200,7200),
(282,3307914000,3600),(282,3321219600,7200),(282,3339363600,3600),(282,3352669200,7200),(282,3370813200,3600),(282,3384118800,7200),(282,3402867600,3600),(282,3415568400,7200),
(282,3434317200,3600),(282,3447018000,7200),(282,3465766800,3600),(282,3479072400,7200),(282,3497216400,3600),(282,3510522000,7200),(282,3528666000,3600),(282,3541971600,7200),
(282,3560115600,3600),(282,3573421200,7200),(282,3592170000,3600),(282,3604870800,7200),(282,3623619600,3600),(282,3636320400,7200),(282,3655069200,3600),(282,3668374800,7200),
(282,3686518800,3600),(282,3699824400,7200),(282,3717968400,3600),(282,3731274000,7200),(282,3750022800,3600),(282,3762723600,7200),(282,3781472400,3600),(282,3794173200,7200),
(282,3812922000,3600),(282,3825622800,7200),(282,3844371600,3600),(282,3857677200,7200),(282,3875821200,3600),(282,3889126800,7200),(282,3907270800,3600),(282,3920576400,7200),
(282,3939325200,3600),(282,3952026000,7200),(282,3970774800,3600),(282,3983475600,7200),(282,4002224400,3600),(282,4015530000,7200),(282,4033674000,3600),(282,4046979600,7200),
(282,4065123600,3600),(282,4078429200,7200),(282,4096573200,3600),(282,4109878800,7200),(282,4128627600,3600),(283,-62135596800,10800),(283,354920400,14400),(283,370728000,10800),
(283,386456400,14400),(283,402264000,10800),(283,417992400,14400),(283,433800000,10800),(283,449614800,14400),(283,465346800,10800),(283,481071600,14400),(283,496796400,10800),
(283,512521200,14400),(283,528246000,10800),(283,543970800,14400),(283,559695600,10800),(283,575420400,14400),(283,591145200,10800),(283,622598400,7200),(283,638323200,10800),
(283,654652800,7200),(283,670377600,10800),(283,686102400,7200),(283,701827200,10800),(283,717552000,7200),(283,733276800,10800),(283,749001600,7200),(283,764726400,10800),
(283,780451200,7200),(283,796176000,10800),(283,811900800,7200),(283,828230400,10800),(283,846374400,7200),(283,859680000,10800),(283,877824000,7200),(283,909277200,3600),
(283,922582800,7200),(283,1048986000,10800),(283,1067130000,7200),(283,1080435600,10800),(283,1099184400,7200),(283,1111885200,10800),(283,1130634000,7200),(283,1143334800,10800),
(283,1162083600,7200),(283,1174784400,10800),(283,1193533200,7200),(283,1206838800,10800),(283,1224982800,7200),(283,1238288400,10800),(283,1256432400,7200),(283,1269738000,10800),
(283,1288486800,7200),(283,1301187600,10800),(283,1319936400,7200),(283,1332637200,10800),(283,1351386000,7200),(283,1364691600,10800),(283,1382835600,7200),(283,1396141200,10800),
(283,1414285200,7200),(283,1427590800,10800),(283,1445734800,7200),(283,1459040400,10800),(283,1477789200,7200),(283,1490490000,10800),(283,1509238800,7200),(283,1521939600,10800),
(283,1540688400,7200),(283,1553994000,10800),(283,1572138000,7200),(283,1585443600,10800),(283,1603587600,7200),(283,1616893200,10800),(283,1635642000,7200),(283,1648342800,10800),
(283,1667091600,7200),(283,1679792400,10800),(283,1698541200,7200),(283,1711846800,10800),(283,1729990800,7200),(283,1743296400,10800),(283,1761440400,7200),(283,1774746000,10800),
(283,1792890000,7200),(283,1806195600,10800),(283,1824944400,7200),(283,1837645200,10800),(283,1856394000,7200),(283,1869094800,10800),(283,1887843600,7200),(283,1901149200,10800),
(283,1919293200,7200),(283,1932598800,10800),(283,1950742800,7200),(283,1964048400,10800),(283,1982797200,7200),(283,1995498000,10800),(283,2014246800,7200),(283,2026947600,10800),
(283,2045696400,7200),(283,2058397200,10800),(283,2077146000,7200),(283,2090451600,10800),(283,2108595600,7200),(283,2121901200,10800),(283,2140045200,7200),(283,2153350800,10800),
(283,2172099600,7200),(283,2184800400,10800),(283,2203549200,7200),(283,2216250000,10800),(283,2234998800,7200),(283,2248304400,10800),(283,2266448400,7200),(283,2279754000,10800),
(283,2297898000,7200),(283,2311203600,10800),(283,2329347600,7200),(283,2342653200,10800),(283,2361402000,7200),(283,2374102800,10800),(283,2392851600,7200),(283,2405552400,10800),
(283,2424301200,7200),(283,2437606800,10800),(283,2455750800,7200),(283,2469056400,10800),(283,2487200400,7200),(283,2500506000,10800),(283,2519254800,7200),(283,2531955600,10800),
(283,2550704400,7200),(283,2563405200,10800),(283,2582154000,7200),(283,2595459600,10800),(283,2613603600,7200),(283,2626909200,10800),(283,2645053200,7200),(283,2658358800,10800),
(283,2676502800,7200),(283,2689808400,10800),(283,2708557200,7200),(283,2721258000,10800),(283,2740006800,7200),(283,2752707600,10800),(283,2771456400,7200),(283,2784762000,10800),
(283,2802906000,7200),(283,2816211600,10800),(283,2834355600,7200),(283,2847661200,10800),(283,2866410000,7200),(283,2879110800,10800),(283,2897859600,7200),(283,2910560400,10800),
(283,2929309200,7200),(283,2942010000,10800),(283,2960758800,7200),(283,2974064400,10800),(283,2992208400,7200),(283,3005514000,10800),(283,3023658000,7200),(283,3036963600,10800),
(283,3055712400,7200),(283,3068413200,10800),(283,3087162000,7200),(283,3099862800,10800),(283,3118611600,7200),(283,3131917200,10800),(283,3150061200,7200),(283,3163366800,10800),
(283,3181510800,7200),(283,3194816400,10800),(283,3212960400,7200),(283,3226266000,10800),(283,3245014800,7200),(283,3257715600,10800),(283,3276464400,7200),(283,3289165200,10800),
(283,3307914000,7200),(283,3321219600,10800),(283,3339363600,7200),(283,3352669200,10800),(283,3370813200,7200),(283,3384118800,10800),(283,3402867600,7200),(283,3415568400,10800),
(283,3434317200,7200),(283,3447018000,10800),(283,3465766800,7200),(283,3479072400,10800),(283,3497216400,7200),(283,3510522000,10800),(283,3528666000,7200),(283,3541971600,10800),
(283,3560115600,7200),(283,3573421200,10800),(283,3592170000,7200),(283,3604870800,10800),(283,3623619600,7200),(283,3636320400,10800),(283,3655069200,7200),(283,3668374800,10800),
(283,3686518800,7200),(283,3699824400,10800),(283,3717968400,7200),(283,3731274000,10800),(283,3750022800,7200),(283,3762723600,10800),(283,3781472400,7200),(283,3794173200,10800),
(283,3812922000,7200),(283,3825622800,10800),(283,3844371600,7200),(283,3857677200,10800),(283,3875821200,7200),(283,3889126800,10800),(283,3907270800,7200),(283,3920576400,10800),
(283,3939325200,7200),(283,3952026000,10800),(283,3970774800,7200),(283,3983475600,10800),(283,4002224400,7200),(283,4015530000,10800),(283,4033674000,7200),(283,4046979600,10800),
(283,4065123600,7200),(283,4078429200,10800),(283,4096573200,7200),(283,4109878800,10800),(283,4128627600,7200),(284,-62135596800,14400),(284,354916800,18000),(284,370724400,14400),
(284,386452800,18000),(284,402260400,14400),(284,417988800,18000),(284,433796400,14400),(284,449611200,18000),(284,465343200,14400),(284,481068000,18000),(284,496792800,14400),
(284,512517600,18000),(284,528242400,14400),(284,543967200,18000),(284,559692000,14400),(284,591145200,10800),(284,606870000,14400),(284,622594800,10800),(284,638319600,14400),
(284,654649200,10800),(284,670374000,14400),(284,717548400,10800),(284,733273200,14400),(284,748998000,10800),(284,764722800,14400),(284,780447600,10800),(284,796172400,14400),
(284,811897200,10800),(284,828226800,14400),(284,846370800,10800),(284,859676400,14400),(284,877820400,10800),(284,891126000,14400),(284,909270000,10800),(284,922575600,14400),
(284,941324400,10800),(284,954025200,14400),(284,972774000,10800),(284,985474800,14400),(284,1004223600,10800),(284,1017529200,14400),(284,1035673200,10800),(284,1048978800,14400),
(284,1067122800,10800),(284,1080428400,14400),(284,1099177200,10800),(284,1111878000,14400),(284,1130626800,10800),(284,1143327600,14400),(284,1162076400,10800),(284,1174777200,14400),
(284,1193526000,10800),(284,1206831600,14400),(284,1224975600,10800),(284,1238281200,14400),(284,1256425200,10800),(284,1269730800,14400),(284,1288479600,10800),(284,1301180400,14400),
(284,1414274400,10800),(284,1540681200,14400),(284,1609020000,10800),(285,-62135596800,3600),(285,228873600,7200),(285,243993600,3600),(285,260323200,7200),(285,276048000,3600),
(285,291772800,7200),(285,307497600,3600),(285,323827200,7200),(285,338947200,3600),(285,354672000,7200),(285,370396800,3600),(285,386121600,7200),(285,401846400,3600),
(285,417571200,7200),(285,433296000,3600),(285,449020800,7200),(285,465350400,3600),(285,481075200,7200),(285,496800000,3600),(285,512524800,7200),(285,528249600,3600),
(285,543974400,7200),(285,559699200,3600),(285,575427600,7200),(285,591152400,3600),(285,606877200,7200),(285,622602000,3600),(285,638326800,7200),(285,654656400,3600),
(285,670381200,7200),(285,686106000,3600),(285,701830800,7200),(285,717555600,3600),(285,733280400,7200),(285,749005200,3600),(285,764730000,7200),(285,780454800,3600),
(285,796179600,7200),(285,811904400,3600),(285,828234000,7200),(285,846378000,3600),(285,859683600,7200),(285,877827600,3600),(285,891133200,7200),(285,909277200,3600),
(285,922582800,7200),(285,941331600,3600),(285,954032400,7200),(285,972781200,3600),(285,985482000,7200),(285,1004230800,3600),(285,1017536400,7200),(285,1035680400,3600),
(285,1048986000,7200),(285,1067130000,3600),(285,1080435600,7200),(285,1099184400,3600),(285,1111885200,7200),(285,1130634000,3600),(285,1143334800,7200),(285,1162083600,3600),
(285,1174784400,7200),(285,1193533200,3600),(285,1206838800,7200),(285,1224982800,3600),(285,1238288400,7200),(285,1256432400,3600),(285,1269738000,7200),(285,1288486800,3600),
(285,1301187600,7200),(285,1319936400,3600),(285,1332637200,7200),(285,1351386000,3600),(285,1364691600,7200),(285,1382835600,3600),(285,1396141200,7200),(285,1414285200,3600),
(285,1427590800,7200),(285,1445734800,3600),(285,1459040400,7200),(285,1477789200,3600),(285,1490490000,7200),(285,1509238800,3600),(285,1521939600,7200),(285,1540688400,3600),
(285,1553994000,7200),(285,1572138000,3600),(285,1585443600,7200),(285,1603587600,3600),(285,1616893200,7200),(285,1635642000,3600),(285,1648342800,7200),(285,1667091600,3600),
(285,1679792400,7200),(285,1698541200,3600),(285,1711846800,7200),(285,1729990800,3600),(285,1743296400,7200),(285,1761440400,3600),(285,1774746000,7200),(285,1792890000,3600),
(285,1806195600,7200),(285,1824944400,3600),(285,1837645200,7200),(285,1856394000,3600),(285,1869094800,7200),(285,1887843600,3600),(285,1901149200,7200),(285,1919293200,3600),
(285,1932598800,7200),(285,1950742800,3600),(285,1964048400,7200),(285,1982797200,3600),(285,1995498000,7200),(285,2014246800,3600),(285,2026947600,7200),(285,2045696400,3600),
(285,2058397200,7200),(285,2077146000,3600),(285,2090451600,7200),(285,2108595600,3600),(285,2121901200,7200),(285,2140045200,3600),(285,2153350800,7200),(285,2172099600,3600),
(285,2184800400,7200),(285,2203549200,3600),(285,2216250000,7200),(285,2234998800,3600),(285,2248304400,7200),(285,2266448400,3600),(285,2279754000,7200),(285,2297898000,3600),
(285,2311203600,7200),(285,2329347600,3600),(285,2342653200,7200),(285,2361402000,3600),(285,2374102800,7200),(285,2392851600,3600),(285,2405552400,7200),(285,2424301200,3600),
(285,2437606800,7200),(285,2455750800,3600),(285,2469056400,7200),(285,2487200400,3600),(285,2500506000,7200),(285,2519254800,3600),(285,2531955600,7200),(285,2550704400,3600),
(285,2563405200,7200),(285,2582154000,3600),(285,2595459600,7200),(285,2613603600,3600),(285,2626909200,7200),(285,2645053200,3600),(285,2658358800,7200),(285,2676502800,3600),
(285,2689808400,7200),(285,2708557200,3600),(285,2721258000,7200),(285,2740006800,3600),(285,2752707600,7200),(285,2771456400,3600),(285,2784762000,7200),(285,2802906000,3600),
(285,2816211600,7200),(285,2834355600,3600),(285,2847661200,7200),(285,2866410000,3600),(285,2879110800,7200),(285,2897859600,3600),(285,2910560400,7200),(285,2929309200,3600),
(285,2942010000,7200),(285,2960758800,3600),(285,2974064400,7200),(285,2992208400,3600),(285,3005514000,7200),(285,3023658000,3600),(285,3036963600,7200),(285,3055712400,3600),
(285,3068413200,7200),(285,3087162000,3600),(285,3099862800,7200),(285,3118611600,3600),(285,3131917200,7200),(285,3150061200,3600),(285,3163366800,7200),(285,3181510800,3600),
(285,3194816400,7200),(285,3212960400,3600),(285,3226266000,7200),(285,3245014800,3600),(285,3257715600,7200),(285,3276464400,3600),(285,3289165200,7200),(285,3307914000,3600),
(285,3321219600,7200),(285,3339363600,3600),(285,3352669200,7200),(285,3370813200,3600),(285,3384118800,7200),(285,3402867600,3600),(285,3415568400,7200),(285,3434317200,3600),
(285,3447018000,7200),(285,3465766800,3600),(285,3479072400,7200),(285,3497216400,3600),(285,3510522000,7200),(285,3528666000,3600),(285,3541971600,7200),(285,3560115600,3600),
(285,3573421200,7200),(285,3592170000,3600),(285,3604870800,7200),(285,3623619600,3600),(285,3636320400,7200),(285,3655069200,3600),(285,3668374800,7200),(285,3686518800,3600),
(285,3699824400,7200),(285,3717968400,3600),(285,3731274000,7200),(285,3750022800,3600),(285,3762723600,7200),(285,3781472400,3600),(285,3794173200,7200),(285,3812922000,3600),
(285,3825622800,7200),(285,3844371600,3600),(285,3857677200,7200),(285,3875821200,3600),(285,3889126800,7200),(285,3907270800,3600),(285,3920576400,7200),(285,3939325200,3600),
(285,3952026000,7200),(285,3970774800,3600),(285,3983475600,7200),(285,4002224400,3600),(285,4015530000,7200),(285,4033674000,3600),(285,4046979600,7200),(285,4065123600,3600),
(285,4078429200,7200),(285,4096573200,3600),(285,4109878800,7200),(285,4128627600,3600),(286,-62135596800,18000),(286,820436400,21600),(287,-62135596800,14400),(287,403041600,18000),
(287,417034800,14400),(287,1224972000,18000),(287,1238274000,14400),(288,-62135596800,-39600),(288,1285498800,-36000),(288,1301752800,-39600),(288,1316872800,-36000),(288,1325239200,50400),
(288,1333202400,46800),(288,1348927200,50400),(288,1365256800,46800),(288,1380376800,50400),(288,1396706400,46800),(288,1411826400,50400),(288,1428156000,46800),(288,1443276000,50400),
(288,1459605600,46800),(288,1474725600,50400),(288,1491055200,46800),(288,1506175200,50400),(288,1522504800,46800),(288,1538229600,50400),(288,1554559200,46800),(288,1569679200,50400),
(288,1586008800,46800),(288,1601128800,50400),(288,1617458400,46800),(289,-62135596800,36000),(289,1419696000,39600),(290,-62135596800,45900),(290,152632800,49500),(290,162309600,45900),
(290,183477600,49500),(290,194968800,45900),(290,215532000,49500),(290,226418400,45900),(290,246981600,49500),(290,257868000,45900),(290,278431200,49500),(290,289317600,45900),
(290,309880800,49500),(290,320767200,45900),(290,341330400,49500),(290,352216800,45900),(290,372780000,49500),(290,384271200,45900),(290,404834400,49500),(290,415720800,45900),
(290,436284000,49500),(290,447170400,45900),(290,467733600,49500),(290,478620000,45900),(290,499183200,49500),(290,510069600,45900),(290,530632800,49500),(290,541519200,45900),
(290,562082400,49500),(290,573573600,45900),(290,594136800,49500),(290,605023200,45900),(290,623772000,49500),(290,637682400,45900),(290,655221600,49500),(290,669132000,45900),
(290,686671200,49500),(290,700581600,45900),(290,718120800,49500),(290,732636000,45900),(290,749570400,49500),(290,764085600,45900),(290,781020000,49500),(290,795535200,45900),
(290,812469600,49500),(290,826984800,45900),(290,844524000,49500),(290,858434400,45900),(290,875973600,49500),(290,889884000,45900),(290,907423200,49500),(290,921938400,45900),
(290,938872800,49500),(290,953388000,45900),(290,970322400,49500),(290,984837600,45900),(290,1002376800,49500),(290,1016287200,45900),(290,1033826400,49500),(290,1047736800,45900),
(290,1065276000,49500),(290,1079791200,45900),(290,1096725600,49500),(290,1111240800,45900),(290,1128175200,49500),(290,1142690400,45900),(290,1159624800,49500),(290,1174140000,45900),
(290,1191074400,49500),(290,1207404000,45900),(290,1222524000,49500),(290,1238853600,45900),(290,1253973600,49500),(290,1270303200,45900),(290,1285423200,49500),(290,1301752800,45900),
(290,1316872800,49500),(290,1333202400,45900),(290,1348927200,49500),(290,1365256800,45900),(290,1380376800,49500),(290,1396706400,45900),(290,1411826400,49500),(290,1428156000,45900),
(290,1443276000,49500),(290,1459605600,45900),(290,1474725600,49500),(290,1491055200,45900),(290,1506175200,49500),(290,1522504800,45900),(290,1538229600,49500),(290,1554559200,45900),
(290,1569679200,49500),(290,1586008800,45900),(290,1601128800,49500),(290,1617458400,45900),(290,1632578400,49500),(290,1648908000,45900),(290,1664028000,49500),(290,1680357600,45900),
(290,1695477600,49500),(290,1712412000,45900),(290,1727532000,49500),(290,1743861600,45900),(290,1758981600,49500),(290,1775311200,45900),(290,1790431200,49500),(290,1806760800,45900),
(290,1821880800,49500),(290,1838210400,45900),(290,1853330400,49500),(290,1869660000,45900),(290,1885384800,49500),(290,1901714400,45900),(290,1916834400,49500),(290,1933164000,45900),
(290,1948284000,49500),(290,1964613600,45900),(290,1979733600,49500),(290,1996063200,45900),(290,2011183200,49500),(290,2027512800,45900),(290,2042632800,49500),(290,2058962400,45900),
(290,2074687200,49500),(290,2091016800,45900),(290,2106136800,49500),(290,2122466400,45900),(290,2137586400,49500),(290,2153916000,45900),(290,2169036000,49500),(290,2185365600,45900),
(290,2200485600,49500),(290,2216815200,45900),(290,2232540000,49500),(290,2248869600,45900),(290,2263989600,49500),(290,2280319200,45900),(290,2295439200,49500),(290,2311768800,45900),
(290,2326888800,49500),(290,2343218400,45900),(290,2358338400,49500),(290,2374668000,45900),(290,2389788000,49500),(290,2406117600,45900),(290,2421842400,49500),(290,2438172000,45900),
(290,2453292000,49500),(290,2469621600,45900),(290,2484741600,49500),(290,2501071200,45900),(290,2516191200,49500),(290,2532520800,45900),(290,2547640800,49500),(290,2563970400,45900),
(290,2579090400,49500),(290,2596024800,45900),(290,2611144800,49500),(290,2627474400,45900),(290,2642594400,49500),(290,2658924000,45900),(290,2674044000,49500),(290,2690373600,45900),
(290,2705493600,49500),(290,2721823200,45900),(290,2736943200,49500),(290,2753272800,45900),(290,2768997600,49500),(290,2785327200,45900),(290,2800447200,49500),(290,2816776800,45900),
(290,2831896800,49500),(290,2848226400,45900),(290,2863346400,49500),(290,2879676000,45900),(290,2894796000,49500),(290,2911125600,45900),(290,2926245600,49500),(290,2942575200,45900),
(290,2958300000,49500),(290,2974629600,45900),(290,2989749600,49500),(290,3006079200,45900),(290,3021199200,49500),(290,3037528800,45900),(290,3052648800,49500),(290,3068978400,45900),
(290,3084098400,49500),(290,3100428000,45900),(290,3116152800,49500),(290,3132482400,45900),(290,3147602400,49500),(290,3163932000,45900),(290,3179052000,49500),(290,3195381600,45900),
(290,3210501600,49500),(290,3226831200,45900),(290,3241951200,49500),(290,3258280800,45900),(290,3273400800,49500),(290,3289730400,45900),(290,3305455200,49500),(290,3321784800,45900),
(290,3336904800,49500),(290,3353234400,45900),(290,3368354400,49500),(290,3384684000,45900),(290,3399804000,49500),(290,3416133600,45900),(290,3431253600,49500),(290,3447583200,45900),
(290,3462703200,49500),(290,3479637600,45900),(290,3494757600,49500),(290,3511087200,45900),(290,3526207200,49500),(290,3542536800,45900),(290,3557656800,49500),(290,3573986400,45900),
(290,3589106400,49500),(290,3605436000,45900),(290,3620556000,49500),(290,3636885600,45900),(290,3652610400,49500),(290,3668940000,45900),(290,3684060000,49500),(290,3700389600,45900),
(290,3715509600,49500),(290,3731839200,45900),(290,3746959200,49500),(290,3763288800,45900),(290,3778408800,49500),(290,3794738400,45900),(290,3809858400,49500),(290,3826188000,45900),
(290,3841912800,49500),(290,3858242400,45900),(290,3873362400,49500),(290,3889692000,45900),(290,3904812000,49500),(290,3921141600,45900),(290,3936261600,49500),(290,3952591200,45900),
(290,3967711200,49500),(290,3984040800,45900),(290,3999765600,49500),(290,4016095200,45900),(290,4031215200,49500),(290,4047544800,45900),(290,4062664800,49500),(290,4078994400,45900),
(290,4094114400,49500),(290,4110444000,45900),(290,4125564000,49500),(291,-62135596800,39600),(291,125409600,43200),(291,133876800,39600),(291,433256400,43200),(291,448977600,39600),
(291,464706000,43200),(291,480427200,39600),(291,496760400,43200),(291,511876800,39600),(291,528210000,43200),(291,543931200,39600),(291,559659600,43200),(291,575380800,39600),
(291,591109200,43200),(291,606830400,39600),(291,622558800,43200),(291,638280000,39600),(291,654008400,43200),(291,669729600,39600),(291,686062800,43200),(291,696340800,39600),
(291,719931600,43200),(291,727790400,39600),(292,-62135596800,-43200),(292,307627200,-39600),(292,788871600,46800),(293,-62135596800,-39600),(293,1325242800,46800),(294,-62135596800,43200),
(294,909842400,46800),(294,920124000,43200),(294,941896800,46800),(294,951573600,43200),(294,1259416800,46800),(294,1269698400,43200),(294,1287842400,46800),(294,1299333600,43200),
(294,1319292000,46800),(294,1327154400,43200),(294,1350741600,46800),(294,1358604000,43200),(294,1382796000,46800),(294,1390050000,43200),(294,1414850400,46800),(294,1421503200,43200),
(294,1446300000,46800),(294,1452952800,43200),(294,1478354400,46800),(294,1484402400,43200),(294,1509804000,46800),(294,1515852000,43200),(294,1541253600,46800),(294,1547301600,43200),
(294,1573308000,46800),(294,1578751200,43200),(294,1608386400,46800),(294,1610805600,43200),(295,-62135596800,-18000),(295,504939600,-21600),(295,722930400,-18000),(295,728888400,-21600);
INSERT INTO durable.tz_transitions (rule_id, at_utc, utc_offset) VALUES
(296,-62135596800,36000),(296,9907200,39600),(296,21394800,36000),(296,41356800,39600),(296,52844400,36000),(296,124819200,39600),(296,130863600,36000),(296,201888000,39600),
(296,209487660,36000),(296,230659200,39600),(296,241542000,36000),(297,-62135596800,-38400),(297,307622400,-36000),(297,788868000,50400),(298,-62135596800,43200),(298,915105600,39600),
(299,-62135596800,-43200),(299,745934400,43200),(300,-62135596800,-34200),(301,-62135596800,41400),(301,287418600,43200),(302,-62135596800,41400),(302,152029800,45000),(302,162916200,41400),
(302,1443882600,39600),(302,1570287600,43200),(302,1586012400,39600),(302,1601737200,43200),(302,1617462000,39600),(302,1633186800,43200),(302,1648911600,39600),(302,1664636400,43200),
(302,1680361200,39600),(302,1696086000,43200),(302,1712415600,39600),(302,1728140400,43200),(302,1743865200,39600),(302,1759590000,43200),(302,1775314800,39600),(302,1791039600,43200),
(302,1806764400,39600),(302,1822489200,43200),(302,1838214000,39600),(302,1853938800,43200),(302,1869663600,39600),(302,1885993200,43200),(302,1901718000,39600),(302,1917442800,43200),
(302,1933167600,39600),(302,1948892400,43200),(302,1964617200,39600),(302,1980342000,43200),(302,1996066800,39600),(302,2011791600,43200),(302,2027516400,39600),(302,2043241200,43200),
(302,2058966000,39600),(302,2075295600,43200),(302,2091020400,39600),(302,2106745200,43200),(302,2122470000,39600),(302,2138194800,43200),(302,2153919600,39600),(302,2169644400,43200),
(302,2185369200,39600),(302,2201094000,43200),(302,2216818800,39600),(302,2233148400,43200),(302,2248873200,39600),(302,2264598000,43200),(302,2280322800,39600),(302,2296047600,43200),
(302,2311772400,39600),(302,2327497200,43200),(302,2343222000,39600),(302,2358946800,43200),(302,2374671600,39600),(302,2390396400,43200),(302,2406121200,39600),(302,2422450800,43200),
(302,2438175600,39600),(302,2453900400,43200),(302,2469625200,39600),(302,2485350000,43200),(302,2501074800,39600),(302,2516799600,43200),(302,2532524400,39600),(302,2548249200,43200),
(302,2563974000,39600),(302,2579698800,43200),(302,2596028400,39600),(302,2611753200,43200),(302,2627478000,39600),(302,2643202800,43200),(302,2658927600,39600),(302,2674652400,43200),
(302,2690377200,39600),(302,2706102000,43200),(302,2721826800,39600),(302,2737551600,43200),(302,2753276400,39600),(302,2769606000,43200),(302,2785330800,39600),(302,2801055600,43200),
(302,2816780400,39600),(302,2832505200,43200),(302,2848230000,39600),(302,2863954800,43200),(302,2879679600,39600),(302,2895404400,43200),(302,2911129200,39600),(302,2926854000,43200),
(302,2942578800,39600),(302,2958908400,43200),(302,2974633200,39600),(302,2990358000,43200),(302,3006082800,39600),(302,3021807600,43200),(302,3037532400,39600),(302,3053257200,43200),
(302,3068982000,39600),(302,3084706800,43200),(302,3100431600,39600),(302,3116761200,43200),(302,3132486000,39600),(302,3148210800,43200),(302,3163935600,39600),(302,3179660400,43200),
(302,3195385200,39600),(302,3211110000,43200),(302,3226834800,39600),(302,3242559600,43200),(302,3258284400,39600),(302,3274009200,43200),(302,3289734000,39600),(302,3306063600,43200),
(302,3321788400,39600),(302,3337513200,43200),(302,3353238000,39600),(302,3368962800,43200),(302,3384687600,39600),(302,3400412400,43200),(302,3416137200,39600),(302,3431862000,43200),
(302,3447586800,39600),(302,3463311600,43200),(302,3479641200,39600),(302,3495366000,43200),(302,3511090800,39600),(302,3526815600,43200),(302,3542540400,39600),(302,3558265200,43200),
(302,3573990000,39600),(302,3589714800,43200),(302,3605439600,39600),(302,3621164400,43200),(302,3636889200,39600),(302,3653218800,43200),(302,3668943600,39600),(302,3684668400,43200),
(302,3700393200,39600),(302,3716118000,43200),(302,3731842800,39600),(302,3747567600,43200),(302,3763292400,39600),(302,3779017200,43200),(302,3794742000,39600),(302,3810466800,43200),
(302,3826191600,39600),(302,3842521200,43200),(302,3858246000,39600),(302,3873970800,43200),(302,3889695600,39600),(302,3905420400,43200),(302,3921145200,39600),(302,3936870000,43200),
(302,3952594800,39600),(302,3968319600,43200),(302,3984044400,39600),(302,4000374000,43200),(302,4016098800,39600),(302,4031823600,43200),(302,4047548400,39600),(302,4063273200,43200),
(302,4078998000,39600),(302,4094722800,43200),(302,4110447600,39600),(302,4126172400,43200),(303,-62135596800,39600),(303,250002000,43200),(303,257342400,39600),(303,281451600,43200),
(303,288878400,39600),(303,849366000,43200),(303,857228400,39600),(304,-62135596800,-30600),(304,893665800,-28800),(305,-62135596800,-37800),(305,279714600,-34200),(305,289387800,-36000),
(305,309952800,-34200),(305,320837400,-36000),(305,341402400,-34200),(305,352287000,-36000),(305,372852000,-34200),(305,384341400,-36000),(305,404906400,-34200),(305,415791000,-36000),
(305,436356000,-34200),(305,447240600,-36000),(305,467805600,-34200),(305,478690200,-36000),(305,499255200,-34200),(305,510139800,-36000),(305,530704800,-34200),(305,541589400,-36000),
(305,562154400,-34200),(305,573643800,-36000),(305,594208800,-34200),(305,605093400,-36000),(305,625658400,-34200),(305,636543000,-36000),(305,657108000,-34200),(305,667992600,-36000),
(306,-62135596800,46800),(306,939214800,50400),(306,953384400,46800),(306,973342800,50400),(306,980596800,46800),(306,1004792400,50400),(306,1012046400,46800),(306,1478350800,50400),
(306,1484398800,46800);
-- END GENERATED TZDATA

UPDATE durable.tz_transitions t
JOIN (SELECT rule_id, at_utc,
             LAG(utc_offset) OVER w AS prev_offset,
             LEAD(at_utc) OVER w AS next_at
      FROM durable.tz_transitions
      WINDOW w AS (PARTITION BY rule_id ORDER BY at_utc)) d
  ON d.rule_id = t.rule_id AND d.at_utc = t.at_utc
SET t.prev_offset = COALESCE(d.prev_offset, t.utc_offset),
    t.next_at = COALESCE(d.next_at, 253402300800);  -- 10000-01-01: no later change

DELIMITER $$

-- ----------------------------------------------------------------------------
-- Message helpers.
--
-- PostgreSQL's quote_literal(): quotes doubled; with a backslash, backslashes doubled
-- and an E prefix.  CHAR(92) rather than a backslash literal: the file must mean the
-- same under NO_BACKSLASH_ESCAPES.
-- ----------------------------------------------------------------------------
CREATE FUNCTION durable.cron_quote(value LONGTEXT CHARACTER SET utf8mb4)
RETURNS LONGTEXT CHARACTER SET utf8mb4
DETERMINISTIC NO SQL SQL SECURITY DEFINER
BEGIN
    DECLARE bs CHAR(1) CHARACTER SET utf8mb4 DEFAULT CHAR(92 USING utf8mb4);
    IF value IS NULL THEN
        RETURN 'NULL';
    END IF;
    IF LOCATE(bs, value) > 0 THEN
        RETURN CONCAT('E''', REPLACE(REPLACE(value, bs, CONCAT(bs, bs)), '''', ''''''), '''');
    END IF;
    RETURN CONCAT('''', REPLACE(value, '''', ''''''), '''');
END$$

-- prefix + quote_literal(value) + rest, fitted into SIGNAL's 128 characters: the value
-- shortened to 40 characters + an ellipsis first, then the whole text cut.  (LONGTEXT:
-- a value of 65,535 bytes, quoted, is longer than a TEXT holds.)
CREATE FUNCTION durable.cron_message(prefix LONGTEXT CHARACTER SET utf8mb4,
                                     value LONGTEXT CHARACTER SET utf8mb4,
                                     rest LONGTEXT CHARACTER SET utf8mb4)
RETURNS VARCHAR(128) CHARACTER SET utf8mb4
DETERMINISTIC NO SQL SQL SECURITY DEFINER
BEGIN
    DECLARE ellipsis CHAR(1) CHARACTER SET utf8mb4 DEFAULT _utf8mb4 X'E280A6';
    DECLARE msg LONGTEXT CHARACTER SET utf8mb4
        DEFAULT CONCAT(prefix, durable.cron_quote(value), rest);
    IF CHAR_LENGTH(msg) > 128 AND CHAR_LENGTH(value) > 40 THEN
        SET msg = CONCAT(prefix, durable.cron_quote(CONCAT(LEFT(value, 40), ellipsis)), rest);
    END IF;
    IF CHAR_LENGTH(msg) > 128 THEN
        SET msg = CONCAT(LEFT(msg, 127), ellipsis);
    END IF;
    RETURN msg;
END$$

-- ----------------------------------------------------------------------------
-- Time zones.
--
-- The rule set of a zone, or DS012.  'UTC' is answered without a table read (it is the
-- default of every schedule): rule 0 means "offset 0, no transitions".
-- Case-sensitive on purpose, as on PostgreSQL: a stored name must be one every other
-- program (Python's zoneinfo, browsers) understands.
-- ----------------------------------------------------------------------------
CREATE FUNCTION durable.tz_rule(timezone TEXT CHARACTER SET utf8mb4)
RETURNS SMALLINT UNSIGNED
NOT DETERMINISTIC READS SQL DATA SQL SECURITY DEFINER
BEGIN
    DECLARE v_rule SMALLINT UNSIGNED DEFAULT NULL;
    DECLARE v_msg VARCHAR(128) CHARACTER SET utf8mb4;
    IF CAST(timezone AS BINARY) = CAST('UTC' AS BINARY) THEN
        RETURN 0;
    END IF;
    IF CHAR_LENGTH(timezone) <= 64 THEN
        SELECT z.rule_id INTO v_rule FROM durable.tz_zones z
        WHERE z.name = CAST(timezone AS BINARY);
    END IF;
    IF v_rule IS NULL THEN
        SET v_msg = durable.cron_message('unknown time zone ', timezone,
            ': use an IANA name such as ''Europe/Berlin'' (Windows ids, abbreviations and POSIX strings are not accepted)');
        SIGNAL SQLSTATE 'DS012' SET MESSAGE_TEXT = v_msg;
    END IF;
    RETURN v_rule;
END$$

-- PostgreSQL's check_time_zone (returns NULL: void).
CREATE FUNCTION durable.check_time_zone(timezone TEXT CHARACTER SET utf8mb4)
RETURNS TINYINT
NOT DETERMINISTIC READS SQL DATA SQL SECURITY DEFINER
BEGIN
    DECLARE v_rule SMALLINT UNSIGNED DEFAULT durable.tz_rule(timezone);
    RETURN NULL;
END$$

-- ----------------------------------------------------------------------------
-- The parsed form.
--
-- A cron expression parses to a short text of seven unsigned integers separated by
-- spaces (at most 70 characters; store it as VARCHAR(160) next to the expression to
-- evaluate a schedule without parsing it again, with durable.cron_next_spec):
--
--     "<second> <minute> <hour> <day-of-month> <month> <day-of-week> <flags>"
--
-- each field a bit mask of its allowed values (bit v set = v allowed: second and
-- minute bits 0-59, hour 0-23, day-of-month 1-31, month 1-12, day-of-week 0-6 with
-- Sunday = 0, a 7 already folded into 0), flags = 1 if the hour field was exactly '*'
-- (it fires in both passes of a fall-back overlap) + 2 if day-of-month was exactly '*'
-- + 4 if day-of-week was exactly '*' (the Vixie day rule depends on the text: '*/1' is
-- restricted).  The next allowed value >= v of a mask m is one shift and one bit count:
-- x = m >> v; none when x = 0, else v + (the number of trailing zeros of x)
-- = v + BIT_COUNT(x ^ (x - 1)) - 1.
-- ----------------------------------------------------------------------------

-- One value: a number, or a name in the month and day-of-week fields.
CREATE FUNCTION durable.cron_parse_value(cron TEXT CHARACTER SET utf8mb4,
                                         field_name VARCHAR(16) CHARACTER SET utf8mb4,
                                         token TEXT CHARACTER SET utf8mb4,
                                         low INT, high INT)
RETURNS INT
DETERMINISTIC NO SQL SQL SECURITY DEFINER
BEGIN
    DECLARE v INT DEFAULT NULL;
    DECLARE v_msg VARCHAR(128) CHARACTER SET utf8mb4;
    IF token COLLATE utf8mb4_bin REGEXP '^[0-9]+$' AND LOCATE(CHAR(10 USING utf8mb4), token) = 0 THEN
        -- Leading zeros are fine; over 4 significant digits is out of every range.
        IF CHAR_LENGTH(TRIM(LEADING '0' FROM token)) <= 4 THEN
            SET v = CAST(token AS UNSIGNED);
            IF v >= low AND v <= high THEN
                RETURN v;
            END IF;
        END IF;
        SET v_msg = durable.cron_message('cron ', cron,
            CONCAT(': ', field_name, ' value ', token, ' is out of range ', low, '-', high));
        SIGNAL SQLSTATE 'DS011' SET MESSAGE_TEXT = v_msg;
    END IF;
    IF field_name = 'month' THEN
        SET v = NULLIF(FIND_IN_SET(LOWER(token) COLLATE utf8mb4_bin,
                                   'jan,feb,mar,apr,may,jun,jul,aug,sep,oct,nov,dec'), 0);
    ELSEIF field_name = 'day-of-week' THEN
        SET v = NULLIF(FIND_IN_SET(LOWER(token) COLLATE utf8mb4_bin,
                                   'sun,mon,tue,wed,thu,fri,sat'), 0) - 1;
    END IF;
    IF v IS NULL THEN
        SET v_msg = durable.cron_message('cron ', cron, CONCAT(': ', field_name, ' value ',
            durable.cron_quote(token), ' is not ',
            CASE
            WHEN field_name = 'month' THEN 'a month name (jan..dec) or a number 1-12'
            WHEN field_name = 'day-of-week' THEN 'a weekday name (sun..sat) or a number 0-7'
            WHEN LOWER(token) COLLATE utf8mb4_bin IN ('l', 'w', 'lw', 'h')
                THEN 'supported (L, W, #, ?, H and @ aliases are not)'
            ELSE CONCAT('a number ', low, '-', high, ' (names are only for month and day-of-week)')
            END));
        SIGNAL SQLSTATE 'DS011' SET MESSAGE_TEXT = v_msg;
    END IF;
    RETURN v;
END$$

-- One field -> the bit mask of its allowed values (day-of-week: bits 0-7, folded by
-- the caller).
CREATE FUNCTION durable.cron_parse_field(cron TEXT CHARACTER SET utf8mb4,
                                         field_name VARCHAR(16) CHARACTER SET utf8mb4,
                                         field TEXT CHARACTER SET utf8mb4,
                                         low INT, high INT)
RETURNS BIGINT UNSIGNED
DETERMINISTIC NO SQL SQL SECURITY DEFINER
BEGIN
    DECLARE mask BIGINT UNSIGNED DEFAULT 0;
    DECLARE rest TEXT CHARACTER SET utf8mb4;
    DECLARE item TEXT CHARACTER SET utf8mb4;
    DECLARE base TEXT CHARACTER SET utf8mb4;
    DECLARE p, a, b, step, v INT;
    DECLARE v_msg VARCHAR(128) CHARACTER SET utf8mb4;

    IF field = '*' THEN  -- the common case: every value
        RETURN ((1 << (high + 1)) - 1) ^ ((1 << low) - 1);
    END IF;
    IF field COLLATE utf8mb4_bin REGEXP '^[0-9]+$' AND LOCATE(CHAR(10 USING utf8mb4), field) = 0 THEN
        RETURN 1 << durable.cron_parse_value(cron, field_name, field, low, high);
    END IF;
    IF LEFT(field, 1) = ',' OR RIGHT(field, 1) = ',' OR LOCATE(',,', field) > 0 THEN
        SET v_msg = durable.cron_message('cron ', cron, CONCAT(': ', field_name, ' field ',
            durable.cron_quote(field), ' has an empty item'));
        SIGNAL SQLSTATE 'DS011' SET MESSAGE_TEXT = v_msg;
    END IF;

    SET rest = field;
    WHILE rest IS NOT NULL DO
        SET p = LOCATE(',', rest);
        IF p = 0 THEN
            SET item = rest, rest = NULL;
        ELSE
            SET item = LEFT(rest, p - 1), rest = SUBSTRING(rest, p + 1);
        END IF;

        -- LOCATE(CHAR(10 USING utf8mb4)): a regular expression's $ also matches before a final newline.
        IF NOT (LOWER(item) COLLATE utf8mb4_bin
                REGEXP '^([*]|([0-9]+|[a-z]+)(-([0-9]+|[a-z]+))?)(/[0-9]+)?$')
           OR LOCATE(CHAR(10 USING utf8mb4), item) > 0 THEN
            SET v_msg = durable.cron_message('cron ', cron, CONCAT(': ', field_name, ' item ',
                durable.cron_quote(item),
                ' is not valid: expected *, a value or a range a-b, optionally followed by /step',
                IF(item COLLATE utf8mb4_bin REGEXP '[LlWw#?Hh@]',
                   ' (L, W, #, ?, H and @ aliases are not supported)', '')));
            SIGNAL SQLSTATE 'DS011' SET MESSAGE_TEXT = v_msg;
        END IF;

        -- item = base [/step]
        SET p = LOCATE('/', item);
        IF p = 0 THEN
            SET base = item, step = NULL;
        ELSE
            SET base = LEFT(item, p - 1);
            IF CHAR_LENGTH(TRIM(LEADING '0' FROM SUBSTRING(item, p + 1))) > 4 THEN
                SET v_msg = durable.cron_message('cron ', cron, CONCAT(': ', field_name,
                    ' step in ', durable.cron_quote(item), ' is too large'));
                SIGNAL SQLSTATE 'DS011' SET MESSAGE_TEXT = v_msg;
            END IF;
            SET step = CAST(SUBSTRING(item, p + 1) AS UNSIGNED);
            IF step = 0 THEN
                SET v_msg = durable.cron_message('cron ', cron, CONCAT(': ', field_name,
                    ' step in ', durable.cron_quote(item), ' must be at least 1'));
                SIGNAL SQLSTATE 'DS011' SET MESSAGE_TEXT = v_msg;
            END IF;
        END IF;

        -- base = * | a | a-b;  "a/n" means a-max/n
        SET p = LOCATE('-', base);
        IF base = '*' THEN
            SET a = low, b = high;
        ELSEIF p = 0 THEN
            SET a = durable.cron_parse_value(cron, field_name, base, low, high);
            SET b = IF(step IS NULL, a, high);
        ELSE
            SET a = durable.cron_parse_value(cron, field_name, LEFT(base, p - 1), low, high);
            SET b = durable.cron_parse_value(cron, field_name, SUBSTRING(base, p + 1), low, high);
            IF a > b THEN
                SET v_msg = durable.cron_message('cron ', cron, CONCAT(': ', field_name,
                    ' range ', durable.cron_quote(item), ' is reversed (', a, ' > ', b, ')',
                    IF(field_name = 'day-of-week' AND b = 0,
                       '; Sunday is also 7, so write e.g. 5-7', '')));
                SIGNAL SQLSTATE 'DS011' SET MESSAGE_TEXT = v_msg;
            END IF;
        END IF;

        SET step = COALESCE(step, 1), v = a;
        WHILE v <= b DO
            SET mask = mask | (1 << v), v = v + step;
        END WHILE;
    END WHILE;
    RETURN mask;
END$$

-- The expression -> its parsed form (see above), or DS011.
CREATE FUNCTION durable.cron_parse(cron TEXT CHARACTER SET utf8mb4)
RETURNS VARCHAR(160) CHARACTER SET ascii
DETERMINISTIC NO SQL SQL SECURITY DEFINER
BEGIN
    DECLARE ws VARCHAR(6) CHARACTER SET utf8mb4
        DEFAULT CONCAT(' ', CHAR(9 USING utf8mb4), CHAR(10 USING utf8mb4), CHAR(13 USING utf8mb4), CHAR(12 USING utf8mb4), CHAR(11 USING utf8mb4));
    DECLARE s TEXT CHARACTER SET utf8mb4;
    DECLARE f TEXT CHARACTER SET utf8mb4;
    DECLARE f1, f2, f3, f4, f5, f6 TEXT CHARACTER SET utf8mb4;
    DECLARE n, p, m, days INT DEFAULT 0;
    DECLARE sec, mi, hr, dom, mon, dow BIGINT UNSIGNED;
    DECLARE v_msg VARCHAR(128) CHARACTER SET utf8mb4;

    IF cron IS NULL THEN
        SIGNAL SQLSTATE 'DS011' SET MESSAGE_TEXT = 'cron expression must not be null';
    END IF;
    -- Split on runs of spaces and tabs, ignoring whitespace (\t\n\r\f\v too) at either
    -- end, as PostgreSQL's engine does.
    SET s = cron;
    WHILE s <> '' AND LOCATE(LEFT(s, 1), ws) > 0 DO
        SET s = SUBSTRING(s, 2);
    END WHILE;
    WHILE s <> '' AND LOCATE(RIGHT(s, 1), ws) > 0 DO
        SET s = LEFT(s, CHAR_LENGTH(s) - 1);
    END WHILE;
    SET s = REPLACE(s, CHAR(9 USING utf8mb4), ' ');
    WHILE s IS NOT NULL DO
        SET p = LOCATE(' ', s);
        IF p = 0 THEN
            SET f = s, s = NULL;
        ELSE
            SET f = LEFT(s, p - 1), s = SUBSTRING(s, p + 1);
        END IF;
        IF f <> '' THEN
            SET n = n + 1;
            CASE n
            WHEN 1 THEN SET f1 = f;
            WHEN 2 THEN SET f2 = f;
            WHEN 3 THEN SET f3 = f;
            WHEN 4 THEN SET f4 = f;
            WHEN 5 THEN SET f5 = f;
            WHEN 6 THEN SET f6 = f;
            ELSE BEGIN END;
            END CASE;
        END IF;
    END WHILE;
    IF n = 0 THEN
        SIGNAL SQLSTATE 'DS011' SET MESSAGE_TEXT = 'cron expression must not be empty';
    END IF;
    IF n NOT IN (5, 6) THEN
        SET v_msg = durable.cron_message('cron ', cron, CONCAT(' has ', n, ' field',
            IF(n = 1, '', 's'),
            '; expected 5 (minute hour day-of-month month day-of-week) or 6 (second minute hour day-of-month month day-of-week)',
            IF(f1 LIKE '@%', '; aliases such as @daily are not supported', '')));
        SIGNAL SQLSTATE 'DS011' SET MESSAGE_TEXT = v_msg;
    END IF;
    IF n = 5 THEN  -- the second is 0
        SET f6 = f5, f5 = f4, f4 = f3, f3 = f2, f2 = f1, f1 = '0';
    END IF;

    SET sec = durable.cron_parse_field(cron, 'second',       f1, 0, 59);
    SET mi  = durable.cron_parse_field(cron, 'minute',       f2, 0, 59);
    SET hr  = durable.cron_parse_field(cron, 'hour',         f3, 0, 23);
    SET dom = durable.cron_parse_field(cron, 'day-of-month', f4, 1, 31);
    SET mon = durable.cron_parse_field(cron, 'month',        f5, 1, 12);
    SET dow = durable.cron_parse_field(cron, 'day-of-week',  f6, 0, 7);
    SET dow = (dow & 127) | (dow >> 7);  -- 7 is Sunday too

    -- An expression that can never fire would make every search run to the end of
    -- time.  Only one shape can: a day-of-month restricted (and the day-of-week '*') to
    -- days that none of its months has, like 31 February.  February counts 29 days,
    -- since leap years come.  (With day-of-week restricted, the Vixie OR rule always
    -- finds a day.)
    IF f4 <> '*' AND f6 = '*' AND (dom & ((1 << 30) - 1)) = 0 THEN  -- no day 1-29
        SET days = 29, m = 1;
        WHILE m <= 12 DO
            IF mon & (1 << m) THEN
                SET days = GREATEST(days, CASE WHEN m = 2 THEN 29
                                               WHEN m IN (4, 6, 9, 11) THEN 30 ELSE 31 END);
            END IF;
            SET m = m + 1;
        END WHILE;
        IF (dom & ((1 << (days + 1)) - 1)) = 0 THEN  -- no allowed day up to that
            SET v_msg = durable.cron_message('cron ', cron, CONCAT(' never fires: no month in ',
                durable.cron_quote(f5), ' has a day-of-month in ', durable.cron_quote(f4)));
            SIGNAL SQLSTATE 'DS011' SET MESSAGE_TEXT = v_msg;
        END IF;
    END IF;
    RETURN CONCAT_WS(' ', sec, mi, hr, dom, mon, dow,
                     (f3 = '*') + 2 * (f4 = '*') + 4 * (f6 = '*'));
END$$

-- ----------------------------------------------------------------------------
-- Evaluation on the wall clock.
--
-- The first local second >= t that the parsed fields match.  Pure calendar arithmetic,
-- no time zones.  Fields are settled from the second upwards, each with one shift and
-- bit count; a field that runs out carries into the next larger one and resets the
-- smaller ones to their first allowed value.  Only the date part loops (a month may
-- have no matching day, e.g. day 31 in April).  Same steps as PostgreSQL's
-- cron_next_local.
-- ----------------------------------------------------------------------------
CREATE FUNCTION durable.cron_next_local(sec_m BIGINT UNSIGNED, min_m BIGINT UNSIGNED,
                                        hour_m BIGINT UNSIGNED, dom_m BIGINT UNSIGNED,
                                        mon_m BIGINT UNSIGNED, dow_m BIGINT UNSIGNED,
                                        flags INT, t BIGINT)
RETURNS BIGINT
DETERMINISTIC NO SQL SQL SECURITY DEFINER
BEGIN
    DECLARE days BIGINT;
    DECLARE y, mo, d, h, mi, s, tod, v, dim, i INT;
    DECLARE s0, m0, h0 INT;       -- first allowed second, minute, hour
    DECLARE x BIGINT UNSIGNED;
    DECLARE reset BOOLEAN DEFAULT FALSE;  -- the date moved on: the time of day restarts
    DECLARE dt DATE;

    SET days = FLOOR(t / 86400), tod = t - days * 86400, dt = FROM_DAYS(days + 719528);
    SET y = YEAR(dt), mo = MONTH(dt), d = DAYOFMONTH(dt);
    SET h = tod DIV 3600, mi = (tod DIV 60) MOD 60, s = tod MOD 60, i = 0;
    SET s0 = BIT_COUNT(sec_m ^ (sec_m - 1)) - 1,
        m0 = BIT_COUNT(min_m ^ (min_m - 1)) - 1,
        h0 = BIT_COUNT(hour_m ^ (hour_m - 1)) - 1;

    -- Time of day, with carries.
    SET x = sec_m >> s;
    IF x = 0 THEN
        SET s = s0, mi = mi + 1;
    ELSE
        SET s = s + BIT_COUNT(x ^ (x - 1)) - 1;
    END IF;
    SET x = min_m >> mi;  -- mi may be 60: none left
    IF x = 0 THEN
        SET mi = m0, s = s0, h = h + 1;
    ELSEIF (x & 1) = 0 THEN
        SET mi = mi + BIT_COUNT(x ^ (x - 1)) - 1, s = s0;
    END IF;
    SET x = hour_m >> h;
    IF x = 0 THEN
        SET h = h0, mi = m0, s = s0, d = d + 1;
    ELSEIF (x & 1) = 0 THEN
        SET h = h + BIT_COUNT(x ^ (x - 1)) - 1, mi = m0, s = s0;
    END IF;

    -- Date.  d may be one past the month's end here; the day step treats that as "no
    -- day left in this month".
    date_loop: LOOP
        SET i = i + 1;
        IF i > 1000 THEN  -- unreachable for masks made by durable.cron_parse
            SIGNAL SQLSTATE 'DS011'
                SET MESSAGE_TEXT = 'cron spec never fires (was it made by durable.cron_parse?)';
        END IF;

        SET x = mon_m >> mo;  -- mo may be 13: none left
        IF x = 0 THEN
            SET y = y + 1, mo = BIT_COUNT(mon_m ^ (mon_m - 1)) - 1, d = 1, reset = TRUE;
        ELSEIF (x & 1) = 0 THEN
            SET mo = mo + BIT_COUNT(x ^ (x - 1)) - 1, d = 1, reset = TRUE;
        END IF;

        SET dim = CASE WHEN mo = 2 THEN
                      IF(y MOD 4 = 0 AND (y MOD 100 <> 0 OR y MOD 400 = 0), 29, 28)
                  WHEN mo IN (4, 6, 9, 11) THEN 30 ELSE 31 END;
        SET v = NULL;
        IF d <= dim THEN
            IF flags & 2 THEN  -- day-of-month '*'
                SET v = d;
            ELSE
                SET x = dom_m >> d;
                IF x <> 0 THEN
                    SET v = d + BIT_COUNT(x ^ (x - 1)) - 1;
                END IF;
            END IF;
            IF (flags & 4) = 0 THEN
                -- Day-of-week restricted: days to wait from this weekday (1970-01-01 was a
                -- Thursday, weekday 4 counting from Sunday = 0) to an allowed one; weeks
                -- wrap, so look at the mask twice in a row.
                SET x = (dow_m | (dow_m << 7))
                        >> (((TO_DAYS(MAKEDATE(y, 1) + INTERVAL (mo - 1) MONTH) - 719528 + d + 3)
                             MOD 7 + 7) MOD 7);
                SET x = d + BIT_COUNT(x ^ (x - 1)) - 1;
                -- Vixie: with both day fields restricted either may match; with
                -- day-of-month '*' only the weekday counts.
                SET v = IF(flags & 2 OR v IS NULL, x, LEAST(v, x));
            END IF;
        END IF;

        IF v IS NULL OR v > dim THEN
            SET mo = mo + 1, d = 1, reset = TRUE;
            ITERATE date_loop;
        END IF;
        IF v > d THEN
            SET d = v, reset = TRUE;
        END IF;
        LEAVE date_loop;
    END LOOP;

    IF reset THEN
        SET h = h0, mi = m0, s = s0;
    END IF;
    RETURN (TO_DAYS(MAKEDATE(y, 1) + INTERVAL (mo - 1) MONTH) - 719528 + d - 1) * 86400
           + h * 3600 + mi * 60 + s;
END$$

-- `after` as whole Unix seconds (floored), or DS001 outside the range where every wall
-- time and answer (at most ~8 years on: 29 February) stays inside DATETIME's range.
CREATE FUNCTION durable.cron_after_seconds(after DATETIME(6))
RETURNS BIGINT
DETERMINISTIC NO SQL SQL SECURITY DEFINER
BEGIN
    DECLARE v_msg VARCHAR(128) CHARACTER SET utf8mb4;
    IF NOT (after >= TIMESTAMP '1000-01-02 00:00:00' AND after < TIMESTAMP '9990-01-01 00:00:00') THEN
        SET v_msg = CONCAT('after must lie between 1000-01-02 and 9990-01-01 UTC, got ',
                           COALESCE(CAST(after AS CHAR), 'NULL'));
        SIGNAL SQLSTATE 'DS001' SET MESSAGE_TEXT = v_msg;
    END IF;
    RETURN FLOOR(TO_SECONDS(after)) - 62167219200;  -- whole seconds, floored
END$$

-- ----------------------------------------------------------------------------
-- The search, in Unix seconds: the first fire time > lo of a parsed spec on the wall
-- clock of rule set `rule` (0 = UTC).
--
-- It walks from one UTC-offset segment to the next, as PostgreSQL's cron_walk does, but
-- reads each segment from durable.tz_transitions instead of sampling offsets: say the
-- offset is o on [seg_start, next_start), and o_prev before seg_start.  The firings in
-- that segment are
--   * regular: wall times w the spec matches, at instant w - o; except, after a
--     fall-back (o_prev > o) and unless the hour field is '*', the wall times
--     [seg_start + o, seg_start + o_prev), which already happened before seg_start;
--   * shifted: after a spring-forward (o > o_prev), the skipped wall times
--     [seg_start + o_prev, seg_start + o) the spec matches, at w - o_prev (within the
--     gap's length after seg_start).
-- Firings of different segments do not interleave, so the answer is the earliest one
-- of the first segment that has one after lo.  Usually that is the segment holding lo
-- (one index read, one or two calendar steps); a yearly expression may cross a few
-- transitions.
-- ----------------------------------------------------------------------------
CREATE FUNCTION durable.cron_next_at(spec VARCHAR(160) CHARACTER SET ascii, lo BIGINT,
                                     rule SMALLINT UNSIGNED)
RETURNS BIGINT
NOT DETERMINISTIC READS SQL DATA SQL SECURITY DEFINER
BEGIN
    DECLARE sec_m, min_m, hour_m, dom_m, mon_m, dow_m BIGINT UNSIGNED;
    DECLARE flags, o, o_prev, i INT DEFAULT 0;
    DECLARE seg_start, next_start, w, x BIGINT;

    SET sec_m  = CAST(SUBSTRING_INDEX(spec, ' ', 1) AS UNSIGNED),
        min_m  = CAST(SUBSTRING_INDEX(SUBSTRING_INDEX(spec, ' ', 2), ' ', -1) AS UNSIGNED),
        hour_m = CAST(SUBSTRING_INDEX(SUBSTRING_INDEX(spec, ' ', 3), ' ', -1) AS UNSIGNED),
        dom_m  = CAST(SUBSTRING_INDEX(SUBSTRING_INDEX(spec, ' ', 4), ' ', -1) AS UNSIGNED),
        mon_m  = CAST(SUBSTRING_INDEX(SUBSTRING_INDEX(spec, ' ', 5), ' ', -1) AS UNSIGNED),
        dow_m  = CAST(SUBSTRING_INDEX(SUBSTRING_INDEX(spec, ' ', 6), ' ', -1) AS UNSIGNED),
        flags  = CAST(SUBSTRING_INDEX(SUBSTRING_INDEX(spec, ' ', 7), ' ', -1) AS UNSIGNED);
    IF spec IS NULL OR sec_m = 0 OR min_m = 0 OR hour_m = 0 OR dom_m = 0 OR mon_m = 0 OR dow_m = 0
       OR sec_m >> 60 OR min_m >> 60 OR hour_m >> 24 OR dom_m & 1 OR dom_m >> 32
       OR mon_m & 1 OR mon_m >> 13 OR dow_m >> 7 THEN
        SIGNAL SQLSTATE 'DS011'
            SET MESSAGE_TEXT = 'cron spec never fires (was it made by durable.cron_parse?)';
    END IF;

    IF rule = 0 THEN
        RETURN durable.cron_next_local(sec_m, min_m, hour_m, dom_m, mon_m, dow_m, flags, lo + 1);
    END IF;

    SELECT t.at_utc, t.utc_offset, t.prev_offset, t.next_at
      INTO seg_start, o, o_prev, next_start
      FROM durable.tz_transitions t
     WHERE t.rule_id = rule AND t.at_utc <= lo
     ORDER BY t.at_utc DESC LIMIT 1;

    LOOP
        SET i = i + 1;
        IF i > 300 OR o IS NULL THEN  -- 2 transitions a year, answers at most 8 years on
            SIGNAL SQLSTATE 'XX000'
                SET MESSAGE_TEXT = 'durable.cron_next_at: no end after 300 transitions';
        END IF;

        -- Regular firing.
        SET w = lo + o + 1;
        IF o_prev > o AND (flags & 1) = 0 THEN
            SET w = GREATEST(w, seg_start + o_prev);  -- skip the repeated wall times
        END IF;
        SET x = durable.cron_next_local(sec_m, min_m, hour_m, dom_m, mon_m, dow_m, flags, w) - o;

        -- Shifted firing out of a spring-forward gap.
        IF o > o_prev THEN
            SET w = durable.cron_next_local(sec_m, min_m, hour_m, dom_m, mon_m, dow_m, flags,
                                            GREATEST(seg_start + o_prev, lo + o_prev + 1));
            IF w < seg_start + o THEN
                SET x = LEAST(x, w - o_prev);
            END IF;
        END IF;

        IF x < next_start THEN
            RETURN x;
        END IF;

        -- Nothing fires before next_start: go on from there.
        SET lo = GREATEST(lo, next_start - 1);
        SELECT t.at_utc, t.utc_offset, t.prev_offset, t.next_at
          INTO seg_start, o, o_prev, next_start
          FROM durable.tz_transitions t
         WHERE t.rule_id = rule AND t.at_utc = next_start;
    END LOOP;
END$$

-- The next fire time strictly after `after` (UTC) of a parsed spec (durable.cron_parse)
-- on the wall clock of `timezone` (NULL: UTC).  NULL spec or after: NULL.
CREATE FUNCTION durable.cron_next_spec(spec VARCHAR(160) CHARACTER SET ascii, after DATETIME(6),
                                       timezone TEXT CHARACTER SET utf8mb4)
RETURNS DATETIME(6)
NOT DETERMINISTIC READS SQL DATA SQL SECURITY DEFINER
BEGIN
    DECLARE v_rule SMALLINT UNSIGNED DEFAULT durable.tz_rule(COALESCE(timezone, 'UTC'));
    IF spec IS NULL OR after IS NULL THEN
        RETURN NULL;
    END IF;
    RETURN CAST(TIMESTAMP '1970-01-01 00:00:00'
                + INTERVAL durable.cron_next_at(spec, durable.cron_after_seconds(after), v_rule) SECOND
                AS DATETIME(6));
END$$

-- The next fire time strictly after `after` of a cron expression on the wall clock of
-- an IANA time zone (NULL: UTC); `after` and the answer in UTC.  Checks in PostgreSQL's
-- order: the zone (DS012), `after` given (DS001), the expression (DS011), `after` in
-- range (DS001).
CREATE FUNCTION durable.cron_next(cron TEXT CHARACTER SET utf8mb4, after DATETIME(6),
                                  timezone TEXT CHARACTER SET utf8mb4)
RETURNS DATETIME(6)
NOT DETERMINISTIC READS SQL DATA SQL SECURITY DEFINER
BEGIN
    DECLARE v_rule SMALLINT UNSIGNED DEFAULT durable.tz_rule(COALESCE(timezone, 'UTC'));
    DECLARE v_spec VARCHAR(160) CHARACTER SET ascii;
    DECLARE v_msg VARCHAR(128) CHARACTER SET utf8mb4;
    IF after IS NULL THEN
        SIGNAL SQLSTATE 'DS001' SET MESSAGE_TEXT = 'after must be a finite timestamp, got NULL';
    END IF;
    -- A date with a zero part ('0000-00-00', '2030-00-10') gets in under the caller's
    -- sql_mode, but not into cron_after_seconds (NO_ZERO_DATE: 1292): out of range.
    IF MONTH(after) = 0 OR DAYOFMONTH(after) = 0 THEN
        SET v_msg = CONCAT('after must lie between 1000-01-02 and 9990-01-01 UTC, got ',
                           CAST(after AS CHAR));
        SIGNAL SQLSTATE 'DS001' SET MESSAGE_TEXT = v_msg;
    END IF;
    SET v_spec = durable.cron_parse(cron);
    RETURN CAST(TIMESTAMP '1970-01-01 00:00:00'
                + INTERVAL durable.cron_next_at(v_spec, durable.cron_after_seconds(after), v_rule) SECOND
                AS DATETIME(6));
END$$

-- The next `count` (NULL: 5; 1-1000, PostgreSQL's max_cron_preview) fire times after
-- `after`, by the rule every schedule follows (what `durablesql schedules next`
-- prints): one row each, column cron_preview (DATETIME(6), UTC).
CREATE PROCEDURE durable.cron_preview(IN cron TEXT CHARACTER SET utf8mb4, IN after DATETIME(6),
                                      IN timezone TEXT CHARACTER SET utf8mb4, IN count INT)
READS SQL DATA SQL SECURITY DEFINER
BEGIN
    DECLARE v_count INT DEFAULT COALESCE(count, 5);
    DECLARE v_zone TEXT CHARACTER SET utf8mb4 DEFAULT COALESCE(timezone, 'UTC');
    DECLARE v_rule SMALLINT UNSIGNED;
    DECLARE v_spec VARCHAR(160) CHARACTER SET ascii;
    DECLARE v_first DATETIME(6);
    DECLARE v_msg VARCHAR(128) CHARACTER SET utf8mb4;
    IF v_count < 1 OR v_count > 1000 THEN
        SET v_msg = CONCAT('count must be between 1 and 1000, got ', v_count);
        SIGNAL SQLSTATE 'DS001' SET MESSAGE_TEXT = v_msg;
    END IF;
    -- (cron_next checks the zone, `after` and the cron, in that order; a date with a zero
    -- part cannot even be passed to it, so the zone first, then that.)
    SET v_rule = durable.tz_rule(v_zone);
    IF MONTH(after) = 0 OR DAYOFMONTH(after) = 0 THEN
        SET v_msg = CONCAT('after must lie between 1000-01-02 and 9990-01-01 UTC, got ',
                           CAST(after AS CHAR));
        SIGNAL SQLSTATE 'DS001' SET MESSAGE_TEXT = v_msg;
    END IF;
    SET v_first = durable.cron_next(cron, after, v_zone);  -- checks the zone, `after`, the cron
    SET v_spec = durable.cron_parse(cron), v_rule = durable.tz_rule(v_zone);
    -- A recursive CTE: one result set, no temporary table.  At most 999 recursions,
    -- under MySQL's default cte_max_recursion_depth (1000).
    WITH RECURSIVE p (n, t) AS (
        SELECT 1, TO_SECONDS(v_first) - 62167219200
        UNION ALL
        SELECT n + 1, durable.cron_next_at(v_spec, t, v_rule) FROM p WHERE n < v_count
    )
    SELECT CAST(TIMESTAMP '1970-01-01 00:00:00' + INTERVAL t SECOND AS DATETIME(6)) AS cron_preview
    FROM p ORDER BY n;
END$$

DELIMITER ;
-- ===== END CRON =====


-- ----------------------------------------------------------------------------
-- Views for people.  Views run with their definer's rights (SQL SECURITY
-- DEFINER, the default), so the roles read them without table rights.
-- ----------------------------------------------------------------------------
CREATE SQL SECURITY DEFINER VIEW durable.all_runs AS
    SELECT r.run_id, r.job_name, r.queue, r.status, r.args, NULL AS result, r.error,
           r.attempt, r.max_attempts, r.priority, r.run_at, r.created_at, r.started_at,
           CAST(NULL AS DATETIME(6)) AS finished_at, r.worker, r.unique_key, r.concurrency_key,
           r.tags, r.lease_expires_at, r.cancel_requested_at, r.timeout,
           r.depends_on, r.meta, r.progress, r.progress_note
    FROM durable.runs r
    UNION ALL
    SELECT h.run_id, h.job_name, h.queue, h.status, h.args, h.result, h.error,
           h.attempt, h.max_attempts, h.priority, h.run_at, h.created_at, h.started_at,
           h.finished_at, h.worker, h.unique_key, h.concurrency_key, h.tags,
           NULL, NULL, h.timeout, h.depends_on, h.meta, h.progress, h.progress_note
    FROM durable.run_history h;

-- oldest_due_age is in seconds (PostgreSQL: an interval).
CREATE SQL SECURITY DEFINER VIEW durable.queue_stats AS
    SELECT q.queue,
           (SELECT COUNT(*) FROM durable.runs r WHERE r.status = 'pending' AND r.queue = q.queue) AS pending,
           (SELECT COUNT(*) FROM durable.runs r WHERE r.status = 'pending' AND r.queue = q.queue
                                                  AND r.run_at <= durable.now()) AS due,
           (SELECT COUNT(*) FROM durable.runs r WHERE r.status = 'leased' AND r.queue = q.queue) AS leased,
           TIMESTAMPDIFF(MICROSECOND,
                         (SELECT MIN(r.run_at) FROM durable.runs r
                          WHERE r.status = 'pending' AND r.queue = q.queue AND r.run_at <= durable.now()),
                         durable.now()) / 1000000 AS oldest_due_age,
           q.paused,
           (SELECT COUNT(*) FROM durable.runs r WHERE r.status = 'waiting' AND r.queue = q.queue) AS waiting,
           q.priority, q.weight, q.concurrency_limit
    FROM durable.queues q;

-- Lag objectives (durable.set_queue_opts(queue, '{"lag_slo": 30}')): each
-- queue's oldest due run against its objective now, and how many of the runs
-- started in the last hour started within it (start delay = started_at -
-- run_at, for each run's latest attempt: leased runs, and terminal ones in
-- run_history; runs of jobs with keep_succeeded false leave no history and
-- count only while leased).  The hour's counts are read only for queues with
-- an objective (NULL elsewhere).  Seconds where PostgreSQL has intervals
-- (lag_slo, oldest_due_age); within_slo is 1, 0 or NULL.
CREATE SQL SECURITY DEFINER VIEW durable.slo_status AS
    SELECT x.queue, x.lag_slo, x.oldest_due_us / 1000000 AS oldest_due_age,
           CASE WHEN x.lag_slo IS NOT NULL
                THEN COALESCE(x.oldest_due_us, 0) <= x.lag_slo * 1000000 END AS within_slo,
           x.started_last_hour, x.started_within_slo,
           CASE WHEN x.started_last_hour > 0
                THEN CAST(x.started_within_slo AS DOUBLE) / x.started_last_hour END AS share_within_slo
    FROM (
        SELECT q.queue, q.lag_slo,
               TIMESTAMPDIFF(MICROSECOND,
                             (SELECT MIN(r.run_at) FROM durable.runs r
                              WHERE r.status = 'pending' AND r.queue = q.queue
                                AND r.run_at <= durable.now()),
                             durable.now()) AS oldest_due_us,
               CASE WHEN q.lag_slo IS NOT NULL THEN
                   (SELECT COUNT(*) FROM durable.runs r
                    WHERE r.status = 'leased' AND r.queue = q.queue
                      AND r.started_at >= durable.now() - INTERVAL 1 HOUR)
                   + (SELECT COUNT(*) FROM durable.run_history h
                      WHERE h.finished_at >= durable.now() - INTERVAL 1 HOUR AND h.queue = q.queue
                        AND h.started_at >= durable.now() - INTERVAL 1 HOUR) END AS started_last_hour,
               CASE WHEN q.lag_slo IS NOT NULL THEN
                   (SELECT COUNT(*) FROM durable.runs r
                    WHERE r.status = 'leased' AND r.queue = q.queue
                      AND r.started_at >= durable.now() - INTERVAL 1 HOUR
                      AND TIMESTAMPDIFF(MICROSECOND, r.run_at, r.started_at) <= q.lag_slo * 1000000)
                   + (SELECT COUNT(*) FROM durable.run_history h
                      WHERE h.finished_at >= durable.now() - INTERVAL 1 HOUR AND h.queue = q.queue
                        AND h.started_at >= durable.now() - INTERVAL 1 HOUR
                        AND TIMESTAMPDIFF(MICROSECOND, h.run_at, h.started_at) <= q.lag_slo * 1000000)
                   END AS started_within_slo
        FROM durable.queues q) x;

CREATE SQL SECURITY DEFINER VIEW durable.worker_status AS
    SELECT w.worker, w.queues, w.concurrency, w.started_at, w.last_seen,
           (SELECT COUNT(*) FROM durable.runs r WHERE r.status = 'leased' AND r.worker = w.worker) AS leased,
           w.info
    FROM durable.workers w;

-- Log lines of runs, for readers who may not touch the table.
CREATE SQL SECURITY DEFINER VIEW durable.log_lines AS
    SELECT l.run_id, l.log_id, l.attempt, l.level, l.message, l.worker, l.logged_at
    FROM durable.run_logs l;

-- Every attempt's error, for the same readers.
CREATE SQL SECURITY DEFINER VIEW durable.attempt_errors AS
    SELECT e.run_id, e.error_id, e.attempt, e.outcome, e.error, e.worker, e.failed_at
    FROM durable.run_errors e;

DELIMITER $$

-- A run's dependency tree, live or finished, as the CALL's result set: its
-- ancestors (depth < 0), the run itself (depth 0) and its descendants
-- (depth > 0); a run reached along several paths appears once, at its
-- shortest distance.
CREATE PROCEDURE durable.dependency_tree(IN run_id BIGINT)
NOT DETERMINISTIC READS SQL DATA SQL SECURITY DEFINER
BEGIN
    WITH RECURSIVE up (run_id, depth) AS (
        SELECT a.run_id, 0 FROM durable.all_runs a WHERE a.run_id = run_id
        UNION
        SELECT e.parent_id, u.depth - 1
        FROM up u JOIN durable.dependencies e ON e.child_id = u.run_id
        WHERE u.depth > -1000
    ), down (run_id, depth) AS (
        SELECT a.run_id, 0 FROM durable.all_runs a WHERE a.run_id = run_id
        UNION
        SELECT e.child_id, d.depth + 1
        FROM down d JOIN durable.dependencies e ON e.parent_id = d.run_id
        WHERE d.depth < 1000
    ), tree AS (
        SELECT t.run_id, t.depth FROM up t
        UNION ALL
        SELECT t.run_id, t.depth FROM down t
    ), nearest AS (
        SELECT t.run_id, t.depth,
               ROW_NUMBER() OVER (PARTITION BY t.run_id ORDER BY ABS(t.depth), t.depth) AS n
        FROM tree t
    )
    SELECT n.run_id, n.depth, a.depends_on, a.job_name, a.status, a.error
    FROM nearest n JOIN durable.all_runs a ON a.run_id = n.run_id
    WHERE n.n = 1
    ORDER BY n.run_id;
END$$

-- Runs, newest first, filtered by any of status, job, queue and tag (NULL:
-- any), at most max_runs of them; before_id pages on: runs older than it.
CREATE PROCEDURE durable.list_runs(IN status TEXT, IN job_name TEXT, IN queue TEXT, IN tag TEXT,
                                   IN max_runs INT, IN before_id BIGINT)
NOT DETERMINISTIC READS SQL DATA SQL SECURITY DEFINER
BEGIN
    DECLARE v_max INT DEFAULT COALESCE(max_runs, 50);
    IF status IS NOT NULL AND NOT durable.accepts('run_statuses', status) THEN
        CALL durable.raise_error('DS001', CONCAT('unknown run status ', durable.lit(status),
            ': use ', durable.word_list('run_statuses')));
    END IF;
    CALL durable.check_range('max_runs', v_max, 1, durable.bound('max_list_runs'));
    SELECT a.* FROM durable.all_runs a
    WHERE (status IS NULL OR a.status = status)
      AND (job_name IS NULL OR a.job_name = job_name)
      AND (queue IS NULL OR a.queue = queue)
      AND (tag IS NULL OR JSON_CONTAINS(a.tags, JSON_QUOTE(tag)))
      AND (before_id IS NULL OR a.run_id < before_id)
    ORDER BY a.run_id DESC
    LIMIT v_max;
END$$

-- A time as PostgreSQL shows a timestamptz in UTC: '2030-01-01 00:00:30+00',
-- fractional seconds without trailing zeros.
CREATE FUNCTION durable.show_time(t DATETIME(6)) RETURNS VARCHAR(40) CHARACTER SET utf8mb4
DETERMINISTIC NO SQL
RETURN CONCAT(DATE_FORMAT(t, '%Y-%m-%d %H:%i:%s'),
              IF(MICROSECOND(t) = 0, '',
                 CONCAT('.', TRIM(TRAILING '0' FROM LPAD(MICROSECOND(t), 6, '0')))),
              '+00')$$

-- Why a run is not running, as the CALL's first result set (code, reason):
--     CALL durable.explain_run(run_id)
-- PostgreSQL's durable.explain_run, same codes, order and sentences (each at
-- most 128 characters here; times in UTC): one row per reason that holds,
--   terminal, leased, cancel_requested, waiting_on_parents, not_due,
--   queue_paused, queue_limit, job_limit, key_busy, claimable, no_worker.
-- Each is decided by the conditions durable.claim and lock_claimable apply,
-- written the same way: a lease expired (status 'leased' AND
-- lease_expires_at <= now), retakeable (attempt < max_attempts AND no
-- cancel requested), a key busy (another run's leased_key), a queue or job
-- at its limit (capacity's counts).  A worker is live when it is registered
-- and was seen within the last 2 minutes; it serves the queues it
-- registered (all when it registered none).  An unknown run is DS004.
CREATE PROCEDURE durable.explain_run(IN run_id BIGINT)
NOT DETERMINISTIC READS SQL DATA SQL SECURITY DEFINER
BEGIN
    DECLARE v_now      DATETIME(6) DEFAULT durable.now();
    DECLARE v_live     DATETIME(6) DEFAULT durable.now() - INTERVAL 2 MINUTE;
    DECLARE v_found    BOOLEAN DEFAULT FALSE;
    DECLARE v_status   VARCHAR(16);
    DECLARE v_job      VARCHAR(128);
    DECLARE v_queue    VARCHAR(128);
    DECLARE v_run_at   DATETIME(6);
    DECLARE v_attempt  INT;
    DECLARE v_max      INT;
    DECLARE v_key      VARCHAR(512);
    DECLARE v_worker   VARCHAR(128);
    DECLARE v_lease    DATETIME(6);
    DECLARE v_cancel   DATETIME(6);
    DECLARE v_parents  JSON;
    DECLARE v_at       DATETIME(6);
    DECLARE v_seen     DATETIME(6);
    DECLARE v_paused   BOOLEAN;
    DECLARE v_qlimit   INT;
    DECLARE v_jlimit   INT;
    DECLARE v_count    INT;
    DECLARE v_holders  TEXT;
    DECLARE v_text     TEXT;
    DECLARE v_room     BOOLEAN DEFAULT TRUE;   -- the queue may start another pending run
    DECLARE v_job_room BOOLEAN DEFAULT TRUE;   -- the job may start another run
    DECLARE v_key_free BOOLEAN DEFAULT TRUE;
    DECLARE v_expired  BOOLEAN DEFAULT FALSE;
    DECLARE v_retake   BOOLEAN DEFAULT FALSE;
    DECLARE v_blocked  BOOLEAN DEFAULT FALSE;
    DECLARE v_rows     JSON DEFAULT JSON_ARRAY();
    -- A lookup that finds nothing leaves its variables as they were.
    DECLARE CONTINUE HANDLER FOR NOT FOUND BEGIN END;

    SELECT TRUE, r.status, r.job_name, r.queue, r.run_at, r.attempt, r.max_attempts,
           r.concurrency_key, r.worker, r.lease_expires_at, r.cancel_requested_at, r.depends_on
    INTO v_found, v_status, v_job, v_queue, v_run_at, v_attempt, v_max, v_key, v_worker,
         v_lease, v_cancel, v_parents
    FROM durable.runs r WHERE r.run_id = run_id;
    IF NOT v_found THEN
        SELECT TRUE, h.status, h.finished_at INTO v_found, v_status, v_at
        FROM durable.run_history h WHERE h.run_id = run_id
        ORDER BY h.finished_at DESC LIMIT 1;
        IF NOT v_found THEN
            CALL durable.raise_error('DS004', CONCAT('unknown run ', COALESCE(run_id, 'NULL')));
        END IF;
        SET v_rows = JSON_ARRAY(JSON_OBJECT('code', 'terminal',
                                            'reason', CONCAT(v_status, ' at ', durable.show_time(v_at))));
    ELSE
        IF v_status = 'leased' THEN
            SET v_expired = v_lease <= v_now,
                v_retake = v_attempt < v_max AND v_cancel IS NULL;
            SELECT w.last_seen INTO v_seen FROM durable.workers w WHERE w.worker = v_worker;
            IF NOT v_expired THEN
                SET v_blocked = TRUE,
                    v_rows = JSON_ARRAY_APPEND(v_rows, '$', JSON_OBJECT('code', 'leased', 'reason', LEFT(
                        CASE WHEN v_seen > v_live THEN
                                 CONCAT('leased by worker ', v_worker, ' until ', durable.show_time(v_lease))
                             WHEN v_seen IS NULL THEN
                                 CONCAT('leased by worker ', v_worker, ', not registered (reclaimable at ',
                                        durable.show_time(v_lease), ')')
                             ELSE CONCAT('leased by worker ', v_worker, ', last seen at ',
                                         durable.show_time(v_seen), ' (reclaimable at ',
                                         durable.show_time(v_lease), ')') END, 128)));
                IF v_cancel IS NOT NULL THEN
                    SET v_rows = JSON_ARRAY_APPEND(v_rows, '$', JSON_OBJECT('code', 'cancel_requested',
                        'reason', LEFT(CONCAT('cancel requested at ', durable.show_time(v_cancel),
                                              ': worker ', v_worker, ' must stop the handler'), 128)));
                END IF;
            ELSEIF NOT v_retake THEN
                -- settle_expired ends it at the next claim.
                SET v_blocked = TRUE,
                    v_rows = JSON_ARRAY_APPEND(v_rows, '$', IF(v_cancel IS NOT NULL,
                        JSON_OBJECT('code', 'cancel_requested', 'reason', LEFT(CONCAT(
                            'cancel requested at ', durable.show_time(v_cancel), '; the lease of worker ',
                            v_worker, ' expired at ', durable.show_time(v_lease),
                            ': the next claim cancels it'), 128)),
                        JSON_OBJECT('code', 'leased', 'reason', LEFT(CONCAT(
                            'lease of worker ', v_worker, ' expired at ', durable.show_time(v_lease),
                            ' on attempt ', v_attempt, ' of ', v_max, ': the next claim fails it'), 128))));
            END IF;
            -- Otherwise the lease expired and the run may be retaken: only a
            -- paused queue keeps a claim from it (it holds its slot and key).
        END IF;

        IF v_status = 'waiting' THEN
            SELECT COUNT(*), GROUP_CONCAT(CONCAT(x.id, ' (', x.status, ')') ORDER BY x.ord SEPARATOR ', ')
            INTO v_count, v_holders
            FROM (SELECT p.ord, p.id,
                         COALESCE((SELECT a.status FROM durable.all_runs a WHERE a.run_id = p.id LIMIT 1),
                                  'unknown') AS status
                  FROM JSON_TABLE(v_parents, '$[*]' COLUMNS (ord FOR ORDINALITY, id BIGINT PATH '$')) p) x
            WHERE x.status <> 'succeeded';
            SET v_blocked = TRUE,
                v_rows = JSON_ARRAY_APPEND(v_rows, '$', JSON_OBJECT('code', 'waiting_on_parents',
                    'reason', LEFT(CONCAT('waiting on ', v_count, ' of ', JSON_LENGTH(v_parents),
                                          ' parents: ', v_holders), 128)));
        END IF;

        IF v_status <> 'leased' AND NOT v_run_at <= v_now THEN
            SET v_blocked = TRUE,
                v_rows = JSON_ARRAY_APPEND(v_rows, '$', JSON_OBJECT('code', 'not_due',
                    'reason', CONCAT('not due until ', durable.show_time(v_run_at))));
        END IF;

        SELECT q.paused, q.concurrency_limit INTO v_paused, v_qlimit
        FROM durable.queues q WHERE q.queue = v_queue;
        IF v_paused THEN
            SET v_blocked = TRUE,
                v_rows = JSON_ARRAY_APPEND(v_rows, '$', JSON_OBJECT('code', 'queue_paused',
                    'reason', LEFT(CONCAT('queue ', v_queue, ' is paused'), 128)));
        END IF;

        IF v_status <> 'leased' THEN
            -- The counts durable.capacity makes: leased runs of the queue, of the job.
            IF v_qlimit IS NOT NULL THEN
                SELECT COUNT(*),
                       CONCAT(GROUP_CONCAT(IF(x.n <= 5, x.run_id, NULL) ORDER BY x.run_id SEPARATOR ', '),
                              IF(COUNT(*) > 5, ', ...', ''))
                INTO v_count, v_holders
                FROM (SELECT k.run_id, ROW_NUMBER() OVER (ORDER BY k.run_id) AS n
                      FROM durable.runs k WHERE k.status = 'leased' AND k.queue = v_queue
                      ORDER BY k.run_id LIMIT v_qlimit) x;
                IF v_qlimit - v_count <= 0 THEN
                    SET v_room = FALSE, v_blocked = TRUE,
                        v_rows = JSON_ARRAY_APPEND(v_rows, '$', JSON_OBJECT('code', 'queue_limit',
                            'reason', LEFT(CONCAT('queue ', v_queue, ' is at its concurrency limit of ',
                                                  v_qlimit, ', held by runs ', v_holders), 128)));
                END IF;
            END IF;
            SELECT j.concurrency_limit INTO v_jlimit FROM durable.jobs j WHERE j.job_name = v_job;
            IF v_jlimit IS NOT NULL THEN
                SELECT COUNT(*),
                       CONCAT(GROUP_CONCAT(IF(x.n <= 5, x.run_id, NULL) ORDER BY x.run_id SEPARATOR ', '),
                              IF(COUNT(*) > 5, ', ...', ''))
                INTO v_count, v_holders
                FROM (SELECT k.run_id, ROW_NUMBER() OVER (ORDER BY k.run_id) AS n
                      FROM durable.runs k WHERE k.job_name = v_job AND k.status = 'leased'
                      ORDER BY k.run_id LIMIT v_jlimit) x;
                IF v_jlimit - v_count <= 0 THEN
                    SET v_job_room = FALSE, v_blocked = TRUE,
                        v_rows = JSON_ARRAY_APPEND(v_rows, '$', JSON_OBJECT('code', 'job_limit',
                            'reason', LEFT(CONCAT('job ', v_job, ' is at its concurrency limit of ',
                                                  v_jlimit, ', held by runs ', v_holders), 128)));
                END IF;
            END IF;
            IF v_key IS NOT NULL
               AND EXISTS (SELECT 1 FROM durable.runs k WHERE k.leased_key = v_key) THEN
                SELECT CONCAT('concurrency key ', v_key, ' held by run ', k.run_id, ' on worker ',
                              k.worker, ' (lease ends in ',
                              ROUND(TIMESTAMPDIFF(MICROSECOND, v_now, k.lease_expires_at) / 1000000),
                              ' s)')
                INTO v_text
                FROM durable.runs k WHERE k.leased_key = v_key LIMIT 1;
                SET v_key_free = FALSE, v_blocked = TRUE,
                    v_rows = JSON_ARRAY_APPEND(v_rows, '$', JSON_OBJECT('code', 'key_busy',
                        'reason', LEFT(v_text, 128)));
            END IF;
        END IF;

        -- What durable.claim decides: the reasons above must account for
        -- every run it would not take.
        IF NOT COALESCE(v_paused, FALSE)
           AND ((v_expired AND v_retake)
                OR (v_status = 'pending' AND v_run_at <= v_now AND v_room AND v_job_room
                    AND v_key_free)) THEN
            IF v_blocked THEN
                SIGNAL SQLSTATE 'XX000' SET MESSAGE_TEXT = 'explain_run: a claimable run is blocked';
            END IF;
            SET v_rows = JSON_ARRAY_APPEND(v_rows, '$', JSON_OBJECT('code', 'claimable',
                'reason', IF(v_status = 'leased',
                             LEFT(CONCAT('claimable now: the lease of worker ', v_worker, ' expired at ',
                                         durable.show_time(v_lease)), 128),
                             'claimable now')));
        ELSEIF NOT v_blocked THEN
            SIGNAL SQLSTATE 'XX000'
                SET MESSAGE_TEXT = 'explain_run: a run is not claimable and no reason was found';
        END IF;

        IF NOT EXISTS (SELECT 1 FROM durable.workers w
                       WHERE (w.queues IS NULL OR JSON_CONTAINS(w.queues, JSON_QUOTE(v_queue)))
                         AND w.last_seen > v_live) THEN
            SET v_rows = JSON_ARRAY_APPEND(v_rows, '$', JSON_OBJECT('code', 'no_worker',
                'reason', LEFT(CONCAT('no live worker serves queue ', v_queue,
                                      ' (none registered for it was seen in the last 2 minutes)'), 128)));
        END IF;
    END IF;

    SELECT x.code, x.reason
    FROM JSON_TABLE(v_rows, '$[*]' COLUMNS (ord FOR ORDINALITY,
                                            code VARCHAR(32) PATH '$.code',
                                            reason VARCHAR(128) PATH '$.reason')) x
    ORDER BY x.ord;
END$$

-- ----------------------------------------------------------------------------
-- Health: what keeps the hot table from staying small, as far as MariaDB
-- and MySQL tell.  InnoDB keeps the old versions of every changed row until
-- no open transaction could still read them; one transaction left open (an
-- idle session inside BEGIN, a long report) makes that backlog grow (the
-- purge "history list length") and every claim walk past more versions.
-- One row: live_runs, dead_runs (the history list length, all of InnoDB,
-- not only durable.runs: PostgreSQL counts the table's dead rows),
-- last_vacuum (always NULL: InnoDB purges continuously), the oldest open
-- transaction's connection id, age in seconds, user, program (NULL: not
-- known here), state, and a warning when the backlog exceeds the
-- dead_runs_warning setting or a transaction has been open longer than
-- long_transaction.  To see other users' transactions the owner needs the
-- PROCESS privilege.
-- ----------------------------------------------------------------------------
CREATE PROCEDURE durable.health()
NOT DETERMINISTIC READS SQL DATA SQL SECURITY DEFINER
BEGIN
    DECLARE v_live BIGINT DEFAULT (SELECT COUNT(*) FROM durable.runs);
    DECLARE v_dead BIGINT;
    DECLARE v_id BIGINT;
    DECLARE v_age DOUBLE;
    DECLARE v_user TEXT;
    DECLARE v_state TEXT;
    DECLARE v_long DOUBLE DEFAULT (SELECT CAST(s.value AS DOUBLE) FROM durable.settings s
                                   WHERE s.name = 'long_transaction');
    DECLARE v_limit BIGINT DEFAULT (SELECT CAST(s.value AS SIGNED) FROM durable.settings s
                                    WHERE s.name = 'dead_runs_warning');
    SET v_dead = (SELECT m.count FROM information_schema.innodb_metrics m
                  WHERE m.name = 'trx_rseg_history_len');
    -- (an aggregate over the oldest one: always one row, so no "No data"
    -- warning when no other transaction is open)
    SELECT MAX(o.id), MAX(o.age), MAX(o.user), MAX(o.state)
    INTO v_id, v_age, v_user, v_state
    FROM (SELECT t.trx_mysql_thread_id AS id,
                 TIMESTAMPDIFF(MICROSECOND, t.trx_started, NOW(6)) / 1000000 AS age,
                 p.user AS user, COALESCE(p.state, p.command) AS state
          FROM information_schema.innodb_trx t
          LEFT JOIN information_schema.processlist p ON p.id = t.trx_mysql_thread_id
          WHERE t.trx_mysql_thread_id <> CONNECTION_ID()
          ORDER BY t.trx_started LIMIT 1) o;
    SELECT v_live AS live_runs, v_dead AS dead_runs, CAST(NULL AS DATETIME(6)) AS last_vacuum,
           v_id AS oldest_xact_pid, v_age AS oldest_xact_age, v_user AS oldest_xact_user,
           CAST(NULL AS CHAR) AS oldest_xact_application, v_state AS oldest_xact_state,
           CASE
           WHEN v_dead > v_limit AND v_id IS NOT NULL THEN CONCAT(
               v_dead, ' row versions wait for purge: the transaction of connection ', v_id, ' (',
               COALESCE(v_user, '?'), ', ', COALESCE(v_state, '?'), ') has been open for ',
               FLOOR(v_age), ' s and keeps InnoDB from removing them; claims slow down until it ends')
           WHEN v_dead > v_limit THEN CONCAT(
               v_dead, ' row versions wait for purge and no long transaction to blame: is purge keeping up?')
           WHEN v_age > v_long THEN CONCAT(
               'the transaction of connection ', v_id, ' (', COALESCE(v_user, '?'), ', ',
               COALESCE(v_state, '?'), ') has been open for ', FLOOR(v_age),
               ' s: while it is, InnoDB cannot purge finished runs from durable.runs')
           END AS warning;
END$$

-- ----------------------------------------------------------------------------
-- Metrics: PostgreSQL's durable.metrics_text(), the same metrics, labels,
-- HELP lines and order of lines (queues in this database's collation), as
-- Prometheus text exposition format.  Ages are seconds as DECIMAL text.
-- durablesql_dead_rows is what health() reports as dead_runs here (the
-- InnoDB purge backlog, trx_rseg_history_len), and
-- durablesql_oldest_transaction_age_seconds the age of the oldest other open
-- InnoDB transaction (0 when none; the owner needs PROCESS to see other
-- users' transactions).  A function cannot read a procedure's result set,
-- so both are read here as health() reads them.  Label values are escaped
-- with CHAR(), the same under any sql_mode.
-- ----------------------------------------------------------------------------
CREATE FUNCTION durable.metrics_text() RETURNS LONGTEXT CHARACTER SET utf8mb4
NOT DETERMINISTIC READS SQL DATA SQL SECURITY DEFINER
BEGIN
    DECLARE v_now  DATETIME(6) DEFAULT durable.now();
    DECLARE v_out  LONGTEXT CHARACTER SET utf8mb4 DEFAULT '';
    DECLARE v_line LONGTEXT CHARACTER SET utf8mb4;
    DECLARE v_done BOOLEAN DEFAULT FALSE;
    DECLARE v_bs   CHAR(1) CHARACTER SET utf8mb4 DEFAULT CHAR(92 USING utf8mb4);
    DECLARE v_qt   CHAR(1) CHARACTER SET utf8mb4 DEFAULT CHAR(34 USING utf8mb4);
    DECLARE v_nl   CHAR(1) CHARACTER SET utf8mb4 DEFAULT CHAR(10 USING utf8mb4);
    DECLARE v_dead BIGINT DEFAULT (SELECT m.count FROM information_schema.innodb_metrics m
                                   WHERE m.name = 'trx_rseg_history_len');
    DECLARE v_age  DECIMAL(30, 6) DEFAULT (
        SELECT MAX(TIMESTAMPDIFF(MICROSECOND, t.trx_started, NOW(6))) / 1000000
        FROM information_schema.innodb_trx t
        WHERE t.trx_mysql_thread_id <> CONNECTION_ID());
    DECLARE c_lines CURSOR FOR
        WITH s AS (
            SELECT q.*,
                   CONCAT('queue=', v_qt,
                          REPLACE(REPLACE(REPLACE(q.queue, v_bs, CONCAT(v_bs, v_bs)),
                                          v_qt, CONCAT(v_bs, v_qt)),
                                  v_nl, CONCAT(v_bs, 'n')),
                          v_qt) AS label
            FROM durable.queue_stats q
        ), metric (ord, name, help) AS (
                      SELECT 1, 'durablesql_queue_runs',
                'Runs of a queue by state: waiting (on parents), pending (due or not), leased.'
            UNION ALL SELECT 2, 'durablesql_queue_oldest_due_age_seconds',
                'How long the oldest due pending run of a queue has waited (0 when none is due).'
            UNION ALL SELECT 3, 'durablesql_queue_paused', '1 when the queue is paused, else 0.'
            UNION ALL SELECT 4, 'durablesql_queue_concurrency_limit',
                'The concurrency limit of a queue (only queues that have one).'
            UNION ALL SELECT 5, 'durablesql_workers_live', 'Workers seen in the last 2 minutes.'
            UNION ALL SELECT 6, 'durablesql_schedules_overdue',
                'Enabled schedules whose next run is more than 1 minute overdue.'
            UNION ALL SELECT 7, 'durablesql_dead_rows', 'Dead rows in durable.runs (durable.health).'
            UNION ALL SELECT 8, 'durablesql_oldest_transaction_age_seconds',
                'Age of the oldest other open transaction in the database (0 when none).'
            UNION ALL SELECT 9, 'durablesql_queue_lag_slo_seconds',
                'The lag objective of a queue (only queues that have one).'
            UNION ALL SELECT 10, 'durablesql_queue_within_slo',
                '1 when the oldest due run of a queue has waited no longer than its objective, else 0.'
            UNION ALL SELECT 11, 'durablesql_queue_started_within_slo_ratio',
                'Share of the runs of a queue started in the last hour that started within its objective.'
        ), o AS (
            SELECT x.queue, x.lag_slo, x.within_slo, x.share_within_slo, s.label
            FROM durable.slo_status x JOIN s ON s.queue = x.queue WHERE x.lag_slo IS NOT NULL
        ), sample (ord, queue, sub, labels, value) AS (
            SELECT 1, s.queue, 1, CONCAT(s.label, ',state="waiting"'), CAST(s.waiting AS CHAR) FROM s
            UNION ALL
            SELECT 1, s.queue, 2, CONCAT(s.label, ',state="pending"'), CAST(s.pending AS CHAR) FROM s
            UNION ALL
            SELECT 1, s.queue, 3, CONCAT(s.label, ',state="leased"'), CAST(s.leased AS CHAR) FROM s
            UNION ALL
            SELECT 2, s.queue, 0, s.label, CAST(COALESCE(s.oldest_due_age, 0) AS CHAR) FROM s
            UNION ALL
            SELECT 3, s.queue, 0, s.label, IF(s.paused, '1', '0') FROM s
            UNION ALL
            SELECT 4, s.queue, 0, s.label, CAST(s.concurrency_limit AS CHAR)
            FROM s WHERE s.concurrency_limit IS NOT NULL
            UNION ALL
            SELECT 5, '', 0, NULL, CAST(COUNT(*) AS CHAR)
            FROM durable.workers w WHERE w.last_seen > v_now - INTERVAL 2 MINUTE
            UNION ALL
            SELECT 6, '', 0, NULL, CAST(COUNT(*) AS CHAR)
            FROM durable.schedules x
            WHERE x.enabled AND x.next_run_at < v_now - INTERVAL 1 MINUTE
            UNION ALL
            SELECT 7, '', 0, NULL, CAST(COALESCE(v_dead, 0) AS CHAR)
            UNION ALL
            SELECT 8, '', 0, NULL, CAST(COALESCE(v_age, 0) AS CHAR)
            UNION ALL
            SELECT 9, o.queue, 0, o.label, CAST(CAST(o.lag_slo AS DECIMAL(30, 6)) AS CHAR) FROM o
            UNION ALL
            SELECT 10, o.queue, 0, o.label, IF(o.within_slo, '1', '0') FROM o
            UNION ALL
            SELECT 11, o.queue, 0, o.label, CAST(CAST(o.share_within_slo AS DECIMAL(30, 6)) AS CHAR)
            FROM o WHERE o.share_within_slo IS NOT NULL
        )
        SELECT l.text FROM (
            SELECT m.ord, '' AS queue, -2 AS sub, CONCAT('# HELP ', m.name, ' ', m.help) AS text
            FROM metric m
            UNION ALL
            SELECT m.ord, '', -1, CONCAT('# TYPE ', m.name, ' gauge') FROM metric m
            UNION ALL
            SELECT x.ord, x.queue, x.sub,
                   CONCAT(m.name, COALESCE(CONCAT('{', x.labels, '}'), ''), ' ', x.value)
            FROM sample x JOIN metric m ON m.ord = x.ord
        ) l
        ORDER BY l.ord, l.queue, l.sub;
    DECLARE CONTINUE HANDLER FOR NOT FOUND SET v_done = TRUE;
    OPEN c_lines;
    each_line: LOOP
        FETCH c_lines INTO v_line;
        IF v_done THEN
            LEAVE each_line;
        END IF;
        SET v_out = CONCAT(v_out, v_line, v_nl);
    END LOOP;
    CLOSE c_lines;
    RETURN v_out;
END$$

DELIMITER ;

-- ----------------------------------------------------------------------------
-- Recurring schedules.  A schedule enqueues a run of its job at each fire
-- time of its cron expression (read on its time zone's wall clock):
--   allow_concurrent  false (default): no new run while the last one is live
--                     (the slot is skipped, or held for catch_up);
--   catch_up          'skip_missed' (default): after downtime, one run for
--                     the latest missed slot; 'catch_up': every missed slot,
--                     at most 100 per call of materialize_schedules;
--   origin            who registered it: NULL for a schedule defined in SQL,
--                     else the owner name a registration sync used.
-- spec is the parsed cron (durable.cron_parse), parsed once.
-- ----------------------------------------------------------------------------
CREATE TABLE durable.schedules (
    name             VARCHAR(128) NOT NULL PRIMARY KEY,
    job_name         VARCHAR(128) NOT NULL,
    cron             VARCHAR(512) NOT NULL,
    timezone         VARCHAR(64)  NOT NULL,
    spec             VARCHAR(160) CHARACTER SET ascii NOT NULL,
    args             JSON         NOT NULL,
    queue            VARCHAR(128),                    -- NULL: the job's queue
    enabled          BOOLEAN      NOT NULL,
    allow_concurrent BOOLEAN      NOT NULL,
    catch_up         VARCHAR(16)  NOT NULL,
    next_run_at      DATETIME(6),                     -- NULL while disabled
    last_run_at      DATETIME(6),                     -- the slot (or run-now time) last enqueued
    last_run_id      BIGINT,
    last_skipped_at  DATETIME(6),                     -- a slot skipped: its last run still live
    origin           VARCHAR(128),
    created_at       DATETIME(6)  NOT NULL,
    updated_at       DATETIME(6)  NOT NULL,
    CONSTRAINT schedules_catch_up CHECK (catch_up IN ('skip_missed', 'catch_up')),
    KEY schedules_due (enabled, next_run_at)
) ENGINE = InnoDB;

DELIMITER $$

CREATE PROCEDURE durable.unknown_schedule(IN name TEXT)
NOT DETERMINISTIC NO SQL
BEGIN
    CALL durable.raise_error('DS013', CONCAT('unknown schedule ', durable.lit(name)));
END$$

-- Upsert.  Changing the cron, the time zone or enabling the schedule
-- computes its next slot from now; an upsert that changes neither keeps the
-- slot it was waiting for.  Returns the next run time (NULL when disabled).
CREATE FUNCTION durable.define_schedule(
    name             TEXT,
    job_name         TEXT,
    cron             TEXT,
    timezone         TEXT,
    args             JSON,
    queue            TEXT,
    enabled          BOOLEAN,
    allow_concurrent BOOLEAN,
    catch_up         TEXT
) RETURNS DATETIME(6)
NOT DETERMINISTIC MODIFIES SQL DATA SQL SECURITY DEFINER
BEGIN
    DECLARE v_now      DATETIME(6) DEFAULT durable.now();
    DECLARE v_tz       TEXT DEFAULT COALESCE(timezone, 'UTC');
    DECLARE v_args     LONGTEXT DEFAULT COALESCE(args, '{}');
    DECLARE v_enabled  BOOLEAN DEFAULT COALESCE(enabled, TRUE);
    DECLARE v_catch_up TEXT DEFAULT COALESCE(catch_up, 'skip_missed');
    DECLARE v_spec     VARCHAR(160) CHARACTER SET ascii;
    DECLARE v_next     DATETIME(6);
    DECLARE v_old_enabled BOOLEAN;
    DECLARE v_old_cron TEXT;
    DECLARE v_old_tz   TEXT;
    DECLARE v_old_next DATETIME(6);
    DECLARE v_exists   BOOLEAN DEFAULT FALSE;
    DECLARE v_zone_ok  TINYINT;

    CALL durable.check_name('schedule name', name, NULL);
    IF job_name IS NULL OR NOT EXISTS (SELECT 1 FROM durable.jobs j WHERE j.job_name = job_name) THEN
        CALL durable.unknown_job(job_name);
    END IF;
    -- (SET, not DO: DO clears the error of what it evaluates, "DO always is OK")
    SET v_zone_ok = durable.check_time_zone(v_tz);
    SET v_spec = durable.cron_parse(cron);
    CALL durable.check_args(v_args, 'args');
    IF queue IS NOT NULL THEN
        CALL durable.check_name('queue name', queue, NULL);
    END IF;
    IF NOT durable.accepts('catch_up', v_catch_up) THEN
        CALL durable.raise_error('DS001', CONCAT('catch_up must be ', durable.word_list('catch_up'),
            ', got ', durable.lit(v_catch_up)));
    END IF;
    IF queue IS NOT NULL THEN
        CALL durable.ensure_queue(queue);
    END IF;
    SELECT TRUE, s.enabled, s.cron, s.timezone, s.next_run_at
    INTO v_exists, v_old_enabled, v_old_cron, v_old_tz, v_old_next
    FROM durable.schedules s WHERE s.name = name FOR UPDATE;
    SET v_next = CASE
        WHEN NOT v_enabled THEN NULL
        WHEN v_exists AND v_old_enabled AND v_old_cron = cron AND v_old_tz = v_tz
             AND v_old_next IS NOT NULL THEN v_old_next
        ELSE durable.cron_next_spec(v_spec, v_now, v_tz) END;
    INSERT INTO durable.schedules (name, job_name, cron, timezone, spec, args, queue, enabled,
                                   allow_concurrent, catch_up, next_run_at, created_at, updated_at)
    VALUES (name, job_name, cron, v_tz, v_spec, v_args, queue, v_enabled,
            COALESCE(allow_concurrent, FALSE), v_catch_up, v_next, v_now, v_now)
    ON DUPLICATE KEY UPDATE
        job_name = VALUES(job_name), cron = VALUES(cron), timezone = VALUES(timezone),
        spec = VALUES(spec), args = VALUES(args), queue = VALUES(queue),
        enabled = VALUES(enabled), allow_concurrent = VALUES(allow_concurrent),
        catch_up = VALUES(catch_up), next_run_at = VALUES(next_run_at),
        updated_at = VALUES(updated_at);
    RETURN v_next;
END$$

-- Disabling clears the next run; enabling computes it from now.  Returns the
-- next run time (NULL when disabled).
CREATE FUNCTION durable.set_schedule_enabled(name TEXT, enabled BOOLEAN) RETURNS DATETIME(6)
NOT DETERMINISTIC MODIFIES SQL DATA SQL SECURITY DEFINER
BEGIN
    DECLARE v_found BOOLEAN DEFAULT FALSE;
    DECLARE v_was BOOLEAN;
    DECLARE v_spec VARCHAR(160) CHARACTER SET ascii;
    DECLARE v_tz TEXT;
    DECLARE v_next DATETIME(6);
    IF enabled IS NULL THEN
        CALL durable.raise_error('DS001', 'enabled must be true or false, got NULL');
    END IF;
    SELECT TRUE, s.enabled, s.spec, s.timezone, s.next_run_at INTO v_found, v_was, v_spec, v_tz, v_next
    FROM durable.schedules s WHERE s.name = name FOR UPDATE;
    IF NOT v_found THEN
        CALL durable.unknown_schedule(name);
    END IF;
    SET v_next = CASE WHEN NOT enabled THEN NULL
                      WHEN v_was THEN v_next
                      ELSE durable.cron_next_spec(v_spec, durable.now(), v_tz) END;
    UPDATE durable.schedules s
    SET s.enabled = enabled, s.updated_at = durable.now(), s.next_run_at = v_next
    WHERE s.name = name;
    RETURN v_next;
END$$

-- A new cron (and time zone: NULL keeps the schedule's).  The next slot is
-- computed from now.  Returns the next run time (NULL when disabled).
CREATE FUNCTION durable.update_schedule_cron(name TEXT, cron TEXT, timezone TEXT) RETURNS DATETIME(6)
NOT DETERMINISTIC MODIFIES SQL DATA SQL SECURITY DEFINER
BEGIN
    DECLARE v_found BOOLEAN DEFAULT FALSE;
    DECLARE v_enabled BOOLEAN;
    DECLARE v_tz TEXT;
    DECLARE v_spec VARCHAR(160) CHARACTER SET ascii;
    DECLARE v_next DATETIME(6);
    DECLARE v_zone_ok TINYINT;
    IF timezone IS NOT NULL THEN
        SET v_zone_ok = durable.check_time_zone(timezone);
    END IF;
    SET v_spec = durable.cron_parse(cron);
    SELECT TRUE, s.enabled, COALESCE(timezone, s.timezone) INTO v_found, v_enabled, v_tz
    FROM durable.schedules s WHERE s.name = name FOR UPDATE;
    IF NOT v_found THEN
        CALL durable.unknown_schedule(name);
    END IF;
    SET v_next = IF(v_enabled, durable.cron_next_spec(v_spec, durable.now(), v_tz), NULL);
    UPDATE durable.schedules s
    SET s.cron = cron, s.timezone = v_tz, s.spec = v_spec, s.updated_at = durable.now(),
        s.next_run_at = v_next
    WHERE s.name = name;
    RETURN v_next;
END$$

-- The run a schedule enqueues for one slot: its job, args and queue, with the
-- slot as run_at and the schedule named in meta.
CREATE FUNCTION durable.enqueue_slot(schedule TEXT, job_name TEXT, args JSON, queue TEXT,
                                     slot DATETIME(6)) RETURNS BIGINT
NOT DETERMINISTIC MODIFIES SQL DATA
BEGIN
    RETURN durable.enqueue(job_name, args, queue, slot, NULL, NULL, NULL, NULL, NULL, NULL, NULL,
        JSON_OBJECT('schedule', schedule, 'slot', DATE_FORMAT(slot, '%Y-%m-%d %H:%i:%s.%f')));
END$$

-- An ad-hoc run now, cron untouched.  With allow_concurrent false and a live
-- run of the schedule, that run's id comes back and nothing is enqueued.
CREATE FUNCTION durable.run_schedule_now(name TEXT) RETURNS BIGINT
NOT DETERMINISTIC MODIFIES SQL DATA SQL SECURITY DEFINER
BEGIN
    DECLARE v_found BOOLEAN DEFAULT FALSE;
    DECLARE v_job TEXT;
    DECLARE v_args LONGTEXT;
    DECLARE v_queue TEXT;
    DECLARE v_concurrent BOOLEAN;
    DECLARE v_last BIGINT;
    DECLARE v_id BIGINT;
    DECLARE v_now DATETIME(6) DEFAULT durable.now();
    SELECT TRUE, s.job_name, s.args, s.queue, s.allow_concurrent, s.last_run_id
    INTO v_found, v_job, v_args, v_queue, v_concurrent, v_last
    FROM durable.schedules s WHERE s.name = name FOR UPDATE;
    IF NOT v_found THEN
        CALL durable.unknown_schedule(name);
    END IF;
    IF NOT v_concurrent AND v_last IS NOT NULL
       AND EXISTS (SELECT 1 FROM durable.runs r WHERE r.run_id = v_last) THEN
        RETURN v_last;
    END IF;
    SET v_id = durable.enqueue_slot(name, v_job, v_args, v_queue, v_now);
    UPDATE durable.schedules s SET s.last_run_at = v_now, s.last_run_id = v_id WHERE s.name = name;
    RETURN v_id;
END$$

-- Enqueues the due slots of every enabled schedule and moves each schedule
-- on to its next slot.  Returns how many runs it enqueued.  A catch_up
-- schedule that missed many slots gets at most 100 of them per call.
-- Schedules another session is materializing are skipped (SKIP LOCKED).
CREATE FUNCTION durable.materialize_schedules(now DATETIME(6)) RETURNS INT
NOT DETERMINISTIC MODIFIES SQL DATA SQL SECURITY DEFINER
BEGIN
    DECLARE v_now   DATETIME(6) DEFAULT COALESCE(now, durable.now());
    DECLARE v_count INT DEFAULT 0;
    DECLARE v_pass  INT DEFAULT 0;
    DECLARE v_n     INT;
    DECLARE v_done  BOOLEAN;
    DECLARE v_name  VARCHAR(128);
    DECLARE v_job   VARCHAR(128);
    DECLARE v_args  LONGTEXT;
    DECLARE v_queue VARCHAR(128);
    DECLARE v_concurrent BOOLEAN;
    DECLARE v_catch VARCHAR(16);
    DECLARE v_slot  DATETIME(6);
    DECLARE v_last  BIGINT;
    DECLARE v_spec  VARCHAR(160) CHARACTER SET ascii;
    DECLARE v_tz    VARCHAR(64);
    DECLARE v_id    BIGINT;
    DECLARE c_due CURSOR FOR
        SELECT s.name, s.job_name, s.args, s.queue, s.allow_concurrent, s.catch_up,
               s.next_run_at, s.last_run_id, s.spec, s.timezone
        FROM durable.schedules s
        WHERE s.enabled AND s.next_run_at <= v_now AND (v_pass = 1 OR s.catch_up = 'catch_up')
        ORDER BY s.next_run_at
        FOR UPDATE SKIP LOCKED;
    DECLARE CONTINUE HANDLER FOR NOT FOUND SET v_done = TRUE;
    passes: WHILE v_pass < 100 DO
        SET v_pass = v_pass + 1, v_n = 0, v_done = FALSE;
        OPEN c_due;
        each_schedule: LOOP
            FETCH c_due INTO v_name, v_job, v_args, v_queue, v_concurrent, v_catch, v_slot, v_last,
                             v_spec, v_tz;
            IF v_done THEN
                LEAVE each_schedule;
            END IF;
            SET v_id = NULL;
            IF v_concurrent OR v_last IS NULL
               OR NOT EXISTS (SELECT 1 FROM durable.runs r WHERE r.run_id = v_last) THEN
                SET v_id = durable.enqueue_slot(v_name, v_job, v_args, v_queue, v_slot);
                SET v_n = v_n + 1;
            END IF;
            UPDATE durable.schedules s
            SET s.last_run_at = IF(v_id IS NULL, s.last_run_at, v_slot),
                s.last_run_id = COALESCE(v_id, s.last_run_id),
                s.last_skipped_at = IF(v_id IS NULL AND v_catch = 'skip_missed', v_slot, s.last_skipped_at),
                s.next_run_at = CASE
                    -- a busy catch_up schedule holds its slot until the run is over
                    WHEN v_id IS NULL AND v_catch = 'catch_up' THEN v_slot
                    WHEN v_catch = 'catch_up' THEN durable.cron_next_spec(v_spec, v_slot, v_tz)
                    ELSE durable.cron_next_spec(v_spec, GREATEST(v_slot, v_now), v_tz) END
            WHERE s.name = v_name;
        END LOOP;
        CLOSE c_due;
        SET v_count = v_count + v_n;
        IF v_n = 0 THEN
            LEAVE passes;
        END IF;
    END WHILE;
    RETURN v_count;
END$$

-- Registration sync: reconciles the schedules a program declares (a JSON
-- array of objects with define_schedule's parameters as keys) with those
-- stored under its owner name, in one transaction.  existing:
-- 'keep_database' (default) or 'update_from_code'; orphaned: 'disable'
-- (default) or 'ignore'.  The result set: (name, action) for each schedule
-- it looked at: created, kept, updated or disabled.
CREATE PROCEDURE durable.sync_schedules(IN owner TEXT, IN schedules JSON, IN existing TEXT,
                                        IN orphaned TEXT)
NOT DETERMINISTIC MODIFIES SQL DATA SQL SECURITY DEFINER
BEGIN
    DECLARE v_own      BOOLEAN;
    DECLARE v_existing TEXT DEFAULT COALESCE(existing, 'keep_database');
    DECLARE v_orphaned TEXT DEFAULT COALESCE(orphaned, 'disable');
    DECLARE v_names    JSON DEFAULT JSON_ARRAY();
    DECLARE v_actions  JSON DEFAULT JSON_ARRAY();
    DECLARE v_i        INT DEFAULT 0;
    DECLARE v_e        LONGTEXT;
    DECLARE v_name     TEXT;
    DECLARE v_action   TEXT;
    DECLARE v_ignored  DATETIME(6);
    DECLARE v_orphans  JSON;
    DECLARE EXIT HANDLER FOR SQLEXCEPTION
    BEGIN
        CALL durable.undo_work(v_own);
        RESIGNAL;
    END;
    CALL durable.check_name('owner', owner, NULL);
    IF NOT durable.accepts('sync_existing', v_existing) THEN
        CALL durable.raise_error('DS001', CONCAT('existing must be ', durable.word_list('sync_existing'),
            ', got ', durable.lit(v_existing)));
    END IF;
    IF NOT durable.accepts('sync_orphaned', v_orphaned) THEN
        CALL durable.raise_error('DS001', CONCAT('orphaned must be ', durable.word_list('sync_orphaned'),
            ', got ', durable.lit(v_orphaned)));
    END IF;
    IF durable.json_kind(schedules) <> 'array' THEN
        CALL durable.raise_error('DS001', CONCAT('schedules must be a JSON array, got ',
            durable.json_kind(schedules)));
    END IF;
    CALL durable.ensure_lock('sync', LEFT(owner, 512));
    CALL durable.begin_work(v_own);
    -- Two workers of one program starting at once sync one after the other
    -- (this waits, as PostgreSQL's advisory lock does).
    SELECT 1 INTO v_i FROM durable.locks l WHERE l.kind = 'sync' AND l.name = owner FOR UPDATE;
    SET v_i = 0;
    WHILE v_i < JSON_LENGTH(schedules) DO
        SET v_e = JSON_EXTRACT(schedules, CONCAT('$[', v_i, ']'));
        IF JSON_TYPE(v_e) <> 'OBJECT' OR COALESCE(JSON_TYPE(JSON_EXTRACT(v_e, '$.name')), '') <> 'STRING' THEN
            CALL durable.raise_error('DS001', CONCAT(
                'each schedule must be a JSON object with a "name", got ', LEFT(v_e, 60)));
        END IF;
        IF COALESCE(JSON_TYPE(JSON_EXTRACT(v_e, '$.enabled')), 'NULL') NOT IN ('BOOLEAN', 'NULL')
           OR COALESCE(JSON_TYPE(JSON_EXTRACT(v_e, '$.allow_concurrent')), 'NULL') NOT IN ('BOOLEAN', 'NULL') THEN
            CALL durable.raise_error('DS001', CONCAT('schedule ', durable.lit(JSON_VALUE(v_e, '$.name')),
                ': "enabled" and "allow_concurrent" must be true, false or null'));
        END IF;
        SET v_name = JSON_VALUE(v_e, '$.name');
        SET v_names = JSON_ARRAY_APPEND(v_names, '$', v_name);
        IF EXISTS (SELECT 1 FROM durable.schedules s WHERE s.name = v_name)
           AND v_existing = 'keep_database' THEN
            SET v_action = 'kept';
        ELSE
            SET v_action = IF(EXISTS (SELECT 1 FROM durable.schedules s WHERE s.name = v_name),
                              'updated', 'created');
            SET v_ignored = durable.define_schedule(
                v_name, JSON_VALUE(v_e, '$.job_name'), JSON_VALUE(v_e, '$.cron'),
                JSON_VALUE(v_e, '$.timezone'),
                IF(JSON_TYPE(JSON_EXTRACT(v_e, '$.args')) IN ('NULL') OR JSON_EXTRACT(v_e, '$.args') IS NULL,
                   NULL, JSON_EXTRACT(v_e, '$.args')),
                JSON_VALUE(v_e, '$.queue'),
                CASE JSON_EXTRACT(v_e, '$.enabled') WHEN 'true' THEN TRUE WHEN 'false' THEN FALSE END,
                CASE JSON_EXTRACT(v_e, '$.allow_concurrent') WHEN 'true' THEN TRUE WHEN 'false' THEN FALSE END,
                JSON_VALUE(v_e, '$.catch_up'));
        END IF;
        UPDATE durable.schedules s SET s.origin = owner WHERE s.name = v_name;
        SET v_actions = JSON_ARRAY_APPEND(v_actions, '$', JSON_ARRAY(v_name, v_action));
        SET v_i = v_i + 1;
    END WHILE;
    IF v_orphaned = 'disable' THEN
        SELECT JSON_ARRAYAGG(s.name) INTO v_orphans FROM durable.schedules s
        WHERE s.origin = owner AND s.enabled AND NOT JSON_CONTAINS(v_names, JSON_QUOTE(s.name));
        SET v_i = 0;
        WHILE v_i < COALESCE(JSON_LENGTH(v_orphans), 0) DO
            SET v_name = JSON_VALUE(v_orphans, CONCAT('$[', v_i, ']'));
            SET v_ignored = durable.set_schedule_enabled(v_name, FALSE);
            SET v_actions = JSON_ARRAY_APPEND(v_actions, '$', JSON_ARRAY(v_name, 'disabled'));
            SET v_i = v_i + 1;
        END WHILE;
    END IF;
    CALL durable.end_work(v_own);
    SELECT a.name, a.action
    FROM JSON_TABLE(v_actions, '$[*]' COLUMNS (ord FOR ORDINALITY,
                                               name VARCHAR(128) PATH '$[0]',
                                               action VARCHAR(16) PATH '$[1]')) a
    ORDER BY a.ord;
END$$

DELIMITER ;

CREATE SQL SECURITY DEFINER VIEW durable.schedule_status AS
    SELECT s.name, s.job_name, s.cron, s.timezone, s.enabled, s.allow_concurrent, s.catch_up,
           s.next_run_at, s.last_run_at, s.last_run_id,
           (SELECT a.status FROM durable.all_runs a WHERE a.run_id = s.last_run_id LIMIT 1) AS last_run_status,
           s.last_skipped_at, s.args, s.queue, s.origin, s.created_at, s.updated_at
    FROM durable.schedules s;

-- ----------------------------------------------------------------------------
-- Roles and privileges.
--
-- Three roles, created when missing (roles belong to the whole server).  A
-- DBA grants one of them to a service's account (and makes it a default
-- role):   GRANT durable_producer TO 'orders'@'%'; SET DEFAULT ROLE ...
--   durable_producer  enqueue, enqueue_opts, enqueue_many, read the views
--   durable_worker    the producer's rights, plus what a worker calls
--   durable_admin     the worker's rights, plus queue, run and schedule admin
-- No role gets a right on a table: the routines run as their definer (SQL
-- SECURITY DEFINER) and the views read with their definer's rights.
-- Internal helpers are granted to no role.
-- ----------------------------------------------------------------------------
CREATE ROLE IF NOT EXISTS durable_producer;
CREATE ROLE IF NOT EXISTS durable_worker;
CREATE ROLE IF NOT EXISTS durable_admin;
GRANT durable_producer TO durable_worker;
GRANT durable_worker TO durable_admin;

GRANT SELECT ON durable.all_runs TO durable_producer;
GRANT SELECT ON durable.queue_stats TO durable_producer;
GRANT SELECT ON durable.slo_status TO durable_producer;
GRANT SELECT ON durable.worker_status TO durable_producer;
GRANT SELECT ON durable.log_lines TO durable_producer;
GRANT SELECT ON durable.attempt_errors TO durable_producer;
GRANT EXECUTE ON FUNCTION durable.now TO durable_producer;
GRANT EXECUTE ON FUNCTION durable.schema_version TO durable_producer;
GRANT EXECUTE ON FUNCTION durable.limits TO durable_producer;
GRANT EXECUTE ON FUNCTION durable.enqueue TO durable_producer;
GRANT EXECUTE ON FUNCTION durable.enqueue_opts TO durable_producer;
GRANT EXECUTE ON PROCEDURE durable.enqueue_many TO durable_producer;
GRANT EXECUTE ON PROCEDURE durable.dependency_tree TO durable_producer;
GRANT EXECUTE ON PROCEDURE durable.explain_run TO durable_producer;
GRANT EXECUTE ON PROCEDURE durable.list_runs TO durable_producer;
GRANT EXECUTE ON PROCEDURE durable.health TO durable_producer;
GRANT EXECUTE ON FUNCTION durable.metrics_text TO durable_producer;

GRANT EXECUTE ON FUNCTION durable.register_worker TO durable_worker;
GRANT EXECUTE ON FUNCTION durable.unregister_worker TO durable_worker;
GRANT EXECUTE ON FUNCTION durable.define_job TO durable_worker;
GRANT EXECUTE ON PROCEDURE durable.claim TO durable_worker;
GRANT EXECUTE ON FUNCTION durable.complete TO durable_worker;
GRANT EXECUTE ON FUNCTION durable.fail TO durable_worker;
GRANT EXECUTE ON PROCEDURE durable.heartbeat TO durable_worker;
GRANT EXECUTE ON FUNCTION durable.`release` TO durable_worker;
GRANT EXECUTE ON FUNCTION durable.log TO durable_worker;
GRANT EXECUTE ON FUNCTION durable.log_many TO durable_worker;
GRANT EXECUTE ON FUNCTION durable.set_progress TO durable_worker;
GRANT EXECUTE ON FUNCTION durable.set_progress_many TO durable_worker;
GRANT EXECUTE ON FUNCTION durable.prune TO durable_worker;
GRANT EXECUTE ON PROCEDURE durable.prune_all TO durable_worker;
GRANT EXECUTE ON FUNCTION durable.sweep TO durable_worker;

GRANT EXECUTE ON FUNCTION durable.set_queue TO durable_admin;
GRANT EXECUTE ON FUNCTION durable.set_queue_opts TO durable_admin;
GRANT EXECUTE ON FUNCTION durable.pause_queue TO durable_admin;
GRANT EXECUTE ON FUNCTION durable.resume_queue TO durable_admin;
GRANT EXECUTE ON FUNCTION durable.cancel TO durable_admin;
GRANT EXECUTE ON FUNCTION durable.retry TO durable_admin;

GRANT SELECT ON durable.schedule_status TO durable_producer;
GRANT EXECUTE ON FUNCTION durable.cron_next TO durable_producer;
GRANT EXECUTE ON PROCEDURE durable.cron_preview TO durable_producer;
GRANT EXECUTE ON FUNCTION durable.define_schedule TO durable_worker;
GRANT EXECUTE ON PROCEDURE durable.sync_schedules TO durable_worker;
GRANT EXECUTE ON FUNCTION durable.materialize_schedules TO durable_worker;
GRANT EXECUTE ON FUNCTION durable.set_schedule_enabled TO durable_admin;
GRANT EXECUTE ON FUNCTION durable.update_schedule_cron TO durable_admin;
GRANT EXECUTE ON FUNCTION durable.run_schedule_now TO durable_admin;

-- The port keeps PostgreSQL's migration numbers: it is at
-- 0017_attempt_errors (every attempt's error; 0016 was trace context and lag
-- objectives; 0015 was metrics_text; 0014 was explain_run; 0013 was
-- enqueue_opts and cron_parse trimming the vertical tab, which the port
-- always did; 0012 was PostgreSQL performance only).  An install at an older
-- version is brought here by the files of sql/mysql/migrations/ (durablesql
-- migrate).
INSERT INTO durable.migrations (version, name) VALUES (17, '0017_attempt_errors');
