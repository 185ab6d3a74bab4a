-- 0007_input_checks: what the hostile-input tests found: multidimensional and
-- odd-bounded arrays, non-boolean flags in a registration sync, a clock past
-- what a timestamp can hold, and a retry delay beyond 10 years are clean DS001
-- errors (or clamped) instead of other SQLSTATEs or wrong answers.
-- See sql/postgres/schema.sql for the whole model.
BEGIN;
SELECT pg_advisory_xact_lock(431603508578);

CREATE OR REPLACE FUNCTION durable.retry_delay(retry_behavior text, retry_delay interval,
                                    retry_max_delay interval, retry_jitter real, attempt integer)
RETURNS interval
LANGUAGE sql VOLATILE AS $$
    SELECT pg_catalog.make_interval(secs => GREATEST(0, LEAST(
        pg_catalog.date_part('epoch', $2)
            * CASE WHEN $1 = 'backoff' THEN pg_catalog.power(2::float8, LEAST(GREATEST($5 - 1, 0), 1000)) ELSE 1 END
            * (1 + $4 * (2 * pg_catalog.random() - 1)),
        pg_catalog.date_part('epoch', $3), 315576000)))
$$;

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
    IF pg_catalog.cardinality(parents) > 1000 THEN
        RAISE EXCEPTION USING ERRCODE = 'DS001', MESSAGE = pg_catalog.format(
            'depends_on lists %s runs; the limit is 1000', pg_catalog.cardinality(parents));
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
                SET status = 'leased', worker = claim.worker, lease_expires_at = v_now + v_lease,
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
                        lease_expires_at = v_now + v_lease, attempt = r.attempt + 1,
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

CREATE OR REPLACE FUNCTION durable.materialize_schedules(now timestamptz DEFAULT durable.now())
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
    IF v_existing NOT IN ('keep_database', 'update_from_code') THEN
        RAISE EXCEPTION USING ERRCODE = 'DS001', MESSAGE = pg_catalog.format(
            'existing must be keep_database or update_from_code, got %L', v_existing);
    END IF;
    IF v_orphaned NOT IN ('disable', 'ignore') THEN
        RAISE EXCEPTION USING ERRCODE = 'DS001', MESSAGE = pg_catalog.format(
            'orphaned must be disable or ignore, got %L', v_orphaned);
    END IF;
    IF sync_schedules.schedules IS NULL OR pg_catalog.jsonb_typeof(sync_schedules.schedules) <> 'array' THEN
        RAISE EXCEPTION USING ERRCODE = 'DS001', MESSAGE = pg_catalog.format(
            'schedules must be a JSON array, got %s',
            COALESCE(pg_catalog.jsonb_typeof(sync_schedules.schedules), 'NULL'));
    END IF;
    -- Two workers of one program starting at once sync one after the other.
    PERFORM pg_catalog.pg_advisory_xact_lock(4316037, pg_catalog.hashtext(sync_schedules.owner));

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

INSERT INTO durable.migrations (version, name) VALUES (7, '0007_input_checks');

COMMIT;
