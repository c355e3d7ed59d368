# Mestre — Svenska.
# This file: the app itself: its name, languages, navigation, formats.

app-name = Mestre
loading = Laddar …

## Language
language-name = Svenska
language-greeting = Hej
language-choose-title = Välj språk
language-change = Byt språk

## Navigation
nav-back = Tillbaka
nav-home = Hem
logout = Logga ut

## Formats
format-temperature = { NUMBER($value, minimumFractionDigits: 1, maximumFractionDigits: 1) } °C
# The date in this language's order, with Latin digits (the same on screen, in speech and on labels).
format-date = { $year }-{ $month }-{ $day }
nav-next = Nästa
saved = Sparat
idle-still-here = Är du kvar?
idle-stay = Jag är här
