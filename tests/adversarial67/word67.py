"""Word builders of corpus 67 (docx, and docx → LibreOffice PDF)."""
from __future__ import annotations

from pathlib import Path

from kit67 import S20, add_ink, new_doc, orgnr, para, save_doc, soffice_pdf, table, truth

O = "ordinaert-arbeidsliv"
B = "barnefamilier-ungdom-innvandrere"
V = "saarbare-overganger"


def nm01(out: Path):
    """Form table; the office's OWN answers in brackets: '(50 % stilling)', '(kr 305 000)'."""
    org = orgnr("97412345")
    doc = new_doc(title="Søknad tilskudd 2020")
    para(doc, "Søknad om tilskudd til utvikling av sosiale tjenester i Nav-kontoret 2020", bold=True, size=14)
    para(doc, "Fyll ut alle felt. (Eksempel: «Nav Eksempelby», 100 % stilling, kr 610 000)", ("", None))
    table(doc, [
        ["1. Søker (Nav-kontor)", "Nav Ringerike"],
        ["Kommune", "Ringerike kommune"],
        ["Organisasjonsnummer", org],
        ["Kontaktperson", "Mona Solberg\nmona.solberg@nav.no\ntlf. 924 18 306"],
        ["2. Prosjektets navn", "Arbeid først Ringerike"],
        ["Nytt prosjekt eller videreføring", "Nytt prosjekt"],
        ["Oppstart", "01.04.2020"],
        ["3. Stilling(er)", "Jobbspesialist (50 % stilling)"],
        ["Lønn og sosiale kostnader", "(kr 305 000)"],
        ["Kompetansemidler", "kr 10 000"],
        ["Sum omsøkt", "kr 315 000"],
        ["4. Prioritert område", "☒ Bruk av ordinært arbeidsliv\n☐ Oppfølging av barnefamilier, ungdom og innvandrere\n☐ Sikring av sårbare overganger"],
        ["Interessert i nettverk/klyngesamarbeid?", "Ja"],
        ["Interessert i ekstern prosessevaluering?", "Nei"],
    ])
    para(doc, "")
    para(doc, "5. Beskrivelse", bold=True)
    para(doc, "Prosjektet skal gi sosialhjelpsmottakere under 30 år tett oppfølging mot ordinært arbeid, "
              "med en jobbspesialist som jobber ute hos arbeidsgivere i Hønefoss.")
    para(doc, "6. Underskrifter", bold=True)
    table(doc, [["Hønefoss, 24.01.2020", "Hønefoss, 27.01.2020"],
                [("ink", "nm01a", "Bente Aas", "Nav-leder"), ("ink", "nm01b", "Tore Isaksen", "Rådmann")]], style=None)
    save_doc(doc, out)
    return truth("nm01", "docx", "docx-form", lang="nb", scheme=S20,
                 office=("Nav Ringerike", "Ringerike", org), contact=("Mona Solberg", "mona.solberg@nav.no", "92418306"),
                 project=("Arbeid først Ringerike", "new", "2020-04-01"), pct=50,
                 amounts={"positions": 305000, "competence": 10000, "other": None, "total": 315000},
                 prio=[O], interest=(True, False),
                 sigs=[("nav_leader", "Bente Aas", "Nav-leder", "2020-01-24", "handwritten"),
                       ("municipality", "Tore Isaksen", "Rådmann", "2020-01-27", "handwritten")],
                 notes=["near-miss (a): answers in brackets are the office's own; the example bracket under the heading is guidance",
                        "50 % at exactly 305 000"])


def nm02(out: Path):
    """Nynorsk form; the office's prose contains 't.d.' and 'f.eks.'; 'Status: under planlegging'."""
    org = orgnr("99312345")
    doc = new_doc(font="Cambria", title="Søknad tilskot")
    para(doc, "SØKNAD – TILSKOT TIL UTVIKLING AV SOSIALE TENESTER I NAV 2020", bold=True, size=18)
    table(doc, [
        ["Søkjar", "Nav Sunnfjord"],
        ["Kommune", "Sunnfjord kommune"],
        ["Org.nr.", f"{org[:3]} {org[3:6]} {org[6:]}"],
        ["Kontaktperson", "Ingrid Hjelmeland, ingrid.hjelmeland@nav.no, 57 72 41 90"],
        ["Prosjektnamn", "Ung vegvisar Sunnfjord"],
        ["Type", "Nytt prosjekt"],
        ["Status", "Under planlegging, oppstart 1. mars 2020"],
        ["Stilling", "Ei stilling (100 %) som ungdomsrettleiar"],
        ["Lønn og sosiale kostnader", "600 000"],
        ["Kompetanse", "10 000"],
        ["Sum søkt", "610 000"],
    ])
    para(doc, "")
    para(doc, "Kva prioritert område svarar prosjektet på?", bold=True)
    para(doc, "Prosjektet rettar seg mot ungdom mellom 16 og 25 år og familiane deira, t.d. unge som har "
              "droppa ut av vidaregåande eller unge innvandrarar utan fullført skule. Vi vil følgje opp "
              "heile familien, f.eks. med heimebesøk og faste samtalar med foreldra.")
    para(doc, "Prosjektet svarar på området «Oppfølging av barnefamiliar, ungdom og innvandrarar».")
    para(doc, "Nettverk/klyngesamarbeid: Ja.   Ekstern prosessevaluering: Ja.")
    para(doc, "Underskrift", bold=True)
    table(doc, [["Nav-leiar", "Kommunedirektør"],
                [("ink", "nm02a", "Oddbjørn Vie", "Førde, 28.01.2020"), ("ink", "nm02b", "Terje Heggheim", "Førde, 29.01.2020")]])
    save_doc(doc, out)
    return truth("nm02", "docx", "docx-form", lang="nn", scheme=S20,
                 office=("Nav Sunnfjord", "Sunnfjord", org),
                 contact=("Ingrid Hjelmeland", "ingrid.hjelmeland@nav.no", "57724190"),
                 project=("Ung vegvisar Sunnfjord", "new", "2020-03-01"), pct=100,
                 amounts={"positions": 600000, "competence": 10000, "other": None, "total": 610000},
                 prio=[B], interest=(True, True),
                 sigs=[("nav_leader", "Oddbjørn Vie", "Nav-leiar", "2020-01-28", "handwritten"),
                       ("municipality", "Terje Heggheim", "Kommunedirektør", "2020-01-29", "handwritten")],
                 notes=["near-miss (a)/(g): 't.d.'/'f.eks.' inside the office's own answer; 'Status' is a planning state"])


def _letterhead(doc, office, addr, board):
    para(doc, office.upper(), bold=True, size=16)
    para(doc, f"{addr}  ·  Sentralbord {board}  ·  www.nav.no", size=8)
    para(doc, "")


def nm03(out: Path):
    """Letter; letterhead with switchboard AND office in the body; contact's direct mobile in the body; 'eks. mva'."""
    org = orgnr("98765432")
    doc = new_doc(font="Georgia", title="Søknad")
    _letterhead(doc, "NAV Halden", "Postboks 1023, 1787 Halden", "55 55 33 33")
    para(doc, "Statsforvalteren i Oslo og Viken")
    para(doc, "Halden, 29. januar 2020")
    para(doc, "Søknad om tilskudd til utvikling av sosiale tjenester – «Veien videre Halden»", bold=True)
    para(doc, f"NAV Halden (org.nr. {org}) søker med dette om tilskudd for 2020 til et nytt prosjekt i Halden kommune. "
              "Prosjektet starter 1. mai 2020.")
    para(doc, "Prosjektet skal sikre sårbare overganger for personer som løslates fra Halden fengsel, slik at de "
              "har bolig, økonomi og en plan for arbeid når de kommer ut.")
    para(doc, "Vi søker om midler til én 80 % stilling som losfunksjon. Budsjett (alle beløp eks. mva):")
    table(doc, [["Post", "Beløp"], ["Losfunksjon, 80 % stilling, lønn og sosiale kostnader", "488 000"],
                ["Kompetansemidler (evaluering)", "10 000"], ["Sum omsøkt", "498 000"]])
    para(doc, "")
    para(doc, "Vi er interessert i nettverk/klyngesamarbeid, men ikke i ekstern prosessevaluering.")
    para(doc, "Kontaktperson for søknaden er rådgiver Kari Nygaard, mobil 481 22 907, e-post kari.nygaard@nav.no.")
    para(doc, "Med vennlig hilsen")
    t = table(doc, [[("ink", "nm03a", "Anders Brekke", "leder NAV Halden"), ("ink", "nm03b", "Roger Eriksen", "rådmann i Halden kommune")]], style=None)
    del t
    save_doc(doc, out)
    return truth("nm03", "docx", "docx-letter", lang="nb", scheme=S20,
                 office=("Nav Halden", "Halden", org), contact=("Kari Nygaard", "kari.nygaard@nav.no", "48122907"),
                 project=("Veien videre Halden", "new", "2020-05-01"), pct=80,
                 amounts={"positions": 488000, "competence": 10000, "other": None, "total": 498000},
                 prio=[V], interest=(True, False),
                 sigs=[("nav_leader", "Anders Brekke", "leder NAV Halden", "2020-01-29", "handwritten"),
                       ("municipality", "Roger Eriksen", "rådmann i Halden kommune", "2020-01-29", "handwritten")],
                 notes=["near-miss (d): switchboard in letterhead; contact has her own mobile in the body",
                        "near-miss (a): 'eks. mva' = excluding VAT, not an example; 80 % at exactly 488 000",
                        "signature dates = the letter's date"])


def nm04(out: Path):
    """DEFECT: Nynorsk letter; the contact is named but the only number is the letterhead switchboard."""
    org = orgnr("97551234")
    doc = new_doc(font="Calibri", title="Søknad")
    _letterhead(doc, "Nav Stord", "Borggata 12, 5411 Stord", "55 55 33 33")
    para(doc, "Til Statsforvalteren i Vestland")
    para(doc, "Stord, 22.01.2020")
    para(doc, "Søknad om tilskot – «Fellesskap i arbeid»", bold=True)
    para(doc, f"Nav Stord, org.nr. {org}, søkjer om tilskot til eit nytt prosjekt i Stord kommune med oppstart 01.03.2020.")
    para(doc, "Prosjektet skal bruke det ordinære arbeidslivet aktivt: rettleiarane finn praksis- og lønnsplassar "
              "hos lokale verksemder for sosialhjelpsmottakarar.")
    para(doc, "Vi søkjer om 100 % stilling, 610 000 kroner, og 10 000 kroner i kompetansemidlar, til saman 620 000 kroner.")
    para(doc, "Vi ønskjer å vere med i nettverk. Vi ønskjer ikkje ekstern prosessevaluering.")
    para(doc, "Kontaktperson: Sigrid Vikøren, prosjektleiar.")
    para(doc, "Med helsing")
    table(doc, [[("ink", "nm04a", "Gunnar Tveit", "Nav-leiar"), ("ink", "nm04b", "Marit Økland", "kommunedirektør")]], style=None)
    save_doc(doc, out)
    return truth("nm04", "docx", "docx-letter", lang="nn", scheme=S20,
                 office=("Nav Stord", "Stord", org), contact=("Sigrid Vikøren", None, None),
                 project=("Fellesskap i arbeid", "new", "2020-03-01"), pct=100,
                 amounts={"positions": 610000, "competence": 10000, "other": None, "total": 620000},
                 prio=[O], interest=(True, False),
                 sigs=[("nav_leader", "Gunnar Tveit", "Nav-leiar", "2020-01-22", "handwritten"),
                       ("municipality", "Marit Økland", "kommunedirektør", "2020-01-22", "handwritten")],
                 expected=["CONTACT_MISSING"],
                 notes=["defect (d): the letterhead switchboard is the office's; the contact has no e-mail or phone"])


def nm05(out: Path):
    """Struck-through old values replaced by new ones (tracked-by-hand correction); new values at the cap."""
    org = orgnr("96400011")
    doc = new_doc(font="Arial", title="Søknad")
    para(doc, "Tilskudd til utvikling av sosiale tjenester i Nav-kontoret – søknad 2020", bold=True, size=13)
    para(doc, "Søker: Nav Ski")
    para(doc, "Kommune: Nordre Follo")
    para(doc, f"Org.nr: {org}")
    para(doc, "Prosjekt: ", ("Familieløftet", "strike"), " Familieløftet Ski")
    para(doc, "Prosjekttype: Videreføring, 2. år")
    para(doc, "Oppstart: 01.01.2020")
    para(doc, "Kontaktperson: Henrik Dahle, henrik.dahle@nav.no, 909 12 334")
    para(doc, "Stillinger: ", ("2 x 50 %", "strike"), " 150 % (familiekoordinator 100 % og jobbkonsulent 50 %)")
    para(doc, "Lønn og sosiale kostnader: ", ("kr 700 000", "strike"), " kr 915 000")
    para(doc, "Kompetanse: kr 10 000")
    para(doc, "Totalt omsøkt: ", ("kr 710 000", "strike"), " kr 925 000")
    para(doc, "Prioriterte områder: Oppfølging av barnefamilier, ungdom og innvandrere; Bruk av ordinært arbeidsliv.")
    para(doc, "Nettverk: Ja. Prosessevaluering: Ja.")
    para(doc, "")
    table(doc, [["Ski, 30.01.2020", "Ski, 31.01.2020"],
                [("ink", "nm05a", "Lene Halvorsen", "Nav-leder"), ("ink", "nm05b", "Ole Hermann Sveian", "Kommunedirektør")]], style=None)
    save_doc(doc, out)
    return truth("nm05", "docx", "docx-form", lang="nb", scheme=S20,
                 office=("Nav Ski", "Nordre Follo", org), contact=("Henrik Dahle", "henrik.dahle@nav.no", "90912334"),
                 project=("Familieløftet Ski", "continuation", "2020-01-01"), pct=150,
                 amounts={"positions": 915000, "competence": 10000, "other": None, "total": 925000},
                 prio=[B, O], interest=(True, True),
                 sigs=[("nav_leader", "Lene Halvorsen", "Nav-leder", "2020-01-30", "handwritten"),
                       ("municipality", "Ole Hermann Sveian", "Kommunedirektør", "2020-01-31", "handwritten")],
                 notes=["near-miss (e): struck-through old values; the new 150 % at exactly 915 000"])


def nm06(out: Path):
    """DEFECT: struck-through 300 000 corrected to 320 000 for 50 % → over the cap."""
    org = orgnr("99188823")
    doc = new_doc(font="Calibri", title="Søknad")
    para(doc, "Søknadsskjema 2020", bold=True, size=14)
    table(doc, [["Nav-kontor", "Nav Tromsø"], ["Kommune", "Tromsø"], ["Organisasjonsnr.", org],
                ["Kontaktperson", "Elin Karlsen, elin.karlsen@nav.no"],
                ["Prosjektnavn", "Tromsø i jobb"], ["Nytt/videreføring", "Nytt"], ["Oppstart", "01.03.2020"],
                ["Stillingsprosent", "50 %"]])
    para(doc, "")
    para(doc, "Lønn og sosiale kostnader: ", ("kr 300 000", "strike"), " kr 320 000")
    para(doc, "Kompetansemidler: kr 0")
    para(doc, "Sum: ", ("kr 300 000", "strike"), " kr 320 000")
    para(doc, "Prioritert område: Sikring av sårbare overganger (overgang fra videregående skole til arbeid).")
    para(doc, "Nettverk: Nei. Ekstern prosessevaluering: Nei.")
    table(doc, [["Tromsø, 28.01.2020", "Tromsø, 28.01.2020"],
                [("ink", "nm06a", "Stian Nilsen", "Nav-leder"), ("ink", "nm06b", "Stein Ovesen", "Kommunedirektør")]], style=None)
    save_doc(doc, out)
    return truth("nm06", "docx", "docx-form", lang="nb", scheme=S20,
                 office=("Nav Tromsø", "Tromsø", org), contact=("Elin Karlsen", "elin.karlsen@nav.no", None),
                 project=("Tromsø i jobb", "new", "2020-03-01"), pct=50,
                 amounts={"positions": 320000, "competence": 0, "other": None, "total": 320000},
                 prio=[V], interest=(False, False),
                 sigs=[("nav_leader", "Stian Nilsen", "Nav-leder", "2020-01-28", "handwritten"),
                       ("municipality", "Stein Ovesen", "Kommunedirektør", "2020-01-28", "handwritten")],
                 expected=["AMOUNT_OVER_CAP"],
                 notes=["defect (e): the struck 300 000 is gone; 320 000 for 50 % > 305 000"])


def _inter_doc(doc, org):
    para(doc, "Søknad om tilskudd – interkommunalt prosjekt 2020", bold=True, size=14)
    table(doc, [["Søker (vertskontor)", "Nav Vest-Telemark"], ["Vertskommune", "Kviteseid"],
                ["Org.nr.", org], ["Deltakende kommuner", "Kviteseid, Nissedal, Tokke"],
                ["Kontaktperson", "Jorunn Haugen – jorunn.haugen@nav.no – 35 06 88 12"],
                ["Prosjektnavn", "Bygdejobb Vest-Telemark"], ["Nytt prosjekt/videreføring", "Nytt prosjekt"],
                ["Planlagt oppstart", "01.06.2020"],
                ["Stillinger", "Jobbkoordinator 100 %"],
                ["Lønn og sos. kostnader", "610 000"], ["Kompetanse", "10 000"], ["Totalt", "620 000"],
                ["Prioritert område", "Bruk av ordinært arbeidsliv"],
                ["Nettverk / prosessevaluering", "Ja / Ja"]])
    para(doc, "")
    para(doc, "Underskrifter fra deltakende kommuner og Nav", bold=True)


def nm07(out: Path):
    """Inter-municipal signing table (one row per municipality), Word → LibreOffice PDF."""
    org = orgnr("97011122")
    doc = new_doc(title="Søknad")
    _inter_doc(doc, org)
    table(doc, [["Rolle", "Navn", "Dato", "Signatur"],
                ["Nav-leder, Nav Vest-Telemark", "Åse Lunde", "20.01.2020", ("ink", "nm07a")],
                ["Kommunedirektør Kviteseid", "Arne Vinje", "21.01.2020", ("ink", "nm07b")],
                ["Rådmann Nissedal", "Hege Moland", "23.01.2020", ("ink", "nm07c")],
                ["Rådmann Tokke", "Knut Lofthus", "24.01.2020", ("ink", "nm07d")]])
    tmp = out.with_suffix(".docx")
    save_doc(doc, tmp)
    soffice_pdf(tmp, out)
    tmp.unlink()
    return truth("nm07", "pdf", "pdf-from-office", lang="nb", scheme=S20,
                 office=("Nav Vest-Telemark", "Kviteseid", org), contact=("Jorunn Haugen", "jorunn.haugen@nav.no", "35068812"),
                 project=("Bygdejobb Vest-Telemark", "new", "2020-06-01"), pct=100,
                 amounts={"positions": 610000, "competence": 10000, "other": None, "total": 620000},
                 prio=[O], interest=(True, True),
                 sigs=[("nav_leader", "Åse Lunde", "Nav-leder", "2020-01-20", "handwritten"),
                       ("municipality", "Arne Vinje", "Kommunedirektør", "2020-01-21", "handwritten"),
                       ("municipality", "Hege Moland", "Rådmann", "2020-01-23", "handwritten"),
                       ("municipality", "Knut Lofthus", "Rådmann", "2020-01-24", "handwritten")],
                 notes=["near-miss (f): signing table read row by row; each row's name/date belongs to that row"])


def nm08(out: Path):
    """DEFECT: Nynorsk, signing block split over a page break; the Nav leader signed 05.02.2020."""
    from docx.enum.text import WD_BREAK
    org = orgnr("93344556")
    doc = new_doc(font="Cambria", title="Søknad")
    para(doc, "Søknad om tilskot til utvikling av sosiale tenester i Nav 2020", bold=True, size=14)
    for k, v in [("Nav-kontor", "Nav Ørsta"), ("Kommune", "Ørsta"), ("Organisasjonsnummer", org),
                 ("Kontaktperson", "Astrid Rotevatn, astrid.rotevatn@nav.no, tlf. 70 04 66 10"),
                 ("Prosjektnamn", "Heile familien"), ("Nytt eller vidareføring", "Vidareføring (3. år)"),
                 ("Oppstart", "01.01.2020"), ("Stillingar", "Familiekoordinator, 60 %"),
                 ("Løn og sosiale kostnader", "366 000"), ("Kompetanse", "0"), ("Sum søkt", "366 000"),
                 ("Prioritert område", "Oppfølging av barnefamiliar, ungdom og innvandrarar"),
                 ("Nettverk", "Nei"), ("Ekstern prosessevaluering", "Ja")]:
        para(doc, (f"{k}: ", "bold"), v)
    for _ in range(14):
        para(doc, "Prosjektet held fram arbeidet med heilskapleg oppfølging av barnefamiliar med låg inntekt.")
    para(doc, "Underskrift", bold=True)
    table(doc, [["Ørsta, 05.02.2020"], [("ink", "nm08a", "Per Ivar Bjørdal", "Nav-leiar")]], style=None)
    p = doc.add_paragraph()
    p.add_run().add_break(WD_BREAK.PAGE)
    table(doc, [["Ørsta, 29.01.2020"], [("ink", "nm08b", "Ole Kjetil Vik", "Kommunalsjef")]], style=None)
    tmp = out.with_suffix(".docx")
    save_doc(doc, tmp)
    soffice_pdf(tmp, out)
    tmp.unlink()
    return truth("nm08", "pdf", "pdf-from-office", lang="nn", scheme=S20,
                 office=("Nav Ørsta", "Ørsta", org), contact=("Astrid Rotevatn", "astrid.rotevatn@nav.no", "70046610"),
                 project=("Heile familien", "continuation", "2020-01-01"), pct=60,
                 amounts={"positions": 366000, "competence": 0, "other": None, "total": 366000},
                 prio=[B], interest=(False, True),
                 sigs=[("nav_leader", "Per Ivar Bjørdal", "Nav-leiar", "2020-02-05", "handwritten"),
                       ("municipality", "Ole Kjetil Vik", "Kommunalsjef", "2020-01-29", "handwritten")],
                 expected=["SIGNED_AFTER_DEADLINE"],
                 notes=["defect (f): municipal block on the next page; Nav leader dated 05.02.2020 after the deadline"])
