from desktop.ui.single_instance import SingleInstance


def test_a_second_instance_on_the_same_data_folder_is_refused(tmp_path):
    first, second = SingleInstance(tmp_path / "data"), SingleInstance(tmp_path / "data")
    other = SingleInstance(tmp_path / "elsewhere")
    assert first.acquire()
    try:
        assert not second.acquire()
        assert other.acquire()
        other.release()
    finally:
        first.release()
    assert second.acquire()
    second.release()
    assert not (tmp_path / "data").exists()  # the lock never clutters the data folder


def test_the_lock_is_named_by_the_sha256_of_the_folder_so_every_version_finds_the_same_one(tmp_path):
    import hashlib

    folder = tmp_path / "data"
    expected = hashlib.sha256(str(folder.resolve()).encode()).hexdigest()[:16]
    assert SingleInstance(folder).path.name == f"candor-{expected}.lock"
