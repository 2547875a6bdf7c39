"""Word documents of tests/adversarial22: raw WordprocessingML (hidden text, numbering, fields,
notes, Wingdings boxes, vMerge, sections, columns, header text boxes, altChunk, custom XML)."""
from __future__ import annotations

import sys
import zlib
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "adversarial2"))
from truthlib import truth  # noqa: E402

from kit22 import (BOOKMARK, BOX, CELL, FLD, FLDSIMPLE, FORMCHECK, FORMTEXT, P, R, SECT, SYM, TAB, TBL,  # noqa: E402
                   Docx, T, ink_png, orgnr)

S20 = "nav-sosiale-tjenester-2020"
PRIO = ["ordinaert-arbeidsliv", "barnefamilier-ungdom-innvandrere", "saarbare-overganger"]


def hidden(text):
    """A template instruction hidden with w:vanish (must not count)."""
    return P(R(text, i=True, vanish=True, color="2F5496"))


# =========================================================================== x01
def x01(out: Path):
    """docx-form: numbered sections from w:numPr, hidden instructions (w:vanish) with example
    amounts, a three-column form whose group labels are merged vertically, Wingdings boxes,
    side-by-side signature table with Sted/dato and ink."""
    org = orgnr("97418260")
    d = Docx(font="Arial")
    H = lambda t: P(R(t), style="Heading1", num=(1, 0))  # noqa: E731
    rows = []
    def row(group, label, value, vm):
        return [CELL(P(R(group, b=True)) if vm == "restart" else P(), 2200, vmerge=vm, shade="E7E6E6"),
                CELL(label, 2600), CELL(value, 4800)]
    body = [
        T("Arbeids- og velferdsdirektoratet", b=True),
        T("Søknadsskjema – Tilskudd til utvikling av sosiale tjenester i Nav-kontoret 2020", style="Heading1"),
        hidden("Veiledning: Fyll ut alle felt. Søknaden sendes Fylkesmannen innen 1. februar 2020. "
               "Eksempel på utfylling: Nav Eksempelby søker om 2 stillinger à 610 000 kr, til sammen 1 220 000 kr. "
               "Maksimalt 610 000 kr per 100 % stilling og 10 000 kr til kompetanse."),
        H("Opplysninger om søker"),
        hidden("Skriv kontorets navn slik det står i Enhetsregisteret, f.eks. «NAV Eksempelby», org.nr. 999 999 999."),
        TBL([row("Søker", "Nav-kontor", "NAV Stange", "restart"),
             row("", "Kommune", "Stange", "continue"),
             row("", "Organisasjonsnummer", f"{org[:3]} {org[3:6]} {org[6:]}", "continue"),
             row("Kontaktperson", "Navn", "Hege Tangen", "restart"),
             row("", "E-postadresse", "Hege.Tangen@nav.no", "continue"),
             row("", "Mobil", "+47 481 22 937", "continue")], [2200, 2600, 4800]),
        H("Om prosjektet"),
        hidden("Prosjektnavnet skal være kort. Eksempel: «Prosjekt Eksempel – flere i jobb»."),
        TBL([row("Prosjekt", "Prosjektets navn", "Jobbsjansen Stange", "restart"),
             row("", "Type søknad", P(BOX(True), R(" Nytt prosjekt   "), BOX(False), R(" Videreføring")), "continue"),
             row("", "Planlagt oppstart", "1. april 2020", "continue"),
             row("Stillinger", "Stilling(er) i prosjektet", "Jobbspesialist, 100 % stilling", "restart"),
             row("", "Kort beskrivelse", "Jobbspesialisten skal følge opp unge mottakere av sosialhjelp ut i "
                 "ordinært arbeid i samarbeid med lokale arbeidsgivere.", "continue")], [2200, 2600, 4800]),
        H("Budsjett"),
        hidden("Oppgi lønn og sosiale kostnader per stilling. Eksempel: 50 % stilling = 305 000 kr."),
        TBL([[CELL(P(R("Post", b=True)), 5000), CELL(P(R("Stillingsprosent", b=True)), 2000), CELL(P(R("Beløp (kr)", b=True)), 2600)],
             [CELL("Lønn og sosiale kostnader, jobbspesialist", 5000), CELL("100 %", 2000), CELL(P(R("610 000"), jc="right"), 2600)],
             [CELL("Kompetansemidler (kurs i veiledning for prosjektgruppen)", 5000), CELL("", 2000), CELL(P(R("10 000"), jc="right"), 2600)],
             [CELL(P(R("Sum omsøkt", b=True)), 5000), CELL("", 2000), CELL(P(R("620 000", b=True), jc="right"), 2600)]],
            [5000, 2000, 2600]),
        H("Prioriterte områder"),
        hidden("Kryss av for de områdene prosjektet retter seg mot (ett eller flere)."),
        P(BOX(True), R(" Bruk av ordinært arbeidsliv")),
        P(BOX(True), R(" Oppfølging av barnefamilier, ungdom og innvandrere")),
        P(BOX(False), R(" Sikring av sårbare overganger")),
        H("Samarbeid og evaluering"),
        P(R("Ønsker kontoret å delta i nettverk/klyngesamarbeid?  "), BOX(True), R(" Ja  "), BOX(False), R(" Nei")),
        P(R("Ønsker kontoret ekstern prosessevaluering?  "), BOX(False), R(" Ja  "), BOX(True), R(" Nei")),
        H("Underskrift"),
        hidden("Søknaden skal signeres av leder i Nav-kontoret og av rådmann/kommunedirektør (OBS! Signatur)."),
        TBL([[CELL(P(R("Sted/dato: Stange, 27.01.2020")), 4800), CELL(P(R("Sted/dato: Stange, 28.01.2020")), 4800)],
             [CELL(P(d.image(ink_png(101))), 4800), CELL(P(d.image(ink_png(102))), 4800)],
             [CELL(P(R("Siv Rønning\nleder, Nav Stange")), 4800), CELL(P(R("Rådmann\nTor Arne Hoel")), 4800)]],
            [4800, 4800], borders=False),
        SECT(),
    ]
    d.save(out, "".join(body))
    return truth("x01", "docx", "docx-form", lang="nb", scheme=S20,
                 office=("Nav Stange", "Stange", org), contact=("Hege Tangen", "hege.tangen@nav.no", "48122937"),
                 project=("Jobbsjansen Stange", "new", "2020-04-01"), pct=100,
                 amounts={"positions": 610000, "competence": 10000, "other": None, "total": 620000},
                 prio=PRIO[:2], interest=(True, False),
                 sigs=[("nav_leader", "Siv Rønning", "Nav-leder", "2020-01-27", "handwritten"),
                       ("municipality", "Tor Arne Hoel", "Rådmann", "2020-01-28", "handwritten")],
                 notes=["hidden (w:vanish) instructions hold example amounts 1 220 000 / 305 000 and 'NAV Eksempelby'",
                        "section numbers come from w:numPr only",
                        "group labels merged vertically (vMerge) in the first column"])


# =========================================================================== x02
def x02(out: Path):
    """docx-form (Nynorsk): labels above answers, portrait then landscape section for the budget,
    a footnote holding last year's amount, a bookmark + REF for the total and a = SUM field."""
    org = orgnr("96440119")
    d = Docx(font="Cambria", lang="nn-NO")
    def qa(label, answer):
        return [[CELL(P(R(label, b=True, sz=18)), 9600, shade="DEEAF6")], [CELL(answer, 9600)]]
    fn = d.footnote(R("Lønsnivået i 2019 var 574 000 kroner for ei full stilling inkl. sosiale kostnader "
                      "(rekneskap 2019)."))
    rows = []
    for l, a in [("1 Namn på Nav-kontoret", "NAV Voss"), ("2 Kommune", "Voss herad"),
                 ("3 Organisasjonsnummer", org),
                 ("4 Kontaktperson (namn, e-post, telefon)", "Astrid Bjørgo, astrid.bjorgo@nav.no, 936 40 218"),
                 ("5 Namn på prosjektet", "«Ung i Voss – jobb og bustad»"),
                 ("6 Nytt prosjekt eller vidareføring", P(R("[X] Nytt   [ ] Vidareføring"))),
                 ("7 Ønskt oppstart", "01.03.2020")]:
        rows += qa(l, a)
    portrait = [
        T("Søknad om tilskot til utvikling av sosiale tenester i Nav 2020", style="Heading1"),
        P(R("Skjemaet blir sendt til Fylkesmannen i Vestland innan 1. februar 2020.", i=True)),
        TBL(rows, [9600]),
        T("8 Prioriterte område", b=True),
        P(R("[X] Bruk av ordinært arbeidsliv")),
        P(R("[ ] Oppfølging av barnefamiliar, ungdom og innvandrarar")),
        P(R("[X] Sikring av sårbare overgangar")),
        P(R("9 Nettverk/klyngesamarbeid: Ja.  10 Ekstern prosessevaluering: Ja.")),
        P(R("Samla søkjer vi om "), FLD("REF SumSoknad \\h", R("905 000")),
          R(" kroner, sjå budsjettet på neste side."), fn),
        P(sect=SECT()),
    ]
    money = lambda t: P(R(t), jc="right")  # noqa: E731
    landscape = [
        T("11 Budsjett for 2020", style="Heading2"),
        TBL([[CELL(P(R("Stilling", b=True)), 5000), CELL(P(R("Stillingsprosent", b=True)), 2500),
              CELL(P(R("Løn og sosiale kostnader (kr)", b=True)), 4000)],
             [CELL("Jobbspesialist", 5000), CELL("100 %", 2500), CELL(money("610 000"), 4000)],
             [CELL("Bustadkoordinator", 5000), CELL("50 %", 2500), CELL(money("295 000"), 4000)],
             [CELL(P(R("Sum søkt", b=True)), 5000), CELL("150 %", 2500),
              CELL(P(BOOKMARK(90, "SumSoknad", FLD("=SUM(ABOVE) \\# \"# ##0\"", R("905 000", b=True))), jc="right"), 4000)]],
            [5000, 2500, 4000]),
        T("12 Underskrift", style="Heading2"),
        P(R("Dokumentet er elektronisk godkjent og har difor ingen handskrivne signaturar.")),
        P(R("Godkjent av Nav-leiar Ragnhild Lid, 29.01.2020")),
        P(R("Godkjent av kommunedirektør Olav Bø, 30.01.2020")),
        SECT(landscape=True),
    ]
    d.save(out, "".join(portrait + landscape))
    return truth("x02", "docx", "docx-form", lang="nn", scheme=S20,
                 office=("Nav Voss", "Voss herad", org),
                 contact=("Astrid Bjørgo", "astrid.bjorgo@nav.no", "93640218"),
                 project=("Ung i Voss – jobb og bustad", "new", "2020-03-01"), pct=150,
                 amounts={"positions": 905000, "competence": None, "other": None, "total": 905000},
                 prio=[PRIO[0], PRIO[2]], interest=(True, True),
                 sigs=[("nav_leader", "Ragnhild Lid", "Nav-leiar", "2020-01-29", "electronic_approval"),
                       ("municipality", "Olav Bø", "Kommunedirektør", "2020-01-30", "electronic_approval")],
                 notes=["footnote holds 574 000 (2019 salary): not the budget",
                        "total shown through REF to a bookmark around a =SUM(ABOVE) field; cached results only",
                        "budget is in a second, landscape section",
                        "office 'NAV Voss', municipality written 'Voss herad' (kept as written)"])


# =========================================================================== x03
STORE = "{6C1D2E8B-3F4A-4B7E-9A11-22B0C3D4E5F6}"


def sdt_text(tag, alias, value, xpath=None, placeholder=None, date=None):
    pr = f'<w:alias w:val="{alias}"/><w:tag w:val="{tag}"/><w:id w:val="{zlib.crc32(tag.encode()) % 90000 + 1000}"/>'
    if xpath:
        pr += f'<w:dataBinding w:prefixMappings="xmlns:s=\'urn:nav:soknad\'" w:xpath="{xpath}" w:storeItemID="{STORE}"/>'
    if date:
        pr += f'<w:date w:fullDate="{date}T00:00:00Z"><w:dateFormat w:val="d. MMMM yyyy"/><w:lid w:val="nb-NO"/></w:date>'
    elif placeholder is not None:
        pr += '<w:showingPlcHdr/><w:text/>'
    else:
        pr += "<w:text/>"
    shown = placeholder if placeholder is not None else value
    style = '<w:rPr><w:rStyle w:val="PlaceholderText"/></w:rPr>' if placeholder is not None else ""
    return (f"<w:sdt><w:sdtPr>{pr}</w:sdtPr><w:sdtContent><w:r>{style}"
            f'<w:t xml:space="preserve">{shown}</w:t></w:r></w:sdtContent></w:sdt>')


def sdt_check(tag, on):
    return (f'<w:sdt><w:sdtPr><w:tag w:val="{tag}"/><w:id w:val="{zlib.crc32(tag.encode()) % 90000 + 1000}"/>'
            f'<w14:checkbox><w14:checked w14:val="{1 if on else 0}"/>'
            '<w14:checkedState w14:val="00FE" w14:font="Wingdings"/><w14:uncheckedState w14:val="00A8" w14:font="Wingdings"/>'
            f'</w14:checkbox></w:sdtPr><w:sdtContent>{BOX(on)}</w:sdtContent></w:sdt>')


def sdt_picture(tag, img_run):
    return (f'<w:sdt><w:sdtPr><w:tag w:val="{tag}"/><w:id w:val="{zlib.crc32(tag.encode()) % 90000 + 1000}"/><w:picture/></w:sdtPr>'
            f"<w:sdtContent>{img_run}</w:sdtContent></w:sdt>")


def x03(out: Path):
    """docx-controls: plain-text controls bound to a custom XML part (dataBinding), date pickers,
    w14:checkbox controls drawn with Wingdings, an unanswered optional control showing its
    placeholder, picture controls holding ink."""
    org = orgnr("98120455")
    d = Docx(font="Calibri")
    d.custom_xml(f'<?xml version="1.0" encoding="UTF-8"?><s:soknad xmlns:s="urn:nav:soknad"><s:kontor>NAV Elverum</s:kontor>'
                 f'<s:kommune>Elverum</s:kommune><s:orgnr>{org}</s:orgnr><s:kontakt>Jørn Bakken</s:kontakt>'
                 '<s:epost>jorn.bakken@nav.no</s:epost><s:tlf>92 01 77 35</s:tlf>'
                 '<s:tittel>Familieløftet Elverum</s:tittel></s:soknad>', STORE)
    lab = lambda t: CELL(P(R(t, b=True)), 3600, shade="F2F2F2")  # noqa: E731
    val = lambda x: CELL(P(x), 6000)  # noqa: E731
    body = [
        T("Søknad om tilskudd til utvikling av sosiale tjenester i Nav-kontoret – 2020", style="Heading1"),
        P(R("Kapittel 0621 post 63. Søknadsfrist 1. februar 2020.", i=True)),
        TBL([[lab("Søkerkontor"), val(sdt_text("kontor", "Søkerkontor", "NAV Elverum", "/s:soknad[1]/s:kontor[1]"))],
             [lab("Vertskommune"), val(sdt_text("kommune", "Kommune", "Elverum", "/s:soknad[1]/s:kommune[1]"))],
             [lab("Org.nr."), val(sdt_text("orgnr", "Org.nr", org, "/s:soknad[1]/s:orgnr[1]"))],
             [lab("Kontaktperson i Nav-kontoret"), val(sdt_text("kontakt", "Kontakt", "Jørn Bakken", "/s:soknad[1]/s:kontakt[1]"))],
             [lab("E-post"), val(sdt_text("epost", "E-post", "jorn.bakken@nav.no", "/s:soknad[1]/s:epost[1]"))],
             [lab("Telefon"), val(sdt_text("tlf", "Telefon", "92 01 77 35", "/s:soknad[1]/s:tlf[1]"))],
             [lab("Prosjektets tittel"), val(sdt_text("tittel", "Tittel", "Familieløftet Elverum", "/s:soknad[1]/s:tittel[1]"))],
             [lab("Søknaden gjelder"), val(sdt_check("ny", True) + R(" Nytt prosjekt  ") + sdt_check("videre", False) + R(" Videreføring"))],
             [lab("Prosjektstart"), val(sdt_text("start", "Startdato", "15. august 2020", date="2020-08-15"))],
             [lab("Stillinger"), val(sdt_text("stilling", "Stilling", "Familiekoordinator, 80 % stilling"))],
             [lab("Lønn og sosiale kostnader"), val(sdt_text("lonn", "Lønn", "kr 488 000"))],
             [lab("Kompetansemidler"), val(sdt_text("komp", "Kompetanse", "kr 8 000"))],
             [lab("Andre kostnader (spesifiser)"), val(sdt_text("andre", "Andre", "", placeholder="Klikk eller trykk her for å skrive inn tekst."))],
             [lab("Totalt omsøkt beløp"), val(sdt_text("total", "Total", "kr 496 000"))]], [3600, 6000]),
        T("Prioriterte områder (kryss av)", style="Heading2"),
        P(sdt_check("p1", False), R(" Bruk av ordinært arbeidsliv")),
        P(sdt_check("p2", True), R(" Oppfølging av barnefamilier, ungdom og innvandrere")),
        P(sdt_check("p3", False), R(" Sikring av sårbare overganger")),
        T("Nettverk og evaluering", style="Heading2"),
        P(R("Interessert i nettverk/klyngesamarbeid: "), sdt_check("nj", True), R(" Ja "), sdt_check("nn", False), R(" Nei")),
        P(R("Interessert i ekstern prosessevaluering: "), sdt_check("ej", True), R(" Ja "), sdt_check("en", False), R(" Nei")),
        T("Signatur", style="Heading2"),
        TBL([[CELL(P(R("Leder Nav Elverum", b=True)), 4800), CELL(P(R("Kommunedirektør", b=True)), 4800)],
             [CELL(P(sdt_picture("sig1", d.image(ink_png(303))), ), 4800), CELL(P(sdt_picture("sig2", d.image(ink_png(304)))), 4800)],
             [CELL(P(R("Navn: "), sdt_text("n1", "Navn leder", "Lene Moen")), 4800),
              CELL(P(R("Navn: "), sdt_text("n2", "Navn kommunedirektør", "Geir Ivar Olsen")), 4800)],
             [CELL(P(R("Dato: "), sdt_text("d1", "Dato", "30.01.2020", date="2020-01-30")), 4800),
              CELL(P(R("Dato: "), sdt_text("d2", "Dato", "31.01.2020", date="2020-01-31")), 4800)]], [4800, 4800]),
        SECT(),
    ]
    d.save(out, "".join(body))
    return truth("x03", "docx", "docx-controls", lang="nb", scheme=S20,
                 office=("Nav Elverum", "Elverum", org), contact=("Jørn Bakken", "jorn.bakken@nav.no", "92017735"),
                 project=("Familieløftet Elverum", "new", "2020-08-15"), pct=80,
                 amounts={"positions": 488000, "competence": 8000, "other": None, "total": 496000},
                 prio=[PRIO[1]], interest=(True, True),
                 sigs=[("nav_leader", "Lene Moen", "Nav-leder", "2020-01-30", "handwritten"),
                       ("municipality", "Geir Ivar Olsen", "Kommunedirektør", "2020-01-31", "handwritten")],
                 notes=["controls bound to customXml/item1.xml; the 'Andre kostnader' control shows its placeholder (no value)",
                        "80 % cap = 488 000: exactly at the cap is fine"])


# =========================================================================== x04
def x04(out: Path):
    """docx-controls, saved as a macro-enabled .docm; a repeating-section of position lines;
    DEFECT: the Nav leader's signature control was left at its placeholder (no name, no ink)."""
    org = orgnr("97533402")
    d = Docx(font="Segoe UI")
    d.main_ct = "application/vnd.ms-word.document.macroEnabled.main+xml"
    d.parts["word/vbaProject.bin"] = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(504)
    d.rels.append(("rId99", "http://schemas.microsoft.com/office/2006/relationships/vbaProject", "vbaProject.bin", None))
    def item(tag, title, pct, amount):
        return (f'<w:sdt><w:sdtPr><w:tag w:val="{tag}"/><w15:repeatingSectionItem/></w:sdtPr><w:sdtContent>'
                f'<w:tr>{CELL(P(sdt_text(tag + "t", "Stilling", title)), 4400)}{CELL(P(sdt_text(tag + "p", "Prosent", pct)), 2200)}'
                f'{CELL(P(sdt_text(tag + "b", "Beløp", amount), jc="right"), 3000)}</w:tr></w:sdtContent></w:sdt>')
    budget = ('<w:tbl><w:tblPr><w:tblW w:w="9600" w:type="dxa"/><w:tblBorders>'
              + "".join(f'<w:{s} w:val="single" w:sz="4" w:space="0" w:color="000000"/>' for s in ("top", "left", "bottom", "right", "insideH", "insideV"))
              + '</w:tblBorders></w:tblPr><w:tblGrid><w:gridCol w:w="4400"/><w:gridCol w:w="2200"/><w:gridCol w:w="3000"/></w:tblGrid>'
              + f'<w:tr>{CELL(P(R("Stilling", b=True)), 4400)}{CELL(P(R("Stillingsprosent", b=True)), 2200)}{CELL(P(R("Lønn inkl. sosiale utgifter", b=True)), 3000)}</w:tr>'
              + '<w:sdt><w:sdtPr><w:alias w:val="Stillinger"/><w:tag w:val="stillinger"/><w15:repeatingSection/></w:sdtPr><w:sdtContent>'
              + item("s1", "Veileder bolig", "60 %", "366 000") + item("s2", "Veileder arbeid", "60 %", "366 000")
              + "</w:sdtContent></w:sdt>"
              + f'<w:tr>{CELL(P(R("Totalt", b=True)), 4400)}{CELL(P(R("120 %", b=True)), 2200)}{CELL(P(R("732 000", b=True), jc="right"), 3000)}</w:tr>'
              + "</w:tbl>")
    lab = lambda t: CELL(P(R(t)), 3600)  # noqa: E731
    val = lambda x: CELL(P(x), 6000)  # noqa: E731
    body = [
        T("Tilskudd til utvikling av sosiale tjenester i Nav-kontoret 2020 – søknadsskjema", style="Heading1"),
        TBL([[lab("Navn på Nav-kontor"), val(sdt_text("k", "Kontor", "Nav Nes"))],
             [lab("Kommune"), val(sdt_text("m", "Kommune", "Nes"))],
             [lab("Organisasjonsnr."), val(sdt_text("o", "Org", org))],
             [lab("Kontaktperson"), val(sdt_text("c", "Kontakt", "Mona Kjus"))],
             [lab("E-post / telefon"), val(sdt_text("ce", "E-post", "mona.kjus@nav.no") + R(" / ") + sdt_text("ct", "Tlf", "454 10 882"))],
             [lab("Prosjektnavn"), val(sdt_text("t", "Tittel", "Bo og jobb i Nes"))],
             [lab("Ny / videreføring"), val(sdt_check("ny", False) + R(" Ny  ") + sdt_check("vf", True) + R(" Videreføring (år 2)"))],
             [lab("Oppstart"), val(sdt_text("st", "Start", "1. januar 2020", date="2020-01-01"))]], [3600, 6000]),
        T("Budsjett", style="Heading2"),
        budget,
        P(R("Det søkes ikke om kompetansemidler.")),
        T("Prioriterte områder", style="Heading2"),
        P(sdt_check("a", False), R(" Bruk av ordinært arbeidsliv   "), sdt_check("b", False),
          R(" Oppfølging av barnefamilier, ungdom og innvandrere   "), sdt_check("c3", True), R(" Sikring av sårbare overganger")),
        P(R("Nettverk/klyngesamarbeid: "), sdt_check("nw", False), R(" Ja "), sdt_check("nw2", True), R(" Nei")),
        P(R("Ekstern prosessevaluering: "), sdt_check("pe", True), R(" Ja "), sdt_check("pe2", False), R(" Nei")),
        T("Underskrifter", style="Heading2"),
        P(R("Leder i Nav-kontoret: "), sdt_text("sn1", "Navn", "", placeholder="Skriv inn navn"), R("   Dato: "),
          sdt_text("sd1", "Dato", "", placeholder="Velg dato")),
        P(R("Kommunalsjef: ")),
        P(d.image(ink_png(404))),
        P(R("Kari Anne Skaug, kommunalsjef helse og velferd, Nes 29.01.2020")),
        SECT(),
    ]
    d.save(out, "".join(body))
    return truth("x04", "docm", "docx-controls", lang="nb", scheme=S20,
                 office=("Nav Nes", "Nes", org), contact=("Mona Kjus", "mona.kjus@nav.no", "45410882"),
                 project=("Bo og jobb i Nes", "continuation", "2020-01-01"), pct=120,
                 amounts={"positions": 732000, "competence": None, "other": None, "total": 732000},
                 prio=[PRIO[2]], interest=(False, True),
                 sigs=[("municipality", "Kari Anne Skaug", "Kommunalsjef", "2020-01-29", "handwritten")],
                 expected=["SIGNATURE_NAV_LEADER_MISSING"],
                 notes=["macro-enabled .docm (main part content type macroEnabled); vbaProject.bin is a stub",
                        "position lines inside a w15:repeatingSection content control",
                        "defect: Nav leader's name/date controls show placeholders, no ink"])


# =========================================================================== x05
def x05(out: Path):
    """docx-legacy-fields in Word 2007 compatibility mode: FORMTEXT answers, FORMCHECKBOX with
    w:default overridden by w:checked, a MERGEFIELD result for the office, a)-numbered questions."""
    org = orgnr("99321870")
    d = Docx(font="Times New Roman", compat=12)
    d.settings_extra = '<w:documentProtection w:edit="forms" w:enforcement="1"/>'
    b = iter(range(200, 400))
    q = lambda label, *x: P(R(label + " "), *x, num=(2, 0))  # noqa: E731
    body = [
        P(FLD("MERGEFIELD Kontornavn", R("NAV Ringsaker", b=True)), R("  –  "), FLD("MERGEFIELD Adresse", R("Postboks 94, 2381 Brumunddal"))),
        T("SØKNAD: TILSKUDD TIL UTVIKLING AV SOSIALE TJENESTER I NAV-KONTORET 2020", b=True),
        T("Del A – Søker", style="Heading2"),
        q("Søkende Nav-kontor:", FORMTEXT("Tekst1", "Nav Ringsaker", next(b))),
        q("Kommunen kontoret tilhører:", FORMTEXT("Tekst2", "Ringsaker", next(b))),
        q("Organisasjonsnummer (9 siffer):", FORMTEXT("Tekst3", org, next(b))),
        q("Kontaktperson:", FORMTEXT("Tekst4", "Trond Lien", next(b)), R("  E-post: "),
          FORMTEXT("Tekst5", "trond.lien@nav.no", next(b)), R("  Tlf.: "), FORMTEXT("Tekst6", "62 33 51 90", next(b))),
        T("Del B – Prosjektet", style="Heading2"),
        q("Prosjektnavn:", FORMTEXT("Tekst7", "Aktiv hverdag Ringsaker", next(b))),
        q("Nytt prosjekt", FORMCHECK("Kontroll1", default=False, checked=True), R("  Videreføring "),
          FORMCHECK("Kontroll2", default=True, checked=False)),
        q("Oppstart (dato):", FORMTEXT("Tekst8", "01.05.2020", next(b))),
        q("Stillinger (tittel og prosent):", FORMTEXT("Tekst9", "Arbeidsmarkedskoordinator 100 %", next(b))),
        q("Eventuell prosjektleder i tillegg:", FORMTEXT("Tekst10", "", next(b))),
        T("Del C – Økonomi", style="Heading2"),
        q("Lønn og sosiale kostnader:", FORMTEXT("Tekst11", "600 000", next(b)), R(" kr")),
        q("Kompetanse:", FORMTEXT("Tekst12", "10 000", next(b)), R(" kr")),
        q("Sum søknadsbeløp:", FORMTEXT("Tekst13", "610 000", next(b)), R(" kr")),
        q("Kommunens egenandel:", FORMTEXT("Tekst14", "150 000", next(b)), R(" kr")),
        T("Del D – Prioriteringer og samarbeid", style="Heading2"),
        P(FORMCHECK("Kontroll3", default=True), R(" Bruk av ordinært arbeidsliv")),
        P(FORMCHECK("Kontroll4", default=False), R(" Oppfølging av barnefamilier, ungdom og innvandrere")),
        P(FORMCHECK("Kontroll5", default=False, checked=True), R(" Sikring av sårbare overganger")),
        P(R("Ønsker deltakelse i nettverk/klynge: Ja "), FORMCHECK("Kontroll6", default=False, checked=True),
          R(" Nei "), FORMCHECK("Kontroll7", default=False)),
        P(R("Ønsker ekstern prosessevaluering: Ja "), FORMCHECK("Kontroll8", default=False),
          R(" Nei "), FORMCHECK("Kontroll9", default=True)),
        T("Del E – Underskrift", style="Heading2"),
        TBL([[CELL(P(R("Sted og dato")), 3000), CELL(P(R("Underskrift")), 3600), CELL(P(R("Navn og tittel")), 3000)],
             [CELL(P(FORMTEXT("Tekst15", "Brumunddal 24.01.2020", next(b))), 3000), CELL(P(d.image(ink_png(505), 3.5, 1.0)), 3600),
              CELL(P(FORMTEXT("Tekst16", "Elin Sæther, Nav-leder", next(b))), 3000)],
             [CELL(P(FORMTEXT("Tekst17", "Brumunddal 24.01.2020", next(b))), 3000), CELL(P(d.image(ink_png(506), 3.5, 1.0)), 3600),
              CELL(P(FORMTEXT("Tekst18", "Kommunedirektør Halvor Moe", next(b))), 3000)]], [3000, 3600, 3000]),
        SECT(),
    ]
    d.save(out, "".join(body))
    return truth("x05", "docx", "docx-legacy-fields", lang="nb", scheme=S20,
                 office=("Nav Ringsaker", "Ringsaker", org), contact=("Trond Lien", "trond.lien@nav.no", "62335190"),
                 project=("Aktiv hverdag Ringsaker", "new", "2020-05-01"), pct=100,
                 amounts={"positions": 600000, "competence": 10000, "other": None, "total": 610000}, own_funding=150000,
                 prio=[PRIO[0], PRIO[2]], interest=(True, False),
                 sigs=[("nav_leader", "Elin Sæther", "Nav-leder", "2020-01-24", "handwritten"),
                       ("municipality", "Halvor Moe", "Kommunedirektør", "2020-01-24", "handwritten")],
                 notes=["Kontroll1: default 0, checked 1 -> ticked; Kontroll2: default 1, checked 0 -> NOT ticked",
                        "Kontroll5 default 0 checked 1 -> ticked; Kontroll3 default 1 -> ticked",
                        "Word 2007 compatibility mode (compatibilityMode 12), forms protection",
                        "Tekst10 is an empty field (five en spaces)"])


# =========================================================================== x06
def x06(out: Path):
    """docx-legacy-fields, Nynorsk, produced by WPS Office (its own style ids and East-Asian font
    defaults); DEFECT: AMOUNT_OVER_CAP (640 000 for one 100 % position)."""
    org = orgnr("96912047")
    d = Docx(font="Calibri", ea="SimSun", normal="a", h1="1", h2="2", app="WPS Office", app_version="11.2.0.9150")
    d.extra_styles = ('<w:style w:type="table" w:default="1" w:styleId="a3"><w:name w:val="Normal Table"/></w:style>'
                      '<w:style w:type="paragraph" w:styleId="a4"><w:name w:val="List Paragraph"/><w:basedOn w:val="a"/>'
                      '<w:pPr><w:ind w:firstLineChars="200" w:firstLine="420"/></w:pPr></w:style>')
    b = iter(range(500, 700))
    L = lambda label, x: [CELL(P(R(label), style="a4"), 3800), CELL(P(x), 5800)]  # noqa: E731
    body = [
        P(R("Søknad om tilskot til utvikling av sosiale tenester i Nav – 2020", b=True, sz=30), style="1"),
        TBL([L("Søkjar (Nav-kontor)", FORMTEXT("F1", "Nav Sogndal", next(b))),
             L("Kommune", FORMTEXT("F2", "Sogndal", next(b))),
             L("Organisasjonsnummer", FORMTEXT("F3", org, next(b))),
             L("Kontaktperson", FORMTEXT("F4", "Sigrid Hauge", next(b))),
             L("E-post", FORMTEXT("F5", "sigrid.hauge@nav.no", next(b))),
             L("Telefon", FORMTEXT("F6", "97 12 40 55", next(b))),
             L("Prosjekttittel", FORMTEXT("F7", "Saman om arbeid", next(b))),
             L("Nytt prosjekt", FORMCHECK("K1", default=True)),
             L("Vidareføring", FORMCHECK("K2", default=False)),
             L("Oppstart", FORMTEXT("F8", "august 2020", next(b))),
             L("Stilling og stillingsprosent", FORMTEXT("F9", "Jobbkonsulent, 100 %", next(b))),
             L("Løn og sosiale kostnader", FORMTEXT("F10", "640 000", next(b))),
             L("Kompetansemidlar", FORMTEXT("F11", "", next(b))),
             L("Sum det vert søkt om", FORMTEXT("F12", "640 000", next(b)))], [3800, 5800]),
        P(R("Prioriterte område:", b=True)),
        P(FORMCHECK("K3", default=True), R(" Bruk av ordinært arbeidsliv")),
        P(FORMCHECK("K4", default=True), R(" Oppfølging av barnefamiliar, ungdom og innvandrarar")),
        P(FORMCHECK("K5", default=False), R(" Sikring av sårbare overgangar")),
        P(R("Interesse for nettverk/klyngesamarbeid: "), FORMTEXT("F13", "Ja", next(b))),
        P(R("Interesse for ekstern prosessevaluering: "), FORMTEXT("F14", "Nei", next(b))),
        P(R("Underskrift", b=True)),
        P(R("Dokumentet er elektronisk godkjent og har difor ikkje handskrivne signaturar.")),
        P(R("Leiar Nav Sogndal: "), FORMTEXT("F15", "Oddny Nes", next(b)), R("   Dato: "), FORMTEXT("F16", "27.01.2020", next(b))),
        P(R("Kommunedirektør: "), FORMTEXT("F17", "Bjarte Tveit", next(b)), R("   Dato: "), FORMTEXT("F18", "28.01.2020", next(b))),
        SECT(),
    ]
    d.save(out, "".join(body))
    return truth("x06", "docx", "docx-legacy-fields", lang="nn", scheme=S20,
                 office=("Nav Sogndal", "Sogndal", org), contact=("Sigrid Hauge", "sigrid.hauge@nav.no", "97124055"),
                 project=("Saman om arbeid", "new", "2020-08-01"), pct=100,
                 amounts={"positions": 640000, "competence": None, "other": None, "total": 640000},
                 prio=PRIO[:2], interest=(True, False),
                 sigs=[("nav_leader", "Oddny Nes", "Nav-leiar", "2020-01-27", "electronic_approval"),
                       ("municipality", "Bjarte Tveit", "Kommunedirektør", "2020-01-28", "electronic_approval")],
                 expected=["AMOUNT_OVER_CAP"],
                 notes=["WPS Office: style ids 'a', '1', 'a4', eastAsia font SimSun", "defect: 640 000 > 610 000 for 100 %"])


# =========================================================================== x07
def textbox_head(lines):
    paras = "".join(P(R(t, b=(i == 0), sz=(24 if i == 0 else 18))) for i, t in enumerate(lines))
    return ('<w:p><w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing>'
            '<wp:anchor distT="0" distB="0" distL="114300" distR="114300" simplePos="0" relativeHeight="2" behindDoc="0" '
            'locked="0" layoutInCell="1" allowOverlap="1"><wp:simplePos x="0" y="0"/>'
            '<wp:positionH relativeFrom="page"><wp:posOffset>4300000</wp:posOffset></wp:positionH>'
            '<wp:positionV relativeFrom="page"><wp:posOffset>360000</wp:posOffset></wp:positionV>'
            '<wp:extent cx="2800000" cy="1000000"/><wp:wrapNone/><wp:docPr id="501" name="Tekstboks 1"/>'
            '<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">'
            '<wps:wsp><wps:cNvSpPr txBox="1"/><wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="2800000" cy="1000000"/></a:xfrm>'
            '<a:prstGeom prst="rect"><a:avLst/></a:prstGeom><a:noFill/></wps:spPr>'
            f'<wps:txbx><w:txbxContent>{paras}</w:txbxContent></wps:txbx><wps:bodyPr/></wps:wsp>'
            '</a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice><mc:Fallback><w:pict>'
            '<v:shape id="Tekstboks1" type="#_x0000_t202" style="position:absolute;margin-left:338pt;margin-top:28pt;width:220pt;height:79pt">'
            f'<v:textbox><w:txbxContent>{paras}</w:txbxContent></v:textbox></v:shape></w:pict></mc:Fallback>'
            "</mc:AlternateContent></w:r></w:p>")


def x07(out: Path):
    """docx-letter (Nynorsk): the letterhead (office, address, org nr) is a text box in the
    first-page header only; date from a DATE field's cached result; an endnote with last year's
    grant; budget table; side-by-side ink signatures."""
    org = orgnr("97788021")
    d = Docx(font="Georgia", lang="nn-NO")
    hid = d.header(textbox_head(["Nav Stryn", "Tonningsgata 4, 6783 Stryn", f"Org.nr. {org[:3]} {org[3:6]} {org[6:]}",
                                 "Telefon 55 55 33 33"]))
    en = d.endnote(R("Tilskotet for 2019 var 1 150 000 kroner (to stillingar); sjå sluttrapport."))
    money = lambda t: P(R(t), jc="right")  # noqa: E731
    body = [
        P(), P(), P(),
        P(R("Fylkesmannen i Vestland"), spacing=0), P(R("Postboks 7310, 5020 Bergen")),
        P(R("Stryn, "), FLD('CREATEDATE \\@ "d. MMMM yyyy"', R("23. januar 2020")), jc="right"),
        P(R("Søknad om tilskot til utvikling av sosiale tenester i Nav – «Stryn held fram»", b=True, sz=26)),
        P(R("Nav Stryn søkjer med dette om tilskot for 2020 til prosjektet «Stryn held fram». Prosjektet er ei "
            "vidareføring (år 2) av prosjektet som fekk tilskot i 2019"), en,
          R(". Vi held fram med ei stilling som jobbkonsulent, og prosjektet startar opp att 1. januar 2020.")),
        P(R("Målgruppa er vaksne som står utanfor arbeid, særleg dei som kjem ut frå soning eller frå institusjon "
            "og skal over i eit vaksenliv utan jobb. Prosjektet skal "
            "sikre sårbare overgangar og nytte ordinært arbeidsliv som arena, med tett oppfølging på arbeidsplassen.")),
        P(R("Kontaktperson er Eirik Loen, e-post eirik.loen@nav.no, telefon 941 73 206.")),
        P(R("Kommunen (Stryn kommune) dekkjer sjølv 100 000 kroner i eigendel.")),
        P(R("Budsjett 2020", b=True)),
        TBL([[CELL("Stilling", 4200), CELL("Stillingsprosent", 2200), CELL("Kroner", 3000)],
             [CELL("Jobbkonsulent", 4200), CELL("100", 2200), CELL(money("605 000"), 3000)],
             [CELL("Kompetanse (kurs i motiverande intervju)", 4200), CELL("", 2200), CELL(money("5 000"), 3000)],
             [CELL(P(R("Sum søknad", b=True)), 4200), CELL("", 2200), CELL(P(R("610 000", b=True), jc="right"), 3000)]],
            [4200, 2200, 3000]),
        P(R("Vi ønskjer å vere med i nettverk/klyngesamarbeid, men ønskjer ikkje ekstern prosessevaluering.")),
        P(R("Stryn, 23.01.2020")),
        P(R("Med helsing")),
        TBL([[CELL(P(d.image(ink_png(707))), 4800), CELL(P(d.image(ink_png(708))), 4800)],
             [CELL(P(R("Marte Flo\nleiar, Nav Stryn")), 4800), CELL(P(R("Per Kristian Hjelle\nkommunedirektør, Stryn kommune")), 4800)]],
            [4800, 4800], borders=False),
        SECT(title_pg=True, header_first=hid),
    ]
    d.save(out, "".join(body), created="2020-01-23")
    return truth("x07", "docx", "docx-letter", lang="nn", scheme=S20,
                 office=("Nav Stryn", "Stryn", org), contact=("Eirik Loen", "eirik.loen@nav.no", "94173206"),
                 project=("Stryn held fram", "continuation", "2020-01-01"), pct=100,
                 amounts={"positions": 605000, "competence": 5000, "other": None, "total": 610000}, own_funding=100000,
                 prio=[PRIO[0], PRIO[2]], interest=(True, False),
                 sigs=[("nav_leader", "Marte Flo", "Nav-leiar", "2020-01-23", "handwritten"),
                       ("municipality", "Per Kristian Hjelle", "Kommunedirektør", "2020-01-23", "handwritten")],
                 notes=["office/org nr only in a text box in the first-page header (titlePg)",
                        "endnote holds 1 150 000 (2019 grant): not the budget",
                        "letter date is a CREATEDATE field's cached result (= core created date); signatures dated by the line 'Stryn, 23.01.2020' above 'Med helsing'",
                        "the municipality is not named in a label; 'Stryn kommune' in prose and signature"])


# =========================================================================== x08
def x08(out: Path):
    """docx-letter whose whole application text is an altChunk (embedded HTML) - Word renders it,
    document.xml holds only a short heading."""
    org = orgnr("98455310")
    d = Docx(font="Verdana")
    html = f"""<!DOCTYPE html><html lang="nb"><head><meta charset="utf-8"><title>Søknad</title></head><body>
<p>Til Fylkesmannen i Oslo og Viken</p>
<p style="text-align:right">Lørenskog, 22.01.2020</p>
<h2>Søknad om tilskudd til utvikling av sosiale tjenester i Nav-kontoret for 2020</h2>
<p>Nav Lørenskog (org.nr. {org}) søker om tilskudd til prosjektet <b>«Inn i jobb – ut av gjeld»</b>.
Dette er et nytt prosjekt med planlagt oppstart 1. juni 2020.</p>
<p>Prosjektet retter seg mot barnefamilier med lav inntekt og gjeldsproblemer. Gjennom tett oppfølging
mot ordinært arbeid og økonomisk rådgivning skal flere foreldre komme i jobb.</p>
<table border="1" cellspacing="0" cellpadding="4">
<tr><th>Budsjettpost</th><th>Stilling</th><th>Beløp</th></tr>
<tr><td>Arbeidsinkluderingsveileder</td><td>100 %</td><td>kr 610 000,-</td></tr>
<tr><td>Økonomirådgiver</td><td>50 %</td><td>kr 300 000,-</td></tr>
<tr><td>Kompetanseheving</td><td></td><td>kr 10 000,-</td></tr>
<tr><td><b>Totalt</b></td><td>150 %</td><td><b>kr 920 000,-</b></td></tr>
</table>
<p>Nav Lørenskog ønsker å delta i nettverk/klyngesamarbeid og stiller seg positive til ekstern prosessevaluering.</p>
<p>Kontaktperson: Nina Aas, nina.aas@nav.no, tlf. 907 55 120.</p>
<p>Dokumentet er elektronisk godkjent og har derfor ingen håndskrevne signaturer.</p>
<p>Godkjent 22.01.2020 av Arild Brenna, leder Nav Lørenskog<br>
Godkjent 24.01.2020 av Hanne Lie, kommunedirektør i Lørenskog kommune</p>
</body></html>"""
    body = [T("Nav Lørenskog", style="Heading1"), d.altchunk(html), SECT()]
    d.save(out, "".join(body))
    return truth("x08", "docx", "docx-letter", lang="nb", scheme=S20,
                 office=("Nav Lørenskog", "Lørenskog", org), contact=("Nina Aas", "nina.aas@nav.no", "90755120"),
                 project=("Inn i jobb – ut av gjeld", "new", "2020-06-01"), pct=150,
                 amounts={"positions": 910000, "competence": 10000, "other": None, "total": 920000},
                 prio=[PRIO[0], PRIO[1]], interest=(True, True),
                 sigs=[("nav_leader", "Arild Brenna", "Nav-leder", "2020-01-22", "electronic_approval"),
                       ("municipality", "Hanne Lie", "Kommunedirektør", "2020-01-24", "electronic_approval")],
                 notes=["all application text lives in word/afchunk*.htm (altChunk); document.xml holds only 'Nav Lørenskog'",
                        "priority areas argued in prose: ordinary working life + families with children"])


# =========================================================================== x15
def x15(out: Path):
    """not-application: the final report (sluttrapport) on last year's grant, in the same form
    shapes (Wingdings boxes, numbered sections) with office, project, position and amounts."""
    d = Docx(font="Arial")
    H = lambda t: P(R(t), style="Heading1", num=(1, 0))  # noqa: E731
    body = [
        T("Rapport om bruk av tilskudd til utvikling av sosiale tjenester i Nav-kontoret – tilskuddsåret 2019", style="Heading1"),
        P(R("Rapporten sendes Fylkesmannen innen 1. mars 2020.", i=True)),
        H("Tilskuddsmottaker"),
        TBL([[CELL("Nav-kontor", 3600), CELL("Nav Tynset", 6000)], [CELL("Kontaktperson", 3600), CELL("Randi Vold, randi.vold@nav.no", 6000)],
             [CELL("Prosjekt", 3600), CELL("Arbeid i fjellregionen", 6000)]], [3600, 6000]),
        H("Regnskap for tilskuddet"),
        TBL([[CELL("Mottatt tilskudd 2019", 5000), CELL(P(R("610 000"), jc="right"), 3000)],
             [CELL("Brukt til lønn, 100 % stilling", 5000), CELL(P(R("598 400"), jc="right"), 3000)],
             [CELL("Ubrukte midler", 5000), CELL(P(R("11 600"), jc="right"), 3000)]], [5000, 3000]),
        H("Måloppnåelse"),
        P(R("31 deltakere er fulgt opp; 12 er i ordinært arbeid. Prosjektet videreføres i drift fra 2020.")),
        P(BOX(True), R(" Prosjektet er avsluttet   "), BOX(False), R(" Prosjektet søker videreføring")),
        H("Underskrift"),
        P(R("Tynset, 20.02.2020")),
        P(d.image(ink_png(1515))),
        P(R("Berit Tronsmo, leder Nav Tynset")),
        SECT(),
    ]
    d.save(out, "".join(body))
    return truth("x15", "docx", "not-application", lang="nb", scheme=None, score_fields=False,
                 expected=["NOT_AN_APPLICATION"],
                 notes=["final report (rapport om bruk av tilskudd) on 2019's grant, shaped like the form"])
