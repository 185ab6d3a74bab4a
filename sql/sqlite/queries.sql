-- ============================================================================
-- durablesql on SQLite: the operations, one named block each (aiosql's format).
--
--   -- name: claim(worker, queues, max_runs, lease, strategy)!
--
-- names the PostgreSQL operation and its parameters (PostgreSQL's names, bound
-- as :name).  A block is one or more statements: run them in order, in one
-- transaction, and read the rows of the last one.  A block marked `!` writes:
-- run it inside BEGIN IMMEDIATE (SQLite's writers take the write lock up front,
-- so two of them never deadlock), committed at the end, rolled back on error.
-- The rest read: a plain (deferred) transaction gives them one snapshot.
-- Values: intervals are seconds, arrays and documents JSON text, times UTC text
-- 'YYYY-MM-DD HH:MM:SS.SSS', booleans 0/1, and NULL is the default, as on
-- PostgreSQL.  The connection must have run `setup_connection` first and have
-- the functions schema.sql lists registered.
--
-- Checks: an operation writes its values into temp.durable_checks (rule, what
-- the value is called, the value, its bounds) and asks temp.durable_check_failures
-- for the first one that fails; durable_error raises it as 'DSnnn: message',
-- before anything is written.
-- ============================================================================

-- name: setup_connection
-- Once per connection: the scratch tables the blocks use (temp: private to the
-- connection) and the view of failed checks.  recursive_triggers lets a
-- cancelled child cancel its own children (schema.sql's trigger).
PRAGMA recursive_triggers = ON;
CREATE TEMP TABLE IF NOT EXISTS durable_checks (
    ord   INTEGER PRIMARY KEY,
    -- name (a text, not empty, not too long, no control character), range (an
    -- integer in [low, high]), interval (seconds, positive; interval0: or zero),
    -- object (a JSON object of at most `high` bytes), array (a JSON array),
    -- flag (0 or 1), time (UTC text 'YYYY-MM-DD HH:MM:SS.SSS'), traceparent (W3C:
    -- lowercase 00-<32 hex>-<16 hex>-<2 hex>, version not ff, ids not all zeros);
    -- with '?' NULL passes
    rule  TEXT NOT NULL,
    kind  TEXT NOT NULL,  -- how the message calls the value
    value,
    low,
    high
);
CREATE TEMP TABLE IF NOT EXISTS durable_vars (name TEXT PRIMARY KEY, value);
CREATE TEMP TABLE IF NOT EXISTS durable_batch (
    ord    INTEGER PRIMARY KEY,
    run_id INTEGER,
    name   TEXT,
    slot   TEXT,
    action TEXT
);
CREATE TEMP VIEW IF NOT EXISTS durable_check_failures AS
SELECT ord, code, message FROM (
    SELECT ord, 'DS002' AS code, CASE
        WHEN value IS NULL THEN kind || ' must not be null'
        WHEN typeof(value) <> 'text' THEN kind || ' must be text, got ' || typeof(value)
        WHEN value = '' THEN kind || ' must not be empty'
        WHEN length(value) > high THEN kind || ' ' || quote(substr(value, 1, 40) || '…')
             || ' is ' || length(value) || ' characters long; the limit is ' || high
        WHEN value GLOB '*[' || char(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16,
                                     17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30,
                                     31, 127) || ']*'
                  OR instr(CAST(value AS BLOB), x'00') > 0
             THEN kind || ' ' || quote(value) || ' contains a control character'
        END AS message
    FROM durable_checks WHERE rule = 'name' OR (rule = 'name?' AND value IS NOT NULL)
    UNION ALL
    SELECT ord, 'DS001', kind || ' must be between ' || low || ' and ' || high || ', got '
                         || COALESCE(value, 'NULL')
    FROM durable_checks
    WHERE (rule = 'range' OR (rule = 'range?' AND value IS NOT NULL))
      AND (value IS NULL OR typeof(value) <> 'integer' OR value < low OR value > high)
    UNION ALL
    SELECT ord, 'DS001', kind || ' must be '
                         || CASE WHEN rule = 'interval0' THEN 'zero or positive' ELSE 'positive' END
                         || ' and at most 10 years, got ' || value || ' seconds'
    FROM durable_checks
    WHERE rule IN ('interval', 'interval0') AND value IS NOT NULL
      AND (typeof(value) NOT IN ('integer', 'real') OR value < 0
           OR (rule = 'interval' AND value = 0) OR value > 315576000)
    UNION ALL
    SELECT ord, 'DS001', kind || ' must be a JSON ' || rtrim(rule, '?') || ', got ' || CASE
        WHEN value IS NULL THEN 'NULL'
        WHEN typeof(value) <> 'text' THEN typeof(value)
        WHEN NOT json_valid(value) THEN 'text that is not JSON'
        WHEN json_type(value) = 'text' THEN 'string'
        WHEN json_type(value) IN ('integer', 'real') THEN 'number'
        WHEN json_type(value) IN ('true', 'false') THEN 'boolean'
        ELSE json_type(value) END
    FROM durable_checks
    WHERE rtrim(rule, '?') IN ('object', 'array') AND NOT (rule LIKE '%?' AND value IS NULL)
      AND (value IS NULL OR typeof(value) <> 'text' OR NOT json_valid(value)
           OR json_type(value) <> rtrim(rule, '?'))
    UNION ALL
    SELECT ord, 'DS001', kind || ' must be true or false, got ' || quote(value)
    FROM durable_checks
    WHERE rule = 'flag?' AND value IS NOT NULL
      AND (typeof(value) <> 'integer' OR value NOT IN (0, 1))
    UNION ALL
    SELECT ord, 'DS001', kind || ' must be a UTC time YYYY-MM-DD HH:MM:SS.SSS, got ' || quote(value)
    FROM durable_checks
    WHERE rule = 'time?' AND value IS NOT NULL
      AND (typeof(value) <> 'text' OR strftime('%Y-%m-%d %H:%M:%f', value) IS NOT value)
    UNION ALL
    SELECT ord, 'DS001', 'traceparent must be 00-<32 hex>-<16 hex>-<2 hex> (W3C), got '
                         || COALESCE(quote(substr(value, 1, 100)), 'NULL')
    FROM durable_checks
    WHERE rule = 'traceparent'
      AND NOT COALESCE(typeof(value) = 'text' AND length(CAST(value AS BLOB)) = 55
                       AND substr(value, 3, 1) = '-' AND substr(value, 36, 1) = '-'
                       AND substr(value, 53, 1) = '-' AND length(replace(value, '-', '')) = 52
                       AND ltrim(replace(value, '-', ''), '0123456789abcdef') = ''
                       AND substr(value, 1, 2) <> 'ff'
                       AND substr(value, 4, 32) <> '00000000000000000000000000000000'
                       AND substr(value, 37, 16) <> '0000000000000000', 0)
    UNION ALL
    -- high: the max_args_bytes setting
    SELECT ord, 'DS006', kind || ' is ' || length(CAST(value AS BLOB))
                         || ' bytes; the limit (setting max_args_bytes) is ' || high
    FROM durable_checks
    WHERE rule IN ('object', 'object?') AND typeof(value) = 'text' AND json_valid(value)
      AND json_type(value) = 'object' AND length(CAST(value AS BLOB)) > high
) WHERE message IS NOT NULL;

-- name: schema_version
SELECT name FROM durable_migrations ORDER BY version DESC LIMIT 1;

-- name: set_fake_now(at)
SELECT durable_set_fake_now(:at);

-- name: set_traceparent(traceparent)
-- This connection's W3C traceparent (NULL or '': none), which enqueue and
-- enqueue_many store in a run's meta when meta has no traceparent of its own:
-- PostgreSQL's SET LOCAL durable.traceparent, MariaDB's @durable_traceparent.
-- It lasts until set again (set it back to NULL after the enqueues); checked
-- here and again by enqueue (durable_set_traceparent() itself takes anything).
DELETE FROM durable_checks;
INSERT INTO durable_checks (rule, kind, value)
SELECT 'traceparent', 'traceparent', :traceparent WHERE :traceparent <> '';
SELECT durable_error(code, message) FROM durable_check_failures ORDER BY ord LIMIT 1;
SELECT durable_set_traceparent(NULLIF(:traceparent, ''));

-- name: limits
SELECT limits FROM durable_limits;

-- ============================================================================
-- Queues and jobs.
-- ============================================================================

-- name: set_queue(queue, priority, weight, concurrency_limit, lag_slo)!
-- Upsert a queue's settings.  NULL leaves a setting as it is (a new queue gets
-- the defaults: priority 0, weight 1, no limit, no lag objective);
-- concurrency_limit 0 removes the limit, lag_slo 0 (seconds) the objective.
DELETE FROM durable_checks;
INSERT INTO durable_checks (rule, kind, value, low, high) VALUES
    ('name', 'queue name', :queue, NULL, 128),
    ('range?', 'priority', :priority, -1000000, 1000000),
    ('range?', 'weight', :weight, 1, 1000000),
    ('range?', 'concurrency_limit', :concurrency_limit, 0, 1000000),
    ('interval0', 'lag_slo', :lag_slo, NULL, NULL);
SELECT durable_error(code, message) FROM durable_check_failures ORDER BY ord LIMIT 1;
INSERT INTO durable_queues (queue, created_at) VALUES (:queue, durable_now())
ON CONFLICT (queue) DO NOTHING;
UPDATE durable_queues
SET priority = COALESCE(:priority, priority),
    weight = COALESCE(:weight, weight),
    concurrency_limit = CASE WHEN :concurrency_limit IS NULL THEN concurrency_limit
                             ELSE NULLIF(:concurrency_limit, 0) END,
    lag_slo = CASE WHEN :lag_slo IS NULL THEN lag_slo ELSE NULLIF(:lag_slo, 0) END
WHERE queue = :queue;

-- name: set_queue_opts(queue, options)!
-- set_queue with its settings as one JSON object, the form every engine has:
-- keys are set_queue's parameter names, integers for priority, weight and
-- concurrency_limit, seconds for lag_slo; JSON null (or NULL options) leaves a
-- setting as it is.  An unknown key or a value of the wrong type is DS001 (the
-- first such key in bytewise order is named), and nothing is written.
SELECT durable_error('DS001', 'set_queue options must be a JSON object, got ' || CASE
           WHEN typeof(:options) <> 'text' THEN typeof(:options)
           WHEN NOT json_valid(:options) THEN 'text that is not JSON'
           ELSE substr(json(:options), 1, 200) END)
WHERE :options IS NOT NULL
  AND (typeof(:options) <> 'text' OR NOT json_valid(:options) OR json_type(:options) <> 'object');
SELECT durable_error('DS001', CASE
           WHEN o.key NOT IN ('priority', 'weight', 'concurrency_limit', 'lag_slo')
           THEN 'unknown set_queue option ' || quote(o.key)
                || ': use concurrency_limit, lag_slo, priority, weight'
           ELSE 'set_queue option ' || o.key || ' must be '
                || CASE WHEN o.key = 'lag_slo' THEN 'a number of seconds' ELSE 'an integer' END
                || ', got ' || substr(CASE o.type WHEN 'true' THEN 'true' WHEN 'false' THEN 'false'
                                                  WHEN 'text' THEN json_quote(o.value)
                                                  ELSE o.value END, 1, 200) END)
FROM json_each(COALESCE(:options, '{}')) o
WHERE o.key NOT IN ('priority', 'weight', 'concurrency_limit', 'lag_slo')
   OR (o.type <> 'null' AND NOT CASE
           WHEN o.key = 'lag_slo' THEN o.type IN ('integer', 'real') AND abs(o.value) <= 1e12
           ELSE o.type IN ('integer', 'real') AND o.value = round(o.value)
                AND o.value BETWEEN -2147483648 AND 2147483647 END)
ORDER BY o.key LIMIT 1;
DELETE FROM durable_checks;
INSERT INTO durable_checks (rule, kind, value, low, high) VALUES
    ('name', 'queue name', :queue, NULL, 128),
    ('range?', 'priority', CAST(:options ->> '$.priority' AS INTEGER), -1000000, 1000000),
    ('range?', 'weight', CAST(:options ->> '$.weight' AS INTEGER), 1, 1000000),
    ('range?', 'concurrency_limit', CAST(:options ->> '$.concurrency_limit' AS INTEGER),
     0, 1000000),
    ('interval0', 'lag_slo', CAST(:options ->> '$.lag_slo' AS REAL), NULL, NULL);
SELECT durable_error(code, message) FROM durable_check_failures ORDER BY ord LIMIT 1;
INSERT INTO durable_queues (queue, created_at) VALUES (:queue, durable_now())
ON CONFLICT (queue) DO NOTHING;
UPDATE durable_queues
SET priority = COALESCE(CAST(:options ->> '$.priority' AS INTEGER), priority),
    weight = COALESCE(CAST(:options ->> '$.weight' AS INTEGER), weight),
    concurrency_limit = CASE WHEN :options ->> '$.concurrency_limit' IS NULL
                             THEN concurrency_limit
                             ELSE NULLIF(CAST(:options ->> '$.concurrency_limit' AS INTEGER), 0)
                        END,
    lag_slo = CASE WHEN :options ->> '$.lag_slo' IS NULL THEN lag_slo
                   ELSE NULLIF(CAST(:options ->> '$.lag_slo' AS REAL), 0) END
WHERE queue = :queue;

-- name: pause_queue(queue)!
SELECT durable_error('DS010', 'unknown queue ' || quote(:queue))
WHERE NOT EXISTS (SELECT 1 FROM durable_queues WHERE queue = :queue);
UPDATE durable_queues SET paused = 1 WHERE queue = :queue;

-- name: resume_queue(queue)!
SELECT durable_error('DS010', 'unknown queue ' || quote(:queue))
WHERE NOT EXISTS (SELECT 1 FROM durable_queues WHERE queue = :queue);
UPDATE durable_queues SET paused = 0 WHERE queue = :queue;

-- name: define_job(job_name, queue, max_attempts, retry_behavior, retry_delay, retry_max_delay, retry_jitter, timeout, priority, concurrency_limit, keep_succeeded)!
-- Upsert; NULL takes the default from durable_settings.
DELETE FROM durable_checks;
INSERT INTO durable_checks (rule, kind, value, low, high) VALUES
    ('name', 'job name', :job_name, NULL, 128),
    ('range', 'max_attempts',
     COALESCE(:max_attempts,
              (SELECT CAST(value AS INTEGER) FROM durable_settings WHERE name = 'max_attempts')),
     1, 10000);
SELECT durable_error(code, message) FROM durable_check_failures ORDER BY ord LIMIT 1;
SELECT durable_error('DS001', 'retry_behavior must be fixed or backoff, got ' || quote(:retry_behavior))
WHERE :retry_behavior IS NOT NULL AND (typeof(:retry_behavior) <> 'text'
                                       OR :retry_behavior NOT IN ('fixed', 'backoff'));
DELETE FROM durable_checks;
INSERT INTO durable_checks (rule, kind, value) VALUES
    ('interval0', 'retry_delay', :retry_delay),
    ('interval0', 'retry_max_delay', :retry_max_delay);
SELECT durable_error(code, message) FROM durable_check_failures ORDER BY ord LIMIT 1;
SELECT durable_error('DS001', 'retry_jitter must be between 0 and 1, got ' || quote(:retry_jitter))
WHERE :retry_jitter IS NOT NULL
  AND (typeof(:retry_jitter) NOT IN ('integer', 'real') OR NOT (:retry_jitter BETWEEN 0 AND 1));
DELETE FROM durable_checks;
INSERT INTO durable_checks (rule, kind, value, low, high) VALUES
    ('interval', 'timeout', :timeout, NULL, NULL),
    ('range?', 'concurrency_limit', :concurrency_limit, 0, 1000000),
    ('range?', 'priority', :priority, -2147483648, 2147483647),
    ('name', 'queue name', COALESCE(:queue, 'default'), NULL, 128),
    ('flag?', 'keep_succeeded', :keep_succeeded, NULL, NULL);
SELECT durable_error(code, message) FROM durable_check_failures ORDER BY ord LIMIT 1;
INSERT INTO durable_queues (queue, created_at) VALUES (COALESCE(:queue, 'default'), durable_now())
ON CONFLICT (queue) DO NOTHING;
INSERT INTO durable_jobs (job_name, queue, max_attempts, retry_behavior, retry_delay,
                          retry_max_delay, retry_jitter, timeout, priority, created_at,
                          updated_at, concurrency_limit, keep_succeeded)
SELECT :job_name, COALESCE(:queue, 'default'),
       COALESCE(:max_attempts, (SELECT CAST(value AS INTEGER) FROM durable_settings
                                WHERE name = 'max_attempts')),
       COALESCE(:retry_behavior, (SELECT value FROM durable_settings
                                  WHERE name = 'retry_behavior')),
       COALESCE(:retry_delay, (SELECT CAST(value AS REAL) FROM durable_settings
                               WHERE name = 'retry_delay')),
       COALESCE(:retry_max_delay, (SELECT CAST(value AS REAL) FROM durable_settings
                                   WHERE name = 'retry_max_delay')),
       COALESCE(:retry_jitter, (SELECT CAST(value AS REAL) FROM durable_settings
                                WHERE name = 'retry_jitter')),
       :timeout, COALESCE(:priority, 0), durable_now(), durable_now(),
       NULLIF(:concurrency_limit, 0), COALESCE(:keep_succeeded, 1)
WHERE true
ON CONFLICT (job_name) DO UPDATE SET
    queue = excluded.queue, max_attempts = excluded.max_attempts,
    retry_behavior = excluded.retry_behavior, retry_delay = excluded.retry_delay,
    retry_max_delay = excluded.retry_max_delay, retry_jitter = excluded.retry_jitter,
    timeout = excluded.timeout, priority = excluded.priority, updated_at = excluded.updated_at,
    concurrency_limit = excluded.concurrency_limit, keep_succeeded = excluded.keep_succeeded;

-- ============================================================================
-- Producers.
-- ============================================================================

-- name: enqueue(job_name, args, queue, run_at, priority, max_attempts, unique_key, concurrency_key, depends_on, tags, timeout, meta)!
-- The new run's id; with a unique_key that a live run holds, that run's id
-- (nothing inserted).  depends_on: the run waits until every parent
-- succeeded; a parent already failed or cancelled cancels it at once.
DELETE FROM durable_checks;
INSERT INTO durable_checks (rule, kind, value, low, high) VALUES
    ('object', 'args', COALESCE(:args, '{}'), NULL,
     (SELECT CAST(value AS INTEGER) FROM durable_settings WHERE name = 'max_args_bytes')),
    ('range?', 'max_attempts', :max_attempts, 1, 10000),
    ('range?', 'priority', :priority, -2147483648, 2147483647),
    ('interval', 'timeout', :timeout, NULL, NULL),
    ('object?', 'meta', :meta, NULL,
     (SELECT CAST(value AS INTEGER) FROM durable_settings WHERE name = 'max_args_bytes')),
    ('name?', 'unique_key', :unique_key, NULL, 512),
    ('name?', 'concurrency_key', :concurrency_key, NULL, 512),
    ('name?', 'queue name', :queue, NULL, 128),
    ('time?', 'run_at', :run_at, NULL, NULL),
    ('array?', 'depends_on', :depends_on, NULL, NULL),
    ('array?', 'tags', :tags, NULL, NULL);
SELECT durable_error(code, message) FROM durable_check_failures ORDER BY ord LIMIT 1;
INSERT INTO durable_checks (rule, kind, value, high)
SELECT 'name', 'tag', t.value, 128 FROM json_each(:tags) t;
-- Trace context: meta's traceparent, or else the connection's (set_traceparent).
INSERT INTO durable_checks (rule, kind, value)
SELECT 'traceparent', 'traceparent',
       CASE WHEN json_type(:meta, '$.traceparent') IS NULL THEN durable_traceparent()
            WHEN json_type(:meta, '$.traceparent') = 'text' THEN :meta ->> '$.traceparent'
            ELSE :meta -> '$.traceparent' END
WHERE json_type(:meta, '$.traceparent') IS NOT NULL OR durable_traceparent() <> '';
SELECT durable_error(code, message) FROM durable_check_failures ORDER BY ord LIMIT 1;
SELECT durable_error('DS001', 'depends_on must hold run ids, got ' || d.value)
FROM json_each(:depends_on) d WHERE d.type <> 'integer' ORDER BY d.key LIMIT 1;
SELECT durable_error('DS003', 'unknown job ' || quote(:job_name)
                              || ': define it with durable.define_job() first')
WHERE NOT EXISTS (SELECT 1 FROM durable_jobs WHERE job_name = :job_name);
SELECT durable_error('DS001', 'depends_on lists ' || count(DISTINCT d.value)
                              || ' runs; the limit is 1000')
FROM json_each(:depends_on) d HAVING count(DISTINCT d.value) > 1000;
SELECT durable_error('DS004', 'unknown run ' || d.value || ' in depends_on')
FROM json_each(:depends_on) d
WHERE NOT EXISTS (SELECT 1 FROM durable_runs p WHERE p.run_id = d.value)
ORDER BY d.value LIMIT 1;
INSERT INTO durable_queues (queue, created_at)
SELECT :queue, durable_now() WHERE :queue IS NOT NULL
ON CONFLICT (queue) DO NOTHING;
INSERT OR REPLACE INTO durable_vars (name, value)
SELECT 'existing', (SELECT run_id FROM durable_runs
                    WHERE unique_key = :unique_key AND status IN ('waiting', 'pending', 'leased'));
INSERT INTO durable_runs (run_id, job_name, queue, status, args, priority, run_at, max_attempts,
                          timeout, unique_key, concurrency_key, tags, created_at, depends_on,
                          waiting_on, meta, error, finished_at)
SELECT n.run_id, j.job_name, COALESCE(:queue, j.queue),
       CASE WHEN p.blocker IS NOT NULL THEN 'cancelled'
            WHEN p.live > 0 THEN 'waiting' ELSE 'pending' END,
       COALESCE(:args, '{}'), COALESCE(:priority, j.priority),
       COALESCE(:run_at, durable_now()), COALESCE(:max_attempts, j.max_attempts),
       COALESCE(:timeout, j.timeout), :unique_key, :concurrency_key, :tags, durable_now(),
       p.parents, p.live,
       CASE WHEN json_type(:meta, '$.traceparent') IS NULL AND durable_traceparent() <> ''
            THEN json_set(COALESCE(:meta, '{}'), '$.traceparent', durable_traceparent())
            ELSE :meta END,
       p.blocker,
       CASE WHEN p.blocker IS NOT NULL THEN durable_now() END
FROM durable_jobs j, durable_next_run_id n,
     (SELECT (SELECT json_group_array(x.id) FROM (SELECT DISTINCT CAST(d.value AS INTEGER) AS id
                                                  FROM json_each(:depends_on) d ORDER BY 1) x)
                AS parents,
             (SELECT count(*) FROM durable_runs r
              WHERE r.run_id IN (SELECT value FROM json_each(:depends_on))
                AND r.status IN ('waiting', 'pending', 'leased')) AS live,
             (SELECT 'dependency ' || r.run_id || ' ' || r.status FROM durable_runs r
              WHERE r.run_id IN (SELECT value FROM json_each(:depends_on))
                AND r.status IN ('failed', 'cancelled')
              ORDER BY r.run_id LIMIT 1) AS blocker) p
WHERE j.job_name = :job_name
  AND (SELECT value FROM durable_vars WHERE name = 'existing') IS NULL;
INSERT OR REPLACE INTO durable_vars (name, value)
SELECT 'run_id', COALESCE((SELECT value FROM durable_vars WHERE name = 'existing'),
                          last_insert_rowid());
INSERT INTO durable_dependencies (parent_id, child_id)
SELECT DISTINCT d.value, (SELECT value FROM durable_vars WHERE name = 'run_id')
FROM json_each(:depends_on) d
WHERE (SELECT value FROM durable_vars WHERE name = 'existing') IS NULL;
SELECT value FROM durable_vars WHERE name = 'run_id';

-- name: enqueue_many(job_name, args, queue, run_at, priority, tags, meta)!
-- One run per element of args (a JSON array of objects); the ids follow its order.
DELETE FROM durable_checks;
SELECT durable_error('DS003', 'unknown job ' || quote(:job_name)
                              || ': define it with durable.define_job() first')
WHERE NOT EXISTS (SELECT 1 FROM durable_jobs WHERE job_name = :job_name);
INSERT INTO durable_checks (rule, kind, value, low, high) VALUES
    ('name?', 'queue name', :queue, NULL, 128),
    ('range?', 'priority', :priority, -2147483648, 2147483647),
    ('object?', 'meta', :meta, NULL,
     (SELECT CAST(value AS INTEGER) FROM durable_settings WHERE name = 'max_args_bytes')),
    ('time?', 'run_at', :run_at, NULL, NULL),
    ('array', 'args', :args, NULL, NULL),
    ('array?', 'tags', :tags, NULL, NULL);
SELECT durable_error(code, message) FROM durable_check_failures ORDER BY ord LIMIT 1;
INSERT INTO durable_checks (rule, kind, value, high)
SELECT 'name', 'tag', t.value, 128 FROM json_each(:tags) t;
INSERT INTO durable_checks (rule, kind, value, high)
SELECT 'object', 'args[' || (a.key + 1) || ']',
       CASE WHEN a.type IN ('object', 'array') THEN a.value ELSE json_quote(a.value) END,
       (SELECT CAST(value AS INTEGER) FROM durable_settings WHERE name = 'max_args_bytes')
FROM json_each(:args) a ORDER BY a.key;
-- Trace context: meta's traceparent, or else the connection's (set_traceparent).
INSERT INTO durable_checks (rule, kind, value)
SELECT 'traceparent', 'traceparent',
       CASE WHEN json_type(:meta, '$.traceparent') IS NULL THEN durable_traceparent()
            WHEN json_type(:meta, '$.traceparent') = 'text' THEN :meta ->> '$.traceparent'
            ELSE :meta -> '$.traceparent' END
WHERE json_type(:meta, '$.traceparent') IS NOT NULL OR durable_traceparent() <> '';
SELECT durable_error(code, message) FROM durable_check_failures ORDER BY ord LIMIT 1;
INSERT OR REPLACE INTO durable_vars (name, value)
SELECT 'meta', CASE WHEN json_type(:meta, '$.traceparent') IS NULL AND durable_traceparent() <> ''
                    THEN json_set(COALESCE(:meta, '{}'), '$.traceparent', durable_traceparent())
                    ELSE :meta END;
INSERT INTO durable_queues (queue, created_at)
SELECT :queue, durable_now() WHERE :queue IS NOT NULL
ON CONFLICT (queue) DO NOTHING;
DELETE FROM durable_batch;
INSERT INTO durable_batch (ord, run_id)
SELECT a.key, n.run_id + a.key FROM json_each(:args) a, durable_next_run_id n;
INSERT INTO durable_runs (run_id, job_name, queue, status, args, priority, run_at, max_attempts,
                          timeout, created_at, tags, meta)
SELECT b.run_id, j.job_name, COALESCE(:queue, j.queue), 'pending', a.value,
       COALESCE(:priority, j.priority), COALESCE(:run_at, durable_now()), j.max_attempts,
       j.timeout, durable_now(), :tags, (SELECT value FROM durable_vars WHERE name = 'meta')
FROM json_each(:args) a JOIN durable_batch b ON b.ord = a.key, durable_jobs j
WHERE j.job_name = :job_name
ORDER BY a.key;
SELECT run_id FROM durable_batch ORDER BY ord;

-- ============================================================================
-- Workers.
-- ============================================================================

-- name: register_worker(worker, queues, concurrency, info)!
DELETE FROM durable_checks;
INSERT INTO durable_checks (rule, kind, value, low, high) VALUES
    ('name', 'worker name', :worker, NULL, 128),
    ('array?', 'queues', :queues, NULL, NULL);
SELECT durable_error(code, message) FROM durable_check_failures ORDER BY ord LIMIT 1;
INSERT INTO durable_checks (rule, kind, value, high)
SELECT 'name', 'queue name', q.value, 128 FROM json_each(:queues) q;
INSERT INTO durable_checks (rule, kind, value, low, high) VALUES
    ('range', 'concurrency', :concurrency, 1, 100000),
    ('object?', 'info', :info, NULL, 1048576);
SELECT durable_error(code, message) FROM durable_check_failures ORDER BY ord LIMIT 1;
INSERT INTO durable_workers (worker, queues, concurrency, info, started_at, last_seen)
VALUES (:worker, :queues, :concurrency, COALESCE(:info, '{}'), durable_now(), durable_now())
ON CONFLICT (worker) DO UPDATE SET
    queues = excluded.queues, concurrency = excluded.concurrency, info = excluded.info,
    started_at = excluded.started_at, last_seen = excluded.last_seen;

-- name: unregister_worker(worker)!
DELETE FROM durable_workers WHERE worker = :worker;
SELECT changes() > 0;

-- name: claim(worker, queues, max_runs, lease, strategy)!
-- Due pending runs and runs whose lease expired, from the queues named (not
-- paused), in one UPDATE … RETURNING; claim_order is each run's place in the
-- batch (RETURNING gives rows in no particular order: sort by it).
--   priority  higher priority first, then earlier run_at, then lower id;
--   strict    the order of `queues` first, then as priority;
--   weighted  each queue's runs take turns (rank - phase) / weight, the phase
--             drawn once per queue and claim: a share of weight / total, and
--             no queue with due runs starves even with batches of one.
-- A concurrency key leases one run at a time; a queue's or a job's
-- concurrency_limit caps its leased runs (an expired run reclaimed keeps the
-- slot it holds).  A busy key or limit is skipped, never waited on.
-- Two ways to the batch: one queue with no limit in play and no expired lease
-- to take back (the usual case: the claim index read in order, in the final
-- UPDATE itself), or the general one, which writes its picks to durable_batch.
DELETE FROM durable_checks;
INSERT INTO durable_checks (rule, kind, value, low, high) VALUES
    ('name', 'worker name', :worker, NULL, 128),
    ('array?', 'queues', :queues, NULL, NULL),
    ('range', 'max_runs', :max_runs, 1, 10000),
    ('interval', 'lease', :lease, NULL, NULL);
SELECT durable_error(code, message) FROM durable_check_failures ORDER BY ord LIMIT 1;
SELECT durable_error('DS001', 'unknown claim strategy ' || quote(:strategy)
                              || ': use priority, strict or weighted')
WHERE :strategy IS NOT NULL
  AND (typeof(:strategy) <> 'text' OR :strategy NOT IN ('priority', 'strict', 'weighted'));
-- Expired leases with no attempt left (or a cancel requested) end here.  The
-- attempt's record is written first (durable_run_errors), and the runs then
-- take their status, error and end time from the rows this claim added (ids
-- above the mark): the clock is read once per run, and a lease that expires
-- between the two statements is left whole for the next claim.
INSERT OR REPLACE INTO durable_vars (name, value)
SELECT 'errors_before', COALESCE(max(error_id), 0) FROM durable_run_errors;
INSERT INTO durable_run_errors (run_id, attempt, worker, error, outcome, failed_at)
SELECT run_id, attempt, worker,
       CASE WHEN cancel_requested_at IS NOT NULL
            THEN 'cancelled; worker ' || worker
                 || ' did not stop the handler before its lease expired'
            ELSE 'lease expired on attempt ' || attempt || ' of ' || max_attempts
                 || ': worker ' || worker || ' did not finish or heartbeat' END,
       CASE WHEN cancel_requested_at IS NOT NULL THEN 'cancelled' ELSE 'failed' END,
       durable_now()
FROM durable_runs
WHERE status = 'leased' AND lease_expires_at <= durable_now()
  AND (attempt >= max_attempts OR cancel_requested_at IS NOT NULL);
UPDATE durable_runs
SET status = e.outcome, error = e.error, finished_at = e.failed_at
FROM durable_run_errors e
WHERE e.error_id > (SELECT value FROM durable_vars WHERE name = 'errors_before')
  AND durable_runs.run_id = e.run_id;
INSERT OR REPLACE INTO durable_vars (name, value)
SELECT 'fast', json_array_length(:queues) = 1
    AND EXISTS (SELECT 1 FROM durable_queues q WHERE q.queue = :queues ->> '$[0]'
                AND NOT q.paused AND q.concurrency_limit IS NULL)
    AND NOT EXISTS (SELECT 1 FROM durable_jobs j WHERE j.concurrency_limit IS NOT NULL)
    AND NOT EXISTS (SELECT 1 FROM durable_runs r INDEXED BY durable_runs_lease
                    WHERE r.status = 'leased' AND r.lease_expires_at <= durable_now()
                      AND r.queue = :queues ->> '$[0]');
DELETE FROM durable_batch;
-- The general way.
WITH c AS MATERIALIZED (
    SELECT durable_now() AS now, COALESCE(:strategy, 'priority') AS strategy
), served AS MATERIALIZED (
    SELECT q.queue, q.weight,
           (SELECT min(j.key) FROM json_each(:queues) j WHERE j.value = q.queue) AS ord,
           -- leased runs it may still start (NULL: no limit)
           CASE WHEN q.concurrency_limit IS NOT NULL
                THEN q.concurrency_limit - (SELECT count(*) FROM durable_runs r
                                            WHERE r.status = 'leased' AND r.queue = q.queue)
           END AS room,
           (abs(random()) % 1000000) / 1000000.0 AS phase
    FROM durable_queues q
    WHERE NOT q.paused
      AND (:queues IS NULL OR q.queue IN (SELECT value FROM json_each(:queues)))
), jobs AS MATERIALIZED (
    SELECT j.job_name,
           j.concurrency_limit - (SELECT count(*) FROM durable_runs r
                                  WHERE r.status = 'leased' AND r.job_name = j.job_name) AS room
    FROM durable_jobs j WHERE j.concurrency_limit IS NOT NULL
), pool_size AS MATERIALIZED (
    -- how many runs a queue offers: the batch, and more where a limit may leave
    -- some of them out (none when the usual way takes the batch)
    SELECT CASE WHEN (SELECT value FROM durable_vars WHERE name = 'fast') THEN 0
                WHEN l.limited THEN :max_runs * 4 + 16 ELSE :max_runs END AS size,
           l.limited OR (SELECT strategy FROM c) = 'weighted' AS general
    FROM (SELECT EXISTS (SELECT 1 FROM durable_queues q
                         WHERE q.concurrency_limit IS NOT NULL
                           AND (:queues IS NULL
                                OR q.queue IN (SELECT value FROM json_each(:queues))))
                 OR EXISTS (SELECT 1 FROM durable_jobs j WHERE j.concurrency_limit IS NOT NULL)
                 AS limited) l
), due AS NOT MATERIALIZED (
    -- Due runs of jobs not at their limit (+run_at: see durable_claimable)
    SELECT x.* FROM durable_claimable x
    WHERE +x.run_at <= (SELECT now FROM c)
      AND x.job_name NOT IN (SELECT job_name FROM jobs WHERE room <= 0)
), pool AS (
    -- The first due runs of each queue (the claim index, read in order and
    -- stopped early; pool_size leaves room for runs a limit leaves out) ...
    SELECT * FROM (
        -- one queue (the usual case): the index answers in order (the queue is
        -- written as an expression of the parameters, a constant to the planner)
        SELECT x.run_id, x.queue, x.job_name, x.priority, x.run_at, x.concurrency_key,
               0 AS expired, s.ord, s.weight, s.room, s.phase
        FROM due x, served s
        WHERE json_array_length(:queues) = 1 AND x.queue = :queues ->> '$[0]'
          AND s.queue = x.queue AND (s.room IS NULL OR s.room > 0)
        ORDER BY x.priority DESC, x.run_at, x.run_id
        LIMIT (SELECT size FROM pool_size))
    UNION ALL
    -- several queues: each one's first runs
    SELECT r.run_id, r.queue, r.job_name, r.priority, r.run_at, r.concurrency_key,
           0, s.ord, s.weight, s.room, s.phase
    FROM served s JOIN durable_runs r
    WHERE (:queues IS NULL OR json_array_length(:queues) > 1)
      AND r.run_id IN (SELECT x.run_id FROM due x
                       WHERE x.queue = s.queue AND (s.room IS NULL OR s.room > 0)
                       ORDER BY x.priority DESC, x.run_at, x.run_id
                       LIMIT (SELECT size FROM pool_size))
    UNION ALL
    -- ... and runs whose lease expired with attempts left.
    SELECT r.run_id, r.queue, r.job_name, r.priority, r.run_at, r.concurrency_key,
           1, s.ord, s.weight, s.room, s.phase
    FROM durable_runs r INDEXED BY durable_runs_lease JOIN served s ON s.queue = r.queue
    WHERE r.status = 'leased' AND r.lease_expires_at <= (SELECT now FROM c)
      AND r.attempt < r.max_attempts AND r.cancel_requested_at IS NULL
), ranked AS (
    -- (pool holds one run per key at most: the first due one of a free key)
    SELECT p.*,
           row_number() OVER (PARTITION BY p.queue, p.expired
                              ORDER BY p.priority DESC, p.run_at, p.run_id) AS queue_rank,
           row_number() OVER (PARTITION BY p.job_name, p.expired
                              ORDER BY p.priority DESC, p.run_at, p.run_id) AS job_rank,
           (SELECT room FROM jobs WHERE jobs.job_name = p.job_name) AS job_room
    FROM pool p
    WHERE (SELECT general FROM pool_size)
), allowed AS (
    -- Needed only with a limit or 'weighted' (pool_size.general); else pool as it is.
    SELECT a.run_id, a.ord, a.priority, a.run_at,
           (row_number() OVER (PARTITION BY a.queue ORDER BY a.priority DESC, a.run_at, a.run_id)
            - a.phase) / a.weight AS turn
    FROM ranked a
    WHERE (a.expired
           OR ((a.room IS NULL OR a.queue_rank <= a.room)
               AND (a.job_room IS NULL OR a.job_rank <= a.job_room)))
    UNION ALL
    SELECT p.run_id, p.ord, p.priority, p.run_at, NULL
    FROM pool p
    WHERE NOT (SELECT general FROM pool_size)
)
-- numbered in the order of the batch (sorted once, then counted as read)
INSERT INTO durable_batch (ord, run_id)
SELECT row_number() OVER (), b.run_id
FROM (SELECT a.run_id FROM allowed a
      WHERE NOT (SELECT value FROM durable_vars WHERE name = 'fast')
      ORDER BY CASE WHEN (SELECT strategy FROM c) = 'strict' THEN a.ord END,
               CASE WHEN (SELECT strategy FROM c) = 'weighted' THEN a.turn END,
               a.priority DESC, a.run_at, a.run_id
      LIMIT :max_runs) b;
WITH c AS MATERIALIZED (
    SELECT t.now,
           strftime('%Y-%m-%d %H:%M:%f', t.now, printf('%+.3f seconds', :lease)) AS lease_end
    FROM (SELECT durable_now() AS now) t
), picked AS (
    -- the usual way: the queue's first claimable runs, in order (+run_at: see
    -- durable_claimable) ...
    SELECT b.run_id, row_number() OVER () AS n
    FROM (SELECT x.run_id FROM durable_claimable x
          WHERE (SELECT value FROM durable_vars WHERE name = 'fast')
            AND x.queue = :queues ->> '$[0]' AND +x.run_at <= (SELECT now FROM c)
          ORDER BY x.priority DESC, x.run_at, x.run_id
          LIMIT :max_runs) b
    UNION ALL
    -- ... or the general way's picks
    SELECT run_id, ord FROM durable_batch
)
UPDATE durable_runs AS r
SET status = 'leased', worker = :worker, attempt = r.attempt + 1,
    lease_expires_at = (SELECT lease_end FROM c), started_at = (SELECT now FROM c),
    claim_order = p.n
FROM picked p
WHERE r.run_id = p.run_id
RETURNING run_id, job_name, queue, args, attempt, max_attempts, run_at, lease_expires_at,
          timeout, priority, meta ->> '$.traceparent' AS traceparent, claim_order;

-- name: complete(worker, run_ids, results)!
-- How many of run_ids were the worker's (leased) and now succeeded; a run
-- whose cancellation was requested ends cancelled instead (not counted).
DELETE FROM durable_checks;
INSERT INTO durable_checks (rule, kind, value) VALUES
    ('array', 'run_ids', :run_ids), ('array?', 'results', :results);
SELECT durable_error(code, message) FROM durable_check_failures ORDER BY ord LIMIT 1;
SELECT durable_error('DS001', 'results has ' || json_array_length(:results)
                              || ' elements but run_ids has ' || json_array_length(:run_ids))
WHERE :results IS NOT NULL AND json_array_length(:results) <> json_array_length(:run_ids);
UPDATE durable_runs
SET status = 'cancelled', finished_at = durable_now()
WHERE run_id IN (SELECT value FROM json_each(:run_ids)) AND worker = :worker
  AND status = 'leased' AND cancel_requested_at IS NOT NULL;
-- Jobs defined with keep_succeeded = false keep no row of a success: one that
-- no run depends on is deleted at once (the common case: no update first).
DELETE FROM durable_runs
WHERE run_id IN (SELECT value FROM json_each(:run_ids)) AND worker = :worker
  AND status = 'leased'
  AND job_name IN (SELECT job_name FROM durable_jobs WHERE NOT keep_succeeded)
  AND NOT EXISTS (SELECT 1 FROM durable_dependencies d WHERE d.parent_id = durable_runs.run_id);
INSERT OR REPLACE INTO durable_vars (name, value) VALUES ('count', changes());
UPDATE durable_runs
SET status = 'succeeded', finished_at = (SELECT durable_now()),
    result = CASE WHEN :results IS NOT NULL THEN (
                 SELECT NULLIF(:results -> ('$[' || i.key || ']'), 'null')
                 FROM json_each(:run_ids) i WHERE i.value = durable_runs.run_id
                 ORDER BY i.key LIMIT 1) END
WHERE run_id IN (SELECT value FROM json_each(:run_ids)) AND worker = :worker
  AND status = 'leased';
UPDATE durable_vars SET value = value + changes() WHERE name = 'count';
-- (An unkept success that has children goes once they are released.)
DELETE FROM durable_runs
WHERE run_id IN (SELECT value FROM json_each(:run_ids)) AND status = 'succeeded'
  AND job_name IN (SELECT job_name FROM durable_jobs WHERE NOT keep_succeeded);
SELECT value FROM durable_vars WHERE name = 'count';

-- name: fail(worker, run_id, error, retryable)!
-- The run's new status: pending (a retry is due after the job's delay),
-- failed, cancelled (a cancel was requested); NULL when not the worker's.
DELETE FROM durable_checks;
INSERT INTO durable_checks (rule, kind, value) VALUES ('flag?', 'retryable', :retryable);
SELECT durable_error(code, message) FROM durable_check_failures ORDER BY ord LIMIT 1;
DELETE FROM durable_vars WHERE name = 'status';
INSERT INTO durable_vars (name, value)
SELECT 'status', CASE WHEN r.cancel_requested_at IS NOT NULL THEN 'cancelled'
                      WHEN COALESCE(:retryable, 1) AND r.attempt < r.max_attempts THEN 'pending'
                      ELSE 'failed' END
FROM durable_runs r WHERE r.run_id = :run_id AND r.worker = :worker AND r.status = 'leased';
-- Every attempt's error is kept (the run itself holds only the latest): one
-- row when the run is the worker's (the status above was decided), none else.
INSERT INTO durable_run_errors (run_id, attempt, worker, error, outcome, failed_at)
SELECT r.run_id, r.attempt, r.worker, COALESCE(:error, 'failed without an error message'),
       CASE WHEN v.value = 'pending' THEN 'retrying' ELSE v.value END, durable_now()
FROM durable_vars v JOIN durable_runs r ON r.run_id = :run_id
WHERE v.name = 'status';
-- Delay: the job's retry_delay, doubled per attempt after the first for
-- backoff (a bit shift: no math functions), then ± jitter, then clamped.
UPDATE durable_runs
SET status = 'pending', worker = NULL, lease_expires_at = NULL, started_at = NULL,
    error = COALESCE(:error, 'failed without an error message'),
    run_at = (SELECT strftime('%Y-%m-%d %H:%M:%f', durable_now(), printf('%+.3f seconds',
                  max(0, min(j.retry_delay
                             * CASE WHEN j.retry_behavior = 'backoff'
                                    THEN CAST(1 << min(max(durable_runs.attempt - 1, 0), 62)
                                              AS REAL)
                                    ELSE 1 END
                             * (1 + j.retry_jitter
                                    * (2 * ((random() & 4503599627370495)
                                            / 4503599627370496.0) - 1)),
                             j.retry_max_delay, 315576000))))
              FROM durable_jobs j WHERE j.job_name = durable_runs.job_name)
WHERE run_id = :run_id AND (SELECT value FROM durable_vars WHERE name = 'status') = 'pending';
UPDATE durable_runs
SET status = (SELECT value FROM durable_vars WHERE name = 'status'),
    error = COALESCE(:error, 'failed without an error message'), finished_at = durable_now()
WHERE run_id = :run_id
  AND (SELECT value FROM durable_vars WHERE name = 'status') IN ('failed', 'cancelled');
SELECT (SELECT value FROM durable_vars WHERE name = 'status');

-- name: heartbeat(worker, run_ids, lease)!
-- Extends the leases the worker still holds (also expired ones nobody took);
-- returns their ids, in no particular order.  A run missing was lost or
-- cancelled: its handler must stop.
DELETE FROM durable_checks;
INSERT INTO durable_checks (rule, kind, value) VALUES
    ('interval', 'lease', :lease), ('array', 'run_ids', :run_ids);
SELECT durable_error(code, message) FROM durable_check_failures ORDER BY ord LIMIT 1;
UPDATE durable_workers SET last_seen = durable_now() WHERE worker = :worker;
UPDATE durable_runs
SET lease_expires_at = strftime('%Y-%m-%d %H:%M:%f', durable_now(),
                                printf('%+.3f seconds', :lease))
WHERE run_id IN (SELECT value FROM json_each(:run_ids)) AND worker = :worker
  AND status = 'leased' AND cancel_requested_at IS NULL
RETURNING run_id;

-- name: release(worker, run_ids)!
-- Gives back claimed runs that never started, without spending an attempt
-- (a run being cancelled ends cancelled).
DELETE FROM durable_checks;
INSERT INTO durable_checks (rule, kind, value) VALUES ('array', 'run_ids', :run_ids);
SELECT durable_error(code, message) FROM durable_check_failures ORDER BY ord LIMIT 1;
UPDATE durable_runs
SET status = 'cancelled', finished_at = durable_now()
WHERE run_id IN (SELECT value FROM json_each(:run_ids)) AND worker = :worker
  AND status = 'leased' AND cancel_requested_at IS NOT NULL;
INSERT OR REPLACE INTO durable_vars (name, value) VALUES ('count', changes());
UPDATE durable_runs
SET status = 'pending', worker = NULL, lease_expires_at = NULL, started_at = NULL,
    attempt = max(attempt - 1, 0)
WHERE run_id IN (SELECT value FROM json_each(:run_ids)) AND worker = :worker
  AND status = 'leased';
SELECT changes() + (SELECT value FROM durable_vars WHERE name = 'count');

-- name: log_many(worker, run_ids, levels, messages)!
-- Lines of runs the worker holds, in order; how many were kept.
DELETE FROM durable_checks;
INSERT INTO durable_checks (rule, kind, value) VALUES
    ('array', 'run_ids', :run_ids), ('array', 'levels', :levels),
    ('array', 'messages', :messages);
SELECT durable_error(code, message) FROM durable_check_failures ORDER BY ord LIMIT 1;
SELECT durable_error('DS001', 'run_ids, levels and messages must have as many elements each, got '
                              || COALESCE(json_array_length(:run_ids), 'NULL') || ', '
                              || COALESCE(json_array_length(:levels), 'NULL') || ' and '
                              || COALESCE(json_array_length(:messages), 'NULL'))
WHERE json_array_length(:levels) IS NOT json_array_length(:run_ids)
   OR json_array_length(:messages) IS NOT json_array_length(:run_ids);
SELECT durable_error('DS001', CASE
           WHEN l.type IS NOT 'text' OR l.value NOT IN ('debug', 'info', 'warning', 'error')
           THEN 'log level must be debug, info, warning or error, got ' || quote(l.value)
           ELSE 'log message must be text of at most 65536 characters, got '
                || CASE WHEN m.type IS NOT 'text' THEN COALESCE(m.type, 'NULL')
                        ELSE length(m.value) || ' characters' END END)
FROM json_each(:levels) l JOIN json_each(:messages) m ON m.key = l.key
WHERE l.type IS NOT 'text' OR l.value NOT IN ('debug', 'info', 'warning', 'error')
   OR m.type IS NOT 'text' OR length(m.value) > 65536
ORDER BY l.key LIMIT 1;
INSERT INTO durable_run_logs (run_id, attempt, level, message, worker, logged_at)
SELECT r.run_id, r.attempt, l.value, m.value, r.worker, durable_now()
FROM json_each(:run_ids) i
JOIN json_each(:levels) l ON l.key = i.key
JOIN json_each(:messages) m ON m.key = i.key
JOIN durable_runs r ON r.run_id = i.value
WHERE r.worker = :worker AND r.status = 'leased'
ORDER BY i.key;
SELECT changes();

-- name: set_progress_many(worker, run_ids, progress, notes)!
-- The last value per run counts; how many runs were updated.
DELETE FROM durable_checks;
INSERT INTO durable_checks (rule, kind, value) VALUES
    ('array', 'run_ids', :run_ids), ('array', 'progress', :progress),
    ('array?', 'notes', :notes);
SELECT durable_error(code, message) FROM durable_check_failures ORDER BY ord LIMIT 1;
SELECT durable_error('DS001', 'run_ids, progress and notes must have as many elements each, got '
                              || COALESCE(json_array_length(:run_ids), 'NULL') || ', '
                              || COALESCE(json_array_length(:progress), 'NULL') || ' and '
                              || COALESCE(json_array_length(:notes), 'NULL'))
WHERE json_array_length(:progress) IS NOT json_array_length(:run_ids)
   OR (:notes IS NOT NULL AND json_array_length(:notes) <> json_array_length(:run_ids));
SELECT durable_error('DS001', CASE
           WHEN p.value IS NULL OR NOT (p.value >= 0 AND p.value <= 1)
           THEN 'progress must be between 0 and 1, got ' || COALESCE(p.value, 'NULL')
           WHEN json_type(:notes, '$[' || p.key || ']') NOT IN ('text', 'null')
           THEN 'progress note must be text, got ' || json_type(:notes, '$[' || p.key || ']')
           ELSE 'progress note is ' || length(:notes ->> ('$[' || p.key || ']'))
                || ' characters long; the limit is 1000' END)
FROM json_each(:progress) p
WHERE p.value IS NULL OR p.type NOT IN ('integer', 'real') OR NOT (p.value >= 0 AND p.value <= 1)
   OR length(:notes ->> ('$[' || p.key || ']')) > 1000
   OR json_type(:notes, '$[' || p.key || ']') NOT IN ('text', 'null')
ORDER BY p.key LIMIT 1;
UPDATE durable_runs
SET (progress, progress_note) = (
    SELECT :progress ->> ('$[' || i.key || ']'), :notes ->> ('$[' || i.key || ']')
    FROM json_each(:run_ids) i WHERE i.value = durable_runs.run_id
    ORDER BY i.key DESC LIMIT 1)
WHERE run_id IN (SELECT value FROM json_each(:run_ids)) AND worker = :worker
  AND status = 'leased';
SELECT changes();

-- ============================================================================
-- Operators.
-- ============================================================================

-- name: cancel(run_id)!
-- true: the run is now cancelled, or being cancelled (leased: its owner's
-- next heartbeat leaves it out); false: it had ended already.
SELECT durable_error('DS004', 'unknown run ' || COALESCE(:run_id, 'NULL'))
WHERE NOT EXISTS (SELECT 1 FROM durable_runs WHERE run_id = :run_id);
INSERT OR REPLACE INTO durable_vars (name, value)
SELECT 'cancelled', status IN ('waiting', 'pending', 'leased')
FROM durable_runs WHERE run_id = :run_id;
UPDATE durable_runs
SET status = 'cancelled', error = 'cancelled by durable.cancel()', finished_at = durable_now()
WHERE run_id = :run_id AND status IN ('waiting', 'pending');
UPDATE durable_runs SET cancel_requested_at = COALESCE(cancel_requested_at, durable_now())
WHERE run_id = :run_id AND status = 'leased';
SELECT value FROM durable_vars WHERE name = 'cancelled';

-- name: retry(run_id)!
-- Puts a failed or cancelled run back (same id, attempts reset); its id.
SELECT durable_error('DS004', 'unknown run ' || COALESCE(:run_id, 'NULL'))
WHERE NOT EXISTS (SELECT 1 FROM durable_runs WHERE run_id = :run_id);
SELECT durable_error('DS005', 'run ' || run_id || ' is ' || status
                              || '; only failed or cancelled runs can be retried')
FROM durable_runs WHERE run_id = :run_id AND status NOT IN ('failed', 'cancelled');
SELECT durable_error('DS004', 'unknown run ' || d.value || ' in depends_on')
FROM durable_runs r, json_each(r.depends_on) d
WHERE r.run_id = :run_id AND NOT EXISTS (SELECT 1 FROM durable_runs p WHERE p.run_id = d.value)
ORDER BY d.value LIMIT 1;
SELECT durable_error('DS005', 'run ' || :run_id || ' cannot be retried: its dependency '
                              || p.run_id || ' ' || p.status || '; retry that run first')
FROM durable_runs r, json_each(r.depends_on) d JOIN durable_runs p ON p.run_id = d.value
WHERE r.run_id = :run_id AND p.status IN ('failed', 'cancelled')
ORDER BY p.run_id LIMIT 1;
SELECT durable_error('DS007', 'run ' || r.run_id
                              || ' cannot be retried: another live run holds its unique_key '
                              || quote(r.unique_key))
FROM durable_runs r
WHERE r.run_id = :run_id
  AND EXISTS (SELECT 1 FROM durable_runs o WHERE o.unique_key = r.unique_key
              AND o.status IN ('waiting', 'pending', 'leased'));
UPDATE durable_runs
SET waiting_on = (SELECT count(*) FROM json_each(durable_runs.depends_on) d
                  JOIN durable_runs p ON p.run_id = d.value
                  WHERE p.status IN ('waiting', 'pending', 'leased')),
    status = CASE WHEN EXISTS (SELECT 1 FROM json_each(durable_runs.depends_on) d
                               JOIN durable_runs p ON p.run_id = d.value
                               WHERE p.status IN ('waiting', 'pending', 'leased'))
                  THEN 'waiting' ELSE 'pending' END,
    run_at = durable_now(), attempt = 0, worker = NULL, lease_expires_at = NULL,
    started_at = NULL, finished_at = NULL, result = NULL, cancel_requested_at = NULL,
    progress = NULL, progress_note = NULL
WHERE run_id = :run_id;
SELECT :run_id;

-- name: prune(older_than, batch_size)!
-- Removes up to batch_size terminal runs that finished more than older_than
-- seconds ago (default: the retention setting), with their log lines and
-- attempt errors; also workers long gone that hold nothing.  How many runs;
-- call until 0.
DELETE FROM durable_checks;
INSERT INTO durable_checks (rule, kind, value, low, high) VALUES
    ('interval0', 'older_than', COALESCE(:older_than, (SELECT CAST(value AS REAL)
                                                       FROM durable_settings
                                                       WHERE name = 'retention')), NULL, NULL),
    ('range', 'batch_size', COALESCE(:batch_size, 1000), 1, 1000000);
SELECT durable_error(code, message) FROM durable_check_failures ORDER BY ord LIMIT 1;
INSERT OR REPLACE INTO durable_vars (name, value)
SELECT 'cutoff', strftime('%Y-%m-%d %H:%M:%f', durable_now(), printf('%+.3f seconds',
           -COALESCE(:older_than, (SELECT CAST(value AS REAL) FROM durable_settings
                                   WHERE name = 'retention'))));
DELETE FROM durable_batch;
INSERT INTO durable_batch (ord, run_id)
SELECT row_number() OVER (ORDER BY finished_at), run_id FROM durable_runs
WHERE finished_at < (SELECT value FROM durable_vars WHERE name = 'cutoff')
ORDER BY finished_at LIMIT COALESCE(:batch_size, 1000);
DELETE FROM durable_run_logs WHERE run_id IN (SELECT run_id FROM durable_batch);
DELETE FROM durable_run_errors WHERE run_id IN (SELECT run_id FROM durable_batch);
DELETE FROM durable_dependencies WHERE child_id IN (SELECT run_id FROM durable_batch);
DELETE FROM durable_runs WHERE run_id IN (SELECT run_id FROM durable_batch);
DELETE FROM durable_workers
WHERE last_seen < (SELECT value FROM durable_vars WHERE name = 'cutoff')
  AND NOT EXISTS (SELECT 1 FROM durable_runs r
                  WHERE r.status = 'leased' AND r.worker = durable_workers.worker);
SELECT count(*) FROM durable_batch;

-- ============================================================================
-- Schedules.
-- ============================================================================

-- name: define_schedule(name, job_name, cron, timezone, args, queue, enabled, allow_concurrent, catch_up)!
-- Upsert; the next run time (NULL when disabled).  An upsert keeps the slot
-- due next unless the cron or the zone changes.
DELETE FROM durable_checks;
INSERT INTO durable_checks (rule, kind, value, low, high) VALUES
    ('name', 'schedule name', :name, NULL, 128);
SELECT durable_error(code, message) FROM durable_check_failures ORDER BY ord LIMIT 1;
SELECT durable_error('DS003', 'unknown job ' || quote(:job_name)
                              || ': define it with durable.define_job() first')
WHERE NOT EXISTS (SELECT 1 FROM durable_jobs WHERE job_name = :job_name);
SELECT durable_cron_next(:cron, durable_now(), COALESCE(:timezone, 'UTC'));
DELETE FROM durable_checks;
INSERT INTO durable_checks (rule, kind, value, low, high) VALUES
    ('object', 'args', COALESCE(:args, '{}'), NULL,
     (SELECT CAST(value AS INTEGER) FROM durable_settings WHERE name = 'max_args_bytes')),
    ('name?', 'queue name', :queue, NULL, 128),
    ('flag?', 'enabled', :enabled, NULL, NULL),
    ('flag?', 'allow_concurrent', :allow_concurrent, NULL, NULL);
SELECT durable_error(code, message) FROM durable_check_failures ORDER BY ord LIMIT 1;
SELECT durable_error('DS001', 'catch_up must be skip_missed or catch_up, got ' || quote(:catch_up))
WHERE :catch_up IS NOT NULL
  AND (typeof(:catch_up) <> 'text' OR :catch_up NOT IN ('skip_missed', 'catch_up'));
INSERT INTO durable_queues (queue, created_at)
SELECT :queue, durable_now() WHERE :queue IS NOT NULL
ON CONFLICT (queue) DO NOTHING;
INSERT INTO durable_schedules AS s (name, job_name, cron, timezone, args, queue, enabled,
                                    allow_concurrent, catch_up, next_run_at, created_at,
                                    updated_at)
SELECT :name, :job_name, :cron, COALESCE(:timezone, 'UTC'), COALESCE(:args, '{}'), :queue,
       COALESCE(:enabled, 1), COALESCE(:allow_concurrent, 0), COALESCE(:catch_up, 'skip_missed'),
       CASE WHEN COALESCE(:enabled, 1)
            THEN durable_cron_next(:cron, durable_now(), COALESCE(:timezone, 'UTC')) END,
       durable_now(), durable_now()
WHERE true
ON CONFLICT (name) DO UPDATE SET
    job_name = excluded.job_name, cron = excluded.cron, timezone = excluded.timezone,
    args = excluded.args, queue = excluded.queue, enabled = excluded.enabled,
    allow_concurrent = excluded.allow_concurrent, catch_up = excluded.catch_up,
    updated_at = excluded.updated_at,
    next_run_at = CASE
        WHEN NOT excluded.enabled THEN NULL
        WHEN s.enabled AND s.cron = excluded.cron AND s.timezone = excluded.timezone
             AND s.next_run_at IS NOT NULL THEN s.next_run_at
        ELSE excluded.next_run_at END
RETURNING next_run_at;

-- name: set_schedule_enabled(name, enabled)!
SELECT durable_error('DS001', 'enabled must be true or false, got ' || quote(:enabled))
WHERE :enabled IS NULL OR typeof(:enabled) <> 'integer' OR :enabled NOT IN (0, 1);
SELECT durable_error('DS013', 'unknown schedule ' || quote(:name))
WHERE NOT EXISTS (SELECT 1 FROM durable_schedules WHERE name = :name);
UPDATE durable_schedules
SET next_run_at = CASE WHEN NOT :enabled THEN NULL
                       WHEN enabled THEN next_run_at
                       ELSE durable_cron_next(cron, durable_now(), timezone) END,
    enabled = :enabled, updated_at = durable_now()
WHERE name = :name
RETURNING next_run_at;

-- name: update_schedule_cron(name, cron, timezone)!
-- The next run time, computed from now (NULL while disabled).
SELECT durable_cron_next(:cron, durable_now(), COALESCE(:timezone, 'UTC'));
SELECT durable_error('DS013', 'unknown schedule ' || quote(:name))
WHERE NOT EXISTS (SELECT 1 FROM durable_schedules WHERE name = :name);
UPDATE durable_schedules
SET next_run_at = CASE WHEN enabled THEN durable_cron_next(:cron, durable_now(),
                                                           COALESCE(:timezone, timezone)) END,
    cron = :cron, timezone = COALESCE(:timezone, timezone), updated_at = durable_now()
WHERE name = :name
RETURNING next_run_at;

-- name: run_schedule_now(name)!
-- Enqueues the schedule's job at once (its cron untouched); while the run it
-- enqueued last is live and allow_concurrent is false, that run's id.
SELECT durable_error('DS013', 'unknown schedule ' || quote(:name))
WHERE NOT EXISTS (SELECT 1 FROM durable_schedules WHERE name = :name);
DELETE FROM durable_batch;
INSERT INTO durable_batch (ord, run_id, name, slot)
SELECT 0, n.run_id, s.name, durable_now()
FROM durable_schedules s, durable_next_run_id n
WHERE s.name = :name
  AND (s.allow_concurrent OR s.last_run_id IS NULL
       OR NOT EXISTS (SELECT 1 FROM durable_runs r WHERE r.run_id = s.last_run_id
                      AND r.status IN ('waiting', 'pending', 'leased')));
INSERT INTO durable_queues (queue, created_at)
SELECT s.queue, durable_now() FROM durable_schedules s
WHERE s.name = :name AND s.queue IS NOT NULL
ON CONFLICT (queue) DO NOTHING;
INSERT INTO durable_runs (run_id, job_name, queue, status, args, priority, run_at, max_attempts,
                          timeout, created_at, meta)
SELECT b.run_id, j.job_name, COALESCE(s.queue, j.queue), 'pending', s.args, j.priority, b.slot,
       j.max_attempts, j.timeout, durable_now(), json_object('schedule', s.name, 'slot', b.slot)
FROM durable_batch b JOIN durable_schedules s ON s.name = b.name
JOIN durable_jobs j ON j.job_name = s.job_name;
UPDATE durable_schedules
SET last_run_at = (SELECT slot FROM durable_batch), last_run_id = (SELECT run_id FROM durable_batch)
WHERE name = :name AND EXISTS (SELECT 1 FROM durable_batch);
SELECT last_run_id FROM durable_schedules WHERE name = :name;

-- name: materialize_schedules!
-- Enqueues the due slots of enabled schedules; how many runs.  A slot whose
-- schedule's last run is still live (allow_concurrent false) is skipped
-- (skip_missed) or waits (catch_up); skip_missed enqueues the latest missed
-- slot once, catch_up with allow_concurrent every missed slot, at most 100
-- per schedule and call.
DELETE FROM durable_batch;
WITH RECURSIVE c AS MATERIALIZED (SELECT durable_now() AS now),
due AS (
    SELECT s.name, s.next_run_at AS slot, 1 AS n
    FROM durable_schedules s, c
    WHERE s.enabled AND s.next_run_at <= c.now
      AND (s.allow_concurrent OR s.last_run_id IS NULL
           OR NOT EXISTS (SELECT 1 FROM durable_runs r WHERE r.run_id = s.last_run_id
                          AND r.status IN ('waiting', 'pending', 'leased')))
    UNION ALL
    SELECT d.name, durable_cron_next(s.cron, d.slot, s.timezone), d.n + 1
    FROM due d JOIN durable_schedules s ON s.name = d.name, c
    WHERE s.catch_up = 'catch_up' AND s.allow_concurrent AND d.n < 100
      AND durable_cron_next(s.cron, d.slot, s.timezone) <= c.now
)
INSERT INTO durable_batch (ord, run_id, name, slot)
SELECT row_number() OVER (ORDER BY d.slot, d.name), n.run_id - 1 + row_number() OVER (
           ORDER BY d.slot, d.name), d.name, d.slot
FROM due d, durable_next_run_id n;
INSERT INTO durable_queues (queue, created_at)
SELECT DISTINCT s.queue, durable_now() FROM durable_batch b
JOIN durable_schedules s ON s.name = b.name WHERE s.queue IS NOT NULL
ON CONFLICT (queue) DO NOTHING;
INSERT INTO durable_runs (run_id, job_name, queue, status, args, priority, run_at, max_attempts,
                          timeout, created_at, meta)
SELECT b.run_id, j.job_name, COALESCE(s.queue, j.queue), 'pending', s.args, j.priority, b.slot,
       j.max_attempts, j.timeout, durable_now(), json_object('schedule', s.name, 'slot', b.slot)
FROM durable_batch b JOIN durable_schedules s ON s.name = b.name
JOIN durable_jobs j ON j.job_name = s.job_name
ORDER BY b.ord;
UPDATE durable_schedules
SET last_skipped_at = CASE WHEN catch_up = 'skip_missed'
                            AND NOT EXISTS (SELECT 1 FROM durable_batch b WHERE b.name = durable_schedules.name)
                           THEN next_run_at ELSE last_skipped_at END,
    last_run_at = COALESCE((SELECT max(b.slot) FROM durable_batch b WHERE b.name = durable_schedules.name),
                           last_run_at),
    last_run_id = COALESCE((SELECT max(b.run_id) FROM durable_batch b WHERE b.name = durable_schedules.name),
                           last_run_id),
    next_run_at = CASE
        WHEN catch_up = 'catch_up'
             AND NOT EXISTS (SELECT 1 FROM durable_batch b WHERE b.name = durable_schedules.name)
        THEN next_run_at
        WHEN catch_up = 'catch_up'
        THEN durable_cron_next(cron, (SELECT max(b.slot) FROM durable_batch b
                                      WHERE b.name = durable_schedules.name), timezone)
        ELSE durable_cron_next(cron, max(next_run_at, durable_now()), timezone) END
WHERE enabled AND next_run_at <= durable_now();
SELECT count(*) FROM durable_batch;

-- name: sync_schedules(owner, schedules, existing, orphaned)!
-- Reconciles the schedules a program declares (a JSON array of define_schedule
-- objects) with those it owns: (name, action) rows, action created, updated,
-- kept (existing = keep_database) or disabled (orphaned = disable).
DELETE FROM durable_checks;
INSERT INTO durable_checks (rule, kind, value, high) VALUES ('name', 'owner', :owner, 128);
SELECT durable_error(code, message) FROM durable_check_failures ORDER BY ord LIMIT 1;
SELECT durable_error('DS001', 'existing must be keep_database or update_from_code, got '
                              || quote(:existing))
WHERE COALESCE(:existing, 'keep_database') NOT IN ('keep_database', 'update_from_code');
SELECT durable_error('DS001', 'orphaned must be disable or ignore, got ' || quote(:orphaned))
WHERE COALESCE(:orphaned, 'disable') NOT IN ('disable', 'ignore');
SELECT durable_error('DS001', 'schedules must be a JSON array, got '
                              || COALESCE(json_type(:schedules), 'NULL'))
WHERE :schedules IS NULL OR NOT json_valid(:schedules) OR json_type(:schedules) <> 'array';
SELECT durable_error('DS001', 'each schedule must be a JSON object with a "name", got ' || e.value)
FROM json_each(:schedules) e
WHERE e.type <> 'object' OR json_type(e.value, '$.name') IS NOT 'text'
ORDER BY e.key LIMIT 1;
SELECT durable_error('DS001', 'schedule ' || quote(e.value ->> '$.name')
                              || ': "enabled" and "allow_concurrent" must be true, false or null')
FROM json_each(:schedules) e
WHERE COALESCE(json_type(e.value, '$.enabled'), 'null') NOT IN ('true', 'false', 'null')
   OR COALESCE(json_type(e.value, '$.allow_concurrent'), 'null') NOT IN ('true', 'false', 'null')
ORDER BY e.key LIMIT 1;
DELETE FROM durable_batch;
INSERT INTO durable_batch (ord, name, action)
SELECT e.key, e.value ->> '$.name',
       CASE WHEN NOT EXISTS (SELECT 1 FROM durable_schedules s WHERE s.name = e.value ->> '$.name')
            THEN 'created'
            WHEN COALESCE(:existing, 'keep_database') = 'keep_database' THEN 'kept'
            ELSE 'updated' END
FROM json_each(:schedules) e;
DELETE FROM durable_checks;
INSERT INTO durable_checks (rule, kind, value, low, high)
SELECT 'name', 'schedule name', b.name, NULL, 128 FROM durable_batch b
UNION ALL
SELECT 'object', 'args', COALESCE(e.value -> '$.args', '{}'), NULL,
       (SELECT CAST(value AS INTEGER) FROM durable_settings WHERE name = 'max_args_bytes')
FROM durable_batch b JOIN json_each(:schedules) e ON e.key = b.ord WHERE b.action <> 'kept'
UNION ALL
SELECT 'name?', 'queue name', e.value ->> '$.queue', NULL, 128
FROM durable_batch b JOIN json_each(:schedules) e ON e.key = b.ord WHERE b.action <> 'kept';
SELECT durable_error(code, message) FROM durable_check_failures ORDER BY ord LIMIT 1;
SELECT durable_error('DS003', 'unknown job ' || quote(e.value ->> '$.job_name')
                              || ': define it with durable.define_job() first')
FROM durable_batch b JOIN json_each(:schedules) e ON e.key = b.ord
WHERE b.action <> 'kept'
  AND NOT EXISTS (SELECT 1 FROM durable_jobs j WHERE j.job_name = e.value ->> '$.job_name')
ORDER BY b.ord LIMIT 1;
SELECT durable_error('DS001', 'catch_up must be skip_missed or catch_up, got '
                              || quote(e.value ->> '$.catch_up'))
FROM durable_batch b JOIN json_each(:schedules) e ON e.key = b.ord
WHERE b.action <> 'kept'
  AND COALESCE(e.value ->> '$.catch_up', 'skip_missed') NOT IN ('skip_missed', 'catch_up')
ORDER BY b.ord LIMIT 1;
-- (durable_cron_next raises for a bad cron or zone.)
SELECT durable_cron_next(e.value ->> '$.cron', durable_now(),
                         COALESCE(e.value ->> '$.timezone', 'UTC'))
FROM durable_batch b JOIN json_each(:schedules) e ON e.key = b.ord
WHERE b.action <> 'kept' ORDER BY b.ord;
INSERT INTO durable_queues (queue, created_at)
SELECT DISTINCT e.value ->> '$.queue', durable_now()
FROM durable_batch b JOIN json_each(:schedules) e ON e.key = b.ord
WHERE b.action <> 'kept' AND e.value ->> '$.queue' IS NOT NULL
ON CONFLICT (queue) DO NOTHING;
INSERT INTO durable_schedules AS s (name, job_name, cron, timezone, args, queue, enabled,
                                    allow_concurrent, catch_up, next_run_at, created_at,
                                    updated_at, origin)
SELECT b.name, x.job_name, x.cron, x.timezone, x.args, x.queue, x.enabled, x.allow_concurrent,
       x.catch_up,
       CASE WHEN x.enabled THEN durable_cron_next(x.cron, durable_now(), x.timezone) END,
       durable_now(), durable_now(), :owner
FROM durable_batch b JOIN (
    SELECT e.key, e.value ->> '$.job_name' AS job_name, e.value ->> '$.cron' AS cron,
           COALESCE(e.value ->> '$.timezone', 'UTC') AS timezone,
           COALESCE(e.value -> '$.args', '{}') AS args, e.value ->> '$.queue' AS queue,
           COALESCE(e.value ->> '$.enabled', 1) AS enabled,
           COALESCE(e.value ->> '$.allow_concurrent', 0) AS allow_concurrent,
           COALESCE(e.value ->> '$.catch_up', 'skip_missed') AS catch_up
    FROM json_each(:schedules) e) x ON x.key = b.ord
WHERE b.action <> 'kept'
ON CONFLICT (name) DO UPDATE SET
    job_name = excluded.job_name, cron = excluded.cron, timezone = excluded.timezone,
    args = excluded.args, queue = excluded.queue, enabled = excluded.enabled,
    allow_concurrent = excluded.allow_concurrent, catch_up = excluded.catch_up,
    updated_at = excluded.updated_at, origin = excluded.origin,
    next_run_at = CASE
        WHEN NOT excluded.enabled THEN NULL
        WHEN s.enabled AND s.cron = excluded.cron AND s.timezone = excluded.timezone
             AND s.next_run_at IS NOT NULL THEN s.next_run_at
        ELSE excluded.next_run_at END;
UPDATE durable_schedules SET origin = :owner
WHERE name IN (SELECT name FROM durable_batch WHERE action = 'kept');
INSERT INTO durable_batch (ord, name, action)
SELECT 1000000 + row_number() OVER (ORDER BY s.name), s.name, 'disabled'
FROM durable_schedules s
WHERE COALESCE(:orphaned, 'disable') = 'disable' AND s.origin = :owner AND s.enabled
  AND s.name NOT IN (SELECT name FROM durable_batch);
UPDATE durable_schedules SET enabled = 0, next_run_at = NULL, updated_at = durable_now()
WHERE name IN (SELECT name FROM durable_batch WHERE action = 'disabled');
SELECT name, action FROM durable_batch ORDER BY ord;

-- name: cron_preview(cron, after, timezone, count)
-- The next `count` fire times strictly after `after`, by the rule every
-- schedule follows.
DELETE FROM durable_checks;
INSERT INTO durable_checks (rule, kind, value, low, high) VALUES
    ('range', 'count', COALESCE(:count, 5), 1, 1000);
SELECT durable_error(code, message) FROM durable_check_failures ORDER BY ord LIMIT 1;
WITH RECURSIVE fire(n, at) AS (
    SELECT 1, durable_cron_next(:cron, :after, COALESCE(:timezone, 'UTC'))
    UNION ALL
    SELECT n + 1, durable_cron_next(:cron, at, COALESCE(:timezone, 'UTC')) FROM fire
    WHERE n < COALESCE(:count, 5)
)
SELECT at FROM fire ORDER BY n;

-- ============================================================================
-- Reading.
-- ============================================================================

-- name: get_run(run_id)^
SELECT run_id, job_name, queue, status, args, result, error, attempt, max_attempts, priority,
       run_at, created_at, started_at, finished_at, worker, unique_key, concurrency_key, tags,
       depends_on, meta, progress, progress_note
FROM durable_all_runs WHERE run_id = :run_id;

-- name: list_runs(status, job_name, queue, tag, max_runs, before_id)
-- Newest first; every filter is optional.
SELECT durable_error('DS001', 'unknown run status ' || quote(:status)
                              || ': use waiting, pending, leased, succeeded, failed or cancelled')
WHERE :status NOT IN ('waiting', 'pending', 'leased', 'succeeded', 'failed', 'cancelled');
DELETE FROM durable_checks;
INSERT INTO durable_checks (rule, kind, value, low, high) VALUES
    ('range', 'max_runs', COALESCE(:max_runs, 50), 1, 10000);
SELECT durable_error(code, message) FROM durable_check_failures ORDER BY ord LIMIT 1;
SELECT run_id, job_name, queue, status, args, result, error, attempt, max_attempts, priority,
       run_at, created_at, started_at, finished_at, worker, unique_key, concurrency_key, tags,
       depends_on, meta, progress, progress_note
FROM durable_all_runs a
WHERE (:status IS NULL OR a.status = :status)
  AND (:job_name IS NULL OR a.job_name = :job_name)
  AND (:queue IS NULL OR a.queue = :queue)
  AND (:tag IS NULL OR EXISTS (SELECT 1 FROM json_each(a.tags) t WHERE t.value = :tag))
  AND (:before_id IS NULL OR a.run_id < :before_id)
ORDER BY a.run_id DESC
LIMIT COALESCE(:max_runs, 50);

-- name: search_runs(status, job_name, queue, tag, worker, run_id, args, meta, finished_since, before_id, max_runs)
-- The dashboard's search, newest first, pages by :before_id.  Live runs always;
-- finished ones only from :finished_since on (NULL: all).  Every term is a
-- parameter; :args and :meta are JSON arrays of [key, value] pairs, each of
-- which must match: the run's top-level member named exactly key (json_each's
-- key, compared as text -- never a JSON path, so no key can be read as one:
-- '.', '$', '"', '[' are characters like any other) whose value as text is
-- value (17 matches the number 17 and the string "17"; JSON null matches
-- nothing, true/false match 'true'/'false', as PostgreSQL's ->> gives them).
DELETE FROM durable_checks;
INSERT INTO durable_checks (rule, kind, value, low, high) VALUES
    ('range', 'max_runs', COALESCE(:max_runs, 50), 1, 10000),
    ('array?', 'args', :args, NULL, NULL),
    ('array?', 'meta', :meta, NULL, NULL),
    ('time?', 'finished_since', :finished_since, NULL, NULL);
SELECT durable_error(code, message) FROM durable_check_failures ORDER BY ord LIMIT 1;
SELECT run_id, job_name, queue, status, args, result, error, attempt, max_attempts, priority,
       run_at, created_at, started_at, finished_at, worker, unique_key, concurrency_key, tags,
       depends_on, meta, progress, progress_note
FROM durable_all_runs a
WHERE (a.finished_at IS NULL OR :finished_since IS NULL OR a.finished_at >= :finished_since)
  AND (:status IS NULL OR a.status = :status)
  AND (:job_name IS NULL OR a.job_name = :job_name)
  AND (:queue IS NULL OR a.queue = :queue)
  AND (:tag IS NULL OR EXISTS (SELECT 1 FROM json_each(a.tags) t WHERE t.value = :tag))
  AND (:worker IS NULL OR a.worker = :worker)
  AND (:run_id IS NULL OR a.run_id = :run_id)
  AND NOT EXISTS (  -- a term (args or meta) the run's document does not match
      SELECT 1
      FROM (SELECT 0 AS of_meta, value FROM json_each(COALESCE(:args, '[]'))
            UNION ALL
            SELECT 1, value FROM json_each(COALESCE(:meta, '[]'))) t
      WHERE NOT EXISTS (
          SELECT 1 FROM json_each(CASE t.of_meta WHEN 0 THEN a.args ELSE a.meta END) m
          WHERE m.key = json_extract(t.value, '$[0]')
            AND CASE m.type WHEN 'true' THEN 'true' WHEN 'false' THEN 'false'
                            WHEN 'null' THEN NULL ELSE CAST(m.value AS TEXT) END
                = json_extract(t.value, '$[1]')))
  AND (:before_id IS NULL OR a.run_id < :before_id)
ORDER BY a.run_id DESC
LIMIT COALESCE(:max_runs, 50);

-- name: outcome_counts(window_ms, buckets)
-- Runs that ended in each of :buckets equal slices of the :window_ms
-- milliseconds ending at durable_now() (slice 0 the oldest), by terminal status;
-- slices without runs are left out.  Whole milliseconds (the times' precision),
-- so a run that ended on a slice's edge is counted in the slice it starts.
DELETE FROM durable_checks;
INSERT INTO durable_checks (rule, kind, value, low, high) VALUES
    ('range', 'window_ms', :window_ms, 1, 315576000000),
    ('range', 'buckets', :buckets, 1, 10000);
SELECT durable_error(code, message) FROM durable_check_failures ORDER BY ord LIMIT 1;
SELECT min((CAST(round((julianday(a.finished_at) - julianday(c.since)) * 86400000.0) AS INTEGER)
            * :buckets) / :window_ms, :buckets - 1) AS bucket,
       a.status, count(*) AS n
FROM durable_all_runs a,
     (SELECT strftime('%Y-%m-%d %H:%M:%f', durable_now(),
                      printf('%+.3f seconds', -:window_ms / 1000.0)) AS since) c
WHERE a.finished_at >= c.since
GROUP BY 1, 2
ORDER BY 1, 2;

-- name: get_logs(run_id)
SELECT logged_at, attempt, level, message, worker FROM durable_log_lines
WHERE run_id = :run_id ORDER BY log_id;

-- name: attempt_errors(run_id)
-- Every attempt of the run that ended in an error, oldest first.
SELECT failed_at, attempt, outcome, error, worker FROM durable_attempt_errors
WHERE run_id = :run_id ORDER BY error_id;

-- name: dependency_tree(run_id)
-- The run, its ancestors (depth < 0) and descendants (depth > 0), by depth then id.
WITH RECURSIVE up(run_id, depth) AS (
    SELECT run_id, 0 FROM durable_runs WHERE run_id = :run_id
    UNION
    SELECT CAST(d.value AS INTEGER), u.depth - 1
    FROM up u JOIN durable_runs r ON r.run_id = u.run_id, json_each(r.depends_on) d
), down(run_id, depth) AS (
    SELECT run_id, 0 FROM durable_runs WHERE run_id = :run_id
    UNION
    SELECT e.child_id, d.depth + 1
    FROM down d JOIN durable_dependencies e ON e.parent_id = d.run_id
), tree AS (
    SELECT run_id, depth FROM up UNION ALL SELECT run_id, depth FROM down
), nearest AS (
    -- the depth nearest the run, where a run is met twice (min() picks the row)
    SELECT run_id, depth, min(abs(depth)) FROM tree GROUP BY run_id
)
SELECT t.run_id, t.depth, a.depends_on, a.job_name, a.status, a.error
FROM nearest t JOIN durable_runs a ON a.run_id = t.run_id
ORDER BY t.depth, t.run_id;

-- name: queue_stats
SELECT queue, pending, due, leased, oldest_due_age, paused, waiting, priority, weight,
       concurrency_limit
FROM durable_queue_stats ORDER BY queue;

-- name: slo_status
-- Each queue's lag against its objective (schema.sql's durable_slo_status).
SELECT queue, lag_slo, oldest_due_age, within_slo, started_last_hour, started_within_slo,
       share_within_slo
FROM durable_slo_status ORDER BY queue;

-- name: worker_status
SELECT worker, queues, concurrency, started_at, last_seen, leased, info
FROM durable_worker_status ORDER BY worker;

-- name: schedule_status
SELECT name, job_name, cron, timezone, enabled, allow_concurrent, catch_up, next_run_at,
       last_run_at, last_run_id, last_run_status, last_skipped_at, args, queue, origin,
       created_at, updated_at
FROM durable_schedule_status ORDER BY name;

-- name: health^
-- SQLite has no vacuum statistics or other sessions to report on: the live
-- runs, and NULL for the rest.
SELECT (SELECT count(*) FROM durable_runs WHERE status IN ('waiting', 'pending', 'leased'))
           AS live_runs,
       NULL AS dead_runs, NULL AS last_vacuum, NULL AS oldest_xact_pid,
       NULL AS oldest_xact_age, NULL AS oldest_xact_user, NULL AS oldest_xact_application,
       NULL AS oldest_xact_state, NULL AS warning;

-- name: explain_run(run_id)
-- Every reason the run is not running, in order, or one row 'claimable' (and
-- 'no_worker' when no live worker serves its queue).  The codes and sentences
-- are PostgreSQL's (times shown as it shows them: '2030-01-01 00:00:30+00').
SELECT durable_error('DS004', 'unknown run ' || COALESCE(:run_id, 'NULL'))
WHERE NOT EXISTS (SELECT 1 FROM durable_runs WHERE run_id = :run_id);
WITH c AS MATERIALIZED (
    SELECT durable_now() AS now,
           strftime('%Y-%m-%d %H:%M:%f', durable_now(), '-120 seconds') AS live_since
), r AS MATERIALIZED (
    SELECT x.*, COALESCE(q.paused, 0) AS paused, q.concurrency_limit AS qlimit,
           j.concurrency_limit AS jlimit,
           (SELECT w.last_seen FROM durable_workers w WHERE w.worker = x.worker) AS seen,
           x.status = 'leased' AND x.lease_expires_at <= c.now AS expired,
           x.attempt < x.max_attempts AND x.cancel_requested_at IS NULL AS retakeable,
           (SELECT count(*) FROM durable_runs k WHERE k.status = 'leased' AND k.queue = x.queue)
               AS qleased,
           (SELECT count(*) FROM durable_runs k
            WHERE k.status = 'leased' AND k.job_name = x.job_name) AS jleased,
           (SELECT k.run_id FROM durable_runs k
            WHERE k.concurrency_key = x.concurrency_key AND k.status = 'leased'
              AND k.run_id <> x.run_id) AS key_holder,
           c.now, c.live_since
    FROM durable_runs x
    LEFT JOIN durable_queues q ON q.queue = x.queue
    LEFT JOIN durable_jobs j ON j.job_name = x.job_name, c
    WHERE x.run_id = :run_id
), shown (t, text) AS (
    -- r's times as PostgreSQL prints a timestamptz
    SELECT v.t, CASE WHEN v.t LIKE '%.000' THEN substr(v.t, 1, 19) ELSE rtrim(v.t, '0') END
                || '+00'
    FROM (SELECT run_at AS t FROM r UNION SELECT finished_at FROM r
          UNION SELECT lease_expires_at FROM r UNION SELECT seen FROM r
          UNION SELECT cancel_requested_at FROM r) v
), t AS (
    SELECT r.*,
           (SELECT text FROM shown WHERE shown.t = r.run_at) AS run_at_text,
           (SELECT text FROM shown WHERE shown.t = r.finished_at) AS finished_text,
           (SELECT text FROM shown WHERE shown.t = r.lease_expires_at) AS lease_text,
           (SELECT text FROM shown WHERE shown.t = r.seen) AS seen_text,
           (SELECT text FROM shown WHERE shown.t = r.cancel_requested_at) AS cancel_text,
           r.finished_at IS NULL AND r.status <> 'leased' AND r.qlimit IS NOT NULL
               AND r.qlimit - r.qleased <= 0 AS queue_full,
           r.finished_at IS NULL AND r.status <> 'leased' AND r.jlimit IS NOT NULL
               AND r.jlimit - r.jleased <= 0 AS job_full
    FROM r
), reasons (ord, code, reason) AS (
    SELECT 1, 'terminal', t.status || ' at ' || t.finished_text FROM t WHERE t.finished_at IS NOT NULL
    UNION ALL
    SELECT 2, 'leased', CASE
        WHEN t.seen > t.live_since
        THEN 'leased by worker ' || t.worker || ' until ' || t.lease_text
        WHEN t.seen IS NULL
        THEN 'leased by worker ' || t.worker || ', not registered (reclaimable at '
             || t.lease_text || ')'
        ELSE 'leased by worker ' || t.worker || ', last seen at ' || t.seen_text
             || ' (reclaimable at ' || t.lease_text || ')' END
    FROM t WHERE t.status = 'leased' AND NOT t.expired
    UNION ALL
    SELECT 3, 'cancel_requested', 'cancel requested at ' || t.cancel_text || ': worker '
                                  || t.worker || ' must stop the handler'
    FROM t WHERE t.status = 'leased' AND NOT t.expired AND t.cancel_requested_at IS NOT NULL
    UNION ALL
    SELECT 4, CASE WHEN t.cancel_requested_at IS NOT NULL THEN 'cancel_requested' ELSE 'leased' END,
           CASE WHEN t.cancel_requested_at IS NOT NULL
                THEN 'cancel requested at ' || t.cancel_text || '; the lease of worker '
                     || t.worker || ' expired at ' || t.lease_text
                     || ': the next claim cancels it'
                ELSE 'lease of worker ' || t.worker || ' expired at ' || t.lease_text
                     || ' on attempt ' || t.attempt || ' of ' || t.max_attempts
                     || ': the next claim fails it' END
    FROM t WHERE t.status = 'leased' AND t.expired AND NOT t.retakeable
    UNION ALL
    SELECT 5, 'waiting_on_parents',
           'waiting on ' || count(*) || ' of ' || json_array_length(t.depends_on) || ' parents: '
           || group_concat(d.value || ' (' || COALESCE(p.status, 'unknown') || ')', ', ')
    FROM t, json_each(t.depends_on) d LEFT JOIN durable_runs p ON p.run_id = d.value
    WHERE t.status = 'waiting' AND p.status IS NOT 'succeeded'
    GROUP BY t.run_id
    UNION ALL
    SELECT 6, 'not_due', 'not due until ' || t.run_at_text
    FROM t WHERE t.finished_at IS NULL AND t.status <> 'leased' AND t.run_at > t.now
    UNION ALL
    SELECT 7, 'queue_paused', 'queue ' || t.queue || ' is paused'
    FROM t WHERE t.finished_at IS NULL AND t.paused
    UNION ALL
    SELECT 8, 'queue_limit', 'queue ' || t.queue || ' is at its concurrency limit of ' || t.qlimit
                             || ', held by runs ' || (
        SELECT group_concat(k.run_id, ', ') || CASE WHEN t.qleased > 5 THEN ', ...' ELSE '' END
        FROM (SELECT run_id FROM durable_runs WHERE status = 'leased' AND queue = t.queue
              ORDER BY run_id LIMIT 5) k)
    FROM t WHERE t.queue_full
    UNION ALL
    SELECT 9, 'job_limit', 'job ' || t.job_name || ' is at its concurrency limit of ' || t.jlimit
                           || ', held by runs ' || (
        SELECT group_concat(k.run_id, ', ') || CASE WHEN t.jleased > 5 THEN ', ...' ELSE '' END
        FROM (SELECT run_id FROM durable_runs WHERE status = 'leased' AND job_name = t.job_name
              ORDER BY run_id LIMIT 5) k)
    FROM t WHERE t.job_full
    UNION ALL
    SELECT 10, 'key_busy', 'concurrency key ' || t.concurrency_key || ' held by run ' || k.run_id
                           || ' on worker ' || k.worker || ' (lease ends in '
                           || CAST(round((julianday(k.lease_expires_at) - julianday(t.now))
                                         * 86400.0) AS INTEGER) || ' s)'
    FROM t JOIN durable_runs k ON k.run_id = t.key_holder
    WHERE t.finished_at IS NULL AND t.status <> 'leased'
    UNION ALL
    SELECT 11, 'claimable', CASE WHEN t.status = 'leased'
                                 THEN 'claimable now: the lease of worker ' || t.worker
                                      || ' expired at ' || t.lease_text
                                 ELSE 'claimable now' END
    FROM t
    WHERE NOT t.paused
      AND ((t.expired AND t.retakeable)
           OR (t.status = 'pending' AND t.run_at <= t.now AND NOT t.queue_full AND NOT t.job_full
               AND t.key_holder IS NULL))
    UNION ALL
    SELECT 12, 'no_worker', 'no live worker serves queue ' || t.queue
                            || ' (none registered for it was seen in the last 2 minutes)'
    FROM t
    WHERE t.finished_at IS NULL
      AND NOT EXISTS (SELECT 1 FROM durable_workers w
                      WHERE (w.queues IS NULL
                             OR t.queue IN (SELECT value FROM json_each(w.queues)))
                        AND w.last_seen > t.live_since)
)
SELECT code, reason FROM reasons ORDER BY ord;

-- name: metrics_text
-- The per-database metrics as Prometheus text (gauges labelled only by queue
-- and state), as durable.metrics_text() gives them on PostgreSQL; SQLite has no
-- dead rows or other transactions to report: those two are 0.
WITH c AS MATERIALIZED (SELECT durable_now() AS now),
s AS (
    SELECT q.*, 'queue="' || replace(replace(replace(q.queue, '\', '\\'), '"', '\"'),
                                     char(10), '\n') || '"' AS label
    FROM durable_queue_stats q
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
    FROM durable_slo_status x JOIN s ON s.queue = x.queue WHERE x.lag_slo IS NOT NULL
), sample (ord, queue, sub, labels, value) AS (
    SELECT 1, s.queue, 1, s.label || ',state="waiting"', s.waiting FROM s
    UNION ALL
    SELECT 1, s.queue, 2, s.label || ',state="pending"', s.pending FROM s
    UNION ALL
    SELECT 1, s.queue, 3, s.label || ',state="leased"', s.leased FROM s
    UNION ALL
    SELECT 2, s.queue, 0, s.label, COALESCE(round(s.oldest_due_age, 6), 0) FROM s
    UNION ALL
    SELECT 3, s.queue, 0, s.label, s.paused FROM s
    UNION ALL
    SELECT 4, s.queue, 0, s.label, s.concurrency_limit FROM s WHERE s.concurrency_limit IS NOT NULL
    UNION ALL
    SELECT 5, '', 0, NULL, count(*) FROM durable_workers w, c
    WHERE w.last_seen > strftime('%Y-%m-%d %H:%M:%f', c.now, '-120 seconds')
    UNION ALL
    SELECT 6, '', 0, NULL, count(*) FROM durable_schedules x, c
    WHERE x.enabled AND x.next_run_at < strftime('%Y-%m-%d %H:%M:%f', c.now, '-60 seconds')
    UNION ALL
    SELECT 7, '', 0, NULL, 0
    UNION ALL
    SELECT 8, '', 0, NULL, 0
    UNION ALL
    -- the objectives, formatted as PostgreSQL's round(…, 6) prints them
    SELECT 9, o.queue, 0, o.label, printf('%.6f', o.lag_slo) FROM o
    UNION ALL
    SELECT 10, o.queue, 0, o.label, CASE WHEN o.within_slo THEN '1' ELSE '0' END FROM o
    UNION ALL
    SELECT 11, o.queue, 0, o.label, printf('%.6f', o.share_within_slo)
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
SELECT group_concat(text || char(10), '')
FROM (SELECT text FROM line ORDER BY ord, queue, sub);
