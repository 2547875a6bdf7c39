"""Label wording, section names and priority-area texts, in Bokmål and Nynorsk.

Forms from different offices and years word the same question differently; a
sample picks one variant per label from a hash of its stem, so the choice is
varied across samples but fixed between runs.
"""

from __future__ import annotations

import zlib

from .model import Truth

LABELS: dict[str, dict[str, tuple[str, ...]]] = {
    "office": {"nb": ("Nav-kontor", "Søker", "Navn på {nav}-kontor", "Kontor", "Søker ({nav}-kontor)"),
               "nn": ("Søkar", "Namn på {nav}-kontoret", "{nav}-kontor", "Kontor")},
    "municipality": {"nb": ("Kommune", "Vertskommune", "Kommune (vertskommune)"),
                     "nn": ("Kommune", "Vertskommune")},
    "org": {"nb": ("Organisasjonsnummer", "Org.nr.", "Org. nr", "Organisasjonsnr."),
            "nn": ("Organisasjonsnummer", "Org.nr.", "Org. nr")},
    "contact": {"nb": ("Kontaktperson", "Kontaktperson for prosjektet", "Kontaktperson i {nav}-kontoret"),
                "nn": ("Kontaktperson", "Ansvarleg kontaktperson", "Kontaktperson for prosjektet")},
    "phone": {"nb": ("Telefon", "Tlf.", "Mobil", "Telefonnummer"), "nn": ("Telefon", "Tlf.", "Mobil")},
    "email": {"nb": ("E-post", "E-postadresse", "Epost"), "nn": ("E-post", "E-postadresse")},
    "title": {"nb": ("Prosjektets navn", "Tiltakets navn", "Prosjekttittel", "Navn på tiltak",
                     "Navn på prosjektet"),
              "nn": ("Prosjektnamn", "Namn på tiltaket", "Prosjekttittel", "Namn på prosjektet")},
    "kind": {"nb": ("Type søknad", "Nytt prosjekt eller videreføring", "Søknaden gjelder"),
             "nn": ("Type søknad", "Nytt prosjekt eller vidareføring", "Søknaden gjeld")},
    "start": {"nb": ("Oppstart", "Planlagt oppstart", "Prosjektstart", "Startdato", "Oppstartsdato"),
              "nn": ("Oppstart", "Planlagd oppstart", "Prosjektstart", "Startdato")},
    "description": {"nb": ("Kort beskrivelse av tiltaket", "Beskrivelse av prosjektet", "Mål og innhold"),
                    "nn": ("Kort skildring av tiltaket", "Skildring av prosjektet", "Mål og innhald")},
    "priority": {"nb": ("Prioriterte områder (kryss av)",
                        "Hvilke prioriterte områder retter tiltaket seg mot?",
                        "Prioriterte utviklingsområder"),
                 "nn": ("Prioriterte område (kryss av)",
                        "Kva for prioriterte område rettar tiltaket seg mot?")},
    "col_post": {"nb": ("Post", "Budsjettpost", "Stilling/post"), "nn": ("Post", "Budsjettpost")},
    "col_pct": {"nb": ("Stillingsprosent", "Stillings-%", "Omfang"), "nn": ("Stillingsprosent", "Omfang")},
    "col_amount": {"nb": ("Beløp", "Beløp (kr)", "Kroner"), "nn": ("Beløp", "Beløp (kr)", "Kroner")},
    "competence": {"nb": ("Kompetanse", "Kompetansemidler", "Kompetanse (design, evaluering, fagutvikling)"),
                   "nn": ("Kompetanse", "Kompetansemidlar")},
    "total": {"nb": ("Søknadsbeløp", "Sum omsøkt", "Totalt omsøkt beløp", "Sum søknadsbeløp"),
              "nn": ("Samla søknadssum", "Sum omsøkt", "Totalt søkt beløp")},
    "own": {"nb": ("Kommunens egenfinansiering (inngår ikke i søknadsbeløpet)",
                   "Egenandel kommunen (kommer i tillegg)"),
            "nn": ("Kommunen sin eigenfinansiering (kjem i tillegg)",)},
    "network": {"nb": ("Er {nav}-kontoret interessert i å delta i nettverk/klyngesamarbeid?",
                       "Interesse for nettverk/klyngesamarbeid"),
                "nn": ("Er {nav}-kontoret interessert i å delta i nettverk/klyngesamarbeid?",
                       "Interesse for nettverk/klyngesamarbeid")},
    "process": {"nb": ("Er {nav}-kontoret interessert i ekstern prosessevaluering?",
                       "Ønsker ekstern prosessevaluering"),
                "nn": ("Er {nav}-kontoret interessert i ekstern prosessevaluering?",
                       "Ønskjer ekstern prosessevaluering")},
    "date": {"nb": ("Dato", "Sted og dato"), "nn": ("Dato", "Stad og dato")},
    "name": {"nb": ("Navn", "Navn (blokkbokstaver)"), "nn": ("Namn",)},
    "sig_title": {"nb": ("Stilling", "Tittel"), "nn": ("Stilling", "Tittel")},
}

SECTIONS = {
    "applicant": {"nb": "Opplysninger om søker", "nn": "Opplysningar om søkjar"},
    "project": {"nb": "Prosjektet", "nn": "Prosjektet"},
    "priority": {"nb": "Prioriterte områder", "nn": "Prioriterte område"},
    "budget": {"nb": "Budsjett og søknadsbeløp", "nn": "Budsjett og søknadssum"},
    "interest": {"nb": "Nettverk og evaluering", "nn": "Nettverk og evaluering"},
    "signatures": {"nb": "Forankring og underskrift", "nn": "Forankring og underskrift"},
}

AREAS = {
    2020: {"nb": {"ordinaert-arbeidsliv": "Bruk av ordinært arbeidsliv",
                  "barnefamilier-ungdom-innvandrere": "Oppfølging av barnefamilier, ungdom og innvandrere",
                  "saarbare-overganger": "Sikring av sårbare overganger (løslatelse, overganger mellom "
                                         "tjenester, utdanning og arbeidsliv)"},
           "nn": {"ordinaert-arbeidsliv": "Bruk av ordinært arbeidsliv",
                  "barnefamilier-ungdom-innvandrere": "Oppfølging av barnefamiliar, ungdom og innvandrarar",
                  "saarbare-overganger": "Sikring av sårbare overgangar"}},
    2018: {"nb": {"ordinaert-arbeidsliv": "Bruk av ordinært arbeidsliv",
                  "ungdom-innvandrere": "Oppfølging av ungdom og innvandrere",
                  "tilsyn": "Tiltak som tar utgangspunkt i, og begrunnes av, behov avdekket av tilsyn",
                  "barneperspektivet": "Ivaretakelse av barneperspektivet",
                  "overganger": "Sikring av overganger mellom ulike tjenester, skole og arbeidsliv"}},
}
AREAS[2019] = AREAS[2020]

KIND_WORDS = {"nb": ("Nytt prosjekt", "Videreføring"), "nn": ("Nytt prosjekt", "Vidareføring")}
YES_NO = {"nb": ("Ja", "Nei"), "nn": ("Ja", "Nei")}
E_APPROVAL = {"nb": "Dokumentet er elektronisk godkjent og har derfor ingen signatur.",
              "nn": "Dokumentet er elektronisk godkjent og har difor inga underskrift."}
PLACEHOLDER = "Klikk eller trykk her for å skrive inn tekst."
SIGNER_HEADINGS = {"nav_leader": {"nb": "For {nav}-kontoret", "nn": "For {nav}-kontoret"},
                   "municipality": {"nb": "For kommunen", "nn": "For kommunen"}}


def variant(truth: Truth, key: str, count: int) -> int:
    """A stable choice among ``count`` variants, different per sample and key."""
    return zlib.crc32(f"{truth.stem}/{key}".encode()) % count


def pick(key: str, truth: Truth) -> str:
    """The label variant this sample uses for ``key`` (override, else hashed)."""
    if key in truth.style.labels:
        return truth.style.labels[key]
    variants = LABELS[key][truth.lang]
    text = variants[variant(truth, key, len(variants))]
    return text.format(nav=truth.style.nav)


def section(key: str, index: int, truth: Truth) -> str:
    """Section heading in the sample's numbering style."""
    name = SECTIONS[key][truth.lang]
    style = truth.style.heading
    if style == "num":
        return f"{index}. {name}"
    if style == "del":
        return f"Del {index} – {name}"
    if style == "letter":
        return f"{'ABCDEFG'[index - 1]}. {name}"
    return name


def office_text(truth: Truth) -> str:
    """The office as the document writes it ("NAV Trysil" in older documents)."""
    assert truth.office is not None
    if truth.office.startswith("Nav "):
        return f"{truth.style.nav} {truth.office[4:]}"
    return truth.office


def areas(truth: Truth) -> dict[str, str]:
    table = AREAS[truth.year]
    return table.get(truth.lang, table["nb"])


def form_title(truth: Truth) -> str:
    nb = truth.lang == "nb"
    base = ("Søknad om tilskudd til utvikling av sosiale tjenester i {nav}-kontoret" if nb
            else "Søknad om tilskot til utvikling av sosiale tenester i {nav}-kontoret")
    text = base.format(nav=truth.style.nav)
    return f"{text} {truth.year}" if truth.year_visible else text


def deadline_line(truth: Truth) -> str | None:
    if not truth.year_visible:
        return None
    to = "Søknaden sendes" if truth.lang == "nb" else "Søknaden vert send"
    return f"Søknadsfrist: 1. februar {truth.year}. {to} til {truth.style.county}."
