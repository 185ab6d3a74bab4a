-- 0004_roles: least-privilege roles; the functions they call run as the owner
-- with a pinned search_path; nothing is executable by PUBLIC.
-- See sql/postgres/schema.sql for the whole model.
BEGIN;
SELECT pg_advisory_xact_lock(431603508578);

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
CREATE OR REPLACE FUNCTION durable.now() RETURNS timestamptz
LANGUAGE sql STABLE AS $$
    SELECT CASE WHEN COALESCE(pg_catalog.current_setting('durable.fake_now', true), '')
                     OPERATOR(pg_catalog.=) ''
                THEN pg_catalog.now()
                ELSE durable.fake_clock() END
$$;
COMMENT ON FUNCTION durable.now() IS
    'Transaction time, or the session setting durable.fake_now when set (tests, the owner only).';

-- Without a Python worker (pg_cron, or any scheduler): keeps retention
-- going in batches, each committed on its own, until nothing is left.
CREATE OR REPLACE PROCEDURE durable.prune_all(older_than interval DEFAULT NULL, batch_size integer DEFAULT 1000)
LANGUAGE plpgsql AS $$
BEGIN
    -- (No SET search_path: a procedure with one may not COMMIT.  It runs with
    -- the caller's rights, so the operator is qualified rather than trusted.)
    WHILE durable.prune(older_than, batch_size) OPERATOR(pg_catalog.>) 0 LOOP
        COMMIT;
    END LOOP;
END
$$;

-- The entry points run as the owner, resolving names in pg_catalog only.
ALTER FUNCTION durable.cancel(bigint)
    SECURITY DEFINER SET search_path = pg_catalog, pg_temp;
ALTER FUNCTION durable.claim(text,text[],integer,interval,text)
    SECURITY DEFINER SET search_path = pg_catalog, pg_temp;
ALTER FUNCTION durable.complete(text,bigint[],jsonb[])
    SECURITY DEFINER SET search_path = pg_catalog, pg_temp;
ALTER FUNCTION durable.cron_next(text,timestamp with time zone,text)
    SECURITY DEFINER SET search_path = pg_catalog, pg_temp;
ALTER FUNCTION durable.define_job(text,text,integer,text,interval,interval,real,interval,integer,integer)
    SECURITY DEFINER SET search_path = pg_catalog, pg_temp;
ALTER FUNCTION durable.define_schedule(text,text,text,text,jsonb,text,boolean,boolean,text)
    SECURITY DEFINER SET search_path = pg_catalog, pg_temp;
ALTER FUNCTION durable.dependency_tree(bigint)
    SECURITY DEFINER SET search_path = pg_catalog, pg_temp;
ALTER FUNCTION durable.enqueue(text,jsonb,text,timestamp with time zone,integer,integer,text,text,bigint[],text[],interval,jsonb)
    SECURITY DEFINER SET search_path = pg_catalog, pg_temp;
ALTER FUNCTION durable.enqueue_many(text,jsonb[],text,timestamp with time zone,integer,text[],jsonb)
    SECURITY DEFINER SET search_path = pg_catalog, pg_temp;
ALTER FUNCTION durable.fail(text,bigint,text,boolean)
    SECURITY DEFINER SET search_path = pg_catalog, pg_temp;
ALTER FUNCTION durable.heartbeat(text,bigint[],interval)
    SECURITY DEFINER SET search_path = pg_catalog, pg_temp;
ALTER FUNCTION durable.log(text,bigint,text,text)
    SECURITY DEFINER SET search_path = pg_catalog, pg_temp;
ALTER FUNCTION durable.materialize_schedules(timestamp with time zone)
    SECURITY DEFINER SET search_path = pg_catalog, pg_temp;
ALTER FUNCTION durable.pause_queue(text)
    SECURITY DEFINER SET search_path = pg_catalog, pg_temp;
ALTER FUNCTION durable.prune(interval,integer)
    SECURITY DEFINER SET search_path = pg_catalog, pg_temp;
ALTER FUNCTION durable.register_worker(text,text[],integer,jsonb)
    SECURITY DEFINER SET search_path = pg_catalog, pg_temp;
ALTER FUNCTION durable.release(text,bigint[])
    SECURITY DEFINER SET search_path = pg_catalog, pg_temp;
ALTER FUNCTION durable.resume_queue(text)
    SECURITY DEFINER SET search_path = pg_catalog, pg_temp;
ALTER FUNCTION durable.retry(bigint)
    SECURITY DEFINER SET search_path = pg_catalog, pg_temp;
ALTER FUNCTION durable.run_schedule_now(text)
    SECURITY DEFINER SET search_path = pg_catalog, pg_temp;
ALTER FUNCTION durable.schema_version()
    SECURITY DEFINER SET search_path = pg_catalog, pg_temp;
ALTER FUNCTION durable.set_progress(text,bigint,real,text)
    SECURITY DEFINER SET search_path = pg_catalog, pg_temp;
ALTER FUNCTION durable.set_queue(text,integer,integer,integer)
    SECURITY DEFINER SET search_path = pg_catalog, pg_temp;
ALTER FUNCTION durable.set_schedule_enabled(text,boolean)
    SECURITY DEFINER SET search_path = pg_catalog, pg_temp;
ALTER FUNCTION durable.sync_schedules(text,jsonb,text,text)
    SECURITY DEFINER SET search_path = pg_catalog, pg_temp;
ALTER FUNCTION durable.unregister_worker(text)
    SECURITY DEFINER SET search_path = pg_catalog, pg_temp;
ALTER FUNCTION durable.update_schedule_cron(text,text,text)
    SECURITY DEFINER SET search_path = pg_catalog, pg_temp;

-- Log lines of runs, for readers who may not touch the table.
CREATE VIEW durable.log_lines AS
    SELECT l.run_id, l.log_id, l.attempt, l.level, l.message, l.worker, l.logged_at
    FROM durable.run_logs l;

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
-- Nothing in the schema is executable by PUBLIC.  Installing needs the
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
REVOKE EXECUTE ON ALL ROUTINES IN SCHEMA durable FROM PUBLIC;
-- ... and for what later migrations create.
ALTER DEFAULT PRIVILEGES IN SCHEMA durable REVOKE EXECUTE ON ROUTINES FROM PUBLIC;

GRANT USAGE ON SCHEMA durable TO durable_producer;

GRANT SELECT ON durable.all_runs, durable.queue_stats, durable.worker_status,
                durable.schedule_status, durable.log_lines
    TO durable_producer;
GRANT EXECUTE ON FUNCTION
    durable.now(),
    durable.fake_clock(),
    durable.schema_version(),
    durable.cron_next(text, timestamptz, text),
    durable.enqueue(text, jsonb, text, timestamptz, integer, integer, text, text, bigint[],
                    text[], interval, jsonb),
    durable.enqueue_many(text, jsonb[], text, timestamptz, integer, text[], jsonb),
    durable.dependency_tree(bigint)
    TO durable_producer;
GRANT EXECUTE ON FUNCTION
    durable.register_worker(text, text[], integer, jsonb),
    durable.unregister_worker(text),
    durable.define_job(text, text, integer, text, interval, interval, real, interval, integer,
                       integer),
    durable.define_schedule(text, text, text, text, jsonb, text, boolean, boolean, text),
    durable.sync_schedules(text, jsonb, text, text),
    durable.claim(text, text[], integer, interval, text),
    durable.complete(text, bigint[], jsonb[]),
    durable.fail(text, bigint, text, boolean),
    durable.heartbeat(text, bigint[], interval),
    durable.release(text, bigint[]),
    durable.log(text, bigint, text, text),
    durable.set_progress(text, bigint, real, text),
    durable.materialize_schedules(timestamptz),
    durable.prune(interval, integer)
    TO durable_worker;
GRANT EXECUTE ON PROCEDURE durable.prune_all(interval, integer) TO durable_worker;
GRANT EXECUTE ON FUNCTION
    durable.set_queue(text, integer, integer, integer),
    durable.pause_queue(text),
    durable.resume_queue(text),
    durable.cancel(bigint),
    durable.retry(bigint),
    durable.set_schedule_enabled(text, boolean),
    durable.update_schedule_cron(text, text, text),
    durable.run_schedule_now(text)
    TO durable_admin;

INSERT INTO durable.migrations (version, name) VALUES (4, '0004_roles');

COMMIT;
