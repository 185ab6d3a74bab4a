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
--   Queues                durable.queues, set_queue, pause_queue, resume_queue
--   Job definitions       durable.jobs, define_job
--   Live runs             durable.runs and its indexes
--   Terminal runs         durable.run_history, durable.dependencies
--   THE EXIT PATH         move_runs, settle_children, finish_runs
--   Producers             enqueue, enqueue_opts, enqueue_many
--   Workers               register_worker, unregister_worker
--   Claiming              settle_expired, capacity, lock_claimable, claim
--   Finishing an attempt  complete, fail, heartbeat, release
--   Reports               log_many, log, set_progress_many, set_progress
--   Operators             cancel, retry, prune, prune_all, sweep
--   Cron                  (pasted from sql/mysql/cron.sql)
--   Recurring schedules   durable.schedules, define_schedule, materialize_schedules, ...
--   Views for people      all_runs, queue_stats, worker_status, log_lines, ...
--   Health                health(): what keeps durable.runs from staying small
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

CREATE FUNCTION durable.schema_version() RETURNS VARCHAR(128)
NOT DETERMINISTIC READS SQL DATA SQL SECURITY DEFINER
COMMENT 'Name of the newest migration applied, e.g. 0011_hot_path.'
BEGIN
    RETURN (SELECT m.name FROM durable.migrations m ORDER BY m.version DESC LIMIT 1);
END$$

-- ----------------------------------------------------------------------------
-- Errors.  SIGNAL takes its SQLSTATE as a literal, so one CASE names each
-- code once; every routine raises through here.  The message is cut to 128
-- characters, the most MariaDB/MySQL carry (PostgreSQL's texts fit, except
-- where a value is long: then the end of the message is lost).
-- ----------------------------------------------------------------------------
CREATE PROCEDURE durable.raise_error(IN code CHAR(5), IN message TEXT)
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
CREATE FUNCTION durable.lit(value TEXT) RETURNS TEXT
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
CREATE FUNCTION durable.json_kind(doc LONGTEXT) RETURNS VARCHAR(16)
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
CREATE FUNCTION durable.num_text(value DOUBLE) RETURNS VARCHAR(64)
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
CREATE FUNCTION durable.word_list(vocabulary VARCHAR(64)) RETURNS TEXT
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
--                     across all workers (NULL: no limit).
-- ----------------------------------------------------------------------------
CREATE TABLE durable.queues (
    queue             VARCHAR(128) NOT NULL PRIMARY KEY,
    paused            BOOLEAN      NOT NULL DEFAULT FALSE,
    created_at        DATETIME(6)  NOT NULL,
    priority          INT          NOT NULL DEFAULT 0,
    weight            INT          NOT NULL DEFAULT 1,
    concurrency_limit INT,
    CONSTRAINT queues_weight CHECK (weight >= 1),
    CONSTRAINT queues_limit CHECK (concurrency_limit >= 1)
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
-- gets the defaults: priority 0, weight 1, no limit); concurrency_limit 0
-- removes the limit.
CREATE FUNCTION durable.set_queue(queue TEXT, priority INT, weight INT, concurrency_limit INT)
RETURNS INT
NOT DETERMINISTIC MODIFIES SQL DATA SQL SECURITY DEFINER
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
    CALL durable.ensure_queue(queue);
    UPDATE durable.queues q SET
        q.priority = COALESCE(priority, q.priority),
        q.weight = COALESCE(weight, q.weight),
        q.concurrency_limit = IF(concurrency_limit IS NULL, q.concurrency_limit,
                                 NULLIF(concurrency_limit, 0))
    WHERE q.queue = queue;
    RETURN NULL;
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
    -- A racing producer inserted the same unique key first (we waited for
    -- it to commit): its run is the answer.
    DECLARE CONTINUE HANDLER FOR 1062 SET v_taken = TRUE;

    -- Checks that need no table come first.
    IF args IS NOT NULL
       AND (durable.json_kind(args) <> 'object' OR LENGTH(args) > durable.bound('min_max_args_bytes')) THEN
        CALL durable.check_args(args, 'args');
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
    IF depends_on IS NOT NULL AND JSON_LENGTH(depends_on) > 0 THEN
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
           unique_key, concurrency_key, tags, v_now, v_parents, v_waiting, meta
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
-- meta).  A JSON null means the default.  An unknown key or a value of the
-- wrong type is DS001.  run_at is a string 'YYYY-MM-DD HH:MM:SS[.ffffff]'
-- (UTC; a 'T' and a trailing 'Z' are accepted); timeout is seconds.
CREATE FUNCTION durable.enqueue_opts(job_name TEXT, args JSON, options JSON) RETURNS BIGINT
NOT DETERMINISTIC MODIFIES SQL DATA SQL SECURITY DEFINER
BEGIN
    DECLARE v_key  TEXT;
    DECLARE v_type VARCHAR(32);
    DECLARE v_want VARCHAR(32);
    DECLARE v_run_at DATETIME(6);
    DECLARE v_text TEXT;
    DECLARE v_i INT DEFAULT 0;
    DECLARE v_keys JSON;
    IF options IS NOT NULL AND durable.json_kind(options) <> 'object' THEN
        CALL durable.raise_error('DS001', CONCAT('options must be a JSON object, got ',
            durable.json_kind(options)));
    END IF;
    SET v_keys = JSON_KEYS(options);
    WHILE v_i < COALESCE(JSON_LENGTH(v_keys), 0) DO
        SET v_key = JSON_VALUE(v_keys, CONCAT('$[', v_i, ']'));
        SET v_type = JSON_TYPE(JSON_EXTRACT(options, CONCAT('$.', JSON_QUOTE(v_key))));
        SET v_want = CASE v_key
            WHEN 'queue' THEN 'a string' WHEN 'unique_key' THEN 'a string'
            WHEN 'concurrency_key' THEN 'a string' WHEN 'run_at' THEN 'a string'
            WHEN 'priority' THEN 'an integer' WHEN 'max_attempts' THEN 'an integer'
            WHEN 'depends_on' THEN 'an array' WHEN 'tags' THEN 'an array'
            WHEN 'timeout' THEN 'a number' WHEN 'meta' THEN 'an object' END;
        IF v_want IS NULL THEN
            CALL durable.raise_error('DS001', CONCAT('unknown enqueue option ', durable.lit(v_key),
                ': use queue, run_at, priority, max_attempts, unique_key, concurrency_key, ',
                'depends_on, tags, timeout or meta'));
        END IF;
        IF v_type <> 'NULL' AND NOT (
               (v_want = 'a string' AND v_type = 'STRING')
            OR (v_want = 'an integer' AND v_type IN ('INTEGER', 'UNSIGNED INTEGER'))
            OR (v_want = 'an array' AND v_type = 'ARRAY')
            OR (v_want = 'a number' AND v_type IN ('INTEGER', 'UNSIGNED INTEGER', 'DOUBLE', 'DECIMAL'))
            OR (v_want = 'an object' AND v_type = 'OBJECT')) THEN
            CALL durable.raise_error('DS001', CONCAT('enqueue option ', durable.lit(v_key), ' must be ',
                v_want, ' or null, got ', durable.json_kind(JSON_EXTRACT(options, CONCAT('$.', JSON_QUOTE(v_key))))));
        END IF;
        SET v_i = v_i + 1;
    END WHILE;
    SET v_text = JSON_VALUE(options, '$.run_at');
    IF v_text IS NOT NULL THEN
        SET v_run_at = CAST(REPLACE(TRIM(TRAILING 'Z' FROM v_text), 'T', ' ') AS DATETIME(6));
        IF v_run_at IS NULL OR v_text NOT REGEXP '^[0-9]{4}-[0-9]{2}-[0-9]{2}[ T][0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]{1,6})?Z?$' THEN
            CALL durable.raise_error('DS001', CONCAT(
                'enqueue option ''run_at'' must be a UTC time YYYY-MM-DD HH:MM:SS[.ffffff], got ',
                durable.lit(LEFT(v_text, 40))));
        END IF;
    END IF;
    RETURN durable.enqueue(
        job_name, args,
        JSON_VALUE(options, '$.queue'),
        v_run_at,
        JSON_VALUE(options, '$.priority'),
        JSON_VALUE(options, '$.max_attempts'),
        JSON_VALUE(options, '$.unique_key'),
        JSON_VALUE(options, '$.concurrency_key'),
        IF(JSON_TYPE(JSON_EXTRACT(options, '$.depends_on')) = 'ARRAY', JSON_EXTRACT(options, '$.depends_on'), NULL),
        IF(JSON_TYPE(JSON_EXTRACT(options, '$.tags')) = 'ARRAY', JSON_EXTRACT(options, '$.tags'), NULL),
        JSON_VALUE(options, '$.timeout'),
        IF(JSON_TYPE(JSON_EXTRACT(options, '$.meta')) = 'OBJECT', JSON_EXTRACT(options, '$.meta'), NULL));
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
    DECLARE EXIT HANDLER FOR SQLEXCEPTION
    BEGIN
        CALL durable.undo_work(v_own);
        RESIGNAL;
    END;

    IF NOT EXISTS (SELECT 1 FROM durable.jobs j WHERE j.job_name = job_name) THEN
        CALL durable.unknown_job(job_name);
    END IF;
    SET v_queue = COALESCE(queue, (SELECT j.queue FROM durable.jobs j WHERE j.job_name = job_name));
    IF priority IS NOT NULL THEN
        CALL durable.check_range('priority', priority, -1000000, 1000000);
    END IF;
    IF tags IS NOT NULL THEN
        CALL durable.check_tags(tags);
    END IF;
    IF meta IS NOT NULL THEN
        CALL durable.check_args(meta, 'meta');
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
               COALESCE(priority, j.priority), v_run_at, j.max_attempts, j.timeout, v_now, tags, meta
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
    DECLARE v_n INT;
    SELECT JSON_ARRAYAGG(x.run_id), JSON_ARRAYAGG(x.error) INTO v_ids, v_errors
    FROM (SELECT r.run_id,
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
-- appends their ids to `ids`.
CREATE PROCEDURE durable.lock_claimable(IN queue VARCHAR(128), IN at DATETIME(6), IN lim INT,
                                        IN cap INT, IN skip_jobs JSON, IN exclude JSON,
                                        INOUT ids JSON)
NOT DETERMINISTIC MODIFIES SQL DATA
BEGIN
    DECLARE v_pending INT DEFAULT GREATEST(LEAST(lim, COALESCE(cap, lim)), 0);
    DECLARE v_new JSON;
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
            IF v_new IS NOT NULL THEN
                SET ids = JSON_MERGE_PRESERVE(ids, v_new);
            END IF;
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
            IF v_new IS NOT NULL THEN
                SET ids = JSON_MERGE_PRESERVE(ids, v_new);
            END IF;
        END IF;
    END IF;
END$$

-- Up to max_runs claimable runs for `worker`, leased for `lease` seconds, as
-- the CALL's result set, in the order the worker should start them:
--     CALL durable.claim(worker, queues, max_runs, lease, strategy)
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
                SET v_pick = NULL;
                SELECT JSON_ARRAYAGG(JSON_ARRAY(x.run_id, x.neg_priority,
                                                DATE_FORMAT(x.run_at, '%Y-%m-%d %H:%i:%s.%f'), v_i))
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
                          LIMIT v_need) x;
                IF v_pick IS NOT NULL THEN
                    SET v_peek = JSON_MERGE_PRESERVE(v_peek, v_pick);
                END IF;
                SET v_pick = NULL;
                SELECT JSON_ARRAYAGG(JSON_ARRAY(x.run_id, x.neg_priority,
                                                DATE_FORMAT(x.run_at, '%Y-%m-%d %H:%i:%s.%f'), v_i))
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
                               IF(v_strategy = 'weighted',
                                  SUM(-LN(1 - RAND())) OVER (PARTITION BY p.qi
                                      ORDER BY p.np, p.run_at, p.run_id)
                                  / JSON_VALUE(v_served, CONCAT('$[', p.qi, '][1]')), NULL) AS turn
                        FROM JSON_TABLE(v_peek, '$[*]' COLUMNS (run_id BIGINT PATH '$[0]',
                                                                np INT PATH '$[1]',
                                                                run_at VARCHAR(32) PATH '$[2]',
                                                                qi INT PATH '$[3]')) p
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
           r.lease_expires_at, r.timeout, r.priority
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
RETURNS VARCHAR(16)
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
    IF v_cancel IS NOT NULL THEN
        CALL durable.finish_runs(JSON_ARRAY(run_id), 'cancelled', NULL, NULL, JSON_ARRAY(v_error), v_n);
        RETURN 'cancelled';
    END IF;
    IF COALESCE(retryable, TRUE) AND v_attempt < v_max THEN
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
-- setting), with their log lines and dependency edges, at most batch_size
-- of them (oldest first).  Returns how many runs it removed; call until 0.
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

-- ===== CRON (from sql/mysql/cron.sql) =====
-- durable.cron_next(cron, after, timezone), durable.check_time_zone and the
-- time-zone tables are pasted here from sql/mysql/cron.sql (branch mysql-cron).
-- ===== END CRON =====

-- ===== SCHEDULES (after the cron section) =====

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

CREATE SQL SECURITY DEFINER VIEW durable.worker_status AS
    SELECT w.worker, w.queues, w.concurrency, w.started_at, w.last_seen,
           (SELECT COUNT(*) FROM durable.runs r WHERE r.status = 'leased' AND r.worker = w.worker) AS leased,
           w.info
    FROM durable.workers w;

-- Log lines of runs, for readers who may not touch the table.
CREATE SQL SECURITY DEFINER VIEW durable.log_lines AS
    SELECT l.run_id, l.log_id, l.attempt, l.level, l.message, l.worker, l.logged_at
    FROM durable.run_logs l;

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
    SELECT t.trx_mysql_thread_id, TIMESTAMPDIFF(MICROSECOND, t.trx_started, NOW(6)) / 1000000,
           p.user, COALESCE(p.state, p.command)
    INTO v_id, v_age, v_user, v_state
    FROM information_schema.innodb_trx t
    LEFT JOIN information_schema.processlist p ON p.id = t.trx_mysql_thread_id
    WHERE t.trx_mysql_thread_id <> CONNECTION_ID()
    ORDER BY t.trx_started LIMIT 1;
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

DELIMITER ;

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
GRANT SELECT ON durable.worker_status TO durable_producer;
GRANT SELECT ON durable.log_lines TO durable_producer;
GRANT EXECUTE ON FUNCTION durable.now TO durable_producer;
GRANT EXECUTE ON FUNCTION durable.schema_version TO durable_producer;
GRANT EXECUTE ON FUNCTION durable.limits TO durable_producer;
GRANT EXECUTE ON FUNCTION durable.enqueue TO durable_producer;
GRANT EXECUTE ON FUNCTION durable.enqueue_opts TO durable_producer;
GRANT EXECUTE ON PROCEDURE durable.enqueue_many TO durable_producer;
GRANT EXECUTE ON PROCEDURE durable.dependency_tree TO durable_producer;
GRANT EXECUTE ON PROCEDURE durable.list_runs TO durable_producer;
GRANT EXECUTE ON PROCEDURE durable.health TO durable_producer;

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
GRANT EXECUTE ON FUNCTION durable.pause_queue TO durable_admin;
GRANT EXECUTE ON FUNCTION durable.resume_queue TO durable_admin;
GRANT EXECUTE ON FUNCTION durable.cancel TO durable_admin;
GRANT EXECUTE ON FUNCTION durable.retry TO durable_admin;

-- ===== GRANTS FOR SCHEDULES =====

-- The port starts at the PostgreSQL version current when it landed.
INSERT INTO durable.migrations (version, name) VALUES (11, '0011_hot_path');
