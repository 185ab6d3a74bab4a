-- 0016_traces_and_objectives, the MariaDB/MySQL port of
-- sql/postgres/migrations/0016_traces_and_objectives.sql (trace context and
-- lag objectives), for an install at 0015_metrics_text:
--   * durable.check_traceparent(value), durable.traced_meta(meta): a run keeps
--     the W3C traceparent of its producer as meta's "traceparent"; enqueue,
--     enqueue_opts and enqueue_many check one given in meta, or add the
--     session's @durable_traceparent when meta has none.  Malformed is DS001.
--   * durable.claim returns traceparent as its last column.
--   * durable.queues.lag_slo (seconds); durable.set_queue_opts(queue, options)
--     sets it (set_queue keeps its four parameters: arity is frozen here);
--     both work through durable.configure_queue.
--   * View durable.slo_status; durable.metrics_text() exports it.
--   * define_schedule and update_schedule_cron check the time zone with SET,
--     not DO, which cleared the error (a disabled schedule kept an unknown zone).
-- Every routine created or changed is here in full, as in sql/mysql/schema.sql.
--
-- DDL commits at once on MariaDB/MySQL, so this file cannot be one
-- transaction: `durablesql migrate` runs it under its named lock, and every
-- statement may run again after a failure half-way (IF EXISTS, a column
-- added only when missing, OR REPLACE, grants, INSERT IGNORE): running the
-- whole file again finishes the job.  The version is recorded last.  A
-- replaced routine is missing between its DROP and its CREATE (MySQL has no
-- CREATE OR REPLACE FUNCTION): a call in that moment fails with 1305, so
-- migrate while producers and workers are stopped, or let them retry.
-- Run by hand:   mariadb < sql/mysql/migrations/0016_traces_and_objectives.sql

-- The sql_mode and character set the routines are created with, as in schema.sql.
SET SESSION sql_mode = 'STRICT_ALL_TABLES,NO_ZERO_IN_DATE,NO_ZERO_DATE,ERROR_FOR_DIVISION_BY_ZERO,NO_ENGINE_SUBSTITUTION';
SET NAMES utf8mb4 COLLATE utf8mb4_bin;
SET SESSION TRANSACTION ISOLATION LEVEL READ COMMITTED;

-- ----------------------------------------------------------------------------
-- durable.queues.lag_slo, last (a fresh install has it last too).  (MySQL has
-- no ADD COLUMN IF NOT EXISTS: a procedure of this migration decides.)
-- ----------------------------------------------------------------------------
DROP PROCEDURE IF EXISTS durable.migrate_0016;
DELIMITER $$
CREATE PROCEDURE durable.migrate_0016()
NOT DETERMINISTIC MODIFIES SQL DATA
BEGIN
    IF NOT EXISTS (SELECT 1 FROM information_schema.columns c
                   WHERE c.table_schema = 'durable' AND c.table_name = 'queues'
                     AND c.column_name = 'lag_slo') THEN
        ALTER TABLE durable.queues
            ADD COLUMN lag_slo DOUBLE,
            ADD CONSTRAINT queues_lag_slo CHECK (lag_slo > 0);
    END IF;
END$$
DELIMITER ;
CALL durable.migrate_0016();
DROP PROCEDURE durable.migrate_0016;

-- ----------------------------------------------------------------------------
-- Routines, new and changed.
-- ----------------------------------------------------------------------------
DROP FUNCTION IF EXISTS durable.check_traceparent;
DROP FUNCTION IF EXISTS durable.traced_meta;
DROP PROCEDURE IF EXISTS durable.configure_queue;
DROP FUNCTION IF EXISTS durable.set_queue;
DROP FUNCTION IF EXISTS durable.set_queue_opts;
DROP FUNCTION IF EXISTS durable.queue_option_ok;
DROP FUNCTION IF EXISTS durable.enqueue;
DROP PROCEDURE IF EXISTS durable.enqueue_many;
DROP PROCEDURE IF EXISTS durable.claim;
DROP FUNCTION IF EXISTS durable.metrics_text;
DROP FUNCTION IF EXISTS durable.define_schedule;
DROP FUNCTION IF EXISTS durable.update_schedule_cron;

DELIMITER $$

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

DELIMITER ;

-- Lag objectives (durable.set_queue_opts(queue, '{"lag_slo": 30}')): each
-- queue's oldest due run against its objective now, and how many of the runs
-- started in the last hour started within it (start delay = started_at -
-- run_at, for each run's latest attempt: leased runs, and terminal ones in
-- run_history; runs of jobs with keep_succeeded false leave no history and
-- count only while leased).  The hour's counts are read only for queues with
-- an objective (NULL elsewhere).  Seconds where PostgreSQL has intervals
-- (lag_slo, oldest_due_age); within_slo is 1, 0 or NULL.
CREATE OR REPLACE SQL SECURITY DEFINER VIEW durable.slo_status AS
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

-- ----------------------------------------------------------------------------
-- Privileges: a dropped routine loses its grants, so the replaced ones are
-- granted again (a GRANT already held changes nothing).
-- ----------------------------------------------------------------------------
GRANT SELECT ON durable.slo_status TO durable_producer;
GRANT EXECUTE ON FUNCTION durable.enqueue TO durable_producer;
GRANT EXECUTE ON PROCEDURE durable.enqueue_many TO durable_producer;
GRANT EXECUTE ON FUNCTION durable.metrics_text TO durable_producer;
GRANT EXECUTE ON PROCEDURE durable.claim TO durable_worker;
GRANT EXECUTE ON FUNCTION durable.set_queue TO durable_admin;
GRANT EXECUTE ON FUNCTION durable.set_queue_opts TO durable_admin;
GRANT EXECUTE ON FUNCTION durable.define_schedule TO durable_worker;
GRANT EXECUTE ON FUNCTION durable.update_schedule_cron TO durable_admin;

INSERT IGNORE INTO durable.migrations (version, name) VALUES (16, '0016_traces_and_objectives');
