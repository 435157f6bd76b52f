-- The state of the service as a whole: one row, shared by every instance that uses this database.
create table service_context (
    id          bigint      primary key,
    maintenance boolean     not null default false,
    updated_at  timestamptz not null default now(),
    constraint service_context_single_row check (id = 1)
);

insert into service_context (id, maintenance) values (1, false);
