"""Fillable PDFs of corpus 47 (pdf-acroform) made by other form tools: meaningless field names, check boxes,
Ja/Nei radio groups, and one form flattened after filling. Each builder writes one file and returns its truth."""
from __future__ import annotations

import io
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from kit47 import S20, ink_reader, orgnr, register_fonts, spaced, truth

W, H = A4


def _canvas(buf, title):
    register_fonts()
    c = canvas.Canvas(buf, pagesize=A4, invariant=1)
    c.setTitle(title)
    c.setCreator("FormDesigner 9")
    return c


def _radio(form, c, name, options, chosen, x, y):
    for i, opt in enumerate(options):
        form.radio(name=name, value=opt, selected=(opt == chosen), x=x + i * 70, y=y - 2, size=11,
                   buttonStyle="circle", borderWidth=1)
        c.drawString(x + i * 70 + 15, y, opt)


# ---------------------------------------------------------------- y08 nb, Tekst1/Kryss1/Alternativ1, 200 % at cap
def y08(out: Path):
    org = orgnr("87418402")
    c = _canvas(str(out), "Søknadsskjema Nav Sandnes")
    form = c.acroForm
    c.setFont("DVB", 13)
    c.drawString(50, H - 55, "Søknad – Tilskudd til utvikling av sosiale tjenester i Nav-kontoret 2020")
    c.setFont("DV", 8)
    c.drawString(50, H - 70, "Utfyllbart skjema. Lagre før du skriver ut. Send til Statsforvalteren i Rogaland.")
    c.setFont("DV", 10)
    rows = [("Tekst1", "Nav-kontor", "Nav Sandnes"), ("Tekst2", "Kommune", "Sandnes"),
            ("Tekst3", "Organisasjonsnummer", spaced(org)), ("Tekst4", "Kontaktperson", "Jørn Kvernaland"),
            ("Tekst5", "E-post", "jorn.kvernaland@nav.no"), ("Tekst6", "Telefon", "51 97 30 00"),
            ("Tekst7", "Prosjektets navn", "Jobbhuset Sandnes"), ("Tekst8", "Oppstart (dato)", "1.3.2020"),
            ("Tekst9", "Stillingsprosent (sum)", "200"), ("Tekst10", "Lønn og sosiale kostnader (kr)", "1 220 000"),
            ("Tekst11", "Kompetansemidler (kr)", "10 000"), ("Tekst12", "Sum omsøkt (kr)", "1 230 000")]
    y = H - 105
    for name, label, value in rows:
        c.drawString(50, y + 5, label)
        form.textfield(name=name, value=value, x=230, y=y, width=300, height=18, borderWidth=1, fontName="Helvetica",
                       fontSize=10, borderColor=None, fillColor=None)
        y -= 25
    c.drawString(50, y + 5, "Søknadstype")
    _radio(form, c, "Alternativ3", ["Nytt", "Videreføring"], "Nytt", 230, y + 5)
    y -= 30
    c.setFont("DVB", 10)
    c.drawString(50, y, "Prioriterte områder")
    c.setFont("DV", 10)
    y -= 22
    for name, on, label in [("Kryss1", True, "Bruk av ordinært arbeidsliv"),
                            ("Kryss2", False, "Oppfølging av barnefamilier, ungdom og innvandrere"),
                            ("Kryss3", True, "Sikring av sårbare overganger")]:
        form.checkbox(name=name, checked=on, x=50, y=y - 2, size=12, buttonStyle="check", borderWidth=1)
        c.drawString(70, y, label)
        y -= 20
    y -= 8
    c.drawString(50, y, "Interessert i nettverk/klyngesamarbeid?")
    _radio(form, c, "Alternativ1", ["Ja", "Nei"], "Ja", 330, y)
    y -= 22
    c.drawString(50, y, "Interessert i ekstern prosessevaluering?")
    _radio(form, c, "Alternativ2", ["Ja", "Nei"], "Nei", 330, y)
    y -= 30
    c.drawString(50, y, "To jobbspesialister skal gi personer på sosialhjelp og i KVP tilbud om individuell jobbstøtte")
    c.drawString(50, y - 13, "i ordinære bedrifter, og følge dem gjennom overgangen fra stønad til lønn.")
    y -= 45
    c.setFont("DVB", 10)
    c.drawString(50, y, "Underskrift Nav-leder")
    c.drawString(310, y, "Underskrift kommunedirektør")
    c.setFont("DV", 9)
    for i, (seed, nm, dt) in enumerate([("y08a", "Hilde Bjørnstad, Nav-leder", "27.01.2020"),
                                        ("y08b", "Ingrid Kvame, kommunedirektør", "28.01.2020")]):
        x = 50 + i * 260
        c.drawImage(ink_reader(seed), x, y - 55, 150, 45, mask="auto")
        c.line(x, y - 57, x + 220, y - 57)
        c.drawString(x, y - 70, "Navn og tittel")
        form.textfield(name=f"Tekst{13 + 2 * i}", value=nm, x=x + 70, y=y - 75, width=160, height=15, borderWidth=0,
                       fontName="Helvetica", fontSize=9)
        c.drawString(x, y - 88, "Dato")
        form.textfield(name=f"Tekst{14 + 2 * i}", value=dt, x=x + 70, y=y - 93, width=100, height=15, borderWidth=0,
                       fontName="Helvetica", fontSize=9)
    c.save()
    return truth("y08", "pdf", "pdf-acroform", lang="nb", scheme=S20, office=("Nav Sandnes", "Sandnes", org),
                 contact=("Jørn Kvernaland", "jorn.kvernaland@nav.no", "51973000"),
                 project=("Jobbhuset Sandnes", "new", "2020-03-01"), pct=200,
                 amounts={"positions": 1220000, "competence": 10000, "total": 1230000},
                 prio=["ordinaert-arbeidsliv", "saarbare-overganger"], interest=(True, False),
                 sigs=[("nav_leader", "Hilde Bjørnstad", "Nav-leder", "2020-01-27", "handwritten"),
                       ("municipality", "Ingrid Kvame", "Kommunedirektør", "2020-01-28", "handwritten")],
                 notes=["near-miss AMOUNT_OVER_CAP: 200 % at exactly 1 220 000; field names Tekst1…/Kryss1…/"
                        "Alternativ1…; Ja/Nei as radio groups; percent field holds a bare '200'"])


# ---------------------------------------------------------------- y09 nn, Text1/Check Box1/Group1, invalid org number
def y09(out: Path):
    good = orgnr("97411552")
    bad = good[:-1] + str((int(good[-1]) + 3) % 10)
    c = _canvas(str(out), "Soknad")
    form = c.acroForm
    c.setFont("DVSB", 12)
    c.drawString(50, H - 55, "SØKNADSSKJEMA 2020 – tilskot til utvikling av sosiale tenester i Nav")
    y = H - 95
    c.setFont("DVS", 8)
    fields = [("Text1", "Nav-kontor", "Nav Karmøy", 50, 230), ("Text2", "Kommune", "Karmøy", 300, 230),
              ("Text3", "Organisasjonsnummer", bad, 50, 230), ("Text4", "Kontaktperson", "Åse Vikse", 300, 230),
              ("Text5", "E-post", "ase.vikse@nav.no", 50, 230), ("Text6", "Telefon", "52 81 00 00", 300, 230),
              ("Text7", "Prosjektnamn", "Familiens hus Karmøy", 50, 480),
              ("Text8", "Oppstartsdato", "01.03.2020", 50, 230), ("Text9", "Stillingsprosent", "100 %", 300, 230),
              ("Text10", "Løn og sosiale kostnader", "600 000", 50, 150),
              ("Text11", "Kompetansemidlar", "10 000", 215, 150), ("Text12", "Sum søkt", "610 000", 380, 150)]
    last_x = 999
    for name, label, value, x, w in fields:
        if x <= last_x:
            y -= 38
        last_x = x
        c.drawString(x, y + 22, label)
        form.textfield(name=name, value=value, x=x, y=y, width=w, height=18, borderWidth=1, fontName="Times-Roman",
                       fontSize=11)
    y -= 40
    c.setFont("DVS", 10)
    c.drawString(50, y, "Søknaden gjeld:")
    _radio(form, c, "Group1", ["Nytt prosjekt", "Vidareføring"], "Nytt prosjekt", 180, y)
    y -= 28
    c.drawString(50, y, "Prioriterte område (kryss av):")
    y -= 20
    for name, on, label in [("Check Box1", False, "Bruk av ordinært arbeidsliv"),
                            ("Check Box2", True, "Oppfølging av barnefamiliar, ungdom og innvandrarar"),
                            ("Check Box3", False, "Sikring av sårbare overgangar")]:
        form.checkbox(name=name, checked=on, x=60, y=y - 2, size=11, buttonStyle="cross", borderWidth=1)
        c.drawString(80, y, label)
        y -= 18
    y -= 8
    c.drawString(50, y, "Nettverk/klyngesamarbeid:")
    _radio(form, c, "Group2", ["Ja", "Nei"], "Nei", 300, y)
    y -= 20
    c.drawString(50, y, "Ekstern prosessevaluering:")
    _radio(form, c, "Group3", ["Ja", "Nei"], "Nei", 300, y)
    y -= 30
    c.drawString(50, y, "Familiekoordinatorar skal gje barnefamiliar med låg inntekt éin kontaktperson for bustad,")
    c.drawString(50, y - 13, "arbeid, økonomi og fritid for borna.")
    y -= 40
    for i, (seed, role, nm, dt) in enumerate([("y09a", "Leiar Nav Karmøy", "Kjell Arne Sund", "29.01.2020"),
                                              ("y09b", "Rådmann", "Ole Hebnes", "30.01.2020")]):
        x = 50 + i * 260
        c.drawString(x, y, role)
        c.drawImage(ink_reader(seed), x, y - 55, 150, 45, mask="auto")
        c.line(x, y - 57, x + 220, y - 57)
        form.textfield(name=f"Text{13 + i}", value=f"{nm}   {dt}", x=x, y=y - 78, width=220, height=16,
                       borderWidth=0, fontName="Times-Roman", fontSize=10)
    c.save()
    return truth("y09", "pdf", "pdf-acroform", lang="nn", scheme=S20, office=("Nav Karmøy", "Karmøy", bad),
                 contact=("Åse Vikse", "ase.vikse@nav.no", "52810000"),
                 project=("Familiens hus Karmøy", "new", "2020-03-01"), pct=100,
                 amounts={"positions": 600000, "competence": 10000, "total": 610000},
                 prio=["barnefamilier-ungdom-innvandrere"], interest=(False, False),
                 sigs=[("nav_leader", "Kjell Arne Sund", "Leiar Nav Karmøy", "2020-01-29", "handwritten"),
                       ("municipality", "Ole Hebnes", "Rådmann", "2020-01-30", "handwritten")],
                 expected=["ORG_NUMBER_INVALID"], notes=[f"defect: org number {bad} fails MOD11 (valid would be {good})"])


def _flatten(src: bytes, out: Path) -> None:
    """Flatten a filled form: every widget's normal appearance becomes page content, the fields go."""
    from pypdf import PdfReader, PdfWriter
    from pypdf.generic import ArrayObject, DecodedStreamObject, DictionaryObject, NameObject
    w = PdfWriter(clone_from=PdfReader(io.BytesIO(src)))
    for page in w.pages:
        ops, xobjs = [], DictionaryObject()
        for i, ref in enumerate(page.get("/Annots", ArrayObject())):
            a = ref.get_object()
            ap = a.get("/AP", {}).get("/N")
            if ap is None:
                continue
            ap = ap.get_object()
            if "/BBox" not in ap:
                state = a.get("/AS")
                if state is None or state not in ap:
                    continue
                ap = ap[state].get_object()
            x0, y0 = (float(v) for v in a["/Rect"][:2])
            nm = f"/Fl{i}"
            xobjs[NameObject(nm)] = ap.indirect_reference or w._add_object(ap)
            ops.append(f"q 1 0 0 1 {x0:.2f} {y0:.2f} cm {nm} Do Q")
        res = page["/Resources"]
        xo = res.get("/XObject", DictionaryObject()).get_object() if "/XObject" in res else DictionaryObject()
        xo.update(xobjs)
        res[NameObject("/XObject")] = xo
        extra = DecodedStreamObject()
        extra.set_data(("\n".join(ops) + "\n").encode())
        contents = page.get_contents()
        new = DecodedStreamObject()
        new.set_data(contents.get_data() + b"\n" + extra.get_data())
        page.replace_contents(new)
        del page["/Annots"]
    del w._root_object["/AcroForm"]
    w.add_metadata({"/Producer": "Flattened by PrintToPDF"})
    with open(out, "wb") as f:
        w.write(f)


# ---------------------------------------------------------------- y10 nb, filled then flattened; e-mail-only contact
def y10(out: Path):
    org = orgnr("93845210")
    buf = io.BytesIO()
    c = _canvas(buf, "Søknad Nav Tromsø")
    form = c.acroForm
    c.setFont("LSB", 12)
    c.drawString(50, H - 55, "Søknad om tilskudd til utvikling av sosiale tjenester i Nav-kontoret – 2020")
    c.setFont("LS", 10)
    y = H - 95
    for name, label, value in [("f1", "1. Søker (Nav-kontor)", "Nav Tromsø"), ("f2", "2. Kommune", "Tromsø"),
                               ("f3", "3. Organisasjonsnummer", org), ("f4", "4. Kontaktperson", "Mari Isaksen Lyng"),
                               ("f5", "5. E-post", "mari.isaksen.lyng@nav.no"), ("f6", "6. Telefon", ""),
                               ("f7", "7. Prosjekttittel", "Ungdomslos Tromsø"),
                               ("f8", "8. Oppstart", "01.03.2020"), ("f9", "9. Stillingsprosent", "100 %"),
                               ("f10", "10. Lønn og sosiale kostnader", "560 000"),
                               ("f11", "11. Kompetansemidler", "8 000"), ("f12", "12. Totalt søkt", "568 000")]:
        c.drawString(50, y + 5, label)
        form.textfield(name=name, value=value, x=250, y=y, width=280, height=18, borderWidth=1, fontName="Helvetica",
                       fontSize=10)
        y -= 24
    y -= 6
    c.drawString(50, y, "13. Nytt prosjekt")
    form.checkbox(name="b1", checked=True, x=250, y=y - 2, size=12, buttonStyle="check", borderWidth=1)
    c.drawString(300, y, "Videreføring")
    form.checkbox(name="b2", checked=False, x=380, y=y - 2, size=12, buttonStyle="check", borderWidth=1)
    y -= 26
    c.drawString(50, y, "14. Prioriterte områder")
    y -= 20
    for name, on, label in [("b3", False, "Bruk av ordinært arbeidsliv"),
                            ("b4", True, "Oppfølging av barnefamilier, ungdom og innvandrere"),
                            ("b5", True, "Sikring av sårbare overganger")]:
        form.checkbox(name=name, checked=on, x=60, y=y - 2, size=12, buttonStyle="check", borderWidth=1)
        c.drawString(80, y, label)
        y -= 18
    y -= 6
    c.drawString(50, y, "15. Nettverk/klyngesamarbeid")
    _radio(form, c, "r1", ["Ja", "Nei"], "Ja", 300, y)
    y -= 20
    c.drawString(50, y, "16. Ekstern prosessevaluering")
    _radio(form, c, "r2", ["Ja", "Nei"], "Ja", 300, y)
    y -= 30
    c.drawString(50, y, "Ungdomslosen skal følge ungdom som står i fare for å falle ut av videregående skole over i")
    c.drawString(50, y - 13, "arbeid eller ny skoleplass, i samarbeid med fylkeskommunen og barneverntjenesten.")
    y -= 40
    c.drawString(50, y, "17. Underskrifter")
    for i, (seed, nm, dt) in enumerate([("y10a", "Eva Hauan, leder Nav Tromsø", "30.01.2020"),
                                        ("y10b", "Stig Tore Johnsen, kommunedirektør", "01.02.2020")]):
        x = 50 + i * 260
        c.drawImage(ink_reader(seed), x, y - 60, 150, 45, mask="auto")
        c.line(x, y - 62, x + 220, y - 62)
        form.textfield(name=f"s{i}", value=f"{nm}, {dt}", x=x, y=y - 82, width=240, height=16, borderWidth=0,
                       fontName="Helvetica", fontSize=9)
    c.save()
    _flatten(buf.getvalue(), out)
    return truth("y10", "pdf", "pdf-acroform", lang="nb", scheme=S20, office=("Nav Tromsø", "Tromsø", org),
                 contact=("Mari Isaksen Lyng", "mari.isaksen.lyng@nav.no", None),
                 project=("Ungdomslos Tromsø", "new", "2020-03-01"), pct=100,
                 amounts={"positions": 560000, "competence": 8000, "total": 568000},
                 prio=["barnefamilier-ungdom-innvandrere", "saarbare-overganger"], interest=(True, True),
                 sigs=[("nav_leader", "Eva Hauan", "leder Nav Tromsø", "2020-01-30", "handwritten"),
                       ("municipality", "Stig Tore Johnsen", "kommunedirektør", "2020-02-01", "handwritten")],
                 notes=["near-miss: filled form flattened (no fields left, values are page content); e-mail only, "
                        "phone field empty (reachable); municipality signed 01.02.2020 = deadline day"])
