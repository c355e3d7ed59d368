# Mestre — Norsk nynorsk.
# This file: the app itself: its name, languages, navigation, formats.

app-name = Mestre
loading = Lastar …

## Language
language-name = Norsk nynorsk
language-choose-title = Vel språk
language-change = Byt språk

## Navigation
nav-back = Tilbake
nav-home = Heim
logout = Logg ut

## Formats
format-temperature = { NUMBER($value, minimumFractionDigits: 1, maximumFractionDigits: 1) } °C
format-date = { DATETIME($date) }
