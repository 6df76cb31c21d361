"""python -m bouw [-d site] [--generator mkdocs|properdocs] [-q]: the site's full build (make build)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from bouw.fout import BouwFout
from bouw.site import GENERATORS, ROOT, bouw


def main(argv=None) -> int:
    p = argparse.ArgumentParser(prog="python -m bouw", description="Bouwt de site: rekenhulpen, pagina's, CSP.")
    p.add_argument("-d", "--site-dir", type=Path, default=ROOT / "site", help="doelmap (standaard: site/)")
    p.add_argument("--generator", choices=GENERATORS, default="mkdocs")
    p.add_argument("-q", "--stil", action="store_true", help="alleen fouten en waarschuwingen")
    args = p.parse_args(argv)
    try:
        verslag = bouw(args.site_dir.resolve(), args.generator, stil=args.stil)
    except BouwFout as e:
        print(f"FOUT: {e}", file=sys.stderr)
        return 1
    if not args.stil:
        tijden = ", ".join(f"{k} {v:.1f} s" for k, v in verslag.seconden.items())
        print(f"Site gebouwd met {verslag.generator} in {args.site_dir} ({tijden}).")
    return 0


if __name__ == "__main__":
    sys.exit(main())
