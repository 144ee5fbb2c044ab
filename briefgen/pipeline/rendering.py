"""Rendering the documents: the DOCX and the PDF each in a process of its own, started before extraction.

python-docx and reportlab keep one core busy each for most of a long brief's build, and loading
them (with the PDF's fonts) takes ~0.1 and ~0.3 s of one core. So with a long brief and a second
CPU, each of the two writers gets a forked process as soon as the build knows it has work to do:
the process loads its writer while the build still reads and understands the sources, waits
(idle) for the composed brief, writes its document, sends the bytes back and exits. Should a
process fail for any reason, its document is written here again, so an error is the writer's own,
as it would be without the processes; a build that stops or fails ends them.
"""

from __future__ import annotations

import contextlib
import os
import pickle
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from briefgen.model import Brief, RenderOptions, Template
from briefgen.pipeline.processes import signals_held, worker_count, worker_start
from briefgen.writers import WRITERS, Written, prepare

PARALLEL_RENDER_SOURCES = 8
"""From this many sources on (and with a second CPU), the DOCX and the PDF get processes of their own."""

OWN_PROCESS = ("pdf", "docx")
"""The formats worth a process: the long pole first, so it gets the brief first."""


@dataclass
class WriterProcess:
    """One writer process and the parent's end of its pipe."""

    fmt: str
    process: Any  # multiprocessing's Process
    conn: Any  # multiprocessing's Connection
    sent: bool = False


def _serve(fmt: str, template: Template, conn: Any, parent: int) -> None:
    """The writer process: load the writer, wait for (brief, template, options), send back the document.

    Never raises, never prints: anything that goes wrong is a None sent back (or the pipe closed),
    and the parent writes the document itself.
    """
    try:
        worker_start(parent)
        with contextlib.suppress(Exception):  # a broken template fails again, for real, in the write
            prepare(fmt, template)
        job = pickle.loads(conn.recv_bytes())
        conn.send(write_in_process(fmt, *job))
    except BaseException:  # noqa: BLE001 - the parent writes the document again, with its real error
        with contextlib.suppress(BaseException):
            conn.send(None)
    finally:
        os._exit(0)  # no atexit handlers, no flushing of the parent's buffers


def write_in_process(fmt: str, brief: Brief, template: Template, options: RenderOptions) -> Written:
    """What a writer process does with its job (a name of its own, so a test can break it)."""
    return WRITERS[fmt](brief, template, options)


@contextlib.contextmanager
def writer_processes(
    formats: Sequence[str], template: Template, sources: int
) -> Iterator[list[WriterProcess]]:
    """A process for each of the DOCX and the PDF among ``formats``, each loading its writer at once.

    None with fewer than PARALLEL_RENDER_SOURCES sources, with one CPU, or without ``fork``.
    Whatever happens, every process is ended (killed if it still runs) when the block is left.
    """
    started: list[WriterProcess] = []
    try:
        if sources >= PARALLEL_RENDER_SOURCES and worker_count() > 1:
            started = _start(formats, template)
        yield started
    finally:
        for writer in started:
            with contextlib.suppress(OSError, ValueError, AttributeError):
                if writer.process.is_alive():
                    writer.process.kill()
                writer.process.join()
                writer.conn.close()


def _start(formats: Sequence[str], template: Template) -> list[WriterProcess]:
    import multiprocessing

    if "fork" not in multiprocessing.get_all_start_methods():
        return []
    context = multiprocessing.get_context("fork")
    started: list[WriterProcess] = []
    for fmt in (f for f in OWN_PROCESS if f in formats):
        mine, theirs = context.Pipe()
        process = context.Process(target=_serve, args=(fmt, template, theirs, os.getpid()), daemon=True)
        try:
            with signals_held():
                process.start()
        except (OSError, RuntimeError):  # no processes to be had: written here
            mine.close()
            break
        finally:
            theirs.close()
        started.append(WriterProcess(fmt, process, mine))
    return started


def render(
    brief: Brief,
    template: Template,
    options: RenderOptions,
    formats: Sequence[str],
    processes: Sequence[WriterProcess] = (),
) -> list[Written]:
    """The bytes and warnings of each of ``formats``, in order, from the writers' registry.

    A format with a process among ``processes`` is written there (beside the others), every
    other one here; a process that cannot deliver has its document written here again.
    """
    elsewhere = {writer.fmt: writer for writer in processes if writer.fmt in formats}
    if elsewhere:
        job = pickle.dumps((brief, template, options), protocol=pickle.HIGHEST_PROTOCOL)
        for writer in elsewhere.values():
            with contextlib.suppress(OSError, ValueError):
                writer.conn.send_bytes(job)
                writer.sent = True
        del job
    done: dict[str, Written] = {}
    for fmt in formats:
        if fmt not in elsewhere:
            done[fmt] = WRITERS[fmt](brief, template, options)
    for fmt, writer in elsewhere.items():
        done[fmt] = _received(writer) or WRITERS[fmt](brief, template, options)
    return [done[fmt] for fmt in formats]


def _received(writer: WriterProcess) -> Written | None:
    """The document a writer process sent back; None when it sent nothing usable."""
    if not writer.sent:
        return None
    try:
        written = writer.conn.recv()
    except (OSError, EOFError, pickle.UnpicklingError):
        return None
    return written if isinstance(written, Written) else None
