"""Scanned sample applications: born-digital samples printed and scanned.

Each scan is made from a sample that already has a known record
(``<stem>.expected.json`` next to it): its pages are drawn at 300 dpi and
damaged the way scanners and phones damage paper (skew, noise, blur, JPEG
artefacts, grey or yellowish paper, lower resolution, uneven light, a page
put in upside down), with fixed seeds so every run gives the same pixels.
They are saved as image-only PDFs, PNG, JPEG and one multi-page TIFF.

The expected record is the source's, changed only where paper changes the
facts (see ``expected_record``): a scan is OCR'd, keeps handwritten ink,
"elektronisk godkjent" lines and typed names (they are visible on paper) and
loses every digital (PAdES) signature; a scan made bad on purpose must raise
LOW_CONFIDENCE.

Run: ``python -m tools.samplegen.scans [OUT_DIR]`` (default samples/scanned).
"""

from __future__ import annotations

import copy
import hashlib
import io
import json
import shutil
import subprocess
import sys
import tempfile
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

import numpy as np
import pypdfium2 as pdfium
from PIL import Image, ImageFilter

REPO = Path(__file__).resolve().parents[2]
FOLDER = "scanned"
"""Where ``python -m tools.samplegen`` puts this family (after born_digital
and signed, whose samples it scans)."""
RENDER_DPI = 300
SCANNED_AT = datetime(2020, 1, 31, 14, 0, 0).timetuple()
"""Fixed PDF dates, so that every run writes the same bytes."""
PDF_JPEG_QUALITY = 50
"""Scanners store pages in PDFs as JPEG; 50 keeps a page near 0.3 MB."""


@dataclass(frozen=True)
class Damage:
    """What the scanner did to the paper. Angles are degrees counter-clockwise."""

    rotate: float = 0.0
    noise: float = 0.0
    """Standard deviation of Gaussian noise, in grey levels."""
    blur: float = 0.0
    """Gaussian blur radius in pixels at the output resolution."""
    jpeg_quality: int | None = None
    """Round-trip through JPEG at this quality (artefacts), None for none."""
    paper: tuple[int, int, int] = (255, 255, 255)
    ink: float = 1.0
    """How dark the ink prints, 1.0 = black; lower is a faded copy."""
    dpi: int = 300
    lighting: float = 0.0
    """Strength of uneven light (a phone photo): the far corner gets this
    much darker."""
    speckle: float = 0.0
    """Share of pixels flipped to dark or light dust."""
    upside_down_pages: tuple[int, ...] = ()
    """1-based pages put on the scanner the wrong way round."""
    gray: bool = False
    """Scan in grayscale instead of colour."""
    bilevel: bool = False
    """Scan in black and white (fax-like document scanners; Group 4 TIFF)."""


@dataclass(frozen=True)
class Scan:
    stem: str
    source: str
    """Path of the born-digital sample under the samples folder."""
    output: str
    """"pdf", "png", "jpg" or "tif"."""
    damage: Damage
    seed: int
    low_confidence: bool = False
    """Made bad on purpose: the record must carry LOW_CONFIDENCE."""
    why: str = ""
    pages: tuple[int, ...] | None = None
    """Only these 1-based pages of the source (None: all)."""
    extra_findings: tuple[tuple[str, str], ...] = field(default=())


SCANS: list[Scan] = [
    Scan(
        "skannet-blekk", "signed/blekk-side-ved-side.pdf", "pdf",
        Damage(rotate=1.5, noise=3, blur=0.6, paper=(238, 236, 230), gray=True),
        seed=11, why="the ordinary case: printed, signed in ink by both, scanned slightly skewed to PDF",
    ),
    Scan(
        "skannet-elektronisk-godkjent-200dpi", "signed/elektronisk-godkjent.pdf", "pdf",
        Damage(rotate=-0.8, noise=3, blur=0.5, jpeg_quality=50, paper=(250, 244, 222), dpi=200),
        seed=12, why="'elektronisk godkjent' survives on paper; 200 dpi, yellowish paper, JPEG artefacts",
    ),
    Scan(
        "skannet-typet-navn-sv", "signed/typet-navn.docx", "tif",
        Damage(rotate=0.6, noise=12, blur=0.4, bilevel=True),
        seed=13, why="a Word form scanned in black and white to a multi-page Group 4 TIFF; typed names stay typed",
    ),
    Scan(
        "skannet-nynorsk-opp-ned", "signed/elektronisk-godkjend-nynorsk.docx", "pdf",
        Damage(rotate=-1.2, noise=2, blur=0.5, gray=True, dpi=200, upside_down_pages=(2,)),
        seed=14, why="Nynorsk, approved electronically; the second page was put in upside down",
    ),
    Scan(
        "skannet-logo-uten-signatur", "signed/logo-uten-signatur.pdf", "pdf",
        Damage(rotate=2.5, noise=2, blur=0.6, gray=True, dpi=200),
        seed=15, why="an unsigned form with a logo: the logo must not become a signature",
    ),
    Scan(
        "skannet-blekk-tabell-foto", "signed/blekk-tabell.docx", "pdf",
        Damage(rotate=-2.0, noise=4, blur=0.8, lighting=0.45, paper=(246, 240, 228), dpi=200),
        seed=16, why="photographed with a phone: uneven light, soft focus; signatures in ink in a table",
    ),
    Scan(
        "skannet-darlig-kvalitet", "signed/blekk-etter-frist.pdf", "pdf",
        Damage(rotate=3.0, noise=16, blur=0.6, ink=0.42, paper=(215, 210, 200), dpi=200, gray=True),
        seed=17, low_confidence=True,
        why="a faded copy (ink at 40 %) on grey paper, scanned at 200 dpi with sensor noise: every value "
            "still reads, but nothing on it can be trusted as on a clean scan",
    ),
    Scan(
        "skannet-skjema-kongsvinger", "born_digital/form_kongsvinger_2020.docx", "pdf",
        Damage(rotate=0.9, noise=2, blur=0.5, gray=True),
        seed=18, why="the directorate's Word form with check boxes and ink signatures, printed and scanned",
    ),
    Scan(
        "skannet-skjema-ringsaker", "born_digital/form_ringsaker_2020.docx", "pdf",
        Damage(rotate=-1.6, noise=3, blur=0.6, paper=(244, 242, 236), dpi=200),
        seed=19, why="a typed Nav leader's name beside the municipality's ink; other costs in the budget",
    ),
    Scan(
        "skannet-acro-nord-osterdal", "born_digital/acro_nord_osterdal_2020.pdf", "pdf",
        Damage(rotate=0.4, noise=2, blur=0.5, gray=True, dpi=200),
        seed=20, why="a filled-in PDF form printed (its fields drawn on paper) and scanned",
    ),
    Scan(
        "skannet-brev-bomlo-nn", "born_digital/letter_bomlo_2020.docx", "pdf",
        Damage(rotate=-0.7, noise=2, blur=0.5, gray=True, dpi=200),
        seed=21, why="a free-form letter in Nynorsk with a budget table, signed in ink",
    ),
    Scan(
        "skannet-brev-sogndal-nn", "born_digital/pdfletter_sogndal_2020.pdf", "png",
        Damage(rotate=1.1, blur=0.5, gray=True, dpi=200),
        seed=22, why="a one-page Nynorsk letter scanned to PNG",
    ),
    Scan(
        "skannet-skjema-volda-nn-foto", "born_digital/pdfform_volda_2019.pdf", "jpg",
        Damage(rotate=-2.4, noise=4, blur=0.9, lighting=0.35, paper=(240, 236, 226), dpi=200),
        seed=23, why="a one-page Nynorsk form photographed with a phone (JPEG, uneven light)",
    ),
]


# --- rendering ------------------------------------------------------------------


def _as_pdf(source: Path, workdir: Path) -> Path:
    """The source as PDF: PDFs as they are, Word files through LibreOffice
    (a private profile directory, so a running LibreOffice does not block)."""
    if source.suffix.lower() == ".pdf":
        return source
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        raise RuntimeError("LibreOffice (soffice) is needed to print Word samples: sudo apt-get install libreoffice-writer")
    profile = workdir / "lo-profile"
    subprocess.run(
        [soffice, f"-env:UserInstallation={profile.as_uri()}", "--headless", "--convert-to", "pdf",
         "--outdir", str(workdir), str(source)],
        check=True, capture_output=True, timeout=180,
    )
    converted = workdir / (source.stem + ".pdf")
    if not converted.exists():
        raise RuntimeError(f"LibreOffice did not convert {source}")
    return converted


def render_pages(pdf_path: Path, dpi: int = RENDER_DPI) -> list[Image.Image]:
    """Every page of a PDF as an RGB image, drawn with form fields."""
    pdf = pdfium.PdfDocument(str(pdf_path))
    try:
        pdf.init_forms()
        pages = []
        for index in range(len(pdf)):
            page = pdf[index]
            pages.append(page.render(scale=dpi / 72, may_draw_forms=True).to_pil().convert("RGB"))
            page.close()
        return pages
    finally:
        pdf.close()


# --- damage ---------------------------------------------------------------------------


def _lighting(height: int, width: int, strength: float) -> np.ndarray:
    """A smooth light field: bright near the top-left, darker towards the
    opposite corner, with a soft vignette, as a phone photo of a page."""
    ys = np.linspace(0.0, 1.0, height, dtype=np.float32)[:, None]
    xs = np.linspace(0.0, 1.0, width, dtype=np.float32)[None, :]
    gradient = (0.6 * xs + 0.4 * ys)
    vignette = ((xs - 0.5) ** 2 + (ys - 0.5) ** 2) * 0.8
    return 1.0 - strength * np.clip(gradient * 0.8 + vignette, 0.0, 1.0)


def damage_page(image: Image.Image, damage: Damage, rng: np.random.Generator, upside_down: bool) -> Image.Image:
    """Print the page on the given paper and scan it with the given faults."""
    if damage.dpi != RENDER_DPI:
        scale = damage.dpi / RENDER_DPI
        image = image.resize((round(image.width * scale), round(image.height * scale)), Image.Resampling.LANCZOS)
    ink = np.asarray(image, dtype=np.float32) / 255.0
    # Faded ink: dark pixels are lifted towards the paper.
    ink = 1.0 - (1.0 - ink) * damage.ink
    paper = np.array(damage.paper, dtype=np.float32)[None, None, :]
    pixels = ink * paper
    printed = Image.fromarray(np.clip(pixels, 0, 255).astype(np.uint8))
    if upside_down:
        printed = printed.transpose(Image.Transpose.ROTATE_180)
    fill = tuple(int(v) for v in damage.paper)
    if damage.rotate:
        printed = printed.rotate(damage.rotate, resample=Image.Resampling.BICUBIC, fillcolor=fill)
    if damage.blur:
        printed = printed.filter(ImageFilter.GaussianBlur(damage.blur))
    pixels = np.asarray(printed, dtype=np.float32)
    if damage.lighting:
        pixels = pixels * _lighting(pixels.shape[0], pixels.shape[1], damage.lighting)[:, :, None]
    if damage.noise:
        pixels = pixels + rng.normal(0.0, damage.noise, pixels.shape[:2])[:, :, None]
    if damage.speckle:
        dust = rng.random(pixels.shape[:2])
        pixels[dust < damage.speckle / 2] = 40.0
        pixels[dust > 1.0 - damage.speckle / 2] = 255.0
    scanned = Image.fromarray(np.clip(pixels, 0, 255).astype(np.uint8))
    if damage.gray or damage.bilevel:
        scanned = scanned.convert("L")
    if damage.bilevel:
        scanned = scanned.point(lambda v: 255 if v >= 150 else 0).convert("1", dither=Image.Dither.NONE)
    if damage.jpeg_quality:
        buffer = io.BytesIO()
        scanned.save(buffer, "JPEG", quality=damage.jpeg_quality)
        buffer.seek(0)
        scanned = Image.open(buffer)
        scanned.load()
    return scanned


# --- output ---------------------------------------------------------------------------


def save_scan(pages: list[Image.Image], path: Path, output: str, dpi: int) -> None:
    """Write the scanned pages. PDFs hold JPEG images only (no text layer);
    a PNG or JPEG holds one page; a TIFF holds all of them."""
    path.parent.mkdir(parents=True, exist_ok=True)
    if output == "pdf":
        pages[0].save(path, "PDF", resolution=dpi, save_all=True, append_images=pages[1:], quality=PDF_JPEG_QUALITY,
                      creationDate=SCANNED_AT, modDate=SCANNED_AT)
    elif output == "tif":
        compression = "group4" if pages[0].mode == "1" else "tiff_adobe_deflate"
        pages[0].save(path, "TIFF", dpi=(dpi, dpi), save_all=True, append_images=pages[1:], compression=compression)
    elif output in ("png", "jpg"):
        if len(pages) != 1:
            raise ValueError(f"{path.name}: a {output} file holds one page, the source has {len(pages)}")
        if output == "png":
            pages[0].save(path, "PNG", dpi=(dpi, dpi), optimize=True)
        else:
            pages[0].save(path, "JPEG", dpi=(dpi, dpi), quality=80)
    else:
        raise ValueError(f"unknown output {output!r}")


# --- expected records -------------------------------------------------------------------


def _sorted_findings(codes: set[tuple[str, str]]) -> list[dict[str, str]]:
    return [{"code": code, "severity": severity} for code, severity in sorted(codes)]


def expected_record(source: dict, scan: Scan, path: Path, relative: str, page_count: int) -> dict:
    """The source's record as it must read from the scan.

    - source: this file, OCR'd; format "pdf" for image-only PDFs, else "image".
    - digital signatures are gone (a scan has no PAdES); their invalidity
      finding goes with them, and a role left without any signature gets
      its SIGNATURE_*_MISSING error. Handwritten ink, "elektronisk godkjent"
      and typed names stay: they are on the paper.
    - LOW_CONFIDENCE (warning) where the scan is bad on purpose.
    - complete: no error finding left.
    """
    record = copy.deepcopy(source)
    record.pop("evidence", None)
    record["source"] = {
        "path": relative,
        "sha256": hashlib.sha256(path.read_bytes()).hexdigest(),
        "format": "pdf" if scan.output == "pdf" else "image",
        "pages": page_count,
        "ocr": True,
    }
    findings = {(f["code"], f["severity"]) for f in source.get("findings", [])}
    signatures = [s for s in source.get("signatures", []) if s["kind"] != "digital"]
    if len(signatures) != len(source.get("signatures", [])):
        findings.discard(("DIGITAL_SIGNATURE_INVALID", "error"))
        if ("SIGNED_AFTER_DEADLINE", "warning") in findings:
            raise ValueError(f"{scan.stem}: decide by hand whether a late date survives without the digital signature")
    roles = {s["role"] for s in signatures}
    if "nav_leader" not in roles:
        findings.add(("SIGNATURE_NAV_LEADER_MISSING", "error"))
    if "municipality" not in roles:
        findings.add(("SIGNATURE_MUNICIPALITY_MISSING", "error"))
    for signature in signatures:
        if signature.get("page") is not None and scan.pages is not None:
            signature["page"] = scan.pages.index(signature["page"]) + 1
    record["signatures"] = signatures
    if scan.low_confidence:
        findings.add(("LOW_CONFIDENCE", "warning"))
    findings.update(scan.extra_findings)
    record["findings"] = _sorted_findings(findings)
    record["complete"] = not any(severity == "error" for _, severity in findings)
    return record


def _expected_path(source: Path) -> Path:
    return source.with_name(source.stem + ".expected.json")


def make_scan(scan: Scan, out_dir: Path, workdir: Path) -> Path:
    source = out_dir.resolve().parent / scan.source
    pdf_path = _as_pdf(source, workdir)
    pages = render_pages(pdf_path)
    if scan.pages is not None:
        pages = [pages[n - 1] for n in scan.pages]
    damaged = [
        damage_page(page, scan.damage, np.random.default_rng(scan.seed * 1000 + number),
                    number in scan.damage.upside_down_pages)
        for number, page in enumerate(pages, start=1)
    ]
    path = out_dir / f"{scan.stem}.{scan.output}"
    save_scan(damaged, path, scan.output, scan.damage.dpi)
    source_record = json.loads(_expected_path(source).read_text(encoding="utf-8"))
    relative = f"{out_dir.resolve().parent.name}/{out_dir.name}/{path.name}"
    record = expected_record(source_record, scan, path, relative, len(damaged))
    expected = out_dir / f"{scan.stem}.expected.json"
    expected.write_text(json.dumps(record, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    return path


def generate(out_dir: Path) -> list[Path]:
    """Write every scan and its expected record into ``out_dir``; returns the
    scan files. Sources whose born-digital sample is missing are an error:
    generate those first."""
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    with tempfile.TemporaryDirectory(prefix="scans-") as temp:
        for scan in SCANS:
            path = make_scan(scan, out_dir, Path(temp))
            written += [path, out_dir / f"{scan.stem}.expected.json"]
    manifest = out_dir / "MANIFEST.md"
    manifest.write_text(_manifest(), encoding="utf-8")
    return [*written, manifest]


def _manifest() -> str:
    rows = [
        "# Scanned samples", "",
        "Generated by `python -m tools.samplegen.scans` from the born-digital and signed samples;",
        "do not edit by hand. Each expected record is its source's, with the changes paper makes",
        "(see `expected_record` in tools/samplegen/scans.py).", "",
        "| file | source | damage | why |", "|---|---|---|---|",
    ]
    for scan in SCANS:
        damage = ", ".join(
            f"{name}={value}" for name, value in vars(scan.damage).items() if value != getattr(Damage(), name)
        )
        rows.append(f"| {scan.stem}.{scan.output} | {scan.source} | {damage} | {scan.why} |")
    return "\n".join(rows) + "\n"


def main(argv: list[str]) -> int:
    out_dir = Path(argv[1]) if len(argv) > 1 else REPO / "samples" / "scanned"
    for path in generate(out_dir):
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
