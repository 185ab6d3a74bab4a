-- 0008_lease_clock: leases start at the wall clock of the claim or heartbeat,
-- not at the start of its transaction: one that waited longer than the lease
-- (behind a lock on durable.runs) handed out a lease already over, and a second
-- worker took the run at once.  See sql/postgres/schema.sql for the whole model.
BEGIN;
SELECT pg_advisory_xact_lock(431603508578);

CREATE OR REPLACE FUNCTION durable.lease_clock() RETURNS timestamptz
LANGUAGE sql VOLATILE AS $$
    SELECT CASE WHEN COALESCE(pg_catalog.current_setting('durable.fake_now', true), '')
                     OPERATOR(pg_catalog.=) ''
                THEN pg_catalog.clock_timestamp()
                ELSE durable.fake_clock() END
$$;

REVOKE EXECUTE ON FUNCTION durable.lease_clock() FROM PUBLIC;

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
    IF claim.worker IS NULL OR claim.worker = '' OR pg_catalog.length(claim.worker) > 128
       OR claim.worker ~ '[[:cntrl:]]' THEN
        PERFORM durable.check_name('worker name', claim.worker);
    END IF;
    IF pg_catalog.array_ndims(claim.queues) > 1 THEN
        RAISE EXCEPTION USING ERRCODE = 'DS001',
            MESSAGE = 'queues must be a one-dimensional array of queue names';
    END IF;
    IF v_max < 1 OR v_max > 10000 THEN
        PERFORM durable.check_range('max_runs', v_max, 1, 10000);
    END IF;
    IF v_lease <= interval '0' OR v_lease > interval '10 years' THEN
        PERFORM durable.check_interval('lease', v_lease, false);
    END IF;
    IF v_strategy NOT IN ('priority', 'strict', 'weighted') THEN
        RAISE EXCEPTION USING ERRCODE = 'DS001', MESSAGE = pg_catalog.format(
            'unknown claim strategy %L: use priority, strict or weighted', v_strategy);
    END IF;

    IF EXISTS (SELECT 1 FROM durable.runs r
               WHERE r.status = 'leased' AND r.lease_expires_at <= v_now
                 AND (r.attempt >= r.max_attempts OR r.cancel_requested_at IS NOT NULL)) THEN
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
    IF v_lease <= interval '0' OR v_lease > interval '10 years' THEN
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

INSERT INTO durable.migrations (version, name) VALUES (8, '0008_lease_clock');

COMMIT;
