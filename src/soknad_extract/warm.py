"""What a worker loads before its first document, loaded by importing this
module.

The pool's forkserver imports it once (``pool.PRELOAD``), so every worker of
a batch, and every replacement for one that crashed or ran out of time, is
forked with the pipeline, the readers of the common formats (PDF, Word) and
the phrase tokenizer already built: a second worker costs a fork, not
another 0.3 s of imports. OCR, signature validation and office conversion
stay out: most batches need them for a few files only, and a worker imports
them when a document does. pdfium is loaded here but never given a
document, so forking after it stays safe (see ``pool``).
"""

from __future__ import annotations

import soknad_extract.pipeline  # noqa: F401 - the point is the import
import soknad_extract.readers.docx.read  # noqa: F401
import soknad_extract.readers.pdf.read  # noqa: F401
from soknad_extract.tokens import tokenizer

tokenizer()
