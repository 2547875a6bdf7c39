"""The 18 documents of corpus 76: each builder writes one file and returns its truth."""
from __future__ import annotations

from pathlib import Path

from kit76 import S20, Word, lo_docx, _ff_box, _ff_text, _sdt_box, _sdt_date, _sdt_text, acroform, orgnr, spaced, write_sheet
from truthlib import truth

N1, N2, N3 = "Bruk av ordinært arbeidsliv", "Oppfølging av barnefamiliar, ungdom og innvandrarar", "Sikring av sårbare overgangar"
B1, B2, B3 = "Bruk av ordinært arbeidsliv", "Oppfølging av barnefamilier, ungdom og innvandrere", "Sikring av sårbare overganger"


def _placeholder(alias: str) -> str:
    from docx.oxml.ns import nsdecls
    return (f'<w:sdt {nsdecls("w")}><w:sdtPr><w:alias w:val="{alias}"/><w:tag w:val="{alias}"/><w:showingPlcHdr/>'
            f'<w:text/></w:sdtPr><w:sdtContent><w:r><w:rPr><w:color w:val="808080"/></w:rPr>'
            f'<w:t>Klikk eller trykk her for å skrive inn tekst.</w:t></w:r></w:sdtContent></w:sdt>')


def ny01(out: Path):
    """Google Docs letter, every figure in words."""
    o = orgnr("97422818")
    w = Word("Arial", 11)
    w.p("Nav Sogndal\nPostboks 153\n6851 Sogndal", size=10)
    w.p(f"Org.nr. {o}", size=10)
    w.p("Statsforvaltaren i Vestland\nNjøsavegen 2\n6863 Leikanger")
    w.p("Sogndal, 24. januar 2020", align="right")
    w.p("Søknad om tilskot til utvikling av sosiale tenester i Nav-kontoret 2020", bold=True, size=13)
    w.p("Nav Sogndal søkjer med dette om tilskot til det nye prosjektet «Jobbvegen Sogndal». Målgruppa er "
        "langtidsmottakarar av økonomisk sosialhjelp over 30 år, og vi vil bruke det ordinære arbeidslivet aktivt: "
        "deltakarane skal ut i ordinære verksemder i kommunen frå første veka, med tett oppfølging av rettleiar.")
    w.p("Vi søkjer om midlar til ein halv stilling som jobbspesialist, frå 1. mars og ut året. Løn med sosiale "
        "kostnader for stillinga utgjer tre hundre tusen kroner. I tillegg søkjer vi om ti tusen kroner til "
        "kompetanseheving i prosjektgruppa. Til saman søkjer vi altså om tre hundre og ti tusen kroner.")
    w.p("Nav Sogndal ønskjer gjerne å vere med i nettverk og klyngjesamarbeid med andre kontor i fylket. Vi ønskjer "
        "ikkje å delta i ekstern prosessevaluering i år.")
    w.p("Kontaktperson for søknaden er rettleiar Synnøve Hauge, e-post synnove.hauge@nav.no, mobil 922 41 730.")
    w.p("Med venleg helsing")
    w.sign_table([{"ink": "ny01a", "rule": False, "below": ["Ingrid Hovland", "Nav-leiar", "Sogndal, 24.01.2020"]},
                  {"ink": "ny01b", "rule": False, "below": ["Jostein Aaberge", "Kommunedirektør", "Sogndal, 27.01.2020"]}])
    w.save(out, app="gdocs")
    return truth("ny01", "docx", "docx-letter", lang="nn", scheme=S20, office=("Nav Sogndal", "Sogndal", o),
                 contact=("Synnøve Hauge", "synnove.hauge@nav.no", "92241730"),
                 project=("Jobbvegen Sogndal", "new", "2020-03-01"), pct=50,
                 amounts={"positions": 300000, "competence": 10000, "total": 310000},
                 prio=["ordinaert-arbeidsliv"], interest=(True, False),
                 sigs=[("nav_leader", "Ingrid Hovland", "Nav-leiar", "2020-01-24", "handwritten"),
                       ("municipality", "Jostein Aaberge", "Kommunedirektør", "2020-01-27", "handwritten")],
                 notes=["near-miss: 'ein halv stilling', amounts only in words ('tre hundre tusen kroner'), "
                        "start 'frå 1. mars og ut året'; Google Docs docx"])


def ny02(out: Path):
    """OnlyOffice letter with the municipality's cover letter in front; Nynorsk electronic approval."""
    o = orgnr("96487213")
    w = Word("Carlito", 11)
    w.p("ULSTEIN KOMMUNE\nSentraladministrasjonen", bold=True)
    w.p("Statsforvaltaren i Møre og Romsdal\nPostboks 2520\n6404 Molde")
    w.p("Vår ref.: 2020/114 – Ulsteinvik, 23.01.2020", align="right")
    w.p("Oversending av søknad frå Nav Ulstein – tilskot til sosiale tenester 2020", bold=True)
    w.p("Vedlagt følgjer søknaden frå Nav Ulstein om tilskot til utvikling av sosiale tenester. Søknaden er "
        "drøfta i leiargruppa, og kommunen stiller seg bak prosjektet og dekkjer ein firedel av kostnadene sjølv.")
    w.p("Spørsmål om oversendinga kan rettast til sakshandsamar Oddbjørn Vik, telefon 70 01 76 00.")
    w.p("Med helsing\nOddbjørn Vik\nrådgjevar")
    w.page_break()
    w.p("Nav Ulstein – søknad om tilskot til utvikling av sosiale tenester i Nav-kontoret 2020", bold=True, size=13)
    w.table([["Søkjar", f"Nav Ulstein, Ulstein kommune, org.nr. {spaced(o)}"],
             ["Kontaktperson", "Hilde Myklebust, hilde.myklebust@nav.no, tlf. 900 12 345"]],
            header=False, grid=False, bold_col0=True)
    w.p("Prosjektet «Familieløftet Ulstein» er nytt og startar 1. april 2020. Vi søkjer om ei 100 % stilling som "
        "familiekoordinator som skal følgje opp barnefamiliar med låg inntekt heilskapleg: bustad, økonomi, "
        "arbeid og barna sin fritid. Kommunen dekkjer ein del av lønskostnaden sjølv, sjå budsjettet.")
    w.table([["Post", "Kostnad i alt", "Eigendel kommunen", "Søkt tilskot"],
             ["Familiekoordinator 100 %, løn og sosiale kostnader", "800 000", "200 000", "600 000"],
             ["Kompetanse (kurs i familiesamtalar)", "10 000", "0", "10 000"],
             ["Sum", "810 000", "200 000", "610 000"]])
    w.p("Vi ønskjer å delta både i nettverk/klyngjesamarbeid og i ekstern prosessevaluering.")
    w.p("Dokumentet er elektronisk godkjent av Margit Hareide, Nav-leiar, 22.01.2020 og Arne Nørvåg, "
        "kommunedirektør, 23.01.2020, og har difor ikkje handskrivne signaturar.", italic=True)
    w.save(out, app="onlyoffice")
    return truth("ny02", "docx", "docx-letter", lang="nn", scheme=S20, office=("Nav Ulstein", "Ulstein", o),
                 contact=("Hilde Myklebust", "hilde.myklebust@nav.no", "90012345"),
                 project=("Familieløftet Ulstein", "new", "2020-04-01"), pct=100,
                 amounts={"positions": 600000, "competence": 10000, "total": 610000}, own_funding=200000,
                 prio=["barnefamilier-ungdom-innvandrere"], interest=(True, True),
                 sigs=[("nav_leader", "Margit Hareide", "Nav-leiar", "2020-01-22", "electronic_approval"),
                       ("municipality", "Arne Nørvåg", "Kommunedirektør", "2020-01-23", "electronic_approval")],
                 notes=["near-miss: the municipality's cover letter first (its sakshandsamar and phone are not the "
                        "contact); budget with own-funding column; total 610 000 under 620 000; OnlyOffice docx"])


def ny03(out: Path):
    """Nynorsk form, three-column numbered grid, ☑ boxes, names in block capitals."""
    o = orgnr("97453126")
    w = Word("Cambria", 10.5)
    w.p("Søknadsskjema – tilskot til utvikling av sosiale tenester i Nav-kontoret, 2020", bold=True, size=14)
    w.p("Skjemaet skal sendast Statsforvaltaren i Vestland innan 1. februar 2020.", italic=True, size=9)
    w.table([["Nr.", "Spørsmål", "Svar"], ["1.1", "Søkjar (Nav-kontor)", "Nav Fitjar"], ["1.2", "Kommune", "Fitjar"],
             ["1.3", "Organisasjonsnummer", o], ["1.4", "Kontaktperson (namn)", "Lars Økland"],
             ["1.5", "E-post", "lars.okland@nav.no"], ["1.6", "Telefon", "53 45 85 00"],
             ["2.1", "Prosjektnamn", "Kystarbeid"], ["2.2", "Nytt prosjekt / vidareføring", "Nytt prosjekt"],
             ["2.3", "Oppstart av prosjektet (dato)", "02.03.2020"], ["2.4", "Stillingsheimel", "Ein heil stillingsheimel (100 %)"],
             ["3.1", "Søknadssum løn (inkl. sosiale utgifter)", "610 000"], ["3.2", "Kompetansetiltak", "10 000"],
             ["3.3", "Søknadssum i alt", "620 000"]])
    w.p("4. Kva for prioriterte område gjeld prosjektet?", bold=True)
    for a, on in ((N1, False), (N2, False), (N3, True)):
        w.p(("☑ " if on else "☐ ") + a)
    w.p("5. Interesse", bold=True)
    w.p("Nettverk / klyngjesamarbeid:   ☑ Ja   ☐ Nei")
    w.p("Ekstern prosessevaluering:   ☐ Ja   ☑ Nei")
    w.p("6. Underskrifter", bold=True)
    w.sign_table([{"above": ["Stad og dato: Fitjar, 29.01.2020", "Underskrift Nav-leiar:"], "ink": "ny03a",
                   "below": ["Namn med blokkbokstavar: TORILL SKAALA"]},
                  {"above": ["Stad og dato: Fitjar, 30.01.2020", "Underskrift rådmann:"], "ink": "ny03b",
                   "below": ["Namn med blokkbokstavar: GEIR ANDRÉ SØRHEIM"]}], grid=True)
    w.save(out)
    return truth("ny03", "docx", "docx-form", lang="nn", scheme=S20, office=("Nav Fitjar", "Fitjar", o),
                 contact=("Lars Økland", "lars.okland@nav.no", "53458500"), project=("Kystarbeid", "new", "2020-03-02"),
                 pct=100, amounts={"positions": 610000, "competence": 10000, "total": 620000},
                 prio=["saarbare-overganger"], interest=(True, False),
                 sigs=[("nav_leader", "TORILL SKAALA", "Nav-leiar", "2020-01-29", "handwritten"),
                       ("municipality", "GEIR ANDRÉ SØRHEIM", "Rådmann", "2020-01-30", "handwritten")],
                 notes=["near-miss: 'Ein heil stillingsheimel (100 %)' at exactly 610 000; ☑ glyphs; "
                        "Ja/Nei on one line; names in block capitals"])


def ny04(out: Path):
    """Bokmål form, four-column grid (two label/value pairs a row), X in its own column."""
    o = orgnr("97399451", valid=False)
    w = Word("Calibri", 10)
    w.p("NAV ALTA", bold=True, size=16)
    w.p("Søknad om tilskudd til utvikling av sosiale tjenester i Nav-kontoret – tilskuddsåret 2020", bold=True)
    w.table([["Nav-kontor", "NAV Alta", "Kommune", "Alta"], ["Org.nr.", spaced(o), "Kontaktperson", "Maja Isaksen"],
             ["E-post", "maja.isaksen@nav.no", "Tlf.", "784 55 200"],
             ["Prosjektnavn", "Arbeid i nord", "Søknadstype", "Ny søknad"],
             ["Oppstart", "1. april 2020", "Stillingsandel", "1 årsverk"],
             ["Lønnsmidler", "kr 590 000", "Kompetansemidler", "kr 10 000"],
             ["Søknadsbeløp totalt", "kr 600 000", "", ""]], header=False, shade="DDDDDD", bold_col0=True)
    w.table([["Prioritert område", "Kryss"], [B1, "X"], [B2, "X"], [B3, ""],
             ["Ønsker nettverk/klyngesamarbeid", ""], ["Ønsker ekstern prosessevaluering", "X"]])
    w.sign_table([{"above": ["Alta, 21.01.2020", "Nav-leder"], "ink": "ny04a", "below": ["Sindre Mathisen"]},
                  {"above": ["Alta, 22.01.2020", "Kommunedirektør"], "ink": "ny04b", "below": ["Bjørg Eira"]}])
    w.save(out, app="word")
    return truth("ny04", "docx", "docx-form", lang="nb", scheme=S20, office=("Nav Alta", "Alta", o),
                 contact=("Maja Isaksen", "maja.isaksen@nav.no", "78455200"), project=("Arbeid i nord", "new", "2020-04-01"),
                 pct=100, amounts={"positions": 590000, "competence": 10000, "total": 600000},
                 prio=["ordinaert-arbeidsliv", "barnefamilier-ungdom-innvandrere"], interest=(False, True),
                 sigs=[("nav_leader", "Sindre Mathisen", "Nav-leder", "2020-01-21", "handwritten"),
                       ("municipality", "Bjørg Eira", "Kommunedirektør", "2020-01-22", "handwritten")],
                 expected=["ORG_NUMBER_INVALID"], notes=["defect: org number check digit wrong; 4-column grid; phone '784 55 200'"])


def ny05(out: Path):
    """Nynorsk content controls: date picker, w14 check boxes, an untouched placeholder control."""
    o = orgnr("92178455")
    w = Word("Calibri", 10.5)
    w.p("Tilskot til utvikling av sosiale tenester i Nav-kontoret 2020 – søknadsskjema", bold=True, size=13)
    w.xml_row_table([("Namn på Nav-kontoret", [_sdt_text("kontor", "Nav Stad")]), ("Kommune", [_sdt_text("kommune", "Stad")]),
                     ("Org.nr.", [_sdt_text("orgnr", o)]), ("Kontaktperson", [_sdt_text("kontakt", "Eldbjørg Hjelle")]),
                     ("E-post", [_sdt_text("epost", "eldbjorg.hjelle@nav.no")]), ("Telefon", [_sdt_text("tlf", "57 86 30 00")]),
                     ("Prosjektet sitt namn", [_sdt_text("namn", "Stad i arbeid")]),
                     ("Søknaden gjeld", [_sdt_text("type", "Vidareføring (år 2)")]),
                     ("Planlagd oppstart", [_sdt_date("oppstart", "2020-01-01", "1. januar 2020")]),
                     ("Stillingsdel", [_sdt_text("stilling", "80 prosent")]),
                     ("Søkt løn og sosiale kostnader", [_sdt_text("lon", "488 000 kr")]),
                     ("Søkt kompetansemidlar", [_sdt_text("komp", "10 000 kr")]),
                     ("Andre kostnader", [_placeholder("andre")]),
                     ("Søknadssum", [_sdt_text("sum", "498 000 kr")])], shade="F2F2F2")
    w.p("Prioriterte område (kryss av)", bold=True)
    for a, on in ((N1, True), (N2, True), (N3, True)):
        w.xml_par([_sdt_box(on), " " + a])
    w.xml_par([_sdt_box(False), " Vi ønskjer å vere med i nettverk/klyngjesamarbeid"])
    w.xml_par([_sdt_box(False), " Vi ønskjer ekstern prosessevaluering"])
    w.sign_table([{"above": ["Nav-leiar", "Nordfjordeid 28.01.2020"], "ink": "ny05a", "below": ["Rune Strand"]},
                  {"above": ["Kommunedirektør", "Nordfjordeid 28.01.2020"], "ink": "ny05b", "below": ["Alf Robert Heggen"]}])
    w.save(out)
    return truth("ny05", "docx", "docx-controls", lang="nn", scheme=S20, office=("Nav Stad", "Stad", o),
                 contact=("Eldbjørg Hjelle", "eldbjorg.hjelle@nav.no", "57863000"),
                 project=("Stad i arbeid", "continuation", "2020-01-01"), pct=80,
                 amounts={"positions": 488000, "competence": 10000, "total": 498000},
                 prio=["ordinaert-arbeidsliv", "barnefamilier-ungdom-innvandrere", "saarbare-overganger"],
                 interest=(False, False),
                 sigs=[("nav_leader", "Rune Strand", "Nav-leiar", "2020-01-28", "handwritten"),
                       ("municipality", "Alf Robert Heggen", "Kommunedirektør", "2020-01-28", "handwritten")],
                 notes=["near-miss: 80 prosent at exactly 488 000; placeholder text in 'Andre kostnader' is not a value; "
                        "signed in Nordfjordeid (Stad's centre)"])


def ny06(out: Path):
    """Nynorsk legacy form fields in a table, an empty competence field."""
    o = orgnr("97462819")
    w = Word("Times New Roman", 11)
    w.p("Søknad om tilskot – sosiale tenester i Nav 2020", bold=True, size=14)
    w.p("Fyll ut dei grå felta. Kryss av med mellomromstasten.", italic=True, size=9)
    w.xml_row_table([("Nav-kontor", _ff_text("kontor", "NAV Hjelmeland")), ("Kommune", _ff_text("kommune", "Hjelmeland")),
                     ("Org.nr.", _ff_text("org", o)), ("Kontaktperson", _ff_text("kp", "Astrid Fløgstad")),
                     ("E-post", _ff_text("ep", "astrid.flogstad@nav.no")), ("Telefon", _ff_text("tlf", "51 75 70 00")),
                     ("Namn på prosjektet", _ff_text("pn", "Vegen til arbeid")),
                     ("Ny søknad eller vidareføring", _ff_text("ny", "Ny")), ("Oppstart", _ff_text("os", "15.03.2020")),
                     ("Stillingsheimel (%)", _ff_text("st", "50")),
                     ("Løn og sosiale kostnader (kr)", _ff_text("lon", "305 000")),
                     ("Kompetansemidlar (kr)", _ff_text("komp", "\u2002" * 5)),
                     ("Søknadssum (kr)", _ff_text("sum", "305 000"))], shade="EFEFEF")
    w.p("Prioriterte område:", bold=True)
    for i, (a, on) in enumerate(((N1, True), (N2, False), (N3, False))):
        w.xml_par(_ff_box(f"p{i}", on) + [" " + a])
    w.xml_par(_ff_box("nett", True) + [" Nettverk/klyngjesamarbeid"])
    w.xml_par(_ff_box("eval", True) + [" Ekstern prosessevaluering"])
    w.sign_table([{"above": ["Hjelmeland, 30.01.2020"], "ink": "ny06a", "below": ["Anders Tjelta", "leiar Nav Hjelmeland"]},
                  {"above": ["Hjelmeland, 30.01.2020"], "ink": "ny06b", "below": ["Ingunn Hovda", "rådmann"]}])
    w.save(out)
    return truth("ny06", "docx", "docx-legacy-fields", lang="nn", scheme=S20, office=("Nav Hjelmeland", "Hjelmeland", o),
                 contact=("Astrid Fløgstad", "astrid.flogstad@nav.no", "51757000"),
                 project=("Vegen til arbeid", "new", "2020-03-15"), pct=50,
                 amounts={"positions": 305000, "competence": None, "total": 305000},
                 prio=["ordinaert-arbeidsliv"], interest=(True, True),
                 sigs=[("nav_leader", "Anders Tjelta", "Leiar Nav Hjelmeland", "2020-01-30", "handwritten"),
                       ("municipality", "Ingunn Hovda", "Rådmann", "2020-01-30", "handwritten")],
                 notes=["near-miss: 'Stillingsheimel (%)' = '50' at exactly 305 000; competence field left empty (en spaces)"])


def ny07(out: Path):
    """Nynorsk letter saved by LibreOffice: half a position, salary over the cap, stated in prose."""
    o = orgnr("96483127")
    w = Word("Georgia", 11)
    w.p("Nav Luster\n6868 Gaupne", size=10)
    w.p("Gaupne, 20. januar 2020", align="right")
    w.p("Til Statsforvaltaren i Vestland")
    w.p("Søknad om tilskot til utvikling av sosiale tenester 2020 – «Ung i Luster»", bold=True)
    w.p(f"Nav Luster (org.nr. {o}) søkjer om tilskot til eit nytt prosjekt for ungdom mellom 16 og 25 år som har "
        "droppa ut av vidaregåande skule. Ein rettleiar skal følgje dei tett i overgangen frå skule til arbeid eller "
        "ny skulegang, i samarbeid med oppfølgingstenesta og PP-tenesta.")
    w.p("Vi søkjer om ein halv stilling frå 1. mars og ut året. Løns- og sosiale kostnader for stillinga er rekna "
        "til 340 000 kroner, og det er denne summen vi søkjer om.")
    w.p("Vi er interesserte i klyngjesamarbeid med andre Nav-kontor, men ikkje i ekstern prosessevaluering.")
    w.p("Kontaktperson: Oddny Bolstad, tlf. 57 68 55 00, oddny.bolstad@nav.no")
    w.p("Med helsing")
    w.sign_table([{"ink": "ny07a", "below": ["Kjell Arne Nes", "Nav-leiar", "20.01.2020"]},
                  {"ink": "ny07b", "below": ["Monica Hjelle", "Kommunedirektør", "22.01.2020"]}])
    lo_docx(w, out)
    return truth("ny07", "docx", "docx-letter", lang="nn", scheme=S20, office=("Nav Luster", "Luster", o),
                 contact=("Oddny Bolstad", "oddny.bolstad@nav.no", "57685500"),
                 project=("Ung i Luster", "new", "2020-03-01"), pct=50,
                 amounts={"positions": 340000, "total": 340000},
                 prio=["barnefamilier-ungdom-innvandrere", "saarbare-overganger"], interest=(True, False),
                 sigs=[("nav_leader", "Kjell Arne Nes", "Nav-leiar", "2020-01-20", "handwritten"),
                       ("municipality", "Monica Hjelle", "Kommunedirektør", "2020-01-22", "handwritten")],
                 expected=["AMOUNT_OVER_CAP"], notes=["defect: 'ein halv stilling' with 340 000 kroner (cap 305 000); docx saved by LibreOffice"])


def ny08(out: Path):
    """Google Docs PDF (re-stamped), Nynorsk, '1,5 stilling' written as 'ei heil og ei halv stilling'."""
    o = orgnr("96495632")
    def draw(s):
        s.t("Nav Aurland", bold=True, size=18, gap=26)
        s.t("Søknad om tilskot til utvikling av sosiale tenester i Nav-kontoret 2020", bold=True, size=12, gap=22)
        s.t(f"Søkjar: Nav Aurland, Aurland kommune · Organisasjonsnummer {o}")
        s.t("Kontaktperson: Gunnhild Vangen · gunnhild.vangen@nav.no · 481 22 907", gap=22)
        s.t("Om prosjektet", bold=True, size=11)
        s.para("Prosjektet «Fjordlys» er nytt. Vi vil sikre overgangane for innbyggjarar som kjem ut frå "
               "institusjon, rusbehandling eller fengsel, slik at dei har bustad, inntekt og ein plan for arbeid "
               "frå første dag. Prosjektet startar i august 2020.")
        s.t("Stillingar og budsjett", bold=True, size=11)
        s.para("Vi søkjer om ei heil og ei halv stilling, til saman 150 %: ein koordinator i full stilling og ein "
               "bustadrettleiar i halv stilling.")
        s.grid([["Post", "Beløp"], ["Løn og sosiale kostnader, 150 %", "kr 900 000"], ["Kompetanse", "kr 10 000"],
                ["Søknadssum", "kr 910 000"]], [60, -535])
        s.para("Nav Aurland ønskjer å vere med i nettverk, og vi seier ja til ekstern prosessevaluering.")
        s.skip()
        s.signs([{"above": ["Aurland, 27.01.2020"], "ink": "ny08a", "below": ["Britt Lundberg, Nav-leiar"]},
                 {"above": ["Aurland, 28.01.2020"], "ink": "ny08b", "below": ["Tor Egil Sjursen, rådmann"]}])
    write_sheet(out, draw, producer="gdocs", font="LS", bold="LSB", size=10.5, left=72)
    return truth("ny08", "pdf", "pdf-handwritten", lang="nn", scheme=S20, office=("Nav Aurland", "Aurland", o),
                 contact=("Gunnhild Vangen", "gunnhild.vangen@nav.no", "48122907"),
                 project=("Fjordlys", "new", "2020-08-01"), pct=150,
                 amounts={"positions": 900000, "competence": 10000, "total": 910000},
                 prio=["saarbare-overganger"], interest=(True, True),
                 sigs=[("nav_leader", "Britt Lundberg", "Nav-leiar", "2020-01-27", "handwritten"),
                       ("municipality", "Tor Egil Sjursen", "Rådmann", "2020-01-28", "handwritten")],
                 notes=["near-miss: 'ei heil og ei halv stilling, til saman 150 %' at 900 000 (cap 915 000); "
                        "start 'august 2020'; Google Docs PDF producer"])


def ny09(out: Path):
    """Apple Pages PDF, Bokmål letter, '60-prosent stilling', electronic approval in its own words."""
    o = orgnr("94016498")
    def draw(s):
        s.t("NAV RØROS", bold=True, size=9, gap=12)
        s.t("Bergmannsgata 23, 7374 Røros", size=8, gap=30)
        s.t("Statsforvalteren i Trøndelag")
        s.right("Røros, 21. januar 2020")
        s.t("Søknad om tilskudd til utvikling av sosiale tjenester i Nav-kontoret 2020", bold=True, size=12, gap=22)
        s.para("Nav Røros søker om videreføring av prosjektet «Bergstaden i arbeid» for andre år. Prosjektet "
               "startet i 2019 og fortsetter fra 1. januar 2020. Målet er at flere sosialhjelpsmottakere får "
               "ordinært arbeid gjennom tett samarbeid med lokale arbeidsgivere i reiseliv og industri.", 92)
        s.para("Vi søker om en 60-prosent stilling som jobbkonsulent. Lønn og sosiale kostnader er beregnet til "
               "kr 366 000, og vi søker i tillegg kr 9 500 til kompetanseheving (veiledning i IPS-metodikk). "
               "Samlet søknadsbeløp er kr 375 500.", 92)
        s.para("Kontoret ønsker ikke å delta i nettverk i år, men stiller gjerne opp i ekstern prosessevaluering.", 92)
        s.para(f"Kontaktperson er Elin Haugen (elin.haugen@nav.no, 72 41 00 00). Organisasjonsnummer: {o}.", 92)
        s.t("Med hilsen", gap=26)
        s.t("Kjersti Tamnes, Nav-leder", gap=14)
        s.t("Hans Vintervold, kommunedirektør", gap=24)
        s.para("Søknaden er elektronisk godkjent i kommunens sak-/arkivsystem av Kjersti Tamnes (21.01.2020) og "
               "Hans Vintervold (23.01.2020) og sendes uten håndskrevne signaturer.", 92)
    write_sheet(out, draw, producer="pages", font="DV", bold="DVB", size=10, left=80)
    return truth("ny09", "pdf", "pdf-text", lang="nb", scheme=S20, office=("Nav Røros", "Røros", o),
                 contact=("Elin Haugen", "elin.haugen@nav.no", "72410000"),
                 project=("Bergstaden i arbeid", "continuation", "2020-01-01"), pct=60,
                 amounts={"positions": 366000, "competence": 9500, "total": 375500},
                 prio=["ordinaert-arbeidsliv"], interest=(False, True),
                 sigs=[("nav_leader", "Kjersti Tamnes", "Nav-leder", "2020-01-21", "electronic_approval"),
                       ("municipality", "Hans Vintervold", "Kommunedirektør", "2020-01-23", "electronic_approval")],
                 notes=["near-miss: '60-prosent stilling' at exactly 366 000; 'Søknaden er elektronisk godkjent i "
                        "kommunens sak-/arkivsystem'; Apple Pages producer"])


def ny10(out: Path):
    """'Microsoft Print to PDF' of a Nynorsk Word form, sum off by 10 000."""
    o = orgnr("96498021")
    def draw(s):
        s.t("Microsoft Word - Søknad sosiale tenester 2020 Nav Ullensvang.docx", size=7, gap=24)
        s.t("SØKNAD OM TILSKOT TIL UTVIKLING AV SOSIALE TENESTER I NAV 2020", bold=True, size=11.5, gap=24)
        for lab, val in (("Nav-kontor", "Nav Ullensvang"), ("Kommune", "Ullensvang"), ("Org.nr.", o),
                         ("Kontaktperson", "Sølvi Tveisme"), ("E-post", "solvi.tveisme@nav.no"),
                         ("Telefon", "53 65 40 00"), ("Prosjekt", "Heim til arbeid"), ("Nytt/vidareført", "Nytt"),
                         ("Oppstart", "01.05.2020"), ("Stillingsheimel", "70 %"),
                         ("Løn og sosiale kostnader", "427 000"), ("Kompetanse", "10 000"), ("Sum søknad", "447 000")):
            s.box_row(lab, val, x2=230)
        s.skip(14)
        s.t("Prioritert område", bold=True)
        for a, on in ((N1, True), (N2, False), (N3, True)):
            s.check(a, on)
        s.check("Nettverk/klyngjesamarbeid", False)
        s.check("Ekstern prosessevaluering", False)
        s.skip(8)
        s.para("Dokumentet er elektronisk godkjent og har difor ikkje handskrivne underskrifter. Godkjent av "
               "Nav-leiar Åshild Opheim 29.01.2020 og kommunedirektør Hans Inge Lofthus 30.01.2020.")
    write_sheet(out, draw, producer="msprint", font="DVS", bold="DVSB", size=9.5)
    return truth("ny10", "pdf", "pdf-text", lang="nn", scheme=S20, office=("Nav Ullensvang", "Ullensvang", o),
                 contact=("Sølvi Tveisme", "solvi.tveisme@nav.no", "53654000"),
                 project=("Heim til arbeid", "new", "2020-05-01"), pct=70,
                 amounts={"positions": 427000, "competence": 10000, "total": 447000},
                 prio=["ordinaert-arbeidsliv", "saarbare-overganger"], interest=(False, False),
                 sigs=[("nav_leader", "Åshild Opheim", "Nav-leiar", "2020-01-29", "electronic_approval"),
                       ("municipality", "Hans Inge Lofthus", "Kommunedirektør", "2020-01-30", "electronic_approval")],
                 expected=["AMOUNT_SUM_MISMATCH"], notes=["defect: 427 000 + 10 000 ≠ 447 000; Microsoft Print to PDF producer"])


def ny11(out: Path):
    """Nynorsk ruled grid with ink partly over the printed name line."""
    o = orgnr("92187433")
    def draw(s):
        s.t("Tilskot til utvikling av sosiale tenester i Nav-kontoret 2020", bold=True, size=12, gap=16)
        s.t("Søknad frå Nav Sunnfjord", size=10, gap=20)
        for lab, val in (("Nav-kontor", "Nav Sunnfjord"), ("Kommune", "Sunnfjord"), ("Organisasjonsnr.", spaced(o)),
                         ("Kontaktperson", "Vidar Kvamme"), ("E-post", "vidar.kvamme@nav.no"), ("Mobil", "+47 414 07 622"),
                         ("Prosjektnamn", "Saman om bustad og arbeid"), ("Type", "Vidareføring – 2. driftsår"),
                         ("Prosjektstart", "01.02.2020"), ("Stillingsheimel", "70 %"),
                         ("Løn inkl. sosiale kostnader", "kr 427 000,-"), ("Kompetansemidlar", "kr 10 000,-"),
                         ("Søknadssum", "kr 437 000,-")):
            s.box_row(lab, val, x2=220)
        s.skip(12)
        s.t("Prioriterte område", bold=True)
        for a, on in ((N1, False), (N2, True), (N3, True)):
            s.check(a, on, mark="X")
        s.t("Ønskjer kontoret å delta i:", bold=True)
        s.check("nettverk/klyngjesamarbeid", True)
        s.check("ekstern prosessevaluering", True)
        s.skip(6)
        s.signs([{"above": ["Nav-leiar", "Førde, 31.01.2020"], "ink": "ny11a", "dy": -14, "below": ["Solfrid Mo"]},
                 {"above": ["Kommunedirektør", "Førde, 31.01.2020"], "ink": "ny11b", "dy": -14,
                  "below": ["Terje Heggheim"]}])
    write_sheet(out, draw, font="DV", bold="DVB", size=9.5)
    return truth("ny11", "pdf", "pdf-handwritten", lang="nn", scheme=S20, office=("Nav Sunnfjord", "Sunnfjord", o),
                 contact=("Vidar Kvamme", "vidar.kvamme@nav.no", "41407622"),
                 project=("Saman om bustad og arbeid", "continuation", "2020-02-01"), pct=70,
                 amounts={"positions": 427000, "competence": 10000, "total": 437000},
                 prio=["barnefamilier-ungdom-innvandrere", "saarbare-overganger"], interest=(True, True),
                 sigs=[("nav_leader", "Solfrid Mo", "Nav-leiar", "2020-01-31", "handwritten"),
                       ("municipality", "Terje Heggheim", "Kommunedirektør", "2020-01-31", "handwritten")],
                 notes=["near-miss: 70 % at exactly 427 000 written 'kr 427 000,-'; ink dips below the rule onto the "
                        "name; +47 mobile; signed in Førde"])


def ny12(out: Path):
    """Bokmål dot-free form, municipal block printed with its title only."""
    o = orgnr("92174412")
    def draw(s):
        s.t("Søknadsskjema 2020", bold=True, size=15, gap=20)
        s.t("Tilskudd til utvikling av sosiale tjenester i Nav-kontoret", size=11, gap=22)
        s.grid([["Søker", "Nav Senja"], ["Kommune", "Senja"], ["Organisasjonsnummer", o],
                ["Kontakt", "Marte Johnsen, marte.johnsen@nav.no, 77 85 50 00"],
                ["Prosjektnavn", "Bolig først Senja"], ["Ny/videreføring", "Ny"], ["Oppstart", "1.3.2020"],
                ["Stillinger", "2 stillinger à 50 %"], ["Lønn og sosiale kostnader", "610 000"],
                ["Kompetanse", "10 000"], ["Totalt søkt", "620 000"]], [60, 230], bold_first=False)
        s.t("Områder prosjektet retter seg mot", bold=True)
        for a, on in ((B1, False), (B2, False), (B3, True)):
            s.check(a, on)
        s.check("Nettverk / klyngesamarbeid", True)
        s.check("Ekstern prosessevaluering", False)
        s.skip(8)
        s.signs([{"above": ["Nav-leder", "Finnsnes, 24.01.2020"], "ink": "ny12a", "below": ["Ronny Karlsen"]},
                 {"above": ["Kommunedirektør", "Sted/dato:"], "below": ["Navn:"]}])
    write_sheet(out, draw, font="LS", bold="LSB", size=10)
    return truth("ny12", "pdf", "pdf-handwritten", lang="nb", scheme=S20, office=("Nav Senja", "Senja", o),
                 contact=("Marte Johnsen", "marte.johnsen@nav.no", "77855000"),
                 project=("Bolig først Senja", "new", "2020-03-01"), pct=100,
                 amounts={"positions": 610000, "competence": 10000, "total": 620000},
                 prio=["saarbare-overganger"], interest=(True, False),
                 sigs=[("nav_leader", "Ronny Karlsen", "Nav-leder", "2020-01-24", "handwritten")],
                 expected=["SIGNATURE_MUNICIPALITY_MISSING"],
                 notes=["defect: municipal block printed with title only, no ink, no name; '2 stillinger à 50 %'"])


def ny13(out: Path):
    """Nynorsk AcroForm, labels above fields, two columns, 'ein halv stilling (50 %)'."""
    o = orgnr("96494661")
    fields = [("Nav-kontor", "kontor", "Nav Hemsedal"), ("Kommune", "kommune", "Hemsedal"),
              ("Organisasjonsnummer", "org", o), ("Kontaktperson", "kp", "Ola Grøthe"),
              ("E-post", "ep", "ola.grothe@nav.no"), ("Telefon", "tlf", "32 05 50 00"),
              ("Namn på prosjektet", "pn", "Fjellheim"), ("Nytt eller vidareføring", "type", "Nytt prosjekt"),
              ("Oppstart", "start", "01.04.2020"), ("Stillingsdel", "st", "ein halv stilling (50 %)"),
              ("Løn inkl. sosiale kostnader", "lon", "kr 305 000"), ("Kompetanse", "komp", "kr 10 000"),
              ("Samla søknadssum", "sum", "kr 315 000")]
    boxes = [(N1, "a1", True), (N2, "a2", True), (N3, "a3", False),
             ("Vi ønskjer å delta i nettverk/klyngjesamarbeid", "nett", False),
             ("Vi ønskjer å delta i ekstern prosessevaluering", "eval", True)]
    acroform(out, ["Søknad om tilskot til utvikling av sosiale tenester i Nav-kontoret 2020",
                   "Statsforvaltaren i Oslo og Viken · søknadsfrist 1. februar 2020"], fields, boxes,
             [{"head": "Nav-leiar", "above": ["Hemsedal 22.01.2020"], "ink": "ny13a", "below": ["Berit Tuv"]},
              {"head": "Kommunedirektør", "above": ["Hemsedal 23.01.2020"], "ink": "ny13b", "below": ["Per Olav Hagen"]}])
    return truth("ny13", "pdf", "pdf-acroform", lang="nn", scheme=S20, office=("Nav Hemsedal", "Hemsedal", o),
                 contact=("Ola Grøthe", "ola.grothe@nav.no", "32055000"), project=("Fjellheim", "new", "2020-04-01"),
                 pct=50, amounts={"positions": 305000, "competence": 10000, "total": 315000},
                 prio=["ordinaert-arbeidsliv", "barnefamilier-ungdom-innvandrere"], interest=(False, True),
                 sigs=[("nav_leader", "Berit Tuv", "Nav-leiar", "2020-01-22", "handwritten"),
                       ("municipality", "Per Olav Hagen", "Kommunedirektør", "2020-01-23", "handwritten")],
                 notes=["near-miss: 'ein halv stilling (50 %)' at exactly 305 000 in AcroForm fields, labels above fields"])

