"""A signature block: one signer's role, title, printed name, date and ink as the page
shows them, with the fragments that gave each. ``blocks`` finds them in a zone,
``blockparts`` gives them their names and dates, the rest of the package reads them."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from ...layout import BBox, Image
from ...layout.fragments import Fragment
from ...layout.geometry import union, x_overlap
from .dual import Title

TITLE_FROM_HEADING, TITLE_FROM_LINE, TITLE_FROM_LABEL = 0, 1, 2
"""How much a block's title is the signer's own: a column heading
("Signatur Nav-leder") < a title line ("Nav-leder") < "Tittel: Nav-leder"."""


@dataclass
class Block:
    page: int
    role: str | None
    title: str | None
    frags: list[Fragment] = field(default_factory=list)
    name: str | None = None
    name_frag: Fragment | None = None
    date: date | None = None
    date_frag: Fragment | None = None
    images: list[tuple[Image, BBox, float]] = field(default_factory=list)
    """Ink images over the block: (image, its box, classifier confidence)."""
    role_only_zone: bool = False
    title_rank: int = TITLE_FROM_HEADING
    role_frags: list[Fragment] = field(default_factory=list)
    """The fragments that gave the block its role or title."""
    caption: bool = False
    """A title line stands with the signer's printed name (see ``captions``)."""
    listed: bool = False
    """One of the signers a list line names: complete as read, it takes no
    other fragment's title or name."""
    on_behalf: bool = False
    """Opened by a heading that signs for a role's holder ("For
    kommunedirektøren:"): its role is the heading's, whatever the title."""
    field_signer: bool = False
    """The name is typed into a form field labelled for this role's signature (``fields``)."""
    also: Title | None = None
    """The second role the signer holds by the title line ("Nav-leder og kommunalsjef", ``dual``)."""

    @property
    def box(self) -> BBox:
        return union([f.box for f in self.frags])

    @property
    def core_box(self) -> BBox:
        """The block without a date line it may share with its neighbours
        ("Sted og dato: Hamar, 27.01.2020" over both columns)."""
        shared = self.date_frag if self.date_frag not in self.role_frags + [self.name_frag] else None
        if shared is not None and self._own_date_line():
            shared = None
        own = [f.box for f in self.frags if f is not shared]
        return union(own or [f.box for f in self.frags])

    def _own_date_line(self) -> bool:
        """The date is printed on the line right under the signer's name, in
        the name's column ("Astrid Holten" over "23.01.2020" in one cell,
        "Dato: 29.01.2020" under "Nav-leiar: Ragnhild Lid"): the signer's
        own line, which no neighbour shares, so the block reaches down to it."""
        name, dated = self.name_frag, self.date_frag
        if name is None or dated is None or dated.page != name.page:
            return False
        height = max(name.box[3] - name.box[1], 1.0)
        gap = dated.box[1] - name.box[3]
        width = max(dated.box[2] - dated.box[0], 1.0)
        return -1.0 <= gap <= 1.5 * height + 2.0 and x_overlap(name.box, dated.box) >= 0.5 * width

    @property
    def real(self) -> bool:
        return all(f.real for f in self.frags)

    @property
    def printed_signer(self) -> bool:
        """The name stands as signers print it: on the line just above the
        title ("Kari Nordmann" over "Nav-leder") or before it on one line
        ("Kari Nordmann, Nav-leder"), not as the answer to a label."""
        name = self.name_frag
        if name is None:
            return False
        if self.listed or self.field_signer:
            return True
        for role_frag in self.role_frags:
            if role_frag is name:
                return ":" not in name.text
            height = max(name.box[3] - name.box[1], 1.0)
            gap = role_frag.box[1] - name.box[3]
            if x_overlap(name.box, role_frag.box) > 0 and -1.0 <= gap <= 1.5 * height + 2.0:
                return True
        return False

    def text(self) -> str:
        return "\n".join(f.text for f in sorted(self.frags, key=lambda f: (f.box[1], f.box[0])))
