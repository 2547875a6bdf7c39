"""The 18 documents of corpus 85 (letters, e-mail printouts, case-system exports, council extracts): each
builder writes one file and returns its truth."""
from __future__ import annotations

from pathlib import Path

from kit85 import S20, docx_pdf, orgnr, spaced, write_docx, write_pdf
from truthlib import truth

SUBJ_NB = "Søknad om tilskudd til utvikling av sosiale tjenester i Nav-kontoret 2020"
SUBJ_NN = "Søknad om tilskot til utvikling av sosiale tenester i Nav 2020"
EL_NB = "Dokumentet er elektronisk godkjent og har derfor ingen håndskrevne signaturer."
EL_NN = "Dokumentet er elektronisk godkjent og har difor ingen handskrivne signaturar."


def T(id_, ext, cat, lang, office, contact, project, pct, amounts, prio, interest, sigs, note, expected=(),
      own="absent", optional=()):
    am = dict(zip(("positions", "competence", "total"), amounts))
    return truth(id_, ext, cat, lang=lang, scheme=S20, office=office, contact=contact, project=project, pct=pct,
                 amounts=am, prio=prio, interest=interest, sigs=sigs, expected=expected, notes=[note],
                 own_funding=own, optional=optional)


# ---------------------------------------------------------------- lt01 docx-letter nb, Elements letter, clean
def lt01(out: Path):
    o = orgnr("97461523")
    blocks = [
        ("lines", ["Fylkesmannen i Innlandet", "Postboks 987", "2604 LILLEHAMMER"]), ("space",),
        ("refs", [("Deres ref.:", ""), ("Vår ref.:", "20/412-3"), ("Saksbehandler:", "Marte Kristiansen"),
                  ("Dato:", "24.01.2020")]),
        ("b", SUBJ_NB + " – «Jobbspor Gjøvik»"),
        ("p", "Nav Gjøvik søker med dette om tilskudd for 2020 til prosjektet «Jobbspor Gjøvik». Dette er et nytt "
              "prosjekt. Vi planlegger oppstart 1. april 2020, forutsatt at tilskuddet innvilges."),
        ("p", "Målgruppen er langtidsmottakere av økonomisk sosialhjelp mellom 25 og 40 år. Gjennom tett samarbeid "
              "med lokale arbeidsgivere skal deltakerne få arbeidstrening og ansettelse i ordinære virksomheter. "
              "Prosjektet svarer dermed på det prioriterte området bruk av ordinært arbeidsliv."),
        ("p", "Vi søker om midler til én 100 % stilling som jobbspesialist. Stillingen lyses ut i februar."),
        ("table", [["Budsjettpost", "Kroner"], ["Lønn jobbspesialist, 100 % stilling, inkl. sosiale kostnader", "600 000"],
                   ["Kompetanse (prosessveiledning og erfaringssamling)", "10 000"], ["Sum omsøkt", "610 000"]]),
        ("p", "Gjøvik kommune dekker kontorplass, utstyr og prosjektledelse som egenandel, beregnet til kr 150 000."),
        ("p", "Nav Gjøvik melder interesse for å delta i nettverk/klyngesamarbeid med andre tilskuddsprosjekter. "
              "Vi ønsker ikke å delta i ekstern prosessevaluering i 2020."),
        ("p", "Kontaktperson for søknaden er Marte Kristiansen, tlf. 948 27 316, e-post marte.kristiansen@nav.no."),
        ("p", "Søknaden er forankret i kommuneledelsen og godkjent av kommunalsjef for helse og velferd."),
        ("p", "Med hilsen"), ("lines", ["Ole Petter Brenna", "leder Nav Gjøvik"]),
        ("lines", ["Ingrid Haug Solberg", "kommunalsjef helse og velferd"]),
        ("small", EL_NB),
        ("table", [["Godkjent av", "Stilling", "Dato"], ["Ole Petter Brenna", "Leder Nav Gjøvik", "24.01.2020"],
                   ["Ingrid Haug Solberg", "Kommunalsjef helse og velferd", "27.01.2020"]])]
    write_docx(blocks, out, header=["Gjøvik kommune", "Nav Gjøvik"],
               footer=["Nav Gjøvik · Postboks 403, 2803 Gjøvik · Besøksadresse: Kauffeldts plass 1 · "
                       f"Telefon: 55 55 33 33 · Org.nr.: {spaced(o)}"])
    return T("lt01", "docx", "docx-letter", "nb", ("Nav Gjøvik", "Gjøvik", o),
             ("Marte Kristiansen", "marte.kristiansen@nav.no", "94827316"), ("Jobbspor Gjøvik", "new", "2020-04-01"),
             100, (600000, 10000, 610000), ["ordinaert-arbeidsliv"], (True, False),
             [("nav_leader", "Ole Petter Brenna", "Leder Nav Gjøvik", "2020-01-24", "electronic_approval"),
              ("municipality", "Ingrid Haug Solberg", "Kommunalsjef helse og velferd", "2020-01-27",
               "electronic_approval")],
             "near-miss: Elements-style letter, letterhead in the Word header, org nr only in the footer next to "
             "the switchboard 55 55 33 33; 100 % at 600 000 + 10 000; approval table with dates", own=150000)


# ---------------------------------------------------------------- lt02 docx-letter nn, ink letter, clean
def lt02(out: Path):
    o = orgnr("86412253")
    blocks = [
        ("b", "NAV Sogndal"), ("lines", ["Postboks 163", "6851 SOGNDAL"]), ("space",),
        ("lines", ["Fylkesmannen i Vestland", "Njøsavegen 2", "6863 LEIKANGER"]), ("space",),
        ("p", "Dykkar ref.: –\t\tVår ref.: 2020/37\t\tDato: 24.1.20"),
        ("b", "Søknad om tilskot 2020 – prosjekt «Ungdomslosen»"),
        ("p", "NAV Sogndal søkjer med dette om tilskot til utvikling av sosiale tenester i Nav for 2020. Prosjektet "
              "«Ungdomslosen» er nytt og skal starte opp 1. mars 2020."),
        ("p", "Målgruppa er ungdom mellom 18 og 25 år som står utanfor arbeid og utdanning, mange av dei med "
              "innvandrarbakgrunn. Kvar ungdom får ein fast los som følgjer dei tett over i arbeid eller skule. "
              "Tiltaket svarar på dei prioriterte områda oppfølging av ungdom og innvandrarar og sikring av sårbare "
              "overgangar mellom utdanning og arbeidsliv."),
        ("p", "Vi søkjer om midlar til ei 80 % stilling som ungdomslos. Budsjettet er slik:"),
        ("table", [["Post", "Kroner"], ["Løn og sosiale kostnader, 80 % stilling", "488 000"],
                   ["Kompetansemidlar", "10 000"], ["Totalt", "498 000"]]),
        ("p", "Vi er interesserte i både nettverk/klyngjesamarbeid og ekstern prosessevaluering."),
        ("p", "Kontaktperson: Solveig Hjelmeland, rettleiar, telefon 476 12 088, "
              "e-post solveig.hjelmeland@nav.no."),
        ("p", f"Organisasjonsnummeret til Sogndal kommune er {o}."),
        ("p", "Med helsing"),
        ("ink", [{"place": "Sogndal, 28.1.20", "ink": "lt02a", "under": ["Knut Ove Fardal", "Nav-leiar"]},
                 {"place": "Sogndal, 29.1.20", "ink": "lt02b", "under": ["Hilde Nes Kvåle", "kommunedirektør"]}])]
    write_docx(blocks, out, font="Cambria")
    return T("lt02", "docx", "docx-letter", "nn", ("Nav Sogndal", "Sogndal", o),
             ("Solveig Hjelmeland", "solveig.hjelmeland@nav.no", "47612088"), ("Ungdomslosen", "new", "2020-03-01"),
             80, (488000, 10000, 498000), ["barnefamilier-ungdom-innvandrere", "saarbare-overganger"], (True, True),
             [("nav_leader", "Knut Ove Fardal", "Nav-leiar", "2020-01-28", "handwritten"),
              ("municipality", "Hilde Nes Kvåle", "kommunedirektør", "2020-01-29", "handwritten")],
             "near-miss: Nynorsk letter, short dates '24.1.20', 'NAV', 80 % at exactly 488 000, ink in a borderless "
             "table with place/date above and name/title under the line")


# ---------------------------------------------------------------- lt03 docx-letter nb + council extract, late
def lt03(out: Path):
    o = orgnr("97457180")
    blocks = [
        ("lines", ["Fylkesmannen i Møre og Romsdal", "Postboks 2520", "6404 Molde"]), ("space",),
        ("r", "Kristiansund, 29. januar 2020"),
        ("b", "Søknad om utviklingsmidler 2020 – «Familieløftet Kristiansund»"),
        ("p", "Viser til kunngjøring av tilskudd til utvikling av sosiale tjenester i Nav-kontoret for 2020. Nav "
              "Kristiansund søker om tilskudd til et nytt prosjekt, «Familieløftet Kristiansund», med oppstart "
              "1. mai 2020."),
        ("p", "Prosjektet skal gi barnefamilier med langvarig behov for økonomisk sosialhjelp en helhetlig "
              "oppfølging der hele familien blir sett, og der foreldrene får hjelp til å komme i arbeid. Det "
              "retter seg mot satsingsområdet oppfølging av barnefamilier."),
        ("p", "Vi søker om lønnsmidler til 2 stillinger à 60 % (familiekoordinatorer), til sammen 120 %."),
        ("table", [["", "Beløp"], ["Lønn og sosiale utgifter, 2 x 60 %", "kr 732 000"],
                   ["Kompetansehevende tiltak", "kr 10 000"], ["Søknadsbeløp i alt", "kr 742 000"]]),
        ("p", "Nav Kristiansund ønsker å delta både i nettverk/klyngesamarbeid og i ekstern prosessevaluering."),
        ("p", "Spørsmål om søknaden kan rettes til prosjektleder Tone Rød Aasen på telefon 908 55 123 eller "
              "e-post tone.rod.aasen@kristiansund.kommune.no."),
        ("p", "Vedlagt følger særutskrift fra behandlingen i helse- og omsorgsutvalget."),
        ("p", "Med vennlig hilsen"),
        ("ink", [{"place": "Kristiansund, 29. januar 2020", "ink": "lt03a",
                  "under": ["Per Arne Myrvang", "Nav-leder"]},
                 {"place": "Kristiansund, 3. februar 2020", "ink": "lt03b",
                  "under": ["Randi Helland Brå", "kommunedirektør"]}]),
        ("break",),
        ("h", "Kristiansund kommune – særutskrift"),
        ("kv", [("Utvalg:", "Helse- og omsorgsutvalget"), ("Møtedato:", "21.01.2020"), ("Saksnr.:", "7/20"),
                ("Arkivsak:", "20/211")]),
        ("b", "Søknad om statlige utviklingsmidler til Nav Kristiansund 2020"),
        ("b", "Kommunedirektørens innstilling:"),
        ("p", "Kristiansund kommune støtter at Nav Kristiansund søker Fylkesmannen om tilskudd til prosjektet "
              "«Familieløftet Kristiansund». Kommunen stiller kontorplass og prosjektledelse til disposisjon."),
        ("b", "Behandling i helse- og omsorgsutvalget 21.01.2020:"),
        ("p", "Innstillingen ble enstemmig vedtatt."),
        ("b", "Vedtak:"), ("p", "Som innstillingen."),
        ("lines", ["Rett utskrift bekreftes:", "Kristiansund, 22.01.2020", "Kari Lie, utvalgssekretær"])]
    write_docx(blocks, out, font="Arial", size=10,
               header=["Nav Kristiansund", f"Kaibakken 1, 6509 Kristiansund · Org.nr. {o}"])
    return T("lt03", "docx", "docx-letter", "nb", ("Nav Kristiansund", "Kristiansund", o),
             ("Tone Rød Aasen", "tone.rod.aasen@kristiansund.kommune.no", "90855123"),
             ("Familieløftet Kristiansund", "new", "2020-05-01"), 120, (732000, 10000, 742000),
             ["barnefamilier-ungdom-innvandrere"], (True, True),
             [("nav_leader", "Per Arne Myrvang", "Nav-leder", "2020-01-29", "handwritten"),
              ("municipality", "Randi Helland Brå", "kommunedirektør", "2020-02-03", "handwritten")],
             "defect: kommunedirektør signed '3. februar 2020' (after the deadline); 120 % at exactly 732 000; "
             "council extract behind with its own dates and a 'rett utskrift' secretary who is no signer",
             expected=["SIGNED_AFTER_DEADLINE"])


# ---------------------------------------------------------------- lt04 docx-letter nn, no start date
def lt04(out: Path):
    o = orgnr("97452367")
    blocks = [
        ("lines", ["Fylkesmannen i Vestland", "Postboks 7310", "5020 BERGEN"]), ("space",),
        ("refs", [("Dykkar ref.", ""), ("Vår ref.", "20/0092-1"), ("Dato", "22. januar 2020")]),
        ("b", SUBJ_NN + " – Vossajobb"),
        ("p", "Nav Voss søkjer om tilskot til prosjektet Vossajobb. Prosjektet er nytt. Prosjektplanen vart "
              "utarbeidd hausten 2019 og handsama i leiargruppa i januar 2020."),
        ("p", "Vossajobb skal hjelpe personar som har fått økonomisk sosialhjelp i meir enn eitt år, ut i ordinært "
              "arbeid. Ein jobbkonsulent skal byggje opp eit nettverk av arbeidsgjevarar i Voss og følgje "
              "deltakarane på arbeidsplassen. Prosjektet svarar på satsingsområdet bruk av ordinært arbeidsliv."),
        ("p", "Prosjektet tek til så snart tilsegnsbrevet ligg føre, og varer i eitt år."),
        ("p", "Vi søkjer om midlar til 1 årsverk. Budsjett:"),
        ("table", [["Utgift", "Kr"], ["Løn inkl. sosiale utgifter, jobbkonsulent (1 årsverk)", "590 000"],
                   ["Kompetanse", "10 000"], ["Sum", "600 000"]]),
        ("p", "Kontaktperson er rettleiar Lars Ivar Dale, lars.ivar.dale@nav.no, tlf. 915 40 372."),
        ("p", f"Org.nr.: {spaced(o)}"),
        ("p", "Med helsing"),
        ("lines", ["Randi Mjelde", "Nav-leiar"]), ("lines", ["Arne Lid", "kommunalsjef helse og omsorg"]),
        ("small", EL_NN),
        ("kv", [("Godkjent av:", "Randi Mjelde, Nav-leiar, 22.01.2020"),
                ("", "Arne Lid, kommunalsjef helse og omsorg, 23.01.2020")])]
    write_docx(blocks, out, font="Calibri", header=["Nav Voss", "Voss herad"])
    return T("lt04", "docx", "docx-letter", "nn", ("Nav Voss", "Voss", o),
             ("Lars Ivar Dale", "lars.ivar.dale@nav.no", "91540372"), ("Vossajobb", "new", None),
             100, (590000, 10000, 600000), ["ordinaert-arbeidsliv"], (None, None),
             [("nav_leader", "Randi Mjelde", "Nav-leiar", "2020-01-22", "electronic_approval"),
              ("municipality", "Arne Lid", "kommunalsjef helse og omsorg", "2020-01-23", "electronic_approval")],
             "defect: no start date ('så snart tilsegnsbrevet ligg føre'), while 'hausten 2019', 'januar 2020' and "
             "approval dates are all around; interest not mentioned (null)", expected=["START_DATE_MISSING"])


# ---------------------------------------------------------------- lt05 pdf-from-office nb, two half posts, clean
def lt05(out: Path):
    o = orgnr("93986152")
    blocks = [
        ("lines", ["Fylkesmannen i Innlandet", "v/ sosial- og barnevernavdelingen", "Postboks 4034", "2306 Hamar"]),
        ("r", "Elverum, 24.1.20"),
        ("b", "SØKNAD OM TILSKUDD 2020 – «UT OG VIDERE»"),
        ("p", "Nav Elverum søker om tilskudd til utvikling av sosiale tjenester i Nav-kontoret for prosjektet "
              "«Ut og videre». Prosjektet er nytt, og vi tar sikte på oppstart 1. mars 2020."),
        ("p", "Prosjektet skal sikre sårbare overganger, blant annet ved løslatelse etter soning. Innsatte fra "
              "Elverum får kontakt med Nav før løslatelse, og får bolig, økonomi og aktivitet på plass fra første "
              "dag."),
        ("p", "Vi søker om midler til to stillinger på 50 %:"),
        ("table", [["Stilling", "Andel", "Kr"], ["Miljøarbeider", "50 %", "305 000"],
                   ["Jobbkonsulent", "50 %", "305 000"], ["Kompetanse", "", "10 000"], ["Sum", "", "620 000"]]),
        ("p", "Nettverk/klyngesamarbeid: ja. Ekstern prosessevaluering: nei."),
        ("p", "Kontaktperson: Hege Mari Bakken, tlf. 62 43 18 02 (direkte), e-post hege.mari.bakken@nav.no"),
        ("p", "Med vennlig hilsen"),
        ("ink", [{"place": "Elverum, 24.1.20", "ink": "lt05a", "under": ["Jon Erik Sletten", "leder, Nav Elverum"]},
                 {"place": "Elverum, 27.1.20", "ink": "lt05b", "under": ["Linn Cathrine Hagen", "kommunalsjef"]}])]
    docx_pdf(blocks, out, font="Liberation Sans", size=10,
             header=["NAV Elverum", f"Elverum kommune – org.nr. {spaced(o)}"])
    return T("lt05", "pdf", "pdf-from-office", "nb", ("Nav Elverum", "Elverum", o),
             ("Hege Mari Bakken", "hege.mari.bakken@nav.no", "62431802"), ("Ut og videre", "new", "2020-03-01"),
             100, (610000, 10000, 620000), ["saarbare-overganger"], (True, False),
             [("nav_leader", "Jon Erik Sletten", "leder, Nav Elverum", "2020-01-24", "handwritten"),
              ("municipality", "Linn Cathrine Hagen", "kommunalsjef", "2020-01-27", "handwritten")],
             "near-miss: Word letter → LibreOffice, letterhead in the header; two 50 % posts at 305 000 each "
             "(positions exactly 610 000); title in capitals; dates '24.1.20'")


# ---------------------------------------------------------------- lt06 pdf-from-office nn, ePhorte, sum wrong
def lt06(out: Path):
    o = orgnr("97287354")
    blocks = [
        ("refs", [("Saksnr.:", "2020/118"), ("Løpenr.:", "1432/2020"), ("Arkivkode:", "F00"),
                  ("Sakshandsamar:", "Anne Britt Øvrebø"), ("Dato:", "27.01.2020")]),
        ("lines", ["Fylkesmannen i Vestland", "Njøsavegen 2", "6863 LEIKANGER"]), ("space",),
        ("b", SUBJ_NN + " – «Heile familien»"),
        ("p", "Nav Lærdal søkjer med dette om 386 000 kroner i tilskot til prosjektet «Heile familien» for 2020. "
              "Det er eit nytt prosjekt med oppstart 1. april 2020."),
        ("p", "Vi vil gje barnefamiliar som har hatt sosialhjelp over lang tid, ei samla oppfølging der både "
              "foreldre og born vert sett. Prosjektet høyrer til satsingsområdet oppfølging av barnefamiliar."),
        ("p", "Midlane skal dekkje ei 60 % stilling som familiekoordinator."),
        ("table", [["Budsjett 2020", "Kroner"], ["Løn og sosiale utgifter, 60 % stilling", "366 000"],
                   ["Kompetansetiltak", "10 000"], ["Sum", "386 000"]]),
        ("p", "Vi ønskjer å vere med i nettverk/klyngjesamarbeid. Ekstern prosessevaluering er vi ikkje "
              "interesserte i."),
        ("p", "Kontaktperson er sakshandsamar Anne Britt Øvrebø, direkte tlf. 979 14 205, "
              "e-post anne.britt.ovrebo@nav.no."),
        ("p", "Med helsing"),
        ("lines", ["Jon Inge Husum", "Nav-leiar"]), ("lines", ["Tove Brekke Sæle", "rådmann"]),
        ("small", "Dokumentet er godkjent elektronisk i ePhorte og har difor ingen handskriven signatur."),
        ("table", [["Godkjent av", "Rolle", "Dato"], ["Jon Inge Husum", "Nav-leiar", "27.01.2020"],
                   ["Tove Brekke Sæle", "Rådmann", "28.01.2020"]])]
    docx_pdf(blocks, out, font="Liberation Serif", size=11,
             header=["LÆRDAL KOMMUNE", f"Nav Lærdal · Org.nr. {o}"])
    return T("lt06", "pdf", "pdf-from-office", "nn", ("Nav Lærdal", "Lærdal", o),
             ("Anne Britt Øvrebø", "anne.britt.ovrebo@nav.no", "97914205"), ("Heile familien", "new", "2020-04-01"),
             60, (366000, 10000, 386000), ["barnefamilier-ungdom-innvandrere"], (True, False),
             [("nav_leader", "Jon Inge Husum", "Nav-leiar", "2020-01-27", "electronic_approval"),
              ("municipality", "Tove Brekke Sæle", "Rådmann", "2020-01-28", "electronic_approval")],
             "defect: sum 386 000 (in the prose and the table) ≠ 366 000 + 10 000; 60 % at exactly 366 000; "
             "ePhorte journal header", expected=["AMOUNT_SUM_MISMATCH"])


# ---------------------------------------------------------------- lt07 pdf-from-office nb, Public 360, clean
def lt07(out: Path):
    o = orgnr("97468801")
    blocks = [
        ("lines", ["Fylkesmannen i Nordland", "Moloveien 10", "8002 BODØ"]), ("space",),
        ("refs", [("Vår dato", "27.01.2020"), ("Vår referanse", "20/01234-2"), ("Deres dato", ""),
                  ("Deres referanse", "")]),
        ("p", "Saksbehandler, innvalgstelefon: Sindre Olsen, 75 55 68 21"),
        ("b", SUBJ_NB),
        ("p", "Nav Bodø søker om videreføring av prosjektet «Familiekoordinator Bodø». Prosjektet fikk tilskudd "
              "første gang i 2019, og dette er andre prosjektår. Videreføringen gjelder perioden 1. januar – "
              "31. desember 2020."),
        ("p", "Familiekoordinatorene følger opp barnefamilier med lav inntekt, med vekt på at foreldrene kommer i "
              "arbeid og at barna får delta i fritidsaktiviteter. Prosjektet faller inn under det prioriterte "
              "området oppfølging av barnefamilier, ungdom og innvandrere."),
        ("p", "Prosjektet har 1,5 årsverk. Budsjettet for 2020:"),
        ("table", [["Post", "Beløp i kr"], ["Lønn og sosiale kostnader, 1,5 årsverk", "915 000"],
                   ["Kompetanse", "10 000"], ["Sum søknadsbeløp", "925 000"]]),
        ("p", "Nav Bodø ønsker å delta i ekstern prosessevaluering. Vi har ikke kapasitet til nettverkssamarbeid "
              "i 2020."),
        ("p", "Kontaktperson for prosjektet er Sindre Olsen (se over), e-post sindre.olsen@nav.no."),
        ("p", "Med hilsen"),
        ("lines", ["Ann-Kristin Hansen", "leder Nav Bodø"]),
        ("lines", ["Rolf Kåre Jensen", "kommunaldirektør helse og omsorg"]),
        ("small", EL_NB + " Godkjent av Ann-Kristin Hansen 27.01.2020 og Rolf Kåre Jensen 28.01.2020."),
        ("lines", ["Vedlegg: Saksprotokoll formannskapet 22.01.2020"]),
        ("break",),
        ("h", "Saksprotokoll i Formannskapet – 22.01.2020"),
        ("p", "Sak 12/20 Søknad om videreføring av statlige utviklingsmidler – Nav Bodø"),
        ("b", "Behandling:"),
        ("p", "Kommunedirektøren orienterte om prosjektet og resultatene for 2019. Det ble ikke fremmet "
              "endringsforslag."),
        ("b", "Vedtak:"),
        ("p", "Formannskapet støtter at Nav Bodø søker om videreføring av prosjektet «Familiekoordinator Bodø» for "
              "2020. Vedtaket var enstemmig."),
        ("lines", ["Bodø, 23.01.2020", "Politisk sekretariat"])]
    docx_pdf(blocks, out, font="Carlito", size=10,
             header=["Bodø kommune", f"Nav Bodø · Org.nr. {spaced(o)}"],
             footer=["Postadresse: Postboks 319, 8001 Bodø · Sentralbord: 75 55 50 00 · www.bodo.kommune.no"])
    return T("lt07", "pdf", "pdf-from-office", "nb", ("Nav Bodø", "Bodø", o),
             ("Sindre Olsen", "sindre.olsen@nav.no", "75556821"),
             ("Familiekoordinator Bodø", "continuation", "2020-01-01"), 150, (915000, 10000, 925000),
             ["barnefamilier-ungdom-innvandrere"], (False, True),
             [("nav_leader", "Ann-Kristin Hansen", "leder Nav Bodø", "2020-01-27", "electronic_approval"),
              ("municipality", "Rolf Kåre Jensen", "kommunaldirektør helse og omsorg", "2020-01-28",
               "electronic_approval")],
             "near-miss: Public 360 letter, contact phone only as 'innvalgstelefon' in the reference block, "
             "switchboard in the footer; 1,5 årsverk at exactly 915 000; second year; formannskap protocol behind")


# ---------------------------------------------------------------- lt08 pdf-text nb, Outlook print, clean
def lt08(out: Path):
    o = orgnr("96429340")
    blocks = [
        ("h", "Haugen, Tor Inge"), ("rule",),
        ("mail", [("Fra:", "Haugen, Tor Inge <tor.inge.haugen@nav.no>"), ("Sendt:", "onsdag 29. januar 2020 14:12"),
                  ("Til:", "Postmottak FMTF <fmtfpost@fylkesmannen.no>"),
                  ("Kopi:", "Postmottak Alta kommune <postmottak@alta.kommune.no>"),
                  ("Emne:", "Søknad om tilskudd 2020 – Nav Alta – «Arbeid for alle i Alta»"),
                  ("Vedlegg:", "Søknad Nav Alta 2020.pdf")]),
        ("p", "Hei!"),
        ("p", "Vedlagt følger søknad fra Nav Alta om tilskudd til utvikling av sosiale tjenester i Nav-kontoret. "
              "Søknaden er godkjent av rådmannen. Ta gjerne kontakt med prosjektkoordinator Sara Marie Eira "
              "dersom dere har spørsmål."),
        ("lines", ["Med vennlig hilsen", "Tor Inge Haugen", "Leder Nav Alta", "Tlf. 918 22 410"]),
        ("break",),
        ("h", "NAV Alta"), ("lines", [f"Postboks 1203, 9504 Alta · org.nr. {o}"]), ("space",),
        ("r", "Alta, 28. januar 2020"),
        ("b", SUBJ_NB),
        ("p", "Prosjektnavn: Arbeid for alle i Alta"),
        ("p", "Nav Alta søker om tilskudd til et nytt prosjekt med oppstart fra 01.05.2020. Prosjektet skal bruke "
              "ordinært arbeidsliv aktivt: deltakerne, mange av dem innvandrere med lang botid og svake "
              "norskkunnskaper, får arbeidstrening i lokale bedrifter med tett oppfølging fra Nav. Vi mener "
              "prosjektet svarer på to av de prioriterte områdene: bruk av ordinært arbeidsliv og oppfølging "
              "av innvandrere."),
        ("p", "Vi søker om lønn til én 100 % stilling som prosjektkoordinator, kr 595 000 inkludert sosiale "
              "kostnader, og kr 10 000 til kompetanse. Samlet søknadsbeløp er kr 605 000."),
        ("p", "Nav Alta ønsker å delta i nettverk/klyngesamarbeid, men ikke i ekstern prosessevaluering."),
        ("p", "Kontaktperson: Sara Marie Eira, tlf. 452 19 873, e-post sara.marie.eira@nav.no"),
        ("small", EL_NB),
        ("lines", ["Tor Inge Haugen, leder Nav Alta – godkjent 28.01.2020",
                   "Bjørn Atle Hansen, rådmann – godkjent 29.01.2020"])]
    write_pdf(blocks, out, font=("LS", "LSB"), size=10)
    return T("lt08", "pdf", "pdf-text", "nb", ("Nav Alta", "Alta", o),
             ("Sara Marie Eira", "sara.marie.eira@nav.no", "45219873"), ("Arbeid for alle i Alta", "new", "2020-05-01"),
             100, (595000, 10000, 605000), ["ordinaert-arbeidsliv", "barnefamilier-ungdom-innvandrere"],
             (True, False),
             [("nav_leader", "Tor Inge Haugen", "leder Nav Alta", "2020-01-28", "electronic_approval"),
              ("municipality", "Bjørn Atle Hansen", "rådmann", "2020-01-29", "electronic_approval")],
             "near-miss: Outlook printout (sender is the Nav leader, with his own phone) in front of the "
             "application; contact is another person; budget in one sentence")


# ---------------------------------------------------------------- lt09 pdf-text nn, Gmail print, municipal sig later
def lt09(out: Path):
    o = orgnr("97451720")
    head = ["31.01.2020, 15:52        Stord kommune Mail - Søknad om tilskot 2020 frå Nav Stord"]
    foot = ["https://mail.google.com/mail/u/0?ik=5c2e81f0a4&view=pt&search=all&permthid=thread-f%3A165716      {n}/{N}"]
    blocks = [
        ("b", "Stord kommune"), ("b", "Søknad om tilskot 2020 frå Nav Stord"), ("small", "1 melding"), ("rule",),
        ("mail", [("Frå:", "Ingrid Tveit <ingrid.tveit@stord.kommune.no>"), ("Til:", "fmvlpost@fylkesmannen.no"),
                  ("Dato:", "fre. 31. jan. 2020 kl. 15:47")]),
        ("p", "Hei,"),
        ("p", "Vedlagt er søknaden frå Nav Stord om tilskot til utvikling av sosiale tenester. Kommunedirektøren "
              "er på reise, og underskrifta hans vert ettersend over helga."),
        ("lines", ["Helsing", "Ingrid Tveit", "Nav Stord"]),
        ("small", "Søknad Nav Stord 2020.pdf (212 kB)"),
        ("break",),
        ("h", "Nav Stord"), ("lines", ["Postboks 304, 5402 Stord", f"Org.nr. {spaced(o)}"]), ("space",),
        ("lines", ["Fylkesmannen i Vestland", "Postboks 7310", "5020 Bergen"]), ("space",),
        ("r", "Stord, 30.01.2020"),
        ("b", SUBJ_NN),
        ("p", "Prosjekt: Overgang til arbeid"),
        ("p", "Nav Stord søkjer om tilskot til eit nytt prosjekt som startar 1. april 2020. Prosjektet skal sikre "
              "sårbare overgangar for unge som fell ut av vidaregåande skule: ein rettleiar i Nav følgjer dei frå "
              "skulen og over i arbeid eller anna utdanning."),
        ("table", [["Kostnad", "Kr"], ["Løn og sosiale kostnader, 50 % stilling", "300 000"],
                   ["Kompetanse", "5 000"], ["I alt", "305 000"]]),
        ("p", "Nav Stord ønskjer å delta i nettverk/klyngjesamarbeid, men ikkje i ekstern prosessevaluering."),
        ("p", "Kontaktperson: Ingrid Tveit, ingrid.tveit@stord.kommune.no, tlf. 934 71 260."),
        ("ink", [{"place": "Stord, 30.01.2020", "ink": "lt09a", "under": ["Magnus Vik", "Nav-leiar"]},
                 {"place": "For Stord kommune:", "ink": None, "under": ["Kommunedirektør"]}])]
    write_pdf(blocks, out, font=("DV", "DVB"), size=9, header=head, footer=foot)
    return T("lt09", "pdf", "pdf-text", "nn", ("Nav Stord", "Stord", o),
             ("Ingrid Tveit", "ingrid.tveit@stord.kommune.no", "93471260"), ("Overgang til arbeid", "new", "2020-04-01"),
             50, (300000, 5000, 305000), ["saarbare-overganger"], (True, False),
             [("nav_leader", "Magnus Vik", "Nav-leiar", "2020-01-30", "handwritten")],
             "defect: the municipal block is empty ('underskrifta hans vert ettersend'); Gmail printout with "
             "browser header/footer in front", expected=["SIGNATURE_MUNICIPALITY_MISSING"])
