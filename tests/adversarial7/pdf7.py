"""reportlab / pypdf / pyHanko / Pillow documents of the seventh corpus, each with its truth
written by hand from what the document says (record.md, domain.md, the dev-set README)."""
from __future__ import annotations

import io
from datetime import datetime, timedelta, timezone

from reportlab.lib.pagesizes import A4

import kit
from truthlib import truth

CET = timezone(timedelta(hours=1))
S20 = "nav-sosiale-tjenester-2020"
A_ORD, A_BUI, A_SAA = "ordinaert-arbeidsliv", "barnefamilier-ungdom-innvandrere", "saarbare-overganger"

INSTR_NB = ("Tilskudd til utvikling av de sosiale tjenestene i Nav-kontoret, kap. 0621 post 63. "
            "Det gis inntil 610 000 kroner per 100 % stilling (lønn og sosiale utgifter) og inntil 10 000 kroner "
            "per tiltak til kompetanse. Søknadsfrist 1. februar 2020. Søknaden skal signeres av Nav-leder og "
            "kommunens ledelse.")


def _areas_nb(p, ticked):
    p.heading("4. Prioriterte områder (kryss av)", size=11)
    for aid, lab in ((A_ORD, "Bruk av ordinært arbeidsliv"),
                     (A_BUI, "Oppfølging av barnefamilier, ungdom og innvandrere"),
                     (A_SAA, "Sikring av sårbare overganger")):
        p.check(aid in ticked, lab)
    p.y += 4


def _interest_nb(p, net, proc):
    p.heading("5. Interesse for utprøving i 2020", size=11)
    for q, v in (("Er kontoret interessert i nettverk/klyngesamarbeid?", net),
                 ("Er kontoret interessert i ekstern prosessevaluering?", proc)):
        p.text(q)
        top = p.y
        p.c.setFont(p.font, p.size)
        for i, (lab, on) in enumerate((("Ja", v is True), ("Nei", v is False))):
            x = p.m + 20 + i * 70
            p.c.rect(x, p.Y(top + p.size + 1), p.size, p.size)
            if on:
                p.c.line(x + 2, p.Y(top + p.size - 1), x + p.size - 2, p.Y(top + 3))
                p.c.line(x + 2, p.Y(top + 3), x + p.size - 2, p.Y(top + p.size - 1))
            p.c.drawString(x + p.size + 5, p.Y(top + p.size), lab)
        p.y = top + p.size * 1.8


# ---------------------------------------------------------------------------------------- g01
def g01(out):
    """Two PAdES signatures, the second an incremental update after the first."""
    org = kit.orgnr("97477845")
    buf = io.BytesIO()
    p = kit.Page(buf, font="DV", size=9.5, title="Søknad tilskudd 2020 - Nav Ringsaker")
    p.text("Arbeids- og velferdsdirektoratet", font="DV-Bold", size=8, color=(0.3, 0.3, 0.3))
    p.text("SØKNADSSKJEMA 2020", font="DV-Bold", size=15)
    p.text("Tilskudd til utvikling av sosiale tjenester i Nav-kontoret", size=11)
    p.para(INSTR_NB, size=7.5, color=(0.35, 0.35, 0.35), font="DV")
    p.heading("1. Søker", size=11)
    p.rows([("Nav-kontor", "Nav Ringsaker"), ("Kommune", "Ringsaker"),
            ("Organisasjonsnummer", f"{org[:3]} {org[3:6]} {org[6:]}"),
            ("Kontaktperson", "Marte Kolstad, rådgiver"), ("E-post", "marte.kolstad@nav.no"),
            ("Telefon", "62 33 14 70"), ("Søknaden sendes til", "Fylkesmannen i Innlandet")])
    p.heading("2. Tiltaket", size=11)
    p.rows([("Tiltakets navn", "Arbeid først for unge voksne"), ("Nytt tiltak / videreføring", "Nytt tiltak"),
            ("Planlagt oppstart", "1. april 2020"),
            ("Stillinger", "to 100 %-stillinger som jobbspesialist (IPS-inspirert oppfølging, egen modell)")])
    p.heading("3. Budsjett (søkt beløp)", size=11)
    p.table(["Post", "Stillingsandel", "Beløp (kr)"],
            [["Jobbspesialist 1", "100 %", "600.000"], ["Jobbspesialist 2", "100 %", "600.000"],
             ["Kompetanse", "", "10.000"], ["Sum omsøkt", "200 %", "1.210.000"]],
            [220, 110, 140], align=["l", "r", "r"])
    _areas_nb(p, {A_ORD, A_BUI})
    _interest_nb(p, True, False)
    p.newpage()
    p.heading("6. Beskrivelse", size=11)
    p.para("Tiltaket skal gi unge voksne mellom 18 og 29 år som mottar økonomisk sosialhjelp tett oppfølging ut i "
           "ordinære jobber i lokalt næringsliv. Familier med barn prioriteres. Jobbspesialistene arbeider ute hos "
           "arbeidsgivere og følger opp både arbeidstaker og arbeidsgiver etter ansettelse.")
    p.heading("7. Signatur", size=11)
    p.para("Søknaden signeres elektronisk med PAdES-signatur av Nav-leder og kommunedirektør.", size=8.5)
    p.text("Nav-leder", font="DV-Bold", x=p.m, dy=0)
    p.text("Kommunedirektør", font="DV-Bold", x=320)
    y = 841.89 - p.y - 4
    p.save()
    pdf = buf.getvalue()
    a = kit.make_signer("Kari Bakken", "Nav Ringsaker", 101)
    b = kit.make_signer("Trond Lien", "Ringsaker kommune", 102)
    pdf = kit.pades_sign(pdf, "Signatur Nav-leder", a, datetime(2020, 1, 24, 10, 12, tzinfo=CET),
                         reason="Søknad godkjent av Nav-leder", location="Brumunddal", box=(62, y - 60, 262, y), page=1)
    pdf = kit.pades_sign(pdf, "Signatur kommunedirektør", b, datetime(2020, 1, 28, 14, 3, tzinfo=CET),
                         reason="Forankret i kommuneledelsen", location="Brumunddal", box=(320, y - 60, 520, y), page=1)
    out.write_bytes(pdf)
    return truth("g01", "pdf", "pades-two", lang="nb", scheme=S20,
                 office=("Nav Ringsaker", "Ringsaker", org),
                 contact=("Marte Kolstad", "marte.kolstad@nav.no", "62331470"),
                 project=("Arbeid først for unge voksne", "new", "2020-04-01"), pct=200,
                 amounts={"positions": 1200000, "competence": 10000, "total": 1210000},
                 prio=[A_ORD, A_BUI], interest=(True, False),
                 sigs=[("nav_leader", "Kari Bakken", "Nav-leder", "2020-01-24", "digital"),
                       ("municipality", "Trond Lien", "Kommunedirektør", "2020-01-28", "digital")],
                 notes=["two PAdES signatures; the second is an incremental update after the first, allowed "
                        "(signature field filling), so no DIGITAL_SIGNATURE_INVALID",
                        "amounts '600.000' with dots as thousands separators"])


# ---------------------------------------------------------------------------------------- g02
def g02(out):
    """AcroForm filled by pypdf: NeedAppearances, no appearance streams, on-state '/Ja'."""
    from pypdf import PdfReader, PdfWriter
    from pypdf.generic import NameObject, BooleanObject, TextStringObject

    org = kit.orgnr("87412003")
    kit.fonts()
    buf = io.BytesIO()
    p = kit.Page(buf, font="Sans", size=9.5, title="Søknadsskjema 2020")
    c = p.c
    form = c.acroForm
    p.text("SØKNAD OM TILSKUDD 2020 – SOSIALE TJENESTER I NAV", font="Sans-Bold", size=13)
    p.para(INSTR_NB, size=7.5, color=(0.4, 0.4, 0.4))
    fields = [
        ("kontor", "Nav-kontor"), ("kommune", "Kommune"), ("orgnr", "Organisasjonsnummer"),
        ("kontakt", "Kontaktperson"), ("epost", "E-post"), ("tlf", "Telefon"),
        ("tittel", "Prosjektets tittel"), ("oppstart", "Oppstartsdato"),
        ("stilling", "Stilling og stillingsandel"), ("b_lonn", "Lønn og sosiale utgifter (kr)"),
        ("b_komp", "Kompetansemidler (kr)"), ("b_sum", "Totalt omsøkt beløp (kr)"),
    ]
    for key, lab in fields:
        p.need(24)
        p.c.setFont("Sans-Bold", 9)
        p.c.drawString(p.m, p.Y(p.y + 13), lab)
        form.textfield(name=key, x=p.m + 170, y=p.Y(p.y + 18), width=300, height=17, borderWidth=0.6,
                       fontName="Helvetica", fontSize=9, value="")
        p.y += 22
    p.y += 6
    p.text("Nytt prosjekt eller videreføring:", font="Sans-Bold", size=9)
    for i, (v, lab) in enumerate((("Nytt", "Nytt prosjekt"), ("Videre", "Videreføring"))):
        form.radio(name="art", value=v, x=p.m + 10 + i * 140, y=p.Y(p.y + 12), size=11, selected=False)
        c.setFont("Sans", 9)
        c.drawString(p.m + 26 + i * 140, p.Y(p.y + 10), lab)
    p.y += 22
    p.text("Prioriterte områder:", font="Sans-Bold", size=9)
    for key, lab in (("omr1", "Bruk av ordinært arbeidsliv"), ("omr2", "Oppfølging av barnefamilier, ungdom og innvandrere"),
                     ("omr3", "Sikring av sårbare overganger")):
        form.checkbox(name=key, x=p.m + 10, y=p.Y(p.y + 12), size=11, checked=False, buttonStyle="cross")
        c.setFont("Sans", 9)
        c.drawString(p.m + 28, p.Y(p.y + 10), lab)
        p.y += 17
    p.y += 6
    for key, lab in (("nett", "Interessert i nettverk/klyngesamarbeid"), ("eval", "Interessert i ekstern prosessevaluering")):
        form.checkbox(name=key, x=p.m + 10, y=p.Y(p.y + 12), size=11, checked=False, buttonStyle="check")
        c.setFont("Sans", 9)
        c.drawString(p.m + 28, p.Y(p.y + 10), lab + " (kryss av for ja)")
        p.y += 17
    p.y += 10
    p.text("Godkjenning", font="Sans-Bold", size=11)
    p.para("Søknaden er elektronisk godkjent av Nav-leder og kommunalsjef og har derfor ingen håndskrevne signaturer.",
           size=9)
    for key, lab in (("g1", "Godkjent av (Nav-leder)"), ("g1d", "Dato"), ("g2", "Godkjent av (kommunen)"), ("g2d", "Dato")):
        p.c.setFont("Sans-Bold", 9)
        p.c.drawString(p.m, p.Y(p.y + 13), lab)
        form.textfield(name=key, x=p.m + 170, y=p.Y(p.y + 18), width=300, height=17, borderWidth=0.6,
                       fontName="Helvetica", fontSize=9, value="")
        p.y += 22
    p.save()
    r = PdfReader(io.BytesIO(buf.getvalue()))
    w = PdfWriter()
    w.append(r)
    vals = {"kontor": "Nav Hamar", "kommune": "Hamar", "orgnr": org, "kontakt": "Ingrid Sæther",
            "epost": "Ingrid.Saether@nav.no", "tlf": "+47 482 11 530", "tittel": "Sammen om bolig og arbeid",
            "oppstart": "01.05.2020", "stilling": "Boligsosial koordinator, 0,8 årsverk",
            "b_lonn": "NOK 488 000", "b_komp": "NOK 10 000", "b_sum": "NOK 498 000",
            "g1": "Nav-leder Jon Haugland", "g1d": "29.01.2020",
            "g2": "Kommunalsjef helse og velferd Sissel Nygård", "g2d": "30.01.2020"}
    checks = {"omr1": True, "omr2": False, "omr3": True, "nett": False, "eval": True}
    for annot_ref in w.pages[0].get("/Annots", []):
        a = annot_ref.get_object()
        parent = a.get("/Parent")
        name = a.get("/T") or (parent.get_object().get("/T") if parent else None)
        if name in vals:
            a[NameObject("/V")] = TextStringObject(vals[name])
            if "/AP" in a:
                del a["/AP"]
        elif name in checks:
            # rename the on-state to /Ja, keep no appearance for the state
            ap = a.get("/AP")
            on = checks[name]
            if ap is not None:
                n = ap.get_object()["/N"].get_object()
                keys = [k for k in n.keys() if k != "/Off"]
                if keys and keys[0] != "/Ja":
                    n[NameObject("/Ja")] = n.raw_get(keys[0])  # keep the stream indirect
                    del n[keys[0]]
                d = ap.get_object().get("/D")
                if d is not None:
                    d = d.get_object()
                    keys = [k for k in d.keys() if k != "/Off"]
                    if keys and keys[0] != "/Ja":
                        d[NameObject("/Ja")] = d.raw_get(keys[0])
                        del d[keys[0]]
            a[NameObject("/V")] = NameObject("/Ja" if on else "/Off")
            a[NameObject("/AS")] = NameObject("/Ja" if on else "/Off")
        elif name == "art" and parent is not None:
            ap = a["/AP"].get_object()["/N"].get_object()
            states = [k for k in ap.keys() if k != "/Off"]
            on = states and states[0] == "/Nytt"
            a[NameObject("/AS")] = NameObject(states[0] if on else "/Off")
            if on:
                parent.get_object()[NameObject("/V")] = NameObject("/Nytt")
    w._root_object["/AcroForm"][NameObject("/NeedAppearances")] = BooleanObject(True)
    w.add_metadata({"/Producer": "pypdf", "/Title": "Søknadsskjema 2020"})
    with open(out, "wb") as f:
        w.write(f)
    return truth("g02", "pdf", "acroform-pypdf", lang="nb", scheme=S20,
                 office=("Nav Hamar", "Hamar", org),
                 contact=("Ingrid Sæther", "ingrid.saether@nav.no", "48211530"),
                 project=("Sammen om bolig og arbeid", "new", "2020-05-01"), pct=80,
                 amounts={"positions": 488000, "competence": 10000, "total": 498000},
                 prio=[A_ORD, A_SAA], interest=(False, True),
                 sigs=[("nav_leader", "Jon Haugland", "Nav-leder", "2020-01-29", "electronic_approval"),
                       ("municipality", "Sissel Nygård", "Kommunalsjef helse og velferd", "2020-01-30",
                        "electronic_approval")],
                 notes=["values only in /V of fields without appearance streams, NeedAppearances true",
                        "check boxes with on-state /Ja; the unchecked 'nettverk' box means no (the label says tick for yes)",
                        "0,8 årsverk at exactly the 488 000 cap"])


# ---------------------------------------------------------------------------------------- g06
def g06(out):
    """A bare JPEG from a flatbed scanner: one page, ink, a received stamp, 'en halv stilling'."""
    from PIL import ImageDraw, ImageFont
    org = kit.orgnr("97418611")
    buf = io.BytesIO()
    p = kit.Page(buf, font="Serif", size=10.5, margin=56, title="scan")
    p.text("NAV Alta", font="Serif-Bold", size=12)
    p.text("Til Fylkesmannen i Troms og Finnmark", size=10)
    p.y += 6
    p.text("Søknad om tilskudd til utvikling av sosiale tjenester – 2020", font="Serif-Bold", size=13)
    p.rows([("Søker", "NAV Alta, Alta kommune, org.nr. " + org),
            ("Kontaktperson", "Rune Isaksen, tlf. 78 45 02 10, rune.isaksen@nav.no"),
            ("Prosjektnavn", "Ut i lære"), ("Type", "Videreføring (2. år, første tilskudd 2019)"),
            ("Oppstart", "1. mars 2020"),
            ("Stilling", "en halv stilling som ungdomskoordinator"),
            ("Lønn og sosiale utgifter", "kr 305 000,-"), ("Kompetanse", "kr 10 000,-"),
            ("Sum søknad", "kr 315 000,-"),
            ("Prioritert område", "Oppfølging av ungdom (16–24 år) som står uten skole eller jobb"),
            ("Nettverk/klynge", "Ja"), ("Ekstern prosessevaluering", "Nei")], lw=150)
    p.y += 20
    p.text("Underskrifter", font="Serif-Bold", size=11)
    top = p.y + 50
    for i, (name, tit, dato, seed) in enumerate((("Hilde Mathisen", "NAV-leder", "27.01.2020", 61),
                                                  ("Bjørn-Atle Hætta", "Rådmann", "28.01.2020", 62))):
        x = p.m + i * 250
        kit.draw_ink(p.c, x + 5, p.Y(top) + 3, seed, w=150, h=34)
        p.c.line(x, p.Y(top), x + 200, p.Y(top))
        p.c.setFont("Serif", 10)
        p.c.drawString(x, p.Y(top + 13), f"{name}, {tit}")
        p.c.drawString(x, p.Y(top + 26), f"Alta, {dato}")
    p.save()
    img = kit.scan_pages(buf.getvalue(), seed=66, dpi=200, angle=-0.7, noise=8, blur=0.5, quality=80)[0]
    d = ImageDraw.Draw(img)
    f = ImageFont.truetype(kit.FONT_FILES["Sans-Bold"], 34)
    d.rectangle((1050, 120, 1560, 250), outline=70, width=4)
    d.text((1075, 138), "MOTTATT", font=f, fill=70)
    d.text((1075, 190), "30 JAN. 2020", font=f, fill=70)
    img.save(out, "JPEG", quality=78, dpi=(200, 200))
    return truth("g06", "jpg", "jpeg-scan", lang="nb", scheme=S20,
                 office=("Nav Alta", "Alta", org), contact=("Rune Isaksen", "rune.isaksen@nav.no", "78450210"),
                 project=("Ut i lære", "continuation", "2020-03-01"), pct=50,
                 amounts={"positions": 305000, "competence": 10000, "total": 315000},
                 prio=[A_BUI], interest=(True, False),
                 sigs=[("nav_leader", "Hilde Mathisen", "NAV-leder", "2020-01-27", "handwritten"),
                       ("municipality", "Bjørn-Atle Hætta", "Rådmann", "2020-01-28", "handwritten")],
                 optional=["LOW_CONFIDENCE"],
                 notes=["bare JPEG from a flatbed scan; 'en halv stilling' = 50 % at exactly the 305 000 cap",
                        "continuation in its 2nd year: no CONTINUATION_LIMIT",
                        "the county's MOTTATT stamp is not a signature"])


# ---------------------------------------------------------------------------------------- g07
def g07(out):
    """A free letter with prose traps: last year's grant, the project's total cost, 'NOK 600k'."""
    org = kit.orgnr("96442119")
    p = kit.Page(str(out), font="DVSerif", size=10.5, margin=70, title="Søknad Nav Horten")
    c = p.c
    c.setFillColorRGB(0.0, 0.25, 0.45)
    c.rect(0, p.H - 18, p.W, 18, stroke=0, fill=1)
    c.setFillColorRGB(0, 0, 0)
    p.text("Nav Horten", font="DVSerif-Bold", size=14)
    p.text(f"Postboks 62, 3191 Horten · Org.nr. NO {org[:3]} {org[3:6]} {org[6:]} MVA", size=8.5)
    p.y += 14
    p.text("Fylkesmannen i Vestfold og Telemark", size=10.5)
    p.text("v/ seksjon for sosiale tjenester", size=10.5)
    p.y += 8
    p.text("Horten, 30. januar 2020", x=390)
    p.y += 6
    p.text("Søknad om videreføring av tiltaket «Jobbsjansen Horten» – 2020", font="DVSerif-Bold", size=12)
    p.para("Nav Horten søker med dette om tilskudd til utvikling av sosiale tjenester i Nav-kontoret for 2020, "
           "jf. kunngjøringen fra Arbeids- og velferdsdirektoratet. Tiltaket ble startet opp 1. mars 2019 og søknaden "
           "gjelder andre driftsår (videreføring). Nytt driftsår starter 1. mars 2020.")
    p.para("I 2019 fikk Nav Horten innvilget 1 220 000 kroner til to stillinger. Etter en evaluering høsten 2019 har "
           "vi lagt om tiltaket: for 2020 søker vi om én 100 % stilling som jobbkonsulent, mens den andre stillingen "
           "videreføres med kommunale midler. Prosjektets totale kostnad i 2020 er beregnet til 2,1 mill. kroner, "
           "hvorav kommunen dekker 1,5 mill. kroner.")
    p.para("Målgruppen er innvandrere med lang botid og familier med barn som har mottatt sosialhjelp i mer enn ett år. "
           "Jobbkonsulenten skal skaffe ordinære arbeidsplasser i lokalt næringsliv og følge opp både deltaker og "
           "arbeidsgiver. Vi har i dag 44 deltakere og 17 av dem kom i jobb i 2019.")
    p.heading("Kort oppsummert", size=11)
    p.rows([("Omsøkt beløp", "NOK 600k (600 000 kroner) til lønn og sosiale utgifter"),
            ("Kompetansemidler", "kr 0"),
            ("Sum omsøkt tilskudd", "600 000 kroner"),
            ("Stillingsandel", "100 %"),
            ("Kommunens egenandel", "1 500 000 kroner"),
            ("Kontaktperson", "Eirik Solheim, prosjektleder, eirik.solheim@nav.no, mobil 924 18 377")], lw=140)
    p.para("Nav Horten er interessert i å delta i nettverk/klyngesamarbeid med andre kontor, men ønsker ikke "
           "ekstern prosessevaluering i år, fordi tiltaket allerede følges av kommunens egen evaluering.")
    p.y += 6
    p.text("Med vennlig hilsen")
    top = p.y + 46
    for i, (name, tit, dato, seed) in enumerate((("Anita Rød", "Nav-leder", "30. januar 2020", 71),
                                                  ("Per Ivar Holm", "Kommunedirektør", "1. februar 2020", 72))):
        x = p.m + i * 240
        kit.draw_ink(c, x + 4, p.Y(top) + 2, seed, w=140, h=32, color=(0.0, 0.0, 0.0))
        c.setFont("DVSerif", 10)
        c.drawString(x, p.Y(top + 14), name)
        c.drawString(x, p.Y(top + 27), tit)
        c.drawString(x, p.Y(top + 40), dato)
    p.save()
    return truth("g07", "pdf", "letter-prose-traps", lang="nb", scheme=S20,
                 office=("Nav Horten", "Horten", org),
                 contact=("Eirik Solheim", "eirik.solheim@nav.no", "92418377"),
                 project=("Jobbsjansen Horten", "continuation", "2020-03-01"), pct=100,
                 amounts={"positions": 600000, "competence": 0, "total": 600000}, own_funding=1500000,
                 prio=[A_ORD, A_BUI], interest=(True, False),
                 sigs=[("nav_leader", "Anita Rød", "Nav-leder", "2020-01-30", "handwritten"),
                       ("municipality", "Per Ivar Holm", "Kommunedirektør", "2020-02-01", "handwritten")],
                 notes=["traps: last year's grant 1 220 000, total project cost 2,1 mill., own funding 1,5 mill.",
                        "'NOK 600k'; municipal signature dated on the deadline day (fine)",
                        "org number written 'NO 964 421 19x MVA'"])


# ---------------------------------------------------------------------------------------- g08
def g08(out):
    """Old wording (NAV, Fylkesmannen), two position lines '0,5 årsverk' + '100 %', formats."""
    org = kit.orgnr("97465932")
    p = kit.Page(str(out), font="Narrow", size=10.5, margin=50, title="Søknad NAV Lillehammer")
    c = p.c
    c.setFont("Narrow-Bold", 9)
    c.drawRightString(p.W - 50, p.H - 30, "Unntatt offentlighet: Nei   Vår ref.: 20/00412-2")
    p.text("NAV LILLEHAMMER-GAUSDAL", font="Narrow-Bold", size=16)
    p.text("Søknad om tilskudd – utvikling av sosiale tjenester i NAV 2020", size=12)
    p.y += 4
    p.rows([("Søker (NAV-kontor)", "NAV Lillehammer-Gausdal"), ("Vertskommune", "Lillehammer"),
            ("Org.nr.", f"{org[:3]}.{org[3:6]}.{org[6:]}"),
            ("Kontaktperson", "Tone Brenden"), ("Telefon", "(+47) 915 22 333"), ("E-post", "TONE.BRENDEN@NAV.NO"),
            ("Prosjektets navn", "«Ung Jobb»"), ("Nytt eller videreført", "Nytt"),
            ("Oppstart", "august 2020")], lw=150)
    p.heading("Stillinger og budsjett", size=11)
    p.table(["Stilling", "Andel", "Lønn inkl. sosiale utg."],
            [["Prosjektleder", "0,5 årsverk", "kr 300 000"], ["Jobbspesialist", "100 %", "kr 610 000"],
             ["Kompetanse (veiledning IPS-ung)", "", "kr 5 000"], ["Sum", "150 %", "kr 915 000"]],
            [230, 90, 150], align=["l", "r", "r"])
    p.heading("Prioriterte områder", size=11)
    for lab, on in (("Bruk av ordinært arbeidsliv", True), ("Oppfølging av barnefamilier, ungdom og innvandrere", True),
                    ("Sikring av sårbare overganger", False)):
        p.text(("[X] " if on else "[  ] ") + lab)
    p.heading("Utprøving", size=11)
    p.text("Nettverk/klyngesamarbeid:  [X] Ja   [  ] Nei")
    p.text("Ekstern prosessevaluering:  [X] Ja   [  ] Nei")
    p.y += 10
    p.heading("Underskrift", size=11)
    top = p.y + 44
    for i, (name, tit, dato, seed) in enumerate((("Geir Ove Lunde", "NAV-leder", "27. januar 2020", 81),
                                                  ("Mette Sandvold", "Rådmann", "29. januar 2020", 82))):
        x = p.m + i * 250
        c.setFont("Narrow", 10)
        c.drawString(x, p.Y(top - 40), f"Sted og dato: Lillehammer, {dato}")
        kit.draw_ink(c, x + 6, p.Y(top) + 2, seed, w=150, h=30)
        c.setDash(1, 2)
        c.line(x, p.Y(top), x + 210, p.Y(top))
        c.setDash()
        c.drawString(x, p.Y(top + 13), f"{tit} {name}")
    p.save()
    return truth("g08", "pdf", "old-wording", lang="nb", scheme=S20,
                 office=("Nav Lillehammer-Gausdal", "Lillehammer", org),
                 contact=("Tone Brenden", "tone.brenden@nav.no", "91522333"),
                 project=("Ung Jobb", "new", "2020-08-01"), pct=150,
                 amounts={"positions": 910000, "competence": 5000, "total": 915000},
                 prio=[A_ORD, A_BUI], interest=(True, True),
                 sigs=[("nav_leader", "Geir Ove Lunde", "NAV-leder", "2020-01-27", "handwritten"),
                       ("municipality", "Mette Sandvold", "Rådmann", "2020-01-29", "handwritten")],
                 notes=["two position lines 0,5 årsverk (300 000) + 100 % (610 000) = 150 %, 910 000 <= 915 000 cap",
                        "org number with dots, phone with (+47), e-mail in capitals, title in «»",
                        "'NAV-leder Geir Ove Lunde': title before the name under the line"])


# ---------------------------------------------------------------------------------------- g09
def g09(out):
    """Nynorsk: the kommunedirektør's ink on the page, then the Nav-leiar's PAdES signature."""
    org = kit.orgnr("96495820")
    buf = io.BytesIO()
    p = kit.Page(buf, font="Sans", size=10, margin=60, title="Søknad om tilskot 2020 – Nav Voss")
    p.text("Nav Voss", font="Sans-Bold", size=16, color=(0.76, 0.1, 0.1))
    p.text("Søknad om tilskot til utvikling av sosiale tenester i Nav – 2020", font="Sans-Bold", size=12)
    p.text("Til: Fylkesmannen i Vestland", size=10)
    p.y += 4
    p.rows([("Nav-kontor", "Nav Voss"), ("Kommune", "Voss herad"), ("Organisasjonsnummer", org),
            ("Kontaktperson", "Solveig Lidal, sosialfagleg rådgjevar"),
            ("E-post / telefon", "solveig.lidal@nav.no / 56 52 38 40"),
            ("Namn på tiltaket", "Trygg overgang frå institusjon"), ("Nytt tiltak eller vidareføring", "Nytt tiltak"),
            ("Oppstart", "1. juni 2020"), ("Stillingsdel", "ei stilling (100 %) som overgangskoordinator")], lw=175)
    p.heading("Budsjett", size=11)
    p.table(["Post", "Søkt tilskot"], [["Løn og sosiale utgifter", "610 000 kroner"],
                                        ["Kompetanse", "10 000 kroner"], ["Sum", "620 000 kroner"]], [300, 170],
            align=["l", "r"])
    p.heading("Prioriterte område", size=11)
    p.para("Tiltaket skal sikre sårbare overgangar for personar som kjem ut frå fengsel eller rusbehandling, slik at "
           "bustad, økonomi og aktivitet er på plass frå første dag.")
    p.text("Interesse for nettverk/klyngesamarbeid: Nei")
    p.text("Interesse for ekstern prosessevaluering: Ja")
    p.y += 8
    p.heading("Underskrift", size=11)
    c = p.c
    top = p.y + 44
    kit.draw_ink(c, p.m + 250 + 6, p.Y(top) + 2, 91, w=150, h=30)
    c.line(p.m + 250, p.Y(top), p.m + 460, p.Y(top))
    c.setFont("Sans", 9.5)
    c.drawString(p.m + 250, p.Y(top + 13), "Oddbjørn Rekve, kommunedirektør")
    c.drawString(p.m + 250, p.Y(top + 26), "Voss, 23.01.2020")
    c.drawString(p.m, p.Y(top + 13), "Nav-leiar: sjå digital signatur")
    sig_box = (p.m, p.Y(top) + 2, p.m + 200, p.Y(top) + 50)
    p.save()
    s = kit.make_signer("Kristin Gjerme", "Nav Voss", 109)
    pdf = kit.pades_sign(buf.getvalue(), "Nav-leiar", s, datetime(2020, 1, 27, 8, 40, tzinfo=CET),
                         reason="Godkjent av Nav-leiar", location="Voss", box=sig_box, page=0,
                         stamp_text="Digitalt signert av %(signer)s\nNav-leiar\n%(ts)s")
    out.write_bytes(pdf)
    return truth("g09", "pdf", "pades-mixed", lang="nn", scheme=S20,
                 office=("Nav Voss", "Voss", org), contact=("Solveig Lidal", "solveig.lidal@nav.no", "56523840"),
                 project=("Trygg overgang frå institusjon", "new", "2020-06-01"), pct=100,
                 amounts={"positions": 610000, "competence": 10000, "total": 620000},
                 prio=[A_SAA], interest=(False, True),
                 sigs=[("nav_leader", "Kristin Gjerme", "Nav-leiar", "2020-01-27", "digital"),
                       ("municipality", "Oddbjørn Rekve", "Kommunedirektør", "2020-01-23", "handwritten")],
                 notes=["ink drawn on the page before signing, then one PAdES signature (the Nav-leiar)",
                        "'Voss herad': municipality Voss"])


# ---------------------------------------------------------------------------------------- g11
def g11(out):
    """Defect: the Nav leader signs digitally; the municipality's signature field stays empty."""
    org = kit.orgnr("97419000")
    buf = io.BytesIO()
    p = kit.Page(buf, font="DVC", size=10, margin=58, title="Søknad 2020 Nav Steinkjer")
    p.text("Søknad om tilskudd 2020", font="DVC-Bold", size=16)
    p.text("Utvikling av sosiale tjenester i Nav-kontoret (kap. 0621 post 63)", size=10.5)
    p.y += 6
    p.rows([("Nav-kontor", "Nav Steinkjer"), ("Kommune", "Steinkjer"), ("Org.nr.", org),
            ("Kontaktperson", "Lars Moe"), ("E-post", "lars.moe@nav.no"), ("Telefon", "74 16 92 00"),
            ("Prosjekt", "Flyt i overgangene"), ("Nytt/videreføring", "Nytt prosjekt"), ("Oppstart", "01.04.2020"),
            ("Stillingsandel", "100 %"), ("Lønn og sosiale kostnader", "kr 590 000"), ("Kompetanse", "kr 10 000"),
            ("Totalt", "kr 600 000")], lw=160)
    p.heading("Prioriterte områder", size=11)
    p.text("Sikring av sårbare overganger (mellom tjenester, fra utdanning til arbeid)")
    p.text("Nettverk/klyngesamarbeid: Ja      Ekstern prosessevaluering: Ja")
    p.y += 8
    p.heading("Signaturer (digitale)", size=11)
    p.text("Nav-leder", font="DVC-Bold", x=p.m, dy=0)
    p.text("Kommunedirektør", font="DVC-Bold", x=320)
    p.save()
    y = 841.89 - p.y - 4
    pdf = kit.empty_sig_field(buf.getvalue(), "Signatur kommunedirektør", box=(320, y - 60, 520, y))
    s = kit.make_signer("Grete Aune", "Nav Steinkjer", 111)
    pdf = kit.pades_sign(pdf, "Signatur Nav-leder", s, datetime(2020, 1, 29, 13, 5, tzinfo=CET),
                         reason="Nav-leder", location="Steinkjer", box=(58, y - 60, 258, y), page=0)
    out.write_bytes(pdf)
    return truth("g11", "pdf", "defect", lang="nb", scheme=S20,
                 office=("Nav Steinkjer", "Steinkjer", org), contact=("Lars Moe", "lars.moe@nav.no", "74169200"),
                 project=("Flyt i overgangene", "new", "2020-04-01"), pct=100,
                 amounts={"positions": 590000, "competence": 10000, "total": 600000},
                 prio=[A_SAA], interest=(True, True),
                 sigs=[("nav_leader", "Grete Aune", "Nav-leder", "2020-01-29", "digital")],
                 expected=["SIGNATURE_MUNICIPALITY_MISSING"],
                 notes=["the municipality's signature field exists but was never signed"])


# ---------------------------------------------------------------------------------------- g13
def g13(out):
    """Defect: no position percentage anywhere (the percent cell is empty)."""
    org = kit.orgnr("93870111")
    p = kit.Page(str(out), font="Serif", size=11, margin=64, title="Søknad Nav Grimstad")
    p.text("Søknadsskjema – tilskudd til utvikling av sosiale tjenester 2020", font="Serif-Bold", size=13)
    p.para(INSTR_NB, size=8, color=(0.4, 0.4, 0.4), font="Serif")
    p.rows([("Nav-kontor", "Nav Grimstad"), ("Kommune", "Grimstad"), ("Organisasjonsnummer", org),
            ("Kontaktperson", "Kjersti Omdal, kjersti.omdal@nav.no, 37 25 01 00"),
            ("Tiltakets tittel", "Familieløftet Grimstad"), ("Nytt / videreføring", "Nytt"),
            ("Oppstart", "15.03.2020")], lw=165)
    p.heading("Budsjett", size=11.5)
    p.table(["Stilling", "Stillingsandel", "Beløp"],
            [["Familiekoordinator", "", "kr 450 000"], ["Kompetanse", "", "kr 10 000"], ["Sum", "", "kr 460 000"]],
            [210, 110, 150], align=["l", "r", "r"])
    p.heading("Prioriterte områder", size=11.5)
    p.check(False, "Bruk av ordinært arbeidsliv")
    p.check(True, "Oppfølging av barnefamilier, ungdom og innvandrere")
    p.check(False, "Sikring av sårbare overganger")
    p.text("Ønsker nettverk/klyngesamarbeid: Ja.  Ønsker ekstern prosessevaluering: Nei.")
    p.y += 10
    c = p.c
    top = p.y + 46
    for i, (name, tit, dato, seed) in enumerate((("Arild Skaar", "Nav-leder", "24.01.2020", 131),
                                                  ("Hanne Fidje", "Kommunedirektør", "27.01.2020", 132))):
        x = p.m + i * 240
        kit.draw_ink(c, x + 6, p.Y(top) + 2, seed, w=140, h=30)
        c.line(x, p.Y(top), x + 200, p.Y(top))
        c.setFont("Serif", 10)
        c.drawString(x, p.Y(top + 13), f"{dato}  {name}")
        c.drawString(x, p.Y(top + 26), tit)
    p.save()
    return truth("g13", "pdf", "defect", lang="nb", scheme=S20,
                 office=("Nav Grimstad", "Grimstad", org),
                 contact=("Kjersti Omdal", "kjersti.omdal@nav.no", "37250100"),
                 project=("Familieløftet Grimstad", "new", "2020-03-15"), pct=None,
                 amounts={"positions": 450000, "competence": 10000, "total": 460000},
                 prio=[A_BUI], interest=(True, False),
                 sigs=[("nav_leader", "Arild Skaar", "Nav-leder", "2020-01-24", "handwritten"),
                       ("municipality", "Hanne Fidje", "Kommunedirektør", "2020-01-27", "handwritten")],
                 expected=["POSITION_PERCENT_MISSING"],
                 notes=["the Stillingsandel column is empty: no cap can be computed, so no AMOUNT_OVER_CAP"])


# ---------------------------------------------------------------------------------------- g14
def g14(out):
    """Defect (warning): Nynorsk, the kommunedirektør signed after the deadline, dates in words."""
    org = kit.orgnr("94459221")
    p = kit.Page(str(out), font="DV", size=9.8, margin=60, title="Søknad Nav Sunnfjord")
    p.text("Nav Sunnfjord", font="DV-Bold", size=14)
    p.text("Søknad om tilskot til utvikling av sosiale tenester i Nav 2020", font="DV-Bold", size=11.5)
    p.y += 4
    p.rows([("Kva Nav-kontor søkjer?", "Nav Sunnfjord"), ("Kommune", "Sunnfjord"), ("Org.nr.", org),
            ("Kven er kontaktperson?", "Ragnhild Årdal"), ("E-post", "ragnhild.ardal@nav.no"), ("Telefon", "57 72 10 44"),
            ("Kva heiter tiltaket?", "Aktiv kvardag"), ("Nytt eller vidareføring?", "Vidareføring (år 2)"),
            ("Når startar tiltaket?", "1. mars 2020"),
            ("Stillingar", "to 50 %-stillingar som aktivitetsrettleiar")], lw=180)
    p.heading("Budsjett", size=11)
    p.table(["Post", "Kroner"], [["Løn og sosiale utgifter (to 50 %-stillingar)", "600 000"],
                                  ["Kompetanse", "10 000"], ["Sum søkt", "610 000"]], [330, 140], align=["l", "r"])
    p.heading("Prioriterte område", size=11)
    p.para("Bruk av ordinært arbeidsliv: deltakarane skal ut i arbeidstrening hos lokale verksemder. "
           "Sikring av sårbare overgangar: vi følgjer opp unge som går frå vidaregåande til arbeid.")
    p.text("Nettverk/klyngesamarbeid: Ja.   Ekstern prosessevaluering: Ja.")
    p.y += 10
    c = p.c
    top = p.y + 46
    for i, (name, tit, dato, seed) in enumerate((("Eldbjørg Sande", "Nav-leiar", "30. januar 2020", 141),
                                                  ("Terje Heggheim", "Kommunedirektør", "3. februar 2020", 142))):
        x = p.m + i * 240
        kit.draw_ink(c, x + 6, p.Y(top) + 2, seed, w=140, h=30)
        c.line(x, p.Y(top), x + 200, p.Y(top))
        c.setFont("DV", 9.5)
        c.drawString(x, p.Y(top + 13), name + ", " + tit.lower())
        c.drawString(x, p.Y(top + 26), "Førde, " + dato)
    p.save()
    return truth("g14", "pdf", "defect", lang="nn", scheme=S20,
                 office=("Nav Sunnfjord", "Sunnfjord", org),
                 contact=("Ragnhild Årdal", "ragnhild.ardal@nav.no", "57721044"),
                 project=("Aktiv kvardag", "continuation", "2020-03-01"), pct=100,
                 amounts={"positions": 600000, "competence": 10000, "total": 610000},
                 prio=[A_ORD, A_SAA], interest=(True, True),
                 sigs=[("nav_leader", "Eldbjørg Sande", "Nav-leiar", "2020-01-30", "handwritten"),
                       ("municipality", "Terje Heggheim", "Kommunedirektør", "2020-02-03", "handwritten")],
                 expected=["SIGNED_AFTER_DEADLINE"],
                 notes=["'to 50 %-stillingar' = 100 %; municipal signature '3. februar 2020' after the deadline"])


# ---------------------------------------------------------------------------------------- g16
def g16(out):
    """Not an application: the county's letter chasing a missing signature."""
    p = kit.Page(str(out), font="Sans", size=10.5, margin=66, title="Mangel ved søknad")
    p.text("Fylkesmannen i Agder", font="Sans-Bold", size=14, color=(0.1, 0.2, 0.45))
    p.text("Saksbehandler: Åse Tveit, tlf. 37 01 75 40", size=8.5)
    p.text("Vår dato: 05.02.2020   Vår ref.: 2020/1187", size=8.5)
    p.y += 10
    p.text("Nav Lindesnes", size=10.5)
    p.text("Postboks 5, 4524 Sør-Audnedal", size=10.5)
    p.y += 10
    p.text("Søknad om tilskudd 2020 – «Sammen for barna» – mangler signatur", font="Sans-Bold", size=12)
    p.para("Vi viser til søknaden deres om tilskudd til utvikling av sosiale tjenester i Nav-kontoret, mottatt "
           "31. januar 2020. Dere søker om kr 620 000 til én 100 % stilling som familiekoordinator og kr 10 000 til "
           "kompetanse, til sammen kr 630 000.")
    p.para("Søknaden er signert av Nav-leder, men mangler signatur fra kommunens ledelse (rådmann/kommunalsjef). "
           "Det er et krav i kunngjøringen at tiltaket er forankret i kommuneledelsen. Vi ber derfor om at signert "
           "søknad ettersendes innen 14. februar 2020. Vi gjør samtidig oppmerksom på at omsøkt beløp til stillingen "
           "overstiger satsen på 610 000 kroner per 100 % stilling.")
    p.para("Søknaden vil ikke bli videresendt til Arbeids- og velferdsdirektoratet før mangelen er rettet.")
    p.y += 8
    p.text("Med hilsen")
    p.y += 8
    p.text("Kari Lunde (e.f.)")
    p.text("seksjonsleder")
    p.text("Åse Tveit", x=300, dy=0)
    p.y -= 0
    p.text("seniorrådgiver", x=300)
    p.y += 6
    p.para("Dokumentet er elektronisk godkjent og har derfor ingen håndskrevne signaturer.", size=9)
    p.save()
    return truth("g16", "pdf", "not-application", lang="nb", scheme=None, expected=["NOT_AN_APPLICATION"],
                 score_fields=False,
                 notes=["the county's letter asking for a missing municipal signature; it repeats office, title, "
                        "position, amounts and the cap, and carries an e-approval line"])

