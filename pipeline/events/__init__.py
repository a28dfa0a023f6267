"""Event assembly: Doc -> event records.

Candidates (trigger mentions with a name or a date) are grouped into events, scored, and the primary
event chosen; the facts the earlier stages found (dates, places, people, organisations, counts) are
then given to the event whose part of the text they stand in, each with its evidence span.

    candidates.py     trigger mentions, their names and dates; grouping and scoring
    places.py         where
    organizations.py  who took part as an organisation
    outcomes.py       outcomes and topics
    assemble.py       the records
"""

from .assemble import assemble, event_mentions

__all__ = ["assemble", "event_mentions"]
