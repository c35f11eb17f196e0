-- Local platforms (docs/local-platforms.md): the local security reports of each programme region, the concerns they
-- raise and the follow-ups they ask of agencies. Portable SQL (H2 2.x and PostgreSQL 12+).

create table local_report (
  id                             varchar(40)   primary key,
  programme_code                 varchar(100)  not null,
  region                         varchar(200)  not null,
  meeting_date                   date          not null,
  filed_by                       varchar(255)  not null,
  filed_at                       timestamp     not null,
  participants_community         integer       not null,
  participants_security_force    integer       not null,
  participants_local_government  integer       not null,
  participants_civil_society     integer       not null,
  issues_json                    text          not null,
  agreements                     text,
  process_instance_id            varchar(64)
);
create index ix_local_report_region on local_report (programme_code, region, meeting_date);

-- one row per human-rights concern; risk_id once the civil-society monitor made it a step-12 risk
create table local_concern (
  report_id   varchar(40)    not null references local_report (id) on delete cascade,
  concern_no  integer        not null,
  concern     varchar(4000)  not null,
  risk_id     varchar(100),
  primary key (report_id, concern_no)
);

-- one row per follow-up requested of an agency; answered_at stays null while it is open
create table local_follow_up (
  id           varchar(50)    primary key,
  report_id    varchar(40)    not null references local_report (id) on delete cascade,
  agency       varchar(100)   not null,
  request      varchar(4000)  not null,
  deadline     timestamp      not null,
  chases       integer        default 0 not null,
  answer       varchar(8000),
  answered_by  varchar(255),
  answered_at  timestamp
);
create index ix_local_follow_up_report on local_follow_up (report_id);
