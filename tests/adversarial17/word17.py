"""python-docx documents of the seventeenth corpus (docx-form, docx-letter, and pdf-from-office via LibreOffice)."""
from __future__ import annotations

import io
import sys
import tempfile
from pathlib import Path

from docx import Document
from docx.enum.text import WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt, RGBColor

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "adversarial2"))
sys.path.insert(0, str(Path(__file__).resolve().parent))
from truthlib import truth  # noqa: E402
from kit17 import ink_png, org, soffice  # noqa: E402

S = "nav-sosiale-tjenester-2020"


def new_doc(font="Calibri", size=10.5):
    d = Document()
    st = d.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    core = d.core_properties
    core.author = "kommune"
    core.title = ""
    return d


def para(d_or_cell, text="", bold=False, size=None, italic=False, color=None):
    p = d_or_cell.add_paragraph()
    r = p.add_run(text)
    r.bold, r.italic = bold, italic
    if size:
        r.font.size = Pt(size)
    if color:
        r.font.color.rgb = RGBColor(*color)
    return p


def page_break(d):
    d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


def shade(cell, fill="D9E2F3"):
    tcPr = cell._tc.get_or_add_tcPr()
    sh = OxmlElement("w:shd")
    sh.set(qn("w:val"), "clear")
    sh.set(qn("w:color"), "auto")
    sh.set(qn("w:fill"), fill)
    tcPr.append(sh)


def cell_text(cell, text, bold=False, size=None):
    cell.text = ""
    p = cell.paragraphs[0]
    r = p.add_run(text)
    r.bold = bold
    if size:
        r.font.size = Pt(size)


def table(d, rows, widths=None, style="Table Grid", head=False):
    t = d.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = style
    for i, row in enumerate(rows):
        for j, v in enumerate(row):
            cell_text(t.cell(i, j), v, bold=head and i == 0)
            if head and i == 0:
                shade(t.cell(i, j))
            if widths:
                t.cell(i, j).width = Mm(widths[j])
    return t


def ink(container, seed, width=45):
    p = container.add_paragraph()
    p.add_run().add_picture(io.BytesIO(ink_png(seed)), width=Mm(width))
    return p


# ---------------------------------------------------------------------------------------------- s04 (pdf-from-office)
def s04(out: Path):
    o = org("88765432")
    d = new_doc("Arial", 10)
    for ln in ["Fra: Gro Lia", "Sendt: torsdag 30. januar 2020 09:41", "Til: Statsforvalteren i Vestfold og Telemark",
               "Kopi: Stein Ivar Fjeld; Hanne Rud", "Emne: SV: SV: Søknad om tilskudd 2020 – Nav Kongsberg"]:
        para(d, ln, size=9)
    para(d, "Hei, her er søknaden vår med vedtaket fra kommunestyret. Beklager at forrige versjon manglet "
            "signatur. Gro")
    para(d, "-----Opprinnelig melding-----", size=9, color=(90, 90, 90))
    para(d, "Fra: Hanne Rud (hanne.rud@statsforvalteren.no, 33 37 24 00)\nSendt: 27. januar 2020\n"
            "Emne: SV: Søknad om tilskudd 2020\n\nHei Gro! Husk at beløpet per 100 % stilling er maks 610 000 kr, og "
            "at søknaden må signeres av Nav-leder og kommunens ledelse. Fristen er 1. februar 2020. "
            "I fjor fikk fylket 14 søknader på til sammen 9,8 mill. Hilsen Hanne Rud, seniorrådgiver", size=9)
    page_break(d)
    para(d, "Søknad om tilskudd til utvikling av sosiale tjenester i Nav-kontoret 2020", bold=True, size=14)
    pairs = [("Søkende Nav-kontor", "NAV Kongsberg"), ("Kommune", "Kongsberg"),
             ("Organisasjonsnummer", f"{o[:3]} {o[3:6]} {o[6:]}"), ("Kontaktperson", "Eirik Solum"),
             ("E-post", "eirik.solum@nav.no"), ("Telefon", "32 86 40 00"),
             ("Prosjektets navn", "Veien videre – unge voksne i arbeid"), ("Søknadstype", "Nytt prosjekt"),
             ("Oppstart", "01.03.2020"), ("Stillingsressurs", "1 årsverk (100 %)")]
    rows = []
    for i in range(0, len(pairs), 2):
        rows.append([pairs[i][0], pairs[i + 1][0]])
        rows.append([pairs[i][1], pairs[i + 1][1]])
    t = table(d, rows, widths=[85, 85])
    for i in range(0, len(rows), 2):
        for j in range(2):
            shade(t.cell(i, j), "EDEDED")
            for r in t.cell(i, j).paragraphs[0].runs:
                r.font.size, r.italic = Pt(8), True
    para(d, "Budsjett", bold=True, size=12)
    table(d, [["Post", "Omsøkt tilskudd", "Kommunens egenandel"], ["Lønn og sosiale utgifter, 100 %", "610 000", "150 000"],
              ["Sum", "610 000", "150 000"]], widths=[80, 45, 45], head=True)
    para(d, "Prioriterte områder", bold=True, size=12)
    for t_, on in [("Bruk av ordinært arbeidsliv", True),
                   ("Oppfølging av barnefamilier, ungdom og innvandrere", True),
                   ("Sikring av sårbare overganger", False)]:
        para(d, ("☒ " if on else "☐ ") + t_)
    para(d, "Ønsker kontoret å delta i nettverk/klyngesamarbeid? Nei")
    para(d, "Ønsker kontoret ekstern prosessevaluering? Ja")
    para(d, "Underskrifter", bold=True, size=12)
    t = d.add_table(rows=4, cols=2)
    for j, (cap, seed, name, title, date) in enumerate([
            ("Nav-leder", 401, "Gro Lia", "Nav-leder", "Kongsberg, 24.01.2020"),
            ("Kommunedirektør", 402, "Stein Ivar Fjeld", "Kommunedirektør", "Kongsberg, 27.01.2020")]):
        cell_text(t.cell(0, j), cap, bold=True)
        ink(t.cell(1, j), seed)
        cell_text(t.cell(2, j), name)
        cell_text(t.cell(3, j), date)
    page_break(d)
    para(d, "Utdrag fra møtebok – Kongsberg kommunestyre 11.12.2019, sak 112/19", bold=True, size=12)
    para(d, "Vedtak: Kommunestyret støtter at NAV Kongsberg søker statlig tilskudd. Kommunen dekker en egenandel på "
            "inntil 150 000 kr per år i tre år. Prosjektet skal rapporteres til hovedutvalg for helse og omsorg, "
            "leder Bjørn Tore Hagen. Protokollen er godkjent av ordfører Kari Anne Sand 18.12.2019.")
    with tempfile.TemporaryDirectory() as td:
        p = Path(td) / "s04.docx"
        d.save(p)
        soffice(p, out)
    return truth("s04", "pdf", "pdf-from-office", lang="nb", scheme=S, office=("Nav Kongsberg", "Kongsberg", o),
                 contact=("Eirik Solum", "eirik.solum@nav.no", "32864000"),
                 project=("Veien videre – unge voksne i arbeid", "new", "2020-03-01"), pct=100,
                 amounts={"positions": 610000, "competence": None, "other": None, "total": 610000},
                 own_funding=150000,
                 prio=["ordinaert-arbeidsliv", "barnefamilier-ungdom-innvandrere"], interest=(False, True),
                 sigs=[("nav_leader", "Gro Lia", "Nav-leder", "2020-01-24", "handwritten"),
                       ("municipality", "Stein Ivar Fjeld", "Kommunedirektør", "2020-01-27", "handwritten")],
                 notes=["e-mail thread in front (county adviser's name/phone, 610 000 cap quoted, 9,8 mill.), "
                        "label row / answer row pairs, council decision excerpt behind"])


# ---------------------------------------------------------------------------------------------- s05 (pdf-from-office)
def s05(out: Path):
    o = org("99187654")
    d = new_doc("Cambria", 10.5)
    para(d, "Søknad om tilskot til utvikling av sosiale tenester i Nav 2020", bold=True, size=15)
    para(d, "Til Statsforvaltaren i Møre og Romsdal – søknadsfrist 1. februar 2020", italic=True, size=9)
    secs = [("A. Søkjar", [("Nav-kontor", "NAV Volda"), ("Kommune", "Volda"), ("Org.nr", o),
                           ("Kontaktperson", "Ragnhild Bjørdal"), ("E-post", "ragnhild.bjordal@nav.no"),
                           ("Telefon", "700 58 700")]),
            ("B. Prosjekt", [("Prosjektnamn", "Saman om arbeid"), ("Ny eller vidareført", "Nytt prosjekt"),
                             ("Planlagd oppstart", "august 2020"), ("Stillingsdel", "ei stilling (100 %)")]),
            ("C. Budsjett", [("Løn og sosiale kostnader", "640 000 kr"), ("Kompetansemidlar", "10 000 kr"),
                             ("Totalt søkt", "650 000 kr")])]
    for h, kv in secs:
        para(d, h, bold=True, size=12)
        t = table(d, [[k, v] for k, v in kv], widths=[60, 110])
        for i in range(len(kv)):
            shade(t.cell(i, 0), "F2F2F2")
    para(d, "D. Prioritert område", bold=True, size=12)
    para(d, "Prosjektet gjeld sikring av sårbare overgangar (mellom vidaregåande skule og arbeid).")
    para(d, "Ønskjer nettverk/klyngesamarbeid: ja.  Ønskjer ekstern prosessevaluering: nei.")
    para(d, "E. Underskrift", bold=True, size=12)
    for seed, name, title, date in [(501, "Kjetil Hovden", "Nav-leiar", "Volda 29.01.2020"),
                                    (502, "Bente Aarflot", "Kommunedirektør", "Volda 30.01.2020")]:
        para(d, date)
        ink(d, seed, 40)
        para(d, f"{name}, {title}")
    page_break(d)
    para(d, "Vedlegg 1: CV – planlagd jobbspesialist", bold=True, size=12)
    for ln in ["Namn: Sindre Østrem", "Fødd: 14.03.1986", "2014–2019: Rettleiar, NAV Ørsta (80 % stilling)",
               "2012–2014: Miljøarbeidar, Hareid kommune (50 % stilling)",
               "Kurs: Supported Employment (2018), motiverande intervju (2016)",
               "Referanse: avdelingsleiar Marit Bakke, NAV Ørsta, tlf. 70 04 99 00"]:
        para(d, ln)
    para(d, "Vedlegg 2: Rapport 2019 (anna tilskot)", bold=True, size=12)
    para(d, "I 2019 fekk Volda kommune 300 000 kroner frå IMDi til kvalifisering av flyktningar (60 % stilling).")
    with tempfile.TemporaryDirectory() as td:
        p = Path(td) / "s05.docx"
        d.save(p)
        soffice(p, out)
    return truth("s05", "pdf", "pdf-from-office", lang="nn", scheme=S, office=("Nav Volda", "Volda", o),
                 contact=("Ragnhild Bjørdal", "ragnhild.bjordal@nav.no", "70058700"),
                 project=("Saman om arbeid", "new", "2020-08-01"), pct=100,
                 amounts={"positions": 640000, "competence": 10000, "other": None, "total": 650000},
                 prio=["saarbare-overganger"], interest=(True, False),
                 sigs=[("nav_leader", "Kjetil Hovden", "Nav-leiar", "2020-01-29", "handwritten"),
                       ("municipality", "Bente Aarflot", "Kommunedirektør", "2020-01-30", "handwritten")],
                 expected=["AMOUNT_OVER_CAP"],
                 notes=["640 000 for one 100 % position (cap 610 000); CV and another grant's report behind"])


# ---------------------------------------------------------------------------------------------- s06 (docx-letter)
def s06(out: Path):
    o = org("97034512")
    d = new_doc("Georgia", 10.5)
    para(d, "NAV Hattfjelldal\nSkolegata 8, 8690 Hattfjelldal", size=9)
    para(d, "Statsforvalteren i Nordland\nMoloveien 10\n8002 Bodø")
    para(d, "Hattfjelldal, 28. januar 2020", italic=True)
    para(d, "Søknad om tilskudd til utvikling av sosiale tjenester i Nav 2020 – «Arbeidslinja i fjellbygda»",
         bold=True, size=12)
    for t in [
        "Nav Hattfjelldal (org.nr. " + o + ") søker om tilskudd til prosjektet «Arbeidslinja i fjellbygda». "
        "Hattfjelldal kommune har 1 350 innbyggere, og arbeidsledigheten blant unge voksne var 6,1 % i 2019.",
        "Prosjektet er nytt og starter 1. mai 2020. Vi søker om en 50 % stilling som jobbspesialist. Lønn og "
        "sosiale kostnader utgjør 305 000 kroner, og vi søker i tillegg 10 000 kroner i kompetansemidler til "
        "opplæring i arbeidsgiverkontakt. Samlet søknadsbeløp er 315 000 kroner.",
        "Prosjektet skal bruke ordinært arbeidsliv aktivt: deltakerne skal ut i lokale bedrifter (landbruk, "
        "reiseliv, kommunale tjenester) med tett oppfølging.",
        "Vi ønsker å delta i nettverk/klyngesamarbeid med andre Nav-kontor i Helgeland, men ønsker ikke "
        "ekstern prosessevaluering.",
        "Kontaktperson er veileder Trond Mikalsen, trond.mikalsen@nav.no, telefon 75 18 55 00.",
        "I Hattfjelldal er Nav-leder også kommunalsjef for helse og velferd i kommunens ledelse. Søknaden er "
        "derfor signert av samme person i begge roller, etter avtale med kommunedirektøren."]:
        para(d, t)
    para(d, "Med vennlig hilsen")
    ink(d, 601, 50)
    para(d, "Siv Hansen")
    para(d, "Nav-leder og kommunalsjef for helse og velferd")
    page_break(d)
    para(d, "Vedlegg: Budsjett", bold=True, size=12)
    table(d, [["Post", "2020", "2021 (plan)"], ["Jobbspesialist 50 %", "305 000", "312 000"],
              ["Kompetanse", "10 000", "5 000"], ["Sum søkt", "315 000", "317 000"]], widths=[80, 40, 40], head=True)
    d.save(out)
    return truth("s06", "docx", "docx-letter", lang="nb", scheme=S,
                 office=("Nav Hattfjelldal", "Hattfjelldal", o),
                 contact=("Trond Mikalsen", "trond.mikalsen@nav.no", "75185500"),
                 project=("Arbeidslinja i fjellbygda", "new", "2020-05-01"), pct=50,
                 amounts={"positions": 305000, "competence": 10000, "other": None, "total": 315000},
                 prio=["ordinaert-arbeidsliv"], interest=(True, False),
                 sigs=[("nav_leader", "Siv Hansen", "Nav-leder", "2020-01-28", "handwritten"),
                       ("municipality", "Siv Hansen", "Kommunalsjef", "2020-01-28", "handwritten")],
                 notes=["one ink signature of a person who is both Nav-leder and kommunalsjef: two signature "
                        "entries, no finding (README Open cases); 50 % at exactly 305 000; 2021 plan column"])


# ---------------------------------------------------------------------------------------------- s07 (docx-letter)
def s07(out: Path):
    o = org("92187654")
    d = new_doc("Verdana", 9.5)
    para(d, "NAV Bjørnafjorden", bold=True)
    para(d, "Til Statsforvaltaren i Vestland", size=9)
    para(d, "Dato: 29.01.2020      Vår ref.: 20/118", size=9)
    para(d, "Søknad om tilskot til utvikling av sosiale tenester i Nav 2020", bold=True, size=12)
    for t in [
        "Nav Bjørnafjorden søkjer med dette om tilskot til prosjektet «Heim til arbeid». Bjørnafjorden kommune "
        "vart skipa 1. januar 2020 av Os og Fusa. Organisasjonsnummeret til kontoret er " + o + ".",
        "Prosjektet er nytt og startar 1. juni 2020. Målgruppa er personar som kjem ut frå fengsel eller "
        "rusbehandling, der overgangen til bustad og arbeid ofte sviktar. Prosjektet skal sikre desse sårbare "
        "overgangane gjennom avtalar med kriminalomsorga og spesialisthelsetenesta.",
        "Vi søkjer om ei stilling (100 %). Løn og sosiale kostnader er 590 000 kroner, og vi søkjer 10 000 kroner "
        "i kompetansemidlar. Til saman søkjer vi om 600 000 kroner. Kommunen har ein eigendel på 120 000 kroner.",
        "Vi ønskjer å vere med i nettverk/klyngesamarbeid og ønskjer ekstern prosessevaluering.",
        "Kontaktperson: Ingvild Lygre, rådgjevar (ingvild.lygre@nav.no, tlf. 56 57 50 00)."]:
        para(d, t)
    para(d, "Helsing")
    t = d.add_table(rows=3, cols=2)
    for j, (seed, name, title) in enumerate([(701, "Magnus Tysse", "konstituert Nav-leiar"),
                                              (702, "Liv Vik", "fungerande kommunedirektør")]):
        ink(t.cell(0, j), seed, 42)
        cell_text(t.cell(1, j), name)
        cell_text(t.cell(2, j), title)
    page_break(d)
    para(d, "Vedlegg: Prosjektplan", bold=True, size=12)
    para(d, "Prosjektgruppe: Ingvild Lygre (prosjektleiar), Kåre Tøsdal (kriminalomsorga, Bergen fengsel), "
            "Eva Hope (DPS Bjørgvin), Nils Fosse (bustadkontoret). Styringsgruppe: kommunalsjef Randi Helle.")
    table(d, [["Fase", "Periode", "Kostnad"], ["Oppstart", "juni–august 2020", "150 000"],
              ["Drift", "september 2020–mai 2021", "450 000"], ["Evaluering", "juni 2021", "120 000"],
              ["Total prosjektkostnad", "", "720 000"]], widths=[60, 60, 40], head=True)
    d.save(out)
    return truth("s07", "docx", "docx-letter", lang="nn", scheme=S,
                 office=("Nav Bjørnafjorden", "Bjørnafjorden", o),
                 contact=("Ingvild Lygre", "ingvild.lygre@nav.no", "56575000"),
                 project=("Heim til arbeid", "new", "2020-06-01"), pct=100,
                 amounts={"positions": 590000, "competence": 10000, "other": None, "total": 600000},
                 own_funding=120000, prio=["saarbare-overganger"], interest=(True, True),
                 sigs=[("nav_leader", "Magnus Tysse", "konstituert Nav-leiar", "2020-01-29", "handwritten"),
                       ("municipality", "Liv Vik", "fungerande kommunedirektør", "2020-01-29", "handwritten")],
                 notes=["deputies sign (konstituert / fungerande); signatures carry no own date: the letter's "
                        "date 29.01.2020 (README Open cases); project plan with other names and a 720 000 total"])


# ---------------------------------------------------------------------------------------------- s08 (docx-form)
def s08(out: Path):
    o = org("98567123")
    d = new_doc("Calibri", 11)
    para(d, "Lier kommune – Nav Lier", size=9)
    para(d, "Oversendingsbrev", bold=True, size=13)
    para(d, "Til: Statsforvalteren i Oslo og Viken\nFra: Nav Lier\nDato: 30.01.2020\n\n"
            "Vi oversender søknad om tilskudd 2020. Kommunedirektørens signatur ettersendes. "
            "Kommunen har satt av 200 000 kroner til «Familieløftet Lier» i økonomiplanen 2020–2023.")
    page_break(d)
    para(d, "SØKNADSSKJEMA 2020 – Tilskudd til utvikling av sosiale tjenester i Nav-kontoret", bold=True, size=13)
    rows = [("1", "Nav-kontor", "NAV Lier"), ("2", "Kommune", "Lier"), ("3", "Org.nr.", o),
            ("4", "Kontaktperson", "Hanne Berg"), ("5", "E-post", "hanne.berg@nav.no"),
            ("6", "Telefon", "32 22 01 00"), ("7", "Prosjektnavn", "Familieløftet Lier"),
            ("8", "Ny / videreføring", "Ny"), ("9", "Oppstartsdato", "1.9.2020"),
            ("10", "Stillingsandel", "100 %"),
            ("11", "Prioritert område", "Oppfølging av barnefamilier, ungdom og innvandrere"),
            ("12", "Nettverk / klynge", "Ja"), ("13", "Ekstern prosessevaluering", "Nei")]
    t = table(d, [["Nr.", "Spørsmål", "Svar"]] + [list(r) for r in rows], widths=[12, 60, 98], head=True)
    para(d, "Budsjett", bold=True, size=12)
    table(d, [["Kostnad", "Beløp"], ["Familiekoordinator 100 % (lønn og sosiale kostnader)", "kr 600 000"],
              ["Totalt", "kr 600 000"]], widths=[120, 50], head=True)
    para(d, "Signatur", bold=True, size=12)
    t = d.add_table(rows=4, cols=2)
    t.style = "Table Grid"
    cell_text(t.cell(0, 0), "Nav-leder", bold=True)
    cell_text(t.cell(0, 1), "Kommunedirektør / rådmann", bold=True)
    cell_text(t.cell(1, 0), "Sted/dato: Lierbyen 30.01.2020")
    cell_text(t.cell(1, 1), "Sted/dato:")
    ink(t.cell(2, 0), 801, 40)
    cell_text(t.cell(2, 1), "")
    cell_text(t.cell(3, 0), "Navn: Kristin Eng")
    cell_text(t.cell(3, 1), "Navn:")
    page_break(d)
    para(d, "Vedlegg: Økonomiplan helse og velferd (utdrag)", bold=True, size=12)
    table(d, [["Tiltak", "2020", "2021", "2022"], ["Familieløftet Lier (egenandel)", "200 000", "200 000", "200 000"],
              ["Rusteam 50 %", "310 000", "318 000", "326 000"], ["Sum", "510 000", "518 000", "526 000"]],
          widths=[70, 33, 33, 33], head=True)
    d.save(out)
    return truth("s08", "docx", "docx-form", lang="nb", scheme=S, office=("Nav Lier", "Lier", o),
                 contact=("Hanne Berg", "hanne.berg@nav.no", "32220100"),
                 project=("Familieløftet Lier", "new", "2020-09-01"), pct=100,
                 amounts={"positions": 600000, "competence": None, "other": None, "total": 600000},
                 prio=["barnefamilier-ungdom-innvandrere"], interest=(True, False),
                 sigs=[("nav_leader", "Kristin Eng", "Nav-leder", "2020-01-30", "handwritten")],
                 expected=["SIGNATURE_MUNICIPALITY_MISSING"],
                 notes=["cover note says the municipal signature comes later; municipal block empty; economy plan "
                        "extract behind with other amounts"])


# ---------------------------------------------------------------------------------------------- s09 (docx-form)
def s09(out: Path):
    o = org("97654320")
    d = new_doc("Times New Roman", 11)
    para(d, "Følgjebrev", bold=True, size=13)
    para(d, "Nav Stord sender søknad om tilskot for 2020. Stillingsskildringa ligg ved. Vi fekk 1,1 mill. i 2017 "
            "til prosjektet «Inkludering på Stord», som no er i ordinær drift. Helsing Oddny Sæle")
    page_break(d)
    para(d, "Søknadsskjema – tilskot til utvikling av sosiale tenester i Nav 2020", bold=True, size=13)
    kv = [("Søkjande eining", "NAV Stord"), ("Vertskommune", "Stord"), ("Føretaksnummer", o),
          ("Prosjektansvarleg", "Eli Myklebust"), ("Epost", "eli.myklebust@nav.no"), ("Mobil", "534 96 000"),
          ("Prosjektnamn", "Ung i jobb Stord"), ("Ny eller vidareført", "Ny"),
          ("Planlagd start", "15.03.2020")]
    t = d.add_table(rows=len(kv), cols=2)
    t.style = "Table Grid"
    for i, (k, v) in enumerate(kv):
        cell_text(t.cell(i, 0), k + ":", bold=True, size=9)
        cell_text(t.cell(i, 1), v)
    para(d, "Omsøkt stillingsressurs og budsjett", bold=True, size=12)
    table(d, [["Stilling", "Stillingsprosent", "Kroner"], ["Jobbspesialist", "100 %", "600 000"],
              ["Ungdomskontakt", "50 %", "300 000"], ["Kompetanse", "", "10 000"], ["Sum", "150 %", "910 000"]],
          widths=[70, 40, 50], head=True)
    para(d, "Prioriterte område (kryss av)", bold=True, size=12)
    for t_, on in [("Bruk av ordinært arbeidsliv", True),
                   ("Oppfølging av barnefamiliar, ungdom og innvandrarar", True),
                   ("Sikring av sårbare overgangar", False)]:
        para(d, ("✔  " if on else "–  ") + t_)
    para(d, "Nettverk/klyngesamarbeid:  Nei ✔    Ekstern prosessevaluering:  Ja ✔")
    para(d, "Godkjenning", bold=True, size=12)
    para(d, "Dokumentet er elektronisk godkjent og har difor ingen handskrivne signaturar. Godkjent av "
            "Nav-leiar Oddny Sæle 22.01.2020 og kommunedirektør Terje Brekke 23.01.2020.")
    page_break(d)
    para(d, "Vedlegg: Stillingsskildring – ungdomskontakt (50 %)", bold=True, size=12)
    para(d, "Stillinga rapporterer til avdelingsleiar Geir Vassbotn. Løn etter lønssteg 48 (kr 512 300 i 100 %). "
            "Tilsetjing frå 01.04.2020. Den andre halvdelen av stillinga (50 %) vert finansiert av Stord kommune.")
    d.save(out)
    return truth("s09", "docx", "docx-form", lang="nn", scheme=S, office=("Nav Stord", "Stord", o),
                 contact=("Eli Myklebust", "eli.myklebust@nav.no", "53496000"),
                 project=("Ung i jobb Stord", "new", "2020-03-15"), pct=150,
                 amounts={"positions": 900000, "competence": 10000, "other": None, "total": 910000},
                 prio=["ordinaert-arbeidsliv", "barnefamilier-ungdom-innvandrere"], interest=(False, True),
                 sigs=[("nav_leader", "Oddny Sæle", "Nav-leiar", "2020-01-22", "electronic_approval"),
                       ("municipality", "Terje Brekke", "Kommunedirektør", "2020-01-23", "electronic_approval")],
                 notes=["Nynorsk synonyms (Søkjande eining, Vertskommune, Føretaksnummer, Prosjektansvarleg); ✔/– "
                        "ticks; job description with a salary of 512 300 and another 50 % behind"])
