"""PDF files: read their text and metadata once, and write published copies
without the metadata (author, creator, XMP), which often names staff.

Every stage that needs a PDF's content (validation, the personnummer scan,
the search index) asks this module, which reads each file once per run.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from pypdf import PdfReader, PdfWriter
from pypdf.errors import PyPdfError

from generator.fel import FelIInnehallet

logging.getLogger("pypdf").setLevel(logging.ERROR)

_MELLANRUM = re.compile(r"\s+")


class PdfFel(FelIInnehallet):
    """A PDF that cannot be read; the message is Swedish."""


@dataclass(frozen=True)
class PdfInnehall:
    sidor: tuple[str, ...]  # the text of each page
    metadata: tuple[tuple[str, str], ...]  # document information and XMP, as (name, value)
    krypterad: bool

    @property
    def text(self) -> str:
        return _MELLANRUM.sub(" ", " ".join(self.sidor)).strip()


def _las(fil: Path) -> PdfInnehall:
    try:
        lasare = PdfReader(fil)
        if lasare.is_encrypted:
            return PdfInnehall((), (), True)
        metadata = [(str(k).lstrip("/"), str(v)) for k, v in (lasare.metadata or {}).items()]
        xmp = lasare.xmp_metadata
        if xmp is not None:
            metadata.append(("XMP", xmp.stream.get_data().decode("utf-8", errors="replace")))
        sidor = tuple(sida.extract_text() or "" for sida in lasare.pages)
    except (PyPdfError, ValueError, KeyError, TypeError, OSError, RecursionError) as e:
        raise PdfFel(f"PDF-filen kan inte läsas ({type(e).__name__}: {e})") from None
    return PdfInnehall(sidor, tuple(metadata), False)


@lru_cache(maxsize=4096)
def _las_cachad(fil: Path, _andrad: float, _storlek: int) -> PdfInnehall:
    return _las(fil)


def las(fil: Path) -> PdfInnehall:
    """The text and metadata of `fil`, read once per version of the file."""
    fil = fil.resolve()
    st = fil.stat()
    return _las_cachad(fil, st.st_mtime, st.st_size)


def skriv_utan_metadata(kalla: Path, mal: Path) -> None:
    """Write `kalla` to `mal` without its document information and XMP
    metadata. The output is the same bytes for the same input."""
    lasare = PdfReader(kalla)
    skrivare = PdfWriter(clone_from=lasare)
    skrivare.metadata = None
    if "/Metadata" in skrivare.root_object:
        del skrivare.root_object["/Metadata"]
    mal.parent.mkdir(parents=True, exist_ok=True)
    with mal.open("wb") as f:
        skrivare.write(f)
