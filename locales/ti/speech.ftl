# Mestre — ትግርኛ (Tigrinya). Short, plain sentences.
# This file: speakers, sound and the recording studio.
# review: the whole file needs a check by a native Tigrinya speaker at the café.

## Speaker and sound
speaker-play = ስምዒ
speech-no-voice = ነዚ ቋንቋ ድምጺ ገና የለን። ጽሑፍ ኣብዚ ኣንብቢ:
speech-failed = ድምጺ ኣይሰርሐን። ጽሑፍ ኣብዚ ኣንብቢ:

## Recording studio
studio-open = ድምጽታት ቅዳሕ
studio-title = ስቱድዮ ቅዳሕ
studio-lang = ቋንቋ
studio-recorded = ተቐዲሑ
studio-missing = ገና ኣይተቐድሐን
