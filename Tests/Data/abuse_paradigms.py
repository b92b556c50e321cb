#!/usr/bin/env python3
"""Writes Tests/Fixtures/abuse/paradigms.json and slur_paradigms.json: every form of each word in the checker's
built-in abuse and slur lists, taken from morphological dictionaries rather than from Deskbook's own rules, so
the tests can tell whether the checker really catches each form.

Russian forms come from pymorphy3 and its Russian dictionary, English forms from lemminflect, plus the
derived adjectives in -y and their degrees, which no inflection dictionary lists. Run it again after changing
the lists in Sources/DeskbookIntake/Config/DefaultWords.swift or SlurWords.swift:

    python3 -m pip install pymorphy3 pymorphy3-dicts-ru lemminflect
    python3 Tests/Data/abuse_paradigms.py
"""
import json
import os
import pathlib
import re

import lemminflect
import pymorphy3

ROOT = pathlib.Path(__file__).resolve().parents[2]
CONFIG = ROOT / "Sources/DeskbookIntake/Config"
FIXTURES = ROOT / "Tests/Fixtures/abuse"

# A listed word whose dictionary lemma or part of speech the analyser would otherwise guess wrong.
RUSSIAN_LEMMAS = {"заебали": ("заебать", "VERB"), "охуели": ("охуеть", "VERB"), "сволочь": ("сволочь", "NOUN"),
                  "сука": ("сука", "NOUN"), "ебать": ("ебать", "VERB"), "хохлы": ("хохол", "NOUN")}
# A listed word the dictionary lacks, declined as a dictionary word of the same type and ending.
RUSSIAN_MODELS = {"жидяра": "задира"}
VERB_PARTS = {"VERB", "INFN"}
# English adjectives in -y made from a listed noun or verb: not inflections, but written as often.
ENGLISH_DERIVED = {"shit": "shitty", "crap": "crappy", "bitch": "bitchy"}


def listed_words(file, declaration, language):
    source = (CONFIG / file).read_text()
    block = re.search(r"static let %s.*?\]\n" % declaration, source, re.S).group(0)
    entry = re.search(r'"%s": \[(.*?)\]' % language, block, re.S).group(1)
    return re.findall(r'"([^"]+)"', entry)


def russian_forms(morph, word):
    if word in RUSSIAN_MODELS:
        return modelled_forms(morph, word, RUSSIAN_MODELS[word])
    lemma, part = RUSSIAN_LEMMAS.get(word, (word, None))
    parses = [p for p in morph.parse(lemma) if p.normal_form == lemma and (part is None or p.tag.POS == part or (part == "VERB" and p.tag.POS in VERB_PARTS))]
    if not parses:  # a spelling the dictionary lacks stands alone
        return [word]
    forms = {word}
    for form in parses[0].lexeme:
        tag = form.tag
        # Comparatives with по- and spelling variants are other words; intransitive verbs have no real passive participles.
        if "Cmp2" in tag or "V-" in str(tag) or ("intr" in tag and "pssv" in tag):
            continue
        forms.add(form.word.replace("ё", "е"))
    return sorted(forms)


def modelled_forms(morph, word, model):
    """The forms of `model`, a dictionary word, with its stem (what all its forms share) replaced by `word`'s."""
    model_forms = russian_forms(morph, model)
    stem = os.path.commonprefix(model_forms)
    own_stem = word[:len(word) - (len(model) - len(stem))]
    return sorted(own_stem + form[len(stem):] for form in model_forms)


def english_forms(word, parts=("NOUN", "VERB", "ADJ")):
    """The inflections of `word` as each of `parts` (the slurs are nouns only: "kiked" is not a word)."""
    forms = {word}
    for lemmas in [[word]] + list(lemminflect.getAllLemmas(word).values()):
        for lemma in lemmas:
            for part in parts:
                for inflected in lemminflect.getAllInflections(lemma, upos=part).values():
                    forms.update(inflected)
    if forms == {word} and not word.endswith("ing"):  # a word the dictionary lacks takes a noun's and a verb's endings
        for part in [part for part in parts if part in ("NOUN", "VERB")]:
            for inflected in lemminflect.getAllInflectionsOOV(word, upos=part).values():
                forms.update(inflected)
    if word in ENGLISH_DERIVED:
        adjective = ENGLISH_DERIVED[word]
        forms.update({adjective, adjective[:-1] + "ier", adjective[:-1] + "iest"})
    return sorted(forms)


def write(name, paradigms):
    output = FIXTURES / name
    output.parent.mkdir(parents=True, exist_ok=True)
    output.write_text(json.dumps(paradigms, ensure_ascii=False, indent=1) + "\n")
    print(f"wrote {output.relative_to(ROOT)}: {sum(len(f) for lang in paradigms.values() for f in lang.values())} forms")


def main():
    morph = pymorphy3.MorphAnalyzer()
    write("paradigms.json", {
        "en": {word: english_forms(word) for word in listed_words("DefaultWords.swift", "abuse", "en")},
        "ru": {word: russian_forms(morph, word) for word in listed_words("DefaultWords.swift", "abuse", "ru")},
    })
    write("slur_paradigms.json", {
        "en": {word: english_forms(word, parts=("NOUN",)) for word in listed_words("SlurWords.swift", "lists", "en")},
        "ru": {word: russian_forms(morph, word) for word in listed_words("SlurWords.swift", "lists", "ru")},
    })


if __name__ == "__main__":
    main()
