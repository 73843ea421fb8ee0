-- PostgreSQL only (SchemaMigration adds this location there): the organisation search looks up the beginnings of
-- words with LIKE 'word%', which PostgreSQL answers from a B-tree index only in the C collation or with pattern
-- operators. Under any other collation (C.UTF-8 included) the token index of V3 was never used: every search read
-- all 350,000 tokens of the benchmark's registry.
CREATE INDEX ix_organisation_name_token_prefix ON organisation_name_token (token varchar_pattern_ops, organisation_id);
