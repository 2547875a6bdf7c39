"""PDF builders of corpus 54 (pa12, pa15–pa18): a live form, ink, two scans and a PAdES-signed package."""
from __future__ import annotations

import datetime
import io
import tempfile
from pathlib import Path

from kit54 import S20, org, scan_pdf, spaced, truth
from pdf38 import Page, _self_signed, _sign  # corpus 38's canvas and pyHanko signing: mechanics only
from pdf54 import A1, A2, A3, _box, _sigs


# ---------------------------------------------------------------- pa12 pdf-acroform nb: DEFECT invalid org number
def pa12(out: Path):
    o = org("93456789", valid=False)
    p = Page(str(out), "LS", "LSB", 10)
    f = p.c.acroForm
    p.text("Søknad 2020 – tilskudd til utvikling av sosiale tjenester i Nav-kontoret (utfyllbar)", bold=True, dy=28)
    for label, name, value in [("Nav-kontor", "kontor", "Nav Harstad"), ("Kommune", "kommune", "Harstad"),
                               ("Organisasjonsnummer", "orgnr", o), ("Kontaktperson", "kontakt", "Marte Johnsen"),
                               ("E-post", "epost", "marte.johnsen@nav.no"), ("Telefon", "telefon", "77 04 15 80"),
                               ("Prosjektets navn", "navn", "Hverdagsjobben"), ("Oppstart", "oppstart", "01.08.2020"),
                               ("Stillingsprosent", "prosent", "100"), ("Lønn og sosiale utgifter", "lonn", "605 000"),
                               ("Kompetanse", "komp", "10 000"), ("Sum omsøkt", "sum", "615 000")]:
        p.c.setFont(p.f, p.s)
        p.c.drawString(60, p.y, label)
        f.textfield(name=name, value=value, x=220, y=p.y - 4, width=300, height=16, borderWidth=0.5,
                    fontName="Helvetica", fontSize=10)
        p.y -= 22
    p.c.drawString(60, p.y, "Søknadstype")
    for i, (val, lab) in enumerate([("ny", "Ny"), ("videre", "Videreføring")]):
        f.radio(name="type", value=val, selected=(val == "ny"), x=220 + i * 110, y=p.y - 3, size=11, buttonStyle="circle")
        p.c.drawString(236 + i * 110, p.y, lab)
    p.y -= 26
    p.text("Prioriterte områder", bold=True)
    p.c.setFont(p.f, 9)
    p.c.drawString(400, p.y, "Ja")
    p.c.drawString(450, p.y, "Nei")
    p.y -= 16
    rows = [("omr1", "Bruk av ordinært arbeidsliv", True), ("omr2", "Oppfølging av barnefamilier, ungdom og innvandrere", True),
            ("omr3", "Sikring av sårbare overganger", False), ("nett", "Interesse for nettverk/klyngesamarbeid", True),
            ("eval", "Interesse for ekstern prosessevaluering", False)]
    for name, label, yes in rows:
        p.c.setFont(p.f, p.s)
        p.c.drawString(60, p.y, label)
        for val, x in [("ja", 398), ("nei", 448)]:
            f.radio(name=name, value=val, selected=(val == "ja") == yes, x=x, y=p.y - 3, size=11, buttonStyle="check")
        p.y -= 20
    p.y -= 8
    p.wrap("Hverdagsjobben skal gi foreldre i barnefamilier som har hatt sosialhjelp lenge, en vei inn i ordinære "
           "jobber i Harstad gjennom avtaler med lokale arbeidsgivere.", 100)
    p.y -= 10
    _sigs(p, [("pa12a", "Svein Arntzen", "Nav-leder", "Harstad 20.01.2020"),
              ("pa12b", "Wenche Pedersen", "Kommunedirektør", "Harstad 22.01.2020")])
    p.save()
    return truth("pa12", "pdf", "pdf-acroform", lang="nb", scheme=S20, office=("Nav Harstad", "Harstad", o),
                 contact=("Marte Johnsen", "marte.johnsen@nav.no", "77041580"),
                 project=("Hverdagsjobben", "new", "2020-08-01"), pct=100,
                 amounts={"positions": 605000, "competence": 10000, "total": 615000}, prio=[A1, A2],
                 interest=(True, False), expected=["ORG_NUMBER_INVALID"],
                 sigs=[("nav_leader", "Svein Arntzen", "Nav-leder", "2020-01-20", "handwritten"),
                       ("municipality", "Wenche Pedersen", "Kommunedirektør", "2020-01-22", "handwritten")],
                 notes=[f"defect: org number {o} fails MOD11", "areas as Ja/Nei radio groups in a live form"])


# ---------------------------------------------------------------- pa15 pdf-handwritten nb: DEFECT municipal block empty
def pa15(out: Path):
    o = org("98214563")
    p = Page(str(out), "DVS", "DVSB", 10)
    p.text("Nav Kongsberg", bold=True, size=13)
    p.text("Søknad – tilskudd til utvikling av sosiale tjenester i Nav-kontoret 2020", dy=24)
    for a, v in [("Søker:", "Nav Kongsberg, Kongsberg kommune"), ("Org.nr.:", spaced(o)),
                 ("Kontakt:", "Thea Kristiansen (thea.kristiansen@nav.no / 32 86 57 00)"),
                 ("Prosjekt:", "Veien videre fra KVP"), ("Søknaden gjelder:", "Videreføring – 2. driftsår"),
                 ("Periode:", "01.07.2020–30.06.2021"), ("Stillingsressurs:", "50 %")]:
        p.pair(a, v, x2=180)
    p.y -= 4
    p.text("Prioriterte områder", bold=True)
    for name, ans in [("Bruk av ordinært arbeidsliv", "Aktuelt"), ("Oppfølging av barnefamilier, ungdom og innvandrere",
                      "Ikke aktuelt"), ("Sikring av sårbare overganger", "Aktuelt")]:
        p.pair("   " + name, ans, x2=380)
    p.y -= 4
    for a, v in [("Lønn og sosiale utgifter", "300 000"), ("Kompetanse", "5 000"), ("Sum", "305 000"),
                 ("Nettverk/klyngesamarbeid", "Ja"), ("Ekstern prosessevaluering", "Ja")]:
        p.pair(a, v, x2=300)
    p.y -= 14
    p.text("For Nav Kongsberg", bold=True)
    _sigs(p, [("pa15a", "Frode Lie", "Nav-leder", "Kongsberg, 27.01.2020")])
    p.text("For Kongsberg kommune (kommunedirektør)", bold=True)
    p.text("Dato: ________________        Underskrift: ______________________________", dy=30)
    p.save()
    return truth("pa15", "pdf", "pdf-handwritten", lang="nb", scheme=S20, office=("Nav Kongsberg", "Kongsberg", o),
                 contact=("Thea Kristiansen", "thea.kristiansen@nav.no", "32865700"),
                 project=("Veien videre fra KVP", "continuation", "2020-07-01"), pct=50,
                 amounts={"positions": 300000, "competence": 5000, "total": 305000}, prio=[A1, A3],
                 interest=(True, True), expected=["SIGNATURE_MUNICIPALITY_MISSING"],
                 sigs=[("nav_leader", "Frode Lie", "Nav-leder", "2020-01-27", "handwritten")],
                 notes=["defect: the municipality's block is printed and left blank",
                        "areas answered 'Aktuelt' / 'Ikke aktuelt'"])


# ---------------------------------------------------------------- pa16 pdf-scanned nb: hand ticks in boxes, scanned
def pa16(out: Path):
    o = org("97112288")
    buf = io.BytesIO()
    p = Page(buf, "LS", "LSB", 11)
    p.text("Søknad om tilskudd 2020 – sosiale tjenester i Nav-kontoret", bold=True, size=13, dy=28)
    for a, v in [("Nav-kontor:", "Nav Verdal"), ("Kommune:", "Verdal"), ("Org.nr.:", spaced(o)),
                 ("Kontaktperson:", "Eva Holmen"), ("E-post:", "eva.holmen@nav.no"), ("Telefon:", "74 04 81 00"),
                 ("Prosjektnavn:", "Jobbvenn Verdal"), ("Nytt eller videreført:", "Nytt"),
                 ("Oppstart:", "01.09.2020"), ("Stilling:", "100 %")]:
        p.pair(a, v, x2=210)
    p.y -= 6
    p.text("Prioriterte områder (sett kryss):", bold=True)
    for name, on in [("Bruk av ordinært arbeidsliv", True), ("Oppfølging av barnefamilier, ungdom og innvandrere", True),
                     ("Sikring av sårbare overganger", False)]:
        p.c.rect(62, p.y - 2, 11, 11)
        if on:
            p.c.setStrokeColorRGB(0.05, 0.1, 0.5)
            p.c.setLineWidth(1.8)
            p.c.lines([(63, p.y + 4, 67, p.y - 1), (67, p.y - 1, 77, p.y + 13)])
            p.c.setStrokeColorRGB(0, 0, 0)
            p.c.setLineWidth(1)
        p.text(name, x=82)
    p.y -= 6
    for a, v in [("Lønn og sosiale utgifter:", "595 000"), ("Kompetanse:", "10 000"), ("Totalt søkt:", "605 000"),
                 ("Nettverk/klyngesamarbeid:", "Ja"), ("Ekstern prosessevaluering:", "Nei")]:
        p.pair(a, v, x2=300)
    p.y -= 14
    _sigs(p, [("pa16a", "Kristoffer Vist", "Nav-leder", "Verdal 22.01.2020"),
              ("pa16b", "Marianne Sandvik", "Kommunedirektør", "Verdal 23.01.2020")])
    p.save()
    with tempfile.TemporaryDirectory() as td:
        src = Path(td) / "pa16.pdf"
        src.write_bytes(buf.getvalue())
        scan_pdf(src, out, "pa16", dpi=220, angle=-0.9, jpeg=55)
    return truth("pa16", "pdf", "pdf-scanned", lang="nb", scheme=S20, office=("Nav Verdal", "Verdal", o),
                 contact=("Eva Holmen", "eva.holmen@nav.no", "74048100"),
                 project=("Jobbvenn Verdal", "new", "2020-09-01"), pct=100,
                 amounts={"positions": 595000, "competence": 10000, "total": 605000}, prio=[A1, A2],
                 interest=(True, False), optional=["LOW_CONFIDENCE"],
                 sigs=[("nav_leader", "Kristoffer Vist", "Nav-leder", "2020-01-22", "handwritten"),
                       ("municipality", "Marianne Sandvik", "Kommunedirektør", "2020-01-23", "handwritten")],
                 notes=["hand-drawn check marks (✓ overshooting the box) in two of three boxes; 220 dpi grey scan"])


# ---------------------------------------------------------------- pa17 pdf-scanned nn: DEFECT signed after the deadline
def pa17(out: Path):
    o = org("91234500")
    buf = io.BytesIO()
    p = Page(buf, "DVS", "DVSB", 10.5)
    p.text("NAV Stryn", bold=True, size=13)
    p.text(f"Tonningsgata 4, 6783 Stryn  ·  org.nr. {spaced(o)}", dy=28)
    p.text("Fylkesmannen i Vestland")
    p.text("Stryn, 4. februar 2020", dy=24)
    p.text("Søknad om tilskot til utvikling av sosiale tenester – «Nye naboar»", bold=True, dy=22)
    for s in [
        "NAV Stryn søkjer om tilskot til eit nytt prosjekt, «Nye naboar», med oppstart 1. september 2020.",
        "Prosjektet gjeld oppfølging av innvandrarfamiliane som er busette i kommunen dei siste åra, der foreldra "
        "framleis står utan inntekt etter introduksjonsprogrammet og borna veks opp i familiar med låg inntekt. "
        "Prosjektet gjeld ikkje overgangane frå skule til arbeid; dei tek Ungdomsteamet seg av.",
        "Vi søkjer om ei 70 % stilling, kr 420 000 til løn og sosiale utgifter og kr 10 000 til kompetanse, "
        "til saman kr 430 000.",
        "Vi er interesserte i nettverkssamarbeid, men ønskjer ikkje ekstern prosessevaluering.",
        "Kontaktperson er Sigrid Loen, sigrid.loen@nav.no, telefon 57 87 40 60."]:
        p.wrap(s, 92)
        p.y -= 4
    p.text("Med helsing", dy=14)
    _sigs(p, [("pa17a", "Helge Nesdal", "NAV-leiar", "04.02.2020"), ("pa17b", "Kari Stavem", "Rådmann", "04.02.2020")])
    p.save()
    with tempfile.TemporaryDirectory() as td:
        src = Path(td) / "pa17.pdf"
        src.write_bytes(buf.getvalue())
        scan_pdf(src, out, "pa17", dpi=250, angle=0.7, jpeg=65)
    return truth("pa17", "pdf", "pdf-scanned", lang="nn", scheme=S20, office=("Nav Stryn", "Stryn", o),
                 contact=("Sigrid Loen", "sigrid.loen@nav.no", "57874060"), project=("Nye naboar", "new", "2020-09-01"),
                 pct=70, amounts={"positions": 420000, "competence": 10000, "total": 430000}, prio=[A2],
                 interest=(True, False), expected=["SIGNED_AFTER_DEADLINE"], optional=["LOW_CONFIDENCE"],
                 sigs=[("nav_leader", "Helge Nesdal", "NAV-leiar", "2020-02-04", "handwritten"),
                       ("municipality", "Kari Stavem", "Rådmann", "2020-02-04", "handwritten")],
                 notes=["defect: both signed 04.02.2020, after 1 February",
                        "area in inflected Nynorsk prose; 'overgangane' explicitly NOT part of the project"])


# ---------------------------------------------------------------- pa18 pdf-pades nb: cover letter quotes the area list
def pa18(out: Path):
    o = org("95550017")
    buf = io.BytesIO()
    p = Page(buf, "LS", "LSB", 10)
    p.text("Tromsø kommune – Nav Tromsø", bold=True, size=12)
    p.text("Til Statsforvalteren i Troms og Finnmark", dy=22)
    p.text("Oversendelse av søknad – tilskudd til utvikling av sosiale tjenester i Nav-kontoret 2020", bold=True)
    p.wrap("I kunngjøringen for 2020 skriver Arbeids- og velferdsdirektoratet at disse utviklingsområdene vil bli "
           "særskilt prioritert:", 100)
    for a in ["• Bruk av ordinært arbeidsliv", "• Oppfølging av barnefamilier, ungdom og innvandrere",
              "• Sikring av sårbare overganger, blant annet løslatelse etter straffegjennomføring, overganger mellom "
              "ulike tjenester, utdanning og arbeidsliv"]:
        p.wrap(a, 100)
    p.wrap("Søknaden fra Nav Tromsø gjelder det siste av disse. Søknadsskjemaet følger på neste side.", 100)
    p.c.showPage()
    p.y = 780
    p.text("Søknadsskjema 2020", bold=True, size=13, dy=24)
    for a, v in [("Nav-kontor", "Nav Tromsø"), ("Kommune", "Tromsø"), ("Org.nr.", o),
                 ("Kontaktperson", "Mona Isaksen"), ("E-post", "mona.isaksen@nav.no"), ("Telefon", "77 79 00 00"),
                 ("Prosjekt", "Neste stopp"), ("Søknadstype", "Videreføring (år 3 av 3)"), ("Oppstart", "01.01.2020"),
                 ("Prioritert område", "Sikring av sårbare overganger (løslatelse fra Tromsø fengsel)"),
                 ("Stillingsressurs", "2 stillinger à 100 %"), ("Lønn og sosiale utgifter", "1 220 000"),
                 ("Kompetanse", "10 000"), ("Sum omsøkt", "1 230 000"),
                 ("Nettverk/klyngesamarbeid", "Nei"), ("Ekstern prosessevaluering", "Ja")]:
        p.pair(a + ":", v, x2=210)
    p.y -= 16
    p.text("Signert digitalt (PAdES) av:", bold=True)
    p.text("Nav-leder Jørn Hanssen, Tromsø 28.01.2020")
    p.text("Kommunaldirektør helse og omsorg Tove Mikalsen, Tromsø 30.01.2020")
    p.save()
    data = buf.getvalue()
    tz = datetime.timezone(datetime.timedelta(hours=1))
    with tempfile.TemporaryDirectory() as td:
        s1 = _self_signed(Path(td), "Jorn Hanssen", "Nav Tromso")
        s2 = _self_signed(Path(td), "Tove Mikalsen", "Tromso kommune")
        data = _sign(data, "Navleder", (60, 120, 260, 160), s1, datetime.datetime(2020, 1, 28, 9, 40, tzinfo=tz))
        data = _sign(data, "Kommune", (320, 120, 520, 160), s2, datetime.datetime(2020, 1, 30, 13, 15, tzinfo=tz))
    out.write_bytes(data)
    return truth("pa18", "pdf", "pdf-pades", lang="nb", scheme=S20, office=("Nav Tromsø", "Tromsø", o),
                 contact=("Mona Isaksen", "mona.isaksen@nav.no", "77790000"),
                 project=("Neste stopp", "continuation", "2020-01-01"), pct=200,
                 amounts={"positions": 1220000, "competence": 10000, "total": 1230000}, prio=[A3],
                 interest=(False, True),
                 sigs=[("nav_leader", "Jørn Hanssen", "Nav-leder", "2020-01-28", "digital"),
                       ("municipality", "Tove Mikalsen", "Kommunaldirektør helse og omsorg", "2020-01-30", "digital")],
                 notes=["cover letter QUOTES the announcement's three areas, then picks the last; the form agrees",
                        "near-miss: year 3 of 3 (no CONTINUATION_LIMIT); 200 % at exactly 1 220 000"])
