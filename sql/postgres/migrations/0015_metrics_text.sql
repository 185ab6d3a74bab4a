-- 0015_metrics_text (issue 16, item 3: Prometheus metrics).
--   * durable.metrics_text(): the per-database metrics (queue runs by state,
--     oldest due age, paused, concurrency limit, live workers, overdue
--     schedules, dead rows, oldest transaction age) as Prometheus text
--     exposition format.  Granted to durable_producer (so to all three roles).
-- Every routine created or changed is here in full.
-- See sql/postgres/schema.sql for the whole model.
BEGIN;
SELECT pg_advisory_xact_lock(431603508578);

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
            'Age of the oldest other open transaction in the database (0 when none).')
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

GRANT EXECUTE ON FUNCTION durable.metrics_text() TO durable_producer;

-- New functions are executable by PUBLIC until revoked: schema default
-- privileges cannot prevent it (see the roles section of schema.sql).
REVOKE EXECUTE ON ALL ROUTINES IN SCHEMA durable FROM PUBLIC;

INSERT INTO durable.migrations (version, name) VALUES (15, '0015_metrics_text');

COMMIT;
