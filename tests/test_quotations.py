"""Where quoted speech is: within a paragraph, and run on over paragraphs that each open it again."""

from __future__ import annotations

import pytest

from pipeline.events.common import quotations

CASES = [
    ("curly quotes within a paragraph", "Ia berkata, \u201cKami siap.\u201d Lalu pergi.", ["\u201cKami siap.\u201d"]),
    ("straight quotes within a paragraph", 'Ia berkata, "Kami siap." Lalu pergi.', ['"Kami siap."']),
    ("a quotation run on over three paragraphs, closed in the last",
     "\u201cSatu.\n\n\u201cDua.\n\n\u201cTiga,\u201d ujarnya.",
     ["\u201cSatu.\n\n\u201cDua.\n\n\u201cTiga,\u201d", "\u201cTiga,\u201d"]),
    ("straight marks run on the same way", '"Satu.\n\n"Dua," ujarnya.', ['"Satu.\n\n"Dua,"', '"Dua,"']),
    ("a paragraph that opens a quotation the next does not go on with: none (scraped text drops marks)",
     "\u201cSatu dua.\n\nLalu ia pergi.", []),
    ("straight marks that close within the paragraph are no run-on", '"Satu" dan "dua".\n\nLalu.',
     ['"Satu"', '"dua"']),
    ("no quotation", "Rapat digelar di Kupang.\n\nRapat dihadiri 30 orang.", []),
]


@pytest.mark.parametrize(("text", "quoted"), [case[1:] for case in CASES], ids=[case[0] for case in CASES])
def test_quotations(text: str, quoted: list[str]) -> None:
    assert [text[a:b] for a, b in quotations(text)] == quoted
