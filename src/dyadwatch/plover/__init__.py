"""PLOVER itself, beside the records: its ontology (types, modes, contexts, scores) and
the one JSON record an event is written as (`extract`, `export --format plover-jsonl`,
the web app's downloads)."""
