"""Shared helpers of corpus 51 (tester51): org numbers, a flowing reportlab page, a minimal
OLE compound file (what Word writes for a password-protected .docx), scans; ink and .docx
mechanics come from corpus 38's kit."""
from __future__ import annotations

import io
import random
import struct
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "adversarial38"))
sys.path.insert(0, str(HERE.parent / "adversarial2"))
from kit38 import (add_ink, cell_text, ink_png, ink_reader, new_doc, normalise_zip,  # noqa: E402,F401
                   register_fonts, save_doc, soffice_pdf)
from truthlib import truth  # noqa: E402,F401

S20 = "nav-sosiale-tjenester-2020"


def orgnr(base8: str) -> str:
    """A 9-digit organisation number with a valid MOD11 check digit (the next base up when the
    check digit would be 10, which no real number has)."""
    w = [3, 2, 7, 6, 5, 4, 3, 2]
    r = 11 - sum(int(d) * k for d, k in zip(base8, w)) % 11
    if r == 10:
        return orgnr(str(int(base8) + 1))
    return base8 + str(0 if r == 11 else r)


def spaced(org: str) -> str:
    return f"{org[:3]} {org[3:6]} {org[6:]}"


class Flow:
    """A reportlab canvas written top-down like a word processor: paragraphs, label rows, ink."""

    def __init__(self, target, font="LS", bold="LSB", size=10.5, margin=62):
        from reportlab.lib.pagesizes import A4
        from reportlab.pdfgen import canvas
        register_fonts()
        self.c = canvas.Canvas(target, pagesize=A4, invariant=1)
        self.c.setAuthor("")
        self.W, self.H = A4
        self.f, self.b, self.s, self.m = font, bold, size, margin
        self.y = self.H - 60
        self.footer = None

    def need(self, dy):
        if self.y - dy < 60:
            self.page()

    def page(self):
        if self.footer:
            self.c.setFont(self.f, 7.5)
            self.c.drawString(self.m, 34, self.footer)
        self.c.showPage()
        self.y = self.H - 60

    def para(self, text, bold=False, size=None, gap=4, x=None, width=None):
        from reportlab.lib.utils import simpleSplit
        size = size or self.s
        font = self.b if bold else self.f
        x = self.m if x is None else x
        width = width or (self.W - x - self.m)
        for line in simpleSplit(text, font, size, width) or [""]:
            self.need(size + 3)
            self.c.setFont(font, size)
            self.c.drawString(x, self.y, line)
            self.y -= size + 3
        self.y -= gap

    def row(self, label, value, x2=220, bold_label=True, rule=False):
        from reportlab.lib.utils import simpleSplit
        lines = simpleSplit(value, self.f, self.s, self.W - x2 - self.m) or [""]
        self.need(len(lines) * (self.s + 3) + 10)
        top = self.y + self.s + 1
        self.c.setFont(self.b if bold_label else self.f, self.s)
        self.c.drawString(self.m, self.y, label)
        self.c.setFont(self.f, self.s)
        for i, line in enumerate(lines):
            if i:
                self.y -= self.s + 3
            self.c.drawString(x2, self.y, line)
        bottom = self.y - 4
        if rule:
            self.c.setLineWidth(0.4)
            self.c.rect(self.m - 4, bottom, self.W - 2 * self.m + 8, top - bottom)
        self.y = bottom - self.s - 3

    def ink(self, seed, x, y, w=130, h=38):
        self.c.drawImage(ink_reader(seed), x, y, w, h, mask="auto")

    def save(self):
        if self.footer:
            self.c.setFont(self.f, 7.5)
            self.c.drawString(self.m, 34, self.footer)
        self.c.showPage()
        self.c.save()


def scan_pdf(pdf_bytes: bytes, out: Path, seed: int, dpi=200, angle=0.8, quality=55) -> None:
    """Print, scan: render each page grey, rotate a little, add speckle and JPEG, one image a page."""
    import pypdfium2 as pdfium
    from PIL import Image, ImageEnhance, ImageFilter
    rnd = random.Random(seed)
    pages = []
    for page in pdfium.PdfDocument(pdf_bytes):
        img = page.render(scale=dpi / 72).to_pil().convert("L")
        img = img.rotate(angle, resample=Image.BICUBIC, expand=True, fillcolor=242)
        img = ImageEnhance.Contrast(img).enhance(0.85)
        px = img.load()
        w, h = img.size
        for _ in range(2500):
            px[rnd.randrange(w), rnd.randrange(h)] = rnd.choice((90, 180))
        img = img.filter(ImageFilter.GaussianBlur(0.4))
        jb = io.BytesIO()
        img.save(jb, "JPEG", quality=quality)
        pages.append(Image.open(jb))
        angle = -angle * 0.6
    import time
    when = time.strptime("2020-01-24 14:00:00", "%Y-%m-%d %H:%M:%S")
    pages[0].save(out, "PDF", resolution=dpi, save_all=True, append_images=pages[1:], creationDate=when, modDate=when,
                  producer="Scanner", creator="Scanner")


def encrypted_office_file(seed: int) -> bytes:
    """A compound file with EncryptionInfo (agile, version 4.4) and EncryptedPackage streams:
    the container Word writes when a .docx is saved with an open password."""
    rnd = random.Random(seed)
    SEC, END, FREE, FATSECT = 512, 0xFFFFFFFE, 0xFFFFFFFF, 0xFFFFFFFD
    xml = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<encryption xmlns='
           '"http://schemas.microsoft.com/office/2006/encryption" xmlns:p="http://schemas.microsoft.com/office/'
           '2006/keyEncryptor/password"><keyData saltSize="16" blockSize="16" keyBits="256" hashSize="64" '
           'cipherAlgorithm="AES" cipherChaining="ChainingModeCBC" hashAlgorithm="SHA512" saltValue="'
           + "".join(rnd.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/") for _ in range(22))
           + '=="/><keyEncryptors><keyEncryptor uri="http://schemas.microsoft.com/office/2006/keyEncryptor/'
           'password"><p:encryptedKey spinCount="100000" saltSize="16" blockSize="16" keyBits="256" '
           'hashSize="64" cipherAlgorithm="AES" cipherChaining="ChainingModeCBC" hashAlgorithm="SHA512"/>'
           '</keyEncryptor></keyEncryptors></encryption>')
    info = struct.pack("<HHI", 4, 4, 0x40) + xml.encode()
    info = info.ljust(4096, b" ")
    body = 23000
    package = struct.pack("<Q", body) + bytes(rnd.randrange(256) for _ in range(24 * 1024 - 8))
    n_info, n_pack = len(info) // SEC, len(package) // SEC
    fat = [FATSECT, END]
    start_info = len(fat)
    fat += [start_info + i + 1 for i in range(n_info - 1)] + [END]
    start_pack = len(fat)
    fat += [start_pack + i + 1 for i in range(n_pack - 1)] + [END]
    fat += [FREE] * (128 - len(fat))
    header = (bytes.fromhex("D0CF11E0A1B11AE1") + bytes(16) + struct.pack("<HHHHH", 0x3E, 3, 0xFFFE, 9, 6)
              + bytes(6) + struct.pack("<IIIIIIIII", 0, 1, 1, 0, 4096, END, 0, END, 0)
              + struct.pack("<I", 0) + struct.pack("<I", FREE) * 108)

    def entry(name, kind, left, right, child, start, size):
        n = (name + "\0").encode("utf-16-le") if name else b""
        return (n.ljust(64, b"\0") + struct.pack("<HBB", len(n), kind, 1) + struct.pack("<iii", left, right, child)
                + bytes(16) + bytes(4) + bytes(16) + struct.pack("<IQ", start, size))

    dirs = (entry("Root Entry", 5, -1, -1, 1, END, 0) + entry("EncryptedPackage", 2, 2, -1, -1, start_pack, len(package))
            + entry("EncryptionInfo", 2, -1, -1, -1, start_info, len(info)) + entry("", 0, -1, -1, -1, 0, 0))
    return header + struct.pack("<128I", *fat) + dirs + info + package
