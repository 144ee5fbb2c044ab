"""Plain conversion of the command line's text and path options, without pydantic.

Typer 0.29 converts every option's value through a pydantic ``TypeAdapter`` that it builds on
first use, even for an option left out: importing pydantic and building some twenty adapters
costs a build ~0.2 s before any work, a quarter of an unchanged rerun. briefgen's options are
plain ``str`` and ``Path`` values (or lists of them) and flags, for which that adapter does no
more than ``str(value)`` or ``Path(value)`` (a flag's value is already a bool); :func:`install`
gives exactly those options that conversion directly. Any other option (numbers, choices, path
checks such as ``exists=True``, a custom ``parser``) keeps Typer's own, and if Typer's internals
change shape nothing is replaced.
"""

from __future__ import annotations

import typing
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any


def _flag(value: Any) -> Any:
    """A flag's value is already a bool (an unset one is None, answered before conversion)."""
    if isinstance(value, bool):
        return value
    raise _Unplain


class _Unplain(Exception):
    """A value the plain conversion leaves to Typer's own (a flag's value given as text)."""


_PLAIN: dict[Any, Callable[[Any], Any]] = {str: str, Path: Path, bool: _flag}
# The path checks an option may ask for, at the values that mean "no check" (typer.Option's defaults).
_UNCHECKED_PATH = {
    "exists": False,
    "file_okay": True,
    "dir_okay": True,
    "writable": False,
    "readable": True,
    "resolve_path": False,
    "allow_dash": False,
    "path_type": None,
}


def plain_conversion(annotation: Any, info: Any) -> tuple[Callable[[Any], Any], bool] | None:
    """(convert one value, is a list) for an annotation briefgen converts itself; else None."""
    if getattr(info, "parser", None) is not None or getattr(info, "click_type", None) is not None:
        return None
    if any(getattr(info, name, default) != default for name, default in _UNCHECKED_PATH.items()):
        return None
    many = typing.get_origin(annotation) is list
    if many:
        (annotation,) = typing.get_args(annotation) or (None,)
    convert = _PLAIN.get(annotation)
    return None if convert is None else (convert, many)


def install() -> None:
    """Makes Typer convert plain ``str`` and ``Path`` options (and lists of them) directly."""
    try:
        from typer import core
        from typer._coercion import RuntimeParam, build_runtime_param
    except ImportError:  # another Typer: its own conversion stands
        return
    parameter = getattr(core, "_TyperParameter", None)
    original = getattr(parameter, "get_runtime_param", None)
    if parameter is None or original is None or getattr(original, "briefgen_plain", False):
        return

    @dataclass(frozen=True)
    class PlainRuntimeParam(RuntimeParam):
        convert: Callable[[Any], Any]
        many: bool

        def _coerce_value(self, value: Any, param: Any, ctx: Any) -> Any:
            try:
                if self.many:
                    items = value if isinstance(value, list | tuple) else [value]
                    return [self.convert(item) for item in items]
                return self.convert(value)
            except _Unplain:
                return build_runtime_param(param.type_descriptor)._coerce_value(value, param, ctx)

    def get_runtime_param(self: Any) -> Any:
        if getattr(self, "_runtime_param", None) is None:
            descriptor = self.type_descriptor
            plain = plain_conversion(descriptor.annotation, descriptor.parameter_info)
            if plain is None or descriptor.file_annotation is not None:
                return original(self)
            convert, many = plain
            self._runtime_param = PlainRuntimeParam(
                parameter_info=descriptor.parameter_info,
                annotation=descriptor.annotation,
                convert=convert,
                many=many,
            )
        return self._runtime_param

    get_runtime_param.briefgen_plain = True  # type: ignore[attr-defined]
    parameter.get_runtime_param = get_runtime_param
