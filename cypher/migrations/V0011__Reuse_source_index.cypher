// A text-reuse run ends by dropping the Source nodes of earlier runs that no relationship names any
// more (docs/reuse.md). Without this index, proving that one is unused looks through every
// relationship of the built-in reuse type (V0009), so the end of a run for a small corpus cost what
// the graph's findings cost; with it, a seek.
CREATE INDEX reuse_source IF NOT EXISTS FOR ()-[r:REUSES]-() ON (r.source);
