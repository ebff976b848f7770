-- Unit codes are compared without regard to case ("set.uk" finds "SET.UK"), so two codes that differ only
-- in case must not both exist. An expression index works the same on SQLite and PostgreSQL.
CREATE UNIQUE INDEX unit_code_nocase ON unit (LOWER(code));
