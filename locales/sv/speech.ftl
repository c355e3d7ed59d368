# Mestre — Svenska.
# This file: speakers, sound and the recording studio.

## Speaker and sound
speaker-play = Lyssna
speech-no-voice = Det finns ingen röst för det här språket än. Läs texten här:
speech-failed = Ljudet kunde inte spelas upp. Läs texten här:

## Recording studio
studio-open = Spela in röster
studio-title = Inspelning av röster
studio-lang = Språk
studio-recorded = Inspelad
studio-missing = Inte inspelad än
