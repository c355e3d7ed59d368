# Mestre — Norsk bokmål. The reference locale: every message exists here first.
# This file: the app itself: its name, languages, navigation, formats.
# Short, plain sentences: many trainees are just learning to read.

app-name = Mestre
loading = Laster …

## Language
# The name of this language, in this language. Shown and spoken on its card.
language-name = Norsk bokmål
# A short greeting in this language, written large on its card: her own script is the picture.
language-greeting = Hei
language-choose-title = Velg språk
language-change = Bytt språk

## Navigation
nav-back = Tilbake
nav-home = Hjem
logout = Logg ut

## Formats (used on labels and reports)
format-temperature = { NUMBER($value, minimumFractionDigits: 1, maximumFractionDigits: 1) } °C
# The date in this language's order, with Latin digits (the same on screen, in speech and on labels).
format-date = { $day }.{ $month }.{ $year }
nav-next = Neste
saved = Lagret
idle-still-here = Er du her fortsatt?
idle-stay = Jeg er her
