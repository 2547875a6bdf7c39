"""Short constructors that keep the hand-written specs readable."""

from __future__ import annotations

from datetime import date

from .model import Position, Signer, SigKind

A20 = "ordinaert-arbeidsliv"
FAM20 = "barnefamilier-ungdom-innvandrere"
OVG20 = "saarbare-overganger"
UNG18 = "ungdom-innvandrere"
TILSYN18 = "tilsyn"
BARN18 = "barneperspektivet"
OVG18 = "overganger"


def nav(title: str | None, name: str | None, when: date | None, kind: SigKind | None = "handwritten") -> Signer:
    return Signer("nav_leader", title, name, when, kind)


def mun(title: str | None, name: str | None, when: date | None, kind: SigKind | None = "handwritten") -> Signer:
    return Signer("municipality", title, name, when, kind)


def pos(title: str | None, percent: float | None, amount: int | None, text: str | None = None) -> Position:
    return Position(title, percent, amount, text)
