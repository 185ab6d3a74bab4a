-- 0014_explain_run (issue 16, item 4: "why isn't run N running?").
--   * durable.explain_run(run_id): one row (code, reason) per reason the run
--     is not running, in order: terminal, leased, cancel_requested,
--     waiting_on_parents, not_due, queue_paused, queue_limit, job_limit,
--     key_busy, claimable, no_worker.  Each is decided by the predicates
--     durable.claim applies.  An unknown run is DS004.  Granted to
--     durable_producer (so to all three roles).
-- Every routine created or changed is here in full.
-- See sql/postgres/schema.sql for the whole model.
BEGIN;
SELECT pg_advisory_xact_lock(431603508578);

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

GRANT EXECUTE ON FUNCTION durable.explain_run(bigint) TO durable_producer;

-- New functions are executable by PUBLIC until revoked: schema default
-- privileges cannot prevent it (see the roles section of schema.sql).
REVOKE EXECUTE ON ALL ROUTINES IN SCHEMA durable FROM PUBLIC;

INSERT INTO durable.migrations (version, name) VALUES (14, '0014_explain_run');

COMMIT;
