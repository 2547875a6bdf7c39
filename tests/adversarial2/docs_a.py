"""Classes 1-3: the directorate's form with its instructions, bundles, near misses."""
from __future__ import annotations

from pathlib import Path

from docx import Document
from docx.enum.text import WD_BREAK
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls
from docx.shared import Pt
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from tools import chromium_pdf, org, rl_ink, soffice, save_docx
from truthlib import near_miss, truth

CSS = """
body{font-family:'Liberation Sans',Arial,sans-serif;font-size:10.5pt;margin:0}
@page{size:A4;margin:18mm 17mm}
h1{font-size:15pt;margin:0 0 4pt} h2{font-size:12pt;background:#e8e8e8;padding:3pt;margin:12pt 0 4pt}
.help{color:#777;font-style:italic;font-size:8.5pt;margin:2pt 0 4pt}
.box{border:1px solid #999;padding:5pt;margin:4pt 0}
table{border-collapse:collapse;width:100%} td,th{border:1px solid #666;padding:3pt 5pt;vertical-align:top;text-align:left}
td.q{width:38%;background:#f4f4f4}
.pb{page-break-before:always}
.small{font-size:8pt}
"""


# ============================================================================ class 1: form text
def b01(out: Path):
    o = org("97410320")
    html = f"""<html><head><meta charset="utf-8"><style>{CSS}</style></head><body>
<p class="small">Arbeids- og velferdsdirektoratet &middot; Søknadsskjema 2020</p>
<h1>Søknad om tilskudd til utvikling av sosiale tjenester i Nav-kontoret 2020</h1>
<div class="box help">
<b>Om ordningen.</b> Formålet med tilskuddsordningen er å stimulere til utvikling av sosiale tjenester som er
hjemlet i sosialtjenesteloven. Kun Nav-kontor kan søke, og Nav-kontoret skal eie prosjektet.
Det gis inntil 610 000 kroner per 100 % stilling (lønn og sosiale utgifter) og inntil 10 000 kroner per tiltak
til kompetanse. Søknadsfrist 1. februar 2020. Søknaden sendes Fylkesmannen i Innlandet.<br>
Følgende utviklingsområder vil bli særskilt prioritert i 2020: Bruk av ordinært arbeidsliv; Oppfølging av
barnefamilier, ungdom og innvandrere; Sikring av sårbare overganger.<br>
Det gis ikke tilskudd til: kommuner som mottar programfinansiering gjennom 0-24 satsningen og som søker om
tiltak til samme målgruppe; implementering av ferdig utviklede metoder og arbeidsmåter; søknader som kun
beskriver kapasitetsøkning i tjenesten.<br>
Spørsmål om skjemaet? Kontakt seniorrådgiver Tor Arne Lien hos Fylkesmannen, tlf. 61 26 60 54,
e-post fminpost@fylkesmannen.no.
</div>
<h2>Del 1 Søker</h2>
<table>
<tr><td class="q">Nav-kontor</td><td>Nav Elverum</td></tr>
<tr><td class="q">Kommune</td><td>Elverum</td></tr>
<tr><td class="q">Organisasjonsnummer</td><td>{o[:3]} {o[3:6]} {o[6:]}</td></tr>
<tr><td class="q">Kontaktperson i Nav-kontoret<div class="help">Navn, e-post og telefon til den som kan svare på spørsmål om søknaden</div></td>
<td>Hanne Bækken<br>hanne.baekken@nav.no<br>tlf. 62 43 11 20</td></tr>
</table>
<h2>Del 2 Tiltaket</h2>
<table>
<tr><td class="q">Tiltakets navn<div class="help">Eksempel: «Flere i arbeid i Eksempelby»</div></td><td>Ut i jobb sammen</td></tr>
<tr><td class="q">Nytt tiltak eller videreføring?</td><td>☒ Nytt tiltak &nbsp; ☐ Videreføring</td></tr>
<tr><td class="q">Planlagt oppstart</td><td>01.04.2020</td></tr>
<tr><td class="q">Hvilke prioriterte områder gjelder tiltaket?<div class="help">Kryss av for ett eller flere områder</div></td>
<td>☒ Bruk av ordinært arbeidsliv<br>☐ Oppfølging av barnefamilier, ungdom og innvandrere<br>☐ Sikring av sårbare overganger</td></tr>
<tr><td class="q">Beskriv tiltaket<div class="help">Beskriv utfordringen, målgruppen og hva som er nytt. Husk at søknader som kun
beskriver kapasitetsøkning ikke prioriteres, og at implementering av ferdig utviklede metoder ikke gis tilskudd.</div></td>
<td>Vi vil prøve ut en ny arbeidsform der veileder og arbeidsgiver følger brukeren sammen de første ukene i
ordinær jobb. Målgruppen er sosialhjelpsmottakere over 30 år uten arbeidserfaring de siste fem årene. Det nye er
at oppfølgingen skjer på arbeidsplassen, og at vi sammen med arbeidsgiverne utvikler en lokal modell.</td></tr>
</table>
<h2 class="pb">Del 3 Budsjett</h2>
<div class="help">Tilskuddet kan kun gå til stillinger. Oppgi stillingsprosent og beløp for hver stilling.</div>
<table>
<tr><th>Post</th><th>Stillingsprosent</th><th>Beløp (kr)</th></tr>
<tr><td>Jobbspesialist</td><td>100 %</td><td>600 000</td></tr>
<tr><td>Kompetanse (maks 10 000)</td><td></td><td>10 000</td></tr>
<tr><td><b>Sum omsøkt</b></td><td></td><td><b>610 000</b></td></tr>
</table>
<h2>Del 4 Nettverk og evaluering</h2>
<div class="help">Direktoratet ønsker å prøve ut nettverk/klyngesamarbeid og ekstern prosessevaluering på enkelte tiltak.</div>
<table>
<tr><td class="q">Er kontoret interessert i nettverk/klyngesamarbeid?</td><td>☒ Ja &nbsp; ☐ Nei</td></tr>
<tr><td class="q">Er kontoret interessert i ekstern prosessevaluering?</td><td>☐ Ja &nbsp; ☒ Nei</td></tr>
</table>
<h2>Del 5 Underskrift</h2>
<div class="help">Søknaden skal være forankret i kommuneledelsen og signeres av Nav-leder og rådmann/kommunedirektør. OBS! Signatur.</div>
<p>Dokumentet er elektronisk godkjent og har derfor ingen håndskrevne signaturer.</p>
<table>
<tr><th>Rolle</th><th>Navn</th><th>Dato</th></tr>
<tr><td>Nav-leder</td><td>Eirik Nordli</td><td>27.01.2020</td></tr>
<tr><td>Rådmann</td><td>Gunn Elin Lie</td><td>29.01.2020</td></tr>
</table>
</body></html>"""
    chromium_pdf(html, out)
    return truth("b01", "pdf", "1-form-text", lang="nb", scheme="nav-sosiale-tjenester-2020",
                 office=("Nav Elverum", "Elverum", o), contact=("Hanne Bækken", "hanne.baekken@nav.no", "62431120"),
                 project=("Ut i jobb sammen", "new", "2020-04-01"), pct=100,
                 amounts={"positions": 600000, "competence": 10000, "other": None, "total": 610000},
                 prio=["ordinaert-arbeidsliv"], interest=(True, False),
                 sigs=[("nav_leader", "Eirik Nordli", "Nav-leder", "2020-01-27", "electronic_approval"),
                       ("municipality", "Gunn Elin Lie", "Rådmann", "2020-01-29", "electronic_approval")],
                 notes=["Chromium print of the directorate's form; announcement, exclusions, caps, county adviser's phone and an example title in grey help text; the description repeats the exclusion words as a warning"])


FODT_HEAD = """<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
 xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
 office:version="1.2" office:mimetype="application/vnd.oasis.opendocument.text">
<office:styles>
 <style:style style:name="Rettleiing" style:family="paragraph"><style:text-properties fo:font-size="8pt" fo:font-style="italic" fo:color="#808080"/></style:style>
 <style:style style:name="Overskrift" style:family="paragraph"><style:text-properties fo:font-size="14pt" fo:font-weight="bold"/></style:style>
 <style:style style:name="Del" style:family="paragraph"><style:paragraph-properties fo:background-color="#dde4ee" fo:margin-top="0.3cm"/><style:text-properties fo:font-weight="bold"/></style:style>
</office:styles>
<office:body><office:text>
"""


def _p(text, style=None):
    st = f' text:style-name="{style}"' if style else ""
    return f"<text:p{st}>{text}</text:p>\n"


def _tbl(rows, name="T"):
    n = max(len(r) for r in rows)
    x = f'<table:table table:name="{name}">' + f'<table:table-column table:number-columns-repeated="{n}"/>'
    for r in rows:
        x += "<table:table-row>"
        for c in r:
            paras = c if isinstance(c, list) else [c]
            x += "<table:table-cell>" + "".join(_p(*p) if isinstance(p, tuple) else _p(p) for p in paras) + "</table:table-cell>"
        x += "</table:table-row>"
    return x + "</table:table>\n"


def b02(out: Path):
    o = org("97452108")
    body = _p("Søknadsskjema – Tilskot til utvikling av sosiale tenester i Nav 2019", "Overskrift")
    body += _p("Rettleiing: Tilskotet skal stimulere til utvikling av dei sosiale tenestene. Det vert ikkje gitt tilskot til: "
               "implementering av ferdig utvikla metodar og arbeidsmåtar; søknader som berre skildrar kapasitetsauke i tenesta; "
               "tiltak som er med i nasjonale forsøk. Prioriterte område i 2019: bruk av ordinært arbeidsliv, oppfølging av "
               "barnefamiliar, ungdom og innvandrarar, og sikring av sårbare overgangar. Søknadsfrist 1. februar 2019. "
               "Kontaktperson hjå Fylkesmannen i Sogn og Fjordane: rådgjevar Liv Rønneberg, tlf. 57 64 30 00.", "Rettleiing")
    body += _p("1. Søkjar", "Del")
    body += _tbl([["Nav-kontor", "Nav Førde"], ["Kommune", "Førde"], ["Organisasjonsnummer", o],
                  [["Kontaktperson", ("Namn, e-post og telefonnummer", "Rettleiing")],
                   ["Synnøve Årdal", "synnove.ardal@nav.no", "941 22 310"]]], "Soekjar")
    body += _p("2. Prosjektet", "Del")
    body += _tbl([[["Namn på prosjektet", ("Døme: «Saman om arbeid»", "Rettleiing")], "Heile familien i fokus"],
                  ["Nytt prosjekt eller vidareføring", "Vidareføring (år 2 av 3)"],
                  ["Oppstart", "1. mars 2019"],
                  [["Kva for prioriterte område gjeld prosjektet?", ("Skriv kva for område og grunngje kort.", "Rettleiing")],
                   "Oppfølging av barnefamiliar: Familiekoordinatoren samordnar tenestene rundt familiar med låg inntekt "
                   "og prøver ut ein ny modell for heilskapleg oppfølging av barna i familien."]], "Prosjekt")
    body += _p("3. Budsjett", "Del")
    body += _p("Oppgi stillingsprosent og søkt beløp. Løn og sosiale utgifter.", "Rettleiing")
    body += _tbl([["Stilling", "Stillingsprosent", "Søkt beløp"], ["Familiekoordinator", "80 %", "kr 470 000"],
                  ["Sum", "", "kr 470 000"]], "Budsjett")
    body += _p("4. Underskrift", "Del")
    body += _p("Søknaden skal vere forankra i kommuneleiinga og underskriven av Nav-leiar og rådmann.", "Rettleiing")
    body += _tbl([["Stad og dato", "Namn", "Tittel"], ["Førde, 24.01.2019", "Sigrid Sande", "Nav-leiar"],
                  ["Førde, 28.01.2019", "Olav Vik", "Rådmann"]], "Underskrift")
    fodt = FODT_HEAD + body + "</office:text></office:body></office:document>"
    soffice(fodt, "b02.fodt", "odt", out)
    return truth("b02", "odt", "1-form-text", lang="nn", scheme="nav-sosiale-tjenester-2019",
                 office=("Nav Førde", "Førde", o), contact=("Synnøve Årdal", "synnove.ardal@nav.no", "94122310"),
                 project=("Heile familien i fokus", "continuation", "2019-03-01"), pct=80,
                 amounts={"positions": 470000, "competence": None, "other": None, "total": 470000},
                 prio=["barnefamilier-ungdom-innvandrere"], interest=(None, None),
                 sigs=[("nav_leader", "Sigrid Sande", "Nav-leiar", "2019-01-24", "typed"),
                       ("municipality", "Olav Vik", "Rådmann", "2019-01-28", "typed")],
                 expected=["SIGNATURE_UNVERIFIED"],
                 notes=["Nynorsk 2019 form as ODT (flat ODT converted by LibreOffice); grey italic 'Rettleiing' paragraphs and cells repeat exclusions, priority areas, deadline, county adviser's phone and an example title; 2019 form asks nothing about network/evaluation"])


_IDS = iter(range(100, 10000))


def _txbox(par, text_lines, w_emu=5400000, h_emu=900000):
    """A floating text box (wps:wsp in mc:AlternateContent), the way Word stores a 'Tekstboks'."""
    runs = "".join(f'<w:p><w:r><w:rPr><w:i/><w:color w:val="7F7F7F"/><w:sz w:val="16"/></w:rPr><w:t xml:space="preserve">{t}</w:t></w:r></w:p>'
                   for t in text_lines)
    xml = f"""<w:r {nsdecls('w')} xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"
 xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"
 xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"
 xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"
 xmlns:v="urn:schemas-microsoft-com:vml"><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing>
<wp:anchor distT="0" distB="0" distL="114300" distR="114300" simplePos="0" relativeHeight="1" behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1">
<wp:simplePos x="0" y="0"/><wp:positionH relativeFrom="column"><wp:posOffset>0</wp:posOffset></wp:positionH>
<wp:positionV relativeFrom="paragraph"><wp:posOffset>0</wp:posOffset></wp:positionV><wp:extent cx="{w_emu}" cy="{h_emu}"/>
<wp:effectExtent l="0" t="0" r="0" b="0"/><wp:wrapTopAndBottom/><wp:docPr id="{next(_IDS)}" name="Tekstboks"/>
<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"><wps:wsp><wps:cNvSpPr txBox="1"/>
<wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="{w_emu}" cy="{h_emu}"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom>
<a:ln w="6350"><a:solidFill><a:srgbClr val="A6A6A6"/></a:solidFill></a:ln></wps:spPr>
<wps:txbx><w:txbxContent>{runs}</w:txbxContent></wps:txbx><wps:bodyPr/></wps:wsp></a:graphicData></a:graphic></wp:anchor>
</w:drawing></mc:Choice><mc:Fallback><w:pict><v:shape style="width:425pt;height:70pt"><v:textbox><w:txbxContent>{runs}</w:txbxContent></v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r>"""
    par._p.append(parse_xml(xml))


def _field(par, instr):
    for x in (f'<w:r {nsdecls("w")}><w:fldChar w:fldCharType="begin"/></w:r>',
              f'<w:r {nsdecls("w")}><w:instrText xml:space="preserve"> {instr} </w:instrText></w:r>',
              f'<w:r {nsdecls("w")}><w:fldChar w:fldCharType="separate"/></w:r>',
              f'<w:r {nsdecls("w")}><w:t>1</w:t></w:r>',
              f'<w:r {nsdecls("w")}><w:fldChar w:fldCharType="end"/></w:r>'):
        par._p.append(parse_xml(x))


def b03(out: Path):
    o = org("92118766")
    d = Document()
    sec = d.sections[0]
    hp = sec.header.paragraphs[0]
    hp.text = ("Fylkesmannen i Nordland · Søknadsfrist 1. februar 2018 · Spørsmål: rådgiver Mona Hansen, "
               "tlf. 75 53 15 00, fmnopost@fylkesmannen.no")
    fp = sec.footer.paragraphs[0]
    fp.add_run("Søknadsskjema tilskudd sosiale tjenester 2018 – side ")
    _field(fp, "PAGE")
    d.add_heading("Søknad om tilskudd til utvikling av sosiale tjenester i NAV-kontor 2018", 1)
    _txbox(d.add_paragraph(), [
        "Søknader som i størst mulig grad ivaretar følgende vil bli prioritert: bruk av ordinært arbeidsliv; oppfølging av ungdom",
        "og innvandrere; tiltak som begrunnes av behov avdekket av tilsyn; ivaretakelse av barneperspektivet; sikring av overganger",
        "mellom ulike tjenester, skole og arbeidsliv. Det gis ikke tilskudd til: tiltak som er/har vært med i nasjonale forsøk;",
        "søknader som kun beskriver kapasitetsøkning i tjenesten; implementering av ferdig utviklede metoder og arbeidsmåter."])
    t = d.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in [("NAV-kontor", "NAV Vefsn"), ("Kommune", "Vefsn"), ("Org.nr.", o),
                 ("Kontaktperson", "Turid Sørensen"), ("E-post", "Turid.Sorensen@nav.no"), ("Telefon", "+47 75 10 22 40"),
                 ("Tiltakets navn", "«Barna først»"), ("Nytt/videreføring", "Nytt tiltak"), ("Oppstart", "mai 2018")]:
        r = t.add_row().cells
        r[0].text, r[1].text = k, v
    d.add_paragraph()
    _txbox(d.add_paragraph(), ["Hjelpetekst: Beskriv hvilke prioriterte områder tiltaket retter seg mot. Eksempel: «Tiltaket skal",
                               "sikre overgangen fra videregående skole til arbeid for unge med sosialhjelp.»"], h_emu=500000)
    d.add_paragraph("Beskrivelse: NAV Vefsn vil ta barnas perspektiv inn i alle samtaler med foreldre som mottar "
                    "sosialhjelp over tid. En barneansvarlig veileder skal kartlegge barnas situasjon, samarbeide med "
                    "skole og helsestasjon, og utvikle en sjekkliste som kontoret tar i bruk.")
    d.add_paragraph("Budsjett", style="Heading 2")
    b = d.add_table(rows=3, cols=3)
    b.style = "Table Grid"
    for i, row in enumerate([("Stilling", "Stillingsstørrelse", "Beløp"), ("Barneansvarlig veileder", "50 %", "kr 290 000"),
                             ("Sum søknad", "", "kr 290 000")]):
        for j, v in enumerate(row):
            b.cell(i, j).text = v
    d.add_paragraph()
    d.add_paragraph("Underskrifter", style="Heading 2")
    s = d.add_table(rows=3, cols=3)
    s.style = "Table Grid"
    for i, row in enumerate([("Dato", "Navn", "Stilling"), ("22.01.2018", "Bente Kvist", "NAV-leder"),
                             ("25.01.2018", "Jan Erik Strand", "Rådmann")]):
        for j, v in enumerate(row):
            s.cell(i, j).text = v
    save_docx(d, out)
    return truth("b03", "docx", "1-form-text", lang="nb", scheme="nav-sosiale-tjenester-2018",
                 office=("Nav Vefsn", "Vefsn", o), contact=("Turid Sørensen", "turid.sorensen@nav.no", "75102240"),
                 project=("Barna først", "new", "2018-05-01"), pct=50,
                 amounts={"positions": 290000, "competence": None, "other": None, "total": 290000},
                 prio=["barneperspektivet"], interest=(None, None),
                 sigs=[("nav_leader", "Bente Kvist", "NAV-leder", "2018-01-22", "typed"),
                       ("municipality", "Jan Erik Strand", "Rådmann", "2018-01-25", "typed")],
                 expected=["SIGNATURE_UNVERIFIED"],
                 notes=["2018 Word form: announcement text and help text with an example answer in floating text boxes (wps + VML fallback); county adviser's phone in the page header; PAGE field in the footer; 'NAV' spelling; priority area argued in prose (barneperspektivet)"])


# ============================================================================ class 2: bundles
def b04(out: Path):
    o = org("99199344")
    html = f"""<html><head><meta charset="utf-8"><style>{CSS}
.mail td{{border:none;padding:1pt 6pt 1pt 0}} .mailhead{{border-bottom:2px solid #000;margin-bottom:8pt}}</style></head><body>
<p style="font-size:12pt"><b>Ragnhild Sæther</b></p>
<div class="mailhead"><table class="mail">
<tr><td><b>Fra:</b></td><td>Ragnhild Sæther &lt;ragnhild.saether@ringsaker.kommune.no&gt;</td></tr>
<tr><td><b>Sendt:</b></td><td>torsdag 30. januar 2020 14:12</td></tr>
<tr><td><b>Til:</b></td><td>FMIN Postmottak &lt;fminpost@fylkesmannen.no&gt;</td></tr>
<tr><td><b>Kopi:</b></td><td>Lise Moen &lt;lise.moen@nav.no&gt;</td></tr>
<tr><td><b>Emne:</b></td><td>Søknad tilskudd sosiale tjenester 2020 – Nav Ringsaker</td></tr>
<tr><td><b>Vedlegg:</b></td><td>Søknad Nav Ringsaker 2020.pdf; Prosjektplan.pdf; Stillingsbeskrivelse.pdf</td></tr>
</table></div>
<p>Hei,</p><p>Vedlagt følger søknad fra Nav Ringsaker om tilskudd til utvikling av sosiale tjenester, med prosjektplan
og stillingsbeskrivelse. Søknaden er behandlet i kommunens ledergruppe.</p>
<p>Med vennlig hilsen<br>Ragnhild Sæther<br>Rådgiver, Kommunalsjefens stab<br>Ringsaker kommune<br>Tlf. 950 12 345</p>

<div class="pb"></div>
<h1>Søknad om tilskudd til utvikling av sosiale tjenester i Nav-kontoret – 2020</h1>
<table>
<tr><td class="q">Søker (Nav-kontor)</td><td>Nav Ringsaker</td></tr>
<tr><td class="q">Kommune</td><td>Ringsaker</td></tr>
<tr><td class="q">Organisasjonsnummer</td><td>{o}</td></tr>
<tr><td class="q">Kontaktperson</td><td>Geir Holm, prosjektleder – geir.holm@nav.no – 476 12 290</td></tr>
<tr><td class="q">Prosjektnavn</td><td>Ny start etter soning</td></tr>
<tr><td class="q">Type</td><td>Nytt prosjekt</td></tr>
<tr><td class="q">Oppstart</td><td>1. juni 2020</td></tr>
<tr><td class="q">Prioritert område</td><td>Sikring av sårbare overganger – løslatelse etter straffegjennomføring</td></tr>
</table>
<p>Prosjektet skal prøve ut en ny samarbeidsform mellom Nav, kriminalomsorgen og boligkontoret slik at alle som
løslates fra Ilseng fengsel til Ringsaker har bolig, økonomi og en fast kontaktperson fra første dag.</p>
<table><tr><th>Budsjett 2020</th><th>Stilling</th><th>Kroner</th></tr>
<tr><td>Overgangskoordinator (lønn og sosiale utgifter)</td><td>100 %</td><td>605 000</td></tr>
<tr><td>Kompetanse</td><td></td><td>10 000</td></tr>
<tr><td><b>Sum</b></td><td></td><td><b>615 000</b></td></tr></table>
<p>Nav Ringsaker er interessert i nettverk/klyngesamarbeid: <b>Ja</b>. Interessert i ekstern prosessevaluering: <b>Ja</b>.</p>
<table><tr><th></th><th>Navn</th><th>Dato</th><th>Underskrift</th></tr>
<tr><td>Nav-leder</td><td>Lise Moen</td><td>28.01.2020</td><td>Lise Moen</td></tr>
<tr><td>Kommunalsjef</td><td>Arne Bjørke</td><td>29.01.2020</td><td>Arne Bjørke</td></tr></table>

<div class="pb"></div>
<h1>Vedlegg 1: Prosjektplan «Ny start etter soning» 2020–2022</h1>
<p><b>Prosjekteier:</b> Nav Ringsaker. <b>Prosjektleder:</b> Geir Holm.</p>
<table><tr><th>Prosjektgruppe</th><th>Rolle</th><th>Kontakt</th></tr>
<tr><td>Heidi Strand</td><td>Kriminalomsorgen, Ilseng</td><td>heidi.strand@kriminalomsorg.no, 917 55 201</td></tr>
<tr><td>Ola Brenden</td><td>Boligkontoret, Ringsaker kommune</td><td>ola.brenden@ringsaker.kommune.no</td></tr>
<tr><td>Geir Holm</td><td>Prosjektleder, Nav Ringsaker</td><td>geir.holm@nav.no</td></tr></table>
<p>Total kostnad for prosjektperioden 2020–2022: kr 1 845 000, herav egenfinansiering kr 0.
Styringsgruppen består av kommunalsjef, Nav-leder og leder for kriminalomsorgen.</p>
<p>Godkjent i styringsgruppen 15.01.2020 – Arne Bjørke (leder av styringsgruppen)</p>

<div class="pb"></div>
<h1>Vedlegg 2: Stillingsbeskrivelse – Overgangskoordinator</h1>
<p>Stillingsprosent: 100 %, fast tilsetting i prosjektperioden. Lønn etter avtale, om lag kr 520 000 per år.
Stillingen rapporterer til Nav-leder. Søknadsfrist for stillingen: 1. mars 2020.</p>
</body></html>"""
    chromium_pdf(html, out)
    return truth("b04", "pdf", "2-bundle", lang="nb", scheme="nav-sosiale-tjenester-2020",
                 office=("Nav Ringsaker", "Ringsaker", o), contact=("Geir Holm", "geir.holm@nav.no", "47612290"),
                 project=("Ny start etter soning", "new", "2020-06-01"), pct=100,
                 amounts={"positions": 605000, "competence": 10000, "other": None, "total": 615000},
                 prio=["saarbare-overganger"], interest=(True, True),
                 sigs=[("nav_leader", "Lise Moen", "Nav-leder", "2020-01-28", "typed"),
                       ("municipality", "Arne Bjørke", "Kommunalsjef", "2020-01-29", "typed")],
                 expected=["SIGNATURE_UNVERIFIED"],
                 notes=["Outlook-style e-mail printout from a municipal adviser (with her phone) in front; application; project plan with project group (other people's e-mails and phones), a 3-year total and a steering-group approval line; job description with a salary"])


def b05(out: Path):
    o = org("97403052")
    html = f"""<html><head><meta charset="utf-8"><style>
body{{font-family:'Liberation Serif';font-size:11pt}} table{{border-collapse:collapse;width:100%}}
td,th{{border:1px solid #000;padding:3pt}} h1{{font-size:14pt}} h2{{font-size:12pt}}</style></head><body>
<p>Nav Stord<br>Postboks 400<br>5402 Stord</p>
<p style="text-align:right">Stord, 30.01.2020<br>Vår ref.: 20/118</p>
<p>Statsforvaltaren i Vestland<br>Njøsavegen 2<br>6863 Leikanger</p>
<h2>Følgjebrev – søknad om tilskot til utvikling av sosiale tenester i Nav 2020</h2>
<p>Vedlagt sender vi søknad om vidareføring av prosjektet «Ungdomslos Stord», saman med CV for ungdomslosen og
budsjett for heile prosjektperioden. Ta gjerne kontakt dersom noko er uklart.</p>
<p>Med venleg helsing<br><br>Eirik Hole<br>rådgjevar, Nav Stord<br>tlf. 488 20 114</p>
<h1 style="page-break-before:always">Søknad om tilskot til utvikling av sosiale tenester i Nav 2020</h1>
<table>
<tr><td>Nav-kontor</td><td>Nav Stord</td></tr><tr><td>Kommune</td><td>Stord</td></tr>
<tr><td>Organisasjonsnummer</td><td>{o}</td></tr>
<tr><td>Kontaktperson</td><td>Marte Økland</td></tr><tr><td>E-post</td><td>marte.okland@nav.no</td></tr>
<tr><td>Telefon</td><td>53 49 60 00</td></tr>
<tr><td>Namn på tiltaket</td><td>Ungdomslos Stord</td></tr>
<tr><td>Nytt tiltak / vidareføring</td><td>Vidareføring, år 2 av 3</td></tr>
<tr><td>Oppstart</td><td>01.01.2020</td></tr>
</table>
<p>Tiltaket rettar seg mot ungdom mellom 16 og 24 år som står i fare for å falle ut av vidaregåande skule.
Losen følgjer ungdommen tett og samordnar tenestene rundt familien. I år 2 vil vi utvikle ein samarbeidsavtale med
skulane og prøve ut losen i barnefamiliar med innvandrarbakgrunn.</p>
<table><tr><th>Post</th><th>Stillingsprosent</th><th>Kr</th></tr>
<tr><td>Ungdomslos, løn og sosiale utgifter</td><td>100 %</td><td>580 000</td></tr>
<tr><td>Kompetanse</td><td></td><td>10 000</td></tr><tr><td>Sum søkt</td><td></td><td>590 000</td></tr></table>
<p>Ønskjer kontoret å vere med i nettverk/klyngesamarbeid? Ja.<br>
Ønskjer kontoret ekstern prosessevaluering? Nei.</p>
<p>Dokumentet er elektronisk godkjent og har difor ingen handskrivne signaturar.<br>
Godkjend av: Nils Tveit, Nav-leiar, 27.01.2020<br>Godkjend av: Berit Litlabø, kommunedirektør, 29.01.2020</p>
<h1 style="page-break-before:always">Vedlegg: CV – Jon Vik</h1>
<p>Jon Vik, fødd 1988. Telefon 998 87 766, e-post jon.vik@gmail.com.<br>
2015–2019: miljøarbeidar, Stord kommune. 2012–2015: bachelor i sosialt arbeid, HVL.<br>Referanse: Anne Sæbø, einingsleiar, tlf. 934 11 200.</p>
<h1 style="page-break-before:always">Vedlegg: Budsjett 2019–2021</h1>
<table><tr><th>År</th><th>Løn ungdomslos</th><th>Kompetanse</th><th>Eigenfinansiering Nav Stord</th><th>Sum</th></tr>
<tr><td>2019</td><td>560 000</td><td>10 000</td><td>50 000</td><td>620 000</td></tr>
<tr><td>2020</td><td>580 000</td><td>10 000</td><td>60 000</td><td>650 000</td></tr>
<tr><td>2021</td><td>600 000</td><td>10 000</td><td>60 000</td><td>670 000</td></tr>
<tr><td>Totalt</td><td>1 740 000</td><td>30 000</td><td>170 000</td><td>1 940 000</td></tr></table>
</body></html>"""
    soffice(html, "b05.html", "pdf:writer_pdf_Export", out, infilter="HTML (StarWriter)")
    return truth("b05", "pdf", "2-bundle", lang="nn", scheme="nav-sosiale-tjenester-2020",
                 office=("Nav Stord", "Stord", o), contact=("Marte Økland", "marte.okland@nav.no", "53496000"),
                 project=("Ungdomslos Stord", "continuation", "2020-01-01"), pct=100,
                 amounts={"positions": 580000, "competence": 10000, "other": None, "total": 590000},
                 prio=["barnefamilier-ungdom-innvandrere"], interest=(True, False),
                 sigs=[("nav_leader", "Nils Tveit", "Nav-leiar", "2020-01-27", "electronic_approval"),
                       ("municipality", "Berit Litlabø", "Kommunedirektør", "2020-01-29", "electronic_approval")],
                 notes=["Nynorsk: Nav office cover letter signed by an adviser, application with Nynorsk electronic approval, CV with other phones/e-mails, three-year budget sheet with own funding (not the year's amounts); HTML converted by LibreOffice Writer"])


def b06(out: Path):
    o = org("97452612")
    d = Document()
    st = d.styles["Normal"]
    st.font.name, st.font.size = "Calibri", Pt(11)
    d.add_paragraph("Kongsberg kommune\nHelse og velferd")
    d.add_paragraph("Fylkesmannen i Oslo og Viken\nPostboks 325\n1502 Moss")
    d.add_paragraph("Deres ref.:            Vår ref.: 2020/331-2            Dato: 29.01.2020")
    d.add_paragraph().add_run("Oversendelse – søknad fra Nav Kongsberg om tilskudd til utvikling av sosiale tjenester").bold = True
    d.add_paragraph("Kongsberg kommune støtter søknaden fra Nav Kongsberg og oversender den med vedlegg. Prosjektet er "
                    "drøftet i kommunens ledermøte 20. januar. Kommunen bidrar med kontorplass og administrativ støtte.")
    d.add_paragraph("Med hilsen\n\nKari Sundby\nkommunalsjef helse og velferd\nkari.sundby@kongsberg.kommune.no – 32 86 60 10")
    d.add_paragraph("Dokumentet er elektronisk godkjent og har derfor ingen håndskrevne signaturer.")
    d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    d.add_heading("Søknad om tilskudd – sosiale tjenester i Nav-kontoret 2020", 1)
    for k, v in [("Søker", "Nav Kongsberg, org.nr. " + o), ("Kommune", "Kongsberg"),
                 ("Kontakt", "Anders Vold, anders.vold@nav.no, mobil 913 04 588"),
                 ("Prosjekttittel", "Familieløftet Kongsberg"), ("Nytt eller videreført", "Nytt"), ("Ønsket oppstart", "01.03.2020")]:
        p = d.add_paragraph()
        p.add_run(k + ": ").bold = True
        p.add_run(v)
    d.add_paragraph("Prosjektet skal gi barnefamilier med langvarig sosialhjelp én familiekoordinator, og gi foreldrene "
                    "jobb i ordinært arbeidsliv gjennom en jobbspesialist som samarbeider tett med lokale arbeidsgivere. "
                    "Nytt er at koordinatoren og jobbspesialisten arbeider med hele familien samtidig.")
    t = d.add_table(rows=5, cols=3)
    t.style = "Light Grid Accent 1"
    for i, row in enumerate([("Stilling", "Andel", "Søkt beløp"), ("Familiekoordinator", "100 %", "600 000"),
                             ("Jobbspesialist", "50 %", "300 000"), ("Kompetansemidler", "", "10 000"),
                             ("Totalt omsøkt", "150 %", "910 000")]):
        for j, v in enumerate(row):
            t.cell(i, j).text = v
    d.add_paragraph()
    d.add_paragraph("Interesse for nettverk/klyngesamarbeid: Nei")
    d.add_paragraph("Interesse for ekstern prosessevaluering: Ja")
    s = d.add_table(rows=2, cols=2)
    s.style = "Table Grid"
    s.cell(0, 0).text = "Nav-leder\n\nHilde Moe\nKongsberg, 24.01.2020"
    s.cell(0, 1).text = "Kommunedirektør\n\nTom Rød\nKongsberg, 27.01.2020"
    s.cell(1, 0).text = "Underskrift: ______________________"
    s.cell(1, 1).text = "Underskrift: ______________________"
    d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    d.add_heading("Vedlegg: Prosjektplan", 1)
    d.add_paragraph("Prosjekteier: Hilde Moe, Nav-leder. Prosjektleder: Anders Vold.")
    pg = d.add_table(rows=4, cols=3)
    pg.style = "Table Grid"
    for i, row in enumerate([("Prosjektgruppe", "Rolle", "Telefon"), ("Anders Vold", "prosjektleder", "913 04 588"),
                             ("Sissel Haug", "barnevernet", "32 86 61 77"), ("Reidar Lunde", "helsestasjonen", "32 86 62 00")]):
        for j, v in enumerate(row):
            pg.cell(i, j).text = v
    d.add_paragraph("Samlet budsjett 2020–2022: kr 2 730 000. Kommunens egeninnsats: kr 450 000.")
    d.add_paragraph("Stillingsbeskrivelse jobbspesialist: 100 % stilling, lønnstrinn 52 (kr 512 300).")
    save_docx(d, out)
    return truth("b06", "docx", "2-bundle", lang="nb", scheme="nav-sosiale-tjenester-2020",
                 office=("Nav Kongsberg", "Kongsberg", o), contact=("Anders Vold", "anders.vold@nav.no", "91304588"),
                 project=("Familieløftet Kongsberg", "new", "2020-03-01"), pct=150,
                 amounts={"positions": 900000, "competence": 10000, "other": None, "total": 910000},
                 prio=["barnefamilier-ungdom-innvandrere", "ordinaert-arbeidsliv"], interest=(False, True),
                 sigs=[("nav_leader", "Hilde Moe", "Nav-leder", "2020-01-24", "typed"),
                       ("municipality", "Tom Rød", "Kommunedirektør", "2020-01-27", "typed")],
                 expected=["SIGNATURE_UNVERIFIED"],
                 notes=["Word: municipal cover letter signed (electronic approval) by a kommunalsjef in front: that approval belongs to the letter; application with typed names over empty signature lines; project plan naming the Nav leader as owner, other phones, a 3-year total and own contribution; job description with a salary"])


# ============================================================================ class 3: near misses
def b07(out: Path):
    html = f"""<html><head><meta charset="utf-8"><style>{CSS}</style></head><body>
<p><b>Statsforvaltaren i Vestland</b></p>
<p style="text-align:right">Vår dato: 12.05.2020<br>Vår ref: 2020/1422</p>
<p>Nav Voss<br>Postboks 33<br>5701 Voss</p>
<h1>Tilsegn om tilskot til utvikling av sosiale tenester i Nav 2020</h1>
<p>Vi viser til søknaden dykkar datert 28.01.2020 om tilskot til prosjektet «Meistring i kvardagen».
Arbeids- og velferdsdirektoratet har gjort vedtak om tildeling, og Statsforvaltaren gir med dette tilsegn om
tilskot på <b>kr 610 000</b> til ei stilling (100 %) i 2020. Tilskotet kan berre nyttast til løn og sosiale
utgifter for stillinga, og ubrukte midlar skal betalast tilbake.</p>
<p>Tilsegnet er gitt på vilkår av at Nav-kontoret stadfestar at vilkåra er godtekne, ved å returnere
stadfestinga under innan 1. juni 2020. Rapportering skjer på eige skjema innan 1. februar 2021.</p>
<p>Kontaktperson hjå Statsforvaltaren er seniorrådgjevar Kjersti Aarø, tlf. 55 57 23 00.</p>
<p>Med helsing<br>Jon Are Sølvberg (e.f.)<br>seksjonssjef</p>
<p><i>Dokumentet er elektronisk godkjent og har difor ingen handskrivne signaturar.</i></p>
<h2 class="pb">Stadfesting av tilsegn – returnerast til Statsforvaltaren i Vestland</h2>
<p>Nav Voss stadfestar med dette at vi tek imot tilskotet på kr 610 000 til prosjektet «Meistring i kvardagen»
på dei vilkåra som er sette i tilsegnsbrevet av 12.05.2020.</p>
<table><tr><td class="q">Kontonummer for utbetaling</td><td></td></tr>
<tr><td class="q">Stad og dato</td><td></td></tr>
<tr><td class="q">Underskrift Nav-leiar</td><td style="height:28pt"></td></tr>
<tr><td class="q">Underskrift kommunedirektør</td><td style="height:28pt"></td></tr></table>
</body></html>"""
    chromium_pdf(html, out)
    return near_miss("b07", "pdf", "nn", "Nynorsk grant letter (tilsegn) from the county with an acceptance slip and empty signature lines (Chromium)")


def b08(out: Path):
    o = org("98912345")
    html = f"""<html><head><meta charset="utf-8"><style>body{{font-family:'Liberation Sans';font-size:10.5pt}}
table{{border-collapse:collapse}} td,th{{border:1px solid #444;padding:2pt 6pt}}</style></head><body>
<h1>Statusrapport 2020</h1>
<h3>Tilskudd til utvikling av sosiale tjenester i Nav-kontoret (kap. 0621 post 63)</h3>
<table><tr><td>Nav-kontor</td><td>Nav Gjøvik</td></tr><tr><td>Organisasjonsnummer</td><td>{o}</td></tr>
<tr><td>Prosjekt</td><td>Jobbklar Gjøvik</td></tr><tr><td>Tilskudd mottatt</td><td>kr 580 000 (tilsagnsbrev av 20.05.2020)</td></tr>
<tr><td>Kontaktperson</td><td>Frode Kval, frode.kval@nav.no, 61 18 90 00</td></tr>
<tr><td>Rapporteringsperiode</td><td>01.06.2020–31.12.2020</td></tr></table>
<h3>1. Hva er gjort i perioden?</h3>
<p>Jobbspesialisten (100 % stilling) startet 1. juni. 34 deltakere er fulgt opp, 11 har fått jobb i ordinært
arbeidsliv. Prosjektet søker om videreføring for 2021 i egen søknad.</p>
<h3>2. Regnskap</h3>
<table><tr><th>Post</th><th>Budsjett</th><th>Regnskap</th><th>Avvik</th></tr>
<tr><td>Lønn og sosiale utgifter</td><td>570 000</td><td>548 300</td><td>21 700</td></tr>
<tr><td>Kompetanse</td><td>10 000</td><td>9 850</td><td>150</td></tr>
<tr><td>Sum</td><td>580 000</td><td>558 150</td><td>21 850</td></tr></table>
<p>Ubrukte midler (kr 21 850) søkes overført til 2021.</p>
<h3>3. Underskrift</h3>
<table><tr><td>Gjøvik, 28.01.2021</td><td>Marit Gjerde<br>Nav-leder</td></tr>
<tr><td>Gjøvik, 29.01.2021</td><td>Per Arne Sveen<br>økonomisjef (regnskapet er kontrollert)</td></tr></table>
</body></html>"""
    soffice(html, "b08.html", "odt", out, infilter="HTML (StarWriter)")
    return near_miss("b08", "odt", "nb", "status report with accounts, a continuation remark and signatures, as ODT (LibreOffice)")


def b09(out: Path):
    o = org("97456120")
    c = canvas.Canvas(str(out), pagesize=A4, invariant=1)
    W, H = A4
    y = H - 60

    def line(s, size=10, bold=False, dy=15, x=55):
        nonlocal y
        c.setFont("Helvetica-Bold" if bold else "Helvetica", size)
        c.drawString(x, y, s)
        y -= dy

    line("Søknad om tilskudd til kommunalt rusarbeid 2020", 15, True, 20)
    line("Kap. 0765 post 60 – Helsedirektoratet, forvaltet av Fylkesmannen", 9, False, 24)
    line("1. Søker", 11, True)
    for s in ["Kommune: Hamar kommune (søker på vegne av Nav Hamar)", f"Organisasjonsnummer: {o}",
              "Kontaktperson: Lene Haugen, lene.haugen@nav.no, tlf. 62 51 20 00"]:
        line(s)
    y -= 6
    line("2. Tiltak", 11, True)
    for s in ["Navn på tiltaket: «Rusfri hverdag»", "Nytt tiltak, oppstart 01.05.2020",
              "Tiltaket skal gi personer med rusproblemer og sosialhjelp tett oppfølging og hjelp til å komme i ordinært",
              "arbeid, i samarbeid med kommunens rustjeneste og lokale arbeidsgivere."]:
        line(s)
    y -= 6
    line("3. Budsjett", 11, True)
    for s in ["Ruskonsulent, 100 % stilling, lønn og sosiale utgifter ............ kr 640 000",
              "Kurs og veiledning ............................................................ kr 25 000",
              "Sum omsøkt ..................................................................... kr 665 000"]:
        line(s)
    y -= 6
    line("4. Underskrift", 11, True)
    line("Hamar, 30.01.2020", dy=12)
    rl_ink(c, "rus-leder", 55, y - 38)
    rl_ink(c, "rus-kd", 300, y - 38)
    y -= 50
    line("Tove Bakken, Nav-leder", x=55, dy=0)
    line("Sigurd Paulsen, kommunedirektør", x=300)
    c.showPage()
    c.save()
    return near_miss("b09", "pdf", "nb", "an application from a Nav office to another grant (Tilskudd til kommunalt rusarbeid, kap. 0765), with positions, amounts and ink signatures (reportlab)")


DOCS = [("b01", "pdf", b01), ("b02", "odt", b02), ("b03", "docx", b03), ("b04", "pdf", b04), ("b05", "pdf", b05),
        ("b06", "docx", b06), ("b07", "pdf", b07), ("b08", "odt", b08), ("b09", "pdf", b09)]
