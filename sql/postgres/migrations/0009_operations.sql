-- 0009_operations: what the Python layer composed in SQL strings of its own,
-- as functions every client can call: log lines and progress in batches
-- (log and set_progress become one-element forms of them), a filtered list
-- of runs, define_schedule returning the next run time, the limits and
-- vocabularies clients used to copy, and a cron preview by the engine's rule.
-- See sql/postgres/schema.sql for the whole model.
BEGIN;
SELECT pg_advisory_xact_lock(431603508578);

-- ----------------------------------------------------------------------------
-- Limits and vocabularies: the bounds and the words the functions accept,
-- for clients that check or cut input before they call (a worker cuts a log
-- line to max_log_message rather than lose a batch of them), so that none of
-- them keeps a copy to drift.  Intervals are in seconds.
-- ----------------------------------------------------------------------------
CREATE FUNCTION durable.limits() RETURNS jsonb
LANGUAGE sql IMMUTABLE AS $$
    SELECT '{
        "max_name_length": 128,
        "max_key_length": 512,
        "max_log_message": 65536,
        "max_progress_note": 1000,
        "max_claim_runs": 10000,
        "max_depends_on": 1000,
        "max_list_runs": 10000,
        "max_cron_preview": 1000,
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
    WHERE u.level IS NULL OR u.level NOT IN ('debug', 'info', 'warning', 'error')
       OR u.message IS NULL OR pg_catalog.length(u.message) > 65536
    ORDER BY u.ord LIMIT 1;
    IF FOUND THEN
        IF v_bad.level IS NULL OR v_bad.level NOT IN ('debug', 'info', 'warning', 'error') THEN
            RAISE EXCEPTION USING ERRCODE = 'DS001', MESSAGE = pg_catalog.format(
                'log level must be debug, info, warning or error, got %L', v_bad.level);
        END IF;
        RAISE EXCEPTION USING ERRCODE = 'DS001', MESSAGE = pg_catalog.format(
            'log message must be text of at most 65536 characters, got %s',
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

DROP FUNCTION durable.log(text, bigint, text, text);
CREATE FUNCTION durable.log(worker text, run_id bigint, level text, message text)
RETURNS boolean
LANGUAGE sql
SECURITY DEFINER SET search_path = pg_catalog, pg_temp
AS $$ SELECT durable.log_many($1, ARRAY[$2], ARRAY[$3], ARRAY[$4]) OPERATOR(pg_catalog.=) 1 $$;

-- progress is a fraction from 0 to 1; note is free text (at most 1000
-- characters).  Several values for one run: the last one counts.  Returns
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
       OR pg_catalog.length(u.note) > 1000
    ORDER BY u.ord LIMIT 1;
    IF FOUND THEN
        IF v_bad.progress IS NULL OR NOT (v_bad.progress >= 0 AND v_bad.progress <= 1) THEN
            RAISE EXCEPTION USING ERRCODE = 'DS001', MESSAGE = pg_catalog.format(
                'progress must be between 0 and 1, got %s', COALESCE(v_bad.progress::text, 'NULL'));
        END IF;
        RAISE EXCEPTION USING ERRCODE = 'DS001', MESSAGE = pg_catalog.format(
            'progress note is %s characters long; the limit is 1000', pg_catalog.length(v_bad.note));
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

DROP FUNCTION durable.set_progress(text, bigint, real, text);
CREATE FUNCTION durable.set_progress(worker text, run_id bigint, progress real,
                                     note text DEFAULT NULL) RETURNS boolean
LANGUAGE sql
SECURITY DEFINER SET search_path = pg_catalog, pg_temp
AS $$ SELECT durable.set_progress_many($1, ARRAY[$2], ARRAY[$3], ARRAY[$4]) OPERATOR(pg_catalog.=) 1 $$;

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
    PERFORM durable.check_range('count', count, 1, 1000);
    v_at := durable.cron_next(cron, after, v_zone);  -- checks the zone, `after` and the cron
    v_spec := durable.cron_parse(cron);
    FOR i IN 1 .. count LOOP
        RETURN NEXT v_at;
        EXIT WHEN i = count;
        v_at := durable.cron_next_spec(v_spec, v_at, v_zone);
    END LOOP;
END
$$;

DROP FUNCTION durable.define_schedule(text, text, text, text, jsonb, text, boolean, boolean, text);
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
    IF v_catch_up NOT IN ('skip_missed', 'catch_up') THEN
        RAISE EXCEPTION USING ERRCODE = 'DS001', MESSAGE = pg_catalog.format(
            'catch_up must be skip_missed or catch_up, got %L', v_catch_up);
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
    IF list_runs.status IS NOT NULL AND list_runs.status NOT IN
           ('waiting', 'pending', 'leased', 'succeeded', 'failed', 'cancelled') THEN
        RAISE EXCEPTION USING ERRCODE = 'DS001', MESSAGE = pg_catalog.format(
            'unknown run status %L: use waiting, pending, leased, succeeded, failed or cancelled',
            list_runs.status);
    END IF;
    PERFORM durable.check_range('max_runs', v_max, 1, 10000);
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

REVOKE EXECUTE ON ALL ROUTINES IN SCHEMA durable FROM PUBLIC;
GRANT EXECUTE ON FUNCTION
    durable.list_runs(text, text, text, text, integer, bigint),
    durable.cron_preview(text, timestamptz, text, integer),
    durable.limits()
    TO durable_producer;
GRANT EXECUTE ON FUNCTION
    durable.define_schedule(text, text, text, text, jsonb, text, boolean, boolean, text),
    durable.log(text, bigint, text, text),
    durable.log_many(text, bigint[], text[], text[]),
    durable.set_progress(text, bigint, real, text),
    durable.set_progress_many(text, bigint[], real[], text[])
    TO durable_worker;

INSERT INTO durable.migrations (version, name) VALUES (9, '0009_operations');

COMMIT;
