"""Chromium-printed PDFs of corpus 40: an HTML form with ink images, a Nynorsk web form with electronic
approval, and the Ringerike submission (cover letter + application + council minutes + budget) merged by pypdf."""
from __future__ import annotations

from pathlib import Path

from kit40 import S20, html_to_pdf, ink_data_uri, merge_pdfs, orgnr, spaced, truth

CSS = """
@page { size: A4; margin: 18mm 16mm; }
body { font-family: 'DejaVu Sans', sans-serif; font-size: 10pt; color: #222; }
h1 { font-size: 15pt; color: #1a4d7a; margin: 0 0 4mm 0; }
fieldset { border: 1px solid #9ab; margin: 0 0 4mm 0; padding: 2mm 4mm; }
legend { font-weight: bold; color: #1a4d7a; }
dl { display: grid; grid-template-columns: 48mm 1fr; margin: 0; }
dt { font-weight: bold; padding: 1mm 0; } dd { margin: 0; padding: 1mm 0; border-bottom: 1px dotted #bbb; }
table { border-collapse: collapse; width: 100%; } td, th { border: 1px solid #999; padding: 1.5mm; text-align: left; }
.r { text-align: right; } .sig { display: flex; gap: 12mm; margin-top: 6mm; }
.sig div { flex: 1; } .sig img { height: 16mm; } .line { border-top: 1px solid #000; padding-top: 1mm; }
"""


def _page(body: str, lang="nb") -> str:
    return f'<!doctype html><html lang="{lang}"><head><meta charset="utf-8"><style>{CSS}</style></head><body>{body}</body></html>'


def _dl(rows) -> str:
    return "<dl>" + "".join(f"<dt>{a}</dt><dd>{b}</dd>" for a, b in rows) + "</dl>"


# ------------------------------------------------------------------ n04 pdf-handwritten nb (Chromium + ink)
def n04(out: Path):
    org = orgnr("97463422")
    body = f"""
<h1>Søknad om tilskudd – sosiale tjenester i Nav-kontoret (2020)</h1>
<p>Elektronisk skjema, skrives ut og signeres før innsending til Statsforvalteren i Oslo og Viken.</p>
<fieldset><legend>A. Søker</legend>{_dl([("Nav-kontor", "Nav Halden"), ("Kommune", "Halden"),
    ("Organisasjonsnr.", spaced(org)), ("Kontaktperson", "Silje Brekke"), ("E-post", "silje.brekke@nav.no"),
    ("Telefon", "69 17 70 00")])}</fieldset>
<fieldset><legend>B. Prosjekt</legend>{_dl([("Tittel", "Tidlig inn – sammen ut"), ("Søknadstype", "Nytt prosjekt"),
    ("Ønsket oppstart", "01.06.2020"), ("Stillingsandel", "80 %")])}
<p>Familieveilederen skal følge barnefamilier med lav inntekt tett, samordne tjenestene rundt familien og
hjelpe foreldrene ut i arbeid.</p></fieldset>
<fieldset><legend>C. Budsjett</legend><table><tr><th>Post</th><th class="r">Beløp</th></tr>
<tr><td>Lønn og sosiale kostnader (80 %)</td><td class="r">480 000</td></tr>
<tr><td>Kompetanse</td><td class="r">8 000</td></tr>
<tr><th>Sum søknadsbeløp</th><th class="r">488 000</th></tr></table></fieldset>
<fieldset><legend>D. Prioriterte områder og samarbeid</legend><table>
<tr><td>Bruk av ordinært arbeidsliv</td><td>–</td></tr>
<tr><td>Oppfølging av barnefamilier, ungdom og innvandrere</td><td>✔</td></tr>
<tr><td>Sikring av sårbare overganger</td><td>–</td></tr>
<tr><td>Ønsker nettverk/klyngesamarbeid</td><td>Ja</td></tr>
<tr><td>Ønsker ekstern prosessevaluering</td><td>Nei</td></tr></table></fieldset>
<fieldset><legend>E. Signatur</legend><div class="sig">
<div><img src="{ink_data_uri('n04a')}"><div class="line">Halden, 30.01.2020<br>Per Arne Sørli<br>Nav-leder</div></div>
<div><img src="{ink_data_uri('n04b')}"><div class="line">Halden, 04.02.2020<br>Ingunn Dahl<br>Kommunalsjef oppvekst og velferd</div></div>
</div></fieldset>"""
    html_to_pdf(_page(body), out)
    return truth("n04", "pdf", "pdf-handwritten", lang="nb", scheme=S20, office=("Nav Halden", "Halden", org),
                 contact=("Silje Brekke", "silje.brekke@nav.no", "69177000"),
                 project=("Tidlig inn – sammen ut", "new", "2020-06-01"), pct=80,
                 amounts={"positions": 480000, "competence": 8000, "total": 488000},
                 prio=["barnefamilier-ungdom-innvandrere"], interest=(True, False),
                 sigs=[("nav_leader", "Per Arne Sørli", "Nav-leder", "2020-01-30", "handwritten"),
                       ("municipality", "Ingunn Dahl", "Kommunalsjef oppvekst og velferd", "2020-02-04", "handwritten")],
                 expected=["SIGNED_AFTER_DEADLINE"],
                 notes=["defect: the kommunalsjef signed 04.02.2020, after the 1 February deadline",
                        "Chromium print of an HTML form: fieldsets with legends, CSS grid label/value, ✔ / – marks, "
                        "ink as <img> in flex columns"])


# ------------------------------------------------------------------ n05 pdf-text nn (Chromium), 4th year
def n05(out: Path):
    org = orgnr("97417890")
    body = f"""
<h1>Tilskot til utvikling av sosiale tenester i Nav 2020</h1>
<p><b>Søknadsskjema – vidareføring</b> · Nav Stord · Stord kommune</p>
<table>
<tr><th style="width:55mm">Søkjar</th><td>Nav Stord, org.nr. {spaced(org)}</td></tr>
<tr><th>Kommune</th><td>Stord</td></tr>
<tr><th>Kontaktperson</th><td>Randi Økland · randi.okland@nav.no · 53 49 60 00</td></tr>
<tr><th>Prosjektnamn</th><td>«Jobbvegen»</td></tr>
<tr><th>Søknadstype</th><td>Vidareføring – 4. prosjektår (oppstart hausten 2016)</td></tr>
<tr><th>Oppstart for perioden</th><td>1. januar 2020</td></tr>
<tr><th>Stillingsressurs</th><td>Ei stilling (100 %)</td></tr>
</table>
<h3>Økonomi</h3>
<table><tr><th>Post</th><th class="r">Tildelt 2019</th><th class="r">Søkt 2020</th></tr>
<tr><td>Løn og sosiale kostnader</td><td class="r">600 000</td><td class="r">590 000</td></tr>
<tr><td>Kompetanse</td><td class="r">–</td><td class="r">10 000</td></tr>
<tr><th>Sum</th><th class="r">600 000</th><th class="r">600 000</th></tr></table>
<h3>Satsingsområde</h3>
<p>Prosjektet nyttar det ordinære arbeidslivet som arena: deltakarane får praksis og fast arbeid hjå lokale
verksemder, med jobbspesialist som følgjer både deltakar og arbeidsgjevar.</p>
<h3>Nettverk og evaluering</h3>
<p>Nettverk/klyngesamarbeid: ja. Ekstern prosessevaluering: nei.</p>
<h3>Godkjenning</h3>
<p>Dokumentet er elektronisk godkjent og har difor ikkje handskrivne signaturar.</p>
<table><tr><th>Namn</th><th>Rolle</th><th>Godkjent</th></tr>
<tr><td>Geir Olav Tysnes</td><td>Nav-leiar</td><td>28.01.2020</td></tr>
<tr><td>Hilde Sæbø</td><td>Kommunedirektør</td><td>29.01.2020</td></tr></table>"""
    html_to_pdf(_page(body, "nn"), out)
    return truth("n05", "pdf", "pdf-text", lang="nn", scheme=S20, office=("Nav Stord", "Stord", org),
                 contact=("Randi Økland", "randi.okland@nav.no", "53496000"),
                 project=("Jobbvegen", "continuation", "2020-01-01"), pct=100,
                 amounts={"positions": 590000, "competence": 10000, "total": 600000},
                 prio=["ordinaert-arbeidsliv"], interest=(True, False),
                 sigs=[("nav_leader", "Geir Olav Tysnes", "Nav-leiar", "2020-01-28", "electronic_approval"),
                       ("municipality", "Hilde Sæbø", "Kommunedirektør", "2020-01-29", "electronic_approval")],
                 expected=["CONTINUATION_LIMIT"],
                 notes=["defect: continuation in its 4th project year (beyond three years)",
                        "last year's grant column (Tildelt 2019) next to this year's (Søkt 2020)"])


# ------------------------------------------------------------------ n13 base (signed in pades40)
def n13_base(out: Path) -> str:
    org = orgnr("97451003")
    body = f"""
<h1>Søknad: Tilskudd til utvikling av sosiale tjenester i Nav-kontoret 2020</h1>
{_dl([("Nav-kontor", "Nav Tromsø"), ("Kommune", "Tromsø"), ("Organisasjonsnummer", spaced(org)),
      ("Kontaktperson", "Maja Eriksen, maja.eriksen@nav.no, tlf. 77 60 30 00"),
      ("Prosjekttittel", "Bosatt og i arbeid"), ("Ny/videreføring", "Ny"), ("Oppstart", "april 2020"),
      ("Stillinger", "1,5 årsverk (familieveileder 100 %, jobbspesialist 50 %)"),
      ("Lønn og sosiale kostnader", "kr 900 000"), ("Kompetanse", "kr 10 000"), ("Totalt omsøkt", "kr 910 000"),
      ("Prioritert område", "Oppfølging av barnefamilier, ungdom og innvandrere"),
      ("Nettverk / klynge", "Ja"), ("Ekstern prosessevaluering", "Ja")])}
<p>Prosjektet skal følge nybosatte flyktningfamilier fra introduksjonsprogrammet over i arbeid, med én
familieveileder for hele husstanden.</p>
<h3>Signering</h3>
<p>Søknaden signeres digitalt (PAdES) av Nav-leder Maria Johansen og kommunedirektør Stig Berntsen.</p>"""
    html_to_pdf(_page(body), out)
    return org


# ------------------------------------------------------------------ n06: whole submission merged by pypdf
def n06(out: Path):
    import tempfile

    from office40 import n06_application, n06_minutes
    cover = """
<p style="font-size:13pt"><b>Nav Ringerike</b><br>Postboks 23, 3502 Hønefoss</p>
<p>Statsforvalteren i Oslo og Viken<br>Postboks 325<br>1502 Moss</p>
<p style="text-align:right">Hønefoss, 29.01.2020<br>Vår ref.: 2020/118</p>
<p><b>Oversendelse – søknad om tilskudd til utvikling av sosiale tjenester i Nav-kontoret 2020</b></p>
<p>Vedlagt følger Nav Ringerikes søknad for 2020 om tilskudd til prosjektet «Ung voksen i arbeid», sammen med
utskrift av formannskapets vedtak i sak 8/20 om kommunal egenandel og et budsjettark for hele prosjektperioden.</p>
<p>Kommunen har tidligere hatt tilskudd til «Bolig først Ringerike» (2016–2018, til sammen 1,4 mill. kroner).</p>
<p>Med vennlig hilsen</p><p>Bjørn Tandberg<br>Nav-leder<br><i>Brevet er godkjent elektronisk og har ingen signatur.</i></p>"""
    budget = """
<h1>Budsjettark – «Ung voksen i arbeid» 2020–2022</h1>
<table><tr><th>Post</th><th class="r">2020</th><th class="r">2021</th><th class="r">2022</th></tr>
<tr><td>Lønn og sosiale kostnader (100 %)</td><td class="r">580 000</td><td class="r">595 000</td><td class="r">610 000</td></tr>
<tr><td>Kompetanse</td><td class="r">10 000</td><td class="r">10 000</td><td class="r">10 000</td></tr>
<tr><td>Sum søkt fra Statsforvalteren</td><td class="r">590 000</td><td class="r">605 000</td><td class="r">620 000</td></tr>
<tr><td>Egenandel Ringerike kommune</td><td class="r">200 000</td><td class="r">200 000</td><td class="r">200 000</td></tr>
<tr><th>Prosjektets totale kostnad</th><th class="r">790 000</th><th class="r">805 000</th><th class="r">820 000</th></tr>
</table>"""
    with tempfile.TemporaryDirectory() as td:
        t = Path(td)
        html_to_pdf(_page(cover), t / "c.pdf")
        html_to_pdf(_page(budget), t / "b.pdf")
        app, org = n06_application()
        merge_pdfs([(t / "c.pdf").read_bytes(), app, n06_minutes(), (t / "b.pdf").read_bytes()], out)
    return truth("n06", "pdf", "pdf-from-office", lang="nb", scheme=S20, office=("Nav Ringerike", "Ringerike", org),
                 contact=("Lene Opsahl", "lene.opsahl@nav.no", "32117200"),
                 project=("Ung voksen i arbeid", "new", "2020-03-01"), pct=100,
                 amounts={"positions": 580000, "competence": 10000, "total": 590000}, own_funding=200000,
                 prio=["ordinaert-arbeidsliv", "saarbare-overganger"], interest=(True, True),
                 sigs=[("nav_leader", "Bjørn Tandberg", "Nav-leder", "2020-01-28", "handwritten")],
                 expected=["SIGNATURE_MUNICIPALITY_MISSING"],
                 notes=["defect: the application's 'Rådmann/kommunedirektør' cell is empty (no ink, no name)",
                        "4 parts merged with pypdf: Chromium cover letter from the Nav leader (electronically approved "
                        "LETTER, not the application's signature), LibreOffice application, LibreOffice council "
                        "minutes ('Rett utskrift bekreftes' by a secretary), Chromium 3-year budget sheet",
                        "the council decision is not the municipal leadership's signature on the application"])
