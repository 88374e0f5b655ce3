"""The answers file: where a student's answers live, so that none are ever lost.

Widget state disappears when the kernel restarts (ipywidgets issue #2369), so every widget
saves each answer as the student gives it to a small JSON file, and reads it back when it is
built again — after a restart, a reload, or next week. The graded exercises' hidden tests
read the same file. The file is ``my-answers/<notebook>.answers.json``: in a folder of its own
beside the notebook, so that seven answers files do not fill the student's file browser, and
still inside the assignment's folder, which nbgrader's ``submit`` and ``collect`` copy whole
(``nbgrader_config.py``). Shape (``schema_version`` 1)::

    {"schema_version": 1, "notebook": "03-spot-the-errors",
     "updated": "2026-11-28T10:00:00", "answers": {"q1": ..., "error_hunt": [...]}}

What the file promises (docs/student-data.md says it for teachers):

- Each save takes a lock (a ``.<notebook>.answers.json.lock`` file beside it), reads the file
  again and writes back what is there plus this store's own changes, question by question, so
  two kernels on one file (a duplicated notebook) keep each other's answers.
- A write goes to a temporary file, flushed to the disk, then renamed over the old file, so a
  crash mid-write never leaves half a file. The file keeps its permissions; a new file gets
  the usual ones (the umask's), never owner-only.
- A save that fails (read-only file or folder, full disk) raises ``AnswerNotSaved`` with a
  message for the student; the answer stays in memory and is written with the next save.
- A file that cannot be read (not JSON, too big, not a file) is kept aside under another name
  (``<notebook>.answers.unreadable-<time>.json``), never overwritten, at start and later.
- A file where earlier versions of the kit kept it, beside the notebook, is moved into
  ``my-answers/`` when the store opens (answers in both files are merged, the folder's file
  winning question by question), so a student mid-unit keeps every answer. Where the folder
  cannot be made (a read-only copy), the old file is read and written where it is.
"""
from __future__ import annotations

import contextlib
import datetime
import errno
import json
import os
import stat
import tempfile
import time
from pathlib import Path

SCHEMA_VERSION = 1
MAX_TEXT = 600  # characters in one typed answer: a paragraph, not a pasted article
MAX_FILE_BYTES = 2_000_000  # far more than a notebook's answers; a larger file is not ours
LOCK_TIMEOUT = 10.0  # seconds to wait for another kernel's save to finish
STALE_TEMPORARY = 60.0  # seconds after which a temporary file is a crashed save's leftover
ANSWERS_FOLDER = "my-answers"  # beside the notebook: the student's, never the kit's answer key
SUFFIX = ".answers.json"


class AnswerError(ValueError):
    """An answer that was refused or could not be saved; the message says why and what to do,
    for the student."""


class AnswerNotSaved(AnswerError):
    """The answers file could not be written. The answer is kept in memory and written with
    the next save that succeeds."""


class _Unreadable(Exception):
    """The answers file is there but is not an answers file the kit can read."""


class AnswerStore:
    """The answers of one notebook, read from and saved to
    ``my-answers/<notebook>.answers.json`` in ``folder`` (the current folder by default).

    >>> import tempfile, os
    >>> folder = tempfile.mkdtemp()
    >>> store = AnswerStore("00-demo", folder=folder)
    >>> store.set("q1", "B")
    >>> AnswerStore("00-demo", folder=folder).get("q1")
    'B'
    """

    def __init__(self, notebook: str, folder: str | Path | None = None):
        self.notebook = notebook
        self.path = answers_path(notebook, folder)
        self.lock_path = self.path.with_name(f".{self.path.name}.lock")
        self.message = ""  # what happened when the file was read, for the student
        self._signature = None  # (inode, size, modification time) of the file when last read
        self._changed: dict = {}  # answers given here and not yet written
        self._removed: set[str] = set()  # answers removed here and not yet written
        self._move_in_old_file()
        self._remove_stale_temporary_files()
        self._on_disk: dict = self._read_at_start()
        self.answers = self._merged()

    # -- reading ------------------------------------------------------------------------------

    def _read(self, at_start: bool = False) -> dict:
        """The answers in the file ({} when there is none); a file that is not an answers
        file is set aside. Later in a session it is replaced by the answers this store last
        knew, and an error of the disk is raised (a save must not write over what it could
        not read)."""
        try:
            answers, self._signature = _read_answers(self.path)
            return answers
        except FileNotFoundError:
            self._signature = None
            return {}
        except OSError:
            if not at_start:
                raise
            return self._set_aside_at_start()
        except _Unreadable:
            if at_start:
                return self._set_aside_at_start()
            self._signature = None
            kept = self._set_aside()
            self.message = ("Your answers file was changed into one the kit cannot read"
                            + (f"; it was kept aside as {kept.name} (show it to your teacher)"
                               if kept else "") + ". The answers you gave here are kept.")
            self._changed = {**self._on_disk, **self._changed}  # no longer in the file
            return {}

    def _read_at_start(self) -> dict:
        """Read the file; only one that cannot be read is looked at again under the lock
        (another kernel may be setting it aside or writing it), so a reader makes no lock."""
        try:
            answers, self._signature = _read_answers(self.path)
            return answers
        except FileNotFoundError:
            return {}
        except (OSError, _Unreadable):
            pass
        try:
            with _locked(self.lock_path):
                return self._read(at_start=True)
        except TimeoutError:
            return self._read(at_start=True)

    def _set_aside_at_start(self) -> dict:
        self._signature = None
        kept = self._set_aside()
        self.message = (f"Your saved answers file could not be read, so it was kept aside as "
                        f"{kept.name} (show it to your teacher). You are starting with empty "
                        "answers." if kept else
                        "Your saved answers file could not be read. Ask your teacher to look "
                        "at it before you answer again.")
        return {}

    def _set_aside(self, path: Path | None = None) -> Path | None:
        """Move an unreadable answers file (this store's, or ``path``) to a name of its own
        beside this store's file; None when it cannot be moved."""
        stamp = datetime.datetime.now().strftime("%Y%m%d-%H%M%S-%f")
        kept = self.path.with_name(f"{self.path.stem}.unreadable-{stamp}.json")
        number = 1
        while kept.exists():
            number += 1
            kept = self.path.with_name(f"{self.path.stem}.unreadable-{stamp}-{number}.json")
        try:
            os.replace(path or self.path, kept)
        except OSError:
            return None
        return kept

    def _move_in_old_file(self) -> None:
        """Move the file of an earlier version of the kit (``<notebook>.answers.json`` beside
        the notebook) into ``my-answers/``, merged with any file already there (which wins
        question by question). Where that is impossible, this store uses the old file."""
        old = self.path.parent.parent / self.path.name
        if not os.path.lexists(old):
            return
        try:
            self.path.parent.mkdir(exist_ok=True)
            with _locked(self.lock_path):
                try:
                    answers, _ = _read_answers(old)
                except FileNotFoundError:  # another kernel moved it a moment ago
                    return
                except _Unreadable:
                    kept = self._set_aside(old)
                    self.message = ("Your old answers file could not be read, so it was kept "
                                    f"aside as {ANSWERS_FOLDER}/{kept.name} (show it to your "
                                    "teacher)." if kept else "")
                    return
                try:
                    answers.update(_read_answers(self.path)[0])
                except (FileNotFoundError, _Unreadable):  # nothing to merge: the old file moves
                    kept = self._set_aside() if os.path.lexists(self.path) else None
                    if kept:
                        self.message = (f"An answers file that could not be read was kept aside "
                                        f"as {ANSWERS_FOLDER}/{kept.name} (show it to your "
                                        "teacher). Your earlier answers are kept.")
                    os.replace(old, self.path)
                    return
                _write_answers(self.path, self.notebook, answers)
                os.unlink(old)
        except OSError:  # a read-only copy: the old file is used where it is
            if not self.path.exists():
                self.path = old
                self.lock_path = old.with_name(f".{old.name}.lock")

    def _merged(self) -> dict:
        answers = {**self._on_disk, **self._changed}
        for qid in self._removed:
            answers.pop(qid, None)
        return answers

    def _refresh(self) -> None:
        """Pick up what another widget or kernel saved since we last looked."""
        try:
            changed = _signature(self.path) != self._signature
        except FileNotFoundError:
            changed = self._signature is not None
        except OSError:
            return
        if changed:
            with contextlib.suppress(OSError):  # keep what we have; the next save will say
                self._on_disk = self._read()
                self.answers = self._merged()

    def get(self, qid: str, default=None):
        """The saved answer to question ``qid`` (or one given here and not yet saved), or
        ``default``."""
        self._refresh()
        return self.answers.get(qid, default)

    @property
    def where(self) -> str:
        """The file's place as the student finds it from the notebook's folder, e.g.
        ``my-answers/00-start-here.answers.json``."""
        return f"{self.path.parent.name}/{self.path.name}" \
            if self.path.parent.name == ANSWERS_FOLDER else self.path.name

    @property
    def unsaved(self) -> list[str]:
        """The questions whose latest answer (or removal) is not yet in the file."""
        return sorted(set(self._changed) | self._removed)

    # -- writing ------------------------------------------------------------------------------

    def set(self, qid: str, value) -> None:
        """Save one answer now.

        Raises:
            AnswerError: the answer is refused (longer than ``MAX_TEXT`` characters, or not
                text the file can hold); the saved answers stay as they were.
            AnswerNotSaved: the file could not be written; the answer is kept here and
                written with the next save.
        """
        _check_answer(value)
        self._changed[qid] = value
        self._removed.discard(qid)
        self.answers = self._merged()
        self.save()

    def remove(self, *qids: str) -> None:
        """Forget some answers (used by a widget's reset, after the student confirms)."""
        for qid in qids:
            self._changed.pop(qid, None)
            self._removed.add(qid)
        self.answers = self._merged()
        self.save()

    def save(self) -> None:
        """Write the file: under the lock, read it again and write back its answers with this
        store's changes. Raises ``AnswerNotSaved`` with a message for the student on failure."""
        try:
            self.path.parent.mkdir(exist_ok=True)
            with _locked(self.lock_path):
                self._on_disk = self._read()
                answers = self._merged()
                self._signature = _write_answers(self.path, self.notebook, answers)
        except OSError as error:  # TimeoutError included: another kernel holds the lock
            raise AnswerNotSaved(_not_saved_message(self.path, error)) from error
        self._on_disk, self.answers = answers, dict(answers)
        self._changed.clear()
        self._removed.clear()

    def _remove_stale_temporary_files(self) -> None:
        """Temporary files left by a save that was killed half-way (they hold nothing the
        answers file does not: the rename never happened)."""
        now = time.time()
        for pattern in (f".{self.path.name}-*.tmp", ".answers-*.tmp"):
            for leftover in self.path.parent.glob(pattern):
                with contextlib.suppress(OSError):
                    if now - leftover.stat().st_mtime > STALE_TEMPORARY:
                        leftover.unlink()


# -- the file itself ---------------------------------------------------------------------------

def _signature(path: Path) -> tuple:
    status = os.stat(path)
    return status.st_ino, status.st_size, status.st_mtime_ns


def _read_answers(path: Path) -> tuple[dict, tuple]:
    """The answers in ``path`` and the file's signature."""
    data, signature = _read_file(path)
    return dict(data.get("answers", {})), signature


def _read_file(path: Path) -> tuple[dict, tuple]:
    """The content of the answers file ``path`` and its signature. Only a regular file, at
    most ``MAX_FILE_BYTES``, is read (a pipe put in its place would wait for ever)."""
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
    handle = os.open(path, flags)
    with os.fdopen(handle, "rb") as file:
        status = os.fstat(file.fileno())
        if not stat.S_ISREG(status.st_mode):
            raise _Unreadable("not a regular file")
        if status.st_size > MAX_FILE_BYTES:
            raise _Unreadable("too big")
        content = file.read(MAX_FILE_BYTES + 1)
    if len(content) > MAX_FILE_BYTES:
        raise _Unreadable("too big")
    try:
        data = json.loads(content.decode("utf-8"))
    except (ValueError, RecursionError) as error:  # JSON nested thousands deep
        raise _Unreadable("not JSON") from error
    if not isinstance(data, dict) or not isinstance(data.get("answers", {}), dict):
        raise _Unreadable("not an answers file")
    return data, (status.st_ino, status.st_size, status.st_mtime_ns)


def _write_answers(path: Path, notebook: str, answers: dict) -> tuple:
    """Write the whole file atomically and durably; the signature of the new file."""
    text = json.dumps({"schema_version": SCHEMA_VERSION, "notebook": notebook,
                       "updated": datetime.datetime.now().isoformat(timespec="seconds"),
                       "answers": answers}, ensure_ascii=False, indent=1)
    try:
        mode = stat.S_IMODE(os.stat(path).st_mode)
    except FileNotFoundError:
        mode = 0o666 & ~_umask()
    if not mode & (stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH):
        # a file made read-only (by a teacher, after collecting it) stays as it is, even where
        # the folder would let a rename replace it
        raise PermissionError(errno.EACCES, "the answers file is read-only", str(path))
    path.parent.mkdir(parents=True, exist_ok=True)
    try:
        handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}-",
                                             suffix=".tmp")
    except PermissionError as error:
        raise PermissionError(error.errno, "the folder is read-only", str(path.parent)) from error
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as file:
            file.write(text)
            file.flush()
            os.fsync(file.fileno())
        os.chmod(temporary, mode)
        os.replace(temporary, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise
    _sync_folder(path.parent)
    return _signature(path)


def _sync_folder(folder: Path) -> None:
    """Flush the rename to the disk (POSIX only: Windows cannot open a folder)."""
    if not hasattr(os, "O_DIRECTORY"):
        return
    with contextlib.suppress(OSError):
        handle = os.open(folder, os.O_RDONLY | os.O_DIRECTORY)
        try:
            os.fsync(handle)
        finally:
            os.close(handle)


def _umask() -> int:
    """The process's umask. Linux shows it in /proc; elsewhere it can only be read by setting
    it (and setting it back at once)."""
    with contextlib.suppress(OSError, ValueError, StopIteration):
        status = Path("/proc/self/status").read_text(encoding="ascii").splitlines()
        return int(next(line for line in status if line.startswith("Umask:")).split()[1], 8)
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


@contextlib.contextmanager
def _locked(lock_path: Path):
    """Hold the answers file's lock: ``fcntl.flock`` on POSIX, ``msvcrt.locking`` on Windows.
    Where no lock file can be made (a read-only folder) or the file system has no locks, go
    on without one: reading is safe anyway, and the write will say what is wrong."""
    try:
        handle = os.open(lock_path, os.O_RDWR | os.O_CREAT, 0o666)
    except OSError:
        yield
        return
    try:
        deadline = time.monotonic() + LOCK_TIMEOUT
        while not _try_lock(handle):
            if time.monotonic() > deadline:
                raise TimeoutError(errno.ETIMEDOUT, "another kernel holds the answers file")
            time.sleep(0.005)
        try:
            yield
        finally:
            _unlock(handle)
    finally:
        os.close(handle)


def _try_lock(handle: int) -> bool:
    try:
        import fcntl
    except ImportError:
        import msvcrt

        try:
            os.lseek(handle, 0, os.SEEK_SET)
            msvcrt.locking(handle, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True
    try:
        fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError as error:
        # busy: another kernel is saving; any other error (ENOLCK on some network file
        # systems): this file system has no locks, so go on without
        return error.errno not in (errno.EAGAIN, errno.EACCES, errno.EWOULDBLOCK)
    return True


def _unlock(handle: int) -> None:
    try:
        import fcntl
    except ImportError:
        import msvcrt

        with contextlib.suppress(OSError):
            os.lseek(handle, 0, os.SEEK_SET)
            msvcrt.locking(handle, msvcrt.LK_UNLCK, 1)
        return
    with contextlib.suppress(OSError):
        fcntl.flock(handle, fcntl.LOCK_UN)


def _not_saved_message(path: Path, error: OSError) -> str:
    """What went wrong and what to do, in words a student can act on."""
    if isinstance(error, TimeoutError):
        why = ("another copy of this notebook (the same notebook open in a second tab, or a "
               "duplicate of it) is saving to the same file right now. Try again in a moment")
    elif error.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)):
        why = "the disk is full (or your storage space is used up). Ask your teacher for help"
    elif error.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        in_folder = error.errno == errno.EROFS or error.filename == str(path.parent)
        what = "the folder of the answers file" if in_folder else "the answers file"
        why = (f"{what} is read-only, so nothing can be written to it. Ask your teacher to make "
               "it writable")
    else:
        why = (f"the computer would not write it ({error.strerror or error}). Ask your teacher "
               "for help")
    return (f"Your answer is NOT saved: {why}. It is kept while this notebook stays open and "
            f"will be saved with your next answer once the problem is fixed (your answers file: "
            f"{path.name}).")


def _check_answer(value) -> None:
    """Refuse an answer the file cannot hold: text over ``MAX_TEXT`` characters, half an
    emoji (a lone surrogate), or a value that is not JSON (a bug, not the student's)."""
    _check_size(value)
    text = json.dumps(value, ensure_ascii=False)  # TypeError for a value that is not JSON
    try:
        text.encode("utf-8")
    except UnicodeEncodeError as error:
        raise AnswerError("Your answer is NOT saved: it holds a broken character (often half "
                          "of an emoji). Delete the last emoji or symbol you typed and type it "
                          "again.") from error


def _check_size(value) -> None:
    if isinstance(value, str) and len(value) > MAX_TEXT:
        raise AnswerError(f"That answer is {len(value):,} characters long. Keep it under "
                          f"{MAX_TEXT} characters: a sentence or two is enough.")
    if isinstance(value, dict):
        for item in value.values():
            _check_size(item)
    if isinstance(value, list):
        for item in value:
            _check_size(item)


# -- the shapes the widgets save ---------------------------------------------------------------

def check_marks(value, text: str) -> tuple[list[dict], int]:
    """The error-hunt marks in a saved answer that a widget can show and mark, and how many
    were left out or repaired. A mark is ``{"start", "end", "text", "kind", "correction"}``:
    offsets into ``text`` (the article), the words marked, a kind name, an optional
    correction. A mark with bad offsets or kind is left out; a missing or non-text ``text``
    is taken from the article; a non-text correction is dropped.

    >>> check_marks([{"start": 0, "end": 3, "text": 5, "kind": "other"}, "x"], "The cat")
    ([{'start': 0, 'end': 3, 'text': 'The', 'kind': 'other', 'correction': None}], 2)
    """
    if not isinstance(value, list):
        return [], 1
    marks, problems = [], 0
    for mark in value:
        if not isinstance(mark, dict):
            problems += 1
            continue
        start, end = mark.get("start"), mark.get("end")
        if not (type(start) is int and type(end) is int and 0 <= start <= end <= len(text)
                and isinstance(mark.get("kind"), str)):
            problems += 1
            continue
        words, correction = mark.get("text"), mark.get("correction")
        problems += not isinstance(words, str) or not isinstance(correction, (str, type(None)))
        marks.append({**mark, "text": words if isinstance(words, str) else text[start:end][:200],
                      "correction": correction if isinstance(correction, str) else None})
    return marks, problems


def check_choices(value) -> tuple[dict[str, str], int]:
    """The ``{item: chosen option}`` answers (who said it, the source sorter) that are text,
    and how many were left out.

    >>> check_choices({"10-20": "Ana Ruiz", "30-40": 7})
    ({'10-20': 'Ana Ruiz'}, 1)
    """
    if not isinstance(value, dict):
        return {}, 1
    kept = {key: choice for key, choice in value.items() if isinstance(choice, str)}
    return kept, len(value) - len(kept)


def answer_id(qid: str, article) -> str:
    """The key under which a widget saves its answer about ``article``: the plain question id
    for the seed article, the id plus a fingerprint of the text for any other article, so
    answers about two articles never mix ("error_hunt@3f2a9c1b")."""
    import hashlib

    from medialit.article import SEED_PATH

    if article.path and Path(article.path).resolve() == SEED_PATH:
        return qid
    return f"{qid}@{hashlib.sha1(article.text.encode('utf-8')).hexdigest()[:8]}"


def answers_path(notebook: str, folder: str | Path | None = None) -> Path:
    """Where the answers of ``notebook`` are saved: ``my-answers/<notebook>.answers.json`` in
    the notebook's folder (the current folder by default).

    >>> answers_path("03-spot-the-errors", "lesson").as_posix()
    'lesson/my-answers/03-spot-the-errors.answers.json'
    """
    return Path(folder or os.getcwd()) / ANSWERS_FOLDER / f"{notebook}{SUFFIX}"


def find_answers_files(folder: str | Path) -> dict[str, Path]:
    """The answers files in a notebook's folder, by notebook: those in ``my-answers/``, and
    any left beside the notebooks by an earlier version of the kit (when a notebook has both,
    the one in ``my-answers/``). Read-only: nothing is moved."""
    folder = Path(folder)
    found = {}
    for place in (folder, folder / ANSWERS_FOLDER):
        for path in sorted(place.glob(f"*{SUFFIX}")):
            if path.is_file():
                found[path.name[:-len(SUFFIX)]] = path
    return found


def read_answers_file(path: str | Path) -> tuple[dict, str]:
    """The answers in one answers file and when they were last saved (ISO time, "" when the
    file does not say), read as carefully as the widgets read it: only a regular file of at
    most ``MAX_FILE_BYTES`` holding JSON with an ``answers`` object. For readers of handed-in
    files (the class dashboard); nothing is changed or moved.

    Raises:
        AnswerError: the file is not an answers file the kit can read (the message says why).
        OSError: the file cannot be opened.
    """
    try:
        data, _ = _read_file(Path(path))
    except _Unreadable as error:
        raise AnswerError(f"{Path(path).name} is not an answers file the kit can read "
                          f"({error})") from error
    return dict(data.get("answers", {})), str(data.get("updated") or "")


def open_answers(notebook: str, folder: str | Path | None = None) -> AnswerStore:
    """The answers file of a notebook, in ``my-answers/`` in the notebook's folder (the
    current folder)."""
    return AnswerStore(notebook, folder)


def load_answers(notebook: str, folder: str | Path | None = None) -> dict:
    """The saved answers as a plain dict, for the graded exercises' hidden tests."""
    return dict(AnswerStore(notebook, folder).answers)
