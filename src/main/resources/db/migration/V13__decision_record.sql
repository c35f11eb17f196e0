-- The programmes' decision record (docs/operations.md "Decision record"): one row per decision taken (an oversight
-- body's review decision, consent or dissent, validation, a risk decision, ...), appended in the engine's transaction
-- that took it and never updated or deleted by the application. Each row carries the SHA-256 of its canonical form
-- and of the previous row's hash (org.ssr.workflow.decision.DecisionChain), so a changed, removed or inserted row is
-- detected when the chain is recomputed (GET /api/programmes/{code}/decisions). Portable SQL (H2 2.x and
-- PostgreSQL 12+).
create table decision_entry (
  programme_code       varchar(100)   not null,
  -- 1, 2, 3, ... per programme
  sequence_no          bigint         not null,
  process_instance_id  varchar(64),
  kind                 varchar(50)    not null,
  subject              varchar(1000),
  party                varchar(255),
  actor                varchar(255),
  outcome              varchar(1000)  not null,
  reason               text           not null,
  occurred_at          timestamp with time zone not null,
  previous_hash        char(64)       not null,
  hash                 char(64)       not null,
  -- two decisions appended at the same moment for one programme cannot both take the next number: the second one
  -- fails (409 Conflict, or the engine retries its job) instead of forking the chain
  constraint uq_decision_entry_sequence unique (programme_code, sequence_no)
);
