-- 0012_faster_sql_path (issue 14, part 2): the SQL path closer to a plain
-- queue table.  Measured with benchmarks/bench_sql.py, batches of 100 runs.
--   * durable.finish_runs deletes the successes of jobs defined with
--     keep_succeeded => false in a DELETE of its own that returns three
--     narrow columns, instead of copying whole rows out for history rows
--     that are never written; the history statement runs only for what is
--     left.  complete of 100 such runs: ~390 -> ~240 us.
--   * durable.finish_runs uses generic plans (SET plan_cache_mode): its
--     DELETE was planned afresh on every call.  complete of 100 runs kept
--     in history: ~620 -> ~540 us.
--   * durable.claim leases one unlimited queue's runs in one statement
--     (lock the candidates and update them, as a plain queue would) when no
--     limit is in play and no candidate has a concurrency key; otherwise the
--     general path runs as before.  claim of 100: ~730 -> ~650 us.
-- Every routine changed is here in full.
-- See sql/postgres/schema.sql for the whole model.
BEGIN;
SELECT pg_advisory_xact_lock(431603508578);

CREATE OR REPLACE FUNCTION durable.finish_runs(
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
                      r.run_at, r.lease_expires_at, r.timeout, r.priority
        )
        SELECT c.run_id, c.job_name, c.queue, c.args, c.attempt, c.max_attempts, c.run_at,
               c.lease_expires_at, c.timeout, c.priority
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
           r.lease_expires_at, r.timeout, r.priority
    FROM durable.runs r WHERE r.run_id = ANY (v_taken)
    ORDER BY CASE WHEN v_strategy = 'strict' THEN pg_catalog.array_position(v_queues, r.queue) END,
             r.priority DESC, r.run_at, r.run_id;
END
$$;

-- New functions are executable by PUBLIC until revoked: schema default
-- privileges cannot prevent it (see the roles section of schema.sql).
REVOKE EXECUTE ON ALL ROUTINES IN SCHEMA durable FROM PUBLIC;

INSERT INTO durable.migrations (version, name) VALUES (12, '0012_faster_sql_path');

COMMIT;
