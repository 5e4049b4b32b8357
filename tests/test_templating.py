from pathlib import Path

import pytest

from composer.errors import TemplateError
from composer.templating import Templates, autoescape_for, builtin_dir


def test_builtin_templates_exist_for_every_channel():
    names = Templates().names()
    for channel in ("x", "bluesky", "mastodon", "threads", "linkedin"):
        assert f"{channel}/thread.txt.j2" in names
    assert "newsletter/email.mjml.j2" in names


def test_local_templates_folder_overrides_builtin(isolated):
    (isolated / "templates" / "x").mkdir(parents=True)
    (isolated / "templates" / "x" / "thread.txt.j2").write_text("local {{ headline }}")
    templates = Templates()
    assert templates.render("x/thread.txt.j2", headline="H") == "local H"
    assert templates.origin("x/thread.txt.j2") == (isolated / "templates" / "x" / "thread.txt.j2").resolve()


def test_option_folder_beats_local_folder(isolated, tmp_path):
    for folder, word in ((isolated / "templates", "local"), (tmp_path / "custom", "custom")):
        (folder / "x").mkdir(parents=True)
        (folder / "x" / "thread.txt.j2").write_text(word)
    assert Templates(tmp_path / "custom").render("x/thread.txt.j2") == "custom"


def test_override_can_extend_the_builtin_and_replace_one_block(isolated):
    (isolated / "templates" / "t").mkdir(parents=True)
    (isolated / "templates" / "t" / "page.html.j2").write_text('{% extends "builtin/x/thread.txt.j2" %}')
    assert Templates().env.get_template("t/page.html.j2")


def test_missing_templates_folder_is_an_error(tmp_path):
    with pytest.raises(TemplateError, match="not found"):
        Templates(tmp_path / "nope")


def test_undefined_variable_fails_loudly_with_name_and_line(isolated):
    (isolated / "templates").mkdir()
    (isolated / "templates" / "t.txt.j2").write_text("line one\n{{ headlin }}\n")
    with pytest.raises(TemplateError, match=r"t\.txt\.j2:2: 'headlin' is undefined"):
        Templates().render("t.txt.j2", headline="x")


def test_syntax_error_names_file_and_line(isolated):
    (isolated / "templates").mkdir()
    (isolated / "templates" / "bad.txt.j2").write_text("ok\n{% for %}\n")
    with pytest.raises(TemplateError, match=r"bad\.txt\.j2:2"):
        Templates().render("bad.txt.j2")


def test_autoescape_by_final_extension(isolated):
    assert autoescape_for("newsletter/email.mjml.j2") and autoescape_for("p.html.j2")
    assert not autoescape_for("x/thread.txt.j2")
    (isolated / "templates").mkdir()
    (isolated / "templates" / "a.html.j2").write_text("{{ t }}")
    (isolated / "templates" / "a.txt.j2").write_text("{{ t }}")
    templates = Templates()
    assert templates.render("a.html.j2", t="<b>{{ 7*7 }}</b>") == "&lt;b&gt;{{ 7*7 }}&lt;/b&gt;"
    assert templates.render("a.txt.j2", t="<b>{{ 7*7 }}</b>") == "<b>{{ 7*7 }}</b>"


def test_builtin_dir_is_the_repo_templates_in_a_checkout():
    assert (builtin_dir() / "x" / "thread.txt.j2").is_file()
    assert isinstance(builtin_dir(), Path)
