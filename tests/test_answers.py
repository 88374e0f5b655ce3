"""The answers file: saved as the student answers, never lost, never a crash (no language
model needed). Everything is written to ``tmp_path``; failures of the disk are simulated where
the tests may run as root (root writes through a read-only mode)."""
from __future__ import annotations

import datetime
import errno
import fcntl
import json
import os
import stat
import subprocess
import sys
import textwrap
import threading
import time
import types
from pathlib import Path

import pytest

import medialit.answers
from medialit.answers import (ANSWERS_FOLDER, MAX_FILE_BYTES, MAX_TEXT, AnswerError,
                              AnswerNotSaved, AnswerStore, check_choices, check_marks,
                              find_answers_files, load_answers, open_answers, read_answers_file)

ROOT = Path(__file__).resolve().parent.parent


def answers_file(folder, notebook="t"):
    """Where the store keeps the file (its folder made, so a test can put a file there)."""
    (folder / ANSWERS_FOLDER).mkdir(exist_ok=True)
    return folder / ANSWERS_FOLDER / f"{notebook}.answers.json"


def unreadable_copies(folder, notebook="t"):
    return sorted((folder / ANSWERS_FOLDER).glob(f"{notebook}.answers.unreadable-*.json"))


# -- the answers file ---------------------------------------------------------------------------


def test_round_trip(tmp_path):
    store = AnswerStore("t", folder=tmp_path)
    assert store.answers == {} and store.message == ""
    store.set("q1", "B")
    store.set("error_hunt", [{"start": 1, "end": 4, "text": "ball", "kind": "spelling",
                              "correction": None}])
    store.set("who_said_it", {"10-20": "Ana Ruiz — “ü”"})

    again = AnswerStore("t", folder=tmp_path)
    assert again.get("q1") == "B"
    assert again.get("error_hunt")[0]["kind"] == "spelling"
    assert again.get("who_said_it") == {"10-20": "Ana Ruiz — “ü”"}
    assert again.get("missing", "default") == "default"
    assert again.message == ""

    data = json.loads(answers_file(tmp_path).read_text(encoding="utf-8"))
    assert data["schema_version"] == 1
    assert data["notebook"] == "t"
    assert data["answers"]["q1"] == "B"
    datetime.datetime.fromisoformat(data["updated"])  # a real timestamp


def test_open_answers_uses_the_current_folder(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    open_answers("nb").set("q", 1)
    assert answers_file(tmp_path, "nb").exists()
    assert open_answers("nb").get("q") == 1


def visible_files(folder):
    """What a student sees in the folder (JupyterLab hides names starting with a dot), and
    any temporary file."""
    return sorted(p.name for p in folder.iterdir() if not p.name.startswith(".")
                  or p.name.endswith(".tmp"))


def test_atomic_write_leaves_no_temporary_files(tmp_path):
    store = AnswerStore("t", folder=tmp_path)
    for number in range(5):
        store.set(f"q{number}", "x" * number)
    store.remove("q0")
    assert visible_files(tmp_path / ANSWERS_FOLDER) == ["t.answers.json"]
    assert visible_files(tmp_path) == [ANSWERS_FOLDER]


def test_failed_write_keeps_the_old_file_and_no_temporary_file(tmp_path):
    store = AnswerStore("t", folder=tmp_path)
    store.set("q1", "kept")
    before = answers_file(tmp_path).read_bytes()
    with pytest.raises(TypeError):
        store.set("q2", {"not json": object()})  # json.dump fails half-way through the write
    assert answers_file(tmp_path).read_bytes() == before
    assert visible_files(tmp_path / ANSWERS_FOLDER) == ["t.answers.json"]
    assert store.get("q2") is None  # a value that is not JSON is refused, not kept


@pytest.mark.parametrize("content", [
    pytest.param(b'{"answers": {"q1": "B"', id="invalid JSON"),
    pytest.param(b'["q1", "B"]', id="a JSON list"),
    pytest.param(b'{"answers": ["B"]}', id="answers not a dict"),
    pytest.param(bytes(range(256)) * 4, id="binary garbage"),
    pytest.param(b"\xff\xfe\x00\xd8garbage\x80\x81", id="undecodable bytes"),
])
def test_unreadable_file_is_moved_aside(tmp_path, content):
    answers_file(tmp_path).write_bytes(content)
    store = AnswerStore("t", folder=tmp_path)

    assert store.answers == {}
    assert store.get("q1") is None
    copies = unreadable_copies(tmp_path)
    assert len(copies) == 1
    assert copies[0].read_bytes() == content  # every byte preserved
    assert not answers_file(tmp_path).exists()
    assert "could not be read" in store.message
    assert copies[0].name in store.message
    assert "empty" in store.message

    # answering again starts a fresh file and leaves the kept copy alone
    store.set("q1", "C")
    assert AnswerStore("t", folder=tmp_path).get("q1") == "C"
    assert copies[0].read_bytes() == content


def test_two_unreadable_files_in_the_same_second_are_both_kept(tmp_path, monkeypatch):
    frozen = datetime.datetime(2026, 11, 28, 10, 0, 0)
    fake = types.SimpleNamespace(datetime=types.SimpleNamespace(now=lambda: frozen))
    monkeypatch.setattr(medialit.answers, "datetime", fake)
    answers_file(tmp_path).write_bytes(b"first broken file")
    AnswerStore("t", folder=tmp_path)
    answers_file(tmp_path).write_bytes(b"second broken file")
    AnswerStore("t", folder=tmp_path)
    kept = sorted(p.read_bytes() for p in unreadable_copies(tmp_path))
    assert kept == [b"first broken file", b"second broken file"]


def test_a_long_answer_is_refused_and_the_saved_one_kept(tmp_path):
    store = AnswerStore("t", folder=tmp_path)
    store.set("q1", "my first answer")
    with pytest.raises(AnswerError) as caught:
        store.set("q1", "x" * 2000)
    message = str(caught.value)
    assert "2,000 characters" in message and str(MAX_TEXT) in message
    assert "Traceback" not in message and "AnswerError" not in message
    assert store.get("q1") == "my first answer"
    assert AnswerStore("t", folder=tmp_path).get("q1") == "my first answer"


def test_a_long_text_inside_a_mark_is_refused(tmp_path):
    store = AnswerStore("t", folder=tmp_path)
    marks = [{"start": 0, "end": 4, "text": "ball", "kind": "other", "correction": None}]
    store.set("error_hunt", marks)
    with pytest.raises(AnswerError):
        store.set("error_hunt", marks + [{"start": 5, "end": 9, "text": "ball", "kind": "other",
                                          "correction": "y" * 2000}])
    assert AnswerStore("t", folder=tmp_path).get("error_hunt") == marks
    AnswerStore("t", folder=tmp_path).set("q", "z" * MAX_TEXT)  # exactly the limit is fine


def test_remove(tmp_path):
    store = AnswerStore("t", folder=tmp_path)
    for qid in ("a", "b", "c"):
        store.set(qid, qid.upper())
    store.remove("a")
    store.remove("b", "never-answered")
    assert store.answers == {"c": "C"}
    assert AnswerStore("t", folder=tmp_path).answers == {"c": "C"}
    store.remove()  # nothing to remove: still a valid file
    assert load_answers("t", tmp_path) == {"c": "C"}


def test_load_answers(tmp_path):
    assert load_answers("nobody", tmp_path) == {}
    AnswerStore("t", folder=tmp_path).set("q1", ["x"])
    answers = load_answers("t", tmp_path)
    assert answers == {"q1": ["x"]}
    assert type(answers) is dict
    answers["q2"] = "changed"  # a plain copy: changing it writes nothing
    assert load_answers("t", tmp_path) == {"q1": ["x"]}




# -- two kernels, one file ----------------------------------------------------------------------

WRITER = textwrap.dedent("""
    import pathlib, sys, time
    from medialit.answers import AnswerStore
    folder, name, count = sys.argv[1], sys.argv[2], int(sys.argv[3])
    store = AnswerStore("shared", folder=folder)
    while not (pathlib.Path(folder) / "go").exists():  # both start together
        time.sleep(0.001)
    for number in range(count):
        store.set(f"{name}{number}", number)
    print(sum(store.get(f"{name}{number}") == number for number in range(count)))
""")


def test_two_processes_saving_to_one_file_keep_every_answer(tmp_path):
    """A duplicated notebook: two kernels save 200 answers each to the same file at once."""
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    writers = [subprocess.Popen([sys.executable, "-c", WRITER, str(tmp_path), name, "200"],
                                stdout=subprocess.PIPE, text=True, env=env, cwd=tmp_path)
               for name in ("a", "b")]
    time.sleep(0.5)
    (tmp_path / "go").touch()
    kept_in_memory = [int(writer.communicate(timeout=240)[0]) for writer in writers]
    assert [writer.returncode for writer in writers] == [0, 0]
    answers = load_answers("shared", tmp_path)
    expected = {f"{name}{number}": number for name in "ab" for number in range(200)}
    assert len(answers) == 400 and answers == expected
    assert kept_in_memory == [200, 200]  # neither writer lost its own earlier answers


def test_stale_stores_merge_question_by_question_and_removals_stay_removed(tmp_path):
    first, second = AnswerStore("t", folder=tmp_path), AnswerStore("t", folder=tmp_path)
    first.set("a", 1)
    first.set("b", 2)
    second.set("c", 3)  # second never read a or b: it must not write them away
    first.remove("a")
    second.set("d", 4)  # second's stale copy still holds a: it must not bring it back
    assert load_answers("t", tmp_path) == {"b": 2, "c": 3, "d": 4}
    assert second.get("a") is None and first.get("c") == 3
    first.set("a", 5)  # a removal is forgotten once written: a new answer is kept
    second.set("e", 6)
    assert load_answers("t", tmp_path) == {"a": 5, "b": 2, "c": 3, "d": 4, "e": 6}


def test_a_save_waits_for_the_lock_and_says_so_when_it_cannot_have_it(tmp_path, monkeypatch):
    store = AnswerStore("t", folder=tmp_path)
    store.set("q1", "kept")
    monkeypatch.setattr(medialit.answers, "LOCK_TIMEOUT", 0.2)
    with open(store.lock_path, "a+b") as other_kernel:
        fcntl.flock(other_kernel.fileno(), fcntl.LOCK_EX)
        with pytest.raises(AnswerNotSaved, match="another copy of this notebook"):
            store.set("q2", "waiting")
    assert store.get("q2") == "waiting"
    store.set("q3", "later")  # the next save writes what was waiting
    assert load_answers("t", tmp_path) == {"q1": "kept", "q2": "waiting", "q3": "later"}


# -- saves that fail ----------------------------------------------------------------------------

def fail_with(monkeypatch, name: str, number: int, filename=None):
    """Make ``os.<name>`` fail as the disk would (root is not stopped by a read-only mode)."""
    def failing(*args, **kwargs):
        raise OSError(number, os.strerror(number), filename)
    monkeypatch.setattr(os, name, failing)


@pytest.mark.parametrize("problem, says", [
    ("read-only file", "the answers file is read-only"),
    ("immutable file", "the answers file is read-only"),
    ("read-only folder", "the folder of the answers file is read-only"),
    ("full disk", "the disk is full"),
])
def test_a_failed_save_says_what_to_do_and_keeps_the_answer(tmp_path, monkeypatch, problem, says):
    store = AnswerStore("t", folder=tmp_path)
    store.set("q1", "first")
    before = answers_file(tmp_path).read_bytes()
    undo = monkeypatch.undo
    if problem == "read-only file":
        answers_file(tmp_path).chmod(0o444)
        undo = lambda: answers_file(tmp_path).chmod(0o644)  # noqa: E731
    elif problem == "immutable file":  # chattr +i: even root's rename fails with EPERM
        fail_with(monkeypatch, "replace", errno.EPERM)
    elif problem == "read-only folder":
        def refuse(*args, **kwargs):
            raise PermissionError(errno.EACCES, "Permission denied")
        monkeypatch.setattr(medialit.answers.tempfile, "mkstemp", refuse)
    else:
        fail_with(monkeypatch, "fsync", errno.ENOSPC)
    with pytest.raises(AnswerNotSaved) as caught:
        store.set("q1", "second")
    message = str(caught.value)
    assert message.startswith("Your answer is NOT saved: ") and says in message
    assert "teacher" in message or "moment" in message
    assert answers_file(tmp_path).read_bytes() == before  # the old file, whole
    assert store.get("q1") == "second" and store.unsaved == ["q1"]  # kept in memory
    assert not list((tmp_path / ANSWERS_FOLDER).glob(".*.tmp"))
    undo()
    store.set("q2", "third")  # the next save writes what was waiting
    assert load_answers("t", tmp_path) == {"q1": "second", "q2": "third"}
    assert store.unsaved == []


def test_a_real_read_only_folder(tmp_path):
    if os.geteuid() == 0:
        pytest.skip("root writes into a read-only folder; simulated in the test above")
    store = AnswerStore("t", folder=tmp_path)
    store.set("q1", "first")
    tmp_path.chmod(0o555)
    try:
        with pytest.raises(AnswerNotSaved, match="folder of the answers file is read-only"):
            store.set("q1", "second")
        assert load_answers("t", tmp_path) == {"q1": "first"}
    finally:
        tmp_path.chmod(0o755)


def test_half_an_emoji_is_refused_in_plain_words(tmp_path):
    store = AnswerStore("t", folder=tmp_path)
    store.set("d1", "whole 🙂")
    with pytest.raises(AnswerError, match="NOT saved: it holds a broken character"):
        store.set("d1", "half \ud83d")
    assert load_answers("t", tmp_path) == {"d1": "whole 🙂"}
    store.set("d2", "next")  # nothing broken is left waiting to block later saves
    assert load_answers("t", tmp_path) == {"d1": "whole 🙂", "d2": "next"}


def test_the_file_and_its_folder_are_flushed_before_and_after_the_rename(tmp_path, monkeypatch):
    synced = []
    real_fsync = os.fsync

    def fsync(handle):
        synced.append(stat.S_ISDIR(os.fstat(handle).st_mode))
        real_fsync(handle)

    monkeypatch.setattr(os, "fsync", fsync)
    AnswerStore("t", folder=tmp_path).set("q1", "B")
    assert synced == [False, True]  # the temporary file, then the folder


# -- permissions, leftovers, files swapped while running ----------------------------------------

def test_a_file_keeps_its_permissions(tmp_path):
    store = AnswerStore("t", folder=tmp_path)
    store.set("q1", "B")
    answers_file(tmp_path).chmod(0o664)
    store.set("q2", "C")
    assert stat.S_IMODE(answers_file(tmp_path).stat().st_mode) == 0o664


def test_a_new_file_gets_the_umask_permissions_not_owner_only(tmp_path):
    old = os.umask(0o022)
    try:
        AnswerStore("t", folder=tmp_path).set("q1", "B")
    finally:
        os.umask(old)
    assert stat.S_IMODE(answers_file(tmp_path).stat().st_mode) == 0o644


def test_temporary_files_left_by_a_killed_save_are_cleaned_at_start(tmp_path):
    (tmp_path / ANSWERS_FOLDER).mkdir()
    stale = [tmp_path / ANSWERS_FOLDER / name for name in (".t.answers.json-abc123.tmp",
                                                            ".answers-old1.tmp")]
    fresh = tmp_path / ANSWERS_FOLDER / ".t.answers.json-now999.tmp"  # perhaps another kernel writing now
    for path in [*stale, fresh]:
        path.write_text('{"half": ', encoding="utf-8")
    an_hour_ago = time.time() - 3600
    for path in stale:
        os.utime(path, (an_hour_ago, an_hour_ago))
    AnswerStore("t", folder=tmp_path)
    assert [path.exists() for path in stale] == [False, False]
    assert fresh.exists()


def test_a_file_swapped_for_garbage_while_running_is_set_aside(tmp_path):
    store = AnswerStore("t", folder=tmp_path)
    store.set("q1", "B")
    answers_file(tmp_path).write_bytes(b"\x00garbage that is not JSON")
    assert store.get("q1") == "B"  # what the store knew is kept
    copies = unreadable_copies(tmp_path)
    assert [copy.read_bytes() for copy in copies] == [b"\x00garbage that is not JSON"]
    assert copies[0].name in store.message
    store.set("q2", "C")
    assert load_answers("t", tmp_path) == {"q1": "B", "q2": "C"}


def test_garbage_swapped_in_just_before_a_save_is_set_aside_too(tmp_path):
    store = AnswerStore("t", folder=tmp_path)
    store.set("q1", "B")
    answers_file(tmp_path).write_text('{"answers": [', encoding="utf-8")
    store.set("q2", "C")  # no get() in between: the save itself finds the garbage
    assert len(unreadable_copies(tmp_path)) == 1
    assert load_answers("t", tmp_path) == {"q1": "B", "q2": "C"}


# -- files that are not answers files -----------------------------------------------------------

def test_json_nested_100000_deep_is_set_aside(tmp_path):
    answers_file(tmp_path).write_text("[" * 100_000 + "]" * 100_000, encoding="utf-8")
    store = AnswerStore("t", folder=tmp_path)
    assert store.answers == {} and "could not be read" in store.message
    assert len(unreadable_copies(tmp_path)) == 1


def test_a_file_over_the_size_cap_is_set_aside(tmp_path):
    padding = "x" * (MAX_FILE_BYTES + 10)
    answers_file(tmp_path).write_text(json.dumps({"answers": {}, "pad": padding}), encoding="utf-8")
    store = AnswerStore("t", folder=tmp_path)
    assert store.answers == {} and len(unreadable_copies(tmp_path)) == 1


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes here")
def test_a_named_pipe_in_place_of_the_file_does_not_hang(tmp_path):
    os.mkfifo(answers_file(tmp_path))
    built = []
    opening = threading.Thread(target=lambda: built.append(AnswerStore("t", folder=tmp_path)),
                               daemon=True)
    opening.start()
    opening.join(timeout=30)
    assert not opening.is_alive(), "opening the answers file hung on a named pipe"
    assert built[0].answers == {} and "could not be read" in built[0].message
    built[0].set("q1", "B")
    assert load_answers("t", tmp_path) == {"q1": "B"}


def test_check_marks_keeps_sound_marks_and_repairs_or_drops_the_rest():
    text = "The ball was red."
    good = {"start": 4, "end": 8, "text": "ball", "kind": "spelling", "correction": None}
    marks, problems = check_marks([
        good,
        {"start": 4, "end": 8, "kind": "spelling"},  # no text: taken from the article
        {"start": 0, "end": 3, "text": 7, "kind": "other", "correction": 9},  # numbers
        {"start": 4, "end": 99, "text": "x", "kind": "other"},  # beyond the article
        {"start": True, "end": 3, "text": "x", "kind": "other"},  # a boolean, not an offset
        {"start": 0, "end": 3, "text": "The", "kind": ["a", "list"]},
        "a string", None, 12,
    ], text)
    assert marks == [good, good, {"start": 0, "end": 3, "text": "The", "kind": "other",
                                  "correction": None}]
    assert problems == 8
    assert check_marks("garbage", text) == ([], 1)
    assert check_marks([good], text) == ([good], 0)


def test_check_choices():
    assert check_choices({"a": "Ana", "b": 3, "c": None}) == ({"a": "Ana"}, 2)
    assert check_choices([1, 2]) == ({}, 1)


def test_reading_leaves_nothing_behind(tmp_path):
    """The hidden tests read the file in the student's folder: they add no lock file."""
    AnswerStore("t", folder=tmp_path).set("q1", "B")
    (tmp_path / ANSWERS_FOLDER / ".t.answers.json.lock").unlink()
    assert load_answers("t", tmp_path) == {"q1": "B"}
    assert sorted(path.name for path in (tmp_path / ANSWERS_FOLDER).iterdir()) == ["t.answers.json"]


# -- the folder of its own, and files where earlier versions kept them ----------------------------

def old_file(folder, answers, notebook="t"):
    """An answers file where the kit kept it before my-answers/: beside the notebook."""
    path = folder / f"{notebook}.answers.json"
    path.write_text(json.dumps({"schema_version": 1, "notebook": notebook, "answers": answers}),
                    encoding="utf-8")
    return path


def test_answers_live_in_a_folder_of_their_own(tmp_path):
    store = AnswerStore("00-start-here", folder=tmp_path)
    store.set("q1", "B")
    assert store.where == "my-answers/00-start-here.answers.json"  # what lesson 0 shows
    AnswerStore("01-reading-closely", folder=tmp_path).set("q1", "C")
    assert visible_files(tmp_path) == [ANSWERS_FOLDER]
    assert visible_files(tmp_path / ANSWERS_FOLDER) == ["00-start-here.answers.json",
                                                        "01-reading-closely.answers.json"]


def test_a_file_at_the_old_place_is_moved_in_whole(tmp_path):
    old = old_file(tmp_path, {"q1": "B", "error_hunt": [{"start": 0, "end": 3}]})
    before = old.read_bytes()
    store = AnswerStore("t", folder=tmp_path)
    assert store.answers == {"q1": "B", "error_hunt": [{"start": 0, "end": 3}]}
    assert store.message == ""
    assert not old.exists() and answers_file(tmp_path).read_bytes() == before
    assert visible_files(tmp_path) == [ANSWERS_FOLDER]
    store.set("q2", "C")
    assert load_answers("t", tmp_path) == {"q1": "B", "error_hunt": [{"start": 0, "end": 3}],
                                           "q2": "C"}


def test_old_and_new_files_are_merged_the_new_one_winning(tmp_path):
    AnswerStore("t", folder=tmp_path).set("q1", "new")
    old = old_file(tmp_path, {"q1": "old", "q2": "only in the old file"})
    assert load_answers("t", tmp_path) == {"q1": "new", "q2": "only in the old file"}
    assert not old.exists()
    assert unreadable_copies(tmp_path) == []


def test_an_unreadable_old_file_is_kept_aside_in_the_folder(tmp_path):
    old = tmp_path / "t.answers.json"
    old.write_bytes(b"{ not json")
    store = AnswerStore("t", folder=tmp_path)
    assert store.answers == {} and "kept aside" in store.message
    [kept] = unreadable_copies(tmp_path)
    assert kept.read_bytes() == b"{ not json" and not old.exists()


def test_where_the_folder_cannot_be_made_the_old_file_is_used_in_place(tmp_path):
    old = old_file(tmp_path, {"q1": "B"})
    (tmp_path / ANSWERS_FOLDER).write_text("a file, not a folder", encoding="utf-8")
    store = AnswerStore("t", folder=tmp_path)
    assert store.get("q1") == "B" and store.path == old and store.where == "t.answers.json"
    store.set("q2", "C")
    assert json.loads(old.read_text(encoding="utf-8"))["answers"] == {"q1": "B", "q2": "C"}


def test_finding_and_reading_handed_in_files_moves_nothing(tmp_path):
    AnswerStore("new", folder=tmp_path).set("q1", "B")
    old = old_file(tmp_path, {"q1": "A"}, notebook="old")
    (tmp_path / "notes.json").write_text("{}", encoding="utf-8")
    found = find_answers_files(tmp_path)
    assert found == {"new": answers_file(tmp_path, "new"), "old": old}
    answers, updated = read_answers_file(found["new"])
    assert answers == {"q1": "B"} and datetime.datetime.fromisoformat(updated)
    assert read_answers_file(old) == ({"q1": "A"}, "")
    assert old.exists()
    bad = tmp_path / "bad.answers.json"
    bad.write_text('["not", "answers"]', encoding="utf-8")
    with pytest.raises(AnswerError, match="not an answers file"):
        read_answers_file(bad)
    assert bad.read_text(encoding="utf-8") == '["not", "answers"]'
