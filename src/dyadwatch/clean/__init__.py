"""Cleaning: raw documents → `Article` (text, paragraphs with roles, metadata)."""

from dyadwatch.clean.article import make_article, make_text_article

__all__ = ["make_article", "make_text_article"]
