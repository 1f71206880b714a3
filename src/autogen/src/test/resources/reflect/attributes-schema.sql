-- Attributes a hand-built schema gives its keys, constraints, columns and indexes, in schema attrs.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE SCHEMA attrs;
CREATE TABLE attrs.seat (
    id      bigint NOT NULL,
    row_no  integer NOT NULL,
    seat_no integer NOT NULL,
    code    varchar(20) COLLATE "C",
    label   text COLLATE "POSIX",
    name    varchar(100),
    doc     jsonb,
    CONSTRAINT seat_pkey PRIMARY KEY (id) DEFERRABLE,
    CONSTRAINT seat_row_seat_key UNIQUE (row_no, seat_no) DEFERRABLE INITIALLY DEFERRED,
    CONSTRAINT seat_code_key UNIQUE NULLS NOT DISTINCT (code)
);
CREATE TABLE attrs.place (
    id      bigint NOT NULL,
    row_no  integer NOT NULL,
    seat_no integer NOT NULL,
    CONSTRAINT place_pkey PRIMARY KEY (id),
    CONSTRAINT place_row_seat_key UNIQUE (row_no, seat_no)
);
CREATE TABLE attrs.booking (
    id      bigint NOT NULL,
    row_no  integer,
    seat_no integer,
    seat_id bigint,
    CONSTRAINT booking_pkey PRIMARY KEY (id),
    CONSTRAINT booking_seat_fk FOREIGN KEY (row_no, seat_no) REFERENCES attrs.place (row_no, seat_no)
        MATCH FULL ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
    CONSTRAINT booking_seat_id_fk FOREIGN KEY (seat_id) REFERENCES attrs.place (id) DEFERRABLE
);
CREATE INDEX seat_name_pattern_idx ON attrs.seat (name text_pattern_ops);
CREATE INDEX seat_name_c_idx ON attrs.seat (name COLLATE "C" DESC);
CREATE INDEX seat_code_posix_idx ON attrs.seat (code COLLATE "POSIX" varchar_pattern_ops);
CREATE INDEX seat_name_trgm_idx ON attrs.seat USING gin (name gin_trgm_ops);
CREATE INDEX seat_lower_name_trgm_idx ON attrs.seat USING gin (lower(name) gin_trgm_ops);
CREATE INDEX seat_doc_idx ON attrs.seat USING gin (doc jsonb_path_ops);
CREATE UNIQUE INDEX seat_label_uidx ON attrs.seat (label) NULLS NOT DISTINCT;
CREATE INDEX seat_code_idx ON attrs.seat (code);
