"""Settings: a TOML file (``$VERIFIER_CONFIG``), ``VERIFIER_*`` overrides, the login name as the
last resort for the user; a malformed file is refused in one line."""

from __future__ import annotations

from pathlib import Path

import pytest

from verifier import config as config_module
from verifier.config import DEFAULT_VERDICTS, Config, describe, load
from verifier.errors import InvalidInputError
from verifier.models import Status
from verifier.service import Verifier

ENV = (
    "VERIFIER_USER",
    "VERIFIER_CONFIG",
    "VERIFIER_ORG_NAME",
    "VERIFIER_ORG_URL",
    "VERIFIER_URL_TEMPLATE",
)


@pytest.fixture(autouse=True)
def clean_env(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    for name in ENV:
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "xdg"))
    monkeypatch.setattr(config_module.getpass, "getuser", lambda: "loginname")


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "config.toml"
    path.write_text(text, encoding="utf-8")
    return path


def test_no_file_no_env_gives_the_login_name_and_defaults(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("VERIFIER_CONFIG", str(tmp_path / "absent.toml"))
    cfg = load()
    assert cfg.user == "loginname"
    assert cfg.origins["user"] == "login name"
    assert cfg.path is None
    assert cfg.organisation_name is None and cfg.reliability == {}
    assert cfg.verdicts == DEFAULT_VERDICTS


def test_no_login_name_falls_back_to_unknown(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def no_login() -> str:
        raise OSError("no login")

    monkeypatch.setattr(config_module.getpass, "getuser", no_login)
    assert load(tmp_path / "absent.toml").user == "unknown"


def test_the_config_file_is_found_through_verifier_config(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = write(
        tmp_path,
        'user = "Ana Ruiz"\n'
        "[organisation]\n"
        'name = "Fact Desk"\n'
        'url = "https://factdesk.example"\n'
        'url_template = "https://factdesk.example/checks/{id}"\n'
        "[verdicts.false]\n"
        'label = "Pants on fire"\n'
        "rating = 1\n"
        "[reliability]\n"
        '"Reuters.com" = "high"\n',
    )
    monkeypatch.setenv("VERIFIER_CONFIG", str(path))
    cfg = load()
    assert cfg.path == path
    assert cfg.user == "Ana Ruiz" and cfg.origins["user"] == str(path)
    assert cfg.organisation_name == "Fact Desk"
    assert cfg.url_template == "https://factdesk.example/checks/{id}"
    assert cfg.verdicts[Status.FALSE].label == "Pants on fire"
    assert cfg.verdicts[Status.VERIFIED] == DEFAULT_VERDICTS[Status.VERIFIED]
    assert cfg.reliability == {"reuters.com": "high"}


def test_environment_beats_the_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = write(tmp_path, 'user = "from-file"\n[organisation]\nname = "File Org"\n')
    monkeypatch.setenv("VERIFIER_CONFIG", str(path))
    monkeypatch.setenv("VERIFIER_USER", "from-env")
    monkeypatch.setenv("VERIFIER_ORG_NAME", "Env Org")
    cfg = load()
    assert (cfg.user, cfg.origins["user"]) == ("from-env", "$VERIFIER_USER")
    assert (cfg.organisation_name, cfg.origins["organisation.name"]) == (
        "Env Org",
        "$VERIFIER_ORG_NAME",
    )


def test_an_empty_environment_variable_does_not_count(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("VERIFIER_USER", "")
    assert load(tmp_path / "absent.toml").user == "loginname"


@pytest.mark.parametrize(
    "text",
    [
        'user = "unterminated\n',
        "[organisation\nname = 1\n",
        "user = \n",
        'user = "a"\nuser = "b"\n',
    ],
)
def test_malformed_toml_is_invalid_input_naming_the_file(tmp_path: Path, text: str) -> None:
    path = write(tmp_path, text)
    with pytest.raises(InvalidInputError) as caught:
        load(path)
    message = str(caught.value)
    assert message.startswith(f"{path}: not valid TOML")
    assert "\n" not in message


def test_a_config_that_is_not_utf8_is_invalid_input(tmp_path: Path) -> None:
    path = tmp_path / "config.toml"
    path.write_bytes(b'user = "caf\xe9"\n')
    with pytest.raises(InvalidInputError, match="not valid TOML"):
        load(path)


def test_a_config_path_that_is_a_directory_is_invalid_input(tmp_path: Path) -> None:
    with pytest.raises(InvalidInputError, match="cannot read"):
        load(tmp_path)


@pytest.mark.parametrize(
    "text",
    [
        '[verdicts.approved]\nlabel = "OK"\n',
        '[verdicts.verified]\nrating = "five"\n',
        "[verdicts.unverified]\nrating = 3\n",
        'verdicts = { verified = "True" }\n',
    ],
)
def test_bad_verdict_labels_are_invalid_input(tmp_path: Path, text: str) -> None:
    with pytest.raises(InvalidInputError, match=r"\[verdicts\.\w+\] must be a verdict"):
        load(write(tmp_path, text))


@pytest.mark.parametrize(
    "text", ['organisation = "Fact Desk"\n', 'reliability = "high"\n', "verdicts = 3\n"]
)
def test_a_config_of_the_wrong_shape_is_invalid_input(tmp_path: Path, text: str) -> None:
    with pytest.raises(InvalidInputError):
        load(write(tmp_path, text))


@pytest.mark.parametrize("name", ['""', '"   "'])
def test_a_blank_user_name_falls_back_to_the_login_name(tmp_path: Path, name: str) -> None:
    assert load(write(tmp_path, f"user = {name}\n")).user == "loginname"


def test_describe_says_where_each_value_came_from(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = write(tmp_path, '[organisation]\nname = "Fact Desk"\n')
    monkeypatch.setenv("VERIFIER_CONFIG", str(path))
    monkeypatch.setenv("VERIFIER_USER", "ana")
    rows = {key: (value, origin) for key, value, origin in describe(load())}
    assert rows["config file"] == (str(path), "exists")
    assert rows["user"] == ("ana", "$VERIFIER_USER")
    assert rows["organisation.name"] == ("Fact Desk", str(path))
    assert rows["organisation.url"] == ("", "unset")
    assert rows["verdicts.false"] == ("False (rating 1)", "default")


def test_the_desk_uses_the_configured_user_by_default(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("VERIFIER_CONFIG", str(write(tmp_path, 'user = "Bea"\n')))
    desk = Verifier(tmp_path / "claims.json")
    claim, _ = desk.add_claim("x")
    assert claim.history[0].by == "Bea"
    monkeypatch.setenv("VERIFIER_USER", "Cy")
    assert Verifier(tmp_path / "claims.json").add_note(claim.id, "n").history[-1].by == "Cy"


def test_the_desk_falls_back_to_the_login_name(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("VERIFIER_CONFIG", str(tmp_path / "absent.toml"))
    claim, _ = Verifier(tmp_path / "claims.json").add_claim("x")
    assert claim.history[0].by == "loginname"


def test_a_desk_refuses_to_start_on_a_malformed_config(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("VERIFIER_CONFIG", str(write(tmp_path, "user = = 1\n")))
    with pytest.raises(InvalidInputError):
        Verifier(tmp_path / "claims.json")
    assert not (tmp_path / "claims.json").exists()


def test_config_dataclass_defaults_are_not_shared() -> None:
    one, two = Config(user="a"), Config(user="b")
    one.verdicts.pop(Status.FALSE)
    one.reliability["x.example"] = "low"
    assert Status.FALSE in two.verdicts and two.reliability == {}
