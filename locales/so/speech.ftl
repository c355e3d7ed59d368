# Mestre — Soomaali (Somali). Short, plain sentences.
# This file: speakers, sound and the recording studio.
# review: the whole file needs a check by a native Somali speaker at the café.

## Speaker and sound
speaker-play = Dhageyso
speech-no-voice = Luqaddan cod uma jiro weli. Halkan ka akhri qoraalka:
speech-failed = Codku ma shaqeyn. Halkan ka akhri qoraalka:

## Recording studio
studio-open = Duub codadka
studio-title = Istuudiyaha duubista
studio-lang = Luqadda
studio-recorded = Waa la duubay
studio-missing = Weli lama duubin
