"""The 18 documents of corpus 81: each builder writes one file and returns its truth."""
from __future__ import annotations

import tempfile
from pathlib import Path

from kit81 import (DEL, FF_CHECK, FF_DROP, FF_TEXT, INS, P, R, S20, SDT, SYM, TBL, TC, TR, Word, fodt, odt_ink, orgnr,
                   pades_pdf, scan_pdf, soffice, tz_dt, word_to_pdf)
from truthlib import truth

A1, A2 = "Bruk av ordinært arbeidsliv", "Oppfølging av barnefamilier, ungdom og innvandrere"
A3 = "Sikring av sårbare overganger (f.eks. løslatelse fra fengsel, mellom tjenester, mellom utdanning og arbeid)"
N2, N3 = "Oppfølging av barnefamiliar, ungdom og innvandrarar", "Sikring av sårbare overgangar"
ON, OFF = ("Wingdings", "F0FE"), ("Wingdings", "F0A8")


def kv(label, *value, lw=3300, vw=6300, shade="EDEDED"):
    return TR(TC(P(label, b=True), w=lw, shade=shade), TC(*(value or [""]), w=vw))


def sec(text, n=2, total=9600, fill="1F3864"):
    return TR(TC(P(R(text, b=True, color="FFFFFF")), w=total, span=n, shade=fill))


def signs(w: Word, blocks, widths=(4800, 4800), grid=False):
    """blocks: lists of lines; ('ink', seed) puts an inline ink image, '_' a signature line."""
    cells = []
    for bl, wd in zip(blocks, widths):
        ps = [P(w.ink(x[1])) if isinstance(x, tuple) else P("_" * 30) if x == "_" else P(x) for x in bl]
        cells.append(TC(*ps, w=wd, nob=not grid))
    return TBL([TR(*cells)], list(widths), grid=grid)


# ---------------------------------------------------------------- wd01 docx-controls nb, 100 % at exactly 610 000
def wd01(out: Path):
    o = orgnr("97454333")
    w = Word("Calibri", 10.5, "Søknadsskjema 2020")
    w.add(P(R("Søknadsskjema – tilskudd til utvikling av sosiale tjenester i Nav-kontoret 2020", b=True, sz=14)),
          P("Søknadsfrist 1. februar 2020. Det kan søkes om inntil 610 000 kroner per 100 % stilling (lønn og sosiale "
            "kostnader) og inntil 10 000 kroner til kompetanse. Skjemaet fylles ut i de grå feltene."))

    def t(v, tag):
        return P(SDT(v, tag))
    box = lambda c: SDT("", "avkrysning", "check", checked=c, font="MS Gothic")  # noqa: E731
    w.add(TBL([sec("Del 1 – Søker"), kv("Nav-kontor", t("Nav Ringsaker", "kontor")),
               kv("Kommune", t("Ringsaker", "kommune")), kv("Organisasjonsnummer", t(o, "orgnr")),
               kv("Kontaktperson", t("Hilde Søberg", "kontakt")), kv("E-post", t("hilde.soberg@nav.no", "epost")),
               kv("Telefon", t("958 12 447", "tlf")),
               sec("Del 2 – Prosjektet"), kv("Prosjektets navn", t("Jobbspor Ringsaker", "tittel")),
               kv("Søknaden gjelder", P(SDT("Nytt prosjekt", "type", "drop", items=[
                   ("Velg et element.", ""), ("Nytt prosjekt", "ny"), ("Videreføring av prosjekt", "vid")]))),
               kv("Planlagt oppstart", P(SDT("14.04.2020", "oppstart", "date", date="2020-04-14"))),
               kv("Stillingsandel i prosjektet (%)", t("100", "prosent")),
               kv("Lønn inkl. sosiale kostnader (kr)", t("610 000", "lonn")),
               kv("Kompetansemidler (kr)", t("10 000", "komp")),
               kv("Andre kostnader (kr)", P(SDT("Klikk eller trykk her for å skrive inn tekst.", "andre",
                                                placeholder=True))),
               kv("Totalt omsøkt beløp (kr)", t("620 000", "sum")),
               sec("Del 3 – Prioriterte områder (kryss av for ett eller flere)")]
              + [TR(TC(P(box(c), jc="center"), w=900), TC(a, w=8700)) for a, c in ((A1, True), (A2, False), (A3, True))]
              + [sec("Del 4 – Nettverk og evaluering"),
                 kv("Ønsker kontoret å delta i nettverk/klyngesamarbeid?", P(box(True), " Ja    ", box(False), " Nei")),
                 kv("Ønsker kontoret å delta i ekstern prosessevaluering?", P(box(False), " Ja    ", box(True), " Nei"))],
              [3300, 6300]))
    w.add(P(), P(R("Del 5 – Underskrift", b=True)))
    rows = [TR(TC(P("Dato: ", SDT("29.01.2020", "dato1", "date", date="2020-01-29")), w=4800),
               TC(P("Dato: ", SDT("30.01.2020", "dato2", "date", date="2020-01-30")), w=4800)),
            TR(TC(P(w.ink("wd01a")), w=4800), TC(P(w.ink("wd01b")), w=4800)),
            TR(TC(P(SDT("Kristin Brenden", "navn1")), P("Leder Nav Ringsaker"), w=4800),
               TC(P(SDT("Per Ivar Kleiven", "navn2")), P("Kommunedirektør"), w=4800))]
    w.add(TBL(rows, [4800, 4800]))
    w.save(out)
    return truth("wd01", "docx", "docx-controls", lang="nb", scheme=S20, office=("Nav Ringsaker", "Ringsaker", o),
                 contact=("Hilde Søberg", "hilde.soberg@nav.no", "95812447"),
                 project=("Jobbspor Ringsaker", "new", "2020-04-14"), pct=100,
                 amounts={"positions": 610000, "competence": 10000, "total": 620000},
                 prio=["ordinaert-arbeidsliv", "saarbare-overganger"], interest=(True, False),
                 sigs=[("nav_leader", "Kristin Brenden", "Leder Nav Ringsaker", "2020-01-29", "handwritten"),
                       ("municipality", "Per Ivar Kleiven", "Kommunedirektør", "2020-01-30", "handwritten")],
                 notes=["near-miss: 100 % at exactly 610 000 + 10 000; 'Andre kostnader' control shows its placeholder",
                        "drop-down control (list item values differ from the shown text), date pickers, w14 check boxes; "
                        "the form's own instructions carry the caps"])


# ---------------------------------------------------------------- wd02 docx-legacy-fields nn, sum mismatch
def wd02(out: Path):
    o = orgnr("97655921")
    w = Word("Arial", 10, "Søknad tilskot 2020")
    w.add(P(R("Søknad om tilskot til utvikling av sosiale tenester i Nav – 2020", b=True, sz=13)),
          P(R("Fyll ut skjemaet og send det til Statsforvaltaren i Vestland innan 1. februar 2020.", i=True)))
    f = lambda n, v, t=None: P(FF_TEXT(n, v, t, "# ##0" if t else None))  # noqa: E731
    w.add(TBL([kv("Nav-kontor", f("kontor", "Nav Voss")), kv("Kommune", f("kommune", "Voss herad")),
               kv("Organisasjonsnummer", f("orgnr", o)), kv("Kontaktperson", f("kontakt", "Siri Lydvo")),
               kv("E-post", f("epost", "siri.lydvo@nav.no")), kv("Telefon", f("tlf", "47 61 20 33")),
               kv("Namn på prosjektet", f("tittel", "Ungdomslos Voss")),
               kv("Søknaden gjeld", P(FF_DROP("type", ["Nytt prosjekt", "Vidareføring av prosjekt"], 1))),
               kv("Kva år i prosjektet?", f("aar", "2. år")), kv("Oppstart dette året", f("start", "01.03.2020")),
               kv("Stillingsprosent", f("pst", "70")),
               kv("Løn og sosiale kostnader", f("lon", "427 000", "number")),
               kv("Kompetansemidlar", f("komp", "10 000", "number")),
               kv("Andre kostnader", f("andre", "")),
               kv("Sum søknadsbeløp", f("sum", "447 000", "number"))], [3300, 6300]))
    w.add(P(), P(R("Prioriterte område", b=True)),
          P(FF_CHECK("omr1", False, True), " Bruk av ordinært arbeidsliv"),
          P(FF_CHECK("omr2", True, False), " " + N2),
          P(FF_CHECK("omr3", False), " " + N3),
          P(R("Interesse", b=True)),
          P("Nettverk/klyngjesamarbeid:\tJa ", FF_CHECK("nettja", True), "\tNei ", FF_CHECK("nettnei", False),
            tabs=[(4200, "left", None), (5600, "left", None)]),
          P("Ekstern prosessevaluering:\tJa ", FF_CHECK("evja", False), "\tNei ", FF_CHECK("evnei", False, True),
            tabs=[(4200, "left", None), (5600, "left", None)]), P())
    w.add(signs(w, [["Stad og dato: Voss, 24.01.2020", ("ink", "wd02a"), "_", "Olav Ringheim", "Nav-leiar"],
                    ["Stad og dato: Voss, 27.01.2020", ("ink", "wd02b"), "_", "Hilde Lunde", "Kommunedirektør"]]))
    w.save(out)
    return truth("wd02", "docx", "docx-legacy-fields", lang="nn", scheme=S20, office=("Nav Voss", "Voss", o),
                 contact=("Siri Lydvo", "siri.lydvo@nav.no", "47612033"),
                 project=("Ungdomslos Voss", "continuation", "2020-03-01"), pct=70,
                 amounts={"positions": 427000, "competence": 10000, "total": 447000},
                 prio=["ordinaert-arbeidsliv"], interest=(True, False),
                 sigs=[("nav_leader", "Olav Ringheim", "Nav-leiar", "2020-01-24", "handwritten"),
                       ("municipality", "Hilde Lunde", "Kommunedirektør", "2020-01-27", "handwritten")],
                 expected=["AMOUNT_SUM_MISMATCH"],
                 notes=["defect: 427 000 + 10 000 = 437 000, the total field says 447 000",
                        "FORMDROPDOWN (result 1 = Vidareføring, no result text in the runs); check boxes: omr1 "
                        "default 0 + checked, omr2 default 1 but unchecked by the user (w:checked 0), omr3 default 0; "
                        "Ja/Nei pairs set by default or by w:checked; 'Andre kostnader' an empty en-space field",
                        "positions 427 000 at exactly the 70 % cap"])


# ---------------------------------------------------------------- wd03 docx-form nb, merged cells, Wingdings boxes
def wd03(out: Path):
    o = orgnr("97460551")
    w = Word("Cambria", 10.5, "Søknad NAV Halden")
    w.add(P(R("NAV Halden", b=True, sz=16), jc="right"),
          P(R("Søknad om tilskudd til utvikling av sosiale tjenester i Nav-kontoret – 2020", b=True, sz=13)))
    W4 = [2300, 2500, 2000, 2800]
    box = lambda c: SYM(*(ON if c else OFF))  # noqa: E731
    rows = [sec("1  Opplysninger om søker", 4, 9600, "C00000"),
            TR(TC(P("Nav-kontor", b=True), w=2300), TC("NAV Halden", w=7300, span=3)),
            TR(TC(P("Kommune", b=True), w=2300), TC("Halden", w=2500), TC(P("Org.nr.", b=True), w=2000),
               TC(f"{o[:3]} {o[3:6]} {o[6:]}", w=2800)),
            TR(TC(P("Kontaktperson", b=True), w=2300, vmerge="restart", valign="center"), TC("Navn", w=2500),
               TC("Tone Karlsen", w=4800, span=2)),
            TR(TC(w=2300, vmerge="continue"), TC("E-post", w=2500), TC("tone.karlsen@nav.no", w=4800, span=2)),
            TR(TC(w=2300, vmerge="continue"), TC("Telefon", w=2500), TC("+47 957 31 820", w=4800, span=2)),
            sec("2  Prosjektet", 4, 9600, "C00000"),
            TR(TC(P("Prosjektets navn", b=True), w=2300), TC("Ny start Halden", w=7300, span=3)),
            TR(TC(P("Type søknad", b=True), w=2300),
               TC(P(box(True), " Nytt prosjekt     ", box(False), " Videreføring"), w=7300, span=3)),
            TR(TC(P("Oppstart", b=True), w=2300), TC("mars 2020", w=7300, span=3)),
            TR(TC(P("Stillinger", b=True), w=2300, vmerge="restart"), TC(P("Stilling", b=True), w=2500),
               TC(P("Andel", b=True), w=2000), TC(P("Lønn og sos. kostn.", b=True), w=2800)),
            TR(TC(w=2300, vmerge="continue"), TC("Jobbspesialist", w=2500), TC("100 %", w=2000), TC("610 000", w=2800)),
            TR(TC(w=2300, vmerge="continue"), TC("Boligkoordinator", w=2500), TC("50 %", w=2000), TC("305 000", w=2800)),
            TR(TC(w=2300, vmerge="continue"), TC(P("Sum stillinger", b=True), w=2500), TC("150 %", w=2000),
               TC("915 000", w=2800)),
            TR(TC(P("Kompetanse", b=True), w=2300), TC("Veiledning og evaluering", w=4500, span=2), TC("10 000", w=2800)),
            TR(TC(P("Totalt omsøkt", b=True), w=2300), TC("", w=4500, span=2), TC(P("925 000", b=True), w=2800)),
            sec("3  Prioriterte områder og interesse", 4, 9600, "C00000")]
    rows += [TR(TC(P(box(c), jc="right"), w=2300), TC(a, w=7300, span=3)) for a, c in ((A1, True), (A2, True), (A3, False))]
    rows += [TR(TC(P("Nettverk / klyngesamarbeid", b=True), w=4800, span=2),
                TC(P(box(True), " Ja   ", box(False), " Nei"), w=4800, span=2)),
             TR(TC(P("Ekstern prosessevaluering", b=True), w=4800, span=2),
                TC(P(box(False), " Ja   ", box(True), " Nei"), w=4800, span=2))]
    w.add(TBL(rows, W4), P())
    w.add(signs(w, [["Halden, 28. januar 2020", ("ink", "wd03a"), "_", "Vibeke Aas", "leder NAV Halden"],
                    ["Halden, 30. januar 2020", ("ink", "wd03b"), "_", "Roger Sandvik", "kommunedirektør"]]))
    w.save(out)
    return truth("wd03", "docx", "docx-form", lang="nb", scheme=S20, office=("Nav Halden", "Halden", o),
                 contact=("Tone Karlsen", "tone.karlsen@nav.no", "95731820"),
                 project=("Ny start Halden", "new", "2020-03-01"), pct=150,
                 amounts={"positions": 915000, "competence": 10000, "total": 925000},
                 prio=["ordinaert-arbeidsliv", "barnefamilier-ungdom-innvandrere"], interest=(True, False),
                 sigs=[("nav_leader", "Vibeke Aas", "Leder NAV Halden", "2020-01-28", "handwritten"),
                       ("municipality", "Roger Sandvik", "Kommunedirektør", "2020-01-30", "handwritten")],
                 notes=["near-miss: 150 % at exactly 915 000; labels in vertically merged cells (Kontaktperson, "
                        "Stillinger), gridSpan values; check boxes are w:sym Wingdings F0FE (☑) / F0A8 (◻)"])


# ---------------------------------------------------------------- wd04 docx-form nn, nested tables, three-year budget
def wd04(out: Path):
    o = orgnr("98829187")
    w = Word("Times New Roman", 11, "Søknad Nav Ulstein")
    w.add(P(R("Tilskot til utvikling av sosiale tenester i Nav – søknad for 2020", b=True, sz=14)),
          P("Nav Ulstein, Sjøgata 14, 6065 Ulsteinvik"), P())
    budget = TBL([TR(*[TC(P(h, b=True), w=x, shade="DDEBF7") for h, x in
                       (("Post", 2600), ("2020", 1100), ("2021", 1100), ("2022", 1100))]),
                  TR(TC("Løn og sosiale kostnader (80 % stilling)", w=2600), TC("488 000", w=1100), TC("500 000", w=1100),
                     TC("512 000", w=1100)),
                  TR(TC("Kompetansemidlar", w=2600), TC("10 000", w=1100), TC("10 000", w=1100), TC("0", w=1100)),
                  TR(TC(P("Sum", b=True), w=2600), TC("498 000", w=1100), TC("510 000", w=1100), TC("512 000", w=1100))],
                 [2600, 1100, 1100, 1100])
    areas = TBL([TR(TC(P("Prioritert område", b=True), w=4700), TC(P("Ja/Nei", b=True), w=1200)),
                 TR(TC("Bruk av ordinært arbeidsliv", w=4700), TC("Nei", w=1200)),
                 TR(TC(N2, w=4700), TC("Ja", w=1200)), TR(TC(N3, w=4700), TC("Ja", w=1200))], [4700, 1200])
    inner = lambda *r: TBL([TR(TC(P(a, b=True), w=2400, nob=True), TC(b, w=3500, nob=True)) for a, b in r],  # noqa: E731
                           [2400, 3500], grid=False)
    w.add(TBL([TR(TC(P("1. Søkjar", b=True), w=3400, shade="F2F2F2"),
                  TC(inner(("Nav-kontor", "Nav Ulstein"), ("Kommune", "Ulstein"), ("Org.nr.", o)), w=6200)),
               TR(TC(P("2. Kontaktperson", b=True), w=3400, shade="F2F2F2"),
                  TC(inner(("Namn", "Marta Sævik"), ("E-post", "marta.saevik@nav.no"), ("Mobil", "924 55 310")), w=6200)),
               TR(TC(P("3. Prosjektet", b=True), w=3400, shade="F2F2F2"),
                  TC(inner(("Prosjektnamn", "Hjelp heile vegen"), ("Ny/vidareføring", "Nytt prosjekt"),
                           ("Oppstart", "1. april 2020"), ("Stillingsressurs", "Ei stilling som jobbspesialist, 80 %")),
                     w=6200)),
               TR(TC(P("4. Budsjett (kroner)", b=True), P("Det blir søkt om midlar for 2020. Tala for 2021 og 2022 er "
                                                           "førebelse."), w=3400, shade="F2F2F2"), TC(budget, w=6200)),
               TR(TC(P("5. Søknadssum 2020", b=True), w=3400, shade="F2F2F2"), TC(P("498 000 kroner", b=True), w=6200)),
               TR(TC(P("6. Prioriterte område", b=True), w=3400, shade="F2F2F2"), TC(areas, w=6200)),
               TR(TC(P("7. Interesse", b=True), w=3400, shade="F2F2F2"),
                  TC(inner(("Nettverk/klyngjesamarbeid", "Ja"), ("Ekstern prosessevaluering", "Nei")), w=6200))],
              [3400, 6200]), P())
    w.add(signs(w, [["Ulsteinvik, 27.01.2020", ("ink", "wd04a"), "_", "Ingrid Hatlø, Nav-leiar"],
                    ["Ulsteinvik, 28.01.2020", ("ink", "wd04b"), "_", "Vidar Eiken, rådmann"]]))
    w.save(out)
    return truth("wd04", "docx", "docx-form", lang="nn", scheme=S20, office=("Nav Ulstein", "Ulstein", o),
                 contact=("Marta Sævik", "marta.saevik@nav.no", "92455310"),
                 project=("Hjelp heile vegen", "new", "2020-04-01"), pct=80,
                 amounts={"positions": 488000, "competence": 10000, "total": 498000},
                 prio=["barnefamilier-ungdom-innvandrere", "saarbare-overganger"], interest=(True, False),
                 sigs=[("nav_leader", "Ingrid Hatlø", "Nav-leiar", "2020-01-27", "handwritten"),
                       ("municipality", "Vidar Eiken", "Rådmann", "2020-01-28", "handwritten")],
                 notes=["near-miss: 80 % at exactly 488 000 for 2020; the 2021 column (500 000) would break the cap",
                        "every answer sits in a table nested in the outer form's right-hand cell"])


# ---------------------------------------------------------------- wd05 docx-letter nb, header/footer, bullets, e-approval
def wd05(out: Path):
    o = orgnr("97490183")
    w = Word("Arial", 10.5, "Søknad tilskudd 2020")
    w.hf("header", TBL([TR(TC(P(R("NAV Steinkjer", b=True, sz=13)), P("Steinkjer kommune"), w=5600, nob=True),
                           TC(P("Vår dato: 29.01.2020", jc="right"), P("Vår ref.: 20/118-2", jc="right"), w=4000, nob=True))],
                       [5600, 4000], grid=False))
    w.hf("footer", P(R("Postadresse: Postboks 2530, 7729 Steinkjer · Besøksadresse: Kongens gate 40 · "
                       f"Org.nr.: {o[:3]} {o[3:6]} {o[6:]} · Telefon: 55 55 33 33 · nav.no", sz=8), jc="center"))
    w.add(P("Statsforvalteren i Trøndelag"), P("Postboks 4710 Torgarden"), P("7468 Trondheim"), P(),
          P(R("Søknad om tilskudd til utvikling av sosiale tjenester i Nav-kontoret 2020 – «Trygg bolig, trygg jobb»",
              b=True)),
          P("NAV Steinkjer søker om tilskudd til et nytt prosjekt, «Trygg bolig, trygg jobb», med oppstart "
            "1. mai 2020. Vi søker om midler til én 100 % stilling som boligveileder, som skal følge opp unge og "
            "familier tett fra bolig til arbeid."),
          P("Prosjektet bygger på to av de prioriterte områdene i kunngjøringen:"),
          P("Oppfølging av barnefamilier, ungdom og innvandrere – unge mellom 18 og 25 år og barnefamilier med lav "
            "inntekt og ustabil bosituasjon", style="ListBullet"),
          P("Sikring av sårbare overganger – særlig unge som går ut av barnevernet og fra videregående skole",
            style="ListBullet"),
          P("Målet er at deltakerne skal få en stabil bolig og komme i arbeid eller utdanning. Prosjektet bruker ikke "
            "en ferdig metode, men utvikler en ny arbeidsform sammen med kommunens boligtjeneste."))
    w.add(TBL([TR(TC(P("Budsjett 2020", b=True), w=6400, shade="E7E6E6"), TC(P("Kroner", b=True, jc="right"), w=2600,
                                                                           shade="E7E6E6")),
               TR(TC("Lønn og sosiale kostnader, 100 % boligveileder", w=6400), TC(P("585 000", jc="right"), w=2600)),
               TR(TC("Kompetanse (prosessveiledning og evaluering)", w=6400), TC(P("10 000", jc="right"), w=2600)),
               TR(TC(P("Søkt beløp i alt", b=True), w=6400), TC(P(R("595 000", b=True), jc="right"), w=2600))],
              [6400, 2600]),
          P(),
          P("Steinkjer kommune dekker selv 150 000 kroner til ledelse, kontorplass og drift (kommunens egenandel)."),
          P("Vi ønsker å være med i nettverk/klyngesamarbeid med andre Nav-kontor. Vi ønsker ikke å delta i ekstern "
            "prosessevaluering i 2020."),
          P("Kontaktperson for søknaden er veileder Jon Erik Skjervold, tlf. 916 20 488, e-post "
            "jon.erik.skjervold@nav.no."), P(), P("Med hilsen"), P())
    w.add(TBL([TR(TC("Siv Tørring", "leder NAV Steinkjer", w=4800, nob=True),
                  TC("Trond Skjelstad", "kommunedirektør", w=4800, nob=True))], [4800, 4800], grid=False),
          P(), P(R("Dokumentet er elektronisk godkjent og har derfor ingen håndskrevne signaturer.", i=True, sz=9)))
    w.save(out)
    return truth("wd05", "docx", "docx-letter", lang="nb", scheme=S20, office=("Nav Steinkjer", "Steinkjer", o),
                 contact=("Jon Erik Skjervold", "jon.erik.skjervold@nav.no", "91620488"),
                 project=("Trygg bolig, trygg jobb", "new", "2020-05-01"), pct=100,
                 amounts={"positions": 585000, "competence": 10000, "total": 595000}, own_funding=150000,
                 prio=["barnefamilier-ungdom-innvandrere", "saarbare-overganger"], interest=(True, False),
                 sigs=[("nav_leader", "Siv Tørring", "Leder NAV Steinkjer", "2020-01-29", "electronic_approval"),
                       ("municipality", "Trond Skjelstad", "Kommunedirektør", "2020-01-29", "electronic_approval")],
                 notes=["the org number and the office's switchboard phone (55 55 33 33) sit only in the page footer; "
                        "letter date only in the page header", "areas argued in a bulleted list; names above the "
                        "'elektronisk godkjent' line; the title contains a comma inside «»"])


# ---------------------------------------------------------------- wd06 docx-letter nn, text box, tracked changes, comment
def wd06(out: Path):
    o = orgnr("96428715")
    w = Word("Georgia", 10.5, "Søknad Kvinnherad")
    who, day = "Lars Myklebust", "2020-01-27"
    box = w.textbox(P(R("Samandrag", b=True)) + P("Søkjar: Nav Kvinnherad") + P(f"Org.nr.: {o}")
                    + P("Kontaktperson: Eli Tveit") + P("Tlf.: 482 10 577") + P("E-post: eli.tveit@nav.no")
                    + P("Søknadssum: ", DEL("665 000", who, day), INS(R("615 000"), who, day), " kr"), 6.2, 6.2, 10.8, 0)
    w.add(P(box, "Nav Kvinnherad"), P("Rosendalsvegen 10, 5460 Husnes"), P(), P("Statsforvaltaren i Vestland"), P(),
          P(R("Søknad om tilskot til utvikling av sosiale tenester i Nav 2020 – «Ungdomsbrua»", b=True)),
          P("Nav Kvinnherad søkjer med dette om vidare tilskot til prosjektet «Ungdomsbrua». Dette er det andre året "
            "vi søkjer om midlar til prosjektet, og prosjektåret 2020 startar 1. mars 2020."),
          P("Prosjektet høyrer inn under to av dei prioriterte områda: bruk av ordinært arbeidsliv, og oppfølging av "
            "ungdom og innvandrarar. Vi nyttar lokale arbeidsgjevarar som læringsarena for unge som står utanfor."),
          P("Vi søkjer om ei heil stilling (100 %) som ungdomsrettleiar. Budsjettet for 2020:"))
    w.comment("Eg har retta lønna etter kunngjeringa – maks 610 000 per stilling, og teke ut reisene. Lars",
              who, "LM")
    w.add(TBL([TR(TC(P("Post", b=True), w=6000), TC(P("Kroner", b=True), w=2600)),
               TR(TC("Løn og sosiale kostnader, 100 % stilling", w=6000),
                  TC(P(DEL("640 000", who, day), INS(R("605 000"), who, day)), w=2600)),
               TR(TC("Kompetanse (rettleiing)", w=6000), TC("10 000", w=2600)),
               TR(TC(P(DEL("Reiser og møte", who, day)), w=6000), TC(P(DEL("15 000", who, day)), w=2600),
                  deleted=(who, day)),
               TR(TC(P("Sum", b=True), w=6000), TC(P(DEL("665 000", who, day), INS(R("615 000", b=True), who, day)),
                                                    w=2600))], [6000, 2600]),
          P(), P("Vi ønskjer å vere med i nettverk, og vi seier ja til ekstern prosessevaluering."),
          P("Kontaktperson er Eli Tveit (sjå samandraget)."), P("Med helsing"), P())
    w.add(signs(w, [["Husnes, 27.01.2020", ("ink", "wd06a"), "_", "Gunnar Vik", "Nav-leiar"],
                    ["Husnes, 28.01.2020", ("ink", "wd06b"), "_", "Marit Ølmheim", "Kommunedirektør"]]))
    w.save(out)
    return truth("wd06", "docx", "docx-letter", lang="nn", scheme=S20, office=("Nav Kvinnherad", "Kvinnherad", o),
                 contact=("Eli Tveit", "eli.tveit@nav.no", "48210577"),
                 project=("Ungdomsbrua", "continuation", "2020-03-01"), pct=100,
                 amounts={"positions": 605000, "competence": 10000, "total": 615000},
                 prio=["ordinaert-arbeidsliv", "barnefamilier-ungdom-innvandrere"], interest=(True, True),
                 sigs=[("nav_leader", "Gunnar Vik", "Nav-leiar", "2020-01-27", "handwritten"),
                       ("municipality", "Marit Ølmheim", "Kommunedirektør", "2020-01-28", "handwritten")],
                 notes=["tracked changes left in: deleted 640 000 / 665 000 and a deleted row 'Reiser og møte 15 000' "
                        "(reading deleted text gives over-cap, sum and non-position findings); the insertions count",
                        "contact, org number and the sum only in a floating text box (DrawingML + VML fallback); a "
                        "comment mentions 610 000"])


# ---------------------------------------------------------------- wd07 docx-form nb, Google Docs export, typed names
def wd07(out: Path):
    from docx.opc.constants import RELATIONSHIP_TYPE as RT
    o = orgnr("97426922")
    w = Word("Arial", 11, "Søknad Nav Grimstad (Google Dokumenter)", author="Google")
    mail = "marianne.vestol@nav.no"
    rid = w.doc.part.relate_to("mailto:" + mail, RT.HYPERLINK, is_external=True)
    link = f'<w:hyperlink r:id="{rid}">{R(mail, color="1155CC", u=True)}</w:hyperlink>'
    split = lambda *parts: P(*[R(x, b=True) for x in parts])  # noqa: E731
    chk = lambda c: "☑" if c else "☐"  # noqa: E731
    w.add(P(R("Søknad om tilskudd til utvikling av sosiale tjenester i Nav-kontoret (2020)", sz=18)), P())
    w.add(TBL([TR(TC(split("Nav-", "kontor"), w=3600, shade="F3F3F3"), TC("Nav Grimstad", w=6000)),
               TR(TC(split("Kommune"), w=3600, shade="F3F3F3"), TC("Grimstad", w=6000)),
               TR(TC(split("Org", "nr"), w=3600, shade="F3F3F3"), TC(o, w=6000)),
               TR(TC(split("Kontakt", "person"), w=3600, shade="F3F3F3"), TC("Marianne Vestøl", w=6000)),
               TR(TC(split("E-", "post"), w=3600, shade="F3F3F3"), TC(P(link), w=6000)),
               TR(TC(split("Tlf"), w=3600, shade="F3F3F3"), TC("404 22 781", w=6000)),
               TR(TC(split("Prosjekt", "navn"), w=3600, shade="F3F3F3"), TC("Jobbvennen", w=6000)),
               TR(TC(split("Nytt / ", "videreført"), w=3600, shade="F3F3F3"), TC("Nytt", w=6000)),
               TR(TC(split("Oppstart"), w=3600, shade="F3F3F3"), TC("1.3.2020", w=6000)),
               TR(TC(split("Stillings", "andel"), w=3600, shade="F3F3F3"), TC("50%", w=6000)),
               TR(TC(split("Lønn + sos. ", "kostnader"), w=3600, shade="F3F3F3"), TC("NOK 300.000", w=6000)),
               TR(TC(split("Kompetanse"), w=3600, shade="F3F3F3"), TC("NOK 5.000", w=6000)),
               TR(TC(split("Totalt søkt"), w=3600, shade="F3F3F3"), TC("NOK 305.000", w=6000))], [3600, 6000]), P())
    w.add(P(R("Prioriterte områder", b=True)), *[P(f"{chk(c)} {a}") for a, c in ((A1, True), (A2, False), (A3, True))],
          P(), P(R("Deltakelse", b=True)), P(f"Nettverk/klyngesamarbeid: {chk(True)} Ja  {chk(False)} Nei"),
          P(f"Ekstern prosessevaluering: {chk(False)} Ja  {chk(True)} Nei"), P(), P(R("Signatur", b=True)))
    script = lambda n: P(R(n, font="Dancing Script", sz=20))  # noqa: E731
    w.add(TBL([TR(TC("Nav-leder", script("Camilla Knutsen"), "Camilla Knutsen", "Dato: 24.01.2020", w=4800),
                  TC("Kommunedirektør", script("Tor Egil Lie"), "Tor Egil Lie", "Dato: 27.01.2020", w=4800))],
              [4800, 4800]))
    w.save(out)
    return truth("wd07", "docx", "docx-form", lang="nb", scheme=S20, office=("Nav Grimstad", "Grimstad", o),
                 contact=("Marianne Vestøl", mail, "40422781"), project=("Jobbvennen", "new", "2020-03-01"), pct=50,
                 amounts={"positions": 300000, "competence": 5000, "total": 305000},
                 prio=["ordinaert-arbeidsliv", "saarbare-overganger"], interest=(True, False),
                 sigs=[("nav_leader", "Camilla Knutsen", "Nav-leder", "2020-01-24", "typed"),
                       ("municipality", "Tor Egil Lie", "Kommunedirektør", "2020-01-27", "typed")],
                 expected=["SIGNATURE_UNVERIFIED"],
                 notes=["defect: both 'signatures' are the names typed in a script font, no ink",
                        "labels split over runs, e-mail only inside a w:hyperlink, ☑/☐ glyphs, 'NOK 300.000', '50%'"])


# ---------------------------------------------------------------- wd08 docx (LibreOffice) nn, tab leaders, deadline day
def wd08(out: Path):
    o = orgnr("97451261")
    st = ('<style:style style:name="L" style:family="paragraph"><style:paragraph-properties><style:tab-stops>'
          '<style:tab-stop style:position="6.5cm" style:leader-style="dotted" style:leader-text="."/>'
          '</style:tab-stops></style:paragraph-properties></style:style>'
          '<style:style style:name="H" style:family="paragraph"><style:paragraph-properties fo:margin-top="0.3cm"/>'
          '<style:text-properties fo:font-weight="bold" fo:font-size="12pt"/></style:style>')
    ln = lambda a, b: f'<text:p text:style-name="L">{a}<text:tab/>{b}</text:p>'  # noqa: E731
    h = lambda s: f'<text:p text:style-name="H">{s}</text:p>'  # noqa: E731
    p = lambda s: f"<text:p>{s}</text:p>"  # noqa: E731
    cell = lambda *xs: '<table:table-cell office:value-type="string">' + "".join(xs) + "</table:table-cell>"  # noqa: E731
    body = (h("Søknad om tilskot til utvikling av sosiale tenester i Nav – tilskotsåret 2020")
            + h("A Søkjar") + ln("Namn på Nav-kontor", "Nav Suldal") + ln("Kommune", "Suldal kommune")
            + ln("Organisasjonsnummer", o) + ln("Kontaktperson", "Torbjørg Hustveit")
            + ln("Telefon", "52 79 04 00") + ln("E-post", "torbjorg.hustveit@nav.no")
            + h("B Prosjektet") + ln("Prosjektnamn", "Jobbklar Suldal") + ln("Nytt eller vidareføring", "Nytt")
            + ln("Oppstart", "02.03.2020") + ln("Stillingar", "to stillingar à 50 %")
            + ln("Løn og sosiale kostnader", "598 000 kr") + ln("Kompetansemidlar", "8 500 kr")
            + ln("Sum omsøkt", "606 500 kr")
            + h("C Prioriterte område (set kryss)") + p("[X] Bruk av ordinært arbeidsliv") + p(f"[ ] {N2}")
            + p(f"[X] {N3}") + h("D Interesse") + ln("Nettverk/klyngjesamarbeid", "Ja")
            + ln("Ekstern prosessevaluering", "Ja") + h("E Underskrifter")
            + '<table:table table:name="Sign"><table:table-column table:number-columns-repeated="2"/><table:table-row>'
            + cell(p("Suldal, 30.01.2020"), p(odt_ink("wd08a")), p("______________________________"),
                   p("Ståle Vestbø"), p("Nav-leiar"))
            + cell(p("Sand, 01.02.2020"), p(odt_ink("wd08b")), p("______________________________"),
                   p("Ingrid Tveit Sandvik"), p("Kommunedirektør"))
            + "</table:table-row></table:table>")
    with tempfile.TemporaryDirectory() as td:
        src = Path(td) / (out.stem + ".fodt")
        src.write_text(fodt(body, "Liberation Serif", "11pt", st), encoding="utf-8")
        soffice(src, "docx:MS Word 2007 XML", out)
    return truth("wd08", "docx", "docx-form", lang="nn", scheme=S20, office=("Nav Suldal", "Suldal", o),
                 contact=("Torbjørg Hustveit", "torbjorg.hustveit@nav.no", "52790400"),
                 project=("Jobbklar Suldal", "new", "2020-03-02"), pct=100,
                 amounts={"positions": 598000, "competence": 8500, "total": 606500},
                 prio=["ordinaert-arbeidsliv", "saarbare-overganger"], interest=(True, True),
                 sigs=[("nav_leader", "Ståle Vestbø", "Nav-leiar", "2020-01-30", "handwritten"),
                       ("municipality", "Ingrid Tveit Sandvik", "Kommunedirektør", "2020-02-01", "handwritten")],
                 notes=["written in LibreOffice, saved as .docx: 'Label<TAB>value' with dotted tab leaders, "
                        "'to stillingar à 50 %' = 100 %, typed [X]/[ ] boxes", "near-miss: municipal signature "
                                                                                "on the deadline day (01.02.2020)"])
