-- 0005_performance: what profiling on 100,000 live and 1,000,000 finished
-- runs found.  See sql/postgres/schema.sql for the whole model.
BEGIN;
SELECT pg_advisory_xact_lock(431603508578);

CREATE OR REPLACE FUNCTION durable.ensure_queue(queue text) RETURNS void
LANGUAGE plpgsql AS $$
BEGIN
    PERFORM durable.check_name('queue name', queue);
    INSERT INTO durable.queues AS q (queue, created_at) VALUES ($1, durable.now())
    ON CONFLICT ON CONSTRAINT queues_pkey DO NOTHING;
    IF FOUND THEN
        ANALYZE durable.queues;
    END IF;
END
$$;

CREATE OR REPLACE VIEW durable.queue_stats AS
    SELECT q.queue,
           p.pending, p.due, l.leased,
           c.now - p.oldest_due AS oldest_due_age,
           q.paused,
           w.waiting, q.priority, q.weight, q.concurrency_limit
    FROM durable.queues q
    CROSS JOIN (SELECT durable.now() AS now OFFSET 0) c  -- OFFSET 0: not flattened into each row
    CROSS JOIN LATERAL (
        SELECT pg_catalog.count(*) AS pending,
               pg_catalog.count(*) FILTER (WHERE r.run_at <= c.now) AS due,
               pg_catalog.min(r.run_at) FILTER (WHERE r.run_at <= c.now) AS oldest_due
        FROM durable.runs r WHERE r.status = 'pending' AND r.queue = q.queue) p
    CROSS JOIN LATERAL (
        SELECT pg_catalog.count(*) AS leased
        FROM durable.runs r WHERE r.status = 'leased' AND r.queue = q.queue) l
    CROSS JOIN LATERAL (
        SELECT pg_catalog.count(*) AS waiting
        FROM durable.runs r WHERE r.status = 'waiting' AND r.queue = q.queue) w;


ANALYZE durable.queues;

INSERT INTO durable.migrations (version, name) VALUES (5, '0005_performance');

COMMIT;
