-- Partner registry, part 4: registry entries merged into another because they were the same
-- organisation. The merged entry is gone; this row says which organisation took its place, so the
-- survivor's history can include the merged entry's audit trail.

CREATE TABLE organisation_merge (
    merged_id               BIGINT         NOT NULL PRIMARY KEY,
    survivor_id             BIGINT         NOT NULL,
    CONSTRAINT fk_organisation_merge_survivor FOREIGN KEY (survivor_id) REFERENCES organisation (id) ON DELETE CASCADE
);
CREATE INDEX ix_organisation_merge_survivor ON organisation_merge (survivor_id);
