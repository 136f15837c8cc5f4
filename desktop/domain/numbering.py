"""Document numbers: a small template engine (`{kode_klas}/{seq:03}/{jenis}/{kode_opd}/{bulan_romawi}/{tahun}`)
and gap-free cursors over number blocks. Templates per document type live in resources/rules/numbering.json.

The store persists each block's position and marks voided numbers "batal"; this module is the pure logic.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from dataclasses import dataclass, field
from typing import Any

from desktop.domain.dates import bulan_romawi
from desktop.domain.effective import Period, check_no_overlap, parse_period_meta, pick_period
from desktop.domain.errors import NumberingError
from desktop.domain.resources import load_json_resource
from desktop.domain.texts import DOMAIN_TEXTS

NUMBERING_FILE = ("rules", "numbering.json")
FIELDS = ("kode_klas", "seq", "jenis", "kode_opd", "bulan_romawi", "bulan", "tahun")
_PLACEHOLDER = re.compile(r"\{([a-z_]+)(?::(0\d))?\}")
_KODE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9.\-]{0,23}$")
_FIELD_PATTERNS = {
    "kode_klas": r"[0-9A-Za-z.\-]+",
    "jenis": r"[0-9A-Za-z.\-]+",
    "kode_opd": r"[0-9A-Za-z.\-]+",
    "bulan_romawi": r"(?:XII|XI|X|IX|VIII|VII|VI|V|IV|III|II|I)",
    "bulan": r"\d{2}",
    "tahun": r"\d{4}",
    "seq": r"\d+",
}


def _error(code: str, message: str) -> NumberingError:
    return NumberingError(code, message)


_KODE_KLAS, _KODE_JENIS, _KODE_OPD, _JENIS = (DOMAIN_TEXTS(code) for code in (
    "term_kode_klasifikasi", "term_kode_jenis_dokumen", "term_kode_opd", "term_jenis_dokumen"))


def _check_kode(value: object, what: str) -> str:
    if not isinstance(value, str) or not _KODE.match(value):
        raise NumberingError("numbering_code_invalid", what=what, value=value)
    return value


@dataclass(frozen=True)
class NumberTemplate:
    template: str

    def __post_init__(self) -> None:
        if not isinstance(self.template, str) or not self.template.strip():
            raise NumberingError("template_invalid", DOMAIN_TEXTS("template_empty", example="{seq:03}/SP/{tahun}"))
        names = [m.group(1) for m in _PLACEHOLDER.finditer(self.template)]
        unknown = [n for n in names if n not in FIELDS]
        if unknown:
            raise NumberingError("template_invalid", DOMAIN_TEXTS(
                "template_unknown_fields", template=self.template, unknown=", ".join(unknown),
                allowed=", ".join(FIELDS)))
        if names.count("seq") != 1:
            raise NumberingError("template_invalid",
                                 DOMAIN_TEXTS("template_one_seq", template=self.template, seq="{seq}"))
        if re.sub(_PLACEHOLDER, "", self.template).count("{") or re.sub(
            _PLACEHOLDER, "", self.template
        ).count("}"):
            raise NumberingError("template_invalid", DOMAIN_TEXTS("template_braces", template=self.template))

    def render(self, *, seq: int, day: dt.date, kode_opd: str, kode_klas: str = "", jenis: str = "") -> str:
        if isinstance(seq, bool) or not isinstance(seq, int) or seq < 1:
            raise NumberingError("sequence_invalid", value=repr(seq))
        if not isinstance(day, dt.date):
            raise NumberingError("date_invalid", DOMAIN_TEXTS("document_date_invalid"))
        values = {
            "kode_klas": _check_kode(kode_klas, _KODE_KLAS)
            if "{kode_klas" in self.template
            else kode_klas,
            "jenis": _check_kode(jenis, _KODE_JENIS) if "{jenis" in self.template else jenis,
            "kode_opd": _check_kode(kode_opd, _KODE_OPD),
            "bulan_romawi": bulan_romawi(day.month),
            "bulan": f"{day.month:02d}",
            "tahun": f"{day.year:04d}",
        }

        def fill(match: re.Match[str]) -> str:
            name, width = match.group(1), match.group(2)
            if name == "seq":
                return f"{seq:{width}d}" if width else str(seq)
            return values[name]

        return _PLACEHOLDER.sub(fill, self.template)

    def parse(self, number: str) -> dict[str, str]:
        """Split a typed number back into its fields; raises NumberingError when it does not fit the template."""
        pattern, last = "", 0
        for match in _PLACEHOLDER.finditer(self.template):
            pattern += re.escape(self.template[last : match.start()])
            pattern += f"(?P<{match.group(1)}>{_FIELD_PATTERNS[match.group(1)]})"
            last = match.end()
        pattern += re.escape(self.template[last:])
        found = re.fullmatch(pattern, number.strip()) if isinstance(number, str) else None
        if found is None:
            raise NumberingError("number_format_invalid", number=number, template=self.template)
        return found.groupdict()


@dataclass(frozen=True)
class DocNumbering:
    doc_type: str
    label: str
    template: NumberTemplate
    kode_klas: str
    jenis: str

    def format(self, seq: int, day: dt.date, kode_opd: str) -> str:
        return self.template.render(
            seq=seq, day=day, kode_opd=kode_opd, kode_klas=self.kode_klas, jenis=self.jenis
        )


def _parse_doc_types(raw: Any, where: str) -> dict[str, tuple[Period[DocNumbering], ...]]:
    if not isinstance(raw, dict) or not raw:
        raise NumberingError("rule_file_invalid", DOMAIN_TEXTS("doc_types_missing", where=where))
    doc_types: dict[str, tuple[Period[DocNumbering], ...]] = {}
    for doc_type, spec in raw.items():
        at_type = f"{where} doc_types.{doc_type}"
        if not isinstance(spec, dict) or not isinstance(spec.get("periods"), list) or not spec["periods"]:
            raise NumberingError("rule_file_invalid", DOMAIN_TEXTS("doc_type_periods_missing", where=at_type))
        periods = []
        for index, record in enumerate(spec["periods"]):
            at = f"{at_type}[{index}]"
            if not isinstance(record, dict):
                raise NumberingError("rule_file_invalid", DOMAIN_TEXTS("rule_period_not_object", where=at))
            start, end, basis, uncertain, notes = parse_period_meta(record, at, _error)
            value = DocNumbering(
                doc_type,
                str(spec.get("label", doc_type)),
                NumberTemplate(str(record.get("template") or "")),
                str(record.get("kode_klas", "")),
                str(record.get("jenis", doc_type)),
            )
            periods.append(Period(start, end, value, basis, uncertain, notes))
        check_no_overlap(periods, at_type, _error)
        doc_types[doc_type] = tuple(periods)
    return doc_types


@dataclass(frozen=True)
class OpdNumbering:
    """One OPD's own numbering: the code printed in its numbers and, optionally, its own templates."""

    kode_opd: str
    doc_types: dict[str, tuple[Period[DocNumbering], ...]]


@dataclass(frozen=True)
class NumberingRules:
    doc_types: dict[str, tuple[Period[DocNumbering], ...]]
    opds: dict[str, OpdNumbering] = field(default_factory=dict)

    @classmethod
    def from_resources(cls) -> NumberingRules:
        return cls.from_dict(load_json_resource(*NUMBERING_FILE), "/".join(NUMBERING_FILE))

    @classmethod
    def from_dict(cls, data: Any, source: str = "numbering") -> NumberingRules:
        if not isinstance(data, dict):
            raise NumberingError("rule_file_invalid", DOMAIN_TEXTS("numbering_file_not_object", source=source))
        doc_types = _parse_doc_types(data.get("doc_types"), source)
        opds: dict[str, OpdNumbering] = {}
        raw_opds = data.get("opds", {})
        if not isinstance(raw_opds, dict):
            raise NumberingError("rule_file_invalid", DOMAIN_TEXTS("numbering_opds_not_object", source=source))
        for opd_id, spec in raw_opds.items():
            if opd_id.startswith("_"):
                continue  # "_comment" and the like
            where = f"{source} opds.{opd_id}"
            if not isinstance(spec, dict):
                raise NumberingError("rule_file_invalid", DOMAIN_TEXTS("numbering_opd_not_object", where=where))
            kode = _check_kode(spec.get("kode_opd", derived_kode_opd(opd_id)), DOMAIN_TEXTS("where_field", where=where, field="kode_opd"))
            own = _parse_doc_types(spec["doc_types"], where) if "doc_types" in spec else {}
            unknown = set(own) - set(doc_types)
            if unknown:
                raise NumberingError("rule_file_invalid", DOMAIN_TEXTS(
                    "numbering_opd_unknown_types", where=where, unknown=", ".join(sorted(unknown))))
            opds[opd_id] = OpdNumbering(kode, own)
        return cls(doc_types, opds)

    def kode_opd(self, opd_id: str) -> str:
        """The OPD code printed in its numbers: set in numbering.json, else derived from the OPD id."""
        own = self.opds.get(opd_id)
        return own.kode_opd if own is not None else derived_kode_opd(opd_id)

    def for_doc(self, doc_type: str, day: dt.date, opd_id: str | None = None) -> DocNumbering:
        if doc_type not in self.doc_types:
            known = ", ".join(self.doc_types)
            raise NumberingError("doc_type_unknown", doc_type=doc_type, known=known)
        own = self.opds.get(opd_id) if opd_id is not None else None
        periods = own.doc_types.get(doc_type) if own is not None else None
        return pick_period(periods or self.doc_types[doc_type], day, DOMAIN_TEXTS("term_numbering_of", doc_type=doc_type), _error).value

    def number(self, opd_id: str, doc_type: str, seq: int, day: dt.date) -> str:
        """The number of document `doc_type` with yearly sequence `seq`, dated `day`, for `opd_id`."""
        return self.for_doc(doc_type, day, opd_id).format(seq, day, self.kode_opd(opd_id))

    def read(self, opd_id: str, doc_type: str, text: str, day: dt.date) -> int:
        """The sequence number inside `text`, which must be exactly what `number()` prints for this OPD, type
        and date (same template, code, month and year). Raises NumberingError saying what differs."""
        numbering = self.for_doc(doc_type, day, opd_id)
        fields = numbering.template.parse(text)
        seq = int(fields["seq"])
        expected = self.number(opd_id, doc_type, seq, day) if seq >= 1 else None
        if expected != (text.strip() if isinstance(text, str) else text):
            raise NumberingError("number_not_canonical", text=text, label=numbering.label, day=day.isoformat(),
                                 expected=expected or numbering.template.template)
        return seq


def derived_kode_opd(opd_id: str) -> str:
    """`33.00-DISDIKBUD` → `DISDIKBUD`: the part after the last hyphen, upper case (the rule when numbering.json
    sets no code for the OPD)."""
    if not isinstance(opd_id, str) or not opd_id.strip():
        raise NumberingError("numbering_code_invalid", DOMAIN_TEXTS("opd_unknown"))
    return opd_id.strip().split("-")[-1].upper()


@functools.lru_cache(maxsize=1)
def default_numbering() -> NumberingRules:
    return NumberingRules.from_resources()


def format_document_number(doc_type: str, seq: int, kode_opd: str, day: dt.date) -> str:
    """`format_document_number("SP", 17, "DINKOP", date(2026, 11, 23))` → `000.3/017/SP/DINKOP/XI/2026`
    (the default template with an explicit code; official numbers go through `document_number`)."""
    return default_numbering().for_doc(doc_type, day).format(seq, day, kode_opd)


def document_number(opd_id: str, doc_type: str, seq: int, day: dt.date) -> str:
    """THE formatter of official numbers, used by the desktop and the server alike (DESIGN.md #12.1):
    `document_number("opd-dinkop", "SP", 17, date(2026, 11, 23))` → `000.3/017/SP/DINKOP/XI/2026`."""
    return default_numbering().number(opd_id, doc_type, seq, day)


def read_document_number(opd_id: str, doc_type: str, text: str, day: dt.date) -> int:
    """The sequence inside a number `document_number` printed; NumberingError when `text` is anything else."""
    return default_numbering().read(opd_id, doc_type, text, day)


@dataclass(frozen=True)
class NumberBlock:
    """A range of sequence numbers reserved for one OPD, document type and year (start..end inclusive)."""

    year: int
    kode_opd: str
    doc_type: str
    start: int
    end: int

    def __post_init__(self) -> None:
        if isinstance(self.year, bool) or not isinstance(self.year, int) or not 2000 <= self.year <= 2100:
            raise NumberingError("block_invalid", DOMAIN_TEXTS("block_year_invalid", value=repr(self.year)))
        _check_kode(self.kode_opd, _KODE_OPD)
        _check_kode(self.doc_type, _JENIS)
        for bound in (self.start, self.end):
            if isinstance(bound, bool) or not isinstance(bound, int) or bound < 1:
                raise NumberingError("block_invalid", DOMAIN_TEXTS("block_bound_invalid", value=repr(bound)))
        if self.end < self.start:
            raise NumberingError("block_invalid", DOMAIN_TEXTS("block_reversed", start=self.start, end=self.end))

    @property
    def size(self) -> int:
        return self.end - self.start + 1


class NumberBlockCursor:
    """Hands out a block's numbers in order, without gaps; `last_used` is what the store persisted."""

    def __init__(self, block: NumberBlock, last_used: int | None = None) -> None:
        if last_used is not None and (
            isinstance(last_used, bool)
            or not isinstance(last_used, int)
            or not block.start - 1 <= last_used <= block.end
        ):
            raise NumberingError("cursor_invalid", value=repr(last_used), start=block.start, end=block.end)
        self.block = block
        self.last_used = block.start - 1 if last_used is None else last_used

    @property
    def remaining(self) -> int:
        return self.block.end - self.last_used

    def peek(self) -> int:
        if self.remaining == 0:
            raise NumberingError("number_block_exhausted", doc_type=self.block.doc_type,
                                 kode_opd=self.block.kode_opd, year=self.block.year, start=self.block.start,
                                 end=self.block.end)
        return self.last_used + 1

    def next(self, day: dt.date | None = None) -> int:
        """The next sequence number; `day` (the document date) must fall in the block's year."""
        if day is not None and (not isinstance(day, dt.date) or day.year != self.block.year):
            raise NumberingError("number_block_wrong_year", day=str(day), year=self.block.year)
        seq = self.peek()
        self.last_used = seq
        return seq
