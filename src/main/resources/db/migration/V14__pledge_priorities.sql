-- Donor alignment (issue 15): the priorities of the National Security Policy a pledge supports, as their ids
-- (P-1,P-3), comma-separated; null for a pledge that names none (not aligned) and for pledges recorded before.
alter table fin_donor_pledge add column priority_ids varchar(2000);
