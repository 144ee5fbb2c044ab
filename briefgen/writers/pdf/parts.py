"""A long story made in a second process while this one lays it out.

Making the story (paragraphs from markup, their lines broken while tall rows are cut to fit a
page) is about a third of a long PDF's time, and the rest (laying the pieces out on pages,
drawing them, saving) can only be done in one process. So with a second CPU, a long story is
made in two places: this process makes its first piece (the title block) and lays out every
page, fonts, outline and all; a forked copy of it makes the same story from the same brief and
sends every later piece it makes, pickled, through a pipe (read by a thread, so the helper never
waits for the layout). The pieces are the objects this process would have made itself, their
lines already broken, so the document is byte for byte the one a single process writes.

Font faces the pieces use are registered here before a piece is drawn, and the characters no
font has are sent at the end. Should the helper fail or die, this process makes the rest of
the story itself, skipping the pieces it received; should this one fail, the helper is killed.
"""

from __future__ import annotations

import contextlib
import io
import itertools
import os
import pickle
import queue
import signal
import sys
import threading
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

from briefgen.writers.common import sections_of
from briefgen.writers.pdf.flowables import Flowable, classes

if TYPE_CHECKING:
    from briefgen.writers.pdf.writer import PdfWriter

HELPED_FROM = 1000
"""A brief of at least this many blocks (paragraphs, quotes, steps, sources) gets a helper process."""

MADE_HERE = 1
"""The pieces this process makes itself before the helper's (the title block: no wait at the start)."""


_receiver: list[PdfWriter] = []  # the writer whose pieces are being unpickled (see loads())


def _style(name: str) -> Any:
    """A style of the writer unpickling a piece (so the piece shares the writer's own styles)."""
    return _receiver[-1].styles[name]


def _flowable_class(name: str) -> type[Any]:
    """A flowable class defined at run time, which pickle cannot find by name."""
    from briefgen.writers.pdf.side import side_by_side_class

    return classes().paragraph if name == "paragraph" else side_by_side_class()


def dumps(writer: PdfWriter, message: Any) -> bytes:
    """``message`` pickled; the writer's styles and the classes of :func:`_flowable_class` by name."""
    import copyreg

    from reportlab.lib.styles import ParagraphStyle

    by_class = {_flowable_class(name): name for name in ("paragraph", "side")}
    names = {id(style): name for name, style in writer.styles.items()}

    def style(obj: Any) -> Any:
        name = names.get(id(obj))
        return (_style, (name,)) if name is not None else obj.__reduce_ex__(pickle.HIGHEST_PROTOCOL)

    class Pickler(pickle.Pickler):
        dispatch_table = {**copyreg.dispatch_table, ParagraphStyle: style}

        def reducer_override(self, obj: Any) -> Any:
            name = by_class.get(obj) if isinstance(obj, type) else None
            return NotImplemented if name is None else (_flowable_class, (name,))

    buffer = io.BytesIO()
    Pickler(buffer, protocol=pickle.HIGHEST_PROTOCOL).dump(message)
    return buffer.getvalue()


def loads(writer: PdfWriter, data: bytes) -> Any:
    """A message of :func:`dumps` unpickled for ``writer``."""
    _receiver.append(writer)
    try:
        return pickle.loads(data)
    finally:
        _receiver.pop()


def blocks(writer: PdfWriter) -> int:
    """How many blocks the story has (a section's paragraphs, quotes, steps, sources…)."""
    return sum(len(section.blocks) for section in sections_of(writer.brief, writer.template))


def _can_fork() -> bool:
    if not sys.platform.startswith("linux") or not hasattr(os, "fork"):
        return False  # fork with threads is unsafe on macOS; no fork on Windows
    try:
        return len(os.sched_getaffinity(0)) > 1
    except OSError:
        return False


LOADAVG = "/proc/loadavg"


def runnable(text: str) -> int | None:
    """The number of tasks running or ready to run in the text of ``/proc/loadavg`` (its fourth
    field, ``running/total``); None when the text is not that."""
    fields = text.split()
    running = fields[3].partition("/")[0] if len(fields) > 3 else ""
    return int(running) if running.isdigit() else None


def spare_cpu() -> bool:
    """Whether a CPU is free for a helper: at most as many tasks ready to run as CPUs (this one
    among them, and in a build the DOCX writer's process), the fewest of three looks.

    On a machine already busy with other work, a helper only adds the cost of sending the pieces
    (about a fifth of the story's making) to CPUs that have no time to spare; without
    ``/proc/loadavg`` to tell, a free CPU is assumed.
    """
    import time

    counts = []
    for look in range(3):
        if look:
            time.sleep(0.002)
        try:
            with open(LOADAVG, encoding="ascii") as file:
                count = runnable(file.read())
        except (OSError, ValueError):
            return True
        if count is None:
            return True
        counts.append(count)
    return min(counts) <= len(os.sched_getaffinity(0))


class Story:
    """The pieces of ``writer``'s story, in order: made here, or after the first by a helper."""

    def __init__(self, writer: PdfWriter) -> None:
        self.writer = writer
        self.pid: int | None = None
        self.conn: Any = None
        self.inbox: queue.Queue[bytes | None] = queue.Queue()
        self.reader: threading.Thread | None = None
        self.complete = False  # whether the helper's end came (see _received)
        if blocks(writer) >= HELPED_FROM and _can_fork() and spare_cpu():
            self._start()

    # ------------------------------------------------------------------ this process

    def __iter__(self) -> Iterator[list[Flowable]]:
        own = self.writer.chunks()
        if self.pid is None:
            yield from own
            return
        yield from itertools.islice(own, MADE_HERE)
        received = 0
        for chunk in self._received():
            received += 1
            yield chunk
        if not self.complete:  # the helper failed: the rest made here
            yield from itertools.islice(own, received, None)

    def _received(self) -> Iterator[list[Flowable]]:
        """The helper's pieces as they come; :attr:`complete` says whether its end came too."""
        self.complete = False
        writer = self.writer
        while True:
            data = self.inbox.get()
            if data is None:
                return
            try:
                kind, faces, payload = loads(writer, data)
            except Exception:  # noqa: BLE001 - a broken message: the rest is made here
                return
            for path in faces:  # the faces the piece uses, registered before it is drawn
                writer.note_fallback(path)
            if kind == "end":
                writer.missing.update(payload)
                self.complete = True
                return
            yield payload

    def close(self) -> None:
        """The helper ended (killed if it still runs) and waited for."""
        if self.pid is None:
            return
        with contextlib.suppress(OSError):
            os.kill(self.pid, signal.SIGKILL)
        with contextlib.suppress(OSError):
            os.waitpid(self.pid, 0)
        self.pid = None
        with contextlib.suppress(OSError):
            self.conn.close()
        if self.reader is not None:
            self.reader.join(timeout=5)

    def _start(self) -> None:
        import multiprocessing

        mine, theirs = multiprocessing.get_context("fork").Pipe(duplex=False)
        parent = os.getpid()
        try:
            pid = os.fork()
        except OSError:
            mine.close()
            theirs.close()
            return
        if pid == 0:  # the helper
            mine.close()
            _helper(self.writer, theirs, parent)
        theirs.close()
        self.pid, self.conn = pid, mine
        self.reader = threading.Thread(target=self._read, daemon=True)
        self.reader.start()

    def _read(self) -> None:
        """Every message of the helper into :attr:`inbox` (so it never waits for this process), then None."""
        try:
            while True:
                self.inbox.put(self.conn.recv_bytes())
        except (EOFError, OSError):
            pass
        finally:
            self.inbox.put(None)


def _helper(writer: PdfWriter, conn: Any, parent: int) -> None:
    """The helper process: the story's pieces after the first :data:`MADE_HERE` sent, then the end;
    never returns."""
    try:
        _dies_with(parent)
        sent_faces = 0
        paragraph, side = classes().paragraph, _flowable_class("side")
        for chunk in itertools.islice(writer.chunks(), MADE_HERE, None):
            for flowable in chunk:  # measured here: the frame's paragraphs, the rows' heights
                if isinstance(flowable, paragraph):
                    flowable.wrap(writer.frame_width, writer.frame_height)
                elif isinstance(flowable, side):
                    flowable._row_heights()
            faces = writer.fallbacks[sent_faces:]
            sent_faces = len(writer.fallbacks)
            conn.send_bytes(dumps(writer, ("piece", faces, chunk)))
        faces = writer.fallbacks[sent_faces:]
        conn.send_bytes(dumps(writer, ("end", faces, sorted(writer.missing))))
    except BaseException:  # noqa: BLE001, S110 - the parent makes what did not come
        pass
    finally:
        os._exit(0)


def _dies_with(parent: int) -> None:
    """The helper dies with the process it helps (Linux), and leaves Ctrl-C to it."""
    import ctypes

    with contextlib.suppress(OSError, AttributeError):
        ctypes.CDLL(None, use_errno=True).prctl(1, signal.SIGKILL)  # 1: PR_SET_PDEATHSIG
    if os.getppid() != parent:
        os._exit(1)
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)


__all__ = ["HELPED_FROM", "MADE_HERE", "Story"]
