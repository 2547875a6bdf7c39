"""reportlab documents of the third adversarial corpus (c01, c05, c06, c07, c11, c12, c14, c16)."""
from __future__ import annotations

import tempfile
from pathlib import Path

import io

from reportlab.lib.utils import ImageReader

from lib import H, W, Flow, canvas, checkbox, degrade, images_to_pdf, ink_png, orgnr, render, vector_ink
from truthlib import truth

S20 = "nav-sosiale-tjenester-2020"
S19 = "nav-sosiale-tjenester-2019"
S18 = "nav-sosiale-tjenester-2018"


def c01(out: Path):
    """Two-column brochure-like layout in Times: small-caps labels, answers flowing beneath; vector ink."""
    org = orgnr("97445010")
    c = canvas(out, "Søknad Jobbvei Ringsaker", "NAV Ringsaker")
    c.setFont("Times-Bold", 15)
    c.drawString(50, H - 55, "Søknad om tilskudd til utvikling av sosiale tjenester i Nav-kontoret 2020")
    c.setFont("Times-Italic", 10)
    c.drawString(50, H - 72, "Til Fylkesmannen i Innlandet  ·  kap. 0621 post 63  ·  søknadsfrist 1. februar 2020")
    c.line(50, H - 80, W - 50, H - 80)
    c.line(W / 2, H - 90, W / 2, 330)
    left = Flow(c, 50, H - 100, W / 2 - 65, "Times-Roman", 10.5)
    right = Flow(c, W / 2 + 12, H - 100, W / 2 - 62, "Times-Roman", 10.5)

    def sect(f, label, value, gap=7):
        f.text(label.upper(), font="Times-Bold", size=8.5)
        f.text(value, gap=gap)

    sect(left, "Søkende kontor", "NAV Ringsaker")
    sect(left, "Kommune", "Ringsaker kommune, org.nr. " + f"{org[:3]} {org[3:6]} {org[6:]}")
    sect(left, "Kontaktperson", "Tone Hvattum, rådgiver\ntone.hvattum@nav.no  ·  tlf. 62 33 45 10")
    sect(left, "Prosjektets navn", "Jobbvei Ringsaker")
    sect(left, "Nytt tiltak eller videreføring", "Nytt tiltak")
    sect(left, "Prosjektstart", "1. mars 2020")
    sect(left, "Stillingsandel", "100 % – én jobbspesialist")
    sect(left, "Om tiltaket",
         "Mange sosialhjelpsmottakere i Ringsaker har stått lenge utenfor arbeid. Tiltaket skal bruke det "
         "ordinære arbeidslivet aktivt: jobbspesialisten bygger avtaler med lokale arbeidsgivere og følger "
         "deltakerne tett inn i lønnet arbeid etter prinsippene for individuell jobbstøtte.")
    sect(right, "Budsjett (kr)", "")
    rows = [("Lønn og sosiale utgifter, 100 % stilling", "600 000"), ("Kompetanse spesifikk for tiltaket", "10 000"),
            ("Sum omsøkt", "610 000")]
    for i, (a, b) in enumerate(rows):
        c.setFont("Times-Bold" if i == 2 else "Times-Roman", 10.5)
        c.drawString(right.x, right.y, a)
        c.drawRightString(W - 50, right.y, b)
        right.y -= 15
    right.skip(10)
    sect(right, "Prioritert område", "Bruk av ordinært arbeidsliv")
    sect(right, "Interesse for nettverk / klyngesamarbeid", "Ja, vi ønsker å delta.")
    sect(right, "Interesse for ekstern prosessevaluering", "Nei.")
    sect(right, "Forankring",
         "Tiltaket er behandlet i kommunens ledergruppe og forankret hos kommunedirektøren.")
    c.line(50, 320, W - 50, 320)
    c.setFont("Times-Bold", 10)
    c.drawString(50, 300, "Underskrifter")
    for x, name, title, date, seed in ((50, "Kari Nyhus", "Nav-leder", "20.01.2020", 11),
                                       (W / 2 + 12, "Ole Bakken", "Kommunedirektør", "22.01.2020", 12)):
        c.setFont("Times-Roman", 10)
        c.drawString(x, 275, f"Ringsaker, {date}")
        vector_ink(c, x + 5, 238, 130, seed)
        c.line(x, 232, x + 200, 232)
        c.drawString(x, 220, f"{name}, {title}")
    c.showPage()
    c.save()
    return truth("c01", "pdf", "pdf-two-column", lang="nb", scheme=S20,
                 office=("Nav Ringsaker", "Ringsaker", org),
                 contact=("Tone Hvattum", "tone.hvattum@nav.no", "62334510"),
                 project=("Jobbvei Ringsaker", "new", "2020-03-01"), pct=100,
                 amounts={"positions": 600000, "competence": 10000, "other": None, "total": 610000},
                 prio=["ordinaert-arbeidsliv"], interest=(True, False),
                 sigs=[("nav_leader", "Kari Nyhus", "Nav-leder", "2020-01-20", "handwritten"),
                       ("municipality", "Ole Bakken", "Kommunedirektør", "2020-01-22", "handwritten")],
                 notes=["two text columns, labels in small bold caps above answers; vector ink over lines"])


def _form_nn_voss(c, y0=H - 60):
    """One page Nynorsk form with drawn check boxes (used for the scan c05)."""
    org = orgnr("96411230")
    c.setFont("Helvetica-Bold", 13)
    c.drawString(50, y0, "Søknad om tilskot til utvikling av sosiale tenester i Nav 2020")
    c.setFont("Helvetica", 9)
    c.drawString(50, y0 - 15, "Sendast Statsforvaltaren i Vestland innan 1. februar 2020")
    y = y0 - 45
    rows = [("Nav-kontor", "NAV Voss"), ("Kommune", "Voss herad"), ("Organisasjonsnummer", org),
            ("Kontaktperson", "Ragnhild Lid"), ("E-post", "ragnhild.lid@nav.no"), ("Telefon", "56 52 00 00"),
            ("Namn på tiltaket", "Saman om arbeid"), ("Nytt tiltak / vidareføring", "Nytt tiltak"),
            ("Oppstart", "1. september 2020"), ("Stillingsdel", "100 %")]
    for lab, val in rows:
        c.setFont("Helvetica-Bold", 10)
        c.drawString(50, y, lab + ":")
        c.setFont("Helvetica", 11)
        c.drawString(210, y, val)
        y -= 19
    y -= 6
    c.setFont("Helvetica-Bold", 10)
    c.drawString(50, y, "Budsjett")
    y -= 17
    for lab, val in (("Løn og sosiale kostnader, 100 % stilling", "560 000"), ("Kompetanse", "8 000"),
                     ("Sum det vert søkt om", "568 000")):
        c.setFont("Helvetica", 10.5)
        c.drawString(60, y, lab)
        c.drawRightString(400, y, val + " kr")
        y -= 16
    y -= 10
    c.setFont("Helvetica-Bold", 10)
    c.drawString(50, y, "Kva for prioriterte område rettar tiltaket seg mot?")
    y -= 18
    for lab, t in (("Bruk av ordinært arbeidsliv", True), ("Oppfølging av barnefamiliar, ungdom og innvandrarar", False),
                   ("Sikring av sårbare overgangar", False)):
        checkbox(c, 60, y - 1, t, 10)
        c.setFont("Helvetica", 10.5)
        c.drawString(78, y, lab)
        y -= 17
    y -= 8
    for q, ja in (("Ønskjer de å vere med i nettverk/klyngesamarbeid?", True),
                  ("Ønskjer de ekstern prosessevaluering?", True)):
        c.setFont("Helvetica", 10.5)
        c.drawString(50, y, q)
        checkbox(c, 360, y - 1, ja, 10)
        c.drawString(374, y, "Ja")
        checkbox(c, 410, y - 1, not ja, 10)
        c.drawString(424, y, "Nei")
        y -= 18
    y -= 8
    c.setFont("Helvetica", 10)
    c.drawString(50, y, "Tiltaket skal hjelpe folk som mottek sosialhjelp over i ordinært arbeid hos lokale verksemder.")
    y -= 40
    c.setFont("Helvetica-Bold", 10)
    c.drawString(50, y, "Underskrift")
    y -= 40
    for x, name, title, date, seed in ((50, "Nils Ove Dale", "Nav-leiar", "23.01.2020", 21),
                                       (310, "Kari Bergo", "Kommunedirektør", "24.01.2020", 22)):
        vector_ink(c, x + 5, y + 4, 140, seed, 20)
        c.line(x, y, x + 210, y)
        c.setFont("Helvetica", 10)
        c.drawString(x, y - 13, f"{name}, {title}")
        c.drawString(x, y - 26, f"Dato: {date}")
    return org


def c05(out: Path):
    """Printed, signed and scanned: image-only PDF, turned 1.8 degrees, noise, JPEG."""
    with tempfile.TemporaryDirectory() as td:
        src = Path(td) / "src.pdf"
        c = canvas(src)
        org = _form_nn_voss(c)
        c.showPage()
        c.save()
        pages = [degrade(p, 5, 1.8) for p in render(src, 200)]
    images_to_pdf(pages, out, 200)
    return truth("c05", "pdf", "scan", lang="nn", scheme=S20, office=("Nav Voss", "Voss", org),
                 contact=("Ragnhild Lid", "ragnhild.lid@nav.no", "56520000"),
                 project=("Saman om arbeid", "new", "2020-09-01"), pct=100,
                 amounts={"positions": 560000, "competence": 8000, "other": None, "total": 568000},
                 prio=["ordinaert-arbeidsliv"], interest=(True, True),
                 sigs=[("nav_leader", "Nils Ove Dale", "Nav-leiar", "2020-01-23", "handwritten"),
                       ("municipality", "Kari Bergo", "Kommunedirektør", "2020-01-24", "handwritten")],
                 optional=["LOW_CONFIDENCE"],
                 notes=["Nynorsk one-page form, drawn check boxes, vector ink; rendered 200 dpi, turned 1.8°, JPEG"])


def c06(out: Path):
    """A table with no rules at all: labels left, values aligned at a tab stop; 'NOK', '1 årsverk', '01.03.20'."""
    org = orgnr("97401220")
    c = canvas(out, "Tilskuddssøknad 2020 NAV Gjøvik")
    c.setFont("Helvetica-Bold", 12)
    c.drawString(60, H - 60, "NAV Gjøvik – tilskuddssøknad 2020")
    c.setFont("Helvetica", 9.5)
    c.drawString(60, H - 76, "Ordningen: Tilskudd til utvikling av sosiale tjenester i Nav-kontoret (Kap. 0621 post 63)")
    y = H - 110
    rows = [("Enhet som søker", "NAV Gjøvik"), ("Vertskommune", "Gjøvik"), ("Org.nummer", org),
            ("Ansvarlig for søknaden", "Tor Ivar Lien"), ("Kontakt", "tor.ivar.lien@nav.no / 61 14 95 00"),
            ("Tiltak", "Språk og arbeid"), ("Type", "Nytt"), ("Oppstartsdato", "01.03.20"),
            ("Ressurs", "1 årsverk (veileder med minoritetsfaglig kompetanse)"),
            ("Søknadsbeløp lønn inkl. sosiale kostnader", "NOK 610 000"), ("Totalt omsøkt", "NOK 610 000")]
    for lab, val in rows:
        c.setFont("Helvetica", 10)
        c.setFillGray(0.35)
        c.drawString(60, y, lab)
        c.setFillGray(0)
        c.setFont("Helvetica-Bold", 10)
        c.drawString(265, y, val)
        y -= 18
    y -= 10
    f = Flow(c, 60, y, W - 120, "Helvetica", 10)
    f.text("Målgruppe og prioritering", font="Helvetica-Bold", size=10.5)
    f.text("Tiltaket retter seg mot innvandrere og flyktninger som har avsluttet introduksjonsprogrammet uten å "
           "komme i arbeid eller utdanning. Veilederen skal følge opp familiene helhetlig, med vekt på barna i "
           "husholdningen.", gap=8)
    f.text("Nettverk/klyngesamarbeid ønskes:  Nei", gap=2)
    f.text("Ekstern prosessevaluering ønskes:  Ja", gap=14)
    f.text("Godkjenning", font="Helvetica-Bold", size=10.5)
    f.text("Dette dokumentet er godkjent elektronisk i kommunens sak-/arkivsystem og sendes uten håndskreven "
           "signatur.", gap=6)
    for a, b, d in (("Navn", "Rolle", "Dato"), ("Berit Sandvik", "Leder NAV Gjøvik", "28.01.2020"),
                    ("Arne Hovde", "Kommunedirektør", "30.01.2020")):
        c.setFont("Helvetica-Bold" if a == "Navn" else "Helvetica", 10)
        c.drawString(60, f.y, a)
        c.drawString(220, f.y, b)
        c.drawString(400, f.y, d)
        f.y -= 15
    c.showPage()
    c.save()
    return truth("c06", "pdf", "pdf-table", lang="nb", scheme=S20, office=("Nav Gjøvik", "Gjøvik", org),
                 contact=("Tor Ivar Lien", "tor.ivar.lien@nav.no", "61149500"),
                 project=("Språk og arbeid", "new", "2020-03-01"), pct=100,
                 amounts={"positions": 610000, "competence": None, "other": None, "total": 610000},
                 prio=["barnefamilier-ungdom-innvandrere"], interest=(False, True),
                 sigs=[("nav_leader", "Berit Sandvik", "Leder NAV Gjøvik", "2020-01-28", "electronic_approval"),
                       ("municipality", "Arne Hovde", "Kommunedirektør", "2020-01-30", "electronic_approval")],
                 notes=["rule-less table, grey labels, 'NOK', '1 årsverk', '01.03.20', amount exactly at the cap",
                        "approval worded 'godkjent elektronisk ... uten håndskreven signatur' with a Navn/Rolle/Dato table"])


def c07(out: Path):
    """Courier form, municipality's signature block left empty (SIGNATURE_MUNICIPALITY_MISSING)."""
    org = orgnr("97456780")
    c = canvas(out, "Soknad NAV Kongsberg")
    f = Flow(c, 55, H - 60, W - 110, "Courier", 10)
    f.text("SØKNAD - TILSKUDD TIL UTVIKLING AV SOSIALE TJENESTER I NAV-KONTORET 2020", font="Courier-Bold", size=11,
           gap=10)
    for lab, val in (("1. Nav-kontor ........", "NAV Kongsberg"), ("2. Kommune ..........", "Kongsberg kommune"),
                     ("3. Org.nr. ...........", org), ("4. Kontaktperson .....", "Sindre Haugen"),
                     ("   e-post ............", "sindre.haugen@nav.no"), ("   telefon ...........", "32 29 10 00"),
                     ("5. Tiltakets tittel ..", "Tidlig inn - ut i jobb"), ("6. Status ............", "Nytt tiltak"),
                     ("7. Oppstart ..........", "01.04.2020"), ("8. Stillingsprosent ..", "60")):
        f.text(f"{lab} {val}")
    f.skip(8)
    f.text("9. Budsjett", font="Courier-Bold")
    f.text("   Lønn/sosiale utgifter 60 % stilling ..... kr 360 000")
    f.text("   Kompetansemidler ........................ kr   5 000")
    f.text("   Sum søknadsbeløp ........................ kr 365 000", gap=8)
    f.text("10. Prioriterte områder (kryss av)", font="Courier-Bold")
    f.text("   [X] Bruk av ordinært arbeidsliv")
    f.text("   [ ] Oppfølging av barnefamilier, ungdom og innvandrere")
    f.text("   [ ] Sikring av sårbare overganger", gap=8)
    f.text("11. Ønsker nettverk/klyngesamarbeid: [X] ja  [ ] nei")
    f.text("12. Ønsker ekstern prosessevaluering: [ ] ja  [X] nei", gap=8)
    f.text("13. Kort beskrivelse", font="Courier-Bold")
    f.text("Veileder skal jobbe tett på arbeidsgivere i Kongsberg og skaffe praksisplasser i ordinære bedrifter "
           "for sosialhjelpsmottakere.", gap=20)
    f.text("14. Underskrifter", font="Courier-Bold", gap=30)
    y = f.y
    vector_ink(c, 60, y + 3, 120, 31)
    c.line(55, y, 255, y)
    c.line(320, y, 520, y)
    c.setFont("Courier", 9.5)
    c.drawString(55, y - 12, "Nav-leder: Lise Fjeld")
    c.drawString(55, y - 24, "Dato: 24.01.2020")
    c.drawString(320, y - 12, "Rådmann:")
    c.drawString(320, y - 24, "Dato:")
    c.showPage()
    c.save()
    return truth("c07", "pdf", "defect", lang="nb", scheme=S20, office=("Nav Kongsberg", "Kongsberg", org),
                 contact=("Sindre Haugen", "sindre.haugen@nav.no", "32291000"),
                 project=("Tidlig inn - ut i jobb", "new", "2020-04-01"), pct=60,
                 amounts={"positions": 360000, "competence": 5000, "other": None, "total": 365000},
                 prio=["ordinaert-arbeidsliv"], interest=(True, False),
                 sigs=[("nav_leader", "Lise Fjeld", "Nav-leder", "2020-01-24", "handwritten")],
                 expected=["SIGNATURE_MUNICIPALITY_MISSING"],
                 notes=["Courier dotted-leader form; [X] boxes; rådmann block has line, label and 'Dato:' but no name or ink"])


def c11(out: Path):
    """2019 form in Helvetica with boxed label cells (grid drawn), no start date anywhere."""
    org = orgnr("97488120")
    c = canvas(out, "Søknad 2019 NAV Halden")
    c.setFont("Helvetica-Bold", 13)
    c.drawString(50, H - 55, "Tilskudd til utvikling av sosiale tjenester i Nav-kontoret 2019")
    c.setFont("Helvetica", 10)
    c.drawString(50, H - 70, "Søknadsskjema – sendes Fylkesmannen i Østfold innen 1. februar 2019")
    y = H - 95
    rows = [("Navn på Nav-kontor", "NAV Halden"), ("Kommune", "Halden"), ("Organisasjonsnr.", org),
            ("Kontaktperson for søknaden", "Mona Kristiansen, mona.kristiansen@nav.no, tlf 69 17 45 00"),
            ("Prosjektnavn", "Halden-modellen for unge voksne"), ("Søknaden gjelder", "Videreføring (år 2)"),
            ("Stillingsressurs", "to 100 % stillinger"),
            ("Lønn og sosiale utgifter", "1 150 000 kr"), ("Kompetanse", "10 000 kr"), ("Totalt", "1 160 000 kr")]
    for lab, val in rows:
        c.rect(50, y - 6, 170, 20)
        c.rect(220, y - 6, W - 270, 20)
        c.setFont("Helvetica-Bold", 9)
        c.drawString(55, y, lab)
        c.setFont("Helvetica", 10)
        c.drawString(225, y, val)
        y -= 20
    f = Flow(c, 50, y - 20, W - 100, "Helvetica", 10)
    f.text("Beskrivelse av tiltaket", font="Helvetica-Bold", size=11)
    f.text("Tiltaket gjelder unge voksne mellom 18 og 29 år som mottar økonomisk sosialhjelp. To veiledere skal "
           "følge dem tett ut i ordinært arbeid, i samarbeid med lokale arbeidsgivere. Ungdommene får én fast "
           "kontaktperson gjennom hele løpet.", gap=16)
    f.text("Underskrift", font="Helvetica-Bold", size=11, gap=34)
    y = f.y
    for x, name, title, date, seed in ((50, "Jan Erik Olsen", "NAV-leder", "21.01.2019", 41),
                                       (310, "Hege Wold", "Rådmann", "25.01.2019", 42)):
        vector_ink(c, x + 10, y + 4, 130, seed)
        c.line(x, y, x + 220, y)
        c.setFont("Helvetica", 9.5)
        c.drawString(x, y - 12, f"{title} {name}")
        c.drawString(x, y - 24, f"Halden, {date}")
    c.showPage()
    c.save()
    return truth("c11", "pdf", "defect", lang="nb", scheme=S19, office=("Nav Halden", "Halden", org),
                 contact=("Mona Kristiansen", "mona.kristiansen@nav.no", "69174500"),
                 project=("Halden-modellen for unge voksne", "continuation", None), pct=200,
                 amounts={"positions": 1150000, "competence": 10000, "other": None, "total": 1160000},
                 prio=["ordinaert-arbeidsliv", "barnefamilier-ungdom-innvandrere"],
                 sigs=[("nav_leader", "Jan Erik Olsen", "NAV-leder", "2019-01-21", "handwritten"),
                       ("municipality", "Hege Wold", "Rådmann", "2019-01-25", "handwritten")],
                 expected=["START_DATE_MISSING"],
                 notes=["grid of boxed label/value cells; no start date field at all; contact name/e-mail/phone in one cell",
                        "'to 100 % stillinger' = 200; title before name under the ink line"])


def c12(out: Path):
    """A final report (sluttrapport) on a funded project: not an application."""
    c = canvas(out, "Sluttrapport 2019")
    f = Flow(c, 60, H - 60, W - 120, "Times-Roman", 11)
    f.text("Sluttrapport – tilskudd til utvikling av sosiale tjenester i Nav-kontoret", font="Times-Bold", size=14,
           gap=4)
    f.text("Rapport for tilskuddsåret 2019, frist 1. mars 2020", font="Times-Italic", size=10, gap=12)
    for lab, val in (("Tilskuddsmottaker", "NAV Kongsvinger"), ("Tiltakets navn", "Veien videre"),
                     ("Innvilget beløp", "kr 600 000"), ("Brukt av tilskuddet", "kr 587 450"),
                     ("Stillingsprosent i perioden", "100 %")):
        f.text(f"{lab}: {val}")
    f.skip(10)
    f.text("1. Hva ble gjort i prosjektperioden?", font="Times-Bold")
    f.text("Prosjektmedarbeideren fulgte opp 34 unge sosialhjelpsmottakere. 15 av dem kom i arbeid eller "
           "utdanning i løpet av året. Prosjektet ble avsluttet 31.12.2019.", gap=8)
    f.text("2. Regnskap", font="Times-Bold")
    f.text("Lønn og sosiale utgifter 577 450 kr, kompetanse 10 000 kr, sum 587 450 kr. Ubrukte midler "
           "12 550 kr tilbakebetales.", gap=8)
    f.text("3. Videre drift", font="Times-Bold")
    f.text("Tiltaket videreføres i ordinær drift fra 2020 uten tilskudd.", gap=24)
    f.text("Kongsvinger, 20.02.2020")
    vector_ink(c, 62, f.y - 28, 120, 51)
    f.skip(36)
    f.text("Randi Kolstad, leder NAV Kongsvinger")
    c.showPage()
    c.save()
    return truth("c12", "pdf", "not-application", lang="nb", scheme=None, expected=["NOT_AN_APPLICATION"],
                 score_fields=False, notes=["final report with accounts, amount granted/used, an ink signature"])


def _bundle_form(c, org):
    f = Flow(c, 55, H - 55, W - 110, "Helvetica", 10)
    f.text("SØKNADSSKJEMA", font="Helvetica-Bold", size=14)
    f.text("Tilskudd til utvikling av sosiale tjenester i Nav-kontoret – 2020", font="Helvetica-Bold", size=11,
           gap=10)
    f.text("Del A – Søker", font="Helvetica-Bold", size=11)
    for lab, val in (("Nav-kontorets navn", "NAV Steinkjer"), ("Kommune", "Steinkjer kommune"),
                     ("Organisasjonsnummer", org), ("Kontaktperson", "Ingvild Skjelstad"),
                     ("E-postadresse", "ingvild.skjelstad@nav.no"), ("Mobil", "+47 915 23 884")):
        c.setFont("Helvetica", 9)
        c.drawString(55, f.y, lab)
        c.setFont("Helvetica", 10.5)
        c.drawString(210, f.y, val)
        c.line(205, f.y - 3, W - 55, f.y - 3)
        f.y -= 19
    f.skip(6)
    f.text("Del B – Tiltaket", font="Helvetica-Bold", size=11)
    for lab, val in (("Tiltakets navn", "Sammen ut av fengselet"), ("Nytt / videreføring", "Videreføring, 3. år"),
                     ("Planlagt oppstart", "01.01.2020"), ("Stilling(er)", "Miljøveileder, 100 % stilling")):
        c.setFont("Helvetica", 9)
        c.drawString(55, f.y, lab)
        c.setFont("Helvetica", 10.5)
        c.drawString(210, f.y, val)
        c.line(205, f.y - 3, W - 55, f.y - 3)
        f.y -= 19
    f.skip(6)
    f.text("Hvilke prioriterte utviklingsområder retter tiltaket seg mot?", font="Helvetica-Bold")
    for lab, t in (("Bruk av ordinært arbeidsliv", False), ("Oppfølging av barnefamilier, ungdom og innvandrere", False),
                   ("Sikring av sårbare overganger (f.eks. løslatelse fra fengsel)", True)):
        checkbox(c, 60, f.y - 1, t)
        c.setFont("Helvetica", 10)
        c.drawString(76, f.y, lab)
        f.y -= 16
    f.skip(4)
    f.text("Kort om tiltaket", font="Helvetica-Bold")
    f.text("Innsatte ved Verdal fengsel som skal løslates til Steinkjer får en fast veileder fra Nav seks måneder "
           "før løslatelse. Veilederen sikrer bolig, økonomi og aktivitet den første tiden etter soning.", gap=8)
    f.text("Del C – Budsjett for 2020", font="Helvetica-Bold", size=11)
    for lab, val in (("Lønn inkl. sosiale utgifter", "595 000"), ("Kompetansetiltak", "10 000"),
                     ("Totalt søknadsbeløp", "605 000")):
        c.setFont("Helvetica", 10)
        c.drawString(60, f.y, lab)
        c.drawRightString(330, f.y, val)
        f.y -= 15
    f.skip(8)
    for q, ja in (("Interesse for nettverk/klyngesamarbeid", False), ("Interesse for ekstern prosessevaluering", True)):
        c.setFont("Helvetica", 10)
        c.drawString(55, f.y, q)
        checkbox(c, 330, f.y - 1, ja)
        c.drawString(343, f.y, "Ja")
        checkbox(c, 375, f.y - 1, not ja)
        c.drawString(388, f.y, "Nei")
        f.y -= 16
    c.showPage()
    f = Flow(c, 55, H - 60, W - 110, "Helvetica", 10)
    f.text("Del D – Underskrift", font="Helvetica-Bold", size=11, gap=6)
    f.text("Søknaden er forankret i kommuneledelsen.", gap=60)
    y = f.y
    for x, name, title, date, seed in ((55, "Geir Aune", "Nav-leder", "29.01.2020", 61),
                                       (310, "Bente Rønning", "Kommunedirektør", "30.01.2020", 62)):
        c.setFont("Helvetica", 9.5)
        c.drawString(x, y + 48, f"Sted/dato: Steinkjer {date}")
        c.drawImage(ImageReader(io.BytesIO(ink_png(seed))), x + 10, y + 2, 140, 35)
        c.line(x, y, x + 210, y)
        c.drawString(x, y - 12, title)
        c.drawString(x, y - 24, name)
    c.showPage()


def c14(out: Path):
    """Bundle: municipal cover letter, two-page form, then a budget spreadsheet printed to PDF."""
    org = orgnr("96435110")
    c = canvas(out, "Søknad NAV Steinkjer med vedlegg")
    f = Flow(c, 70, H - 70, W - 140, "Times-Roman", 11)
    f.text("Steinkjer kommune", font="Times-Bold", size=14)
    f.text("Helse og velferd", gap=20)
    f.text("Statsforvalteren i Trøndelag")
    f.text("Postboks 2600, 7734 Steinkjer", gap=20)
    f.text("Vår ref. 2020/311                                                             Dato: 30.01.2020", gap=16)
    f.text("Oversendelse – søknad om tilskudd til sosiale tjenester i Nav 2020", font="Times-Bold", gap=8)
    f.text("Vedlagt følger søknad fra NAV Steinkjer om videreføring av tiltaket for innsatte som løslates. "
           "Kommunen stiller seg bak søknaden og vil bidra med kontorplass og ledelse. Budsjett for hele "
           "prosjektperioden 2018–2020 er lagt ved.", gap=8)
    f.text("Spørsmål om oversendelsen kan rettes til rådgiver Per Steinar Kvam, tlf. 74 16 90 00, "
           "per.steinar.kvam@steinkjer.kommune.no.", gap=20)
    f.text("Med hilsen", gap=16)
    f.text("Åse Lyngstad")
    f.text("kommunalsjef helse og velferd", gap=6)
    f.text("Dokumentet er elektronisk godkjent og har ingen signatur.", font="Times-Italic", size=9)
    c.showPage()
    _bundle_form(c, org)
    # a spreadsheet printed to PDF: grid, column letters, sheet name footer
    c.setFont("Helvetica", 8)
    cols = ["A", "B", "C", "D", "E"]
    xs = [40, 230, 310, 390, 470, 550]
    data = [["Budsjett Sammen ut av fengselet", "", "", "", ""], ["Post", "2018", "2019", "2020", "Sum"],
            ["Lønn og sos. utg. miljøveileder", "560 000", "580 000", "595 000", "1 735 000"],
            ["Kompetanse", "10 000", "10 000", "10 000", "30 000"],
            ["Sum tilskudd", "570 000", "590 000", "605 000", "1 765 000"],
            ["Kommunens egeninnsats (kontor, ledelse)", "80 000", "80 000", "80 000", "240 000"],
            ["Totale prosjektkostnader", "650 000", "670 000", "685 000", "2 005 000"]]
    y = H - 50
    for i, col in enumerate(cols):
        c.drawCentredString((xs[i] + xs[i + 1]) / 2, y + 4, col)
    for r, row in enumerate(data):
        yy = y - 16 * (r + 1)
        c.drawString(28, yy + 4, str(r + 1))
        for i, val in enumerate(row):
            c.rect(xs[i], yy, xs[i + 1] - xs[i], 16)
            if i == 0:
                c.drawString(xs[i] + 3, yy + 4, val)
            else:
                c.drawRightString(xs[i + 1] - 3, yy + 4, val)
    c.drawString(40, 30, "Ark1")
    c.drawRightString(W - 40, 30, "Side 1")
    c.showPage()
    c.save()
    return truth("c14", "pdf", "bundle", lang="nb", scheme=S20, office=("Nav Steinkjer", "Steinkjer", org),
                 contact=("Ingvild Skjelstad", "ingvild.skjelstad@nav.no", "91523884"),
                 project=("Sammen ut av fengselet", "continuation", "2020-01-01"), pct=100,
                 amounts={"positions": 595000, "competence": 10000, "other": None, "total": 605000},
                 prio=["saarbare-overganger"], interest=(False, True),
                 sigs=[("nav_leader", "Geir Aune", "Nav-leder", "2020-01-29", "handwritten"),
                       ("municipality", "Bente Rønning", "Kommunedirektør", "2020-01-30", "handwritten")],
                 notes=["cover letter from the municipality (kommunalsjef, own e-approval line, adviser's phone/e-mail)",
                        "form pages 2-3 with ruled answer lines and drawn boxes; signatures (ink PNG images) on their own page",
                        "budget spreadsheet behind with three years, a 3-year sum and own contribution: not the 2020 amounts",
                        "continuation in its 3rd year: within max_years, no CONTINUATION_LIMIT"])


def c16(out: Path):
    """A 2018 form photographed/scanned into a bare PNG, turned -2.4 degrees."""
    org = orgnr("95946730")
    with tempfile.TemporaryDirectory() as td:
        src = Path(td) / "src.pdf"
        c = canvas(src)
        f = Flow(c, 55, H - 60, W - 110, "Times-Roman", 11.5)
        f.text("Søknad om tilskudd til utvikling av sosiale tjenester i NAV-kontoret 2018", font="Times-Bold",
               size=13, gap=12)
        for lab, val in (("NAV-kontor:", "NAV Narvik"), ("Kommune:", "Narvik"), ("Org.nr.:", org),
                         ("Kontaktperson:", "Eva Mikkelsen"), ("E-post:", "eva.mikkelsen@nav.no"),
                         ("Telefon:", "76 96 50 00"), ("Tiltakets navn:", "Barna først"),
                         ("Nytt eller videreføring:", "Nytt"), ("Oppstart:", "15.03.2018"),
                         ("Omfang:", "50 % stilling"), ("Beløp lønn og sosiale utgifter:", "kr 290 000,-"),
                         ("Sum omsøkt:", "kr 290 000,-")):
            c.setFont("Times-Bold", 11.5)
            c.drawString(55, f.y, lab)
            c.setFont("Times-Roman", 12)
            c.drawString(240, f.y, val)
            f.y -= 19
        f.skip(8)
        f.text("Prioriterte områder (kryss av):", font="Times-Bold")
        for lab, t in (("Bruk av ordinært arbeidsliv", False), ("Oppfølging av ungdom og innvandrere", False),
                       ("Tiltak begrunnet i behov avdekket av tilsyn", False),
                       ("Ivaretakelse av barneperspektivet", True),
                       ("Overganger mellom tjenester, skole og arbeidsliv", True)):
            checkbox(c, 62, f.y - 1, t, 10)
            c.setFont("Times-Roman", 11.5)
            c.drawString(80, f.y, lab)
            f.y -= 17
        f.skip(50)
        y = f.y
        for x, name, title, date, seed in ((55, "Stein Pedersen", "NAV-leder", "26.01.2018", 71),
                                           (310, "Grete Moe", "Rådmann", "29.01.2018", 72)):
            vector_ink(c, x + 10, y + 4, 130, seed, 22)
            c.line(x, y, x + 210, y)
            c.setFont("Times-Roman", 11)
            c.drawString(x, y - 14, f"{name} ({title})")
            c.drawString(x, y - 28, f"Narvik {date}")
        c.showPage()
        c.save()
        page = degrade(render(src, 200)[0], 16, -2.4, noise=14, quality=50)
    page.save(out, "PNG")
    return truth("c16", "png", "scan", lang="nb", scheme=S18, office=("Nav Narvik", "Narvik", org),
                 contact=("Eva Mikkelsen", "eva.mikkelsen@nav.no", "76965000"),
                 project=("Barna først", "new", "2018-03-15"), pct=50,
                 amounts={"positions": 290000, "competence": None, "other": None, "total": 290000},
                 prio=["barneperspektivet", "overganger"],
                 sigs=[("nav_leader", "Stein Pedersen", "NAV-leder", "2018-01-26", "handwritten"),
                       ("municipality", "Grete Moe", "Rådmann", "2018-01-29", "handwritten")],
                 optional=["LOW_CONFIDENCE"],
                 notes=["bare PNG scan of a 2018 form, turned -2.4°; 'kr 290 000,-'; ticked 2018 areas"])
