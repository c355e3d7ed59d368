# Mestre — پښتو (Pashto). Short, plain sentences.
# This file: the app itself: its name, languages, navigation, formats.
# review: the whole file needs a check by a native Pashto speaker at the café.

app-name = Mestre
loading = پورته کېږي …

## Language
language-name = پښتو
language-greeting = سلام
language-choose-title = خپله ژبه وټاکئ
language-change = ژبه بدله کړئ

## Navigation
nav-back = شاته
nav-home = کور پاڼه
logout = وتل

## Formats
format-temperature = { NUMBER($value, minimumFractionDigits: 1, maximumFractionDigits: 1) } °C
# The date in this language's order, with Latin digits (the same on screen, in speech and on labels).
format-date = { $year }/{ $month }/{ $day }
nav-next = بل
saved = خوندي شو
idle-still-here = لا هم دلته یاست؟
idle-stay = زه دلته یم
