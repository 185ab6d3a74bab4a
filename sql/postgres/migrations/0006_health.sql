-- 0006_health: durable.health warns when dead runs pile up in durable.runs, and
-- names the long-open transaction that keeps vacuum from removing them.
-- See sql/postgres/schema.sql for the whole model.
BEGIN;
SELECT pg_advisory_xact_lock(431603508578);

CREATE OR REPLACE FUNCTION durable.validate_setting() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
    v_interval interval;
    v_int      bigint;
    v_real     real;
BEGIN
    BEGIN
        CASE NEW.name
        WHEN 'retention', 'retry_delay', 'retry_max_delay', 'long_transaction' THEN
            v_interval := NEW.value::interval;
            IF v_interval < interval '0' OR v_interval > interval '10 years'
               OR (NEW.name IN ('retention', 'long_transaction') AND v_interval = interval '0') THEN
                RAISE EXCEPTION 'out of range';
            END IF;
        WHEN 'dead_runs_warning' THEN
            v_int := NEW.value::bigint;
            IF v_int < 1 OR v_int > 1000000000 THEN RAISE EXCEPTION 'out of range'; END IF;
        WHEN 'max_args_bytes' THEN
            -- At least 1 kB, so enqueue can skip reading the limit for small args.
            v_int := NEW.value::bigint;
            IF v_int < 1024 OR v_int > 104857600 THEN RAISE EXCEPTION 'out of range'; END IF;
        WHEN 'max_attempts' THEN
            v_int := NEW.value::bigint;
            IF v_int < 1 OR v_int > 10000 THEN RAISE EXCEPTION 'out of range'; END IF;
        WHEN 'retry_jitter' THEN
            v_real := NEW.value::real;
            IF NOT (v_real >= 0 AND v_real <= 1) THEN RAISE EXCEPTION 'out of range'; END IF;
        WHEN 'retry_behavior' THEN
            IF NEW.value NOT IN ('fixed', 'backoff') THEN RAISE EXCEPTION 'out of range'; END IF;
        ELSE
            RAISE EXCEPTION USING ERRCODE = 'DS009',
                MESSAGE = pg_catalog.format('unknown setting %L', NEW.name);
        END CASE;
    EXCEPTION WHEN SQLSTATE 'DS009' THEN
        RAISE;
    WHEN OTHERS THEN
        RAISE EXCEPTION USING ERRCODE = 'DS009',
            MESSAGE = pg_catalog.format('invalid value %L for setting %L', NEW.value, NEW.name);
    END;
    RETURN NEW;
END
$$;

INSERT INTO durable.settings (name, value, description) VALUES
    ('long_transaction', '5 minutes', 'durable.health warns about transactions open longer than this'),
    ('dead_runs_warning', '100000',  'durable.health warns when durable.runs holds more dead rows than this');

CREATE OR REPLACE FUNCTION durable.health()
RETURNS TABLE (live_runs bigint, dead_runs bigint, last_vacuum timestamptz,
               oldest_xact_pid integer, oldest_xact_age interval, oldest_xact_user text,
               oldest_xact_application text, oldest_xact_state text, warning text)
LANGUAGE sql STABLE
SECURITY DEFINER SET search_path = pg_catalog, pg_temp
AS $$
    WITH t AS (
        SELECT s.n_live_tup, s.n_dead_tup, GREATEST(s.last_vacuum, s.last_autovacuum) AS vacuumed
        FROM pg_catalog.pg_stat_user_tables s WHERE s.relid = 'durable.runs'::regclass
    ), x AS (
        SELECT a.pid, pg_catalog.now() - a.xact_start AS age, a.usename::text AS usename,
               a.application_name, a.state
        FROM pg_catalog.pg_stat_activity a
        WHERE (a.backend_xmin IS NOT NULL OR a.backend_xid IS NOT NULL)
          AND a.datname = pg_catalog.current_database()
          AND a.pid <> pg_catalog.pg_backend_pid()
        ORDER BY a.xact_start LIMIT 1
    ), limits AS (
        SELECT durable.setting('long_transaction')::interval AS long_xact,
               durable.setting('dead_runs_warning')::bigint AS dead
    )
    SELECT t.n_live_tup, t.n_dead_tup, t.vacuumed, x.pid, x.age, x.usename,
           x.application_name, x.state,
           CASE
           WHEN t.n_dead_tup > l.dead AND x.pid IS NOT NULL THEN pg_catalog.format(
               '%s dead rows in durable.runs: the transaction of pid %s (%s, %L, %s) has been'
               ' open for %s and keeps vacuum from removing them; claims slow down until it ends',
               t.n_dead_tup, x.pid, x.usename, x.application_name, x.state,
               pg_catalog.date_trunc('second', x.age))
           WHEN t.n_dead_tup > l.dead THEN pg_catalog.format(
               '%s dead rows in durable.runs and no long transaction to blame: is autovacuum'
               ' on and keeping up?', t.n_dead_tup)
           WHEN x.age > l.long_xact THEN pg_catalog.format(
               'the transaction of pid %s (%s, %L, %s) has been open for %s: while it is,'
               ' vacuum cannot remove finished runs from durable.runs',
               x.pid, x.usename, x.application_name, x.state, pg_catalog.date_trunc('second', x.age))
           END
    FROM t CROSS JOIN limits l LEFT JOIN x ON true
$$;

REVOKE EXECUTE ON FUNCTION durable.health() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION durable.health() TO durable_producer;

INSERT INTO durable.migrations (version, name) VALUES (6, '0006_health');

COMMIT;
