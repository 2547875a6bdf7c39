"""The words of a free-form application letter, built from a Truth.

Shared by the Word and PDF letter renderers so that both write the same facts
in the same prose; Bokmål and Nynorsk differ in wording, not in facts.
"""

from __future__ import annotations

from dataclasses import dataclass

from . import facts, fmt, vocab
from .model import Signer, Truth

WORDS = {
    "nb": {"apply": "søker med dette om", "grant": "tilskudd", "to": "til", "in": "i prosjektet",
           "new": "Dette er et nytt prosjekt.", "cont": "Søknaden gjelder videreføring av prosjektet",
           "year": "driftsår", "start": "Prosjektet starter opp", "budget": "Budsjettet er satt opp slik:",
           "no_budget": "Detaljert budsjett ettersendes.", "contact": "Kontaktperson for prosjektet er",
           "phone": "tlf.", "email": "e-post", "regards": "Med vennlig hilsen",
           "net_yes": "ønsker å delta i nettverk/klyngesamarbeid", "net_no": "ønsker ikke å delta i nettverk/klyngesamarbeid",
           "eval_yes": "er interessert i ekstern prosessevaluering", "eval_no": "ønsker ikke ekstern prosessevaluering",
           "and": "og", "heading": "Søknad om tilskudd til utvikling av sosiale tjenester i {nav}-kontoret"},
    "nn": {"apply": "søkjer med dette om", "grant": "tilskot", "to": "til", "in": "i prosjektet",
           "new": "Dette er eit nytt prosjekt.", "cont": "Søknaden gjeld vidareføring av prosjektet",
           "year": "driftsår", "start": "Prosjektet startar", "budget": "Budsjettet er sett opp slik:",
           "no_budget": "Detaljert budsjett vert ettersendt.", "contact": "Kontaktperson for prosjektet er",
           "phone": "tlf.", "email": "e-post", "regards": "Med vennleg helsing",
           "net_yes": "ønskjer å delta i nettverk/klyngesamarbeid", "net_no": "ønskjer ikkje å delta i nettverk/klyngesamarbeid",
           "eval_yes": "er interesserte i ekstern prosessevaluering", "eval_no": "ønskjer ikkje ekstern prosessevaluering",
           "and": "og", "heading": "Søknad om tilskot til utvikling av sosiale tenester i {nav}-kontoret"},
}


@dataclass(frozen=True)
class Letter:
    letterhead: tuple[str, ...]
    recipient: tuple[str, ...]
    dateline: str
    heading: str
    body: tuple[str, ...]  # before the budget table
    budget: tuple[facts.BudgetLine, ...]  # empty: no table
    after: tuple[str, ...]  # after the budget table
    regards: str
    signers: tuple[Signer, ...]
    approval_note: str | None  # once, below all signatures


def build(truth: Truth) -> Letter:
    w = WORDS[truth.lang]
    applicant = vocab.office_text(truth)
    title = fmt.quoted(truth.title, truth.style.quote) if truth.title else ""
    total = fmt.amount(truth.amounts.total, truth.style.prose_amount) if truth.amounts.total else w["grant"]
    opening = f"{applicant} {w['apply']} {total} {w['to']} {truth.positions_phrase} {w['in']} {title}".rstrip()
    body = [opening + "."]
    if truth.kind == "new":
        body.append(w["new"])
    elif truth.kind == "continuation":
        body.append(f"{w['cont']}, {truth.continuation_year}. {w['year']}.")
    if truth.start:
        body[-1] += f" {w['start']} {facts.start(truth)}."
    body += truth.description
    after = [_interest(truth, applicant)] if truth.network is not None else []
    reach = [x for x in (f"{w['phone']} {fmt.phone(truth.phone, 'pairs')}" if truth.phone else "",
                         f"{w['email']} {truth.email}" if truth.email else "") if x]
    if truth.contact:
        after.append(f"{w['contact']} {truth.contact}" + (", " + ", ".join(reach) if reach else "") + ".")
    dated = [s.date for s in truth.signers if s.date]
    place = truth.municipality or ""
    heading = w["heading"].format(nav=truth.style.nav) + (f" {truth.year}" if truth.year_visible else "")
    approved = all(s.kind == "electronic_approval" for s in truth.signers)
    return Letter(
        letterhead=tuple(x for x in (applicant, f"Org.nr. {fmt.orgnr(truth.org_number, True)}"
                                     if truth.org_number else "") if x),
        recipient=(truth.style.county, "Postboks 987", "2604 Lillehammer") if "Innlandet" in truth.style.county
        else (truth.style.county,),
        dateline=f"{place}, {fmt.day(min(dated), truth.style.date)}" if dated else "",
        heading=heading + (f" – {title}" if title else ""),
        body=tuple(body),
        budget=tuple(facts.budget(truth)) if truth.amounts.total else (),
        after=tuple(after) if truth.amounts.total else (w["no_budget"], *after),
        regards=w["regards"],
        signers=truth.signers,
        approval_note=vocab.E_APPROVAL[truth.lang] if approved else None,
    )


def _interest(truth: Truth, applicant: str) -> str:
    w = WORDS[truth.lang]
    net = w["net_yes"] if truth.network else w["net_no"]
    if truth.process_evaluation is None:
        return f"{applicant} {net}."
    evaluation = w["eval_yes"] if truth.process_evaluation else w["eval_no"]
    return f"{applicant} {net}, {w['and']} {evaluation}."


def signer_lines(signer: Signer, truth: Truth) -> tuple[str, ...]:
    """Text under the signature space: date, name, title, and whose title it is."""
    owner = (vocab.office_text(truth) if signer.role == "nav_leader" and truth.office
             else f"{truth.municipality} kommune" if signer.role == "municipality" and truth.municipality else None)
    lines = (fmt.day(signer.date, truth.style.date) if signer.date else None, signer.name, signer.title, owner)
    return tuple(x for x in lines if x)
