# Mestre — English.
# This file: speakers, sound and the recording studio.

## Speaker and sound
speaker-play = Listen
speech-no-voice = There is no voice for this language yet. Read the text here:
speech-failed = The sound could not play. Read the text here:

## Recording studio
studio-open = Record voices
studio-title = Recording studio
studio-lang = Language
studio-recorded = Recorded
studio-missing = Not recorded yet
