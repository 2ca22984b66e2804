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
