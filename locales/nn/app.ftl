# Mestre — Norsk nynorsk.
# This file: the app itself: its name, languages, navigation, formats.

app-name = Mestre
loading = Lastar …

## Language
language-name = Norsk nynorsk
language-greeting = Hei
language-choose-title = Vel språk
language-change = Byt språk

## Navigation
nav-back = Tilbake
nav-home = Heim
logout = Logg ut

## Formats
format-temperature = { NUMBER($value, minimumFractionDigits: 1, maximumFractionDigits: 1) } °C
# The date in this language's order, with Latin digits (the same on screen, in speech and on labels).
format-date = { $day }.{ $month }.{ $year }
nav-next = Neste
saved = Lagra
idle-still-here = Er du her framleis?
idle-stay = Eg er her
