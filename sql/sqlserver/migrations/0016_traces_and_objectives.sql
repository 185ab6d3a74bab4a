-- ============================================================================
-- 0016_traces_and_objectives, the SQL Server port of
-- sql/postgres/migrations/0016_traces_and_objectives.sql (trace context and
-- lag objectives), for an install at 0015_metrics_text.
--
-- WRITTEN AND PARSE-CHECKED; NOT YET RUN AGAINST A SERVER (see schema.sql).
--
--   * durable.check_traceparent, durable.traced_meta: a run keeps the W3C
--     traceparent of its producer as meta's "traceparent"; enqueue,
--     enqueue_opts (both through enqueue_run) and enqueue_many check one
--     given in meta, or add the session's SESSION_CONTEXT(N'durable.traceparent')
--     when meta has none.  A malformed one is DS001.
--   * durable.claim returns traceparent as its last column.
--   * durable.queues.lag_slo (seconds); durable.set_queue gains @lag_slo
--     (PostgreSQL's five parameters; 0 removes the objective) and
--     durable.set_queue_opts(@queue, @options) is new, the form every engine has.
--   * View durable.slo_status; durable.metrics_text exports it.
-- Every routine created or changed is here in full, with the text it has in
-- sql/sqlserver/schema.sql (tests/sqlserver/test_migrations.py compares them).
--
-- One transaction, as the install: an error anywhere rolls all of it back.
-- Running it again on an install that has it changes nothing (CREATE OR
-- ALTER, the column added only when missing, the version recorded once).
-- Run by hand:   sqlcmd -S host -d app -b -i sql/sqlserver/migrations/0016_traces_and_objectives.sql
-- ============================================================================
SET NOCOUNT ON;
SET XACT_ABORT ON;
SET QUOTED_IDENTIFIER ON;
SET ANSI_NULLS ON;
BEGIN TRANSACTION;
IF durable.schema_version() NOT IN (N'0015_metrics_text', N'0016_traces_and_objectives')
BEGIN
    THROW 50008, N'DS008: migration 0016_traces_and_objectives needs an install at 0015_metrics_text', 1;
END;
GO

IF COL_LENGTH(N'durable.queues', N'lag_slo') IS NULL
    ALTER TABLE durable.queues ADD lag_slo float CONSTRAINT queues_lag_slo CHECK (lag_slo > 0);
GO

-- Trace context.  A run carries the W3C traceparent of the trace it was
-- enqueued in as meta's "traceparent", and durable.claim hands it to the
-- worker, whose span per attempt continues that trace.  A client library
-- puts it in meta; a producer without one (sqlcmd, a trigger, a service in
-- another language) sets it in its session around its enqueues
-- (PostgreSQL's SET LOCAL durable.traceparent; any login may set it):
--     EXEC sys.sp_set_session_context @key = N'durable.traceparent',
--          @value = N'00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01';
--     EXEC durable.enqueue @job_name = N'send-email', @args = N'{"to": "a@b.c"}';
--     EXEC sys.sp_set_session_context @key = N'durable.traceparent', @value = NULL;
-- NULL or '' means none.  enqueue, enqueue_opts and enqueue_many store it
-- when meta has no traceparent of its own (meta's wins); a malformed one, in
-- meta or in the session, is DS001 and nothing is written.  A procedure, not
-- a function: a T-SQL function cannot raise.  (The pattern is compared code
-- point by code point: lowercase hex only; DATALENGTH, not LEN, which
-- ignores trailing spaces.)
CREATE OR ALTER PROCEDURE durable.check_traceparent
    @value nvarchar(max)
AS
BEGIN
    DECLARE @hex2 nvarchar(16) = N'[0-9a-f][0-9a-f]';
    DECLARE @message nvarchar(max);
    IF @value IS NULL OR DATALENGTH(@value) <> 110
       OR @value COLLATE Latin1_General_100_BIN2 NOT LIKE
          @hex2 + N'-' + REPLICATE(@hex2, 16) + N'-' + REPLICATE(@hex2, 8) + N'-' + @hex2
       OR LEFT(@value, 2) = N'ff' COLLATE Latin1_General_100_BIN2
       OR SUBSTRING(@value, 4, 32) = REPLICATE(N'0', 32)
       OR SUBSTRING(@value, 37, 16) = REPLICATE(N'0', 16)
    BEGIN
        SET @message = N'traceparent must be 00-<32 hex>-<16 hex>-<2 hex> (W3C), got '
            + durable.lit(LEFT(@value, 100));
        EXEC durable.raise_error @code = 'DS001', @message = @message;
    END;
END;
GO

-- @meta with its traceparent checked, or with the session's
-- durable.traceparent added when @meta has none.  (A traceparent in meta
-- that is not a string is shown as its JSON text, as on PostgreSQL.)
CREATE OR ALTER PROCEDURE durable.traced_meta
    @meta nvarchar(max) OUTPUT
AS
BEGIN
    DECLARE @found bit = 0;
    DECLARE @given nvarchar(max);
    DECLARE @type int;
    DECLARE @session nvarchar(4000) = CAST(SESSION_CONTEXT(N'durable.traceparent') AS nvarchar(4000));
    -- (+ N'.': T-SQL's = ignores trailing spaces, and "traceparent " is another key)
    SELECT TOP (1) @found = 1, @given = t.value, @type = t.[type]
    FROM OPENJSON(CASE WHEN durable.json_kind(@meta) = N'object' THEN @meta ELSE N'{}' END) AS t
    WHERE t.[key] + N'.' = N'traceparent.' COLLATE Latin1_General_100_BIN2;
    IF @found = 1
    BEGIN
        SET @given = CASE WHEN @type = 0 THEN N'null' ELSE @given END;
        EXEC durable.check_traceparent @value = @given;
        RETURN;
    END;
    IF @session IS NULL OR DATALENGTH(@session) = 0
        RETURN;
    EXEC durable.check_traceparent @value = @session;
    SET @meta = JSON_MODIFY(COALESCE(@meta, N'{}'), N'$.traceparent', @session);
END;
GO

-- Upsert a queue's settings.  NULL leaves a setting as it is (a new queue
-- gets the defaults: priority 0, weight 1, no limit, no lag objective);
-- concurrency_limit 0 removes the limit, lag_slo 0 the objective.  lag_slo
-- is seconds (PostgreSQL: an interval).
CREATE OR ALTER PROCEDURE durable.set_queue
    @queue nvarchar(max),
    @priority int = NULL,
    @weight int = NULL,
    @concurrency_limit int = NULL,
    @lag_slo float = NULL
AS
BEGIN
    SET NOCOUNT ON;
    DECLARE @now datetime2(6);
    DECLARE @own bit = CASE WHEN @@TRANCOUNT = 0 THEN 1 ELSE 0 END;
    EXEC durable.read_clock @now = @now OUTPUT;
    EXEC durable.check_name @kind = N'queue name', @value = @queue;
    IF @priority IS NOT NULL
        EXEC durable.check_range @kind = N'priority', @value = @priority, @low = -1000000, @high = 1000000;
    IF @weight IS NOT NULL
        EXEC durable.check_range @kind = N'weight', @value = @weight, @low = 1, @high = 1000000;
    IF @concurrency_limit IS NOT NULL
        EXEC durable.check_range @kind = N'concurrency_limit', @value = @concurrency_limit,
            @low = 0, @high = 1000000;
    IF @lag_slo IS NOT NULL
        EXEC durable.check_interval @kind = N'lag_slo', @value = @lag_slo, @allow_zero = 1;
    BEGIN TRY
        IF @own = 1 BEGIN TRANSACTION; ELSE SAVE TRANSACTION durable_set_queue;
        EXEC durable.ensure_queue @queue = @queue, @now = @now;
        UPDATE durable.queues
        SET priority = COALESCE(@priority, priority),
            weight = COALESCE(@weight, weight),
            concurrency_limit = CASE WHEN @concurrency_limit IS NULL THEN concurrency_limit
                                     ELSE NULLIF(@concurrency_limit, 0) END,
            lag_slo = CASE WHEN @lag_slo IS NULL THEN lag_slo ELSE NULLIF(@lag_slo, 0) END
        WHERE queue = @queue;
        IF @own = 1 COMMIT TRANSACTION;
    END TRY
    BEGIN CATCH
        IF @own = 1 AND @@TRANCOUNT > 0 ROLLBACK TRANSACTION;
        ELSE IF @own = 0 AND XACT_STATE() = 1 ROLLBACK TRANSACTION durable_set_queue;
        THROW;
    END CATCH;
END;
GO

-- durable.set_queue with its settings as one JSON object, the form every
-- engine has:
--     EXEC durable.set_queue_opts @queue = N'mail', @options = N'{"weight": 3, "lag_slo": 30}';
-- Keys are set_queue's parameter names: integers for priority, weight and
-- concurrency_limit, seconds for lag_slo; JSON null leaves a setting as it
-- is.  An unknown key or a value of the wrong type is DS001 (the first such
-- key, code point by code point, is named), and nothing is written.  (Here,
-- after durable.json_integer, which it uses.)
CREATE OR ALTER PROCEDURE durable.set_queue_opts
    @queue nvarchar(max),
    @options nvarchar(max) = N'{}'
AS
BEGIN
    SET NOCOUNT ON;
    DECLARE @opts nvarchar(max) = COALESCE(@options, N'{}');
    DECLARE @message nvarchar(max);
    DECLARE @bad nvarchar(max);
    DECLARE @bad_known bit;
    DECLARE @bad_value nvarchar(max);
    DECLARE @priority int;
    DECLARE @weight int;
    DECLARE @concurrency_limit int;
    DECLARE @lag_slo float;
    IF durable.json_kind(@opts) <> N'object'
    BEGIN
        SET @message = N'set_queue options must be a JSON object, got '
            + CASE WHEN durable.json_kind(@opts) = N'invalid JSON' THEN N'invalid JSON'
                   ELSE LEFT(@opts, 200) END;
        EXEC durable.raise_error @code = 'DS001', @message = @message;
    END;
    -- (+ N'.': T-SQL's = and IN ignore trailing spaces, and "weight " is another key)
    SELECT TOP (1) @bad = o.[key],
                   @bad_known = CASE WHEN o.[key] + N'.' COLLATE Latin1_General_100_BIN2
                                          IN (N'priority.', N'weight.', N'concurrency_limit.',
                                              N'lag_slo.') THEN 1 ELSE 0 END,
                   @bad_value = durable.json_text(o.value, o.[type])
    FROM OPENJSON(@opts) AS o
    WHERE NOT (o.[key] + N'.' COLLATE Latin1_General_100_BIN2
                   IN (N'priority.', N'weight.', N'concurrency_limit.', N'lag_slo.')
               AND (o.[type] = 0
                    OR (o.[key] = N'lag_slo' AND o.[type] = 2
                        AND COALESCE(ABS(TRY_CAST(o.value AS float)), 1e13) <= 1e12)
                    OR (o.[key] <> N'lag_slo' AND o.[type] = 2
                        AND durable.json_integer(o.value, -2147483648, 2147483647) = 1)))
    ORDER BY o.[key] COLLATE Latin1_General_100_BIN2;
    IF @bad IS NOT NULL AND @bad_known = 0
    BEGIN
        SET @message = N'unknown set_queue option ' + durable.lit(@bad)
            + N': use concurrency_limit, lag_slo, priority, weight';
        EXEC durable.raise_error @code = 'DS001', @message = @message;
    END;
    IF @bad IS NOT NULL
    BEGIN
        SET @message = N'set_queue option ' + @bad + N' must be '
            + CASE WHEN @bad = N'lag_slo' THEN N'a number of seconds' ELSE N'an integer' END
            + N', got ' + LEFT(@bad_value, 200);
        EXEC durable.raise_error @code = 'DS001', @message = @message;
    END;
    SET @priority = CAST(CAST(JSON_VALUE(@opts, N'$.priority') AS float) AS int);
    SET @weight = CAST(CAST(JSON_VALUE(@opts, N'$.weight') AS float) AS int);
    SET @concurrency_limit = CAST(CAST(JSON_VALUE(@opts, N'$.concurrency_limit') AS float) AS int);
    SET @lag_slo = CAST(JSON_VALUE(@opts, N'$.lag_slo') AS float);
    EXEC durable.set_queue @queue = @queue, @priority = @priority, @weight = @weight,
        @concurrency_limit = @concurrency_limit, @lag_slo = @lag_slo;
END;
GO

-- The single-run path, the hottest producer call.  Its result set is one
-- row, one column (enqueue): the run's id.
--   unique_key       at most one live run per key: a second enqueue returns
--                    the live run's id and inserts nothing;
--   concurrency_key  at most one leased run per key at a time;
--   depends_on       a JSON array of run ids: the run waits (status
--                    'waiting') until every parent succeeded; a parent that
--                    fails or is cancelled cancels it.
-- run_at is a UTC datetime2; timeout is seconds; tags a JSON array.
-- durable.enqueue_run does the work and hands the id back in @run_id, for
-- enqueue_opts and enqueue_many to call without a result set of their own.
CREATE OR ALTER PROCEDURE durable.enqueue_run
    @job_name nvarchar(max),
    @args nvarchar(max),
    @queue nvarchar(max),
    @run_at datetime2(6),
    @priority int,
    @max_attempts int,
    @unique_key nvarchar(max),
    @concurrency_key nvarchar(max),
    @depends_on nvarchar(max),
    @tags nvarchar(max),
    @timeout float,
    @meta nvarchar(max),
    @run_id bigint OUTPUT
AS
BEGIN
    DECLARE @now datetime2(6);
    DECLARE @own bit = CASE WHEN @@TRANCOUNT = 0 THEN 1 ELSE 0 END;
    DECLARE @max bigint = durable.bound(N'max_attempts');
    DECLARE @key_length int = durable.bound(N'max_key_length');
    DECLARE @parents nvarchar(max);
    DECLARE @waiting int = 0;
    DECLARE @blocker nvarchar(max);
    DECLARE @cancel durable.run_outcome;
    DECLARE @n int;
    DECLARE @ids TABLE (run_id bigint NOT NULL);

    EXEC durable.read_clock @now = @now OUTPUT;
    -- Checks that need no table come first.
    IF @args IS NOT NULL
        EXEC durable.check_args @args = @args, @what = N'args';
    IF @max_attempts IS NOT NULL
        EXEC durable.check_range @kind = N'max_attempts', @value = @max_attempts, @low = 1, @high = @max;
    IF @priority IS NOT NULL
        EXEC durable.check_range @kind = N'priority', @value = @priority, @low = -1000000, @high = 1000000;
    IF @timeout IS NOT NULL
        EXEC durable.check_interval @kind = N'timeout', @value = @timeout, @allow_zero = 0;
    IF @tags IS NOT NULL
        EXEC durable.check_tags @tags = @tags;
    IF @meta IS NOT NULL
        EXEC durable.check_args @args = @meta, @what = N'meta';
    -- (a cheap look first: any escape in meta, which may spell the key, also goes on)
    IF (@meta IS NOT NULL AND (CHARINDEX(N'traceparent', @meta) > 0 OR CHARINDEX(N'\', @meta) > 0))
       OR DATALENGTH(CAST(SESSION_CONTEXT(N'durable.traceparent') AS nvarchar(4000))) > 0
        EXEC durable.traced_meta @meta = @meta OUTPUT;
    IF @unique_key IS NOT NULL
        EXEC durable.check_name @kind = N'unique_key', @value = @unique_key, @max_length = @key_length;
    IF @concurrency_key IS NOT NULL
        EXEC durable.check_name @kind = N'concurrency_key', @value = @concurrency_key,
            @max_length = @key_length;
    IF NOT EXISTS (SELECT 1 FROM durable.jobs AS j WHERE j.job_name = @job_name)
        EXEC durable.unknown_job @job_name = @job_name;

    BEGIN TRY
        IF @own = 1 BEGIN TRANSACTION; ELSE SAVE TRANSACTION durable_enqueue;
        IF @queue IS NOT NULL
            EXEC durable.ensure_queue @queue = @queue, @now = @now;
        IF @unique_key IS NOT NULL
            -- UPDLOCK, HOLDLOCK: the key's range stays locked until this
            -- transaction ends, so a racing producer of the same key waits
            -- here and then finds this run.
            -- (IS NOT NULL: the filtered index matches a parameterised lookup.)
            SET @run_id = (SELECT r.run_id FROM durable.runs AS r WITH (UPDLOCK, HOLDLOCK)
                           WHERE r.unique_key = @unique_key AND r.unique_key IS NOT NULL);
        IF @run_id IS NULL
        BEGIN
            -- (Anything but an array, JSON or not, goes on to lock_parents, which rejects it.)
            IF @depends_on IS NOT NULL
               AND (durable.json_kind(@depends_on) <> N'array'
                    OR EXISTS (SELECT 1 FROM OPENJSON(CASE WHEN durable.json_kind(@depends_on) = N'array'
                                                           THEN @depends_on ELSE N'[]' END)))
                EXEC durable.lock_parents @depends_on = @depends_on, @parents = @parents OUTPUT,
                    @live = @waiting OUTPUT, @blocker = @blocker OUTPUT;
            INSERT INTO durable.runs (job_name, queue, status, args, priority, run_at,
                                      max_attempts, timeout, unique_key, concurrency_key, tags,
                                      created_at, depends_on, waiting_on, meta)
            OUTPUT inserted.run_id INTO @ids (run_id)
            SELECT j.job_name, COALESCE(@queue, j.queue),
                   CASE WHEN @waiting > 0 OR @blocker IS NOT NULL THEN 'waiting' ELSE 'pending' END,
                   COALESCE(@args, N'{}'), COALESCE(@priority, j.priority), COALESCE(@run_at, @now),
                   COALESCE(@max_attempts, j.max_attempts), COALESCE(@timeout, j.timeout),
                   @unique_key, @concurrency_key, @tags, @now, @parents, @waiting, @meta
            FROM durable.jobs AS j
            WHERE j.job_name = @job_name;
            SET @run_id = (SELECT i.run_id FROM @ids AS i);
            IF @parents IS NOT NULL
                INSERT INTO durable.dependencies (parent_id, child_id)
                SELECT CAST(p.value AS bigint), @run_id FROM OPENJSON(@parents) AS p;
            IF @blocker IS NOT NULL
            BEGIN
                -- A parent already failed: the run exists, and is cancelled at once.
                INSERT INTO @cancel (run_id, result, error) VALUES (@run_id, NULL, @blocker);
                EXEC durable.finish_runs @runs = @cancel, @status = 'cancelled', @owner = NULL,
                    @now = @now, @n = @n OUTPUT;
            END;
        END;
        IF @own = 1 COMMIT TRANSACTION;
    END TRY
    BEGIN CATCH
        IF @own = 1 AND @@TRANCOUNT > 0 ROLLBACK TRANSACTION;
        ELSE IF @own = 0 AND XACT_STATE() = 1 ROLLBACK TRANSACTION durable_enqueue;
        THROW;
    END CATCH;
END;
GO

-- Many runs of one job; @args is a JSON array of objects.  The result set
-- is one column, run_id, in the order of args.
CREATE OR ALTER PROCEDURE durable.enqueue_many
    @job_name nvarchar(max),
    @args nvarchar(max),
    @queue nvarchar(max) = NULL,
    @run_at datetime2(6) = NULL,
    @priority int = NULL,
    @tags nvarchar(max) = NULL,
    @meta nvarchar(max) = NULL
AS
BEGIN
    SET NOCOUNT ON;
    DECLARE @now datetime2(6);
    DECLARE @own bit = CASE WHEN @@TRANCOUNT = 0 THEN 1 ELSE 0 END;
    DECLARE @message nvarchar(max);
    DECLARE @doc nvarchar(max);
    DECLARE @ord int;
    DECLARE @what nvarchar(64);
    DECLARE @items TABLE (ord int NOT NULL PRIMARY KEY, doc nvarchar(max));
    DECLARE @ids TABLE (run_id bigint NOT NULL PRIMARY KEY);

    EXEC durable.read_clock @now = @now OUTPUT;
    IF NOT EXISTS (SELECT 1 FROM durable.jobs AS j WHERE j.job_name = @job_name)
        EXEC durable.unknown_job @job_name = @job_name;
    IF @priority IS NOT NULL
        EXEC durable.check_range @kind = N'priority', @value = @priority, @low = -1000000, @high = 1000000;
    IF @tags IS NOT NULL
        EXEC durable.check_tags @tags = @tags;
    IF @meta IS NOT NULL
        EXEC durable.check_args @args = @meta, @what = N'meta';
    -- (a cheap look first: any escape in meta, which may spell the key, also goes on)
    IF (@meta IS NOT NULL AND (CHARINDEX(N'traceparent', @meta) > 0 OR CHARINDEX(N'\', @meta) > 0))
       OR DATALENGTH(CAST(SESSION_CONTEXT(N'durable.traceparent') AS nvarchar(4000))) > 0
        EXEC durable.traced_meta @meta = @meta OUTPUT;
    IF durable.json_kind(@args) <> N'array'
    BEGIN
        SET @message = N'args must be a JSON array of objects, got ' + durable.json_kind(@args);
        EXEC durable.raise_error @code = 'DS001', @message = @message;
    END;
    INSERT INTO @items (ord, doc)
    SELECT CAST(a.[key] AS int), durable.json_text(a.value, a.[type]) FROM OPENJSON(@args) AS a;
    DECLARE each_doc CURSOR LOCAL FAST_FORWARD FOR SELECT i.ord, i.doc FROM @items AS i ORDER BY i.ord;
    OPEN each_doc;
    FETCH NEXT FROM each_doc INTO @ord, @doc;
    WHILE @@FETCH_STATUS = 0
    BEGIN
        SET @what = N'args[' + CAST(@ord + 1 AS nvarchar(20)) + N']';
        EXEC durable.check_args @args = @doc, @what = @what;
        FETCH NEXT FROM each_doc INTO @ord, @doc;
    END;
    CLOSE each_doc;
    DEALLOCATE each_doc;

    BEGIN TRY
        IF @own = 1 BEGIN TRANSACTION; ELSE SAVE TRANSACTION durable_enqueue_many;
        IF @queue IS NOT NULL
            EXEC durable.ensure_queue @queue = @queue, @now = @now;
        -- One statement for the batch.  An INSERT ... SELECT ... ORDER BY
        -- assigns IDENTITY values in the ORDER BY's order (documented), so
        -- ids follow the order of args.
        INSERT INTO durable.runs (job_name, queue, status, args, priority, run_at, max_attempts,
                                  timeout, created_at, tags, meta)
        OUTPUT inserted.run_id INTO @ids (run_id)
        SELECT j.job_name, COALESCE(@queue, j.queue), 'pending', i.doc,
               COALESCE(@priority, j.priority), COALESCE(@run_at, @now), j.max_attempts,
               j.timeout, @now, @tags, @meta
        FROM @items AS i
        CROSS JOIN durable.jobs AS j
        WHERE j.job_name = @job_name
        ORDER BY i.ord;
        IF @own = 1 COMMIT TRANSACTION;
    END TRY
    BEGIN CATCH
        IF @own = 1 AND @@TRANCOUNT > 0 ROLLBACK TRANSACTION;
        ELSE IF @own = 0 AND XACT_STATE() = 1 ROLLBACK TRANSACTION durable_enqueue_many;
        THROW;
    END CATCH;
    SELECT i.run_id FROM @ids AS i ORDER BY i.run_id;
END;
GO

-- Up to max_runs claimable runs for @worker, leased for @lease seconds, as
-- the result set, in the order the worker should start them:
--     EXEC durable.claim @worker = N'w1', @queues = N'["a","b"]', @max_runs = 10;
-- (columns: run_id, job_name, queue, args, attempt, max_attempts, run_at,
-- lease_expires_at, timeout, priority, traceparent: the run's meta
-- traceparent, NULL when none)
-- @queues: a JSON array of queue names (NULL: every queue, in queue
-- priority order); @strategy (NULL: 'priority'):
--   priority  the overall top max_runs by run priority, then run_at, then id;
--   strict    fill from the first queue, then the next, in the order of queues;
--   weighted  each queue's head is a Poisson stream of rate `weight`; the
--             first arrivals of the merged streams form the batch, so each
--             slot goes to a queue with probability weight ÷ total weight of
--             the queues with claimable runs, and no queue with due runs starves.
-- Candidates are locked per queue with UPDLOCK, READPAST (rows other
-- claimers hold are skipped, never waited for): up to max_runs of each
-- kind per served queue, pending ones at most the queue's remaining
-- capacity.  Then, in strategy order, keys and job limits are checked run by
-- run under their try-locks, and the chosen runs are leased with one
-- UPDATE TOP (n) ... OUTPUT.  Candidates not chosen stay locked until the
-- claim's transaction ends, as on PostgreSQL.
CREATE OR ALTER PROCEDURE durable.claim
    @worker nvarchar(max),
    @queues nvarchar(max) = NULL,
    @max_runs int = 1,
    @lease float = 30,
    @strategy nvarchar(max) = N'priority'
AS
BEGIN
    SET NOCOUNT ON;
    DECLARE @now datetime2(6);
    DECLARE @lease_start datetime2(6);
    DECLARE @own bit = CASE WHEN @@TRANCOUNT = 0 THEN 1 ELSE 0 END;
    DECLARE @max int = COALESCE(@max_runs, 1);
    DECLARE @v_lease float = COALESCE(@lease, 30);
    DECLARE @v_strategy nvarchar(max) = COALESCE(@strategy, N'priority');
    DECLARE @max_claim bigint = durable.bound(N'max_claim_runs');
    DECLARE @message nvarchar(max);
    DECLARE @ord int;
    DECLARE @queue nvarchar(128);
    DECLARE @cap int;
    DECLARE @take int;
    DECLARE @run_id bigint;
    DECLARE @status varchar(16);
    DECLARE @key nvarchar(512);
    DECLARE @job nvarchar(128);
    DECLARE @ok bit;
    DECLARE @lim int;
    DECLARE @served TABLE (
        ord int NOT NULL PRIMARY KEY, queue nvarchar(128) COLLATE Latin1_General_100_BIN2 NOT NULL,
        weight int NOT NULL, lim int, cap int
    );
    DECLARE @cand TABLE (
        run_id bigint NOT NULL PRIMARY KEY, qord int NOT NULL, status varchar(16) NOT NULL,
        priority int NOT NULL, run_at datetime2(6) NOT NULL,
        job_name nvarchar(128) COLLATE Latin1_General_100_BIN2 NOT NULL,
        concurrency_key nvarchar(512) COLLATE Latin1_General_100_BIN2, draw float NOT NULL,
        turn float
    );
    DECLARE @picked TABLE (run_id bigint NOT NULL PRIMARY KEY);
    DECLARE @keys TABLE (k nvarchar(512) COLLATE Latin1_General_100_BIN2 NOT NULL PRIMARY KEY);
    DECLARE @job_caps TABLE (job_name nvarchar(128) COLLATE Latin1_General_100_BIN2 NOT NULL PRIMARY KEY,
                             cap int NOT NULL);
    DECLARE @claimed TABLE (
        run_id bigint NOT NULL PRIMARY KEY, job_name nvarchar(128) NOT NULL,
        queue nvarchar(128) COLLATE Latin1_General_100_BIN2 NOT NULL, args nvarchar(max) NOT NULL,
        attempt int NOT NULL, max_attempts int NOT NULL, run_at datetime2(6) NOT NULL,
        lease_expires_at datetime2(6) NOT NULL, timeout float, priority int NOT NULL,
        traceparent nvarchar(4000)
    );

    EXEC durable.read_clock @now = @now OUTPUT;
    EXEC durable.check_name @kind = N'worker name', @value = @worker;
    -- (OPENJSON reads only text known to be an array: T-SQL does not promise to
    -- evaluate OR and AND left to right, and OPENJSON on other text is error 13609.)
    IF @queues IS NOT NULL AND (durable.json_kind(@queues) <> N'array'
        OR EXISTS (SELECT 1 FROM OPENJSON(CASE WHEN durable.json_kind(@queues) = N'array'
                                               THEN @queues ELSE N'[]' END) AS e
                   WHERE e.[type] <> 1))
        EXEC durable.raise_error @code = 'DS001',
            @message = N'queues must be a one-dimensional array of queue names';
    EXEC durable.check_range @kind = N'max_runs', @value = @max, @low = 1, @high = @max_claim;
    EXEC durable.check_interval @kind = N'lease', @value = @v_lease, @allow_zero = 0;
    IF durable.accepts(N'claim_strategies', @v_strategy) = 0
    BEGIN
        SET @message = N'unknown claim strategy ' + durable.lit(@v_strategy) + N': use '
            + durable.word_list(N'claim_strategies');
        EXEC durable.raise_error @code = 'DS001', @message = @message;
    END;

    BEGIN TRY
        IF @own = 1 BEGIN TRANSACTION; ELSE SAVE TRANSACTION durable_claim;

        -- The served queues in strategy order, paused ones left out.
        INSERT INTO @served (ord, queue, weight, lim)
        SELECT ROW_NUMBER() OVER (ORDER BY o.ord, q.priority DESC, q.queue), q.queue, q.weight,
               q.concurrency_limit
        FROM durable.queues AS q
        LEFT JOIN (SELECT e.value AS name, MIN(CAST(e.[key] AS int)) AS ord
                   FROM OPENJSON(COALESCE(@queues, N'[]')) AS e GROUP BY e.value) AS o
               ON o.name = q.queue COLLATE Latin1_General_100_BIN2
        WHERE q.paused = 0 AND (@queues IS NULL OR o.name IS NOT NULL);

        -- Each served queue's candidates; a limited queue's capacity is
        -- taken under its try-lock first.
        DECLARE each_queue CURSOR LOCAL FAST_FORWARD FOR
            SELECT s.ord, s.queue, s.lim FROM @served AS s ORDER BY s.ord;
        OPEN each_queue;
        FETCH NEXT FROM each_queue INTO @ord, @queue, @lim;
        WHILE @@FETCH_STATUS = 0
        BEGIN
            SET @cap = NULL;
            IF @lim IS NOT NULL
                EXEC durable.capacity @kind = N'queue', @name = @queue, @lim = @lim, @cap = @cap OUTPUT;
            SET @take = CASE WHEN @cap IS NULL OR @cap > @max THEN @max
                             WHEN @cap < 0 THEN 0 ELSE @cap END;
            -- (the draw: an exponential variate per candidate for 'weighted',
            -- from NEWID(), which unlike RAND() is evaluated per row)
            INSERT INTO @cand (run_id, qord, status, priority, run_at, job_name, concurrency_key, draw)
            SELECT TOP (@take) r.run_id, @ord, r.status, r.priority, r.run_at, r.job_name,
                   r.concurrency_key,
                   -LOG((ABS(CAST(CHECKSUM(NEWID()) AS bigint)) % 1000000 + 0.5) / 1000000.0)
            FROM durable.runs AS r WITH (UPDLOCK, READPAST, ROWLOCK)
            WHERE r.status = 'pending' AND r.queue = @queue AND r.run_at <= @now
              -- (a first look, skipping rows other claimers hold: the key is
              -- checked again under its try-lock below)
              AND (r.concurrency_key IS NULL
                   OR NOT EXISTS (SELECT 1 FROM durable.runs AS k WITH (READPAST)
                                  WHERE k.status = 'leased' AND k.concurrency_key IS NOT NULL
                                    AND k.concurrency_key = r.concurrency_key))
            ORDER BY r.priority DESC, r.run_at, r.run_id;
            INSERT INTO @cand (run_id, qord, status, priority, run_at, job_name, concurrency_key, draw)
            SELECT TOP (@max) r.run_id, @ord, r.status, r.priority, r.run_at, r.job_name,
                   r.concurrency_key,
                   -LOG((ABS(CAST(CHECKSUM(NEWID()) AS bigint)) % 1000000 + 0.5) / 1000000.0)
            FROM durable.runs AS r WITH (UPDLOCK, READPAST, ROWLOCK)
            WHERE r.status = 'leased' AND r.queue = @queue AND r.lease_expires_at <= @now
              AND r.attempt < r.max_attempts AND r.cancel_requested_at IS NULL
            ORDER BY r.priority DESC, r.run_at, r.run_id;
            FETCH NEXT FROM each_queue INTO @ord, @queue, @lim;
        END;
        CLOSE each_queue;
        DEALLOCATE each_queue;

        IF @v_strategy = N'weighted'
            -- A queue's k-th candidate arrives at the sum of its first k
            -- draws divided by the queue's weight.
            UPDATE c
            SET c.turn = t.turn
            FROM @cand AS c
            INNER JOIN (SELECT x.run_id,
                               SUM(x.draw) OVER (PARTITION BY x.qord
                                                 ORDER BY x.priority DESC, x.run_at, x.run_id
                                                 ROWS UNBOUNDED PRECEDING) / s.weight AS turn
                        FROM @cand AS x INNER JOIN @served AS s ON s.ord = x.qord) AS t
                    ON t.run_id = c.run_id;

        IF NOT EXISTS (SELECT 1 FROM @cand AS c
                       WHERE c.status = 'pending'
                         AND (c.concurrency_key IS NOT NULL
                              OR EXISTS (SELECT 1 FROM durable.jobs AS j
                                         WHERE j.job_name = c.job_name
                                           AND j.concurrency_limit IS NOT NULL)))
            -- The common case: no key and no limited job among the candidates.
            INSERT INTO @picked (run_id)
            SELECT TOP (@max) c.run_id FROM @cand AS c
            ORDER BY CASE WHEN @v_strategy = N'strict' THEN c.qord ELSE 0 END,
                     CASE WHEN @v_strategy = N'weighted' THEN c.turn ELSE 0 END,
                     c.priority DESC, c.run_at, c.run_id;
        ELSE
        BEGIN
            -- Keys or job limits in play: in claim order, keep expired leases
            -- (they hold their slot and key already) and pending runs that are
            -- the first of their key in this batch, whose key's try-lock this
            -- claim holds and which no other run holds leased (looked for
            -- after taking the lock, with READCOMMITTEDLOCK), and that fit in
            -- their job's remaining capacity.
            DECLARE each_run CURSOR LOCAL FAST_FORWARD FOR
                SELECT c.run_id, c.status, c.concurrency_key, c.job_name FROM @cand AS c
                ORDER BY CASE WHEN @v_strategy = N'strict' THEN c.qord ELSE 0 END,
                         CASE WHEN @v_strategy = N'weighted' THEN c.turn ELSE 0 END,
                         c.priority DESC, c.run_at, c.run_id;
            OPEN each_run;
            FETCH NEXT FROM each_run INTO @run_id, @status, @key, @job;
            WHILE @@FETCH_STATUS = 0 AND (SELECT COUNT(*) FROM @picked) < @max
            BEGIN
                SET @ok = 1;
                IF @status = 'pending' AND @key IS NOT NULL
                BEGIN
                    IF EXISTS (SELECT 1 FROM @keys AS k WHERE k.k = @key)
                        SET @ok = 0;
                    ELSE
                        EXEC durable.try_lock @kind = N'key', @name = @key, @locked = @ok OUTPUT;
                    IF @ok = 1 AND EXISTS (SELECT 1 FROM durable.runs AS k WITH (READCOMMITTEDLOCK)
                                           WHERE k.status = 'leased' AND k.concurrency_key IS NOT NULL
                                             AND k.concurrency_key = @key)
                        SET @ok = 0;
                    IF @ok = 1
                        INSERT INTO @keys (k) VALUES (@key);
                END;
                SET @lim = (SELECT j.concurrency_limit FROM durable.jobs AS j WHERE j.job_name = @job);
                IF @ok = 1 AND @status = 'pending' AND @lim IS NOT NULL
                BEGIN
                    IF NOT EXISTS (SELECT 1 FROM @job_caps AS jc WHERE jc.job_name = @job)
                    BEGIN
                        EXEC durable.capacity @kind = N'job', @name = @job, @lim = @lim, @cap = @cap OUTPUT;
                        INSERT INTO @job_caps (job_name, cap) VALUES (@job, @cap);
                    END;
                    IF (SELECT jc.cap FROM @job_caps AS jc WHERE jc.job_name = @job) <= 0
                        SET @ok = 0;
                    ELSE
                        UPDATE @job_caps SET cap = cap - 1 WHERE job_name = @job;
                END;
                IF @ok = 1
                    INSERT INTO @picked (run_id) VALUES (@run_id);
                FETCH NEXT FROM each_run INTO @run_id, @status, @key, @job;
            END;
            CLOSE each_run;
            DEALLOCATE each_run;
        END;

        -- The lease starts now (the wall clock after the waits above, or the fake clock).
        EXEC durable.read_clock @now = @lease_start OUTPUT;
        UPDATE TOP (@max) r
        SET r.status = 'leased', r.worker = @worker,
            r.lease_expires_at = durable.plus_seconds(@lease_start, @v_lease),
            r.attempt = r.attempt + 1, r.started_at = @now
        OUTPUT inserted.run_id, inserted.job_name, inserted.queue, inserted.args, inserted.attempt,
               inserted.max_attempts, inserted.run_at, inserted.lease_expires_at, inserted.timeout,
               inserted.priority, JSON_VALUE(inserted.meta, N'$.traceparent')
        INTO @claimed
        FROM durable.runs AS r WITH (READPAST, UPDLOCK, ROWLOCK)
        WHERE r.run_id IN (SELECT p.run_id FROM @picked AS p);

        -- Expired leases that may not be handed out again end now.  (READPAST:
        -- a row another claimer holds is theirs to settle, never waited for.)
        IF EXISTS (SELECT 1 FROM durable.runs AS r WITH (READPAST)
                   WHERE r.status = 'leased' AND r.lease_expires_at <= @now
                     AND NOT (r.attempt < r.max_attempts AND r.cancel_requested_at IS NULL))
            EXEC durable.settle_expired @now = @now;
        IF @own = 1 COMMIT TRANSACTION;
    END TRY
    BEGIN CATCH
        IF @own = 1 AND @@TRANCOUNT > 0 ROLLBACK TRANSACTION;
        ELSE IF @own = 0 AND XACT_STATE() = 1 ROLLBACK TRANSACTION durable_claim;
        THROW;
    END CATCH;
    SELECT c.run_id, c.job_name, c.queue, c.args, c.attempt, c.max_attempts, c.run_at,
           c.lease_expires_at, c.timeout, c.priority, c.traceparent
    FROM @claimed AS c
    INNER JOIN @served AS s ON s.queue = c.queue
    ORDER BY CASE WHEN @v_strategy = N'strict' THEN s.ord ELSE 0 END,
             c.priority DESC, c.run_at, c.run_id;
END;
GO

-- Lag objectives (durable.set_queue @lag_slo = ...): each queue's oldest due
-- run against its objective now, and how many of the runs started in the
-- last hour started within it (start delay = started_at - run_at, for each
-- run's latest attempt: leased runs, and terminal ones in run_history; runs
-- of jobs with keep_succeeded 0 leave no history and count only while
-- leased).  The hour's counts are read only for queues with an objective
-- (NULL elsewhere).  Seconds where PostgreSQL has intervals (lag_slo,
-- oldest_due_age, as queue_stats); within_slo is 1, 0 or NULL.
CREATE OR ALTER VIEW durable.slo_status
AS
SELECT q.queue, q.lag_slo,
       DATEDIFF_BIG(MICROSECOND, d.oldest_due, c.now) / 1000000.0 AS oldest_due_age,
       CAST(CASE WHEN q.lag_slo IS NULL THEN NULL
                 WHEN COALESCE(DATEDIFF_BIG(MICROSECOND, d.oldest_due, c.now), 0)
                      <= q.lag_slo * 1000000 THEN 1 ELSE 0 END AS bit) AS within_slo,
       CASE WHEN q.lag_slo IS NOT NULL THEN hr.started END AS started_last_hour,
       CASE WHEN q.lag_slo IS NOT NULL THEN hr.within END AS started_within_slo,
       CASE WHEN q.lag_slo IS NOT NULL AND hr.started > 0
            THEN CAST(hr.within AS float) / hr.started END AS share_within_slo
FROM durable.queues AS q
CROSS JOIN (SELECT durable.now() AS now) AS c
CROSS APPLY (SELECT MIN(r.run_at) AS oldest_due
             FROM durable.runs AS r
             WHERE r.status = 'pending' AND r.queue = q.queue AND r.run_at <= c.now) AS d
-- (one row always, an aggregate's; q.lag_slo IS NOT NULL inside spares the
-- reads for queues without an objective)
CROSS APPLY (SELECT COUNT_BIG(*) AS started,
                    COUNT_BIG(CASE WHEN DATEDIFF_BIG(MICROSECOND, x.run_at, x.started_at)
                                        <= q.lag_slo * 1000000 THEN 1 END) AS within
             FROM (SELECT r.started_at, r.run_at
                   FROM durable.runs AS r
                   WHERE r.status = 'leased' AND r.queue = q.queue
                     AND r.started_at >= DATEADD(HOUR, -1, c.now)
                   UNION ALL
                   SELECT h.started_at, h.run_at
                   FROM durable.run_history AS h
                   WHERE h.finished_at >= DATEADD(HOUR, -1, c.now) AND h.queue = q.queue
                     AND h.started_at >= DATEADD(HOUR, -1, c.now)) AS x
             WHERE q.lag_slo IS NOT NULL) AS hr;
GO

-- PostgreSQL's durable.metrics_text(), the same metrics, labels, HELP lines
-- and order of lines (queues in code point order), as Prometheus text
-- exposition format; the result set is one row, column metrics_text.
-- durablesql_dead_rows and durablesql_oldest_transaction_age_seconds are 0:
-- NOT MEASURED on SQL Server yet (the DMVs that tell need VIEW SERVER STATE,
-- which the roles do not have).  Ages are seconds.  The lag metrics (9-11)
-- come from durable.slo_status, only for queues with an objective, with six
-- decimals as PostgreSQL's round(..., 6) prints them.
CREATE OR ALTER PROCEDURE durable.metrics_text
AS
BEGIN
    SET NOCOUNT ON;
    DECLARE @now datetime2(6);
    DECLARE @bs nchar(1) = NCHAR(92);
    DECLARE @qt nchar(1) = NCHAR(34);
    DECLARE @nl nchar(1) = NCHAR(10);
    EXEC durable.read_clock @now = @now OUTPUT;
    WITH s AS (
        SELECT q.queue, q.pending, q.leased, q.waiting, q.oldest_due_age, q.paused,
               q.concurrency_limit,
               N'queue=' + @qt + REPLACE(REPLACE(REPLACE(q.queue, @bs, @bs + @bs), @qt, @bs + @qt),
                                        @nl, @bs + N'n') + @qt AS label
        FROM durable.queue_stats AS q
    ),
    metric (ord, name, help) AS (
        SELECT 1, N'durablesql_queue_runs',
               N'Runs of a queue by state: waiting (on parents), pending (due or not), leased.'
        UNION ALL SELECT 2, N'durablesql_queue_oldest_due_age_seconds',
               N'How long the oldest due pending run of a queue has waited (0 when none is due).'
        UNION ALL SELECT 3, N'durablesql_queue_paused', N'1 when the queue is paused, else 0.'
        UNION ALL SELECT 4, N'durablesql_queue_concurrency_limit',
               N'The concurrency limit of a queue (only queues that have one).'
        UNION ALL SELECT 5, N'durablesql_workers_live', N'Workers seen in the last 2 minutes.'
        UNION ALL SELECT 6, N'durablesql_schedules_overdue',
               N'Enabled schedules whose next run is more than 1 minute overdue.'
        UNION ALL SELECT 7, N'durablesql_dead_rows', N'Dead rows in durable.runs (durable.health).'
        UNION ALL SELECT 8, N'durablesql_oldest_transaction_age_seconds',
               N'Age of the oldest other open transaction in the database (0 when none).'
        UNION ALL SELECT 9, N'durablesql_queue_lag_slo_seconds',
               N'The lag objective of a queue (only queues that have one).'
        UNION ALL SELECT 10, N'durablesql_queue_within_slo',
               N'1 when the oldest due run of a queue has waited no longer than its objective, else 0.'
        UNION ALL SELECT 11, N'durablesql_queue_started_within_slo_ratio',
               N'Share of the runs of a queue started in the last hour that started within its objective.'
    ),
    o AS (
        SELECT x.queue, x.lag_slo, x.within_slo, x.share_within_slo, s.label
        FROM durable.slo_status AS x INNER JOIN s ON s.queue = x.queue
        WHERE x.lag_slo IS NOT NULL
    ),
    sample (ord, queue, sub, labels, value) AS (
        SELECT 1, s.queue, 1, s.label + N',state="waiting"', CAST(s.waiting AS nvarchar(40)) FROM s
        UNION ALL
        SELECT 1, s.queue, 2, s.label + N',state="pending"', CAST(s.pending AS nvarchar(40)) FROM s
        UNION ALL
        SELECT 1, s.queue, 3, s.label + N',state="leased"', CAST(s.leased AS nvarchar(40)) FROM s
        UNION ALL
        SELECT 2, s.queue, 0, s.label, CAST(COALESCE(s.oldest_due_age, 0) AS nvarchar(40)) FROM s
        UNION ALL
        SELECT 3, s.queue, 0, s.label, CASE WHEN s.paused = 1 THEN N'1' ELSE N'0' END FROM s
        UNION ALL
        SELECT 4, s.queue, 0, s.label, CAST(s.concurrency_limit AS nvarchar(40))
        FROM s WHERE s.concurrency_limit IS NOT NULL
        UNION ALL
        SELECT 5, N'', 0, NULL, CAST(COUNT(*) AS nvarchar(40))
        FROM durable.workers AS w WHERE w.last_seen > DATEADD(MINUTE, -2, @now)
        UNION ALL
        SELECT 6, N'', 0, NULL, CAST(COUNT(*) AS nvarchar(40))
        FROM durable.schedules AS x
        WHERE x.enabled = 1 AND x.next_run_at < DATEADD(MINUTE, -1, @now)
        UNION ALL
        SELECT 7, N'', 0, NULL, N'0'
        UNION ALL
        SELECT 8, N'', 0, NULL, N'0'
        UNION ALL
        SELECT 9, o.queue, 0, o.label, CAST(CAST(o.lag_slo AS decimal(38, 6)) AS nvarchar(40)) FROM o
        UNION ALL
        SELECT 10, o.queue, 0, o.label, CASE WHEN o.within_slo = 1 THEN N'1' ELSE N'0' END FROM o
        UNION ALL
        SELECT 11, o.queue, 0, o.label, CAST(CAST(o.share_within_slo AS decimal(38, 6)) AS nvarchar(40))
        FROM o WHERE o.share_within_slo IS NOT NULL
    ),
    line (ord, queue, sub, body) AS (
        SELECT m.ord, N'', -2, CAST(N'# HELP ' + m.name + N' ' + m.help AS nvarchar(max)) FROM metric AS m
        UNION ALL
        SELECT m.ord, N'', -1, CAST(N'# TYPE ' + m.name + N' gauge' AS nvarchar(max)) FROM metric AS m
        UNION ALL
        SELECT x.ord, x.queue, x.sub,
               CAST(m.name + COALESCE(N'{' + x.labels + N'}', N'') + N' ' + x.value AS nvarchar(max))
        FROM sample AS x INNER JOIN metric AS m ON m.ord = x.ord
    )
    SELECT STRING_AGG(l.body + @nl, N'')
               WITHIN GROUP (ORDER BY l.ord, l.queue COLLATE Latin1_General_100_BIN2, l.sub)
           AS metrics_text
    FROM line AS l;
END;
GO

GRANT SELECT ON durable.slo_status TO durable_producer;
GRANT EXECUTE ON durable.set_queue_opts TO durable_admin;
GO

IF NOT EXISTS (SELECT 1 FROM durable.migrations AS m WHERE m.version = 16)
    INSERT INTO durable.migrations (version, name) VALUES (16, N'0016_traces_and_objectives');
COMMIT TRANSACTION;
GO
