# Mestre — Soomaali (Somali). Short, plain sentences.
# This file: the app itself: its name, languages, navigation, formats.
# review: the whole file needs a check by a native Somali speaker at the café.

app-name = Mestre
loading = Waa la soo rarayaa …

## Language
language-name = Soomaali
language-greeting = Salaan
language-choose-title = Dooro luqaddaada
language-change = Beddel luqadda

## Navigation
nav-back = Dib u noqo
nav-home = Bogga hore
logout = Ka bax

## Formats
format-temperature = { NUMBER($value, minimumFractionDigits: 1, maximumFractionDigits: 1) } °C
# The date in this language's order, with Latin digits (the same on screen, in speech and on labels).
format-date = { $day }/{ $month }/{ $year }
nav-next = Xiga
saved = Waa la kaydiyay
idle-still-here = Weli ma joogtaa?
idle-stay = Waan joogaa
