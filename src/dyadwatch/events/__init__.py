"""PLOVER events: the coders that find them in the text (the ontology is `dyadwatch.plover`)."""
