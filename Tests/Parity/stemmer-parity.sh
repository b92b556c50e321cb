#!/usr/bin/env bash
# Runs every word of the English word list (wamerican) and of the Russian hunspell dictionary, expanded
# to all its word forms with unmunch, through libstemmer and through the JavaScript stemmers of
# search.js, and fails unless they agree on 100% of the words. .ci/setup installs the Debian packages.
# Usage: Tests/Parity/stemmer-parity.sh
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
english_words=/usr/share/dict/american-english
russian_dic=/usr/share/hunspell/ru_RU.dic
russian_aff=/usr/share/hunspell/ru_RU.aff

present=true
for file in "$english_words" "$russian_dic" "$russian_aff" /usr/include/libstemmer.h; do
    [ -e "$file" ] || present=false
done
command -v unmunch >/dev/null || present=false
if [ "$present" != true ]; then
    echo "missing wamerican, hunspell-ru, hunspell-tools or libstemmer-dev: run .ci/setup" >&2
    exit 1
fi

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

gcc -O2 -o "$work/libstemmer-stem" "$here/libstemmer-stem.c" -lstemmer

# The .aff file names the dictionary's encoding; unmunch writes the word forms in that encoding.
encoding="$(sed -n 's/^SET[[:space:]]\{1,\}\([^[:space:]]*\).*/\1/p' "$russian_aff" | head -n 1)"
unmunch "$russian_dic" "$russian_aff" 2>/dev/null | iconv -f "${encoding:-UTF-8}" -t UTF-8 >"$work/russian-forms.txt"

status=0
node --experimental-detect-module "$here/stemmer-parity.mjs" en "$english_words" "$work/libstemmer-stem" || status=1
node --experimental-detect-module "$here/stemmer-parity.mjs" ru "$work/russian-forms.txt" "$work/libstemmer-stem" || status=1
exit "$status"
