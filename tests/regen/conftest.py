"""Make scripts/ importable for the regeneration tests (it is a folder of scripts, not a package)."""

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "scripts"))
