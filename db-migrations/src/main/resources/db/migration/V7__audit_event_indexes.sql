-- Indexes of the audit log screen's queries (AuditQueries): every page is ordered by
-- (event_time, id), newest first, and may be narrowed to one key, one principal, one operation
-- or the failures. Each index leads with the narrowing column and ends with the order, so a page
-- is read from the index in order and the scan stops after it. Btree indexes are read backwards
-- for newest-first pages.

-- Unfiltered and time-range pages; replaces the time-only index of V1.
create index audit_event_time_id on audit_event (event_time, id);
drop index audit_event_time;

-- One key (its id, ARN and alias references); replaces the key-only index of V1.
create index audit_event_key_time on audit_event (key_id, event_time, id);
drop index audit_event_key;

-- One principal, by its whole ARN.
create index audit_event_principal_time on audit_event (principal_arn, event_time, id);

-- One operation; also the loose index scan that lists the distinct operation names.
create index audit_event_operation_time on audit_event (operation, event_time, id);

-- Failures are few among many successes: a partial index keeps them together.
create index audit_event_failure_time on audit_event (event_time, id) where outcome <> 'Success';
