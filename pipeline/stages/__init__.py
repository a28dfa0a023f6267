"""The spaCy stages, in the order nlp.py adds them: tokens, sentences, entities, dates, counts, people."""
