# Mestre — English.
# This file: the app itself: its name, languages, navigation, formats.

app-name = Mestre
loading = Loading …

## Language
language-name = English
language-greeting = Hello
language-choose-title = Choose your language
language-change = Change language

## Navigation
nav-back = Back
nav-home = Home
logout = Sign out

## Formats
format-temperature = { NUMBER($value, minimumFractionDigits: 1, maximumFractionDigits: 1) } °C
# The date in this language's order, with Latin digits (the same on screen, in speech and on labels).
format-date = { $month }/{ $day }/{ $year }
nav-next = Next
saved = Saved
idle-still-here = Are you still here?
idle-stay = I'm here
