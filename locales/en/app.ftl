# Mestre — English.
# This file: the app itself: its name, languages, navigation, formats.

app-name = Mestre
loading = Loading …

## Language
language-name = English
language-choose-title = Choose your language
language-change = Change language

## Navigation
nav-back = Back
nav-home = Home
logout = Sign out

## Formats
format-temperature = { NUMBER($value, minimumFractionDigits: 1, maximumFractionDigits: 1) } °C
format-date = { DATETIME($date) }
