"""Corpus 52: PAdES with visible stamps and 20/7 pt type (pr14), a lines-only table with runs split
inside words (pr15), a fillable form left for the viewer to render (pr16), glyph-by-glyph text drawn
bottom line first (pr18)."""
from __future__ import annotations

import datetime
import io
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen import canvas

from kit52 import S20, ink_reader, orgnr, register_fonts, spaced, truth

W, H = A4


def _canvas(target):
    register_fonts()
    c = canvas.Canvas(target, pagesize=A4, invariant=1)
    c.setTitle("Søknad")
    return c


# ---------------------------------------------------------------- pr14 pdf-pades nn, visible stamps, 20 pt / 7 pt
def pr14(out: Path):
    import tempfile
    from pdf38 import _self_signed, _sign
    org = orgnr("97406441")
    buf = io.BytesIO()
    c = _canvas(buf)
    c.setFont("DVB", 20)
    c.drawString(50, H - 70, "Søknad om tilskot 2020")
    c.setFont("DV", 11)
    c.drawString(50, H - 90, "Utvikling av sosiale tenester i Nav-kontoret – Nav Hemsedal")
    y = H - 125
    for a, v in [("Nav-kontor", "Nav Hemsedal"), ("Kommune", "Hemsedal"), ("Org.nr.", org),
                 ("Kontaktperson", "Åse Grøthe, ase.grothe@nav.no, 32 05 50 00"),
                 ("Prosjektnamn", "Fjellbygd i arbeid"), ("Søknadstype", "Nytt prosjekt"), ("Oppstart", "1. april 2020"),
                 ("Stilling", "100 % prosjektstilling"), ("Løn og sosiale kostnader", "600 000 kr"),
                 ("Sum søkt", "600 000 kr"),
                 ("Prioritert område", "Bruk av ordinært arbeidsliv"),
                 ("Nettverk/klyngesamarbeid", "Ja"), ("Ekstern prosessevaluering", "Nei")]:
        c.setFont("DV", 7)
        c.drawString(50, y, a.upper())
        c.setFont("DV", 10)
        c.drawString(50, y - 11, v)
        y -= 27
    c.setFont("DV", 7)
    for i, s in enumerate(["Prosjektet skal gje sesongarbeidarar og unge utan fullført skule heilårsarbeid i ordinære "
                           "verksemder i reiselivet og bygg og anlegg.",
                           "Jobbspesialisten arbeider både med arbeidsgjevarane og med deltakarane. Søknaden er signert "
                           "digitalt med PAdES av Nav-leiar og assisterande kommunedirektør.",
                           "Ingen kompetansemidlar er søkt."]):
        c.drawString(50, y - 4 - 9 * i, s)
    c.setFont("DV", 9)
    c.drawString(50, 215, "Nav-leiar Håvard Kvisgaard")
    c.drawString(310, 215, "Assisterande kommunedirektør Marit Lien")
    c.showPage()
    c.save()
    data = buf.getvalue()
    tz = datetime.timezone(datetime.timedelta(hours=1))
    with tempfile.TemporaryDirectory() as td:
        s1 = _self_signed(Path(td), "Håvard Kvisgaard", "Nav Hemsedal")
        s2 = _self_signed(Path(td), "Marit Lien", "Hemsedal kommune")
        data = _sign(data, "Navleiar", (50, 140, 270, 205), s1, datetime.datetime(2020, 1, 27, 9, 12, tzinfo=tz))
        data = _sign(data, "Kommunen", (310, 140, 530, 205), s2, datetime.datetime(2020, 1, 30, 15, 40, tzinfo=tz))
    out.write_bytes(data)
    return truth("pr14", "pdf", "pdf-pades", lang="nn", scheme=S20,
                 office=("Nav Hemsedal", "Hemsedal", org), contact=("Åse Grøthe", "ase.grothe@nav.no", "32055000"),
                 project=("Fjellbygd i arbeid", "new", "2020-04-01"), pct=100,
                 amounts={"positions": 600000, "total": 600000},
                 prio=["ordinaert-arbeidsliv"], interest=(True, False),
                 sigs=[("nav_leader", "Håvard Kvisgaard", "Nav-leiar", "2020-01-27", "digital"),
                       ("municipality", "Marit Lien", "Assisterande kommunedirektør", "2020-01-30", "digital")],
                 notes=["20 pt title, 7 pt upper-case labels above 10 pt values, 7 pt prose; two visible PAdES stamps",
                        "near-miss: municipal signer 'Assisterande kommunedirektør'; no competence line (null)"])


# ---------------------------------------------------------------- pr15 pdf-text nn, ruled table, runs split, sum mismatch
def pr15(out: Path):
    org = orgnr("97109823")
    c = _canvas(str(out))
    c.setFont("DVSB", 12)
    c.drawString(50, H - 60, "SØKNAD – TILSKOT TIL UTVIKLING AV SOSIALE TENESTER I NAV 2020")
    rows = [("Nav-kontor", "Nav Sauda"), ("Kommune", "Sauda"), ("Organisasjonsnummer", spaced(org)),
            ("Kontaktperson", "Torbjørg Vik"), ("E-post", "torbjorg.vik@nav.no"), ("Telefon", "52 78 62 00"),
            ("Namn på prosjektet", "Sauda-modellen for sårbare overgangar"), ("Nytt / vidareføring", "Nytt"),
            ("Oppstart", "01.03.2020"), ("Stillingsprosent", "50 %"),
            ("Løn og sosiale kostnader", "305 000 kr"), ("Kompetansemidlar", "10 000 kr"), ("Sum omsøkt", "320 000 kr"),
            ("Prioriterte område", "Sikring av sårbare overgangar"), ("Nettverk/klyngesamarbeid", "Ja"),
            ("Ekstern prosessevaluering", "Nei")]
    top, rh = H - 85, 19
    c.setLineWidth(0.5)
    n = len(rows)
    for i in range(n + 1):
        c.line(50, top - i * rh, 545, top - i * rh)
    for x in (50, 215, 545):
        c.line(x, top, x, top - n * rh)
    for i, (a, v) in enumerate(rows):
        yy = top - (i + 1) * rh + 6
        for x, s, f in ((55, a, "DVSB"), (220, v, "DVS")):
            cut = max(1, len(s) // 2 + (i % 3) - 1)
            c.setFont(f, 9.5)
            c.drawString(x + stringWidth(s[:cut], f, 9.5), yy, s[cut:])
            c.drawString(x, yy, s[:cut])
    y = top - n * rh - 30
    c.setFont("DVS", 9.5)
    for s in ["Prosjektet skal sikre at unge som går ut av vidaregåande, og vaksne som kjem ut av institusjon,",
              "har ein plan for bustad, økonomi og arbeid før overgangen. Ein ny rettleiarfunksjon i 50 %",
              "skal eige planen og følgje personen det første året."]:
        c.drawString(50, y, s)
        y -= 13
    y -= 30
    for x, place, seed, name, title in [(50, "Sauda, 21.01.2020", "pr15a", "Kristoffer Åsen", "Nav-leiar"),
                                        (310, "Sauda, 22.01.2020", "pr15b", "Gunhild Tveit", "Kommunedirektør")]:
        c.drawString(x, y, place)
        c.drawImage(ink_reader(seed), x, y - 52, 140, 40, mask="auto")
        c.line(x, y - 54, x + 200, y - 54)
        c.drawString(x, y - 67, f"{name} ({title.lower()})")
    c.showPage()
    c.save()
    return truth("pr15", "pdf", "pdf-text", lang="nn", scheme=S20,
                 office=("Nav Sauda", "Sauda", org), contact=("Torbjørg Vik", "torbjorg.vik@nav.no", "52786200"),
                 project=("Sauda-modellen for sårbare overgangar", "new", "2020-03-01"), pct=50,
                 amounts={"positions": 305000, "competence": 10000, "total": 320000},
                 prio=["saarbare-overganger"], interest=(True, False),
                 sigs=[("nav_leader", "Kristoffer Åsen", "Nav-leiar", "2020-01-21", "handwritten"),
                       ("municipality", "Gunhild Tveit", "Kommunedirektør", "2020-01-22", "handwritten")],
                 expected=["AMOUNT_SUM_MISMATCH"],
                 notes=["defect: 305 000 + 10 000 = 315 000, stated sum 320 000 (50 % at 305 000 is at the cap)",
                        "table with ruling lines only; every cell's text drawn as two text objects, second half first"])


# ---------------------------------------------------------------- pr16 pdf-acroform nb, NeedAppearances, Nav leader missing
def pr16(out: Path):
    from pypdf import PdfReader, PdfWriter
    from pypdf.generic import NameObject
    org = orgnr("97421109")
    buf = io.BytesIO()
    c = _canvas(buf)
    form = c.acroForm
    c.setFont("Helvetica-Bold", 12)
    c.drawString(60, H - 60, "Søknadsskjema 2020 – sosiale tjenester i Nav-kontoret")
    spec = [("Tekstfelt1", "Søkerkontor", 17), ("Tekstfelt2", "Kommune", 17), ("Tekstfelt3", "Org.nr.", 17),
            ("Tekstfelt4", "Kontaktperson (navn, e-post, telefon)", 44), ("Tekstfelt5", "Tittel på prosjektet", 17),
            ("Tekstfelt6", "Ny eller videreføring", 17), ("Tekstfelt7", "Oppstart", 17), ("Tekstfelt8", "Stillingsandel", 17),
            ("Tekstfelt9", "Lønn og sosiale kostnader", 17), ("Tekstfelt10", "Kompetansemidler", 17),
            ("Tekstfelt11", "Sum det søkes om", 17)]
    y = H - 100
    for name, label, h in spec:
        c.setFont("Helvetica", 9.5)
        c.drawString(60, y + h - 12, label)
        form.textfield(name=name, x=250, y=y, width=290, height=h, fontSize=9, borderWidth=0.6,
                       fieldFlags="multiline" if h > 20 else "")
        y -= h + 7
    y -= 4
    for name, label in [("Avkrysning1", "Bruk av ordinært arbeidsliv"),
                        ("Avkrysning2", "Oppfølging av barnefamilier, ungdom og innvandrere"),
                        ("Avkrysning3", "Sikring av sårbare overganger"),
                        ("Avkrysning4", "Kontoret ønsker å delta i nettverk/klyngesamarbeid"),
                        ("Avkrysning5", "Kontoret ønsker ekstern prosessevaluering")]:
        form.checkbox(name=name, x=60, y=y, size=11, buttonStyle="cross")
        c.drawString(78, y + 2, label)
        y -= 18
    y -= 30
    c.setFont("Helvetica-Bold", 9.5)
    c.drawString(60, y, "Nav-leder")
    c.drawString(320, y, "Rådmann / kommunedirektør")
    c.setFont("Helvetica", 8.5)
    c.line(60, y - 50, 260, y - 50)
    c.line(320, y - 50, 520, y - 50)
    c.drawImage(ink_reader("pr16b"), 322, y - 48, 140, 40, mask="auto")
    c.drawString(60, y - 62, "Navn og dato")
    c.drawString(320, y - 62, "Navn og dato")
    form.textfield(name="Tekstfelt12", x=60, y=y - 82, width=200, height=15, fontSize=9, borderWidth=0)
    form.textfield(name="Tekstfelt13", x=320, y=y - 82, width=200, height=15, fontSize=9, borderWidth=0)
    c.showPage()
    c.save()
    w = PdfWriter(clone_from=PdfReader(io.BytesIO(buf.getvalue())))
    vals = {"Tekstfelt1": "NAV Narvik", "Tekstfelt2": "Narvik", "Tekstfelt3": spaced(org),
            "Tekstfelt4": "Maria Kristiansen\nmaria.kristiansen@nav.no\n76 96 50 00",
            "Tekstfelt5": "Arbeidslinja i Narvik", "Tekstfelt6": "Ny", "Tekstfelt7": "1.3.2020",
            "Tekstfelt8": "100 %", "Tekstfelt9": "kr 550 000,-", "Tekstfelt10": "kr 10 000,-",
            "Tekstfelt11": "kr 560 000,-", "Tekstfelt12": "", "Tekstfelt13": "Rune Edvardsen, rådmann 27.01.2020"}
    w.update_page_form_field_values(w.pages[0], vals, auto_regenerate=False)
    for annot in w.pages[0]["/Annots"]:
        a = annot.get_object()
        if a.get("/FT") == "/Btn" and a.get("/T") in ("Avkrysning1", "Avkrysning4", "Avkrysning5"):
            a[NameObject("/V")] = NameObject("/Yes")
            a[NameObject("/AS")] = NameObject("/Yes")
    w.set_need_appearances_writer(True)
    with open(out, "wb") as f:
        w.write(f)
    return truth("pr16", "pdf", "pdf-acroform", lang="nb", scheme=S20,
                 office=("Nav Narvik", "Narvik", org),
                 contact=("Maria Kristiansen", "maria.kristiansen@nav.no", "76965000"),
                 project=("Arbeidslinja i Narvik", "new", "2020-03-01"), pct=100,
                 amounts={"positions": 550000, "competence": 10000, "total": 560000},
                 prio=["ordinaert-arbeidsliv"], interest=(True, True),
                 sigs=[("municipality", "Rune Edvardsen", "Rådmann", "2020-01-27", "handwritten")],
                 expected=["SIGNATURE_NAV_LEADER_MISSING"],
                 notes=["defect: the Nav-leder block has no ink and an empty 'Navn og dato' field",
                        "fields named Tekstfelt1..13 / Avkrysning1..5; the contact is one multi-line field; "
                        "values in 'kr 550 000,-'; NeedAppearances"])


# ---------------------------------------------------------------- pr18 pdf-text nb, glyph by glyph, bottom line first
def pr18(out: Path):
    org = orgnr("99124101")
    c = _canvas(str(out))
    lines = []  # (x, y, text, font, size)
    y = H - 70
    lines.append((60, y, "NAV LEVANGER", "LSB", 14))
    y -= 22
    lines.append((60, y, "Søknad om tilskudd til utvikling av sosiale tjenester i Nav-kontoret 2020", "LSB", 11))
    y -= 30
    for a, v in [("Nav-kontor", "Nav Levanger"), ("Kommune", "Levanger"), ("Org.nr.", "NO " + spaced(org)),
                 ("Kontaktperson", "Silje Nordgård"), ("E-post", "silje.nordgard@nav.no"), ("Telefon", "74 05 28 00"),
                 ("Prosjekt", "Jobbfokus Levanger"), ("Søknadstype", "Nytt prosjekt"), ("Oppstart", "1. august 2020"),
                 ("Stillingsprosent", "100 %"), ("Lønn og sosiale kostnader", "600 000 kr"), ("Kompetanse", "10 000 kr"),
                 ("Totalt søkt", "610 000 kr")]:
        lines.append((60, y, a, "LSB", 10))
        lines.append((230, y, v, "LS", 10))
        y -= 16
    y -= 10
    lines.append((60, y, "Prioriterte områder", "LSB", 10))
    y -= 16
    for a in ["Ja – Bruk av ordinært arbeidsliv", "Nei – Oppfølging av barnefamilier, ungdom og innvandrere",
              "Ja – Sikring av sårbare overganger", "Nettverk/klyngesamarbeid: Ja", "Ekstern prosessevaluering: Ja"]:
        lines.append((70, y, a, "LS", 10))
        y -= 15
    y -= 10
    for s in ["Prosjektet skal gi deltakere i kvalifiseringsprogrammet og personer som løslates fra",
              "Trondheim fengsel, avdeling Levanger, en jobbspesialist som følger dem ut i vanlige jobber."]:
        lines.append((60, y, s, "LS", 10))
        y -= 14
    y -= 40
    sig = y
    for x, place, name, title in [(60, "Levanger, 22.01.2020", "Bjørn Sundt", "Konstituert Nav-leder"),
                                  (320, "Levanger, 24.01.2020", "Hilde Aarseth", "Kommunedirektør")]:
        lines.append((x, sig, place, "LS", 10))
        lines.append((x, sig - 65, name, "LS", 10))
        lines.append((x, sig - 78, title, "LS", 10))
    for x, seed in [(60, "pr18a"), (320, "pr18b")]:
        c.drawImage(ink_reader(seed), x, sig - 52, 140, 40, mask="auto")
        c.line(x, sig - 54, x + 200, sig - 54)
    for x, yy, s, f, size in reversed(lines):
        cx = x
        for ch in s:
            if ch != " ":
                c.setFont(f, size)
                c.drawString(cx, yy, ch)
            cx += stringWidth(ch, f, size) + 0.15
    c.showPage()
    c.save()
    return truth("pr18", "pdf", "pdf-text", lang="nb", scheme=S20,
                 office=("Nav Levanger", "Levanger", org), contact=("Silje Nordgård", "silje.nordgard@nav.no", "74052800"),
                 project=("Jobbfokus Levanger", "new", "2020-08-01"), pct=100,
                 amounts={"positions": 600000, "competence": 10000, "total": 610000},
                 prio=["ordinaert-arbeidsliv", "saarbare-overganger"], interest=(True, True),
                 sigs=[("nav_leader", "Bjørn Sundt", "Konstituert Nav-leder", "2020-01-22", "handwritten"),
                       ("municipality", "Hilde Aarseth", "Kommunedirektør", "2020-01-24", "handwritten")],
                 notes=["every glyph its own text object with 0.15 pt letter spacing, no space glyphs, lines drawn "
                        "bottom first", "near-miss: 'Konstituert Nav-leder'; org number 'NO 991 241 019'; "
                        "start 1. august 2020; total exactly 610 000 (600 000 + 10 000)"])
