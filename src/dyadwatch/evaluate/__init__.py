"""Evaluation against gold data in the field's standard formats."""
