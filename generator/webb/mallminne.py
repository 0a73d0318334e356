"""Compiled page templates kept between builds in one process: the preview's rebuilds.

mkdocs makes a new Jinja environment, and so compiles every template anew, for each build;
that is a fifth of a preview's rebuild. The plugin's `on_env` (mkdocs' documented event) gives
each environment this bytecode cache (Jinja's documented `BytecodeCache`). Jinja checks each
template's source against the stored checksum, so an edited template is compiled again. A single
`namndsajt bygg` gains nothing from it and loses nothing measurable.
"""

from __future__ import annotations

import jinja2
import jinja2.bccache


class Mallminne(jinja2.BytecodeCache):
    def __init__(self) -> None:
        self.koder: dict[str, bytes] = {}

    def load_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
        if bucket.key in self.koder:
            bucket.bytecode_from_string(self.koder[bucket.key])

    def dump_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
        self.koder[bucket.key] = bucket.bytecode_to_string()

    def clear(self) -> None:
        self.koder.clear()


MALLMINNE = Mallminne()
