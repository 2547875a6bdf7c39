"""A pen's block capitals for corpus 69: each glyph is a few strokes on an 8 x 12 grid (y up; points are
two base-36 digits, strokes separated by spaces), drawn with a wobbling hand so that no two letters are
alike but every one stays legible to a clerk."""
from __future__ import annotations

G = {
    "A": "004c80 2565", "B": "000c5c7b795707 5775725000", "C": "8a6c2c0a02206082", "D": "000c4c7a724000",
    "E": "8c0c0080 0666", "F": "8c0c00 0666", "G": "8a6c2c0a0220608285 4585", "H": "000c 808c 0686",
    "I": "404c 2c6c 2060", "J": "8c826020 2002", "K": "000c 8c06 3880", "L": "0c0060", "M": "000c468c80",
    "N": "000c808c", "O": "2c0a022060828a6c2c", "P": "000c6c8a886606", "Q": "2c0a022060828a6c2c 4480",
    "R": "000c6c8a886606 4680", "S": "8a6c2c0a0826668482602002", "T": "0c8c 4c40", "U": "0c022060828c",
    "V": "0c408c", "W": "0c2046608c", "X": "008c 0c80", "Y": "0c46 8c46 4640", "Z": "0c8c0080",
    "Æ": "004c8c 4c4080 2666", "Ø": "2c0a022060828a6c2c 008c", "Å": "004c80 2565 3d4e5d4c3d",
    "0": "3c1a123050727a5c3c", "1": "2a4c40 2060", "2": "0a2c6c8a880080",
    "3": "0a2c6c8a886636 668482602002", "4": "606c0484", "5": "8c0c07577572502002",
    "6": "7c3c0a0220608285672705", "7": "0c8c30", "8": "36181a3c5c7a78563614123050727456",
    "9": "2060828a6c2c0a07256587", ".": "3040413130", ",": "41403021", "-": "2666", "/": "008c",
    ":": "3040413130 3848494838", "@": "55573826244355537386794a190603215071", "%": "008c 0b1c2b1a0b 6172716061",
    "(": "5c2a22 2250", ")": "3c6a62 6230", "'": "4c48", "&": "80 0a 2c 4c 5a 02 20 40 84",
}


def strokes(ch):
    for s in G.get(ch, "").split():
        yield [(int(s[i], 36), int(s[i + 1], 36)) for i in range(0, len(s) - 1, 2)]


def write(c, x, y, text, size, rnd, colour=(0.08, 0.12, 0.45)):
    """Draw ``text`` in block capitals from (x, y) on reportlab canvas ``c``; cap height about 0.75 size."""
    u = size * 0.75 / 12
    c.saveState()
    c.setStrokeColorRGB(*colour)
    c.setLineCap(1)
    c.setLineJoin(1)
    for ch in text.upper():
        if ch == " ":
            x += 7 * u * rnd.uniform(0.9, 1.2)
            continue
        k, slant, lift = rnd.uniform(0.9, 1.08), rnd.uniform(0.05, 0.22), rnd.uniform(-0.8, 0.8)
        c.setLineWidth(size * rnd.uniform(0.075, 0.09))
        xs = [gx for st in strokes(ch) for gx, _ in st] or [0, 4]
        x0 = x - min(xs) * u * k  # a narrow letter (I, 1, .) takes only its own width
        for st in strokes(ch):
            p = c.beginPath()
            for i, (gx, gy) in enumerate(st):
                jx, jy = gx + rnd.uniform(-0.35, 0.35), gy + rnd.uniform(-0.35, 0.35)
                px, py = x0 + (jx + slant * jy) * u * k, y + lift + jy * u * k
                (p.lineTo if i else p.moveTo)(px, py)
            c.drawPath(p, stroke=1, fill=0)
        x += (max(xs) - min(xs)) * u * k + 3.4 * u * rnd.uniform(0.8, 1.3)
    c.restoreState()
    return x
