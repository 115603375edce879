"""The seed watchlist's own words: its events' titles, the articles they come from, and
its facts, sectors and places, marked for the catalogue in the context "Seed".

The seed is stored in English (`resources/seed/watchlist.json`); `seed_text` shows one of
these words in the interface language, and a value the person changed since is no longer
one of them and shows as typed.  An event's title is composed by `phrases.SEED_EVENT`.
"""

from __future__ import annotations

from desktop.domain.i18n import QT_TRANSLATE_NOOP, translate

SEED = "Seed"

SEED_TITLES = (
    QT_TRANSLATE_NOOP(
        "Seed", "Confidentially filed for a Hong Kong share sale, planning to raise about US$200m"
    ),
    QT_TRANSLATE_NOOP("Seed", "Filed for a Main Board listing in Hong Kong"),
    QT_TRANSLATE_NOOP("Seed", "Plans a Hong Kong listing of up to US$1bn"),
    QT_TRANSLATE_NOOP("Seed", "Listed in Hong Kong in Q1 2026"),
    QT_TRANSLATE_NOOP("Seed", "Restructuring for a Hong Kong listing"),
    QT_TRANSLATE_NOOP("Seed", "Named as a prospective Hong Kong listing candidate"),
)
SEED_ARTICLES = (
    QT_TRANSLATE_NOOP("Seed", "Bloomberg, as reported by the South China Morning Post"),
    QT_TRANSLATE_NOOP("Seed", "South China Morning Post"),
    QT_TRANSLATE_NOOP("Seed", "China Daily"),
    QT_TRANSLATE_NOOP("Seed", "PitchBook, as reported by China Daily"),
)
SEED_WORDS = (
    # what the companies do, and where
    QT_TRANSLATE_NOOP("Seed", "AI robotics; industrial 3D cameras"),
    QT_TRANSLATE_NOOP("Seed", "Microcontrollers for smart home products"),
    QT_TRANSLATE_NOOP("Seed", "Circuits, precision parts, touch displays"),
    QT_TRANSLATE_NOOP("Seed", "AI (large language models)"),
    QT_TRANSLATE_NOOP("Seed", "GPUs"),
    QT_TRANSLATE_NOOP("Seed", "Robotics"),
    QT_TRANSLATE_NOOP("Seed", "Beijing / Shanghai"),
    QT_TRANSLATE_NOOP("Seed", "Shenzhen"),
    QT_TRANSLATE_NOOP("Seed", "Suzhou"),
    QT_TRANSLATE_NOOP("Seed", "Guangdong"),
    # the facts, as the articles state them
    QT_TRANSLATE_NOOP("Seed", "Founded in 2016; dual headquarters in Beijing and Shanghai."),
    QT_TRANSLATE_NOOP(
        "Seed", "Raised US$300m in total by its Series C+ round; backers include Intel."
    ),
    QT_TRANSLATE_NOOP(
        "Seed", "Confidentially filed for a Hong Kong share sale; plans to raise about US$200m."
    ),
    QT_TRANSLATE_NOOP("Seed", "Founded in 2001 by Yang Yong with 1m yuan."),
    QT_TRANSLATE_NOOP(
        "Seed", "Listed on Shanghai's STAR Market in 2022; market capitalisation 15.1bn yuan."
    ),
    QT_TRANSLATE_NOOP("Seed", "Filed for a Main Board listing in Hong Kong."),
    QT_TRANSLATE_NOOP(
        "Seed", "Shenzhen-listed maker of circuits, precision parts and touch displays."
    ),
    QT_TRANSLATE_NOOP("Seed", "Plans a Hong Kong listing of up to US$1bn."),
    QT_TRANSLATE_NOOP("Seed", "Listed in Hong Kong in Q1 2026."),
    QT_TRANSLATE_NOOP("Seed", "Restructuring for a Hong Kong listing."),
    QT_TRANSLATE_NOOP(
        "Seed",
        "Named as a prospective Hong Kong listing candidate. "
        "Its Chinese name is not in the article.",
    ),
    QT_TRANSLATE_NOOP(
        "Seed",
        "60 companies raised US$18.5bn in Hong Kong IPOs in 2025 to the article's date, "
        "up 158% on the year.",
    ),
    QT_TRANSLATE_NOOP(
        "Seed",
        "Zhipu, MiniMax, Biren and Iluvatar CoreX drove over US$22bn of AI-related exit "
        "value in Q1 2026.",
    ),
)
"""The seed watchlist's own words besides its events: shown with `seed_text` (a value
the person changed is no longer one of them and shows as typed)."""


def seed_text(text: str) -> str:
    """A word of the seed watchlist (a fact, a sector, an article) in the interface
    language; whatever the person typed instead, as it is."""
    return translate(SEED, text) if text else text
