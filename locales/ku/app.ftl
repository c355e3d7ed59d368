# Mestre — Kurdî (Kurmancî), Latin script. Short, plain sentences.
# This file: the app itself: its name, languages, navigation, formats.
# review: the whole file needs a check by a native Kurmanji speaker at the café.

app-name = Mestre
loading = Tê barkirin …

## Language
language-name = Kurdî (Kurmancî)
language-greeting = Silav
language-choose-title = Zimanê xwe hilbijêre
language-change = Zimên biguherîne

## Navigation
nav-back = Paş
nav-home = Destpêk
logout = Derkeve

## Formats
format-temperature = { NUMBER($value, minimumFractionDigits: 1, maximumFractionDigits: 1) } °C
# The date in this language's order, with Latin digits (the same on screen, in speech and on labels).
format-date = { $day }.{ $month }.{ $year }
nav-next = Pêş
saved = Hat tomarkirin
idle-still-here = Tu hîn li vir î?
idle-stay = Ez li vir im
