"""`composer init`: a commented composer.toml and, if asked, editable copies of the templates."""

from __future__ import annotations

import shutil
from pathlib import Path

from composer.config import CONFIG_FILE
from composer.errors import UsageError
from composer.templating import builtin_dir

DEFAULT_CONFIG = Path(__file__).parent / "defaults" / CONFIG_FILE


def init(folder: Path, *, with_templates: bool = False, force: bool = False) -> list[Path]:
    """Write the files and return their paths; refuse to overwrite unless `force`."""
    planned = {folder / CONFIG_FILE: DEFAULT_CONFIG}
    if with_templates:
        source = builtin_dir()
        planned |= {folder / "templates" / p.relative_to(source): p for p in sorted(source.rglob("*")) if p.is_file()}
    existing = [p for p in planned if p.exists()]
    if existing and not force:
        raise UsageError(f"{existing[0]} already exists; pass --force to overwrite")
    for target, source_file in planned.items():
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(source_file, target)
    return list(planned)
