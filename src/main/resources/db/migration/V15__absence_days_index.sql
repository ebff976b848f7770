-- Travel checks, who goes next and the fairness pools read every absence day (leave and sickness codes) of a period
-- for thousands of people at once. Through the date index every day of the period is looked up in the table (seconds
-- for 8,000 people and a year); a full scan reads every year. This partial covering index holds only the days that
-- are neither presence, duty nor TK (a few percent of the rows), so that read touches only them. The condition is
-- repeated word for word by AttendanceRepository.forEachCoded, so that SQLite uses it.
CREATE INDEX attendance_day_absence ON attendance_day (date, employee_id, code, source)
    WHERE code NOT IN ('H', 'TL', 'PSW', 'DL', 'TK');
