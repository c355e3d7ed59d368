# Mestre — Norsk nynorsk.
# This file: speakers, sound and the recording studio.

## Speaker and sound
speaker-play = Høyr
speech-no-voice = Det finst inga stemme for dette språket enno. Les teksten her:
speech-failed = Lyden kunne ikkje spelast av. Les teksten her:

## Recording studio
studio-open = Spel inn stemmer
studio-title = Innspeling av stemmer
studio-lang = Språk
studio-recorded = Spelt inn
studio-missing = Ikkje spelt inn enno
