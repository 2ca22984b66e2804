"""Numbers, amounts, shares and dates as the interface language writes them.

Everything goes through the default :class:`QLocale`, which ``i18n.install_translators`` sets to
the chosen language. A bare "C" locale (a server or CI shell) is read as US English, so figures
keep their thousands separators there too.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QLocale, Qt


def locale() -> QLocale:
    current = QLocale()
    if current.language() == QLocale.Language.C:
        return QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)
    return current


def integer(value: int) -> str:
    """A count: 1,234 (en), 1.234 (de)."""
    return locale().toString(int(value))


def number(value: float, decimals: int = 0) -> str:
    """A rounded number with the language's separators; never Python's ``str(float)``."""
    return locale().toString(float(value), "f", decimals)


def money(amount: float, currency: str) -> str:
    """A whole amount in ``currency`` (an ISO code such as EUR): "EUR 1,200" (en), "1.200 EUR" (de)."""
    if not currency:
        return number(amount)
    text = locale().toCurrencyString(float(round(amount)), currency, 0)
    rest = text[len(currency):] if text.startswith(currency) else ""
    if rest[:1].isdigit() or rest[:1] == "-":  # "EUR1,200" reads better with a space, as English writes it
        text = f"{currency}\u00a0{rest}"
    return text


def percent(share: float, decimals: int = 0) -> str:
    """A share between 0 and 1 as a percentage: "42%" (en), "42 %" (de, fr)."""
    return QCoreApplication.translate(
        "Formatting", "%1%", "a percentage; put a (non-breaking) space before % where the language does"
    ).replace("%1", number(share * 100, decimals))


def _with_full_year(pattern: str) -> str:
    """Short date patterns write the year with two digits in some languages; always write four."""
    if "yyyy" in pattern or "yy" not in pattern:
        return pattern
    return pattern.replace("yy", "yyyy")


def day(iso_date: str) -> str:
    """``2026-11-24`` as a short date of the language (11/24/2026, 24.11.2026); unknown text unchanged."""
    date = QDate.fromString(iso_date[:10], Qt.DateFormat.ISODate)
    if not date.isValid():
        return iso_date
    current = locale()
    return current.toString(date, _with_full_year(current.dateFormat(QLocale.FormatType.ShortFormat)))


def moment(text: str) -> str:
    """``2026-11-24 14:05`` (a local time to the minute) as the language writes date and time."""
    when = QDateTime.fromString(text, "yyyy-MM-dd HH:mm")
    if not when.isValid():
        return text
    current = locale()
    pattern = _with_full_year(current.dateFormat(QLocale.FormatType.ShortFormat))
    return f"{current.toString(when.date(), pattern)} {current.toString(when.time(), QLocale.FormatType.ShortFormat)}"


def utc_moment(iso_utc: str) -> str:
    """``2026-11-24T13:05:00Z`` (a time in UTC) as this computer's local date and time, as ``moment``."""
    when = QDateTime.fromString(iso_utc, Qt.DateFormat.ISODate)
    if not when.isValid():
        return iso_utc
    return moment(when.toLocalTime().toString("yyyy-MM-dd HH:mm"))
