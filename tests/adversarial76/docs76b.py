"""Documents ny14-ny18 of corpus 76 (the rest are in docs76.py): each builder writes one file and returns its truth."""
from __future__ import annotations

from pathlib import Path

from docs76 import N1, N2, N3
from kit76 import S20, Word, orgnr, pades, pdf_bytes, scan, spaced, when, word_pdf
from truthlib import truth


def ny14(out: Path):
    """LibreOffice PDF: the municipality's cover letter, then the Nynorsk form; 'to stillingar à 50 %'."""
    o = orgnr("96496158")
    w = Word("Liberation Serif", 11)
    w.p("VIK KOMMUNE", bold=True, size=14)
    w.p("Til Statsforvaltaren i Vestland")
    w.p("Vik i Sogn, 29.01.2020", align="right")
    w.p("Søknad om tilskot frå Nav Vik", bold=True)
    w.p("Kommunen sender med dette søknaden frå Nav Vik om tilskot til utvikling av sosiale tenester for 2020. "
        "Prosjektet er forankra i kommunen si leiing og i helse- og omsorgsutvalet.")
    w.p("Venleg helsing\nHeidi Systad\nkonsulent, servicetorget")
    w.page_break()
    w.p("Søknad om tilskot til utvikling av sosiale tenester i Nav-kontoret 2020", bold=True, size=13)
    w.table([["Nav-kontor", "NAV Vik"], ["Kommune", "Vik"], ["Org.nr.", o], ["Kontaktperson", "Kjartan Seim"],
             ["E-post", "kjartan.seim@nav.no"], ["Telefon", "57 69 86 00"], ["Prosjekt", "Arbeidsvegen"],
             ["Nytt / vidareføring", "Vidareføring, år 3"], ["Oppstart", "01.01.2020"],
             ["Stillingar", "To stillingar à 50 %"], ["Løn og sosiale utgifter", "610 000"],
             ["Kompetansemidlar", "10 000"], ["Sum", "620 000"]], header=False, shade="E6E6E6", bold_col0=True)
    w.p("Prioriterte område: " + N1 + " (☒)   " + N2 + " (☐)   " + N3 + " (☐)")
    w.p("Nettverk/klyngjesamarbeid: Ja.  Ekstern prosessevaluering: Nei.")
    w.sign_table([{"above": ["For Nav Vik:", "Vik 27.01.2020"], "ink": "ny14a", "below": ["Janne Hove, Nav-leiar"]},
                  {"above": ["For Vik kommune:", "Vik 28.01.2020"], "ink": "ny14b",
                   "below": ["Tor Martin Sæbø, kommunedirektør"]}])
    word_pdf(w, out)
    return truth("ny14", "pdf", "pdf-from-office", lang="nn", scheme=S20, office=("Nav Vik", "Vik", o),
                 contact=("Kjartan Seim", "kjartan.seim@nav.no", "57698600"),
                 project=("Arbeidsvegen", "continuation", "2020-01-01"), pct=100,
                 amounts={"positions": 610000, "competence": 10000, "total": 620000},
                 prio=["ordinaert-arbeidsliv"], interest=(True, False),
                 sigs=[("nav_leader", "Janne Hove", "Nav-leiar", "2020-01-27", "handwritten"),
                       ("municipality", "Tor Martin Sæbø", "Kommunedirektør", "2020-01-28", "handwritten")],
                 notes=["near-miss: municipal cover letter first (unsigned, by a konsulent); 'To stillingar à 50 %' "
                        "at exactly 610 000; third year of a continuation"])


def ny15(out: Path):
    """Nynorsk 300 dpi scan; the municipality signed after the deadline."""
    o = orgnr("96496786")
    def draw(s):
        s.t("Nav Kvinnherad", bold=True, size=13, gap=18)
        s.t("Søknad om tilskot til utvikling av sosiale tenester i Nav 2020", bold=True, size=11, gap=20)
        s.grid([["Kommune", "Kvinnherad"], ["Organisasjonsnummer", spaced(o)], ["Kontaktperson", "Randi Tofte"],
                ["E-post", "randi.tofte@nav.no"], ["Telefon", "53 48 31 00"], ["Prosjektnamn", "Ny start"],
                ["Nytt prosjekt / vidareføring", "Nytt prosjekt"], ["Oppstart", "01.04.2020"],
                ["Stillingsprosent", "100 %"], ["Løn og sosiale kostnader", "kr 580 000"],
                ["Kompetansemidlar", "kr 10 000"], ["Søknadssum", "kr 590 000"]], [60, 250], bold_first=False)
        s.t("Prioriterte område", bold=True)
        for a, on in ((N1, True), (N2, False), (N3, False)):
            s.check(a, on)
        s.check("Nettverk/klyngjesamarbeid", True)
        s.check("Ekstern prosessevaluering", True)
        s.skip(8)
        s.signs([{"above": ["Nav-leiar", "Husnes, 30.01.2020"], "ink": "ny15a", "below": ["Lars Inge Lie"]},
                 {"above": ["Kommunedirektør", "Husnes, 04.02.2020"], "ink": "ny15b", "below": ["Kjersti Dale"]}])
    scan(pdf_bytes(draw, font="DVS", bold="DVSB", size=10.5), out, 15, dpi=300, angle=-0.6)
    return truth("ny15", "pdf", "pdf-scanned", lang="nn", scheme=S20, office=("Nav Kvinnherad", "Kvinnherad", o),
                 contact=("Randi Tofte", "randi.tofte@nav.no", "53483100"), project=("Ny start", "new", "2020-04-01"),
                 pct=100, amounts={"positions": 580000, "competence": 10000, "total": 590000},
                 prio=["ordinaert-arbeidsliv"], interest=(True, True),
                 sigs=[("nav_leader", "Lars Inge Lie", "Nav-leiar", "2020-01-30", "handwritten"),
                       ("municipality", "Kjersti Dale", "Kommunedirektør", "2020-02-04", "handwritten")],
                 expected=["SIGNED_AFTER_DEADLINE"], optional=["LOW_CONFIDENCE"],
                 notes=["defect: municipal signature dated 04.02.2020; 300 dpi grey scan, -0.6°"])


def ny16(out: Path):
    """Nynorsk PAdES, two signatures, figures partly in words."""
    o = orgnr("96499427")
    def draw(s):
        s.t("Nav Bremanger – søknad om tilskot 2020", bold=True, size=13, gap=18)
        s.t("Tilskot til utvikling av sosiale tenester i Nav-kontoret (kap. 0621 post 63)", size=9, gap=20)
        s.grid([["Søkjar", "Nav Bremanger"], ["Kommune", "Bremanger"], ["Org.nr.", o],
                ["Kontaktperson", "Solveig Frøyen, solveig.froyen@nav.no, 57 79 60 00"],
                ["Prosjektnamn", "Bremanger-modellen"], ["Søknaden gjeld", "Nytt prosjekt"],
                ["Oppstart", "mars 2020"], ["Stillingsheimel", "ei stilling (100 %)"],
                ["Løn og sosiale kostnader", "600 000 kroner"], ["Kompetanse", "10 000 kroner"],
                ["Søknadssum i alt", "610 000 kroner"], ["Prioriterte område", N2],
                ["Nettverk/klyngjesamarbeid", "Ja"], ["Ekstern prosessevaluering", "Ja"]], [60, 230], bold_first=False)
        s.skip(8)
        s.para("Søknaden er signert digitalt av Nav-leiar Kristin Midtbø (29.01.2020) og kommunedirektør "
               "Håkon Myklebust (30.01.2020).")
    pades(pdf_bytes(draw, font="LS", bold="LSB", size=10),
          out, [("Kristin Midtbø", "Nav Bremanger", "Signatur1", (60, 70, 260, 115), when(2020, 1, 29)),
                ("Håkon Myklebust", "Bremanger kommune", "Signatur2", (320, 70, 520, 115), when(2020, 1, 30, 14))])
    return truth("ny16", "pdf", "pdf-pades", lang="nn", scheme=S20, office=("Nav Bremanger", "Bremanger", o),
                 contact=("Solveig Frøyen", "solveig.froyen@nav.no", "57796000"),
                 project=("Bremanger-modellen", "new", "2020-03-01"), pct=100,
                 amounts={"positions": 600000, "competence": 10000, "total": 610000},
                 prio=["barnefamilier-ungdom-innvandrere"], interest=(True, True),
                 sigs=[("nav_leader", "Kristin Midtbø", "Nav-leiar", "2020-01-29", "digital"),
                       ("municipality", "Håkon Myklebust", "Kommunedirektør", "2020-01-30", "digital")],
                 notes=["near-miss: two PAdES signatures; 'ei stilling (100 %)'; amounts as 'NNN kroner'; start 'mars 2020'"])


def ny17(out: Path):
    """A Google Drive docx download that stopped half way."""
    import io
    w = Word()
    w.p("Nav Askvoll – søknad om tilskot 2020")
    w.p("Vi søkjer om ei stilling. " * 40)
    buf = io.BytesIO()
    w.doc.save(buf)
    data = buf.getvalue()
    out.write_bytes(data[: len(data) // 2])
    return truth("ny17", "docx", "bad-input", lang=None, scheme=None, expected=["DOCUMENT_UNREADABLE"],
                 score_fields=False, notes=["a .docx cut off half way (interrupted download)"])


def ny18(out: Path):
    """A Nynorsk final report on a 2019 project: looks like an application, is not."""
    w = Word("Arial", 11)
    w.p("Nav Gloppen\n6823 Sandane", size=10)
    w.p("Sandane, 20.01.2020", align="right")
    w.p("Til Statsforvaltaren i Vestland")
    w.p("Sluttrapport – tilskot til utvikling av sosiale tenester 2019, prosjektet «Gloppen-trappa»", bold=True)
    w.p("Nav Gloppen fekk i 2019 tilsegn om 610 000 kroner til ei stilling i prosjektet «Gloppen-trappa». Her "
        "rapporterer vi om korleis midlane er nytta og kva prosjektet har oppnådd.")
    w.table([["Post", "Budsjett", "Rekneskap"], ["Løn og sosiale kostnader", "600 000", "598 450"],
             ["Kompetanse", "10 000", "9 200"], ["Sum", "610 000", "607 650"]])
    w.p("22 deltakarar har vore med; 9 er i ordinært arbeid og 4 i utdanning. Ubrukte midlar, 2 350 kroner, "
        "blir betalte attende.")
    w.p("Med helsing")
    w.sign_table([{"ink": "ny18a", "below": ["Eli Strand", "Nav-leiar"]}])
    w.save(out)
    return truth("ny18", "docx", "not-application", lang="nn", scheme=None, expected=["NOT_AN_APPLICATION"],
                 score_fields=False, notes=["a final report on a 2019 grant with budget and accounts"])
