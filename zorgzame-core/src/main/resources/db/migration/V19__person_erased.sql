-- An erased person is refused every later change; the flag lives on the person so the partners
-- component can refuse without reading the privacy component's tables.
ALTER TABLE person ADD COLUMN erased BOOLEAN DEFAULT FALSE NOT NULL;

UPDATE person SET erased = TRUE WHERE id IN (SELECT person_id FROM person_erasure);
