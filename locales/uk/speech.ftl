# Mestre — Українська (Ukrainian).
# This file: speakers, sound and the recording studio.

## Speaker and sound
speaker-play = Слухати
speech-no-voice = Для цієї мови ще немає голосу. Прочитайте текст тут:
speech-failed = Звук не відтворився. Прочитайте текст тут:

## Recording studio
studio-open = Записати голоси
studio-title = Студія запису
studio-lang = Мова
studio-recorded = Записано
studio-missing = Ще не записано
