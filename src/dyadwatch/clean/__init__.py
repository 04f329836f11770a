"""Cleaning: raw documents → `Article` (text, paragraphs with roles, metadata)."""

from dyadwatch.clean.article import make_article

__all__ = ["make_article"]
