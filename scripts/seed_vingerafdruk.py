"""Write tests/site/data/seed_12grams.txt: a hash of every normalised 12-word run of the source documents.

The own-words test (tests/site/test_eigen_woorden.py) compares the built prose with these hashes, so it
runs on a fresh clone where the sources themselves are absent; no source text is stored.

    .venv/bin/python scripts/seed_vingerafdruk.py [/pad/naar/seeds]   (default: ../shared/seeds, from a worktree ../../shared/seeds)

Run it again only when the set of source documents changes.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests" / "site"))

import eigen_woorden as ew  # noqa: E402  (the same normalisation as the test)


def main(argv: list[str]) -> int:
    kandidaten = [Path(argv[1])] if len(argv) > 1 else [ROOT.parent / "shared" / "seeds",
                                                         ROOT.parent.parent / "shared" / "seeds"]
    seeds = next((k for k in kandidaten if k.is_dir()), kandidaten[0])
    bestanden = sorted(seeds.glob("*.txt"))
    if not bestanden:
        print(f"Geen bronteksten (*.txt) in {seeds}", file=sys.stderr)
        return 1
    hashes: set[str] = set()
    for pad in bestanden:
        for segment in ew.seed_segmenten(pad.read_text(encoding="utf-8")):
            hashes |= {ew.vingerafdruk(s) for s in ew.shingles(ew.woorden(segment), ew.N)}
    ew.VINGERAFDRUK.parent.mkdir(parents=True, exist_ok=True)
    kop = (f"# blake2b-64 of every normalised {ew.N}-word run of {len(bestanden)} source documents "
           f"(scripts/seed_vingerafdruk.py); no source text\n")
    ew.VINGERAFDRUK.write_text(kop + "\n".join(sorted(hashes)) + "\n", encoding="utf-8")
    print(f"{len(hashes)} vingerafdrukken van {len(bestanden)} bronnen -> {ew.VINGERAFDRUK.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
