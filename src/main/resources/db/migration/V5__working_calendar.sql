-- Holidays and cuti bersama, set each year by joint decree (SKB 3 Menteri); editable and importable.
CREATE TABLE holiday (
    date  DATE         PRIMARY KEY,
    name  VARCHAR(200) NOT NULL,
    kind  VARCHAR(20)  NOT NULL CHECK (kind IN ('NATIONAL', 'CUTI_BERSAMA'))
);

-- The years whose calendar has been set; a year not listed here is refused rather than guessed.
CREATE TABLE calendar_year (
    year INTEGER PRIMARY KEY
);
