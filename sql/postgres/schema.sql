-- ============================================================================
-- durablesql — the job engine, as PostgreSQL functions.
--
-- THE MODEL
--
-- A *job* is a named kind of work ("send-email") with a retry policy, defined
-- by durable.define_job().  A *run* is one request to do that work with some
-- JSON arguments, created by durable.enqueue() from any SQL client.
--
-- A run lives in durable.runs while it is live, and moves to
-- durable.run_history (in the same statement) when it reaches a terminal state:
--
--     enqueue ──► pending ──claim──► leased ──complete──► succeeded  ┐
--        │          ▲                  │ │                           │ history
--        │          └──fail (retry)────┘ └──fail (spent)──► failed   │ (partitioned
--        │          └──release─────────┘    cancel ───────► cancelled┘  by month)
--        └──► waiting ──every parent succeeded──► pending
--                └──a parent failed or was cancelled──► cancelled
--
-- * A claim gives a worker a *lease*: ownership of the run until
--   lease_expires_at.  The worker renews it with durable.heartbeat(); if it
--   stops doing so (crash, kill -9, network loss), the lease expires and the
--   next durable.claim() may hand the run to another worker.  Every claim
--   counts one *attempt*; a run whose lease expired with no attempts left is
--   failed by the next claim instead of being handed out again.
-- * complete/fail/heartbeat/release/log/set_progress act only on runs the
--   calling worker still owns.  Anything else is a no-op reported in the
--   return value, so a slow worker that lost its lease can never overwrite
--   the work of another.
-- * Retry delays, statuses and leases are decided here, never by a client.
-- * Queue control is enforced inside claim and enqueue, so a producer or a
--   worker in any language gets the same guarantees: paused queues, claim
--   strategies across queues (priority, strict, weighted), at most N leased
--   runs per queue or job, one leased run per concurrency key, one live run
--   per unique key, and dependencies between runs.
--
-- THE CLOCK.  Every read of the time goes through durable.now(), which
-- returns the transaction time unless the session sets a fake one:
--     SET durable.fake_now = '2030-01-01 00:00:00+00';   RESET durable.fake_now;
-- so tests move time instead of sleeping.
--
-- WAKE-UPS.  Inserting runs that are already due sends
-- NOTIFY durable, '<queue>' once per queue per statement; workers LISTEN.
-- So does anything that frees capacity under a limit or makes waiting runs
-- due.  A running run's cancellation sends NOTIFY durable_cancel, '<run id>';
-- runs becoming terminal send NOTIFY durable_done, '<id>,<id>,…'.
--
-- ERRORS.  Every error raised on purpose has SQLSTATE class DS; the message
-- names the offending value.  Clients branch on the code:
--     DS001 invalid argument        DS002 invalid name
--     DS003 unknown job             DS004 unknown run
--     DS005 invalid run state       DS006 args too large
--     DS007 unique key taken        DS008 not supported (yet)
--     DS009 invalid setting         DS010 unknown queue
--     DS011 invalid cron expression DS012 unknown time zone
--     DS013 unknown schedule
--
-- This file is the readable source of truth and installs the current version
-- on an empty database:  psql -v ON_ERROR_STOP=1 -f sql/postgres/schema.sql
-- Older installs reach the same catalog through sql/postgres/migrations/.
--
-- CONTENTS, in the order below
--   Migrations            durable.migrations, schema_version()
--   The clock             now(), lease_clock(), the owner's fake clock
--   Limits                limits(), the one source of bounds and words; lock keys
--   Input checks          check_name, check_interval, check_range
--   Settings              durable.settings, checked by a trigger
--   Queues                durable.queues, set_queue, pause_queue, resume_queue
--   Job definitions       durable.jobs, define_job
--   Live runs             durable.runs and its partial indexes
--   Terminal runs         durable.run_history by month, durable.dependencies
--   THE EXIT PATH         finish_runs, the one way out of durable.runs
--   Producers             enqueue, enqueue_opts, enqueue_many
--   Workers               register_worker, unregister_worker
--   Claiming              what is claimable (said once), claim
--   Finishing an attempt  complete, durable.run_errors, fail, heartbeat, release
--   Reports               log_many, log, set_progress_many, set_progress
--   Operators             cancel, retry, prune, prune_all, sweep
--   Cron                  cron_parse, cron_next, cron_preview
--   Recurring schedules   durable.schedules, define_schedule, materialize_schedules
--   Views for people      all_runs, dependency_tree, explain_run, list_runs, queue_stats, ...
--   Health                health(): what keeps durable.runs from staying small
--   Roles and privileges  the three roles and what each may execute
-- ============================================================================

BEGIN;

-- Two installers racing on the same database: the second waits here, then
-- fails cleanly on CREATE SCHEMA instead of interleaving with the first.
-- (The Python migrator takes the same lock before it decides what to run.)
-- The key is written out here and atop every migration, not read from
-- durable.lock_key with the others: it is taken before the schema exists.
SELECT pg_advisory_xact_lock(431603508578);  -- 'durab' in ASCII

CREATE SCHEMA durable;
COMMENT ON SCHEMA durable IS 'durablesql job engine: see sql/postgres/schema.sql';

-- ----------------------------------------------------------------------------
-- Migrations applied to this database (this file records all it embodies).
-- ----------------------------------------------------------------------------
CREATE TABLE durable.migrations (
    version    integer PRIMARY KEY,
    name       text        NOT NULL UNIQUE,
    applied_at timestamptz NOT NULL DEFAULT pg_catalog.now()
);

CREATE FUNCTION durable.schema_version() RETURNS text
LANGUAGE sql STABLE
SECURITY DEFINER SET search_path = pg_catalog, pg_temp
AS $$
    SELECT m.name FROM durable.migrations m ORDER BY m.version DESC LIMIT 1
$$;
COMMENT ON FUNCTION durable.schema_version() IS
    'Name of the newest migration applied, e.g. 0001_init.';

-- ----------------------------------------------------------------------------
-- The clock.
-- ----------------------------------------------------------------------------
-- The fake clock belongs to the schema's owner (tests, a DBA): a role that
-- only calls the functions cannot move time, or a worker could reclaim other
-- workers' leases before they expire.  In such a session a set fake_now is
-- an error, not silently ignored.
CREATE FUNCTION durable.fake_clock() RETURNS timestamptz
LANGUAGE plpgsql STABLE AS $$
BEGIN
    IF NOT pg_catalog.pg_has_role(SESSION_USER, (SELECT n.nspowner FROM pg_catalog.pg_namespace n
                                                  WHERE n.nspname = 'durable'), 'MEMBER') THEN
        RAISE EXCEPTION USING ERRCODE = 'DS001', MESSAGE = pg_catalog.format(
            'durable.fake_now is set, but %s may not move the clock: only the owner of the'
            ' durable schema may (RESET durable.fake_now)', SESSION_USER);
    END IF;
    RETURN pg_catalog.current_setting('durable.fake_now')::timestamptz;
END
$$;

-- Inlined into its callers, so even the operator is schema-qualified.
CREATE FUNCTION durable.now() RETURNS timestamptz
LANGUAGE sql STABLE AS $$
    SELECT CASE WHEN COALESCE(pg_catalog.current_setting('durable.fake_now', true), '')
                     OPERATOR(pg_catalog.=) ''
                THEN pg_catalog.now()
                ELSE durable.fake_clock() END
$$;
COMMENT ON FUNCTION durable.now() IS
    'Transaction time, or the session setting durable.fake_now when set (tests, the owner only).';

-- The time a lease starts: the wall clock at this moment, not the start of the
-- transaction.  A claim or heartbeat that waited (behind a lock on the table,
-- on a stalled server) must not hand out a lease that is already over —
-- another worker would take the run at once.  The fake clock applies as to now().
CREATE FUNCTION durable.lease_clock() RETURNS timestamptz
LANGUAGE sql VOLATILE AS $$
    SELECT CASE WHEN COALESCE(pg_catalog.current_setting('durable.fake_now', true), '')
                     OPERATOR(pg_catalog.=) ''
                THEN pg_catalog.clock_timestamp()
                ELSE durable.fake_clock() END
$$;

-- ----------------------------------------------------------------------------
-- Limits and vocabularies: the bounds and the words the functions accept,
-- for clients that check or cut input before they call (a worker cuts a log
-- line to max_log_message rather than lose a batch of them), so that none of
-- them keeps a copy to drift.  Intervals are in seconds.
--
-- It is the single source inside this file too: every check of these bounds
-- and words reads them from here (through durable.bound and durable.accepts
-- below).  That costs nothing per call: limits() is IMMUTABLE and its
-- readers name constant keys, so the planner evaluates them once, when it
-- plans a statement, and keeps the constant (`durable.bound('max_name_length')`
-- is 128 in the plan; a PL/pgSQL expression is planned once per session).
--   max_interval        the longest interval any parameter or setting takes
--                       (leases, timeouts, delays, retention): 10 years of
--                       365.25 days, measured as extract(epoch) measures an
--                       interval (a month is 30.44 days there)
--   min_max_args_bytes  the smallest value the max_args_bytes setting takes;
--                       args up to this size are accepted without reading it
-- ----------------------------------------------------------------------------
CREATE FUNCTION durable.limits() RETURNS jsonb
LANGUAGE sql IMMUTABLE AS $$
    SELECT '{
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
    }'::jsonb
$$;
COMMENT ON FUNCTION durable.limits() IS
    'Bounds and accepted words of the public functions, for clients: do not copy them.';

-- A numeric bound of durable.limits(), e.g. durable.bound('max_key_length').
-- Every caller names a constant key, so the planner calls it once, when it
-- plans the statement, and keeps the number.  PL/pgSQL rather than SQL for
-- that call: a SQL function is parsed and planned again each time the
-- planner calls it (~35 us), a PL/pgSQL one is compiled once per session
-- (~5 us).
CREATE FUNCTION durable.bound(key text) RETURNS integer
LANGUAGE plpgsql IMMUTABLE AS $$
BEGIN
    RETURN (durable.limits() ->> key)::integer;
END
$$;

-- Whether `word` is one of the words durable.limits() lists under `vocabulary`.
-- SQL, so that it is inlined where `word` is a column (a log line's level).
-- (It is internal, inlined only into the engine's own functions, which pin
-- search_path: its operators need no qualifying.)
CREATE FUNCTION durable.accepts(vocabulary text, word text) RETURNS boolean
LANGUAGE sql IMMUTABLE AS $$
    SELECT durable.limits() -> vocabulary ? word
$$;

-- The words of a vocabulary as an error message lists them: 'a, b or c'.
CREATE FUNCTION durable.word_list(vocabulary text) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
    SELECT pg_catalog.string_agg(w.word, CASE WHEN w.n = w.total THEN ' or ' ELSE ', ' END
                                 ORDER BY w.n)
    FROM (SELECT e.word, e.n, pg_catalog.count(*) OVER () AS total
          FROM pg_catalog.jsonb_array_elements_text(durable.limits() -> vocabulary)
               WITH ORDINALITY AS e(word, n)) w
$$;

-- ----------------------------------------------------------------------------
-- Advisory lock keys, named in one place (pg_locks shows them as objid, or
-- as classid with the hashed name as objid for the two-key form):
--   history_partition  431603508579  creating a month's history partition
--   queue_capacity     4316035       counting a limited queue, with hashtext(queue)
--   job_capacity       4316036       counting a limited job, with hashtext(job_name)
--   schedule_sync      4316037       a registration sync, with hashtext(owner)
--   concurrency_key    4316038       leasing a run of a key, with hashtext(key)
--   retention_sweep    431603508580  one worker's retention sweep (durable.sweep)
-- The migration lock, 431603508578, cannot live here: it is taken before this
-- schema exists, so it is written out at the top of this file and of every
-- migration (and in durablesql/migrate.py).  With a constant argument the
-- call is folded to its key when the statement is planned.
-- ----------------------------------------------------------------------------
CREATE FUNCTION durable.lock_key(purpose text) RETURNS bigint
LANGUAGE plpgsql IMMUTABLE AS $$
BEGIN
    CASE purpose
    WHEN 'history_partition' THEN RETURN 431603508579;  -- 'durab' in ASCII, plus one
    WHEN 'queue_capacity' THEN RETURN 4316035;
    WHEN 'job_capacity' THEN RETURN 4316036;
    WHEN 'schedule_sync' THEN RETURN 4316037;
    WHEN 'concurrency_key' THEN RETURN 4316038;
    WHEN 'retention_sweep' THEN RETURN 431603508580;
    ELSE
        RAISE EXCEPTION USING ERRCODE = 'XX000',
            MESSAGE = pg_catalog.format('durable.lock_key: no lock for %L', purpose);
    END CASE;
END
$$;

-- ----------------------------------------------------------------------------
-- Input checks shared by every function.  Names are stored exactly as given
-- or rejected — never trimmed or folded.
-- ----------------------------------------------------------------------------
CREATE FUNCTION durable.check_name(kind text, value text,
                                   max_length integer DEFAULT durable.bound('max_name_length'))
RETURNS void LANGUAGE plpgsql IMMUTABLE AS $$
BEGIN
    IF value IS NULL THEN
        RAISE EXCEPTION USING ERRCODE = 'DS002', MESSAGE = pg_catalog.format('%s must not be null', kind);
    ELSIF value = '' THEN
        RAISE EXCEPTION USING ERRCODE = 'DS002', MESSAGE = pg_catalog.format('%s must not be empty', kind);
    ELSIF pg_catalog.length(value) > max_length THEN
        RAISE EXCEPTION USING ERRCODE = 'DS002', MESSAGE = pg_catalog.format(
            '%s %L is %s characters long; the limit is %s',
            kind, pg_catalog.left(value, 40) || '…', pg_catalog.length(value), max_length);
    ELSIF value ~ '[[:cntrl:]]' THEN
        RAISE EXCEPTION USING ERRCODE = 'DS002',
            MESSAGE = pg_catalog.format('%s %L contains a control character', kind, value);
    END IF;
END
$$;

-- Whether an interval is one a parameter or setting takes: not negative, zero
-- only when allowed, at most max_interval seconds.  Inlined, so a hot caller
-- tests it without a call and calls check_interval only for bad input.
CREATE FUNCTION durable.interval_in_range(value interval, allow_zero boolean) RETURNS boolean
LANGUAGE sql IMMUTABLE AS $$
    SELECT value >= interval '0' AND (allow_zero OR value <> interval '0')
       AND pg_catalog.date_part('epoch', value) <= durable.bound('max_interval')
$$;

CREATE FUNCTION durable.check_interval(kind text, value interval, allow_zero boolean)
RETURNS void LANGUAGE plpgsql IMMUTABLE AS $$
BEGIN
    IF NOT durable.interval_in_range(value, allow_zero) THEN
        RAISE EXCEPTION USING ERRCODE = 'DS001', MESSAGE = pg_catalog.format(
            '%s must be %s and at most 10 years, got %s',
            kind, CASE WHEN allow_zero THEN 'zero or positive' ELSE 'positive' END, value);
    END IF;
END
$$;

CREATE FUNCTION durable.check_range(kind text, value bigint, low bigint, high bigint)
RETURNS void LANGUAGE plpgsql IMMUTABLE AS $$
BEGIN
    IF value IS NULL OR value < low OR value > high THEN
        RAISE EXCEPTION USING ERRCODE = 'DS001', MESSAGE = pg_catalog.format(
            '%s must be between %s and %s, got %s', kind, low, high, COALESCE(value::text, 'NULL'));
    END IF;
END
$$;

-- ----------------------------------------------------------------------------
-- Settings: defaults and limits a DBA may tune with a plain UPDATE.
-- A trigger validates every value, so a typo fails at once, not at 3 a.m.
-- ----------------------------------------------------------------------------
CREATE TABLE durable.settings (
    name        text PRIMARY KEY,
    value       text NOT NULL,
    description text NOT NULL
);

CREATE FUNCTION durable.validate_setting() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
    v_interval interval;
    v_int      bigint;
    v_real     real;
BEGIN
    BEGIN
        CASE NEW.name
        WHEN 'retention', 'retry_delay', 'retry_max_delay', 'long_transaction' THEN
            v_interval := NEW.value::interval;
            IF NOT durable.interval_in_range(v_interval,
                                             NEW.name NOT IN ('retention', 'long_transaction')) THEN
                RAISE EXCEPTION 'out of range';
            END IF;
        WHEN 'dead_runs_warning' THEN
            v_int := NEW.value::bigint;
            IF v_int < 1 OR v_int > 1000000000 THEN RAISE EXCEPTION 'out of range'; END IF;
        WHEN 'max_args_bytes' THEN
            -- Not below min_max_args_bytes, so enqueue can skip reading the
            -- limit for small args.
            v_int := NEW.value::bigint;
            IF v_int < durable.bound('min_max_args_bytes') OR v_int > 104857600 THEN
                RAISE EXCEPTION 'out of range';
            END IF;
        WHEN 'max_attempts' THEN
            v_int := NEW.value::bigint;
            IF v_int < 1 OR v_int > durable.bound('max_attempts') THEN
                RAISE EXCEPTION 'out of range';
            END IF;
        WHEN 'retry_jitter' THEN
            v_real := NEW.value::real;
            IF NOT (v_real >= 0 AND v_real <= 1) THEN RAISE EXCEPTION 'out of range'; END IF;
        WHEN 'retry_behavior' THEN
            IF NOT durable.accepts('retry_behaviors', NEW.value) THEN
                RAISE EXCEPTION 'out of range';
            END IF;
        ELSE
            RAISE EXCEPTION USING ERRCODE = 'DS009',
                MESSAGE = pg_catalog.format('unknown setting %L', NEW.name);
        END CASE;
    EXCEPTION WHEN SQLSTATE 'DS009' THEN
        RAISE;
    WHEN OTHERS THEN
        RAISE EXCEPTION USING ERRCODE = 'DS009',
            MESSAGE = pg_catalog.format('invalid value %L for setting %L', NEW.value, NEW.name);
    END;
    RETURN NEW;
END
$$;

CREATE TRIGGER settings_validate BEFORE INSERT OR UPDATE ON durable.settings
    FOR EACH ROW EXECUTE FUNCTION durable.validate_setting();

INSERT INTO durable.settings (name, value, description) VALUES
    ('retention',       '30 days',  'terminal runs older than this are removed by durable.prune()'),
    ('max_args_bytes',  '1048576',  'largest accepted args document, in bytes (as stored)'),
    ('max_attempts',    '3',        'define_job default when max_attempts is NULL'),
    ('retry_behavior',  'fixed',    'define_job default when retry_behavior is NULL: fixed | backoff'),
    ('retry_delay',     '5 seconds','define_job default when retry_delay is NULL'),
    ('retry_max_delay', '1 hour',   'define_job default when retry_max_delay is NULL'),
    ('retry_jitter',    '0',        'define_job default when retry_jitter is NULL (0..1)'),
    ('long_transaction', '5 minutes', 'durable.health warns about transactions open longer than this'),
    ('dead_runs_warning', '100000',  'durable.health warns when durable.runs holds more dead rows than this');

-- PL/pgSQL, not SQL: a SQL function that reads a table cannot be inlined and
-- would be planned again on every call.
CREATE FUNCTION durable.setting(name text) RETURNS text
LANGUAGE plpgsql STABLE AS $$
BEGIN
    RETURN (SELECT s.value FROM durable.settings s WHERE s.name = setting.name);
END
$$;

-- ----------------------------------------------------------------------------
-- Queues.  A row appears when a job names the queue, a run is sent to it, or
-- durable.set_queue() configures it.  Its settings steer durable.claim():
--   paused            nothing is claimed from it (enqueues are still accepted);
--   priority          the order of queues for strategy => 'strict' when the
--                     claimer lists no queues (higher first, then by name);
--   weight            its share of a batch under strategy => 'weighted';
--   concurrency_limit at most this many leased runs in the queue at once,
--                     across all workers (NULL: no limit);
--   lag_slo           the lag objective: a due run should start within this
--                     long (NULL: none); read by durable.slo_status and the
--                     metrics, never by claim.
-- ----------------------------------------------------------------------------
CREATE TABLE durable.queues (
    queue             text PRIMARY KEY,
    paused            boolean     NOT NULL DEFAULT false,
    created_at        timestamptz NOT NULL,
    priority          integer     NOT NULL DEFAULT 0,
    weight            integer     NOT NULL DEFAULT 1 CHECK (weight >= 1),
    concurrency_limit integer     CHECK (concurrency_limit >= 1),
    lag_slo           interval    CHECK (lag_slo > interval '0')
);

-- A new queue refreshes the table's statistics: it is too small for
-- autovacuum ever to analyze it, and with none the planner assumes a
-- thousand queues and costs queue_stats into JIT compilation.
CREATE FUNCTION durable.ensure_queue(queue text) RETURNS void
LANGUAGE plpgsql AS $$
BEGIN
    PERFORM durable.check_name('queue name', queue);
    INSERT INTO durable.queues AS q (queue, created_at) VALUES ($1, durable.now())
    ON CONFLICT ON CONSTRAINT queues_pkey DO NOTHING;
    IF FOUND THEN
        ANALYZE durable.queues;
    END IF;
END
$$;

CREATE FUNCTION durable.set_queue_paused(queue text, paused boolean) RETURNS void
LANGUAGE plpgsql AS $$
BEGIN
    UPDATE durable.queues q SET paused = $2 WHERE q.queue = $1;
    IF NOT FOUND THEN
        RAISE EXCEPTION USING ERRCODE = 'DS010',
            MESSAGE = pg_catalog.format('unknown queue %L', $1);
    END IF;
    IF NOT $2 THEN
        PERFORM pg_catalog.pg_notify('durable', $1);  -- wake workers for the backlog
    END IF;
END
$$;

-- A paused queue still accepts runs; nothing is claimed from it.
CREATE FUNCTION durable.pause_queue(queue text) RETURNS void
LANGUAGE sql
SECURITY DEFINER SET search_path = pg_catalog, pg_temp
AS $$ SELECT durable.set_queue_paused($1, true) $$;

CREATE FUNCTION durable.resume_queue(queue text) RETURNS void
LANGUAGE sql
SECURITY DEFINER SET search_path = pg_catalog, pg_temp
AS $$ SELECT durable.set_queue_paused($1, false) $$;

-- Upsert a queue's settings.  NULL leaves a setting as it is (a new queue
-- gets the defaults: priority 0, weight 1, no limit, no lag objective);
-- concurrency_limit => 0 removes the limit, lag_slo => '0' the objective.
CREATE FUNCTION durable.set_queue(
    queue             text,
    priority          integer  DEFAULT NULL,
    weight            integer  DEFAULT NULL,
    concurrency_limit integer  DEFAULT NULL,
    lag_slo           interval DEFAULT NULL
) RETURNS void
LANGUAGE plpgsql
SECURITY DEFINER SET search_path = pg_catalog, pg_temp
AS $$
#variable_conflict use_column
BEGIN
    PERFORM durable.check_name('queue name', set_queue.queue);
    IF set_queue.priority IS NOT NULL THEN
        PERFORM durable.check_range('priority', set_queue.priority, -1000000, 1000000);
    END IF;
    IF set_queue.weight IS NOT NULL THEN
        PERFORM durable.check_range('weight', set_queue.weight, 1, 1000000);
    END IF;
    IF set_queue.concurrency_limit IS NOT NULL THEN
        PERFORM durable.check_range('concurrency_limit', set_queue.concurrency_limit, 0, 1000000);
    END IF;
    IF set_queue.lag_slo IS NOT NULL THEN
        PERFORM durable.check_interval('lag_slo', set_queue.lag_slo, true);
    END IF;
    PERFORM durable.ensure_queue(set_queue.queue);
    UPDATE durable.queues q SET
        priority = COALESCE(set_queue.priority, q.priority),
        weight = COALESCE(set_queue.weight, q.weight),
        concurrency_limit = CASE WHEN set_queue.concurrency_limit IS NULL THEN q.concurrency_limit
                                 ELSE NULLIF(set_queue.concurrency_limit, 0) END,
        lag_slo = CASE WHEN set_queue.lag_slo IS NULL THEN q.lag_slo
                       ELSE NULLIF(set_queue.lag_slo, interval '0') END
    WHERE q.queue = set_queue.queue;
    -- A raised or removed limit may let waiting runs start.
    PERFORM pg_catalog.pg_notify('durable', set_queue.queue);
END
$$;

-- durable.set_queue with its settings as one JSON object, the form that
-- exists on every engine (MariaDB/MySQL functions have no defaults, so their
-- set_queue keeps its first four parameters and new settings arrive here):
--     SELECT durable.set_queue_opts('mail', '{"weight": 3, "lag_slo": 30}');
-- Keys are set_queue's parameter names: integers for priority, weight and
-- concurrency_limit, seconds for lag_slo; JSON null leaves a setting as it is.
-- An unknown key or a value of the wrong type is DS001, and nothing is written.
CREATE FUNCTION durable.set_queue_opts(queue text, options jsonb DEFAULT '{}')
RETURNS void
LANGUAGE plpgsql
SECURITY DEFINER SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    v_opts  jsonb := COALESCE(set_queue_opts.options, '{}');
    v_key   text;
    v_value jsonb;
BEGIN
    IF pg_catalog.jsonb_typeof(v_opts) <> 'object' THEN
        RAISE EXCEPTION USING ERRCODE = 'DS001', MESSAGE = pg_catalog.format(
            'set_queue options must be a JSON object, got %s', pg_catalog.left(v_opts::text, 200));
    END IF;
    FOR v_key, v_value IN SELECT e.key, e.value FROM pg_catalog.jsonb_each(v_opts) e ORDER BY e.key LOOP
        IF v_key NOT IN ('priority', 'weight', 'concurrency_limit', 'lag_slo') THEN
            RAISE EXCEPTION USING ERRCODE = 'DS001', MESSAGE = pg_catalog.format(
                'unknown set_queue option %L: use concurrency_limit, lag_slo, priority, weight',
                v_key);
        END IF;
        IF pg_catalog.jsonb_typeof(v_value) <> 'null'
           AND NOT (CASE WHEN v_key = 'lag_slo'
                         THEN pg_catalog.jsonb_typeof(v_value) = 'number'
                              AND pg_catalog.abs((v_value::text)::numeric) <= 1e12
                         ELSE durable.json_integer(v_value, -2147483648, 2147483647) END) THEN
            RAISE EXCEPTION USING ERRCODE = 'DS001', MESSAGE = pg_catalog.format(
                'set_queue option %s must be %s, got %s', v_key,
                CASE WHEN v_key = 'lag_slo' THEN 'a number of seconds' ELSE 'an integer' END,
                pg_catalog.left(v_value::text, 200));
        END IF;
    END LOOP;
    PERFORM durable.set_queue(
        set_queue_opts.queue,
        priority => (v_opts ->> 'priority')::integer,
        weight => (v_opts ->> 'weight')::integer,
        concurrency_limit => (v_opts ->> 'concurrency_limit')::integer,
        lag_slo => pg_catalog.make_interval(secs => (v_opts ->> 'lag_slo')::double precision));
END
$$;

-- ----------------------------------------------------------------------------
-- Job definitions.
-- ----------------------------------------------------------------------------
CREATE TABLE durable.jobs (
    job_name        text PRIMARY KEY,
    queue           text        NOT NULL,
    max_attempts    integer     NOT NULL,
    retry_behavior  text        NOT NULL CHECK (retry_behavior IN ('fixed', 'backoff')),
    retry_delay     interval    NOT NULL,
    retry_max_delay interval    NOT NULL,
    retry_jitter    real        NOT NULL,
    timeout         interval,
    priority        integer     NOT NULL,
    created_at      timestamptz NOT NULL,
    updated_at      timestamptz NOT NULL,
    -- at most this many leased runs of the job at once, across all workers
    concurrency_limit integer   CHECK (concurrency_limit >= 1),
    -- false: a run that succeeds is deleted, not moved to run_history (a
    -- queue rather than a log; failed and cancelled runs are always kept)
    keep_succeeded  boolean     NOT NULL DEFAULT true
);

-- The jobs durable.claim must count for (usually none).
CREATE INDEX jobs_limited ON durable.jobs (job_name) WHERE concurrency_limit IS NOT NULL;
-- The jobs whose succeeded runs durable.finish_runs deletes (usually none).
CREATE INDEX jobs_unkept ON durable.jobs (job_name) WHERE NOT keep_succeeded;

-- Upsert.  An explicit NULL means "the default" (from durable.settings);
-- concurrency_limit NULL or 0 means no limit; keep_succeeded false deletes a
-- run that succeeds instead of keeping it in run_history.
CREATE FUNCTION durable.define_job(
    job_name        text,
    queue           text     DEFAULT 'default',
    max_attempts    integer  DEFAULT 3,
    retry_behavior  text     DEFAULT 'fixed',
    retry_delay     interval DEFAULT '5 seconds',
    retry_max_delay interval DEFAULT '1 hour',
    retry_jitter    real     DEFAULT 0,
    timeout         interval DEFAULT NULL,
    priority        integer  DEFAULT 0,
    concurrency_limit integer DEFAULT NULL,
    keep_succeeded  boolean  DEFAULT true
) RETURNS void
LANGUAGE plpgsql
SECURITY DEFINER SET search_path = pg_catalog, pg_temp
AS $$
#variable_conflict use_column
DECLARE
    v_queue           text     := COALESCE(define_job.queue, 'default');
    v_max_attempts    integer  := COALESCE(define_job.max_attempts, durable.setting('max_attempts')::integer);
    v_retry_behavior  text     := COALESCE(define_job.retry_behavior, durable.setting('retry_behavior'));
    v_retry_delay     interval := COALESCE(define_job.retry_delay, durable.setting('retry_delay')::interval);
    v_retry_max_delay interval := COALESCE(define_job.retry_max_delay, durable.setting('retry_max_delay')::interval);
    v_retry_jitter    real     := COALESCE(define_job.retry_jitter, durable.setting('retry_jitter')::real);
    v_now             timestamptz := durable.now();
BEGIN
    PERFORM durable.check_name('job name', define_job.job_name);
    PERFORM durable.check_range('max_attempts', v_max_attempts, 1, durable.bound('max_attempts'));
    IF NOT durable.accepts('retry_behaviors', v_retry_behavior) THEN
        RAISE EXCEPTION USING ERRCODE = 'DS001', MESSAGE = pg_catalog.format(
            'retry_behavior must be %s, got %L', durable.word_list('retry_behaviors'),
            v_retry_behavior);
    END IF;
    PERFORM durable.check_interval('retry_delay', v_retry_delay, true);
    PERFORM durable.check_interval('retry_max_delay', v_retry_max_delay, true);
    IF NOT (v_retry_jitter >= 0 AND v_retry_jitter <= 1) THEN
        RAISE EXCEPTION USING ERRCODE = 'DS001', MESSAGE = pg_catalog.format(
            'retry_jitter must be between 0 and 1, got %s', v_retry_jitter);
    END IF;
    IF define_job.timeout IS NOT NULL THEN
        PERFORM durable.check_interval('timeout', define_job.timeout, false);
    END IF;
    IF define_job.concurrency_limit IS NOT NULL THEN
        PERFORM durable.check_range('concurrency_limit', define_job.concurrency_limit, 0, 1000000);
    END IF;
    PERFORM durable.ensure_queue(v_queue);

    INSERT INTO durable.jobs AS j (job_name, queue, max_attempts, retry_behavior, retry_delay,
                                   retry_max_delay, retry_jitter, timeout, priority,
                                   created_at, updated_at, concurrency_limit, keep_succeeded)
    VALUES (define_job.job_name, v_queue, v_max_attempts, v_retry_behavior, v_retry_delay,
            v_retry_max_delay, v_retry_jitter, define_job.timeout,
            COALESCE(define_job.priority, 0), v_now, v_now,
            NULLIF(define_job.concurrency_limit, 0), COALESCE(define_job.keep_succeeded, true))
    ON CONFLICT ON CONSTRAINT jobs_pkey DO UPDATE SET
        queue           = EXCLUDED.queue,
        max_attempts    = EXCLUDED.max_attempts,
        retry_behavior  = EXCLUDED.retry_behavior,
        retry_delay     = EXCLUDED.retry_delay,
        retry_max_delay = EXCLUDED.retry_max_delay,
        retry_jitter    = EXCLUDED.retry_jitter,
        timeout         = EXCLUDED.timeout,
        priority        = EXCLUDED.priority,
        updated_at      = EXCLUDED.updated_at,
        concurrency_limit = EXCLUDED.concurrency_limit,
        keep_succeeded  = EXCLUDED.keep_succeeded;
END
$$;

-- ----------------------------------------------------------------------------
-- Live runs: waiting, pending and leased only.  Small and hot; every index is
-- partial so that it holds only the rows its query looks for.
-- ----------------------------------------------------------------------------
CREATE SEQUENCE durable.run_id_seq AS bigint;

CREATE TABLE durable.runs (
    run_id              bigint      PRIMARY KEY DEFAULT pg_catalog.nextval('durable.run_id_seq'),
    job_name            text        NOT NULL,
    queue               text        NOT NULL,
    status              text        NOT NULL CHECK (status IN ('waiting', 'pending', 'leased')),
    args                jsonb       NOT NULL,
    priority            integer     NOT NULL,
    run_at              timestamptz NOT NULL,   -- due time of the next attempt
    attempt             integer     NOT NULL DEFAULT 0,  -- attempts claimed so far
    max_attempts        integer     NOT NULL,
    timeout             interval,
    unique_key          text,
    concurrency_key     text,
    tags                text[],
    worker              text,                   -- lease owner while leased
    lease_expires_at    timestamptz,
    started_at          timestamptz,            -- claim time of the current attempt
    cancel_requested_at timestamptz,            -- cancel() on a leased run
    error               text,                   -- error of the latest failed attempt
    created_at          timestamptz NOT NULL,
    depends_on          bigint[],               -- parent runs (enqueue's depends_on)
    waiting_on          integer     NOT NULL DEFAULT 0,  -- parents not yet succeeded
    meta                jsonb,                  -- free metadata: who, correlation id, ...
    progress            real,                   -- 0..1, from durable.set_progress()
    progress_note       text,
    -- claimed under a concurrency limit or key: its end frees capacity, so
    -- it wakes the queue's workers (NOTIFY) instead of leaving them to poll
    limited             boolean     NOT NULL DEFAULT false
) WITH (
    -- The table churns: every run is inserted, updated at least twice and
    -- deleted within seconds.  Vacuum it early and without throttling so the
    -- claim index never walks long chains of dead entries.
    autovacuum_vacuum_scale_factor = 0.02,
    autovacuum_vacuum_threshold = 1000,
    autovacuum_vacuum_insert_scale_factor = 0.05,
    autovacuum_vacuum_cost_delay = 0,
    autovacuum_analyze_scale_factor = 0.05
);
ALTER SEQUENCE durable.run_id_seq OWNED BY durable.runs.run_id;

-- Claim order within one queue: higher priority first, then earlier run_at, then lower id.
CREATE INDEX runs_claim ON durable.runs (queue, priority DESC, run_at, run_id)
    WHERE status = 'pending';
-- Expired leases, found by the next claim; leased counts for the views.
CREATE INDEX runs_lease ON durable.runs (lease_expires_at)
    WHERE status = 'leased';
-- At most one live run per unique key (terminal runs are in history, so the key frees itself).
CREATE UNIQUE INDEX runs_unique_key ON durable.runs (unique_key)
    WHERE unique_key IS NOT NULL;
-- At most one leased run per concurrency key: the database itself holds the
-- line if two claimers race (the loser's claim sees a unique violation and
-- looks again).  Runs without a key never enter this index.
CREATE UNIQUE INDEX runs_concurrency_key ON durable.runs (concurrency_key)
    WHERE status = 'leased' AND concurrency_key IS NOT NULL;
-- Runs waiting on their parents, per queue (queue_stats).
CREATE INDEX runs_waiting ON durable.runs (queue) WHERE status = 'waiting';

-- ----------------------------------------------------------------------------
-- Terminal runs, partitioned by month of finished_at (UTC).  Retention drops
-- whole partitions; a partition is created the first time a run needs it.
-- ----------------------------------------------------------------------------
CREATE TABLE durable.run_history (
    run_id          bigint      NOT NULL,
    job_name        text        NOT NULL,
    queue           text        NOT NULL,
    status          text        NOT NULL CHECK (status IN ('succeeded', 'failed', 'cancelled')),
    args            jsonb       NOT NULL,
    result          jsonb,
    error           text,
    priority        integer     NOT NULL,
    run_at          timestamptz NOT NULL,
    attempt         integer     NOT NULL,
    max_attempts    integer     NOT NULL,
    timeout         interval,
    unique_key      text,
    concurrency_key text,
    tags            text[],
    worker          text,
    created_at      timestamptz NOT NULL,
    started_at      timestamptz,
    finished_at     timestamptz NOT NULL,
    depends_on      bigint[],
    meta            jsonb,
    progress        real,
    progress_note   text
) PARTITION BY RANGE (finished_at);

CREATE INDEX run_history_run_id ON durable.run_history (run_id);
-- History is written in finished_at order, so a BRIN index finds prune's
-- boundary rows for almost no write cost.
CREATE INDEX run_history_finished_at ON durable.run_history USING brin (finished_at);

-- ----------------------------------------------------------------------------
-- Dependencies: one row per (parent, child) edge, written when the child is
-- enqueued and removed when the child is pruned.  A table of its own rather
-- than an index on the runs: finishing a run looks its children up here
-- (nothing to look up when the table is empty, the common case), and the
-- hot table carries no index for a feature most runs do not use.
-- ----------------------------------------------------------------------------
CREATE TABLE durable.dependencies (
    parent_id bigint NOT NULL,
    child_id  bigint NOT NULL,
    PRIMARY KEY (parent_id, child_id)
);
CREATE INDEX dependencies_child_id ON durable.dependencies (child_id);

-- ============================================================================
-- THE EXIT PATH.  A run leaves durable.runs one way only: durable.finish_runs,
-- which every function that ends runs calls (complete, fail, cancel, release,
-- the lease sweep in claim, a dependency's failure).  What happens on the way
-- out is therefore written once, here:
--   * the history row is written in the statement that deletes the live row
--     (a partition for the month is created on first need), except for a
--     run that succeeded in a job defined with keep_succeeded => false;
--   * NOTIFY durable_done tells waiters the ids;
--   * a run that held a concurrency limit or key wakes its queue's workers;
--   * the run's waiting children move on (durable.settle_children).
-- ============================================================================

CREATE FUNCTION durable.ensure_history_partition(at timestamptz) RETURNS text
LANGUAGE plpgsql AS $$
DECLARE
    v_from timestamptz := pg_catalog.date_trunc('month', at, 'UTC');
    v_to   timestamptz := pg_catalog.date_trunc('month', v_from + interval '32 days', 'UTC');
    v_name text := 'run_history_' || pg_catalog.to_char(v_from AT TIME ZONE 'UTC', 'YYYY_MM');
BEGIN
    IF pg_catalog.to_regclass('durable.' || v_name) IS NULL THEN
        -- Serialise creators.  The one that waited may still not see the
        -- winner's table (an advisory lock does not refresh the catalog
        -- cache), so "already exists" counts as done.
        PERFORM pg_catalog.pg_advisory_xact_lock(durable.lock_key('history_partition'));
        BEGIN
            EXECUTE pg_catalog.format(
                'CREATE TABLE durable.%I PARTITION OF durable.run_history FOR VALUES FROM (%L) TO (%L)',
                v_name, v_from, v_to);
        EXCEPTION WHEN duplicate_table THEN
            NULL;
        END;
    END IF;
    RETURN v_name;
END
$$;

-- Ends runs: deletes their live rows and writes their terminal rows, with
-- `status`, in one statement.  owner NULL ends any of run_ids; a worker's
-- name ends only the runs that worker holds leased (complete, release).  A
-- run whose cancellation was requested always ends 'cancelled', whatever its
-- handler did.  results and errors are parallel to run_ids (NULL: none; an
-- error replaces the run's latest one).  Callers name the optional arguments:
--     durable.finish_runs(ARRAY[id], 'cancelled', errors => ARRAY[msg])
--
-- Then, each in a statement of its own (a new statement sees a child that
-- committed while our DELETE waited for its lock on the parent):
--   * NOTIFY durable_done, '<id>,<id>,…' tells waiters (app.wait()) at commit;
--   * runs that held a concurrency limit or key wake their queue's workers;
--   * waiting children of these runs move on (settle_children), unless the
--     caller is settle_children itself (settle_children => false), which
--     walks a cascade level by level.
-- Returns how many runs ended with `status` (cancelled ones are not counted).
--
-- Generic plans: its statements take the ids as one array parameter, and
-- their best plan never depends on the values (the primary key).  Left to
-- choose, PL/pgSQL planned the DELETE afresh on every call, as the estimated
-- single row of a custom plan always looked cheaper.
CREATE FUNCTION durable.finish_runs(
    run_ids bigint[], status text, owner text DEFAULT NULL,
    results jsonb[] DEFAULT NULL, errors text[] DEFAULT NULL, settle_children boolean DEFAULT true
) RETURNS integer
LANGUAGE plpgsql
SET plan_cache_mode = force_generic_plan
AS $$
DECLARE
    v_now      timestamptz := durable.now();
    v_count    integer := 0;
    v_done     bigint[];
    v_statuses text[];
    v_limited  text[];
    v_more     integer;
    v_ids      bigint[];
    v_sts      text[];
    v_queues   text[];
    v_rest     boolean := true;  -- runs left for the statement that writes history
    v_tries    integer := 0;
    -- A flag, not `owner IS NULL` in the query: the planner guesses that
    -- `$n IS NULL` holds almost never and would sort the deleted rows for a
    -- merge join below.
    v_any_run  boolean := finish_runs.owner IS NULL;
    -- Jobs whose succeeded runs are deleted rather than kept (keep_succeeded).
    v_unkept   text[] := CASE WHEN finish_runs.status = 'succeeded'
                              THEN ARRAY(SELECT j.job_name FROM durable.jobs j
                                         WHERE NOT j.keep_succeeded)
                              ELSE '{}' END;
BEGIN
    -- Successes of jobs that keep none go first, in a DELETE that returns
    -- three narrow columns: no whole row is copied out for a history row
    -- that is never written.  (A cancel-requested run ends 'cancelled' and
    -- is kept: it stays for the statement below.)
    IF pg_catalog.cardinality(v_unkept) > 0 THEN
        WITH gone AS (
            DELETE FROM durable.runs r
            WHERE r.run_id = ANY (finish_runs.run_ids)
              AND (v_any_run OR (r.worker = finish_runs.owner AND r.status = 'leased'))
              AND r.cancel_requested_at IS NULL AND r.job_name = ANY (v_unkept)
            RETURNING r.run_id, r.queue, r.limited
        )
        SELECT pg_catalog.count(*), pg_catalog.array_agg(g.run_id),
               pg_catalog.array_agg(DISTINCT g.queue) FILTER (WHERE g.limited)
        INTO v_count, v_done, v_limited
        FROM gone g;
        v_statuses := pg_catalog.array_fill('succeeded'::text, ARRAY[v_count]);
        v_rest := v_count < pg_catalog.cardinality(finish_runs.run_ids);
    END IF;

    -- The others (usually all of them) move to run_history.
    WHILE v_rest LOOP
        BEGIN
            WITH gone AS (
                DELETE FROM durable.runs r
                WHERE r.run_id = ANY (finish_runs.run_ids)
                  AND (v_any_run OR (r.worker = finish_runs.owner AND r.status = 'leased'))
                RETURNING r.*,
                          CASE WHEN r.cancel_requested_at IS NULL THEN finish_runs.status
                               ELSE 'cancelled' END AS final_status
            ), outcome AS (
                -- Without results or errors (a plain complete) the filter is a
                -- constant false: no rows are unnested, sorted or joined.
                SELECT DISTINCT ON (u.run_id) u.run_id, u.result, u.error
                FROM unnest(finish_runs.run_ids, finish_runs.results, finish_runs.errors)
                     AS u(run_id, result, error)
                WHERE finish_runs.results IS NOT NULL OR finish_runs.errors IS NOT NULL
                ORDER BY u.run_id
            ), moved AS (
                INSERT INTO durable.run_history AS h (run_id, job_name, queue, status, args,
                    result, error, priority, run_at, attempt, max_attempts, timeout, unique_key,
                    concurrency_key, tags, worker, created_at, started_at, finished_at,
                    depends_on, meta, progress, progress_note)
                SELECT g.run_id, g.job_name, g.queue, g.final_status,
                       g.args, o.result, COALESCE(o.error, g.error), g.priority, g.run_at,
                       g.attempt, g.max_attempts, g.timeout, g.unique_key, g.concurrency_key,
                       g.tags, g.worker, g.created_at, g.started_at, v_now,
                       g.depends_on, g.meta, g.progress, g.progress_note
                FROM gone g LEFT JOIN outcome o ON o.run_id = g.run_id
                WHERE g.final_status <> 'succeeded' OR g.job_name <> ALL (v_unkept)
            )
            -- (moved runs to completion whether or not it is read.)
            SELECT pg_catalog.count(*) FILTER (WHERE g.final_status = finish_runs.status),
                   pg_catalog.array_agg(g.run_id),
                   pg_catalog.array_agg(g.final_status),  -- in step with the ids
                   pg_catalog.array_agg(DISTINCT g.queue) FILTER (WHERE g.limited)
            INTO v_more, v_ids, v_sts, v_queues
            FROM gone g;
            v_count := v_count + v_more;
            v_done := v_done || v_ids;
            v_statuses := v_statuses || v_sts;
            v_limited := v_limited || v_queues;
            EXIT;
        EXCEPTION WHEN check_violation THEN
            -- "no partition of relation found for row": the first run to
            -- finish in a new month creates its partition, then we retry once.
            v_tries := v_tries + 1;
            IF v_tries > 1 OR SQLERRM NOT LIKE 'no partition%' THEN
                RAISE;
            END IF;
            PERFORM durable.ensure_history_partition(v_now);
        END;
    END LOOP;
    IF v_done IS NULL THEN
        RETURN 0;
    END IF;

    PERFORM durable.notify_done(v_done);
    PERFORM pg_catalog.pg_notify('durable', q) FROM pg_catalog.unnest(v_limited) q;
    IF finish_runs.settle_children AND EXISTS (SELECT 1 FROM durable.dependencies d
                                               WHERE d.parent_id = ANY (v_done)) THEN
        PERFORM durable.settle_children(v_done, v_statuses);
    END IF;
    RETURN v_count;
END
$$;

-- NOTIFY durable_done with the ids of runs that just became terminal, at most
-- 350 per payload (a payload holds 8000 bytes).
CREATE FUNCTION durable.notify_done(run_ids bigint[]) RETURNS void
LANGUAGE plpgsql AS $$
DECLARE
    v_n integer := pg_catalog.cardinality(run_ids);
BEGIN
    FOR i IN 0 .. (v_n - 1) / 350 LOOP
        PERFORM pg_catalog.pg_notify('durable_done',
            pg_catalog.array_to_string(run_ids[i * 350 + 1 : (i + 1) * 350], ','));
    END LOOP;
END
$$;

-- How many elements of `items` are in `set`; how many equal `item`.
CREATE FUNCTION durable.count_in(items bigint[], set bigint[]) RETURNS integer
LANGUAGE sql IMMUTABLE AS $$
    SELECT pg_catalog.count(*)::integer FROM pg_catalog.unnest($1) i WHERE i = ANY ($2)
$$;

CREATE FUNCTION durable.count_of(items text[], item text) RETURNS integer
LANGUAGE sql IMMUTABLE AS $$
    SELECT pg_catalog.count(*)::integer FROM pg_catalog.unnest($1) i WHERE i = $2
$$;

-- Parents that just became terminal release their waiting children: each
-- success counts down the child's waiting_on, and the child whose count
-- reaches zero becomes pending in this same transaction.  A parent that
-- failed or was cancelled cancels its waiting children with the error
-- 'dependency <parent id> <status>', and those cancel theirs, level by level.
CREATE FUNCTION durable.settle_children(parent_ids bigint[], parent_statuses text[]) RETURNS void
LANGUAGE plpgsql AS $$
DECLARE
    v_ok      bigint[];
    v_bad     bigint[];
    v_bad_st  text[];
    v_due     text[];
    v_ids     bigint[];
    v_errors  text[];
BEGIN
    SELECT pg_catalog.array_agg(u.id) FILTER (WHERE u.st = 'succeeded'),
           pg_catalog.array_agg(u.id) FILTER (WHERE u.st <> 'succeeded'),
           pg_catalog.array_agg(u.st) FILTER (WHERE u.st <> 'succeeded')
    INTO v_ok, v_bad, v_bad_st
    FROM ROWS FROM (pg_catalog.unnest(parent_ids), pg_catalog.unnest(parent_statuses)) u(id, st);

    IF v_ok IS NOT NULL THEN
        -- The row lock serialises two parents of one child finishing at once:
        -- the second sees the first one's count.
        WITH freed AS (
            UPDATE durable.runs c
            SET waiting_on = c.waiting_on - durable.count_in(c.depends_on, v_ok),
                status = CASE WHEN c.waiting_on - durable.count_in(c.depends_on, v_ok) > 0
                              THEN 'waiting' ELSE 'pending' END
            WHERE c.status = 'waiting'
              AND c.run_id IN (SELECT d.child_id FROM durable.dependencies d
                               WHERE d.parent_id = ANY (v_ok))
            RETURNING c.queue, c.status, c.run_at
        )
        SELECT pg_catalog.array_agg(DISTINCT f.queue)
               FILTER (WHERE f.status = 'pending' AND f.run_at <= durable.now())
        INTO v_due FROM freed f;
        PERFORM pg_catalog.pg_notify('durable', q) FROM pg_catalog.unnest(v_due) q;
    END IF;

    WHILE v_bad IS NOT NULL LOOP
        SELECT pg_catalog.array_agg(c.run_id ORDER BY c.run_id),
               pg_catalog.array_agg(pg_catalog.format('dependency %s %s', b.id, b.st) ORDER BY c.run_id)
        INTO v_ids, v_errors
        FROM durable.runs c
        CROSS JOIN LATERAL (
            SELECT u.id, u.st FROM ROWS FROM (pg_catalog.unnest(v_bad), pg_catalog.unnest(v_bad_st)) u(id, st)
            WHERE u.id = ANY (c.depends_on) ORDER BY u.id LIMIT 1) b
        WHERE c.status = 'waiting'
          AND c.run_id IN (SELECT d.child_id FROM durable.dependencies d
                           WHERE d.parent_id = ANY (v_bad));
        EXIT WHEN v_ids IS NULL;
        PERFORM durable.finish_runs(v_ids, 'cancelled', errors => v_errors, settle_children => false);
        -- The next level: children of the runs just cancelled.
        v_bad := v_ids;
        v_bad_st := pg_catalog.array_fill('cancelled'::text, ARRAY[pg_catalog.cardinality(v_ids)]);
    END LOOP;
END
$$;

-- ----------------------------------------------------------------------------
-- Producers.
-- ----------------------------------------------------------------------------
-- The size limit is read only for args over min_max_args_bytes (the smallest
-- limit the setting takes), which keeps a settings lookup off the common path.
CREATE FUNCTION durable.check_args(args jsonb, what text) RETURNS void
LANGUAGE plpgsql STABLE AS $$
DECLARE
    v_limit integer;
BEGIN
    IF args IS NULL OR pg_catalog.jsonb_typeof(args) <> 'object' THEN
        RAISE EXCEPTION USING ERRCODE = 'DS001', MESSAGE = pg_catalog.format(
            '%s must be a JSON object, got %s', what,
            COALESCE(pg_catalog.jsonb_typeof(args), 'NULL'));
    END IF;
    IF pg_catalog.pg_column_size(args) > durable.bound('min_max_args_bytes') THEN
        v_limit := durable.setting('max_args_bytes')::integer;
        IF pg_catalog.pg_column_size(args) > v_limit THEN
            RAISE EXCEPTION USING ERRCODE = 'DS006', MESSAGE = pg_catalog.format(
                '%s is %s bytes; the limit (setting max_args_bytes) is %s',
                what, pg_catalog.pg_column_size(args), v_limit);
        END IF;
    END IF;
END
$$;

CREATE FUNCTION durable.unknown_job(job_name text) RETURNS void
LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION USING ERRCODE = 'DS003', MESSAGE = pg_catalog.format(
        'unknown job %L: define it with durable.define_job() first', job_name);
END
$$;

-- The parents of a new (or retried) run.  Every id must exist.  Live parents
-- are locked FOR KEY SHARE: that leaves their workers free to heartbeat and
-- fail-with-retry them, but their completion (a DELETE) waits until this
-- transaction ends — and then sees this child, so no parent can finish
-- unseen by a child that counted it as live.  Returns the distinct parent
-- ids, how many are live, and, when one of them already failed or was
-- cancelled, the error its child gets: 'dependency <id> <status>'.
-- Trace context.  A run carries the W3C traceparent of the trace it was
-- enqueued in as meta->>'traceparent', and durable.claim hands it to the
-- worker, whose span per attempt continues that trace.  A client library puts
-- it in meta; a producer without one (psql, a trigger, a service in another
-- language) runs SET LOCAL durable.traceparent = '00-<trace>-<span>-01' before
-- durable.enqueue, which stores it.  A malformed value is DS001.
CREATE FUNCTION durable.check_traceparent(value text) RETURNS text
LANGUAGE plpgsql IMMUTABLE AS $$
BEGIN
    IF value IS NULL OR value !~ '^[0-9a-f]{2}-[0-9a-f]{32}-[0-9a-f]{16}-[0-9a-f]{2}$'
       OR pg_catalog.left(value, 2) = 'ff'
       OR pg_catalog.substr(value, 4, 32) = pg_catalog.repeat('0', 32)
       OR pg_catalog.substr(value, 37, 16) = pg_catalog.repeat('0', 16) THEN
        RAISE EXCEPTION USING ERRCODE = 'DS001', MESSAGE = pg_catalog.format(
            'traceparent must be 00-<32 hex>-<16 hex>-<2 hex> (W3C), got %s',
            COALESCE(pg_catalog.quote_literal(pg_catalog.left(value, 100)), 'NULL'));
    END IF;
    RETURN value;
END
$$;

-- meta with its traceparent checked, or with the session's durable.traceparent
-- added when meta has none.
CREATE FUNCTION durable.traced_meta(meta jsonb) RETURNS jsonb
LANGUAGE plpgsql STABLE AS $$
DECLARE
    v_set text := pg_catalog.current_setting('durable.traceparent', true);
BEGIN
    IF meta ? 'traceparent' THEN
        PERFORM durable.check_traceparent(CASE WHEN pg_catalog.jsonb_typeof(meta -> 'traceparent') = 'string'
                                               THEN meta ->> 'traceparent'
                                               ELSE (meta -> 'traceparent')::text END);
        RETURN meta;
    END IF;
    IF COALESCE(v_set, '') = '' THEN
        RETURN meta;
    END IF;
    RETURN COALESCE(meta, '{}')
        || pg_catalog.jsonb_build_object('traceparent', durable.check_traceparent(v_set));
END
$$;

CREATE FUNCTION durable.lock_parents(depends_on bigint[], OUT parents bigint[],
                                     OUT live integer, OUT blocker text)
LANGUAGE plpgsql AS $$
DECLARE
    v_live    bigint[];
    v_missing bigint;
BEGIN
    IF pg_catalog.array_ndims(lock_parents.depends_on) > 1 THEN
        RAISE EXCEPTION USING ERRCODE = 'DS001',
            MESSAGE = 'depends_on must be a one-dimensional array of run ids';
    END IF;
    IF pg_catalog.array_position(lock_parents.depends_on, NULL) IS NOT NULL THEN
        RAISE EXCEPTION USING ERRCODE = 'DS001', MESSAGE = 'depends_on must not contain NULL';
    END IF;
    parents := ARRAY(SELECT DISTINCT d FROM pg_catalog.unnest(lock_parents.depends_on) d ORDER BY d);
    IF pg_catalog.cardinality(parents) > durable.bound('max_depends_on') THEN
        RAISE EXCEPTION USING ERRCODE = 'DS001', MESSAGE = pg_catalog.format(
            'depends_on lists %s runs; the limit is %s', pg_catalog.cardinality(parents),
            durable.bound('max_depends_on'));
    END IF;
    v_live := ARRAY(SELECT r.run_id FROM durable.runs r WHERE r.run_id = ANY (parents)
                    ORDER BY r.run_id FOR KEY SHARE);
    live := pg_catalog.cardinality(v_live);
    IF live < pg_catalog.cardinality(parents) THEN
        -- The others must be terminal.  (A statement of its own, so it sees a
        -- parent that finished while we waited for its lock.)
        SELECT pg_catalog.format('dependency %s %s', h.run_id, h.status) INTO blocker
        FROM durable.run_history h
        WHERE h.run_id = ANY (parents) AND h.run_id <> ALL (v_live) AND h.status <> 'succeeded'
        ORDER BY h.run_id LIMIT 1;
        SELECT p INTO v_missing FROM pg_catalog.unnest(parents) p
        WHERE p <> ALL (v_live)
          AND NOT EXISTS (SELECT 1 FROM durable.run_history h WHERE h.run_id = p)
        ORDER BY p LIMIT 1;
        IF FOUND THEN
            RAISE EXCEPTION USING ERRCODE = 'DS004',
                MESSAGE = pg_catalog.format('unknown run %s in depends_on', v_missing);
        END IF;
    END IF;
END
$$;

-- The single-run path is the hottest producer call: it is one lookup, one
-- INSERT and (for a due run) one pg_notify, with no nested calls unless the
-- input needs checking.
--   unique_key       at most one live run per key: a second enqueue returns
--                    the live run's id and inserts nothing;
--   concurrency_key  at most one leased run per key at a time (serial
--                    execution per customer, tenant, ...);
--   depends_on       the run waits (status 'waiting') until every parent
--                    succeeded; a parent that fails or is cancelled cancels it.
--                    Parents must exist already, so cycles cannot be built.
CREATE FUNCTION durable.enqueue(
    job_name        text,
    args            jsonb       DEFAULT '{}',
    queue           text        DEFAULT NULL,
    run_at          timestamptz DEFAULT NULL,
    priority        integer     DEFAULT NULL,
    max_attempts    integer     DEFAULT NULL,
    unique_key      text        DEFAULT NULL,
    concurrency_key text        DEFAULT NULL,
    depends_on      bigint[]    DEFAULT NULL,
    tags            text[]      DEFAULT NULL,
    timeout         interval    DEFAULT NULL,
    meta            jsonb       DEFAULT NULL
) RETURNS bigint
LANGUAGE plpgsql
SECURITY DEFINER SET search_path = pg_catalog, pg_temp
AS $$
#variable_conflict use_column
DECLARE
    v_now     timestamptz := durable.now();
    v_run_at  timestamptz := COALESCE(enqueue.run_at, v_now);
    v_id      bigint;
    v_queue   text;
    v_parents bigint[];
    v_waiting integer := 0;
    v_blocker text;
    v_meta    jsonb := enqueue.meta;
BEGIN
    -- Checks that need no table come first and cost nothing for good input.
    IF enqueue.args IS NOT NULL
       AND (pg_catalog.jsonb_typeof(enqueue.args) <> 'object'
            OR pg_catalog.pg_column_size(enqueue.args) > durable.bound('min_max_args_bytes')) THEN
        PERFORM durable.check_args(enqueue.args, 'args');
    END IF;
    IF NOT pg_catalog.isfinite(v_run_at) THEN
        RAISE EXCEPTION USING ERRCODE = 'DS001',
            MESSAGE = pg_catalog.format('run_at must be a finite time, got %s', v_run_at);
    END IF;
    IF enqueue.max_attempts IS NOT NULL THEN
        PERFORM durable.check_range('max_attempts', enqueue.max_attempts, 1,
                                    durable.bound('max_attempts'));
    END IF;
    IF enqueue.timeout IS NOT NULL THEN
        PERFORM durable.check_interval('timeout', enqueue.timeout, false);
    END IF;
    IF enqueue.tags IS NOT NULL THEN
        PERFORM durable.check_name('tag', t) FROM pg_catalog.unnest(enqueue.tags) t;
    END IF;
    IF enqueue.meta IS NOT NULL THEN
        PERFORM durable.check_args(enqueue.meta, 'meta');
    END IF;
    IF v_meta ? 'traceparent' OR pg_catalog.current_setting('durable.traceparent', true) <> '' THEN
        v_meta := durable.traced_meta(v_meta);
    END IF;
    IF enqueue.unique_key IS NOT NULL THEN
        PERFORM durable.check_name('unique_key', enqueue.unique_key, durable.bound('max_key_length'));
    END IF;
    IF enqueue.concurrency_key IS NOT NULL THEN
        PERFORM durable.check_name('concurrency_key', enqueue.concurrency_key,
                                   durable.bound('max_key_length'));
    END IF;
    IF enqueue.queue IS NOT NULL
       AND NOT EXISTS (SELECT 1 FROM durable.queues q WHERE q.queue = enqueue.queue) THEN
        PERFORM durable.ensure_queue(enqueue.queue);  -- rolled back if the job is unknown
    END IF;
    IF enqueue.depends_on IS NOT NULL AND pg_catalog.cardinality(enqueue.depends_on) > 0 THEN
        SELECT * INTO v_parents, v_waiting, v_blocker FROM durable.lock_parents(enqueue.depends_on);
    END IF;

    -- The job's definition is read by the INSERT itself: one statement on the
    -- hot path.  No row inserted means an unknown job or, with a unique key,
    -- a live run holding it (without a key the INSERT cannot conflict).
    LOOP
        INSERT INTO durable.runs (job_name, queue, status, args, priority, run_at, max_attempts,
                                  timeout, unique_key, concurrency_key, tags, created_at,
                                  depends_on, waiting_on, meta)
        SELECT j.job_name, COALESCE(enqueue.queue, j.queue),
               CASE WHEN v_waiting > 0 OR v_blocker IS NOT NULL THEN 'waiting' ELSE 'pending' END,
               COALESCE(enqueue.args, '{}'), COALESCE(enqueue.priority, j.priority), v_run_at,
               COALESCE(enqueue.max_attempts, j.max_attempts),
               COALESCE(enqueue.timeout, j.timeout), enqueue.unique_key, enqueue.concurrency_key,
               enqueue.tags, v_now, v_parents, v_waiting, v_meta
        FROM durable.jobs j
        WHERE j.job_name = enqueue.job_name
        -- At most one live run per key.  ON CONFLICT waits for a concurrent
        -- inserter of the same key, so racing producers all get the same id.
        ON CONFLICT (unique_key) WHERE unique_key IS NOT NULL DO NOTHING
        RETURNING run_id, queue INTO v_id, v_queue;
        IF v_id IS NOT NULL THEN
            IF v_parents IS NOT NULL THEN
                INSERT INTO durable.dependencies (parent_id, child_id)
                SELECT p, v_id FROM pg_catalog.unnest(v_parents) p;
            END IF;
            IF v_blocker IS NOT NULL THEN
                -- A parent already failed: the run exists, and is cancelled at once.
                PERFORM durable.finish_runs(ARRAY[v_id], 'cancelled', errors => ARRAY[v_blocker]);
            ELSIF v_waiting = 0 AND v_run_at <= v_now THEN
                PERFORM pg_catalog.pg_notify('durable', v_queue);  -- delivered at commit
            END IF;
            RETURN v_id;
        END IF;
        IF NOT EXISTS (SELECT 1 FROM durable.jobs j WHERE j.job_name = enqueue.job_name) THEN
            PERFORM durable.unknown_job(enqueue.job_name);
        END IF;
        -- The key is taken: return its live run.  If that run finished
        -- between our insert and this read, the key is free: try again.
        SELECT r.run_id INTO v_id FROM durable.runs r WHERE r.unique_key = enqueue.unique_key;
        IF v_id IS NOT NULL THEN
            RETURN v_id;
        END IF;
    END LOOP;
END
$$;

-- durable.enqueue with its options as one JSON object, the form a client
-- written once for every engine uses (MariaDB/MySQL, SQL Server and SQLite
-- have it too; there, new enqueue options arrive only as keys of it):
--     SELECT durable.enqueue_opts('send-email', '{"to": "a@b.c"}',
--                                 '{"queue": "mail", "priority": 5, "tags": ["x"]}');
-- Keys are enqueue's parameter names; values are JSON: texts for queue,
-- unique_key, concurrency_key; run_at an ISO 8601 text (UTC without an
-- offset); integers for priority and max_attempts; timeout in seconds; an
-- array of run ids for depends_on, of texts for tags; an object for meta.
-- JSON null is the default.  An unknown key or a value of the wrong type is
-- DS001, and nothing is written.
CREATE FUNCTION durable.enqueue_opts(job_name text, args jsonb DEFAULT '{}',
                                     options jsonb DEFAULT '{}')
RETURNS bigint
LANGUAGE plpgsql
SECURITY DEFINER SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    v_opts  jsonb := COALESCE(enqueue_opts.options, '{}');
    v_key   text;
    v_value jsonb;
    v_want  text;
    v_ok    boolean;
    v_run_at timestamptz;
    v_text  text;
BEGIN
    IF pg_catalog.jsonb_typeof(v_opts) <> 'object' THEN
        RAISE EXCEPTION USING ERRCODE = 'DS001', MESSAGE = pg_catalog.format(
            'options must be a JSON object, got %s', pg_catalog.jsonb_typeof(v_opts));
    END IF;
    FOR v_key, v_value IN SELECT e.key, e.value FROM pg_catalog.jsonb_each(v_opts) e LOOP
        v_want := CASE v_key
            WHEN 'queue' THEN 'string' WHEN 'unique_key' THEN 'string'
            WHEN 'concurrency_key' THEN 'string' WHEN 'run_at' THEN 'string'
            WHEN 'priority' THEN 'integer' WHEN 'max_attempts' THEN 'integer'
            WHEN 'timeout' THEN 'number' WHEN 'depends_on' THEN 'array of integers'
            WHEN 'tags' THEN 'array of strings' WHEN 'meta' THEN 'object' END;
        IF v_want IS NULL THEN
            RAISE EXCEPTION USING ERRCODE = 'DS001', MESSAGE = pg_catalog.format(
                'unknown enqueue option %L: use queue, run_at, priority, max_attempts,'
                ' unique_key, concurrency_key, depends_on, tags, timeout or meta',
                pg_catalog."left"(v_key, 40));
        END IF;
        v_ok := pg_catalog.jsonb_typeof(v_value) = 'null' OR CASE v_want
            WHEN 'integer' THEN durable.json_integer(v_value, -2147483648, 2147483647)
            WHEN 'array of integers' THEN pg_catalog.jsonb_typeof(v_value) = 'array'
                AND NOT EXISTS (SELECT 1 FROM pg_catalog.jsonb_array_elements(v_value) x
                                WHERE NOT durable.json_integer(x, 1, 9223372036854775807))
            WHEN 'array of strings' THEN pg_catalog.jsonb_typeof(v_value) = 'array'
                AND NOT EXISTS (SELECT 1 FROM pg_catalog.jsonb_array_elements(v_value) x
                                WHERE pg_catalog.jsonb_typeof(x) <> 'string')
            ELSE pg_catalog.jsonb_typeof(v_value) = v_want END;
        IF NOT v_ok THEN
            RAISE EXCEPTION USING ERRCODE = 'DS001', MESSAGE = pg_catalog.format(
                'enqueue option %s must be %s %s, got %s', v_key,
                CASE WHEN v_want IN ('string', 'number') THEN 'a' ELSE 'an' END, v_want,
                pg_catalog."left"(v_value::text, 40));
        END IF;
    END LOOP;
    v_text := pg_catalog.btrim(v_opts ->> 'run_at');
    IF v_text IS NOT NULL THEN
        BEGIN
            -- ISO 8601 only, extended (2030-01-01T09:00:00+02:00) or basic
            -- (20300101T090000Z): PostgreSQL's own reading accepts much more
            -- (and would read a bare date in the session's time zone).  An
            -- offset after the time is kept; without one the time is UTC.
            IF v_text !~ ('^(\d{8}([Tt]\d{4}(\d{2}(\.\d+)?)?([Zz]|[+-]\d{2}(\d{2})?)?)?'
                          '|\d{4}-\d{2}-\d{2}([Tt ]\d{2}:\d{2}(:\d{2}(\.\d+)?)? ?'
                          '([Zz]|[+-]\d{2}(:?\d{2})?)?)?)$') THEN
                RAISE EXCEPTION USING ERRCODE = '22007';
            END IF;
            v_run_at := CASE
                WHEN v_text ~ '^(\d{4}-\d{2}-\d{2}[Tt ]|\d{8}[Tt])'
                     AND v_text ~ '([Zz]|[+-]\d{2}(:?\d{2})?)$'
                THEN v_text::timestamptz
                ELSE v_text::timestamp AT TIME ZONE 'UTC' END;
        EXCEPTION WHEN data_exception THEN
            RAISE EXCEPTION USING ERRCODE = 'DS001', MESSAGE = pg_catalog.format(
                'enqueue option run_at must be an ISO 8601 time, got %L',
                pg_catalog."left"(v_opts ->> 'run_at', 40));
        END;
    END IF;
    RETURN durable.enqueue(
        enqueue_opts.job_name, enqueue_opts.args,
        queue => v_opts ->> 'queue',
        run_at => v_run_at,
        priority => (v_opts ->> 'priority')::numeric::integer,  -- (1.0 is an integer)
        max_attempts => (v_opts ->> 'max_attempts')::numeric::integer,
        unique_key => v_opts ->> 'unique_key',
        concurrency_key => v_opts ->> 'concurrency_key',
        depends_on => CASE WHEN pg_catalog.jsonb_typeof(v_opts -> 'depends_on') = 'array'
                           THEN ARRAY(SELECT x::numeric::bigint FROM pg_catalog.jsonb_array_elements_text(
                                          v_opts -> 'depends_on') x) END,
        tags => CASE WHEN pg_catalog.jsonb_typeof(v_opts -> 'tags') = 'array'
                     THEN ARRAY(SELECT x FROM pg_catalog.jsonb_array_elements_text(
                                    v_opts -> 'tags') x) END,
        timeout => CASE WHEN pg_catalog.jsonb_typeof(v_opts -> 'timeout') = 'number'
                        THEN pg_catalog.make_interval(secs => (v_opts ->> 'timeout')::double precision) END,
        meta => CASE WHEN pg_catalog.jsonb_typeof(v_opts -> 'meta') = 'object'
                     THEN v_opts -> 'meta' END);
END
$$;

-- Whether a JSON value is an integral number within [low, high].
CREATE FUNCTION durable.json_integer(value jsonb, low numeric, high numeric) RETURNS boolean
LANGUAGE sql IMMUTABLE AS $$
    SELECT pg_catalog.jsonb_typeof(value) = 'number'
       AND (value::text)::numeric = pg_catalog.trunc((value::text)::numeric)
       AND (value::text)::numeric BETWEEN low AND high
$$;

-- One statement for the whole batch; returns the ids in the order of args.
CREATE FUNCTION durable.enqueue_many(
    job_name text,
    args     jsonb[],
    queue    text        DEFAULT NULL,
    run_at   timestamptz DEFAULT NULL,
    priority integer     DEFAULT NULL,
    tags     text[]      DEFAULT NULL,
    meta     jsonb       DEFAULT NULL
) RETURNS SETOF bigint
LANGUAGE plpgsql
SECURITY DEFINER SET search_path = pg_catalog, pg_temp
AS $$
#variable_conflict use_column
DECLARE
    v_job    durable.jobs;
    v_now    timestamptz := durable.now();
    v_run_at timestamptz := COALESCE(enqueue_many.run_at, v_now);
    v_bad    record;
    v_meta   jsonb := enqueue_many.meta;
BEGIN
    SELECT * INTO v_job FROM durable.jobs j WHERE j.job_name = enqueue_many.job_name;
    IF NOT FOUND THEN
        PERFORM durable.unknown_job(enqueue_many.job_name);
    END IF;
    IF enqueue_many.queue IS NOT NULL AND enqueue_many.queue <> v_job.queue THEN
        PERFORM durable.ensure_queue(enqueue_many.queue);
        v_job.queue := enqueue_many.queue;
    END IF;
    IF NOT pg_catalog.isfinite(v_run_at) THEN
        RAISE EXCEPTION USING ERRCODE = 'DS001',
            MESSAGE = pg_catalog.format('run_at must be a finite time, got %s', v_run_at);
    END IF;
    IF enqueue_many.tags IS NOT NULL THEN
        PERFORM durable.check_name('tag', t) FROM pg_catalog.unnest(enqueue_many.tags) t;
    END IF;
    IF enqueue_many.meta IS NOT NULL THEN
        PERFORM durable.check_args(enqueue_many.meta, 'meta');
    END IF;
    IF v_meta ? 'traceparent' OR pg_catalog.current_setting('durable.traceparent', true) <> '' THEN
        v_meta := durable.traced_meta(v_meta);
    END IF;
    SELECT a.ord, a.doc INTO v_bad
    FROM unnest(enqueue_many.args) WITH ORDINALITY AS a(doc, ord)
    WHERE a.doc IS NULL OR pg_catalog.jsonb_typeof(a.doc) <> 'object'
       OR (pg_catalog.pg_column_size(a.doc) > durable.bound('min_max_args_bytes')
           AND pg_catalog.pg_column_size(a.doc) > durable.setting('max_args_bytes')::integer)
    ORDER BY a.ord LIMIT 1;
    IF FOUND THEN
        PERFORM durable.check_args(v_bad.doc, pg_catalog.format('args[%s]', v_bad.ord));
    END IF;
    IF v_run_at <= v_now AND pg_catalog.cardinality(enqueue_many.args) > 0 THEN
        PERFORM pg_catalog.pg_notify('durable', v_job.queue);  -- one per statement, at commit
    END IF;

    -- Ids are drawn after the sort (volatile target-list functions run after
    -- ORDER BY), so ascending ids follow the order of args.
    RETURN QUERY
    WITH ins AS (
        INSERT INTO durable.runs (run_id, job_name, queue, status, args, priority, run_at,
                                  max_attempts, timeout, created_at, tags, meta)
        SELECT pg_catalog.nextval('durable.run_id_seq'), enqueue_many.job_name, v_job.queue, 'pending',
               a.doc, COALESCE(enqueue_many.priority, v_job.priority), v_run_at,
               v_job.max_attempts, v_job.timeout, v_now, enqueue_many.tags, v_meta
        FROM unnest(enqueue_many.args) WITH ORDINALITY AS a(doc, ord)
        ORDER BY a.ord
        RETURNING run_id
    )
    SELECT ins.run_id FROM ins ORDER BY ins.run_id;
END
$$;

-- ----------------------------------------------------------------------------
-- Workers.
-- ----------------------------------------------------------------------------
CREATE TABLE durable.workers (
    worker      text PRIMARY KEY,
    queues      text[],
    concurrency integer     NOT NULL,
    info        jsonb       NOT NULL DEFAULT '{}',
    started_at  timestamptz NOT NULL,
    last_seen   timestamptz NOT NULL
);

-- Registration only feeds durable.worker_status; claim does not require it.
CREATE FUNCTION durable.register_worker(worker text, queues text[], concurrency integer,
                                        info jsonb DEFAULT '{}') RETURNS void
LANGUAGE plpgsql
SECURITY DEFINER SET search_path = pg_catalog, pg_temp
AS $$
#variable_conflict use_column
DECLARE
    v_now timestamptz := durable.now();
BEGIN
    PERFORM durable.check_name('worker name', register_worker.worker);
    PERFORM durable.check_name('queue name', q) FROM pg_catalog.unnest(register_worker.queues) q;
    PERFORM durable.check_range('concurrency', register_worker.concurrency, 1, 100000);
    IF register_worker.info IS NOT NULL AND pg_catalog.jsonb_typeof(register_worker.info) <> 'object' THEN
        RAISE EXCEPTION USING ERRCODE = 'DS001', MESSAGE = pg_catalog.format(
            'info must be a JSON object, got %s', pg_catalog.jsonb_typeof(register_worker.info));
    END IF;
    INSERT INTO durable.workers AS w (worker, queues, concurrency, info, started_at, last_seen)
    VALUES (register_worker.worker, register_worker.queues, register_worker.concurrency,
            COALESCE(register_worker.info, '{}'), v_now, v_now)
    ON CONFLICT ON CONSTRAINT workers_pkey DO UPDATE SET
        queues = EXCLUDED.queues, concurrency = EXCLUDED.concurrency, info = EXCLUDED.info,
        started_at = EXCLUDED.started_at, last_seen = EXCLUDED.last_seen;
END
$$;

-- A worker that shuts down cleanly leaves durable.worker_status at once.
CREATE FUNCTION durable.unregister_worker(worker text) RETURNS boolean
LANGUAGE sql
SECURITY DEFINER SET search_path = pg_catalog, pg_temp
AS $$
    WITH gone AS (DELETE FROM durable.workers w WHERE w.worker = $1 RETURNING 1)
    SELECT EXISTS (SELECT 1 FROM gone)
$$;

-- ----------------------------------------------------------------------------
-- Claiming: which runs a worker may take, and in what order.
-- ----------------------------------------------------------------------------
CREATE TYPE durable.claimed_run AS (
    run_id           bigint,
    job_name         text,
    queue            text,
    args             jsonb,
    attempt          integer,
    max_attempts     integer,
    run_at           timestamptz,
    lease_expires_at timestamptz,
    timeout          interval,
    priority         integer,
    traceparent      text     -- meta->>'traceparent': the producer's trace, or NULL
);

-- True when no run holding this concurrency key, other than `run_id`
-- itself, is leased (a reclaimed expired lease keeps its key).
CREATE FUNCTION durable.key_free(concurrency_key text, run_id bigint) RETURNS boolean
LANGUAGE sql STABLE AS $$
    SELECT NOT EXISTS (SELECT 1 FROM durable.runs k
                       WHERE k.concurrency_key = $1 AND k.status = 'leased' AND k.run_id <> $2)
$$;

-- The rules of what may be claimed, each written once.  They are SQL
-- functions over a run's column values that the planner inlines (LANGUAGE
-- sql, no SECURITY DEFINER, no SET clause): a query that calls them is
-- planned as if their text stood in its WHERE clause, so the partial indexes
-- on durable.runs still match and `FOR UPDATE SKIP LOCKED ... LIMIT` stays in
-- the query that scans.  A claimable run is one of two kinds, each with an
-- index of its own, so a query looks for one kind at a time:
--   claimable_pending  a pending run that is due, of none of the jobs in
--                      skip_jobs, whose concurrency key no other run holds
--                      leased (index runs_claim);
--   claimable_expired  a leased run whose lease expired (lease_expired) and
--                      that may be handed out again (retakeable) (index
--                      runs_lease).
-- An expired run that is not retakeable is ended instead: settle_expired.
CREATE FUNCTION durable.lease_expired(status text, lease_expires_at timestamptz, at timestamptz)
RETURNS boolean LANGUAGE sql IMMUTABLE AS $$
    SELECT status = 'leased' AND lease_expires_at <= at
$$;

-- Attempts left and no cancellation requested.
CREATE FUNCTION durable.retakeable(attempt integer, max_attempts integer,
                                   cancel_requested_at timestamptz)
RETURNS boolean LANGUAGE sql IMMUTABLE AS $$
    SELECT attempt < max_attempts AND cancel_requested_at IS NULL
$$;

CREATE FUNCTION durable.claimable_expired(status text, lease_expires_at timestamptz,
                                          attempt integer, max_attempts integer,
                                          cancel_requested_at timestamptz, at timestamptz)
RETURNS boolean LANGUAGE sql IMMUTABLE AS $$
    SELECT durable.lease_expired(status, lease_expires_at, at)
       AND durable.retakeable(attempt, max_attempts, cancel_requested_at)
$$;

-- (STABLE, not IMMUTABLE: key_free reads the table.)
CREATE FUNCTION durable.claimable_pending(status text, run_at timestamptz, job_name text,
                                          concurrency_key text, run_id bigint,
                                          at timestamptz, skip_jobs text[])
RETURNS boolean LANGUAGE sql STABLE AS $$
    SELECT status = 'pending' AND run_at <= at
       AND (skip_jobs IS NULL OR job_name <> ALL (skip_jobs))
       AND (concurrency_key IS NULL OR durable.key_free(concurrency_key, run_id))
$$;

-- Claimable runs of one queue at `at`: pending ones (at most `cap` of them:
-- the queue's remaining capacity, NULL for no limit) and expired ones (those
-- already hold their slot, so no cap applies to them).
--
-- lock_claimable locks up to `lim` of them in claim order, skipping rows
-- other claimers hold, and says whether any has a concurrency key or is a
-- run of one of limited_jobs (then claim must look closer); peek_claimable
-- only looks (the multi-queue strategies use it to split a batch between
-- queues before locking).
CREATE FUNCTION durable.lock_claimable(queue text, at timestamptz, lim integer, cap integer,
                                       skip_jobs text[], limited_jobs text[],
                                       OUT run_ids bigint[], OUT constrained boolean)
LANGUAGE plpgsql AS $$
BEGIN
    SELECT pg_catalog.array_agg(c.run_id ORDER BY c.priority DESC, c.run_at, c.run_id),
           COALESCE(pg_catalog.bool_or(c.concurrency_key IS NOT NULL
                                       OR c.job_name = ANY (lock_claimable.limited_jobs)), false)
    INTO run_ids, constrained
    FROM (
        SELECT x.run_id, x.priority, x.run_at, x.concurrency_key, x.job_name FROM (
            SELECT p.run_id, p.priority, p.run_at, p.concurrency_key, p.job_name FROM (
                SELECT r.run_id, r.priority, r.run_at, r.concurrency_key, r.job_name
                FROM durable.runs r
                WHERE r.queue = lock_claimable.queue
                  AND durable.claimable_pending(r.status, r.run_at, r.job_name, r.concurrency_key,
                                                r.run_id, lock_claimable.at, lock_claimable.skip_jobs)
                ORDER BY r.priority DESC, r.run_at, r.run_id
                LIMIT LEAST(lock_claimable.lim, COALESCE(lock_claimable.cap, lock_claimable.lim))
                FOR UPDATE SKIP LOCKED) p
            UNION ALL
            SELECT e.run_id, e.priority, e.run_at, e.concurrency_key, e.job_name FROM (
                SELECT r.run_id, r.priority, r.run_at, r.concurrency_key, r.job_name
                FROM durable.runs r
                WHERE durable.claimable_expired(r.status, r.lease_expires_at, r.attempt,
                                                r.max_attempts, r.cancel_requested_at,
                                                lock_claimable.at)
                  AND r.queue = lock_claimable.queue
                ORDER BY r.priority DESC, r.run_at, r.run_id
                LIMIT lock_claimable.lim
                FOR UPDATE SKIP LOCKED) e
        ) x
        ORDER BY x.priority DESC, x.run_at, x.run_id
        LIMIT lock_claimable.lim) c;
END
$$;

CREATE FUNCTION durable.peek_claimable(queue text, at timestamptz, lim integer, cap integer,
                                       skip_jobs text[])
RETURNS TABLE (run_id bigint, priority integer, run_at timestamptz)
LANGUAGE sql STABLE AS $$
    (SELECT r.run_id, r.priority, r.run_at FROM durable.runs r
     WHERE r.queue = $1
       AND durable.claimable_pending(r.status, r.run_at, r.job_name, r.concurrency_key, r.run_id,
                                     $2, $5)
     ORDER BY r.priority DESC, r.run_at, r.run_id
     LIMIT LEAST($3, COALESCE($4, $3)))
    UNION ALL
    (SELECT r.run_id, r.priority, r.run_at FROM durable.runs r
     WHERE durable.claimable_expired(r.status, r.lease_expires_at, r.attempt, r.max_attempts,
                                     r.cancel_requested_at, $2)
       AND r.queue = $1
     ORDER BY r.priority DESC, r.run_at, r.run_id
     LIMIT $3)
$$;

-- Runs whose lease expired and that must not be handed out again: attempts
-- spent (→ failed) or cancellation requested (→ cancelled).
CREATE FUNCTION durable.settle_expired(at timestamptz) RETURNS integer
LANGUAGE plpgsql AS $$
DECLARE
    v_ids    bigint[];
    v_errors text[];
BEGIN
    WITH expired AS (
        SELECT r.run_id, r.attempt, r.worker, r.cancel_requested_at IS NOT NULL AS cancelled,
               CASE WHEN r.cancel_requested_at IS NOT NULL THEN pg_catalog.format(
                        'cancelled; worker %s did not stop the handler before its lease expired', r.worker)
                    ELSE pg_catalog.format(
                        'lease expired on attempt %s of %s: worker %s did not finish or heartbeat',
                        r.attempt, r.max_attempts, r.worker)
               END AS error
        FROM durable.runs r
        WHERE durable.lease_expired(r.status, r.lease_expires_at, settle_expired.at)
          AND NOT durable.retakeable(r.attempt, r.max_attempts, r.cancel_requested_at)
        ORDER BY r.lease_expires_at
        LIMIT 1000
        FOR UPDATE SKIP LOCKED
    ), noted AS (
        -- The attempt's record (a data-modifying WITH runs whether read or not).
        INSERT INTO durable.run_errors (run_id, attempt, worker, error, outcome, failed_at)
        SELECT e.run_id, e.attempt, e.worker, e.error,
               CASE WHEN e.cancelled THEN 'cancelled' ELSE 'failed' END, settle_expired.at
        FROM expired e
    )
    SELECT pg_catalog.array_agg(e.run_id), pg_catalog.array_agg(e.error) INTO v_ids, v_errors
    FROM expired e;
    IF v_ids IS NULL THEN
        RETURN 0;
    END IF;
    RETURN durable.finish_runs(v_ids, 'failed', errors => v_errors);
END
$$;

-- How many more pending runs of a limited queue or job may start now, or 0
-- when another claimer is deciding for it at this moment.  One claimer at a
-- time counts and claims for a limited queue or job (a transaction-scoped
-- advisory lock); the others skip it for this claim, as SKIP LOCKED skips
-- rows, so claimers never wait on each other and never deadlock.
CREATE FUNCTION durable.capacity(kind text, name text, lim integer) RETURNS integer
LANGUAGE plpgsql AS $$
DECLARE
    v_leased integer;
BEGIN
    IF NOT pg_catalog.pg_try_advisory_xact_lock(
               CASE kind WHEN 'queue' THEN durable.lock_key('queue_capacity')
                         ELSE durable.lock_key('job_capacity') END::integer,
               pg_catalog.hashtext(name)) THEN
        RETURN 0;
    END IF;
    IF kind = 'queue' THEN
        SELECT pg_catalog.count(*) INTO v_leased FROM (
            SELECT 1 FROM durable.runs r WHERE r.status = 'leased' AND r.queue = capacity.name
            LIMIT capacity.lim) x;
    ELSE
        SELECT pg_catalog.count(*) INTO v_leased FROM (
            SELECT 1 FROM durable.runs r WHERE r.status = 'leased' AND r.job_name = capacity.name
            LIMIT capacity.lim) x;
    END IF;
    RETURN capacity.lim - v_leased;
END
$$;

-- The candidates of one claim round, locked, in claim order, across the
-- served queues (already in strategy order, paused ones left out):
--   priority  the overall top `need` by run priority, then run_at, then id;
--   strict    fill from the first queue, then the next, in order;
--   weighted  each queue's head is a Poisson stream of rate `weight`; the
--             first `need` arrivals of the merged streams form the batch, so
--             each slot goes to a queue with probability weight ÷ total
--             weight of the queues with claimable runs — for any batch size,
--             and never zero, so no queue with due runs starves.
-- The multi-queue strategies first look without locking to split the batch,
-- then lock that many from each queue's own index.
CREATE FUNCTION durable.claim_candidates(
    queues text[], weights integer[], caps integer[], need integer, at timestamptz,
    strategy text, skip_jobs text[], limited_jobs text[],
    OUT run_ids bigint[], OUT constrained boolean)
LANGUAGE plpgsql AS $$
DECLARE
    v_ids         bigint[];
    v_constrained boolean;
    v_quota       record;
BEGIN
    constrained := false;
    IF pg_catalog.cardinality(queues) = 1 OR strategy = 'strict' THEN
        FOR i IN 1 .. pg_catalog.cardinality(queues) LOOP
            SELECT l.run_ids, l.constrained INTO v_ids, v_constrained FROM durable.lock_claimable(
                queues[i], at, need - COALESCE(pg_catalog.cardinality(run_ids), 0), caps[i],
                skip_jobs, limited_jobs) l;
            run_ids := run_ids || v_ids;
            constrained := constrained OR v_constrained;
            EXIT WHEN COALESCE(pg_catalog.cardinality(run_ids), 0) >= need;
        END LOOP;
        RETURN;
    END IF;

    FOR v_quota IN
        SELECT t.q, t.cap, pg_catalog.count(*)::integer AS n FROM (
            SELECT u.q, u.cap, c.run_id, c.priority, c.run_at,
                   pg_catalog.sum(CASE WHEN strategy = 'weighted'
                                       THEN -pg_catalog.ln(1 - pg_catalog.random()) END)
                       OVER (PARTITION BY u.q ORDER BY c.priority DESC, c.run_at, c.run_id)
                   / u.w AS turn
            FROM ROWS FROM (pg_catalog.unnest(queues), pg_catalog.unnest(weights), pg_catalog.unnest(caps)) u(q, w, cap)
            CROSS JOIN LATERAL durable.peek_claimable(u.q, at, need, u.cap, skip_jobs) c
            ORDER BY turn, c.priority DESC, c.run_at, c.run_id   -- turn is NULL for priority
            LIMIT need) t
        GROUP BY t.q, t.cap
    LOOP
        SELECT l.run_ids, l.constrained INTO v_ids, v_constrained
        FROM durable.lock_claimable(v_quota.q, at, v_quota.n, v_quota.cap, skip_jobs,
                                    limited_jobs) l;
        run_ids := run_ids || v_ids;
        constrained := constrained OR v_constrained;
    END LOOP;
END
$$;

-- Up to max_runs claimable runs for `worker`, leased for `lease`, in the
-- order the worker should start them.
--
-- Generic plans: the claim queries take their queue, limit and time as
-- parameters, and their best plan never depends on the values (the claim
-- index, in order, with a LIMIT).  Left to choose, PL/pgSQL plans them
-- afresh on every call, which cost more than running them.
CREATE FUNCTION durable.claim(
    worker   text,
    queues   text[]   DEFAULT NULL,
    max_runs integer  DEFAULT 1,
    lease    interval DEFAULT '30 seconds',
    strategy text     DEFAULT 'priority'
) RETURNS SETOF durable.claimed_run
LANGUAGE plpgsql
SET plan_cache_mode = force_generic_plan
SECURITY DEFINER SET search_path = pg_catalog, pg_temp
AS $$
#variable_conflict use_column
DECLARE
    v_now        timestamptz := durable.now();
    v_max        integer := COALESCE(claim.max_runs, 1);
    v_lease      interval := COALESCE(claim.lease, interval '30 seconds');
    v_strategy   text := COALESCE(claim.strategy, 'priority');
    v_queues     text[];    -- served queues in strategy order, paused ones left out
    v_weights    integer[];
    v_caps       integer[]; -- pending runs each queue may still start (NULL: no limit)
    v_capped     text[];    -- served queues with a limit
    v_limited_jobs text[];  -- jobs with a limit
    v_jobs       text[] := '{}';  -- limited jobs met in this claim ...
    v_job_caps   integer[] := '{}';  -- ... and how many more runs of each may start
    v_skip       text[];    -- jobs at their limit: not looked at again
    v_ids        bigint[];
    v_constrained boolean;  -- a key or a limited job among the candidates
    v_pick       bigint[];
    v_got        bigint[];
    v_started_jobs   text[];
    v_started_queues text[];
    v_taken      bigint[] := '{}';
    v_need       integer;
    v_dropped    boolean;
    v_rounds     integer := 0;
BEGIN
    IF claim.worker IS NULL OR claim.worker = ''
       OR pg_catalog.length(claim.worker) > durable.bound('max_name_length')
       OR claim.worker ~ '[[:cntrl:]]' THEN
        PERFORM durable.check_name('worker name', claim.worker);
    END IF;
    IF pg_catalog.array_ndims(claim.queues) > 1 THEN
        RAISE EXCEPTION USING ERRCODE = 'DS001',
            MESSAGE = 'queues must be a one-dimensional array of queue names';
    END IF;
    IF v_max < 1 OR v_max > durable.bound('max_claim_runs') THEN
        PERFORM durable.check_range('max_runs', v_max, 1, durable.bound('max_claim_runs'));
    END IF;
    IF NOT durable.interval_in_range(v_lease, false) THEN
        PERFORM durable.check_interval('lease', v_lease, false);
    END IF;
    IF NOT durable.accepts('claim_strategies', v_strategy) THEN
        RAISE EXCEPTION USING ERRCODE = 'DS001', MESSAGE = pg_catalog.format(
            'unknown claim strategy %L: use %s', v_strategy, durable.word_list('claim_strategies'));
    END IF;

    IF EXISTS (SELECT 1 FROM durable.runs r
               WHERE durable.lease_expired(r.status, r.lease_expires_at, v_now)
                 AND NOT durable.retakeable(r.attempt, r.max_attempts, r.cancel_requested_at)) THEN
        PERFORM durable.settle_expired(v_now);
    END IF;

    -- The served queues, paused ones left out.
    IF pg_catalog.cardinality(claim.queues) = 1 THEN
        SELECT ARRAY[q.queue], ARRAY[q.weight], ARRAY[q.concurrency_limit],
               CASE WHEN q.concurrency_limit IS NULL THEN '{}'::text[] ELSE ARRAY[q.queue] END
        INTO v_queues, v_weights, v_caps, v_capped
        FROM durable.queues q
        WHERE q.queue = claim.queues[pg_catalog.array_lower(claim.queues, 1)] AND NOT q.paused;
    ELSE
        -- Several (NULL: every known queue, in queue priority order).
        SELECT pg_catalog.array_agg(q.queue ORDER BY o.ord, q.priority DESC, q.queue),
               pg_catalog.array_agg(q.weight ORDER BY o.ord, q.priority DESC, q.queue),
               pg_catalog.array_agg(q.concurrency_limit ORDER BY o.ord, q.priority DESC, q.queue),
               COALESCE(pg_catalog.array_agg(q.queue)
                        FILTER (WHERE q.concurrency_limit IS NOT NULL), '{}')
        INTO v_queues, v_weights, v_caps, v_capped
        FROM durable.queues q
        CROSS JOIN LATERAL (SELECT pg_catalog.array_position(claim.queues, q.queue) AS ord) o
        WHERE NOT q.paused AND (claim.queues IS NULL OR q.queue = ANY (claim.queues));
    END IF;
    IF v_queues IS NULL THEN
        RETURN;
    END IF;
    IF pg_catalog.cardinality(v_capped) > 0 THEN
        FOR i IN 1 .. pg_catalog.cardinality(v_queues) LOOP
            IF v_caps[i] IS NOT NULL THEN
                v_caps[i] := durable.capacity('queue', v_queues[i], v_caps[i]);
            END IF;
        END LOOP;
    END IF;
    v_limited_jobs := ARRAY(SELECT j.job_name FROM durable.jobs j
                            WHERE j.concurrency_limit IS NOT NULL);

    -- The common case, one queue without a limit and no job with one, takes
    -- one statement, as a plain queue table would: lock the candidates and
    -- lease them in the same UPDATE (no candidate array handed back through
    -- claim_candidates and lock_claimable, no second pass).  A candidate with
    -- a concurrency key needs the try-lock below, so then it leases nothing
    -- and the general path does the work.
    IF pg_catalog.cardinality(v_queues) = 1 AND pg_catalog.cardinality(v_capped) = 0
       AND pg_catalog.cardinality(v_limited_jobs) = 0 THEN
        RETURN QUERY
        WITH candidates AS MATERIALIZED (
            SELECT x.run_id, x.concurrency_key FROM (
                SELECT p.run_id, p.priority, p.run_at, p.concurrency_key FROM (
                    SELECT r.run_id, r.priority, r.run_at, r.concurrency_key
                    FROM durable.runs r
                    WHERE r.queue = v_queues[1]
                      AND durable.claimable_pending(r.status, r.run_at, r.job_name,
                                                    r.concurrency_key, r.run_id, v_now, NULL)
                    ORDER BY r.priority DESC, r.run_at, r.run_id
                    LIMIT v_max
                    FOR UPDATE SKIP LOCKED) p
                UNION ALL
                SELECT e.run_id, e.priority, e.run_at, e.concurrency_key FROM (
                    SELECT r.run_id, r.priority, r.run_at, r.concurrency_key
                    FROM durable.runs r
                    WHERE durable.claimable_expired(r.status, r.lease_expires_at, r.attempt,
                                                    r.max_attempts, r.cancel_requested_at, v_now)
                      AND r.queue = v_queues[1]
                    ORDER BY r.priority DESC, r.run_at, r.run_id
                    LIMIT v_max
                    FOR UPDATE SKIP LOCKED) e
            ) x
            ORDER BY x.priority DESC, x.run_at, x.run_id
            LIMIT v_max
        ), claimed AS (
            UPDATE durable.runs r
            SET status = 'leased', worker = claim.worker,
                lease_expires_at = durable.lease_clock() + v_lease,
                attempt = r.attempt + 1, started_at = v_now, limited = false
            WHERE r.run_id = ANY (ARRAY(SELECT c.run_id FROM candidates c))
              AND NOT EXISTS (SELECT 1 FROM candidates c WHERE c.concurrency_key IS NOT NULL)
            RETURNING r.run_id, r.job_name, r.queue, r.args, r.attempt, r.max_attempts,
                      r.run_at, r.lease_expires_at, r.timeout, r.priority,
                      r.meta ->> 'traceparent' AS traceparent
        )
        SELECT c.run_id, c.job_name, c.queue, c.args, c.attempt, c.max_attempts, c.run_at,
               c.lease_expires_at, c.timeout, c.priority, c.traceparent
        FROM claimed c
        ORDER BY c.priority DESC, c.run_at, c.run_id;
        IF FOUND THEN
            RETURN;
        END IF;
    END IF;

    v_need := v_max;
    LOOP
        v_rounds := v_rounds + 1;
        SELECT c.run_ids, c.constrained INTO v_ids, v_constrained FROM durable.claim_candidates(
            v_queues, v_weights, v_caps, v_need, v_now, v_strategy, v_skip, v_limited_jobs) c;
        EXIT WHEN v_ids IS NULL;

        IF NOT v_constrained AND v_rounds = 1 THEN
            -- The common case: no key and no limited job among the candidates
            -- (a queue's cap, if any, was applied by lock_claimable): one round.
            RETURN QUERY
            WITH claimed AS (
                UPDATE durable.runs r
                SET status = 'leased', worker = claim.worker,
                    lease_expires_at = durable.lease_clock() + v_lease,
                    attempt = r.attempt + 1, started_at = v_now,
                    limited = r.queue = ANY (v_capped)
                WHERE r.run_id = ANY (v_ids)
                RETURNING r.run_id, r.job_name, r.queue, r.args, r.attempt, r.max_attempts,
                          r.run_at, r.lease_expires_at, r.timeout, r.priority,
                          r.meta ->> 'traceparent' AS traceparent
            )
            SELECT c.run_id, c.job_name, c.queue, c.args, c.attempt, c.max_attempts, c.run_at,
                   c.lease_expires_at, c.timeout, c.priority, c.traceparent
            FROM claimed c
            ORDER BY CASE WHEN v_strategy = 'strict' THEN pg_catalog.array_position(v_queues, c.queue) END,
                     c.priority DESC, c.run_at, c.run_id;
            RETURN;
        END IF;

        -- Keys or job limits in play.  Count the limited jobs met for the first time.
        IF pg_catalog.cardinality(v_limited_jobs) > 0 THEN
            DECLARE
                v_job record;
            BEGIN
                FOR v_job IN
                    SELECT DISTINCT j.job_name, j.concurrency_limit
                    FROM durable.runs r JOIN durable.jobs j ON j.job_name = r.job_name
                    WHERE r.run_id = ANY (v_ids) AND r.status = 'pending'
                      AND r.job_name = ANY (v_limited_jobs) AND j.job_name <> ALL (v_jobs)
                LOOP
                    v_jobs := v_jobs || v_job.job_name;
                    v_job_caps := v_job_caps
                        || durable.capacity('job', v_job.job_name, v_job.concurrency_limit);
                END LOOP;
            END;
        END IF;
        -- Keep, in claim order: expired leases (they hold their slot and key
        -- already), and pending runs that are the first of their key in this
        -- batch and within their job's remaining capacity.
        SELECT pg_catalog.array_agg(x.run_id ORDER BY x.ord) INTO v_pick
        FROM (
            SELECT c.run_id, c.ord, c.expired, jc.cap,
                   pg_catalog.row_number() OVER (
                       PARTITION BY c.job_name, (c.first_of_key AND NOT c.expired)
                       ORDER BY c.ord) AS job_rank,
                   c.first_of_key
            FROM (
                SELECT u.ord, r.run_id, r.job_name, r.status = 'leased' AS expired,
                       (r.concurrency_key IS NULL OR pg_catalog.row_number() OVER (
                            PARTITION BY r.concurrency_key ORDER BY u.ord) = 1) AS first_of_key
                FROM pg_catalog.unnest(v_ids) WITH ORDINALITY u(run_id, ord)
                JOIN durable.runs r ON r.run_id = u.run_id) c
            LEFT JOIN ROWS FROM (pg_catalog.unnest(v_jobs), pg_catalog.unnest(v_job_caps)) jc(job_name, cap)
                   ON jc.job_name = c.job_name
        ) x
        WHERE x.expired OR (x.first_of_key AND (x.cap IS NULL OR x.job_rank <= x.cap));
        -- One claimer at a time may lease a run of a given key: it takes the
        -- key's transaction-scoped try-lock first, and a key another claimer
        -- holds is left for a later claim, as SKIP LOCKED leaves a row.
        -- Without it, two claimers leasing runs of two keys in opposite
        -- orders wait on each other's entry in runs_concurrency_key: a
        -- deadlock.  (Expired leases already hold their key.)  The UPDATE
        -- below reads key_free again, in a statement of its own: its snapshot
        -- is taken after the lock, so it sees a lease the key's previous
        -- holder committed.
        IF v_pick IS NOT NULL THEN
            SELECT pg_catalog.array_agg(u.run_id ORDER BY u.ord) INTO v_pick
            FROM pg_catalog.unnest(v_pick) WITH ORDINALITY u(run_id, ord)
            JOIN durable.runs r ON r.run_id = u.run_id
            WHERE r.concurrency_key IS NULL OR r.status = 'leased'
               OR pg_catalog.pg_try_advisory_xact_lock(durable.lock_key('concurrency_key')::integer,
                                                       pg_catalog.hashtext(r.concurrency_key));
        END IF;
        v_dropped := COALESCE(pg_catalog.cardinality(v_pick), 0) < pg_catalog.cardinality(v_ids);

        v_got := NULL;
        IF v_pick IS NOT NULL THEN
            BEGIN
                WITH claimed AS (
                    UPDATE durable.runs r
                    SET status = 'leased', worker = claim.worker,
                        lease_expires_at = durable.lease_clock() + v_lease,
                        attempt = r.attempt + 1,
                        started_at = v_now,
                        limited = (r.concurrency_key IS NOT NULL OR r.job_name = ANY (v_jobs)
                                   OR r.queue = ANY (v_capped))
                    FROM (SELECT b.run_id, b.status FROM durable.runs b
                          WHERE b.run_id = ANY (v_pick)) was
                    WHERE r.run_id = was.run_id
                      AND (r.concurrency_key IS NULL OR r.status = 'leased'
                           OR durable.key_free(r.concurrency_key, r.run_id))
                    RETURNING r.run_id, r.job_name, r.queue, was.status AS was
                )
                -- The pending runs among them use up capacity (expired ones do not).
                SELECT pg_catalog.array_agg(c.run_id),
                       pg_catalog.array_agg(c.job_name) FILTER (WHERE c.was = 'pending'),
                       pg_catalog.array_agg(c.queue) FILTER (WHERE c.was = 'pending')
                INTO v_got, v_started_jobs, v_started_queues
                FROM claimed c;
            EXCEPTION WHEN unique_violation THEN
                -- Only where the caller's transaction is REPEATABLE READ or
                -- SERIALIZABLE: its snapshot predates a lease committed since.
                -- Nothing of this round is claimed; look again.
                v_got := NULL;
            END;
            IF COALESCE(pg_catalog.cardinality(v_got), 0) < pg_catalog.cardinality(v_pick) THEN
                v_dropped := true;
            END IF;
        END IF;
        IF v_got IS NOT NULL THEN
            v_taken := v_taken || v_got;
            v_job_caps := ARRAY(
                SELECT GREATEST(jc.cap - durable.count_of(v_started_jobs, jc.job_name), 0)
                FROM ROWS FROM (pg_catalog.unnest(v_jobs), pg_catalog.unnest(v_job_caps)) WITH ORDINALITY jc(job_name, cap, ord)
                ORDER BY jc.ord);
            v_skip := ARRAY(SELECT u.j FROM ROWS FROM (pg_catalog.unnest(v_jobs), pg_catalog.unnest(v_job_caps)) u(j, c)
                            WHERE u.c = 0);
            FOR i IN 1 .. pg_catalog.cardinality(v_queues) LOOP
                IF v_caps[i] IS NOT NULL THEN
                    v_caps[i] := GREATEST(v_caps[i] - durable.count_of(v_started_queues, v_queues[i]), 0);
                END IF;
            END LOOP;
        END IF;
        v_need := v_max - pg_catalog.cardinality(v_taken);
        EXIT WHEN v_need <= 0 OR NOT v_dropped OR v_rounds >= 4;
    END LOOP;

    RETURN QUERY
    SELECT r.run_id, r.job_name, r.queue, r.args, r.attempt, r.max_attempts, r.run_at,
           r.lease_expires_at, r.timeout, r.priority, r.meta ->> 'traceparent'
    FROM durable.runs r WHERE r.run_id = ANY (v_taken)
    ORDER BY CASE WHEN v_strategy = 'strict' THEN pg_catalog.array_position(v_queues, r.queue) END,
             r.priority DESC, r.run_at, r.run_id;
END
$$;

-- ----------------------------------------------------------------------------
-- Finishing an attempt: the lease owner reports success or failure, renews
-- its leases, or gives runs back.  Each acts only on runs the calling worker
-- still holds leased.
-- ----------------------------------------------------------------------------
CREATE FUNCTION durable.complete(worker text, run_ids bigint[], results jsonb[] DEFAULT NULL)
RETURNS integer
LANGUAGE plpgsql
SECURITY DEFINER SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
    IF results IS NOT NULL
       AND pg_catalog.cardinality(results) <> pg_catalog.cardinality(run_ids) THEN
        RAISE EXCEPTION USING ERRCODE = 'DS001', MESSAGE = pg_catalog.format(
            'results has %s elements but run_ids has %s',
            pg_catalog.cardinality(results), pg_catalog.cardinality(run_ids));
    END IF;
    IF worker IS NULL THEN
        RETURN 0;  -- NULL holds no lease (and as finish_runs' owner would mean any run)
    END IF;
    RETURN durable.finish_runs(run_ids, 'succeeded', owner => worker, results => results);
END
$$;

-- Every attempt that ended in an error, in the order they ended: the error
-- durable.fail() was given, or the engine's own when a lease expired with no
-- attempts left (settle_expired), and what it led to.  A run row keeps only
-- its latest error; this keeps them all, for people reading a run's story.
-- A lease that expired and was claimed again writes nothing here: the claim
-- is the hot path, and the skipped attempt number says it.  The rows go with
-- their run when prune removes it; retry() keeps them (the attempt count
-- starts again, so a round is told by a number that does not grow).
CREATE TABLE durable.run_errors (
    error_id  bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    run_id    bigint      NOT NULL,
    attempt   integer     NOT NULL,
    worker    text        NOT NULL,
    error     text        NOT NULL,
    outcome   text        NOT NULL CHECK (outcome IN ('retrying', 'failed', 'cancelled')),
    failed_at timestamptz NOT NULL
);
CREATE INDEX run_errors_run_id ON durable.run_errors (run_id, error_id);

-- Retry delay for a failed attempt: base, doubled per attempt for 'backoff',
-- spread by ± jitter ratio, clamped to max_delay.  Computed in seconds as
-- double precision so a high attempt number cannot overflow an interval, and
-- never more than max_interval (what define_job allows for either delay).
CREATE FUNCTION durable.retry_delay(retry_behavior text, retry_delay interval,
                                    retry_max_delay interval, retry_jitter real, attempt integer)
RETURNS interval
LANGUAGE sql VOLATILE AS $$
    SELECT pg_catalog.make_interval(secs => GREATEST(0, LEAST(
        pg_catalog.date_part('epoch', $2)
            * CASE WHEN $1 = 'backoff' THEN pg_catalog.power(2::float8, LEAST(GREATEST($5 - 1, 0), 1000)) ELSE 1 END
            * (1 + $4 * (2 * pg_catalog.random() - 1)),
        pg_catalog.date_part('epoch', $3), durable.bound('max_interval'))))
$$;

CREATE FUNCTION durable.fail(worker text, run_id bigint, error text, retryable boolean DEFAULT true)
RETURNS text
LANGUAGE plpgsql
SECURITY DEFINER SET search_path = pg_catalog, pg_temp
AS $$
#variable_conflict use_column
DECLARE
    v_now     timestamptz := durable.now();
    v_error   text := COALESCE(fail.error, 'failed without an error message');
    v         record;
    v_delay   interval;
    v_outcome text;
BEGIN
    SELECT r.attempt, r.max_attempts, r.queue, r.cancel_requested_at, r.limited, j.retry_behavior,
           j.retry_delay, j.retry_max_delay, j.retry_jitter
    INTO v
    FROM durable.runs r JOIN durable.jobs j ON j.job_name = r.job_name
    WHERE r.run_id = fail.run_id AND r.worker = fail.worker AND r.status = 'leased'
    FOR UPDATE OF r;
    IF NOT FOUND THEN
        RETURN NULL;  -- not ours (any more): nothing to do
    END IF;

    v_outcome := CASE WHEN v.cancel_requested_at IS NOT NULL THEN 'cancelled'
                      WHEN COALESCE(fail.retryable, true) AND v.attempt < v.max_attempts THEN 'retrying'
                      ELSE 'failed' END;
    -- Every attempt's error is kept: the run itself holds only the latest.
    INSERT INTO durable.run_errors (run_id, attempt, worker, error, outcome, failed_at)
    VALUES (fail.run_id, v.attempt, fail.worker, v_error, v_outcome, v_now);

    IF v_outcome = 'cancelled' THEN
        PERFORM durable.finish_runs(ARRAY[fail.run_id], 'cancelled', errors => ARRAY[v_error]);
        RETURN 'cancelled';
    END IF;

    IF v_outcome = 'retrying' THEN
        v_delay := durable.retry_delay(v.retry_behavior, v.retry_delay, v.retry_max_delay,
                                       v.retry_jitter, v.attempt);
        UPDATE durable.runs r
        SET status = 'pending', worker = NULL, lease_expires_at = NULL, started_at = NULL,
            run_at = v_now + v_delay, error = v_error, limited = false
        WHERE r.run_id = fail.run_id;
        IF v_delay = interval '0' OR v.limited THEN
            -- Due again at once, or its slot under a limit is free for another run.
            PERFORM pg_catalog.pg_notify('durable', v.queue);
        END IF;
        RETURN 'pending';
    END IF;

    PERFORM durable.finish_runs(ARRAY[fail.run_id], 'failed', errors => ARRAY[v_error]);
    RETURN 'failed';
END
$$;

-- Extends the leases the worker still owns (expired ones too, unless another
-- worker reclaimed them) and returns their ids.  A run missing from the
-- result was lost or cancelled: its handler must stop.
CREATE FUNCTION durable.heartbeat(worker text, run_ids bigint[], lease interval DEFAULT '30 seconds')
RETURNS bigint[]
LANGUAGE plpgsql
SECURITY DEFINER SET search_path = pg_catalog, pg_temp
AS $$
#variable_conflict use_column
DECLARE
    v_now   timestamptz := durable.now();
    v_lease interval := COALESCE(heartbeat.lease, interval '30 seconds');
    v_kept  bigint[];
BEGIN
    IF NOT durable.interval_in_range(v_lease, false) THEN
        PERFORM durable.check_interval('lease', v_lease, false);
    END IF;
    UPDATE durable.workers w SET last_seen = v_now WHERE w.worker = heartbeat.worker;
    WITH kept AS (
        UPDATE durable.runs r SET lease_expires_at = durable.lease_clock() + v_lease
        WHERE r.run_id = ANY (heartbeat.run_ids) AND r.worker = heartbeat.worker
          AND r.status = 'leased' AND r.cancel_requested_at IS NULL
        RETURNING r.run_id
    )
    SELECT COALESCE(pg_catalog.array_agg(k.run_id ORDER BY k.run_id), '{}') INTO v_kept FROM kept k;
    RETURN v_kept;
END
$$;

-- Graceful shutdown: hand back runs that were claimed but never started; the
-- attempt they counted is given back too.
CREATE FUNCTION durable.release(worker text, run_ids bigint[]) RETURNS integer
LANGUAGE plpgsql
SECURITY DEFINER SET search_path = pg_catalog, pg_temp
AS $$
#variable_conflict use_column
DECLARE
    v_cancelled bigint[];
    v_back      bigint[];
    v_count     integer;
    v_due       text[];
BEGIN
    -- Lock first: a cancel() committing meanwhile must not send a cancelled
    -- run back to the queue.
    SELECT pg_catalog.array_agg(x.run_id) FILTER (WHERE x.cancel_requested_at IS NOT NULL),
           pg_catalog.array_agg(x.run_id) FILTER (WHERE x.cancel_requested_at IS NULL)
    INTO v_cancelled, v_back
    FROM (SELECT r.run_id, r.cancel_requested_at FROM durable.runs r
          WHERE r.run_id = ANY (release.run_ids) AND r.worker = release.worker
            AND r.status = 'leased'
          FOR UPDATE) x;
    IF v_cancelled IS NOT NULL THEN
        -- Cancelled meanwhile: it ends now instead of going back to the queue.
        PERFORM durable.finish_runs(v_cancelled, 'cancelled', owner => release.worker);
    END IF;

    WITH released AS (
        UPDATE durable.runs r
        SET status = 'pending', worker = NULL, lease_expires_at = NULL, started_at = NULL,
            attempt = GREATEST(r.attempt - 1, 0), limited = false
        WHERE r.run_id = ANY (v_back)
        RETURNING r.queue, r.run_at
    )
    SELECT pg_catalog.count(*)::integer,
           pg_catalog.array_agg(DISTINCT x.queue) FILTER (WHERE x.run_at <= durable.now())
    INTO v_count, v_due FROM released x;
    PERFORM pg_catalog.pg_notify('durable', q) FROM pg_catalog.unnest(v_due) q;
    RETURN v_count + COALESCE(pg_catalog.cardinality(v_cancelled), 0);
END
$$;

-- ----------------------------------------------------------------------------
-- What a running handler reports: log lines and progress.  Like complete and
-- fail, only the run's lease owner may write them; a call for a run it no
-- longer owns changes nothing and returns false.
-- ----------------------------------------------------------------------------
CREATE TABLE durable.run_logs (
    log_id    bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    run_id    bigint      NOT NULL,
    attempt   integer     NOT NULL,
    level     text        NOT NULL CHECK (level IN ('debug', 'info', 'warning', 'error')),
    message   text        NOT NULL,
    worker    text        NOT NULL,
    logged_at timestamptz NOT NULL
);
CREATE INDEX run_logs_run_id ON durable.run_logs (run_id, log_id);

-- Log lines of runs the worker still holds, in array order: one call for all
-- the lines a worker's handlers logged since its last call.  Lines of runs it
-- no longer holds are dropped.  Returns how many lines were written.  One bad
-- element (level or message) rejects the whole call and is named.
CREATE FUNCTION durable.log_many(worker text, run_ids bigint[], levels text[], messages text[])
RETURNS integer
LANGUAGE plpgsql
SECURITY DEFINER SET search_path = pg_catalog, pg_temp
AS $$
#variable_conflict use_column
DECLARE
    v_bad   record;
    v_count integer;
BEGIN
    IF pg_catalog.cardinality(log_many.levels) IS DISTINCT FROM pg_catalog.cardinality(log_many.run_ids)
       OR pg_catalog.cardinality(log_many.messages) IS DISTINCT FROM pg_catalog.cardinality(log_many.run_ids) THEN
        RAISE EXCEPTION USING ERRCODE = 'DS001', MESSAGE = pg_catalog.format(
            'run_ids, levels and messages must have as many elements each, got %s, %s and %s',
            COALESCE(pg_catalog.cardinality(log_many.run_ids)::text, 'NULL'),
            COALESCE(pg_catalog.cardinality(log_many.levels)::text, 'NULL'),
            COALESCE(pg_catalog.cardinality(log_many.messages)::text, 'NULL'));
    END IF;
    SELECT u.level, u.message INTO v_bad
    FROM ROWS FROM (pg_catalog.unnest(log_many.levels), pg_catalog.unnest(log_many.messages))
         WITH ORDINALITY AS u(level, message, ord)
    WHERE u.level IS NULL OR NOT durable.accepts('log_levels', u.level)
       OR u.message IS NULL OR pg_catalog.length(u.message) > durable.bound('max_log_message')
    ORDER BY u.ord LIMIT 1;
    IF FOUND THEN
        IF v_bad.level IS NULL OR NOT durable.accepts('log_levels', v_bad.level) THEN
            RAISE EXCEPTION USING ERRCODE = 'DS001', MESSAGE = pg_catalog.format(
                'log level must be %s, got %L', durable.word_list('log_levels'), v_bad.level);
        END IF;
        RAISE EXCEPTION USING ERRCODE = 'DS001', MESSAGE = pg_catalog.format(
            'log message must be text of at most %s characters, got %s',
            durable.bound('max_log_message'),
            COALESCE(pg_catalog.length(v_bad.message) || ' characters', 'NULL'));
    END IF;
    INSERT INTO durable.run_logs (run_id, attempt, level, message, worker, logged_at)
    SELECT r.run_id, r.attempt, u.level, u.message, r.worker, durable.now()
    FROM ROWS FROM (pg_catalog.unnest(log_many.run_ids), pg_catalog.unnest(log_many.levels),
                    pg_catalog.unnest(log_many.messages)) WITH ORDINALITY AS u(run_id, level, message, ord)
    JOIN durable.runs r ON r.run_id = u.run_id
    WHERE r.worker = log_many.worker AND r.status = 'leased'
    ORDER BY u.ord;  -- log_id follows the order of the lines
    GET DIAGNOSTICS v_count = ROW_COUNT;
    RETURN v_count;
END
$$;

CREATE FUNCTION durable.log(worker text, run_id bigint, level text, message text)
RETURNS boolean
LANGUAGE sql
SECURITY DEFINER SET search_path = pg_catalog, pg_temp
AS $$ SELECT durable.log_many($1, ARRAY[$2], ARRAY[$3], ARRAY[$4]) OPERATOR(pg_catalog.=) 1 $$;

-- progress is a fraction from 0 to 1; note is free text (at most
-- max_progress_note characters).  Several values for one run: the last one counts.  Returns
-- how many runs the worker still held (and so updated).
CREATE FUNCTION durable.set_progress_many(worker text, run_ids bigint[], progress real[],
                                          notes text[] DEFAULT NULL) RETURNS integer
LANGUAGE plpgsql
SECURITY DEFINER SET search_path = pg_catalog, pg_temp
AS $$
#variable_conflict use_column
DECLARE
    v_bad   record;
    v_count integer;
BEGIN
    IF pg_catalog.cardinality(set_progress_many.progress)
           IS DISTINCT FROM pg_catalog.cardinality(set_progress_many.run_ids)
       OR (set_progress_many.notes IS NOT NULL AND pg_catalog.cardinality(set_progress_many.notes)
           <> pg_catalog.cardinality(set_progress_many.run_ids)) THEN
        RAISE EXCEPTION USING ERRCODE = 'DS001', MESSAGE = pg_catalog.format(
            'run_ids, progress and notes must have as many elements each, got %s, %s and %s',
            COALESCE(pg_catalog.cardinality(set_progress_many.run_ids)::text, 'NULL'),
            COALESCE(pg_catalog.cardinality(set_progress_many.progress)::text, 'NULL'),
            COALESCE(pg_catalog.cardinality(set_progress_many.notes)::text, 'NULL'));
    END IF;
    SELECT u.progress, u.note INTO v_bad
    FROM ROWS FROM (pg_catalog.unnest(set_progress_many.progress),
                    pg_catalog.unnest(set_progress_many.notes)) WITH ORDINALITY AS u(progress, note, ord)
    WHERE u.progress IS NULL OR NOT (u.progress >= 0 AND u.progress <= 1)
       OR pg_catalog.length(u.note) > durable.bound('max_progress_note')
    ORDER BY u.ord LIMIT 1;
    IF FOUND THEN
        IF v_bad.progress IS NULL OR NOT (v_bad.progress >= 0 AND v_bad.progress <= 1) THEN
            RAISE EXCEPTION USING ERRCODE = 'DS001', MESSAGE = pg_catalog.format(
                'progress must be between 0 and 1, got %s', COALESCE(v_bad.progress::text, 'NULL'));
        END IF;
        RAISE EXCEPTION USING ERRCODE = 'DS001', MESSAGE = pg_catalog.format(
            'progress note is %s characters long; the limit is %s', pg_catalog.length(v_bad.note),
            durable.bound('max_progress_note'));
    END IF;
    WITH latest AS (
        SELECT DISTINCT ON (u.run_id) u.run_id, u.progress, u.note
        FROM ROWS FROM (pg_catalog.unnest(set_progress_many.run_ids),
                        pg_catalog.unnest(set_progress_many.progress),
                        pg_catalog.unnest(set_progress_many.notes)) WITH ORDINALITY AS u(run_id, progress, note, ord)
        ORDER BY u.run_id, u.ord DESC
    )
    UPDATE durable.runs r SET progress = l.progress, progress_note = l.note
    FROM latest l
    WHERE r.run_id = l.run_id AND r.worker = set_progress_many.worker AND r.status = 'leased';
    GET DIAGNOSTICS v_count = ROW_COUNT;
    RETURN v_count;
END
$$;

CREATE FUNCTION durable.set_progress(worker text, run_id bigint, progress real,
                                     note text DEFAULT NULL) RETURNS boolean
LANGUAGE sql
SECURITY DEFINER SET search_path = pg_catalog, pg_temp
AS $$ SELECT durable.set_progress_many($1, ARRAY[$2], ARRAY[$3], ARRAY[$4]) OPERATOR(pg_catalog.=) 1 $$;

-- ----------------------------------------------------------------------------
-- Operators.
-- ----------------------------------------------------------------------------
-- true: the run is now cancelled, or being cancelled (it was running: its
-- worker is told with NOTIFY durable_cancel and loses it at the next
-- heartbeat); false: it had already finished.
CREATE FUNCTION durable.cancel(run_id bigint) RETURNS boolean
LANGUAGE plpgsql
SECURITY DEFINER SET search_path = pg_catalog, pg_temp
AS $$
#variable_conflict use_column
DECLARE
    v_status text;
BEGIN
    SELECT r.status INTO v_status FROM durable.runs r WHERE r.run_id = cancel.run_id FOR UPDATE;
    IF v_status IN ('pending', 'waiting') THEN
        PERFORM durable.finish_runs(ARRAY[cancel.run_id], 'cancelled',
                                    errors => ARRAY['cancelled by durable.cancel()']);
        RETURN true;
    ELSIF v_status = 'leased' THEN
        UPDATE durable.runs r SET cancel_requested_at = COALESCE(r.cancel_requested_at, durable.now())
        WHERE r.run_id = cancel.run_id;
        PERFORM pg_catalog.pg_notify('durable_cancel', cancel.run_id::text);
        RETURN true;
    END IF;
    IF EXISTS (SELECT 1 FROM durable.run_history h WHERE h.run_id = cancel.run_id) THEN
        RETURN false;
    END IF;
    RAISE EXCEPTION USING ERRCODE = 'DS004',
        MESSAGE = pg_catalog.format('unknown run %s', COALESCE(cancel.run_id::text, 'NULL'));
END
$$;

-- Puts a failed or cancelled run (same id) back to pending, attempts reset —
-- or to waiting, when a parent has not succeeded yet.  A parent that failed
-- or was cancelled must be retried first.
CREATE FUNCTION durable.retry(run_id bigint) RETURNS bigint
LANGUAGE plpgsql
SECURITY DEFINER SET search_path = pg_catalog, pg_temp
AS $$
#variable_conflict use_column
DECLARE
    v         durable.run_history;
    v_now     timestamptz := durable.now();
    v_live    text;
    v_parents bigint[];
    v_waiting integer := 0;
    v_blocker text;
BEGIN
    DELETE FROM durable.run_history h
    WHERE h.run_id = retry.run_id AND h.status IN ('failed', 'cancelled')
    RETURNING * INTO v;
    IF NOT FOUND THEN
        SELECT r.status INTO v_live FROM durable.runs r WHERE r.run_id = retry.run_id;
        IF NOT FOUND THEN
            SELECT h.status INTO v_live FROM durable.run_history h WHERE h.run_id = retry.run_id;
        END IF;
        IF v_live IS NULL THEN
            RAISE EXCEPTION USING ERRCODE = 'DS004',
                MESSAGE = pg_catalog.format('unknown run %s', COALESCE(retry.run_id::text, 'NULL'));
        END IF;
        RAISE EXCEPTION USING ERRCODE = 'DS005', MESSAGE = pg_catalog.format(
            'run %s is %s; only failed or cancelled runs can be retried', retry.run_id, v_live);
    END IF;
    IF v.depends_on IS NOT NULL THEN
        SELECT * INTO v_parents, v_waiting, v_blocker FROM durable.lock_parents(v.depends_on);
        IF v_blocker IS NOT NULL THEN
            RAISE EXCEPTION USING ERRCODE = 'DS005', MESSAGE = pg_catalog.format(
                'run %s cannot be retried: its %s; retry that run first', retry.run_id, v_blocker);
        END IF;
    END IF;
    BEGIN
        INSERT INTO durable.runs (run_id, job_name, queue, status, args, priority, run_at, attempt,
                                  max_attempts, timeout, unique_key, concurrency_key, tags, error,
                                  created_at, depends_on, waiting_on, meta)
        VALUES (v.run_id, v.job_name, v.queue,
                CASE WHEN v_waiting > 0 THEN 'waiting' ELSE 'pending' END,
                v.args, v.priority, v_now, 0,
                v.max_attempts, v.timeout, v.unique_key, v.concurrency_key, v.tags, v.error,
                v.created_at, v.depends_on, v_waiting, v.meta);
    EXCEPTION WHEN unique_violation THEN
        RAISE EXCEPTION USING ERRCODE = 'DS007', MESSAGE = pg_catalog.format(
            'run %s cannot be retried: another live run holds its unique_key %L',
            retry.run_id, v.unique_key);
    END;
    IF v_waiting = 0 THEN
        PERFORM pg_catalog.pg_notify('durable', v.queue);
    END IF;
    RETURN v.run_id;
END
$$;

-- Removes terminal runs older than `older_than` (default: setting retention),
-- with their log lines, attempt errors and dependency edges: whole monthly
-- partitions are dropped, the boundary month is deleted in batches of
-- batch_size.  Returns how many runs it removed; call until 0.
CREATE FUNCTION durable.prune(older_than interval DEFAULT NULL, batch_size integer DEFAULT 1000)
RETURNS bigint
LANGUAGE plpgsql
SECURITY DEFINER SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    v_age     interval := COALESCE(older_than, durable.setting('retention')::interval);
    v_batch   integer := COALESCE(batch_size, 1000);
    v_now     timestamptz := durable.now();
    v_cutoff  timestamptz;
    v_part    record;
    v_n       bigint;
    v_removed bigint := 0;
BEGIN
    PERFORM durable.check_interval('older_than', v_age, true);
    PERFORM durable.check_range('batch_size', v_batch, 1, 1000000);
    v_cutoff := v_now - v_age;

    FOR v_part IN
        SELECT c.relname,
               (pg_catalog.regexp_match(pg_catalog.pg_get_expr(c.relpartbound, c.oid),
                                        'FROM \(''([^'']+)''\) TO \(''([^'']+)''\)'))[1]::timestamptz AS lower_bound,
               (pg_catalog.regexp_match(pg_catalog.pg_get_expr(c.relpartbound, c.oid),
                                        'FROM \(''([^'']+)''\) TO \(''([^'']+)''\)'))[2]::timestamptz AS upper_bound
        FROM pg_catalog.pg_inherits i JOIN pg_catalog.pg_class c ON c.oid = i.inhrelid
        WHERE i.inhparent = 'durable.run_history'::regclass
        ORDER BY 2
    LOOP
        IF v_part.upper_bound <= v_cutoff THEN
            EXECUTE pg_catalog.format('SELECT pg_catalog.count(*) FROM durable.%I', v_part.relname) INTO v_n;
            EXECUTE pg_catalog.format(
                'DELETE FROM durable.run_logs l USING durable.%I h WHERE l.run_id = h.run_id',
                v_part.relname);
            EXECUTE pg_catalog.format(
                'DELETE FROM durable.run_errors x USING durable.%I h WHERE x.run_id = h.run_id',
                v_part.relname);
            EXECUTE pg_catalog.format(
                'DELETE FROM durable.dependencies e USING durable.%I h WHERE e.child_id = h.run_id',
                v_part.relname);
            EXECUTE pg_catalog.format('DROP TABLE durable.%I', v_part.relname);
            v_removed := v_removed + v_n;
        ELSIF v_part.lower_bound < v_cutoff THEN
            EXECUTE pg_catalog.format(
                'WITH d AS (DELETE FROM durable.%1$I WHERE ctid = ANY (ARRAY('
                '    SELECT ctid FROM durable.%1$I WHERE finished_at < $1 LIMIT $2)) RETURNING run_id), '
                'l AS (DELETE FROM durable.run_logs l WHERE l.run_id IN (SELECT d.run_id FROM d)), '
                'x AS (DELETE FROM durable.run_errors x WHERE x.run_id IN (SELECT d.run_id FROM d)), '
                'e AS (DELETE FROM durable.dependencies e WHERE e.child_id IN (SELECT d.run_id FROM d)) '
                'SELECT pg_catalog.count(*) FROM d', v_part.relname)
            INTO v_n USING v_cutoff, v_batch;
            v_removed := v_removed + v_n;
        END IF;
    END LOOP;

    -- Workers that stopped heartbeating long ago and hold nothing.
    DELETE FROM durable.workers w
    WHERE w.last_seen < v_cutoff
      AND NOT EXISTS (SELECT 1 FROM durable.runs r WHERE r.status = 'leased' AND r.worker = w.worker);

    -- Keep the next month's partition ready so completions never wait on DDL.
    PERFORM durable.ensure_history_partition(v_now);
    PERFORM durable.ensure_history_partition(v_now + interval '1 month');
    RETURN v_removed;
END
$$;

-- Without a Python worker (pg_cron, or any scheduler): keeps retention
-- going in batches, each committed on its own, until nothing is left.
CREATE PROCEDURE durable.prune_all(older_than interval DEFAULT NULL, batch_size integer DEFAULT 1000)
LANGUAGE plpgsql AS $$
BEGIN
    -- (No SET search_path: a procedure with one may not COMMIT.  It runs with
    -- the caller's rights, so the operator is qualified rather than trusted.)
    WHILE durable.prune(older_than, batch_size) OPERATOR(pg_catalog.>) 0 LOOP
        COMMIT;
    END LOOP;
END
$$;

-- One batch of the workers' retention sweep (worker option --retention-sweep):
-- durable.prune(NULL, batch_size), the `retention` setting saying how old,
-- under a transaction-scoped try-lock so that one session of the whole fleet
-- sweeps at a time.  NULL when another session is sweeping: the caller stops
-- instead of waiting.  Each call is its own short transaction; the caller
-- repeats it until it returns 0 (or NULL).
CREATE FUNCTION durable.sweep(batch_size integer DEFAULT 1000) RETURNS bigint
LANGUAGE plpgsql
SECURITY DEFINER SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
    PERFORM durable.check_range('batch_size', COALESCE(batch_size, 1000), 1, 1000000);
    IF NOT pg_catalog.pg_try_advisory_xact_lock(durable.lock_key('retention_sweep')) THEN
        RETURN NULL;
    END IF;
    RETURN durable.prune(NULL, batch_size);
END
$$;

-- ----------------------------------------------------------------------------
-- Cron: parsing a cron expression and computing its next fire time.
--
--     durable.cron_next('*/15 * * * *', now(), 'Europe/Berlin')  -> timestamptz
--
-- THE RULES (other programs rely on these exactly)
--
-- * 5 fields  "minute hour day-of-month month day-of-week"  (second = 0), or
--   6 fields  "second minute hour day-of-month month day-of-week".
--   Fields are separated by runs of spaces/tabs.
-- * A field is a comma list of items; an item is *, a value, a range a-b, or
--   any of those with a step /n.  "a/n" means "a-max/n".  Month names jan..dec
--   and weekday names sun..sat (case-insensitive) work as values and range
--   ends.  Day-of-week is 0-7 where 0 and 7 are both Sunday.  Nothing else
--   (no L, W, #, ?, H, @daily, year field).
-- * Day rule (Vixie cron): when both day-of-month and day-of-week are
--   restricted, a day matches if EITHER matches.  A field is unrestricted only
--   when it is exactly "*".
-- * The answer is the first fire time strictly after `after`, reading the
--   expression on the wall clock of an IANA time zone.  Daylight saving:
--     - a wall time that does not exist (spring-forward gap) fires once,
--       shifted forward by the gap (02:30 -> 03:30);
--     - a wall time that happens twice (fall-back overlap) fires at its FIRST
--       occurrence only -- unless the hour field is exactly "*", in which case
--       it fires in both passes (so "*/15 * * * *" keeps a 15-minute rhythm);
--     - one instant never fires twice.
--
-- ERRORS:  DS001 invalid argument (`after`)   DS011 invalid cron expression
--          DS012 unknown time zone
--
-- The parsed form (durable.cron_spec) is meant to be stored next to the
-- expression, so a schedule is parsed once and evaluated many times with
-- durable.cron_next_spec().
-- ----------------------------------------------------------------------------


-- ----------------------------------------------------------------------------
-- Time zones.  pg_timezone_names takes ~80 ms per scan (it reads the whole
-- tzdata directory), so the accepted names are copied once, here.  We accept
-- 'UTC' and the IANA "Area/Location" names only: no abbreviations (CST is
-- three different zones), no POSIX strings, no posix/ and right/ copies.
-- If the server's tzdata gains a zone, re-run the INSERT below.
-- ----------------------------------------------------------------------------
CREATE TABLE durable.time_zones (
    name text PRIMARY KEY
);

INSERT INTO durable.time_zones (name)
SELECT z.name FROM pg_catalog.pg_timezone_names z
WHERE z.name = 'UTC'
   OR (pg_catalog.strpos(z.name, '/') > 0
       AND NOT pg_catalog.starts_with(z.name, 'posix/')
       AND NOT pg_catalog.starts_with(z.name, 'right/'));

-- Case-sensitive on purpose: PostgreSQL would accept 'europe/berlin', but a
-- name we store must be one that every other program (Python's zoneinfo,
-- browsers) also understands.
CREATE FUNCTION durable.check_time_zone(timezone text) RETURNS void
LANGUAGE plpgsql STABLE PARALLEL SAFE AS $$
BEGIN
    IF timezone = 'UTC' THEN
        RETURN;  -- the default for every schedule: no table read
    END IF;
    IF timezone IS NULL
       OR NOT EXISTS (SELECT 1 FROM durable.time_zones z WHERE z.name = check_time_zone.timezone) THEN
        RAISE EXCEPTION USING ERRCODE = 'DS012', MESSAGE = pg_catalog.format(
            'unknown time zone %s: use an IANA name such as ''Europe/Berlin'' '
            '(Windows ids, abbreviations and POSIX strings are not accepted)',
            COALESCE(pg_catalog.quote_literal(timezone), 'NULL'));
    END IF;
END
$$;

-- ----------------------------------------------------------------------------
-- The parsed form.
--
-- Each time field is stored as a "next allowed value" table: element v is the
-- smallest allowed value >= v.  The array stops at the largest allowed value,
-- so reading past it yields NULL, which means "none left: carry into the next
-- larger field".  Evaluating a field is therefore one array read, whatever
-- the expression looked like.
--
--   second_next, minute_next, hour_next  indexed from 0  ([0:last allowed])
--   dom_next, month_next                 indexed from 1  ([1:last allowed])
--   dow_wait   [0:6]: days from weekday v (0 = Sunday) to the next allowed
--              weekday, 0 when v itself is allowed.  Weekdays wrap, so every
--              element is set.
--   dom_star, dow_star  the day-of-month / day-of-week field was exactly '*'
--              (the Vixie day rule depends on what was written, not on the
--              values: '*/1' is restricted).
--   hour_star  the hour field was exactly '*' (such an expression fires in
--              both passes of a fall-back overlap).
-- ----------------------------------------------------------------------------
CREATE TYPE durable.cron_spec AS (
    second_next smallint[],
    minute_next smallint[],
    hour_next   smallint[],
    dom_next    smallint[],
    month_next  smallint[],
    dow_wait    smallint[],
    dom_star    boolean,
    dow_star    boolean,
    hour_star   boolean
);
COMMENT ON TYPE durable.cron_spec IS
    'A cron expression parsed by durable.cron_parse(), evaluated by durable.cron_next_spec().';

-- One value: a number, or a name in the month and day-of-week fields.
CREATE FUNCTION durable.cron_parse_value(cron text, field_name text, token text, low integer, high integer)
RETURNS integer
LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE AS $$
DECLARE
    v integer;
BEGIN
    IF token ~ '^[0-9]+$' THEN
        -- Leading zeros are fine; over 4 significant digits is out of every
        -- range (and would overflow the integer cast).
        IF pg_catalog.length(pg_catalog.ltrim(token, '0')) <= 4 THEN
            v := token::integer;
            IF v >= low AND v <= high THEN
                RETURN v;
            END IF;
        END IF;
        RAISE EXCEPTION USING ERRCODE = 'DS011', MESSAGE = pg_catalog.format(
            'cron %L: %s value %s is out of range %s-%s', cron, field_name, token, low, high);
    END IF;
    v := CASE field_name
         WHEN 'month' THEN
             pg_catalog.array_position('{jan,feb,mar,apr,may,jun,jul,aug,sep,oct,nov,dec}'::text[], pg_catalog.lower(token))
         WHEN 'day-of-week' THEN
             pg_catalog.array_position('{sun,mon,tue,wed,thu,fri,sat}'::text[], pg_catalog.lower(token)) - 1
         END;
    IF v IS NULL THEN
        RAISE EXCEPTION USING ERRCODE = 'DS011', MESSAGE = pg_catalog.format(
            'cron %L: %s value %L is not %s', cron, field_name, token,
            CASE
            WHEN field_name = 'month' THEN 'a month name (jan..dec) or a number 1-12'
            WHEN field_name = 'day-of-week' THEN 'a weekday name (sun..sat) or a number 0-7'
            WHEN token ~* '^(l|w|lw|h)$' THEN 'supported (L, W, #, ?, H and @ aliases are not)'
            ELSE pg_catalog.format('a number %s-%s (names are only for month and day-of-week)', low, high)
            END);
    END IF;
    RETURN v;
END
$$;

-- One field -> its "next allowed value" table (see durable.cron_spec).
-- Plain string functions, not regexp_match: a regular expression with
-- capture groups costs ~40 us in PostgreSQL, a plain match ~2 us.
CREATE FUNCTION durable.cron_parse_field(cron text, field_name text, field text, low integer, high integer)
RETURNS smallint[]
LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE AS $$
DECLARE
    allowed   boolean[];
    nxt       smallint[];
    item      text;
    base      text;
    p         integer;
    a         integer;
    b         integer;
    step      integer;
    v         integer;
    last      integer := low;  -- largest allowed value
BEGIN
    IF field = '*' THEN  -- the common case: every value is its own next
        RETURN CASE low * 100 + high
               WHEN 59 THEN '[0:59]={0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,32,33,34,35,36,37,38,39,40,41,42,43,44,45,46,47,48,49,50,51,52,53,54,55,56,57,58,59}'::smallint[]
               WHEN 23 THEN '[0:23]={0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23}'::smallint[]
               WHEN 131 THEN '[1:31]={1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31}'::smallint[]
               WHEN 112 THEN '[1:12]={1,2,3,4,5,6,7,8,9,10,11,12}'::smallint[]
               WHEN 7 THEN '[0:7]={0,1,2,3,4,5,6,7}'::smallint[]
               END;
    END IF;
    IF field ~ '^[0-9]+$' THEN  -- next common: one number
        v := durable.cron_parse_value(cron, field_name, field, low, high);
        RETURN pg_catalog.array_fill(v::smallint, ARRAY[v - low + 1], ARRAY[low]);
    END IF;
    IF field ~ '^,|,,|,$' THEN
        RAISE EXCEPTION USING ERRCODE = 'DS011', MESSAGE = pg_catalog.format(
            'cron %L: %s field %L has an empty item', cron, field_name, field);
    END IF;

    allowed := pg_catalog.array_fill(false, ARRAY[high - low + 1], ARRAY[low]);
    FOREACH item IN ARRAY pg_catalog.string_to_array(field, ',') LOOP
        IF NOT pg_catalog.lower(item) ~ '^(\*|([0-9]+|[a-z]+)(-([0-9]+|[a-z]+))?)(/[0-9]+)?$' THEN
            RAISE EXCEPTION USING ERRCODE = 'DS011', MESSAGE = pg_catalog.format(
                'cron %L: %s item %L is not valid: expected *, a value or a range a-b, '
                'optionally followed by /step%s', cron, field_name, item,
                CASE WHEN item ~ '[LlWw#?Hh@]' THEN ' (L, W, #, ?, H and @ aliases are not supported)' ELSE '' END);
        END IF;

        -- item = base [/step]
        p := pg_catalog.strpos(item, '/');
        IF p = 0 THEN
            base := item;
            step := NULL;
        ELSE
            base := pg_catalog.left(item, p - 1);
            IF pg_catalog.length(pg_catalog.ltrim(pg_catalog.substr(item, p + 1), '0')) > 4 THEN
                RAISE EXCEPTION USING ERRCODE = 'DS011', MESSAGE = pg_catalog.format(
                    'cron %L: %s step in %L is too large', cron, field_name, item);
            END IF;
            step := pg_catalog.substr(item, p + 1)::integer;
            IF step = 0 THEN
                RAISE EXCEPTION USING ERRCODE = 'DS011', MESSAGE = pg_catalog.format(
                    'cron %L: %s step in %L must be at least 1', cron, field_name, item);
            END IF;
        END IF;

        -- base = * | a | a-b;  "a/n" means a-max/n
        p := pg_catalog.strpos(base, '-');
        IF base = '*' THEN
            a := low;
            b := high;
        ELSIF p = 0 THEN
            a := durable.cron_parse_value(cron, field_name, base, low, high);
            b := CASE WHEN step IS NULL THEN a ELSE high END;
        ELSE
            a := durable.cron_parse_value(cron, field_name, pg_catalog.left(base, p - 1), low, high);
            b := durable.cron_parse_value(cron, field_name, pg_catalog.substr(base, p + 1), low, high);
            IF a > b THEN
                RAISE EXCEPTION USING ERRCODE = 'DS011', MESSAGE = pg_catalog.format(
                    'cron %L: %s range %L is reversed (%s > %s)%s', cron, field_name, item, a, b,
                    CASE WHEN field_name = 'day-of-week' AND b = 0
                         THEN '; Sunday is also 7, so write e.g. 5-7' ELSE '' END);
            END IF;
        END IF;

        step := COALESCE(step, 1);
        v := a;
        WHILE v <= b LOOP
            allowed[v] := true;
            v := v + step;
        END LOOP;
        last := GREATEST(last, v - step);
    END LOOP;

    -- Fill the table from the top down; it ends at the largest allowed value.
    nxt := pg_catalog.array_fill(last::smallint, ARRAY[last - low + 1], ARRAY[low]);
    FOR v IN REVERSE last - 1 .. low LOOP
        nxt[v] := CASE WHEN allowed[v] THEN v ELSE nxt[v + 1] END;
    END LOOP;
    RETURN nxt;
END
$$;

CREATE FUNCTION durable.cron_parse(cron text) RETURNS durable.cron_spec
LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE AS $$
DECLARE
    fields text[];
    n      integer;
    dow    smallint[];
    wait   smallint[];
    sunday integer;  -- first allowed weekday counting from Sunday (0 when Sunday is allowed)
    spec   durable.cron_spec;
BEGIN
    IF cron IS NULL THEN
        RAISE EXCEPTION USING ERRCODE = 'DS011', MESSAGE = 'cron expression must not be null';
    END IF;
    -- Split on runs of spaces and tabs, ignoring whitespace at either end.
    -- (\013 is the vertical tab: PostgreSQL's E'' strings have no \v.)
    fields := pg_catalog.array_remove(pg_catalog.string_to_array(pg_catalog.translate(
                  pg_catalog.btrim(cron, E' \t\n\r\f\013'), E'\t', ' '), ' '), '');
    n := pg_catalog.cardinality(fields);
    IF n = 0 THEN
        RAISE EXCEPTION USING ERRCODE = 'DS011', MESSAGE = 'cron expression must not be empty';
    END IF;
    IF n NOT IN (5, 6) THEN
        RAISE EXCEPTION USING ERRCODE = 'DS011', MESSAGE = pg_catalog.format(
            'cron %L has %s field%s; expected 5 (minute hour day-of-month month day-of-week) '
            'or 6 (second minute hour day-of-month month day-of-week)%s',
            cron, n, CASE WHEN n = 1 THEN '' ELSE 's' END,
            CASE WHEN fields[1] LIKE '@%' THEN '; aliases such as @daily are not supported' ELSE '' END);
    END IF;
    IF n = 5 THEN
        fields := pg_catalog.array_prepend('0', fields);  -- the second is 0
    END IF;

    spec.second_next := durable.cron_parse_field(cron, 'second',       fields[1], 0, 59);
    spec.minute_next := durable.cron_parse_field(cron, 'minute',       fields[2], 0, 59);
    spec.hour_next   := durable.cron_parse_field(cron, 'hour',         fields[3], 0, 23);
    spec.dom_next    := durable.cron_parse_field(cron, 'day-of-month', fields[4], 1, 31);
    spec.month_next  := durable.cron_parse_field(cron, 'month',        fields[5], 1, 12);
    dow              := durable.cron_parse_field(cron, 'day-of-week',  fields[6], 0, 7);

    -- Day-of-week: 7 is Sunday too, and weeks wrap: turn the [0:7] table into
    -- "days to wait" from each weekday.
    sunday := CASE WHEN dow[0] = 0 OR dow[7] = 7 THEN 0 ELSE dow[0] END;
    wait := pg_catalog.array_fill(sunday::smallint, ARRAY[7], ARRAY[0]);
    FOR d IN 1..6 LOOP
        wait[d] := LEAST(dow[d] - d, sunday + 7 - d);  -- dow[d] is NULL past the last allowed day
    END LOOP;
    spec.dow_wait  := wait;
    spec.hour_star := fields[3] = '*';
    spec.dom_star  := fields[4] = '*';
    spec.dow_star  := fields[6] = '*';

    -- An expression that can never fire would make every search run to the
    -- end of time.  Only one shape can: a day-of-month restricted (and the
    -- day-of-week '*') to days that none of its months has, like 31 February.
    -- February counts 29 days, since leap years come.  (With day-of-week
    -- restricted, the Vixie OR rule always finds a day.)
    IF NOT spec.dom_star AND spec.dow_star AND spec.dom_next[1] > 29 THEN
        n := 29;  -- days in the longest allowed month
        FOR m IN 1..12 LOOP
            IF spec.month_next[m] = m THEN
                n := GREATEST(n, CASE WHEN m = 2 THEN 29 WHEN m IN (4, 6, 9, 11) THEN 30 ELSE 31 END);
            END IF;
        END LOOP;
        IF spec.dom_next[1] > n THEN
            RAISE EXCEPTION USING ERRCODE = 'DS011', MESSAGE = pg_catalog.format(
                'cron %L never fires: no month in %L has a day-of-month in %L', cron, fields[5], fields[4]);
        END IF;
    END IF;
    RETURN spec;
END
$$;
COMMENT ON FUNCTION durable.cron_parse(text) IS
    'Parse a 5- or 6-field cron expression (raises DS011 when invalid or never firing).';

-- ----------------------------------------------------------------------------
-- Evaluation on the wall clock.
--
-- The first wall-clock time >= from_local (a timestamp without time zone,
-- whole seconds) that the spec matches.  Pure calendar arithmetic: no time
-- zones here.  Fields are settled from the second upwards, each with one
-- table read; a field that runs out carries into the next larger one and
-- resets the smaller ones to their first allowed value.  Only the date part
-- loops (a month may have no matching day, e.g. day 31 in April).
-- ----------------------------------------------------------------------------
CREATE FUNCTION durable.cron_next_local(spec durable.cron_spec, from_local timestamp)
RETURNS timestamp
LANGUAGE plpgsql IMMUTABLE STRICT PARALLEL SAFE AS $$
DECLARE
    y   integer := pg_catalog.date_part('year',   from_local);
    mo  integer := pg_catalog.date_part('month',  from_local);
    d   integer := pg_catalog.date_part('day',    from_local);
    h   integer := pg_catalog.date_part('hour',   from_local);
    mi  integer := pg_catalog.date_part('minute', from_local);
    s   integer := pg_catalog.date_part('second', from_local);  -- caller passes whole seconds
    v   integer;
    dim integer;       -- days in month (y, mo)
    reset boolean := false;  -- the date moved on: time of day restarts at its first allowed value
    i   integer := 0;
BEGIN
    -- Time of day, with carries.
    v := spec.second_next[s];
    IF v IS NULL THEN s := spec.second_next[0]; mi := mi + 1; ELSE s := v; END IF;
    v := spec.minute_next[mi];
    IF v IS NULL THEN
        mi := spec.minute_next[0]; s := spec.second_next[0]; h := h + 1;
    ELSIF v > mi THEN
        mi := v; s := spec.second_next[0];
    END IF;
    v := spec.hour_next[h];
    IF v IS NULL THEN
        h := spec.hour_next[0]; mi := spec.minute_next[0]; s := spec.second_next[0]; d := d + 1;
    ELSIF v > h THEN
        h := v; mi := spec.minute_next[0]; s := spec.second_next[0];
    END IF;

    -- Date.  d may be one past the month's end here; the day step treats that
    -- as "no day left in this month".
    LOOP
        i := i + 1;
        IF i > 1000 THEN  -- unreachable for a spec made by durable.cron_parse
            RAISE EXCEPTION USING ERRCODE = 'DS011',
                MESSAGE = 'cron spec never fires (was it made by durable.cron_parse?)';
        END IF;

        v := spec.month_next[mo];              -- mo may be 13: NULL
        IF v IS NULL THEN
            y := y + 1; mo := spec.month_next[1]; d := 1; reset := true;
        ELSIF v > mo THEN
            mo := v; d := 1; reset := true;
        END IF;

        dim := CASE WHEN mo = 2 THEN
                   CASE WHEN y % 4 = 0 AND (y % 100 <> 0 OR y % 400 = 0) THEN 29 ELSE 28 END
               WHEN mo IN (4, 6, 9, 11) THEN 30 ELSE 31 END;
        IF d > dim THEN
            v := NULL;
        ELSIF spec.dow_star THEN
            v := CASE WHEN spec.dom_star THEN d ELSE spec.dom_next[d] END;
        ELSE
            -- day-of-week restricted; (date - Sunday 1970-01-04) mod 7 = weekday
            v := d + spec.dow_wait[((pg_catalog.make_date(y, mo, d) - DATE '1970-01-04') % 7 + 7) % 7];
            IF NOT spec.dom_star THEN
                v := LEAST(v, spec.dom_next[d]);  -- Vixie: either day field may match
            END IF;
        END IF;

        IF v IS NULL OR v > dim THEN
            mo := mo + 1; d := 1; reset := true;
            CONTINUE;
        END IF;
        IF v > d THEN
            d := v; reset := true;
        END IF;
        EXIT;
    END LOOP;

    IF reset THEN
        h := spec.hour_next[0]; mi := spec.minute_next[0]; s := spec.second_next[0];
    END IF;
    RETURN pg_catalog.make_timestamp(y, mo, d, h, mi, s);
END
$$;

-- ----------------------------------------------------------------------------
-- Time-zone transitions.
--
-- PostgreSQL only tells us the UTC offset at an instant, so transitions are
-- found by sampling and bisection.  Two facts about tzdata (checked over all
-- zones of tzdata 2025b) make that exact:
--   * consecutive offset changes are at least 95 hours apart (the closest:
--     Africa/Freetown in the 1940s), so a window shorter than that holds at most
--     one transition: equal offsets at both ends mean none in between;
--   * no offset change is larger than 24 hours (date-line moves), and no zone
--     has two offsets more than 25.5 hours apart (Pacific/Apia).
-- The constants below (27 h, 48 h) keep a margin on both; a future zone that
-- broke them could get a wrong answer next to its odd transition, never a
-- loop.
--
-- The first instant in (a, b] with the offset at b, given that the offsets at
-- a and b differ and (a, b] holds one transition.  Transitions fall on whole
-- seconds, so 18 halvings of a 48-hour window find it.
-- ----------------------------------------------------------------------------
CREATE FUNCTION durable.tz_transition(timezone text, a timestamptz, b timestamptz)
RETURNS timestamptz
LANGUAGE plpgsql STABLE STRICT PARALLEL SAFE AS $$
DECLARE
    -- Bisect on UTC wall-clock timestamps: a timestamptz difference of a day
    -- or more comes out as "n days", and adding days to a timestamptz follows
    -- the session's TimeZone, which must not matter here.
    lo   timestamp := a AT TIME ZONE 'UTC';
    hi   timestamp := b AT TIME ZONE 'UTC';
    o_lo interval  := (a AT TIME ZONE timezone) - lo;
    mid  timestamp;
BEGIN
    WHILE hi - lo > interval '1 second' LOOP
        mid := lo + (hi - lo) / 2;
        IF ((mid AT TIME ZONE 'UTC') AT TIME ZONE timezone) - mid = o_lo THEN
            lo := mid;
        ELSE
            hi := mid;
        END IF;
    END LOOP;
    RETURN pg_catalog.date_trunc('second', hi) AT TIME ZONE 'UTC';  -- the one whole second in (lo, hi]
END
$$;

-- ----------------------------------------------------------------------------
-- The exact search, walking from one UTC-offset segment to the next.
--
-- Say the offset is o on [seg_start, next transition), and o_prev before.
-- The firings that fall in that segment are
--   * regular: wall times w the spec matches, at instant w - o;  except, after
--     a fall-back (o_prev > o) and unless the hour field is '*', the wall times
--     [seg_start + o, seg_start + o_prev) that already happened before
--     seg_start;
--   * shifted: after a spring-forward (o > o_prev), the skipped wall times
--     [seg_start + o_prev, seg_start + o) the spec matches, at w - o_prev
--     (within the gap's length after seg_start).
-- Firings of different segments do not interleave, so the answer is the
-- earliest of the first segment that has one after lo.
--
-- Returns the first firing in (lo, horizon], or NULL when there is none
-- (horizon NULL = no limit).
-- ----------------------------------------------------------------------------
CREATE FUNCTION durable.cron_walk(spec durable.cron_spec, lo timestamptz, horizon timestamptz, timezone text)
RETURNS timestamptz
LANGUAGE plpgsql STABLE PARALLEL SAFE AS $$
DECLARE
    c_near CONSTANT interval := interval '27 hours';  -- > any offset change or spread
    c_step CONSTANT interval := interval '48 hours';  -- sampling step, < transition spacing
    o         interval := (lo AT TIME ZONE timezone) - (lo AT TIME ZONE 'UTC');
    o_prev    interval;
    seg_start timestamptz;  -- NULL: the segment began more than c_near before lo, too
                            -- long ago for its start to matter
    seg_start_utc timestamp;
    lo_utc    timestamp;
    w         timestamp;    -- a wall-clock time
    x         timestamptz;  -- earliest firing of the segment after lo
    probe     timestamptz;
    probe_end timestamptz;
    limit_at  timestamptz;
    next_start timestamptz;
    i         integer;
BEGIN
    probe := lo - c_near;
    o_prev := (probe AT TIME ZONE timezone) - (probe AT TIME ZONE 'UTC');
    IF o_prev <> o THEN
        seg_start := durable.tz_transition(timezone, probe, lo);
    END IF;

    FOR i IN 1..100 LOOP  -- a few segments at most: callers search short windows
        lo_utc := lo AT TIME ZONE 'UTC';
        seg_start_utc := seg_start AT TIME ZONE 'UTC';

        -- Regular firing.
        w := pg_catalog.date_trunc('second', lo_utc + o) + interval '1 second';
        IF seg_start IS NOT NULL AND o_prev > o AND NOT spec.hour_star THEN
            w := GREATEST(w, seg_start_utc + o_prev);  -- skip the repeated wall times
        END IF;
        w := durable.cron_next_local(spec, w);
        x := (w - o) AT TIME ZONE 'UTC';

        -- Shifted firing out of a spring-forward gap.
        IF seg_start IS NOT NULL AND o > o_prev THEN
            w := durable.cron_next_local(spec, GREATEST(
                     seg_start_utc + o_prev,
                     pg_catalog.date_trunc('second', lo_utc + o_prev) + interval '1 second'));
            IF w < seg_start_utc + o THEN
                x := LEAST(x, (w - o_prev) AT TIME ZONE 'UTC');
            END IF;
        END IF;

        -- Does the segment last until x?  Sample its offset in c_step strides.
        limit_at := CASE WHEN horizon < x THEN horizon ELSE x END;
        probe := CASE WHEN seg_start > lo THEN seg_start ELSE lo END;  -- offset o here
        next_start := NULL;
        WHILE probe < limit_at LOOP
            probe_end := LEAST(probe + c_step, limit_at);
            IF (probe_end AT TIME ZONE timezone) - (probe_end AT TIME ZONE 'UTC') <> o THEN
                next_start := durable.tz_transition(timezone, probe, probe_end);
                EXIT;
            END IF;
            probe := probe_end;
        END LOOP;
        IF next_start IS NULL THEN
            RETURN CASE WHEN x <= limit_at THEN x END;
        END IF;

        -- It does not: nothing fires before next_start; go on from there.
        o_prev := o;
        o := (next_start AT TIME ZONE timezone) - (next_start AT TIME ZONE 'UTC');
        seg_start := next_start;
        lo := GREATEST(lo, next_start - interval '1 second');  -- firings are on whole seconds
    END LOOP;
    RAISE EXCEPTION USING ERRCODE = 'XX000', MESSAGE = pg_catalog.format(
        'durable.cron_walk: no end after 100 transitions in %s after %s', timezone, lo);
END
$$;

-- ----------------------------------------------------------------------------
-- The next fire time strictly after `after`, on the wall clock of `timezone`
-- (not checked here: callers validate it with durable.check_time_zone).
--
-- Common case, no transition near: read the wall clock at `after` (offset o),
-- find the next matching wall time w, answer w - o.  That is right when no
-- transition lies anywhere from 27 hours before `after` (a recent transition
-- could still shift a skipped time past `after`, or repeat one) up to the
-- answer.  Short searches check the offset at both ends of that window; long
-- ones (monthly, yearly schedules) check 27-hour windows at each end, which is
-- enough: with every offset of a zone within 27 hours of every other, a
-- firing earlier than w - o must lie within 27 hours of `after` or of w - o.
-- Otherwise the exact walk runs, over short windows only (same argument).
-- ----------------------------------------------------------------------------
CREATE FUNCTION durable.cron_next_spec(spec durable.cron_spec, after timestamptz, timezone text)
RETURNS timestamptz
LANGUAGE plpgsql STABLE STRICT PARALLEL SAFE AS $$
DECLARE
    c_near  CONSTANT interval := interval '27 hours';
    c_short CONSTANT interval := interval '48 hours';
    after_utc timestamp;
    o         interval;
    w         timestamp;
    x         timestamptz;
    r         timestamptz;
BEGIN
    -- Keeps every wall time and the answer (at most ~8 years on: 29 February)
    -- inside PostgreSQL's timestamp range.  Also rejects infinity.
    IF NOT (after >= TIMESTAMPTZ '0001-01-02 00:00:00+00' AND after < TIMESTAMPTZ '294000-01-01 00:00:00+00') THEN
        RAISE EXCEPTION USING ERRCODE = 'DS001', MESSAGE = pg_catalog.format(
            'after must lie between 0001-01-02 and 294000-01-01 UTC, got %s', after);
    END IF;

    after_utc := after AT TIME ZONE 'UTC';
    IF timezone = 'UTC' THEN
        RETURN durable.cron_next_local(spec, pg_catalog.date_trunc('second', after_utc) + interval '1 second')
               AT TIME ZONE 'UTC';
    END IF;

    o := (after AT TIME ZONE timezone) - after_utc;
    w := durable.cron_next_local(spec, pg_catalog.date_trunc('second', after_utc + o) + interval '1 second');
    x := (w - o) AT TIME ZONE 'UTC';

    IF ((after - c_near) AT TIME ZONE timezone) = after_utc + o - c_near
       AND (x AT TIME ZONE timezone) = w
       AND (x - after <= c_short
            OR (((after + c_near) AT TIME ZONE timezone) = after_utc + o + c_near
                AND ((x - c_near) AT TIME ZONE timezone) = w - c_near)) THEN
        RETURN x;
    END IF;

    IF x - after > 4 * c_near THEN
        r := durable.cron_walk(spec, after, after + 2 * c_near, timezone);
        IF r IS NOT NULL THEN
            RETURN r;
        END IF;
        -- Nothing fires up to after + 54 h, nor from after + 27 h to x - 27 h.
        after := x - 2 * c_near;
    END IF;
    RETURN durable.cron_walk(spec, after, NULL, timezone);
END
$$;
COMMENT ON FUNCTION durable.cron_next_spec(durable.cron_spec, timestamptz, text) IS
    'Next fire time strictly after `after` of a parsed cron spec on the wall clock of `timezone` (unchecked).';

CREATE FUNCTION durable.cron_next(cron text, after timestamptz, timezone text DEFAULT 'UTC')
RETURNS timestamptz
LANGUAGE plpgsql STABLE PARALLEL SAFE
SECURITY DEFINER SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    v_zone text := COALESCE(timezone, 'UTC');
BEGIN
    IF v_zone <> 'UTC' THEN
        PERFORM durable.check_time_zone(v_zone);
    END IF;
    IF after IS NULL OR NOT pg_catalog.isfinite(after) THEN
        RAISE EXCEPTION USING ERRCODE = 'DS001', MESSAGE = pg_catalog.format(
            'after must be a finite timestamp, got %s', COALESCE(after::text, 'NULL'));
    END IF;
    RETURN durable.cron_next_spec(durable.cron_parse(cron), after, v_zone);
END
$$;
COMMENT ON FUNCTION durable.cron_next(text, timestamptz, text) IS
    'Next fire time strictly after `after` of a cron expression on the wall clock of an IANA time zone (default UTC).';

-- The next `count` fire times after `after`, by the rule every schedule
-- follows (what `durablesql schedules next` prints).
CREATE FUNCTION durable.cron_preview(cron text, after timestamptz, timezone text DEFAULT 'UTC',
                                     count integer DEFAULT 5)
RETURNS SETOF timestamptz
LANGUAGE plpgsql STABLE
SECURITY DEFINER SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    v_zone text := COALESCE(timezone, 'UTC');
    v_spec durable.cron_spec;
    v_at   timestamptz := after;
BEGIN
    PERFORM durable.check_range('count', count, 1, durable.bound('max_cron_preview'));
    v_at := durable.cron_next(cron, after, v_zone);  -- checks the zone, `after` and the cron
    v_spec := durable.cron_parse(cron);
    FOR i IN 1 .. count LOOP
        RETURN NEXT v_at;
        EXIT WHEN i = count;
        v_at := durable.cron_next_spec(v_spec, v_at, v_zone);
    END LOOP;
END
$$;

-- ----------------------------------------------------------------------------
-- Recurring schedules.  A schedule enqueues a run of its job at every slot
-- of its cron expression, read on the wall clock of its time zone.
-- durable.materialize_schedules() does the enqueueing; a Python worker calls
-- it on a tick, or pg_cron does (see the README), and any number of callers
-- may run it at once: each due schedule is locked by one of them (SKIP
-- LOCKED) and its next slot moves on in the same transaction, so every slot
-- is enqueued exactly once.
--
--   enabled           a disabled schedule has no next run; enabling it
--                     computes the next slot from now.
--   allow_concurrent  false (the default): no new run while the schedule's
--                     last run is still live (waiting, pending or leased).
--   catch_up          after downtime, 'skip_missed' (the default) enqueues
--                     the overdue slot once and goes on at the next slot in
--                     the future; 'catch_up' enqueues every missed slot, one
--                     at a time (with allow_concurrent false, the next only
--                     once the previous run has finished) until it is current.
--   origin            who registered it: NULL for a schedule defined in SQL,
--                     else the owner name a registration sync used (see
--                     durable.sync_schedules), which may disable it once its
--                     code is gone.
-- ----------------------------------------------------------------------------
CREATE TABLE durable.schedules (
    name             text PRIMARY KEY,
    job_name         text        NOT NULL,
    cron             text        NOT NULL,
    timezone         text        NOT NULL,
    spec             durable.cron_spec NOT NULL,   -- cron, parsed once
    args             jsonb       NOT NULL,
    queue            text,                          -- NULL: the job's queue
    enabled          boolean     NOT NULL,
    allow_concurrent boolean     NOT NULL,
    catch_up         text        NOT NULL CHECK (catch_up IN ('skip_missed', 'catch_up')),
    next_run_at      timestamptz,                   -- NULL while disabled
    last_run_at      timestamptz,                   -- the slot (or run-now time) last enqueued
    last_run_id      bigint,
    last_skipped_at  timestamptz,                   -- a slot skipped: its last run still live
    origin           text,
    created_at       timestamptz NOT NULL,
    updated_at       timestamptz NOT NULL
);
CREATE INDEX schedules_due ON durable.schedules (next_run_at) WHERE enabled;

CREATE FUNCTION durable.unknown_schedule(name text) RETURNS void
LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION USING ERRCODE = 'DS013',
        MESSAGE = pg_catalog.format('unknown schedule %L', name);
END
$$;

-- Upsert.  Changing the cron, the time zone or enabling the schedule
-- computes its next slot from now; an upsert that changes neither keeps the
-- slot it was waiting for.  Returns the next run time (NULL when disabled).
CREATE FUNCTION durable.define_schedule(
    name             text,
    job_name         text,
    cron             text,
    timezone         text    DEFAULT 'UTC',
    args             jsonb   DEFAULT '{}',
    queue            text    DEFAULT NULL,
    enabled          boolean DEFAULT true,
    allow_concurrent boolean DEFAULT false,
    catch_up         text    DEFAULT 'skip_missed'
) RETURNS timestamptz
LANGUAGE plpgsql
SECURITY DEFINER SET search_path = pg_catalog, pg_temp
AS $$
#variable_conflict use_column
DECLARE
    v_next     timestamptz;
    v_now      timestamptz := durable.now();
    v_tz       text := COALESCE(define_schedule.timezone, 'UTC');
    v_args     jsonb := COALESCE(define_schedule.args, '{}');
    v_enabled  boolean := COALESCE(define_schedule.enabled, true);
    v_catch_up text := COALESCE(define_schedule.catch_up, 'skip_missed');
    v_spec     durable.cron_spec;
BEGIN
    PERFORM durable.check_name('schedule name', define_schedule.name);
    IF define_schedule.job_name IS NULL
       OR NOT EXISTS (SELECT 1 FROM durable.jobs j WHERE j.job_name = define_schedule.job_name) THEN
        PERFORM durable.unknown_job(define_schedule.job_name);
    END IF;
    PERFORM durable.check_time_zone(v_tz);
    v_spec := durable.cron_parse(define_schedule.cron);
    PERFORM durable.check_args(v_args, 'args');
    IF define_schedule.queue IS NOT NULL THEN
        PERFORM durable.check_name('queue name', define_schedule.queue);
    END IF;
    IF NOT durable.accepts('catch_up', v_catch_up) THEN
        RAISE EXCEPTION USING ERRCODE = 'DS001', MESSAGE = pg_catalog.format(
            'catch_up must be %s, got %L', durable.word_list('catch_up'), v_catch_up);
    END IF;
    IF define_schedule.queue IS NOT NULL THEN
        PERFORM durable.ensure_queue(define_schedule.queue);
    END IF;

    INSERT INTO durable.schedules AS s (name, job_name, cron, timezone, spec, args, queue,
                                        enabled, allow_concurrent, catch_up, next_run_at,
                                        created_at, updated_at)
    VALUES (define_schedule.name, define_schedule.job_name, define_schedule.cron, v_tz, v_spec,
            v_args, define_schedule.queue, v_enabled,
            COALESCE(define_schedule.allow_concurrent, false), v_catch_up,
            CASE WHEN v_enabled THEN durable.cron_next_spec(v_spec, v_now, v_tz) END,
            v_now, v_now)
    ON CONFLICT ON CONSTRAINT schedules_pkey DO UPDATE SET
        job_name = EXCLUDED.job_name, cron = EXCLUDED.cron, timezone = EXCLUDED.timezone,
        spec = EXCLUDED.spec, args = EXCLUDED.args, queue = EXCLUDED.queue,
        enabled = EXCLUDED.enabled, allow_concurrent = EXCLUDED.allow_concurrent,
        catch_up = EXCLUDED.catch_up, updated_at = EXCLUDED.updated_at,
        next_run_at = CASE
            WHEN NOT EXCLUDED.enabled THEN NULL
            WHEN s.enabled AND s.cron = EXCLUDED.cron AND s.timezone = EXCLUDED.timezone
                 AND s.next_run_at IS NOT NULL THEN s.next_run_at
            ELSE EXCLUDED.next_run_at END
    RETURNING s.next_run_at INTO v_next;
    RETURN v_next;
END
$$;

-- Disabling clears the next run; enabling computes it from now.  Returns the
-- next run time (NULL when disabled).
CREATE FUNCTION durable.set_schedule_enabled(name text, enabled boolean) RETURNS timestamptz
LANGUAGE plpgsql
SECURITY DEFINER SET search_path = pg_catalog, pg_temp
AS $$
#variable_conflict use_column
DECLARE
    v_next timestamptz;
BEGIN
    IF set_schedule_enabled.enabled IS NULL THEN
        RAISE EXCEPTION USING ERRCODE = 'DS001', MESSAGE = 'enabled must be true or false, got NULL';
    END IF;
    UPDATE durable.schedules s
    SET enabled = set_schedule_enabled.enabled, updated_at = durable.now(),
        next_run_at = CASE WHEN NOT set_schedule_enabled.enabled THEN NULL
                           WHEN s.enabled THEN s.next_run_at
                           ELSE durable.cron_next_spec(s.spec, durable.now(), s.timezone) END
    WHERE s.name = set_schedule_enabled.name
    RETURNING s.next_run_at INTO v_next;
    IF NOT FOUND THEN
        PERFORM durable.unknown_schedule(set_schedule_enabled.name);
    END IF;
    RETURN v_next;
END
$$;

-- A new cron (and time zone: NULL keeps the schedule's).  The next slot is
-- computed from now.  Returns the next run time (NULL when disabled).
CREATE FUNCTION durable.update_schedule_cron(name text, cron text, timezone text DEFAULT NULL)
RETURNS timestamptz
LANGUAGE plpgsql
SECURITY DEFINER SET search_path = pg_catalog, pg_temp
AS $$
#variable_conflict use_column
DECLARE
    v_spec durable.cron_spec;
    v_next timestamptz;
BEGIN
    IF update_schedule_cron.timezone IS NOT NULL THEN
        PERFORM durable.check_time_zone(update_schedule_cron.timezone);
    END IF;
    v_spec := durable.cron_parse(update_schedule_cron.cron);
    UPDATE durable.schedules s
    SET cron = update_schedule_cron.cron,
        timezone = COALESCE(update_schedule_cron.timezone, s.timezone),
        spec = v_spec, updated_at = durable.now(),
        next_run_at = CASE WHEN s.enabled THEN durable.cron_next_spec(
            v_spec, durable.now(), COALESCE(update_schedule_cron.timezone, s.timezone)) END
    WHERE s.name = update_schedule_cron.name
    RETURNING s.next_run_at INTO v_next;
    IF NOT FOUND THEN
        PERFORM durable.unknown_schedule(update_schedule_cron.name);
    END IF;
    RETURN v_next;
END
$$;

-- The run a schedule enqueues for one slot: its job, args and queue, with the
-- slot as run_at and the schedule named in meta.
CREATE FUNCTION durable.enqueue_slot(schedule text, job_name text, args jsonb, queue text,
                                     slot timestamptz) RETURNS bigint
LANGUAGE sql AS $$
    SELECT durable.enqueue($2, $3, queue => $4, run_at => $5,
                           meta => pg_catalog.jsonb_build_object('schedule', $1, 'slot', $5))
$$;

-- An ad-hoc run now, cron untouched.  With allow_concurrent false and a live
-- run of the schedule, that run's id comes back and nothing is enqueued.
CREATE FUNCTION durable.run_schedule_now(name text) RETURNS bigint
LANGUAGE plpgsql
SECURITY DEFINER SET search_path = pg_catalog, pg_temp
AS $$
#variable_conflict use_column
DECLARE
    s    durable.schedules;
    v_id bigint;
    v_now timestamptz := durable.now();
BEGIN
    SELECT * INTO s FROM durable.schedules x WHERE x.name = run_schedule_now.name FOR UPDATE;
    IF NOT FOUND THEN
        PERFORM durable.unknown_schedule(run_schedule_now.name);
    END IF;
    IF NOT s.allow_concurrent AND s.last_run_id IS NOT NULL
       AND EXISTS (SELECT 1 FROM durable.runs r WHERE r.run_id = s.last_run_id) THEN
        RETURN s.last_run_id;
    END IF;
    v_id := durable.enqueue_slot(s.name, s.job_name, s.args, s.queue, v_now);
    UPDATE durable.schedules x SET last_run_at = v_now, last_run_id = v_id
    WHERE x.name = s.name;
    RETURN v_id;
END
$$;

-- Enqueues the due slots of every enabled schedule and moves each schedule
-- on to its next slot.  Returns how many runs it enqueued.  A catch_up
-- schedule that missed many slots gets at most 100 of them per call (the
-- next call goes on), so one call never enqueues an unbounded burst.
CREATE FUNCTION durable.materialize_schedules(now timestamptz DEFAULT durable.now())
RETURNS integer
LANGUAGE plpgsql
SECURITY DEFINER SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    v_now   timestamptz := COALESCE(materialize_schedules.now, durable.now());
    v_count integer := 0;
    v_n     integer;
BEGIN
    -- (The next slot must fit in a timestamp: cron_next_spec looks up to 10 years ahead.)
    IF NOT pg_catalog.isfinite(v_now) OR v_now >= '290000-01-01 00:00+00' THEN
        RAISE EXCEPTION USING ERRCODE = 'DS001', MESSAGE = pg_catalog.format(
            'now must be a finite time before 290000-01-01, got %s', v_now);
    END IF;
    -- One slot per due schedule per pass; only catch_up schedules can still
    -- be due after the first pass.
    FOR v_pass IN 1 .. 100 LOOP
        WITH due AS (
            SELECT s.* FROM durable.schedules s
            WHERE s.enabled AND s.next_run_at <= v_now
              AND (v_pass = 1 OR s.catch_up = 'catch_up')
            ORDER BY s.next_run_at
            FOR UPDATE SKIP LOCKED
        ), decided AS (
            SELECT d.*, (NOT d.allow_concurrent AND d.last_run_id IS NOT NULL
                         AND EXISTS (SELECT 1 FROM durable.runs r WHERE r.run_id = d.last_run_id))
                        AS busy
            FROM due d
        ), enqueued AS (
            SELECT d.name, d.next_run_at AS slot,
                   durable.enqueue_slot(d.name, d.job_name, d.args, d.queue, d.next_run_at) AS run_id
            FROM decided d WHERE NOT d.busy
        ), moved AS (
            UPDATE durable.schedules s
            SET last_run_at = COALESCE(e.slot, s.last_run_at),
                last_run_id = COALESCE(e.run_id, s.last_run_id),
                last_skipped_at = CASE WHEN e.name IS NULL AND s.catch_up = 'skip_missed'
                                       THEN s.next_run_at ELSE s.last_skipped_at END,
                next_run_at = CASE
                    -- a busy catch_up schedule holds its slot until the run is over
                    WHEN e.name IS NULL AND s.catch_up = 'catch_up' THEN s.next_run_at
                    WHEN s.catch_up = 'catch_up' THEN durable.cron_next_spec(s.spec, s.next_run_at, s.timezone)
                    ELSE durable.cron_next_spec(s.spec, GREATEST(s.next_run_at, v_now), s.timezone) END
            FROM decided d LEFT JOIN enqueued e ON e.name = d.name
            WHERE s.name = d.name
            RETURNING e.run_id
        )
        SELECT pg_catalog.count(m.run_id) INTO v_n FROM moved m;
        v_count := v_count + v_n;
        EXIT WHEN v_n = 0;
    END LOOP;
    RETURN v_count;
END
$$;

-- Registration sync: reconciles the schedules a program declares (a JSON
-- array of objects with define_schedule's parameters as keys) with those
-- stored under its owner name, in one transaction.
--   existing => 'keep_database' (default): a schedule already stored keeps its
--               cron, zone, args and enabled state, which an operator may have
--               changed; 'update_from_code': the program's version wins.
--   orphaned => 'disable' (default): a schedule this owner registered that the
--               program no longer declares (removed, or renamed) is disabled;
--               'ignore' leaves it alone.  Schedules defined in SQL, or by
--               another owner, are never touched as orphans.
-- Returns (name, action) for each schedule it looked at: created, kept,
-- updated or disabled.
CREATE FUNCTION durable.sync_schedules(owner text, schedules jsonb,
                                       existing text DEFAULT 'keep_database',
                                       orphaned text DEFAULT 'disable')
RETURNS TABLE (name text, action text)
LANGUAGE plpgsql
SECURITY DEFINER SET search_path = pg_catalog, pg_temp
AS $$
#variable_conflict use_column
DECLARE
    v_existing text := COALESCE(sync_schedules.existing, 'keep_database');
    v_orphaned text := COALESCE(sync_schedules.orphaned, 'disable');
    v_names    text[] := '{}';
    e          jsonb;
    v_name     text;
BEGIN
    PERFORM durable.check_name('owner', sync_schedules.owner);
    IF NOT durable.accepts('sync_existing', v_existing) THEN
        RAISE EXCEPTION USING ERRCODE = 'DS001', MESSAGE = pg_catalog.format(
            'existing must be %s, got %L', durable.word_list('sync_existing'), v_existing);
    END IF;
    IF NOT durable.accepts('sync_orphaned', v_orphaned) THEN
        RAISE EXCEPTION USING ERRCODE = 'DS001', MESSAGE = pg_catalog.format(
            'orphaned must be %s, got %L', durable.word_list('sync_orphaned'), v_orphaned);
    END IF;
    IF sync_schedules.schedules IS NULL OR pg_catalog.jsonb_typeof(sync_schedules.schedules) <> 'array' THEN
        RAISE EXCEPTION USING ERRCODE = 'DS001', MESSAGE = pg_catalog.format(
            'schedules must be a JSON array, got %s',
            COALESCE(pg_catalog.jsonb_typeof(sync_schedules.schedules), 'NULL'));
    END IF;
    -- Two workers of one program starting at once sync one after the other.
    PERFORM pg_catalog.pg_advisory_xact_lock(durable.lock_key('schedule_sync')::integer,
                                             pg_catalog.hashtext(sync_schedules.owner));

    FOR e IN SELECT x FROM pg_catalog.jsonb_array_elements(sync_schedules.schedules) x LOOP
        IF pg_catalog.jsonb_typeof(e) <> 'object' OR pg_catalog.jsonb_typeof(e->'name') <> 'string' THEN
            RAISE EXCEPTION USING ERRCODE = 'DS001', MESSAGE = pg_catalog.format(
                'each schedule must be a JSON object with a "name", got %s', e);
        END IF;
        IF pg_catalog.jsonb_typeof(e->'enabled') NOT IN ('boolean', 'null')
           OR pg_catalog.jsonb_typeof(e->'allow_concurrent') NOT IN ('boolean', 'null') THEN
            RAISE EXCEPTION USING ERRCODE = 'DS001', MESSAGE = pg_catalog.format(
                'schedule %L: "enabled" and "allow_concurrent" must be true, false or null',
                e->>'name');
        END IF;
        v_name := e->>'name';
        v_names := v_names || v_name;
        name := v_name;
        IF EXISTS (SELECT 1 FROM durable.schedules s WHERE s.name = v_name)
           AND v_existing = 'keep_database' THEN
            action := 'kept';
        ELSE
            action := CASE WHEN EXISTS (SELECT 1 FROM durable.schedules s WHERE s.name = v_name)
                           THEN 'updated' ELSE 'created' END;
            PERFORM durable.define_schedule(
                v_name, e->>'job_name', e->>'cron',
                timezone => e->>'timezone',
                args => e->'args',
                queue => e->>'queue',
                enabled => (e->>'enabled')::boolean,
                allow_concurrent => (e->>'allow_concurrent')::boolean,
                catch_up => e->>'catch_up');
        END IF;
        UPDATE durable.schedules s SET origin = sync_schedules.owner WHERE s.name = v_name;
        RETURN NEXT;
    END LOOP;

    IF v_orphaned = 'disable' THEN
        FOR v_name IN
            SELECT s.name FROM durable.schedules s
            WHERE s.origin = sync_schedules.owner AND s.enabled AND s.name <> ALL (v_names)
            ORDER BY s.name
        LOOP
            PERFORM durable.set_schedule_enabled(v_name, false);
            name := v_name;
            action := 'disabled';
            RETURN NEXT;
        END LOOP;
    END IF;
END
$$;

-- ----------------------------------------------------------------------------
-- Views for people.
-- ----------------------------------------------------------------------------
CREATE VIEW durable.all_runs AS
    SELECT r.run_id, r.job_name, r.queue, r.status, r.args, NULL::jsonb AS result, r.error,
           r.attempt, r.max_attempts, r.priority, r.run_at, r.created_at, r.started_at,
           NULL::timestamptz AS finished_at, r.worker, r.unique_key, r.concurrency_key, r.tags,
           r.lease_expires_at, r.cancel_requested_at, r.timeout,
           r.depends_on, r.meta, r.progress, r.progress_note
    FROM durable.runs r
    UNION ALL
    SELECT h.run_id, h.job_name, h.queue, h.status, h.args, h.result, h.error,
           h.attempt, h.max_attempts, h.priority, h.run_at, h.created_at, h.started_at,
           h.finished_at, h.worker, h.unique_key, h.concurrency_key, h.tags,
           NULL::timestamptz, NULL::timestamptz, h.timeout,
           h.depends_on, h.meta, h.progress, h.progress_note
    FROM durable.run_history h;

-- A run's dependency tree, live or finished: its ancestors (depth < 0), the
-- run itself (depth 0) and its descendants (depth > 0); a run reached along
-- several paths appears once, at its shortest distance.
-- Every run is found by one probe per table (runs' primary key, each history
-- partition's run_id index), LIMIT 1 since a run is in exactly one of them.
-- Written this way so that the planner's guesses stay small: joined to the
-- whole of durable.all_runs by "= ANY (depends_on)", the recursion was
-- estimated at tens of millions of rows, a cost far above jit_above_cost, and
-- compiling the plan took over a second for a walk of a few index probes
-- (1.3 s on 1,000,000 finished runs; 1 ms to execute).  JIT is off for the same
-- reason: the estimates of a recursion are guesses (10 rows a level), and no
-- tree walk gains from compiling.
CREATE FUNCTION durable.dependency_tree(run_id bigint)
RETURNS TABLE (run_id bigint, depth integer, depends_on bigint[], job_name text, status text,
               error text)
LANGUAGE sql STABLE
SECURITY DEFINER SET search_path = pg_catalog, pg_temp SET jit = off
AS $$
    WITH RECURSIVE root AS MATERIALIZED (
        SELECT a.run_id, a.depends_on FROM durable.all_runs a WHERE a.run_id = $1 LIMIT 1
    ), up(run_id, depth, depends_on) AS (
        SELECT r.run_id, 0, r.depends_on FROM root r
        UNION
        SELECT p.run_id, u.depth - 1, p.depends_on
        FROM up u CROSS JOIN LATERAL pg_catalog.unnest(u.depends_on) AS x(id)
        CROSS JOIN LATERAL (SELECT a.run_id, a.depends_on FROM durable.all_runs a
                            WHERE a.run_id = x.id LIMIT 1) p
    ), down(run_id, depth) AS (
        SELECT r.run_id, 0 FROM root r
        UNION
        SELECT e.child_id, d.depth + 1
        FROM down d JOIN durable.dependencies e ON e.parent_id = d.run_id
    ), tree AS (
        SELECT t.run_id, t.depth FROM up t
        UNION ALL
        SELECT t.run_id, t.depth FROM down t
    )
    SELECT DISTINCT ON (t.run_id) t.run_id, t.depth, a.depends_on, a.job_name, a.status, a.error
    FROM tree t CROSS JOIN LATERAL (SELECT a.depends_on, a.job_name, a.status, a.error
                                    FROM durable.all_runs a WHERE a.run_id = t.run_id LIMIT 1) a
    ORDER BY t.run_id, pg_catalog.abs(t.depth)
$$;

-- Why a run is not running: one row per reason that holds, in this order,
-- each decided by the predicates durable.claim applies (lease_expired,
-- retakeable, claimable_pending, claimable_expired, key_free, the counts of
-- durable.capacity), so the answer cannot drift from what a claim does:
--   terminal            it ended: succeeded, failed or cancelled at T (alone)
--   leased              a worker holds it until T (reclaimable at T when that
--                       worker is not live), or its lease expired with no
--                       attempts left and the next claim fails it
--   cancel_requested    cancel() asked its worker to stop the handler
--   waiting_on_parents  parents not succeeded yet (their ids and states)
--   not_due             run_at is in the future
--   queue_paused        its queue is paused
--   queue_limit         its queue is at its concurrency limit (the runs holding it)
--   job_limit           its job is at its concurrency limit (the runs holding it)
--   key_busy            another leased run holds its concurrency key
--   claimable           none of the above: the next claim of its queue may take
--                       it (a run whose lease expired and that may be retried too)
--   no_worker           no live worker serves its queue (with any of the above)
-- A worker is live when it is registered (in durable.worker_status: a worker
-- that stops cleanly unregisters) and was seen (register_worker, heartbeat)
-- within the last 2 minutes: workers heartbeat every lease/2, every 15 s
-- with the default 30 s lease.  It serves the queues it registered (all
-- queues when it registered none).  An unknown run is DS004.
CREATE FUNCTION durable.explain_run(run_id bigint)
RETURNS TABLE (code text, reason text)
LANGUAGE plpgsql STABLE
SECURITY DEFINER SET search_path = pg_catalog, pg_temp
AS $$
#variable_conflict use_column
DECLARE
    v_now     timestamptz := durable.now();
    v_live    interval := interval '2 minutes';
    r         durable.runs;
    v_status  text;
    v_at      timestamptz;
    v_seen    timestamptz;
    v_paused  boolean;
    v_qlimit  integer;
    v_jlimit  integer;
    v_holders text;
    v_count   integer;
    v_room    boolean := true;   -- the queue may start another pending run
    v_skip    text[];            -- the run's job, when at its limit (claim's skip_jobs)
    v_blocked boolean := false;
    v_key     record;
BEGIN
    SELECT * INTO r FROM durable.runs x WHERE x.run_id = explain_run.run_id;
    IF NOT FOUND THEN
        SELECT h.status, h.finished_at INTO v_status, v_at FROM durable.run_history h
        WHERE h.run_id = explain_run.run_id ORDER BY h.finished_at DESC LIMIT 1;
        IF NOT FOUND THEN
            RAISE EXCEPTION USING ERRCODE = 'DS004', MESSAGE = pg_catalog.format(
                'unknown run %s', COALESCE(explain_run.run_id::text, 'NULL'));
        END IF;
        code := 'terminal';
        reason := pg_catalog.format('%s at %s', v_status, v_at);
        RETURN NEXT;
        RETURN;
    END IF;

    IF r.status = 'leased' THEN
        SELECT w.last_seen INTO v_seen FROM durable.workers w WHERE w.worker = r.worker;
        IF NOT durable.lease_expired(r.status, r.lease_expires_at, v_now) THEN
            code := 'leased';
            reason := CASE
                WHEN v_seen > v_now - v_live THEN pg_catalog.format(
                    'leased by worker %s until %s', r.worker, r.lease_expires_at)
                WHEN v_seen IS NULL THEN pg_catalog.format(
                    'leased by worker %s, not registered (reclaimable at %s)',
                    r.worker, r.lease_expires_at)
                ELSE pg_catalog.format(
                    'leased by worker %s, last seen at %s (reclaimable at %s)',
                    r.worker, v_seen, r.lease_expires_at) END;
            RETURN NEXT;
            v_blocked := true;
            IF r.cancel_requested_at IS NOT NULL THEN
                code := 'cancel_requested';
                reason := pg_catalog.format(
                    'cancel requested at %s: worker %s must stop the handler', r.cancel_requested_at,
                    r.worker);
                RETURN NEXT;
            END IF;
        ELSIF NOT durable.retakeable(r.attempt, r.max_attempts, r.cancel_requested_at) THEN
            -- settle_expired ends it at the next claim.
            IF r.cancel_requested_at IS NOT NULL THEN
                code := 'cancel_requested';
                reason := pg_catalog.format(
                    'cancel requested at %s; the lease of worker %s expired at %s: the next claim cancels it',
                    r.cancel_requested_at, r.worker, r.lease_expires_at);
            ELSE
                code := 'leased';
                reason := pg_catalog.format(
                    'lease of worker %s expired at %s on attempt %s of %s: the next claim fails it',
                    r.worker, r.lease_expires_at, r.attempt, r.max_attempts);
            END IF;
            RETURN NEXT;
            v_blocked := true;
        END IF;
        -- Otherwise the lease expired and the run may be retaken
        -- (claimable_expired): only a paused queue keeps a claim from it;
        -- it holds its slot and its key already.
    END IF;

    IF r.status = 'waiting' THEN
        SELECT pg_catalog.string_agg(pg_catalog.format('%s (%s)', p.id, COALESCE(a.status, 'unknown')),
                                     ', ' ORDER BY p.ord),
               pg_catalog.count(*)
        INTO v_holders, v_count
        FROM pg_catalog.unnest(r.depends_on) WITH ORDINALITY p(id, ord)
        LEFT JOIN LATERAL (SELECT s.status FROM durable.all_runs s WHERE s.run_id = p.id LIMIT 1) a
               ON true
        WHERE a.status IS DISTINCT FROM 'succeeded';
        code := 'waiting_on_parents';
        reason := pg_catalog.format('waiting on %s of %s parents: %s', v_count,
                                    pg_catalog.cardinality(r.depends_on), v_holders);
        RETURN NEXT;
        v_blocked := true;
    END IF;

    IF r.status <> 'leased'
       AND NOT durable.claimable_pending('pending', r.run_at, r.job_name, NULL, r.run_id, v_now, NULL) THEN
        code := 'not_due';
        reason := pg_catalog.format('not due until %s', r.run_at);
        RETURN NEXT;
        v_blocked := true;
    END IF;

    SELECT q.paused, q.concurrency_limit INTO v_paused, v_qlimit
    FROM durable.queues q WHERE q.queue = r.queue;
    IF v_paused THEN
        code := 'queue_paused';
        reason := pg_catalog.format('queue %s is paused', r.queue);
        RETURN NEXT;
        v_blocked := true;
    END IF;

    IF r.status <> 'leased' THEN
        -- The counts durable.capacity makes: leased runs of the queue, of the job.
        IF v_qlimit IS NOT NULL THEN
            SELECT pg_catalog.count(*),
                   pg_catalog.string_agg(x.run_id::text, ', ' ORDER BY x.run_id)
                       FILTER (WHERE x.n <= 5)
                   || CASE WHEN pg_catalog.count(*) > 5 THEN ', ...' ELSE '' END
            INTO v_count, v_holders
            FROM (SELECT k.run_id, pg_catalog.row_number() OVER (ORDER BY k.run_id) AS n
                  FROM durable.runs k
                  WHERE k.status = 'leased' AND k.queue = r.queue
                  ORDER BY k.run_id LIMIT v_qlimit) x;
            IF v_qlimit - v_count <= 0 THEN
                v_room := false;
                code := 'queue_limit';
                reason := pg_catalog.format('queue %s is at its concurrency limit of %s, held by runs %s',
                                            r.queue, v_qlimit, v_holders);
                RETURN NEXT;
                v_blocked := true;
            END IF;
        END IF;
        SELECT j.concurrency_limit INTO v_jlimit FROM durable.jobs j WHERE j.job_name = r.job_name;
        IF v_jlimit IS NOT NULL THEN
            SELECT pg_catalog.count(*),
                   pg_catalog.string_agg(x.run_id::text, ', ' ORDER BY x.run_id)
                       FILTER (WHERE x.n <= 5)
                   || CASE WHEN pg_catalog.count(*) > 5 THEN ', ...' ELSE '' END
            INTO v_count, v_holders
            FROM (SELECT k.run_id, pg_catalog.row_number() OVER (ORDER BY k.run_id) AS n
                  FROM durable.runs k
                  WHERE k.status = 'leased' AND k.job_name = r.job_name
                  ORDER BY k.run_id LIMIT v_jlimit) x;
            IF v_jlimit - v_count <= 0 THEN
                v_skip := ARRAY[r.job_name];
                code := 'job_limit';
                reason := pg_catalog.format('job %s is at its concurrency limit of %s, held by runs %s',
                                            r.job_name, v_jlimit, v_holders);
                RETURN NEXT;
                v_blocked := true;
            END IF;
        END IF;
        IF r.concurrency_key IS NOT NULL AND NOT durable.key_free(r.concurrency_key, r.run_id) THEN
            SELECT k.run_id, k.worker, k.lease_expires_at INTO v_key FROM durable.runs k
            WHERE k.concurrency_key = r.concurrency_key AND k.status = 'leased'
              AND k.run_id <> r.run_id
            LIMIT 1;
            code := 'key_busy';
            reason := pg_catalog.format(
                'concurrency key %s held by run %s on worker %s (lease ends in %s s)',
                r.concurrency_key, v_key.run_id, v_key.worker,
                pg_catalog.round(EXTRACT(epoch FROM v_key.lease_expires_at - v_now)));
            RETURN NEXT;
            v_blocked := true;
        END IF;
    END IF;

    -- What durable.claim decides, from its own predicates: the reasons
    -- above must account for every run it would not take.
    IF NOT COALESCE(v_paused, false)
       AND (durable.claimable_expired(r.status, r.lease_expires_at, r.attempt, r.max_attempts,
                                      r.cancel_requested_at, v_now)
            OR (v_room AND durable.claimable_pending(r.status, r.run_at, r.job_name,
                                                     r.concurrency_key, r.run_id, v_now, v_skip))) THEN
        IF v_blocked THEN
            RAISE EXCEPTION 'explain_run: run % is claimable and blocked', r.run_id;
        END IF;
        code := 'claimable';
        reason := CASE WHEN r.status = 'leased' THEN pg_catalog.format(
                           'claimable now: the lease of worker %s expired at %s', r.worker,
                           r.lease_expires_at)
                       ELSE 'claimable now' END;
        RETURN NEXT;
    ELSIF NOT v_blocked THEN
        RAISE EXCEPTION 'explain_run: run % is not claimable and no reason was found', r.run_id;
    END IF;

    IF NOT EXISTS (SELECT 1 FROM durable.workers w
                   WHERE (w.queues IS NULL OR r.queue = ANY (w.queues))
                     AND w.last_seen > v_now - v_live) THEN
        code := 'no_worker';
        reason := pg_catalog.format(
            'no live worker serves queue %s (none registered for it was seen in the last 2 minutes)',
            r.queue);
        RETURN NEXT;
    END IF;
END
$$;

-- Runs, newest first, filtered by any of status, job, queue and tag (NULL:
-- any), at most max_runs of them; before_id pages on: runs older than it.
CREATE FUNCTION durable.list_runs(status text DEFAULT NULL, job_name text DEFAULT NULL,
                                  queue text DEFAULT NULL, tag text DEFAULT NULL,
                                  max_runs integer DEFAULT 50, before_id bigint DEFAULT NULL)
RETURNS SETOF durable.all_runs
LANGUAGE plpgsql STABLE
SECURITY DEFINER SET search_path = pg_catalog, pg_temp
AS $$
#variable_conflict use_column
DECLARE
    v_max integer := COALESCE(list_runs.max_runs, 50);
BEGIN
    IF list_runs.status IS NOT NULL AND NOT durable.accepts('run_statuses', list_runs.status) THEN
        RAISE EXCEPTION USING ERRCODE = 'DS001', MESSAGE = pg_catalog.format(
            'unknown run status %L: use %s', list_runs.status, durable.word_list('run_statuses'));
    END IF;
    PERFORM durable.check_range('max_runs', v_max, 1, durable.bound('max_list_runs'));
    RETURN QUERY
    SELECT a.* FROM durable.all_runs a
    WHERE (list_runs.status IS NULL OR a.status = list_runs.status)
      AND (list_runs.job_name IS NULL OR a.job_name = list_runs.job_name)
      AND (list_runs.queue IS NULL OR a.queue = list_runs.queue)
      AND (list_runs.tag IS NULL OR a.tags @> ARRAY[list_runs.tag])
      AND (list_runs.before_id IS NULL OR a.run_id < list_runs.before_id)
    ORDER BY a.run_id DESC
    LIMIT v_max;
END
$$;

-- The clock is read once (c.now), not once per run counted: per row it
-- cost more than the count itself, and its estimate pushed plans into JIT.
CREATE VIEW durable.queue_stats AS
    SELECT q.queue,
           p.pending, p.due, l.leased,
           c.now - p.oldest_due AS oldest_due_age,
           q.paused,
           w.waiting, q.priority, q.weight, q.concurrency_limit
    FROM durable.queues q
    CROSS JOIN (SELECT durable.now() AS now OFFSET 0) c  -- OFFSET 0: not flattened into each row
    CROSS JOIN LATERAL (
        SELECT pg_catalog.count(*) AS pending,
               pg_catalog.count(*) FILTER (WHERE r.run_at <= c.now) AS due,
               pg_catalog.min(r.run_at) FILTER (WHERE r.run_at <= c.now) AS oldest_due
        FROM durable.runs r WHERE r.status = 'pending' AND r.queue = q.queue) p
    CROSS JOIN LATERAL (
        SELECT pg_catalog.count(*) AS leased
        FROM durable.runs r WHERE r.status = 'leased' AND r.queue = q.queue) l
    CROSS JOIN LATERAL (
        SELECT pg_catalog.count(*) AS waiting
        FROM durable.runs r WHERE r.status = 'waiting' AND r.queue = q.queue) w;

CREATE VIEW durable.worker_status AS
    SELECT w.worker, w.queues, w.concurrency, w.started_at, w.last_seen,
           COALESCE(l.leased, 0) AS leased, w.info
    FROM durable.workers w
    LEFT JOIN (SELECT r.worker, pg_catalog.count(*) AS leased
               FROM durable.runs r WHERE r.status = 'leased' GROUP BY r.worker) l
           ON l.worker = w.worker;

-- Lag objectives (durable.set_queue(..., lag_slo => ...)): each queue's oldest
-- due run against its objective now, and how many of the runs started in the
-- last hour started within it (start delay = started_at - run_at, for each
-- run's latest attempt: leased runs, and terminal ones in run_history; runs of
-- jobs with keep_succeeded => false leave no history and count only while
-- leased).  The hour's counts are read only for queues with an objective
-- (NULL elsewhere), and history only by finished_at, so only the newest
-- partition is read.
CREATE VIEW durable.slo_status AS
    SELECT q.queue, q.lag_slo, c.now - d.oldest_due AS oldest_due_age,
           CASE WHEN q.lag_slo IS NOT NULL
                THEN COALESCE(c.now - d.oldest_due, interval '0') <= q.lag_slo END AS within_slo,
           h.started AS started_last_hour, h.within AS started_within_slo,
           CASE WHEN h.started > 0 THEN h.within::double precision / h.started END
               AS share_within_slo
    FROM durable.queues q
    CROSS JOIN (SELECT durable.now() AS now OFFSET 0) c  -- OFFSET 0: not flattened into each row
    CROSS JOIN LATERAL (
        SELECT pg_catalog.min(r.run_at) AS oldest_due
        FROM durable.runs r
        WHERE r.status = 'pending' AND r.queue = q.queue AND r.run_at <= c.now) d
    LEFT JOIN LATERAL (
        SELECT pg_catalog.count(*) AS started,
               pg_catalog.count(*) FILTER (WHERE x.started_at - x.run_at <= q.lag_slo) AS within
        FROM (SELECT r.started_at, r.run_at FROM durable.runs r
              WHERE r.status = 'leased' AND r.queue = q.queue
                AND r.started_at >= c.now - interval '1 hour'
              UNION ALL
              SELECT h.started_at, h.run_at FROM durable.run_history h
              WHERE h.finished_at >= c.now - interval '1 hour' AND h.queue = q.queue
                AND h.started_at >= c.now - interval '1 hour') x
        WHERE q.lag_slo IS NOT NULL) h ON q.lag_slo IS NOT NULL;

-- Log lines of runs, for readers who may not touch the table.
CREATE VIEW durable.log_lines AS
    SELECT l.run_id, l.log_id, l.attempt, l.level, l.message, l.worker, l.logged_at
    FROM durable.run_logs l;

-- Every attempt's error, for the same readers.
CREATE VIEW durable.attempt_errors AS
    SELECT e.run_id, e.error_id, e.attempt, e.outcome, e.error, e.worker, e.failed_at
    FROM durable.run_errors e;

CREATE VIEW durable.schedule_status AS
    SELECT s.name, s.job_name, s.cron, s.timezone, s.enabled, s.allow_concurrent, s.catch_up,
           s.next_run_at, s.last_run_at, s.last_run_id, lr.status AS last_run_status,
           s.last_skipped_at, s.args, s.queue, s.origin, s.created_at, s.updated_at
    FROM durable.schedules s
    LEFT JOIN LATERAL (SELECT a.status FROM durable.all_runs a
                       WHERE a.run_id = s.last_run_id LIMIT 1) lr ON true;

-- ----------------------------------------------------------------------------
-- Health: what keeps the hot table from staying small.  Every run leaves
-- dead rows behind in durable.runs (it is inserted, updated and deleted), and
-- VACUUM may only remove them once no open transaction could still see them.
-- One transaction left open anywhere in the database (an idle-in-transaction
-- session, a long report, a stuck migration) pins that horizon: dead rows pile
-- up, and every claim walks past them in the claim index, so claims slow down
-- until that transaction ends and vacuum catches up.
-- durable.health names the oldest open transaction and warns (the `warning`
-- column; durablesql status and the workers print it) when dead rows exceed
-- the dead_runs_warning setting, or a transaction has been open longer than
-- long_transaction.  It runs as the owner: to see other users' sessions the
-- owner needs pg_read_all_stats (a superuser has it).
-- ----------------------------------------------------------------------------
CREATE FUNCTION durable.health()
RETURNS TABLE (live_runs bigint, dead_runs bigint, last_vacuum timestamptz,
               oldest_xact_pid integer, oldest_xact_age interval, oldest_xact_user text,
               oldest_xact_application text, oldest_xact_state text, warning text)
LANGUAGE sql STABLE
SECURITY DEFINER SET search_path = pg_catalog, pg_temp
AS $$
    WITH t AS (
        SELECT s.n_live_tup, s.n_dead_tup, GREATEST(s.last_vacuum, s.last_autovacuum) AS vacuumed
        FROM pg_catalog.pg_stat_user_tables s WHERE s.relid = 'durable.runs'::regclass
    ), x AS (
        SELECT a.pid, pg_catalog.now() - a.xact_start AS age, a.usename::text AS usename,
               a.application_name, a.state
        FROM pg_catalog.pg_stat_activity a
        WHERE (a.backend_xmin IS NOT NULL OR a.backend_xid IS NOT NULL)
          AND a.datname = pg_catalog.current_database()
          AND a.pid <> pg_catalog.pg_backend_pid()
        ORDER BY a.xact_start LIMIT 1
    ), limits AS (
        SELECT durable.setting('long_transaction')::interval AS long_xact,
               durable.setting('dead_runs_warning')::bigint AS dead
    )
    SELECT t.n_live_tup, t.n_dead_tup, t.vacuumed, x.pid, x.age, x.usename,
           x.application_name, x.state,
           CASE
           WHEN t.n_dead_tup > l.dead AND x.pid IS NOT NULL THEN pg_catalog.format(
               '%s dead rows in durable.runs: the transaction of pid %s (%s, %L, %s) has been'
               ' open for %s and keeps vacuum from removing them; claims slow down until it ends',
               t.n_dead_tup, x.pid, x.usename, x.application_name, x.state,
               pg_catalog.date_trunc('second', x.age))
           WHEN t.n_dead_tup > l.dead THEN pg_catalog.format(
               '%s dead rows in durable.runs and no long transaction to blame: is autovacuum'
               ' on and keeping up?', t.n_dead_tup)
           WHEN x.age > l.long_xact THEN pg_catalog.format(
               'the transaction of pid %s (%s, %L, %s) has been open for %s: while it is,'
               ' vacuum cannot remove finished runs from durable.runs',
               x.pid, x.usename, x.application_name, x.state, pg_catalog.date_trunc('second', x.age))
           END
    FROM t CROSS JOIN limits l LEFT JOIN x ON true
$$;

-- ----------------------------------------------------------------------------
-- Metrics: the per-database numbers as Prometheus text exposition format
-- (version 0.0.4), for `durablesql metrics` or any scraper that can run SQL.
-- Every metric is a gauge read from the views and durable.health(); labels
-- are only queue and state, label values escaped as the format requires
-- (backslash, double quote, newline).  A metric without samples still has
-- its HELP and TYPE lines.
--   durablesql_queue_runs{queue,state}           waiting, pending (future runs
--                                                included, as queue_stats.pending),
--                                                leased
--   durablesql_queue_oldest_due_age_seconds{queue}  queue_stats.oldest_due_age,
--                                                0 when no run is due
--   durablesql_queue_paused{queue}               1 or 0
--   durablesql_queue_concurrency_limit{queue}    only queues with a limit
--   durablesql_workers_live                      workers seen in the last 2
--                                                minutes (as explain_run's no_worker)
--   durablesql_schedules_overdue                 enabled schedules whose
--                                                next_run_at is more than 1 minute past
--   durablesql_dead_rows                         durable.health().dead_runs
--   durablesql_oldest_transaction_age_seconds    durable.health().oldest_xact_age,
--                                                0 when no other transaction is open
-- ----------------------------------------------------------------------------
CREATE FUNCTION durable.metrics_text()
RETURNS text
LANGUAGE sql STABLE
SECURITY DEFINER SET search_path = pg_catalog, pg_temp
AS $$
    WITH c AS (
        SELECT durable.now() AS now OFFSET 0
    ), s AS (
        SELECT q.*,
               'queue="' || pg_catalog.replace(pg_catalog.replace(pg_catalog.replace(
                   q.queue, '\', '\\'), '"', '\"'), pg_catalog.chr(10), '\n') || '"' AS label
        FROM durable.queue_stats q
    ), h AS (
        SELECT * FROM durable.health() LIMIT 1
    ), metric (ord, name, help) AS (VALUES
        (1, 'durablesql_queue_runs',
            'Runs of a queue by state: waiting (on parents), pending (due or not), leased.'),
        (2, 'durablesql_queue_oldest_due_age_seconds',
            'How long the oldest due pending run of a queue has waited (0 when none is due).'),
        (3, 'durablesql_queue_paused', '1 when the queue is paused, else 0.'),
        (4, 'durablesql_queue_concurrency_limit',
            'The concurrency limit of a queue (only queues that have one).'),
        (5, 'durablesql_workers_live', 'Workers seen in the last 2 minutes.'),
        (6, 'durablesql_schedules_overdue',
            'Enabled schedules whose next run is more than 1 minute overdue.'),
        (7, 'durablesql_dead_rows', 'Dead rows in durable.runs (durable.health).'),
        (8, 'durablesql_oldest_transaction_age_seconds',
            'Age of the oldest other open transaction in the database (0 when none).'),
        (9, 'durablesql_queue_lag_slo_seconds',
            'The lag objective of a queue (only queues that have one).'),
        (10, 'durablesql_queue_within_slo',
            '1 when the oldest due run of a queue has waited no longer than its objective, else 0.'),
        (11, 'durablesql_queue_started_within_slo_ratio',
            'Share of the runs of a queue started in the last hour that started within its objective.')
    ), o AS (
        SELECT x.queue, x.lag_slo, x.within_slo, x.share_within_slo, s.label
        FROM durable.slo_status x JOIN s ON s.queue = x.queue WHERE x.lag_slo IS NOT NULL
    ), sample (ord, queue, sub, labels, value) AS (
        SELECT 1, s.queue, st.sub, s.label || ',state="' || st.state || '"', st.n::text
        FROM s CROSS JOIN LATERAL (VALUES (1, 'waiting', s.waiting), (2, 'pending', s.pending),
                                          (3, 'leased', s.leased)) st (sub, state, n)
        UNION ALL
        SELECT 2, s.queue, 0, s.label,
               COALESCE(pg_catalog.round(EXTRACT(epoch FROM s.oldest_due_age), 6), 0)::text
        FROM s
        UNION ALL
        SELECT 3, s.queue, 0, s.label, CASE WHEN s.paused THEN '1' ELSE '0' END FROM s
        UNION ALL
        SELECT 4, s.queue, 0, s.label, s.concurrency_limit::text
        FROM s WHERE s.concurrency_limit IS NOT NULL
        UNION ALL
        SELECT 5, '', 0, NULL, pg_catalog.count(*)::text
        FROM durable.workers w, c WHERE w.last_seen > c.now - interval '2 minutes'
        UNION ALL
        SELECT 6, '', 0, NULL, pg_catalog.count(*)::text
        FROM durable.schedules x, c
        WHERE x.enabled AND x.next_run_at < c.now - interval '1 minute'
        UNION ALL
        SELECT 7, '', 0, NULL, COALESCE(h.dead_runs, 0)::text FROM h
        UNION ALL
        SELECT 8, '', 0, NULL,
               COALESCE(pg_catalog.round(EXTRACT(epoch FROM h.oldest_xact_age), 6), 0)::text
        FROM h
        UNION ALL
        SELECT 9, o.queue, 0, o.label, pg_catalog.round(EXTRACT(epoch FROM o.lag_slo), 6)::text
        FROM o
        UNION ALL
        SELECT 10, o.queue, 0, o.label, CASE WHEN o.within_slo THEN '1' ELSE '0' END FROM o
        UNION ALL
        SELECT 11, o.queue, 0, o.label, pg_catalog.round(o.share_within_slo::numeric, 6)::text
        FROM o WHERE o.share_within_slo IS NOT NULL
    ), line (ord, queue, sub, text) AS (
        SELECT m.ord, '', -2, '# HELP ' || m.name || ' ' || m.help FROM metric m
        UNION ALL
        SELECT m.ord, '', -1, '# TYPE ' || m.name || ' gauge' FROM metric m
        UNION ALL
        SELECT x.ord, x.queue, x.sub,
               m.name || COALESCE('{' || x.labels || '}', '') || ' ' || x.value
        FROM sample x JOIN metric m ON m.ord = x.ord
    )
    SELECT pg_catalog.string_agg(l.text || pg_catalog.chr(10), ''
                                 ORDER BY l.ord, l.queue COLLATE "C", l.sub)
    FROM line l
$$;

-- ----------------------------------------------------------------------------
-- Roles and privileges.
--
-- Three roles, created when missing (roles belong to the whole server, so
-- every database with this schema shares them).  A DBA grants one of them to
-- a service's login role:   GRANT durable_producer TO orders_api;
--   durable_producer  enqueue and enqueue_many, and read the views
--   durable_worker    the producer's rights, plus what a worker calls:
--                     register, define jobs and schedules (registration sync),
--                     claim, complete, fail, heartbeat, release, log,
--                     set_progress, materialize_schedules, prune
--   durable_admin     the worker's rights, plus queue, run and schedule admin
-- No role but the owner touches a table.  The roles call functions that run
-- as the owner (SECURITY DEFINER) with search_path pinned to pg_catalog and
-- pg_temp, and every name in them is schema-qualified, so a caller cannot
-- shadow anything they use; the views read with the owner's rights.
-- Nothing in the schema is executable by PUBLIC, and internal helpers by no
-- role but the owner.  Installing needs the
-- right to create roles (CREATEROLE), or the three roles created beforehand.
-- ----------------------------------------------------------------------------
DO $$
DECLARE
    r text;
BEGIN
    FOREACH r IN ARRAY ARRAY['durable_producer', 'durable_worker', 'durable_admin'] LOOP
        IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_roles WHERE rolname = r) THEN
            EXECUTE pg_catalog.format('CREATE ROLE %I NOLOGIN', r);
        END IF;
    END LOOP;
    IF NOT pg_catalog.pg_has_role('durable_worker', 'durable_producer', 'MEMBER') THEN
        GRANT durable_producer TO durable_worker;
    END IF;
    IF NOT pg_catalog.pg_has_role('durable_admin', 'durable_worker', 'MEMBER') THEN
        GRANT durable_worker TO durable_admin;
    END IF;
END
$$;

REVOKE ALL ON SCHEMA durable FROM PUBLIC;
REVOKE ALL ON ALL TABLES IN SCHEMA durable FROM PUBLIC;
REVOKE ALL ON ALL SEQUENCES IN SCHEMA durable FROM PUBLIC;
-- PostgreSQL lets PUBLIC execute every new function, and a schema's default
-- privileges cannot take that away (ALTER DEFAULT PRIVILEGES IN SCHEMA only
-- adds to the global default).  So this REVOKE covers only what exists now:
-- every migration that creates a routine ends with the same statement, and
-- tests/test_roles.py checks the grants of every routine in the schema.
REVOKE EXECUTE ON ALL ROUTINES IN SCHEMA durable FROM PUBLIC;

GRANT USAGE ON SCHEMA durable TO durable_producer;

GRANT SELECT ON durable.all_runs, durable.queue_stats, durable.worker_status,
                durable.schedule_status, durable.log_lines, durable.slo_status,
                durable.attempt_errors
    TO durable_producer;
GRANT EXECUTE ON FUNCTION
    durable.now(),
    durable.fake_clock(),
    durable.schema_version(),
    durable.cron_next(text, timestamptz, text),
    durable.enqueue(text, jsonb, text, timestamptz, integer, integer, text, text, bigint[],
                    text[], interval, jsonb),
    durable.enqueue_many(text, jsonb[], text, timestamptz, integer, text[], jsonb),
    durable.enqueue_opts(text, jsonb, jsonb),
    durable.dependency_tree(bigint),
    durable.explain_run(bigint),
    durable.list_runs(text, text, text, text, integer, bigint),
    durable.cron_preview(text, timestamptz, text, integer),
    durable.limits(),
    durable.health(),
    durable.metrics_text()
    TO durable_producer;
GRANT EXECUTE ON FUNCTION
    durable.register_worker(text, text[], integer, jsonb),
    durable.unregister_worker(text),
    durable.define_job(text, text, integer, text, interval, interval, real, interval, integer,
                       integer, boolean),
    durable.define_schedule(text, text, text, text, jsonb, text, boolean, boolean, text),
    durable.sync_schedules(text, jsonb, text, text),
    durable.claim(text, text[], integer, interval, text),
    durable.complete(text, bigint[], jsonb[]),
    durable.fail(text, bigint, text, boolean),
    durable.heartbeat(text, bigint[], interval),
    durable.release(text, bigint[]),
    durable.log(text, bigint, text, text),
    durable.log_many(text, bigint[], text[], text[]),
    durable.set_progress(text, bigint, real, text),
    durable.set_progress_many(text, bigint[], real[], text[]),
    durable.materialize_schedules(timestamptz),
    durable.prune(interval, integer),
    durable.sweep(integer)
    TO durable_worker;
GRANT EXECUTE ON PROCEDURE durable.prune_all(interval, integer) TO durable_worker;
GRANT EXECUTE ON FUNCTION
    durable.set_queue(text, integer, integer, integer, interval),
    durable.set_queue_opts(text, jsonb),
    durable.pause_queue(text),
    durable.resume_queue(text),
    durable.cancel(bigint),
    durable.retry(bigint),
    durable.set_schedule_enabled(text, boolean),
    durable.update_schedule_cron(text, text, text),
    durable.run_schedule_now(text)
    TO durable_admin;

-- The history needs somewhere to go from the first completion on.
SELECT durable.ensure_history_partition(pg_catalog.now());
SELECT durable.ensure_history_partition(pg_catalog.now() + interval '1 month');

INSERT INTO durable.migrations (version, name) VALUES
    (1, '0001_init'),
    (2, '0002_queue_control'),
    (3, '0003_schedules'),
    (4, '0004_roles'),
    (5, '0005_performance'),
    (6, '0006_health'),
    (7, '0007_input_checks'),
    (8, '0008_lease_clock'),
    (9, '0009_operations'),
    (10, '0010_readable_engine'),
    (11, '0011_hot_path'),
    (12, '0012_faster_sql_path'),
    (13, '0013_enqueue_opts'),
    (14, '0014_explain_run'),
    (15, '0015_metrics_text'),
    (16, '0016_traces_and_objectives'),
    (17, '0017_attempt_errors');

COMMIT;
