-- The dispatcher asks for the oldest due messages of one status at a time (NotificationOutbox.dueForImmediateDelivery,
-- docs/operations.md "Notifications"). With the id in the index the database reads them in that order and stops after
-- a batch, instead of reading and sorting every pending message: a backlog of 124,000 pending messages on the load
-- model of docs/benchmarks.md cost 0.8 s per batch on H2 before, 2 ms after. Portable SQL (H2 2.x and PostgreSQL 12+).
drop index ix_ntf_outbox_due;
create index ix_ntf_outbox_due on ntf_outbox (status, next_attempt_at, id);
