"""Signing-service pages appended behind an application, in the manner of several Norwegian services
(none copied): an English signing log, a Nynorsk signing certificate, a Bokmål signature page, an event
log with reminders, a "legally binding" page with BankID serial numbers, and a short Bokmål receipt."""
from __future__ import annotations

import io

from kit49 import register_fonts


def _canvas():
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas
    register_fonts()
    b = io.BytesIO()
    return b, canvas.Canvas(b, pagesize=A4, invariant=1), A4


def english_log(doc_name: str, doc_id: str, rows: list[tuple[str, str, str, str]]) -> bytes:
    """rows: (name, e-mail, 'YYYY-MM-DD HH:MM', method)."""
    b, c, (W, H) = _canvas()
    c.setFillColorRGB(0.12, 0.12, 0.18)
    c.rect(0, H - 70, W, 70, stroke=0, fill=1)
    c.setFillGray(1)
    c.setFont("LSB", 16)
    c.drawString(50, H - 45, "Signing log")
    c.setFillGray(0)
    c.setFont("LS", 9.5)
    y = H - 100
    for ln in [f"Document: {doc_name}", f"Document ID: {doc_id}",
               "This document has been signed electronically by all parties listed below.",
               "Times are shown in Central European Time (UTC+01:00)."]:
        c.drawString(50, y, ln)
        y -= 14
    y -= 10
    cols = [50, 190, 380, 490]
    c.setFont("LSB", 9)
    for x, t in zip(cols, ["Name", "E-mail", "Signed", "Method"]):
        c.drawString(x, y, t)
    c.line(50, y - 4, W - 50, y - 4)
    y -= 18
    c.setFont("LS", 9)
    for row in rows:
        for x, t in zip(cols, row):
            c.drawString(x, y, t)
        y -= 16
    y -= 20
    c.setFont("LS", 7.5)
    c.setFillGray(0.4)
    c.drawString(50, y, "The signed document and this log are sealed together. Verify the seal in a PDF reader.")
    c.showPage()
    c.save()
    return b.getvalue()


def nynorsk_certificate(title: str, signers: list[tuple[str, str, str]]) -> bytes:
    """signers: (name, role, 'DD.MM.YYYY kl. HH:MM')."""
    b, c, (W, H) = _canvas()
    c.setFont("DVSB", 15)
    c.drawString(60, H - 80, "Signeringsbevis")
    c.setFont("DVS", 10)
    y = H - 108
    for ln in [f"Dokument: {title}", "Dokumentet er signert elektronisk av alle partar.", ""]:
        c.drawString(60, y, ln)
        y -= 15
    for name, role, ts in signers:
        c.setLineWidth(0.5)
        c.setStrokeGray(0.6)
        c.roundRect(55, y - 62, W - 110, 72, 6, stroke=1, fill=0)
        c.setFont("DVSB", 10)
        c.drawString(68, y - 4, name)
        c.setFont("DVS", 9.5)
        c.drawString(68, y - 20, f"Rolle: {role}")
        c.drawString(68, y - 34, f"Signert: {ts}")
        c.drawString(68, y - 48, "Metode: BankID")
        y -= 90
    c.showPage()
    c.save()
    return b.getvalue()


def signature_page(rows: list[tuple[str, str, str, str]], ref: str) -> bytes:
    """A Bokmål table page: Signert av | Rolle | Tidspunkt | Metode."""
    b, c, (W, H) = _canvas()
    c.setFont("DVB", 13)
    c.drawString(50, H - 70, "Signaturside")
    c.setFont("DV", 8.5)
    c.drawString(50, H - 88, f"Referanse: {ref}")
    y = H - 125
    cols = [50, 175, 385, 480]
    c.setFont("DVB", 8.5)
    for x, t in zip(cols, ["Signert av", "Rolle", "Tidspunkt", "Metode"]):
        c.drawString(x, y, t)
    y -= 6
    c.line(50, y, W - 50, y)
    y -= 14
    c.setFont("DV", 8.5)
    for row in rows:
        for x, t in zip(cols, row):
            c.drawString(x, y, t)
        y -= 18
    c.showPage()
    c.save()
    return b.getvalue()


def event_log(events: list[tuple[str, str]], doc_name: str) -> bytes:
    """A Bokmål event log: (timestamp, event) rows, signing events among others."""
    b, c, (W, H) = _canvas()
    c.setFont("LSB", 14)
    c.drawString(50, H - 70, "Signeringslogg")
    c.setFont("LS", 9)
    c.drawString(50, H - 88, f"Dokument: {doc_name}")
    y = H - 120
    for ts, ev in events:
        c.setFont("LSB", 8.5)
        c.drawString(50, y, ts)
        c.setFont("LS", 8.5)
        c.drawString(150, y, ev)
        y -= 17
    c.showPage()
    c.save()
    return b.getvalue()


def binding_page(signers: list[tuple[str, str, str, str]]) -> bytes:
    """signers: (role, name, BankID serial, 'YYYY-MM-DD HH:MM:SS CET')."""
    b, c, (W, H) = _canvas()
    c.setFont("DVB", 12)
    c.drawString(50, H - 70, "Signaturene i dette dokumentet er juridisk bindende.")
    c.setFont("DV", 8.5)
    c.drawString(50, H - 86, "Dokumentet er signert elektronisk, og signaturene er sikret med BankID.")
    y = H - 125
    for role, name, serial, ts in signers:
        c.setFont("DV", 7.5)
        c.setFillGray(0.45)
        c.drawString(50, y, role.upper())
        c.setFillGray(0)
        c.setFont("DVB", 10)
        c.drawString(50, y - 14, name)
        c.setFont("DV", 8)
        c.drawString(50, y - 27, f"BankID-serienummer: {serial}")
        c.drawString(50, y - 39, f"Signert: {ts}")
        y -= 65
    c.showPage()
    c.save()
    return b.getvalue()


def short_receipt(lines: list[str]) -> bytes:
    b, c, (W, H) = _canvas()
    c.setFont("LSB", 13)
    c.drawString(60, H - 80, "Kvittering for elektronisk signering")
    c.setFont("LS", 10.5)
    y = H - 115
    for ln in lines:
        c.drawString(60, y, ln)
        y -= 20
    c.showPage()
    c.save()
    return b.getvalue()
