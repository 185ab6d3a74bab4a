-- 0010_readable_engine: one source for each rule (issue 13), no change of
-- behaviour.  The exit path is one function with a name that says what it
-- does: durable.archive becomes durable.finish_runs(run_ids, status, owner,
-- results, errors, settle_children), called with named arguments.  What
-- makes a run claimable, and an expired lease, are written once as inlined
-- SQL predicates (lease_expired, retakeable, claimable_expired,
-- claimable_pending).  Bounds and words are read from durable.limits()
-- (durable.bound, durable.accepts, durable.word_list), which gains
-- max_interval and min_max_args_bytes; advisory lock keys from durable.lock_key.
-- The 10-year cap on intervals is measured one way everywhere (seconds, as
-- extract(epoch) reads an interval), so '3652 days' is now accepted like
-- '10 years'.  Every routine created or changed is here in full.
-- See sql/postgres/schema.sql for the whole model.
BEGIN;
SELECT pg_advisory_xact_lock(431603508578);


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
CREATE OR REPLACE FUNCTION durable.limits() RETURNS jsonb
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
CREATE OR REPLACE FUNCTION durable.check_name(kind text, value text,
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

CREATE OR REPLACE FUNCTION durable.check_interval(kind text, value interval, allow_zero boolean)
RETURNS void LANGUAGE plpgsql IMMUTABLE AS $$
BEGIN
    IF NOT durable.interval_in_range(value, allow_zero) THEN
        RAISE EXCEPTION USING ERRCODE = 'DS001', MESSAGE = pg_catalog.format(
            '%s must be %s and at most 10 years, got %s',
            kind, CASE WHEN allow_zero THEN 'zero or positive' ELSE 'positive' END, value);
    END IF;
END
$$;

CREATE OR REPLACE FUNCTION durable.validate_setting() RETURNS trigger
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

-- Upsert.  An explicit NULL means "the default" (from durable.settings);
-- concurrency_limit NULL or 0 means no limit.
CREATE OR REPLACE FUNCTION durable.define_job(
    job_name        text,
    queue           text     DEFAULT 'default',
    max_attempts    integer  DEFAULT 3,
    retry_behavior  text     DEFAULT 'fixed',
    retry_delay     interval DEFAULT '5 seconds',
    retry_max_delay interval DEFAULT '1 hour',
    retry_jitter    real     DEFAULT 0,
    timeout         interval DEFAULT NULL,
    priority        integer  DEFAULT 0,
    concurrency_limit integer DEFAULT NULL
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
                                   created_at, updated_at, concurrency_limit)
    VALUES (define_job.job_name, v_queue, v_max_attempts, v_retry_behavior, v_retry_delay,
            v_retry_max_delay, v_retry_jitter, define_job.timeout,
            COALESCE(define_job.priority, 0), v_now, v_now,
            NULLIF(define_job.concurrency_limit, 0))
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
        concurrency_limit = EXCLUDED.concurrency_limit;
END
$$;

CREATE OR REPLACE FUNCTION durable.ensure_history_partition(at timestamptz) RETURNS text
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
CREATE FUNCTION durable.finish_runs(
    run_ids bigint[], status text, owner text DEFAULT NULL,
    results jsonb[] DEFAULT NULL, errors text[] DEFAULT NULL, settle_children boolean DEFAULT true
) RETURNS integer
LANGUAGE plpgsql AS $$
DECLARE
    v_now      timestamptz := durable.now();
    v_count    integer;
    v_done     bigint[];
    v_statuses text[];
    v_limited  text[];
    v_tries    integer := 0;
    -- A flag, not `owner IS NULL` in the query: the planner guesses that
    -- `$n IS NULL` holds almost never and would sort the deleted rows for a
    -- merge join below.
    v_any_run  boolean := finish_runs.owner IS NULL;
BEGIN
    LOOP
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
            )
            -- (moved runs to completion whether or not it is read.)
            SELECT pg_catalog.count(*) FILTER (WHERE g.final_status = finish_runs.status),
                   pg_catalog.array_agg(g.run_id),
                   pg_catalog.array_agg(g.final_status),  -- in step with the ids
                   pg_catalog.array_agg(DISTINCT g.queue) FILTER (WHERE g.limited)
            INTO v_count, v_done, v_statuses, v_limited
            FROM gone g;
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

-- Parents that just became terminal release their waiting children: each
-- success counts down the child's waiting_on, and the child whose count
-- reaches zero becomes pending in this same transaction.  A parent that
-- failed or was cancelled cancels its waiting children with the error
-- 'dependency <parent id> <status>', and those cancel theirs, level by level.
CREATE OR REPLACE FUNCTION durable.settle_children(parent_ids bigint[], parent_statuses text[]) RETURNS void
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
CREATE OR REPLACE FUNCTION durable.check_args(args jsonb, what text) RETURNS void
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

-- The parents of a new (or retried) run.  Every id must exist.  Live parents
-- are locked FOR KEY SHARE: that leaves their workers free to heartbeat and
-- fail-with-retry them, but their completion (a DELETE) waits until this
-- transaction ends — and then sees this child, so no parent can finish
-- unseen by a child that counted it as live.  Returns the distinct parent
-- ids, how many are live, and, when one of them already failed or was
-- cancelled, the error its child gets: 'dependency <id> <status>'.
CREATE OR REPLACE FUNCTION durable.lock_parents(depends_on bigint[], OUT parents bigint[],
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
CREATE OR REPLACE FUNCTION durable.enqueue(
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
               enqueue.tags, v_now, v_parents, v_waiting, enqueue.meta
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

-- One statement for the whole batch; returns the ids in the order of args.
CREATE OR REPLACE FUNCTION durable.enqueue_many(
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
               v_job.max_attempts, v_job.timeout, v_now, enqueue_many.tags, enqueue_many.meta
        FROM unnest(enqueue_many.args) WITH ORDINALITY AS a(doc, ord)
        ORDER BY a.ord
        RETURNING run_id
    )
    SELECT ins.run_id FROM ins ORDER BY ins.run_id;
END
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
CREATE OR REPLACE FUNCTION durable.lock_claimable(queue text, at timestamptz, lim integer, cap integer,
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

CREATE OR REPLACE FUNCTION durable.peek_claimable(queue text, at timestamptz, lim integer, cap integer,
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
CREATE OR REPLACE FUNCTION durable.settle_expired(at timestamptz) RETURNS integer
LANGUAGE plpgsql AS $$
DECLARE
    v_ids    bigint[];
    v_errors text[];
BEGIN
    SELECT pg_catalog.array_agg(x.run_id), pg_catalog.array_agg(x.error) INTO v_ids, v_errors
    FROM (
        SELECT r.run_id,
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
        FOR UPDATE SKIP LOCKED) x;
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
CREATE OR REPLACE FUNCTION durable.capacity(kind text, name text, lim integer) RETURNS integer
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

-- Up to max_runs claimable runs for `worker`, leased for `lease`, in the
-- order the worker should start them.
--
-- Generic plans: the claim queries take their queue, limit and time as
-- parameters, and their best plan never depends on the values (the claim
-- index, in order, with a LIMIT).  Left to choose, PL/pgSQL plans them
-- afresh on every call, which cost more than running them.
CREATE OR REPLACE FUNCTION durable.claim(
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
                          r.run_at, r.lease_expires_at, r.timeout, r.priority
            )
            SELECT c.run_id, c.job_name, c.queue, c.args, c.attempt, c.max_attempts, c.run_at,
                   c.lease_expires_at, c.timeout, c.priority
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
        v_dropped := COALESCE(pg_catalog.cardinality(v_pick), 0) < pg_catalog.cardinality(v_ids);

        -- The pending runs among the picks use up capacity (expired ones do not).
        SELECT pg_catalog.array_agg(r.job_name), pg_catalog.array_agg(r.queue)
        INTO v_started_jobs, v_started_queues
        FROM durable.runs r WHERE r.run_id = ANY (v_pick) AND r.status = 'pending';

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
                    WHERE r.run_id = ANY (v_pick)
                    RETURNING r.run_id
                )
                SELECT pg_catalog.array_agg(c.run_id) INTO v_got FROM claimed c;
            EXCEPTION WHEN unique_violation THEN
                -- Another claimer leased a run with one of these keys just now:
                -- nothing of this round is claimed; look again (its lease is
                -- visible to the next round).
                v_dropped := true;
            END;
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
           r.lease_expires_at, r.timeout, r.priority
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
CREATE OR REPLACE FUNCTION durable.complete(worker text, run_ids bigint[], results jsonb[] DEFAULT NULL)
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

-- Retry delay for a failed attempt: base, doubled per attempt for 'backoff',
-- spread by ± jitter ratio, clamped to max_delay.  Computed in seconds as
-- double precision so a high attempt number cannot overflow an interval, and
-- never more than max_interval (what define_job allows for either delay).
CREATE OR REPLACE FUNCTION durable.retry_delay(retry_behavior text, retry_delay interval,
                                    retry_max_delay interval, retry_jitter real, attempt integer)
RETURNS interval
LANGUAGE sql VOLATILE AS $$
    SELECT pg_catalog.make_interval(secs => GREATEST(0, LEAST(
        pg_catalog.date_part('epoch', $2)
            * CASE WHEN $1 = 'backoff' THEN pg_catalog.power(2::float8, LEAST(GREATEST($5 - 1, 0), 1000)) ELSE 1 END
            * (1 + $4 * (2 * pg_catalog.random() - 1)),
        pg_catalog.date_part('epoch', $3), durable.bound('max_interval'))))
$$;

CREATE OR REPLACE FUNCTION durable.fail(worker text, run_id bigint, error text, retryable boolean DEFAULT true)
RETURNS text
LANGUAGE plpgsql
SECURITY DEFINER SET search_path = pg_catalog, pg_temp
AS $$
#variable_conflict use_column
DECLARE
    v_now   timestamptz := durable.now();
    v_error text := COALESCE(fail.error, 'failed without an error message');
    v       record;
    v_delay interval;
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

    IF v.cancel_requested_at IS NOT NULL THEN
        PERFORM durable.finish_runs(ARRAY[fail.run_id], 'cancelled', errors => ARRAY[v_error]);
        RETURN 'cancelled';
    END IF;

    IF COALESCE(fail.retryable, true) AND v.attempt < v.max_attempts THEN
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
CREATE OR REPLACE FUNCTION durable.heartbeat(worker text, run_ids bigint[], lease interval DEFAULT '30 seconds')
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
CREATE OR REPLACE FUNCTION durable.release(worker text, run_ids bigint[]) RETURNS integer
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

-- Log lines of runs the worker still holds, in array order: one call for all
-- the lines a worker's handlers logged since its last call.  Lines of runs it
-- no longer holds are dropped.  Returns how many lines were written.  One bad
-- element (level or message) rejects the whole call and is named.
CREATE OR REPLACE FUNCTION durable.log_many(worker text, run_ids bigint[], levels text[], messages text[])
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

-- progress is a fraction from 0 to 1; note is free text (at most
-- max_progress_note characters).  Several values for one run: the last one counts.  Returns
-- how many runs the worker still held (and so updated).
CREATE OR REPLACE FUNCTION durable.set_progress_many(worker text, run_ids bigint[], progress real[],
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

-- ----------------------------------------------------------------------------
-- Operators.
-- ----------------------------------------------------------------------------
-- true: the run is now cancelled, or being cancelled (it was running: its
-- worker is told with NOTIFY durable_cancel and loses it at the next
-- heartbeat); false: it had already finished.
CREATE OR REPLACE FUNCTION durable.cancel(run_id bigint) RETURNS boolean
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

-- The next `count` fire times after `after`, by the rule every schedule
-- follows (what `durablesql schedules next` prints).
CREATE OR REPLACE FUNCTION durable.cron_preview(cron text, after timestamptz, timezone text DEFAULT 'UTC',
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

-- Upsert.  Changing the cron, the time zone or enabling the schedule
-- computes its next slot from now; an upsert that changes neither keeps the
-- slot it was waiting for.  Returns the next run time (NULL when disabled).
CREATE OR REPLACE FUNCTION durable.define_schedule(
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
CREATE OR REPLACE FUNCTION durable.sync_schedules(owner text, schedules jsonb,
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

-- Runs, newest first, filtered by any of status, job, queue and tag (NULL:
-- any), at most max_runs of them; before_id pages on: runs older than it.
CREATE OR REPLACE FUNCTION durable.list_runs(status text DEFAULT NULL, job_name text DEFAULT NULL,
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

-- The old exit, replaced by durable.finish_runs.
DROP FUNCTION durable.archive(bigint[], text, boolean, text, jsonb[], text[], boolean);

-- New functions are executable by PUBLIC until revoked: schema default
-- privileges cannot prevent it (see the roles section of schema.sql).
REVOKE EXECUTE ON ALL ROUTINES IN SCHEMA durable FROM PUBLIC;

INSERT INTO durable.migrations (version, name) VALUES (10, '0010_readable_engine');

COMMIT;
