"""An installed, non-editable copy must work from any folder: templates ship inside the wheel."""

import subprocess
import sys
import venv
import zipfile
from pathlib import Path

import pytest

from tests.conftest import REPO, SAMPLE, draft_folders

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("dist")
    subprocess.run(
        [sys.executable, "-m", "build", "--wheel", "--outdir", str(out), str(REPO)],
        check=True,
        capture_output=True,
    )
    return next(out.glob("*.whl"))


def test_wheel_carries_the_templates(wheel):
    names = zipfile.ZipFile(wheel).namelist()
    assert "composer/templates/x/thread.txt.j2" in names
    assert "composer/templates/newsletter/email.mjml.j2" in names


def test_installed_wheel_drafts_from_another_folder(wheel, tmp_path):
    env_dir = tmp_path / "venv"
    venv.create(env_dir, with_pip=True, system_site_packages=False)
    pip = env_dir / "bin" / "pip"
    # Dependencies come from this environment's wheels cache/index; the project itself from the wheel.
    subprocess.run([str(pip), "install", "--quiet", str(wheel)], check=True, capture_output=True)
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    result = subprocess.run(
        [str(env_dir / "bin" / "composer"), "draft", str(SAMPLE), "--channel", "x,newsletter"],
        cwd=elsewhere,
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stderr
    [folder] = draft_folders(elsewhere / "outbox")
    assert (folder / "x.json").is_file() and (folder / "newsletter.html").is_file()
