-- 0016_traces_and_objectives on SQLite: a file installed at 0015 (the port as
-- first released) gains what schema.sql now creates (durablesql migrate applies
-- it, in BEGIN IMMEDIATE with the rest of the upgrade).
--   * durable_queues.lag_slo (seconds), the queue's lag objective, last: where
--     a fresh install has it;
--   * the view durable_slo_status.
-- The rest of 0016 is in queries.sql (it ships with the package, not in the
-- file): enqueue and enqueue_many check meta's traceparent or add the
-- connection's durable_traceparent(); claim returns it; set_queue's lag_slo,
-- set_queue_opts, slo_status and metrics_text's objectives.
ALTER TABLE durable_queues ADD COLUMN lag_slo REAL CHECK (lag_slo > 0);

-- Lag objectives (set_queue's lag_slo, seconds): each queue's oldest due run
-- against its objective now, and how many of the runs started in the last hour
-- started within it (start delay = started_at - run_at, of each run's latest
-- attempt: leased runs, and terminal ones finished in the hour; runs of jobs
-- with keep_succeeded = 0 leave no row and count only while leased).  The
-- hour's counts are read only for queues with an objective (NULL elsewhere).
-- PostgreSQL's durable.slo_status, ages in seconds; times are compared as text
-- (exact to the millisecond), not as differences of julianday().
-- (x is materialized: each count is read once, not once per use.)
CREATE VIEW durable_slo_status AS
    WITH x AS MATERIALIZED (
        SELECT q.queue, q.lag_slo,
               (SELECT round((julianday(c.now) - julianday(min(r.run_at))) * 86400.0, 3)
                FROM durable_runs r
                WHERE r.status = 'pending' AND r.queue = q.queue AND r.run_at <= c.now)
                   AS oldest_due_age,  -- seconds
               -- due runs that have waited longer than the objective (0 or 1)
               CASE WHEN q.lag_slo IS NOT NULL THEN EXISTS (
                   SELECT 1 FROM durable_runs r
                   WHERE r.status = 'pending' AND r.queue = q.queue
                     AND r.run_at < strftime('%Y-%m-%d %H:%M:%f', c.now,
                                             printf('%+.3f seconds', -q.lag_slo))) END AS late,
               CASE WHEN q.lag_slo IS NOT NULL THEN (
                   SELECT count(*) FROM (
                       SELECT 1 FROM durable_runs r
                       WHERE r.status = 'leased' AND r.queue = q.queue
                         AND r.started_at >= c.hour_ago
                       UNION ALL
                       SELECT 1 FROM durable_runs r
                       WHERE r.finished_at >= c.hour_ago AND r.queue = q.queue
                         AND r.started_at >= c.hour_ago)) END AS started_last_hour,
               CASE WHEN q.lag_slo IS NOT NULL THEN (
                   SELECT count(*) FROM (
                       SELECT 1 FROM durable_runs r
                       WHERE r.status = 'leased' AND r.queue = q.queue
                         AND r.started_at >= c.hour_ago
                         AND r.started_at <= strftime('%Y-%m-%d %H:%M:%f', r.run_at,
                                                      printf('%+.3f seconds', q.lag_slo))
                       UNION ALL
                       SELECT 1 FROM durable_runs r
                       WHERE r.finished_at >= c.hour_ago AND r.queue = q.queue
                         AND r.started_at >= c.hour_ago
                         AND r.started_at <= strftime('%Y-%m-%d %H:%M:%f', r.run_at,
                                                      printf('%+.3f seconds', q.lag_slo))))
               END AS started_within_slo
        FROM durable_queues q,
             (SELECT t.now, strftime('%Y-%m-%d %H:%M:%f', t.now, '-3600 seconds') AS hour_ago
              FROM (SELECT durable_now() AS now) t) c
    )
    SELECT x.queue, x.lag_slo, x.oldest_due_age,
           CASE WHEN x.lag_slo IS NOT NULL THEN x.late = 0 END AS within_slo,
           x.started_last_hour, x.started_within_slo,
           CASE WHEN x.started_last_hour > 0
                THEN CAST(x.started_within_slo AS REAL) / x.started_last_hour END
               AS share_within_slo
    FROM x;

INSERT INTO durable_migrations (version, name, applied_at) VALUES
    (16, '0016_traces_and_objectives', strftime('%Y-%m-%d %H:%M:%f', 'now'));
