# bench: default=400000 quick=2000
"""Word counting with dicts and str methods (a text-processing workload): generated text is
split into lines and words, normalised (case, punctuation), counted with a dict, a
defaultdict and a Counter, and summarised by frequency, length and first letter.

Usage: wordcount.py [WORDS]
"""

import random
import sys
from collections import Counter, defaultdict

VOCABULARY = (
    "the of and to in is was he for it with as his on be at by had are but from or have "
    "an they which one you were her all she there would their we him been has when who will "
    "more no if out so said what up its about into than them can only other new some could "
    "time these two may then do first any my now such like our over man me even most made "
    "after also did many before must through back years where much your way well down should "
    "because each just those people how too little state good very make world still own see "
    "men work long get here between both life being under never day same another know while"
).split()
PUNCTUATION = ",.;:!?\"'()"


def generate(count, rng):
    """Zipf-like text: earlier vocabulary words are much more frequent."""
    weights = [1.0 / (i + 1) for i in range(len(VOCABULARY))]
    words = rng.choices(VOCABULARY, weights, k=count)
    out = []
    line = []
    for i, w in enumerate(words):
        if i % 17 == 0:
            w = w.capitalize()
        if i % 11 == 5:
            w += rng.choice(PUNCTUATION)
        if i % 23 == 0:
            w = w.upper()
        line.append(w)
        if len(line) == 12:
            out.append(" ".join(line))
            line = []
    out.append(" ".join(line))
    return "\n".join(out)


def count_plain(text):
    counts = {}
    for line in text.splitlines():
        for word in line.split():
            word = word.strip(PUNCTUATION).lower()
            if word:
                counts[word] = counts.get(word, 0) + 1
    return counts


def count_grouped(text):
    by_letter = defaultdict(int)
    by_length = defaultdict(list)
    for word in text.lower().split():
        word = word.strip(PUNCTUATION)
        if not word:
            continue
        by_letter[word[0]] += 1
        by_length[len(word)].append(word)
    return by_letter, by_length


def main():
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 400000
    rng = random.Random(2024)
    text = generate(count, rng)
    counts = count_plain(text)
    counter = Counter(w.strip(PUNCTUATION).lower() for w in text.split())
    if any(counter[w] != c for w, c in counts.items()):
        raise RuntimeError("dict and Counter disagree")
    top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:8]
    print("words", sum(counts.values()), "distinct", len(counts))
    print("top", " ".join("%s:%d" % kv for kv in top))
    by_letter, by_length = count_grouped(text)
    print("letters", " ".join("%s%d" % (k, by_letter[k]) for k in sorted(by_letter)))
    print("lengths", " ".join("%d:%d/%d" % (k, len(by_length[k]), len(set(by_length[k])))
                              for k in sorted(by_length)))
    rare = sorted(w for w, c in counts.items() if c == min(counts.values()))
    print("rarest", rare[:5], "title lines", sum(1 for ln in text.splitlines() if ln.istitle()))
    print("replaced length", len(text.replace("the", "THE").replace(" ", "")))


main()
