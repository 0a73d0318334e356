"""Put pagefind's filter files in a fixed order, so that two builds of the same
content write the same bytes.

Pagefind 1.5 writes the values of each filter (and the list of filters) in the
order of a Rust hash map, which is random from one run to the next; the file
names are hashes of the contents, so every build renamed the filter files and
the index's meta file even when nothing had changed (pagefind issue #638: "the
filter/metadata indexes" are still not stable). The rest of its output is
stable. This module rewrites the filter files and the meta file in a fixed
order and names them by their contents again:

- filters in the order given (Organ, År, Dokumenttyp, Giltighet), their values
  in the order given for each filter (the organ of site_config.yml, the newest
  year first …), anything else alphabetically after;
- `pagefind-entry.json` points at the new meta file.

The files are `gzip("pagefind_dcd" + CBOR)`. Only the few CBOR types pagefind
uses are read and written here; anything else means pagefind's format has
changed, and the index is then left exactly as pagefind wrote it (it works, it
is only not reproducible) and a warning says so.
"""

from __future__ import annotations

import gzip
import hashlib
import json
import struct
from pathlib import Path

from generator.fel import ByggFel

SIGNATUR = b"pagefind_dcd"


class OkantFormat(ByggFel):
    pass


# --- The CBOR subset pagefind writes: unsigned and negative integers, byte and text strings, arrays --------


def _las(b: bytes, i: int):
    if i >= len(b):
        raise OkantFormat("filen tar slut för tidigt")
    typ, extra = b[i] >> 5, b[i] & 31
    i += 1
    if extra < 24:
        n = extra
    elif extra in (24, 25, 26, 27):
        bredd = 1 << (extra - 24)
        n = int.from_bytes(b[i:i + bredd], "big")
        i += bredd
    else:
        raise OkantFormat(f"CBOR-längd {extra} stöds inte")
    if typ == 0:
        return n, i
    if typ == 1:
        return -1 - n, i
    if typ in (2, 3):
        data = b[i:i + n]
        return (bytes(data) if typ == 2 else data.decode("utf-8")), i + n
    if typ == 4:
        ut = []
        for _ in range(n):
            v, i = _las(b, i)
            ut.append(v)
        return ut, i
    raise OkantFormat(f"CBOR-typ {typ} stöds inte")


def _huvud(typ: int, n: int) -> bytes:
    if n < 24:
        return bytes([typ << 5 | n])
    for extra, format_ in ((24, ">B"), (25, ">H"), (26, ">I"), (27, ">Q")):
        try:
            return bytes([typ << 5 | extra]) + struct.pack(format_, n)
        except struct.error:
            continue
    raise OkantFormat(f"talet {n} är för stort")


def _skriv(v) -> bytes:
    if isinstance(v, bool):
        raise OkantFormat("sanningsvärden stöds inte")
    if isinstance(v, int):
        return _huvud(0, v) if v >= 0 else _huvud(1, -1 - v)
    if isinstance(v, bytes):
        return _huvud(2, len(v)) + v
    if isinstance(v, str):
        data = v.encode("utf-8")
        return _huvud(3, len(data)) + data
    if isinstance(v, list):
        return _huvud(4, len(v)) + b"".join(_skriv(x) for x in v)
    raise OkantFormat(f"{type(v).__name__} stöds inte")


def las_fil(fil: Path):
    data = gzip.decompress(fil.read_bytes())
    if not data.startswith(SIGNATUR):
        raise OkantFormat(f"{fil.name} saknar pagefinds signatur")
    varde, slut = _las(data, len(SIGNATUR))
    if slut != len(data):
        raise OkantFormat(f"{fil.name} har data efter slutet")
    return varde


def _innehall(varde) -> bytes:
    return SIGNATUR + _skriv(varde)


def _namn(sprak: str, innehall: bytes, langd: int) -> str:
    return f"{sprak}_{hashlib.sha256(innehall).hexdigest()[:langd]}"


def _komprimera(innehall: bytes) -> bytes:
    return gzip.compress(innehall, compresslevel=9, mtime=0)


def _plats(ordning: list[str], varde: str) -> tuple:
    return (ordning.index(varde), "") if varde in ordning else (len(ordning), varde)


def ordna(mapp: Path, filterordning: list[str], vardeordning: dict[str, list[str]]) -> None:
    """Rewrite the filter files and the meta file of the index in `mapp` in a fixed order.
    Raises OkantFormat, having changed nothing, if the files are not as expected."""
    entry_fil = mapp / "pagefind-entry.json"
    try:
        entry = json.loads(entry_fil.read_text(encoding="utf-8"))
    except (OSError, ValueError) as e:
        # Seen once on a heavily loaded machine: an empty pagefind-entry.json. The index is then
        # unusable; the build fails and the previous site stays.
        raise ByggFel(f"pagefind skrev ingen läsbar pagefind-entry.json ({e})") from e
    nya: dict[Path, bytes] = {}
    gamla: list[Path] = []
    for sprak, uppgifter in entry["languages"].items():
        meta_fil = mapp / f"pagefind.{uppgifter['hash']}.pf_meta"
        meta = las_fil(meta_fil)
        if not (isinstance(meta, list) and len(meta) >= 4 and isinstance(meta[3], list)):
            raise OkantFormat("meta-filen har inte den väntade formen")
        filter_ = []
        for post in meta[3]:
            if not (isinstance(post, list) and len(post) == 2 and all(isinstance(x, str) for x in post)):
                raise OkantFormat("filterlistan har inte den väntade formen")
            namn, hash_ = post
            fil = mapp / "filter" / f"{hash_}.pf_filter"
            innehall = las_fil(fil)
            if not (isinstance(innehall, list) and len(innehall) == 2 and innehall[0] == namn):
                raise OkantFormat(f"filterfilen för {namn} har inte den väntade formen")
            ordning = vardeordning.get(namn, [])
            varden = sorted(innehall[1], key=lambda v: _plats(ordning, v[0]))
            data = _innehall([namn, varden])
            nytt = _namn(sprak, data, 7)
            nya[mapp / "filter" / f"{nytt}.pf_filter"] = _komprimera(data)
            gamla.append(fil)
            filter_.append([namn, nytt])
        meta[3] = sorted(filter_, key=lambda f: _plats(filterordning, f[0]))
        data = _innehall(meta)
        uppgifter["hash"] = _namn(sprak, data, 10)
        nya[mapp / f"pagefind.{uppgifter['hash']}.pf_meta"] = _komprimera(data)
        gamla.append(meta_fil)
    for fil in gamla:
        fil.unlink()
    for fil, data in nya.items():
        fil.write_bytes(data)
    entry_fil.write_text(json.dumps(entry, ensure_ascii=False, separators=(",", ":")), encoding="utf-8")
