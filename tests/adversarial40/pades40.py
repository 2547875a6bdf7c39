"""PAdES documents of corpus 40 (signing mechanics from corpus 38): a Chromium form signed on the deadline
day, and a LibreOffice Nynorsk form changed (a 'KOPI' stamp) after both signatures."""
from __future__ import annotations

import datetime
import io
import tempfile
from pathlib import Path

from kit40 import S20, truth

TZ = datetime.timezone(datetime.timedelta(hours=1))


def _signers(td: Path, a: tuple[str, str], b: tuple[str, str]):
    from pdf38 import _self_signed
    return _self_signed(td, *a), _self_signed(td, *b)


def n13(out: Path):
    from html40 import n13_base
    from pdf38 import _sign
    with tempfile.TemporaryDirectory() as td:
        base = Path(td) / "b.pdf"
        org = n13_base(base)
        s1, s2 = _signers(Path(td), ("Maria Johansen", "Nav Tromsø"), ("Stig Berntsen", "Tromsø kommune"))
        data = _sign(base.read_bytes(), "Signatur1", (60, 120, 270, 170), s1, datetime.datetime(2020, 1, 31, 14, 20, tzinfo=TZ))
        data = _sign(data, "Signatur2", (320, 120, 530, 170), s2, datetime.datetime(2020, 2, 1, 9, 15, tzinfo=TZ))
    out.write_bytes(data)
    return truth("n13", "pdf", "pdf-pades", lang="nb", scheme=S20, office=("Nav Tromsø", "Tromsø", org),
                 contact=("Maja Eriksen", "maja.eriksen@nav.no", "77603000"),
                 project=("Bosatt og i arbeid", "new", "2020-04-01"), pct=150,
                 amounts={"positions": 900000, "competence": 10000, "total": 910000},
                 prio=["barnefamilier-ungdom-innvandrere"], interest=(True, True),
                 sigs=[("nav_leader", "Maria Johansen", "Nav-leder", "2020-01-31", "digital"),
                       ("municipality", "Stig Berntsen", "Kommunedirektør", "2020-02-01", "digital")],
                 notes=["near-miss: the kommunedirektør's PAdES signing time is 01.02.2020 09:15 +01:00 (deadline day)",
                        "Chromium-printed base, signed twice incrementally with pyHanko; no printed signature dates",
                        "'april 2020' → 2020-04-01; '1,5 årsverk' → 150"])


def _stamp_after_signing(data: bytes) -> bytes:
    """An incremental update that draws 'KOPI – arkiv' on page 1: the signed content no longer matches."""
    from pyhanko.pdf_utils import generic
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    w = IncrementalPdfFileWriter(io.BytesIO(data))
    font = generic.DictionaryObject({generic.pdf_name("/Type"): generic.pdf_name("/Font"),
                                     generic.pdf_name("/Subtype"): generic.pdf_name("/Type1"),
                                     generic.pdf_name("/BaseFont"): generic.pdf_name("/Helvetica-Bold")})
    res = generic.DictionaryObject({generic.pdf_name("/Font"): generic.DictionaryObject({generic.pdf_name("/FK"): font})})
    stream = generic.StreamObject(stream_data=b"q 0.8 0 0 rg BT /FK 16 Tf 430 800 Td (KOPI - arkiv) Tj ET Q")
    ref = w.add_object(stream)
    w.add_stream_to_page(0, ref, resources=res)
    out = io.BytesIO()
    w.write(out)
    return out.getvalue()


def n14(out: Path):
    from office40 import n14_base
    from pdf38 import _sign
    base, org = n14_base()
    with tempfile.TemporaryDirectory() as td:
        s1, s2 = _signers(Path(td), ("Gunnar Hjelle", "Nav Askøy"), ("Anne Aasen", "Askøy kommune"))
        data = _sign(base, "NavLeiar", (60, 110, 270, 160), s1, datetime.datetime(2020, 1, 27, 11, 0, tzinfo=TZ))
        data = _sign(data, "Kommunen", (320, 110, 530, 160), s2, datetime.datetime(2020, 1, 28, 13, 40, tzinfo=TZ))
    out.write_bytes(_stamp_after_signing(data))
    return truth("n14", "pdf", "pdf-pades", lang="nn", scheme=S20, office=("Nav Askøy", "Askøy", org),
                 contact=("Liv Kleppe", "liv.kleppe@nav.no", "56158100"), project=("Heilt med", "new", "2020-03-15"),
                 pct=100, amounts={"positions": 600000, "competence": 10000, "total": 610000},
                 prio=["barnefamilier-ungdom-innvandrere"], interest=(True, False),
                 sigs=[("nav_leader", "Gunnar Hjelle", "Nav-leiar", "2020-01-27", "digital"),
                       ("municipality", "Anne Aasen", "Kommunedirektør", "2020-01-28", "digital")],
                 expected=["DIGITAL_SIGNATURE_INVALID"],
                 notes=["defect: after both PAdES signatures an incremental update adds a content stream "
                        "('KOPI - arkiv') to page 1",
                        "LibreOffice base with numbered rows '1 Søkjar' … '12 Nettverk / prosessevaluering' = 'Ja / Nei'"])
