# Mestre — Kurdî (Kurmancî), Latin script. Short, plain sentences.
# This file: speakers, sound and the recording studio.
# review: the whole file needs a check by a native Kurmanji speaker at the café.

## Speaker and sound
speaker-play = Guhdarî bike
speech-no-voice = Ji bo vî zimanî hêj deng tune ye. Nivîsê li vir bixwîne:
speech-failed = Deng nehat lêxistin. Nivîsê li vir bixwîne:

## Recording studio
studio-open = Dengan tomar bike
studio-title = Stûdyoya tomarkirinê
studio-lang = Ziman
studio-recorded = Hate tomarkirin
studio-missing = Hêj nehatiye tomarkirin
