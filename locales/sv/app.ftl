# Mestre — Svenska.
# This file: the app itself: its name, languages, navigation, formats.

app-name = Mestre
loading = Laddar …

## Language
language-name = Svenska
language-choose-title = Välj språk
language-change = Byt språk

## Navigation
nav-back = Tillbaka
nav-home = Hem
logout = Logga ut

## Formats
format-temperature = { NUMBER($value, minimumFractionDigits: 1, maximumFractionDigits: 1) } °C
format-date = { DATETIME($date) }
