"""Actors: who is named in the text, as PLOVER codes and sectors."""

from dyadwatch.actors.knowledge import ActorKnowledge, KnownActor, load_knowledge

__all__ = ["ActorKnowledge", "KnownActor", "load_knowledge"]
