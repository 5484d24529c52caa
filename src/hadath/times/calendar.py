"""Calendar arithmetic for the times stage: weekdays, months, Hijri dates, Easter.

Values are ISO strings at the precision the text supports: ``YYYY-MM-DD``,
``YYYY-MM`` or ``YYYY``.  Hijri dates are converted with ``hijridate`` (Umm al-Qura
calendar, 1343-1500 AH = 1924-2077 CE); outside that range nothing is returned.
"""

from __future__ import annotations

from datetime import date, timedelta

from hijridate import Gregorian, Hijri


def day(d: date) -> str:
    return d.isoformat()


def month(y: int, m: int) -> str:
    return f"{y:04d}-{m:02d}"


def year(y: int) -> str:
    return f"{y:04d}"


def add_months(y: int, m: int, k: int) -> tuple[int, int]:
    n = y * 12 + (m - 1) + k
    return n // 12, n % 12 + 1


def shift(d: date, unit: str, n: float) -> date:
    """``d`` moved by ``n`` units (negative = back); months and years keep the day if they can."""
    if unit == "day":
        return d + timedelta(days=round(n))
    if unit == "week":
        return d + timedelta(days=round(7 * n))
    if unit in ("month", "year", "decade", "century"):
        months = round(n * {"month": 1, "year": 12, "decade": 120, "century": 1200}[unit])
        y, m = add_months(d.year, d.month, months)
        return safe_date(y, m, d.day) or date(y, m, 28)
    return d


def safe_date(y: int, m: int, d: int) -> date | None:
    try:
        return date(y, m, d)
    except ValueError:
        return None


def common_precision(a: date, b: date) -> str:
    """The finest ISO value that contains both days (a day, a month or a year)."""
    if a > b:
        a, b = b, a
    if a == b:
        return day(a)
    if (a.year, a.month) == (b.year, b.month):
        return month(a.year, a.month)
    if a.year == b.year:
        return year(a.year)
    return year(b.year) if (b - date(b.year, 1, 1)) > (date(a.year, 12, 31) - a) else year(a.year)


# ----------------------------------------------------------------------------- weekdays

def weekday_on_or_before(ref: date, wd: int) -> date:
    return ref - timedelta(days=(ref.weekday() - wd) % 7)


def weekday_before(ref: date, wd: int) -> date:
    return ref - timedelta(days=(ref.weekday() - wd - 1) % 7 + 1)


def weekday_on_or_after(ref: date, wd: int) -> date:
    return ref + timedelta(days=(wd - ref.weekday()) % 7)


def weekday_after(ref: date, wd: int) -> date:
    return ref + timedelta(days=(wd - ref.weekday() - 1) % 7 + 1)


def weekday_nearest(ref: date, wd: int) -> date:
    back = weekday_on_or_before(ref, wd)
    ahead = weekday_on_or_after(ref, wd)
    return back if (ref - back) <= (ahead - ref) else ahead


# ----------------------------------------------------------------------- month and day

def month_year(pub: date, m: int, rule: str) -> int:
    """Year of month ``m`` relative to ``pub``.

    ``recent``: the most recent such month on or before the publication month;
    ``past``: strictly before it; ``next``: strictly after it; ``upcoming``: on or after it;
    ``current``: the publication year.
    """
    if rule == "current":
        return pub.year
    if rule == "recent":
        return pub.year if m <= pub.month else pub.year - 1
    if rule == "past":
        return pub.year if m < pub.month else pub.year - 1
    if rule == "next":
        return pub.year if m > pub.month else pub.year + 1
    if rule == "upcoming":
        return pub.year if m >= pub.month else pub.year + 1
    raise ValueError(rule)


def day_month(pub: date, m: int, d: int, rule: str) -> date | None:
    """The date ``d`` of month ``m`` relative to ``pub`` (rules as in :func:`month_year`,
    compared by day: ``recent`` = on or before the publication date)."""
    if rule == "current":
        return safe_date(pub.year, m, d)
    for y in (pub.year - 1, pub.year, pub.year + 1) if rule in ("next", "upcoming") else \
            (pub.year + 1, pub.year, pub.year - 1):
        cand = safe_date(y, m, d)
        if cand is None:
            continue
        if rule == "recent" and cand <= pub or rule == "past" and cand < pub:
            return cand
        if rule == "upcoming" and cand >= pub or rule == "next" and cand > pub:
            return cand
    return None


# ------------------------------------------------------------------------------- Hijri

def hijri_to_gregorian(y: int, m: int, d: int) -> date | None:
    try:
        g = Hijri(y, m, d).to_gregorian()
    except (OverflowError, ValueError):
        return None
    return date(g.year, g.month, g.day)


def gregorian_to_hijri(d: date) -> tuple[int, int, int] | None:
    try:
        h = Gregorian(d.year, d.month, d.day).to_hijri()
    except (OverflowError, ValueError):
        return None
    return h.year, h.month, h.day


def hijri_occurrence(pub: date, m: int, d: int, rule: str) -> date | None:
    """Gregorian date of Hijri month ``m`` day ``d`` in the Hijri year chosen by ``rule``:
    ``nearest`` to ``pub``, the most ``recent`` on or before it, ``past`` (before it),
    ``upcoming``/``next`` (on or after / after it)."""
    h = gregorian_to_hijri(pub)
    if h is None:
        return None
    cands = [g for y in (h[0] - 1, h[0], h[0] + 1) if (g := hijri_to_gregorian(y, m, d))]
    if not cands:
        return None
    if rule == "nearest":
        return min(cands, key=lambda g: abs((g - pub).days))
    if rule == "recent":
        ok = [g for g in cands if g <= pub]
        return max(ok) if ok else None
    if rule == "past":
        ok = [g for g in cands if g < pub]
        return max(ok) if ok else None
    if rule == "upcoming":
        ok = [g for g in cands if g >= pub]
        return min(ok) if ok else None
    if rule == "next":
        ok = [g for g in cands if g > pub]
        return min(ok) if ok else None
    raise ValueError(rule)


# ------------------------------------------------------------------------------ Easter

def easter(y: int) -> date:
    """Western (Gregorian) Easter Sunday (anonymous Gregorian algorithm)."""
    a, b, c = y % 19, y // 100, y % 100
    d, e = b // 4, b % 4
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = c // 4, c % 4
    l_ = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * l_) // 451
    mo = (h + l_ - 7 * m + 114) // 31
    da = (h + l_ - 7 * m + 114) % 31 + 1
    return date(y, mo, da)


def orthodox_easter(y: int) -> date:
    """Eastern (Julian computus) Easter Sunday, as a Gregorian date (1900-2099)."""
    a, b, c = y % 4, y % 7, y % 19
    d = (19 * c + 15) % 30
    e = (2 * a + 4 * b - d + 34) % 7
    mo = (d + e + 114) // 31
    da = (d + e + 114) % 31 + 1
    return date(y, mo, da) + timedelta(days=13)


def yearly_occurrence(pub: date, make, rule: str) -> date | None:
    """The occurrence of a yearly day (``make(year) -> date``) chosen by ``rule``."""
    cands = [c for y in (pub.year - 1, pub.year, pub.year + 1) if (c := make(y))]
    if rule == "nearest":
        return min(cands, key=lambda g: abs((g - pub).days))
    if rule in ("recent", "past"):
        ok = [g for g in cands if g < pub or rule == "recent" and g == pub]
        return max(ok) if ok else None
    ok = [g for g in cands if g > pub or rule == "upcoming" and g == pub]
    return min(ok) if ok else None
