"""The facts of each application (one dict per document) and their wording, nb / nn."""
from __future__ import annotations

from kit32 import mod11, bad_mod11, nok, no_date

AREAS = {
    2020: [("ordinaert-arbeidsliv", "Bruk av ordinært arbeidsliv", "Bruk av ordinært arbeidsliv"),
           ("barnefamilier-ungdom-innvandrere", "Oppfølging av barnefamilier, ungdom og innvandrere",
            "Oppfølging av barnefamiliar, ungdom og innvandrarar"),
           ("saarbare-overganger", "Sikring av sårbare overganger", "Sikring av sårbare overgangar")],
    2018: [("ordinaert-arbeidsliv", "Bruk av ordinært arbeidsliv", "Bruk av ordinært arbeidsliv"),
           ("ungdom-innvandrere", "Ungdom og innvandrere", "Ungdom og innvandrarar"),
           ("tilsyn", "Tiltak begrunnet i funn fra tilsyn", "Tiltak grunngitt i funn frå tilsyn"),
           ("barneperspektivet", "Barneperspektivet i tjenestene", "Barneperspektivet i tenestene"),
           ("overganger", "Overganger mellom tjenester, skole og arbeidsliv",
            "Overgangar mellom tenester, skule og arbeidsliv")],
}
AREAS[2019] = AREAS[2020]


def scheme(year):
    return f"nav-sosiale-tjenester-{year}"


def heading(d):
    y = d["year"]
    if d["lang"] == "nn":
        return (f"Søknad om tilskot til utvikling av sosiale tenester i Nav {y}",
                f"Kap. 0621 post 63 – søknadsfrist 1. februar {y}")
    return (f"Søknad om tilskudd til utvikling av sosiale tjenester i NAV-kontoret {y}",
            f"Kapittel 0621 post 63 – søknadsfrist 1. februar {y}")


# Label sets: each a different office's habit. Keys are the facts.
LABELS = {
    "nbA": dict(office="Søkende NAV-kontor", muni="Kommune", org="Org.nr. (kommunen)", contact="Kontaktperson for søknaden",
                email="E-postadresse", phone="Telefon", title="Prosjektets navn", kind="Nytt prosjekt eller videreføring",
                start="Planlagt oppstart", pos="Stillinger det søkes om", total="Totalt omsøkt beløp",
                comp="Kompetansemidler", areas="Hvilke satsingsområder retter prosjektet seg mot?",
                net="Ønsker NAV-kontoret å delta i nettverk/klyngesamarbeid?",
                proc="Er NAV-kontoret interessert i ekstern prosessevaluering?"),
    "nbB": dict(office="Ansvarlig enhet (Nav-kontor)", muni="Vertskommune", org="Organisasjonsnummer", contact="Saksansvarlig",
                email="E-post", phone="Mobil", title="Tittel på tiltaket", kind="Type søknad",
                start="Tiltaket starter", pos="Omsøkte årsverk", total="Sum søknadsbeløp",
                comp="Kompetanseheving (maks 10 000)", areas="Prioriterte områder (kryss av)",
                net="Interesse for klyngesamarbeid/nettverk", proc="Interesse for ekstern prosessevaluering"),
    "nbC": dict(office="Navn på søker", muni="Kommunenavn", org="Foretaksnr.", contact="Kontaktperson (navn)",
                email="Epost", phone="Tlf.", title="Prosjektnavn", kind="Søknaden gjelder",
                start="Oppstartsdato", pos="Stillingsandel", total="Omsøkt totalt",
                comp="Kompetansetiltak", areas="Satsingsområder",
                net="Nettverk/klyngesamarbeid", proc="Ekstern prosessevaluering"),
    "nn": dict(office="Søkjar (Nav-kontor)", muni="Kommune", org="Organisasjonsnummer", contact="Kontaktperson",
               email="E-post", phone="Telefon", title="Namn på prosjektet", kind="Nytt prosjekt eller vidareføring",
               start="Oppstart", pos="Stillingar det vert søkt om", total="Samla søknadssum",
               comp="Kompetansemiddel", areas="Kva for satsingsområde rettar prosjektet seg mot?",
               net="Ønskjer kontoret å delta i nettverk/klyngesamarbeid?",
               proc="Ønskjer kontoret ekstern prosessevaluering?"),
}


def kind_text(d):
    if d["lang"] == "nn":
        return "Nytt prosjekt" if d["kind"] == "new" else "Vidareføring (år 2)"
    return "Nytt prosjekt" if d["kind"] == "new" else "Videreføring av prosjekt (år 2)"


def pct_text(p):
    return f"{p:g} %".replace(".", ",")


def sig_date(d, i):
    return d["sigs"][i][3]


def truth_of(d, truth, ext, category, expected=(), optional=(), notes=(), sig_kinds=None, own_funding="absent"):
    prio = d["prio"]
    pos_amt = sum(p[2] for p in d["positions"])
    am = {"positions": pos_amt, "competence": d.get("comp"), "other": d.get("other"), "total": d["total"]}
    sigs = [(r, n, t, dt, k) for (r, n, t, dt, k) in d["sigs"]]
    return truth(d["id"], ext, category, lang=d["lang"], scheme=scheme(d["year"]),
                 office=("Nav " + d["office"], d["muni"], d["org"]),
                 contact=(d["contact"][0], d["contact"][1].lower(), d["contact"][2].replace(" ", "").replace("+47", "")),
                 project=(d["title"], d["kind"], d["start"]),
                 pct=sum(p[1] for p in d["positions"]), amounts=am, prio=sorted(prio),
                 interest=(d["net"], d["proc"]), sigs=sigs, expected=expected, optional=optional,
                 notes=notes, own_funding=own_funding)
