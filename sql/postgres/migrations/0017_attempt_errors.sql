-- 0017_attempt_errors (issue 19: the dashboard's run page shows every
-- attempt's error, not only the latest).
--   * Table durable.run_errors: one row per attempt that ended in an error,
--     written by durable.fail() (outcome retrying, failed or cancelled) and by
--     durable.settle_expired() (a lease that expired with no attempts left).
--   * durable.prune removes a run's rows with the run.
--   * View durable.attempt_errors, granted to durable_producer (so to all
--     three roles), as durable.log_lines is.
--   * durable.dependency_tree: the same rows, found by key (the planner's
--     estimate over the whole all_runs view made it JIT-compile for a second
--     on a large history); SET jit = off.
-- Every routine created or changed is here in full.
-- See sql/postgres/schema.sql for the whole model.
BEGIN;
SELECT pg_advisory_xact_lock(431603508578);

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

CREATE OR REPLACE FUNCTION durable.settle_expired(at timestamptz) RETURNS integer
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

CREATE OR REPLACE FUNCTION durable.fail(worker text, run_id bigint, error text, retryable boolean DEFAULT true)
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

CREATE OR REPLACE FUNCTION durable.prune(older_than interval DEFAULT NULL, batch_size integer DEFAULT 1000)
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

-- Every attempt's error, for the same readers.
CREATE VIEW durable.attempt_errors AS
    SELECT e.run_id, e.error_id, e.attempt, e.outcome, e.error, e.worker, e.failed_at
    FROM durable.run_errors e;

-- As schema.sql's REVOKE ALL ON ALL TABLES leaves them: readers go through the view.
REVOKE ALL ON durable.run_errors FROM PUBLIC;
REVOKE ALL ON SEQUENCE durable.run_errors_error_id_seq FROM PUBLIC;
GRANT SELECT ON durable.attempt_errors TO durable_producer;

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
CREATE OR REPLACE FUNCTION durable.dependency_tree(run_id bigint)
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

-- New functions are executable by PUBLIC until revoked: schema default
-- privileges cannot prevent it (see the roles section of schema.sql).
REVOKE EXECUTE ON ALL ROUTINES IN SCHEMA durable FROM PUBLIC;

INSERT INTO durable.migrations (version, name) VALUES (17, '0017_attempt_errors');

COMMIT;
