"""`candor codes new`: the trustee's file holds the codes, the collector only their keyed hashes."""

from __future__ import annotations

import stat

from desktop.cli import main
from desktop.collector.codes import TABLE, participation
from desktop.collector.store import CollectorStore, collector_dir
from desktop.core.participation_code import normalize


def test_codes_new_writes_the_trustees_file_and_keeps_only_hashes(tmp_path, capsys):
    out = tmp_path / "codes.txt"
    assert main(["codes", "new", "--n", "25", "--out", str(out), "--data-dir", str(tmp_path / "data")]) == 0
    assert "made 25 participation codes for campaign 'default'" in capsys.readouterr().out
    lines = [line for line in out.read_text().splitlines() if not line.startswith("#")]
    codes = [normalize(line) for line in lines]
    assert len(set(codes)) == 25
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    store = CollectorStore.open(collector_dir(str(tmp_path / "data")))
    try:
        assert participation(store, "default") == (25, 0)
        keys = [row[0] for row in store.db.execute(f"SELECT code_key FROM {TABLE}").fetchall()]
        assert not set(keys) & set(codes)
    finally:
        store.close()


def test_codes_new_never_overwrites_a_file(tmp_path, capsys):
    out = tmp_path / "codes.txt"
    out.write_text("precious")
    assert main(["codes", "new", "--n", "3", "--out", str(out), "--data-dir", str(tmp_path / "data")]) == 1
    assert "already exists" in capsys.readouterr().err
    assert out.read_text() == "precious"


def test_codes_new_refuses_a_policy_with_problems_instead_of_making_codes_for_another_campaign(tmp_path, capsys):
    # A broken policy is ignored as a whole, which would make the codes for the fallback campaign
    # 'default': the trustee would hand out codes that the real campaign's summaries can never carry.
    policy = tmp_path / "policy.toml"
    policy.write_text('[campaign]\nid = "2026 Q4"\n', encoding="utf-8")
    out = tmp_path / "codes.txt"
    data = tmp_path / "data"
    assert main(["codes", "new", "--n", "3", "--out", str(out), "--data-dir", str(data),
                 "--policy", str(policy)]) == 1
    err = capsys.readouterr().err
    assert "campaign.id" in err and "candor policy check" in err
    assert "No codes were made." in err
    assert not out.exists()
    assert not collector_dir(str(data)).exists()  # refused before the collector database was touched
