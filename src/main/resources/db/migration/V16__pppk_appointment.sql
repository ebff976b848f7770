-- The TMT PPPK (date of appointment) where HR entered it: the NI PPPK carries only the year (digits 9-12), and some
-- NIs not even that; annual leave (PP 49/2018) starts one year after it. NULL: not entered.
ALTER TABLE employee ADD COLUMN appointed_on DATE;
