"""Documents pp10–pp18 of corpus 79 (paper): each builder writes one file and returns its truth."""
from __future__ import annotations

import io
import tempfile
from pathlib import Path

from docs79 import A1, A2, A3, LC, N2, N3, _pdf, _sigs
from kit79 import S20, copier, docx_letter, fax, orgnr, photo, save_pdf, soffice_pdf
from truthlib import truth


# ---------------------------------------------------------------- pp10 text PDF signed by pen, stamp, initials
def pp10(out: Path):
    o = orgnr("97468133")
    items = [("initials", "pp10i"), ("h", "Søknad om tilskudd til utvikling av sosiale tjenester i Nav-kontoret 2020"),
             ("p", "Søknaden er fylt ut elektronisk, skrevet ut og signert. Hver side er parafert."),
             ("f", "Søker", "Nav Larvik", False), ("f", "Kommune", "Larvik", False), ("f", "Org.nr.", o, False),
             ("f", "Kontaktperson", "Thomas Kristiansen", False), ("f", "E-post", "thomas.kristiansen@nav.no", False),
             ("f", "Telefon", "98 20 44 17", False), ("f", "Prosjektnavn", "Larvik-modellen for unge voksne", False),
             ("f", "Type", "Nytt prosjekt", False), ("f", "Oppstart", "01.03.2020", False),
             ("tbl", [["Stilling", "Andel", "Lønn inkl. sosiale kostnader"], ["Veileder 1", "100 %", "610 000"],
                      ["Veileder 2", "100 %", "610 000"], ["Sum", "200 %", "1 220 000"]], [200, 100, 195], (), True),
             ("f", "Kompetanse", "10 000", False), ("f", "Samlet søknadsbeløp", "1 230 000", False),
             ("page",), ("h", "Prioriterte områder"), ("box", [(A1, True), (A2, True), (A3, True)]),
             ("h", "Deltakelse"), ("box", [("Nettverk / klyngesamarbeid", True), ("Ekstern prosessevaluering", False)]),
             ("gap", 20),
             ("sig", [{"head": "For Nav Larvik", "date": "Larvik, 17.01.2020", "ink": "pp10a",
                       "name": "Henriette Sørensen", "title": "Nav-leder", "stamp": ["NAV LARVIK"]},
                      {"head": "For Larvik kommune", "date": "Larvik, 20.01.2020", "ink": "pp10b",
                       "name": "Per Erik Torp", "title": "Kommunedirektør"}])]
    pdf, _ = _pdf(items, style="grid", seed="pp10")
    out.write_bytes(pdf)
    return truth("pp10", "pdf", "pdf-handwritten", lang="nb", scheme=S20, office=("Nav Larvik", "Larvik", o),
                 contact=("Thomas Kristiansen", "thomas.kristiansen@nav.no", "98204417"),
                 project=("Larvik-modellen for unge voksne", "new", "2020-03-01"), pct=200,
                 amounts={"positions": 1220000, "competence": 10000, "total": 1230000},
                 prio=["ordinaert-arbeidsliv", "barnefamilier-ungdom-innvandrere", "saarbare-overganger"],
                 interest=(True, False),
                 sigs=_sigs(("nav_leader", "Henriette Sørensen", "Nav-leder", "2020-01-17", "handwritten"),
                            ("municipality", "Per Erik Torp", "Kommunedirektør", "2020-01-20", "handwritten")),
                 notes=["text PDF; dates written by pen (images); office stamp; initials on every page footer; "
                        "two positions at exactly 610 000 each"])


# ---------------------------------------------------------------- pp11 Word → PDF + a scanned signature page
def pp11(out: Path):
    from pypdf import PdfReader, PdfWriter
    o = orgnr("97455080")
    paras = ["Nav Halden", "Postboks 150, 1751 Halden", "", "Statsforvalteren i Oslo og Viken", "",
             "# Søknad om tilskudd til utvikling av sosiale tjenester i Nav-kontoret – 2020",
             "Nav Halden (org.nr. " + o + ") søker om midler til prosjektet «Første jobb Halden». Prosjektet er "
             "nytt og starter 1. april 2020.",
             "Målgruppen er unge sosialhjelpsmottakere under 30 år. Vi vil bruke ordinære arbeidsplasser i "
             "Halden aktivt og følge opp både arbeidsgiver og deltaker tett.",
             "Vi søker om én 100 % stilling som jobbspesialist.", "",
             ("tbl", [["Budsjettpost", "Beløp"], ["Lønn og sosiale kostnader, 100 % stilling", "kr 600 000"],
                      ["Kompetanseheving", "kr 10 000"], ["Sum søknadsbeløp", "kr 610 000"]]), "",
             "Kontaktperson: Stine Aasen, stine.aasen@nav.no, telefon 69 17 45 00.",
             "Nav Halden ønsker å delta i nettverk/klyngesamarbeid, men ikke i ekstern prosessevaluering.",
             "Signert signaturside følger vedlagt (skannet)."]
    sig_items = [("h", "Signaturside – søknad fra Nav Halden, tilskudd 2020"),
                 ("p", "Søknaden «Første jobb Halden» er behandlet og godkjent av:"), ("gap", 20),
                 ("sig", [{"head": "Nav-leder", "date": "Halden 22.1.2020", "ink": "pp11a", "name": "Kjell Ove Rød"},
                          {"head": "Rådmann", "date": "Halden 23.1.2020", "ink": "pp11b", "name": "Roar Jonsen"}])]
    spdf, _ = _pdf(sig_items, style="lines", seed="pp11")
    with tempfile.TemporaryDirectory() as td:
        d, p1, p2 = Path(td) / "soknad.docx", Path(td) / "soknad.pdf", Path(td) / "sig.pdf"
        docx_letter(paras, d)
        soffice_pdf(d, p1)
        save_pdf(copier(spdf, "pp11", 200, 0.9), p2, 200)
        w = PdfWriter()
        for p in (p1, p2):
            for pg in PdfReader(str(p)).pages:
                w.add_page(pg)
        w.add_metadata({"/Producer": "LibreOffice 7; Adobe Acrobat merge"})
        with open(out, "wb") as f:
            w.write(f)
    return truth("pp11", "pdf", "pdf-from-office", lang="nb", scheme=S20, office=("Nav Halden", "Halden", o),
                 contact=("Stine Aasen", "stine.aasen@nav.no", "69174500"),
                 project=("Første jobb Halden", "new", "2020-04-01"), pct=100,
                 amounts={"positions": 600000, "competence": 10000, "total": 610000},
                 prio=["ordinaert-arbeidsliv"], interest=(True, False),
                 sigs=_sigs(("nav_leader", "Kjell Ove Rød", "Nav-leder", "2020-01-22", "handwritten"),
                            ("municipality", "Roar Jonsen", "Rådmann", "2020-01-23", "handwritten")),
                 notes=["Word letter converted by LibreOffice with a scanned (image) signature page merged in; "
                        "area argued in prose"])


# ---------------------------------------------------------------- pp12 pen, percentage left blank
def pp12(out: Path):
    o = orgnr("97477014")
    items = [("h", "Tilskudd til utvikling av sosiale tjenester i Nav-kontoret – søknadsskjema 2020"),
             ("f", "Nav-kontor", "Nav Orkland"), ("f", "Kommune", "Orkland"), ("f", "Org.nr.", o),
             ("f", "Kontaktperson", "Ragnhild Aune"), ("f", "E-post", "ragnhild.aune@nav.no"),
             ("f", "Tlf.", "72 48 10 00"), ("f", "Prosjekt", "Sammen om ungdom"), ("f", "Nytt / videreføring", "Nytt"),
             ("f", "Oppstart", "01.08.2020"), ("f", "Stillingsprosent", ""), ("f", "Lønn (inkl. sosiale kostn.)", "420 000"),
             ("f", "Kompetanse", "10 000"), ("f", "Sum", "430 000"),
             ("page",), ("h", "Område"), ("box", [(A1, False), (A2, True), (A3, False)]),
             ("box", [("Nettverk", True), ("Prosessevaluering", False)]), ("gap", 10),
             ("sig", [{"head": "Nav-leder", "date": "Orkanger 27.01.2020", "ink": "pp12a", "name": "Ola Grøtte"},
                      {"head": "Kommunedirektør", "date": "Orkanger 28.01.2020", "ink": "pp12b",
                       "name": "Kirsti Welander"}])]
    pdf, _ = _pdf(items, style="boxes", seed="pp12")
    save_pdf(copier(pdf, "pp12", 300, 0.8), out, 300)
    return truth("pp12", "pdf", "pdf-scanned", lang="nb", scheme=S20, office=("Nav Orkland", "Orkland", o),
                 contact=("Ragnhild Aune", "ragnhild.aune@nav.no", "72481000"),
                 project=("Sammen om ungdom", "new", "2020-08-01"), pct=None,
                 amounts={"positions": 420000, "competence": 10000, "total": 430000},
                 prio=["barnefamilier-ungdom-innvandrere"], interest=(True, False),
                 sigs=_sigs(("nav_leader", "Ola Grøtte", "Nav-leder", "2020-01-27", "handwritten"),
                            ("municipality", "Kirsti Welander", "Kommunedirektør", "2020-01-28", "handwritten")),
                 expected=["POSITION_PERCENT_MISSING"], optional=LC,
                 notes=["planted: the 'Stillingsprosent' box is left empty; no cap can be checked"])


# ---------------------------------------------------------------- pp13 nn, county's received stamp
def pp13(out: Path):
    o = orgnr("97466025")
    items = [("h", "Søknad om tilskot – sosiale tenester i Nav-kontoret 2020"), ("gap", 30),
             ("f", "Nav-kontor", "NAV Time", False), ("f", "Kommune", "Time kommune", False),
             ("f", "Organisasjonsnummer", o, False), ("f", "Kontaktperson", "Bjarte Undheim", False),
             ("f", "E-post", "bjarte.undheim@nav.no", False), ("f", "Telefon", "51 77 88 00", False),
             ("f", "Prosjekttittel", "Jæren jobbar", False), ("f", "Nytt / vidareført", "Nytt", False),
             ("f", "Oppstart", "01.04.2020", False), ("f", "Stillingsprosent", "70 %", False),
             ("f", "Løn og sosiale kostnader", "427 000", False), ("f", "Kompetanse", "10 000", False),
             ("f", "Sum søknadsbeløp", "437 000", False),
             ("stamp", ["STATSFORVALTAREN I ROGALAND", "MOTTEKE 03 FEB. 2020", "Saksnr. 2020/1187"], 330, 745, 220, 70),
             ("page",), ("h", "Prioriterte område"), ("box", [(A1, True), (N2, False), (N3, False)]),
             ("box", [("Nettverk / klyngjesamarbeid", False), ("Ekstern prosessevaluering", True)]), ("gap", 10),
             ("sig", [{"head": "Nav-leiar", "date": "Bryne 29.01.2020", "ink": "pp13a", "name": "Gunn Sele"},
                      {"head": "Rådmann", "date": "Bryne 29.01.2020", "ink": "pp13b", "name": "Arne Aksnes"}])]
    pdf, _ = _pdf(items, style="boxes", font=("DV", "DVB"), seed="pp13")
    save_pdf(copier(pdf, "pp13", 300, -0.3), out, 300)
    return truth("pp13", "pdf", "pdf-scanned", lang="nn", scheme=S20, office=("Nav Time", "Time", o),
                 contact=("Bjarte Undheim", "bjarte.undheim@nav.no", "51778800"),
                 project=("Jæren jobbar", "new", "2020-04-01"), pct=70,
                 amounts={"positions": 427000, "competence": 10000, "total": 437000},
                 prio=["ordinaert-arbeidsliv"], interest=(False, True),
                 sigs=_sigs(("nav_leader", "Gunn Sele", "Nav-leiar", "2020-01-29", "handwritten"),
                            ("municipality", "Arne Aksnes", "Rådmann", "2020-01-29", "handwritten")),
                 optional=LC, notes=["the county's received stamp 'MOTTEKE 03 FEB. 2020' is no signature date; "
                                     "signed 29.01.2020; 70 % at exactly 427 000 (judgement call on lateness)"])


# ---------------------------------------------------------------- pp14 nn fax, third year
def pp14(out: Path):
    o = orgnr("97464006")
    items = [("h", "Tilskot til utvikling av sosiale tenester i Nav-kontoret 2020 – søknad"),
             ("f", "Nav-kontoret:", "Nav Namsos", False), ("f", "Kommune:", "Namsos", False), ("f", "Org.nr.:", o, False),
             ("f", "Kontaktperson:", "Åshild Moe", False), ("f", "Telefon:", "74 21 76 00", False),
             ("f", "E-post:", "ashild.moe@nav.no", False), ("f", "Prosjektnamn:", "Heilt med", False),
             ("f", "Søknaden gjeld:", "Vidareføring – 3. år", False), ("f", "Oppstart:", "01.01.2020", False),
             ("f", "Stillingsprosent:", "100", False), ("f", "Løn med sosiale kostnader:", "500 000", False),
             ("f", "Kompetansemidlar:", "10 000", False), ("f", "Totalt:", "510 000", False),
             ("box", [(A1, True), (N2, True), (N3, True)]),
             ("box", [("Vi vil vere med i nettverk", True), ("Vi vil ha ekstern prosessevaluering", False)]),
             ("sig", [{"head": "Nav-leiar", "date": "Namsos 16.01.2020", "ink": "pp14a", "name": "Kåre Nygård"},
                      {"head": "Kommunedirektør", "date": "Namsos 17.01.2020", "ink": "pp14b", "name": "Ketil Sørvig"}])]
    pdf, _ = _pdf(items, style="lines", seed="pp14")
    save_pdf(fax(pdf, "pp14", "17.01.2020 15:40  NAV NAMSOS  74217600"), out, 200)
    return truth("pp14", "pdf", "pdf-scanned", lang="nn", scheme=S20, office=("Nav Namsos", "Namsos", o),
                 contact=("Åshild Moe", "ashild.moe@nav.no", "74217600"),
                 project=("Heilt med", "continuation", "2020-01-01"), pct=100,
                 amounts={"positions": 500000, "competence": 10000, "total": 510000},
                 prio=["ordinaert-arbeidsliv", "barnefamilier-ungdom-innvandrere", "saarbare-overganger"],
                 interest=(True, False),
                 sigs=_sigs(("nav_leader", "Kåre Nygård", "Nav-leiar", "2020-01-16", "handwritten"),
                            ("municipality", "Ketil Sørvig", "Kommunedirektør", "2020-01-17", "handwritten")),
                 optional=LC, notes=["fax, typed values, third year of a continuation (allowed)"])


# ---------------------------------------------------------------- pp15 phone photo JPEG, typed, kommunalsjef
def pp15(out: Path):
    o = orgnr("97448015")
    items = [("h", "Søknad – tilskudd til utvikling av sosiale tjenester i Nav-kontoret 2020", 11),
             ("f", "Nav-kontor", "Nav Eidsvoll", False), ("f", "Kommune", "Eidsvoll", False), ("f", "Org.nr.", o, False),
             ("f", "Kontaktperson", "Anders Nordby", False), ("f", "Telefon", "63 96 30 00", False),
             ("f", "E-post", "anders.nordby@nav.no", False), ("f", "Prosjekt", "Eidsvoll inn i jobb", False),
             ("f", "Nytt / videreføring", "Nytt", False), ("f", "Oppstart", "02.03.2020", False),
             ("f", "Stillingsprosent", "60 %", False), ("f", "Lønn inkl. sosiale kostnader", "366 000", False),
             ("f", "Kompetanse", "10 000", False), ("f", "Sum omsøkt", "376 000", False), ("gap", 6),
             ("box", [(A1, True), (A2, False), (A3, True), ("Nettverk/klyngesamarbeid", True),
                      ("Ekstern prosessevaluering", True)]),
             ("sig", [{"head": "Nav-leder", "date": "Eidsvoll 14.01.2020", "ink": "pp15a", "name": "Hilde Skaug"},
                      {"head": "Kommunalsjef helse og velferd", "date": "Eidsvoll 15.01.2020", "ink": "pp15b",
                       "name": "Jon Erik Bøhmer"}])]
    pdf, _ = _pdf(items, style="grid", size=9.5, seed="pp15")
    photo(pdf, "pp15", 160, -2.3)[0].save(out, "JPEG", quality=80)
    return truth("pp15", "jpg", "image-photo", lang="nb", scheme=S20, office=("Nav Eidsvoll", "Eidsvoll", o),
                 contact=("Anders Nordby", "anders.nordby@nav.no", "63963000"),
                 project=("Eidsvoll inn i jobb", "new", "2020-03-02"), pct=60,
                 amounts={"positions": 366000, "competence": 10000, "total": 376000},
                 prio=["ordinaert-arbeidsliv", "saarbare-overganger"], interest=(True, True),
                 sigs=_sigs(("nav_leader", "Hilde Skaug", "Nav-leder", "2020-01-14", "handwritten"),
                            ("municipality", "Jon Erik Bøhmer", "Kommunalsjef helse og velferd", "2020-01-15",
                             "handwritten")),
                 optional=LC, notes=["phone photo .jpg of a typed, printed, pen-signed form; 60 % at exactly 366 000"])


# ---------------------------------------------------------------- pp16 text PDF, pen dates, nothing ticked for interest
def pp16(out: Path):
    o = orgnr("97473115")
    items = [("h", "Søknadsskjema 2020: Tilskudd til utvikling av sosiale tjenester i Nav-kontoret"),
             ("f", "Navn på Nav-kontor", "Nav Lindesnes", False), ("f", "Kommune", "Lindesnes", False),
             ("f", "Organisasjonsnummer", o, False), ("f", "Kontaktperson (navn)", "Marianne Try", False),
             ("f", "Kontaktperson (e-post)", "marianne.try@nav.no", False),
             ("f", "Kontaktperson (telefon)", "920 15 388", False), ("f", "Prosjektnavn", "Trygg overgang", False),
             ("f", "Nytt prosjekt / videreføring", "Nytt prosjekt", False), ("f", "Oppstart", "01.09.2020", False),
             ("f", "Stillingsstørrelse", "40 %", False), ("f", "Lønn og sosiale kostnader", "244 000", False),
             ("f", "Kompetanseutvikling", "10 000", False), ("f", "Sum", "254 000", False),
             ("page",), ("h", "Prioriterte områder"), ("box", [(A1, False), (A2, False), (A3, True)]),
             ("h", "Vi ønsker å delta i"), ("box", [("Nettverk/klyngesamarbeid", False), ("Ekstern prosessevaluering", False)]),
             ("gap", 10),
             ("sig", [{"head": "Nav-leder", "date": "Mandal 29.01.2020", "ink": "pp16a", "name": "Sverre Bentsen",
                       "stamp": ["NAV LINDESNES"]},
                      {"head": "Kommunedirektør", "date": "Mandal 30.01.2020", "ink": "pp16b", "name": "Tone Marie Sollie",
                       "stamp": ["LINDESNES KOMMUNE"], "round": True}])]
    pdf, _ = _pdf(items, style="boxes", font=("DVS", "DVSB"), seed="pp16")
    out.write_bytes(pdf)
    return truth("pp16", "pdf", "pdf-handwritten", lang="nb", scheme=S20, office=("Nav Lindesnes", "Lindesnes", o),
                 contact=("Marianne Try", "marianne.try@nav.no", "92015388"),
                 project=("Trygg overgang", "new", "2020-09-01"), pct=40,
                 amounts={"positions": 244000, "competence": 10000, "total": 254000},
                 prio=["saarbare-overganger"], interest=(False, False),
                 sigs=_sigs(("nav_leader", "Sverre Bentsen", "Nav-leder", "2020-01-29", "handwritten"),
                            ("municipality", "Tone Marie Sollie", "Kommunedirektør", "2020-01-30", "handwritten")),
                 notes=["text PDF, dates by pen (image) with place 'Mandal' unlike the office name; stamps; "
                        "40 % at exactly 244 000; both interest boxes left empty"])


# ---------------------------------------------------------------- pp17 scanner PDF cut off
def pp17(out: Path):
    items = [("h", "Søknad om tilskudd 2020"), ("f", "Nav-kontor", "Nav Hammerfest", False),
             ("f", "Stillingsprosent", "100 %", False)]
    pdf, _ = _pdf(items, seed="pp17")
    b = io.BytesIO()
    save_pdf(copier(pdf, "pp17", 200, 0.2), b, 200)
    out.write_bytes(b.getvalue()[: len(b.getvalue()) * 2 // 5])
    return truth("pp17", "pdf", "bad-input", lang=None, scheme=None, expected=["DOCUMENT_UNREADABLE"],
                 score_fields=False, notes=["scanner PDF cut off at 40 % of its bytes (e-mail size limit)"])


# ---------------------------------------------------------------- pp18 scanned final report
def pp18(out: Path):
    items = [("h", "Sluttrapport – tilskudd til utvikling av sosiale tjenester i Nav-kontoret (tildeling 2019)"),
             ("f", "Tilskuddsmottaker", "Nav Nordre Follo", False), ("f", "Prosjekt", "Ung Follo i arbeid", False),
             ("f", "Innvilget beløp", "610 000", False), ("f", "Brukt i perioden", "598 400", False),
             ("f", "Stillingsprosent i prosjektet", "100 %", False),
             ("h", "Hva er oppnådd?"),
             ("p", "Prosjektet har fulgt opp 46 unge sosialhjelpsmottakere. 19 er i ordinært arbeid og 8 i utdanning "
                   "ved prosjektslutt. Erfaringene videreføres i ordinær drift fra 2020, uten nye midler."),
             ("h", "Regnskap"), ("p", "Revidert regnskap er vedlagt. Ubrukte midler, 11 600 kroner, tilbakebetales."),
             ("sig", [{"head": "Nav-leder", "date": "Ski 24.01.2020", "ink": "pp18a", "name": "Elin Bekkevold"},
                      {"head": "Kommunedirektør", "date": "Ski 27.01.2020", "ink": "pp18b", "name": "Sture Gulbrandsen"}])]
    pdf, _ = _pdf(items, style="grid", seed="pp18")
    save_pdf(copier(pdf, "pp18", 300, 0.4), out, 300)
    return truth("pp18", "pdf", "not-application", lang="nb", scheme=None, expected=["NOT_AN_APPLICATION"],
                 score_fields=False, notes=["signed final report of a 2019 grant, scanned: not an application"])
