"""Helpers shared by the browser tests: build, serve, browser contexts that refuse external requests.

Kept out of conftest.py: pytest imports every conftest under the module name 'conftest', so
'from conftest import …' picks whichever test folder was collected first.
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run"]


def _start_budget_ms() -> int:
    """What the page itself allows Python to start: START_TIMEOUT_MS per attempt, and one automatic retry
    (motor.mjs). A test waiting for a first answer must outlast that, or a loaded machine on which the first
    attempt stalls fails the test at the very moment the page recovers by itself. Read from the page's own
    code, so the two cannot drift apart."""
    import re

    motor = (ROOT / "overrides/assets/rekenhulp/motor.mjs").read_text(encoding="utf-8")
    per_poging = int(re.search(r"const START_TIMEOUT_MS = (\d+);", motor).group(1))
    return 2 * per_poging + 30_000  # two attempts, then the calculation itself


START_MS = _start_budget_ms()


def vrije_poort() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def bouw(doel: Path, poort: int, generator: str = "mkdocs", **extra_env: str) -> None:
    """The full build (python -m bouw), with the calculators' test pages."""
    env = {**os.environ, "SITE_URL": f"http://127.0.0.1:{poort}/", "VW_PROEFPAGINAS": "1", **extra_env}
    r = subprocess.run([sys.executable, "-m", "bouw", "-q", "-d", str(doel), "--generator", generator],
                       cwd=ROOT, env=env, capture_output=True, text=True)
    assert r.returncode == 0, f"python -m bouw faalde:\n{r.stdout}\n{r.stderr}"


def serveer(map_: Path, poort: int) -> subprocess.Popen:
    proces = subprocess.Popen([sys.executable, "-m", "http.server", str(poort), "--bind", "127.0.0.1",
                               "--directory", str(map_)], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    for _ in range(100):
        try:
            urllib.request.urlopen(f"http://127.0.0.1:{poort}/", timeout=1).close()
            return proces
        except OSError:
            time.sleep(0.05)
    proces.kill()
    raise RuntimeError("http.server startte niet")


class Verzoeken:
    """Every request a context makes; anything not on the test server is aborted and remembered."""

    def __init__(self, base_url: str):
        self.base_url = base_url
        self.alle: list[str] = []
        self.extern: list[str] = []

    def zie(self, request):
        # Without interception (service-worker test): only remember.
        url = request.url
        self.alle.append(url)
        if not (url.startswith(self.base_url) or url.startswith(("data:", "blob:"))):
            self.extern.append(url)

    def route(self, route):
        url = route.request.url
        self.alle.append(url)
        if url.startswith(self.base_url) or url.startswith(("data:", "blob:")):
            route.continue_()
        else:
            self.extern.append(url)
            route.abort()

    def naar(self, deel: str) -> list[str]:
        return [u for u in self.alle if deel in u]


def nieuwe_context(browser, base_url, **opties):
    opties.setdefault("service_workers", "block")
    # Reduced motion: the site's CSS then has no transitions or animations, so what a test (or axe) reads is
    # the settled state, never a button halfway through a colour change on a loaded machine.
    opties.setdefault("reduced_motion", "reduce")
    context = browser.new_context(locale="nl-NL", timezone_id="Europe/Amsterdam", **opties)
    context.set_default_timeout(START_MS)
    verzoeken = Verzoeken(base_url)
    if opties["service_workers"] == "block":
        context.route("**/*", verzoeken.route)
    else:  # Playwright's interception would keep the service worker from answering
        context.on("request", verzoeken.zie)
    context.verzoeken = verzoeken
    return context


def html_paginas(site_dir: Path) -> list[str]:
    """Every page of the build as a URL path, e.g. 'wet/verlof/'."""
    uit = []
    for pad in sorted(site_dir.rglob("*.html")):
        rel = pad.relative_to(site_dir).as_posix()
        if rel.startswith(("pyodide/", "py/")):
            continue
        uit.append(rel[: -len("index.html")] if rel.endswith("index.html") else rel)
    return uit


def wacht_tot_stil(pagina) -> None:
    """Until no transition or animation is running (a settled state to check, not a pause)."""
    pagina.wait_for_function("() => document.getAnimations().every(a => a.playState !== 'running')")
