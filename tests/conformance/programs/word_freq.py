TEXT = """
It was the best of times, it was the worst of times, it was the age of wisdom,
it was the age of foolishness, it was the epoch of belief, it was the epoch of
incredulity, it was the season of Light, it was the season of Darkness, it was
the spring of hope, it was the winter of despair, we had everything before us,
we had nothing before us, we were all going direct to Heaven, we were all going
direct the other way.
"""


def tokenize(text):
    words = []
    current = ""
    for ch in text.lower():
        if ch.isalpha() or ch == "'":
            current += ch
        else:
            if current:
                words.append(current)
            current = ""
    if current:
        words.append(current)
    return words


words = tokenize(TEXT)
print("total words:", len(words))
freq = {}
for w in words:
    freq[w] = freq.get(w, 0) + 1
print("distinct words:", len(freq))

ranked = sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))
print("top 10:")
for word, count in ranked[:10]:
    print("  {:<12} {:>3} {}".format(word, count, "*" * count))

print("alphabetical (count >= 2):")
for word in sorted(freq):
    if freq[word] >= 2:
        print("  %s=%d" % (word, freq[word]))

by_len = {}
for w in freq:
    by_len.setdefault(len(w), []).append(w)
for length in sorted(by_len):
    print(length, sorted(by_len[length]))

longest = max(freq, key=lambda w: (len(w), w))
print("longest word:", longest, len(longest))
letters = {}
for w in words:
    for ch in w:
        letters[ch] = letters.get(ch, 0) + 1
print("letter counts:", sorted(letters.items()))
print("most common letter:", max(sorted(letters), key=lambda c: letters[c]))
