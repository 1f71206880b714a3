-- A second schema whose objects refer to the public schema of rich-schema.sql.
CREATE SCHEMA app;
CREATE TYPE app.mood AS ENUM ('sad', 'happy');
CREATE CAST (varchar AS app.mood) WITH INOUT AS IMPLICIT;
CREATE SEQUENCE app.ticket_seq START WITH 5;
CREATE TABLE app.person (
    id          bigint GENERATED ALWAYS AS IDENTITY,
    mood        app.mood NOT NULL DEFAULT 'happy',
    moods       app.mood[],
    customer_id bigint,
    CONSTRAINT person_pkey PRIMARY KEY (id),
    CONSTRAINT person_customer_fk FOREIGN KEY (customer_id) REFERENCES public.customer (id) ON DELETE RESTRICT
);
CREATE TABLE app.customer (
    id bigint NOT NULL
);
