# Mestre — Norsk bokmål. The reference locale: every message exists here first.
# This file: speakers, sound and the recording studio.
# Short, plain sentences: many trainees are just learning to read.

## Speaker and sound
speaker-play = Hør
speech-no-voice = Det finnes ingen stemme for dette språket ennå. Les teksten her:
speech-failed = Lyden kunne ikke spilles av. Les teksten her:

## Recording studio
studio-open = Spill inn stemmer
studio-title = Innspilling av stemmer
studio-lang = Språk
studio-recorded = Spilt inn
studio-missing = Ikke spilt inn ennå
