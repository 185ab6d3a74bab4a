-- 0013_enqueue_opts (issue 15, the PostgreSQL side).
--   * durable.enqueue_opts(job_name, args, options jsonb): enqueue with its
--     options as one JSON object whose keys are enqueue's parameter names,
--     the form every engine has (MariaDB/MySQL, SQL Server, SQLite), so a
--     client written once runs on all of them.  Granted to durable_producer.
--   * durable.cron_parse trimmed the letter v from both ends of a cron
--     expression: E'\v' is not an escape in PostgreSQL (it is 'v').  It now
--     trims the vertical tab (\013) as intended, so 'v0 0 * * *' is DS011.
-- Every routine created or changed is here in full.
-- See sql/postgres/schema.sql for the whole model.
BEGIN;
SELECT pg_advisory_xact_lock(431603508578);

CREATE FUNCTION durable.enqueue_opts(job_name text, args jsonb DEFAULT '{}',
                                     options jsonb DEFAULT '{}')
RETURNS bigint
LANGUAGE plpgsql
SECURITY DEFINER SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    v_opts  jsonb := COALESCE(enqueue_opts.options, '{}');
    v_key   text;
    v_value jsonb;
    v_want  text;
    v_ok    boolean;
    v_run_at timestamptz;
    v_text  text;
BEGIN
    IF pg_catalog.jsonb_typeof(v_opts) <> 'object' THEN
        RAISE EXCEPTION USING ERRCODE = 'DS001', MESSAGE = pg_catalog.format(
            'options must be a JSON object, got %s', pg_catalog.jsonb_typeof(v_opts));
    END IF;
    FOR v_key, v_value IN SELECT e.key, e.value FROM pg_catalog.jsonb_each(v_opts) e LOOP
        v_want := CASE v_key
            WHEN 'queue' THEN 'string' WHEN 'unique_key' THEN 'string'
            WHEN 'concurrency_key' THEN 'string' WHEN 'run_at' THEN 'string'
            WHEN 'priority' THEN 'integer' WHEN 'max_attempts' THEN 'integer'
            WHEN 'timeout' THEN 'number' WHEN 'depends_on' THEN 'array of integers'
            WHEN 'tags' THEN 'array of strings' WHEN 'meta' THEN 'object' END;
        IF v_want IS NULL THEN
            RAISE EXCEPTION USING ERRCODE = 'DS001', MESSAGE = pg_catalog.format(
                'unknown enqueue option %L: use queue, run_at, priority, max_attempts,'
                ' unique_key, concurrency_key, depends_on, tags, timeout or meta',
                pg_catalog."left"(v_key, 40));
        END IF;
        v_ok := pg_catalog.jsonb_typeof(v_value) = 'null' OR CASE v_want
            WHEN 'integer' THEN durable.json_integer(v_value, -2147483648, 2147483647)
            WHEN 'array of integers' THEN pg_catalog.jsonb_typeof(v_value) = 'array'
                AND NOT EXISTS (SELECT 1 FROM pg_catalog.jsonb_array_elements(v_value) x
                                WHERE NOT durable.json_integer(x, 1, 9223372036854775807))
            WHEN 'array of strings' THEN pg_catalog.jsonb_typeof(v_value) = 'array'
                AND NOT EXISTS (SELECT 1 FROM pg_catalog.jsonb_array_elements(v_value) x
                                WHERE pg_catalog.jsonb_typeof(x) <> 'string')
            ELSE pg_catalog.jsonb_typeof(v_value) = v_want END;
        IF NOT v_ok THEN
            RAISE EXCEPTION USING ERRCODE = 'DS001', MESSAGE = pg_catalog.format(
                'enqueue option %s must be %s %s, got %s', v_key,
                CASE WHEN v_want IN ('string', 'number') THEN 'a' ELSE 'an' END, v_want,
                pg_catalog."left"(v_value::text, 40));
        END IF;
    END LOOP;
    v_text := pg_catalog.btrim(v_opts ->> 'run_at');
    IF v_text IS NOT NULL THEN
        BEGIN
            -- ISO 8601 only, extended (2030-01-01T09:00:00+02:00) or basic
            -- (20300101T090000Z): PostgreSQL's own reading accepts much more
            -- (and would read a bare date in the session's time zone).  An
            -- offset after the time is kept; without one the time is UTC.
            IF v_text !~ ('^(\d{8}([Tt]\d{4}(\d{2}(\.\d+)?)?([Zz]|[+-]\d{2}(\d{2})?)?)?'
                          '|\d{4}-\d{2}-\d{2}([Tt ]\d{2}:\d{2}(:\d{2}(\.\d+)?)? ?'
                          '([Zz]|[+-]\d{2}(:?\d{2})?)?)?)$') THEN
                RAISE EXCEPTION USING ERRCODE = '22007';
            END IF;
            v_run_at := CASE
                WHEN v_text ~ '^(\d{4}-\d{2}-\d{2}[Tt ]|\d{8}[Tt])'
                     AND v_text ~ '([Zz]|[+-]\d{2}(:?\d{2})?)$'
                THEN v_text::timestamptz
                ELSE v_text::timestamp AT TIME ZONE 'UTC' END;
        EXCEPTION WHEN data_exception THEN
            RAISE EXCEPTION USING ERRCODE = 'DS001', MESSAGE = pg_catalog.format(
                'enqueue option run_at must be an ISO 8601 time, got %L',
                pg_catalog."left"(v_opts ->> 'run_at', 40));
        END;
    END IF;
    RETURN durable.enqueue(
        enqueue_opts.job_name, enqueue_opts.args,
        queue => v_opts ->> 'queue',
        run_at => v_run_at,
        priority => (v_opts ->> 'priority')::numeric::integer,  -- (1.0 is an integer)
        max_attempts => (v_opts ->> 'max_attempts')::numeric::integer,
        unique_key => v_opts ->> 'unique_key',
        concurrency_key => v_opts ->> 'concurrency_key',
        depends_on => CASE WHEN pg_catalog.jsonb_typeof(v_opts -> 'depends_on') = 'array'
                           THEN ARRAY(SELECT x::numeric::bigint FROM pg_catalog.jsonb_array_elements_text(
                                          v_opts -> 'depends_on') x) END,
        tags => CASE WHEN pg_catalog.jsonb_typeof(v_opts -> 'tags') = 'array'
                     THEN ARRAY(SELECT x FROM pg_catalog.jsonb_array_elements_text(
                                    v_opts -> 'tags') x) END,
        timeout => CASE WHEN pg_catalog.jsonb_typeof(v_opts -> 'timeout') = 'number'
                        THEN pg_catalog.make_interval(secs => (v_opts ->> 'timeout')::double precision) END,
        meta => CASE WHEN pg_catalog.jsonb_typeof(v_opts -> 'meta') = 'object'
                     THEN v_opts -> 'meta' END);
END
$$;

CREATE FUNCTION durable.json_integer(value jsonb, low numeric, high numeric) RETURNS boolean
LANGUAGE sql IMMUTABLE AS $$
    SELECT pg_catalog.jsonb_typeof(value) = 'number'
       AND (value::text)::numeric = pg_catalog.trunc((value::text)::numeric)
       AND (value::text)::numeric BETWEEN low AND high
$$;

CREATE OR REPLACE FUNCTION durable.cron_parse(cron text) RETURNS durable.cron_spec
LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE AS $$
DECLARE
    fields text[];
    n      integer;
    dow    smallint[];
    wait   smallint[];
    sunday integer;  -- first allowed weekday counting from Sunday (0 when Sunday is allowed)
    spec   durable.cron_spec;
BEGIN
    IF cron IS NULL THEN
        RAISE EXCEPTION USING ERRCODE = 'DS011', MESSAGE = 'cron expression must not be null';
    END IF;
    -- Split on runs of spaces and tabs, ignoring whitespace at either end.
    -- (\013 is the vertical tab: PostgreSQL's E'' strings have no \v.)
    fields := pg_catalog.array_remove(pg_catalog.string_to_array(pg_catalog.translate(
                  pg_catalog.btrim(cron, E' \t\n\r\f\013'), E'\t', ' '), ' '), '');
    n := pg_catalog.cardinality(fields);
    IF n = 0 THEN
        RAISE EXCEPTION USING ERRCODE = 'DS011', MESSAGE = 'cron expression must not be empty';
    END IF;
    IF n NOT IN (5, 6) THEN
        RAISE EXCEPTION USING ERRCODE = 'DS011', MESSAGE = pg_catalog.format(
            'cron %L has %s field%s; expected 5 (minute hour day-of-month month day-of-week) '
            'or 6 (second minute hour day-of-month month day-of-week)%s',
            cron, n, CASE WHEN n = 1 THEN '' ELSE 's' END,
            CASE WHEN fields[1] LIKE '@%' THEN '; aliases such as @daily are not supported' ELSE '' END);
    END IF;
    IF n = 5 THEN
        fields := pg_catalog.array_prepend('0', fields);  -- the second is 0
    END IF;

    spec.second_next := durable.cron_parse_field(cron, 'second',       fields[1], 0, 59);
    spec.minute_next := durable.cron_parse_field(cron, 'minute',       fields[2], 0, 59);
    spec.hour_next   := durable.cron_parse_field(cron, 'hour',         fields[3], 0, 23);
    spec.dom_next    := durable.cron_parse_field(cron, 'day-of-month', fields[4], 1, 31);
    spec.month_next  := durable.cron_parse_field(cron, 'month',        fields[5], 1, 12);
    dow              := durable.cron_parse_field(cron, 'day-of-week',  fields[6], 0, 7);

    -- Day-of-week: 7 is Sunday too, and weeks wrap: turn the [0:7] table into
    -- "days to wait" from each weekday.
    sunday := CASE WHEN dow[0] = 0 OR dow[7] = 7 THEN 0 ELSE dow[0] END;
    wait := pg_catalog.array_fill(sunday::smallint, ARRAY[7], ARRAY[0]);
    FOR d IN 1..6 LOOP
        wait[d] := LEAST(dow[d] - d, sunday + 7 - d);  -- dow[d] is NULL past the last allowed day
    END LOOP;
    spec.dow_wait  := wait;
    spec.hour_star := fields[3] = '*';
    spec.dom_star  := fields[4] = '*';
    spec.dow_star  := fields[6] = '*';

    -- An expression that can never fire would make every search run to the
    -- end of time.  Only one shape can: a day-of-month restricted (and the
    -- day-of-week '*') to days that none of its months has, like 31 February.
    -- February counts 29 days, since leap years come.  (With day-of-week
    -- restricted, the Vixie OR rule always finds a day.)
    IF NOT spec.dom_star AND spec.dow_star AND spec.dom_next[1] > 29 THEN
        n := 29;  -- days in the longest allowed month
        FOR m IN 1..12 LOOP
            IF spec.month_next[m] = m THEN
                n := GREATEST(n, CASE WHEN m = 2 THEN 29 WHEN m IN (4, 6, 9, 11) THEN 30 ELSE 31 END);
            END IF;
        END LOOP;
        IF spec.dom_next[1] > n THEN
            RAISE EXCEPTION USING ERRCODE = 'DS011', MESSAGE = pg_catalog.format(
                'cron %L never fires: no month in %L has a day-of-month in %L', cron, fields[5], fields[4]);
        END IF;
    END IF;
    RETURN spec;
END
$$;

GRANT EXECUTE ON FUNCTION durable.enqueue_opts(text, jsonb, jsonb) TO durable_producer;

-- New functions are executable by PUBLIC until revoked: schema default
-- privileges cannot prevent it (see the roles section of schema.sql).
REVOKE EXECUTE ON ALL ROUTINES IN SCHEMA durable FROM PUBLIC;

INSERT INTO durable.migrations (version, name) VALUES (13, '0013_enqueue_opts');

COMMIT;
