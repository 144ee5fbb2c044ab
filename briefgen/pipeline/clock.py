"""The clock of a build: now and today in Jakarta, or the moment ``SOURCE_DATE_EPOCH`` names."""

from __future__ import annotations

import datetime as dt
import os

from briefgen.errors import BriefgenError
from briefgen.select import JAKARTA


def now(tz: dt.tzinfo) -> dt.datetime:
    """Now, or the moment ``SOURCE_DATE_EPOCH`` names, so builds can be reproduced."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    if epoch:
        try:
            return dt.datetime.fromtimestamp(int(epoch), tz=tz)
        except (ValueError, OverflowError, OSError):
            raise BriefgenError(f"SOURCE_DATE_EPOCH must be a Unix time in seconds (got '{epoch}')") from None
    return dt.datetime.now(tz)


def today() -> dt.date:
    """Today in Jakarta (or on the day ``SOURCE_DATE_EPOCH`` names)."""
    return now(JAKARTA).date()
