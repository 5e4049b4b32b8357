from pathlib import Path

import pytest

from composer.config import load_settings
from composer.errors import ConfigError


def write_toml(text: str) -> Path:
    path = Path("composer.toml")
    path.write_text(text, encoding="utf-8")
    return path


def test_defaults_without_any_config():
    settings = load_settings(environ={})
    assert settings.outbox == Path("outbox")
    assert "x" in settings.channels and "newsletter" in settings.channels


def test_precedence_option_over_env_over_file_over_default():
    write_toml('outbox = "from-file"\n[newsletter]\nname = "File News"\naddress = "Here"\n')
    env = {"COMPOSER_OUTBOX": "from-env", "COMPOSER_NEWSLETTER__NAME": "Env News"}
    settings = load_settings({"outbox": Path("from-option")}, environ=env)
    assert settings.outbox == Path("from-option")
    assert settings.newsletter.name == "Env News"
    assert settings.newsletter.address == "Here"
    assert load_settings(environ=env).outbox == Path("from-env")
    assert load_settings(environ={}).outbox == Path("from-file")


def test_a_bad_value_names_the_key():
    write_toml('[newsletter]\naccent_color = "blue"\n')
    with pytest.raises(ConfigError, match=r"newsletter\.accent_color"):
        load_settings(environ={})


def test_an_unknown_key_is_an_error_not_silence():
    write_toml("outbx = 'typo'\n")
    with pytest.raises(ConfigError, match="outbx"):
        load_settings(environ={})


def test_broken_toml_is_one_clear_error():
    write_toml("outbox = \n")
    with pytest.raises(ConfigError, match="not valid TOML"):
        load_settings(environ={})


def test_env_channels_are_a_comma_list():
    assert load_settings(environ={"COMPOSER_CHANNELS": "x,newsletter"}).channels == ("x", "newsletter")
