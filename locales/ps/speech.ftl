# Mestre — پښتو (Pashto). Short, plain sentences.
# This file: speakers, sound and the recording studio.
# review: the whole file needs a check by a native Pashto speaker at the café.

## Speaker and sound
speaker-play = واورئ
speech-no-voice = د دې ژبې لپاره لا غږ نشته. متن دلته ولولئ:
speech-failed = غږ ونه غږېد. متن دلته ولولئ:

## Recording studio
studio-open = غږونه ثبت کړئ
studio-title = د ثبت سټوډیو
studio-lang = ژبه
studio-recorded = ثبت شوی
studio-missing = لا ثبت شوی نه دی
