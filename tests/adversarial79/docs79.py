"""Documents pp01–pp09 of corpus 79 (paper: copied, faxed, photographed): each builder writes one file
and returns its truth; pp10–pp18 are in docs79b.py."""
from __future__ import annotations

import io
from pathlib import Path

from kit79 import S20, copier, fax, orgnr, photo, render, save_pdf, save_pdf_ocr_layer
from truthlib import truth

A1, A2, A3 = "Bruk av ordinært arbeidsliv", "Oppfølging av barnefamilier, ungdom og innvandrere", "Sikring av sårbare overganger"
N2, N3 = "Oppfølging av barnefamiliar, ungdom og innvandrarar", "Sikring av sårbare overgangar"
LC = ["LOW_CONFIDENCE"]


def _pdf(items, **kw):
    b = io.BytesIO()
    printed = render(items, b, **kw)
    return b.getvalue(), printed


def _sigs(*rows):
    return [tuple(r) for r in rows]


# ---------------------------------------------------------------- pp01 copier, typed values, stamp
def pp01(out: Path):
    o = orgnr("97451220")
    items = [("h", "SØKNADSSKJEMA – Tilskudd til utvikling av sosiale tjenester i Nav-kontoret 2020", 11),
             ("p", "Skjemaet fylles ut, skrives ut og signeres. Sendes Statsforvalteren i Møre og Romsdal."),
             ("f", "1. Søker (Nav-kontor)", "NAV Molde", False), ("f", "2. Kommune", "Molde kommune", False),
             ("f", "3. Organisasjonsnummer", o, False),
             ("f", "4. Kontaktperson – navn, e-post og telefon", "Kjersti Eide, kjersti.eide@nav.no, 958 31 442", False),
             ("f", "5. Prosjektets navn", "Jobbsjansen Molde", False),
             ("f", "6. Nytt prosjekt / videreføring", "Nytt", False), ("f", "7. Oppstart (dato)", "04.05.2020", False),
             ("f", "8. Stillingsandel (%)", "80", False),
             ("f", "9. Lønn og sosiale utgifter (kr)", "488 000", False), ("f", "10. Kompetanseheving (kr)", "10 000", False),
             ("f", "11. Samlet søknadssum (kr)", "498 000", False),
             ("page",), ("h", "12. Satsingsområder"), ("box", [(A1, True), (A2, True), (A3, False)]),
             ("h", "13. Kontoret ønsker å delta i"), ("box", [("nettverk / klyngesamarbeid", True),
                                                             ("ekstern prosessevaluering", False)]),
             ("gap", 20),
             ("sig", [{"head": "Leder Nav Molde", "date": "Molde 27/1-20", "ink": "pp01a", "name": "Rune Aarseth",
                       "stamp": ["NAV MOLDE", "6415 MOLDE"]},
                      {"head": "Kommunedirektør", "date": "Molde, 28.1.2020", "ink": "pp01b", "name": "Arve Lervik",
                       "stamp": ["MOLDE KOMMUNE"], "round": True}])]
    pdf, _ = _pdf(items, style="boxes", seed="pp01")
    save_pdf(copier(pdf, "pp01", 300, 0.6), out, 300)
    return truth("pp01", "pdf", "pdf-scanned", lang="nb", scheme=S20, office=("Nav Molde", "Molde", o),
                 contact=("Kjersti Eide", "kjersti.eide@nav.no", "95831442"),
                 project=("Jobbsjansen Molde", "new", "2020-05-04"), pct=80,
                 amounts={"positions": 488000, "competence": 10000, "total": 498000},
                 prio=["ordinaert-arbeidsliv", "barnefamilier-ungdom-innvandrere"], interest=(True, False),
                 sigs=_sigs(("nav_leader", "Rune Aarseth", "Leder Nav Molde", "2020-01-27", "handwritten"),
                            ("municipality", "Arve Lervik", "Kommunedirektør", "2020-01-28", "handwritten")),
                 optional=LC, notes=["copier 300 dpi grey; typed then printed; pen dates '27/1-20' and '28.1.2020'; "
                                     "office stamps over the lines; 80 % at exactly 488 000"])


# ---------------------------------------------------------------- pp02 copier with a poor OCR layer, nn
def pp02(out: Path):
    o = orgnr("97431557")
    items = [("h", "Søknad om tilskot til utvikling av sosiale tenester i Nav-kontoret – 2020"),
             ("f", "Nav-kontor", "Nav Sunnfjord", False), ("f", "Kommune", "Sunnfjord", False),
             ("f", "Org.nr.", f"{o[:3]} {o[3:6]} {o[6:]}", False), ("f", "Kontaktperson", "Ingrid Støylen", False),
             ("f", "E-post", "ingrid.stoylen@nav.no", False), ("f", "Telefon", "57 72 25 00", False),
             ("f", "Prosjektnamn", "Saman mot arbeid", False), ("f", "Nytt/vidareføring", "Nytt prosjekt", False),
             ("f", "Oppstart", "1. august 2020", False), ("gap", 10),
             ("tbl", [["Stilling", "Stillingsprosent", "Løn og sosiale kostnader"],
                      ["Rettleiar ungdom", "60 %", "366 000"], ["Jobbspesialist", "40 %", "244 000"],
                      ["Sum stillingar", "100 %", "610 000"]], [200, 110, 185], (), True),
             ("f", "Kompetansemidlar", "10 000", False), ("f", "Søkt beløp totalt", "620 000", False),
             ("h", "Prioriterte område (set kryss)"), ("box", [(A1, False), (N2, True), (N3, True)], "v"),
             ("box", [("Vi ønskjer å vere med i nettverk/klyngjesamarbeid", True),
                      ("Vi ønskjer ekstern prosessevaluering", True)], "v"),
             ("sig", [{"head": "Nav-leiar", "date": "Førde 29.01.2020", "ink": "pp02a", "name": "Eli Myklebust"},
                      {"head": "Kommunedirektør", "date": "Førde 30.01.2020", "ink": "pp02b",
                       "name": "Terje Heggheim"}])]
    pdf, printed = _pdf(items, style="grid", seed="pp02")
    save_pdf_ocr_layer(copier(pdf, "pp02", 300, -0.4), printed, out, 300, "pp02")
    return truth("pp02", "pdf", "pdf-scanned", lang="nn", scheme=S20, office=("Nav Sunnfjord", "Sunnfjord", o),
                 contact=("Ingrid Støylen", "ingrid.stoylen@nav.no", "57722500"),
                 project=("Saman mot arbeid", "new", "2020-08-01"), pct=100,
                 amounts={"positions": 610000, "competence": 10000, "total": 620000},
                 prio=["barnefamilier-ungdom-innvandrere", "saarbare-overganger"], interest=(True, True),
                 sigs=_sigs(("nav_leader", "Eli Myklebust", "Nav-leiar", "2020-01-29", "handwritten"),
                            ("municipality", "Terje Heggheim", "Kommunedirektør", "2020-01-30", "handwritten")),
                 optional=LC, notes=["copier scan WITH the copier's own invisible OCR layer: letter confusions "
                                     "(ø→o, 0→O, l→I, 1→l, 5→S), lost spaces; the image is clean and is the truth; "
                                     "60 % + 40 % = exactly 610 000"])


# ---------------------------------------------------------------- pp03 fax, filled by pen
def pp03(out: Path):
    o = orgnr("97456001")
    items = [("h", "Søknad – tilskudd til utvikling av sosiale tjenester i Nav-kontoret (2020)"),
             ("f", "Navn på Nav-kontoret:", "Nav Steinkjer"), ("f", "Kommune:", "Steinkjer"),
             ("f", "Org.nr.:", o), ("f", "Kontaktperson:", "Mona Lie Haugan"), ("f", "Telefon:", "412 28 760"),
             ("f", "E-post:", "mona.lie.haugan@nav.no"), ("f", "Prosjektnavn:", "Veien videre"),
             ("f", "Nytt prosjekt eller videreføring:", "Videreføring (år 2)"), ("f", "Oppstartsdato:", "01.03.2020"),
             ("f", "Stillingsprosent:", "100 %"), ("f", "Søknadsbeløp lønn inkl. sos. kostn.:", "600 000"),
             ("f", "Kompetansemidler:", "10 000"), ("f", "Totalt søknadsbeløp:", "610 000"),
             ("h", "Prioriterte områder"), ("box", [(A1, False), (A2, False), (A3, True)]),
             ("h", "Interesse"), ("box", [("Nettverk / klyngesamarbeid", True), ("Ekstern prosessevaluering", True)]),
             ("sig", [{"head": "Nav-leder", "date": "31.01.2020", "date_label": "Dato:", "ink": "pp03a",
                       "name_hand": "ODD ARNE TØMMERÅS", "title": "(navn med blokkbokstaver)"},
                      {"head": "Kommunedirektør", "date": "30.01.2020", "date_label": "Dato:", "ink": "pp03b",
                       "name_hand": "BJØRG SANDVIK", "title": "(navn med blokkbokstaver)"}])]
    pdf, _ = _pdf(items, style="lines", seed="pp03")
    save_pdf(fax(pdf, "pp03", "31.01.2020 14:12  FRA: NAV STEINKJER  +47 74169000"), out, 200)
    return truth("pp03", "pdf", "pdf-scanned", lang="nb", scheme=S20, office=("Nav Steinkjer", "Steinkjer", o),
                 contact=("Mona Lie Haugan", "mona.lie.haugan@nav.no", "41228760"),
                 project=("Veien videre", "continuation", "2020-03-01"), pct=100,
                 amounts={"positions": 600000, "competence": 10000, "total": 610000},
                 prio=["saarbare-overganger"], interest=(True, True),
                 sigs=_sigs(("nav_leader", "Odd Arne Tømmerås", "Nav-leder", "2020-01-31", "handwritten"),
                            ("municipality", "Bjørg Sandvik", "Kommunedirektør", "2020-01-30", "handwritten")),
                 optional=LC, notes=["fine-mode fax (200 dpi, halved vertical resolution, threshold), every value "
                                     "written by pen, names in block letters; fax header with the office's number"])


# ---------------------------------------------------------------- pp04 phone photo (JPEG), one page, pen
def pp04(out: Path):
    o = orgnr("97449021")
    items = [("h", "Tilskudd til utvikling av sosiale tjenester i Nav-kontoret 2020 – søknad", 11),
             ("f", "Nav-kontor", "Nav Bodø"), ("f", "Kommune", "Bodø"), ("f", "Organisasjonsnr.", o),
             ("f", "Kontaktperson", "Tone Rasmussen"), ("f", "Mobil", "976 50 318"),
             ("f", "E-post", "tone.rasmussen@nav.no"), ("f", "Prosjektets tittel", "Ung Bodø jobb"),
             ("f", "Nytt / videreføring", "Videreføring, år 2"), ("f", "Oppstart", "1.1.2020"),
             ("f", "Stilling i prosent", "50"), ("f", "Lønn + sosiale kostnader", "305 000"),
             ("f", "Kompetanse", "5 000"), ("f", "Sum omsøkt", "310 000"), ("gap", 6),
             ("box", [(A1, True), (A2, True), (A3, False),
                      ("Ja, vi vil delta i nettverk", False), ("Ja, vi ønsker ekstern prosessevaluering", True)]),
             ("sig", [{"head": "Nav-leder", "date": "Bodø 24.01.20", "ink": "pp04a", "name": "Geir Pedersen"},
                      {"head": "Rådmann", "date": "Bodø 27.01.20", "ink": "pp04b", "name": "Rolf Kåre Jensen"}])]
    pdf, _ = _pdf(items, style="grid", size=9.5, seed="pp04")
    photo(pdf, "pp04", 170, 1.8)[0].save(out, "JPEG", quality=84)
    return truth("pp04", "jpg", "image-photo", lang="nb", scheme=S20, office=("Nav Bodø", "Bodø", o),
                 contact=("Tone Rasmussen", "tone.rasmussen@nav.no", "97650318"),
                 project=("Ung Bodø jobb", "continuation", "2020-01-01"), pct=50,
                 amounts={"positions": 305000, "competence": 5000, "total": 310000},
                 prio=["ordinaert-arbeidsliv", "barnefamilier-ungdom-innvandrere"], interest=(False, True),
                 sigs=_sigs(("nav_leader", "Geir Pedersen", "Nav-leder", "2020-01-24", "handwritten"),
                            ("municipality", "Rolf Kåre Jensen", "Rådmann", "2020-01-27", "handwritten")),
                 optional=LC, notes=["phone photo as .jpg: perspective, shadow, warm cast; pen values; 50 % at "
                                     "exactly 305 000; two-digit years"])


# ---------------------------------------------------------------- pp05 bw copier, pen, a corrected sum
def pp05(out: Path):
    o = orgnr("97442213")
    items = [("h", "Søknad om tilskudd – sosiale tjenester i Nav-kontoret, utlysning 2020"),
             ("p", "Fylles ut med blokkbokstaver."),
             ("f", "Søker (Nav-kontor):", "NAV GJØVIK"), ("f", "Kommune:", "GJØVIK"), ("f", "Org.nummer:", o),
             ("f", "Kontaktperson:", "Hanne Bakken"), ("f", "Telefon:", "61 18 90 00"),
             ("f", "E-post:", "hanne.bakken@nav.no"), ("f", "Prosjektnavn:", "Fra NAV til jobb"),
             ("f", "Type:", "Nytt prosjekt"), ("f", "Prosjektstart:", "01.04.2020"),
             ("f", "Antall stillinger / %:", "1 stilling, 100 %"), ("f", "Lønnsmidler (kr):", "600 000"),
             ("f", "Kompetanse (kr):", "10 000"), ("f", "Sum (kr):", "600 000", True, "610 000"),
             ("h", "Hvilke områder gjelder søknaden?"), ("box", [(A1, True), (A2, False), (A3, False)]),
             ("h", "Ønsker dere å delta i:"), ("box", [("Nettverk / klyngesamarbeid", False),
                                                       ("Ekstern prosessevaluering", False)]),
             ("sig", [{"head": "Leder NAV Gjøvik", "date": "Gjøvik 20.01.2020", "ink": "pp05a",
                       "name": "Per Ivar Strand"},
                      {"head": "Kommunalsjef helse og omsorg", "date": "Gjøvik 22.01.2020", "ink": "pp05b",
                       "name": "Liv Tangen"}])]
    pdf, _ = _pdf(items, style="lines", seed="pp05")
    save_pdf(copier(pdf, "pp05", 200, -0.7, bw=True), out, 200)
    return truth("pp05", "pdf", "pdf-scanned", lang="nb", scheme=S20, office=("Nav Gjøvik", "Gjøvik", o),
                 contact=("Hanne Bakken", "hanne.bakken@nav.no", "61189000"),
                 project=("Fra NAV til jobb", "new", "2020-04-01"), pct=100,
                 amounts={"positions": 600000, "competence": 10000, "total": 610000},
                 prio=["ordinaert-arbeidsliv"], interest=(False, False),
                 sigs=_sigs(("nav_leader", "Per Ivar Strand", "Leder NAV Gjøvik", "2020-01-20", "handwritten"),
                            ("municipality", "Liv Tangen", "Kommunalsjef helse og omsorg", "2020-01-22", "handwritten")),
                 optional=LC, notes=["bw copier 200 dpi; the sum '600 000' is struck through by pen and corrected "
                                     "to '610 000' with initials: a clerk reads 610 000"])


# ---------------------------------------------------------------- pp06 copier, municipal block left empty
def pp06(out: Path):
    o = orgnr("97469910")
    items = [("h", "Søknad: Tilskudd til utvikling av sosiale tjenester i Nav-kontoret 2020"),
             ("f", "Nav-kontor", "Nav Sandefjord", False), ("f", "Kommune", "Sandefjord kommune", False),
             ("f", "Organisasjonsnummer", o, False), ("f", "Kontaktperson", "Sindre Holt", False),
             ("f", "Kontaktinfo (e-post / tlf.)", "sindre.holt@nav.no / 33 41 60 00", False),
             ("f", "Prosjekt", "Familie i arbeid", False), ("f", "Søknaden gjelder", "Nytt prosjekt", False),
             ("f", "Planlagt start", "01.06.2020", False), ("f", "Stillingsprosent", "100 %", False),
             ("f", "Lønn inkl. sosiale kostnader", "kr 590 000", False),
             ("f", "Kompetansehevende tiltak", "kr 10 000", False), ("f", "Sum søknad", "kr 600 000", False),
             ("page",), ("h", "Prioriterte områder"), ("box", [(A1, False), (A2, True), (A3, False)]),
             ("box", [("Vi ønsker å delta i nettverk/klyngesamarbeid", True),
                      ("Vi ønsker å delta i ekstern prosessevaluering", False)]), ("gap", 10),
             ("sig", [{"head": "Nav-leder", "date": "Sandefjord 23.01.2020", "ink": "pp06a",
                       "name": "Camilla Berg", "title": "Nav-leder"},
                      {"head": "Rådmann / kommunedirektør", "title": "(underskrift)"}])]
    pdf, _ = _pdf(items, style="boxes", seed="pp06")
    save_pdf(copier(pdf, "pp06", 300, 0.3), out, 300)
    return truth("pp06", "pdf", "pdf-scanned", lang="nb", scheme=S20,
                 office=("Nav Sandefjord", "Sandefjord", o), contact=("Sindre Holt", "sindre.holt@nav.no", "33416000"),
                 project=("Familie i arbeid", "new", "2020-06-01"), pct=100,
                 amounts={"positions": 590000, "competence": 10000, "total": 600000},
                 prio=["barnefamilier-ungdom-innvandrere"], interest=(True, False),
                 sigs=_sigs(("nav_leader", "Camilla Berg", "Nav-leder", "2020-01-23", "handwritten")),
                 expected=["SIGNATURE_MUNICIPALITY_MISSING"], optional=LC,
                 notes=["planted: the municipal block is printed but empty (no date, no ink, no name)"])


# ---------------------------------------------------------------- pp07 nn, pen, sum does not add up
def pp07(out: Path):
    o = orgnr("97452811")
    items = [("h", "Søknad om tilskot til utvikling av sosiale tenester i Nav-kontoret 2020"),
             ("f", "Søkjar (Nav-kontor)", "Nav Voss"), ("f", "Kommune", "Voss herad"), ("f", "Org.nr.", o),
             ("f", "Kontaktperson", "Synnøve Lid"), ("f", "Telefon", "56 52 33 00"), ("f", "E-post", "synnove.lid@nav.no"),
             ("f", "Namn på prosjektet", "Vegvisar"), ("f", "Nytt eller vidareføring", "Nytt"),
             ("f", "Oppstart", "01.05.2020"), ("f", "Stillingsdel", "100 %"),
             ("f", "Løn og sosiale kostnader", "540 000"), ("f", "Kompetanseheving", "10 000"),
             ("f", "Sum søknad", "560 000"), ("gap", 8),
             ("h", "Prioriterte område"), ("box", [(A1, True), (N2, False), (N3, True)]),
             ("box", [("Nettverk / klyngjesamarbeid", True), ("Ekstern prosessevaluering", True)]),
             ("sig", [{"head": "Nav-leiar", "date": "Voss 28.01.2020", "ink": "pp07a", "name": "Lars Vinje"},
                      {"head": "Kommunedirektør", "date": "Voss 29.01.2020", "ink": "pp07b",
                       "name": "Kjartan Brekke"}])]
    pdf, _ = _pdf(items, style="grid", font=("DVS", "DVSB"), seed="pp07")
    save_pdf(copier(pdf, "pp07", 300, -0.5), out, 300)
    return truth("pp07", "pdf", "pdf-scanned", lang="nn", scheme=S20, office=("Nav Voss", "Voss", o),
                 contact=("Synnøve Lid", "synnove.lid@nav.no", "56523300"),
                 project=("Vegvisar", "new", "2020-05-01"), pct=100,
                 amounts={"positions": 540000, "competence": 10000, "total": 560000},
                 prio=["ordinaert-arbeidsliv", "saarbare-overganger"], interest=(True, True),
                 sigs=_sigs(("nav_leader", "Lars Vinje", "Nav-leiar", "2020-01-28", "handwritten"),
                            ("municipality", "Kjartan Brekke", "Kommunedirektør", "2020-01-29", "handwritten")),
                 expected=["AMOUNT_SUM_MISMATCH"], optional=LC,
                 notes=["planted: pen amounts 540 000 + 10 000 written as sum 560 000"])


# ---------------------------------------------------------------- pp08 fax, signed after the deadline
def pp08(out: Path):
    o = orgnr("97435023")
    items = [("h", "SØKNAD OM TILSKUDD TIL UTVIKLING AV SOSIALE TJENESTER I NAV-KONTORET 2020", 10),
             ("f", "Nav-kontor:", "Nav Alta", False), ("f", "Kommune:", "Alta", False),
             ("f", "Org.nr:", o, False), ("f", "Kontaktperson:", "Marit Isaksen Bongo", False),
             ("f", "Tlf:", "78 45 02 00", False), ("f", "E-post:", "marit.isaksen.bongo@nav.no", False),
             ("f", "Prosjektnavn:", "Los for unge", False), ("f", "Nytt/videreført:", "Nytt", False),
             ("f", "Oppstart:", "01.09.2020", False), ("f", "Stillingsressurs:", "100 %", False),
             ("f", "Lønn og sosiale kostnader:", "600 000", False), ("f", "Kompetanse:", "10 000", False),
             ("f", "Totalt:", "610 000", False),
             ("h", "Prioriterte områder:"), ("box", [(A1, False), (A2, True), (A3, True)]),
             ("box", [("Interessert i nettverk", False), ("Interessert i prosessevaluering", True)]),
             ("sig", [{"head": "Nav-leder", "date": "Alta 30/1-2020", "ink": "pp08a", "name": "Nils Johan Sara"},
                      {"head": "Kommunedirektør", "date": "Alta 5/2-2020", "ink": "pp08b", "name": "Bjørn Atle Hansen"}])]
    pdf, _ = _pdf(items, style="lines", font=("DV", "DVB"), seed="pp08")
    save_pdf(fax(pdf, "pp08", "06.02.2020 09:31  NAV ALTA  78450200"), out, 200)
    return truth("pp08", "pdf", "pdf-scanned", lang="nb", scheme=S20, office=("Nav Alta", "Alta", o),
                 contact=("Marit Isaksen Bongo", "marit.isaksen.bongo@nav.no", "78450200"),
                 project=("Los for unge", "new", "2020-09-01"), pct=100,
                 amounts={"positions": 600000, "competence": 10000, "total": 610000},
                 prio=["barnefamilier-ungdom-innvandrere", "saarbare-overganger"], interest=(False, True),
                 sigs=_sigs(("nav_leader", "Nils Johan Sara", "Nav-leder", "2020-01-30", "handwritten"),
                            ("municipality", "Bjørn Atle Hansen", "Kommunedirektør", "2020-02-05", "handwritten")),
                 expected=["SIGNED_AFTER_DEADLINE"], optional=LC,
                 notes=["planted: kommunedirektør dated by pen 'Alta 5/2-2020'; faxed the next day"])


# ---------------------------------------------------------------- pp09 phone-scanner PDF, over the cap
def pp09(out: Path):
    o = orgnr("97462118")
    items = [("h", "Søknad om tilskudd til utvikling av sosiale tjenester i Nav-kontoret 2020"),
             ("f", "Nav-kontorets navn", "Nav Kristiansand"), ("f", "Kommune", "Kristiansand"),
             ("f", "Org.nr.", o), ("f", "Kontaktperson", "Eirin Olsen"), ("f", "E-post", "eirin.olsen@nav.no"),
             ("f", "Telefon", "38 07 60 00"), ("f", "Tittel på prosjektet", "Tidlig innsats Sørlandet"),
             ("f", "Nytt prosjekt / videreføring", "Nytt"), ("f", "Ønsket oppstart", "15.03.2020"),
             ("f", "Stillingsprosent", "50 %"), ("f", "Lønn m/ sosiale kostnader", "320 000"),
             ("f", "Kompetansemidler", "10 000"), ("f", "Totalt omsøkt", "330 000"),
             ("page",), ("h", "Prioriterte områder"), ("box", [(A1, False), (A2, True), (A3, False)], "v"),
             ("box", [("Nettverk / klyngesamarbeid", True), ("Prosessevaluering", True)], "v"), ("gap", 10),
             ("sig", [{"head": "Nav-leder", "date": "Kristiansand 21.01.2020", "ink": "pp09a", "name": "Åse Tellefsen"},
                      {"head": "Kommunedirektør", "date": "Kristiansand 24.01.2020", "ink": "pp09b",
                       "name": "Camilla Dunsæd"}])]
    pdf, _ = _pdf(items, style="boxes", seed="pp09")
    save_pdf(photo(pdf, "pp09", 170, -1.5), out, 170)
    return truth("pp09", "pdf", "pdf-scanned", lang="nb", scheme=S20,
                 office=("Nav Kristiansand", "Kristiansand", o), contact=("Eirin Olsen", "eirin.olsen@nav.no", "38076000"),
                 project=("Tidlig innsats Sørlandet", "new", "2020-03-15"), pct=50,
                 amounts={"positions": 320000, "competence": 10000, "total": 330000},
                 prio=["barnefamilier-ungdom-innvandrere"], interest=(True, True),
                 sigs=_sigs(("nav_leader", "Åse Tellefsen", "Nav-leder", "2020-01-21", "handwritten"),
                            ("municipality", "Camilla Dunsæd", "Kommunedirektør", "2020-01-24", "handwritten")),
                 expected=["AMOUNT_OVER_CAP"], optional=LC,
                 notes=["planted: 50 % with 320 000 (cap 305 000); phone photos of both pages as a PDF"])
