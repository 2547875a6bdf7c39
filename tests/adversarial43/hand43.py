"""Typed documents where the pen only signs (and sometimes dates) of corpus 43: text PDFs with ink,
a two-page letter signed on its second page, and a printed fillable form dated by hand and scanned."""
from __future__ import annotations

import io
from pathlib import Path

from kit43 import S20, Page, render_pages, scan, truth
from paper43 import A1, A2, A3, HEAD, HEAD_NN, N1, N2, N3, _boxed, checks, sig_pair, yes_no


def _colon_rows(p: Page, rows, x2=230):
    for label, value in rows:
        p.need(18)
        p.c.setFont(p.bold, p.size)
        p.c.drawString(p.m, p.y, label + ":")
        p.c.setFont(p.font, p.size)
        p.c.drawString(x2, p.y, value)
        p.y -= 17


# ------------------------------------------------------------ l05 typed form, pen signatures and pen dates, phone-only contact
def l05(out: Path):
    p = Page(str(out), "LS", "LSB", 10)
    p.text("Nav Orkland", bold=True, size=14, colour=(0.76, 0.1, 0.12))
    p.text(HEAD, bold=True, dy=24)
    _colon_rows(p, [("Nav-kontor", "Nav Orkland"), ("Kommune", "Orkland"), ("Organisasjonsnr.", "973 334 565"),
                    ("Kontaktperson", "Bente Aune, mobil 930 12 478"), ("Prosjektnavn", "Orkla-modellen for unge"),
                    ("Ny / videreføring", "Ny"), ("Oppstart", "1. mai 2020"),
                    ("Stillinger", "2 x 60 % stilling (til sammen 120 %)"),
                    ("Lønn og sosiale kostnader", "kr 720 000"), ("Kompetanse", "kr 10 000"),
                    ("Totalt omsøkt", "kr 730 000")])
    p.y -= 6
    p.text("Prioriterte områder:", bold=True, dy=16)
    checks(p, [(False, A1), (True, A2), (True, A3)])
    p.y -= 4
    yes_no(p, "Nettverk / klyngesamarbeid", True)
    yes_no(p, "Ekstern prosessevaluering", True)
    p.y -= 6
    p.wrap("Kontaktpersonen nås enklest på mobil; kontoret har ingen felles e-postadresse for prosjektet.")
    p.y -= 14
    sig_pair(p, [dict(label="Dato:", date_text="27/1-20", seed="l05a", under=["Ragnhild Snildal", "Enhetsleder"]),
                 dict(label="Dato:", date_text="28/1-20", seed="l05b", under=["Jon Olav Rønning", "Kommunedirektør"])],
             hand_dates=True, caption="Signatur")
    p.save()
    return truth("l05", "pdf", "pdf-handwritten", lang="nb", scheme=S20,
                 office=("Nav Orkland", "Orkland", "973334565"), contact=("Bente Aune", None, "93012478"),
                 project=("Orkla-modellen for unge", "new", "2020-05-01"), pct=120,
                 amounts={"positions": 720000, "competence": 10000, "total": 730000},
                 prio=["barnefamilier-ungdom-innvandrere", "saarbare-overganger"], interest=(True, True),
                 sigs=[("nav_leader", "Ragnhild Snildal", "Enhetsleder", "2020-01-27", "handwritten"),
                       ("municipality", "Jon Olav Rønning", "Kommunedirektør", "2020-01-28", "handwritten")],
                 notes=["near-miss: contact reachable by phone only (record.md: name and e-mail OR phone); "
                        "120 % at 720 000 under 732 000; dates written by hand as '27/1-20'"])


# ------------------------------------------------------------ l06 Nynorsk typed form, pen dates, municipal signs on deadline day
def l06(out: Path):
    p = Page(str(out), "DVS", "DVSB", 10)
    p.text(HEAD_NN, bold=True, size=11, dy=24)
    _boxed(p, [("Nav-kontor", "Nav Nord-Fron"), ("Kommune", "Nord-Fron kommune"), ("Org.nr.", "975 123 405"),
               ("Kontaktperson", "Sigrid Kleppe"), ("E-post", "sigrid.kleppe@nav.no"), ("Telefon", "61 21 87 00"),
               ("Prosjektnamn", "Fronsløypa"),
               ("Ny søknad / vidareføring", "Vidareføring – år 2 (tilskot til «Fronsløypa» i 2019)"),
               ("Oppstart", "01.01.2020"), ("Stilling", "100 %"), ("Løn og sosiale kostnader", "kr 600 000"),
               ("Kompetanse", "kr 10 000"), ("I alt søkt", "kr 610 000")], lw=170)
    p.y -= 10
    p.text("Prioriterte område", bold=True, dy=16)
    checks(p, [(True, N1), (False, N2), (True, N3)])
    yes_no(p, "Nettverk / klyngesamarbeid", False, nei="Nei")
    yes_no(p, "Ekstern prosessevaluering", False)
    p.y -= 10
    sig_pair(p, [dict(label="Stad/dato:", date_text="Vinstra 31.01.2020", seed="l06a", under=["Nav-leiar", "Per Ivar Bakken"]),
                 dict(label="Stad/dato:", date_text="Vinstra 1/2-2020", seed="l06b", under=["Kommunedirektør", "Anne Sletten"])],
             hand_dates=True, caption="Underskrifter")
    p.save()
    return truth("l06", "pdf", "pdf-handwritten", lang="nn", scheme=S20,
                 office=("Nav Nord-Fron", "Nord-Fron", "975123405"), contact=("Sigrid Kleppe", "sigrid.kleppe@nav.no", "61218700"),
                 project=("Fronsløypa", "continuation", "2020-01-01"), pct=100,
                 amounts={"positions": 600000, "competence": 10000, "total": 610000},
                 prio=["ordinaert-arbeidsliv", "saarbare-overganger"], interest=(False, False),
                 sigs=[("nav_leader", "Per Ivar Bakken", "Nav-leiar", "2020-01-31", "handwritten"),
                       ("municipality", "Anne Sletten", "Kommunedirektør", "2020-02-01", "handwritten")],
                 notes=["near-miss: the kommunedirektør dated the form by hand '1/2-2020' = the deadline day; "
                        "total 610 000 equals the position cap but positions are 600 000; title printed above the name"])


# ------------------------------------------------------------ l07 two-page letter, reference block, signatures on page 2
def l07(out: Path):
    p = Page(str(out), "LS", "LSB", 10.5)
    p.text("Nav Rana", bold=True, size=15)
    p.text("Postadresse: Postboks 1340, 8602 Mo i Rana  ·  Besøk: Fridtjof Nansens gate 10", size=8)
    p.y -= 14
    p.text("Statsforvalteren i Nordland", dy=13)
    p.text("Postboks 1405", dy=13)
    p.text("8002 Bodø", dy=40)
    c = p.c
    c.setFont(p.font, 8)
    for i, (a, b) in enumerate([("Deres ref.:", "2019/8841"), ("Deres dato:", "18.12.2019"),
                                ("Vår ref.:", "20/114-3"), ("Vår dato:", "13.01.2020"),
                                ("Saksbehandler:", "Trine Helle")]):
        c.drawString(360, p.H - 120 - 11 * i, a)
        c.drawString(430, p.H - 120 - 11 * i, b)
    p.text("Søknad om tilskudd til utvikling av sosiale tjenester i Nav-kontoret 2020 – «Rana inn»", bold=True, dy=20)
    p.wrap("Nav Rana (org.nr. 974 125 633) søker med dette om tilskudd til prosjektet «Rana inn». Dette er et nytt "
           "prosjekt, med planlagt oppstart 1. april 2020.", 95)
    p.y -= 6
    p.wrap("Prosjektet skal sikre overgangene for personer som løslates fra fengsel og for unge som avslutter eller "
           "avbryter videregående opplæring, slik at ingen står uten oppfølging fra Nav den dagen de går ut døra. "
           "Vi har sett at mange faller mellom to stoler i disse overgangene, og vil utvikle en fast arbeidsmåte "
           "sammen med kriminalomsorgen og fylkeskommunen.", 95)
    p.y -= 6
    p.wrap("Vi søker om midler til én 100 % stilling som veileder. Budsjettet er slik:", 95)
    p.y -= 4
    for a, b, bold in [("Lønn og sosiale kostnader, 1 stilling (100 %)", "590 000 NOK", False),
                       ("Prosjektspesifikk kompetanse", "10 000 NOK", False), ("Sum", "600 000 NOK", True)]:
        c.setFont(p.bold if bold else p.font, p.size)
        c.drawString(p.m + 10, p.y, a)
        c.drawRightString(480, p.y, b)
        c.line(p.m + 10, p.y - 4, 480, p.y - 4)
        p.y -= 18
    p.y -= 6
    p.wrap("Kontaktperson for søknaden er veileder Stian Bergli (stian.bergli@nav.no, tlf. 75 14 60 00).", 95)
    p.wrap("Nav Rana ønsker å delta i nettverk/klyngesamarbeid, men ønsker ikke ekstern prosessevaluering.", 95)
    p.c.setFont(p.font, 8)
    p.c.drawString(p.W / 2 - 20, 40, "Side 1 av 2")
    p.newpage()
    p.wrap("Søknaden er behandlet i kommunens ledermøte og er forankret i kommuneledelsen.", 95)
    p.y -= 14
    p.text("Med vennlig hilsen", dy=24)
    sig_pair(p, [dict(label="", date_text="Mo i Rana, 24.01.2020", seed="l07a", under=["Tove Mikalsen", "Nav-leder"]),
                 dict(label="", date_text="Mo i Rana, 24.01.2020", seed="l07b", under=["Geir Waage", "Rådmann"])])
    p.c.setFont(p.font, 8)
    p.c.drawString(p.W / 2 - 20, 40, "Side 2 av 2")
    p.save()
    return truth("l07", "pdf", "pdf-handwritten", lang="nb", scheme=S20,
                 office=("Nav Rana", "Rana", "974125633"), contact=("Stian Bergli", "stian.bergli@nav.no", "75146000"),
                 project=("Rana inn", "new", "2020-04-01"), pct=100,
                 amounts={"positions": 590000, "competence": 10000, "total": 600000},
                 prio=["saarbare-overganger"], interest=(True, False),
                 sigs=[("nav_leader", "Tove Mikalsen", "Nav-leder", "2020-01-24", "handwritten"),
                       ("municipality", "Geir Waage", "Rådmann", "2020-01-24", "handwritten")],
                 notes=["near-miss: 'Vår dato 13.01.2020' / 'Deres dato 18.12.2019' are not signing dates; "
                        "Saksbehandler Trine Helle is not the contact; signatures on page 2; amounts 'NOK' after the "
                        "number with a 'Sum' row; area argued in prose (release from prison, leaving school)"])


# ------------------------------------------------------------ l17 printed fillable form, dated by hand, scanned 300 dpi
def l17(out: Path):
    buf = io.BytesIO()
    p = Page(buf, "DV", "DVB", 9.5)
    p.c.setFillColorRGB(0.85, 0.9, 0.97)
    p.c.rect(0, p.H - 60, p.W, 60, stroke=0, fill=1)
    p.c.setFillColorRGB(0, 0, 0)
    p.text("Tilskudd til utvikling av sosiale tjenester i Nav-kontoret – søknadsskjema 2020", bold=True, size=11,
           dy=30)
    rows = [("Søker (Nav-kontor)", "Nav Lindesnes"), ("Kommune", "Lindesnes"), ("Organisasjonsnummer", "969987457"),
            ("Kontaktperson", "Jorunn Stokke"), ("Kontaktpersonens e-post", "jorunn.stokke@nav.no"),
            ("Kontaktpersonens telefon", "38 25 60 00"), ("Prosjektnavn", "Tett på Lindesnes"),
            ("Søknadstype", "Videreføring – år 3 av 3"), ("Oppstart", "01.01.2020"),
            ("Stillingsressurs", "1,5 årsverk"), ("Lønn og sosiale kostnader", "915000"),
            ("Kompetanse", "10000"), ("Sum søknadsbeløp", "925000")]
    _boxed(p, rows, lw=190)
    p.y -= 10
    p.text("Prioriterte områder", bold=True, dy=15)
    checks(p, [(True, A1), (True, A2), (True, A3)])
    yes_no(p, "Interesse for nettverk/klyngesamarbeid", True)
    yes_no(p, "Interesse for ekstern prosessevaluering", False)
    p.y -= 10
    sig_pair(p, [dict(label="Dato:", date_text="21.01.2020", seed="l17a", under=["Nav-leder Svein Olsen"]),
                 dict(label="Dato:", date_text="23.01.2020", seed="l17b",
                      under=["Kari Anne Vigeland", "Kommunalsjef helse og velferd,", "etter fullmakt"])],
             hand_dates=True, caption="Signatur (leder Nav-kontor og kommuneledelse)")
    p.save()
    out.write_bytes(scan(render_pages(buf.getvalue(), 300), 300, -0.5, "l17", holes=True, grey=238, quality=60))
    return truth("l17", "pdf", "pdf-scanned", lang="nb", scheme=S20,
                 office=("Nav Lindesnes", "Lindesnes", "969987457"), contact=("Jorunn Stokke", "jorunn.stokke@nav.no", "38256000"),
                 project=("Tett på Lindesnes", "continuation", "2020-01-01"), pct=150,
                 amounts={"positions": 915000, "competence": 10000, "total": 925000},
                 prio=["ordinaert-arbeidsliv", "barnefamilier-ungdom-innvandrere", "saarbare-overganger"],
                 interest=(True, False),
                 sigs=[("nav_leader", "Svein Olsen", "Nav-leder", "2020-01-21", "handwritten"),
                       ("municipality", "Kari Anne Vigeland", "Kommunalsjef helse og velferd", "2020-01-23", "handwritten")],
                 optional=["LOW_CONFIDENCE"],
                 notes=["near-miss: 1,5 årsverk at exactly 915 000; continuation year 3 of 3 (the limit, not beyond); "
                        "kommunalsjef signing 'etter fullmakt'; dates in ordinary handwriting; 300 dpi scan with holes"])


# ------------------------------------------------------------ l18 DEFECT: municipal signature dated after the deadline
def l18(out: Path):
    p = Page(str(out), "LS", "LSB", 10)
    p.text(HEAD, bold=True, size=12, dy=26)
    _boxed(p, [("Nav-kontor", "Nav Hadsel"), ("Kommune", "Hadsel"), ("Organisasjonsnummer", "970 001 239"),
               ("Kontaktperson", "Morten Kristiansen"), ("E-post", "morten.kristiansen@nav.no"),
               ("Telefon", "76 16 42 00"), ("Prosjektets navn", "Vesterålsveien til arbeid"),
               ("Nytt / videreføring", "Nytt prosjekt"), ("Oppstart", "01.05.2020"), ("Stillingsprosent", "100 %"),
               ("Lønn og sosiale kostnader", "kr 580 000"), ("Kompetanse", "kr 10 000"), ("Sum", "kr 590 000")])
    p.y -= 10
    p.text("Prioriterte områder", bold=True, dy=16)
    checks(p, [(True, A1), (False, A2), (False, A3)])
    yes_no(p, "Nettverk / klyngesamarbeid", True)
    yes_no(p, "Ekstern prosessevaluering", True)
    p.y -= 10
    sig_pair(p, [dict(date_text="Stokmarknad, 30.01.2020", seed="l18a", under=["Linda Johansen", "Leder Nav Hadsel"]),
                 dict(date_text="Stokmarknad, 04.02.2020", seed="l18b", under=["Rune Pettersen", "Rådmann"])])
    p.save()
    return truth("l18", "pdf", "pdf-handwritten", lang="nb", scheme=S20,
                 office=("Nav Hadsel", "Hadsel", "970001239"),
                 contact=("Morten Kristiansen", "morten.kristiansen@nav.no", "76164200"),
                 project=("Vesterålsveien til arbeid", "new", "2020-05-01"), pct=100,
                 amounts={"positions": 580000, "competence": 10000, "total": 590000},
                 prio=["ordinaert-arbeidsliv"], interest=(True, True),
                 sigs=[("nav_leader", "Linda Johansen", "Leder Nav Hadsel", "2020-01-30", "handwritten"),
                       ("municipality", "Rune Pettersen", "Rådmann", "2020-02-04", "handwritten")],
                 expected=["SIGNED_AFTER_DEADLINE"], notes=["defect: the rådmann dated 04.02.2020"])
