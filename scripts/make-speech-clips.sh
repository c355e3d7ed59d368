#!/usr/bin/env bash
# Regenerates the shipped language-name clips (assets/speech/<tag>/language-name.wav)
# with espeak-ng. A developer tool, not part of the build: the clips are checked in so a
# fresh install can say every language's name, even where no voice can read that
# language's sentences (Somali, Tigrinya, Pashto use a neighbouring voice for the
# name alone: Oromo, Amharic and Persian). Replace them with real recordings when the
# café records them.
set -euo pipefail
cd "$(dirname "$0")/.."
declare -A voice=([nb]=nb [nn]=nb [sv]=sv [en]=en [ar]=ar [so]=om [ti]=am [prs]=fa [fa]=fa [ps]=fa [uk]=uk [ku]=ku)
for tag in "${!voice[@]}"; do
  name=$(grep -m1 '^language-name = ' "locales/$tag/app.ftl" | sed 's/^language-name = //')
  # The Persian voice spells out ښ letter by letter; the Persian spelling reads right.
  [ "$tag" = ps ] && name="پشتو"
  mkdir -p "assets/speech/$tag"
  espeak-ng -v "${voice[$tag]}" -s 130 -w /tmp/mestre-clip.wav "$name"
  sox /tmp/mestre-clip.wav -r 16000 -b 16 "assets/speech/$tag/language-name.wav" norm -3
  echo "$tag: $name ($(soxi -D "assets/speech/$tag/language-name.wav") s)"
done

# Norwegian prompts, so a fresh install speaks Norwegian even without espeak-ng.
cargo run --quiet --bin mestre -- voice-pack --lang nb --out assets/speech/nb
