"""Documents of corpus 43 signed without ink: invisible PAdES signatures, and printouts from a
case-handling system (Public 360 / Elements style reference block) approved electronically."""
from __future__ import annotations

import datetime
import io
import tempfile
from pathlib import Path

from kit43 import S20, TZ, Page, pades, self_signed, truth
from paper43 import A1, A2, A3, HEAD, HEAD_NN, N1, N2, N3, _boxed, checks, yes_no


def _two_pades(data, signers, page=0):
    with tempfile.TemporaryDirectory() as td:
        for field, cn, org, when in signers:
            data = pades(data, field, page, None, self_signed(Path(td), cn, org), when)
    return data


# ------------------------------------------------------------ l08 two invisible PAdES signatures, municipal one on the deadline day
def l08(out: Path):
    buf = io.BytesIO()
    p = Page(buf, "LS", "LSB", 10)
    p.text("Nav Indre Østfold", bold=True, size=14)
    p.text(HEAD, bold=True, dy=24)
    _boxed(p, [("Søker", "Nav Indre Østfold"), ("Kommune", "Indre Østfold"), ("Org.nr.", "921 000 014"),
               ("Kontaktperson", "Maria Lunde Berg"), ("E-post", "maria.lunde.berg@nav.no"), ("Telefon", "69 68 10 00"),
               ("Prosjekttittel", "Arbeid først Indre Østfold"), ("Søknaden gjelder", "Nytt prosjekt"),
               ("Oppstart", "01.03.2020"), ("Stillinger", "100 % + 50 % (1,5 årsverk)"),
               ("Lønn og sosiale kostnader", "900 000"), ("Kompetanse", "10 000"), ("Sum omsøkt", "910 000")])
    p.y -= 10
    p.text("Prioriterte områder", bold=True, dy=16)
    checks(p, [(True, A1), (False, A2), (True, A3)])
    yes_no(p, "Ønsker nettverk / klyngesamarbeid", True)
    yes_no(p, "Ønsker ekstern prosessevaluering", True)
    p.y -= 14
    p.text("Signering", bold=True, dy=16)
    p.wrap("Søknaden signeres elektronisk med BankID av leder for Nav-kontoret og av kommunedirektøren. "
           "Signaturene ligger i dokumentet.")
    p.y -= 6
    for role, name in [("Avdelingsleder Nav Indre Østfold", "Heidi Kolstad"), ("Kommunedirektør", "Thomas Hansen")]:
        p.text(f"{role}: {name}")
    p.save()
    data = _two_pades(buf.getvalue(), [
        ("Signatur1", "Heidi Kolstad", "Nav Indre Østfold", datetime.datetime(2020, 1, 31, 14, 2, tzinfo=TZ)),
        ("Signatur2", "Thomas Hansen", "Indre Østfold kommune", datetime.datetime(2020, 2, 1, 10, 40, tzinfo=TZ))])
    out.write_bytes(data)
    return truth("l08", "pdf", "pdf-pades", lang="nb", scheme=S20,
                 office=("Nav Indre Østfold", "Indre Østfold", "921000014"),
                 contact=("Maria Lunde Berg", "maria.lunde.berg@nav.no", "69681000"),
                 project=("Arbeid først Indre Østfold", "new", "2020-03-01"), pct=150,
                 amounts={"positions": 900000, "competence": 10000, "total": 910000},
                 prio=["ordinaert-arbeidsliv", "saarbare-overganger"], interest=(True, True),
                 sigs=[("nav_leader", "Heidi Kolstad", "Avdelingsleder Nav Indre Østfold", "2020-01-31", "digital"),
                       ("municipality", "Thomas Hansen", "Kommunedirektør", "2020-02-01", "digital")],
                 notes=["near-miss: two INVISIBLE PAdES signatures and no ink; the municipal one at 01.02.2020 10:40 "
                        "(deadline day); Nav leader titled 'Avdelingsleder Nav …'; 150 % at 900 000 under 915 000"])


# ------------------------------------------------------------ l09 DEFECT: only the Nav leader signed (one PAdES)
def l09(out: Path):
    buf = io.BytesIO()
    p = Page(buf, "DVS", "DVSB", 10)
    p.text(HEAD_NN, bold=True, size=11, dy=24)
    _boxed(p, [("Søkjar", "Nav Fjaler"), ("Kommune", "Fjaler"), ("Organisasjonsnummer", "971 112 220"),
               ("Kontaktperson", "Solveig Hestad"), ("E-post", "solveig.hestad@nav.no"), ("Telefon", "57 73 80 00"),
               ("Prosjektnamn", "Sunnfjordbrua"), ("Ny / vidareføring", "Ny"), ("Oppstart", "01.04.2020"),
               ("Stillingsprosent", "50 %"), ("Løn og sosiale kostnader", "300 000"), ("Kompetanse", "10 000"),
               ("Sum", "310 000")])
    p.y -= 10
    p.text("Prioriterte område", bold=True, dy=16)
    checks(p, [(False, N1), (True, N2), (False, N3)])
    yes_no(p, "Nettverk / klyngesamarbeid", False)
    yes_no(p, "Ekstern prosessevaluering", False)
    p.y -= 14
    p.text("Signatur (elektronisk)", bold=True, dy=16)
    p.text("Nav-leiar: Bjørn Eide")
    p.text("Kommunedirektør: ______________________________")
    p.save()
    data = _two_pades(buf.getvalue(), [
        ("NavLeiar", "Bjørn Eide", "Nav Fjaler", datetime.datetime(2020, 1, 29, 9, 12, tzinfo=TZ))])
    out.write_bytes(data)
    return truth("l09", "pdf", "pdf-pades", lang="nn", scheme=S20,
                 office=("Nav Fjaler", "Fjaler", "971112220"), contact=("Solveig Hestad", "solveig.hestad@nav.no", "57738000"),
                 project=("Sunnfjordbrua", "new", "2020-04-01"), pct=50,
                 amounts={"positions": 300000, "competence": 10000, "total": 310000},
                 prio=["barnefamilier-ungdom-innvandrere"], interest=(False, False),
                 sigs=[("nav_leader", "Bjørn Eide", "Nav-leiar", "2020-01-29", "digital")],
                 expected=["SIGNATURE_MUNICIPALITY_MISSING"],
                 notes=["defect: one PAdES signature (the Nav leader's); the kommunedirektør line is blank"])


# ------------------------------------------------------------ case-system printouts
def _case_header(p: Page, system, org, ref_rows, to_lines):
    c = p.c
    c.setFont(p.bold, 13)
    c.drawString(p.m, p.H - 55, org)
    c.setFont(p.font, 7)
    c.setFillColorRGB(0.4, 0.4, 0.4)
    c.drawRightString(p.W - p.m, p.H - 30, system)
    c.setFillColorRGB(0, 0, 0)
    y = p.H - 90
    for ln in to_lines:
        c.setFont(p.font, 10)
        c.drawString(p.m, y, ln)
        y -= 13
    yy = p.H - 85
    for a, b in ref_rows:
        c.setFont(p.font, 7.5)
        c.drawString(340, yy, a)
        c.setFont(p.font, 9)
        c.drawString(340, yy - 10, b)
        yy -= 22
    p.y = min(y, yy) - 20


def l11(out: Path):
    p = Page(str(out), "LS", "LSB", 10)
    _case_header(p, "Utskrift fra Public 360 · 14.01.2020 10:12", "Lyngdal kommune – Nav Lyngdal",
                 [("Vår dato:", "14.01.2020"), ("Vår ref:", "2020/118-2"), ("Arkivkode:", "F00 &13"),
                  ("Saksbehandler:", "Tone Vatne"), ("Deres ref:", "2019/6612")],
                 ["Statsforvalteren i Agder", "Postboks 788 Stoa", "4809 Arendal"])
    p.text(HEAD, bold=True, dy=20)
    _boxed(p, [("Nav-kontor", "Nav Lyngdal"), ("Kommune", "Lyngdal"), ("Organisasjonsnummer", "977 778 883"),
               ("Kontaktperson for prosjektet", "Espen Rosseland"), ("E-post", "espen.rosseland@nav.no"),
               ("Telefon", "38 34 56 00"), ("Prosjektnavn", "Sørlandsmodellen Lyngdal"), ("Ny / videreføring", "Nytt"),
               ("Oppstart", "01.03.2020"), ("Stillingsprosent", "60 %"), ("Lønn og sosiale kostnader", "366 000"),
               ("Kompetanse", "10 000"), ("Totalt", "376 000")], lw=200)
    p.y -= 8
    p.text("Prioriterte områder", bold=True, dy=16)
    checks(p, [(False, A1), (True, A2), (False, A3)])
    yes_no(p, "Nettverk / klyngesamarbeid", True)
    yes_no(p, "Ekstern prosessevaluering", False)
    p.y -= 12
    p.text("Med hilsen", dy=20)
    for i, (name, title, when) in enumerate([("Mona Eik", "leder Nav Lyngdal", "17.01.2020"),
                                              ("Jan Kristensen", "kommunedirektør", "20.01.2020")]):
        x = p.m + 250 * i
        p.c.setFont(p.font, 10)
        p.c.drawString(x, p.y, name)
        p.c.drawString(x, p.y - 13, title)
        p.c.setFont(p.font, 8)
        p.c.drawString(x, p.y - 26, f"Godkjent {when}")
    p.y -= 46
    p.text("Dokumentet er elektronisk godkjent og har derfor ingen håndskrevne signaturer.", size=8)
    p.save()
    return truth("l11", "pdf", "pdf-text", lang="nb", scheme=S20,
                 office=("Nav Lyngdal", "Lyngdal", "977778883"),
                 contact=("Espen Rosseland", "espen.rosseland@nav.no", "38345600"),
                 project=("Sørlandsmodellen Lyngdal", "new", "2020-03-01"), pct=60,
                 amounts={"positions": 366000, "competence": 10000, "total": 376000},
                 prio=["barnefamilier-ungdom-innvandrere"], interest=(True, False),
                 sigs=[("nav_leader", "Mona Eik", "leder Nav Lyngdal", "2020-01-17", "electronic_approval"),
                       ("municipality", "Jan Kristensen", "Kommunedirektør", "2020-01-20", "electronic_approval")],
                 notes=["near-miss: Public 360 printout; 'Saksbehandler: Tone Vatne' is not the contact; 'Vår dato "
                        "14.01.2020' is not a signing date; 60 % at exactly 366 000; electronic approval"])


def l12(out: Path):
    p = Page(str(out), "DV", "DVB", 9.5)
    _case_header(p, "Elements · utskrift", "Nav Hjelmeland",
                 [("Vår dato", "16.01.2020"), ("Vår referanse", "20/37 - 4"), ("Arkivkode", "233"),
                  ("Sakshandsamar", "Lars Ove Tjelta"), ("Dykkar dato", "17.12.2019")],
                 ["Statsforvaltaren i Rogaland", "Postboks 59 Sentrum", "4001 Stavanger"])
    p.text(HEAD_NN, bold=True, dy=20)
    p.wrap("Nav Hjelmeland (org.nr. 972 223 336) i Hjelmeland kommune søkjer om tilskot til det nye prosjektet "
           "«Ryfylkelosen». Prosjektet startar 1. mars 2020 og gjeld ei halv stilling (50 %).", 100)
    p.wrap("Prosjektet skal følgje opp barnefamiliar med låg inntekt og unge innvandrarar tett, saman med skule og "
           "helsestasjon.", 100)
    p.y -= 6
    c = p.c
    for a, b, bold in [("Post", "Kroner", True), ("Løn og sosiale kostnader (50 %)", "300 000", False),
                       ("Kompetanse", "10 000", False), ("Sum", "320 000", True)]:
        c.setFont(p.bold if bold else p.font, p.size)
        c.rect(p.m, p.y - 5, 380, 17)
        c.line(p.m + 280, p.y - 5, p.m + 280, p.y + 12)
        c.drawString(p.m + 4, p.y, a)
        c.drawRightString(p.m + 374, p.y, b)
        p.y -= 17
    p.y -= 10
    p.wrap("Kontaktperson: Åse Hetland, ase.hetland@nav.no, telefon 51 75 00 00.", 100)
    p.wrap("Nav Hjelmeland ønskjer å vere med i nettverk/klyngesamarbeid og i ekstern prosessevaluering.", 100)
    p.y -= 12
    p.text("Med helsing", dy=16)
    p.text("Godkjent elektronisk 22.01.2020: Nav-leiar Kristin Fisketjøn", dy=13)
    p.text("Godkjent elektronisk 23.01.2020: kommunedirektør Olav Hetlelid", dy=16)
    p.text("Dokumentet er elektronisk godkjent og har difor ikkje handskrivne signaturar.", size=8)
    p.save()
    return truth("l12", "pdf", "pdf-text", lang="nn", scheme=S20,
                 office=("Nav Hjelmeland", "Hjelmeland", "972223336"), contact=("Åse Hetland", "ase.hetland@nav.no", "51750000"),
                 project=("Ryfylkelosen", "new", "2020-03-01"), pct=50,
                 amounts={"positions": 300000, "competence": 10000, "total": 320000},
                 prio=["barnefamilier-ungdom-innvandrere"], interest=(True, True),
                 sigs=[("nav_leader", "Kristin Fisketjøn", "Nav-leiar", "2020-01-22", "electronic_approval"),
                       ("municipality", "Olav Hetlelid", "kommunedirektør", "2020-01-23", "electronic_approval")],
                 expected=["AMOUNT_SUM_MISMATCH"],
                 notes=["defect: 300 000 + 10 000 ≠ 'Sum 320 000'", "Elements printout, 'Sakshandsamar' not the contact"])
