-- 0016_traces_and_objectives (issue 16, items 2 and 5: OpenTelemetry trace
-- context and lag objectives).
--   * durable.check_traceparent(value), durable.traced_meta(meta): a run keeps
--     the W3C traceparent of its producer as meta->>'traceparent'; enqueue and
--     enqueue_many check one given in meta, or add the session's
--     durable.traceparent (SET LOCAL durable.traceparent = '00-…-…-01') when
--     meta has none.  A malformed one is DS001.
--   * durable.claimed_run gains traceparent; durable.claim returns it.
--   * durable.queues.lag_slo; durable.set_queue(..., lag_slo interval) (the
--     four-parameter form is replaced; '0' removes the objective) and
--     durable.set_queue_opts(queue, options jsonb), the form every engine has.
--   * View durable.slo_status (oldest due age against the objective, the last
--     hour's starts within it); durable.metrics_text() exports it.
-- Every routine created or changed is here in full.
-- See sql/postgres/schema.sql for the whole model.
BEGIN;
SELECT pg_advisory_xact_lock(431603508578);

ALTER TABLE durable.queues ADD COLUMN lag_slo interval CHECK (lag_slo > interval '0');
ALTER TYPE durable.claimed_run ADD ATTRIBUTE traceparent text;
DROP FUNCTION durable.set_queue(text, integer, integer, integer);

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
CREATE OR REPLACE FUNCTION durable.metrics_text()
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

GRANT SELECT ON durable.slo_status TO durable_producer;
GRANT EXECUTE ON FUNCTION
    durable.set_queue(text, integer, integer, integer, interval),
    durable.set_queue_opts(text, jsonb)
    TO durable_admin;

-- New functions are executable by PUBLIC until revoked: schema default
-- privileges cannot prevent it (see the roles section of schema.sql).
REVOKE EXECUTE ON ALL ROUTINES IN SCHEMA durable FROM PUBLIC;

INSERT INTO durable.migrations (version, name) VALUES (16, '0016_traces_and_objectives');

COMMIT;
