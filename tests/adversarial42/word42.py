"""Word documents of corpus 42 (docx-form, docx-letter, pdf-from-office). Each builder writes one
file and returns its truth."""
from __future__ import annotations

import tempfile
from pathlib import Path

from kit42 import S20, add_ink, ink_cell, new_doc, org, para, save_doc, soffice_pdf, spaced, table, truth

BOX = {True: "☒", False: "☐"}
AREAS = ["Bruk av ordinært arbeidsliv", "Oppfølging av barnefamilier, ungdom og innvandrere",
         "Sikring av sårbare overganger"]


# ---------------------------------------------------------------- n01 docx-form nb: caps in thousands, interim leaders
def n01(out: Path):
    o = org("97411111")
    doc = new_doc("Arial", 10, "Søknad Melhus")
    para(doc, "MELHUS KOMMUNE  ·  NAV MELHUS", bold=True, size=9)
    para(doc, "Søknadsskjema – tilskudd til utvikling av sosiale tjenester i Nav-kontoret 2020", bold=True, size=13)
    para(doc, "Fylles ut av Nav-kontoret og sendes Statsforvalteren i Trøndelag innen 1. februar 2020.", italic=True)
    para(doc, "A  Søker", bold=True)
    table(doc, [["Nav-kontor", "NAV Melhus"], ["Vertskommune", "Melhus"], ["Organisasjonsnr.", spaced(o)],
                ["Kontaktperson i prosjektet", "Marte Kvål, veileder – marte.kval@nav.no – 72 85 80 33"]],
          widths=[5.5, 10.5], shade_first="E7E6E6")
    para(doc, "B  Prosjektet", bold=True)
    table(doc, [["Navn på prosjektet", "Arbeid først i Gauldal"], ["Nytt prosjekt / videreføring", "Nytt prosjekt"],
                ["Planlagt oppstart", "01.04.2020"], ["Omsøkt stilling", "100 % prosjektstilling som jobbspesialist"]],
          widths=[5.5, 10.5], shade_first="E7E6E6")
    para(doc, "C  Budsjett (hele kroner i tusen)", bold=True)
    table(doc, [["Post", "Omsøkt"], ["Lønn og sosiale utgifter, 100 %", "610' kr"],
                ["Prosjektspesifikk kompetanse", "10' kr"], ["Sum omsøkt", "620' kr"]],
          widths=[10, 6], bold_first=False)
    para(doc, "D  Prioriterte områder (kryss av)", bold=True)
    for a, v in zip(AREAS, (True, False, True)):
        para(doc, f"{BOX[v]}  {a}")
    para(doc, "E  Samarbeid og evaluering", bold=True)
    para(doc, "Ønsker kontoret å delta i nettverk/klyngesamarbeid?   ☒ Ja   ☐ Nei")
    para(doc, "Ønsker kontoret ekstern prosessevaluering?   ☐ Ja   ☒ Nei")
    para(doc, "F  Beskrivelse", bold=True)
    para(doc, "Prosjektet skal prøve ut en ny modell der jobbspesialisten følger unge som står utenfor, "
              "både mens de er i skole og når de går over til arbeid hos lokale arbeidsgivere.")
    para(doc, "G  Underskrifter", bold=True)
    t = table(doc, [["Nav-kontorets leder", "Kommunens ledelse"], ["", ""],
                    ["Ragnhild Sæther\nKonstituert Nav-leder\nMelhus, 29.01.2020",
                     "Olav Brattset\nKommunalsjef helse og velferd, med delegert fullmakt fra kommunedirektør\nMelhus, 30.01.2020"]],
              widths=[8, 8])
    ink_cell(t.rows[1].cells[0], "n01a")
    ink_cell(t.rows[1].cells[1], "n01b")
    save_doc(doc, out)
    return truth("n01", "docx", "docx-form", lang="nb", scheme=S20, office=("Nav Melhus", "Melhus", o),
                 contact=("Marte Kvål", "marte.kval@nav.no", "72858033"),
                 project=("Arbeid først i Gauldal", "new", "2020-04-01"), pct=100,
                 amounts={"positions": 610000, "competence": 10000, "total": 620000},
                 prio=["ordinaert-arbeidsliv", "saarbare-overganger"], interest=(True, False),
                 sigs=[("nav_leader", "Ragnhild Sæther", "Konstituert Nav-leder", "2020-01-29", "handwritten"),
                       ("municipality", "Olav Brattset", "Kommunalsjef helse og velferd, med delegert fullmakt fra kommunedirektør",
                        "2020-01-30", "handwritten")],
                 notes=["near-miss AMOUNT_OVER_CAP/COMPETENCE_OVER_CAP: 610' kr for 100 % and 10' kr, both exactly at the caps",
                        "near-miss SIGNATURE_*: a konstituert Nav-leder and a kommunalsjef with delegated authority"])


# ---------------------------------------------------------------- n02 docx-letter nn: 0,61 mill., deadline day, contact in signature
def n02(out: Path):
    o = org("97452020")
    doc = new_doc("Cambria", 11, "Søknad Sunnfjord")
    para(doc, "Nav Sunnfjord", bold=True, size=14)
    para(doc, "Postboks 413, 6803 Førde  |  Org.nr. " + spaced(o))
    para(doc, "Førde, 1. februar 2020", align="right")
    para(doc, "Statsforvaltaren i Vestland\nNjøsavegen 2, 6863 Leikanger")
    para(doc, "Søknad om tilskot til utvikling av sosiale tenester i Nav – «Heilt inn»", bold=True, size=12)
    para(doc, "Nav Sunnfjord søkjer med dette om tilskot for 2020 til eit nytt prosjekt, «Heilt inn». "
              "Prosjektet skal gje foreldre i barnefamiliar med låg inntekt ei tett og heilskapleg oppfølging, slik "
              "at både vaksne og born får betre levekår. Prosjektet startar 1. mai 2020.")
    para(doc, "Vi søkjer om midlar til ei heil stilling som familiekoordinator. Lønn og sosiale kostnader er "
              "rekna til kr 0,61 mill. for året. Vi søkjer ikkje om midlar til kompetanse, og samla søknadssum er "
              "dermed kr 0,61 mill.")
    para(doc, "Nav Sunnfjord ønskjer å vere med i nettverk med andre kontor, men ønskjer ikkje ekstern "
              "prosessevaluering i år.")
    para(doc, "Prosjektet er forankra i leiinga i Sunnfjord kommune, som signerer saman med Nav-leiar.")
    para(doc, "Med helsing")
    t = table(doc, [["", ""], ["Eldbjørg Nesse\nNav-leiar, Nav Sunnfjord\nKontaktperson for søknaden: tlf. 57 72 81 00",
                              "Terje Heggheim\nKommunedirektør"]], widths=[8, 8], style=None)
    ink_cell(t.rows[0].cells[0], "n02a")
    ink_cell(t.rows[0].cells[1], "n02b")
    save_doc(doc, out)
    return truth("n02", "docx", "docx-letter", lang="nn", scheme=S20, office=("Nav Sunnfjord", "Sunnfjord", o),
                 contact=("Eldbjørg Nesse", None, "57728100"),
                 project=("Heilt inn", "new", "2020-05-01"), pct=100,
                 amounts={"positions": 610000, "competence": None, "total": 610000},
                 prio=["barnefamilier-ungdom-innvandrere"], interest=(True, False),
                 sigs=[("nav_leader", "Eldbjørg Nesse", "Nav-leiar", "2020-02-01", "handwritten"),
                       ("municipality", "Terje Heggheim", "Kommunedirektør", "2020-02-01", "handwritten")],
                 notes=["near-miss AMOUNT_OVER_CAP: 'kr 0,61 mill.' for 'ei heil stilling' is exactly 610 000",
                        "near-miss SIGNED_AFTER_DEADLINE: the letter (and so both signatures) dated 1. februar 2020",
                        "near-miss CONTACT_MISSING: the contact is the Nav leader, phone only, in the signature block",
                        "the area is argued ('barnefamiliar med låg inntekt'), not ticked"])


# ---------------------------------------------------------------- n03 docx-form nb: Oslo district, two positions, year 2 of 3
def n03(out: Path):
    o = org("91234567")
    doc = new_doc("Verdana", 9, "Søknad Grünerløkka")
    para(doc, "Oslo kommune – Bydel Grünerløkka", bold=True, size=10)
    para(doc, "SØKNAD OM TILSKUDD 2020 – SOSIALE TJENESTER I NAV-KONTORET", bold=True, size=12)
    table(doc, [["1", "Søkende Nav-kontor", "NAV Grünerløkka"], ["2", "Kommune", "Oslo"],
                ["3", "Org.nummer", o], ["4", "Kontaktperson (navn, e-post, telefon)", "Jonas Aamodt\njonas.aamodt@nav.no\n23 43 45 00"],
                ["5", "Prosjektnavn", "Ungdomsloftet"],
                ["6", "Status", "Videreføring – år 2 av 3 (første tilskudd 2019)"],
                ["7", "Periode", "Fra 01.01.2020 til 31.12.2020"],
                ["8", "Stillingsressurs", "To hele stillinger"],
                ["9", "Lønn inkl. sosiale kostnader", "1 220 000,00"], ["10", "Kompetansemidler", "0,00"],
                ["11", "Totalt omsøkt beløp", "1 220 000,00"],
                ["12", "Prioritert område", "Oppfølging av ungdom 16–25 år som har falt ut av videregående skole, "
                                            "og overgangen fra skole til arbeid"],
                ["13", "Nettverk/klynge", "Ja"], ["14", "Ekstern prosessevaluering", "Ja"]],
          widths=[1, 6, 9])
    para(doc, "")
    para(doc, "Prosjektet er forankret i bydelens ledelse. Bydelsdirektøren signerer for kommunen.")
    para(doc, "Dato: 27.01.2020")
    p = para(doc)
    add_ink(p, "n03a", 4.0)
    para(doc, "Hilde Wangensteen, leder NAV Grünerløkka")
    para(doc, "Dato: 28.01.2020")
    p = para(doc)
    add_ink(p, "n03b", 4.0)
    para(doc, "Per Kristian Thorsen, bydelsdirektør")
    save_doc(doc, out)
    return truth("n03", "docx", "docx-form", lang="nb", scheme=S20, office=("Nav Grünerløkka", "Oslo", o),
                 contact=("Jonas Aamodt", "jonas.aamodt@nav.no", "23434500"),
                 project=("Ungdomsloftet", "continuation", "2020-01-01"), pct=200,
                 amounts={"positions": 1220000, "competence": 0, "total": 1220000},
                 prio=["barnefamilier-ungdom-innvandrere", "saarbare-overganger"], interest=(True, True),
                 sigs=[("nav_leader", "Hilde Wangensteen", "Leder NAV Grünerløkka", "2020-01-27", "handwritten"),
                       ("municipality", "Per Kristian Thorsen", "Bydelsdirektør", "2020-01-28", "handwritten")],
                 notes=["near-miss AMOUNT_OVER_CAP: 'to hele stillinger' at 1 220 000,00 = 2 × 610 000",
                        "near-miss CONTINUATION_LIMIT: 'år 2 av 3'", "near-miss SIGNATURE_MUNICIPALITY: Oslo bydelsdirektør",
                        "areas in paraphrase: ungdom out of school (barnefamilier-ungdom-innvandrere) and school→work transition"])


# ---------------------------------------------------------------- n04 docx-letter nb: cover letter, application, attachment
def n04(out: Path):
    o = org("99887766")
    doc = new_doc("Times New Roman", 11, "Oversendelse Hamar")
    para(doc, "HAMAR KOMMUNE", bold=True, size=14)
    para(doc, "Statsforvalteren i Innlandet\nPostboks 987, 2604 Lillehammer")
    para(doc, "Vår ref. 20/1177   Hamar, 24.01.2020", align="right")
    para(doc, "OVERSENDELSE AV SØKNAD FRA NAV HAMAR", bold=True)
    para(doc, "Hamar kommune oversender vedlagt søknad fra Nav Hamar om tilskudd til utvikling av sosiale tjenester. "
              "Kommunen stiller seg bak prosjektet og dekker selv kontorutgifter og reiser.")
    para(doc, "Med vennlig hilsen\nTrond Mæhlum\nkommunalsjef (brevet er godkjent elektronisk og har ingen signatur)")
    doc.add_page_break()
    para(doc, "Nav Hamar – søknad om tilskudd til utvikling av sosiale tjenester i Nav-kontoret 2020", bold=True, size=12)
    para(doc, f"Søker: Nav Hamar, Hamar kommune, org.nr. {o}")
    para(doc, "Kontaktperson: Siv Rønningen, siv.ronningen@nav.no")
    para(doc, "Prosjekt: «Sammen om jobb» – nytt prosjekt med oppstart 1. september 2020.")
    para(doc, "Vi søker om en halv stilling (50 %) som arbeidsinkluderingsveileder for innvandrere som har "
              "avsluttet introduksjonsprogrammet. Kommunen dekker selv øvrige kostnader.")
    table(doc, [["Kostnad", "Totalt", "Kommunens egenandel", "Omsøkt tilskudd"],
                ["Lønn og sosiale kostnader 50 %", "305 000", "0", "305 000"],
                ["Kontorplass og reiser", "150 000", "150 000", "0"],
                ["Sum", "455 000", "150 000", "305 000"]], widths=[6, 3, 4, 3])
    para(doc, "Prioritert område: oppfølging av innvandrere. Nav Hamar ønsker å delta i klyngesamarbeid (ja) og "
              "i ekstern prosessevaluering (ja).")
    para(doc, "Hamar, 27.01.2020")
    t = table(doc, [["", ""], ["Elin Bergstrøm\nfungerende leder, Nav Hamar", "Knut Arne Sveen\nkonstituert kommunedirektør"]],
              widths=[8, 8], style=None)
    ink_cell(t.rows[0].cells[0], "n04a")
    ink_cell(t.rows[0].cells[1], "n04b")
    doc.add_page_break()
    para(doc, "Vedlegg 1: Prosjektplan «Sammen om jobb»", bold=True, size=12)
    para(doc, "Prosjektgruppe: Siv Rønningen (prosjektleder), Ali Haji (veileder), Kari Opsahl (flyktningtjenesten).")
    para(doc, "Samlet prosjektkostnad over tre år: 1 365 000 kroner, hvorav 450 000 kroner egenfinansiering.")
    para(doc, "Kontaktperson i flyktningtjenesten: Kari Opsahl, tlf. 62 56 30 00.")
    save_doc(doc, out)
    return truth("n04", "docx", "docx-letter", lang="nb", scheme=S20, office=("Nav Hamar", "Hamar", o),
                 contact=("Siv Rønningen", "siv.ronningen@nav.no", None),
                 project=("Sammen om jobb", "new", "2020-09-01"), pct=50,
                 amounts={"positions": 305000, "competence": None, "total": 305000}, own_funding=150000,
                 prio=["barnefamilier-ungdom-innvandrere"], interest=(True, True),
                 sigs=[("nav_leader", "Elin Bergstrøm", "fungerende leder, Nav Hamar", "2020-01-27", "handwritten"),
                       ("municipality", "Knut Arne Sveen", "konstituert kommunedirektør", "2020-01-27", "handwritten")],
                 notes=["near-miss AMOUNT_OVER_CAP: 'en halv stilling' at 305 000 exactly",
                        "near-miss NON_POSITION_COSTS: office and travel 150 000 carried wholly by the municipality (own funding), 0 applied",
                        "cover letter from the municipality before (kommunalsjef, not a signature of the application), project plan after"])


# ---------------------------------------------------------------- n11 pdf-from-office nn: inter-municipal, year 3 of 3
def n11(out: Path):
    o = org("97654321")
    doc = new_doc("Liberation Serif", 11, "Søknad Kvam")
    para(doc, "Søknad om tilskot til utvikling av sosiale tenester i Nav 2020", bold=True, size=13)
    para(doc, "Interkommunalt prosjekt mellom Kvam herad og Ulvik herad. Vertskontor: Nav Kvam.", italic=True)
    table(doc, [["Søkjar (Nav-kontor)", "Nav Kvam"], ["Vertskommune", "Kvam"], ["Organisasjonsnummer", spaced(o)],
                ["Samarbeidskommunar", "Ulvik"], ["Prosjektnamn", "Hardangerlosen"],
                ["Nytt eller vidareføring", "Vidareføring, år 3 av 3"], ["Oppstart for dette året", "1. januar 2020"],
                ["Stillingar", "1,5 årsverk (Kvam 100 %, Ulvik 50 %)"],
                ["Løn og sosiale utgifter", "kr 915 000"], ["Kompetansemidlar", "kr 10 000"],
                ["Sum søknadsbeløp", "kr 925 000"],
                ["Kontaktperson", "Solveig Tveit, solveig.tveit@nav.no, 56 55 30 00"],
                ["Nettverk/klyngesamarbeid", "Ja"], ["Ekstern prosessevaluering", "Nei"]], widths=[6, 10])
    para(doc, "Satsingsområde: Prosjektet skal sikre at ungdom som går frå vidaregåande skule eller frå barnevernet "
              "ikkje fell mellom to stolar, og at dei kjem over i arbeid eller utdanning.")
    para(doc, "Underskrifter", bold=True)
    t = table(doc, [["Nav-leiar", "Kommunedirektør, Kvam herad", "Kommunedirektør, Ulvik herad"], ["", "", ""],
                    ["Ivar Øystese\nNorheimsund 22.01.2020", "Rune Kvamme\nNorheimsund 23.01.2020", "Hanne Ulvik Lid\nUlvik 24.01.2020"]],
              widths=[5.3, 5.3, 5.3])
    for i, s in enumerate(("n11a", "n11b", "n11c")):
        ink_cell(t.rows[1].cells[i], s, 3.4)
    with tempfile.TemporaryDirectory() as td:
        d = Path(td) / "n11.docx"
        save_doc(doc, d)
        soffice_pdf(d, out)
    return truth("n11", "pdf", "pdf-from-office", lang="nn", scheme=S20, office=("Nav Kvam", "Kvam", o),
                 contact=("Solveig Tveit", "solveig.tveit@nav.no", "56553000"),
                 project=("Hardangerlosen", "continuation", "2020-01-01"), pct=150,
                 amounts={"positions": 915000, "competence": 10000, "total": 925000},
                 prio=["barnefamilier-ungdom-innvandrere", "saarbare-overganger"], interest=(True, False),
                 sigs=[("nav_leader", "Ivar Øystese", "Nav-leiar", "2020-01-22", "handwritten"),
                       ("municipality", "Rune Kvamme", "Kommunedirektør, Kvam herad", "2020-01-23", "handwritten"),
                       ("municipality", "Hanne Ulvik Lid", "Kommunedirektør, Ulvik herad", "2020-01-24", "handwritten")],
                 notes=["near-miss CONTINUATION_LIMIT: 'år 3 av 3' is the last allowed year",
                        "near-miss AMOUNT_OVER_CAP: 1,5 årsverk at 915 000 = 1.5 × 610 000",
                        "inter-municipal: both municipalities' kommunedirektør sign"])
