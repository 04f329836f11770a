"""PLOVER events: the ontology they are coded in, and (later) the coders that find them."""
