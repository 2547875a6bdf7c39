"""The paper form of corpus 48: a county's printed A4 form (not the directorate's Word form), boxes
and dotted lines, filled by pen or typewriter. Bokmål and Nynorsk label sets side by side."""
from __future__ import annotations

from paper48 import SERIF, SERIFB, Sheet

L = {
    "nb": {
        "head": "SØKNAD OM TILSKUDD", "sub": "Utvikling av sosiale tjenester i Nav-kontoret – 2020",
        "how": "Skjemaet fylles ut tydelig og sendes i original med underskrifter.",
        "s1": "A  Opplysninger om søker", "office": "Nav-kontor", "mun": "Kommune", "org": "Org.nr.",
        "cname": "Kontaktperson", "tel": "Tlf.", "mail": "E-post",
        "s2": "B  Prosjektet", "title": "Prosjektets navn", "new": "Nytt prosjekt",
        "cont": "Videreføring, år nr.", "start": "Prosjektstart (dato)", "pos": "Omsøkte stillinger og stillingsprosent",
        "s3": "C  Budsjett (beløp i hele kroner)", "b1": "Lønn og sosiale kostnader",
        "b2": "Prosjektspesifikk kompetanse", "b3": "Sum det søkes om",
        "s4": "D  Prioriterte områder (kryss av)",
        "a": ["Bruk av ordinært arbeidsliv", "Oppfølging av barnefamilier, ungdom og innvandrere",
              "Sikring av sårbare overganger"],
        "desc": "Kort om prosjektet:",
        "s5": "E  Samarbeid", "net": "Ønsker dere å delta i nettverk / klyngesamarbeid?",
        "eva": "Ønsker dere ekstern prosessevaluering?", "yes": "Ja", "no": "Nei",
        "s6": "F  Underskrift", "for_nav": "For Nav-kontoret", "for_mun": "For kommuneledelsen",
        "place": "Sted og dato", "sign": "Underskrift", "name": "Navn", "role": "Stilling",
        "cont_page": "Søknad om tilskudd – side 2 (underskrifter)",
    },
    "nn": {
        "head": "SØKNAD OM TILSKOT", "sub": "Utvikling av sosiale tenester i Nav-kontoret – 2020",
        "how": "Skjemaet skal fyllast ut tydeleg og sendast i original med underskrifter.",
        "s1": "A  Opplysningar om søkjar", "office": "Nav-kontor", "mun": "Kommune", "org": "Org.nr.",
        "cname": "Kontaktperson", "tel": "Tlf.", "mail": "E-post",
        "s2": "B  Prosjektet", "title": "Namnet på prosjektet", "new": "Nytt prosjekt",
        "cont": "Vidareføring, år nr.", "start": "Prosjektstart (dato)", "pos": "Stillingar det blir søkt om, med stillingsprosent",
        "s3": "C  Budsjett (beløp i heile kroner)", "b1": "Løn og sosiale kostnader",
        "b2": "Prosjektspesifikk kompetanse", "b3": "Sum det blir søkt om",
        "s4": "D  Prioriterte område (kryss av)",
        "a": ["Bruk av ordinært arbeidsliv", "Oppfølging av barnefamiliar, ungdom og innvandrarar",
              "Sikring av sårbare overgangar"],
        "desc": "Kort om prosjektet:",
        "s5": "E  Samarbeid", "net": "Ønskjer de å vere med i nettverk / klyngjesamarbeid?",
        "eva": "Ønskjer de ekstern prosessevaluering?", "yes": "Ja", "no": "Nei",
        "s6": "F  Underskrift", "for_nav": "For Nav-kontoret", "for_mun": "For kommuneleiinga",
        "place": "Stad og dato", "sign": "Underskrift", "name": "Namn", "role": "Stilling",
        "cont_page": "Søknad om tilskot – side 2 (underskrifter)",
    },
}

X0, X1 = 190, 2290


def _field(s: Sheet, f, x, y, label, value, w):
    """A printed label over a dotted answer line, the answer written on the line."""
    s.text(x, y, label, size=34)
    s.line(x, y + 128, x + w, dotted=True)
    if value:
        if f["fill"] == "typed":
            s.typed(x + 20, y + 70, value)
        else:
            s.hand(x + 20, y + 62, value)


def _tickrow(s: Sheet, f, x, y, label, on, size=40):
    s.box(x, y)
    if on:
        s.tick(x, y, f["tick"])
    s.text(x + 70, y, label, size=size)


def page_one(f) -> Sheet:
    """Sections A–E, and F as well when the form fits on one sheet."""
    lab = L[f["lang"]]
    s = Sheet(f["id"] + "p1", print_font=SERIF, bold_font=SERIFB, size=42)
    s.text(X0, 140, f["county_head"], size=34)
    s.text(X0, 210, lab["head"], size=80, bold=True)
    s.text(X0, 320, lab["sub"], size=50)
    s.text(X0, 390, lab["how"], size=32)
    s.rect(X0 - 20, 460, X1 + 20, 3440 if f["one_page"] else 3380, width=4)
    y = 490
    s.text(X0, y, lab["s1"], size=46, bold=True)
    y += 70
    _field(s, f, X0, y, lab["office"], f["office"], 1000)
    _field(s, f, X0 + 1100, y, lab["mun"], f["mun"], 500)
    _field(s, f, X0 + 1700, y, lab["org"], f["org"], 400)
    y += 160
    _field(s, f, X0, y, lab["cname"], f["cname"], 800)
    _field(s, f, X0 + 880, y, lab["tel"], f["tel"], 420)
    _field(s, f, X0 + 1380, y, lab["mail"], f["mail"], 720)
    y += 190
    s.text(X0, y, lab["s2"], size=46, bold=True)
    y += 70
    _field(s, f, X0, y, lab["title"], f["title"], 2080)
    y += 170
    _tickrow(s, f, X0, y, lab["new"], f["kind"] == "new")
    _tickrow(s, f, X0 + 600, y, lab["cont"], f["kind"] != "new")
    s.line(X0 + 1130, y + 44, X0 + 1260, dotted=True)
    if f["kind"] != "new":
        s.hand(X0 + 1160, y - 12, f["kind"]) if f["fill"] == "hand" else s.typed(X0 + 1160, y, f["kind"])
    y += 80
    _field(s, f, X0, y, lab["start"], f["start"], 700)
    _field(s, f, X0 + 800, y, lab["pos"], f["pos"], 1280)
    y += 190
    s.text(X0, y, lab["s3"], size=46, bold=True)
    y += 75
    for i, (k, v) in enumerate([("b1", f["b1"]), ("b2", f["b2"]), ("b3", f["b3"])]):
        top = y + i * 95
        s.rect(X0, top, X0 + 1400, top + 95, width=2)
        s.rect(X0 + 1400, top, X0 + 2080, top + 95, width=2)
        s.text(X0 + 20, top + 25, lab[k], size=40, bold=(k == "b3"))
        s.text(X0 + 1420, top + 25, "kr", size=40)
        if v:
            s.hand(X0 + 1560, top + 12, v) if f["fill"] == "hand" else s.typed(X0 + 1560, top + 25, v)
    y += 3 * 95 + 70
    s.text(X0, y, lab["s4"], size=46, bold=True)
    y += 75
    for i, a in enumerate(lab["a"]):
        _tickrow(s, f, X0, y, a, i in f["prio"])
        y += 75
    y += 10
    s.text(X0, y, lab["desc"], size=38)
    for i, d in enumerate(f["desc"]):
        s.line(X0, y + 130 + i * 95, X0 + 2080, dotted=True)
        s.hand(X0 + 20, y + 65 + i * 95, d, size=50) if f["fill"] == "hand" else s.typed(X0 + 20, y + 80 + i * 95, d, size=36)
    y += 130 + 95 * max(1, len(f["desc"])) + 20
    s.text(X0, y, lab["s5"], size=46, bold=True)
    y += 75
    for q, v in ((lab["net"], f["net"]), (lab["eva"], f["eva"])):
        s.text(X0, y, q, size=38)
        _tickrow(s, f, X0 + 1580, y - 4, lab["yes"], v is True)
        _tickrow(s, f, X0 + 1830, y - 4, lab["no"], v is False)
        y += 80
    if f["one_page"]:
        signing(s, f, y + 40)
    else:
        s.text(X0, 3330, "Underskrift på side 2.", size=32)
    return s


def signing(s: Sheet, f, y):
    """Section F: two blocks side by side, place/date, pen line, name and post. A block whose
    signer is None stays empty as printed."""
    lab = L[f["lang"]]
    s.text(X0, y, lab["s6"], size=46, bold=True)
    y += 80
    for col, who, sig in ((0, lab["for_nav"], f["sigs"][0]), (1, lab["for_mun"], f["sigs"][1])):
        x = X0 + col * 1080
        s.text(x, y, who, size=40, bold=True)
        s.text(x, y + 70, lab["place"] + ":", size=36)
        s.line(x + 300, y + 110, x + 980, dotted=True)
        s.text(x, y + 330, lab["sign"], size=30)
        s.line(x, y + 320, x + 980)
        s.text(x, y + 390, lab["name"] + ":", size=36)
        s.line(x + 150, y + 430, x + 980, dotted=True)
        s.text(x, y + 470, lab["role"] + ":", size=36)
        s.line(x + 180, y + 510, x + 980, dotted=True)
        if not sig:
            continue
        write = s.hand if sig.get("pen", True) else (lambda xx, yy, t, **k: s.typed(xx, yy + 12, t))
        write(x + 320, y + 50, sig["place_date"])
        if sig.get("ink", True):
            s.scribble(x + 60, y + 170, w=560, h=140, colour=sig.get("colour", (25, 35, 110)))
        write(x + 170, y + 370, sig["name"])
        write(x + 200, y + 450, sig["title"])
    return y + 560


def page_sign(f) -> Sheet:
    """The signature sheet of a two-sheet form (section F alone)."""
    lab = L[f["lang"]]
    s = Sheet(f["id"] + "p3", print_font=SERIF, bold_font=SERIFB, size=42)
    s.text(X0, 140, f["county_head"], size=34)
    s.text(X0, 220, lab["cont_page"], size=46, bold=True)
    s.rect(X0 - 20, 300, X1 + 20, 1100, width=4)
    signing(s, f, 340)
    return s


def attachment(f, heading, lines) -> Sheet:
    """An attachment the office put between the form's sheets: a typed project plan."""
    s = Sheet(f["id"] + "att", size=40)
    s.text(X0, 200, heading, size=60, bold=True)
    y = 330
    for ln in lines:
        if ln.startswith("#"):
            y += 20
            s.text(X0, y, ln[1:], size=46, bold=True)
        else:
            s.text(X0, y, ln, size=40)
        y += 70
    return s
