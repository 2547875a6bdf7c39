"""Corpus 52: a filled form flattened into appearance streams (pr07), a live form with comb, combo and
radio fields (pr08), ink as vector paths (pr12) and as /Ink annotations (pr13)."""
from __future__ import annotations

import io
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from kit52 import S20, ink_points, ink_reader, orgnr, register_fonts, spaced, truth, vector_ink

W, H = A4


def _canvas(target):
    register_fonts()
    c = canvas.Canvas(target, pagesize=A4, invariant=1)
    c.setTitle("Søknad")
    return c


def _flatten(data: bytes) -> bytes:
    """Turn every widget's normal appearance into page content (a Form XObject per field) and drop
    the form: what 'print to PDF' or a flatten tool leaves of a filled form."""
    from pypdf import PdfReader, PdfWriter
    from pypdf.generic import ArrayObject, DictionaryObject, NameObject, StreamObject
    w = PdfWriter(clone_from=PdfReader(io.BytesIO(data)))
    for page in w.pages:
        res = page["/Resources"].get_object()
        if "/XObject" not in res:
            res[NameObject("/XObject")] = DictionaryObject()
        xo = res["/XObject"].get_object()
        ops = []
        for i, ref in enumerate(page.get("/Annots") or []):
            a = ref.get_object()
            ap = a.get("/AP", {}).get("/N")
            if ap is None:
                continue
            ap = ap.get_object()
            if not isinstance(ap, StreamObject):
                state = a.get("/AS", "/Off")
                if state not in ap:
                    continue
                ap = ap[state].get_object()
            rect = [float(v) for v in a["/Rect"]]
            name = f"/Flat{i}"
            xo[NameObject(name)] = w._add_object(ap) if not hasattr(ap, "indirect_reference") or ap.indirect_reference is None else ap.indirect_reference
            bbox = [float(v) for v in ap.get("/BBox", [0, 0, 0, 0])]
            ops.append(f"q 1 0 0 1 {rect[0] - bbox[0]:.2f} {rect[1] - bbox[1]:.2f} cm {name} Do Q")
        if ops:
            extra = StreamObject()
            extra._data = ("\n".join(ops)).encode()
            contents = page.get_contents()
            new = StreamObject()
            new._data = contents.get_data() + b"\n" + extra._data
            page[NameObject("/Contents")] = w._add_object(new)
        if "/Annots" in page:
            del page["/Annots"]
    if "/AcroForm" in w._root_object:
        del w._root_object["/AcroForm"]
    b = io.BytesIO()
    w.write(b)
    return b.getvalue()


def _form_page(c, fields, boxes, y0=H - 110, vals=None, x2=230, label_font="Helvetica"):
    """Labels on the left, reportlab text fields (with values: appearance streams) on the right."""
    form = c.acroForm
    y = y0
    for name, label, value in fields:
        c.setFont(label_font, 9.5)
        c.drawString(60, y + 5, label)
        form.textfield(name=name, x=x2, y=y, width=300, height=17, borderWidth=0.6, fontName="Helvetica",
                       fontSize=9.5, value=value, borderColor=None, fillColor=None)
        y -= 23
    y -= 6
    for name, label, on in boxes:
        form.checkbox(name=name, x=60, y=y, size=11, checked=on, buttonStyle="check", borderWidth=0.6)
        c.setFont(label_font, 9.5)
        c.drawString(78, y + 2, label)
        y -= 18
    return y


# ---------------------------------------------------------------- pr07 pdf-acroform nb, filled and flattened, no area
def pr07(out: Path):
    org = orgnr("97405103")
    buf = io.BytesIO()
    c = _canvas(buf)
    c.setFont("Helvetica-Bold", 12)
    c.drawString(60, H - 60, "Tilskudd til utvikling av sosiale tjenester i Nav-kontoret 2020 – søknadsskjema")
    c.setFont("Helvetica", 8)
    c.drawString(60, H - 74, "Fyll ut alle felt. Skjemaet sendes Statsforvalteren i Troms og Finnmark innen 1. februar 2020.")
    y = _form_page(c, [("f1", "Søker (Nav-kontor)", "Nav Senja"), ("f2", "Kommune", "Senja"),
                       ("f3", "Organisasjonsnummer", org), ("f4", "Kontaktperson", "Trine Mikalsen"),
                       ("f5", "E-post", "trine.mikalsen@nav.no"), ("f6", "Telefon", "77 87 30 00"),
                       ("f7", "Prosjektets navn", "Orden i økonomien"), ("f8", "Oppstart (dato)", "01.05.2020"),
                       ("f9", "Stillingsprosent", "100"), ("f10", "Lønn og sosiale kostnader (kr)", "560 000"),
                       ("f11", "Kompetansemidler (kr)", "10 000"), ("f12", "Sum omsøkt (kr)", "570 000")],
                   [("k1", "Nytt prosjekt", True), ("k2", "Videreføring", False),
                    ("k3", "Prioritert: Bruk av ordinært arbeidsliv", False),
                    ("k4", "Prioritert: Oppfølging av barnefamilier, ungdom og innvandrere", False),
                    ("k5", "Prioritert: Sikring av sårbare overganger", False),
                    ("k6", "Ønsker deltakelse i nettverk/klyngesamarbeid", True),
                    ("k7", "Ønsker ekstern prosessevaluering", False)])
    c.setFont("Helvetica", 9.5)
    c.drawString(60, y - 6, "Beskriv prosjektet kort")
    c.acroForm.textfield(name="f13", x=60, y=y - 70, width=470, height=56, borderWidth=0.6, fontName="Helvetica",
                         fontSize=8.5, fieldFlags="multiline", borderColor=None, fillColor=None,
                         value="Ny modell for økonomisk rådgivning og gjeldsrådgivning med digitale budsjettverktøy.")
    y -= 100
    for x, seed, who, val in [(60, "pr07a", "Nav-leder", "Roar Pedersen, 23.01.2020"),
                              (320, "pr07b", "Kommunedirektør", "Anita Johansen, 24.01.2020")]:
        c.drawImage(ink_reader(seed), x, y - 42, 140, 40, mask="auto")
        c.line(x, y - 44, x + 210, y - 44)
        c.setFont("Helvetica", 8)
        c.drawString(x, y - 54, f"Underskrift {who} – navn og dato:")
        c.acroForm.textfield(name=f"s{x}", x=x, y=y - 74, width=210, height=15, borderWidth=0, fontName="Helvetica",
                             fontSize=9, value=val, borderColor=None, fillColor=None)
    c.showPage()
    c.save()
    out.write_bytes(_flatten(buf.getvalue()))
    return truth("pr07", "pdf", "pdf-acroform", lang="nb", scheme=S20,
                 office=("Nav Senja", "Senja", org), contact=("Trine Mikalsen", "trine.mikalsen@nav.no", "77873000"),
                 project=("Orden i økonomien", "new", "2020-05-01"), pct=100,
                 amounts={"positions": 560000, "competence": 10000, "total": 570000},
                 prio=[], interest=(True, False),
                 sigs=[("nav_leader", "Roar Pedersen", "Nav-leder", "2020-01-23", "handwritten"),
                       ("municipality", "Anita Johansen", "Kommunedirektør", "2020-01-24", "handwritten")],
                 expected=["PRIORITY_AREA_MISSING"],
                 notes=["defect: none of the three area boxes is ticked and the project (debt advice) argues for none",
                        "filled form flattened: every value and check mark is a Form XObject drawn from the field's "
                        "appearance stream; no AcroForm left"])


# ---------------------------------------------------------------- pr08 pdf-acroform nn, live form: comb, radio, combo
def pr08(out: Path):
    org = orgnr("98888251")
    c = _canvas(str(out))
    form = c.acroForm
    c.setFont("Helvetica-Bold", 12)
    c.drawString(60, H - 60, "Søknad om tilskot til utvikling av sosiale tenester i Nav 2020")
    y = H - 100
    for name, label, value in [("kontor", "Nav-kontor", "Nav Stryn"), ("kommune", "Kommune", "Stryn"),
                               ("kontakt", "Kontaktperson", "Eirin Hjelle"), ("epost", "E-post", "eirin.hjelle@nav.no"),
                               ("tlf", "Telefon", ""), ("tittel", "Prosjekttittel", "Saman mot jobb"),
                               ("oppstart", "Oppstart", "august 2020"), ("lon", "Løn og sosiale kostnader", "560 000"),
                               ("komp", "Kompetanse", "10 000"), ("sum", "Sum søkt", "570 000")]:
        c.setFont("Helvetica", 9.5)
        c.drawString(60, y + 5, label)
        form.textfield(name=name, x=230, y=y, width=300, height=17, fontName="Helvetica", fontSize=9.5, value=value,
                       borderWidth=0.6)
        y -= 23
    c.drawString(60, y + 5, "Organisasjonsnummer")
    form.textfield(name="orgnr", x=230, y=y, width=180, height=17, fontName="Courier", fontSize=11, value=org,
                   maxlen=9, fieldFlags="comb", borderWidth=0.6)
    y -= 26
    c.drawString(60, y + 5, "Stillingsprosent")
    form.choice(name="pst", x=230, y=y, width=90, height=17, options=["50 %", "60 %", "80 %", "100 %"], value="100 %",
                fontName="Helvetica", fontSize=9.5)
    y -= 26
    c.drawString(60, y + 3, "Søknaden gjeld")
    for i, (v, lab) in enumerate([("Nytt", "Nytt prosjekt"), ("Vidare", "Vidareføring")]):
        form.radio(name="type", value=v, selected=(v == "Nytt"), x=230 + 130 * i, y=y, size=11, buttonStyle="circle")
        c.drawString(246 + 130 * i, y + 2, lab)
    y -= 26
    c.setFont("Helvetica-Bold", 9.5)
    c.drawString(60, y, "Prioriterte område")
    y -= 18
    c.setFont("Helvetica", 9.5)
    for name, lab, on in [("o1", "Bruk av ordinært arbeidsliv", True),
                          ("o2", "Oppfølging av barnefamiliar, ungdom og innvandrarar", True),
                          ("o3", "Sikring av sårbare overgangar", False),
                          ("n1", "Vi ønskjer å vere med i nettverk/klyngesamarbeid", False),
                          ("n2", "Vi ønskjer ekstern prosessevaluering", True)]:
        form.checkbox(name=name, x=60, y=y, size=11, checked=on, buttonStyle="check")
        c.drawString(78, y + 2, lab)
        y -= 18
    y -= 10
    c.drawString(60, y, "Prosjektet skal gje unge innvandrarar og einslege forsørgjarar lønt arbeid i vanlege verksemder")
    c.drawString(60, y - 12, "i Stryn, med ein jobbspesialist som følgjer både deltakar og arbeidsgjevar.")
    y -= 40
    for x, seed, who, nm, dt in [(60, "pr08a", "Nav-leiar", "Mons Flo", "28.01.2020"),
                                 (320, "pr08b", "Kommunedirektør", "Anne Sande", "01.02.2020")]:
        c.drawImage(ink_reader(seed), x, y - 42, 140, 40, mask="auto")
        c.line(x, y - 44, x + 210, y - 44)
        c.setFont("Helvetica", 8)
        c.drawString(x, y - 54, who)
        c.drawString(x, y - 70, "Namn:")
        c.drawString(x, y - 88, "Dato:")
        form.textfield(name=f"n{x}", x=x + 30, y=y - 75, width=170, height=15, fontName="Helvetica", fontSize=9,
                       value=nm, borderWidth=0)
        form.textfield(name=f"d{x}", x=x + 30, y=y - 93, width=170, height=15, fontName="Helvetica", fontSize=9,
                       value=dt, borderWidth=0)
    c.showPage()
    c.save()
    return truth("pr08", "pdf", "pdf-acroform", lang="nn", scheme=S20,
                 office=("Nav Stryn", "Stryn", org), contact=("Eirin Hjelle", "eirin.hjelle@nav.no", None),
                 project=("Saman mot jobb", "new", "2020-08-01"), pct=100,
                 amounts={"positions": 560000, "competence": 10000, "total": 570000},
                 prio=["ordinaert-arbeidsliv", "barnefamilier-ungdom-innvandrere"], interest=(False, True),
                 sigs=[("nav_leader", "Mons Flo", "Nav-leiar", "2020-01-28", "handwritten"),
                       ("municipality", "Anne Sande", "Kommunedirektør", "2020-02-01", "handwritten")],
                 notes=["live AcroForm with appearance streams: comb field (MaxLen 9) for the org number, a combo box "
                        "for the percentage, a radio group Nytt/Vidare, check boxes; static ink over lines",
                        "near-miss: e-mail only (Telefon field empty); start 'august 2020'; municipal date = deadline day"])


# ---------------------------------------------------------------- pr12 pdf-handwritten nn, vector ink, municipality missing
def pr12(out: Path):
    org = orgnr("97453010")
    c = _canvas(str(out))
    c.setFont("DVSB", 13)
    c.drawString(60, H - 60, "Kvam herad – Nav Kvam")
    c.setFont("DVSB", 11)
    c.drawString(60, H - 80, "Søknad: tilskot til utvikling av sosiale tenester i Nav-kontoret 2020")
    y = H - 115
    for a, v in [("Søkjar", "Nav Kvam"), ("Kommune", "Kvam herad"), ("Organisasjonsnummer", org),
                 ("Kontaktperson", "Brita Steine, brita.steine@nav.no, tlf. 56 55 30 00"),
                 ("Prosjekt", "Kvam i arbeid"), ("Nytt / vidareføring", "Nytt"), ("Oppstart", "01.03.2020"),
                 ("Stillingsprosent", "80 %"), ("Løn og sosiale kostnader", "470 000"), ("Kompetanse", "10 000"),
                 ("Søknadssum", "480 000")]:
        c.setFont("DVS", 10)
        c.drawString(60, y, a + ":")
        c.drawString(230, y, v)
        y -= 16
    y -= 8
    c.drawString(60, y, "Prioriterte område: Sikring av sårbare overgangar – ja; dei to andre – nei.")
    c.drawString(60, y - 15, "Nettverk/klyngesamarbeid: ja.  Ekstern prosessevaluering: ja.")
    y -= 40
    for s in ["Ungdom som går ut av vidaregåande skule utan vitnemål, og vaksne som kjem ut frå rusbehandling,",
              "skal få éin kontaktperson i overgangen. Prosjektet prøver ut ein ny samarbeidsavtale mellom",
              "Nav, skulen og helsetenesta i Norheimsund."]:
        c.drawString(60, y, s)
        y -= 14
    y -= 30
    c.setFont("DVSB", 10)
    c.drawString(60, y, "For Nav Kvam")
    c.drawString(320, y, "For Kvam herad")
    c.setFont("DVS", 9.5)
    c.drawString(60, y - 15, "Stad/dato: Norheimsund, 20.01.2020")
    c.drawString(320, y - 15, "Stad/dato:")
    vector_ink(c, "pr12a", 62, y - 58)
    c.line(60, y - 60, 260, y - 60)
    c.line(320, y - 60, 520, y - 60)
    c.drawString(60, y - 73, "Oddvar Tveit, Nav-leiar")
    c.drawString(320, y - 73, "Namn og tittel:")
    c.showPage()
    c.save()
    return truth("pr12", "pdf", "pdf-handwritten", lang="nn", scheme=S20,
                 office=("Nav Kvam", "Kvam", org), contact=("Brita Steine", "brita.steine@nav.no", "56553000"),
                 project=("Kvam i arbeid", "new", "2020-03-01"), pct=80,
                 amounts={"positions": 470000, "competence": 10000, "total": 480000},
                 prio=["saarbare-overganger"], interest=(True, True),
                 sigs=[("nav_leader", "Oddvar Tveit", "Nav-leiar", "2020-01-20", "handwritten")],
                 expected=["SIGNATURE_MUNICIPALITY_MISSING"],
                 notes=["defect: 'For Kvam herad' block has captions only: no ink, no name, no date",
                        "the Nav leader's ink is vector Bezier strokes in the content stream (no image)",
                        "municipality written 'Kvam herad' → Kvam"])


# ---------------------------------------------------------------- pr13 pdf-handwritten nb, /Ink annotations, signed late
def pr13(out: Path):
    from pypdf import PdfReader, PdfWriter
    from pypdf.generic import (ArrayObject, DictionaryObject, FloatObject, NameObject, NumberObject, StreamObject)
    org = orgnr("99220418")
    buf = io.BytesIO()
    c = _canvas(buf)
    c.setFont("LSB", 12)
    c.drawString(60, H - 60, "Søknad om tilskudd – sosiale tjenester i Nav-kontoret 2020")
    y = H - 95
    for a, v in [("Søker", "Nav Ullensaker"), ("Kommune", "Ullensaker"), ("Org.nr.", spaced(org)),
                 ("Kontaktperson", "Jonas Berge"), ("E-post", "jonas.berge@nav.no"), ("Tlf.", "66 10 88 00"),
                 ("Prosjektets navn", "Flere i jobb på Jessheim"), ("Nytt/videreført", "Videreføring, 2. år"),
                 ("Oppstart", "01.01.2020"), ("Stilling", "1 årsverk"), ("Lønn inkl. sosiale kostnader", "kr 605 000"),
                 ("Kompetanse", "kr 5 000"), ("Totalt", "kr 610 000")]:
        c.setFont("LS", 10)
        c.drawString(60, y, a)
        c.drawString(230, y, v)
        y -= 16
    y -= 10
    c.drawString(60, y, "Prioriterte områder:  X Bruk av ordinært arbeidsliv    X Sikring av sårbare overganger")
    c.drawString(60, y - 15, "Nettverk/klyngesamarbeid: Ja      Ekstern prosessevaluering: Ja")
    c.drawString(60, y - 40, "Prosjektet følger opp mottakere av sosialhjelp ut i ordinære jobber på Gardermoen og i")
    c.drawString(60, y - 53, "overgangen fra kvalifiseringsprogram til arbeid.")
    y -= 100
    sig_y = y
    for x, place, name, title in [(60, "Jessheim, 29.01.2020", "Lene Brattli", "Nav-leder"),
                                  (320, "Jessheim, 03.02.2020", "Trond Haugland", "Kommunedirektør")]:
        c.drawString(x, y, place)
        c.line(x, y - 50, x + 200, y - 50)
        c.drawString(x, y - 63, name)
        c.drawString(x, y - 76, title)
    c.showPage()
    c.save()
    w = PdfWriter(clone_from=PdfReader(io.BytesIO(buf.getvalue())))
    page = w.pages[0]
    annots = ArrayObject()
    for x, seed in [(62, "pr13a"), (322, "pr13b")]:
        strokes = ink_points(seed, x, sig_y - 48, 150, 38)
        xs = [v for s in strokes for v in s[0::2]]
        ys = [v for s in strokes for v in s[1::2]]
        rect = [min(xs) - 2, min(ys) - 2, max(xs) + 2, max(ys) + 2]
        ops = ["0.05 0.1 0.55 RG 1.2 w 1 J 1 j"]
        for s in strokes:
            pts = list(zip(s[0::2], s[1::2]))
            ops.append(f"{pts[0][0] - rect[0]:.2f} {pts[0][1] - rect[1]:.2f} m " +
                       " ".join(f"{px - rect[0]:.2f} {py - rect[1]:.2f} l" for px, py in pts[1:]) + " S")
        ap = StreamObject()
        ap._data = "\n".join(ops).encode()
        ap.update({NameObject("/Type"): NameObject("/XObject"), NameObject("/Subtype"): NameObject("/Form"),
                   NameObject("/BBox"): ArrayObject([FloatObject(0), FloatObject(0),
                                                     FloatObject(rect[2] - rect[0]), FloatObject(rect[3] - rect[1])])})
        ink = DictionaryObject({
            NameObject("/Type"): NameObject("/Annot"), NameObject("/Subtype"): NameObject("/Ink"),
            NameObject("/Rect"): ArrayObject([FloatObject(v) for v in rect]),
            NameObject("/InkList"): ArrayObject([ArrayObject([FloatObject(v) for v in s]) for s in strokes]),
            NameObject("/C"): ArrayObject([FloatObject(0.05), FloatObject(0.1), FloatObject(0.55)]),
            NameObject("/F"): NumberObject(4),
            NameObject("/AP"): DictionaryObject({NameObject("/N"): w._add_object(ap)})})
        annots.append(w._add_object(ink))
    page[NameObject("/Annots")] = annots
    with open(out, "wb") as f:
        w.write(f)
    return truth("pr13", "pdf", "pdf-handwritten", lang="nb", scheme=S20,
                 office=("Nav Ullensaker", "Ullensaker", org), contact=("Jonas Berge", "jonas.berge@nav.no", "66108800"),
                 project=("Flere i jobb på Jessheim", "continuation", "2020-01-01"), pct=100,
                 amounts={"positions": 605000, "competence": 5000, "total": 610000},
                 prio=["ordinaert-arbeidsliv", "saarbare-overganger"], interest=(True, True),
                 sigs=[("nav_leader", "Lene Brattli", "Nav-leder", "2020-01-29", "handwritten"),
                       ("municipality", "Trond Haugland", "Kommunedirektør", "2020-02-03", "handwritten")],
                 expected=["SIGNED_AFTER_DEADLINE"],
                 notes=["defect: the kommunedirektør signed 03.02.2020",
                        "both signatures are /Ink annotations with appearance streams (drawn on a tablet), not page content"])
