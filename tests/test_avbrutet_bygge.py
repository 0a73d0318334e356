"""Never a lost site: a build killed at any moment leaves the previous site complete."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time

from conftest import LITEN, kopiera_projekt
from test_felaktigt_innehall import fingeravtryck

ANTAL = 20


def starta(projekt, datum):
    return subprocess.Popen(
        [sys.executable, "-m", "generator.cli", "bygg", "--datum", datum],
        cwd=projekt, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )


def test_bygge_som_dodas_lamnar_den_gamla_siten_hel(tmp_path):
    projekt = kopiera_projekt(LITEN, tmp_path / "projekt")
    # The old site, and what a finished build as of another date would look like.
    assert starta(projekt, "2025-04-01").wait() == 0
    gammal = fingeravtryck(projekt / "site")
    ny_mapp = tmp_path / "ny"
    kopiera_projekt(projekt, ny_mapp)
    start = time.monotonic()
    assert starta(ny_mapp, "2025-04-23").wait() == 0
    byggtid = time.monotonic() - start
    ny = fingeravtryck(ny_mapp / "site")
    assert ny != gammal

    slump = random.Random(20251123)
    dodade = forsok = 0
    while dodade < ANTAL and forsok < 3 * ANTAL:
        forsok += 1
        p = starta(projekt, "2025-04-23")
        time.sleep(slump.uniform(0, 0.9 * byggtid))
        if p.poll() is None:
            os.kill(p.pid, signal.SIGKILL)
            dodade += 1
        p.wait()
        nu = fingeravtryck(projekt / "site")
        if nu == ny:
            # The build had finished before the kill: put the old site back for the next round.
            assert starta(projekt, "2025-04-01").wait() == 0
            nu = fingeravtryck(projekt / "site")
        assert nu == gammal
    assert dodade == ANTAL, f"bara {dodade} av {forsok} byggen hann dödas innan de blev klara"
    # A later build cleans up what the killed ones left behind.
    assert starta(projekt, "2025-04-01").wait() == 0
    assert [p.name for p in projekt.iterdir() if p.name.startswith(".site-bygge-")] == []
