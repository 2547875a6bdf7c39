"""The non-applications (v01-v07) and unreadable inputs (v13-v15) of the twentieth corpus."""
from __future__ import annotations

import io
import tempfile
from pathlib import Path

from kit20 import Ink, add_ink, docx_new, grid, office_to_pdf, pdf_story, scan, styles, truth


def na(id_, ext, lang, note):
    return truth(id_, ext, "not-application", lang=lang, scheme=None, expected=["NOT_AN_APPLICATION"],
                 score_fields=False, notes=[note])


def bad(id_, ext, note):
    return truth(id_, ext, "bad-input", lang=None, scheme=None, expected=["DOCUMENT_UNREADABLE"],
                 score_fields=False, notes=[note])


# ------------------------------------------------------------------ v01
def v01(out: Path):
    """Nav Hamar applies for "Tilskudd til kommunalt rusarbeid" (Helsedirektoratet, kap. 0765 post 62)
    to the same Statsforvalter, in a form with positions, amounts, priority-like areas and both signatures."""
    d = docx_new("Calibri", 11)
    d.add_heading("Søknad om tilskudd til kommunalt rusarbeid 2020", level=1)
    d.add_paragraph("Tilskuddsordning: Tilskudd til kommunalt rusarbeid, kap. 0765 post 62 (Helsedirektoratet). "
                    "Søknaden sendes Statsforvalteren i Innlandet innen 1. mars 2020.")
    t = d.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for r in [("Søker", "NAV Hamar / Hamar kommune"), ("Organisasjonsnummer", "974 517 310"),
              ("Tiltakets navn", "Rusfri hverdag – oppfølging i bolig"), ("Type søknad", "☒ Nytt tiltak ☐ Videreføring"),
              ("Oppstart", "01.05.2020"), ("Kontaktperson", "Jorunn Skaug, jorunn.skaug@nav.no, 481 23 905"),
              ("Stilling(er)", "Rådgiver rus 100 %, erfaringskonsulent 50 %"),
              ("Lønn og sosiale kostnader", "kr 905 000"), ("Kompetanse/veiledning", "kr 25 000"),
              ("Sum omsøkt", "kr 930 000")]:
        c = t.add_row().cells
        c[0].text, c[1].text = r
    d.add_paragraph()
    d.add_paragraph("Tiltaket retter seg mot personer med rusproblemer som bor i kommunal bolig, og skal gi "
                    "oppfølging i bolig, hjelp til arbeid og aktivitet og sikre overgangen fra behandling til "
                    "kommunen. Tiltaket er forankret i kommunens rusmiddelpolitiske handlingsplan.")
    d.add_paragraph("Hamar, 20.02.2020")
    s = d.add_table(rows=2, cols=2)
    add_ink(s.cell(0, 0).paragraphs[0], 101)
    add_ink(s.cell(0, 1).paragraphs[0], 102)
    s.cell(1, 0).text = "Anne Grete Nordby, Nav-leder"
    s.cell(1, 1).text = "Ole Kristian Vang, kommunedirektør"
    d.save(out)
    return na("v01", "docx", "nb", "application to another grant (kommunalt rusarbeid, kap. 0765) from a Nav office")


# ------------------------------------------------------------------ v02
def v02(out: Path):
    """The county's grant letter (tilsagnsbrev) in Nynorsk to Nav Bremanger, quoting title, amounts,
    percent and conditions, with a 'Stadfesting av tilsegn' slip for the office to sign."""
    from reportlab.platypus import Paragraph, Spacer
    st = styles("DV", "DVB", 10)
    P = lambda t, s="p": Paragraph(t, st[s])  # noqa: E731
    story = [P("Statsforvaltaren i Vestland", "b"), P("Nav Bremanger, Postboks 54, 6721 Svelgen", "s"),
             P("Vår dato: 28.05.2020  Vår ref: 2020/1187", "s"), Spacer(1, 8),
             P("Tilsegn om tilskot til utvikling av sosiale tenester i Nav 2020 – «Ung i arbeid Bremanger»", "h1"),
             P("Vi viser til søknaden dykkar datert 29.01.2020. Arbeids- og velferdsdirektoratet har sett av midlar, "
               "og Statsforvaltaren gjev med dette tilsegn om tilskot på inntil <b>kr 580 000</b> til prosjektet "
               "«Ung i arbeid Bremanger»."),
             grid([["Tilskotsmottakar", "Nav Bremanger (org.nr. 938 462 100)"],
                   ["Prosjekt", "Ung i arbeid Bremanger"], ["Stilling", "ei stilling (100 %)"],
                   ["Søkt beløp", "kr 610 000"], ["Tildelt beløp", "kr 580 000"],
                   ["Kapittel/post", "0621 post 63"], ["Kontaktperson hos Nav", "Eli Frøyen"]], [150, 300]),
             Spacer(1, 6), P("Vilkår", "h2"),
             P("1. Tilskotet skal berre nyttast til løn og sosiale kostnader for stillinga. 2. Ubrukte midlar skal "
               "betalast tilbake. 3. Rapport skal sendast innan 1. mars 2021. 4. Tilsegnet må stadfestast innan "
               "fire veker."),
             P("Med helsing"), P("Dokumentet er elektronisk godkjent og har difor ikkje handskrivne signaturar."),
             P("Ingrid Sæle, seksjonsleiar – Marit Hauge, rådgjevar"), Spacer(1, 16),
             P("STADFESTING AV TILSEGN (returnerast til Statsforvaltaren)", "h2"),
             P("Nav Bremanger tek imot tilsegnet på dei vilkåra som står i brevet."),
             grid([["Stad og dato:", ""], ["Nav-leiar (underskrift):", ""], ["Kommunedirektør (underskrift):", ""]],
                  [180, 270])]
    pdf_story(out, story, "Tilsegn")
    return na("v02", "pdf", "nn", "the county's grant letter (tilsegn) with an acceptance slip")


# ------------------------------------------------------------------ v03
def v03(out: Path):
    """A rejection letter (avslag) from Statsforvalteren i Trøndelag, converted by LibreOffice."""
    d = docx_new("Liberation Sans", 11)
    d.add_paragraph("Statsforvalteren i Trøndelag\nPostboks 2600, 7734 Steinkjer")
    d.add_paragraph("NAV Orkland\nPostboks 83, 7301 Orkanger")
    d.add_paragraph("Dato: 02.06.2020     Saksnr.: 2020/2231")
    d.add_paragraph().add_run("Avslag på søknad om tilskudd til utvikling av sosiale tjenester i "
                              "Nav-kontoret 2020").bold = True
    for t in ["Vi viser til søknad fra NAV Orkland datert 30.01.2020 om kr 610 000 til prosjektet "
              "«Boligkompasset Orkland», med én 100 % stilling som boligveileder fra 01.08.2020.",
              "Arbeids- og velferdsdirektoratet har vurdert søknaden. Søknaden er avslått fordi prosjektet "
              "i hovedsak beskriver økt kapasitet i ordinær drift, og fordi kommunen har midler fra "
              "0–24-samarbeidet til samme målgruppe.",
              "Vedtaket kan påklages innen tre uker etter at det er mottatt, jf. forvaltningsloven § 28. "
              "Klagen sendes Statsforvalteren.",
              "Kontaktperson hos Statsforvalteren: Lars Ivar Berg, tlf. 73 19 90 00."]:
        d.add_paragraph(t)
    d.add_paragraph("Med hilsen")
    d.add_paragraph("Kari Brattås (e.f.)\navdelingsdirektør")
    d.add_paragraph("Lars Ivar Berg\nseniorrådgiver")
    d.add_paragraph("Dokumentet er elektronisk godkjent og har derfor ingen håndskrevne signaturer.")
    d.add_paragraph("Kopi: Orkland kommune v/kommunedirektør")
    with tempfile.TemporaryDirectory() as td:
        p = Path(td) / "v03.docx"
        d.save(p)
        office_to_pdf(p, out)
    return na("v03", "pdf", "nb", "the county's rejection letter (avslag) quoting the application")


# ------------------------------------------------------------------ v04
def v04(out: Path):
    """Municipal minutes (saksprotokoll, formannskapet) in Nynorsk approving that Nav Vestnes applies,
    quoting title, percent and amounts; signed by the mayor and secretary."""
    d = docx_new("Cambria", 11)
    d.add_paragraph().add_run("VESTNES KOMMUNE").bold = True
    d.add_paragraph().add_run("Saksprotokoll – Formannskapet").bold = True
    t = d.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for r in [("Møtedato", "21.01.2020"), ("Saksnr.", "PS 7/20"), ("Arkivsak", "20/143"),
              ("Sakshandsamar", "Nav-leiar Berit Ottesen")]:
        c = t.add_row().cells
        c[0].text, c[1].text = r
    d.add_paragraph()
    d.add_paragraph().add_run("Søknad om tilskot til utvikling av sosiale tenester i Nav 2020 – "
                              "prosjektet «Los for unge i Vestnes»").bold = True
    d.add_paragraph("Saksopplysningar: Nav Vestnes ønskjer å søkje Statsforvaltaren i Møre og Romsdal om tilskot "
                    "til ei 100 % stilling som ungdomslos, kr 600 000, og kr 10 000 til kompetanse, til saman "
                    "kr 610 000. Søknadsfristen er 1. februar 2020. Søknaden skal underskrivast av Nav-leiar og "
                    "kommunedirektør.")
    d.add_paragraph("Kommunedirektøren si tilråding: Formannskapet sluttar seg til at Nav Vestnes søkjer om "
                    "tilskot til prosjektet «Los for unge i Vestnes».")
    d.add_paragraph("Handsaming i møtet: Tilrådinga vart samrøystes vedteken.")
    d.add_paragraph().add_run("FSK-7/20 Vedtak:").bold = True
    d.add_paragraph("Formannskapet sluttar seg til at Nav Vestnes søkjer om tilskot til prosjektet «Los for unge "
                    "i Vestnes». Kommunen dekkjer eventuelle meirkostnader innanfor Nav sitt budsjett.")
    d.add_paragraph("Rett utskrift. Vestnes, 22.01.2020")
    p = d.add_paragraph()
    add_ink(p, 401, 3.5)
    d.add_paragraph("Geir Inge Lien, ordførar")
    d.add_paragraph("Kari Aarflot, møtesekretær")
    d.save(out)
    return na("v04", "docx", "nn", "formannskapet's minutes approving that the office applies")


# ------------------------------------------------------------------ v05
def _v05_pdf(path):
    from reportlab.platypus import Paragraph, Spacer
    st = styles("LS", "LSB", 10.5)
    P = lambda t, s="p": Paragraph(t, st[s])  # noqa: E731
    story = [P("STATUSRAPPORT PER 30.06.2020", "h1"),
             P("Tilskudd til utvikling av sosiale tjenester i Nav-kontoret – halvårsrapportering", "b"),
             Spacer(1, 6),
             grid([["Nav-kontor", "NAV Kongsberg"], ["Org.nr.", "974 517 310"],
                   ["Prosjektets navn", "Tett på – unge voksne i arbeid"], ["Tilsagnsår", "2020 (første år)"],
                   ["Tildelt beløp", "kr 610 000"], ["Stillingsprosent", "100 %"],
                   ["Prosjektstart", "01.03.2020"], ["Kontaktperson", "Nina Aasen, 958 10 244, nina.aasen@nav.no"]],
                  [150, 300], font="LS"),
             Spacer(1, 8), P("1. Framdrift", "h2"),
             P("Stillingen ble besatt 1. mars. På grunn av koronapandemien ble arbeidsgiverkontakten redusert i "
               "april og mai. 23 deltakere er i oppfølging."),
             P("2. Forbruk hittil", "h2"),
             grid([["Post", "Budsjett", "Forbruk 30.06"], ["Lønn og sosiale kostnader", "610 000", "284 500"],
                   ["Sum", "610 000", "284 500"]], [180, 130, 130], font="LS", header=True),
             P("3. Behov for endringer", "h2"), P("Ingen. Prosjektet følger planen."),
             Spacer(1, 10), P("Kongsberg, 03.07.2020"), Ink(501, 160, 42), P("Tone Fjeld, Nav-leder")]
    pdf_story(path, story, "Statusrapport")


def v05(out: Path):
    """A mid-year status report in form layout, printed, signed and scanned (150 dpi, grey, blur)."""
    with tempfile.TemporaryDirectory() as td:
        p = Path(td) / "v05.pdf"
        _v05_pdf(p)
        scan(p, out, 5, dpi=150, angle=-1.1, contrast=0.7, shadow=0, quality=50, blur=0.4)
    return na("v05", "pdf", "nb", "mid-year status report in form layout, scanned")


# ------------------------------------------------------------------ v06
def v06(out: Path):
    """Nav Alta tells the county of a new project leader and asks to move money between budget posts."""
    from reportlab.platypus import Paragraph, Spacer
    st = styles("DV", "DVB", 10)
    P = lambda t, s="p": Paragraph(t, st[s])  # noqa: E731
    story = [P("NAV Alta", "b"), P("Til Statsforvalteren i Troms og Finnmark", "s"), Spacer(1, 6),
             P("Melding om ny prosjektleder og søknad om omdisponering mellom budsjettposter", "h1"),
             P("Prosjekt: «Samhandling for familier i Alta» – tilsagn datert 25.05.2020, kr 620 000 "
               "(100 % stilling kr 610 000 og kompetanse kr 10 000)."),
             P("1. Ny prosjektleder", "h2"),
             grid([["", "Tidligere", "Ny fra 01.10.2020"], ["Prosjektleder", "Siri Mathisen", "Jon Erik Sara"],
                   ["E-post", "siri.mathisen@nav.no", "jon.erik.sara@nav.no"],
                   ["Telefon", "412 60 338", "934 71 502"]], [110, 170, 170], header=True),
             P("2. Omdisponering", "h2"),
             P("Vi ber om å få flytte kr 10 000 fra lønnsposten til kompetanseposten, slik at den nye "
               "prosjektlederen kan ta kurs i familieråd."),
             grid([["Post", "Innvilget", "Ønsket"], ["Lønn 100 % stilling", "610 000", "600 000"],
                   ["Kompetanse", "10 000", "20 000"], ["Sum", "620 000", "620 000"]], [180, 130, 130], header=True),
             Spacer(1, 10), P("Alta, 14.09.2020"),
             grid([[Ink(601, 150, 40), Ink(602, 150, 40)],
                   ["Nav-leder<br/>Kjell Ove Isaksen", "Kommunedirektør<br/>Bjørg Helene Nilsen"]], [220, 220],
                  box=False)]
    pdf_story(out, story, "Endringsmelding")
    return na("v06", "pdf", "nb", "change of project leader and move of money between posts of an approved project")


# ------------------------------------------------------------------ v07
def v07(out: Path):
    """The county's announcement (utlysning) of the 2020 round, with caps, deadline, priority areas,
    exclusions, signing rules and the county's contact person, converted by LibreOffice."""
    d = docx_new("Liberation Sans", 11)
    d.add_heading("Utlysning: Tilskudd til utvikling av sosiale tjenester i Nav-kontoret 2020", level=1)
    d.add_paragraph("Statsforvalteren i Agder – publisert 16.12.2019")
    for t in ["Arbeids- og velferdsdirektoratet lyser ut midler over statsbudsjettet kap. 0621 post 63. Nav-kontor "
              "i Agder kan søke om tilskudd til prosjekter som utvikler de sosiale tjenestene.",
              "Det kan søkes om inntil kr 610 000 per 100 % stilling (lønn og sosiale kostnader) og inntil "
              "kr 10 000 per prosjekt til kompetanse. Tilskuddet kan kun gå til stillinger.",
              "Prioriterte områder: Bruk av ordinært arbeidsliv; Oppfølging av barnefamilier, ungdom og "
              "innvandrere; Sikring av sårbare overganger.",
              "Det gis ikke tilskudd til prosjekter som kun beskriver økt kapasitet, til implementering av "
              "ferdige metoder, eller til kommuner med programmidler fra 0–24-samarbeidet for samme målgruppe.",
              "Søknaden skrives på direktoratets søknadsskjema og skal signeres av Nav-leder og rådmann/"
              "kommunedirektør. Søknadsfrist: 1. februar 2020.",
              "Skjemaet har felt for: Nav-kontor, kommune, organisasjonsnummer, prosjektets navn, nytt prosjekt/"
              "videreføring, stillingsprosent, beløp, kontaktperson, e-post og telefon.",
              "Kontaktperson hos Statsforvalteren: Hilde Omdal, hilde.omdal@statsforvalteren.no, tlf. 37 01 75 00."]:
        d.add_paragraph(t)
    d.add_paragraph("Med hilsen\nTorbjørn Haugland\nfagdirektør")
    with tempfile.TemporaryDirectory() as td:
        p = Path(td) / "v07.docx"
        d.save(p)
        office_to_pdf(p, out)
    return na("v07", "pdf", "nb", "the county's announcement (utlysning) of the 2020 round")


# ------------------------------------------------------------------ bad inputs
def v13(out: Path):
    """A PDF whose only page is a blank white 200 dpi scan (no text, no marks)."""
    from PIL import Image
    im = Image.new("L", (1654, 2339), 255)
    b = io.BytesIO()
    im.save(b, "PDF", resolution=200)
    out.write_bytes(b.getvalue())
    return bad("v13", "pdf", "a PDF whose only page is a blank white scan")


def v14(out: Path):
    """A PNG of one white pixel."""
    from PIL import Image
    b = io.BytesIO()
    Image.new("RGB", (1, 1), (255, 255, 255)).save(b, "PNG")
    out.write_bytes(b.getvalue())
    return bad("v14", "png", "an image of 1x1 pixel")


def v15(out: Path):
    """A Word 'web page' (HTML with Office namespaces) saved under a .docx name, holding an application."""
    html = """<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word"
xmlns="http://www.w3.org/TR/REC-html40"><head><meta charset="utf-8"><meta name=ProgId content=Word.Document>
<meta name=Generator content="Microsoft Word 15"><title>Søknad</title></head><body lang=NO-BOK>
<h1>Søknad om tilskudd til utvikling av sosiale tjenester i Nav-kontoret 2020</h1>
<table border=1><tr><td>Nav-kontor</td><td>NAV Sandefjord</td></tr><tr><td>Prosjekt</td><td>Ny start</td></tr>
<tr><td>Stilling</td><td>100 %</td></tr><tr><td>Omsøkt beløp</td><td>kr 610 000</td></tr></table>
<p>Sandefjord, 27.01.2020</p><p>Randi Holm, Nav-leder &nbsp;&nbsp; Per Arne Foss, kommunedirektør</p>
</body></html>
"""
    out.write_bytes(html.encode("utf-8"))
    return bad("v15", "docx", "an HTML file (Word 'web page') saved with a .docx name")
